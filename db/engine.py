"""SQLite engines that are safe for several processes and survive a power cut.

Every connection runs WAL (readers never block the one writer), foreign keys,
a busy timeout (a second writer waits instead of failing) and synchronous=FULL
(a committed ticket is on disk before the kiosk prints it).

pysqlite's own transaction handling starts transactions late and never with
IMMEDIATE, so we switch it off and emit BEGIN ourselves. A write transaction
starts with BEGIN IMMEDIATE: it takes the write lock before it reads, so a
read-then-write (the ticket number allocation) can never be overtaken by a
writer in another process. Read-only work asks for a plain BEGIN.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 15_000
READ_ONLY = {"mpp_read_only": True}


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def make_engine(path: str | Path, *, synchronous: str = "FULL") -> Engine:
    Path(path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, synchronous)
    return engine


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        read_only = conn.get_execution_options().get("mpp_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
