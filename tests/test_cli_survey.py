"""`mpp survey import`, `mpp ikm` and `mpp report ikm`, run as a separate process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.ikm import ELEMENT_KEYS
from app.survey_file import COLUMNS
from tests.conftest import TEST_CATALOG
from tests.test_cli import cli_db, mpp, mpp_json, rows  # noqa: F401 (cli_db: a fixture, used by name)

IKM_KEYS = {"respondents", "nrr", "ikm", "ikm_konversi", "mutu", "kinerja", "population", "sample_min", "sample_ok"}


def survey_csv(path, *lines):
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def forms_file(path: Path) -> Path:
    """Three paper forms of Monday 2026-11-23: KTP all 4, KTP all 3, KK all 2 with pengaduan blank."""
    return survey_csv(
        path,
        "2026-11-23,KTP,L,34,S1,PNS,4,4,4,4,4,4,4,4,4,Ruang tunggu nyaman",
        "2026-11-23,KTP,P,27,SMA,SWASTA,3,3,3,3,3,3,3,3,3,",
        "2026-11-23,KK,,,,,2,2,2,2,2,2,2,,2,",
    )


@pytest.fixture
def forms(tmp_path) -> Path:
    return forms_file(tmp_path / "skm.csv")


@pytest.fixture(scope="module")
def surveyed_template(tmp_path_factory) -> Path:
    """The forms imported, and two KTP tickets served that Monday: built once, copied per test."""
    folder = tmp_path_factory.mktemp("surveyed")
    db = folder / "cli.sqlite"
    mpp("init", "--catalog", str(TEST_CATALOG), db=db)
    assert "3 survey response(s) imported, 2026-11-23 to 2026-11-23: KK 1, KTP 2" in mpp(
        "survey", "import", str(forms_file(folder / "skm.csv")), db=db
    ).stdout
    for _ in range(2):
        code = mpp_json("ticket", "issue", "KTP", db=db)["code"]
        mpp("ticket", "call", "2", db=db)
        mpp("ticket", "start", code, db=db)
        mpp("ticket", "finish", code, db=db)
    mpp("ticket", "issue", "KK", db=db)  # waiting: not served, not in the population
    return db


@pytest.fixture
def surveyed(surveyed_template, tmp_path) -> Path:
    db = tmp_path / "cli.sqlite"
    for suffix in ("", "-wal"):  # the last process to close the file folds the WAL in; copy it if not
        if surveyed_template.with_name(surveyed_template.name + suffix).exists():
            shutil.copyfile(surveyed_template.with_name(surveyed_template.name + suffix), db.with_name(db.name + suffix))
    return db


def test_import_prints_what_it_stored(cli_db, forms):
    out = mpp_json("survey", "import", str(forms), db=cli_db)
    assert out == {"rows": 3, "first_date": "2026-11-23", "last_date": "2026-11-23", "services": {"KK": 1, "KTP": 2}}
    assert rows(cli_db, "SELECT channel, count(*) FROM survey_response GROUP BY channel") == [("paper", 3)]
    assert rows(cli_db, "SELECT count(*) FROM outbox WHERE entity = 'survey_response'") == [(3,)]


def test_import_of_a_file_with_bad_rows_lists_them_and_stores_nothing(cli_db, tmp_path):
    bad = survey_csv(
        tmp_path / "bad.csv",
        "2026-11-23,KTP,L,34,S1,PNS,4,4,4,4,4,4,4,4,4,",
        "2026-11-23,KTP,X,34,S1,PNS,4,4,4,4,4,4,4,4,4,",
        "2026-11-23,KTP,L,34,S1,PNS,4,4,4,4,4,4,4,4,4,",
        "23/11/2026,SAMSAT,L,34,S1,PNS,,,,,,,,,,",
    )
    before = rows(cli_db, "SELECT count(*) FROM outbox")
    result = mpp("survey", "import", str(bad), db=cli_db, check=False)
    assert result.returncode == 1 and result.stdout == ""
    assert "2 rows of 4 have problems" in result.stderr
    assert "row 2: jenis_kelamin must be L or P, not 'X'" in result.stderr
    assert "row 4: tanggal must be a date written YYYY-MM-DD" in result.stderr
    assert "row 4: layanan 'SAMSAT' is not a service of this MPP" in result.stderr
    assert "row 4: none of the nine survey elements is answered" in result.stderr
    assert rows(cli_db, "SELECT count(*) FROM survey_response") == [(0,)]
    assert rows(cli_db, "SELECT count(*) FROM outbox") == before
    missing = mpp("survey", "import", str(tmp_path / "nope.csv"), db=cli_db, check=False)
    assert missing.returncode == 1 and "survey file not found" in missing.stderr


def test_ikm_json_has_exactly_the_keys_and_the_hand_worked_figures(surveyed):
    result = mpp("ikm", "--json", db=surveyed)
    out = json.loads(result.stdout)
    assert set(out) == IKM_KEYS and list(out["nrr"]) == list(ELEMENT_KEYS)
    # NRR of eight elements (4 + 3 + 2) / 3 = 3; pengaduan (4 + 3) / 2 = 3.5 (the KK form left it blank)
    assert out["nrr"] == dict.fromkeys(ELEMENT_KEYS, 3.0) | {"pengaduan": 3.5}
    # IKM = (8 x 3 + 3.5) / 9 = 27.5 / 9 = 3.0555...; x 25 = 76.388... -> 76.39: C (65.00 - 76.60)
    assert out["ikm"] == pytest.approx(27.5 / 9) and out["respondents"] == 3
    assert (out["ikm_konversi"], out["mutu"], out["kinerja"]) == (76.39, "C", "Kurang Baik")
    # population: the two KTP tickets served (the waiting KK ticket is not); Krejcie-Morgan for N = 2 is 2
    assert (out["population"], out["sample_min"], out["sample_ok"]) == (2, 2, True)

    ktp = mpp("ikm", "--service", "ktp", "--from", "2026-11-23", "--to", "2026-11-23", "--json", db=surveyed)
    # KTP: every NRR (4 + 3) / 2 = 3.5, IKM 3.5 x 25 = 87.50: B (76.61 - 88.30), printed with both decimals
    assert '"ikm_konversi": 87.50,' in ktp.stdout
    assert {k: v for k, v in json.loads(ktp.stdout).items() if k != "nrr"} == {
        "respondents": 2, "ikm": 3.5, "ikm_konversi": 87.5, "mutu": "B", "kinerja": "Baik",
        "population": 2, "sample_min": 2, "sample_ok": True,
    }  # fmt: skip
    kk = mpp_json("ikm", "--agency", "dukcapil", "--service", "KK", db=surveyed)
    assert (kk["respondents"], kk["population"], kk["sample_min"], kk["sample_ok"]) == (1, 0, 0, True)
    assert kk["nrr"]["pengaduan"] is None and kk["ikm_konversi"] == 50.0

    empty = mpp_json("ikm", "--from", "2026-11-24", db=surveyed)
    assert set(empty) == IKM_KEYS
    assert (empty["respondents"], empty["ikm"], empty["ikm_konversi"], empty["mutu"]) == (0, None, None, None)
    assert empty["nrr"] == dict.fromkeys(ELEMENT_KEYS)


def test_ikm_as_text_shows_the_nrr_table_and_the_sheet_figure(surveyed):
    text = mpp("ikm", db=surveyed).stdout
    assert "respondents: 3" in text
    assert "Penanganan Pengaduan, Saran dan Masukan" in text and "3.5" in text
    assert "IKM unit pelayanan (x 25): 76.39, mutu C (Kurang Baik)" in text
    # 0.111 x 25 x 27.5 = 76.3125 -> 76.31
    assert "a sheet weighting each NRR by 0.111 prints 76.31" in text
    assert "population (tickets served): 2; Krejcie-Morgan minimum sample: 2; respondents 3: enough" in text


def test_ikm_of_a_file_needs_no_database(forms, tmp_path):
    out = mpp_json("ikm", "--csv", str(forms), db=tmp_path / "none.sqlite")
    assert set(out) == IKM_KEYS
    assert (out["respondents"], out["ikm_konversi"], out["population"], out["sample_min"], out["sample_ok"]) == (
        3, 76.39, None, None, None,
    )  # fmt: skip
    assert not (tmp_path / "none.sqlite").exists()
    assert mpp_json("ikm", "--csv", str(forms), "--service", "KK")["respondents"] == 1
    text = mpp("ikm", "--csv", str(forms)).stdout
    assert "population: unknown" in text


@pytest.mark.parametrize(
    "args, status, message",
    [
        (("ikm", "--from", "23-11-2026"), 2, "YYYY-MM-DD"),
        (("ikm", "--from", "2026-11-24", "--to", "2026-11-23"), 1, "after it ends"),
        (("ikm", "--service", "NOPE"), 1, "no service with code"),
        (("ikm", "--agency", "NOPE"), 1, "no agency with code"),
        (("ikm", "--csv", "x.csv", "--agency", "DUKCAPIL"), 2, "cannot be used with --csv"),
        (("report", "ikm", "--period", "2026-Q4", "--out", "x.pdf"), 1, "2026-S1 or 2026-S2 (semester)"),
        (("report", "ikm", "--period", "2026-T1", "--out", "x.pdf"), 1, "no survey responses in Triwulan I 2026"),
    ],
)
def test_bad_requests_are_refused_on_stderr(surveyed, tmp_path, args, status, message):
    result = mpp(*args, db=surveyed, check=False)
    assert result.returncode == status, result.stderr
    assert message in result.stderr and result.stdout == ""
    assert not (tmp_path / "x.pdf").exists()


def test_report_ikm_writes_the_pdf(surveyed, tmp_path):
    pytest.importorskip("app.report_ikm")
    pdf = tmp_path / "laporan.pdf"
    out = mpp_json("report", "ikm", "--period", "2026-11", "--out", str(pdf), db=surveyed)
    assert out["period"] == "2026-11" and out["label"] == "November 2026" and out["respondents"] == 3
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "November 2026" in text


def test_survey_commands_do_not_import_qt(surveyed, forms):
    code = (
        "import sys; from app.cli import main; "
        f"main(['ikm', '--db', {str(surveyed)!r}]); "
        f"main(['ikm', '--csv', {str(forms)!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
