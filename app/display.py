"""What the display board shows and says, without Qt.

The board (ui/display) reloads whenever another process commits to the station
file (app.watch.ChangeWatcher) and asks `Display.refresh()` for one consistent
snapshot: the number at every counter, the last calls, the running text, and the
calls this board has not announced yet. Each reload is four small indexed
queries whatever the number of counters; the calls to announce are one more,
a range scan over the primary key after the board's cursor.

Announcement bookkeeping: every call and recall is a TicketEvent whose id is a
UUIDv7 (time-ordered), so "what this board has already said" is one id, the
newest one announced, kept in LocalState (station-local, never synced). A
restarted board reads it back and says nothing twice; a recall is a new event
and is announced again. Calls synced in later from another station with an id
below the cursor (a clock behind ours) are shown but not read out.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app import queue
from app.config import StationConfig
from app.errors import InvalidInput, NotFound
from app.uow import Station, UnitOfWork
from app.voice import Phrase, build_phrase
from app.workdays import business_date, local_zone
from db.models import Agency, Counter, CounterService, CounterState, LocalState, Service, Ticket, TicketEvent

CALL_KINDS = ("called", "recalled")
LAST_CALLS = 8  # how many recent calls a board asks for by default

# A board that starts for the first time, or again after a long stop, does not read
# out a backlog: calls older than this (on the station clock) are shown, never said.
# A minute covers a restart after a crash or an update, and no citizen still waits
# at the spot where they heard nothing a minute ago.
ANNOUNCE_HORIZON = timedelta(seconds=60)

NO_CURSOR = "0" * 32  # below every id

RUNNING_TEXT_MAX = 500  # characters: about a minute and a half of scrolling at the board's speed

# --- what the board gets ----------------------------------------------------------------


@dataclass(frozen=True)
class AtCounter:
    """The ticket now called to a counter or served there."""

    code: str
    status: str  # "called" or "serving"
    service_name: str
    agency_code: str
    agency_name: str
    called_at: datetime | None  # UTC


@dataclass(frozen=True)
class CounterPanel:
    number: int
    name: str
    open: bool  # False: on a break (paused today)
    ticket: AtCounter | None


@dataclass(frozen=True)
class Call:
    """One call or recall of a ticket to a counter: what the board lists and the voice says."""

    key: str  # the TicketEvent id (hex): stable, unique, sorts by time
    kind: str  # "called" or "recalled"
    code: str
    counter: int
    at: datetime  # UTC
    service_name: str
    agency_code: str


@dataclass(frozen=True)
class DisplayBoard:
    mpp_name: str
    now: datetime  # in the MPP's zone
    zone: ZoneInfo
    day: date
    running_text: str
    agencies: tuple[str, ...]  # the agency codes shown; () for the whole MPP
    agency_names: tuple[str, ...]  # their names, for a filtered board's heading
    counters: tuple[CounterPanel, ...]  # by number
    last_calls: tuple[Call, ...]  # newest first, one per ticket
    voice_style: str

    @property
    def latest(self) -> Call | None:
        return self.last_calls[0] if self.last_calls else None

    def counter(self, number: int) -> CounterPanel:
        return next(c for c in self.counters if c.number == number)


@dataclass(frozen=True)
class Refresh:
    board: DisplayBoard
    calls: tuple[Call, ...]  # not announced yet by this board, oldest first


# --- the statements (built once; the board runs them on every change of the file) ----------

_COUNTERS = (
    select(Counter.id, Counter.number, Counter.name, Agency.code, CounterState.status, CounterState.rhythm_day)
    .join(CounterService, CounterService.counter_id == Counter.id)
    .join(Service, Service.id == CounterService.service_id)
    .join(Agency, Agency.id == Service.agency_id)
    .outerjoin(CounterState, CounterState.counter_id == Counter.id)
    .where(Counter.active)
    .order_by(Counter.number)
)
# ix_ticket_queue (business_date, status, ...): the day's tickets now at a counter
_AT_COUNTERS = (
    select(Ticket.counter_id, Ticket.code, Ticket.status, Ticket.called_at, Service.name, Agency.code, Agency.name)
    .join(Service, Service.id == Ticket.service_id)
    .join(Agency, Agency.id == Service.agency_id)
    .where(Ticket.business_date == bindparam("day"), Ticket.status.in_(queue.AT_COUNTER))
    .order_by(Ticket.called_at)
)


_CALL_COLUMNS = (
    TicketEvent.id,
    TicketEvent.kind,
    TicketEvent.created_at,
    Ticket.code,
    Counter.number,
    Service.name,
    Agency.code,
)


def _calls(*, filtered: bool, newest_first: bool):
    """Call and recall events of the day's tickets, with what the board shows of them.

    newest_first: the last few calls. The day's tickets come by ix_ticket_queue and
    their events by ix_ticket_event_ticket (a few milliseconds at the end of a busy day
    on a year of history). Otherwise: the calls after the announcement cursor, oldest
    first, a short range over ticket_event's primary key."""
    stmt = (
        select(*_CALL_COLUMNS)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(Counter, Counter.id == TicketEvent.counter_id)
        .join(Service, Service.id == TicketEvent.service_id)
        .join(Agency, Agency.id == Service.agency_id)
        .where(TicketEvent.kind.in_(CALL_KINDS))
    )
    if filtered:
        stmt = stmt.where(Agency.code.in_(bindparam("agencies", expanding=True)))
    if newest_first:
        stmt = stmt.where(TicketEvent.ticket_id.in_(select(Ticket.id).where(Ticket.business_date == bindparam("day"))))
        return stmt.order_by(TicketEvent.id.desc()).limit(bindparam("limit"))
    # no condition on the day: calls are only ever made on the day's tickets, and the
    # horizon is a minute; so the plan stays the primary key's range
    stmt = stmt.where(TicketEvent.id > bindparam("after"), TicketEvent.created_at >= bindparam("since"))
    return stmt.order_by(TicketEvent.id)


