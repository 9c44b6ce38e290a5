"""The `mpp` command line, run as a separate process the way staff and scripts run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_CATALOG, read_rows
from db.migrate import head_revision

MONDAY_9AM_WIB = "2026-11-23T09:00:00+07:00"


def mpp(*args: str, db: Path | None = None, now: str | None = MONDAY_9AM_WIB, check: bool = True):
    env = {k: v for k, v in os.environ.items() if k not in ("MPP_DB", "MPP_NOW")}
    if now:
        env["MPP_NOW"] = now
    argv = [sys.executable, "-m", "app.cli", *args]
    if db is not None:
        argv += ["--db", str(db)]
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def mpp_json(*args, **kwargs):
    return json.loads(mpp(*args, "--json", **kwargs).stdout)


rows = read_rows


@pytest.fixture
def cli_db(tmp_path) -> Path:
    db = tmp_path / "cli.sqlite"
    mpp("init", "--catalog", str(TEST_CATALOG), db=db)
    return db


def test_init_creates_a_migrated_wal_database(tmp_path):
    db = tmp_path / "new" / "mpp.sqlite"
    out = mpp_json("init", db=db)
    assert out["db"] == str(db)
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert rows(db, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    # no catalog yet: commands say so instead of failing obscurely
    result = mpp("ticket", "issue", "KTP", db=db, check=False)
    assert result.returncode == 1
    assert "mpp init --catalog" in result.stderr


def test_a_day_at_the_counter_through_the_command_line(cli_db):
    a1 = mpp_json("ticket", "issue", "KTP", db=cli_db)
    assert (a1["code"], a1["status"], a1["people_ahead"]) == ("A001", "waiting", 0)
    a2 = mpp_json("ticket", "issue", "ktp", "--priority", "lansia", db=cli_db)
    assert a2["code"] == "A002" and a2["priority_group"] == "lansia"

    called = mpp_json("ticket", "call", "1", db=cli_db)
    assert called["code"] == "A002"  # priority first
    assert mpp_json("ticket", "recall", "A002", "--counter", "1", db=cli_db)["call_count"] == 2
    assert mpp_json("ticket", "start", "a2", db=cli_db)["status"] == "serving"
    done = mpp_json("ticket", "finish", "A002", "--outcome", "KTP-el dicetak", db=cli_db)
    assert (done["status"], done["outcome"]) == ("done", "KTP-el dicetak")

    mpp("ticket", "call", "2", db=cli_db)
    moved = mpp_json("ticket", "transfer", "A001", "--to", "KK", db=cli_db)
    assert (moved["service_code"], moved["code"], moved["status"]) == ("KK", "A001", "waiting")
    assert moved["issued_at"] == a1["issued_at"]

    listed = mpp_json("ticket", "list", db=cli_db)
    assert [t["code"] for t in listed] == ["A001", "A002"]
    shown = mpp_json("ticket", "show", "A001", db=cli_db)
    assert [e["kind"] for e in shown["history"]] == ["issued", "called", "transferred"]

    closed = mpp_json("day", "close", db=cli_db)
    assert closed == {"date": "2026-11-23", "expired": 1}
    assert rows(cli_db, "SELECT status FROM ticket WHERE code = 'A001'") == [("expired",)]


@pytest.mark.parametrize(
    "args, message",
    [
        (("ticket", "issue", "NOPE"), "no service with code"),
        (("ticket", "issue", "KTP", "--priority", "vip"), "unknown priority group"),
        (("ticket", "issue", "PASPOR", "--priority", "lansia"), "does not take priority"),
        (("ticket", "call", "9"), "no counter"),
        (("ticket", "call", "satu"), "counter is given by its number"),
        (("ticket", "finish", "A001"), "cannot be finished"),
        (("ticket", "start", "A0x1"), "neither a ticket number"),
        (("ticket", "list", "--date", "23-11-2026"), "YYYY-MM-DD"),
    ],
)
def test_bad_input_is_refused_on_stderr_and_changes_nothing(cli_db, args, message):
    mpp("ticket", "issue", "KTP", db=cli_db)
    before = rows(cli_db, "SELECT count(*) FROM outbox")
    tickets = rows(cli_db, "SELECT code, status FROM ticket ORDER BY code")
    result = mpp(*args, db=cli_db, check=False)
    assert result.returncode != 0
    assert message in result.stderr
    assert result.stdout == ""
    assert rows(cli_db, "SELECT count(*) FROM outbox") == before
    assert rows(cli_db, "SELECT code, status FROM ticket ORDER BY code") == tickets


def test_closed_hours_are_refused_with_the_reason(cli_db):
    result = mpp("ticket", "issue", "KTP", db=cli_db, now="2026-11-23T07:30:00+07:00", check=False)
    assert result.returncode == 1 and "opens at 08.00" in result.stderr
    result = mpp("ticket", "issue", "KTP", db=cli_db, now="2026-12-25T09:00:00+07:00", check=False)
    assert "Natal" in result.stderr
    assert rows(cli_db, "SELECT count(*) FROM ticket") == [(0,)]


def test_missing_database_is_not_created(tmp_path):
    db = tmp_path / "absent.sqlite"
    result = mpp("ticket", "list", db=db, check=False)
    assert result.returncode == 2 and "no database" in result.stderr
    assert not db.exists()


def test_a_bad_catalog_is_refused_before_anything_is_written(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[mpp]\nname = "X"\ntimezone = "Mars/Olympus"\n')
    db = tmp_path / "x.sqlite"
    result = mpp("init", "--catalog", str(bad), db=db, check=False)
    assert result.returncode == 1 and "unknown timezone" in result.stderr
    not_toml = tmp_path / "survey.csv"
    not_toml.write_text("tanggal,layanan\n2026-11-23,KTP\n")
    result = mpp("init", "--catalog", str(not_toml), db=db, check=False)
    assert result.returncode == 1 and "not valid TOML" in result.stderr


def test_mpp_db_environment_variable_and_catalog_show(cli_db):
    env_run = subprocess.run(
        [sys.executable, "-m", "app.cli", "catalog", "show", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "MPP_DB": str(cli_db)},
        timeout=120,
    )
    assert env_run.returncode == 0, env_run.stderr
    catalog = json.loads(env_run.stdout)
    assert catalog["mpp_name"] == "MPP Uji"
    assert [c["number"] for c in catalog["counters"]] == [1, 2, 5]


def test_demo_data_makes_a_realistic_day(cli_db):
    summary = mpp_json("demo-data", "--date", "2026-11-24", "--seed", "7", db=cli_db)
    assert summary["issued"] > 50
    assert summary["served"] > summary["issued"] * 0.8
    assert summary["absent"] > 0
    statuses = dict(rows(cli_db, "SELECT status, count(*) FROM ticket GROUP BY status"))
    assert set(statuses) <= {"done", "expired", "cancelled"}  # the day was closed
    assert statuses["done"] == summary["served"]
    assert rows(cli_db, "SELECT count(DISTINCT business_date) FROM ticket") == [(1,)]
    # arrivals spread over the opening hours, with a morning peak (WIB = UTC+7)
    hours = dict(rows(cli_db, "SELECT CAST(strftime('%H', issued_at) AS INTEGER) + 7, count(*) FROM ticket GROUP BY 1"))
    assert min(hours) == 8 and max(hours) >= 13
    assert hours[9] > hours[13]
    again = mpp("demo-data", "--date", "2026-11-24", db=cli_db, check=False)
    assert again.returncode == 1 and "already has" in again.stderr
    sunday = mpp("demo-data", "--date", "2026-11-22", db=cli_db, check=False)
    assert sunday.returncode == 1 and "not a working day" in sunday.stderr


def test_commands_do_not_import_qt(cli_db):
    code = (
        "import sys; from app.cli import main; "
        f"main(['ticket', 'list', '--db', {str(cli_db)!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_version():
    assert mpp("--version", now=None).stdout.startswith("mpp-desk ")


def test_a_file_that_is_not_a_database_is_left_as_it_was(tmp_path):
    not_db = tmp_path / "export.csv"
    not_db.write_text("tanggal,layanan\n2026-11-23,KTP\n")
    result = mpp("ticket", "list", db=not_db, check=False)
    assert result.returncode == 1 and "file is not a database" in result.stderr
    assert not_db.read_text() == "tanggal,layanan\n2026-11-23,KTP\n"
