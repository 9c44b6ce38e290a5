"""The transactional outbox: every row of a synced table that a flush writes
becomes an outbox row on the same connection, so the change and its outbox row
commit or roll back together. No service has to remember to write one.

Mapper events see each row as it is actually written, including rows deleted
by a delete-orphan cascade, which the session's dirty/deleted lists miss; the
rows are gathered per flush and written in one batch after it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Any

import uuid6
from sqlalchemy import event, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_session, sessionmaker

from db.models import Outbox, RowVersion, Synced

_ENABLED = "mpp_outbox"
_PENDING = "mpp_outbox_pending"
_TX = "mpp_outbox_tx"
# rows whose changes the hub referees (app.sync.hub): their updates carry the version they were made on
VERSIONED = frozenset({"ticket"})
TRACK_VERSIONS = "mpp_track_versions"  # session.info key: record versions (only a station with a hub needs them)


def row_payload(obj: Synced) -> dict[str, Any]:
    """The row as JSON-ready values, by column name."""
    state = inspect(obj)
    return {attr.columns[0].name: _jsonable(getattr(obj, attr.key)) for attr in state.mapper.column_attrs}


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _changed(obj: Synced) -> bool:
    state = inspect(obj)
    return any(state.attrs[attr.key].history.has_changes() for attr in state.mapper.column_attrs)


def _record(op: str):
    def listener(_mapper, _connection, target: Synced) -> None:
        session = object_session(target)
        if session is None or not session.info.get(_ENABLED):
            return  # a session without the outbox (not made by our sessionmaker)
        if op == "update" and not _changed(target):
            return
        payload = {"id": str(target.id)} if op == "delete" else row_payload(target)
        session.info.setdefault(_PENDING, []).append(
            {
                "entity": type(target).__tablename__,
                "entity_id": str(target.id),
                "op": op,
                "payload": payload,
            }
        )

    return listener


for _op in ("insert", "update", "delete"):
    event.listen(Synced, f"after_{_op}", _record(_op), propagate=True)


def _write(session: Session, _flush_context) -> None:
    rows = session.info.get(_PENDING)
    if not rows:
        return
    now = session.info.get("clock", lambda: datetime.now(timezone.utc))()
    # every flush of one transaction shares its tx id: the hub takes or refuses the transaction whole
    tx_id = session.info.setdefault(_TX, _new_id())
    for row in rows:
        row.update(created_at=now, change_id=_new_id(), tx_id=tx_id, base=None)
    connection = session.connection()
    if session.info.get(TRACK_VERSIONS):  # a station that syncs (app.uow sets it)
        _track_versions(connection, [row for row in rows if row["entity"] in VERSIONED])
    connection.execute(Outbox.__table__.insert(), rows)
    rows.clear()


def _track_versions(connection, rows: list[dict[str, Any]]) -> None:
    """A versioned row's update names the change it was made on (its base); the row's
    version becomes this change. The hub refuses an update made on another version."""
    if not rows:
        return
    table = RowVersion.__table__
    ids = list({row["entity_id"] for row in rows})
    versions = dict(connection.execute(select(table.c.entity_id, table.c.change_id).where(table.c.entity_id.in_(ids))).all())
    for row in rows:
        if row["op"] == "update":
            row["base"] = {"version": versions.get(row["entity_id"])}
        versions[row["entity_id"]] = row["change_id"]
    set_versions(connection, versions)


def set_versions(connection, versions: dict[str, str]) -> None:
    """Record which change made each versioned row as this station has it."""
    if versions:
        statement = sqlite_insert(RowVersion.__table__)
        connection.execute(
            statement.on_conflict_do_update(index_elements=["entity_id"], set_={"change_id": statement.excluded.change_id}),
            [{"entity_id": k, "change_id": v} for k, v in versions.items()],
        )


def _new_id() -> str:
    return str(uuid.UUID(bytes=uuid6.uuid7().bytes))


def _forget(session: Session) -> None:
    # a flush that failed half-way must not leave its rows for a later flush
    session.info.pop(_PENDING, None)
    session.info.pop(_TX, None)


def _end_transaction(session: Session) -> None:
    session.info.pop(_TX, None)


def install_outbox(factory: sessionmaker) -> None:
    factory.kw.setdefault("info", {})[_ENABLED] = True
    event.listen(factory, "after_flush", _write)
    event.listen(factory, "after_rollback", _forget)
    event.listen(factory, "after_commit", _end_transaction)
