"""The sync worker: keeps a station file in step with its hub, on threads of its
own (never a window's), until stopped. Plain Python: a window starts it from its
composition root (ui/sync.py), `mpp sync` runs it in the foreground.

- The pusher pushes as soon as this station's file changes (PRAGMA
  data_version, a few times a second), and every few seconds anyway; it also
  keeps the number leases topped up.
- The puller long-polls the hub, so another station's change arrives within
  a round trip.
- Either one, failing, waits by timer and tries again, for ever: exponential
  backoff with jitter, capped; a timeout counts as "unknown", and what waits in
  the outbox stays until the hub has answered for it.
- Several processes on one station file (kiosk, counter and display windows
  on one PC) start one worker each; a lock file lets one of them sync and the
  others stand by, taking over when it stops.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from pathlib import Path

from app.config import StationConfig
from app.errors import MppError
from app.sync.client import HubClient
from app.sync.numbers import top_up_leases
from app.sync.protocol import LONG_POLL_SECONDS, SyncError
from app.sync.station import (
    is_joined,
    join,
    note_failure,
    open_client,
    pull_changes,
    push_waiting,
    set_lease_ahead,
)
from app.sync.status import StationSyncStatus, local_sync_status
from app.uow import Station
from app.watch import ChangeWatcher

log = logging.getLogger(__name__)

PUSH_POLL_SECONDS = 0.1  # how often the pusher looks at the station file's data_version
HOUSEKEEPING_SECONDS = 5.0  # push and top up leases this often even when nothing changed
STATUS_SECONDS = 1.0
STANDBY_SECONDS = 5.0  # another process syncs this file: ask for the lock again this often


class Backoff:
    """Exponential backoff with jitter: 1, 2, 4, ... up to `cap` seconds, each drawn between half and all of it."""

    def __init__(self, base: float = 1.0, cap: float = 60.0, rng: random.Random | None = None):
        self.base, self.cap = base, cap
        self.rng = rng or random.Random()
        self.attempt = 0

    def next(self) -> float:
        ceiling = min(self.cap, self.base * 2**self.attempt)
        self.attempt = min(self.attempt + 1, 30)
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.attempt = 0


class StationLock:
    """An advisory lock on a file beside the station's database, held by one process at a time."""

    def __init__(self, path: Path):
        self.path = path
        self._file = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+b")
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


