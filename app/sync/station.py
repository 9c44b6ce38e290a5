"""A station's side of sync: joining a hub, pushing its outbox, pulling what the
other stations pushed, and the answers' consequences, each in one local transaction.

- Push: the waiting outbox rows in seq order, whole transactions, in batches.
  A row leaves the waiting list only when the hub answered for it (ok, dup,
  refused); "later" and no answer at all (a timeout is unknown) leave it waiting,
  so it is pushed again and the hub's replay check makes that harmless.
- A refused transaction is undone here: its rows become what the hub has (a row
  the hub never took is deleted), and a SyncNotice tells the station's users.
- Pull: other stations' changes after the cursor, applied with the cursor's move
  in one transaction. A change is passed over while this station still has a
  change of that row waiting, or pushed one the hub numbered later: the hub's
  answer to ours brings the row as the hub has it.
- Epoch: a hub restored from a backup makes the station push again what it
  pushed after the backup's last sequence number, and pull from there.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError

from app.errors import Refused
from app.sync import rows
from app.sync.client import TIMEOUT, HubClient
from app.sync.protocol import PROTOCOL, PUSH_BATCH, SyncError
from app.uow import Station, UnitOfWork
from db.models import Counter, MppSettings, NumberLease, Outbox, SyncNotice, SyncState
from db.outbox import VERSIONED, set_versions

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class JoinResult:
    station_name: str
    hub_id: str
    day: str | None  # the business day taken (None: joined before)
    rows: int
    cursor: int


@dataclass
class PushReport:
    sent: int = 0
    ok: int = 0
    dup: int = 0
    refused: int = 0
    later: int = 0

    def add(self, other: PushReport) -> None:
        for name in ("sent", "ok", "dup", "refused", "later"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class SyncReport:
    pushed: PushReport = field(default_factory=PushReport)
    pulled: int = 0
    leased: int = 0


def _state(uow: UnitOfWork) -> SyncState | None:
    return uow.session.get(SyncState, 1)


def is_joined(station: Station) -> bool:
    with station.uow(read_only=True) as uow:
        return _state(uow) is not None


def open_client(station: Station, url: str | None = None, token: str | None = None, **options) -> HubClient:
    """A client for this station's hub: the address and token it joined with, unless given."""
    with station.uow(read_only=True) as uow:
        state = _state(uow)
    if state is None and not (url and token):
        raise Refused("this station has not joined a hub: `mpp init --hub URL --token TOKEN`", code="not_joined")
    return HubClient(url or state.hub_url, token or state.hub_token, str(station.station_id), station.clock, **options)


def set_lease_ahead(station: Station, lease_ahead: bool) -> None:
    """Whether this station holds ticket numbers ahead for every service (a kiosk does)."""
    with station.uow() as uow:
        state = _state(uow)
        if state is not None and state.lease_ahead != lease_ahead:
            state.lease_ahead = lease_ahead
            uow.commit()


# --- joining ---------------------------------------------------------------------------------


def join(station: Station, url: str, token: str, *, lease_ahead: bool = False, timeout: float = TIMEOUT,
         transport=None, protocol: int = PROTOCOL) -> JoinResult:
    """Join a hub: take its catalog and the day so far, then numbers to issue with."""
    with HubClient(url, token, str(station.station_id), station.clock, timeout=timeout, transport=transport,
                   protocol=protocol) as client:  # fmt: skip
        hello = client.hello()
        with station.uow() as uow:
            state = _state(uow)
            if state is not None:
                if state.hub_id != hello["hub_id"]:
                    raise Refused(f"this station belongs to hub {state.hub_id}, not {hello['hub_id']}: "
                                  "a station joins one hub; use a new file for another", code="other_hub")  # fmt: skip
                state.hub_url, state.hub_token, state.station_name = url, token, hello["station"]
                state.lease_ahead = state.lease_ahead or lease_ahead
                uow.commit()
                return JoinResult(state.station_name, state.hub_id, None, 0, state.cursor)
            if uow.session.scalars(select(MppSettings)).first() is not None:
                raise Refused("this station file has a catalog of its own; a station joins a hub with a new file "
                              "and takes the hub's catalog", code="has_catalog")  # fmt: skip
        snapshot = client.snapshot(station.clock())
        with station.uow() as uow:
            connection = uow.session.connection()
            # rows come as they are now, which may name a row that comes later in the list
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            versions = {}
            for row in snapshot["rows"]:
                rows.apply_row(connection, row["entity"], row["entity_id"], False, row["payload"])
                if row["entity"] in VERSIONED:
                    versions[row["entity_id"]] = row["change_id"]
            set_versions(connection, versions)
            now = uow.now()
            uow.session.add(SyncState(
                id=1, hub_url=url, hub_token=token, hub_id=hello["hub_id"], station_name=hello["station"],
                epoch=hello["epoch"], cursor=snapshot["high"], seen=snapshot["high"], lease_ahead=lease_ahead,
                joined_at=now, last_ok_at=now, last_pull_at=now,
            ))  # fmt: skip
            uow.commit()
        station.joined_hub = True
        from app.sync.numbers import top_up_leases

        top_up_leases(station, client)
    return JoinResult(hello["station"], hello["hub_id"], snapshot["day"], len(snapshot["rows"]), snapshot["high"])


