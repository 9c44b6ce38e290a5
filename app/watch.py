"""Seeing other processes' commits on the station's SQLite file.

SQLite's PRAGMA data_version changes on a connection whenever another
connection has committed to the file since it last asked. A window asks a few
times a second on one connection kept for that alone, and reloads its data only
when the answer changed: no busy loop and no reload while nothing happens.
"""

from __future__ import annotations

import threading

from app.uow import Station


class ChangeWatcher:
    def __init__(self, station: Station):
        # its own connection: data_version ignores the asking connection's own commits,
        # so this one never writes and every other connection's commit shows
        self._connection = station.db.engine.raw_connection()
        self._lock = threading.Lock()
        self._version: int | None = None

    def changed(self) -> bool:
        """True on the first call and whenever another connection committed since the last call."""
        with self._lock:
            cursor = self._connection.cursor()
            try:
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()
            changed = version != self._version
            self._version = version
            return changed

    def close(self) -> None:
        with self._lock:
            self._connection.close()
