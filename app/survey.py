"""The satisfaction survey (SKM): responses, paper imports and the IKM over any range.

A response is anonymous (PermenPAN-RB 14/2017): it holds the profile the form
asks for (jenis kelamin, usia, pendidikan, pekerjaan), the nine scores by
element key and an optional saran; never a name or a NIK. It may refer to the
ticket it answers for, once. Responses are never edited.

The IKM is aggregated in SQL (COUNT(*) and, per element, SUM and COUNT of the
scores) and computed by app.ikm from those totals, so a year of responses
costs one indexed query. The values a response may hold are those of the paper
file reader (app.survey_file): the kiosk and the paper forms agree.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Select, bindparam, func, select

from app import survey_file
from app.errors import InvalidInput, NotFound, Refused
from app.ikm import ELEMENT_KEYS, IkmResult, compute_ikm, ikm_from_totals, krejcie_morgan
from app.uow import UnitOfWork
from app.workdays import business_date, local_zone
from db.models import SURVEY_CHANNELS, Agency, Service, SurveyResponse, Ticket

CHANNELS = SURVEY_CHANNELS  # kiosk, tablet, paper
PROFILE = survey_file.PROFILE  # jenis_kelamin, usia, pendidikan, pekerjaan
SARAN_MAX = survey_file.SARAN_MAX
# a ticket may be surveyed once its service has started at its current service
SURVEYABLE = frozenset({"serving", "held", "done"})
NOT_GIVEN = "Tidak diisi"
USIA_BANDS = (
    ("< 20", 0, 19), ("20-29", 20, 29), ("30-39", 30, 39), ("40-49", 40, 49), ("50-59", 50, 59), (">= 60", 60, 999),
)  # fmt: skip
# the stored codes as the regulation's sample form prints them
PEKERJAAN_LABELS = {
    "PNS": "PNS", "TNI": "TNI", "POLRI": "POLRI", "SWASTA": "Swasta", "WIRAUSAHA": "Wirausaha", "LAINNYA": "Lainnya",
}  # fmt: skip

_COLUMNS = {key: getattr(SurveyResponse, key) for key in ELEMENT_KEYS}
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LAST_ANSWER = select(func.max(SurveyResponse.answered_at)).where(
    SurveyResponse.station_id == bindparam("station_id"),
    SurveyResponse.business_date >= bindparam("since"),
    SurveyResponse.channel != "paper",
)
_ANSWERED = select(SurveyResponse.id).where(SurveyResponse.ticket_id == bindparam("ticket_id"))


# --- what the services return ------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseView:
    id: str
    business_date: date
    answered_at: datetime
    channel: str
    service_code: str
    service_name: str
    ticket_code: str | None
    jenis_kelamin: str | None
    usia: int | None
    pendidikan: str | None
    pekerjaan: str | None
    answers: dict[str, int | None]
    saran: str | None


@dataclass(frozen=True)
class ImportSummary:
    rows: int
    first_date: date
    last_date: date
    services: dict[str, int]  # service code -> rows, by code


@dataclass(frozen=True)
class IkmFigures:
    respondents: int
    nrr: dict[str, float | None]  # by element key, full precision
    ikm: float | None  # 1-4 scale, unrounded
    ikm_konversi: Decimal | None  # 25-100, two decimals
    mutu: str | None
    kinerja: str | None
    population: int | None  # tickets served in the range and scope; None for a file
    sample_min: int | None  # Krejcie and Morgan's minimum for the population
    sample_ok: bool | None
    result: IkmResult


def _figures(result: IkmResult, population: int | None) -> IkmFigures:
    sample_min = krejcie_morgan(population) if population is not None else None
    return IkmFigures(
        respondents=result.respondents,
        nrr=dict(result.nrr),
        ikm=result.ikm,
        ikm_konversi=result.ikm_konversi,
        mutu=result.mutu,
        kinerja=result.kinerja,
        population=population,
        sample_min=sample_min,
        sample_ok=None if sample_min is None else result.respondents >= sample_min,
        result=result,
    )


# --- recording a response ----------------------------------------------------------------------


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_saran(saran, problems: list[str]) -> None:
    if not isinstance(saran, str):
        return  # None, or refused as a value by the file rules
    for ch in saran:
        if ch in "\n\t":
            continue
        if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            problems.append(
                f"saran holds a control character (U+{ord(ch):04X}); only text, line breaks and emoji are kept"
            )
            return


def _check_response(fields: Mapping[str, object], answers: Mapping[str, int | None]) -> dict:
    """The profile, answers and saran checked with the paper file's rules; raises InvalidInput."""
    if not isinstance(answers, Mapping):
        raise InvalidInput("answers must map element keys to scores 1-4 (or None when not answered)")
    unknown = sorted(str(k) for k in answers if k not in ELEMENT_KEYS)
    if unknown:
        raise InvalidInput(
            f"unknown survey element(s) {', '.join(map(repr, unknown))}; the elements are {', '.join(ELEMENT_KEYS)}"
        )
    if all(_blank(answers.get(key)) for key in ELEMENT_KEYS):
        raise InvalidInput("none of the nine survey elements is answered; answer at least one", code="no_answers")
    values = dict(fields) | {key: answers.get(key) for key in ELEMENT_KEYS}
    saran = values.get("saran")
    if isinstance(saran, str):
        values["saran"] = saran.replace("\r\n", "\n").replace("\r", "\n")
    problems: list[str] = []
    _check_saran(values["saran"], problems)
    checked = survey_file.check_response_fields(values.get, problems)
    if problems:
        raise InvalidInput("the survey response was not recorded: " + "; ".join(problems), problems=problems)
    return checked