# --- the epoch -------------------------------------------------------------------------------


def with_epoch(station: Station, client: HubClient, call: Callable[[SyncState], T]) -> T:
    """Make a request; when the hub says its epoch changed, start over from its base and retry once."""
    for attempt in (1, 2):
        with station.uow(read_only=True) as uow:
            state = _state(uow)
        try:
            return call(state)
        except SyncError as error:
            if error.code != "epoch" or attempt == 2:
                raise
            reset_epoch(station, client, error.details["epoch"], int(error.details["epoch_base"]))
    raise AssertionError("unreachable")


CLAIM_DAYS = 7  # a hub of a new epoch hears of the number blocks leased this recently


def reset_epoch(station: Station, client: HubClient, epoch: str, base: int) -> None:
    """The hub was restored from a backup holding its sequence up to `base`: the number
    blocks this station holds are claimed again (the hub forgot it leased them), what it
    pushed after `base` waits again, and pulls start again from there."""
    with station.uow(read_only=True) as uow:
        state = _state(uow)
        if state.epoch == epoch:
            return
        since = uow.now() - timedelta(days=CLAIM_DAYS)
        leases = [
            {"scope": scope, "last": last}
            for scope, last in uow.session.execute(
                select(NumberLease.scope, func.max(NumberLease.last_number))
                .where(NumberLease.leased_at >= since).group_by(NumberLease.scope)
            )
        ]  # fmt: skip
    if leases:
        client.claim(leases)
    with station.uow() as uow:
        state = _state(uow)
        log.warning("hub %s: new epoch %s from sequence %s; pushing again what it lacks", state.hub_id, epoch, base)
        state.epoch = epoch
        state.cursor = min(state.cursor, base)
        state.seen = state.cursor
        uow.session.execute(
            update(Outbox)
            .where(Outbox.result.in_(("ok", "dup")), Outbox.hub_seq.is_(None) | (Outbox.hub_seq > base))
            .values(pushed_at=None, result=None, hub_seq=None)
        )
        uow.commit()


# --- push ------------------------------------------------------------------------------------

_WAITING = select(func.count(), func.min(Outbox.created_at)).where(Outbox.pushed_at.is_(None))


def _waiting_batch(uow: UnitOfWork, size: int) -> list[Outbox]:
    """The oldest waiting changes, whole transactions (a transaction's rows are contiguous)."""
    batch = list(uow.session.scalars(select(Outbox).where(Outbox.pushed_at.is_(None)).order_by(Outbox.seq).limit(size)))
    if len(batch) == size:
        rest = uow.session.scalars(
            select(Outbox).where(Outbox.pushed_at.is_(None), Outbox.tx_id == batch[-1].tx_id, Outbox.seq > batch[-1].seq)
            .order_by(Outbox.seq)
        )  # fmt: skip
        batch.extend(rest)
    return batch


def _as_change(row: Outbox) -> dict[str, Any]:
    return {
        "change_id": row.change_id, "tx_id": row.tx_id, "entity": row.entity, "entity_id": row.entity_id,
        "op": row.op, "payload": row.payload, "base": row.base,
    }  # fmt: skip


def push_waiting(station: Station, client: HubClient, *, batch: int = PUSH_BATCH) -> PushReport:
    """Push every waiting change, batch after batch; stop at a batch with changes the hub
    cannot judge yet (they go first next time)."""
    report = PushReport()
    while True:
        with station.uow(read_only=True) as uow:
            sent = _waiting_batch(uow, batch)
            # what will still wait once this batch is in, for the hub's status of this station
            waiting, oldest = uow.session.execute(_WAITING.where(Outbox.seq > sent[-1].seq) if sent else _WAITING).one()
        if not sent:
            return report
        changes = [_as_change(row) for row in sent]
        answer = with_epoch(
            station, client,
            lambda state: client.push(changes, epoch=state.epoch, seen=state.seen, waiting=waiting, oldest_waiting_at=oldest),
        )
        counts = take_push_answer(station, sent, answer)
        report.add(counts)
        if counts.later:
            return report