_LAST_CALLS = {f: _calls(filtered=f, newest_first=True) for f in (False, True)}
_NEW_CALLS = {f: _calls(filtered=f, newest_first=False) for f in (False, True)}
_AGENCY_NAMES = select(Agency.code, Agency.name).where(Agency.code.in_(bindparam("codes", expanding=True)))
_CURSOR = select(LocalState.value).where(LocalState.key == bindparam("key"))


def _call(row) -> Call:
    event_id, kind, at, code, counter, service_name, agency_code = row
    return Call(event_id.hex, kind, code, counter, at, service_name, agency_code)


def _id_floor(seconds: float) -> str:
    """The smallest UUIDv7 (hex) minted at that Unix time: its 48-bit millisecond prefix, then zeros."""
    return f"{int(seconds * 1000):012x}" + "0" * 20


def _cursor_key(agencies: tuple[str, ...]) -> str:
    """The LocalState key of a board's cursor: boards on one file showing different
    agencies each keep their own."""
    if not agencies:
        return "display_announced"
    key = "display_announced:" + ",".join(agencies)
    if len(key) <= 64:
        return key
    return "display_announced:" + hashlib.sha256(",".join(agencies).encode()).hexdigest()[:40]


# --- the facade the window uses ---------------------------------------------------------------


