"""The supervisor's station without Qt: the day's live figures, and the desk the
window (ui/supervisor) calls for everything it shows or does.

`live_figures(uow)` is "Hari ini": per agency and service the tickets issued,
waiting, at a counter and served; counters at work and on a break; the longest
wait now; the absent rate; complaints open and overdue; today's survey and IKM.
A handful of grouped queries, so the window can ask whenever the file changes.

Definitions (the same words as app.daily's, for a day still running):

- The day is the MPP's business date now. issued: the day's tickets at the
  service their number was issued for. waiting, called (at a counter now:
  called or being served), held, served (done) and absent: the day's tickets
  by their status now, at the service they are at now (a transfer moves them).
  absent counts tickets absent now and those absent when the day was closed,
  as app.daily does; an absent ticket that came back counts by its new status.
- Absent rate: absent / (served + absent), in percent with one decimal: of the
  tickets whose call has ended, the share whose citizen did not come.
- Longest wait now: of the tickets waiting now, the one waiting longest since
  its arrival (issued_at, which a transfer keeps), in whole minutes.
- Counters: a counter is at work today once it called a ticket or changed its
  status today (its CounterState's rhythm_day is today). open = at work and
  not on a break; on_break = at work and paused. A counter nobody used today
  is neither (the catalog lists 36; a quiet day staffs ten).
- Complaints: open = not closed (selesai, ditolak, bukan_wewenang); overdue =
  open and past its stage deadline or its settlement deadline: exactly the
  complaints desk's overdue list (app.complaints.list_complaints overdue_only).
- Survey: today's responses through app.survey.ikm_over (app.ikm's exact
  arithmetic): respondents, IKM 25-100 with two decimals, mutu.
"""

from __future__ import annotations

import importlib
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, or_, select, type_coerce

from app import auth, complaints
from app.auth import SignedIn
from app.catalog import AgencyView, show_catalog
from app.config import StationConfig
from app.daily import DEFAULT_WAIT_TARGET_MINUTES, DailySummary, daily_summary
from app.ikm import round_half_up
from app.report_daily import render_daily_report
from app.uow import Station, UnitOfWork
from app.workdays import business_date, local_zone
from db.models import Agency, Complaint, Counter, CounterService, CounterState, Service, Ticket, TicketEvent

ROLES = ("supervisor", "admin")  # who may sign in at this station

# --- live figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    issued: int = 0
    waiting: int = 0
    called: int = 0  # at a counter now: called or being served
    held: int = 0
    served: int = 0
    absent: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__))


@dataclass(frozen=True)
class Waiting:
    """The ticket waiting longest now."""

    code: str
    service_code: str
    service_name: str
    since: datetime  # arrival, UTC
    minutes: int


@dataclass(frozen=True)
class ServiceLive:
    code: str
    prefix: str
    name: str
    agency_code: str
    counts: Counts
    counters_open: int  # at work, not on a break, serving this service
    longest_wait: Waiting | None
    wait_target_minutes: int  # the service's target (app.daily's default when the catalog sets none)

    @property
    def over_target(self) -> bool:
        """Someone has waited longer than the service's target."""
        return self.longest_wait is not None and self.longest_wait.minutes > self.wait_target_minutes


@dataclass(frozen=True)
class AgencyLive:
    code: str
    name: str
    counts: Counts
    counters_open: int  # counters open for any of its services, each once
    longest_wait: Waiting | None
    services: tuple[ServiceLive, ...]


@dataclass(frozen=True)
class CounterLive:
    number: int
    name: str
    status: str  # open or paused


@dataclass(frozen=True)
class LiveFigures:
    day: date
    now: datetime  # local, with its zone
    zone: ZoneInfo
    mpp_name: str
    totals: Counts
    per_agency: tuple[AgencyLive, ...]
    counters: tuple[CounterLive, ...]  # at work today, by number
    longest_wait: Waiting | None
    absent_rate_pct: float | None  # absent / (served + absent), one decimal; None before any outcome
    complaints_open: int
    complaints_overdue: int
    survey_respondents: int
    ikm: Decimal | None  # 25-100, two decimals
    mutu: str | None

    @property
    def counters_open(self) -> int:
        return sum(1 for c in self.counters if c.status == "open")

    @property
    def counters_on_break(self) -> tuple[CounterLive, ...]:
        return tuple(c for c in self.counters if c.status == "paused")

    @property
    def per_service(self) -> tuple[ServiceLive, ...]:
        return tuple(s for a in self.per_agency for s in a.services)


