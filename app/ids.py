"""Primary keys: UUIDv7, minted on the station, time-ordered so that indexes
stay compact and rows from many stations sort by creation."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    return uuid.UUID(bytes=uuid6.uuid7().bytes)
