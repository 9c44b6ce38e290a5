"""The queue: tickets from issue to finish, as services over a unit of work.

A ticket's current state lives in its Ticket row; every step of its life is
also a TicketEvent, written in the same transaction. Each service checks the
step against TRANSITIONS, so the same rules hold for the kiosk, the counter,
the command line and (later) the hub.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import joinedload

from app.errors import InvalidInput, NotFound, Refused
from app.uow import UnitOfWork
from app.workdays import Availability, business_date, service_availability
from db.models import Counter, CounterService, CounterState, NumberSequence, Service, Ticket, TicketEvent

# UU 25/2009 Pasal 29: groups owed special treatment (pelayanan khusus).
PRIORITY_GROUPS = {
    "disabilitas": ("Penyandang disabilitas", "Person with a disability"),
    "lansia": ("Lanjut usia", "Elderly"),
    "hamil": ("Wanita hamil", "Pregnant woman"),
    "anak": ("Anak-anak", "Child"),
    "korban_bencana": ("Korban bencana alam atau sosial", "Victim of a natural or social disaster"),
}

# action -> (statuses it may start from, status it leads to, event kind)
TRANSITIONS: dict[str, tuple[frozenset[str], str, str]] = {
    "call": (frozenset({"waiting"}), "called", "called"),
    "recall": (frozenset({"called"}), "called", "recalled"),
    "start": (frozenset({"called"}), "serving", "started"),
    "finish": (frozenset({"serving"}), "done", "finished"),
    "absent": (frozenset({"called"}), "absent", "absent"),
    "return": (frozenset({"absent"}), "waiting", "returned"),
    "transfer": (frozenset({"waiting", "called", "serving", "held"}), "waiting", "transferred"),
    "hold": (frozenset({"called", "serving"}), "held", "held"),
    "resume": (frozenset({"held"}), "serving", "resumed"),
    "cancel": (frozenset({"waiting", "called", "held", "absent"}), "cancelled", "cancelled"),
    "expire": (frozenset({"waiting", "called", "serving", "held", "absent"}), "expired", "expired"),
}
OPEN_STATUSES = frozenset({"waiting", "called", "serving", "held", "absent"})
AT_COUNTER = ("called", "serving")
RECENT_SERVICES = 20  # finished tickets that make the "recent mean service time"

_TICKET_CODE = re.compile(r"^([A-Za-z]{1,2})0*(\d{1,5})$")

# Hot-path statements, built once with bind parameters: SQLAlchemy then skips
# building and cache-keying a new statement on every call (a third of the cost
# of a query on a kiosk PC; see `mpp bench`).
_SERVICE_BY_CODE = select(Service).options(joinedload(Service.agency)).where(Service.code == bindparam("code"))
_COUNTER_BY_NUMBER = select(Counter).where(Counter.number == bindparam("number"))
_COUNTER_STATE = select(CounterState).where(CounterState.counter_id == bindparam("counter_id"))
_ISSUED_TODAY = select(NumberSequence.last_number).where(
    NumberSequence.service_id == bindparam("service_id"), NumberSequence.business_date == bindparam("day")
)
_NEXT_NUMBER = (
    sqlite_insert(NumberSequence)
    .values(service_id=bindparam("service_id"), business_date=bindparam("day"), last_number=1)
    .on_conflict_do_update(
        index_elements=["service_id", "business_date"],
        set_={"last_number": NumberSequence.last_number + 1},
    )
    .returning(NumberSequence.last_number)
)
_TICKETS_ISSUED = (
    select(func.count())
    .select_from(Ticket)
    .where(Ticket.issued_service_id == bindparam("service_id"), Ticket.business_date == bindparam("day"))
)
_COUNTER_BUSY = select(Ticket.code).where(
    Ticket.business_date == bindparam("day"),
    Ticket.counter_id == bindparam("counter_id"),
    Ticket.status.in_(AT_COUNTER),
)
_TICKET_BY_ID = select(Ticket).where(Ticket.id == bindparam("id"))
_TICKET_BY_CODE = select(Ticket).where(Ticket.code == bindparam("code"), Ticket.business_date == bindparam("day"))


def _next_waiting(priority: bool):
    group = Ticket.priority_group.is_not(None) if priority else Ticket.priority_group.is_(None)
    return (
        select(Ticket)
        .where(
            Ticket.business_date == bindparam("day"),
            Ticket.status == "waiting",
            Ticket.service_id.in_(bindparam("service_ids", expanding=True)),
            group,
        )
        .order_by(Ticket.queue_at, Ticket.id)
        .limit(1)
    )


_NEXT_WAITING = {True: _next_waiting(True), False: _next_waiting(False)}


def _ahead(policy: str, is_priority: bool):
    """Waiting tickets of the service called before a given one, for each policy."""
    earlier = (Ticket.queue_at < bindparam("queue_at")) | (
        (Ticket.queue_at == bindparam("queue_at")) & (Ticket.id < bindparam("ticket_id"))
    )
    if policy == "first":
        before = Ticket.priority_group.is_not(None) if is_priority else (Ticket.priority_group.is_not(None) | earlier)
    else:
        before = earlier
    return (
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.business_date == bindparam("day"),
            Ticket.status == "waiting",
            Ticket.service_id == bindparam("service_id"),
            Ticket.id != bindparam("ticket_id"),
            before,
        )
    )


_AHEAD = {(policy, p): _ahead(policy, p) for policy in ("first", "interleave") for p in (True, False)}
_OPEN_COUNTERS = (
    select(func.count())
    .select_from(CounterService)
    .join(Counter, Counter.id == CounterService.counter_id)
    .where(
        CounterService.service_id == bindparam("service_id"),
        Counter.active,
        Counter.id.not_in(select(CounterState.counter_id).where(CounterState.status != "open")),
    )
)
_RECENT_SERVICES = (
    select(Ticket.started_at, Ticket.finished_at)
    .where(
        Ticket.business_date == bindparam("day"),
        Ticket.service_id == bindparam("service_id"),
        Ticket.status == "done",
        Ticket.started_at.is_not(None),
    )
    .order_by(Ticket.finished_at.desc())
    .limit(RECENT_SERVICES)
)


def format_code(prefix: str, number: int) -> str:
    return f"{prefix}{number:03d}"


# --- what services return --------------------------------------------------------


@dataclass(frozen=True)
class TicketView:
    id: str
    code: str
    business_date: date
    service_code: str
    service_name: str
    agency_code: str
    agency_name: str
    status: str
    priority_group: str | None
    issued_at: datetime
    queue_at: datetime
    counter_number: int | None
    call_count: int
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    outcome: str | None
    people_ahead: int | None = None
    estimated_wait_minutes: int | None = None


@dataclass(frozen=True)
class EventView:
    at: datetime
    kind: str
    from_status: str | None
    to_status: str
    service_code: str
    to_service_code: str | None
    counter_number: int | None
    note: str | None


@dataclass(frozen=True)
class ServiceQueue:
    """One service's day: counts per status, and the wait a new ticket would face."""

    code: str
    prefix: str
    name: str
    agency_code: str
    waiting: int
    called: int
    serving: int
    held: int
    done: int
    absent: int
    cancelled: int
    expired: int
    issued: int
    counters_open: int
    estimated_wait_minutes: int | None
    availability: Availability
    now_serving: list[tuple[str, int]]  # (ticket code, counter number) called or serving


