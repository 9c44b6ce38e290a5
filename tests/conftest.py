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
import tempfile
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

# the `mpp` processes the tests start log (and report their crashes) here, not in the user's log directory
os.environ.setdefault("MPP_LOG_DIR", str(Path(tempfile.gettempdir()) / f"mpp-test-logs-{os.getpid()}"))


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


# --- a demo week: three days made by `mpp demo-data`, with survey answers and complaints ----------

DEMO_WEEK = ("2026-11-16", "2026-11-18", "2026-11-20")  # Monday, Wednesday, Friday of ISO week 47


def fill_demo_week(db: Path, key_file: Path) -> None:
    """Survey answers on two of the days and complaints of every kind (with personal data,
    encrypted under `key_file`), one of them settled, on the demo week in `db`."""
    from zoneinfo import ZoneInfo

    from app import complaints, keys
    from app.ikm import ELEMENT_KEYS
    from app.survey import record_response
    from db.models import Staff

    wib = ZoneInfo("Asia/Jakarta")
    clock = ManualClock(datetime(2026, 11, 16, 14, 0, tzinfo=wib))
    station = Station.open(db, clock)
    old_key = os.environ.get(keys.KEY_ENV)
    os.environ[keys.KEY_ENV] = str(key_file)
    try:
        with station.uow() as uow:
            uow.new(Staff, username="nadia", full_name="Nadia Pengaduan", role="pengaduan", password_hash="-")
            uow.commit()
        answers = [("2026-11-16", "KTP", 4, "L", 34), ("2026-11-16", "KTP", 3, "P", 51), ("2026-11-16", "SKCK", 2, None, None),
                   ("2026-11-20", "PKB", 4, "P", 22), ("2026-11-20", "KK", 3, "L", 67)]  # fmt: skip
        for i, (day, code, score, sex, age) in enumerate(answers):
            clock.set(datetime.fromisoformat(f"{day}T14:{i:02d}+07:00"))
            scores = {k: score for k in ELEMENT_KEYS} | {"waktu": max(1, score - 1), "biaya": None if i == 2 else 4}
            with station.uow() as uow:
                record_response(uow, service_code=code, answers=scores, jenis_kelamin=sex, usia=age,
                                pendidikan="S1" if sex else None, pekerjaan="SWASTA" if sex else None,
                                saran="=SUM(A1) lebih cepat" if i == 0 else None)
        base = {"instansi": "DUKCAPIL", "layanan": "KTP", "waktu_kejadian": "2026-11-16", "tempat": "Loket 2",
                "uraian": "Petugas loket tidak ada selama dua jam.", "kerugian": "Satu hari cuti kerja.",
                "tuntutan": "Jadwal petugas diperbaiki.", "kanal": "loket"}
        people = {"nama": "Siti Nur'aini", "alamat": "Jl. Merdeka No. 1", "telepon": "0812-3456-7890",
                  "email": "siti@example.id", "nik": "3201014708900001"}
        filed = []
        for day, identitas, who in [("2026-11-17", "terbuka", people), ("2026-11-18", "anonim", {}),
                                    ("2026-11-20", "rahasia", people | {"nama": "Budi Rahasia"})]:
            clock.set(datetime.fromisoformat(f"{day}T10:00+07:00"))
            with station.uow() as uow:
                filed.append(complaints.add_complaint(uow, base | {"identitas": identitas} | who, complaints.CLI).nomor)
        clock.set(datetime(2026, 11, 20, 11, 0, tzinfo=wib))
        for to in ("diverifikasi", "didisposisikan", "ditindaklanjuti", "selesai"):
            with station.uow() as uow:
                complaints.advance(uow, filed[0], to, actor=complaints.CLI,
                                   **({"note": "Petugas sudah ditegur."} if to == "selesai" else {}))
    finally:
        if old_key is None:
            os.environ.pop(keys.KEY_ENV, None)
        else:
            os.environ[keys.KEY_ENV] = old_key
        station.close()


@pytest.fixture(scope="session")
def demo_week(tmp_path_factory, demo_template) -> dict:
    """The demo catalog with DEMO_WEEK made by `mpp demo-data`, then fill_demo_week:
    {"db": the file (copy it before changing it), "key": its personal-data key file}."""
    folder = tmp_path_factory.mktemp("demo_week")
    db = folder / "week.sqlite"
    shutil.copyfile(demo_template, db)
    for day in DEMO_WEEK:
        made = run_mpp("demo-data", "--date", day, "--db", str(db))
        assert made.returncode == 0, made.stderr
    fill_demo_week(db, folder / "personal-data.key")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"db": db, "key": folder / "personal-data.key"}
