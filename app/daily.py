"""The daily summary (ringkasan harian) of one business day: the figures a
supervisor prints at closing (app.report_daily) and watches live.

`daily_summary(uow, day)` reads the day with a handful of queries (tickets,
their counter events, the catalog, the survey, complaints) and computes every
figure in Python, so 3,000 tickets take milliseconds. `DailySummary.to_json()`
holds exactly the figures the PDF prints. The same computations work over any
range of business days (`ticket_figures`, `survey_figures`, `complaint_figures`):
app.period's summary of a week or a month is made of them.

Definitions (domain/mpp.md; the same on screen, on paper and in JSON):

- The day is the MPP's business date (its local date); times are read in
  its zone. A ticket belongs to the day its number was given.
- issued: tickets of the day, counted at the service they were issued for
  (their number's service, `issued_service_id`).
- Outcomes, one per ticket, counted at the service the ticket ended at
  (its current `service_id`: for a transferred ticket, the service it was
  transferred to):
    served    = finished (status done);
    absent    = did not come after the calls and did not come back: still
                absent, or absent when the day was closed (the expiry event
                leaves from "absent");
    cancelled = cancelled;
    expired   = still waiting, called, serving or held when the day was
                closed (expired from any status but absent);
    open      = still waiting, called, serving or held now (a day in progress).
  For the MPP: issued = served + absent + cancelled + expired + open.
- returned: tickets marked absent that came back the same day (they are also
  counted in their outcome, usually served), at the service they returned to.
- transferred: transfers out of a service (one per "transferred" event, at
  the service the ticket left); transferred_in: transfers into it. Per
  service: issued + transferred_in - transferred = served + absent +
  cancelled + expired + open. For the MPP transferred counts every transfer
  once; for an agency it is the sum of its services' (a move between two
  services of one agency counts too).
- Waiting time: the first call (the first "called" event of the ticket)
  minus the arrival (issued_at, which a transfer keeps), for tickets that
  were called; counted at the service of that first call. Later waits (after
  a return, or at the service a ticket was transferred to after it had been
  called) are not added. Tickets never called have no waiting time.
- Service time: finished minus started, for served tickets, at the service
  that finished them (a hold in between is part of it; a transfer restarts it).
- Statistics: mean, median, 90th percentile and maximum, in minutes. The
  median and the 90th percentile interpolate linearly between the closest
  ranks (the "type 7" definition of R, numpy's default, Excel's
  PERCENTILE.INC): for n sorted values the p-quantile sits at position
  (n - 1) p counted from 0. Every figure is rounded half up to one decimal
  after it is computed from exact seconds; the PDF prints those rounded values.
- Over target: tickets whose waiting time exceeds the target of the service
  they waited for (`Service.wait_target_minutes`, or DEFAULT_WAIT_TARGET_MINUTES
  when the catalog sets none); the share is of the tickets with a waiting
  time, in percent with one decimal.
- Per counter and per staff member: what happened at the counter / by the
  staff member (the event's counter_id / staff_id): calls (first calls, not
  recalls), served (finish events), absent (times a ticket was marked absent
  there), transferred (transfers made there), and the service time of the
  tickets finished there. Counter actions without a signed-in staff member
  are shown as one row "(tidak tercatat)" (username None).
- Arrivals per hour: tickets of the day by the local hour of their arrival,
  every hour from the MPP's opening to its closing that weekday and any
  other hour with arrivals.
- Survey: the responses whose business date is the day (app.survey.ikm_over):
  respondents, IKM (25-100, two decimals), mutu and kinerja; the population
  is the day's served tickets. Per service by the service the response names.
- Complaints (the tables of app.complaints): received = filed that day (its
  filed_date); settled = reached "selesai" that day (the stage event's local
  date); open = filed by the end of the day and not closed (selesai, ditolak,
  bukan wewenang) by then (now, for today); overdue = of those, the ones whose
  settlement deadline (settle_due, 60 working days by default) lay before the
  day. The stage deadlines (verification within 3 working days ...) are the
  complaints desk's overdue list (app.complaints.list_complaints) and are not
  counted here: they cannot be known for a past day from the rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import DateTime, String, func, select, type_coerce

from app.errors import InvalidInput, Refused
from app.ikm import ELEMENT_KEYS, ikm_from_totals, round_half_up
from app.uow import UnitOfWork
from app.workdays import WEEKDAYS, business_date, closure_reason, local_zone
from db.models import (
    Agency,
    Complaint,
    ComplaintEvent,
    Counter,
    Service,
    Staff,
    SurveyResponse,
    Ticket,
    TicketEvent,
)

DEFAULT_WAIT_TARGET_MINUTES = 30  # a service whose catalog sets no wait_target_minutes
OPEN = frozenset({"waiting", "called", "serving", "held"})
PERCENTILE_DEFINITION = "linear interpolation between closest ranks (type 7, PERCENTILE.INC)"
UNRECORDED_STAFF = "(tidak tercatat)"

# events that move the figures; issued, recalled, started, held and resumed do not
_KINDS = ("called", "finished", "absent", "returned", "transferred", "expired")


# --- what the summary holds ------------------------------------------------------------------


@dataclass(frozen=True)
class TimeStats:
    """Minutes, each rounded half up to one decimal; None when there is nothing to measure."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None
    max: float | None

    def to_json(self) -> dict[str, float | None]:
        return {"mean": self.mean, "median": self.median, "p90": self.p90, "max": self.max}


