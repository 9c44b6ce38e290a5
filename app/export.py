"""Exports of a range of business days as CSV or XLSX (by the file's suffix), for a
spreadsheet: tickets, survey responses and complaints.

- tickets: one row per ticket of the range, with the daily summary's definitions
  (app.daily): waiting time from arrival to the first call, service time from start
  to finish, in minutes rounded half up to one decimal; the status as the summary
  counts it (a ticket absent when the day closed is "Tidak hadir"). Staff names are
  the MPP's own staff; a ticket holds nothing about the citizen.
- survey: one row per response, in the columns of a paper survey file
  (app.survey_file: tanggal, layanan, the profile, the nine answers, saran), so
  `mpp ikm --csv FILE` computes from the export the IKM the database gives. The survey is
  anonymous (PermenPAN-RB 14/2017): the export leaves out the ticket a response answered
  for and the time it was given, which could tie an answer to a person.
- complaints: app.complaint_export's sheet for SP4N-LAPOR!, with its rules: personal data
  only where the actor's role may see it (app.complaints.PRIVACY), every complaint whose
  personal data goes into the file logged (ComplaintAccess, purpose "export").

CSV is UTF-8 with a byte-order mark and semicolons, the decimal comma, dates as
YYYY-MM-DD and times as HH:MM:SS, as Indonesian Excel opens it; XLSX has typed cells
(numbers, dates and times as such, text never a formula). Files are written whole or
not at all and readable by their owner only, like the complaint export.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import DateTime, String, func, select, type_coerce

from app.complaint_export import _csv_cell, _write_private, export_complaints, export_format
from app.complaints import MAY_EXPORT, Actor
from app.daily import minutes_of
from app.errors import InvalidInput, Refused
from app.ikm import ELEMENT_KEYS
from app.queue import PRIORITY_GROUPS
from app.survey_file import COLUMNS as SURVEY_COLUMNS
from app.uow import UnitOfWork
from app.workdays import local_zone
from db.models import Agency, Counter, Service, Staff, SurveyResponse, Ticket, TicketEvent

KINDS = ("tickets", "survey", "complaints")

# the status of a ticket as the daily summary counts it, in Indonesian
STATUS_LABELS = {
    "waiting": "Menunggu",
    "called": "Dipanggil",
    "serving": "Sedang dilayani",
    "held": "Ditunda",
    "done": "Dilayani",
    "absent": "Tidak hadir",
    "cancelled": "Batal",
    "expired": "Kedaluwarsa",
}


@dataclass(frozen=True)
class Column:
    name: str
    width: int = 14  # in the XLSX, in characters
    number_format: str | None = None  # for numbers, dates and times in the XLSX


TICKET_COLUMNS = (
    Column("Tanggal", 12, "DD/MM/YYYY"),
    Column("Nomor Tiket", 10),
    Column("Kode Layanan", 12),
    Column("Layanan", 32),
    Column("Instansi", 28),
    Column("Layanan Awal", 12),  # the service the number was issued for (differs after a transfer)
    Column("Prioritas", 18),
    Column("Jam Ambil", 10, "HH:MM:SS"),
    Column("Jam Panggil", 10, "HH:MM:SS"),  # the first call
    Column("Jam Mulai", 10, "HH:MM:SS"),
    Column("Jam Selesai", 10, "HH:MM:SS"),
    Column("Status", 14),
    Column("Loket", 8, "0"),
    Column("Petugas", 24),
    Column("Waktu Tunggu (menit)", 12, "0.0"),
    Column("Waktu Layanan (menit)", 12, "0.0"),
)
SURVEY_SHEET_COLUMNS = tuple(
    Column(name, 30 if name == "saran" else 12, "DD/MM/YYYY" if name == "tanggal" else "0" if name == "usia"
           or name in ELEMENT_KEYS else None)
    for name in SURVEY_COLUMNS
)


def export_table(uow: UnitOfWork, kind: str, start: date, end: date, path, *, actor: Actor) -> int:
    """Write the `kind` rows of the business days `start` to `end` (both included) to `path`
    (.csv or .xlsx) as `actor` may see them; returns the number of rows written. Exporting
    complaints needs a writable unit of work: it commits the access log once the file is in place."""
    if kind not in KINDS:
        raise InvalidInput(f"an export is of {', '.join(KINDS)}; not {kind!r}", code="bad_kind")
    for value, name in ((start, "first"), (end, "last")):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise InvalidInput(f"the export's {name} day must be a date, not {value!r}", code="bad_range")
    if start > end:
        raise InvalidInput("the export's first day is after its last", code="bad_range")
    path = Path(path)
    fmt = export_format(path)
    if kind == "complaints":
        return export_complaints(uow, actor, path, start=start, end=end).rows
    if actor.role not in MAY_EXPORT:
        raise Refused(f"{actor.name} ({actor.role}) may not export {kind}", code="forbidden")
    if kind == "tickets":
        columns, rows, title = TICKET_COLUMNS, _ticket_rows(uow, start, end), "Tiket"
    else:
        columns, rows, title = SURVEY_SHEET_COLUMNS, _survey_rows(uow, start, end), "Survei"
    data = _csv_bytes(columns, rows) if fmt == "csv" else _xlsx_bytes(columns, rows, title, uow.now())
    _write_private(path, data)
    return len(rows)


# --- the rows ------------------------------------------------------------------------------------


def _raw(column):
    return type_coerce(column, String).label(column.key)


def _naive(column):
    return type_coerce(column, DateTime).label(column.key)


def _ticket_rows(uow: UnitOfWork, start: date, end: date) -> list[tuple]:
    s = uow.session
    zone = local_zone(uow.settings())
    in_range = Ticket.business_date.between(start, end)
    services = {
        row.id: row
        for row in s.execute(select(_raw(Service.id), Service.code, Service.name, Agency.name.label("agency"))
                             .join(Agency, Agency.id == Service.agency_id))
    }
    counters = dict(s.execute(select(_raw(Counter.id), Counter.number)).all())
    staff = dict(s.execute(select(_raw(Staff.id), Staff.full_name)).all())
    first_call = dict(
        s.execute(
            select(_raw(TicketEvent.ticket_id), func.min(_naive(TicketEvent.created_at)))
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(in_range, TicketEvent.kind == "called")
            .group_by(TicketEvent.ticket_id)
        ).all()
    )
    # who acted on the ticket last (who finished it, for a served one); events come in order
    last_staff: dict[str, str] = {}
    absent_at_close: set[str] = set()
    for ticket_id, staff_id, kind, from_status in s.execute(
        select(_raw(TicketEvent.ticket_id), _raw(TicketEvent.staff_id), TicketEvent.kind, TicketEvent.from_status)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(in_range, (TicketEvent.staff_id.is_not(None)) | (TicketEvent.kind == "expired"))
        .order_by(TicketEvent.created_at, TicketEvent.id)
    ):
        if kind == "expired":
            if from_status == "absent":
                absent_at_close.add(ticket_id)
        else:
            last_staff[ticket_id] = staff_id

    def local(moment: datetime | None) -> time | None:
        if moment is None:
            return None
        return moment.replace(tzinfo=timezone.utc).astimezone(zone).time().replace(microsecond=0)

    rows = []
    for t in s.execute(
        select(
            _raw(Ticket.id), Ticket.business_date, Ticket.code, _raw(Ticket.service_id),
            _raw(Ticket.issued_service_id), Ticket.priority_group, Ticket.status, _raw(Ticket.counter_id),
            _naive(Ticket.issued_at), _naive(Ticket.started_at), _naive(Ticket.finished_at),
        )
        .where(in_range)
        .order_by(Ticket.business_date, Ticket.issued_at, Ticket.code)
    ):
        service = services[t.service_id]
        called = first_call.get(t.id)
        status = "absent" if t.status == "expired" and t.id in absent_at_close else t.status
        served = t.status == "done" and t.started_at is not None and t.finished_at is not None
        rows.append((
            t.business_date,
            t.code,
            service.code,
            service.name,
            service.agency,
            services[t.issued_service_id].code,
            PRIORITY_GROUPS[t.priority_group][0] if t.priority_group in PRIORITY_GROUPS else t.priority_group,
            local(t.issued_at),
            local(called),
            local(t.started_at),
            local(t.finished_at),
            STATUS_LABELS.get(status, status),
            counters.get(t.counter_id),
            staff.get(last_staff.get(t.id)),
            minutes_of((called - t.issued_at).total_seconds()) if called is not None else None,
            minutes_of((t.finished_at - t.started_at).total_seconds()) if served else None,
        ))
    return rows


def _survey_rows(uow: UnitOfWork, start: date, end: date) -> list[tuple]:
    """Each response as a row of a paper survey file (app.survey_file.COLUMNS)."""
    elements = [getattr(SurveyResponse, key) for key in ELEMENT_KEYS]
    query = (
        select(
            SurveyResponse.business_date, Service.code, SurveyResponse.jenis_kelamin, SurveyResponse.usia,
            SurveyResponse.pendidikan, SurveyResponse.pekerjaan, *elements, SurveyResponse.saran,
        )
        .join(Service, Service.id == SurveyResponse.service_id)
        .where(SurveyResponse.business_date.between(start, end))
        .order_by(SurveyResponse.business_date, SurveyResponse.answered_at, SurveyResponse.id)
    )
    return [tuple(row) for row in uow.session.execute(query)]


# --- the files -----------------------------------------------------------------------------------


def _csv_value(value) -> str:
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")  # the decimal comma of Indonesian Excel
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return _csv_cell(value)


def _csv_bytes(columns: tuple[Column, ...], rows: list[tuple]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([_csv_value(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def _xlsx_bytes(columns: tuple[Column, ...], rows: list[tuple], title: str, generated: datetime) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)  # streams: a month of tickets stays small in memory
    sheet = workbook.create_sheet(title)
    for i, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    bold = Font(bold=True)

    def header(name: str):
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        return cell

    sheet.append([header(c.name) for c in columns])
    for row in rows:
        cells = []
        for column, value in zip(columns, row, strict=True):
            cell = WriteOnlyCell(sheet)
            if isinstance(value, str):
                cell.value = value
                cell.data_type = "s"  # text, never a formula, whatever it starts with
            elif value is not None:
                cell.value = value
                if column.number_format:
                    cell.number_format = column.number_format
            cells.append(cell)
        sheet.append(cells)
    workbook.properties.title = title
    workbook.properties.created = generated.astimezone(timezone.utc).replace(tzinfo=None)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
