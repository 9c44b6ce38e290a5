"""Paper survey (SKM) files: CSV or XLSX typed in from paper forms.

One header row, then one response per row. Column names are matched without
regard to letter case or surrounding spaces, in any order:

    tanggal, layanan, jenis_kelamin, usia, pendidikan, pekerjaan,
    persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku,
    pengaduan, sarana, saran

tanggal, layanan and the nine elements must be present; the profile columns
and saran may be left out (a missing column reads as empty everywhere).

A file is read whole or not at all: any bad row refuses the file, and the
message lists every problem of every row, named by its data row number (the
first row under the header is row 1; empty rows are skipped but counted).
The survey is anonymous: a file with a name or NIK column is refused as
having unknown columns.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import InvalidInput
from app.ikm import ELEMENT_KEYS

PROFILE = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")
COLUMNS: tuple[str, ...] = ("tanggal", "layanan", *PROFILE, *ELEMENT_KEYS, "saran")
REQUIRED: tuple[str, ...] = ("tanggal", "layanan", *ELEMENT_KEYS)

JENIS_KELAMIN = ("L", "P")
PENDIDIKAN = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
PEKERJAAN = ("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA")
USIA_MIN, USIA_MAX = 10, 120
SARAN_MAX = 2000
MAX_FILE_BYTES = 50 * 1024 * 1024

SERVICE_CODE = re.compile(r"^[A-Z0-9_]{1,32}$")  # as the catalog's codes
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WHOLE = re.compile(r"^\+?(\d{1,6})(?:[.,]0+)?$")  # "3", "3.0" and "3,0" (Excel's decimal comma)

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc
BOMS_UTF16 = (b"\xff\xfe", b"\xfe\xff")
CODE = "bad_survey_file"


@dataclass(frozen=True)
class SurveyRow:
    row: int  # data row number: the first row under the header is 1
    tanggal: date
    layanan: str  # service code, upper case
    jenis_kelamin: str | None  # L or P
    usia: int | None
    pendidikan: str | None  # upper case, one of PENDIDIKAN
    pekerjaan: str | None  # upper case, one of PEKERJAAN
    answers: dict[str, int | None]  # all nine element keys, 1..4 or None where not answered
    saran: str | None


def _refuse(message: str, **details) -> InvalidInput:
    return InvalidInput(message, code=CODE, **details)


def read_survey_file(path: str | Path, *, known_services: Collection[str] | None = None) -> list[SurveyRow]:
    """Read a CSV or XLSX survey file; raise InvalidInput(code="bad_survey_file")
    naming every problem if any row is bad. `known_services` (codes, any case)
    restricts layanan to the services of this MPP."""
    path = Path(path)
    name = path.name or str(path)
    data = _read_bytes(path)
    table = _table(data, name)
    known = {str(code).strip().upper() for code in known_services} if known_services is not None else None
    return _rows(table, name, known)


# --- bytes to a table of cells ------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _refuse(f"{path} is a folder, not a survey file")
        if size > MAX_FILE_BYTES:
            raise _refuse(f"{path.name} is {size // (1024 * 1024)} MB; a survey file is at most 50 MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise _refuse(f"survey file not found: {path}") from None
    except PermissionError:
        raise _refuse(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise _refuse(f"cannot read {path}: {error.strerror or error}") from None


def _table(data: bytes, name: str) -> list[Sequence]:
    if not data.strip(b" \t\r\n") or data.strip(b" \t\r\n") == b"\xef\xbb\xbf":
        raise _refuse(f"{name} is empty")
    if data.startswith(ZIP_MAGIC):
        return _xlsx_table(data, name)
    if data.startswith(b"%PDF"):
        raise _refuse(f"{name} is a PDF document, not a survey file (CSV or XLSX)")
    if data.startswith(OLE2_MAGIC):
        raise _refuse(f"{name} is an old Excel .xls (or other Office) file; save it as .xlsx or as 'CSV UTF-8'")
    if data.startswith(BOMS_UTF16):
        raise _refuse(f"{name} is UTF-16 text; save it as 'CSV UTF-8 (Comma delimited)' or as .xlsx")
    if _looks_binary(data):
        raise _refuse(f"{name} is not a survey file: it holds binary data, neither CSV text nor an Excel workbook")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refuse(
            f"{name} is not UTF-8 text (byte {error.start + 1} cannot be read); "
            "save it from Excel as 'CSV UTF-8 (Comma delimited)' or as .xlsx"
        ) from None
    return _csv_table(text, name)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13) or byte == 127)
    return controls > len(sample) // 100


def _csv_table(text: str, name: str) -> list[Sequence]:
    first_line = text.split("\n", 1)[0]

    def known_names(delimiter: str) -> int:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(1 for cell in cells if cell.strip().lower() in COLUMNS)

    # Indonesian Excel writes semicolons (the comma is the decimal mark there)
    delimiter = ";" if known_names(";") > known_names(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: list[Sequence] = []
    try:
        for record in reader:
            table.append(record)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise _refuse(
                f"{name} was not read: row {len(table)} holds a value of more than {csv.field_size_limit()} "
                f"characters (a saran is at most {SARAN_MAX})"
            ) from None
        raise _refuse(f"{name} is not a well-formed CSV file (near line {reader.line_num}): {error}") from None
    return table


def _xlsx_table(data: bytes, name: str) -> list[Sequence]:
    import openpyxl  # only when a workbook comes; keeps CSV imports light

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a zip that is no workbook
        raise _refuse(f"{name} is a ZIP file but not an Excel workbook (.xlsx)") from None
    try:
        if not workbook.worksheets:
            raise _refuse(f"{name} has no worksheet")
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    except InvalidInput:
        raise
    except Exception:
        raise _refuse(f"{name}: the first sheet of the workbook cannot be read") from None
    finally:
        workbook.close()


# --- a table of cells to survey rows --------------------------------------------


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value) -> str:
    """A cell as text, stripped: numbers as typed (3.0 -> "3"), dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _shown(value) -> str:
    text = _text(value)
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _whole(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        match = WHOLE.match(value.strip())
        return int(match.group(1)) if match else None
    return None


def _header(cells: Sequence, name: str) -> dict[str, int]:
    names = [_text(cell).lower() for cell in cells]
    if not any(names):
        raise _refuse(f"{name} is not a survey file: its first row must be the header ({', '.join(COLUMNS)})")
    columns: dict[str, int] = {}
    problems: list[str] = []
    twice: list[str] = []
    unknown: list[str] = []
    for index, column in enumerate(names):
        if not column:
            continue
        if column not in COLUMNS:
            unknown.append(column)
        elif column in columns:
            twice.append(column)
        else:
            columns[column] = index
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append("missing column" + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
    if unknown:
        problems.append(
            "unknown column" + ("s " if len(unknown) > 1 else " ") + ", ".join(repr(c[:40]) for c in unknown)
        )
    if twice:
        problems.append("column" + ("s " if len(twice) > 1 else " ") + ", ".join(twice) + " given twice")
    if problems:
        raise _refuse(
            f"{name} is not a survey export: {'; '.join(problems)}. The header row holds: {', '.join(COLUMNS)}"
            f" (tanggal, layanan and the nine elements required)",
            missing=missing,
            unknown=unknown,
        )
    return columns


def _rows(table: list[Sequence], name: str, known: set[str] | None) -> list[SurveyRow]:
    if all(_empty(cell) for cells in table for cell in cells):
        raise _refuse(f"{name} is empty")
    columns = _header(table[0], name)
    width = len(table[0])
    problems: list[str] = []
    bad_rows: list[int] = []
    rows: list[SurveyRow] = []
    for number, cells in enumerate(table[1:], start=1):
        if all(_empty(cell) for cell in cells):
            continue
        row_problems: list[str] = []
        result = _row(number, cells, columns, width, known, row_problems)
        if row_problems:
            bad_rows.append(number)
            problems.extend(f"row {number}: {p}" for p in row_problems)
        else:
            rows.append(result)
    if problems:
        plural = "s" if len(bad_rows) > 1 else ""
        raise _refuse(
            f"{name} was not read: {len(bad_rows)} row{plural} of {len(bad_rows) + len(rows)} ha"
            f"{'ve' if plural else 's'} problems (row 1 is the first row under the header):\n  "
            + "\n  ".join(problems),
            problems=problems,
            rows=bad_rows,
        )
    if not rows:
        raise _refuse(f"{name} has a header but no survey rows")
    return rows


def _row(
    number: int, cells: Sequence, columns: dict[str, int], width: int, known: set[str] | None, problems: list[str]
) -> SurveyRow | None:
    used = set(columns.values())
    stray = [i + 1 for i, cell in enumerate(cells) if i not in used and not _empty(cell)]
    if stray:
        where = ", ".join(str(i) for i in stray)
        problems.append(
            f"a value in column{'s' if len(stray) > 1 else ''} {where}, which {'have' if len(stray) > 1 else 'has'} "
            f"no header (the header has {width} columns)"
        )

    def cell(column: str):
        index = columns.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    tanggal = _tanggal(cell("tanggal"), problems)
    layanan = _layanan(cell("layanan"), known, problems)

    fields = check_response_fields(cell, problems)

    if problems:
        return None
    return SurveyRow(row=number, tanggal=tanggal, layanan=layanan, **fields)


def check_response_fields(cell: Callable[[str], object], problems: list[str]) -> dict:
    """The profile, the nine answers and the saran of one response, checked the
    way a file row is: `cell(column)` gives a column's raw value (None when not
    given). Each problem is appended to `problems`; returns the fields as a
    SurveyRow holds them (jenis_kelamin, usia, pendidikan, pekerjaan, answers, saran).
    app.survey checks a kiosk's answers with this too, so both take the same values."""
    jenis_kelamin = _choice(cell("jenis_kelamin"), "jenis_kelamin", JENIS_KELAMIN, problems, "L or P")
    usia = None
    if not _empty(cell("usia")):
        usia = _whole(cell("usia"))
        if usia is None or not USIA_MIN <= usia <= USIA_MAX:
            problems.append(
                f"usia must be a whole number from {USIA_MIN} to {USIA_MAX}, not {_shown(cell('usia'))}"
            )
            usia = None
    pendidikan = _choice(cell("pendidikan"), "pendidikan", PENDIDIKAN, problems)
    pekerjaan = _choice(cell("pekerjaan"), "pekerjaan", PEKERJAAN, problems)

    answers: dict[str, int | None] = {}
    for key in ELEMENT_KEYS:
        value = cell(key)
        score = None
        if not _empty(value):
            score = _whole(value)
            if score is None or not 1 <= score <= 4:
                problems.append(f"{key} must be a score from 1 to 4 (empty when not answered), not {_shown(value)}")
                score = None
        answers[key] = score
    if all(_empty(cell(key)) for key in ELEMENT_KEYS):
        problems.append("none of the nine survey elements is answered")

    saran = _text(cell("saran")) or None
    if saran is not None and len(saran) > SARAN_MAX:
        problems.append(f"saran is {len(saran)} characters long; at most {SARAN_MAX}")
    return {
        "jenis_kelamin": jenis_kelamin,
        "usia": usia,
        "pendidikan": pendidikan,
        "pekerjaan": pekerjaan,
        "answers": answers,
        "saran": saran,
    }


def _tanggal(value, problems: list[str]) -> date | None:
    if _empty(value):
        problems.append("tanggal is empty")
        return None
    if isinstance(value, datetime):  # an Excel date cell (openpyxl gives datetimes)
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append(f"tanggal must be a date written YYYY-MM-DD, not {_shown(value)}")
    return None


def _layanan(value, known: set[str] | None, problems: list[str]) -> str | None:
    code = _text(value).upper()
    if not code:
        problems.append("layanan is empty")
        return None
    if known is not None:
        if code not in known:
            problems.append(f"layanan {_shown(code)} is not a service of this MPP")
            return None
    elif not SERVICE_CODE.match(code):
        problems.append(f"layanan must be a service code (letters, digits or _), not {_shown(value)}")
        return None
    return code


def _choice(value, column: str, allowed: tuple[str, ...], problems: list[str], wording: str | None = None):
    if _empty(value):
        return None
    text = _text(value).upper()
    if text in allowed:
        return text
    problems.append(f"{column} must be {wording or 'one of ' + ', '.join(allowed)}, not {_shown(value)}")
    return None