@dataclass(frozen=True)
class Figures:
    """The counts and times of one scope: the MPP, an agency or a service."""

    issued: int
    served: int
    absent: int
    transferred: int  # out of this scope's services
    transferred_in: int
    cancelled: int
    expired: int
    open: int  # still in the queue or at a counter
    returned: int
    waited: int  # tickets with a waiting time (called at least once)
    wait_minutes: TimeStats
    service_minutes: TimeStats
    over_target: int
    over_target_pct: float | None  # of `waited`, percent, one decimal

    def to_json(self) -> dict[str, Any]:
        return {
            "issued": self.issued,
            "served": self.served,
            "absent": self.absent,
            "transferred": self.transferred,
            "transferred_in": self.transferred_in,
            "cancelled": self.cancelled,
            "expired": self.expired,
            "open": self.open,
            "returned": self.returned,
            "waited": self.waited,
            "wait_minutes": self.wait_minutes.to_json(),
            "service_minutes": self.service_minutes.to_json(),
            "over_target": self.over_target,
            "over_target_pct": self.over_target_pct,
        }


@dataclass(frozen=True)
class ServiceDay:
    code: str
    prefix: str
    name: str
    agency_code: str
    wait_target_minutes: int  # the target in force (the catalog's, or the default)
    figures: Figures

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "prefix": self.prefix,
            "name": self.name,
            "agency": self.agency_code,
            "wait_target_minutes": self.wait_target_minutes,
            **self.figures.to_json(),
        }


@dataclass(frozen=True)
class AgencyDay:
    code: str
    name: str
    services: tuple[str, ...]  # codes of its services listed in per_service
    figures: Figures

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "services": list(self.services), **self.figures.to_json()}


@dataclass(frozen=True)
class CounterDay:
    number: int
    name: str
    called: int
    served: int
    absent: int
    transferred: int
    service_minutes: TimeStats
    staff: tuple[str, ...]  # full names of who acted there, by name

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "called": self.called,
            "served": self.served,
            "absent": self.absent,
            "transferred": self.transferred,
            "service_minutes": self.service_minutes.to_json(),
            "staff": list(self.staff),
        }


@dataclass(frozen=True)
class StaffDay:
    username: str | None  # None: counter actions nobody was signed in for
    name: str
    called: int
    served: int
    absent: int
    transferred: int
    service_minutes: TimeStats
    counters: tuple[int, ...]  # the counters they acted at, by number

    def to_json(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "name": self.name,
            "called": self.called,
            "served": self.served,
            "absent": self.absent,
            "transferred": self.transferred,
            "service_minutes": self.service_minutes.to_json(),
            "counters": list(self.counters),
        }


@dataclass(frozen=True)
class HourCount:
    hour: int  # local hour, 0-23: arrivals from hour.00 to hour.59
    arrivals: int


@dataclass(frozen=True)
class ComplaintFigures:
    available: bool  # False: the figures could not be counted (kept for the JSON's readers)
    received: int = 0
    settled: int = 0
    overdue: int = 0
    open: int = 0  # not closed at the end of the day

    def to_json(self) -> dict[str, Any]:
        return {"available": self.available, "received": self.received, "settled": self.settled,
                "overdue": self.overdue, "open": self.open}