def _view(ticket: Ticket, **extra) -> TicketView:
    service = ticket.service
    return TicketView(
        id=str(ticket.id),
        code=ticket.code,
        business_date=ticket.business_date,
        service_code=service.code,
        service_name=service.name,
        agency_code=service.agency.code,
        agency_name=service.agency.name,
        status=ticket.status,
        priority_group=ticket.priority_group,
        issued_at=ticket.issued_at,
        queue_at=ticket.queue_at,
        counter_number=ticket.counter.number if ticket.counter else None,
        call_count=ticket.call_count,
        called_at=ticket.called_at,
        started_at=ticket.started_at,
        finished_at=ticket.finished_at,
        outcome=ticket.outcome,
        **extra,
    )


# --- lookups ------------------------------------------------------------------------


def today(uow: UnitOfWork) -> date:
    return business_date(uow.settings(), uow.now())


def today_of(station) -> date:
    with station.uow(read_only=True) as uow:
        return today(uow)


def _service(uow: UnitOfWork, code: str) -> Service:
    service = uow.session.scalars(_SERVICE_BY_CODE, {"code": code.upper()}).first()
    if service is None:
        raise NotFound(f"no service with code {code!r}; `mpp catalog show` lists them")
    return service


def _counter(uow: UnitOfWork, number: int | str) -> Counter:
    try:
        number = int(number)
    except (TypeError, ValueError):
        raise InvalidInput(f"a counter is given by its number, not {number!r}") from None
    counter = uow.session.scalars(_COUNTER_BY_NUMBER, {"number": number}).first()
    if counter is None or not counter.active:
        raise NotFound(f"no counter (loket) number {number}")
    return counter


