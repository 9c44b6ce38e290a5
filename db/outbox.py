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

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, object_session, sessionmaker

from db.models import Outbox, Synced

_ENABLED = "mpp_outbox"
_PENDING = "mpp_outbox_pending"


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
            {"entity": type(target).__tablename__, "entity_id": str(target.id), "op": op, "payload": payload}
        )

    return listener


for _op in ("insert", "update", "delete"):
    event.listen(Synced, f"after_{_op}", _record(_op), propagate=True)


def _write(session: Session, _flush_context) -> None:
    rows = session.info.get(_PENDING)
    if not rows:
        return
    now = session.info.get("clock", lambda: datetime.now(timezone.utc))()
    session.connection().execute(Outbox.__table__.insert(), [row | {"created_at": now} for row in rows])
    rows.clear()


def _forget(session: Session) -> None:
    # a flush that failed half-way must not leave its rows for a later flush
    session.info.pop(_PENDING, None)


def install_outbox(factory: sessionmaker) -> None:
    factory.kw.setdefault("info", {})[_ENABLED] = True
    event.listen(factory, "after_flush", _write)
    event.listen(factory, "after_rollback", _forget)
