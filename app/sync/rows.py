"""The synced tables as sync sees them: read from the station's models, so a
new synced table or column needs no change here.

The hub uses the foreign keys and unique keys to accept only what every station
can store (a row whose parent it lacks waits; a row that would break a unique
key is refused). A station uses the column types to turn a pulled row back into
values and applies it without writing outbox rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Date, Table, UniqueConstraint, Uuid
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from app.sync.protocol import canonical
from db.models import SYNCED_MODELS
from db.types import UTCDateTime

TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in SYNCED_MODELS}

# the rows that belong to a business day: a joining station takes only today's
DAY_COLUMN = {"ticket": "business_date", "survey_response": "business_date"}
DAY_PARENT = {"ticket_event": "ticket_id"}  # an event belongs to its ticket's day
# what a user calls a row, for the notices of refused changes
SUBJECT_COLUMN = {"ticket": "code", "complaint": "nomor"}


@dataclass(frozen=True)
class UniqueKey:
    name: str
    columns: tuple[str, ...]
    only_active: bool  # a partial index WHERE active: inactive rows hold no key

    def key(self, payload: dict[str, Any]) -> str | None:
        """The key this row holds, or None (a NULL in it, or an inactive row)."""
        if self.only_active and not payload.get("active"):
            return None
        values = [payload.get(column) for column in self.columns]
        if any(v is None for v in values):
            return None
        return canonical(values)


@cache
def unique_keys(entity: str) -> tuple[UniqueKey, ...]:
    table = TABLES[entity]
    keys = [
        UniqueKey(f"{entity}.{c.name}", tuple(col.name for col in c.columns), False)
        for c in table.constraints
        if isinstance(c, UniqueConstraint)
    ]
    for index in table.indexes:
        if index.unique:
            where = index.dialect_options["sqlite"].get("where")
            if where is not None and str(where).strip() != "active":
                raise NotImplementedError(f"sync knows partial unique indexes on 'active' only: {index.name}")
            keys.append(UniqueKey(f"{entity}.{index.name}", tuple(col.name for col in index.columns), where is not None))
    return tuple(keys)


@cache
def parent_columns(entity: str) -> tuple[tuple[str, str], ...]:
    """(column, parent entity) for each foreign key to another synced table."""
    table = TABLES[entity]
    return tuple(
        sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.column.table.name in TABLES)
    )


def parent_ids(entity: str, payload: dict[str, Any]) -> list[str]:
    return [payload[column] for column, _ in parent_columns(entity) if payload.get(column) is not None]


def chunks(items: list, size: int = 500):
    """A long list in pieces, for IN (...) of a bounded size."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def subject(entity: str, payload: dict[str, Any] | None) -> str:
    column = SUBJECT_COLUMN.get(entity)
    if column and payload and payload.get(column):
        return str(payload[column])
    return entity.replace("_", " ")


# --- a pulled row back into a station's table -----------------------------------------


def _converter(column):
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, JSON):
        return lambda v: v
    return lambda v: v


@cache
def _converters(entity: str) -> dict[str, Any]:
    return {column.name: _converter(column) for column in TABLES[entity].columns}


@cache
def _upsert(entity: str, columns: frozenset[str]):
    table = TABLES[entity]
    statement = sqlite_insert(table)
    return statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={name: statement.excluded[name] for name in columns if name != "id"},
    )


def row_values(entity: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload's values for the columns this station has (a newer station's extra ones are dropped)."""
    converters = _converters(entity)
    return {name: convert(payload[name]) for name, convert in converters.items() if name in payload}


def apply_row(conn: Connection, entity: str, entity_id: str, deleted: bool, payload: dict[str, Any] | None) -> None:
    """Make the station's row what the hub says it is: written with Core, so no outbox row."""
    table = TABLES[entity]
    if deleted:
        conn.execute(table.delete().where(table.c.id == uuid.UUID(entity_id)))
        return
    values = row_values(entity, payload)
    conn.execute(_upsert(entity, frozenset(values)), values)


def delete_row(conn: Connection, entity: str, entity_id: str) -> None:
    apply_row(conn, entity, entity_id, True, None)
