"""Administration: the supervisor's changes to the catalog (agencies, services,
counters), staff accounts, closures, the display's running text and the settings
of every station, one validated use case each.

- Each change is checked whole before anything is written. A refusal raises
  InvalidInput (bad values) or Refused (a rule of the MPP), both with a stable code
  and `details["problems"]`: Problem(field, code, message, args), so a window can put
  each one beside its field. The unit of work then rolls back: nothing half-saved.
- The catalog's rules are app.catalog.validate_catalog's, not a second copy: a change
  is applied to the catalog as data (the shape of the TOML file) and that is
  validated. Only the problems the change brings are reported, so an old flaw
  elsewhere never blocks an unrelated edit.
- Who: supervisors and admins change the catalog, closures and the running text;
  only admins change staff accounts and station settings (they decide who may
  sign in, and where tickets print). At least one active admin always remains.
- Nothing others refer to is deleted: agencies, services, counters and staff are
  deactivated (tickets, complaints and reports keep pointing at them).
- Every write goes through the unit of work, so the outbox carries it to the hub.

Station settings are StationConfig values kept in the database per station name
("*": every station), validated by app.config.parse_config; effective_config lays
them over a station's own file. Windows re-read them when the file changes.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

import app.printing  # noqa: F401  (parse_config checks a printer with it: imported here, never first on a worker)
from app import display
from app.auth import hash_password
from app.catalog import validate_catalog
from app.config import StationConfig, parse_config
from app.errors import InvalidInput, MppError, NotFound, Refused
from app.uow import Station, UnitOfWork
from app.workdays import WEEKDAYS, business_date, holiday_name, parse_hours
from db.models import Agency, Closure, Counter, CounterService, Service, Staff, StationSettings

log = logging.getLogger(__name__)

CATALOG_ROLES = ("supervisor", "admin")  # agencies, services, counters, closures, running text
ADMIN_ROLES = ("admin",)  # staff accounts and station settings

# StationConfig keys set centrally. Not: station_name (the station's identity), hub_url and
# hub_token (needed to reach the hub; a secret), display_agencies and counter (where the
# station stands; --agency and --counter-number choose them at start).
CENTRAL_KEYS = (
    "printer",
    "paper_mm",
    "printer_qr",
    "language",
    "idle_seconds",
    "large_type",
    "survey_min_interval_seconds",
    "voice_style",
)
ALL_STATIONS = "*"
MIN_SECRET = 4  # characters of a password or PIN (as `mpp staff hash`)
USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
TEXT_MAX = 200  # a name's characters (the columns' width)


# --- what the services take and give -------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    field: str  # the field of the form ("" for the change as a whole)
    code: str  # required, bad_code, code_taken, prefix_taken, counter_without_service, last_admin, ...
    message: str  # English
    args: dict[str, Any] = field(default_factory=dict, compare=False)  # for the window's own sentence


@dataclass(frozen=True)
class AgencyData:
    code: str
    name: str
    name_en: str = ""
    hours: dict[str, str] | None = None  # {"senin": "08.00-15.00"}; a day left out is closed; None: the MPP's
    cutoff_minutes: int | None = None  # None: the MPP's
    active: bool = True


@dataclass(frozen=True)
class ServiceData:
    code: str
    agency_code: str
    prefix: str
    name: str
    name_en: str = ""
    daily_quota: int | None = None  # None: no quota
    accepts_priority: bool = True
    service_minutes: int = 10
    wait_target_minutes: int | None = None  # None: the MPP's default
    hours: dict[str, str] | None = None  # None: the agency's (or the MPP's)
    cutoff_minutes: int | None = None  # None: the agency's (or the MPP's)
    persyaratan: tuple[str, ...] = ()
    prosedur: tuple[str, ...] = ()
    jangka_waktu: str = ""
    biaya: str = ""
    produk: str = ""
    pengaduan: str = ""
    active: bool = True


@dataclass(frozen=True)
class CounterData:
    number: int
    name: str
    services: tuple[str, ...]  # service codes
    active: bool = True


@dataclass(frozen=True)
class StaffData:
    username: str
    full_name: str
    role: str
    active: bool = True


@dataclass(frozen=True)
class ClosureData:
    day: date
    reason: str
    closed_from: str | None = None  # "HH:MM" local; None with closed_until None: the whole day
    closed_until: str | None = None

    @property
    def whole_day(self) -> bool:
        return self.closed_from is None


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True)
class StationSettingsData:
    station_name: str  # "*" for every station
    settings: dict[str, Any]  # CENTRAL_KEYS -> value


@dataclass(frozen=True)
class Permissions:
    username: str
    role: str
    catalog: bool  # agencies, services, counters, closures, running text
    staff: bool  # staff accounts
    stations: bool  # station settings


# --- errors ------------------------------------------------------------------------------------


def _refusal(problems: list[Problem], kind: type[MppError] = InvalidInput) -> MppError:
    return kind("; ".join(p.message for p in problems), code=problems[0].code, problems=problems)


def _one(field_name: str, code: str, message: str, kind: type[MppError] = InvalidInput, **args) -> MppError:
    return _refusal([Problem(field_name, code, message, args)], kind)


def permissions(uow: UnitOfWork, username: str) -> Permissions:
    """What the signed-in `username` may change here (nothing, for an unknown or inactive account)."""
    staff = uow.session.scalars(select(Staff).where(Staff.username == username, Staff.active)).first()
    role = staff.role if staff else ""
    return Permissions(username, role, role in CATALOG_ROLES, role in ADMIN_ROLES, role in ADMIN_ROLES)


def _require(uow: UnitOfWork, actor: str, roles: tuple[str, ...], what: str) -> Staff:
    staff = uow.session.scalars(select(Staff).where(Staff.username == actor, Staff.active)).first()
    if staff is None or staff.role not in roles:
        raise _one("", "not_allowed", f"{actor or 'nobody'} may not change {what}: that needs the role "
                   f"{' or '.join(roles)}", Refused, what=what)  # fmt: skip
    return staff


# --- the catalog as data, checked by app.catalog ---------------------------------------------


def hours_text(stored: dict[str, list[str]] | None) -> dict[str, str] | None:
    """{"senin": ["08:00", "15:00"]} -> {"senin": "08.00-15.00"}, in weekday order; None stays None."""
    if not stored:
        return None
    return {day: f"{stored[day][0].replace(':', '.')}-{stored[day][1].replace(':', '.')}" for day in WEEKDAYS
            if day in stored}  # fmt: skip


def _stored_hours(hours: dict[str, str] | None, where: str) -> dict[str, list[str]] | None:
    return parse_hours(hours, where) or None if hours else None


class _Catalog:
    """The catalog in the TOML file's shape, read from the database: every agency, the
    active services (they hold their prefixes), the active counters with the services
    on offer (active, of an active agency), every staff account."""

    def __init__(self, uow: UnitOfWork):
        s = uow.session
        settings = uow.settings()
        self.mpp = {
            "name": settings.name,
            "timezone": settings.timezone,
            "priority_policy": settings.priority_policy,
            "priority_every": settings.priority_every,
            "absent_after_calls": settings.absent_after_calls,
            "hours": hours_text(settings.hours) or {},
            "cutoff_minutes": settings.cutoff_minutes,
        }
        self.agencies = {a.code: _agency_data(a) for a in s.scalars(select(Agency).order_by(Agency.code))}
        self.services = {x.code: _service_data(x) for x in s.scalars(select(Service).where(Service.active))}
        self.counters = {c.number: _counter_data(c) for c in s.scalars(select(Counter).where(Counter.active))}
        self.staff = {x.username: (_staff_data(x), x.password_hash) for x in s.scalars(select(Staff))}

    def data(self) -> dict:
        offered = {code for code, x in self.services.items() if self.agencies[x.agency_code].active}
        agencies = []
        for agency in self.agencies.values():
            entry = {"code": agency.code, "name": agency.name, "name_en": agency.name_en}
            _put_schedule(entry, agency.hours, agency.cutoff_minutes)
            entry["services"] = [_service_entry(x) for x in self.services.values() if x.agency_code == agency.code]
            agencies.append(entry)
        counters = [
            {"number": c.number, "name": c.name, "services": [code for code in c.services if code in offered]}
            for c in self.counters.values()
        ]
        staff = [
            {"username": x.username, "name": x.full_name, "role": x.role, "password_hash": pw_hash}
            for x, pw_hash in self.staff.values()
        ]
        return {"mpp": self.mpp, "agencies": agencies, "counters": counters, "staff": staff}

    def problems(self) -> list[str]:
        try:
            validate_catalog(self.data())
        except InvalidInput as error:
            return list(error.details.get("problems") or [error.message])
        return []


def _put_schedule(entry: dict, hours: dict[str, str] | None, cutoff: int | None) -> None:
    if hours is not None:
        entry["hours"] = hours
    if cutoff is not None:
        entry["cutoff_minutes"] = cutoff


def _service_entry(x: ServiceData) -> dict:
    entry = {
        "code": x.code, "prefix": x.prefix, "name": x.name, "name_en": x.name_en,
        "daily_quota": x.daily_quota, "priority": x.accepts_priority, "service_minutes": x.service_minutes,
        "wait_target_minutes": x.wait_target_minutes, "persyaratan": list(x.persyaratan),
        "prosedur": list(x.prosedur), "jangka_waktu": x.jangka_waktu, "biaya": x.biaya, "produk": x.produk,
        "pengaduan": x.pengaduan,
    }  # fmt: skip
    _put_schedule(entry, x.hours, x.cutoff_minutes)
    return entry


# The catalog's problems ("service KTP: prefix A is already used by KK"), read back into
# (field, code): the sentences are app.catalog's, so tests of both keep them in step.
_CATALOG_KEYS = {"name": "name", "priority": "accepts_priority"}
_PATTERNS: list[tuple[re.Pattern, str, str]] = [
    (re.compile(r"'(?P<key>\w+)' is missing"), "", "required"),
    (re.compile(r"'(?P<key>\w+)' must be \w+, not"), "", "bad_type"),
    (re.compile(r"^code must be capital letters"), "code", "bad_code"),
    (re.compile(r"^code used twice"), "code", "code_taken"),
    (re.compile(r"^prefix must be one or two capital letters"), "prefix", "bad_prefix"),
    (re.compile(r"^prefix (?P<prefix>\w+) is already used by (?P<other>\w+)"), "prefix", "prefix_taken"),
    (re.compile(r"^daily_quota must be"), "daily_quota", "bad_quota"),
    (re.compile(r"^wait_target_minutes must be"), "wait_target_minutes", "bad_wait_target"),
    (re.compile(r"^service_minutes must be"), "service_minutes", "bad_service_minutes"),
    (re.compile(r"^(?P<key>persyaratan|prosedur) must be a list"), "", "bad_list"),
    (re.compile(r"^unknown weekday"), "hours", "bad_hours"),
    (re.compile(r"^hours for (?P<day>\w+)"), "hours", "bad_hours"),
    (re.compile(r"^'hours' must be a table"), "hours", "bad_hours"),
    (re.compile(r"^cutoff_minutes must be"), "cutoff_minutes", "bad_cutoff"),
    (re.compile(r"^cutoff_minutes (?P<cutoff>\d+) leaves no time for tickets on (?P<day>\w+)"), "cutoff_minutes",
     "cutoff_outside_hours"),
    (re.compile(r"^number used twice"), "number", "number_taken"),
    (re.compile(r"^serves no service"), "services", "counter_without_service"),
    (re.compile(r"^unknown service '?(?P<service>\w+)"), "services", "unknown_service"),
    (re.compile(r"^username used twice"), "username", "username_taken"),
    (re.compile(r"^role must be one of"), "role", "bad_role"),
]
_SUBJECT = re.compile(r"^(?P<kind>agency|service|counter|staff) (?P<key>[^#,:]+)$")


def _problem(text: str, subject: str) -> Problem:
    """One problem of app.catalog as a Problem; a field only when it is about `subject`
    (the row being changed), else it concerns the change as a whole (a counter left
    without a service by a service's deactivation, say)."""
    where, _, what = text.partition(": ")
    args: dict[str, Any] = {}
    match = _SUBJECT.match(where)
    if match:
        args[match["kind"]] = match["key"]
    for pattern, field_name, code in _PATTERNS:
        found = pattern.search(what)
        if found:
            groups = {k: v for k, v in found.groupdict().items() if v is not None}
            key = groups.pop("key", None)
            args |= groups
            field_name = field_name or _CATALOG_KEYS.get(key, key or "")
            if subject.startswith("staff") and field_name == "name":
                field_name = "full_name"
            ours = where == subject
            if code == "prefix_taken" and f"service {args['other']}" == subject:
                # the catalog names the second of the two it meets; for the form, the other one is taken
                ours, args["other"] = True, args.get("service", "")
            return Problem(field_name if ours else "", code, text, args)
    return Problem("", "invalid", text, args)


def _check_catalog(uow: UnitOfWork, subject: str, change: Callable[[_Catalog], None],
                   problems: list[Problem] | None = None) -> None:  # fmt: skip
    """Apply `change` to the catalog as data and validate it; raise with the problems the
    change brings (and `problems` found before), or return when there are none."""
    catalog = _Catalog(uow)
    before = set(catalog.problems())
    change(catalog)
    found = list(problems or [])
    found += [_problem(text, subject) for text in catalog.problems() if text not in before]
    if found:
        raise _refusal(found)


# --- reading ----------------------------------------------------------------------------------


def _agency_data(a: Agency) -> AgencyData:
    return AgencyData(a.code, a.name, a.name_en, hours_text(a.hours), a.cutoff_minutes, a.active)


def _service_data(x: Service) -> ServiceData:
    return ServiceData(
        code=x.code, agency_code=x.agency.code, prefix=x.prefix, name=x.name, name_en=x.name_en,
        daily_quota=x.daily_quota, accepts_priority=x.accepts_priority, service_minutes=x.service_minutes,
        wait_target_minutes=x.wait_target_minutes, hours=hours_text(x.hours), cutoff_minutes=x.cutoff_minutes,
        persyaratan=tuple(x.persyaratan), prosedur=tuple(x.prosedur), jangka_waktu=x.jangka_waktu,
        biaya=x.biaya, produk=x.produk, pengaduan=x.pengaduan, active=x.active,
    )  # fmt: skip


def _counter_data(c: Counter) -> CounterData:
    return CounterData(c.number, c.name, tuple(sorted(link.service.code for link in c.links)), c.active)


def _staff_data(x: Staff) -> StaffData:
    return StaffData(x.username, x.full_name, x.role, x.active)


def _closure_data(c: Closure) -> ClosureData:
    return ClosureData(c.day, c.reason, c.closed_from, c.closed_until)


def list_agencies(uow: UnitOfWork) -> list[AgencyData]:
    return [_agency_data(a) for a in uow.session.scalars(select(Agency).order_by(Agency.code))]


def list_services(uow: UnitOfWork) -> list[ServiceData]:
    return [_service_data(x) for x in uow.session.scalars(select(Service).order_by(Service.prefix, Service.code))]


def list_counters(uow: UnitOfWork) -> list[CounterData]:
    return [_counter_data(c) for c in uow.session.scalars(select(Counter).order_by(Counter.number))]


def list_staff(uow: UnitOfWork) -> list[StaffData]:
    return [_staff_data(x) for x in uow.session.scalars(select(Staff).order_by(Staff.username))]


def list_closures(uow: UnitOfWork, since: date | None = None) -> list[ClosureData]:
    stmt = select(Closure).order_by(Closure.day)
    if since is not None:
        stmt = stmt.where(Closure.day >= since)
    return [_closure_data(c) for c in uow.session.scalars(stmt)]


def upcoming_holidays(uow: UnitOfWork, days: int = 366) -> list[Holiday]:
    """Indonesia's national holidays and cuti bersama from today on (app.workdays' calendar)."""
    start = today(uow)
    found = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        name = holiday_name(day)
        if name:
            found.append(Holiday(day, name))
    return found


def list_station_settings(uow: UnitOfWork) -> list[StationSettingsData]:
    rows = uow.session.scalars(select(StationSettings).order_by(StationSettings.station_name))
    return [StationSettingsData(r.station_name, dict(r.settings)) for r in rows]


def today(uow: UnitOfWork) -> date:
    return business_date(uow.settings(), uow.now())


# --- agencies ----------------------------------------------------------------------------------


def _clean_agency(data: AgencyData) -> AgencyData:
    return AgencyData(
        code=data.code.strip().upper(), name=data.name.strip(), name_en=data.name_en.strip(),
        hours=_clean_hours(data.hours), cutoff_minutes=data.cutoff_minutes, active=bool(data.active),
    )  # fmt: skip


def _clean_hours(hours: dict[str, str] | None) -> dict[str, str] | None:
    if hours is None:
        return None
    return {day.strip().lower(): text.strip() for day, text in hours.items() if text and text.strip()}


def _get_agency(uow: UnitOfWork, code: str) -> Agency:
    agency = uow.session.scalars(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        raise _one("", "unknown_agency", f"no agency {code!r}", NotFound, agency=code)
    return agency


def _hours_problems(hours: dict[str, str] | None) -> list[Problem]:
    if hours == {}:  # not None (the level above's hours) and not a week closed: that is deactivating
        return [Problem("hours", "no_hours", "give the hours of at least one day, or follow the hours above")]
    return []


def _text_problems(values: dict[str, str]) -> list[Problem]:
    problems = []
    for name, value in values.items():
        if len(value) > TEXT_MAX:
            problems.append(Problem(name, "too_long", f"{name} is {len(value)} characters; at most {TEXT_MAX}",
                                    {"limit": TEXT_MAX}))  # fmt: skip
    return problems


def _refuse_taken(problems: list[Problem], field_name: str, value: Any, others, what: str) -> None:
    """A code (number, username) another row holds, active or not: say which, and raise with what
    is known so far (the catalog check would only add noise about two rows sharing it)."""
    other = next(iter(others), None)
    if other is None:
        return
    name = getattr(other, "name", None) or getattr(other, "full_name", "")
    state = "" if other.active else "inactive "
    hint = "" if other.active else "; make that one active again instead"
    problems.append(Problem(field_name, f"{field_name}_taken", f"{field_name} {value} is already used by the "
                            f"{state}{what} {name}{hint}", {"other": name, "inactive": not other.active}))  # fmt: skip
    raise _refusal(problems)


def _refuse_missing(field_name: str, value: str, what: str) -> None:
    if not value:
        raise _one(field_name, "required", f"give the {what}'s {field_name}")


def add_agency(uow: UnitOfWork, actor: str, data: AgencyData) -> AgencyData:
    return _save_agency(uow, actor, None, data)


def edit_agency(uow: UnitOfWork, actor: str, code: str, data: AgencyData) -> AgencyData:
    """Change the agency `code` into `data` (its code too); active=False deactivates it."""
    return _save_agency(uow, actor, code, data)


def deactivate_agency(uow: UnitOfWork, actor: str, code: str) -> AgencyData:
    """Its services are no longer offered; refused when a counter would be left without a service."""
    return _save_agency(uow, actor, code, replace(_agency_data(_get_agency(uow, code)), active=False))


def _save_agency(uow: UnitOfWork, actor: str, code: str | None, data: AgencyData) -> AgencyData:
    _require(uow, actor, CATALOG_ROLES, "agencies")
    data = _clean_agency(data)
    row = _get_agency(uow, code) if code is not None else None
    problems = _text_problems({"name": data.name, "name_en": data.name_en}) + _hours_problems(data.hours)
    if row is None or data.code != row.code:
        _refuse_missing("code", data.code, "agency")
        _refuse_taken(problems, "code", data.code, uow.session.scalars(select(Agency).where(Agency.code == data.code)),
                      "agency")  # fmt: skip

    def change(catalog: _Catalog) -> None:
        if row is not None:
            del catalog.agencies[row.code]
            for code_, x in list(catalog.services.items()):
                if x.agency_code == row.code:
                    catalog.services[code_] = replace(x, agency_code=data.code)
        catalog.agencies[data.code] = data

    _check_catalog(uow, f"agency {data.code}", change, problems)
    hours = _stored_hours(data.hours, data.code)
    if row is None:
        row = uow.new(Agency, code=data.code, name=data.name)
    row.code, row.name, row.name_en = data.code, data.name, data.name_en
    row.hours, row.cutoff_minutes, row.active = hours, data.cutoff_minutes, data.active
    uow.touch(row)
    uow.commit()
    return _agency_data(row)


# --- services ----------------------------------------------------------------------------------


def _clean_service(data: ServiceData) -> ServiceData:
    return ServiceData(
        code=data.code.strip().upper(), agency_code=data.agency_code.strip().upper(),
        prefix=data.prefix.strip().upper(), name=data.name.strip(), name_en=data.name_en.strip(),
        daily_quota=data.daily_quota, accepts_priority=bool(data.accepts_priority),
        service_minutes=data.service_minutes, wait_target_minutes=data.wait_target_minutes,
        hours=_clean_hours(data.hours), cutoff_minutes=data.cutoff_minutes,
        persyaratan=tuple(line.strip() for line in data.persyaratan if line.strip()),
        prosedur=tuple(line.strip() for line in data.prosedur if line.strip()),
        jangka_waktu=data.jangka_waktu.strip(), biaya=data.biaya.strip(), produk=data.produk.strip(),
        pengaduan=data.pengaduan.strip(), active=bool(data.active),
    )  # fmt: skip


def _get_service(uow: UnitOfWork, code: str) -> Service:
    service = uow.session.scalars(select(Service).where(Service.code == code)).first()
    if service is None:
        raise _one("", "unknown_service", f"no service {code!r}", NotFound, service=code)
    return service


def add_service(uow: UnitOfWork, actor: str, data: ServiceData) -> ServiceData:
    return _save_service(uow, actor, None, data)


def edit_service(uow: UnitOfWork, actor: str, code: str, data: ServiceData) -> ServiceData:
    """Change the service `code` into `data`: its standar pelayanan, hours, cutoff, quota,
    prefix, agency, ...; active=False deactivates it (its prefix is then free)."""
    return _save_service(uow, actor, code, data)


def deactivate_service(uow: UnitOfWork, actor: str, code: str) -> ServiceData:
    """No longer offered; refused when a counter would be left without a service."""
    return _save_service(uow, actor, code, replace(_service_data(_get_service(uow, code)), active=False))


def _save_service(uow: UnitOfWork, actor: str, code: str | None, data: ServiceData) -> ServiceData:
    _require(uow, actor, CATALOG_ROLES, "services")
    data = _clean_service(data)
    row = _get_service(uow, code) if code is not None else None
    problems = _text_problems({"name": data.name, "name_en": data.name_en}) + _hours_problems(data.hours)
    agency = uow.session.scalars(select(Agency).where(Agency.code == data.agency_code)).first()
    if agency is None:
        problems.append(Problem("agency_code", "unknown_agency", f"no agency {data.agency_code!r}",
                                {"agency": data.agency_code}))  # fmt: skip
    if row is None or data.code != row.code:
        _refuse_missing("code", data.code, "service")
        _refuse_taken(problems, "code", data.code,
                      uow.session.scalars(select(Service).where(Service.code == data.code)), "service")  # fmt: skip
    if problems:
        raise _refusal(problems)

    def change(catalog: _Catalog) -> None:
        if row is not None:
            catalog.services.pop(row.code, None)
            if row.code != data.code:  # counters follow the renamed service
                for number, c in catalog.counters.items():
                    codes = tuple(data.code if s == row.code else s for s in c.services)
                    catalog.counters[number] = CounterData(c.number, c.name, codes, c.active)
        if data.active:
            catalog.services[data.code] = data

    _check_catalog(uow, f"service {data.code}", change)
    hours = _stored_hours(data.hours, data.code)
    if row is None:
        row = uow.new(Service, code=data.code, prefix=data.prefix, name=data.name, agency=agency)
    row.code, row.agency, row.prefix, row.name, row.name_en = data.code, agency, data.prefix, data.name, data.name_en
    row.daily_quota, row.accepts_priority = data.daily_quota, data.accepts_priority
    row.service_minutes, row.wait_target_minutes = data.service_minutes, data.wait_target_minutes
    row.hours, row.cutoff_minutes = hours, data.cutoff_minutes
    row.persyaratan, row.prosedur = list(data.persyaratan), list(data.prosedur)
    row.jangka_waktu, row.biaya, row.produk, row.pengaduan = data.jangka_waktu, data.biaya, data.produk, data.pengaduan
    row.active = data.active
    uow.touch(row)
    uow.commit()
    return _service_data(row)


# --- counters ----------------------------------------------------------------------------------


def _get_counter(uow: UnitOfWork, number: int) -> Counter:
    counter = uow.session.scalars(select(Counter).where(Counter.number == number)).first()
    if counter is None:
        raise _one("", "unknown_counter", f"no counter {number}", NotFound, counter=number)
    return counter


def add_counter(uow: UnitOfWork, actor: str, data: CounterData) -> CounterData:
    return _save_counter(uow, actor, None, data)


def edit_counter(uow: UnitOfWork, actor: str, number: int, data: CounterData) -> CounterData:
    """Change counter `number` into `data`: its number, name and the services it serves."""
    return _save_counter(uow, actor, number, data)


def deactivate_counter(uow: UnitOfWork, actor: str, number: int) -> CounterData:
    return _save_counter(uow, actor, number, replace(_counter_data(_get_counter(uow, number)), active=False))


def _save_counter(uow: UnitOfWork, actor: str, number: int | None, data: CounterData) -> CounterData:
    _require(uow, actor, CATALOG_ROLES, "counters")
    codes = tuple(dict.fromkeys(code.strip().upper() for code in data.services if code.strip()))
    data = CounterData(data.number, data.name.strip(), codes, bool(data.active))
    row = _get_counter(uow, number) if number is not None else None
    problems = _text_problems({"name": data.name})
    if isinstance(data.number, bool) or not isinstance(data.number, int) or not 1 <= data.number <= 999:
        raise _one("number", "bad_number", f"a counter number is 1 to 999, not {data.number!r}")
    if row is None or data.number != row.number:
        _refuse_taken(problems, "number", data.number,
                      uow.session.scalars(select(Counter).where(Counter.number == data.number)), "counter")  # fmt: skip
    services = {x.code: x for x in uow.session.scalars(select(Service).where(Service.code.in_(codes)))}
    kept = {link.service.code for link in row.links} if row is not None else set()
    for code in codes:
        if code not in services:
            problems.append(Problem("services", "unknown_service", f"no service {code!r}", {"service": code}))
        elif code not in kept and not (services[code].active and services[code].agency.active):
            # a link the counter has to a retired service may stay (its last tickets); no new ones
            problems.append(Problem("services", "inactive_service", f"service {code} is not offered",
                                    {"service": code}))  # fmt: skip
    if problems:
        raise _refusal(problems)

    def change(catalog: _Catalog) -> None:
        if row is not None:
            catalog.counters.pop(row.number, None)
        if data.active:
            catalog.counters[data.number] = data

    _check_catalog(uow, f"counter {data.number}", change)
    if row is None:
        row = uow.new(Counter, number=data.number, name=data.name)
    row.number, row.name, row.active = data.number, data.name, data.active
    uow.touch(row)
    wanted = {services[code].id for code in codes}
    for link in list(row.links):
        if link.service_id not in wanted:
            row.links.remove(link)
    have = {link.service_id for link in row.links}
    for service_id in wanted - have:
        uow.new(CounterService, counter=row, service_id=service_id)  # counter= puts it in row.links
    uow.commit()
    return _counter_data(row)


# --- staff accounts ----------------------------------------------------------------------------


def _get_staff(uow: UnitOfWork, username: str) -> Staff:
    staff = uow.session.scalars(select(Staff).where(Staff.username == username)).first()
    if staff is None:
        raise _one("", "unknown_staff", f"no staff account {username!r}", NotFound, staff=username)
    return staff


def _secret_problems(secret: str | None, field_name: str = "password") -> list[Problem]:
    if secret is None or len(secret) < MIN_SECRET:
        return [Problem(field_name, "short_password", f"a password or PIN needs at least {MIN_SECRET} characters",
                        {"min": MIN_SECRET})]  # fmt: skip
    return []


def add_staff(uow: UnitOfWork, actor: str, data: StaffData, password: str) -> StaffData:
    """A new account with its password or PIN (stored as an argon2 hash)."""
    return _save_staff(uow, actor, None, data, password)


def edit_staff(uow: UnitOfWork, actor: str, username: str, data: StaffData, password: str = "") -> StaffData:
    """Change name, role, username or active (and, given one, the password or PIN, in the
    same transaction); refused when no active admin would remain."""
    return _save_staff(uow, actor, username, data, password)


def deactivate_staff(uow: UnitOfWork, actor: str, username: str) -> StaffData:
    return _save_staff(uow, actor, username, replace(_staff_data(_get_staff(uow, username)), active=False), "")


def reset_password(uow: UnitOfWork, actor: str, username: str, password: str) -> StaffData:
    """A new password or PIN for the account (the old one stops working at once)."""
    _require(uow, actor, ADMIN_ROLES, "staff accounts")
    row = _get_staff(uow, username)
    problems = _secret_problems(password)
    if problems:
        raise _refusal(problems)
    row.password_hash = hash_password(password)
    uow.touch(row)
    uow.commit()
    return _staff_data(row)


def _save_staff(uow: UnitOfWork, actor: str, username: str | None, data: StaffData, password: str | None) -> StaffData:
    _require(uow, actor, ADMIN_ROLES, "staff accounts")
    data = StaffData(data.username.strip(), data.full_name.strip(), data.role, bool(data.active))
    row = _get_staff(uow, username) if username is not None else None
    problems = _text_problems({"full_name": data.full_name})
    if not USERNAME.match(data.username):
        problems.append(Problem("username", "bad_username", "a username is 1 to 64 letters, digits, '.', '_' or '-'"))
    elif row is None or data.username != row.username:
        _refuse_taken(problems, "username", data.username,
                      uow.session.scalars(select(Staff).where(Staff.username == data.username)),
                      "account of")  # fmt: skip
    if row is None or password:
        problems += _secret_problems(password)
    if not data.username:  # the catalog would name the account by its position only
        raise _refusal(problems)
    before = {x.username: (x.role, x.active) for x in uow.session.scalars(select(Staff))}
    after = dict(before)
    if row is not None:
        del after[row.username]
    after[data.username] = (data.role, data.active)

    def remaining(roles: tuple[str, ...], accounts: dict) -> int:
        return sum(1 for role, active in accounts.values() if active and role in roles)

    # the actor is an active admin, so one remaining also keeps someone who may sign in as a supervisor
    if remaining(ADMIN_ROLES, before) and not remaining(ADMIN_ROLES, after):
        culprit = "active" if not data.active else "role"
        problems.append(Problem(culprit, "last_admin", "at least one active admin must remain: "
                                "only an admin manages staff accounts"))  # fmt: skip

    def change(catalog: _Catalog) -> None:
        pw_hash = catalog.staff.pop(row.username)[1] if row is not None else "-"
        catalog.staff[data.username] = (data, pw_hash)

    _check_catalog(uow, f"staff {data.username}", change, problems)
    if row is None:
        row = uow.new(Staff, username=data.username, full_name=data.full_name, role=data.role,
                      password_hash=hash_password(password))  # fmt: skip
    elif password:
        row.password_hash = hash_password(password)
    row.username, row.full_name, row.role, row.active = data.username, data.full_name, data.role, data.active
    uow.touch(row)
    uow.commit()
    return _staff_data(row)


# --- holidays and closures ------------------------------------------------------------------------


def _get_closure(uow: UnitOfWork, day: date) -> Closure:
    closure = uow.session.scalars(select(Closure).where(Closure.day == day)).first()
    if closure is None:
        raise _one("", "unknown_closure", f"no closure on {day.isoformat()}", NotFound, day=day)
    return closure


def add_closure(uow: UnitOfWork, actor: str, data: ClosureData) -> ClosureData:
    """The MPP closes that day (or from..until that day) besides the national holidays."""
    return _save_closure(uow, actor, None, data)


def edit_closure(uow: UnitOfWork, actor: str, day: date, data: ClosureData) -> ClosureData:
    return _save_closure(uow, actor, day, data)


def remove_closure(uow: UnitOfWork, actor: str, day: date) -> None:
    """The MPP opens that day after all (the outbox carries the delete). Not for a past day."""
    _require(uow, actor, CATALOG_ROLES, "closures")
    row = _get_closure(uow, day)
    if day < today(uow):
        raise _one("day", "past_day", f"{day.isoformat()} is past: its closure is history", day=day)
    uow.session.delete(row)
    uow.commit()


def _save_closure(uow: UnitOfWork, actor: str, day: date | None, data: ClosureData) -> ClosureData:
    _require(uow, actor, CATALOG_ROLES, "closures")
    row = _get_closure(uow, day) if day is not None else None
    reason = data.reason.strip()
    problems = _text_problems({"reason": reason})
    if not reason:
        problems.append(Problem("reason", "required", "give the reason: citizens read it at the kiosk"))
    if not isinstance(data.day, date):
        raise _one("day", "bad_date", f"not a date: {data.day!r}")
    now = today(uow)
    for moved in {data.day, day} - {None}:
        if moved < now:
            problems.append(Problem("day", "past_day", f"{moved.isoformat()} is past: its closure is history",
                                    {"day": moved}))  # fmt: skip
    if data.day != day and uow.session.scalars(select(Closure).where(Closure.day == data.day)).first():
        problems.append(Problem("day", "closure_taken", f"{data.day.isoformat()} has a closure already",
                                {"day": data.day}))  # fmt: skip
    span: list[str] | None = None
    if (data.closed_from or "").strip() or (data.closed_until or "").strip():
        text = f"{(data.closed_from or '').strip()}-{(data.closed_until or '').strip()}"
        try:
            span = parse_hours({WEEKDAYS[data.day.weekday()]: text}, "closure")[WEEKDAYS[data.day.weekday()]]
        except InvalidInput:
            problems.append(Problem("closed_from", "bad_time", f"from and until must be times of one day like "
                                    f"12.00 and 13.30, from before until; not {text!r}"))  # fmt: skip
    if problems:
        raise _refusal(problems)
    if row is None:
        row = uow.new(Closure, day=data.day, reason=reason)
    row.day, row.reason = data.day, reason
    row.closed_from, row.closed_until = (span[0], span[1]) if span else (None, None)
    uow.commit()
    return _closure_data(row)


# --- the display's running text -----------------------------------------------------------------


def set_running_text(uow: UnitOfWork, actor: str, text: str) -> str:
    """app.display.set_running_text, by someone allowed to."""
    _require(uow, actor, CATALOG_ROLES, "the running text")
    try:
        return display.set_running_text(uow, text)
    except InvalidInput as error:
        raise _one("running_text", error.code, error.message) from None


# --- station settings -----------------------------------------------------------------------------


def check_settings(settings: dict[str, Any]) -> list[Problem]:
    """Each value by app.config.parse_config's rules; only CENTRAL_KEYS."""
    problems = []
    for key, value in settings.items():
        if key not in CENTRAL_KEYS:
            problems.append(Problem(key, "not_central",
                                    f"{key} is not set centrally (only: {', '.join(CENTRAL_KEYS)})"))  # fmt: skip
            continue
        try:
            parse_config({key: value}, "central setting")
        except InvalidInput as error:
            problems.append(Problem(key, "bad_setting", error.message.removeprefix("central setting: "),
                                    {"value": value}))  # fmt: skip
    return problems


def _station_name_problems(name: str) -> list[Problem]:
    if not name:
        return [Problem("station_name", "required", "give the station's name (its config's station_name), or *")]
    if len(name) > 64 or any(unicodedata.category(ch).startswith(("C", "Z")) and ch != " " for ch in name):
        return [Problem("station_name", "bad_station_name", "a station name is one line of at most 64 characters")]
    return []


def _get_station_settings(uow: UnitOfWork, name: str) -> StationSettings:
    row = uow.session.scalars(select(StationSettings).where(StationSettings.station_name == name)).first()
    if row is None:
        raise _one("", "unknown_station", f"no settings for station {name!r}", NotFound, station=name)
    return row


def add_station_settings(uow: UnitOfWork, actor: str, data: StationSettingsData) -> StationSettingsData:
    return _save_station_settings(uow, actor, None, data)


def edit_station_settings(uow: UnitOfWork, actor: str, name: str, data: StationSettingsData) -> StationSettingsData:
    """Replace what is set centrally for the station `name` (a key left out follows the
    station's own file again)."""
    return _save_station_settings(uow, actor, name, data)


def remove_station_settings(uow: UnitOfWork, actor: str, name: str) -> None:
    _require(uow, actor, ADMIN_ROLES, "station settings")
    uow.session.delete(_get_station_settings(uow, name))
    uow.commit()


def _save_station_settings(uow: UnitOfWork, actor: str, name: str | None,
                           data: StationSettingsData) -> StationSettingsData:  # fmt: skip
    _require(uow, actor, ADMIN_ROLES, "station settings")
    station_name = data.station_name.strip()
    row = _get_station_settings(uow, name) if name is not None else None
    problems = _station_name_problems(station_name) + check_settings(data.settings)
    if station_name != (row.station_name if row else None):
        if uow.session.scalars(select(StationSettings).where(StationSettings.station_name == station_name)).first():
            problems.append(Problem("station_name", "station_taken", f"station {station_name!r} has settings already"))
    if problems:
        raise _refusal(problems)
    settings = {key: data.settings[key] for key in CENTRAL_KEYS if key in data.settings}
    if row is None:
        row = uow.new(StationSettings, station_name=station_name, settings=settings)
    row.station_name, row.settings = station_name, settings
    uow.touch(row)
    uow.commit()
    return StationSettingsData(row.station_name, dict(row.settings))


def effective_config(uow: UnitOfWork, config: StationConfig) -> StationConfig:
    """The station's file config, overridden by what is set centrally for every station ("*")
    and then for config.station_name. A value that no longer passes parse_config (written
    by a newer version, say) is skipped with a warning: a station never stops for it."""
    names = [ALL_STATIONS] + ([config.station_name] if config.station_name not in ("", ALL_STATIONS) else [])
    rows = {
        r.station_name: r.settings
        for r in uow.session.scalars(select(StationSettings).where(StationSettings.station_name.in_(names)))
    }
    merged = {**rows.get(ALL_STATIONS, {}), **rows.get(config.station_name, {})}
    changes = {}
    for key, value in merged.items():
        if key not in CENTRAL_KEYS:
            log.warning("central setting %s is not applied: not a central key", key)
            continue
        try:
            changes[key] = getattr(parse_config({key: value}, "central setting"), key)
        except InvalidInput as error:
            log.warning("central setting %s is not applied: %s", key, error.message)
    return config.replace(**changes)


def station_config(station: Station, config: StationConfig) -> StationConfig:
    """effective_config in a read-only unit of work of its own (a window's worker calls this)."""
    with station.uow(read_only=True) as uow:
        return effective_config(uow, config)


class Administration:
    """The window's way in: one signed-in actor on one station, each call in a unit of
    work of its own (run on the window's database worker)."""

    def __init__(self, station: Station, actor: str):
        self.station = station
        self.actor = actor

    def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(uow, *args) in a read-only unit of work: list_services, upcoming_holidays, ..."""
        with self.station.uow(read_only=True) as uow:
            return fn(uow, *args)

    def change(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(uow, actor, *args): add_service, edit_counter, remove_closure, ..."""
        with self.station.uow() as uow:
            return fn(uow, self.actor, *args)

    def permissions(self) -> Permissions:
        return self.read(permissions, self.actor)


def prepare() -> None:
    """First use of what a window's worker runs, here on the thread that opens it (see ui/tasks.py)."""
    parse_config({"printer": "file:/dev/null"})

