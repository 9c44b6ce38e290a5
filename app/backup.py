"""Backups of the station's SQLite file, and restoring one.

- A backup is taken online with SQLite's backup API: one read transaction copies a
  consistent snapshot while kiosks and counters go on writing (WAL readers never
  block the writer). The copy is made standalone (rollback journal, no -wal file),
  checked whole (PRAGMA integrity_check) and renamed into place, readable by its
  owner only (0600: it holds the encrypted complaint identities). Its name holds
  the local date and time it was taken: mpp-20261123-170500.sqlite. The newest
  `keep` backups of a database are kept; older ones are deleted.
- `backup_if_due` takes at most one backup per calendar day (the supervisor's
  station calls it; `mpp backup --if-due` suits a scheduler).
- `check_backup` says whether a file can be restored: an SQLite file, not
  truncated, PRAGMA integrity_check "ok", an mpp-desk database (its tables and an
  Alembic revision), and a schema this program knows (a backup from a newer
  mpp-desk is refused: this program cannot tell what its tables mean).
- `restore_backup` refuses a file that fails the check, changing nothing. Otherwise
  it first copies the current database aside (with the backup API, so what sits in
  its -wal file is kept too), then copies the backup into the live file through
  SQLite's backup API: one transaction, so the file is either the old database or
  the restored one, the -wal and -shm files stay consistent, and stations that have
  it open see the restored data at their next transaction. A current file that is
  not a database any more (the reason for a restore) is moved aside and replaced by
  an atomic rename, its stale -wal and -shm removed. Migrations then bring the
  restored file up to this program's schema.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.errors import InvalidInput, NotFound, Refused
from app.paths import data_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")
# an mpp-desk database has these (from the first schema revision on)
REQUIRED_TABLES = ("alembic_version", "mpp_settings", "agency", "service", "ticket", "ticket_event", "local_state")
DEFAULT_KEEP = 14


def default_backup_dir() -> Path:
    return data_dir() / "backups"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local wall time, from the file's name
    size: int  # bytes
    first_day: date | None  # the business days its tickets cover; None: no tickets, or unreadable
    last_day: date | None


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    ok: bool
    problems: list[str] = field(default_factory=list)
    revision: str | None = None  # its schema (Alembic) revision
    tickets: int | None = None
    complaints: int | None = None
    survey_responses: int | None = None
    first_day: date | None = None
    last_day: date | None = None


# --- taking backups -------------------------------------------------------------------------------


def _stem(db_path: Path) -> str:
    return db_path.stem or "mpp"


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _connect_live(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=15, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=15000")
    return conn


def backup_now(db_path, backup_dir, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path:
    """Back up the database at `db_path` into `backup_dir` while other processes use it;
    returns the new file. Keeps the newest `keep` backups of this database."""
    db_path, backup_dir = Path(db_path).expanduser(), Path(backup_dir).expanduser()
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
        raise InvalidInput(f"keep must be a whole number of at least 1, not {keep!r}", code="bad_keep")
    if not db_path.is_file():
        raise NotFound(f"no database at {db_path}", code="no_database")
    now = now or datetime.now().astimezone()
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = _stem(db_path)
    name = f"{stem}-{now:%Y%m%d-%H%M%S}.sqlite"
    n = 1
    while (backup_dir / name).exists():  # two backups within one second
        n += 1
        name = f"{stem}-{now:%Y%m%d-%H%M%S}-{n}.sqlite"
    target = backup_dir / name
    part = backup_dir / f".{name}.part"
    try:
        source = _connect_live(db_path)
        try:
            copy = sqlite3.connect(part, isolation_level=None)
            try:
                source.backup(copy)  # all pages in one step: one consistent snapshot
                copy.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
            finally:
                copy.close()
        finally:
            source.close()
        os.chmod(part, 0o600)
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        check = check_backup(part)
        if not check.ok:
            raise Refused(f"the backup of {db_path} failed its check: {'; '.join(check.problems)}",
                          code="bad_backup")
        os.replace(part, target)
        _fsync_dir(backup_dir)
    finally:
        part.unlink(missing_ok=True)
    _rotate(backup_dir, stem, keep)
    return target


def _backups_of(backup_dir: Path, stem: str | None = None) -> list[tuple[datetime, int, Path]]:
    """(taken at, sequence, path) of the backups in `backup_dir` (of one database when `stem`), oldest first."""
    found = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file() or (stem is not None and match["stem"] != stem):
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append((taken, int(match["n"] or 1), path))
    return sorted(found)


def _rotate(backup_dir: Path, stem: str, keep: int) -> None:
    backups = _backups_of(backup_dir, stem)
    for _taken, _n, path in backups[: max(0, len(backups) - keep)]:
        path.unlink(missing_ok=True)


def backup_if_due(db_path, backup_dir, *, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """A backup unless this database already has one taken on `now`'s calendar day (local)."""
    now = now or datetime.now().astimezone()
    stem = _stem(Path(db_path).expanduser())
    if any(taken.date() == now.date() for taken, _n, _p in _backups_of(Path(backup_dir).expanduser(), stem)):
        return None
    return backup_now(db_path, backup_dir, keep=keep, now=now)


