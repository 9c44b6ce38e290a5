"""The supervisor's commands as separate processes: `mpp backup`, `mpp backup list`,
`mpp backup check`, `mpp restore` and the `mpp supervisor` entry (the period report
and the exports have their own files: tests/test_period.py, tests/test_export.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.conftest import read_rows, run_mpp


def mpp(db: Path, *args: str):
    return run_mpp(*args, "--db", str(db))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_list_check_and_restore(db_path, tmp_path):
    folder = tmp_path / "cadangan"
    done = mpp(db_path, "ticket", "issue", "KTP")
    assert done.returncode == 0, done.stderr
    done = mpp(db_path, "backup", "--dir", str(folder), "--keep", "2", "--json")
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    backup = Path(made["backup"])
    assert backup.parent == folder and made["check"]["ok"] is True and made["check"]["tickets"] == 1

    done = mpp(db_path, "backup", "--dir", str(folder), "--if-due")  # today's backup exists
    assert done.returncode == 0 and "already" in done.stdout
    assert len(list(folder.iterdir())) == 1

    listed = json.loads(mpp(db_path, "backup", "list", "--dir", str(folder), "--json").stdout)
    assert [item["path"] for item in listed] == [str(backup)]
    assert listed[0]["first_day"] == listed[0]["last_day"] == "2026-11-23"

    done = mpp(db_path, "backup", "check", str(backup))
    assert done.returncode == 0 and "ok" in done.stdout and "1 tickets" in done.stdout

    mpp(db_path, "ticket", "issue", "KTP")
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(2,)]
    done = mpp(db_path, "restore", str(backup))  # no terminal to confirm on
    assert done.returncode == 2 and "--yes" in done.stderr
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(2,)]
    done = mpp(db_path, "restore", str(backup), "--yes", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(1,)]
    assert read_rows(Path(result["previous"]), "SELECT count(*) FROM ticket") == [(2,)]


def test_a_bad_file_is_neither_checked_ok_nor_restored(db_path, tmp_path):
    bad = tmp_path / "cadangan.sqlite"
    bad.write_text("bukan basis data")
    done = mpp(db_path, "backup", "check", str(bad))
    assert done.returncode == 1 and "not an SQLite database" in done.stdout
    before = digest(db_path)
    done = mpp(db_path, "restore", str(bad), "--yes")
    assert done.returncode == 1 and "not restored; nothing changed" in done.stderr
    assert digest(db_path) == before


def test_a_backup_needs_a_database_and_a_sensible_keep(tmp_path, db_path):
    done = run_mpp("backup", "--dir", str(tmp_path / "b"), "--db", str(tmp_path / "none.sqlite"))
    assert done.returncode == 2 and "no database" in done.stderr
    done = mpp(db_path, "backup", "--dir", str(tmp_path / "b"), "--keep", "0")
    assert done.returncode == 1 and "keep" in done.stderr
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_the_supervisor_window_has_its_command():
    done = run_mpp("supervisor", "--help")
    assert done.returncode == 0 and "--screenshot" in done.stdout and "--size" in done.stdout
    done = run_mpp("--help")
    for command in ("supervisor", "export", "backup", "restore"):
        assert command in done.stdout
