"""Opening a station's database: the engine, migrations to head, a session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from db.engine import READ_ONLY, make_engine
from db.migrate import upgrade_to_head
from db.outbox import install_outbox


@dataclass(frozen=True)
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker  # write transactions: BEGIN IMMEDIATE
    read_sessions: sessionmaker  # read-only: plain BEGIN, never blocks a writer

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path: str | Path, *, migrate: bool = True, synchronous: str = "FULL") -> Database:
    path = Path(path).expanduser().resolve()
    engine = make_engine(path, synchronous=synchronous)
    if migrate:
        upgrade_to_head(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    install_outbox(sessions)
    read_sessions = sessionmaker(engine.execution_options(**READ_ONLY), expire_on_commit=False)
    return Database(path, engine, sessions, read_sessions)
