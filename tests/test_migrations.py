"""Migrations build exactly the schema the models describe, from an empty file."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.database import open_database
from db.migrate import current_revision, head_revision
from db.models import Base


def test_migrations_from_empty_match_the_models(tmp_path):
    db = open_database(tmp_path / "empty.sqlite")
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_opening_again_is_a_no_op_and_pragmas_hold(tmp_path):
    path = tmp_path / "twice.sqlite"
    open_database(path).dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    db.dispose()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 15000}
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    conn.close()
