"""The summary of a period (a week, a month, any range of business days): the daily
summary's figures over the whole range, and a trend per day.

Every figure is computed over the range at once with app.daily's definitions and
code (`ticket_figures`, `survey_figures`, `complaint_figures`), never averaged from
daily figures: the median wait of a month is the median of the month's waits, and
the IKM of a month is app.ikm over the month's responses (app.survey.ikm_over).
Counts add up: the period's issued, served, absent, ... are the sums of its daily
summaries'. Complaints: received and settled within the period; open and overdue
at the end of its last day (now, for a period that runs to today).

A period that reaches past today is counted up to today (`through`); one that has
not begun is refused. The trend lists every working day of the range, and any other
day that has tickets or survey responses, so a quiet day shows as a zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from sqlalchemy import func, select

from app.daily import (
    DEFAULT_WAIT_TARGET_MINUTES,
    PERCENTILE_DEFINITION,
    AgencyDay,
    ComplaintFigures,
    CounterDay,
    Figures,
    Headline,
    HourCount,
    ServiceDay,
    StaffDay,
    SurveyDay,
    TimeStats,
    arrivals_per_hour,
    closed_reason,
    complaint_figures,
    survey_figures,
    ticket_figures,
)
from app.errors import InvalidInput, Refused
from app.fmt import LOCALE, long_date
from app.ikm import ELEMENT_KEYS, ikm_from_totals
from app.uow import UnitOfWork
from app.workdays import business_date, local_zone
from db.models import SurveyResponse

MAX_DAYS = 366  # a period report covers at most a year
PERIOD_FORMS = ("2026-W48 (a week), 2026-11 (a month), 2026-T4, 2026-S2 or 2026 (triwulan, semester, year), "
                "2026-11-02..2026-11-20 (a range) or 2026-11-20 (one day)")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- naming a period --------------------------------------------------------------------------


def parse_period(text: str) -> tuple[date, date]:
    """(first day, last day) of "2026-W48" (ISO week, Monday to Sunday), "2026-11",
    "2026-11-02..2026-11-20", "2026-11-20", and app.survey's "2026", "2026-S1", "2026-T3"."""
    from app.survey import parse_period as survey_period

    bad = InvalidInput(f"a period is written {PERIOD_FORMS}; not {text!r}", code="bad_period")
    if not isinstance(text, str):
        raise bad
    text = text.strip()
    try:
        if match := _WEEK.match(text):
            start = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
            return start, start + timedelta(days=6)
        if match := _RANGE.match(text):
            start, end = date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))
        elif _DAY.match(text):
            start = end = date.fromisoformat(text)
        else:
            period = survey_period(text)
            start, end = period.start, period.end
    except (ValueError, InvalidInput):
        raise bad from None
    if start > end:
        raise InvalidInput(f"the period {text!r} starts after it ends", code="bad_period")
    return start, end


def _d(day: date, pattern: str = "d MMMM y") -> str:
    return format_date(day, pattern, locale=LOCALE)


def span_text(start: date, end: date) -> str:
    """ "16–22 November 2026", "30 November – 4 Desember 2026", "30 Desember 2026 – 3 Januari 2027"."""
    if start == end:
        return _d(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_d(end)}"
    if start.year == end.year:
        return f"{_d(start, 'd MMMM')} – {_d(end)}"
    return f"{_d(start)} – {_d(end)}"


def period_label(start: date, end: date) -> str:
    """The period as a reader names it: a day, "Minggu ke-47 2026 (16–22 November 2026)",
    "November 2026", "Triwulan IV 2026", ... or the span of days."""
    from app.survey import Period

    if start == end:
        return long_date(start)
    year, week, weekday = start.isocalendar()
    if weekday == 1 and end == start + timedelta(days=6):
        return f"Minggu ke-{week} {year} ({span_text(start, end)})"
    for kind, count in (("month", 12), ("triwulan", 4), ("semester", 2), ("year", 1)):
        for number in range(1, count + 1):
            period = Period(kind, start.year, number)
            if (period.start, period.end) == (start, end):
                return period.label
    return span_text(start, end)


# --- what the summary holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class DayTrend:
    day: date
    working: bool  # the MPP was open that day (a closed day shows only when it has tickets or responses)
    issued: int
    served: int
    wait_minutes: TimeStats  # of that day's tickets that were called; the trend shows the mean
    respondents: int
    ikm: Decimal | None  # 25-100, two decimals; None without respondents

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "working": self.working,
            "issued": self.issued,
            "served": self.served,
            "wait_mean_minutes": self.wait_minutes.mean,
            "respondents": self.respondents,
            "ikm": None if self.ikm is None else float(self.ikm),
        }


