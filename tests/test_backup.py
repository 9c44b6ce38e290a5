"""Backups (app.backup) of real SQLite files: taken while another process writes,
checked, rotated, listed and restored; a restore refuses every file it cannot trust
and then leaves the current database exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app import queue
from app.backup import (
    backup_if_due,
    backup_now,
    check_backup,
    default_backup_dir,
    list_backups,
    restore_backup,
)
from app.clock import ManualClock
from app.errors import InvalidInput, NotFound, Refused
from app.paths import data_dir
from app.uow import Station
from db.migrate import head_revision
from tests.conftest import MONDAY_9AM, read_rows

WORKER = Path(__file__).parent / "workers" / "issue_tickets.py"
WIB = ZoneInfo("Asia/Jakarta")
AT_FIVE = datetime(2026, 11, 23, 17, 5, tzinfo=WIB)


def tickets(db: Path) -> int:
    return read_rows(db, "SELECT count(*) FROM ticket")[0][0]


def issue(station: Station, n: int, service: str = "KTP") -> None:
    for _ in range(n):
        with station.uow() as uow:
            queue.issue_ticket(uow, service)


def digest(*paths: Path) -> dict[str, str | None]:
    """The bytes of a database and its -wal and -shm, as they lie."""
    found = {}
    for path in paths:
        for suffix in ("", "-wal", "-shm"):
            p = Path(f"{path}{suffix}")
            found[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None
    return found


@pytest.fixture
def backups(tmp_path) -> Path:
    return tmp_path / "backups"


# --- taking backups --------------------------------------------------------------------------------


def test_a_backup_taken_while_another_process_writes_is_whole_and_restores(db_path, backups, tmp_path):
    start = time.time() + 0.5
    worker = subprocess.Popen([sys.executable, str(WORKER), str(db_path), str(start), "0", "KTP,KK"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    taken = []
    try:
        while tickets(db_path) < 20:  # the worker is writing
            assert worker.poll() is None, worker.stderr.read()
            time.sleep(0.05)
        for i in range(3):
            taken.append(backup_now(db_path, backups, now=AT_FIVE + timedelta(seconds=i)))
            time.sleep(0.2)
        assert worker.poll() is None  # still writing after the last backup
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    checks = [check_backup(path) for path in taken]
    assert all(c.ok for c in checks), [c.problems for c in checks]
    counts = [c.tickets for c in checks]
    assert 20 <= counts[0] <= counts[1] <= counts[2] < tickets(db_path)
    assert counts[0] < counts[2]  # each backup is a snapshot of its moment
    # every ticket in a backup has its issue event and its outbox row: transactions are whole
    for path in taken:
        conn = sqlite3.connect(path)
        orphans = conn.execute(
            "SELECT count(*) FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id "
            "AND e.kind = 'issued')").fetchone()[0]
        assert orphans == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # standalone: no -wal beside it
        conn.close()
        assert not Path(f"{path}-wal").exists()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    aside = restore_backup(taken[0], db_path)
    assert tickets(db_path) == counts[0]
    assert check_backup(aside).tickets >= counts[2]  # the database as it was, kept beside it


def test_the_name_holds_the_moment_and_rotation_keeps_the_newest(station, db_path, backups):
    made = [backup_now(db_path, backups, keep=3, now=AT_FIVE + timedelta(days=i)) for i in range(5)]
    assert made[0].name == "station-20261123-170500.sqlite"
    kept = sorted(p.name for p in backups.iterdir())
    assert kept == sorted(p.name for p in made[2:])
    # a second backup within the same second gets its own name
    again = backup_now(db_path, backups, keep=10, now=AT_FIVE + timedelta(days=4))
    assert again.name == "station-20261127-170500-2.sqlite" and made[4].exists()
    listed = list_backups(backups)
    assert [b.path for b in listed] == [again, made[4], made[3], made[2]]  # newest first
    assert listed[0].taken_at == datetime(2026, 11, 27, 17, 5) and listed[0].size == again.stat().st_size


def test_at_most_one_backup_a_day_when_due(db_path, backups):
    first = backup_if_due(db_path, backups, now=AT_FIVE)
    assert first is not None
    assert backup_if_due(db_path, backups, now=AT_FIVE + timedelta(hours=5)) is None  # 22.05 the same day
    assert len(list(backups.iterdir())) == 1
    tomorrow = backup_if_due(db_path, backups, now=AT_FIVE + timedelta(hours=8))
    assert tomorrow is not None and tomorrow.name.startswith("station-20261124-")


def test_list_backups_gives_the_business_days_they_hold(station, clock, db_path, backups):
    issue(station, 2)
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=WIB))
    issue(station, 1)
    backup_now(db_path, backups, now=AT_FIVE)
    (backups / "notes.txt").write_text("not a backup")
    (listed,) = list_backups(backups)
    assert (listed.first_day, listed.last_day) == (date(2026, 11, 23), date(2026, 11, 24))


def test_bad_requests_are_refused(db_path, backups, tmp_path):
    with pytest.raises(InvalidInput):
        backup_now(db_path, backups, keep=0)
    with pytest.raises(NotFound):
        backup_now(tmp_path / "none.sqlite", backups)
    assert not backups.exists() or not list(backups.iterdir())


def test_the_default_folder_is_in_the_user_data_directory():
    assert default_backup_dir() == data_dir() / "backups"


# --- checking ----------------------------------------------------------------------------------------


def test_a_good_backup_says_what_it_holds(station, db_path, backups):
    issue(station, 3)
    path = backup_now(db_path, backups, now=AT_FIVE)
    check = check_backup(path)
    assert check.ok and check.problems == []
    assert check.revision == head_revision()
    assert (check.tickets, check.complaints, check.survey_responses) == (
        tickets(db_path), read_rows(db_path, "SELECT count(*) FROM complaint")[0][0],
        read_rows(db_path, "SELECT count(*) FROM survey_response")[0][0])
    assert check.first_day == check.last_day == date(2026, 11, 23)


@pytest.fixture
def bad_files(db_path, backups, tmp_path) -> dict[str, Path]:
    """Files a restore must refuse, each with the words its refusal must hold."""
    good = backup_now(db_path, backups, now=AT_FIVE)
    text = tmp_path / "notes.sqlite"
    text.write_text("SQLite? no: a note\n" * 20)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipe (name TEXT)")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):  # scribble over pages, keep the header
        data[offset + 8: offset + 400] = b"\xa5" * 392
    damaged.write_bytes(bytes(data))
    return {"not an SQLite database": text, "truncated": truncated, "newer mpp-desk": newer,
            "not an mpp-desk database": other, "damaged": damaged, "does not exist": tmp_path / "missing.sqlite"}


def test_check_names_what_is_wrong_with_each_bad_file(bad_files):
    for words, path in bad_files.items():
        check = check_backup(path)
        assert not check.ok, path.name
        assert any(words in p for p in check.problems), (words, check.problems)


# --- restoring ---------------------------------------------------------------------------------------


def test_restore_refuses_every_bad_file_and_leaves_the_database_as_it_was(station, db_path, bad_files):
    issue(station, 2)  # the database has moved on since the backup: its state is in the -wal
    before = digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    for words, path in bad_files.items():
        with pytest.raises(Refused) as error:
            restore_backup(path, db_path)
        assert error.value.code == "bad_backup" and "nothing changed" in error.value.message
        assert words in error.value.message, error.value.message
        assert digest(db_path) == before, path.name
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings  # nothing set aside
    with station.uow(read_only=True) as uow:
        assert len(queue.list_tickets(uow)) == 2


def test_restore_keeps_the_current_file_aside_and_running_stations_see_the_backup(station, db_path, backups):
    issue(station, 2)
    path = backup_now(db_path, backups, now=AT_FIVE)
    issue(station, 3, "KK")
    aside = restore_backup(path, db_path)
    assert aside.parent == db_path.parent and "before-restore" in aside.name
    assert check_backup(aside).tickets == 5 and tickets(db_path) == 2
    with station.uow(read_only=True) as uow:  # a station that had the file open all along
        assert [t.code for t in queue.list_tickets(uow)] == ["A001", "A002"]
    with station.uow() as uow:  # and goes on: the numbers continue from the backup's
        assert queue.issue_ticket(uow, "KK").code == "B001"
    assert read_rows(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert read_rows(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_restore_migrates_an_older_backup(db_path, tmp_path):
    old = Path(__file__).parent / "fixtures" / "release1.sqlite"
    assert check_backup(old).ok and check_backup(old).revision != head_revision()
    aside = restore_backup(old, db_path)
    assert aside is not None and check_backup(aside).revision == head_revision()
    assert read_rows(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_restore_replaces_a_database_that_is_no_longer_one(db_path, backups, tmp_path):
    good = backup_now(db_path, backups, now=AT_FIVE)
    ruined = b"\x00" * 8192
    db_path.write_bytes(ruined)
    Path(f"{db_path}-wal").write_bytes(b"stale")
    aside = restore_backup(good, db_path)
    assert aside.read_bytes() == ruined and Path(f"{aside}-wal").read_bytes() == b"stale"  # kept as it lay
    assert check_backup(db_path).ok
    with Station.open(db_path, ManualClock(MONDAY_9AM)).uow(read_only=True) as uow:
        assert uow.settings().name == "MPP Uji"


def test_restore_onto_a_missing_database_creates_it(db_path, backups, tmp_path):
    good = backup_now(db_path, backups, now=AT_FIVE)
    target = tmp_path / "new" / "mpp.sqlite"
    assert restore_backup(good, target) is None
    assert check_backup(target).ok and check_backup(target).tickets == tickets(db_path)
