"""`mpp complaint ...`, run as a separate process the way staff and scripts run it (and,
for the many examples of the text property, in-process through app.cli.main)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from pypdf import PdfReader

from app.cli import main
from tests.test_complaints import GOOD, NIK, add_staff, many_lines, one_line, snapshot

MONDAY_9AM_WIB = "2026-11-23T09:00:00+07:00"
ROOT = Path(__file__).resolve().parent.parent
EXOTIC = {
    "nama": "Nur'aini binti Ma’ruf 😀",
    "alamat": "Jl. Ma'ruf Amin 7\nRT 01/RW 02 👍🏽",
    "tempat": "Loket 2 — مرحبا",
    "uraian": "Antri 3 jam 😡\nשלום עולם\nمرحبا بكم\n\tUnïcödé & <b>",
}


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("MPP_DB", "MPP_NOW", "MPP_CONFIG", "MPP_KEY_FILE")}
    return base | {"MPP_NOW": MONDAY_9AM_WIB, "MPP_KEY_FILE": str(tmp_path / "personal-data.key")}


@pytest.fixture
def db(db_path, station) -> Path:
    """The test catalog's database, with a complaint handler "rina"."""
    add_staff(station, "rina", "pengaduan")
    return db_path


def mpp(env, db, *args, stdin: str | None = None, now: str | None = None):
    run_env = env | ({"MPP_NOW": now} if now else {})
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args, "--db", str(db)], capture_output=True, text=True, env=run_env,
        input=stdin, cwd=ROOT, timeout=120,
    )  # fmt: skip


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def mpp_json(env, db, *args, **kwargs):
    return json.loads(ok(mpp(env, db, *args, "--json", **kwargs)))


def intake_file(tmp_path, **changes) -> str:
    path = tmp_path / f"intake-{len(list(tmp_path.glob('intake-*')))}.json"
    data = {k: v for k, v in (GOOD | changes).items() if v is not None}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_intake_show_advance_and_list(env, db, tmp_path):
    added = mpp_json(env, db, "complaint", "add", "--json-file", intake_file(tmp_path, **EXOTIC))
    assert added["nomor"] == "ADU-2026-000001" and added["stage"] == "diterima" and added["warnings"] == []
    assert added["qr"] == "MPP-C:ADU-2026-000001" and added["stage_due"] == "2026-11-27"
    nomor = added["nomor"]

    # the handler's staff view: everything, exactly as typed
    full = mpp_json(env, db, "complaint", "show", nomor, "--staff", "rina")
    assert full["identity"] == {"nama": EXOTIC["nama"], "alamat": EXOTIC["alamat"], "telepon": GOOD["telepon"],
                                "email": GOOD["email"], "nik": NIK}  # fmt: skip
    assert (full["tempat"], full["uraian"]) == (EXOTIC["tempat"], EXOTIC["uraian"])
    # the operator (admin): the complaint and the name of a terbuka complaint, no contacts
    admin = mpp_json(env, db, "complaint", "show", "adu-2026-1")
    assert admin["identity"]["nama"] == EXOTIC["nama"] and admin["identity"]["nik"] is None
    assert set(admin["withheld"]) == {"alamat", "telepon", "email", "nik"}
    # the kiosk's view: no personal data, no content
    kiosk = mpp(env, db, "complaint", "show", "MPP-C:" + nomor, "--public", "--json")
    shown = json.loads(ok(kiosk))
    assert shown["stage"] == "diterima" and shown["replies"] == []
    for secret in ("Nur'aini", "Ma'ruf", "0812", "example.id", NIK, "Antri", "Loket 2"):
        assert secret not in kiosk.stdout

    step = mpp_json(env, db, "complaint", "advance", nomor, "--to", "diverifikasi", "--note", "Terima kasih 🙏",
                    "--public-note", "--staff", "rina")  # fmt: skip
    assert (step["from_stage"], step["stage"], step["public"]) == ("diterima", "diverifikasi", True)
    assert [r["text"] for r in mpp_json(env, db, "complaint", "show", nomor, "--public")["replies"]] == ["Terima kasih 🙏"]
    history = mpp_json(env, db, "complaint", "show", nomor)["history"]
    assert [(e["kind"], e["to_stage"], e["actor"]) for e in history] == [
        ("filed", "diterima", "cli"), ("stage", "diverifikasi", "rina")
    ]

    listed = mpp_json(env, db, "complaint", "list")
    assert [(r["nomor"], r["stage"], r["overdue"]) for r in listed] == [(nomor, "diverifikasi", False)]
    assert "Nur'aini" not in json.dumps(listed, ensure_ascii=False)
    text = ok(mpp(env, db, "complaint", "show", nomor))
    assert "Diverifikasi" in text and "Antri 3 jam 😡" in text and "withheld for your role" in text


