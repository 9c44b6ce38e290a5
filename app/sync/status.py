"""Sync state as plain data, for windows, the command line and the supervisor.

- local_sync_status(station) -> StationSyncStatus: this station's link to its hub.
- hub station states: Hub.station_states() at the hub (`mpp hub status`), or
  fetch_hub_status(url, token) from any joined station (the supervisor window),
  both -> HubStatus with one HubStationState per station.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.uow import Station
from db.models import MppSettings, Outbox, SyncNotice, SyncState

# a station counts as connected while its last successful exchange is this recent
# (a long poll answers at least every LONG_POLL_SECONDS)
CONNECTED_WITHIN = timedelta(seconds=60)


@dataclass(frozen=True)
class SyncNoticeView:
    id: int
    created_at: datetime
    code: str  # transition_refused, duplicate, conflict, ...
    entity: str  # the table of the row it is about: ticket, survey_response, ...
    subject: str  # A005, ADU-2026-000012, "survey response"
    message: str


@dataclass(frozen=True)
class StationSyncStatus:
    joined: bool  # False: this station works alone (no hub)
    hub_url: str
    station_name: str
    connected: bool
    last_sync_at: datetime | None  # the last exchange with the hub that worked
    last_error: str | None  # since then
    last_error_at: datetime | None
    waiting: int  # changes not yet at the hub
    oldest_waiting_at: datetime | None
    cursor: int
    notices: tuple[SyncNoticeView, ...]  # refusals not yet dismissed
    timezone: str = "UTC"  # the MPP's, for showing the times

    def waiting_minutes(self, now: datetime) -> int:
        """Age of the oldest waiting change in whole minutes (0 for none; never negative)."""
        if self.oldest_waiting_at is None:
            return 0
        return max(0, int((now - self.oldest_waiting_at).total_seconds() // 60))


@dataclass(frozen=True)
class HubStationState:
    name: str
    station_id: str | None  # None until it joined
    created_at: datetime
    revoked: bool
    connected: bool
    last_seen_at: datetime | None
    last_push_at: datetime | None
    last_pull_at: datetime | None
    cursor: int
    behind: int  # changes at the hub it has not pulled yet
    waiting: int  # its changes not yet at the hub, as it said last
    oldest_waiting_at: datetime | None
    clock_skew_seconds: int | None  # its clock minus the hub's
    protocol: int | None


@dataclass(frozen=True)
class HubStatus:
    hub_id: str
    epoch: str
    high: int  # the last server sequence number given
    now: datetime
    stations: tuple[HubStationState, ...]


_WAITING = select(func.count(), func.min(Outbox.created_at)).where(Outbox.pushed_at.is_(None))


def local_sync_status(station: Station) -> StationSyncStatus:
    """This station's sync state: a few reads of its own file, no network."""
    with station.uow(read_only=True) as uow:
        state = uow.session.get(SyncState, 1)
        now = uow.now()
        if state is None:
            return StationSyncStatus(False, "", "", False, None, None, None, 0, None, 0, ())
        waiting, oldest = uow.session.execute(_WAITING).one()
        settings = uow.session.scalars(select(MppSettings).limit(1)).first()
        notices = tuple(
            SyncNoticeView(n.id, n.created_at, n.code, n.entity, n.subject, n.message)
            for n in uow.session.scalars(
                select(SyncNotice).where(SyncNotice.seen_at.is_(None)).order_by(SyncNotice.id)
            )
        )
    failing = state.last_error_at is not None and (state.last_ok_at is None or state.last_error_at > state.last_ok_at)
    connected = not failing and state.last_ok_at is not None and now - state.last_ok_at < CONNECTED_WITHIN
    return StationSyncStatus(
        joined=True,
        hub_url=state.hub_url,
        station_name=state.station_name,
        connected=connected,
        last_sync_at=state.last_ok_at,
        last_error=state.last_error if failing else None,
        last_error_at=state.last_error_at if failing else None,
        waiting=waiting,
        oldest_waiting_at=oldest,
        cursor=state.cursor,
        notices=notices,
        timezone=settings.timezone if settings else "UTC",
    )


def dismiss_notices(station: Station, ids: list[int] | None = None) -> int:
    """Mark refusal notices as seen (all when ids is None); returns how many."""
    with station.uow() as uow:
        query = select(SyncNotice).where(SyncNotice.seen_at.is_(None))
        if ids is not None:
            query = query.where(SyncNotice.id.in_(ids))
        notices = uow.session.scalars(query).all()
        for notice in notices:
            notice.seen_at = uow.now()
        uow.commit()
        return len(notices)


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def hub_status_from_json(data: dict) -> HubStatus:
    """A HubStatus back from its JSON (the hub's /v1/status, `mpp hub status --json`)."""
    times = ("created_at", "last_seen_at", "last_push_at", "last_pull_at", "oldest_waiting_at")
    stations = tuple(
        HubStationState(**{k: (_time(v) if k in times else v) for k, v in s.items()}) for s in data["stations"]
    )
    return HubStatus(data["hub_id"], data["epoch"], data["high"], datetime.fromisoformat(data["now"]), stations)


def fetch_hub_status(station: Station, url: str | None = None, token: str | None = None, **options) -> HubStatus:
    """Every station's state as the hub sees it, asked over HTTP with this station's token
    (the supervisor window). Raises app.sync.protocol.SyncError when the hub cannot be reached."""
    from app.sync.station import open_client

    with open_client(station, url, token, **options) as client:
        return hub_status_from_json(client.status())
