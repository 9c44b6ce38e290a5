"""The sync worker on its threads: long polls bring a kiosk's ticket to a counter,
retries go on by timer while the hub is away, and the station's state shows it."""

from __future__ import annotations

import time

from app import queue
from app.sync.status import local_sync_status
from app.sync.worker import Backoff, SyncWorker
from tests.sync.helpers import Node, RunningClock, hub_rows, issue, outbox_waiting, wait_for


def worker_for(node: Node, **options) -> SyncWorker:
    node.station.clock = RunningClock()
    return SyncWorker(node.station, long_poll=1.0, backoff=(0.01, 0.1), standby=0.2,
                      client_options={"transport": node.network}, **options).start()  # fmt: skip


def test_a_kiosks_ticket_reaches_a_counter_through_long_polls(stations):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    workers = [worker_for(kiosk), worker_for(counter)]
    try:
        time.sleep(0.3)  # both are waiting in a long poll now
        code = issue(kiosk)
        assert wait_for(lambda: code in counter.tickets(), timeout=10)
        with counter.station.uow() as uow:
            queue.call_next(uow, 1)
        assert wait_for(lambda: kiosk.tickets().get(code) == ("called", 1), timeout=10)
        assert wait_for(lambda: workers[1].status().connected and workers[1].status().waiting == 0, timeout=5)
    finally:
        for worker in workers:
            worker.stop()


def test_retries_go_on_while_the_hub_is_away_and_the_worker_catches_up(stations, hub):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    kiosk.network.down = True
    worker = worker_for(kiosk)
    try:
        codes = [issue(kiosk) for _ in range(3)]
        tried = kiosk.network.requests
        assert wait_for(lambda: kiosk.network.requests >= tried + 25, timeout=20)  # it keeps trying, by timer
        assert wait_for(lambda: worker.status().waiting == 6 and not worker.status().connected, timeout=5)
        status = worker.status()
        assert "cannot be reached" in status.last_error and status.oldest_waiting_at is not None
        assert hub_rows(hub, "ticket") == []
        kiosk.network.down = False
        assert wait_for(lambda: outbox_waiting(kiosk) == 0, timeout=10)
        assert wait_for(lambda: worker.status().connected and worker.status().last_error is None, timeout=5)
    finally:
        worker.stop()
    counter.sync()
    assert sorted(counter.tickets()) == codes


def test_one_worker_per_station_file(stations):
    kiosk = stations("kiosk-1", lease_ahead=True)
    first = worker_for(kiosk)
    assert wait_for(lambda: first.syncing)
    second = worker_for(kiosk)  # a second window on the same file
    try:
        time.sleep(0.3)
        assert not second.syncing
        first.stop()
        assert wait_for(lambda: second.syncing, timeout=10)  # it takes over
    finally:
        first.stop()
        second.stop()


def test_the_backoff_grows_with_jitter_up_to_its_cap_and_starts_over():
    import random

    backoff = Backoff(1.0, 60.0, random.Random(7))
    waits = [backoff.next() for _ in range(10)]
    for attempt, wait in enumerate(waits):
        ceiling = min(60.0, 2**attempt)
        assert ceiling / 2 <= wait <= ceiling
    assert len(set(waits[6:])) == 4  # capped, still jittered
    backoff.reset()
    assert backoff.next() <= 1.0


def test_a_station_that_never_joined_works_alone(station):
    from app.config import StationConfig
    from app.sync.worker import start_sync

    assert start_sync(station, StationConfig()) is None
    assert not local_sync_status(station).joined
