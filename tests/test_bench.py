"""`mpp bench` runs end to end on a small history. Timings are printed, never asserted."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.bench import BENCH_DAY, CORE, NAMES, build_history, run_benchmarks

pytestmark = pytest.mark.slow


def test_bench_on_a_small_history(tmp_path):
    history = tmp_path / "history.sqlite"
    total = build_history(history, progress=None, template_days=(date(2026, 11, 16),), max_days=2)
    conn = sqlite3.connect(history)
    per_day = dict(conn.execute("SELECT business_date, count(*) FROM ticket GROUP BY 1").fetchall())
    events = conn.execute("SELECT count(*) FROM ticket_event").fetchone()[0]
    conn.close()
    assert len(per_day) == 3 and sum(per_day.values()) == total
    assert len(set(per_day.values())) == 1  # the copies hold the template day's tickets
    assert events > total * 3
    assert max(per_day) < BENCH_DAY.isoformat()

    results = run_benchmarks(n=10, progress=None, history=history)
    assert [r["name"] for r in results] == list(NAMES)
    assert "tap_to_ticket" in NAMES  # a real offscreen kiosk, printing to a file
    for r in results:
        assert 0 < r["n"] <= 10
        assert 0 < r["median_ms"] <= r["p95_ms"]
        if r["name"] in CORE:  # timed beside plain sqlite3
            assert r["n"] == 10
            assert set(r) == {"name", "n", "median_ms", "p95_ms", "baseline_median_ms", "ratio"}
    only = run_benchmarks(only="call_next", n=5, progress=None, history=history)
    assert [r["name"] for r in only] == ["call_next"]
