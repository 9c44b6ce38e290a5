"""`mpp hub ...`, `mpp init --hub` and `mpp sync` as a person types them: every
command its own process, the hub served by `mpp hub serve` in another."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, TEST_CATALOG, read_rows, run_mpp
from tests.sync.helpers import BACKENDS, free_port, fresh_hub_url, wait_for


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(params=BACKENDS)
def served_hub(request, tmp_path):
    url = fresh_hub_url(request.param, tmp_path)
    ok(run_mpp("hub", "init", "--db", url, "--catalog", str(TEST_CATALOG)))
    port = free_port()
    env = os.environ | {"MPP_NOW": "2026-11-23T09:00+07:00"}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--db", url, "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
            time.sleep(0.05)
    yield url, f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


def test_a_hub_and_two_stations_from_the_command_line(served_hub, tmp_path):
    url, address = served_hub
    tokens = {}
    for name in ("kiosk-1", "loket-1"):
        out = ok(run_mpp("hub", "add-station", name, "--db", url))
        tokens[name] = out.strip().splitlines()[-1]  # the token alone on the last line
        assert len(tokens[name]) >= 40 and " " not in tokens[name]
    kiosk, counter = str(tmp_path / "kiosk.sqlite"), str(tmp_path / "counter.sqlite")

    refused = run_mpp("init", "--db", kiosk, "--hub", address)
    assert refused.returncode == 2 and "--token" in refused.stderr
    joined = json.loads(ok(run_mpp("init", "--db", kiosk, "--hub", address, "--token", tokens["kiosk-1"], "--json")))
    assert joined["hub"]["station_name"] == "kiosk-1" and joined["hub"]["day"] == "2026-11-23"
    ok(run_mpp("init", "--db", counter, "--hub", address, "--token", tokens["loket-1"]))

    code = json.loads(ok(run_mpp("ticket", "issue", "KTP", "--db", kiosk, "--json")))["code"]
    report = json.loads(ok(run_mpp("sync", "--once", "--lease-ahead", "--db", kiosk, "--json")))
    assert report["pushed"]["ok"] == 2
    ok(run_mpp("sync", "--once", "--db", counter))
    listed = json.loads(ok(run_mpp("ticket", "list", "--db", counter, "--json")))
    assert [t["code"] for t in listed] == [code]

    status = json.loads(ok(run_mpp("hub", "status", "--db", url, "--json")))
    assert {s["name"]: s["connected"] for s in status["stations"]} == {"kiosk-1": True, "loket-1": True}
    assert {s["name"]: s["waiting"] for s in status["stations"]} == {"kiosk-1": 0, "loket-1": 0}
    mine = json.loads(ok(run_mpp("sync", "--status", "--db", counter, "--json")))
    assert (mine["joined"], mine["station_name"], mine["waiting"]) == (True, "loket-1", 0)

    # `mpp sync` in the foreground keeps the counter in step until it is stopped
    env = os.environ | {"MPP_NOW": "2026-11-23T09:00+07:00"}
    follower = subprocess.Popen([sys.executable, "-m", "app.cli", "sync", "--db", counter], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        second = json.loads(ok(run_mpp("ticket", "issue", "KK", "--db", kiosk, "--json")))["code"]
        ok(run_mpp("sync", "--once", "--db", kiosk))
        assert wait_for(lambda: read_rows(counter, "SELECT count(*) FROM ticket WHERE code = ?", second) == [(1,)])
    finally:
        follower.terminate()
        assert follower.wait(15) == 0, follower.stderr.read()

    ok(run_mpp("hub", "revoke", "kiosk-1", "--db", url))
    revoked = run_mpp("sync", "--once", "--db", kiosk)
    assert revoked.returncode == 1 and "revoked" in revoked.stderr
    again = run_mpp("hub", "add-station", "loket-1", "--db", url)
    assert again.returncode == 1 and "exists" in again.stderr


def test_hub_commands_say_clearly_what_is_wrong(tmp_path, db_path):
    not_a_hub = run_mpp("hub", "status", "--db", str(tmp_path / "nothing.sqlite"))
    assert not_a_hub.returncode == 1 and "mpp hub init" in not_a_hub.stderr
    bad_url = run_mpp("hub", "init", "--db", "mysql://somewhere/db")
    assert bad_url.returncode == 1 and "postgresql+psycopg://" in bad_url.stderr
    station = str(db_path)  # a station with its own catalog and no hub
    alone = run_mpp("sync", "--once", "--db", station)
    assert alone.returncode == 1 and "mpp init --hub" in alone.stderr
    assert "works alone" in ok(run_mpp("sync", "--status", "--db", station))
