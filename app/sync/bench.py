"""`mpp bench` for sync (app.bench.EXTRA): a real hub served by uvicorn on
127.0.0.1, on PostgreSQL when one answers at MPP_BENCH_PG_URL (default: the
tests' local database, which the bench empties) and on SQLite otherwise; each
result says which ("hub").

- sync_10k: one station pushes 10,000 rows, another pulls them (per sample).
- kiosk_to_counter_hub: a ticket issued at a kiosk until it is in a counter's
  file, both stations syncing through the hub with their workers (long polls).
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time as clock_time, timedelta, timezone
from pathlib import Path
from time import perf_counter

from app.catalog import read_catalog_file
from app.clock import ManualClock
from app.paths import DEMO_CATALOG
from app.uow import Station

PG_URL = os.environ.get("MPP_BENCH_PG_URL", "postgresql+psycopg://mpp:mpp@127.0.0.1/mpp_test")
ROWS = 10_000


_used: list[str] = []  # the database the last hub ran on


def hub_used() -> str:
    return _used[-1] if _used else ""


def hub_database(workdir: Path) -> str:
    """An empty hub database: PostgreSQL when it answers, else a new SQLite file."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 2})
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
        _used.append("PostgreSQL")
        return PG_URL
    except Exception:  # noqa: BLE001 - no server: the small MPP's hub
        _used.append("SQLite")
        return str(workdir / f"hub-{time.monotonic_ns()}.sqlite")


@contextmanager
def served_hub(workdir: Path, clock) -> Iterator[tuple[object, str]]:
    """A hub with the demo catalog, served on a free loopback port: (Hub, its address)."""
    import uvicorn

    from app.sync.hub import Hub
    from app.sync.server import create_app

    hub = Hub(hub_database(workdir), clock)
    hub.init()
    hub.load_catalog(read_catalog_file(DEMO_CATALOG))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(hub)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield hub, f"http://127.0.0.1:{port}"
    finally:
        app.state.stop_long_polls()
        server.should_exit = True
        thread.join(10)
        hub.close()


def _joined(hub, address: str, workdir: Path, name: str, clock, *, lease_ahead: bool = False) -> Station:
    from app.sync.station import join

    token = hub.add_station(name)
    station = Station.open(Path(tempfile.mkdtemp(prefix="sync-", dir=workdir)) / f"{name}.sqlite", clock)
    join(station, address, token, lease_ahead=lease_ahead)
    return station


def _monday_morning() -> datetime:
    from app.bench import BENCH_DAY

    return datetime.combine(BENCH_DAY, clock_time(1, 30), timezone.utc)  # 08.30 WIB


def sync_10k(history: Path, workdir: Path, n: int) -> list[float]:
    """Push 10,000 rows from one station and pull them at another, over loopback."""
    from app.ikm import ELEMENT_KEYS
    from app.sync.station import open_client, pull_changes, push_waiting
    from db.models import Service, SurveyResponse

    samples = []
    for run in range(max(1, min(3, n // 100))):
        clock = ManualClock(_monday_morning())
        with served_hub(workdir, clock) as (hub, address):
            tablet = _joined(hub, address, workdir, f"tablet-{run}", clock)
            counter = _joined(hub, address, workdir, f"loket-{run}", clock)
            with tablet.uow() as uow:  # 10,000 survey answers from paper forms, one transaction
                services = [s.id for s in uow.session.query(Service).filter(Service.active)]
                day = _monday_morning().date()
                for i in range(ROWS):
                    uow.new(SurveyResponse, business_date=day, answered_at=uow.now(), service_id=services[i % len(services)],
                            channel="paper", **{key: 1 + (i + k) % 4 for k, key in enumerate(ELEMENT_KEYS)})  # fmt: skip
                uow.commit()
            start = perf_counter()
            with open_client(tablet) as client:
                pushed = push_waiting(tablet, client)
            with open_client(counter) as client:
                pulled = pull_changes(counter, client)
            samples.append(perf_counter() - start)
            assert pushed.ok == pulled == ROWS, (pushed, pulled)
            tablet.close()
            counter.close()
    return samples


def kiosk_to_counter(history: Path, workdir: Path, n: int) -> list[float]:
    """From a ticket committed at a kiosk to the ticket in a counter's file, both syncing
    through the hub with their workers."""
    from app import queue
    from app.sync.worker import SyncWorker
    from app.watch import ChangeWatcher
    from db.models import Ticket

    start = _monday_morning()
    t0 = time.monotonic()

    def running() -> datetime:
        return start + timedelta(seconds=time.monotonic() - t0)

    samples = []
    with served_hub(workdir, running) as (hub, address):
        kiosk = _joined(hub, address, workdir, "kiosk", running, lease_ahead=True)
        counter = _joined(hub, address, workdir, "counter", running)
        workers = [SyncWorker(kiosk).start(), SyncWorker(counter).start()]
        watcher = ChangeWatcher(counter)
        try:
            time.sleep(0.5)  # both workers are waiting now
            for i in range(min(n, 50)):
                with kiosk.uow() as uow:
                    code = queue.issue_ticket(uow, ("KTP", "KK", "SKCK")[i % 3]).code
                issued = perf_counter()
                deadline = issued + 10
                while perf_counter() < deadline:
                    if watcher.changed():
                        with counter.uow(read_only=True) as uow:
                            if uow.session.query(Ticket.id).filter(Ticket.code == code).first():
                                break
                    time.sleep(0.002)
                samples.append(perf_counter() - issued)
                time.sleep(0.05)
        finally:
            watcher.close()
            for worker in workers:
                worker.stop()
            kiosk.close()
            counter.close()
    return samples