def test_overdue_complaints_stand_out(env, db, tmp_path):
    nomor = mpp_json(env, db, "complaint", "add", "--json-file", intake_file(tmp_path))["nomor"]
    assert mpp_json(env, db, "complaint", "list", "--overdue") == []
    late = mpp_json(env, db, "complaint", "list", "--overdue", now="2026-11-30T08:00:00+07:00")
    assert [(r["nomor"], r["due"], r["overdue_days"]) for r in late] == [(nomor, "2026-11-27", 3)]
    text = ok(mpp(env, db, "complaint", "list", "--overdue", now="2026-11-30T08:00:00+07:00"))
    assert "OVERDUE 3 day(s)" in text


def test_a_late_complaint_is_taken_with_a_warning(env, db, tmp_path):
    result = mpp(env, db, "complaint", "add", "--json-file", intake_file(tmp_path, waktu_kejadian="2026-09-01"), "--json")
    out = json.loads(ok(result))
    assert out["nomor"] == "ADU-2026-000001"
    assert [(w["code"], w["days"]) for w in out["warnings"]] == [("late_complaint", 83)]
    assert "warning" in result.stderr and "Pasal 41" in result.stderr


@pytest.mark.parametrize(
    "changes, messages",
    [
        ({"uraian": "x" * 20_000}, ["uraian is 20,000 characters long; at most 5,000"]),
        ({"nama": "Budi\x1b[2J"}, ["nama holds a control character (U+001B)"]),
        ({"nik": "3201014708900000"}, ["sequence number"]),
        ({"nik": "12345"}, ["16 digits (5 given)"]),
        ({"instansi": "SAMSAT"}, ["instansi 'SAMSAT' is not an agency of this MPP"]),
        ({"layanan": "SIM"}, ["layanan 'SIM' is not a service of this MPP"]),
        ({"kanal": "fax", "identitas": "publik"}, ["kanal must be one of", "identitas must be one of"]),
        ({"waktu_kejadian": "2026-12-01"}, ["waktu_kejadian is in the future"]),
        ({"tuntutan": None, "uraian": "\u202eevil"}, ["tuntutan is required", "text-direction override"]),
    ],
)
def test_bad_input_is_refused_whole_with_every_reason(env, db, tmp_path, changes, messages):
    before = snapshot(db)
    result = mpp(env, db, "complaint", "add", "--json-file", intake_file(tmp_path, **changes), "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "the complaint was not stored" in result.stderr
    for message in messages:
        assert message in result.stderr
    assert snapshot(db) == before


def test_a_file_that_is_no_json_object(env, db, tmp_path):
    before = snapshot(db)
    bad = tmp_path / "bad.json"
    bad.write_text('{"uraian": "tidak selesai"', encoding="utf-8")
    for path, message in ((bad, "is not valid JSON (line 1"), (tmp_path / "none.json", "no file"),
                          (tmp_path, "is a folder")):  # fmt: skip
        result = mpp(env, db, "complaint", "add", "--json-file", str(path))
        assert result.returncode == 1 and message in result.stderr
    result = mpp(env, db, "complaint", "add", "--json-file", "-", stdin="[1, 2]")
    assert result.returncode == 1 and "must be an object" in result.stderr
    assert snapshot(db) == before


def test_a_step_the_workflow_does_not_allow_is_refused(env, db, tmp_path):
    nomor = mpp_json(env, db, "complaint", "add", "--json-file", intake_file(tmp_path))["nomor"]
    before = snapshot(db)
    for args, message in (
        (("--to", "selesai", "--note", "x"), "it cannot go to selesai"),
        (("--to", "ditolak"), "reason for rejecting"),
        (("--to", "bukan wewenang"), "where the complaint was forwarded"),
        (("--to", "tamat"), "unknown stage"),
    ):
        result = mpp(env, db, "complaint", "advance", nomor, *args)
        assert result.returncode == 1 and message in result.stderr, result.stderr
    assert mpp(env, db, "complaint", "show", "ADU-2026-000009").returncode == 1
    assert "no active staff member" in mpp(env, db, "complaint", "list", "--staff", "nobody").stderr
    assert snapshot(db) == before
    forwarded = mpp_json(env, db, "complaint", "advance", nomor, "--to", "bukan wewenang", "--forwarded-to", "SP4N-LAPOR!")
    assert forwarded["stage"] == "bukan_wewenang" and forwarded["forwarded_to"] == "SP4N-LAPOR!"


def test_exports_receipts_erasure_and_a_citizens_data(env, db, tmp_path):
    nomor = mpp_json(env, db, "complaint", "add", "--json-file", intake_file(tmp_path, **EXOTIC))["nomor"]

    sheet = tmp_path / "lapor.xlsx"
    out = mpp_json(env, db, "complaint", "export", "--out", str(sheet), "--from", "2026-11-23", "--staff", "rina")
    assert out["rows"] == 1 and out["format"] == "xlsx"
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[1][0] == nomor and EXOTIC["uraian"] in rows[1] and NIK in rows[1]
    csv_out = tmp_path / "lapor.csv"
    ok(mpp(env, db, "complaint", "export", "--out", str(csv_out)))
    assert NIK not in csv_out.read_text(encoding="utf-8-sig")  # the operator may not export the NIK
    assert mpp(env, db, "complaint", "export", "--out", str(tmp_path / "x.txt")).returncode == 1

    pdf = tmp_path / "receipt.pdf"
    ok(mpp(env, db, "complaint", "receipt", nomor, "--out", str(pdf)))
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert nomor in text and "Nur'aini binti Ma’ruf" in text and NIK not in text
    printer = tmp_path / "lp0"
    ok(mpp(env, db, "complaint", "receipt", nomor, "--printer", f"file:{printer}"))
    assert printer.read_bytes().startswith(b"\x1b@") and nomor.encode() in printer.read_bytes()

    citizen = tmp_path / "citizen.json"
    result = mpp(env, db, "complaint", "citizen-export", "--nik", "-", "--out", str(citizen), "--json", stdin=NIK + "\n")
    assert json.loads(ok(result))["complaints"] == [nomor]
    assert json.loads(citizen.read_text(encoding="utf-8"))["complaints"][0]["identity"]["nama"] == EXOTIC["nama"]

    later = "2028-12-01T09:00:00+07:00"
    assert mpp_json(env, db, "complaint", "erase-expired", now=later)["erased"] == []  # still open
    ok(mpp(env, db, "complaint", "advance", nomor, "--to", "ditolak", "--note", "ganda"))
    assert mpp_json(env, db, "complaint", "erase-expired", now=later)["erased"] == [nomor]
    view = mpp_json(env, db, "complaint", "show", nomor, "--staff", "rina", now=later)
    assert view["identity"]["nama"] is None and view["uraian"] == EXOTIC["uraian"]
    assert mpp(env, db, "complaint", "erase", nomor, "--note", "x", "--staff", "rina").stdout.startswith("nothing to erase")


# --- exact text through the command line's JSON --------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=one_line, tempat=one_line, uraian=many_lines)
@example(name="Ma'ruf", tempat="Nur'aini", uraian="😀 مرحبا שלום")
def test_text_round_trips_exactly_through_the_json(db, tmp_path, monkeypatch, capsys, name, tempat, uraian):
    monkeypatch.setenv("MPP_NOW", MONDAY_9AM_WIB)
    monkeypatch.setenv("MPP_KEY_FILE", str(tmp_path / "personal-data.key"))
    monkeypatch.delenv("MPP_DB", raising=False)
    path = intake_file(tmp_path, nama=name, tempat=tempat, uraian=uraian)
    capsys.readouterr()
    assert main(["complaint", "add", "--json-file", path, "--json", "--db", str(db)]) == 0
    nomor = json.loads(capsys.readouterr().out)["nomor"]
    assert main(["complaint", "show", nomor, "--staff", "rina", "--json", "--db", str(db)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["identity"]["nama"], shown["tempat"], shown["uraian"]) == (name.strip(), tempat.strip(), uraian.strip())
