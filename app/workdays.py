"""Opening hours, working days and the reasons a service is closed.

Working days: Monday to Friday unless the hours say otherwise, less Indonesia's
public holidays and cuti bersama (the holidays library, categories public and
government), less the closures the MPP adds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import bindparam, select

from app.errors import InvalidInput
from db.models import Closure, MppSettings, Service

# a closure with closed_from is for part of the day only (the hours it names)
_CLOSURE_ON = select(Closure).where(Closure.day == bindparam("day"), Closure.closed_from.is_(None))
_PART_CLOSURE_ON = select(Closure).where(Closure.day == bindparam("day"), Closure.closed_from.is_not(None))
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
_RANGE = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*-\s*(\d{1,2})[.:](\d{2})\s*$")


def parse_hours(spec: dict[str, str], where: str) -> dict[str, list[str]]:
    """{"senin": "08.00-15.00"} -> {"senin": ["08:00", "15:00"]}, checked."""
    hours = {}
    for day, text in spec.items():
        key = day.lower()
        if key not in WEEKDAYS:
            raise InvalidInput(f"{where}: unknown weekday {day!r} (use {', '.join(WEEKDAYS)})")
        match = _RANGE.match(str(text))
        if not match:
            raise InvalidInput(f"{where}: hours for {day} must look like 08.00-15.00, not {text!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60) or (h1, m1) >= (h2, m2):
            raise InvalidInput(f"{where}: hours for {day} are not a range in one day: {text!r}")
        hours[key] = [f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"]
    return hours


@lru_cache(maxsize=16)
def _national_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Indonesia(years=year, language="id", categories=("public", "government"))


def holiday_name(day: date) -> str | None:
    return _national_holidays(day.year).get(day)


def local_zone(settings: MppSettings) -> ZoneInfo:
    return ZoneInfo(settings.timezone)


def local_now(settings: MppSettings, moment: datetime) -> datetime:
    return moment.astimezone(local_zone(settings))


def business_date(settings: MppSettings, moment: datetime) -> date:
    """The MPP's local date: the day tickets are numbered in."""
    return local_now(settings, moment).date()


@dataclass(frozen=True)
class Hours:
    opens: time
    closes: time
    cutoff: time  # last moment a ticket is issued


def service_hours(settings: MppSettings, service: Service, day: date) -> Hours | None:
    """Opening hours of a service on a weekday (service, else agency, else MPP); None when closed."""
    agency = service.agency
    hours = service.hours or agency.hours or settings.hours or {}
    cutoff_minutes = _first_set(service.cutoff_minutes, agency.cutoff_minutes, settings.cutoff_minutes)
    span = hours.get(WEEKDAYS[day.weekday()])
    if not span:
        return None
    opens, closes = (time.fromisoformat(t) for t in span)
    cutoff = (datetime.combine(day, closes) - timedelta(minutes=cutoff_minutes)).time()
    return Hours(opens, closes, max(cutoff, opens))


def _first_set(*values: int | None) -> int:
    return next((v for v in values if v is not None), 0)


@dataclass(frozen=True)
class Availability:
    """Whether a service takes tickets now, and if not, why (code for the UI, message for people)."""

    open: bool
    reason: str | None = None  # closed_weekday, holiday, closure, not_open_yet, past_cutoff, quota_full, inactive
    message: str = ""
    hours: Hours | None = None
    issued_today: int = 0
    quota: int | None = None
    detail: str | None = None  # the holiday's name or the closure's reason, for the UI's own sentence


def mpp_closure(session, day: date) -> tuple[str, str] | None:
    """Why the whole MPP is closed that day: ("holiday", its name), ("closure", the MPP's reason) or None."""
    name = holiday_name(day)
    if name:
        return "holiday", name
    closure = session.scalars(_CLOSURE_ON, {"day": day}).first()
    return ("closure", closure.reason) if closure else None


def closure_reason(session, day: date) -> str | None:
    """mpp_closure as one line for people, or None."""
    closed = mpp_closure(session, day)
    if closed is None:
        return None
    kind, text = closed
    return f"libur nasional: {text}" if kind == "holiday" else text


def service_availability(
    session, settings: MppSettings, service: Service, moment: datetime, issued_today: int
) -> Availability:
    local = local_now(settings, moment)
    day = local.date()
    quota = service.daily_quota
    base = {"issued_today": issued_today, "quota": quota}
    if not service.active or not service.agency.active:
        return Availability(False, "inactive", f"{service.name} is not offered at the moment", **base)
    closed = mpp_closure(session, day)
    if closed:
        kind, text = closed
        message = f"closed for a national holiday: {text}" if kind == "holiday" else f"the MPP is closed today: {text}"
        return Availability(False, kind, message, detail=text, **base)
    hours = service_hours(settings, service, day)
    if hours is None:
        return Availability(False, "closed_weekday", f"{service.name} is closed on {WEEKDAYS[day.weekday()].title()}", **base)
    base["hours"] = hours
    now = local.time()
    part = session.scalars(_PART_CLOSURE_ON, {"day": day}).first()
    if part and time.fromisoformat(part.closed_from) <= now < time.fromisoformat(part.closed_until):
        when = f"{part.closed_from.replace(':', '.')}-{part.closed_until.replace(':', '.')}"
        return Availability(
            False, "closure", f"the MPP is closed {when}: {part.reason}", detail=f"{part.reason} ({when})", **base
        )
    if now < hours.opens:
        return Availability(False, "not_open_yet", f"{service.name} opens at {hours.opens:%H.%M}", **base)
    if now >= hours.cutoff:
        return Availability(
            False, "past_cutoff", f"tickets for {service.name} are issued until {hours.cutoff:%H.%M}", **base
        )
    if quota is not None and issued_today >= quota:
        return Availability(False, "quota_full", f"today's quota of {quota} tickets for {service.name} is full", **base)
    return Availability(True, **base)


def is_working_day(session, settings: MppSettings, day: date) -> bool:
    if closure_reason(session, day):
        return False
    hours = settings.hours or {}
    return bool(hours.get(WEEKDAYS[day.weekday()]))


def add_working_days(session, settings: MppSettings, start: date, days: int) -> date:
    """The date `days` working days after `start` (deadlines: weekends, holidays and closures skipped)."""
    day = start
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(session, settings, day):
            remaining -= 1
    return day
