"""`mpp supervisor`, `mpp report period`, exports and backups (issue 8)."""

from __future__ import annotations


def add_supervisor_commands(sub, add, *, report, screen) -> None:
    pass