def _counter_state(uow: UnitOfWork, counter: Counter) -> CounterState:
    state = uow.session.scalars(_COUNTER_STATE, {"counter_id": counter.id}).first()
    if state is None:
        state = uow.new(CounterState, counter_id=counter.id, status="open", calls_since_priority=0)
    day = today(uow)
    if state.rhythm_day != day:
        # a counter starts each business day open (yesterday's break is over), and
        # may take a priority ticket on its first call
        state.rhythm_day = day
        state.status = "open"
        state.calls_since_priority = uow.settings().priority_every
    return state


def find_ticket(uow: UnitOfWork, ref: str, day: date | None = None) -> Ticket:
    """A ticket by its id or by its number of the day (A023, a23 and A0023 alike)."""
    ref = ref.strip()
    try:
        ticket = uow.session.scalars(_TICKET_BY_ID, {"id": uuid.UUID(ref)}).first()
    except ValueError:
        match = _TICKET_CODE.match(ref)
        if not match:
            raise InvalidInput(f"{ref!r} is neither a ticket number (like A023) nor a ticket id") from None
        code = format_code(match.group(1).upper(), int(match.group(2)))
        day = day or today(uow)
        ticket = uow.session.scalars(_TICKET_BY_CODE, {"code": code, "day": day}).first()
        if ticket is None:
            raise NotFound(f"no ticket {code} on {day.isoformat()}")
        return ticket
    if ticket is None:
        raise NotFound(f"no ticket with id {ref}")
    return ticket


# --- the state machine -------------------------------------------------------------


def _step(
    uow: UnitOfWork,
    ticket: Ticket,
    action: str,
    *,
    counter: Counter | None = None,
    note: str | None = None,
    to_service: Service | None = None,
    staff_id: uuid.UUID | None = None,
) -> TicketEvent:
    allowed, to_status, kind = TRANSITIONS[action]
    if ticket.status not in allowed:
        raise Refused(
            f"ticket {ticket.code} is {ticket.status}; it cannot be {kind} "
            f"(only when {' or '.join(sorted(allowed))})",
            code="bad_transition",
        )
    if action != "expire" and ticket.business_date != today(uow):
        raise Refused(
            f"ticket {ticket.code} belongs to {ticket.business_date.isoformat()}, not today",
            code="other_day",
        )
    event = uow.new(
        TicketEvent,
        ticket=ticket,
        kind=kind,
        from_status=ticket.status,
        to_status=to_status,
        service_id=ticket.service_id,
        to_service_id=to_service.id if to_service else None,
        counter_id=counter.id if counter else ticket.counter_id,
        staff_id=staff_id,
        note=note,
    )
    ticket.status = to_status
    uow.touch(ticket)
    return event


