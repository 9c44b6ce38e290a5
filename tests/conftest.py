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
from app.paths import resource_path
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


def layout_problems(page) -> list[str]:
    """Widgets of the page that stick out of it or got less height than they need."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QScrollArea

    problems, placed = [], []
    for child in page.findChildren(QLabel) + page.findChildren(QPushButton) + page.findChildren(QPlainTextEdit):
        if not child.isVisibleTo(page):
            continue
        ancestors, parent = [], child.parentWidget()
        while parent is not None and parent is not page:
            ancestors.append(parent)
            parent = parent.parentWidget()
        if any(isinstance(a, QScrollArea) for a in ancestors):
            continue  # a finger scrolls it
        if isinstance(child, QLabel) and child.wordWrap():
            need = child.heightForWidth(child.width())
        else:
            need = child.minimumSizeHint().height()
        # wholly inside the page and inside every widget between (a parent clips its children)
        clipped = False
        for holder in (*ancestors, page):
            corner = child.mapTo(holder, QPoint(0, 0))
            clipped = clipped or corner.y() + child.height() > holder.height() + 1 or corner.y() < -1
            clipped = clipped or corner.x() + child.width() > holder.width() + 1 or corner.x() < -1
        text = child.text() if hasattr(child, "text") else ""
        if clipped or child.height() < need - 1:
            problems.append(f"{type(child).__name__} {text[:40]!r}: {child.geometry()} needs height {need}")
        placed.append((child, QRect(child.mapTo(page, QPoint(0, 0)), child.size()), text))
    # and none lies over another (a squeezed layout stacks them)
    for index, (one, rect, text) in enumerate(placed):
        for other, other_rect, other_text in placed[index + 1:]:
            related = one.isAncestorOf(other) or other.isAncestorOf(one)
            if not related and rect.intersects(other_rect):
                problems.append(f"{text[:30]!r} overlaps {other_text[:30]!r}")
    return problems


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo catalog (eight agencies, twenty prefixes: the keypad's most letters), loaded once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    station = Station.open(path, ManualClock(MONDAY_9AM))
    with station.uow() as uow:
        load_catalog(uow, read_catalog_file(resource_path("catalog", "demo.toml")))
        uow.commit()
    station.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path
