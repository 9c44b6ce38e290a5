"""Complaint exports: the sheet SP4N-LAPOR! staff re-key from, and a citizen's own data.

The sheet (CSV or XLSX, by the file's suffix) has one row per complaint and columns
named in Indonesian after the fields of a LAPOR! report (COLUMNS). Personal data is in
it only where the exporting role may see it (app.complaints.PRIVACY); a value that
exists but is withheld reads "(dirahasiakan)", a value never given is empty. A rahasia
complaint exported by anyone but a complaint handler is a row with its number, dates
and stage only. Every complaint whose personal data went into the file gets an access-log
row (purpose "export"), committed once the file is written whole.

CSV: UTF-8 with a byte-order mark and semicolons, as Indonesian Excel reads and writes
them (app.survey_file reads both). A cell that Excel would run as a formula (=, +, -, @
first, unless it is a plain number such as a phone number) gets a leading apostrophe in
the CSV; in the XLSX every text is stored as text, never as a formula, and is exact.

Files are written beside their target and renamed into place, readable by their owner
only (0600): they may hold personal data.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.complaints import (
    DEFAULT_RULES,
    STAGE_LABELS,
    Actor,
    CitizenExport,
    ComplaintRules,
    ComplaintView,
    citizen_export,
    complaints_for_export,
)
from app.errors import InvalidInput
from app.uow import UnitOfWork
from app.workdays import local_zone

WITHHELD = "(dirahasiakan)"
TITLE_CHARS = 100  # Judul Laporan: the complaint's first line, cut at a word

COLUMNS = (
    "Nomor Pengaduan",
    "Tanggal Pengaduan",
    "Saluran",
    "Klasifikasi",  # Terbuka, Anonim, Rahasia: LAPOR!'s privacy choice
    "Nama Pelapor",
    "NIK",
    "Alamat",
    "Telepon",
    "Email",
    "Kode Instansi",
    "Instansi Tujuan",
    "Layanan",
    "Nomor Tiket",
    "Tanggal Kejadian",
    "Waktu Kejadian",
    "Lokasi Kejadian",
    "Judul Laporan",
    "Isi Laporan",
    "Kerugian",
    "Tuntutan Penyelesaian",
    "Status",
    "Tanggal Status",
    "Batas Penyelesaian",
    "Lewat Batas Waktu",
    "Diteruskan Ke",
)
_PERSONAL_COLUMNS = {"Nama Pelapor": "nama", "NIK": "nik", "Alamat": "alamat", "Telepon": "telepon", "Email": "email"}
_KANAL = {"loket": "Loket", "kiosk": "Kios", "surat": "Surat", "telepon": "Telepon", "lainnya": "Lainnya"}
_FORMULA_START = ("=", "+", "-", "@")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 ().-]*$")
FORMATS = (".csv", ".xlsx")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    format: str  # csv or xlsx
    rows: int
    with_personal_data: int  # complaints whose personal data went into the file (each logged)


def title_of(uraian: str) -> str:
    """Judul Laporan: the complaint's first non-empty line, at most TITLE_CHARS, cut between words."""
    first = next((line.strip() for line in uraian.splitlines() if line.strip()), "")
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[: TITLE_CHARS - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" .,;:") + "…"