def _ticket(uow: UnitOfWork, ref: str) -> Ticket:
    from app.printing import parse_ticket_qr
    from app.queue import find_ticket

    if isinstance(ref, uuid.UUID):
        ref = str(ref)
    if not isinstance(ref, str):
        raise InvalidInput(f"a ticket is given by its number of the day (A023), its id or its QR code, not {ref!r}")
    scanned = parse_ticket_qr(ref)
    return find_ticket(uow, str(scanned) if scanned else ref)


def _service(uow: UnitOfWork, code: str) -> Service:
    if not isinstance(code, str) or not code.strip():
        raise InvalidInput("a survey response needs a service code or a ticket")
    service = uow.session.scalars(select(Service).where(Service.code == code.strip().upper())).first()
    if service is None:
        raise NotFound(f"no service with code {code.strip()!r}; `mpp catalog show` lists them")
    return service


def _check_surveyable(uow: UnitOfWork, ticket: Ticket) -> None:
    if ticket.status not in SURVEYABLE:
        raise Refused(
            f"ticket {ticket.code} is {ticket.status}: the survey is answered after the service", code="not_served"
        )
    if uow.session.scalar(_ANSWERED, {"ticket_id": ticket.id}) is not None:
        raise Refused(f"the survey for ticket {ticket.code} has already been answered", code="already_answered")


def check_ticket_for_survey(uow: UnitOfWork, ticket_ref: str) -> Ticket:
    """The ticket a response would answer for, checked as record_response checks it
    and changing nothing, so a kiosk refuses a ticket before its nine questions:
    NotFound or InvalidInput for an unknown reference, Refused "not_served" or
    "already_answered"."""
    ticket = _ticket(uow, ticket_ref)
    _check_surveyable(uow, ticket)
    return ticket


