"""The transactional outbox: every flushed change to a synced row becomes an
outbox row on the same connection, so the change and its outbox row commit or
roll back together. No service has to remember to write one."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from db.models import Outbox, Synced


def row_payload(obj: Synced) -> dict[str, Any]:
    """The row as JSON-ready values, by column name."""
    state = inspect(obj)
    payload = {}
    for attr in state.mapper.column_attrs:
        payload[attr.columns[0].name] = _jsonable(getattr(obj, attr.key))
    return payload


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _collect(session: Session, _flush_context) -> None:
    now = session.info.get("clock", lambda: datetime.now(timezone.utc))()
    rows = []
    for op, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if not isinstance(obj, Synced):
                continue
            if op == "update" and not session.is_modified(obj, include_collections=False):
                continue
            payload = {"id": str(obj.id)} if op == "delete" else row_payload(obj)
            rows.append(
                {
                    "entity": type(obj).__tablename__,
                    "entity_id": str(obj.id),
                    "op": op,
                    "payload": payload,
                    "created_at": now,
                }
            )
    if rows:
        session.connection().execute(Outbox.__table__.insert(), rows)


def install_outbox(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _collect)
