"""Where things live: the user's data and cache directories (platformdirs) and
our resources, from a source checkout or from inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "mpp-desk"


def resource_path(*parts: str) -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return Path(os.environ.get("MPP_DB") or data_dir() / "mpp.sqlite")


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


DEMO_CATALOG = resource_path("catalog", "demo.toml")