def record_response(
    uow: UnitOfWork,
    *,
    service_code: str | None = None,
    ticket_ref: str | None = None,
    jenis_kelamin=None,
    usia=None,
    pendidikan=None,
    pekerjaan=None,
    answers: Mapping[str, int | None],
    saran: str | None = None,
    channel: str = "kiosk",
    min_interval_seconds: int = 0,
) -> ResponseView:
    """Record one anonymous response and commit.

    With a ticket (its id, its QR payload or today's number) the service is the
    ticket's current service, and the ticket may be answered for once
    (Refused "already_answered"); a ticket not yet served is refused ("not_served").
    Without a ticket, service_code names the service. min_interval_seconds is a
    kiosk's misuse guard: refused ("too_soon") when this station recorded a
    response less than that many seconds ago.
    """
    if channel not in CHANNELS:
        raise InvalidInput(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    if isinstance(min_interval_seconds, bool) or not isinstance(min_interval_seconds, int) or min_interval_seconds < 0:
        raise InvalidInput(f"min_interval_seconds must be a whole number of at least 0, not {min_interval_seconds!r}")
    fields = _check_response(
        dict(jenis_kelamin=jenis_kelamin, usia=usia, pendidikan=pendidikan, pekerjaan=pekerjaan, saran=saran),
        answers,
    )

    ticket = None
    if not _blank(ticket_ref):  # an empty ticket field on a kiosk means no ticket
        ticket = _ticket(uow, ticket_ref)
        service = ticket.service
        if not _blank(service_code) and str(service_code).strip().upper() != service.code:
            raise InvalidInput(f"ticket {ticket.code} was served by {service.code}, not {service_code.strip().upper()}")
        _check_surveyable(uow, ticket)
    else:
        service = _service(uow, service_code)
        if not service.active:
            raise Refused(f"{service.name} is no longer offered", code="inactive_service")

    now = uow.now()
    settings = uow.settings()
    if min_interval_seconds:
        since = business_date(settings, now - timedelta(seconds=min_interval_seconds))
        last = uow.session.scalar(_LAST_ANSWER, {"station_id": uow.station_id, "since": since})
        if last is not None and timedelta(0) <= now - last < timedelta(seconds=min_interval_seconds):
            wait = min_interval_seconds - int((now - last).total_seconds())
            raise Refused(
                f"a survey was answered here {int((now - last).total_seconds())} s ago; try again in {wait} s",
                code="too_soon",
            )

    response = uow.new(
        SurveyResponse,
        business_date=business_date(settings, now),
        answered_at=now,
        service_id=service.id,
        ticket_id=ticket.id if ticket else None,
        channel=channel,
        jenis_kelamin=fields["jenis_kelamin"],
        usia=fields["usia"],
        pendidikan=fields["pendidikan"],
        pekerjaan=fields["pekerjaan"],
        saran=fields["saran"],
        **fields["answers"],
    )
    uow.commit()
    return ResponseView(
        id=str(response.id),
        business_date=response.business_date,
        answered_at=response.answered_at,
        channel=channel,
        service_code=service.code,
        service_name=service.name,
        ticket_code=ticket.code if ticket else None,
        jenis_kelamin=response.jenis_kelamin,
        usia=response.usia,
        pendidikan=response.pendidikan,
        pekerjaan=response.pekerjaan,
        answers=dict(fields["answers"]),
        saran=response.saran,
    )


# --- paper forms -----------------------------------------------------------------------------------


def import_survey_file(uow: UnitOfWork, path: str | Path) -> ImportSummary:
    """Store every row of a paper survey file (CSV or XLSX, app.survey_file) in
    one transaction, or none: any bad row refuses the file, naming every problem."""
    services = {s.code: s for s in uow.session.scalars(select(Service))}
    rows = survey_file.read_survey_file(path, known_services=services)
    settings = uow.settings()
    today = business_date(settings, uow.now())
    late = [r.row for r in rows if r.tanggal > today]
    if late:
        problems = [f"row {r}: tanggal is after today ({today.isoformat()})" for r in late]
        name = Path(path).name
        raise InvalidInput(
            f"{name} was not stored: {len(late)} row{'s' if len(late) > 1 else ''} of {len(rows)} "
            f"dated after today (row 1 is the first row under the header):\n  " + "\n  ".join(problems),
            code=survey_file.CODE,
            problems=problems,
            rows=late,
        )
    zone = local_zone(settings)
    counts: dict[str, int] = {}
    for row in rows:
        # a paper form gives only its date: answered_at is the start of that day in the MPP's zone
        answered_at = datetime.combine(row.tanggal, time(0), zone)
        uow.new(
            SurveyResponse,
            business_date=row.tanggal,
            answered_at=answered_at,
            service_id=services[row.layanan].id,
            ticket_id=None,
            channel="paper",
            jenis_kelamin=row.jenis_kelamin,
            usia=row.usia,
            pendidikan=row.pendidikan,
            pekerjaan=row.pekerjaan,
            saran=row.saran,
            **row.answers,
        )
        counts[row.layanan] = counts.get(row.layanan, 0) + 1
    uow.commit()
    return ImportSummary(
        rows=len(rows),
        first_date=min(r.tanggal for r in rows),
        last_date=max(r.tanggal for r in rows),
        services=dict(sorted(counts.items())),
    )


# --- the IKM ---------------------------------------------------------------------------------------


def _totals_columns():
    cols = [func.count().label("respondents")]
    for key, col in _COLUMNS.items():
        cols += [func.sum(col).label(f"sum_{key}"), func.count(col).label(f"n_{key}")]
    return cols


def _result_of(row) -> IkmResult:
    return ikm_from_totals(
        row.respondents,
        {key: getattr(row, f"sum_{key}") for key in ELEMENT_KEYS},
        {key: getattr(row, f"n_{key}") for key in ELEMENT_KEYS},
    )


def _check_range(start: date | None, end: date | None) -> None:
    for value, name in ((start, "start"), (end, "end")):
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise InvalidInput(f"the {name} of the range must be a date, not {value!r}")
    if start is not None and end is not None and start > end:
        raise InvalidInput(f"the range starts ({start.isoformat()}) after it ends ({end.isoformat()})")


def _in_range(stmt: Select, column, start: date | None, end: date | None) -> Select:
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column <= end)
    return stmt