@dataclass(frozen=True)
class ServiceSurvey:
    code: str
    name: str
    respondents: int
    ikm: Decimal | None  # 25-100, two decimals
    mutu: str | None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "respondents": self.respondents, "ikm": _float(self.ikm),
                "mutu": self.mutu}


@dataclass(frozen=True)
class SurveyDay:
    respondents: int
    ikm: Decimal | None  # IKM unit pelayanan, 25-100, two decimals; None without answers
    mutu: str | None
    kinerja: str | None
    population: int  # tickets served that day
    per_service: tuple[ServiceSurvey, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "respondents": self.respondents,
            "ikm": _float(self.ikm),
            "mutu": self.mutu,
            "kinerja": self.kinerja,
            "population": self.population,
            "per_service": [s.to_json() for s in self.per_service],
        }


class Headline:
    """The headline figures as attributes of a summary itself (the daily's and the period's)."""

    totals: Figures

    @property
    def issued(self) -> int:
        return self.totals.issued

    @property
    def served(self) -> int:
        return self.totals.served

    @property
    def absent(self) -> int:
        return self.totals.absent

    @property
    def transferred(self) -> int:
        return self.totals.transferred

    @property
    def cancelled(self) -> int:
        return self.totals.cancelled

    @property
    def expired(self) -> int:
        return self.totals.expired

    @property
    def wait_minutes(self) -> TimeStats:
        return self.totals.wait_minutes

    @property
    def service_minutes(self) -> TimeStats:
        return self.totals.service_minutes


@dataclass(frozen=True)
class DailySummary(Headline):
    day: date
    mpp_name: str
    address: str
    timezone: str
    generated_at: datetime  # local, with its zone
    is_today: bool  # the day is still running: figures as of generated_at
    closed_reason: str | None  # the MPP was closed that day (and still had tickets)
    default_wait_target_minutes: int
    totals: Figures
    per_agency: tuple[AgencyDay, ...]
    per_service: tuple[ServiceDay, ...]
    per_counter: tuple[CounterDay, ...]
    per_staff: tuple[StaffDay, ...]
    arrivals_per_hour: tuple[HourCount, ...]
    survey: SurveyDay
    complaints: ComplaintFigures = field(default_factory=lambda: ComplaintFigures(False))

    def to_json(self) -> dict[str, Any]:
        totals = self.totals.to_json()
        del totals["transferred_in"]  # the same as transferred for the whole MPP
        return {
            "day": self.day.isoformat(),
            "mpp": self.mpp_name,
            "generated_at": self.generated_at.isoformat(),
            "is_today": self.is_today,
            "closed_reason": self.closed_reason,
            **totals,
            "default_wait_target_minutes": self.default_wait_target_minutes,
            "percentile": PERCENTILE_DEFINITION,
            "arrivals_per_hour": [{"hour": h.hour, "arrivals": h.arrivals} for h in self.arrivals_per_hour],
            "per_agency": [a.to_json() for a in self.per_agency],
            "per_service": [s.to_json() for s in self.per_service],
            "per_counter": [c.to_json() for c in self.per_counter],
            "per_staff": [s.to_json() for s in self.per_staff],
            "complaints": self.complaints.to_json(),
            "survey": self.survey.to_json(),
        }


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


# --- statistics ------------------------------------------------------------------------------


