"""call_to_display for `mpp bench`: from a call committed by a counter in another
process to the display board showing it, on the bench's year of history.

The board is a real DisplayWindow, offscreen in this process, following the file
the way a board does (ChangeWatcher polled on the UI thread, the board read on its
worker). The counter is a long-lived child process (`mpp _bench-counter ...`:
counter_process below, through the bundle's own executable when frozen) that calls
when told to over a pipe and answers with the moment its transaction committed, read
on CLOCK_MONOTONIC: one clock for every process of the machine, so the two moments
compare. A sample ends when the board has the call on screen (board_shown, then a
synchronous repaint).

Between samples the child finishes the last ticket and issues the next one; the
board settles before the next call, and a random pause puts the call at any point
of the board's poll interval, as a real counter would.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

COUNTER_SERVICE = "KTP"
MAX_SAMPLES = 100  # each sample waits for the board: a few tenths of a second


def call_to_display(station, clock, workdir: Path, n: int) -> list[float]:
    from app.config import StationConfig
    from app.display import Display
    from app.queue import show_counters
    from ui.announcer import Announcer
    from ui.app import application, wait_until
    from ui.display.window import POLL_MS, DisplayWindow
    from ui.launcher import station_command

    application(offscreen=True)
    with station.uow(read_only=True) as uow:
        counter = next(c.number for c in show_counters(uow) if COUNTER_SERVICE in c.services)
    # a silent voice: the bench must not talk on a machine with speakers; calls are still
    # queued and marked announced in the file, as on a real board
    window = DisplayWindow(Display(station, StationConfig()), Announcer(voice=False))
    window.resize(1920, 1080)
    window.show()
    shown: dict[str, float] = {}

    def on_shown(board) -> None:
        latest = board.latest
        if latest is not None and latest.key not in shown:
            window.repaint()  # on screen, not merely set: paint now and time after it
            shown[latest.key] = time.monotonic()

    window.board_shown.connect(on_shown)
    root = Path(__file__).resolve().parent.parent.parent
    program, args = station_command("_bench-counter", str(station.db.path), str(counter), COUNTER_SERVICE,
                                    clock().isoformat())
    child = subprocess.Popen(
        [program, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root,
        env=os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))},
    )

    def ask(command: str) -> str:
        child.stdin.write(command + "\n")
        child.stdin.flush()
        answer = child.stdout.readline()
        if not answer:
            raise RuntimeError(f"the counter process ended: {child.stderr.read().strip()}")
        return answer.strip()

    samples = []
    rng = random.Random(5)
    try:
        if not wait_until(lambda: window.board is not None, 15000):
            raise RuntimeError("the display did not show its board within 15 s")
        for _ in range(min(n, MAX_SAMPLES)):
            ask("prep")  # finish the last ticket, issue the next: not timed
            wait_until(lambda: not window.db.busy, 5000)
            wait_until(lambda: False, rng.uniform(0, POLL_MS) + POLL_MS)  # the board has seen it, and a random phase
            before = set(shown)
            code, committed = ask("call").split()
            if not wait_until(lambda: len(shown) > len(before), 10000):
                raise RuntimeError(f"the display did not show the call of {code} within 10 s")
            key = next(k for k in shown if k not in before)
            if window.board.latest is None or window.board.latest.code != code:
                raise RuntimeError(f"the display shows {window.board.latest}, not the call of {code}")
            samples.append(shown[key] - float(committed))
    finally:
        if child.poll() is None:
            child.stdin.close()  # the counter process ends at the end of its input
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
        window.close()
    return samples


def counter_process(db: str, counter: int, service: str, start: str) -> None:
    """The other process: a counter that calls on request. Each answer is one line."""
    from app import queue
    from app.clock import ManualClock
    from app.uow import Station

    clock = ManualClock(datetime.fromisoformat(start))
    station = Station.open(db, clock)
    current: str | None = None
    for line in sys.stdin:
        command = line.strip()
        if command == "prep":
            clock.advance(seconds=2)
            if current is not None:
                with station.uow() as uow:
                    queue.start_service(uow, current)
                with station.uow() as uow:
                    queue.finish(uow, current)
            with station.uow() as uow:
                queue.issue_ticket(uow, service)
            print("ready", flush=True)
        elif command == "call":
            clock.advance(seconds=2)
            with station.uow() as uow:
                ticket = queue.call_next(uow, counter)  # commits
            committed = time.monotonic()
            current = ticket.code
            print(ticket.code, repr(committed), flush=True)
        else:
            break
    station.close()