def _scope(uow: UnitOfWork, service_code: str | None, agency_code: str | None) -> list[uuid.UUID] | None:
    """The service ids of a scope, None for the whole MPP."""
    if service_code is None and agency_code is None:
        return None
    agency = None
    if agency_code is not None:
        agency = uow.session.scalars(select(Agency).where(Agency.code == str(agency_code).strip().upper())).first()
        if agency is None:
            raise NotFound(f"no agency with code {agency_code!r}; `mpp catalog show` lists them")
    if service_code is not None:
        service = _service(uow, service_code)
        if agency is not None and service.agency_id != agency.id:
            raise InvalidInput(f"service {service.code} is not a service of {agency.code}")
        return [service.id]
    return list(uow.session.scalars(select(Service.id).where(Service.agency_id == agency.id)))


def _served(uow: UnitOfWork, start: date | None, end: date | None, ids: list[uuid.UUID] | None) -> int:
    """Tickets served (done) in the range, by the service that served them."""
    stmt = select(func.count()).select_from(Ticket).where(Ticket.status == "done")
    stmt = _in_range(stmt, Ticket.business_date, start, end)
    if ids is not None:
        stmt = stmt.where(Ticket.service_id.in_(ids))
    return uow.session.scalar(stmt) or 0


def ikm_over(
    uow: UnitOfWork,
    start: date | None,
    end: date | None,
    service_code: str | None = None,
    agency_code: str | None = None,
) -> IkmFigures:
    """The IKM of the responses answered from start to end (both included; None:
    unbounded), for one service, one agency or the whole MPP, with the population
    (tickets served in the same range and scope) and Krejcie and Morgan's minimum."""
    _check_range(start, end)
    ids = _scope(uow, service_code, agency_code)
    stmt = _in_range(select(*_totals_columns()), SurveyResponse.business_date, start, end)
    if ids is not None:
        stmt = stmt.where(SurveyResponse.service_id.in_(ids))
    row = uow.session.execute(stmt).one()
    return _figures(_result_of(row), _served(uow, start, end, ids))


def ikm_of_file(
    path: str | Path, *, start: date | None = None, end: date | None = None, service_code: str | None = None
) -> IkmFigures:
    """The IKM of a survey file's rows (optionally of a date range and one
    service), storing nothing. The population is not known: it and the sample
    figures are None."""
    _check_range(start, end)
    rows = survey_file.read_survey_file(path)
    code = service_code.strip().upper() if service_code else None
    chosen = [
        r.answers
        for r in rows
        if (start is None or r.tanggal >= start)
        and (end is None or r.tanggal <= end)
        and (code is None or r.layanan == code)
    ]
    return _figures(compute_ikm(chosen), None)


