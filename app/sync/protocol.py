"""The sync protocol's shared pieces: its version, the hash of a change, errors.

Versioned JSON over HTTP. Every request carries X-Mpp-Protocol; the hub serves
MIN_PROTOCOL..PROTOCOL and answers any other with 426 and code "protocol", so a
station on an older program is told to update and keeps its outbox. The rule:
adding a column with a default to a synced table keeps the protocol (a station
ignores columns it does not know and defaults those missing); anything else
(a new table, a column changing meaning, a new endpoint or field a peer must
understand) bumps PROTOCOL, and the hub keeps serving the older version until
no station speaks it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.errors import MppError

PROTOCOL = 1
MIN_PROTOCOL = 1
PROTOCOL_HEADER = "X-Mpp-Protocol"
STATION_HEADER = "X-Mpp-Station"  # the station file's id: one token, one file
CLOCK_HEADER = "X-Mpp-Clock"  # the station's clock, for the hub's status (skew)

PUSH_BATCH = 500  # changes per push request, whole transactions only
PULL_PAGE = 1000  # changes per pull answer
LONG_POLL_SECONDS = 25.0


class SyncError(MppError):
    """The hub could not be reached or refused the request as a whole.

    code: "unreachable" (no answer; the request may or may not have been done:
    a timeout is unknown, never failed), "protocol", "unauthorized", "revoked",
    "epoch" (the hub was restored from a backup), "wrong_station", "bad_request",
    "hub_error"."""

    code = "sync_error"


def change_hash(change: dict[str, Any]) -> str:
    """What the hub compares when a change id comes again: its entity, op, row and base."""
    body = {k: change.get(k) for k in ("entity", "entity_id", "op", "payload", "base")}
    return hashlib.sha256(canonical(body).encode()).hexdigest()


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