def _row(view: ComplaintView, zone) -> dict[str, object]:
    """One complaint as the sheet's cells: str, date or None."""
    hidden = WITHHELD if view.restricted else None

    def content(value):
        return hidden if view.restricted else value

    row: dict[str, object] = {
        "Nomor Pengaduan": view.nomor,
        "Tanggal Pengaduan": view.filed_date,
        "Saluran": _KANAL[view.kanal],
        "Klasifikasi": view.identitas.title(),
        "Kode Instansi": content(view.agency_code),
        "Instansi Tujuan": content(view.agency_name),
        "Layanan": content(view.service_name),
        "Nomor Tiket": content(view.ticket),
        "Tanggal Kejadian": content(view.tanggal_kejadian),
        "Waktu Kejadian": content(view.waktu_kejadian),
        "Lokasi Kejadian": content(view.tempat),
        "Judul Laporan": content(title_of(view.uraian) if view.uraian else None),
        "Isi Laporan": content(view.uraian),
        "Kerugian": content(view.kerugian),
        "Tuntutan Penyelesaian": content(view.tuntutan),
        "Status": STAGE_LABELS[view.stage][0],
        "Tanggal Status": view.stage_since.astimezone(zone).date(),
        "Batas Penyelesaian": view.settle_due,
        "Lewat Batas Waktu": "Ya" if view.overdue else "Tidak",
        "Diteruskan Ke": content(view.forwarded_to),
    }
    for column, name in _PERSONAL_COLUMNS.items():
        value = getattr(view.identity, name)
        row[column] = value if value is not None else WITHHELD if name in view.withheld or view.restricted else None
    return row


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def _write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, readable by its owner only."""
    path = path.expanduser()
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name", code="bad_output")
    if not path.parent.is_dir():
        raise InvalidInput(f"the folder {path.parent} does not exist", code="bad_output")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def _csv_bytes(rows: list[dict[str, object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_csv_cell(row[c]) for c in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


_WIDTHS = {"Isi Laporan": 60, "Kerugian": 30, "Tuntutan Penyelesaian": 30, "Alamat": 30, "Judul Laporan": 40,
           "Instansi Tujuan": 30, "Lokasi Kejadian": 24, "Nama Pelapor": 24}  # fmt: skip


def _xlsx_bytes(rows: list[dict[str, object]], generated: datetime) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pengaduan"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            value = row[column]
            cell = sheet.cell(row=r, column=c)
            if value is None:
                continue
            if isinstance(value, date):
                cell.value = value
                cell.number_format = "DD/MM/YYYY"
            else:
                cell.value = str(value)
                cell.data_type = "s"  # text, never a formula, whatever it starts with
                cell.alignment = wrap
    for c, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(column, 18)
    sheet.freeze_panes = "B2"
    workbook.properties.title = "Pengaduan untuk SP4N-LAPOR!"
    workbook.properties.created = generated.replace(tzinfo=None)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(f"export to a .csv or .xlsx file, not {Path(path).name!r}", code="bad_output")
    return suffix[1:]


def export_complaints(
    uow: UnitOfWork,
    actor: Actor,
    path: str | Path,
    *,
    start: date | None = None,
    end: date | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> ExportSummary:
    """Write the complaints filed from `start` to `end` (local dates, included) to a CSV
    or XLSX file for SP4N-LAPOR! re-keying, as `actor` may see them; logs the export of
    personal data once the file is in place."""
    path = Path(path)
    kind = export_format(path)
    if start is not None and end is not None and start > end:
        raise InvalidInput("the export's first day is after its last", code="bad_range")
    views = complaints_for_export(uow, actor, start=start, end=end, rules=rules)
    zone = local_zone(uow.settings())
    rows = [_row(v, zone) for v in views]
    data = _csv_bytes(rows) if kind == "csv" else _xlsx_bytes(rows, uow.now())
    _write_private(path, data)
    uow.commit()  # the access-log rows: written only once the file exists
    return ExportSummary(path, kind, len(rows), sum(1 for v in views if v.shown))


# --- a citizen's own data -------------------------------------------------------------------


def _jsonable(value):
    from dataclasses import fields, is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def citizen_json(export: CitizenExport) -> str:
    return json.dumps(_jsonable(export), ensure_ascii=False, indent=2) + "\n"


def export_citizen_data(
    uow: UnitOfWork,
    actor: Actor,
    path: str | Path,
    *,
    nomor: str | None = None,
    nik: str | None = None,
    rules: ComplaintRules = DEFAULT_RULES,
) -> CitizenExport:
    """A citizen's request for their own data, as a JSON file (UTF-8, 0600)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        raise InvalidInput(f"a citizen's data is exported to a .json file, not {path.name!r}", code="bad_output")
    export = citizen_export(uow, actor, nomor=nomor, nik=nik, rules=rules)
    _write_private(path, citizen_json(export).encode("utf-8"))
    return export