# --- periods -----------------------------------------------------------------------------------------

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:(S)([12])|(T)([1-4])|(\d{2})))?$", re.IGNORECASE)
PERIOD_FORMS = "2026 (tahun), 2026-S1 or 2026-S2 (semester), 2026-T1 to 2026-T4 (triwulan), 2026-11 (bulan)"


@dataclass(frozen=True)
class Period:
    kind: str  # "year", "semester", "triwulan", "month"
    year: int
    number: int  # 1 for a year; the semester, triwulan or month number

    def __post_init__(self):
        limits = {"year": 1, "semester": 2, "triwulan": 4, "month": 12}
        if self.kind not in limits or not 1 <= self.number <= limits[self.kind] or not 1900 <= self.year <= 9999:
            raise InvalidInput(f"no such period: {self.kind} {self.number} of {self.year}")

    @property
    def months(self) -> int:
        return {"year": 12, "semester": 6, "triwulan": 3, "month": 1}[self.kind]

    @property
    def start(self) -> date:
        return date(self.year, (self.number - 1) * self.months + 1, 1)

    @property
    def end(self) -> date:
        last_month = self.number * self.months
        following = date(self.year + 1, 1, 1) if last_month == 12 else date(self.year, last_month + 1, 1)
        return following - timedelta(days=1)

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"Tahun {self.year}"
        if self.kind == "semester":
            return f"Semester {ROMAN[self.number - 1]} {self.year}"
        if self.kind == "triwulan":
            return f"Triwulan {ROMAN[self.number - 1]} {self.year}"
        return f"{BULAN[self.number - 1]} {self.year}"

    @property
    def code(self) -> str:
        """The period as parse_period reads it: 2026, 2026-S2, 2026-T3, 2026-11."""
        suffix = {
            "year": "", "semester": f"-S{self.number}", "triwulan": f"-T{self.number}", "month": f"-{self.number:02d}",
        }  # fmt: skip
        return f"{self.year}{suffix[self.kind]}"

    def previous(self) -> Period:
        """The period just before, of the same kind (Semester I 2026 -> Semester II 2025)."""
        if self.number > 1:
            return Period(self.kind, self.year, self.number - 1)
        last = {"year": 1, "semester": 2, "triwulan": 4, "month": 12}[self.kind]
        return Period(self.kind, self.year - 1, last)


def parse_period(text: str) -> Period:
    match = _PERIOD.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise InvalidInput(f"a period is written {PERIOD_FORMS}; not {text!r}", code="bad_period")
    year = int(match.group(1))
    if match.group(2):
        kind, number = "semester", int(match.group(3))
    elif match.group(4):
        kind, number = "triwulan", int(match.group(5))
    elif match.group(6):
        kind, number = "month", int(match.group(6))
    else:
        kind, number = "year", 1
    try:
        return Period(kind, year, number)
    except InvalidInput:
        raise InvalidInput(f"a period is written {PERIOD_FORMS}; not {text!r}", code="bad_period") from None


# --- the report's data -----------------------------------------------------------------------------


def _usia_band(usia: int | None) -> str:
    if usia is None:
        return NOT_GIVEN
    return next(label for label, low, high in USIA_BANDS if low <= usia <= high)


def _profile(uow: UnitOfWork, start: date, end: date) -> dict[str, dict[str, int]]:
    profile = {
        "jenis_kelamin": dict.fromkeys((*survey_file.JENIS_KELAMIN, NOT_GIVEN), 0),
        "usia": dict.fromkeys((*(band[0] for band in USIA_BANDS), NOT_GIVEN), 0),
        "pendidikan": dict.fromkeys((*survey_file.PENDIDIKAN, NOT_GIVEN), 0),
        "pekerjaan": dict.fromkeys((*PEKERJAAN_LABELS.values(), NOT_GIVEN), 0),
    }
    for column in PROFILE:
        col = getattr(SurveyResponse, column)
        stmt = _in_range(select(col, func.count()).group_by(col), SurveyResponse.business_date, start, end)
        for value, n in uow.session.execute(stmt):
            if column == "usia":
                key = _usia_band(value)
            elif value is None:
                key = NOT_GIVEN
            else:
                key = PEKERJAAN_LABELS.get(value, value) if column == "pekerjaan" else value
            profile[column][key] = profile[column].get(key, 0) + n
    return profile


