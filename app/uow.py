"""The station and its unit of work.

A Station is one database file, a clock and this station's identity. Its
unit of work is a context manager over one SQLAlchemy session: leaving the
block without commit() rolls back, so a failing service changes nothing.
The outbox rows for every change are written by db.outbox in the same
transaction.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock, system_clock
from app.ids import new_id
from db.database import Database, open_database
from db.outbox import TRACK_VERSIONS
from db.models import LocalState, MppSettings, Synced, SyncState

T = TypeVar("T", bound=Synced)
_SETTINGS = select(MppSettings).limit(1)


class Station:
    def __init__(self, db: Database, clock: Clock = system_clock):
        self.db = db
        self.clock = clock
        self.station_id = _station_id(db)
        # numbers come from blocks leased from the hub once the station joined one (app.sync.numbers)
        self.joined_hub = _joined_hub(db)

    @classmethod
    def open(cls, path: str | Path, clock: Clock = system_clock, **kwargs) -> Station:
        return cls(open_database(path, **kwargs), clock)

    def uow(self, *, read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self, read_only=read_only)

    def close(self) -> None:
        self.db.dispose()


def _station_id(db: Database) -> uuid.UUID:
    """This file's station id, minted on first use and kept in the file."""
    with db.sessions() as session:
        row = session.get(LocalState, "station_id")
        if row is None:
            row = LocalState(key="station_id", value=str(new_id()))
            session.add(row)
            session.commit()
        return uuid.UUID(row.value)


def _joined_hub(db: Database) -> bool:
    with db.sessions() as session:
        return session.get(SyncState, 1) is not None


class UnitOfWork:
    session: Session

    def __init__(self, station: Station, *, read_only: bool = False):
        self.station = station
        self.station_id = station.station_id
        self._factory = station.db.read_sessions if read_only else station.db.sessions
        self._settings: MppSettings | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["clock"] = self.station.clock
        self.session.info[TRACK_VERSIONS] = self.station.joined_hub
        self._now = None
        return self

    def __exit__(self, *exc) -> None:
        # close() ends the transaction, rolling back whatever was not
        # committed, and leaves loaded objects readable (rollback() would expire them).
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def now(self) -> datetime:
        """The time of this use case: read once, so every row it writes agrees."""
        if self._now is None:
            self._now = self.station.clock()
        return self._now

    def new(self, model: type[T], **fields) -> T:
        """A new synced row, stamped with id, station and time, added to the session."""
        now = self.now()
        stamps = {"id": new_id(), "station_id": self.station_id, "created_at": now}
        if hasattr(model, "updated_at"):
            stamps["updated_at"] = now
        obj = model(**(stamps | fields))
        self.session.add(obj)
        return obj

    def touch(self, obj: Synced) -> None:
        if hasattr(obj, "updated_at"):
            obj.updated_at = self.now()

    def settings(self) -> MppSettings:
        if self._settings is None:
            settings = self.session.scalars(_SETTINGS).first()
            if settings is None:
                from app.errors import Refused

                raise Refused(
                    "this station has no catalog yet: run `mpp init --catalog FILE`",
                    code="no_catalog",
                )
            self._settings = settings
        return self._settings
