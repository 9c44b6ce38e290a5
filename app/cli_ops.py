"""`mpp self-check` and `mpp setup`: installing and checking a station (issue 10)."""

from __future__ import annotations


def add_ops_commands(sub, add, *, screen) -> None:
    pass