class Display:
    """One display board: a station, its settings and the agencies it shows (empty: all).

    `refresh()` and `mark_announced()` run on the window's database worker; the
    board's cursor lives here, so one Display belongs to one window."""

    def __init__(self, station: Station, config: StationConfig, agencies: tuple[str, ...] | list[str] = ()):
        self.station = station
        self.config = config
        self.agencies = tuple(sorted({a.strip().upper() for a in agencies if a.strip()}))
        self._cursor_key = _cursor_key(self.agencies)
        self._queued: str | None = None  # the newest call handed out for announcing
        self._loaded_cursor = False

    def prepare(self) -> None:
        """Do on the starting thread what the worker would otherwise do first: check the
        agencies, and run every statement once (SQLAlchemy compiles and caches them, and
        imports what it needs on first use; see ui/tasks.py on why not on a worker).
        Nothing is marked as queued or announced."""
        self.check_agencies()
        with self.station.uow(read_only=True) as uow:
            self._board(uow, LAST_CALLS)
            self._call_rows(uow, NO_CURSOR)
            uow.session.scalar(_CURSOR, {"key": self._cursor_key})
        with self.station.uow() as uow:  # the cursor's write, compiled and rolled back: nothing is written
            uow.session.execute(self._mark(NO_CURSOR))
        self.phrase(Call(NO_CURSOR, "called", "A001", 1, self.station.clock(), "", ""))

    def check_agencies(self) -> None:
        """NotFound naming the agency codes that exist, when the board was given another."""
        if not self.agencies:
            return
        with self.station.uow(read_only=True) as uow:
            known = dict(uow.session.execute(select(Agency.code, Agency.name)).all())
        unknown = [code for code in self.agencies if code not in known]
        if unknown:
            raise NotFound(
                f"no agency {', '.join(unknown)}; the agencies are {', '.join(sorted(known))}",
                code="unknown_agency",
            )

    def now(self) -> datetime:
        return self.station.clock()

    def board(self, last_calls: int = LAST_CALLS) -> DisplayBoard:
        with self.station.uow(read_only=True) as uow:
            return self._board(uow, last_calls)

    def new_calls(self) -> list[Call]:
        """Calls and recalls of the shown agencies not yet handed out by this board nor
        announced before a restart, oldest first, none older than ANNOUNCE_HORIZON (so
        all of today). Each is handed out once: the next call returns only newer ones."""
        with self.station.uow(read_only=True) as uow:
            return self._new_calls(uow)

    def refresh(self, last_calls: int = LAST_CALLS) -> Refresh:
        """The board and the calls to announce, from one snapshot of the file."""
        with self.station.uow(read_only=True) as uow:
            board = self._board(uow, last_calls)
            return Refresh(board, tuple(self._new_calls(uow)))

    def phrase(self, call: Call) -> Phrase:
        """What the voice says for a call, in this MPP's habit (StationConfig.voice_style)."""
        return build_phrase(call.code, call.counter, self.config.voice_style)

    def mark_announced(self, key: str) -> None:
        """Remember, in this station's file, that the call `key` has been announced: a
        restarted board starts after it. Keys only move forward (announcements are said
        in order; an older key changes nothing)."""
        key = uuid.UUID(key).hex
        with self.station.uow() as uow:
            uow.session.execute(self._mark(key))
            uow.commit()

    def _mark(self, key: str):
        return (
            sqlite_insert(LocalState)
            .values(key=self._cursor_key, value=key)
            .on_conflict_do_update(index_elements=["key"], set_={"value": key}, where=LocalState.value < key)
        )

    def announced(self) -> str | None:
        """The key of the newest call this board has announced, as kept in the file."""
        with self.station.uow(read_only=True) as uow:
            return uow.session.scalar(_CURSOR, {"key": self._cursor_key})

    # --- inside one unit of work ---

    def _board(self, uow: UnitOfWork, last_calls: int) -> DisplayBoard:
        settings = uow.settings()
        now = uow.now()
        day = business_date(settings, now)
        shown = set(self.agencies)
        panels: dict[uuid.UUID, tuple[int, str, bool]] = {}
        for counter_id, number, name, agency_code, status, rhythm_day in uow.session.execute(_COUNTERS):
            if shown and agency_code not in shown:
                continue
            # a break taken on an earlier day is over (app.queue._counter_state)
            panels[counter_id] = (number, name, status != "paused" or rhythm_day != day)
        at_counter: dict[uuid.UUID, AtCounter] = {}
        for counter_id, code, status, called_at, service_name, agency_code, agency_name in uow.session.execute(
            _AT_COUNTERS, {"day": day}
        ):
            if counter_id in panels and (not shown or agency_code in shown):
                # ordered by called_at: the newest wins where two ever meet (a sync conflict)
                at_counter[counter_id] = AtCounter(code, status, service_name, agency_code, agency_name, called_at)
        counters = tuple(
            CounterPanel(number, name, is_open, at_counter.get(counter_id))
            for counter_id, (number, name, is_open) in sorted(panels.items(), key=lambda item: item[1][0])
        )
        params = {"day": day, "limit": max(1, last_calls) * 3}
        if shown:
            params["agencies"] = list(self.agencies)
        calls: list[Call] = []
        seen: set[str] = set()
        for row in uow.session.execute(_LAST_CALLS[bool(shown)], params):
            call = _call(row)
            if call.code not in seen:  # a recall moves the ticket up, it does not list it twice
                seen.add(call.code)
                calls.append(call)
        names: tuple[str, ...] = ()
        if shown:
            found = dict(uow.session.execute(_AGENCY_NAMES, {"codes": list(self.agencies)}).all())
            names = tuple(found[code] for code in self.agencies if code in found)
        zone = local_zone(settings)
        return DisplayBoard(
            mpp_name=settings.name,
            now=now.astimezone(zone),
            zone=zone,
            day=day,
            running_text=settings.running_text or "",
            agencies=self.agencies,
            agency_names=names,
            counters=counters,
            last_calls=tuple(calls[:last_calls]),
            voice_style=self.config.voice_style,
        )

    def _call_rows(self, uow: UnitOfWork, after: str):
        # Ids are UUIDv7 minted on the system clock: nothing made before the horizon on
        # that clock is read out either, and the scan starts there, not at an old cursor
        # (a board stopped overnight) or at the file's first event (a new board).
        after = max(after, _id_floor(time.time() - ANNOUNCE_HORIZON.total_seconds()))
        params = {"after": uuid.UUID(after), "since": uow.now() - ANNOUNCE_HORIZON}
        if self.agencies:
            params["agencies"] = list(self.agencies)
        return uow.session.execute(_NEW_CALLS[bool(self.agencies)], params).all()

    def _new_calls(self, uow: UnitOfWork) -> list[Call]:
        if not self._loaded_cursor:
            stored = uow.session.scalar(_CURSOR, {"key": self._cursor_key})
            self._queued = max(filter(None, (self._queued, stored)), default=None)
            self._loaded_cursor = True
        # no cursor yet (a new board): the id bound is the smallest; the time bound does the work
        calls = [_call(row) for row in self._call_rows(uow, self._queued or NO_CURSOR)]
        if calls:
            self._queued = calls[-1].key
        return calls