def _check_counter(ticket: Ticket, counter: Counter | None) -> None:
    """A counter named on the command must be the one holding the ticket."""
    if counter is not None and ticket.counter_id is not None and ticket.counter_id != counter.id:
        raise Refused(
            f"ticket {ticket.code} is at loket {ticket.counter.number}, not loket {counter.number}",
            code="other_counter",
        )


def _optional_counter(uow: UnitOfWork, number: int | str | None) -> Counter | None:
    return None if number is None else _counter(uow, number)


# --- issuing ---------------------------------------------------------------------------


def _issued_today(uow: UnitOfWork, service: Service, day: date) -> int:
    if uow.station.joined_hub:  # numbers come in blocks: count the tickets, this station's and the others'
        return uow.session.scalar(_TICKETS_ISSUED, {"service_id": service.id, "day": day})
    return uow.session.scalar(_ISSUED_TODAY, {"service_id": service.id, "day": day}) or 0


def _issued_per_service(uow: UnitOfWork, day: date) -> dict[uuid.UUID, int]:
    if uow.station.joined_hub:
        query = (
            select(Ticket.issued_service_id, func.count()).where(Ticket.business_date == day)
            .group_by(Ticket.issued_service_id)
        )  # fmt: skip
    else:
        query = select(NumberSequence.service_id, NumberSequence.last_number).where(NumberSequence.business_date == day)
    return dict(uow.session.execute(query).all())


def _allocate_number(uow: UnitOfWork, service: Service, day: date) -> int:
    """The next number of the day for this service.

    The unit of work began with BEGIN IMMEDIATE, so this transaction holds
    SQLite's write lock: no other process can allocate between our read and
    our write, and a rollback gives the number back (no gaps). A station that
    syncs takes it from the blocks the hub leased it (app.sync.numbers).
    """
    if uow.station.joined_hub:
        from app.sync.numbers import take_ticket_number

        return take_ticket_number(uow, service, day)
    return uow.session.execute(_NEXT_NUMBER, {"service_id": service.id, "day": day}).scalar_one()


def issue_ticket(uow: UnitOfWork, service_code: str, priority_group: str | None = None) -> TicketView:
    ticket = _issue(uow, _service(uow, service_code), priority_group)
    ahead = people_ahead(uow, ticket)
    view = _view(ticket, people_ahead=ahead, estimated_wait_minutes=estimate_wait(uow, ticket.service, ahead))
    uow.commit()
    return view


def _issue(uow: UnitOfWork, service: Service, priority_group: str | None, note: str | None = None) -> Ticket:
    """A new waiting ticket with its number and its "issued" event, flushed, not committed."""
    settings = uow.settings()
    if priority_group is not None and priority_group not in PRIORITY_GROUPS:
        raise InvalidInput(
            f"unknown priority group {priority_group!r}; one of {', '.join(PRIORITY_GROUPS)}"
        )
    if priority_group and not service.accepts_priority:
        raise Refused(f"{service.name} does not take priority tickets", code="no_priority")
    now = uow.now()
    day = business_date(settings, now)
    availability = service_availability(uow.session, settings, service, now, _issued_today(uow, service, day))
    if not availability.open:
        raise Refused(availability.message, code=availability.reason)
    number = _allocate_number(uow, service, day)
    ticket = uow.new(
        Ticket,
        business_date=day,
        issued_service_id=service.id,
        service_id=service.id,
        service=service,
        number=number,
        code=format_code(service.prefix, number),
        priority_group=priority_group,
        status="waiting",
        issued_at=now,
        queue_at=now,
        call_count=0,
    )
    uow.new(
        TicketEvent,
        ticket=ticket,
        kind="issued",
        from_status=None,
        to_status="waiting",
        service_id=service.id,
        note=note or priority_group,
    )
    uow.session.flush()
    return ticket


