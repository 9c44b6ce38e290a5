"""The sync hub's tables (`mpp hub`), in a metadata of their own: PostgreSQL in
production, SQLite for a small MPP. The hub keeps the stations' changes as JSON
documents, so its schema does not follow the stations' tables; app.sync.hub
holds the rules.

- hub_change: every change a station pushed, by its change id with the hash of
  what was pushed; an accepted one has its server sequence number (seq), a
  refused one keeps its refusal so that a replay gets the same answer.
- hub_entity: each synced row as the latest accepted change left it, with the
  sequence of its first and latest change and, for the day-bound rows
  (tickets, their events, survey responses), its business day.
- hub_unique: the unique keys of the stations' tables, so that the hub never
  accepts a row that a station could not store.
- hub_counter: the server sequence (its row is the lock that makes numbers
  visible in order) and the number blocks leased per ticket scope and year.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from db.models import NAMING_CONVENTION
from db.types import UTCDateTime

HUB_SCHEMA_VERSION = "1"

# SQLite numbers rows itself only in an INTEGER PRIMARY KEY
_SERIAL = BigInteger().with_variant(Integer, "sqlite")

hub_metadata = MetaData(naming_convention=NAMING_CONVENTION)

hub_meta = Table(
    "hub_meta",
    hub_metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

hub_station = Table(
    "hub_station",
    hub_metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 of the token
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("station_id", String(36)),  # the station file's id, fixed on first contact
    Column("protocol", Integer),
    Column("last_seen_at", UTCDateTime),
    Column("last_push_at", UTCDateTime),
    Column("last_pull_at", UTCDateTime),
    Column("cursor", BigInteger, nullable=False, default=0),
    Column("waiting", Integer, nullable=False, default=0),  # outbox rows waiting, as the station said
    Column("oldest_waiting_at", UTCDateTime),
    Column("clock_skew_seconds", Integer),  # station clock minus hub clock at its last request
)

hub_change = Table(
    "hub_change",
    hub_metadata,
    Column("change_id", String(36), primary_key=True),
    Column("seq", BigInteger, unique=True),  # NULL: refused
    Column("station_ref", String(36), nullable=False),
    Column("tx_id", String(36), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("op", String(16), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("code", String(32)),  # why it was refused
    Column("message", Text),
    Column("received_at", UTCDateTime, nullable=False),
)

hub_entity = Table(
    "hub_entity",
    hub_metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("entity", String(64), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("change_id", String(36), nullable=False),  # the latest accepted change: the row's version
    Column("deleted", Boolean, nullable=False, default=False),
    Column("seq", BigInteger, nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("day", Date),
    Index("ix_hub_entity_first_seq", "first_seq"),
    Index("ix_hub_entity_day", "day"),
)

hub_unique = Table(
    "hub_unique",
    hub_metadata,
    Column("name", String(80), primary_key=True),  # table.constraint
    Column("key", Text, primary_key=True),
    Column("entity_id", String(36), nullable=False, index=True),
)

hub_counter = Table(
    "hub_counter",
    hub_metadata,
    Column("scope", String(80), primary_key=True),
    Column("last", BigInteger, nullable=False),
)

hub_lease = Table(
    "hub_lease",
    hub_metadata,
    Column("id", _SERIAL, primary_key=True, autoincrement=True),
    Column("station_ref", String(36), nullable=False),
    Column("request_id", String(36), nullable=False, unique=True),
    Column("scope", String(80), nullable=False),
    Column("first_number", BigInteger, nullable=False),
    Column("last_number", BigInteger, nullable=False),
    Column("leased_at", UTCDateTime, nullable=False),
)
