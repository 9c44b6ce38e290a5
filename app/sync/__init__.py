"""Sync: every station offline first, one hub, nothing lost or doubled (DESIGN.md,
"Stations and sync"). Pure Python, no Qt.

For windows and the command line (plain dataclasses, no network unless said):
- local_sync_status(station) -> StationSyncStatus: this station's link to its hub
  (connected, last sync, changes waiting and the oldest's age, refusal notices).
- dismiss_notices(station, ids) marks refusal notices as seen.
- fetch_hub_status(station) -> HubStatus, one HubStationState per station, asked of
  the hub over HTTP (the supervisor); app.sync.hub.Hub(url).status() gives the same
  at the hub (`mpp hub status --json`).
- app.sync.worker.start_sync(station, config) -> SyncWorker | None: the composition
  root's call; app.sync.station.join / sync_once: `mpp init --hub`, `mpp sync --once`.

Modules: protocol (version, hash, errors), rows (the synced tables), hub (the
hub's rules), server (HTTP), client (HTTP, station side), station (push, pull,
join), numbers (leased blocks), worker (threads, backoff), status (plain data).
"""

from app.sync.status import (
    HubStationState,
    HubStatus,
    StationSyncStatus,
    SyncNoticeView,
    dismiss_notices,
    fetch_hub_status,
    local_sync_status,
)

__all__ = [
    "HubStationState",
    "HubStatus",
    "StationSyncStatus",
    "SyncNoticeView",
    "dismiss_notices",
    "fetch_hub_status",
    "local_sync_status",
]
