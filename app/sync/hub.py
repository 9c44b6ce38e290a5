"""The hub's rules, over SQLAlchemy Core on PostgreSQL or SQLite (db/hub.py).
app.sync.server puts them behind HTTP; `mpp hub` calls them directly.

Push. The changes of a batch are judged one station transaction at a time, in
the order the station wrote them, and a transaction is accepted or refused
whole. A change id the hub has seen is answered as before (a replay), unless
its hash differs: then it is refused ("conflict"). A transaction waits
("later", nothing stored) while the hub lacks a row it refers to or changes;
it is refused when it would break a unique key of the stations' tables
("duplicate") or when it changes a ticket that is no longer as the station saw
it (the referee: a ticket update carries its row as the station had it, and
that must equal the hub's; its events must be steps of app.queue.TRANSITIONS).
First come, first served: the first transaction to reach the hub wins.

Order. A push holds the row of the server sequence (hub_counter "seq") from its
start to its commit: sequence numbers are given and committed in one order, so
a pull that has read up to 42 has seen 41 and everything before.

Epoch. A hub restored from a backup gets a new epoch (`mpp hub new-epoch`, or by
itself when a station says it has seen sequence numbers the hub never gave);
stations then push again what the hub may lack.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, case, create_engine, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from app.clock import Clock, system_clock
from app.errors import InvalidInput, NotFound, Refused
from app.ids import new_id
from app.queue import TRANSITIONS
from app.sync import rows
from app.sync.protocol import PROTOCOL, SyncError, change_hash
from app.sync.status import CONNECTED_WITHIN, HubStationState, HubStatus
from app.workdays import business_date
from db.engine import READ_ONLY, make_engine
from db.outbox import VERSIONED
from db.hub import (
    HUB_SCHEMA_VERSION,
    hub_change,
    hub_counter,
    hub_entity,
    hub_lease,
    hub_meta,
    hub_metadata,
    hub_station,
    hub_unique,
)

SEQ = "seq"
HUB_STATION = "hub"  # the station row of the hub's own changes
CATALOG = ("mpp_settings", "closure", "agency", "service", "counter", "counter_service", "staff")
_SNAPSHOT = (hub_entity.c.entity_id, hub_entity.c.entity, hub_entity.c.payload, hub_entity.c.change_id,
             hub_entity.c.first_seq)  # fmt: skip
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SCOPE = re.compile(r"^(ticket:[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}|complaint:\d{4})$")
MAX_LEASE = 1000
SEEN_EVERY = timedelta(seconds=5)

# every step a ticket event may record: (kind, from, to)
STEPS = {("issued", None, "waiting")} | {
    (kind, start, to) for starts, to, kind in TRANSITIONS.values() for start in starts
}


def hub_engine(url: str) -> Engine:
    """PostgreSQL from its URL; SQLite from sqlite:///PATH or a plain path (WAL, BEGIN IMMEDIATE)."""
    if url.startswith("postgresql"):
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    if url.startswith("sqlite:///"):
        url = url.removeprefix("sqlite:///")
    elif "://" in url:
        raise InvalidInput(f"the hub's --db is postgresql+psycopg://... or a SQLite file path, not {url!r}")
    return make_engine(Path(url))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class HubStation:
    id: str
    name: str


@dataclass
class _Row:
    """A synced row as the hub holds it (hub_entity), while a push works on it."""

    entity: str
    payload: dict[str, Any]
    change_id: str | None  # the version
    deleted: bool
    seq: int | None
    first_seq: int | None
    day: date | None
    stored: bool  # in hub_entity already


@dataclass
class _Batch:
    """What a push has read and changed so far; a transaction's changes go to `staged`
    first and into the batch only when the transaction is accepted."""

    rows: dict[str, _Row]
    keys: dict[tuple[str, str], str | None]  # (unique key name, key) -> holder
    staged_rows: dict[str, _Row] = field(default_factory=dict)
    staged_keys: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def row(self, entity_id: str) -> _Row | None:
        return self.staged_rows.get(entity_id) or self.rows.get(entity_id)

    def holder(self, key: tuple[str, str]) -> str | None:
        return self.staged_keys[key] if key in self.staged_keys else self.keys.get(key)

    def accept(self) -> None:
        self.rows.update(self.staged_rows)
        self.keys.update(self.staged_keys)
        self.discard()

    def discard(self) -> None:
        self.staged_rows = {}
        self.staged_keys = {}


