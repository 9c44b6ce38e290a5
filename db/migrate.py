"""Alembic, driven from code (no alembic.ini), so it works the same from a
source checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Apply pending migrations. Cheap when there are none (one read)."""
    head = head_revision()
    if current_revision(engine) == head:
        return
    config = alembic_config()
    # BEGIN IMMEDIATE: two stations starting at once on one file take turns;
    # the second finds the work done.
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