# --- at the counter ------------------------------------------------------------------


def _waiting(uow: UnitOfWork, day: date, service_ids: list[uuid.UUID], priority: bool):
    return uow.session.scalars(_NEXT_WAITING[priority], {"day": day, "service_ids": service_ids}).first()


def _refuse_if_busy(uow: UnitOfWork, counter: Counter) -> None:
    """A counter serves one citizen at a time."""
    busy = uow.session.scalars(_COUNTER_BUSY, {"day": today(uow), "counter_id": counter.id}).first()
    if busy:
        raise Refused(
            f"loket {counter.number} still has ticket {busy}: finish it, mark it absent or hold it first",
            code="counter_busy",
        )


def call_next(uow: UnitOfWork, counter_number: int | str, staff_id: uuid.UUID | None = None) -> TicketView:
    """Call the next ticket for a counter, over every service it serves."""
    settings = uow.settings()
    counter = _counter(uow, counter_number)
    state = _open_counter_state(uow, counter)
    day = today(uow)
    _refuse_if_busy(uow, counter)
    service_ids = [link.service_id for link in counter.links]
    priority = _waiting(uow, day, service_ids, priority=True)
    normal = _waiting(uow, day, service_ids, priority=False)
    if settings.priority_policy == "interleave":
        take_priority = priority is not None and (
            normal is None or state.calls_since_priority >= settings.priority_every - 1
        )
    else:  # "first"
        take_priority = priority is not None
    ticket = priority if take_priority else normal
    if ticket is None:
        raise Refused(f"nobody is waiting for loket {counter.number}", code="queue_empty")
    state.calls_since_priority = 0 if take_priority else state.calls_since_priority + 1
    uow.touch(state)
    _call(uow, ticket, counter, staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def _open_counter_state(uow: UnitOfWork, counter: Counter) -> CounterState:
    state = _counter_state(uow, counter)
    if state.status != "open":
        raise Refused(f"loket {counter.number} is on a break; resume it first", code="counter_paused")
    return state


def _call(uow: UnitOfWork, ticket: Ticket, counter: Counter, staff_id: uuid.UUID | None) -> None:
    _step(uow, ticket, "call", counter=counter, staff_id=staff_id)
    ticket.counter_id = counter.id
    ticket.counter = counter
    ticket.call_count = 1
    ticket.called_at = uow.now()


def call_ticket(
    uow: UnitOfWork, ref: str, counter_number: int | str, staff_id: uuid.UUID | None = None
) -> TicketView:
    """Call one waiting ticket out of turn (a citizen who came back, one the staff picked),
    for a service this counter serves."""
    counter = _counter(uow, counter_number)
    _open_counter_state(uow, counter)
    _refuse_if_busy(uow, counter)
    ticket = find_ticket(uow, ref)
    if ticket.service_id not in {link.service_id for link in counter.links}:
        raise Refused(
            f"ticket {ticket.code} is for {ticket.service.name}, which loket {counter.number} does not serve",
            code="other_service",
        )
    _call(uow, ticket, counter, staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def serve_walk_in(
    uow: UnitOfWork, service_code: str, counter_number: int | str, staff_id: uuid.UUID | None = None
) -> TicketView:
    """A citizen at the counter without a ticket: the counter issues one and calls it
    at once, in one transaction, so the day's figures count them like everyone else."""
    counter = _counter(uow, counter_number)
    _open_counter_state(uow, counter)
    _refuse_if_busy(uow, counter)
    service = _service(uow, service_code)
    if service.id not in {link.service_id for link in counter.links}:
        raise Refused(f"loket {counter.number} does not serve {service.name}", code="other_service")
    ticket = _issue(uow, service, None, note=f"walk-in loket {counter.number}")
    _call(uow, ticket, counter, staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def recall(
    uow: UnitOfWork, ref: str, counter: int | str | None = None, *, staff_id: uuid.UUID | None = None
) -> TicketView:
    """Call the same ticket again: same number, no new ticket, one more call counted."""
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    _step(uow, ticket, "recall", staff_id=staff_id)
    ticket.call_count += 1
    ticket.called_at = uow.now()
    view = _view(ticket)
    uow.commit()
    return view


def start_service(
    uow: UnitOfWork, ref: str, counter: int | str | None = None, *, staff_id: uuid.UUID | None = None
) -> TicketView:
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    _step(uow, ticket, "start", staff_id=staff_id)
    ticket.started_at = uow.now()
    view = _view(ticket)
    uow.commit()
    return view


def finish(
    uow: UnitOfWork,
    ref: str,
    outcome: str | None = None,
    counter: int | str | None = None,
    *,
    staff_id: uuid.UUID | None = None,
) -> TicketView:
    if outcome is not None and len(outcome) > 2000:
        raise InvalidInput(f"the outcome note is {len(outcome)} characters; at most 2000")
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    _step(uow, ticket, "finish", note=outcome, staff_id=staff_id)
    ticket.finished_at = uow.now()
    ticket.outcome = outcome
    view = _view(ticket)
    uow.commit()
    return view


def mark_absent(
    uow: UnitOfWork, ref: str, counter: int | str | None = None, *, staff_id: uuid.UUID | None = None
) -> TicketView:
    settings = uow.settings()
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    if ticket.status == "called" and ticket.call_count < settings.absent_after_calls:
        raise Refused(
            f"ticket {ticket.code} was called {ticket.call_count} time(s); recall it until "
            f"{settings.absent_after_calls} calls before marking it absent",
            code="too_few_calls",
        )
    _step(uow, ticket, "absent", staff_id=staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def return_ticket(uow: UnitOfWork, ref: str, *, staff_id: uuid.UUID | None = None) -> TicketView:
    """An absent citizen came back the same day: back into the queue, at its end."""
    ticket = find_ticket(uow, ref)
    _step(uow, ticket, "return", staff_id=staff_id)
    ticket.counter_id = None
    ticket.counter = None
    ticket.call_count = 0
    ticket.queue_at = uow.now()
    uow.session.flush()
    ahead = people_ahead(uow, ticket)
    view = _view(ticket, people_ahead=ahead, estimated_wait_minutes=estimate_wait(uow, ticket.service, ahead))
    uow.commit()
    return view


def transfer(
    uow: UnitOfWork, ref: str, to_service_code: str, counter: int | str | None = None,
    note: str | None = None,
    *,
    staff_id: uuid.UUID | None = None,
) -> TicketView:
    """Send a citizen to another service without queueing again: the place in
    the new queue is the original arrival time."""
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    target = _service(uow, to_service_code)
    if target.id == ticket.service_id:
        raise Refused(f"ticket {ticket.code} is already for {target.name}", code="same_service")
    if not target.active:
        raise Refused(f"{target.name} is not offered at the moment", code="inactive")
    if ticket.priority_group and not target.accepts_priority:
        # the target takes no priority tickets: the citizen keeps the arrival time, not the precedence
        note = "; ".join(filter(None, [note, f"prioritas {ticket.priority_group} tidak berlaku di {target.code}"]))
        ticket.priority_group = None
    _step(uow, ticket, "transfer", to_service=target, note=note, staff_id=staff_id)
    ticket.service_id = target.id
    ticket.service = target
    ticket.counter_id = None
    ticket.counter = None
    ticket.call_count = 0
    ticket.called_at = None
    ticket.started_at = None
    ticket.queue_at = ticket.issued_at
    uow.session.flush()
    ahead = people_ahead(uow, ticket)
    view = _view(ticket, people_ahead=ahead, estimated_wait_minutes=estimate_wait(uow, target, ahead))
    uow.commit()
    return view


def hold(
    uow: UnitOfWork,
    ref: str,
    counter: int | str | None = None,
    note: str | None = None,
    *,
    staff_id: uuid.UUID | None = None,
) -> TicketView:
    """Set a ticket aside at its counter (the citizen fetches a document); the counter may call others."""
    ticket = find_ticket(uow, ref)
    _check_counter(ticket, _optional_counter(uow, counter))
    _step(uow, ticket, "hold", note=note, staff_id=staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def resume(
    uow: UnitOfWork, ref: str, counter: int | str | None = None, *, staff_id: uuid.UUID | None = None
) -> TicketView:
    """Serve a held ticket again, at its counter or at the one named."""
    ticket = find_ticket(uow, ref)
    target = _optional_counter(uow, counter) or ticket.counter
    if target is not None and ticket.status == "held":
        _refuse_if_busy(uow, target)
    if target is not None:
        ticket.counter_id = target.id
        ticket.counter = target
    _step(uow, ticket, "resume", counter=target, staff_id=staff_id)
    if ticket.started_at is None:
        ticket.started_at = uow.now()
    view = _view(ticket)
    uow.commit()
    return view


def cancel(uow: UnitOfWork, ref: str, note: str | None = None, *, staff_id: uuid.UUID | None = None) -> TicketView:
    ticket = find_ticket(uow, ref)
    _step(uow, ticket, "cancel", note=note, staff_id=staff_id)
    view = _view(ticket)
    uow.commit()
    return view


def close_day(uow: UnitOfWork, day: date | None = None) -> int:
    """End a business day: every ticket still open expires. Returns how many."""
    day = day or today(uow)
    tickets = uow.session.scalars(
        select(Ticket)
        .options(joinedload(Ticket.service).joinedload(Service.agency))
        .where(Ticket.business_date == day, Ticket.status.in_(OPEN_STATUSES))
    ).all()
    for ticket in tickets:
        _step(uow, ticket, "expire", note="hari layanan ditutup")
    uow.commit()
    return len(tickets)


def set_counter_status(uow: UnitOfWork, counter_number: int | str, status: str) -> str:
    """Open a counter or put it on a break (pause); returns the new status."""
    if status not in ("open", "paused"):
        raise InvalidInput(f"a counter is open or paused, not {status!r}")
    counter = _counter(uow, counter_number)
    state = _counter_state(uow, counter)
    state.status = status
    uow.touch(state)
    uow.commit()
    return status


# --- reading the queue ------------------------------------------------------------------


def people_ahead(uow: UnitOfWork, ticket: Ticket) -> int:
    """Waiting tickets of the same service that will be called before this one."""
    policy = "first" if uow.settings().priority_policy == "first" else "interleave"
    params = {
        "day": ticket.business_date,
        "service_id": ticket.service_id,
        "ticket_id": ticket.id,
        "queue_at": ticket.queue_at,
    }
    return uow.session.scalar(_AHEAD[policy, ticket.priority_group is not None], params)


def _open_counters(uow: UnitOfWork, service: Service) -> int:
    return uow.session.scalar(_OPEN_COUNTERS, {"service_id": service.id})


def mean_service_minutes(uow: UnitOfWork, service: Service) -> float:
    """Mean of the last few finished services of today, else the catalog's typical time."""
    rows = uow.session.execute(_RECENT_SERVICES, {"day": today(uow), "service_id": service.id}).all()
    if not rows:
        return float(service.service_minutes)
    return sum((f - s).total_seconds() for s, f in rows) / len(rows) / 60


def estimate_wait(uow: UnitOfWork, service: Service, ahead: int) -> int | None:
    """Minutes until a citizen with `ahead` people in front is called:
    ahead / (open counters / mean service time). None when no counter is open."""
    counters = _open_counters(uow, service)
    if counters == 0:
        return None
    return math.ceil(ahead * mean_service_minutes(uow, service) / counters)


def show_counters(uow: UnitOfWork):
    from app.catalog import show_catalog

    return show_catalog(uow).counters


def list_tickets(uow: UnitOfWork, day: date | None = None) -> list[TicketView]:
    day = day or today(uow)
    tickets = uow.session.scalars(
        select(Ticket)
        .options(joinedload(Ticket.service).joinedload(Service.agency), joinedload(Ticket.counter))
        .where(Ticket.business_date == day)
        .order_by(Ticket.issued_at, Ticket.id)
    ).all()
    return [_view(t) for t in tickets]


def ticket_details(uow: UnitOfWork, ref: str) -> TicketView:
    ticket = find_ticket(uow, ref)
    if ticket.status == "waiting":
        ahead = people_ahead(uow, ticket)
        return _view(ticket, people_ahead=ahead, estimated_wait_minutes=estimate_wait(uow, ticket.service, ahead))
    return _view(ticket)


def ticket_history(uow: UnitOfWork, ref: str) -> list[EventView]:
    ticket = find_ticket(uow, ref)
    services = {s.id: s.code for s in uow.session.scalars(select(Service))}
    counters = {c.id: c.number for c in uow.session.scalars(select(Counter))}
    events = uow.session.scalars(
        select(TicketEvent)
        .where(TicketEvent.ticket_id == ticket.id)
        # in the order the sync hub took them (its clock), then this station's own not yet there:
        # station clocks may be hours wrong or jump back
        .order_by(TicketEvent.received_at.is_(None), TicketEvent.received_at, TicketEvent.created_at, TicketEvent.id)
    ).all()
    return [
        EventView(
            at=e.created_at,
            kind=e.kind,
            from_status=e.from_status,
            to_status=e.to_status,
            service_code=services[e.service_id],
            to_service_code=services.get(e.to_service_id),
            counter_number=counters.get(e.counter_id),
            note=e.note,
        )
        for e in events
    ]


def queue_overview(uow: UnitOfWork, day: date | None = None) -> list[ServiceQueue]:
    """Every active service's day at a glance: what the demo, the kiosk tiles and the supervisor show."""
    settings = uow.settings()
    day = day or today(uow)
    counts: dict[tuple[uuid.UUID, str], int] = {
        (sid, status): n
        for sid, status, n in uow.session.execute(
            select(Ticket.service_id, Ticket.status, func.count())
            .where(Ticket.business_date == day)
            .group_by(Ticket.service_id, Ticket.status)
        )
    }
    at_counter: dict[uuid.UUID, list[tuple[str, int]]] = {}
    for sid, code, number in uow.session.execute(
        select(Ticket.service_id, Ticket.code, Counter.number)
        .join(Counter, Counter.id == Ticket.counter_id)
        .where(Ticket.business_date == day, Ticket.status.in_(AT_COUNTER))
        .order_by(Counter.number)
    ):
        at_counter.setdefault(sid, []).append((code, number))
    issued = _issued_per_service(uow, day)
    moment = uow.now()
    result = []
    services = uow.session.scalars(
        select(Service).options(joinedload(Service.agency)).where(Service.active).order_by(Service.prefix)
    ).all()
    for service in services:
        n = {status: counts.get((service.id, status), 0) for status in (*OPEN_STATUSES, "done", "cancelled", "expired")}
        open_counters = _open_counters(uow, service)
        result.append(
            ServiceQueue(
                code=service.code,
                prefix=service.prefix,
                name=service.name,
                agency_code=service.agency.code,
                waiting=n["waiting"],
                called=n["called"],
                serving=n["serving"],
                held=n["held"],
                done=n["done"],
                absent=n["absent"],
                cancelled=n["cancelled"],
                expired=n["expired"],
                issued=issued.get(service.id, 0),
                counters_open=open_counters,
                estimated_wait_minutes=estimate_wait(uow, service, n["waiting"]),
                availability=service_availability(uow.session, settings, service, moment, issued.get(service.id, 0)),
                now_serving=at_counter.get(service.id, []),
            )
        )
    return result