class _Verdict(Exception):
    def __init__(self, status: str, code: str = "", message: str = "", holders: tuple[str, ...] = ()):
        self.status, self.code, self.message, self.holders = status, code, message, holders


def _keys_of(entity: str, payload: dict[str, Any] | None) -> dict[tuple[str, str], None]:
    if payload is None:
        return {}
    keys = {}
    for unique in rows.unique_keys(entity):
        key = unique.key(payload)
        if key is not None:
            keys[(unique.name, key)] = None
    return keys


class Hub:
    def __init__(self, url: str, clock: Clock = system_clock):
        self.url = url
        self.clock = clock
        self.engine = hub_engine(url)
        self.sqlite = self.engine.dialect.name == "sqlite"
        # SQLite: reads take no write lock (plain BEGIN); PostgreSQL: reads see one snapshot
        self.reader = (
            self.engine.execution_options(**READ_ONLY)
            if self.sqlite
            else self.engine.execution_options(isolation_level="REPEATABLE READ")
        )

    def close(self) -> None:
        self.engine.dispose()

    @property
    def backend(self) -> str:
        return "SQLite" if self.sqlite else "PostgreSQL"

    # --- setting up ----------------------------------------------------------------------

    def init(self) -> dict[str, str]:
        """Create the hub's tables and identity; opening an existing hub changes nothing."""
        hub_metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            meta = self._meta(conn)
            if not meta:
                meta = {
                    "schema_version": HUB_SCHEMA_VERSION,
                    "hub_id": str(new_id()),
                    "epoch": str(new_id()),
                    "epoch_base": "0",
                    "created_at": self.clock().isoformat(),
                }
                conn.execute(insert(hub_meta), [{"key": k, "value": v} for k, v in meta.items()])
                conn.execute(insert(hub_counter).values(scope=SEQ, last=0))
                # the hub's own changes (a catalog loaded here) come from this station; nobody holds its token
                conn.execute(insert(hub_station).values(
                    id=str(new_id()), name=HUB_STATION, token_hash=hash_token(secrets.token_urlsafe(32)),
                    created_at=self.clock(), cursor=0, waiting=0,
                ))  # fmt: skip
        return meta

    def load_catalog(self, data: dict):
        """Load or change the catalog at the hub, exactly as a station would: on a scratch
        station file holding the hub's catalog, whose changes the hub then takes as its
        own. Rows keep their ids; what the file no longer lists is deactivated."""
        import tempfile

        from app.catalog import load_catalog, validate_catalog
        from app.sync.station import _as_change
        from app.uow import Station
        from db.models import Outbox

        validate_catalog(data)
        with self.reader.connect() as conn:
            catalog = conn.execute(
                select(*_SNAPSHOT).where(~hub_entity.c.deleted, hub_entity.c.entity.in_(CATALOG))
                .order_by(hub_entity.c.first_seq)
            ).all()  # fmt: skip
        with tempfile.TemporaryDirectory(prefix="mpp-hub-catalog-") as tmp:
            station = Station.open(Path(tmp) / "catalog.sqlite", self.clock)
            try:
                with station.uow() as uow:
                    connection = uow.session.connection()
                    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                    for row in catalog:
                        rows.apply_row(connection, row.entity, row.entity_id, False, row.payload)
                    uow.commit()
                with station.uow() as uow:
                    summary = load_catalog(uow, data)
                    uow.commit()
                with station.uow(read_only=True) as uow:
                    changes = [_as_change(r) for r in uow.session.scalars(select(Outbox).order_by(Outbox.seq))]
            finally:
                station.close()
        answer = self.push(self.station_named(HUB_STATION), changes)
        troubles = [r for r in answer["results"] if r["status"] not in ("ok", "dup")]
        if troubles:
            raise Refused("the hub did not take the catalog: " + "; ".join(r.get("message", "") for r in troubles[:5]),
                          code="catalog_refused")  # fmt: skip
        return summary

    def _meta(self, conn) -> dict[str, str]:
        return dict(conn.execute(select(hub_meta.c.key, hub_meta.c.value)).all())

    def check(self) -> dict[str, str]:
        """The hub's identity; a clear error when the database is not a hub of this version."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.reader.connect() as conn:
                meta = self._meta(conn)
        except DBAPIError as error:
            raise Refused(f"{self.url} is not a hub database: run `mpp hub init --db ...` ({error.orig})",
                          code="not_a_hub") from None
        if meta.get("schema_version") != HUB_SCHEMA_VERSION:
            raise Refused(f"{self.url} is not a hub database of schema {HUB_SCHEMA_VERSION}", code="not_a_hub")
        return meta

    def new_epoch(self, base: int | None = None) -> dict[str, str]:
        """After restoring a backup: a new epoch, so stations push again what it lacks.
        base: the last sequence number both timelines share (default: the highest now)."""
        with self.engine.begin() as conn:
            high = conn.execute(select(hub_counter.c.last).where(hub_counter.c.scope == SEQ).with_for_update()).scalar_one()
            return self._set_epoch(conn, high if base is None else min(base, high))

    def _set_epoch(self, conn, base: int) -> dict[str, str]:
        values = {"epoch": str(new_id()), "epoch_base": str(base)}
        for key, value in values.items():
            conn.execute(update(hub_meta).where(hub_meta.c.key == key).values(value=value))
        return values

    def add_station(self, name: str) -> str:
        """A new station's token (shown once; only its hash is kept)."""
        if not NAME.match(name or ""):
            raise InvalidInput(f"a station name is 1 to 64 letters, digits, '.', '_' or '-', not {name!r}")
        token = "-"
        while token.startswith("-"):  # typed after --token, it must not look like an option
            token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            if conn.execute(select(hub_station.c.id).where(hub_station.c.name == name)).first():
                raise Refused(f"a station named {name!r} exists already; choose another name", code="exists")
            conn.execute(
                insert(hub_station).values(
                    id=str(new_id()), name=name, token_hash=hash_token(token), created_at=self.clock(), cursor=0, waiting=0
                )
            )
        return token

    def revoke(self, name: str) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(hub_station).where(hub_station.c.name == name).values(revoked_at=self.clock())
            ).rowcount
        if not done:
            raise NotFound(f"no station named {name!r} at this hub")

    # --- who is asking -------------------------------------------------------------------

    def authenticate(self, token: str | None, station_id: str | None, protocol: int,
                     station_clock: datetime | None = None) -> HubStation:
        """The station a request comes from: its token must be known and not revoked, and
        used by one station file only (the first that came with it)."""
        if not token:
            raise SyncError("no station token: join with `mpp init --hub URL --token TOKEN`", code="unauthorized")
        now = self.clock()
        with self.reader.connect() as conn:
            row = conn.execute(select(hub_station).where(hub_station.c.token_hash == hash_token(token))).first()
        if row is None:
            raise SyncError("this station's token is not known at the hub", code="unauthorized")
        if row.revoked_at is not None:
            raise SyncError(f"station {row.name} was revoked at the hub", code="revoked")
        if station_id and row.station_id and row.station_id != station_id:
            raise SyncError(
                f"the token of station {row.name} belongs to another station file; "
                "give each station file its own token (`mpp hub add-station`)",
                code="wrong_station",
            )
        values: dict[str, Any] = {"last_seen_at": now, "protocol": protocol}
        if station_id and not row.station_id:
            values["station_id"] = station_id
        if station_clock is not None:
            values["clock_skew_seconds"] = int((station_clock - now).total_seconds())
        # written when something changed or every few seconds: not a disk write per request
        fresh = row.last_seen_at is not None and now - row.last_seen_at < SEEN_EVERY
        skew_same = abs((values.get("clock_skew_seconds") or 0) - (row.clock_skew_seconds or 0)) < 5
        if not (fresh and skew_same and protocol == row.protocol and "station_id" not in values):
            with self.engine.begin() as conn:
                conn.execute(update(hub_station).where(hub_station.c.id == row.id).values(**values))
        return HubStation(row.id, row.name)

    def hello(self, station: HubStation) -> dict[str, Any]:
        with self.reader.connect() as conn:
            meta = self._meta(conn)
            high = self._high(conn)
        return {
            "protocol": PROTOCOL, "hub_id": meta["hub_id"], "epoch": meta["epoch"],
            "epoch_base": int(meta["epoch_base"]), "high": high, "station": station.name,
        }  # fmt: skip

    def check_epoch(self, epoch: str | None, seen: int) -> None:
        """The station's epoch must be the hub's. A station that has seen sequence numbers
        beyond the hub's highest proves the hub lost them (a restore without new-epoch):
        the hub starts a new epoch by itself, with base 0 (it cannot tell what it lacks)."""
        with self.reader.connect() as conn:
            meta = self._meta(conn)
            if epoch == meta["epoch"] and seen <= self._high(conn):
                return
        with self.engine.begin() as conn:
            meta = self._meta(conn)
            if epoch == meta["epoch"]:
                high = conn.execute(
                    select(hub_counter.c.last).where(hub_counter.c.scope == SEQ).with_for_update()
                ).scalar_one()
                if seen <= high:
                    return
                meta |= self._set_epoch(conn, 0)
        raise SyncError("the hub's epoch changed (it was restored from a backup)", code="epoch",
                        epoch=meta["epoch"], epoch_base=int(meta["epoch_base"]))  # fmt: skip

    def _high(self, conn) -> int:
        return conn.execute(select(hub_counter.c.last).where(hub_counter.c.scope == SEQ)).scalar_one()

    # --- push ----------------------------------------------------------------------------

    def push(self, station: HubStation, changes: list[dict[str, Any]], waiting: int = 0,
             oldest_waiting_at: datetime | None = None) -> dict[str, Any]:
        """Judge and store a batch; one transaction, committed before the answer."""
        for change in changes:
            _check_shape(change)
        now = self.clock()
        results: list[dict[str, Any]] = []
        current: set[str] = set()
        ticks = itertools.count()

        def stamp() -> str:
            """The hub's received_at of a new row: a microsecond apart, so they sort as they came."""
            return (now + timedelta(microseconds=next(ticks))).isoformat()

        with self.engine.begin() as conn:
            last = conn.execute(
                select(hub_counter.c.last).where(hub_counter.c.scope == SEQ).with_for_update()
            ).scalar_one()
            versions = [(c.get("base") or {}).get("version") for c in changes if c.get("base")]
            known = self._known_changes(conn, [c["change_id"] for c in changes] + [v for v in versions if v])
            batch = self._read_batch(conn, changes)
            stored: list[dict[str, Any]] = []
            deferred: set[str] = set()
            for group in _transactions(changes):
                fresh = []
                for change in group:
                    digest = change_hash(change)
                    seen = known.get(change["change_id"])
                    if seen is None:
                        fresh.append((change, digest))
                        continue
                    results.append(_replay(change, seen, digest))
                    row = batch.row(change["entity_id"])
                    if seen.seq is None or seen.hash != digest or row is None or row.seq != seen.seq:
                        current.add(change["entity_id"])
                if not fresh:
                    continue
                try:
                    self._judge(batch, [c for c, _ in fresh], deferred, known, stamp)
                except _Verdict as verdict:
                    batch.discard()
                    for change, digest in fresh:
                        if verdict.status == "later":
                            deferred.add(change["entity_id"])
                            results.append({"change_id": change["change_id"], "status": "later", "message": verdict.message})
                            continue
                        results.append({"change_id": change["change_id"], "status": "refused",
                                        "code": verdict.code, "message": verdict.message})  # fmt: skip
                        stored.append(_stored(station, change, digest, None, now, verdict.code, verdict.message))
                        known[change["change_id"]] = SimpleNamespace(seq=None, hash=digest, code=verdict.code,
                                                                      message=verdict.message)  # fmt: skip
                        current.add(change["entity_id"])
                    current.update(verdict.holders)
                    continue
                batch.accept()
                for change, digest in fresh:
                    last += 1
                    row = batch.rows[change["entity_id"]]
                    row.seq = last
                    if row.first_seq is None:
                        row.first_seq = last
                    payload = dict(change["payload"])
                    if change["op"] != "delete":
                        payload["received_at"] = row.payload.get("received_at")
                    stored.append(_stored(station, change | {"payload": payload}, digest, last, now))
                    known[change["change_id"]] = SimpleNamespace(seq=last, hash=digest, code=None, message=None)
                    results.append({"change_id": change["change_id"], "status": "ok", "seq": last,
                                    "received_at": row.payload.get("received_at")})  # fmt: skip
            self._write(conn, batch, stored, last)
            conn.execute(
                update(hub_station).where(hub_station.c.id == station.id)
                .values(last_push_at=now, waiting=waiting, oldest_waiting_at=oldest_waiting_at)
            )  # fmt: skip
            answer_rows = [self._current(batch, entity_id) for entity_id in sorted(current)]
        return {"results": results, "current": answer_rows, "high": last}

    def _known_changes(self, conn, ids: list[str]) -> dict[str, Any]:
        known = {}
        for chunk in rows.chunks(ids):
            for row in conn.execute(
                select(hub_change.c.change_id, hub_change.c.seq, hub_change.c.hash, hub_change.c.code,
                       hub_change.c.message).where(hub_change.c.change_id.in_(chunk))
            ):  # fmt: skip
                known[row.change_id] = row
        return known

    def _read_batch(self, conn, changes: list[dict[str, Any]]) -> _Batch:
        """The rows a batch names (its own and their parents) and the unique keys it may touch."""
        ids = {c["entity_id"] for c in changes}
        for c in changes:
            if c["entity"] in rows.TABLES and c["op"] != "delete":
                ids.update(rows.parent_ids(c["entity"], c["payload"]))
        batch = _Batch(self._rows(conn, list(ids)), {})
        wanted = set()
        for c in changes:
            if c["entity"] in rows.TABLES:
                wanted.update(_keys_of(c["entity"], None if c["op"] == "delete" else c["payload"]))
        for row in batch.rows.values():
            if not row.deleted:
                wanted.update(_keys_of(row.entity, row.payload))
        by_name: dict[str, list[str]] = {}
        for name, key in wanted:
            by_name.setdefault(name, []).append(key)
        for name, keys in by_name.items():
            for chunk in rows.chunks(keys):
                for row in conn.execute(
                    select(hub_unique.c.key, hub_unique.c.entity_id)
                    .where(hub_unique.c.name == name, hub_unique.c.key.in_(chunk))
                ):  # fmt: skip
                    batch.keys[(name, row.key)] = row.entity_id
        return batch

    def _rows(self, conn, ids: list[str]) -> dict[str, _Row]:
        found = {}
        for chunk in rows.chunks(ids):
            for r in conn.execute(select(hub_entity).where(hub_entity.c.entity_id.in_(chunk))):
                found[r.entity_id] = _Row(r.entity, r.payload, r.change_id, r.deleted, r.seq, r.first_seq, r.day, True)
        return found

    def _judge(self, batch: _Batch, group: list[dict[str, Any]], deferred: set[str], known: dict[str, Any],
               stamp: Callable[[], str]) -> None:
        """Stage one station transaction's changes, or raise its verdict (later or refused)."""
        for change in group:
            entity, entity_id, op, payload = change["entity"], change["entity_id"], change["op"], change["payload"]
            if entity not in rows.TABLES:
                raise _Verdict("refused", "unknown_entity", f"the hub keeps no {entity!r} rows")
            if entity_id in deferred:
                raise _Verdict("later", message=f"an earlier change of {entity} {entity_id} waits")
            row = batch.row(entity_id)
            alive = row is not None and not row.deleted
            name = rows.subject(entity, payload if op != "delete" else (row.payload if row else None))
            if op == "insert" and alive:
                raise _Verdict("refused", "exists", f"{name}: another change made this row at the hub already")
            if op == "update" and not alive:
                raise _Verdict("later", message=f"the hub has no {entity} {entity_id} yet")
            if op == "delete":
                for key in _keys_of(entity, row.payload if alive else None):
                    batch.staged_keys[key] = None
                batch.staged_rows[entity_id] = _Row(
                    entity, payload, change["change_id"], True, row.seq if row else None,
                    row.first_seq if row else None, row.day if row else None, row.stored if row else False,
                )  # fmt: skip
                continue
            day = None
            for column, _parent in rows.parent_columns(entity):
                parent_id = payload.get(column)
                if parent_id is None:
                    continue
                parent = batch.row(parent_id)
                if parent is None or parent.deleted:
                    raise _Verdict("later", message=f"{name} refers to a row the hub does not have yet")
                if rows.DAY_PARENT.get(entity) == column:
                    day = parent.day
            if entity in rows.DAY_COLUMN:
                day = date.fromisoformat(payload[rows.DAY_COLUMN[entity]])
            if entity in VERSIONED and op == "update":
                _referee(name, (change.get("base") or {}).get("version"), row, known)
            if entity == "ticket_event" and op == "insert":
                step = (payload.get("kind"), payload.get("from_status"), payload.get("to_status"))
                if step not in STEPS:
                    raise _Verdict("refused", "bad_transition", f"{name}: {step[0]} from {step[1]} to {step[2]} is no step of a ticket")
            old_keys = _keys_of(entity, row.payload if alive else None)
            new_keys = _keys_of(entity, payload)
            for key in new_keys:
                holder = batch.holder(key)
                if holder is not None and holder != entity_id:
                    columns = next(u.columns for u in rows.unique_keys(entity) if u.name == key[0])
                    raise _Verdict("refused", "duplicate",
                                   f"another station stored a {entity.replace('_', ' ')} with the same "
                                   f"{' and '.join(columns)} first", (holder,))  # fmt: skip
            for key in old_keys:
                if key not in new_keys:
                    batch.staged_keys[key] = None
            for key in new_keys:
                batch.staged_keys[key] = entity_id
            received = (row.payload.get("received_at") if alive else None) or stamp()
            batch.staged_rows[entity_id] = _Row(
                entity, dict(payload, received_at=received), change["change_id"], False, row.seq if row else None,
                row.first_seq if row else None, day, row.stored if row else False,
            )  # fmt: skip

    def _write(self, conn, batch: _Batch, stored: list[dict[str, Any]], last: int) -> None:
        if stored:
            conn.execute(insert(hub_change), stored)
        changed = {s["entity_id"]: batch.rows[s["entity_id"]] for s in stored if s["seq"] is not None}
        if changed:
            dialect = sqlite if self.sqlite else postgresql
            statement = dialect.insert(hub_entity)
            statement = statement.on_conflict_do_update(
                index_elements=[hub_entity.c.entity_id],
                set_={c: statement.excluded[c] for c in ("entity", "payload", "change_id", "deleted", "seq", "day")},
            )
            conn.execute(statement, [
                {"entity_id": eid, "entity": r.entity, "payload": r.payload, "change_id": r.change_id,
                 "deleted": r.deleted, "seq": r.seq, "first_seq": r.first_seq, "day": r.day}
                for eid, r in changed.items()
            ])  # fmt: skip
            ids = list(changed)
            for chunk in rows.chunks(ids):
                conn.execute(delete(hub_unique).where(hub_unique.c.entity_id.in_(chunk)))
            keys = [
                {"name": name, "key": key, "entity_id": eid}
                for eid, r in changed.items()
                if not r.deleted
                for name, key in _keys_of(r.entity, r.payload)
            ]
            if keys:
                conn.execute(insert(hub_unique), keys)
            for row in changed.values():
                row.stored = True
        conn.execute(update(hub_counter).where(hub_counter.c.scope == SEQ).values(last=last))

    @staticmethod
    def _current(batch: _Batch, entity_id: str) -> dict[str, Any] | None:
        """The hub's state of a row, for a station to take: absent rows come as deleted."""
        row = batch.rows.get(entity_id)
        if row is None:
            return {"entity_id": entity_id, "entity": None, "deleted": True, "payload": None, "change_id": None}
        return {"entity_id": entity_id, "entity": row.entity, "deleted": row.deleted, "payload": row.payload,
                "change_id": row.change_id}  # fmt: skip

    # --- pull ----------------------------------------------------------------------------

    def note_station(self, station: HubStation, **values: Any) -> None:
        """What a station said of itself (cursor, waiting rows), for the status."""
        with self.engine.begin() as conn:
            conn.execute(update(hub_station).where(hub_station.c.id == station.id).values(**values))

    def pull(self, station: HubStation, after: int, limit: int) -> dict[str, Any]:
        """Other stations' accepted changes after a sequence number, each as it was pushed, in order.
        `next` is the last number looked at (the station's own changes are passed over)."""
        with self.reader.connect() as conn:
            found = conn.execute(
                select(hub_change.c.seq, hub_change.c.change_id, hub_change.c.station_ref, hub_change.c.entity,
                       hub_change.c.entity_id, hub_change.c.op, hub_change.c.payload)
                .where(hub_change.c.seq > after)
                .order_by(hub_change.c.seq)
                .limit(limit)
            ).all()  # fmt: skip
            high = self._high(conn)
        changes = [
            {"seq": r.seq, "change_id": r.change_id, "entity": r.entity, "entity_id": r.entity_id,
             "deleted": r.op == "delete", "payload": None if r.op == "delete" else r.payload}
            for r in found if r.station_ref != station.id
        ]  # fmt: skip
        return {"changes": changes, "next": found[-1].seq if found else after, "high": high}

    def newest(self) -> int:
        with self.reader.connect() as conn:
            return self._high(conn)

    # --- joining -------------------------------------------------------------------------

    def snapshot(self, station: HubStation, now: datetime) -> dict[str, Any]:
        """What a joining station takes: every row as it is now (the catalog, complaints,
        counter states) except the day-bound ones of earlier days, but with the tickets
        today's rows refer to, in the order the rows first reached the hub; and `high`,
        where its pulls start."""
        with self.reader.connect() as conn:
            high = self._high(conn)
            settings = conn.execute(select(hub_entity.c.payload).where(hub_entity.c.entity == "mpp_settings")).first()
            if settings is None:
                raise Refused("the hub has no catalog yet: `mpp hub init --db ... --catalog FILE`", code="no_catalog")
            day = business_date(SimpleNamespace(**settings.payload), now)
            query = (
                select(*_SNAPSHOT).where(~hub_entity.c.deleted, (hub_entity.c.day.is_(None)) | (hub_entity.c.day >= day))
                .order_by(hub_entity.c.first_seq)
            )
            taken = [dict(r._mapping) for r in conn.execute(query)]
            have = {r["entity_id"] for r in taken}
            # older tickets a complaint or survey response refers to
            wanted = sorted({
                r["payload"]["ticket_id"] for r in taken
                if r["entity"] in ("complaint", "survey_response") and r["payload"].get("ticket_id")
            } - have)  # fmt: skip
            for chunk in rows.chunks(wanted):
                taken += [dict(r._mapping) for r in conn.execute(
                    select(*_SNAPSHOT).where(hub_entity.c.entity_id.in_(chunk))
                )]  # fmt: skip
        taken.sort(key=lambda r: r["first_seq"])
        rows_ = [{"entity": r["entity"], "entity_id": r["entity_id"], "change_id": r["change_id"], "deleted": False,
                  "payload": r["payload"]} for r in taken]  # fmt: skip
        return {"high": high, "day": day.isoformat(), "rows": rows_}

    # --- numbers -------------------------------------------------------------------------

    def lease(self, station: HubStation, scope: str, count: int, request_id: str) -> dict[str, Any]:
        """A block of numbers of a scope for this station alone; asking again with the same
        request id gives the same block (an answer lost on the way wastes nothing)."""
        if not SCOPE.match(scope or ""):
            raise SyncError(f"no number scope {scope!r}", code="bad_request")
        if not isinstance(count, int) or not 1 <= count <= MAX_LEASE:
            raise SyncError(f"a lease is 1 to {MAX_LEASE} numbers, not {count!r}", code="bad_request")
        with self.engine.begin() as conn:
            before = conn.execute(select(hub_lease).where(hub_lease.c.request_id == request_id)).first()
            if before is not None:
                return {"scope": before.scope, "first": before.first_number, "last": before.last_number}
            dialect = sqlite if self.sqlite else postgresql
            statement = dialect.insert(hub_counter).values(scope=scope, last=count)
            statement = statement.on_conflict_do_update(
                index_elements=[hub_counter.c.scope], set_={"last": hub_counter.c.last + count}
            ).returning(hub_counter.c.last)
            last = conn.execute(statement).scalar_one()
            first = last - count + 1
            conn.execute(insert(hub_lease).values(
                station_ref=station.id, request_id=request_id, scope=scope, first_number=first, last_number=last,
                leased_at=self.clock(),
            ))  # fmt: skip
        return {"scope": scope, "first": first, "last": last}

    def claim(self, station: HubStation, leases: list[dict[str, Any]]) -> dict[str, Any]:
        """A station tells a hub of a new epoch the numbers it holds: the hub's counters
        move past them, so it never leases them again (a restored hub forgot them)."""
        dialect = sqlite if self.sqlite else postgresql
        with self.engine.begin() as conn:
            for lease in leases:
                scope, last = lease.get("scope"), lease.get("last")
                if not SCOPE.match(scope or "") or not isinstance(last, int) or last < 1:
                    raise SyncError(f"no lease {lease!r}", code="bad_request")
                statement = dialect.insert(hub_counter).values(scope=scope, last=last)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=[hub_counter.c.scope],
                    set_={"last": case((hub_counter.c.last < last, last), else_=hub_counter.c.last)},
                ))  # fmt: skip
        return {"claimed": len(leases)}

    # --- status --------------------------------------------------------------------------

    def status(self) -> HubStatus:
        now = self.clock()
        with self.reader.connect() as conn:
            meta = self._meta(conn)
            high = self._high(conn)
            stations = conn.execute(
                select(hub_station).where(hub_station.c.name != HUB_STATION).order_by(hub_station.c.name)
            ).all()
        return HubStatus(
            hub_id=meta["hub_id"],
            epoch=meta["epoch"],
            high=high,
            now=now,
            stations=tuple(
                HubStationState(
                    name=s.name,
                    station_id=s.station_id,
                    created_at=s.created_at,
                    revoked=s.revoked_at is not None,
                    connected=s.revoked_at is None and s.last_seen_at is not None and now - s.last_seen_at < CONNECTED_WITHIN,
                    last_seen_at=s.last_seen_at,
                    last_push_at=s.last_push_at,
                    last_pull_at=s.last_pull_at,
                    cursor=s.cursor,
                    behind=max(0, high - s.cursor) if s.station_id else high,
                    waiting=s.waiting,
                    oldest_waiting_at=s.oldest_waiting_at,
                    clock_skew_seconds=s.clock_skew_seconds,
                    protocol=s.protocol,
                )
                for s in stations
            ),
        )

    # --- the hub's own changes (a catalog loaded at the hub) -------------------------------

    def station_named(self, name: str) -> HubStation:
        with self.reader.connect() as conn:
            row = conn.execute(select(hub_station.c.id, hub_station.c.name).where(hub_station.c.name == name)).first()
        if row is None:
            raise NotFound(f"no station named {name!r} at this hub")
        return HubStation(row.id, row.name)


