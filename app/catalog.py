"""The catalog: the MPP, its agencies, services, counters and staff.

It loads from a TOML file (resources/catalog/FORMAT.md). Loading checks the
whole file before it writes anything, then updates rows by their code, so a
second load edits the catalog in place; what the file no longer lists is
deactivated, never deleted (old tickets refer to it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from app.auth import ROLES, hash_password
from app.errors import InvalidInput
from app.uow import UnitOfWork
from app.workdays import parse_hours
from db.models import Agency, Closure, Counter, CounterService, MppSettings, Service, Staff

CODE = re.compile(r"^[A-Z0-9_]{1,32}$")
PREFIX = re.compile(r"^[A-Z]{1,2}$")
POLICIES = ("first", "interleave")
STANDAR_TEXT = ("jangka_waktu", "biaya", "produk", "pengaduan")


def read_catalog_file(path: str | Path) -> dict:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(f"catalog file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path} is not valid TOML: {exc}") from None


class _Checker:
    """Collects every problem in the file, so one run tells the author all of them."""

    def __init__(self):
        self.problems: list[str] = []

    def need(self, table: dict, key: str, where: str, kind=str):
        value = table.get(key)
        if value is None or (kind is str and not str(value).strip()):
            self.problems.append(f"{where}: '{key}' is missing")
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(f"{where}: '{key}' must be {kind.__name__}, not {value!r}")
            return None
        return value

    def hours(self, spec, where: str):
        if spec is None:
            return None
        if not isinstance(spec, dict):
            self.problems.append(f"{where}: 'hours' must be a table like {{ senin = \"08.00-15.00\" }}")
            return None
        try:
            return parse_hours(spec, where)
        except InvalidInput as exc:
            self.problems.append(exc.message)
            return None

    def cutoff(self, table: dict, where: str):
        value = table.get("cutoff_minutes")
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            self.problems.append(f"{where}: cutoff_minutes must be a whole number of minutes, 0 or more")
            return None
        return value

    def cutoff_inside_hours(self, cutoff: int | None, hours: dict | None, where: str) -> None:
        """Tickets are issued until `cutoff` minutes before closing: that must leave some of every open day."""
        for day, (opens, closes) in (hours or {}).items():
            open_minutes = _minutes(closes) - _minutes(opens)
            if cutoff is not None and cutoff >= open_minutes:
                self.problems.append(
                    f"{where}: cutoff_minutes {cutoff} leaves no time for tickets on {day} "
                    f"({opens.replace(':', '.')}-{closes.replace(':', '.')})"
                )
                return


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def validate_catalog(data: dict) -> dict:
    """Check the whole catalog; raise InvalidInput listing every problem."""
    check = _Checker()
    mpp = data.get("mpp")
    if not isinstance(mpp, dict):
        raise InvalidInput("catalog: the [mpp] table is missing")
    check.need(mpp, "name", "[mpp]")
    tz = check.need(mpp, "timezone", "[mpp]")
    if tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            check.problems.append(f"[mpp]: unknown timezone {tz!r} (e.g. Asia/Jakarta)")
    if mpp.get("priority_policy", "first") not in POLICIES:
        check.problems.append(f"[mpp]: priority_policy must be one of {', '.join(POLICIES)}")
    for key in ("priority_every", "absent_after_calls"):
        value = mpp.get(key, 1)
        if not isinstance(value, int) or value < 1:
            check.problems.append(f"[mpp]: {key} must be a whole number of at least 1")
    mpp_hours = check.hours(mpp.get("hours"), "[mpp]")
    mpp_cutoff = check.cutoff(mpp, "[mpp]")

    service_codes: set[str] = set()
    prefixes: dict[str, str] = {}
    agency_codes: set[str] = set()
    for i, agency in enumerate(data.get("agencies", []), 1):
        where = f"agency #{i}"
        code = check.need(agency, "code", where)
        if code:
            where = f"agency {code}"
            if not CODE.match(code):
                check.problems.append(f"{where}: code must be capital letters, digits or _")
            if code in agency_codes:
                check.problems.append(f"{where}: code used twice")
            agency_codes.add(code)
        check.need(agency, "name", where)
        agency_hours = check.hours(agency.get("hours"), where)
        agency_cutoff = check.cutoff(agency, where)
        for j, service in enumerate(agency.get("services", []), 1):
            swhere = f"{where}, service #{j}"
            scode = check.need(service, "code", swhere)
            if scode:
                swhere = f"service {scode}"
                if not CODE.match(scode):
                    check.problems.append(f"{swhere}: code must be capital letters, digits or _")
                if scode in service_codes:
                    check.problems.append(f"{swhere}: code used twice")
                service_codes.add(scode)
            prefix = check.need(service, "prefix", swhere)
            if prefix:
                if not PREFIX.match(prefix):
                    check.problems.append(f"{swhere}: prefix must be one or two capital letters, not {prefix!r}")
                elif prefix in prefixes:
                    check.problems.append(f"{swhere}: prefix {prefix} is already used by {prefixes[prefix]}")
                prefixes[prefix] = scode or swhere
            check.need(service, "name", swhere)
            quota = service.get("daily_quota")
            if quota is not None and (not isinstance(quota, int) or quota < 1):
                check.problems.append(f"{swhere}: daily_quota must be a whole number of at least 1")
            target = service.get("wait_target_minutes")
            if target is not None and (not isinstance(target, int) or isinstance(target, bool) or target < 1):
                check.problems.append(f"{swhere}: wait_target_minutes must be a whole number of at least 1")
            minutes = service.get("service_minutes", 10)
            if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
                check.problems.append(f"{swhere}: service_minutes must be a whole number of at least 1")
            for key in ("persyaratan", "prosedur"):
                items = service.get(key, [])
                if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                    check.problems.append(f"{swhere}: {key} must be a list of lines")
            service_hours = check.hours(service.get("hours"), swhere)
            # the hours and cutoff that apply: the service's, else the agency's, else the MPP's
            check.cutoff_inside_hours(
                next((c for c in (check.cutoff(service, swhere), agency_cutoff, mpp_cutoff) if c is not None), None),
                service_hours or agency_hours or mpp_hours,
                swhere,
            )

    numbers: set[int] = set()
    served: set[str] = set()
    for i, counter in enumerate(data.get("counters", []), 1):
        where = f"counter #{i}"
        number = check.need(counter, "number", where, int)
        if number is not None:
            where = f"counter {number}"
            if number in numbers:
                check.problems.append(f"{where}: number used twice")
            numbers.add(number)
        check.need(counter, "name", where)
        codes = counter.get("services") or []
        if not codes:
            check.problems.append(f"{where}: serves no service")
        for code in codes:
            if code not in service_codes:
                check.problems.append(f"{where}: unknown service {code!r}")
            served.add(code)

    usernames: set[str] = set()
    for i, staff in enumerate(data.get("staff", []), 1):
        where = f"staff #{i}"
        username = check.need(staff, "username", where)
        if username:
            where = f"staff {username}"
            if username in usernames:
                check.problems.append(f"{where}: username used twice")
            usernames.add(username)
        check.need(staff, "name", where)
        if staff.get("role") not in ROLES:
            check.problems.append(f"{where}: role must be one of {', '.join(ROLES)}")
        if not staff.get("password") and not staff.get("password_hash"):
            check.problems.append(f"{where}: give password_hash (or password, in a demo catalog)")

    for i, closure in enumerate(data.get("closures", []), 1):
        if not isinstance(closure.get("date"), date):
            check.problems.append(f"closure #{i}: date must be a TOML date like 2026-12-31")

    if check.problems:
        raise InvalidInput("the catalog has problems:\n  " + "\n  ".join(check.problems), problems=check.problems)
    return data


@dataclass
class LoadSummary:
    agencies: int = 0
    services: int = 0
    counters: int = 0
    staff: int = 0
    closures: int = 0
    deactivated: list[str] = field(default_factory=list)


def load_catalog(uow: UnitOfWork, data: dict) -> LoadSummary:
    """Write a validated catalog; one transaction, so a failure leaves the old catalog."""
    data = validate_catalog(data)
    s = uow.session
    summary = LoadSummary()
    mpp = data["mpp"]
    settings = s.scalars(select(MppSettings)).first() or uow.new(MppSettings, name="", timezone="")
    settings.name = mpp["name"]
    settings.address = mpp.get("address", "")
    settings.timezone = mpp["timezone"]
    settings.priority_policy = mpp.get("priority_policy", "first")
    settings.priority_every = mpp.get("priority_every", 3)
    settings.absent_after_calls = mpp.get("absent_after_calls", 3)
    settings.hours = parse_hours(mpp.get("hours", {}), "[mpp]")
    settings.cutoff_minutes = mpp.get("cutoff_minutes", 0)
    uow.touch(settings)

    agencies = {a.code: a for a in s.scalars(select(Agency))}
    services = {x.code: x for x in s.scalars(select(Service))}
    seen_agencies, seen_services = set(), set()
    # Services whose prefix changes first take a placeholder (lower case, never a
    # valid prefix), so two services may swap prefixes within one load.
    wanted_prefix = {x["code"]: x["prefix"] for a in data.get("agencies", []) for x in a.get("services", [])}
    moving = [x for code, x in services.items() if code in wanted_prefix and x.prefix != wanted_prefix[code]]
    for service in moving:
        service.prefix = wanted_prefix[service.code].lower()
    if moving:
        s.flush()
    for a in data.get("agencies", []):
        agency = agencies.get(a["code"]) or uow.new(Agency, code=a["code"], name=a["name"])
        agency.name = a["name"]
        agency.name_en = a.get("name_en", "")
        agency.hours = parse_hours(a["hours"], a["code"]) if a.get("hours") else None
        agency.cutoff_minutes = a.get("cutoff_minutes")
        agency.active = True
        uow.touch(agency)
        seen_agencies.add(a["code"])
        summary.agencies += 1
        for x in a.get("services", []):
            service = services.get(x["code"]) or uow.new(
                Service, code=x["code"], prefix=x["prefix"], name=x["name"], agency=agency
            )
            service.agency = agency
            service.prefix = x["prefix"]
            service.name = x["name"]
            service.name_en = x.get("name_en", "")
            service.daily_quota = x.get("daily_quota")
            service.accepts_priority = x.get("priority", True)
            service.service_minutes = x.get("service_minutes", 10)
            service.wait_target_minutes = x.get("wait_target_minutes")
            service.hours = parse_hours(x["hours"], x["code"]) if x.get("hours") else None
            service.cutoff_minutes = x.get("cutoff_minutes")
            service.persyaratan = list(x.get("persyaratan", []))
            service.prosedur = list(x.get("prosedur", []))
            for key in STANDAR_TEXT:
                setattr(service, key, x.get(key, ""))
            service.active = True
            uow.touch(service)
            services[x["code"]] = service
            seen_services.add(x["code"])
            summary.services += 1
    _deactivate_missing(uow, agencies, seen_agencies, "agency", summary)
    _deactivate_missing(uow, services, seen_services, "service", summary)

    counters = {c.number: c for c in s.scalars(select(Counter))}
    seen_counters = set()
    for c in data.get("counters", []):
        counter = counters.get(c["number"]) or uow.new(Counter, number=c["number"], name=c["name"])
        counter.name = c["name"]
        counter.active = True
        uow.touch(counter)
        wanted = {services[code].id for code in c["services"]}
        for link in list(counter.links):
            if link.service_id not in wanted:
                counter.links.remove(link)
        have = {link.service_id for link in counter.links}
        for service_id in wanted - have:
            counter.links.append(uow.new(CounterService, counter=counter, service_id=service_id))
        seen_counters.add(c["number"])
        summary.counters += 1
    _deactivate_missing(uow, counters, seen_counters, "counter", summary)

    staff = {x.username: x for x in s.scalars(select(Staff))}
    for x in data.get("staff", []):
        member = staff.get(x["username"])
        if member is None:
            # a demo password is hashed once, when its account is made (argon2 is slow on purpose)
            pw_hash = x.get("password_hash") or hash_password(x["password"])
            member = uow.new(
                Staff, username=x["username"], full_name=x["name"], role=x["role"], password_hash=pw_hash
            )
        elif x.get("password_hash"):
            member.password_hash = x["password_hash"]
        member.active = True
        uow.touch(member)
        summary.staff += 1
    _deactivate_missing(uow, staff, {x["username"] for x in data.get("staff", [])}, "staff", summary)

    closures = {c.day: c for c in s.scalars(select(Closure))}
    listed_days = set()
    for x in data.get("closures", []):
        closure = closures.get(x["date"]) or uow.new(Closure, day=x["date"], reason=x.get("reason", ""))
        closure.reason = x.get("reason", "") or "Tutup"
        listed_days.add(x["date"])
        summary.closures += 1
    for day, closure in closures.items():
        if day not in listed_days:
            s.delete(closure)  # the MPP opens that day after all (the outbox carries the delete)
    return summary


def _deactivate_missing(uow: UnitOfWork, rows: dict, listed: set, kind: str, summary: LoadSummary) -> None:
    """What the file no longer lists is deactivated, never deleted: old tickets refer to it."""
    for key, row in rows.items():
        if key not in listed and row.active:
            row.active = False
            uow.touch(row)
            summary.deactivated.append(f"{kind} {key}")


# --- reading it back -----------------------------------------------------------


@dataclass(frozen=True)
class ServiceView:
    code: str
    prefix: str
    name: str
    name_en: str
    agency_code: str
    daily_quota: int | None
    accepts_priority: bool
    service_minutes: int
    persyaratan: list[str]
    prosedur: list[str]
    jangka_waktu: str
    biaya: str
    produk: str
    pengaduan: str
    wait_target_minutes: int | None = None  # None: the MPP default of the daily summary


@dataclass(frozen=True)
class AgencyView:
    code: str
    name: str
    name_en: str
    services: list[ServiceView]


@dataclass(frozen=True)
class CounterView:
    number: int
    name: str
    services: list[str]


@dataclass(frozen=True)
class CatalogView:
    mpp_name: str
    timezone: str
    priority_policy: str
    agencies: list[AgencyView]
    counters: list[CounterView]


def service_view(service: Service) -> ServiceView:
    return ServiceView(
        code=service.code,
        prefix=service.prefix,
        name=service.name,
        name_en=service.name_en,
        agency_code=service.agency.code,
        daily_quota=service.daily_quota,
        accepts_priority=service.accepts_priority,
        service_minutes=service.service_minutes,
        persyaratan=list(service.persyaratan),
        prosedur=list(service.prosedur),
        jangka_waktu=service.jangka_waktu,
        biaya=service.biaya,
        produk=service.produk,
        pengaduan=service.pengaduan,
        wait_target_minutes=service.wait_target_minutes,
    )


def show_catalog(uow: UnitOfWork) -> CatalogView:
    settings = uow.settings()
    s = uow.session
    agencies = [
        AgencyView(a.code, a.name, a.name_en, [service_view(x) for x in a.services if x.active])
        for a in s.scalars(select(Agency).where(Agency.active).order_by(Agency.code))
    ]
    counters = [
        CounterView(c.number, c.name, sorted(link.service.code for link in c.links))
        for c in s.scalars(select(Counter).where(Counter.active).order_by(Counter.number))
    ]
    return CatalogView(settings.name, settings.timezone, settings.priority_policy, agencies, counters)