def list_backups(backup_dir) -> list[BackupInfo]:
    """The backups in `backup_dir`, newest first."""
    result = []
    for taken, _n, path in reversed(_backups_of(Path(backup_dir).expanduser())):
        first = last = None
        try:
            conn = _open_backup(path)
            try:
                first, last = _day_range(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass
        result.append(BackupInfo(path, taken, path.stat().st_size, first, last))
    return result


# --- checking --------------------------------------------------------------------------------------


def _open_backup(path: Path) -> sqlite3.Connection:
    """Read-only, and `immutable`: no lock, no -shm, nothing written beside a file nobody writes."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _day_range(conn: sqlite3.Connection) -> tuple[date | None, date | None]:
    first, last = conn.execute("SELECT min(business_date), max(business_date) FROM ticket").fetchone()
    return (date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None)


def _header_problem(path: Path) -> str | None:
    """Whether the file is an SQLite database of the length its header gives."""
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "it is not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if pages and size < pages * page_size:
        return f"it is truncated: {size:,} bytes of the {pages * page_size:,} its header announces"
    return None


def check_backup(path) -> BackupCheck:
    """Whether `path` can be restored, and what it holds."""
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config, head_revision

    path = Path(path).expanduser()
    if not path.is_file():
        return BackupCheck(path, False, [f"{path} does not exist or is not a file"])
    problem = _header_problem(path)
    if problem:
        return BackupCheck(path, False, [f"{path.name}: {problem}"])
    problems: list[str] = []
    found: dict = {}
    try:
        conn = _open_backup(path)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            if result != ["ok"]:
                return BackupCheck(path, False, [f"{path.name} is damaged (integrity check: {'; '.join(result)})"])
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                return BackupCheck(path, False, [f"{path.name} is not an mpp-desk database (no table "
                                                 f"{', '.join(missing)})"])
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            found["revision"] = revision[0] if revision else None
            for key, table in (("tickets", "ticket"), ("complaints", "complaint"),
                               ("survey_responses", "survey_response")):
                found[key] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] if table in tables else 0
            found["first_day"], found["last_day"] = _day_range(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return BackupCheck(path, False, [f"{path.name} is damaged and cannot be read as a database: {error}"])
    revision = found.get("revision")
    if revision is None:
        problems.append(f"{path.name} has no schema revision: it was never migrated by mpp-desk")
    else:
        try:
            known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
        except Exception:  # alembic raises several kinds for an unknown revision
            known = None
        if known is None:
            problems.append(
                f"{path.name} was made by a newer mpp-desk: its schema revision {revision} is unknown to this "
                f"program (whose newest is {head_revision()}); restore it with that version or a later one"
            )
    return BackupCheck(path, not problems, problems, **found)


# --- restoring -------------------------------------------------------------------------------------


def restore_backup(backup, db_path) -> Path | None:
    """Put the backup `backup` in place of the database at `db_path`, after checking it;
    returns where the database as it was has been kept (None when there was none).
    Refused ("bad_backup"), changing nothing, for a file that fails check_backup."""
    from db.database import open_database

    backup, db_path = Path(backup).expanduser(), Path(db_path).expanduser()
    check = check_backup(backup)
    if not check.ok:
        raise Refused(f"{backup} was not restored; nothing changed: {'; '.join(check.problems)}", code="bad_backup")
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise InvalidInput(f"{backup} is the database itself", code="bad_backup")
    aside = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}{db_path.suffix or '.sqlite'}")
        healthy = _keep_aside(db_path, aside)
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        healthy = False
    if healthy:
        source = _open_backup(backup)
        try:
            live = _connect_live(db_path)
            try:
                source.backup(live)  # one write transaction on the live file
            finally:
                live.close()
        finally:
            source.close()
    else:
        _replace_file(backup, db_path)
    open_database(db_path).dispose()  # migrations to this program's schema
    return aside


def _keep_aside(db_path: Path, aside: Path) -> bool:
    """Copy the current database to `aside`; True when it was a readable database (copied with
    the backup API, its -wal included), False when it was copied byte for byte as it lay."""
    if _header_problem(db_path) is None:
        try:
            source = _connect_live(db_path)
            try:
                copy = sqlite3.connect(aside, isolation_level=None)
                try:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode=DELETE")
                finally:
                    copy.close()
            finally:
                source.close()
            os.chmod(aside, 0o600)
            return True
        except sqlite3.DatabaseError:
            aside.unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{db_path}{suffix}").exists():
            shutil.copy2(f"{db_path}{suffix}", f"{aside}{suffix}")
    return False


def _replace_file(backup: Path, db_path: Path) -> None:
    """The backup's bytes in place of `db_path` by an atomic rename; the old -wal and -shm,
    which belong to the old file, removed first so SQLite never applies them to the new one."""
    part = db_path.with_name(f".{db_path.name}.restore")
    try:
        shutil.copyfile(backup, part)
        os.chmod(part, 0o600)
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(part, db_path)
        _fsync_dir(db_path.parent)
    finally:
        part.unlink(missing_ok=True)
