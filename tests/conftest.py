"""Shared fixtures.

The migrated, catalog-loaded database is built once per session into a
template file and copied for each test (argon2 hashing and migrations are the
slow part), the way Anki copies an empty collection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.catalog import load_catalog, read_catalog_file
from app.clock import ManualClock
from app.uow import Station

FIXTURES = Path(__file__).parent / "fixtures"
TEST_CATALOG = FIXTURES / "catalog.toml"
# Monday 23 November 2026, 09.00 WIB: a working day, open, before the cutoff.
MONDAY_9AM = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


ROOT = Path(__file__).resolve().parent.parent


def run_mpp(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """The `mpp` command as a separate process, offscreen, its clock at Monday 09.00 WIB."""
    env = os.environ | {"MPP_NOW": "2026-11-23T09:00+07:00", "QT_QPA_PLATFORM": "offscreen"} | (env_extra or {})
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env, cwd=ROOT)


def screenshot_colours(path: Path, size: str) -> set[tuple[int, int, int]]:
    """The colours of a station's --screenshot PNG, after checking it has the size asked for."""
    from PIL import Image

    width, height = (int(x) for x in size.split("x"))
    image = Image.open(path)
    assert image.size == (width, height)
    return {colour for _, colour in image.convert("RGB").getcolors(1 << 20)}


def read_rows(path: Path, sql: str, *params) -> list[tuple]:
    """Read a station's file directly with sqlite3, as an outside observer would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    station = Station.open(path, ManualClock(MONDAY_9AM))
    with station.uow() as uow:
        load_catalog(uow, read_catalog_file(TEST_CATALOG))
        uow.commit()
    station.close()
    # fold the WAL into the main file so one file copy holds everything
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "station.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MONDAY_9AM)


@pytest.fixture
def station(db_path, clock):
    station = Station.open(db_path, clock)
    yield station
    station.close()
