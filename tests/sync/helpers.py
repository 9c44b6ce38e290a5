"""Real hubs and real networks for the sync tests: a hub on PostgreSQL
(MPP_TEST_PG_URL) or SQLite served by uvicorn on 127.0.0.1, station files of
their own, and faults put into the network between them (a TCP proxy that can
go down or swallow answers; an httpx transport that drops, duplicates, delays,
loses answers or "kills" the station after the hub answered).

PostgreSQL tests run whenever the server answers; with MPP_REQUIRE_PG=1 (CI)
or CI=true they fail when it does not.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import socket
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, text

from app import queue
from app.clock import ManualClock
from app.sync.client import HubClient
from app.sync.hub import HUB_STATION, Hub
from app.sync.server import create_app
from app.sync.station import open_client, sync_once
from app.uow import Station
from tests.conftest import MONDAY_9AM, read_rows

PG_URL = os.environ.get("MPP_TEST_PG_URL", "postgresql+psycopg://mpp:mpp@127.0.0.1/mpp_test")
REQUIRE_PG = os.environ.get("MPP_REQUIRE_PG") == "1" or os.environ.get("CI", "").lower() == "true"
_pg_answer: list[str | None] = []


def pg_problem() -> str | None:
    """None when PostgreSQL answers at PG_URL, else why not (asked once)."""
    if not _pg_answer:
        try:
            engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            _pg_answer.append(None)
        except Exception as error:  # noqa: BLE001 - any failure means: no server
            _pg_answer.append(f"{type(error).__name__}: {error}".splitlines()[0])
    return _pg_answer[0]


def need_pg() -> str:
    problem = pg_problem()
    if problem is not None:
        message = f"PostgreSQL at {PG_URL} is not reachable ({problem}); `make pg` starts it"
        if REQUIRE_PG:
            pytest.fail(message)
        pytest.skip(message)
    return PG_URL


def fresh_hub_url(backend: str, tmp_path: Path) -> str:
    """An empty hub database: a new SQLite file, or PostgreSQL with the hub's tables dropped."""
    if backend == "sqlite":
        return str(tmp_path / "hub.sqlite")
    url = need_pg()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubServer:
    """`mpp hub serve` in a thread of the test process: the real app under uvicorn on loopback."""

    def __init__(self, url: str, port: int | None = None):
        self.db_url = url
        self.port = port or free_port()
        self.hub: Hub | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HubServer:
        self.hub = Hub(self.db_url)
        self.hub.init()
        self._app = create_app(self.hub)
        self._server = uvicorn.Server(uvicorn.Config(self._app, host="127.0.0.1", port=self.port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the hub did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._app.state.stop_long_polls()
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None
        if self.hub is not None:
            self.hub.close()
            self.hub = None


class RunningClock:
    """Monday 09.00 WIB, moving with real time: a worker's status compares moments."""

    def __init__(self):
        self.start = time.monotonic()

    def __call__(self) -> datetime:
        return MONDAY_9AM + timedelta(seconds=time.monotonic() - self.start)


class Killed(BaseException):
    """The station died: raised past every `except Exception` of the station's code."""


class FaultyNetwork(httpx.BaseTransport):
    """The station's side of the network. `plan` holds faults for the next requests, in
    order; with `chaos` set, each request may meet a fault at random.
    Faults: drop (never reaches the hub), lose (the hub did it, the answer is lost: a
    timeout), duplicate (the hub gets it twice), delay, kill (the hub did it, then the
    station dies before it hears the answer)."""

    FAULTS = ("drop", "lose", "duplicate", "delay", "kill")

    def __init__(self, rng: random.Random | None = None):
        self.inner = httpx.HTTPTransport()
        self.rng = rng or random.Random(0)
        self.down = False
        self.plan: list[str] = []
        self.chaos = 0.0  # probability of a random fault per request
        self.requests = 0
        self.faults: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        fault = self.plan.pop(0) if self.plan else None
        if fault is None and self.chaos and self.rng.random() < self.chaos:
            fault = self.rng.choice(self.FAULTS)
        if self.down:
            fault = "drop"
        if fault:
            self.faults.append(fault)
        if fault == "drop":
            raise httpx.ConnectError("the network is down", request=request)
        if fault == "delay":
            time.sleep(self.rng.uniform(0.01, 0.08))
        response = self.inner.handle_request(request)
        if fault == "duplicate":
            response.read()
            response = self.inner.handle_request(request)
        if fault in ("lose", "kill"):
            response.read()
            response.close()
            if fault == "kill":
                raise Killed()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


class Proxy:
    """A TCP proxy in front of the hub, for stations in other processes or on threads:
    `down()` refuses connections and cuts those open; `hold()` lets requests through but
    keeps the hub's answers from the station; `up()` heals."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.port = free_port()
        self.mode = "up"
        self.connections = 0
        self._writers: set = set()
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._started.wait(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", self.port))
        self._started.set()
        self._loop.run_forever()
        server.close()

    async def _handle(self, reader, writer) -> None:
        self.connections += 1
        if self.mode == "down":
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))

        async def pipe(src, dst, answers: bool) -> None:
            try:
                while data := await src.read(65536):
                    if answers and self.mode == "hold":
                        continue  # the hub answered; the station never hears it
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer, False), pipe(up_reader, writer, True))
        self._writers.discard(writer)
        self._writers.discard(up_writer)

    def _cut(self) -> None:
        for w in list(self._writers):
            w.close()

    def down(self) -> None:
        self.mode = "down"
        self._loop.call_soon_threadsafe(self._cut)

    def hold(self) -> None:
        self.mode = "hold"

    def up(self) -> None:
        self.mode = "up"

    def close(self) -> None:
        def end() -> None:
            self._cut()
            for task in asyncio.all_tasks(self._loop):
                task.cancel()
            self._loop.call_later(0.05, self._loop.stop)

        self._loop.call_soon_threadsafe(end)
        self._thread.join(5)


def mint_station(template: Path, path: Path, clock: ManualClock) -> Station:
    """A station file of its own from the empty template: a new station id, no catalog."""
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE local_state SET value = ? WHERE key = 'station_id'", (str(uuid.uuid4()),))
    conn.commit()
    conn.close()
    return Station.open(path, clock)


def seed_catalog(hub: Hub, catalog_db: Path) -> int:
    """The test catalog into the hub, as `mpp hub init --catalog` puts one: a station's
    changes loading it (the template's outbox), taken as the hub's own."""
    conn = sqlite3.connect(catalog_db)
    conn.row_factory = sqlite3.Row
    changes = [
        {"change_id": r["change_id"], "tx_id": r["tx_id"], "entity": r["entity"], "entity_id": r["entity_id"],
         "op": r["op"], "payload": json.loads(r["payload"]), "base": json.loads(r["base"]) if r["base"] else None}
        for r in conn.execute("SELECT * FROM outbox ORDER BY seq")
    ]  # fmt: skip
    conn.close()
    answer = hub.push(hub.station_named(HUB_STATION), changes)
    assert {r["status"] for r in answer["results"]} == {"ok"}
    return len(changes)


def wait_for(condition, timeout: float = 15.0, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def backup_hub(server: HubServer) -> str:
    """A copy of the hub's data as it is now (a nightly backup)."""
    from db.hub import hub_metadata

    if server.hub.sqlite:
        backup = server.db_url + ".backup"
        source, target = sqlite3.connect(server.db_url), sqlite3.connect(backup)
        source.backup(target)
        source.close()
        target.close()
        return backup
    with server.hub.engine.begin() as conn:
        for table in hub_metadata.sorted_tables:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS backup_{table.name}")
            conn.exec_driver_sql(f"CREATE TABLE backup_{table.name} AS TABLE {table.name}")
    return "backup_"


def restore_hub(server: HubServer, backup: str) -> None:
    """The hub stopped, its database restored from the backup, the hub started again."""
    from db.hub import hub_metadata

    server.stop()
    if backup.endswith(".backup"):
        for suffix in ("-wal", "-shm"):
            Path(server.db_url + suffix).unlink(missing_ok=True)
        shutil.copyfile(backup, server.db_url)
    else:
        engine = create_engine(server.db_url)
        with engine.begin() as conn:
            for table in reversed(hub_metadata.sorted_tables):
                conn.exec_driver_sql(f"DELETE FROM {table.name}")
            for table in hub_metadata.sorted_tables:
                conn.exec_driver_sql(f"INSERT INTO {table.name} SELECT * FROM {backup}{table.name}")
        engine.dispose()
    server.start()


# --- joined stations, for the sync tests (their fixtures are imported there) ----------------------

BACKENDS = ["sqlite", "postgresql"]

@dataclass
class Node:
    """A station joined to the hub, with its own network to it."""

    name: str
    station: Station
    network: FaultyNetwork
    token: str
    hub_url: str
    proxy: Proxy | None = None  # between it and the hub, for every request it makes

    def client(self, **options) -> HubClient:
        return open_client(self.station, transport=self.network, **options)

    def sync(self):
        with self.client() as client:
            return sync_once(self.station, client)

    def reopen(self) -> None:
        """After a kill: the process is gone, the file remains."""
        clock = self.station.clock
        self.station.close()
        self.station = Station.open(self.station.db.path, clock)

    def tickets(self) -> dict[str, tuple]:
        with self.station.uow(read_only=True) as uow:
            return {t.code: (t.status, t.counter_number) for t in queue.list_tickets(uow)}


def issue(node: Node, service: str = "KTP", priority: str | None = None) -> str:
    with node.station.uow() as uow:
        return queue.issue_ticket(uow, service, priority).code


def hub_rows(hub: HubServer, entity: str) -> list[dict]:
    from sqlalchemy import select

    from db.hub import hub_entity

    with hub.hub.engine.connect() as conn:
        return [r.payload for r in conn.execute(select(hub_entity).where(hub_entity.c.entity == entity, ~hub_entity.c.deleted))]


def outbox_waiting(node: Node) -> int:
    return read_rows(node.station.db.path, "SELECT count(*) FROM outbox WHERE pushed_at IS NULL")[0][0]


def sync_state(node: Node) -> tuple[str, int]:
    return read_rows(node.station.db.path, "SELECT epoch, seen FROM sync_state")[0]


def waiting_changes(node: Node) -> list[dict]:
    """The station's waiting outbox rows as the changes it pushes."""
    conn = sqlite3.connect(node.station.db.path)
    conn.row_factory = sqlite3.Row
    try:
        return [
            {"change_id": r["change_id"], "tx_id": r["tx_id"], "entity": r["entity"], "entity_id": r["entity_id"],
             "op": r["op"], "payload": json.loads(r["payload"]), "base": json.loads(r["base"]) if r["base"] else None}
            for r in conn.execute("SELECT * FROM outbox WHERE pushed_at IS NULL ORDER BY seq")
        ]  # fmt: skip
    finally:
        conn.close()


def raw_push(node: Node, changes: list[dict], **options) -> dict:
    """A push as the station's client sends it, without the station taking the answer."""
    epoch, seen = sync_state(node)
    with node.client(**options) as client:
        return client.push(changes, epoch=epoch, seen=seen)


def statuses(answer: dict) -> list[str]:
    return [r["status"] for r in answer["results"]]


def settle(*nodes: Node, rounds: int = 4) -> None:
    """Sync every node, round after round, until nothing waits anywhere and all have pulled it all."""
    for _ in range(rounds):
        for node in nodes:
            node.sync()
        if all(outbox_waiting(n) == 0 for n in nodes):
            for node in nodes:
                node.sync()
            return
    raise AssertionError("the stations did not settle")

