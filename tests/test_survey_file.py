"""Paper survey files (CSV and XLSX): read whole or refused whole, naming every bad row."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.ikm import ELEMENT_KEYS
from app.survey_file import COLUMNS, PEKERJAAN, PENDIDIKAN, SurveyRow, read_survey_file

HEADER = list(COLUMNS)
SERVICES = {"KTP", "KK", "SKCK", "PASPOR"}


def write_csv(path, rows, *, delimiter=",", encoding="utf-8", header=HEADER, line="\n"):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def row(tanggal="2026-11-23", layanan="KTP", jk="L", usia="34", pendidikan="S1", pekerjaan="PNS",
        scores=("4", "3", "3", "4", "3", "3", "4", "3", "3"), saran=""):  # fmt: skip
    return [tanggal, layanan, jk, usia, pendidikan, pekerjaan, *scores, saran]


def refusal(path, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        read_survey_file(path, **kwargs)
    assert info.value.code == "bad_survey_file"
    return info.value


# --- good files ---------------------------------------------------------------


def test_good_csv_with_commas(tmp_path):
    path = write_csv(
        tmp_path / "skm.csv",
        [
            row(saran="Antrian lancar, petugas ramah.\nTambah kursi."),
            row(layanan="kk", jk="p", usia="", pendidikan="sma", pekerjaan="wirausaha",
                scores=("3", "", "2", "4", "", "3", "3", "1", "2")),  # fmt: skip
            ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # skipped, still counted
            row(tanggal="2027-01-05", jk="", pendidikan="", pekerjaan="", scores=("1",) * 9),  # future date is fine
        ],
    )
    rows = read_survey_file(path, known_services=SERVICES)
    assert [r.row for r in rows] == [1, 2, 4]
    first, second, fourth = rows
    assert first == SurveyRow(
        row=1,
        tanggal=date(2026, 11, 23),
        layanan="KTP",
        jenis_kelamin="L",
        usia=34,
        pendidikan="S1",
        pekerjaan="PNS",
        answers=dict(zip(ELEMENT_KEYS, (4, 3, 3, 4, 3, 3, 4, 3, 3))),
        saran="Antrian lancar, petugas ramah.\nTambah kursi.",
    )
    assert second.layanan == "KK" and second.jenis_kelamin == "P" and second.usia is None
    assert (second.pendidikan, second.pekerjaan) == ("SMA", "WIRAUSAHA")
    assert second.answers["prosedur"] is None and second.answers["produk"] is None
    assert second.answers["pengaduan"] == 1 and second.saran is None
    assert fourth.tanggal == date(2027, 1, 5)
    assert (fourth.jenis_kelamin, fourth.pendidikan, fourth.pekerjaan) == (None, None, None)


def test_good_csv_with_semicolons_bom_crlf_and_any_header_order(tmp_path):
    # what Excel in an Indonesian locale writes as "CSV UTF-8"
    header = ["  SARAN ", "Sarana", "Pengaduan", "Perilaku", "Kompetensi", "Produk", "Biaya", "Waktu",
              "Prosedur", "Persyaratan", "Pekerjaan", "Pendidikan", "Usia", "Jenis_Kelamin", "Layanan", "TANGGAL"]  # fmt: skip
    path = write_csv(
        tmp_path / "skm.csv",
        [list(reversed(row(saran="Mantap; cepat")))],
        delimiter=";",
        encoding="utf-8-sig",
        header=header,
        line="\r\n",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    [r] = read_survey_file(path)
    assert r.tanggal == date(2026, 11, 23) and r.layanan == "KTP" and r.usia == 34
    assert r.answers == dict(zip(ELEMENT_KEYS, (4, 3, 3, 4, 3, 3, 4, 3, 3)))
    assert r.saran == "Mantap; cepat"


def test_optional_columns_may_be_left_out(tmp_path):
    header = ["tanggal", "layanan", *ELEMENT_KEYS]
    path = write_csv(tmp_path / "skm.csv", [["2026-11-23", "SKCK", *["3"] * 9]], header=header)
    [r] = read_survey_file(path)
    assert (r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan, r.saran) == (None, None, None, None, None)


def make_xlsx(path, header, rows):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    second = workbook.create_sheet("other")  # only the first sheet is read
    second.append(["nothing", "to", "see"])
    workbook.save(path)
    return path


def test_good_xlsx_with_date_cells_and_numbers(tmp_path):
    header = [c.upper() for c in HEADER]
    path = make_xlsx(
        tmp_path / "skm.xlsx",
        header,
        [
            [date(2026, 11, 23), "ktp", "P", 27, "d3", "Swasta", 4, 4, 3, 4, 3, 4, 4, 3, 4, "Oke"],
            [datetime(2026, 11, 24, 10, 30), "PASPOR", None, 45.0, None, None,
             3.0, 3.0, None, 2.0, 3, 3, 3, 3, 3, None],  # fmt: skip
            [None] * 16,
            ["2026-11-25", "SKCK", "L", "61", "S3", "lainnya", "4", "4", "4", "4", "4", "4", "4", "4", "4", ""],
        ],
    )
    rows = read_survey_file(path, known_services=SERVICES)
    assert [r.row for r in rows] == [1, 2, 4]
    a, b, d = rows
    assert a.tanggal == date(2026, 11, 23) and a.layanan == "KTP" and a.usia == 27
    assert (a.pendidikan, a.pekerjaan, a.saran) == ("D3", "SWASTA", "Oke")
    assert a.answers == dict(zip(ELEMENT_KEYS, (4, 4, 3, 4, 3, 4, 4, 3, 4)))
    assert b.tanggal == date(2026, 11, 24) and b.usia == 45 and b.jenis_kelamin is None
    assert b.answers["persyaratan"] == 3 and b.answers["waktu"] is None and b.answers["biaya"] == 2
    assert isinstance(b.answers["persyaratan"], int)
    assert d.tanggal == date(2026, 11, 25) and d.pekerjaan == "LAINNYA" and d.saran is None


def test_format_is_told_by_content_not_extension(tmp_path):
    xlsx = make_xlsx(tmp_path / "skm.xlsx", HEADER, [[date(2026, 11, 23), "KTP", *[None] * 4, *[2] * 9, None]])
    renamed = tmp_path / "skm.csv"
    renamed.write_bytes(xlsx.read_bytes())
    [r] = read_survey_file(renamed)
    assert r.answers["sarana"] == 2
    csv_named_xlsx = write_csv(tmp_path / "data.xlsx", [row()])
    [r] = read_survey_file(csv_named_xlsx)
    assert r.layanan == "KTP"


# --- bad rows: all listed at once -----------------------------------------------


def test_every_bad_row_is_listed_with_its_number(tmp_path):
    nine = ("3",) * 9
    path = write_csv(
        tmp_path / "skm.csv",
        [
            row(),  # 1 good
            row(usia="abc"),  # 2
            row(layanan="zz"),  # 3
            ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # 4 empty, skipped
            row(scores=("3", "3", "5", "3", "3", "3", "3", "3", "3")),  # 5
            row(scores=("",) * 9),  # 6
            row(saran="x" * 2001),  # 7
            row(pendidikan="SLTA"),  # 8
            row(pekerjaan="petani", jk="W"),  # 9: two problems
            row(tanggal="23/11/2026"),  # 10
            row(tanggal="2026-02-30"),  # 11
            row(tanggal="", layanan=""),  # 12
            row(usia="9", scores=("0", "2.5", "", "", "", "", "", "", "4")),  # 13
            [*row(), "stray"],  # 14: a value past the header
            row(usia="121"),  # 15
            row(scores=nine),  # 16 good
        ],
    )
    error = refusal(path, known_services=SERVICES)
    expected = [
        "row 2: usia must be a whole number from 10 to 120, not 'abc'",
        "row 3: layanan 'ZZ' is not a service of this MPP",
        "row 5: waktu must be a score from 1 to 4 (empty when not answered), not '5'",
        "row 6: none of the nine survey elements is answered",
        "row 7: saran is 2001 characters long; at most 2000",
        "row 8: pendidikan must be one of SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3, not 'SLTA'",
        "row 9: jenis_kelamin must be L or P, not 'W'",
        "row 9: pekerjaan must be one of PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA, not 'petani'",
        "row 10: tanggal must be a date written YYYY-MM-DD, not '23/11/2026'",
        "row 11: tanggal must be a date written YYYY-MM-DD, not '2026-02-30'",
        "row 12: tanggal is empty",
        "row 12: layanan is empty",
        "row 13: usia must be a whole number from 10 to 120, not '9'",
        "row 13: persyaratan must be a score from 1 to 4 (empty when not answered), not '0'",
        "row 13: prosedur must be a score from 1 to 4 (empty when not answered), not '2.5'",
        "row 14: a value in column 17, which has no header (the header has 16 columns)",
        "row 15: usia must be a whole number from 10 to 120, not '121'",
    ]
    assert error.details["problems"] == expected
    assert error.details["rows"] == [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    for line in expected:
        assert "\n  " + line in error.message
    assert error.message.startswith("skm.csv was not read: 13 rows of 15 have problems")


def test_bad_rows_in_xlsx(tmp_path):
    path = make_xlsx(
        tmp_path / "skm.xlsx",
        HEADER,
        [
            [date(2026, 11, 23), "KTP", "L", 30, "S1", "PNS", *[3] * 9, None],
            [46349, "KTP", "L", 30.5, "S1", "PNS", 3.5, *[3] * 8, None],  # a date typed as a number
            [date(2026, 11, 23), "KTP", "L", True, "S1", "PNS", *[4] * 9, None],
        ],
    )
    error = refusal(path)
    assert error.details["problems"] == [
        "row 2: tanggal must be a date written YYYY-MM-DD, not '46349'",
        "row 2: usia must be a whole number from 10 to 120, not '30.5'",
        "row 2: persyaratan must be a score from 1 to 4 (empty when not answered), not '3.5'",
        "row 3: usia must be a whole number from 10 to 120, not 'True'",
    ]


def test_a_20000_character_saran_is_refused_2000_accepted(tmp_path):
    path = write_csv(tmp_path / "skm.csv", [row(saran="a" * 2000), row(saran="b" * 20000)])
    error = refusal(path)
    assert error.details["problems"] == ["row 2: saran is 20000 characters long; at most 2000"]
    path = write_csv(tmp_path / "ok.csv", [row(saran="  " + "a" * 2000 + "  ")])  # surrounding spaces trimmed
    [r] = read_survey_file(path)
    assert len(r.saran) == 2000


def test_layanan_without_a_service_list(tmp_path):
    [r] = read_survey_file(write_csv(tmp_path / "a.csv", [row(layanan=" bpjs_daftar ")]))
    assert r.layanan == "BPJS_DAFTAR"
    error = refusal(write_csv(tmp_path / "b.csv", [row(layanan="K T P")]))
    assert error.details["problems"] == ["row 1: layanan must be a service code (letters, digits or _), not 'K T P'"]


# --- files that are not survey files --------------------------------------------


def test_missing_columns_are_named(tmp_path):
    header = [c for c in HEADER if c not in ("tanggal", "sarana")]
    error = refusal(write_csv(tmp_path / "skm.csv", [row()[1:-2] + [""]], header=header))
    assert "not a survey export" in error.message
    assert "missing columns tanggal, sarana" in error.message
    assert error.details["missing"] == ["tanggal", "sarana"]


def test_unknown_and_doubled_columns_are_refused(tmp_path):
    error = refusal(write_csv(tmp_path / "skm.csv", [[*row(), "Budi", "3271..."]], header=[*HEADER, "Nama", "NIK"]))
    assert "unknown columns 'nama', 'nik'" in error.message
    assert error.details["unknown"] == ["nama", "nik"]
    error = refusal(write_csv(tmp_path / "twice.csv", [[*row(), "30"]], header=[*HEADER, "usia"]))
    assert "column usia given twice" in error.message


def test_garbage_bytes(tmp_path):
    path = tmp_path / "skm.csv"
    path.write_bytes(bytes(range(256)) * 20)
    error = refusal(path)
    assert "binary data" in error.message


def test_a_pdf_renamed_csv(tmp_path):
    path = tmp_path / "laporan.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    error = refusal(path)
    assert error.message == "laporan.csv is a PDF document, not a survey file (CSV or XLSX)"


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "skm.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "ZIP file but not an Excel workbook" in refusal(path).message


def test_old_xls_and_utf16(tmp_path):
    xls = tmp_path / "skm.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    assert ".xls" in refusal(xls).message
    utf16 = tmp_path / "skm.txt"
    utf16.write_bytes(",".join(HEADER).encode("utf-16"))
    assert "UTF-16" in refusal(utf16).message


def test_a_csv_that_is_not_utf8(tmp_path):
    path = write_csv(tmp_path / "skm.csv", [row(saran="Pelayanan “cepat” sekali")], encoding="cp1252")
    error = refusal(path)
    assert "not UTF-8 text" in error.message and "CSV UTF-8" in error.message


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b",,,\r\n,,\r\n"])
def test_an_empty_file(tmp_path, content):
    path = tmp_path / "skm.csv"
    path.write_bytes(content)
    assert refusal(path).message == "skm.csv is empty"


def test_an_empty_workbook(tmp_path):
    path = tmp_path / "skm.xlsx"
    openpyxl.Workbook().save(path)
    assert refusal(path).message == "skm.xlsx is empty"


def test_a_header_with_no_rows(tmp_path):
    path = write_csv(tmp_path / "skm.csv", [["", "", ""]])
    assert refusal(path).message == "skm.csv has a header but no survey rows"


def test_a_file_that_does_not_exist(tmp_path):
    error = refusal(tmp_path / "nowhere.csv")
    assert error.message == f"survey file not found: {tmp_path / 'nowhere.csv'}"
    assert "is a folder" in refusal(tmp_path).message


def test_a_text_file_that_is_no_survey(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("Rapat koordinasi MPP\nSenin pukul 08.00\n", encoding="utf-8")
    error = refusal(path)
    assert "not a survey export" in error.message
    assert "missing columns tanggal, layanan, persyaratan" in error.message
    assert "unknown column 'rapat koordinasi mpp'" in error.message


# --- round trip -----------------------------------------------------------------

saran_text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff") | st.just("\n"),
    max_size=300,
).map(str.strip)

valid_rows = st.fixed_dictionaries(
    {
        "tanggal": st.dates(min_value=date(2017, 1, 1), max_value=date(2030, 12, 31)),
        "layanan": st.sampled_from(sorted(SERVICES)),
        "jenis_kelamin": st.none() | st.sampled_from(["L", "P"]),
        "usia": st.none() | st.integers(10, 120),
        "pendidikan": st.none() | st.sampled_from(PENDIDIKAN),
        "pekerjaan": st.none() | st.sampled_from(PEKERJAAN),
        "answers": st.fixed_dictionaries({k: st.none() | st.integers(1, 4) for k in ELEMENT_KEYS}).filter(
            lambda a: any(v is not None for v in a.values())
        ),
        "saran": saran_text.map(lambda s: s or None),
    }
)


def cells_of(r: dict, case) -> list[str]:
    def text(v):
        return "" if v is None else case(str(v))

    return [
        r["tanggal"].isoformat(),
        case(r["layanan"]),
        text(r["jenis_kelamin"]),
        text(r["usia"]),
        text(r["pendidikan"]),
        text(r["pekerjaan"]),
        *(text(r["answers"][k]) for k in ELEMENT_KEYS),
        r["saran"] or "",
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(valid_rows, min_size=1, max_size=15),
    delimiter=st.sampled_from([",", ";"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
    case=st.sampled_from([str.upper, str.lower]),
)
def test_round_trip_through_csv(tmp_path, rows, delimiter, encoding, case):
    path = write_csv(tmp_path / "rt.csv", [cells_of(r, case) for r in rows], delimiter=delimiter, encoding=encoding)
    back = read_survey_file(path, known_services=[s.lower() for s in SERVICES])
    assert back == [SurveyRow(row=i, **r) for i, r in enumerate(rows, start=1)]


def test_a_value_past_the_csv_field_limit(tmp_path):
    # Python's csv module stops at 131072 characters a field; the saran is refused well before
    path = write_csv(tmp_path / "skm.csv", [row(), row(saran="x" * 200_000)])
    assert refusal(path).message == (
        "skm.csv was not read: row 2 holds a value of more than 131072 characters (a saran is at most 2000)"
    )
