"""A process that issues tickets on a shared SQLite file, for the concurrency tests.

usage: issue_tickets.py DB START_ISO COUNT SERVICE[,SERVICE...]

It waits until START_ISO on the wall clock (so several workers begin together),
then issues COUNT tickets (COUNT 0: until killed) on a manual clock at Monday
09.00 WIB, printing each ticket's code once its transaction has committed.
Between tickets it pauses 0-3 ms, as kiosks do, so that SQLite's busy handler
lets the other processes in (a tight loop would keep the lock to itself).
"""
import random

import sys
import time
from datetime import datetime, timezone

from app import queue
from app.clock import ManualClock
from app.uow import Station

db, start, count, services = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(",")
clock = ManualClock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))
station = Station.open(db, clock)
while time.time() < start:
    time.sleep(0.001)
i = 0
while count == 0 or i < count:
    clock.advance(milliseconds=1)
    with station.uow() as uow:
        ticket = queue.issue_ticket(uow, services[i % len(services)])
    print(ticket.code, flush=True)
    i += 1
    time.sleep(random.uniform(0, 0.003))