# --- pieces of push ------------------------------------------------------------------------

_CHANGE_KEYS = {"change_id": str, "tx_id": str, "entity": str, "entity_id": str, "op": str, "payload": dict}


def _check_shape(change: Any) -> None:
    if not isinstance(change, dict):
        raise SyncError("a change is a JSON object", code="bad_request")
    for key, kind in _CHANGE_KEYS.items():
        if not isinstance(change.get(key), kind):
            raise SyncError(f"a change needs {key!r} ({kind.__name__})", code="bad_request")
    if change["op"] not in ("insert", "update", "delete"):
        raise SyncError(f"no op {change['op']!r}", code="bad_request")
    if change.get("base") is not None and not isinstance(change["base"], dict):
        raise SyncError("a change's base is a JSON object or null", code="bad_request")


def _transactions(changes: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    """The batch cut into the station's transactions, in order."""
    group: list[dict[str, Any]] = []
    for change in changes:
        if group and change["tx_id"] != group[-1]["tx_id"]:
            yield group
            group = []
        group.append(change)
    if group:
        yield group


def _replay(change: dict[str, Any], seen, digest: str) -> dict[str, Any]:
    if seen.hash != digest:
        return {"change_id": change["change_id"], "status": "refused", "code": "conflict",
                "message": "the hub has another change with this id"}  # fmt: skip
    if seen.seq is None:
        return {"change_id": change["change_id"], "status": "refused", "code": seen.code, "message": seen.message}
    return {"change_id": change["change_id"], "status": "dup", "seq": seen.seq}


def _stored(station: HubStation, change: dict[str, Any], digest: str, seq: int | None, now: datetime,
            code: str | None = None, message: str | None = None) -> dict[str, Any]:
    return {
        "change_id": change["change_id"], "seq": seq, "station_ref": station.id, "tx_id": change["tx_id"],
        "entity": change["entity"], "entity_id": change["entity_id"], "op": change["op"],
        "payload": change["payload"], "hash": digest, "code": code, "message": message, "received_at": now,
    }  # fmt: skip


def _referee(name: str, version: str | None, row: _Row, known: dict[str, Any]) -> None:
    """A ticket changes only from the hub's latest version of it: the change the station
    made it on must be the latest the hub accepted. Made on an older accepted change, or
    on one the hub refused: refused (another station was first). Made on a change the hub
    does not know (yet: a restored hub, until its station pushes it again): later."""
    if version is None or version == row.change_id:
        return
    seen = known.get(version)
    if seen is None:
        raise _Verdict("later", message=f"{name} was changed on a version the hub does not have yet")
    status = row.payload.get("status")
    raise _Verdict("refused", "transition_refused",
                   f"{name} was changed first at another station; the hub has it {status}")  # fmt: skip