def _raw(column):
    return type_coerce(column, String).label(column.key)


def _longest(candidates) -> Waiting | None:
    waits = [w for w in candidates if w is not None]
    return min(waits, key=lambda w: (w.since, w.code)) if waits else None


def live_figures(uow: UnitOfWork) -> LiveFigures:
    """The day so far, as of now (see the module's definitions). Read only."""
    from app.survey import ikm_over

    settings = uow.settings()
    zone = local_zone(settings)
    now = uow.now()
    day = business_date(settings, now)
    s = uow.session

    status_counts: dict[tuple[str, str], int] = {
        (sid, status): n
        for sid, status, n in s.execute(
            select(_raw(Ticket.service_id), Ticket.status, func.count())
            .where(Ticket.business_date == day)
            .group_by(Ticket.service_id, Ticket.status)
        )
    }
    issued = dict(
        s.execute(
            select(_raw(Ticket.issued_service_id), func.count())
            .where(Ticket.business_date == day)
            .group_by(Ticket.issued_service_id)
        ).all()
    )
    # tickets absent when the day was closed: expired, but counted as absent (app.daily)
    expired_absent = dict(
        s.execute(
            select(_raw(Ticket.service_id), func.count(func.distinct(Ticket.id)))
            .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(Ticket.business_date == day, Ticket.status == "expired", TicketEvent.kind == "expired",
                   TicketEvent.from_status == "absent")
            .group_by(Ticket.service_id)
        ).all()
    )
    # the longest-waiting ticket of each service: the earliest arrival among those waiting
    first_waiting = {}
    for sid, code, since in s.execute(
        select(_raw(Ticket.service_id), Ticket.code, Ticket.issued_at)
        .where(Ticket.business_date == day, Ticket.status == "waiting")
        .order_by(Ticket.issued_at, Ticket.id)
    ):
        first_waiting.setdefault(sid, (code, since))

    # counters at work today, and which services each serves
    counter_rows = s.execute(
        select(_raw(Counter.id), Counter.number, Counter.name, CounterState.status)
        .join(CounterState, CounterState.counter_id == Counter.id)
        .where(Counter.active, CounterState.rhythm_day == day)
        .order_by(Counter.number)
    ).all()
    at_work = {row.id: row for row in counter_rows}
    serves: dict[str, set[str]] = {}
    for counter_id, service_id in s.execute(select(_raw(CounterService.counter_id), _raw(CounterService.service_id))):
        if counter_id in at_work and at_work[counter_id].status == "open":
            serves.setdefault(service_id, set()).add(counter_id)

    agencies = {row.id: row for row in s.execute(select(_raw(Agency.id), Agency.code, Agency.name))}
    services = s.execute(
        select(_raw(Service.id), _raw(Service.agency_id), Service.code, Service.prefix, Service.name, Service.active,
               Service.wait_target_minutes)
    ).all()
    seen = {sid for sid, _status in status_counts} | set(issued)
    shown = sorted(
        (row for row in services if row.active or row.id in seen),
        key=lambda r: (agencies[r.agency_id].code, r.prefix, r.code),
    )

    def minutes_since(moment: datetime) -> int:
        return max(0, int((now - moment).total_seconds() // 60))

    by_agency: dict[str, list[ServiceLive]] = {}
    for row in shown:
        n = {status: status_counts.get((row.id, status), 0) for status in
             ("waiting", "called", "serving", "held", "done", "absent")}
        counts = Counts(
            issued=issued.get(row.id, 0), waiting=n["waiting"], called=n["called"] + n["serving"], held=n["held"],
            served=n["done"], absent=n["absent"] + expired_absent.get(row.id, 0),
        )  # fmt: skip
        first = first_waiting.get(row.id)
        wait = Waiting(first[0], row.code, row.name, first[1], minutes_since(first[1])) if first else None
        by_agency.setdefault(row.agency_id, []).append(
            ServiceLive(row.code, row.prefix, row.name, agencies[row.agency_id].code, counts,
                        len(serves.get(row.id, ())), wait,
                        DEFAULT_WAIT_TARGET_MINUTES if row.wait_target_minutes is None else row.wait_target_minutes)
        )
    per_agency = []
    for agency_id, lines in by_agency.items():
        counts = sum((line.counts for line in lines), Counts())
        open_here = set().union(*(serves.get(sid, set()) for sid in (r.id for r in shown if r.agency_id == agency_id)))
        per_agency.append(AgencyLive(agencies[agency_id].code, agencies[agency_id].name, counts, len(open_here),
                                     _longest(line.longest_wait for line in lines), tuple(lines)))
    totals = sum((a.counts for a in per_agency), Counts())
    ended = totals.served + totals.absent
    absent_rate = float(round_half_up(Fraction(totals.absent * 100, ended), 1)) if ended else None

    # complaints: the desk's own definition of overdue (app.complaints.list_complaints)
    open_ = Complaint.stage.in_(complaints.OPEN_STAGES)
    late = or_(Complaint.settle_due < day, Complaint.stage_due < day)
    complaints_open, complaints_overdue = s.execute(
        select(func.count(), func.count().filter(late)).select_from(Complaint).where(open_)
    ).one()

    survey = ikm_over(uow, day, day)
    return LiveFigures(
        day=day,
        now=now.astimezone(zone),
        zone=zone,
        mpp_name=settings.name,
        totals=totals,
        per_agency=tuple(per_agency),
        counters=tuple(CounterLive(r.number, r.name, r.status) for r in counter_rows),
        longest_wait=_longest(a.longest_wait for a in per_agency),
        absent_rate_pct=absent_rate,
        complaints_open=complaints_open or 0,
        complaints_overdue=complaints_overdue or 0,
        survey_respondents=survey.respondents,
        ikm=survey.ikm_konversi,
        mutu=survey.mutu,
    )


# --- the modules other people build beside this one --------------------------------------------


def optional(module: str):
    """app.<module> when it is there (period reports, exports, backups, sync arrive
    in their own issues); None otherwise, so the station still opens without it."""
    try:
        return importlib.import_module(f"app.{module}")
    except ImportError as error:
        if error.name not in (f"app.{module}", "app"):
            raise  # the module is there but broken: say so
        return None


# --- the desk ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncOverview:
    """Every station's sync as the supervisor sees it: this station's own link, and the hub's
    list of stations, or why the hub could not be asked."""

    local: Any  # app.sync.StationSyncStatus
    hub: Any | None  # app.sync.HubStatus; None when the hub did not answer
    error: str | None


HUB_ASK_TIMEOUT = 3.0  # seconds: the card says "not reachable" rather than wait for the network


class SupervisorDesk:
    """One supervisor's station: its file, its settings and what its window asks for.
    Every method opens its own unit of work; the window calls them on its worker."""

    def __init__(self, station: Station, config: StationConfig, backup_dir: Path | None = None):
        self.station = station
        self.config = config
        self._backup_dir = backup_dir

    def prepare(self) -> None:
        """First-use imports on the thread that opens the window, before its workers
        start (see ui/tasks.py): the password hasher, the holiday calendar, the survey,
        reportlab's fonts, openpyxl and the modules of the other tabs."""
        import argon2.low_level  # noqa: F401
        import openpyxl  # noqa: F401

        import app.survey  # noqa: F401
        from app.pdf import register_fonts
        from app.workdays import holiday_name

        holiday_name(self.station.clock().date())
        register_fonts()
        for name in ("period", "report_period", "export", "backup"):
            optional(name)

    def sign_in(self, username: str, secret: str) -> SignedIn:
        with self.station.uow() as uow:
            return auth.sign_in(uow, username, secret, roles=ROLES)

    @staticmethod
    def actor(staff: SignedIn) -> complaints.Actor:
        return complaints.Actor(staff.username, staff.role, staff.staff_id)

    def live(self) -> LiveFigures:
        with self.station.uow(read_only=True) as uow:
            return live_figures(uow)

    # --- reports -------------------------------------------------------------------------------

    def daily_summary(self, day: date) -> DailySummary:
        with self.station.uow(read_only=True) as uow:
            return daily_summary(uow, day)

    @staticmethod
    def render_daily(summary: DailySummary, path: Path) -> Path:
        return render_daily_report(summary, path)

    @staticmethod
    def has_period_reports() -> bool:
        return optional("period") is not None and optional("report_period") is not None

    def period_summary(self, start: date, end: date):
        period = optional("period")
        with self.station.uow(read_only=True) as uow:
            return period.period_summary(uow, start, end)

    @staticmethod
    def render_period(summary, path: Path) -> Path:
        return optional("report_period").render_period_report(summary, path)

    @staticmethod
    def copy_file(source: Path, target: Path) -> Path:
        """Save a report where the user chose: written beside the target first, so a
        failed copy never leaves half a file under the chosen name."""
        target = Path(target)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        partial.replace(target)
        return target

    # --- exports -------------------------------------------------------------------------------

    @staticmethod
    def export_kinds() -> tuple[str, ...]:
        export = optional("export")
        return tuple(export.KINDS) if export else ()

    def export(self, kind: str, start: date, end: date, path: Path, staff: SignedIn) -> int:
        export = optional("export")
        with self.station.uow() as uow:  # writable: showing personal data is logged
            return export.export_table(uow, kind, start, end, Path(path), actor=self.actor(staff))

    # --- complaints ----------------------------------------------------------------------------

    def complaints(self, staff: SignedIn) -> list[complaints.ComplaintSummary]:
        """Every complaint the role may see: open ones first, the overdue at the top (most
        overdue first), then by their next deadline; closed ones after, newest first."""
        with self.station.uow(read_only=True) as uow:
            rows = complaints.list_complaints(uow, self.actor(staff))

        def order(row: complaints.ComplaintSummary):
            closed = row.stage in complaints.FINAL_STAGES
            if closed:
                return (2, 0, -row.filed_at.timestamp())
            if row.overdue:
                return (0, -row.overdue_days, row.filed_at.timestamp())
            return (1, (row.due or date.max).toordinal(), row.filed_at.timestamp())

        return sorted(rows, key=order)

    def complaint(self, nomor: str, staff: SignedIn, *, personal: bool = False) -> complaints.ComplaintView:
        with self.station.uow() as uow:
            return complaints.staff_view(uow, nomor, self.actor(staff), personal=personal)

    def advance_complaint(self, nomor: str, to: str, staff: SignedIn, *, note: str | None = None,
                          public: bool = False, agency: str | None = None,
                          forwarded_to: str | None = None) -> complaints.StageChange:  # fmt: skip
        with self.station.uow() as uow:
            return complaints.advance(uow, nomor, to, actor=self.actor(staff), note=note or None, public=public,
                                      agency=agency, forwarded_to=forwarded_to or None)  # fmt: skip

    def agencies(self) -> list[AgencyView]:
        with self.station.uow(read_only=True) as uow:
            return list(show_catalog(uow).agencies)

    # --- backups -------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return Path(self.station.db.path)

    def backup_dir(self) -> Path | None:
        backup = optional("backup")
        if backup is None:
            return None
        return Path(self._backup_dir) if self._backup_dir else Path(backup.default_backup_dir())

    def backup_now(self) -> Path:
        return optional("backup").backup_now(self.db_path, self.backup_dir())

    def sync_overview(self) -> SyncOverview | None:
        """None when this station works alone (it joined no hub); else its own state and the
        hub's view of every station, asked over the network (call it off the UI thread)."""
        from app.errors import MppError
        from app.sync import fetch_hub_status, local_sync_status

        local = local_sync_status(self.station)
        if not local.joined:
            return None
        try:
            return SyncOverview(local, fetch_hub_status(self.station, timeout=HUB_ASK_TIMEOUT), None)
        except MppError as error:  # SyncError: unreachable, refused, or an answer that is not the hub's
            return SyncOverview(local, None, error.message)

    def backup_if_due(self) -> Path | None:
        backup = optional("backup")
        if backup is None:
            return None
        return backup.backup_if_due(self.db_path, self.backup_dir())

    def backups(self) -> list:
        """The backups in the folder, newest first (app.backup.BackupInfo)."""
        folder = self.backup_dir()
        return [] if folder is None else optional("backup").list_backups(folder)

    @staticmethod
    def check_backup(path: Path) -> Any:
        return optional("backup").check_backup(Path(path))

    def restore_backup(self, path: Path) -> Path | None:
        """Put a checked backup in place of the station's file; returns where the file as
        it was is kept. The pooled connections are dropped so that every later unit of
        work reads the restored file (app.backup restores through the live file when it
        can, so this is belt and braces)."""
        self.station.db.engine.dispose()
        try:
            return optional("backup").restore_backup(Path(path), self.db_path)
        finally:
            self.station.db.engine.dispose()


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `day`."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)
