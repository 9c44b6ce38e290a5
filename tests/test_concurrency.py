"""Several processes on one SQLite file: numbers stay unique and gap-free, and
a process killed in the middle of issuing loses or doubles nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

WORKER = Path(__file__).parent / "workers" / "issue_tickets.py"
pytestmark = pytest.mark.slow


def start_worker(db: Path, start: float, count: int, services: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(start), str(count), services],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def numbers_by_prefix(db: Path) -> dict[str, list[int]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT s.prefix, t.number FROM ticket t JOIN service s ON s.id = t.issued_service_id"
    ).fetchall()
    conn.close()
    result = defaultdict(list)
    for prefix, number in rows:
        result[prefix].append(number)
    return result


def assert_consistent(db: Path) -> None:
    """Unique, gap-free numbers per service; one issued event and outbox rows per ticket; file intact."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for prefix, numbers in numbers_by_prefix(db).items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"{prefix}: numbers not 1..n"
    sequences = dict(
        conn.execute(
            "SELECT s.prefix, q.last_number FROM number_sequence q JOIN service s ON s.id = q.service_id"
        ).fetchall()
    )
    for prefix, numbers in numbers_by_prefix(db).items():
        assert sequences[prefix] == len(numbers)
    orphans = conn.execute(
        "SELECT count(*) FROM ticket t WHERE (SELECT count(*) FROM ticket_event e "
        "WHERE e.ticket_id = t.id AND e.kind = 'issued') != 1"
    ).fetchone()[0]
    assert orphans == 0
    # ids are stored as 32 hex digits; the outbox names them in the usual 8-4-4-4-12 form
    missing_outbox = conn.execute(
        "SELECT count(*) FROM ticket t WHERE NOT EXISTS "
        "(SELECT 1 FROM outbox o WHERE o.entity = 'ticket' AND o.op = 'insert' AND o.entity_id = "
        "substr(t.id, 1, 8) || '-' || substr(t.id, 9, 4) || '-' || substr(t.id, 13, 4) "
        "|| '-' || substr(t.id, 17, 4) || '-' || substr(t.id, 21))"
    ).fetchone()[0]
    conn.close()
    assert missing_outbox == 0


def test_four_processes_issue_unique_gap_free_numbers(db_path):
    per_worker = 40
    start = time.time() + 2.0  # all four begin together, after their imports
    workers = [start_worker(db_path, start, per_worker, "KTP,KK") for _ in range(4)]
    outputs = []
    for w in workers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        outputs.append(out.split())
    printed = [code for out in outputs for code in out]
    assert len(printed) == 4 * per_worker
    assert len(set(printed)) == len(printed), "a number was given twice"
    numbers = numbers_by_prefix(db_path)
    assert sorted(numbers["A"]) == list(range(1, 2 * per_worker + 1))
    assert sorted(numbers["B"]) == list(range(1, 2 * per_worker + 1))
    # the workers really ran at the same time: some worker's A numbers are not one
    # contiguous block, because another process took numbers in between
    def contiguous(out: list[str]) -> bool:
        mine = [int(code[1:]) for code in out if code.startswith("A")]
        return max(mine) - min(mine) + 1 == len(mine)

    assert not all(contiguous(out) for out in outputs)
    assert_consistent(db_path)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_issuing_loses_and_doubles_nothing(db_path):
    committed: list[str] = []
    for round_ in range(3):
        worker = start_worker(db_path, time.time(), 0, "KTP,KK")
        seen = []
        # read what it reports as committed, then kill it mid-stream
        while len(seen) < 15 + round_ * 7:
            line = worker.stdout.readline()
            assert line, worker.stderr.read()
            seen.append(line.strip())
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
        committed += seen
        assert worker.returncode == -signal.SIGKILL
    numbers = numbers_by_prefix(db_path)
    in_db = {f"{p}{n:03d}" for p, ns in numbers.items() for n in ns}
    assert set(committed) <= in_db, "a ticket reported as issued is gone"
    assert len(in_db) == sum(len(ns) for ns in numbers.values())
    assert_consistent(db_path)
    # the file is still a working station: a new ticket continues the sequence
    from app import queue
    from app.clock import ManualClock
    from app.uow import Station
    from datetime import datetime, timezone

    station = Station.open(db_path, ManualClock(datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)))
    with station.uow() as uow:
        ticket = queue.issue_ticket(uow, "KTP")
    station.close()
    assert ticket.code == f"A{len(numbers['A']) + 1:03d}"