class SyncWorker:
    def __init__(
        self,
        station: Station,
        *,
        url: str | None = None,
        token: str | None = None,
        lease_ahead: bool | None = None,
        long_poll: float = LONG_POLL_SECONDS,
        backoff: tuple[float, float] = (1.0, 60.0),
        client_options: dict | None = None,
        rng: random.Random | None = None,
        standby: float = STANDBY_SECONDS,
    ):
        self.station = station
        self.url, self.token = url, token
        self.lease_ahead = lease_ahead
        self.long_poll = long_poll
        self.backoff = backoff
        self.client_options = client_options or {}
        self.rng = rng or random.Random()
        self.standby = standby
        self._clients: list[HubClient] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = StationLock(Path(f"{station.db.path}.sync-lock"))
        self._status = local_sync_status(station)
        self._last_error: str | None = None
        self.syncing = False  # this process holds the lock and does the work

    # --- the outside -----------------------------------------------------------------

    def start(self) -> SyncWorker:
        if self.lease_ahead is not None:
            set_lease_ahead(self.station, self.lease_ahead)
        self._spawn(self._run, "sync")
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """End the threads: a long poll in flight is cut by closing its client."""
        self._stop.set()
        self._wake.set()
        for client in list(self._clients):
            client.close()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._lock.release()

    def wake(self) -> None:
        """Push now (a window may call this right after it committed)."""
        self._wake.set()

    def status(self) -> StationSyncStatus:
        """The latest sync state, refreshed every second off the caller's thread: safe on a UI thread."""
        return self._status

    # --- the threads ------------------------------------------------------------------

    def _spawn(self, target, name: str) -> None:
        thread = threading.Thread(target=target, name=f"mpp-{name}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _run(self) -> None:
        if not self._join():
            return
        while not self._stop.is_set():
            if not self.syncing and self._lock.acquire():
                self.syncing = True
                self._spawn(self._push_loop, "sync-push")
                self._spawn(self._pull_loop, "sync-pull")
            self._refresh_status()
            self._stop.wait(STATUS_SECONDS if self.syncing else self.standby)

    def _join(self) -> bool:
        """A station whose config names a hub it has not joined yet joins it first (retrying)."""
        backoff = Backoff(*self.backoff, rng=self.rng)
        while not self._stop.is_set():
            try:
                if is_joined(self.station):
                    return True
                join(self.station, self.url, self.token, lease_ahead=bool(self.lease_ahead), **self.client_options)
                return True
            except MppError as error:
                log.warning("joining the hub at %s: %s", self.url, error.message)
                self._status = local_sync_status(self.station)
            self._stop.wait(backoff.next())
        return False

    def _refresh_status(self) -> None:
        try:
            self._status = local_sync_status(self.station)
        except Exception:  # a busy or closing file: keep the last known state
            log.debug("sync status not read", exc_info=True)

    def _client(self) -> HubClient:
        client = open_client(self.station, self.url, self.token, **self.client_options)
        self._clients.append(client)
        return client

    def _failed(self, error: Exception) -> None:
        message = error.message if isinstance(error, MppError) else f"{type(error).__name__}: {error}"
        if not isinstance(error, SyncError):
            log.error("sync failed", exc_info=error)
        if message != self._last_error:
            self._last_error = message
            try:
                note_failure(self.station, message)
            except Exception:
                log.debug("sync failure not noted", exc_info=True)

    def _push_loop(self) -> None:
        backoff = Backoff(*self.backoff, rng=self.rng)
        watcher = ChangeWatcher(self.station)
        client = None
        due = 0.0
        clock = time.monotonic
        try:
            while not self._stop.is_set():
                if watcher.changed() or self._wake.is_set() or clock() >= due:
                    self._wake.clear()
                    try:
                        client = client or self._client()
                        push_waiting(self.station, client)
                        top_up_leases(self.station, client)
                        self._last_error = None
                        backoff.reset()
                        due = clock() + HOUSEKEEPING_SECONDS
                    except Exception as error:
                        self._failed(error)
                        due = 0.0  # what waits is tried again after the backoff, changes or not
                        self._stop.wait(backoff.next())
                        continue
                self._stop.wait(PUSH_POLL_SECONDS)
        finally:
            watcher.close()
            if client is not None:
                client.close()

    def _pull_loop(self) -> None:
        backoff = Backoff(*self.backoff, rng=self.rng)
        client = None
        try:
            while not self._stop.is_set():
                try:
                    client = client or self._client()
                    pull_changes(self.station, client, wait=self.long_poll)
                    self._last_error = None
                    backoff.reset()
                except Exception as error:
                    self._failed(error)
                    self._stop.wait(backoff.next())
        finally:
            if client is not None:
                client.close()


def start_sync(station: Station, config: StationConfig, *, lease_ahead: bool | None = None) -> SyncWorker | None:
    """The composition root's one call: a running worker when this station has a hub
    (it joined one, or its config names one, which it then joins), else None (it works alone)."""
    if not is_joined(station) and not (config.hub_url and config.hub_token):
        return None
    # what the threads will need, loaded here: a thread importing while a window runs its
    # events can crash PySide6 (ui/tasks.py); an HTTP client's first making loads ssl and certifi
    HubClient("http://127.0.0.1:1", "", "").close()
    return SyncWorker(station, url=config.hub_url or None, token=config.hub_token or None, lease_ahead=lease_ahead).start()