def quantile(values: list[float], p: float) -> float:
    """The p-quantile of sorted `values` by linear interpolation between closest ranks
    (position (n - 1) p from 0: R's type 7, numpy's default, Excel's PERCENTILE.INC)."""
    if not values:
        raise ValueError("no values")
    h = (len(values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (h - lo) * (values[hi] - values[lo])


_TENTH = Decimal("0.1")


def _round1(value: float) -> float:
    """Half up (away from zero) to one decimal, from the float's exact value."""
    return float(Decimal(value).quantize(_TENTH, ROUND_HALF_UP))


def time_stats(seconds: list[float]) -> TimeStats:
    """Mean, median, 90th percentile and maximum of durations given in seconds, in minutes."""
    if not seconds:
        return TimeStats(0, None, None, None, None)
    minutes = sorted(s / 60 for s in seconds)
    return TimeStats(
        count=len(minutes),
        mean=_round1(math.fsum(minutes) / len(minutes)),
        median=_round1(quantile(minutes, 0.5)),
        p90=_round1(quantile(minutes, 0.9)),
        max=_round1(minutes[-1]),
    )


def minutes_of(seconds: float) -> float:
    """A duration in minutes as the summary prints one: rounded half up to one decimal."""
    return _round1(seconds / 60)


def _pct1(part: int, whole: int) -> float | None:
    return float(round_half_up(Fraction(part * 100, whole), 1)) if whole else None


# --- the computation ---------------------------------------------------------------------------


class _Tally:
    """What accumulates for one scope before it becomes Figures."""

    __slots__ = ("issued", "served", "absent", "transferred", "transferred_in", "cancelled", "expired", "open",
                 "returned", "waits", "services", "over")

    def __init__(self):
        self.issued = self.served = self.absent = self.transferred = self.transferred_in = 0
        self.cancelled = self.expired = self.open = self.returned = self.over = 0
        self.waits: list[float] = []
        self.services: list[float] = []

    def add(self, other: _Tally) -> None:
        for name in ("issued", "served", "absent", "transferred", "transferred_in", "cancelled", "expired", "open",
                     "returned", "over"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.waits += other.waits
        self.services += other.services

    def figures(self) -> Figures:
        return Figures(
            issued=self.issued,
            served=self.served,
            absent=self.absent,
            transferred=self.transferred,
            transferred_in=self.transferred_in,
            cancelled=self.cancelled,
            expired=self.expired,
            open=self.open,
            returned=self.returned,
            waited=len(self.waits),
            wait_minutes=time_stats(self.waits),
            service_minutes=time_stats(self.services),
            over_target=self.over,
            over_target_pct=_pct1(self.over, len(self.waits)),
        )


class _Actor:
    """A counter's or a staff member's day."""

    __slots__ = ("called", "served", "absent", "transferred", "services", "others")

    def __init__(self):
        self.called = self.served = self.absent = self.transferred = 0
        self.services: list[float] = []
        self.others: set = set()  # staff ids at a counter; counter ids of a staff member


def closed_reason(uow: UnitOfWork, day: date) -> str | None:
    """Why the MPP was closed on `day` (holiday, closure, no opening hours that weekday), or None."""
    reason = closure_reason(uow.session, day)
    if reason is None and not (uow.settings().hours or {}).get(WEEKDAYS[day.weekday()]):
        reason = f"no opening hours on {WEEKDAYS[day.weekday()]}"
    return reason


def _check_day(uow: UnitOfWork, day: date | None) -> tuple[date, date, str | None]:
    """(the day, today, why the MPP was closed that day or None); refuses a day to come."""
    today = business_date(uow.settings(), uow.now())
    if day is None:
        day = today
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidInput(f"the day must be a date, not {day!r}")
    if day > today:
        raise Refused(
            f"{day.isoformat()} has not come yet (today is {today.isoformat()}): there is nothing to summarise",
            code="future_day",
        )
    return day, today, closed_reason(uow, day)


def daily_summary(uow: UnitOfWork, day: date | None = None) -> DailySummary:
    """The daily summary of `day` (None: today's business date), as of now.

    Refused for a day that has not come, and for a day the MPP was closed
    (holiday, closure, no opening hours) when it holds no tickets; a working
    day without tickets gives a summary of zeros."""
    settings = uow.settings()
    day, today, closed = _check_day(uow, day)
    if closed and not uow.session.scalar(select(Ticket.id).where(Ticket.business_date == day).limit(1)):
        raise Refused(
            f"the MPP was closed on {day.isoformat()} ({closed}): there is no daily summary of a closed day",
            code="closed_day",
        )
    t = ticket_figures(uow, day, day)
    return DailySummary(
        day=day,
        mpp_name=settings.name,
        address=settings.address or "",
        timezone=settings.timezone,
        generated_at=uow.now().astimezone(local_zone(settings)),
        is_today=day == today,
        closed_reason=closed,
        default_wait_target_minutes=DEFAULT_WAIT_TARGET_MINUTES,
        totals=t.totals,
        per_agency=t.per_agency,
        per_service=t.per_service,
        per_counter=t.per_counter,
        per_staff=t.per_staff,
        arrivals_per_hour=arrivals_per_hour(settings, [day], t.arrivals),
        survey=survey_figures(uow, day, day),
        complaints=complaint_figures(uow, day, day),
    )


# --- the figures of a range of business days (one day for the daily summary) ----------------------


@dataclass(frozen=True)
class DayTickets:
    """One business day of a range: what its trend line shows."""

    issued: int
    served: int
    wait_minutes: TimeStats  # of the day's tickets that were called


@dataclass(frozen=True)
class TicketFigures:
    totals: Figures
    per_agency: tuple[AgencyDay, ...]
    per_service: tuple[ServiceDay, ...]
    per_counter: tuple[CounterDay, ...]
    per_staff: tuple[StaffDay, ...]
    arrivals: dict[int, int]  # local hour -> tickets that arrived then, over the range
    per_day: dict[date, DayTickets]  # only the days that have tickets


def ticket_figures(uow: UnitOfWork, start: date, end: date) -> TicketFigures:
    """The ticket figures of the business days `start` to `end` (both included), with
    the definitions of the module's docstring: a handful of queries, the rest in Python."""
    zone = local_zone(uow.settings())
    s = uow.session
    in_range = Ticket.business_date.between(start, end)

    # Ids are read as their stored text and times as naive UTC: turning 20,000 values
    # into UUID and aware datetime objects would cost more than all the rest.
    tickets = s.execute(
        select(
            _raw(Ticket.id), _raw(Ticket.issued_service_id), _raw(Ticket.service_id), Ticket.status,
            Ticket.business_date, _naive(Ticket.issued_at), _naive(Ticket.started_at), _naive(Ticket.finished_at),
        ).where(in_range)
    ).all()
    events = s.execute(
        select(
            _raw(TicketEvent.ticket_id), TicketEvent.kind, TicketEvent.from_status, _raw(TicketEvent.service_id),
            _raw(TicketEvent.to_service_id), _raw(TicketEvent.counter_id), _raw(TicketEvent.staff_id),
            _naive(TicketEvent.created_at),
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(in_range, TicketEvent.kind.in_(_KINDS))
        .order_by(TicketEvent.created_at, TicketEvent.id)
    ).all()
    services = _services(uow)
    agencies = {row.id: row for row in s.execute(select(_raw(Agency.id), Agency.code, Agency.name))}

    def target(service_id) -> int:
        value = services[service_id].wait_target_minutes
        return value if value is not None else DEFAULT_WAIT_TARGET_MINUTES

    # --- the events, in order: first calls, finishes, returns, transfers, counter and staff acts
    per: dict[str, _Tally] = {}

    def tally(service_id) -> _Tally:
        t = per.get(service_id)
        if t is None:
            t = per[service_id] = _Tally()
        return t

    first_call: dict[str, tuple[datetime, str]] = {}
    finisher: dict[str, tuple[str | None, str | None]] = {}
    expired_absent: set[str] = set()
    returned: set[tuple[str, str]] = set()
    counters: dict[str, _Actor] = {}
    staff: dict[str | None, _Actor] = {}
    for e in events:
        kind = e.kind
        if kind == "called":
            if e.ticket_id not in first_call:
                first_call[e.ticket_id] = (e.created_at, e.service_id)
        elif kind == "finished":
            finisher[e.ticket_id] = (e.counter_id, e.staff_id)
        elif kind == "expired":
            if e.from_status == "absent":
                expired_absent.add(e.ticket_id)
            continue
        elif kind == "returned":
            returned.add((e.ticket_id, e.service_id))
            continue
        elif kind == "transferred":
            tally(e.service_id).transferred += 1
            tally(e.to_service_id).transferred_in += 1
        # an act at a counter, or by a staff member (one at a counter without a signed-in
        # staff member goes to the staff row None)
        if e.counter_id is None and e.staff_id is None:
            continue
        person = staff.get(e.staff_id)
        if person is None:
            person = staff[e.staff_id] = _Actor()
        acts = [person]
        if e.counter_id is not None:
            place = counters.get(e.counter_id)
            if place is None:
                place = counters[e.counter_id] = _Actor()
            place.others.add(e.staff_id)
            person.others.add(e.counter_id)
            acts.append(place)
        for actor in acts:
            if kind == "called":
                actor.called += 1
            elif kind == "finished":
                actor.served += 1
            elif kind == "absent":
                actor.absent += 1
            elif kind == "transferred":
                actor.transferred += 1
    for _ticket_id, service_id in returned:
        tally(service_id).returned += 1

    # --- the tickets: issued, outcome, waiting and service times; arrivals by hour; each day's
    hours: dict[int, int] = {}
    days: dict[date, list] = {}  # day -> [issued, served, waits]
    for t in tickets:
        tally(t.issued_service_id).issued += 1
        hour = t.issued_at.replace(tzinfo=timezone.utc).astimezone(zone).hour
        hours[hour] = hours.get(hour, 0) + 1
        today = days.get(t.business_date)
        if today is None:
            today = days[t.business_date] = [0, 0, []]
        today[0] += 1
        here = tally(t.service_id)
        status = t.status
        if status == "done":
            here.served += 1
            today[1] += 1
            if t.started_at is not None and t.finished_at is not None:
                seconds = (t.finished_at - t.started_at).total_seconds()
                here.services.append(seconds)
                counter_id, staff_id = finisher.get(t.id, (None, None))
                if counter_id is not None:
                    counters[counter_id].services.append(seconds)
                if counter_id is not None or staff_id is not None:
                    staff[staff_id].services.append(seconds)
        elif status == "cancelled":
            here.cancelled += 1
        elif status == "absent" or (status == "expired" and t.id in expired_absent):
            here.absent += 1
        elif status == "expired":
            here.expired += 1
        else:
            here.open += 1
        called = first_call.get(t.id)
        if called is not None:
            at, service_id = called
            seconds = (at - t.issued_at).total_seconds()
            waited = tally(service_id)
            waited.waits.append(seconds)
            today[2].append(seconds)
            if seconds > target(service_id) * 60:
                waited.over += 1

    # --- per service, per agency (the sum of its services), the MPP (the sum of all)
    ordered = sorted(
        per, key=lambda sid: (agencies[services[sid].agency_id].code, services[sid].prefix, services[sid].code)
    )
    by_agency: dict[str, list[str]] = {}
    for sid in ordered:
        by_agency.setdefault(services[sid].agency_id, []).append(sid)
    per_service = tuple(
        ServiceDay(row.code, row.prefix, row.name, agencies[row.agency_id].code, target(sid), per[sid].figures())
        for sid in ordered
        for row in (services[sid],)
    )
    per_agency = tuple(
        AgencyDay(agencies[aid].code, agencies[aid].name, tuple(services[sid].code for sid in sids),
                  _pooled(per[sid] for sid in sids).figures())
        for aid, sids in by_agency.items()
    )
    totals = _pooled(per.values()).figures()
    # a transfer moves a ticket within the MPP: out of one service and into another, once
    totals = replace(totals, transferred_in=totals.transferred)
    return TicketFigures(
        totals=totals,
        per_agency=per_agency,
        per_service=per_service,
        per_counter=_per_counter(uow, counters),
        per_staff=_per_staff(uow, staff),
        arrivals=hours,
        per_day={day: DayTickets(n, served, time_stats(waits)) for day, (n, served, waits) in sorted(days.items())},
    )


def _pooled(tallies) -> _Tally:
    total = _Tally()
    for t in tallies:
        total.add(t)
    return total


def _services(uow: UnitOfWork) -> dict:
    """Every service (a small table, read whole) by its id as stored text."""
    return {
        row.id: row
        for row in uow.session.execute(
            select(_raw(Service.id), Service.code, Service.prefix, Service.name, Service.wait_target_minutes,
                   _raw(Service.agency_id))
        )
    }


def _raw(column):
    """An id column as the text SQLite stores (no UUID object per row)."""
    return type_coerce(column, String).label(column.key)


def _naive(column):
    """A time column as the naive UTC datetime SQLite stores."""
    return type_coerce(column, DateTime).label(column.key)


def _per_counter(uow: UnitOfWork, counters: dict[str, _Actor]) -> tuple[CounterDay, ...]:
    if not counters:
        return ()
    rows = uow.session.execute(select(_raw(Counter.id), Counter.number, Counter.name))
    names = _staff_names(uow)
    result = []
    for row in rows:
        a = counters.get(row.id)
        if a is None:
            continue
        people = sorted(names[sid][1] for sid in a.others if sid is not None)
        result.append(CounterDay(row.number, row.name, a.called, a.served, a.absent, a.transferred,
                                 time_stats(a.services), tuple(people)))
    return tuple(sorted(result, key=lambda c: c.number))


def _staff_names(uow: UnitOfWork) -> dict[str, tuple[str, str]]:
    """Every staff member's (username, full name) by id: a small table, read whole."""
    return {
        row.id: (row.username, row.full_name)
        for row in uow.session.execute(select(_raw(Staff.id), Staff.username, Staff.full_name))
    }


def _per_staff(uow: UnitOfWork, staff: dict[str | None, _Actor]) -> tuple[StaffDay, ...]:
    if not staff:
        return ()
    names = _staff_names(uow)
    numbers = dict(uow.session.execute(select(_raw(Counter.id), Counter.number)).all())
    result = []
    for staff_id, a in staff.items():
        username, name = names.get(staff_id, (None, UNRECORDED_STAFF))
        result.append(StaffDay(username, name, a.called, a.served, a.absent, a.transferred, time_stats(a.services),
                               tuple(sorted(numbers[c] for c in a.others if c in numbers))))
    # people by name; the unrecorded row last
    return tuple(sorted(result, key=lambda x: (x.username is None, x.name.casefold(), x.username or "")))


def arrivals_per_hour(settings, days, hours: dict[int, int]) -> tuple[HourCount, ...]:
    """Arrivals by local hour: every hour the MPP is open on any of `days`, and any other hour with arrivals."""
    span = set(hours)
    for weekday in {day.weekday() for day in days}:
        opening = (settings.hours or {}).get(WEEKDAYS[weekday])
        if opening:
            opens, closes = (time.fromisoformat(t) for t in opening)
            last = (datetime.combine(date.min, closes) - timedelta(minutes=1)).hour
            span |= set(range(opens.hour, last + 1))
    if not span:
        return ()
    return tuple(HourCount(h, hours.get(h, 0)) for h in range(min(span), max(span) + 1))


def survey_figures(uow: UnitOfWork, start: date, end: date) -> SurveyDay:
    """The survey of the business days `start` to `end`: app.survey.ikm_over over the whole
    range (never a mean of daily figures), and per service by the service each response names."""
    from app.survey import ikm_over

    services = _services(uow)
    figures = ikm_over(uow, start, end)
    columns = [_raw(SurveyResponse.service_id), func.count()]
    for key in ELEMENT_KEYS:
        col = getattr(SurveyResponse, key)
        columns += [func.sum(col), func.count(col)]
    per_service = []
    for row in uow.session.execute(
        select(*columns)
        .where(SurveyResponse.business_date.between(start, end))
        .group_by(SurveyResponse.service_id)
    ):
        sums = {k: row[2 + 2 * i] for i, k in enumerate(ELEMENT_KEYS)}
        answered = {k: row[3 + 2 * i] for i, k in enumerate(ELEMENT_KEYS)}
        result = ikm_from_totals(row[1], sums, answered)
        service = services[row[0]]
        per_service.append(ServiceSurvey(service.code, service.name, result.respondents, result.ikm_konversi,
                                         result.mutu))
    prefixes = {row.code: row.prefix for row in services.values()}
    per_service.sort(key=lambda x: (prefixes[x.code], x.code))
    return SurveyDay(
        respondents=figures.respondents,
        ikm=figures.ikm_konversi,
        mutu=figures.mutu,
        kinerja=figures.kinerja,
        population=figures.population or 0,
        per_service=tuple(per_service),
    )


def day_complaints(uow: UnitOfWork, day: date, today: date) -> ComplaintFigures:
    """Complaints received, settled, open and overdue on `day` (see the module's definitions)."""
    return complaint_figures(uow, day, day)


def complaint_figures(uow: UnitOfWork, start: date, end: date) -> ComplaintFigures:
    """Complaints received and settled from `start` to `end`, and open and overdue at the
    end of `end` (now, for today), from the complaint tables of app.complaints; three counts."""
    zone = local_zone(uow.settings())
    since = datetime.combine(start, time(0), zone).astimezone(timezone.utc)
    until = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    s = uow.session
    received = s.scalar(
        select(func.count()).select_from(Complaint).where(Complaint.filed_date.between(start, end))
    ) or 0
    settled = s.scalar(
        select(func.count(func.distinct(ComplaintEvent.complaint_id))).where(
            ComplaintEvent.kind == "stage",
            ComplaintEvent.to_stage == "selesai",
            ComplaintEvent.created_at >= since,
            ComplaintEvent.created_at < until,
        )
    ) or 0
    # open at the end of the range (now, for today): filed by then and not closed by then
    still_open = (Complaint.filed_date <= end) & (Complaint.closed_at.is_(None) | (Complaint.closed_at >= until))
    open_, overdue = s.execute(
        select(func.count(), func.count().filter(Complaint.settle_due < end)).select_from(Complaint).where(still_open)
    ).one()
    return ComplaintFigures(True, received=received, settled=settled, open=open_ or 0, overdue=overdue or 0)