def take_push_answer(station: Station, sent: list[Outbox], answer: dict[str, Any]) -> PushReport:
    """The hub's answer to a push, in one local transaction."""
    report = PushReport(sent=len(sent))
    results = {r["change_id"]: r for r in answer["results"]}
    with station.uow() as uow:
        session = uow.session
        connection = session.connection()
        now = uow.now()
        marks, refused_tx, received = [], {}, {}
        made_refused = set()
        for row in sent:
            result = results.get(row.change_id)
            status = result["status"] if result else "later"
            setattr(report, status, getattr(report, status) + 1)
            if status == "later":
                continue
            marks.append({"s": row.seq, "at": now, "result": status, "hub_seq": result.get("seq")})
            if status == "refused":
                refused_tx.setdefault(row.tx_id, []).append((row, result))
                if row.op == "insert":
                    made_refused.add(row.entity_id)
            elif status == "ok" and result.get("received_at"):
                received.setdefault(row.entity, []).append(
                    {"row_id": uuid.UUID(row.entity_id), "at": datetime.fromisoformat(result["received_at"])}
                )
        if marks:
            connection.execute(
                update(Outbox.__table__).where(Outbox.__table__.c.seq == bindparam("s"))
                .values(pushed_at=bindparam("at"), result=bindparam("result"), hub_seq=bindparam("hub_seq")),
                marks,
            )  # fmt: skip
        # a row the hub refused to make can take no later change either
        for chunk in rows.chunks(sorted(made_refused)):
            session.execute(
                update(Outbox).where(Outbox.pushed_at.is_(None), Outbox.entity_id.in_(chunk))
                .values(pushed_at=now, result="dropped")
            )  # fmt: skip
        for entity, stamps in received.items():  # the hub has them since then
            table = rows.TABLES[entity]
            connection.execute(
                update(table).where(table.c.id == bindparam("row_id"), table.c.received_at.is_(None))
                .values(received_at=bindparam("at")),
                stamps,
            )  # fmt: skip
        entity_of = {row.entity_id: row.entity for row in sent}
        _take_current(uow, answer["current"], entity_of)
        for items in refused_tx.values():
            _tell(uow, items, answer["current"])
        state = _state(uow)
        numbered = [r["seq"] for r in answer["results"] if r.get("seq")]
        state.seen = max([state.seen, *numbered])
        state.last_push_at = state.last_ok_at = now
        uow.commit()
    return report


def _take_current(uow: UnitOfWork, current: list[dict[str, Any]], entity_of: dict[str, str]) -> None:
    """Make rows what the hub has, unless this station has a change of them still waiting
    (its answer brings the row again). Rows the hub lacks are deleted, the newest first."""
    session = uow.session
    connection = session.connection()
    ids = [c["entity_id"] for c in current]
    waiting = _waiting_entities(uow, ids)
    rest = [c for c in current if c["entity_id"] not in waiting and (c["entity"] or entity_of.get(c["entity_id"]))]
    # rows first, then deletions; a deletion refused for a row still referred to is tried
    # again after the others (an event goes before its ticket)
    todo = [c for c in rest if not c["deleted"]] + [c for c in rest if c["deleted"]][::-1]
    versions = {}
    while todo:
        failed = []
        for item in todo:
            entity = item["entity"] or entity_of[item["entity_id"]]
            try:
                with session.begin_nested():
                    rows.apply_row(connection, entity, item["entity_id"], item["deleted"], item["payload"])
            except IntegrityError as error:  # referred to here, or in the way of another row
                failed.append(item)
                log.warning("could not make %s %s as the hub has it: %s", entity, item["entity_id"], error.orig)
                continue
            if entity in VERSIONED and item.get("change_id"):
                versions[item["entity_id"]] = item["change_id"]
        if len(failed) == len(todo):
            break
        todo = failed
    set_versions(connection, versions)


def _tell(uow: UnitOfWork, items: list[tuple[Outbox, dict[str, Any]]], current: list[dict[str, Any]]) -> None:
    """One notice for a refused transaction, naming what a user knows it by."""
    hub_rows = {c["entity_id"]: c for c in current}
    row, result = next(((r, res) for r, res in items if r.entity in rows.SUBJECT_COLUMN), items[0])
    subject = rows.subject(row.entity, row.payload if row.op != "delete" else None)
    message = result.get("message") or "refused by the hub"
    hub_row = hub_rows.get(row.entity_id)
    if result.get("code") == "transition_refused" and hub_row and (hub_row.get("payload") or {}).get("counter_id"):
        counter = uow.session.get(Counter, uuid.UUID(hub_row["payload"]["counter_id"]))
        if counter is not None:
            message += f" at loket {counter.number}"
    uow.session.add(SyncNotice(
        created_at=uow.now(), code=result.get("code") or "refused", entity=row.entity, entity_id=row.entity_id,
        subject=subject, message=message,
    ))  # fmt: skip