@dataclass(frozen=True)
class PeriodSummary(Headline):
    start: date
    end: date  # the last day asked for
    through: date  # the last day counted: `end`, or today for a period still running
    label: str
    mpp_name: str
    address: str
    timezone: str
    generated_at: datetime  # local, with its zone
    is_running: bool  # the period reaches today: figures as of generated_at
    working_days: int  # days the MPP was open from start to through
    default_wait_target_minutes: int
    totals: Figures
    per_agency: tuple[AgencyDay, ...]
    per_service: tuple[ServiceDay, ...]
    per_counter: tuple[CounterDay, ...]
    per_staff: tuple[StaffDay, ...]
    arrivals_per_hour: tuple[HourCount, ...]  # summed over the period
    survey: SurveyDay
    complaints: ComplaintFigures
    days: tuple[DayTrend, ...]

    def to_json(self) -> dict[str, Any]:
        totals = self.totals.to_json()
        del totals["transferred_in"]  # the same as transferred for the whole MPP
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "through": self.through.isoformat(),
            "label": self.label,
            "mpp": self.mpp_name,
            "generated_at": self.generated_at.isoformat(),
            "is_running": self.is_running,
            "working_days": self.working_days,
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
            "days": [d.to_json() for d in self.days],
        }


# --- the computation ------------------------------------------------------------------------------


def _check_range(start, end) -> None:
    for value, name in ((start, "first"), (end, "last")):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise InvalidInput(f"the period's {name} day must be a date, not {value!r}", code="bad_period")
    if start > end:
        raise InvalidInput(
            f"the period starts ({start.isoformat()}) after it ends ({end.isoformat()})", code="bad_period"
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise InvalidInput(
            f"a period covers at most {MAX_DAYS} days; {start.isoformat()} to {end.isoformat()} has "
            f"{(end - start).days + 1}",
            code="bad_period",
        )


def _daily_ikm(uow: UnitOfWork, start: date, end: date) -> dict[date, tuple[int, Decimal | None]]:
    """Each day's (respondents, IKM) by app.ikm, from one grouped query."""
    columns = [SurveyResponse.business_date, func.count()]
    for key in ELEMENT_KEYS:
        col = getattr(SurveyResponse, key)
        columns += [func.sum(col), func.count(col)]
    result = {}
    for row in uow.session.execute(
        select(*columns)
        .where(SurveyResponse.business_date.between(start, end))
        .group_by(SurveyResponse.business_date)
    ):
        sums = {k: row[2 + 2 * i] for i, k in enumerate(ELEMENT_KEYS)}
        answered = {k: row[3 + 2 * i] for i, k in enumerate(ELEMENT_KEYS)}
        ikm = ikm_from_totals(row[1], sums, answered)
        result[row[0]] = (ikm.respondents, ikm.ikm_konversi)
    return result


def period_summary(uow: UnitOfWork, start: date, end: date) -> PeriodSummary:
    """The summary of the business days `start` to `end` (both included), as of now.
    Refused ("future_period") for a period that has not begun."""
    _check_range(start, end)
    settings = uow.settings()
    today = business_date(settings, uow.now())
    if start > today:
        raise Refused(
            f"the period {start.isoformat()} to {end.isoformat()} has not begun (today is {today.isoformat()}): "
            "there is nothing to summarise",
            code="future_period",
        )
    through = min(end, today)
    tickets = ticket_figures(uow, start, through)
    surveyed = _daily_ikm(uow, start, through)
    days = []
    working_days = 0
    day = start
    nobody = TimeStats(0, None, None, None, None)
    while day <= through:
        working = closed_reason(uow, day) is None
        working_days += working
        counted = tickets.per_day.get(day)
        respondents, ikm = surveyed.get(day, (0, None))
        if working or counted is not None or respondents:
            days.append(DayTrend(
                day=day,
                working=working,
                issued=counted.issued if counted else 0,
                served=counted.served if counted else 0,
                wait_minutes=counted.wait_minutes if counted else nobody,
                respondents=respondents,
                ikm=ikm,
            ))
        day += timedelta(days=1)
    all_days = [start + timedelta(days=i) for i in range((through - start).days + 1)]
    return PeriodSummary(
        start=start,
        end=end,
        through=through,
        label=period_label(start, end),
        mpp_name=settings.name,
        address=settings.address or "",
        timezone=settings.timezone,
        generated_at=uow.now().astimezone(local_zone(settings)),
        is_running=through == today,
        working_days=working_days,
        default_wait_target_minutes=DEFAULT_WAIT_TARGET_MINUTES,
        totals=tickets.totals,
        per_agency=tickets.per_agency,
        per_service=tickets.per_service,
        per_counter=tickets.per_counter,
        per_staff=tickets.per_staff,
        arrivals_per_hour=arrivals_per_hour(settings, all_days, tickets.arrivals),
        survey=survey_figures(uow, start, through),
        complaints=complaint_figures(uow, start, through),
        days=tuple(days),
    )
