"""`mpp hub ...` and `mpp sync` (issue 9)."""

from __future__ import annotations


def add_sync_commands(sub, add) -> None:
    pass