def _waiting_entities(uow: UnitOfWork, ids: list[str]) -> set[str]:
    found = set()
    for chunk in rows.chunks(ids):
        found.update(uow.session.scalars(
            select(Outbox.entity_id).where(Outbox.pushed_at.is_(None), Outbox.entity_id.in_(chunk))
        ))  # fmt: skip
    return found


# --- pull ------------------------------------------------------------------------------------


def pull_changes(station: Station, client: HubClient, *, wait: float = 0.0) -> int:
    """Pull and apply until caught up; the first request may wait (a long poll) for news."""
    applied = 0
    while True:
        with station.uow(read_only=True) as uow:
            waiting, oldest = uow.session.execute(_WAITING).one()
        answer = with_epoch(
            station, client,
            lambda state: (state.cursor, client.pull(
                state.cursor, epoch=state.epoch, seen=state.seen, wait=wait, waiting=waiting, oldest_waiting_at=oldest,
            )),
        )  # fmt: skip
        after, answer = answer
        applied += take_pull_answer(station, after, answer)
        wait = 0.0
        if answer["next"] >= answer["high"] or answer["next"] == after:
            return applied


def take_pull_answer(station: Station, after: int, answer: dict[str, Any]) -> int:
    """Apply pulled changes and move the cursor, in one transaction. Another process of
    this station may have moved the cursor meanwhile: what it applied is passed over."""
    with station.uow() as uow:
        state = _state(uow)
        start = state.cursor
        changes = [c for c in answer["changes"] if c["seq"] > start]
        ids = list({c["entity_id"] for c in changes})
        waiting = _waiting_entities(uow, ids)
        ours: dict[str, int] = {}
        for chunk in rows.chunks(ids):
            ours.update(uow.session.execute(
                select(Outbox.entity_id, func.max(Outbox.hub_seq)).where(Outbox.entity_id.in_(chunk))
                .group_by(Outbox.entity_id)
            ).all())  # fmt: skip
        todo = [c for c in changes if c["entity_id"] not in waiting and (ours.get(c["entity_id"]) or 0) < c["seq"]]
        applied = _apply_changes(uow, todo)
        now = uow.now()
        state.cursor = max(start, answer["next"])
        state.seen = max(state.seen, state.cursor)
        state.last_pull_at = state.last_ok_at = now
        uow.commit()
    return applied


def _apply_changes(uow: UnitOfWork, changes: list[dict[str, Any]]) -> int:
    session = uow.session
    connection = session.connection()

    def apply(change: dict[str, Any]) -> None:
        rows.apply_row(connection, change["entity"], change["entity_id"], change["deleted"], change["payload"])

    versions = {c["entity_id"]: c["change_id"] for c in changes if c["entity"] in VERSIONED and not c["deleted"]}
    try:
        with session.begin_nested():
            for change in changes:
                apply(change)
        applied = len(changes)
    except IntegrityError:
        # one row in the way of a row of ours the hub has not judged yet: its answer settles it
        applied = 0
        for change in changes:
            try:
                with session.begin_nested():
                    apply(change)
                applied += 1
            except IntegrityError as error:
                versions.pop(change["entity_id"], None)
                log.warning("passed over %s %s for now: %s", change["entity"], change["entity_id"], error.orig)
    set_versions(connection, versions)
    return applied


# --- status ----------------------------------------------------------------------------------


def note_failure(station: Station, message: str) -> None:
    with station.uow() as uow:
        state = _state(uow)
        if state is not None:
            state.last_error_at = uow.now()
            state.last_error = message
            uow.commit()


def sync_once(station: Station, client: HubClient, *, wait: float = 0.0) -> SyncReport:
    """Push everything waiting, top up number leases, pull until caught up."""
    from app.sync.numbers import top_up_leases

    report = SyncReport()
    try:
        report.pushed = push_waiting(station, client)
        report.leased = top_up_leases(station, client)
        report.pulled = pull_changes(station, client, wait=wait)
        # a new epoch met while leasing or pulling makes changes wait again: push them now
        report.pushed.add(push_waiting(station, client))
    except SyncError as error:
        note_failure(station, error.message)
        raise
    return report
