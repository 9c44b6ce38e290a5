"""The sync tests' fixtures: a real hub (PostgreSQL and SQLite) on 127.0.0.1 and
joined station files of their own (tests/sync/helpers.py has the rest)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.clock import ManualClock
from app.sync.station import join
from app.uow import Station
from tests.sync.helpers import BACKENDS, FaultyNetwork, HubServer, Node, Proxy, fresh_hub_url, mint_station, seed_catalog


@pytest.fixture(scope="session")
def empty_station(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    Station.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(params=BACKENDS)
def hub(request, tmp_path, template_db):
    server = HubServer(fresh_hub_url(request.param, tmp_path)).start()
    seed_catalog(server.hub, template_db)
    yield server
    server.stop()


@pytest.fixture
def stations(hub, empty_station, tmp_path, clock):
    made: list[Node] = []

    def make(name: str, *, lease_ahead: bool = False, at: ManualClock | None = None, proxy: bool = False,
             token: str | None = None) -> Node:
        token = token or hub.hub.add_station(name)
        network = FaultyNetwork()
        station = mint_station(empty_station, tmp_path / f"{name}.sqlite", at or clock)
        between = Proxy(hub.port) if proxy else None
        url = between.url if between else hub.url
        join(station, url, token, lease_ahead=lease_ahead, transport=network)
        node = Node(name, station, network, token, url, between)
        made.append(node)
        return node

    yield make
    for node in made:
        node.station.close()
        node.network.close()
        if node.proxy:
            node.proxy.close()