# --- the supervisor's running text ------------------------------------------------------------


def check_running_text(text: str) -> str:
    """The running text as boards show it: trimmed, one line, at most RUNNING_TEXT_MAX
    characters, no control or invisible formatting characters. InvalidInput otherwise."""
    if not isinstance(text, str):
        raise InvalidInput(f"the running text must be text, not {type(text).__name__}", code="bad_running_text")
    text = text.strip()
    if len(text) > RUNNING_TEXT_MAX:
        raise InvalidInput(
            f"the running text is {len(text)} characters; at most {RUNNING_TEXT_MAX}", code="bad_running_text"
        )
    for position, char in enumerate(text, 1):
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            what = "a line break" if char in "\r\n\u2028\u2029" else f"the control character U+{ord(char):04X}"
            raise InvalidInput(
                f"the running text is one line of plain text; it has {what} at character {position}",
                code="bad_running_text",
            )
    return text


def set_running_text(uow: UnitOfWork, text: str) -> str:
    """Set the text every display board scrolls along its bottom ("" for none); returns it as stored."""
    text = check_running_text(text)
    settings = uow.settings()
    if settings.running_text != text:
        settings.running_text = text
        uow.touch(settings)
    uow.commit()
    return text


def running_text(uow: UnitOfWork) -> str:
    return uow.settings().running_text or ""
