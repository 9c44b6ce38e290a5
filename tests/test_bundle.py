"""The PyInstaller bundle, run as a technician runs it: `mpp --version`, `mpp self-check`, and
the hidden command `mpp bench` starts through the bundle's own executable.

Only when asked: MPP_TEST_BUNDLE=build/dist/mpp (CI sets it after `make bundle`). A folder
without the program is built first with build/build.py (about a minute on 2 CPUs)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import ROOT

pytestmark = [pytest.mark.bundle, pytest.mark.skipif(not os.environ.get("MPP_TEST_BUNDLE"),
                                                     reason="set MPP_TEST_BUNDLE=build/dist/mpp to test the bundle")]


def _build_script():
    spec = importlib.util.spec_from_file_location("mpp_build", ROOT / "build" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = (ROOT / os.environ["MPP_TEST_BUNDLE"]).resolve()
    program = folder / ("mpp.exe" if os.name == "nt" else "mpp")
    if not program.exists():
        subprocess.run([sys.executable, str(ROOT / "build" / "build.py")], check=True, cwd=ROOT, timeout=1200)
    assert program.exists(), f"no bundle at {folder}"
    return folder


def run(bundle: Path, *args: str, tmp_path: Path, **kwargs) -> subprocess.CompletedProcess:
    # outside the source tree and with no PYTHONPATH: the bundle must need nothing of it
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MPP_DB", "MPP_CONFIG", "VIRTUAL_ENV")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "MPP_LOG_DIR": str(tmp_path / "logs")}
    return subprocess.run([str(bundle / "mpp"), *args], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=600, **kwargs)


def test_the_bundle_says_its_version(bundle, tmp_path):
    result = run(bundle, "--version", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"mpp-desk {__version__}"


def test_the_bundle_passes_its_self_check(bundle, tmp_path):
    from ui.launcher import STATIONS

    result = run(bundle, "self-check", "--json", "--db", str(tmp_path / "mpp.sqlite"), "--out", str(tmp_path / "out"),
                 tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert result.returncode == 0 and data["ok"], json.dumps(data, indent=2) + result.stderr
    checks = {c["name"]: c for c in data["checks"]}
    for command in dict.fromkeys(command for command, _, _ in STATIONS):
        assert checks[f"{command} window"]["status"] == "ok"
    assert (tmp_path / "out" / "ticket.escpos").read_bytes().startswith(b"\x1b@")
    assert (tmp_path / "out" / "daily-summary.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "mpp.sqlite").exists()  # no station file made by a self-check


def test_the_bundle_holds_what_a_station_reads_and_keeps_its_budget(bundle):
    build = _build_script()
    internal = bundle / "_internal"
    assert sorted(p.name for p in (internal / "resources" / "i18n").iterdir()) == ["mpp_en.qm", "mpp_id.qm"]
    assert (internal / "db" / "migrations" / "env.py").exists()
    assert (internal / "resources" / "station.example.toml").exists()
    size_mb = build.folder_bytes(bundle) / 1e6
    assert size_mb < build.BUDGET_MB, f"{size_mb:.1f} MB"


def test_the_benchs_counter_process_runs_from_the_bundle(bundle, tmp_path, demo_template):
    """`mpp bench` (call_to_display) starts its second process through this same program."""
    from ui.display.bench import COUNTER_SERVICE
    from app.queue import show_counters
    from app.uow import Station

    db = tmp_path / "bench.sqlite"
    db.write_bytes(demo_template.read_bytes())
    station = Station.open(db)
    with station.uow(read_only=True) as uow:
        counter = next(c.number for c in show_counters(uow) if COUNTER_SERVICE in c.services)
    station.close()
    child = run(bundle, "_bench-counter", str(db), str(counter), COUNTER_SERVICE, "2026-11-23T09:00+07:00",
                tmp_path=tmp_path, input="prep\ncall\nquit\n")
    assert child.returncode == 0, child.stderr
    ready, called = child.stdout.splitlines()
    assert ready == "ready" and called.split()[0].endswith("001")