def _services(uow: UnitOfWork, start: date, end: date):
    from app.report_ikm import ServiceIkm

    totals = {
        row.service_id: row
        for row in uow.session.execute(
            _in_range(
                select(SurveyResponse.service_id, *_totals_columns()).group_by(SurveyResponse.service_id),
                SurveyResponse.business_date,
                start,
                end,
            )
        )
    }
    served = dict(
        uow.session.execute(
            _in_range(
                select(Ticket.service_id, func.count()).where(Ticket.status == "done").group_by(Ticket.service_id),
                Ticket.business_date,
                start,
                end,
            )
        ).all()
    )
    services = uow.session.execute(
        select(Service, Agency).join(Agency, Agency.id == Service.agency_id).order_by(Agency.code, Service.code)
    ).all()
    empty = ikm_from_totals(0, {}, {})
    return [
        ServiceIkm(
            code=service.code,
            name=service.name,
            agency_name=agency.name,
            result=_result_of(totals[service.id]) if service.id in totals else empty,
            population=served.get(service.id, 0),
        )
        for service, agency in services
        if service.id in totals or service.id in served
    ]


def ikm_report_data(uow: UnitOfWork, period: Period):
    """Everything the laporan SKM of a period prints (app.report_ikm.IkmReportData).
    Refused ("no_responses") when the period has no response."""
    from app.report_ikm import IkmReportData, Respondent

    settings = uow.settings()
    start, end = period.start, period.end
    overall = ikm_over(uow, start, end)
    if overall.respondents == 0:
        raise Refused(
            f"no survey responses in {period.label} ({start.isoformat()} to {end.isoformat()})", code="no_responses"
        )
    before = period.previous()
    previous = ikm_over(uow, before.start, before.end)

    # plain rows, not ORM objects: a year holds tens of thousands of responses
    rows = uow.session.execute(
        _in_range(
            select(
                SurveyResponse.business_date, Service.code, Service.name, SurveyResponse.saran,
                *(getattr(SurveyResponse, column) for column in PROFILE), *_COLUMNS.values(),
            )  # fmt: skip
            .join(Service, Service.id == SurveyResponse.service_id)
            .order_by(SurveyResponse.business_date, SurveyResponse.answered_at, SurveyResponse.id),
            SurveyResponse.business_date,
            start,
            end,
        )
    ).all()
    respondents = []
    suggestions = []
    for number, (tanggal, code, name, saran, jenis_kelamin, usia, pendidikan, pekerjaan, *scores) in enumerate(rows, 1):
        respondents.append(
            Respondent(
                number=number,
                tanggal=tanggal,
                layanan=code,
                jenis_kelamin=jenis_kelamin,
                usia=usia,
                pendidikan=pendidikan,
                pekerjaan=PEKERJAAN_LABELS.get(pekerjaan, pekerjaan) if pekerjaan else None,
                answers=dict(zip(ELEMENT_KEYS, scores, strict=True)),
            )
        )
        if saran:
            suggestions.append((tanggal, name, saran))

    return IkmReportData(
        mpp_name=settings.name,
        address=settings.address,
        period_label=period.label,
        start=start,
        end=end,
        result=overall.result,
        population=overall.population,
        sample_min=overall.sample_min,
        sample_ok=overall.sample_ok,
        previous_label=before.label,
        previous=previous.result if previous.respondents else None,
        profile=_profile(uow, start, end),
        services=_services(uow, start, end),
        suggestions=suggestions,
        respondents=respondents,
        generated_at=uow.now().astimezone(local_zone(uow.settings())),  # the footer shows local time
    )
