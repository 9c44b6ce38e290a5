"""`mpp bench`: the core operations timed on a database holding a year of history.

The history is built once and cached in the user cache directory: a few days
are simulated by `demo-data` (through the real services), then copied onto
every working day of the year before the bench day with new ids and shifted
times. Each operation is timed beside the same work written as plain sqlite3
statements with the same durability (WAL, synchronous=FULL, one transaction
per ticket), on its own copy of the file.

Timings are printed, never asserted.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from time import perf_counter

from app import queue
from app.catalog import load_catalog, read_catalog_file
from app.clock import ManualClock
from app.demo import simulate_day
from app.ids import new_id
from app.paths import DEMO_CATALOG, cache_dir
from app.uow import Station
from app.workdays import is_working_day
from db.database import open_database

HISTORY_VERSION = 2  # bump when the demo catalog or the simulation changes
BENCH_DAY = date(2026, 11, 23)  # a Monday; the year of history ends the Friday before
TEMPLATE_DAYS = (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19), date(2026, 11, 20))
# services without a quota, so n tickets can be issued
BENCH_SERVICES = ("KTP", "KK", "PKB", "SKCK", "NPWP", "BPJS_DAFTAR", "NIB", "AKTALAHIR")
CORE = ("issue_ticket", "call_next")  # timed beside a plain-sqlite3 baseline


def _tap_to_ticket(history: Path, workdir: Path, n: int) -> list[float]:
    # a real offscreen kiosk window: the only benchmark that needs Qt, imported here only
    from ui.kiosk.bench import tap_to_ticket

    station, clock = _bench_station(history, workdir, "kiosk")
    try:
        return tap_to_ticket(station, clock, workdir, n)
    finally:
        station.close()


def _call_to_display(history: Path, workdir: Path, n: int) -> list[float]:
    # a real offscreen display board here, a counter calling in another process
    from ui.display.bench import call_to_display

    station, clock = _bench_station(history, workdir, "display")
    try:
        return call_to_display(station, clock, workdir, n)
    finally:
        station.close()


IKM_RESPONSES = 100_000
IKM_VERSION = 1  # bump when the survey rows built below change


def build_survey_history(history: Path, path: Path, responses: int = IKM_RESPONSES, seed: int = 14) -> None:
    """The ticket history plus `responses` survey responses over its year: one
    for a random served ticket where there are enough, else without a ticket on
    a working day of the history. Written with plain sqlite3, as history is."""
    import random

    from app.ikm import ELEMENT_KEYS
    from app.survey_file import PEKERJAAN, PENDIDIKAN

    tmp = path.with_suffix(".building")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    shutil.copyfile(history, tmp)
    open_database(tmp, synchronous="OFF").dispose()  # the history may predate the survey table
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    station_id = uuid.UUID(conn.execute("SELECT value FROM local_state WHERE key = 'station_id'").fetchone()[0]).hex
    first = (BENCH_DAY - timedelta(days=365)).isoformat()
    done = conn.execute(
        "SELECT id, business_date, service_id, finished_at FROM ticket "
        "WHERE status = 'done' AND business_date >= ? AND finished_at IS NOT NULL ORDER BY id",
        (first,),
    ).fetchall()
    services = [r[0] for r in conn.execute("SELECT id FROM service WHERE active ORDER BY code")]
    days = [r[0] for r in conn.execute("SELECT DISTINCT business_date FROM ticket WHERE business_date >= ?", (first,))]
    rng = random.Random(seed)
    rng.shuffle(done)
    rows = []
    for i in range(responses):
        if i < len(done):
            ticket_id, day, service_id, finished = done[i]
            answered = datetime.fromisoformat(finished) + timedelta(minutes=rng.randint(1, 5))
        else:
            ticket_id, day, service_id = None, rng.choice(days), rng.choice(services)
            answered = datetime.combine(date.fromisoformat(day), time(1)) + timedelta(minutes=rng.randint(0, 420))
        at = answered.isoformat(sep=" ", timespec="microseconds")
        scores = [
            None if rng.random() < 0.02 else rng.choices((1, 2, 3, 4), weights=(2, 9, 52, 37))[0] for _ in ELEMENT_KEYS
        ]
        rows.append((
            new_id().hex, station_id, at, day, at, service_id, ticket_id, "kiosk",
            rng.choice(("L", "P", None)), rng.choice((None, *range(17, 71))), rng.choice((None, *PENDIDIKAN)),
            rng.choice((None, *PEKERJAAN)), *scores, "Pelayanan cepat, terima kasih." if rng.random() < 0.03 else None,
        ))  # fmt: skip
    columns = (
        "id", "station_id", "created_at", "business_date", "answered_at", "service_id", "ticket_id", "channel",
        "jenis_kelamin", "usia", "pendidikan", "pekerjaan", *ELEMENT_KEYS, "saran",
    )  # fmt: skip
    conn.execute("BEGIN")
    conn.executemany(
        f"INSERT INTO survey_response ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.replace(path)


def _ikm_100k(history: Path, workdir: Path, n: int) -> list[float]:
    """ikm_over for the whole year on a file holding 100,000 responses over it."""
    from app.survey import ikm_over

    if history == history_path():
        path = cache_dir() / f"bench-ikm-v{HISTORY_VERSION}.{IKM_VERSION}.sqlite"  # built once, kept
    else:
        path = workdir / "ikm_100k.sqlite"  # a history of the caller's: built afresh
    if not path.exists():
        build_survey_history(history, path)
    station = Station.open(path, ManualClock(datetime.combine(BENCH_DAY, time(1, 30), timezone.utc)))
    start, end = BENCH_DAY - timedelta(days=365), BENCH_DAY - timedelta(days=1)
    samples = []
    try:
        for _ in range(min(n, 50)):
            t0 = perf_counter()
            with station.uow(read_only=True) as uow:
                ikm_over(uow, start, end)
            samples.append(perf_counter() - t0)
    finally:
        station.close()
    return samples


DAILY_TICKETS = 3_000  # a busy day: about twice a demo Monday


def build_busy_day(history: Path, path: Path, tickets: int = DAILY_TICKETS, seed: int = 8) -> int:
    """A copy of the history with `tickets` tickets on BENCH_DAY: the history's last
    days copied onto it one after another (the last one cut by arrival), with their
    events, numbers continued per service, times moved to the bench day, each
    counter's staff member signed in as simulate_day does, and a survey answer for
    one served ticket in ten. Written with plain sqlite3, as history is. Returns the
    number of tickets on the day."""
    import itertools
    import random

    from sqlalchemy import select

    from app.demo import counter_staff
    from app.ikm import ELEMENT_KEYS
    from db.models import Counter

    shutil.copyfile(history, path)
    db = open_database(path, synchronous="OFF")  # brings an older history's schema up to date
    with Station(db).uow(read_only=True) as uow:
        counters = dict(uow.session.execute(select(Counter.number, Counter.id)).all())
        staff_at = {counters[n].hex: staff.hex for n, staff in counter_staff(uow, sorted(counters)).items()}
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.row_factory = sqlite3.Row
    day = BENCH_DAY.isoformat()
    if conn.execute("SELECT count(*) FROM ticket WHERE business_date = ?", (day,)).fetchone()[0]:
        raise RuntimeError(f"the history already has tickets on {day}")
    templates = [r[0] for r in conn.execute(
        "SELECT DISTINCT business_date FROM ticket WHERE business_date < ? ORDER BY business_date DESC LIMIT 5", (day,)
    )]
    prefix = dict(conn.execute("SELECT id, prefix FROM service").fetchall())
    last: dict[str, int] = {}
    copied = 0
    conn.execute("BEGIN")
    for template in itertools.cycle(templates):
        if copied >= tickets:
            break
        delta = BENCH_DAY - date.fromisoformat(template)
        rows = conn.execute(
            "SELECT * FROM ticket WHERE business_date = ? ORDER BY issued_at, id", (template,)
        ).fetchall()[: tickets - copied]
        offset = dict(last)  # this copy's numbers continue after the copies before it
        new_ids = {}
        trows = []
        for t in rows:
            row = dict(t)
            new_ids[row["id"]] = row["id"] = new_id().hex
            row["business_date"] = day
            for col in TICKET_TIMES:
                row[col] = _shift(row[col], delta)
            service_id = row["issued_service_id"]
            row["number"] += offset.get(service_id, 0)
            row["code"] = queue.format_code(prefix[service_id], row["number"])
            last[service_id] = max(last.get(service_id, 0), row["number"])
            trows.append(row)
        cols = list(trows[0])
        conn.executemany(
            f"INSERT INTO ticket ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in trows],
        )
        erows = []
        for e in conn.execute(
            "SELECT e.* FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id WHERE t.business_date = ?", (template,)
        ):
            if e["ticket_id"] not in new_ids:
                continue
            row = dict(e)
            row["id"] = new_id().hex
            row["ticket_id"] = new_ids[row["ticket_id"]]
            row["created_at"] = _shift(row["created_at"], delta)
            row["received_at"] = _shift(row["received_at"], delta)
            if row["staff_id"] is None and row["counter_id"] is not None and row["kind"] != "expired":
                row["staff_id"] = staff_at.get(row["counter_id"])
            erows.append(row)
        cols = list(erows[0])
        conn.executemany(
            f"INSERT INTO ticket_event ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in erows],
        )
        copied += len(trows)
    conn.executemany(
        "INSERT INTO number_sequence (service_id, business_date, last_number) VALUES (?, ?, ?)",
        [(service_id, day, number) for service_id, number in last.items()],
    )
    station_id = conn.execute("SELECT value FROM local_state WHERE key = 'station_id'").fetchone()[0]
    rng = random.Random(seed)
    answers = []
    served = conn.execute(
        "SELECT id, service_id, finished_at FROM ticket WHERE business_date = ? AND status = 'done' ORDER BY id", (day,)
    ).fetchall()
    for ticket_id, service_id, finished in served[::10]:
        at = _shift(finished, timedelta(minutes=rng.randint(1, 5)))
        scores = [rng.choices((1, 2, 3, 4), weights=(2, 9, 52, 37))[0] for _ in ELEMENT_KEYS]
        answers.append((new_id().hex, uuid.UUID(station_id).hex, at, day, at, service_id, ticket_id, "kiosk", *scores))
    columns = ("id", "station_id", "created_at", "business_date", "answered_at", "service_id", "ticket_id", "channel",
               *ELEMENT_KEYS)
    conn.executemany(
        f"INSERT INTO survey_response ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", answers
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return copied


def _daily_summary_3000(history: Path, workdir: Path, n: int) -> list[float]:
    """daily_summary and its PDF (render_daily_report) for a busy day of 3,000 tickets."""
    from app.daily import daily_summary
    from app.report_daily import render_daily_report

    path = workdir / "daily_3000.sqlite"
    build_busy_day(history, path)
    # 17.00 WIB on the bench day: the day has closed
    station = Station.open(path, ManualClock(datetime.combine(BENCH_DAY, time(10), timezone.utc)))
    samples = []
    try:
        for _ in range(min(n, 20)):
            t0 = perf_counter()
            with station.uow(read_only=True) as uow:
                summary = daily_summary(uow, BENCH_DAY)
            render_daily_report(summary, workdir / "daily_3000.pdf")
            samples.append(perf_counter() - t0)
    finally:
        station.close()
    return samples


def _sync_10k(history: Path, workdir: Path, n: int) -> list[float]:
    from app.sync.bench import sync_10k

    return sync_10k(history, workdir, n)


def _kiosk_to_counter_hub(history: Path, workdir: Path, n: int) -> list[float]:
    from app.sync.bench import kiosk_to_counter

    return kiosk_to_counter(history, workdir, n)


# Other benchmarks: name -> function(history, workdir, n) returning samples in seconds.
EXTRA: dict[str, Callable[[Path, Path, int], list[float]]] = {
    "tap_to_ticket": _tap_to_ticket,
    "call_to_display": _call_to_display,
    "ikm_100k": _ikm_100k,
    "daily_summary_3000": _daily_summary_3000,
    "sync_10k": _sync_10k,  # the hub on PostgreSQL when one answers, else SQLite (the result's "hub")
    "kiosk_to_counter_hub": _kiosk_to_counter_hub,
}
NAMES = (*CORE, *EXTRA)
SYNC = ("sync_10k", "kiosk_to_counter_hub")  # their results say which database the hub ran on

TICKET_TIMES = ("created_at", "received_at", "issued_at", "queue_at", "called_at", "started_at", "finished_at", "updated_at")


def history_path() -> Path:
    return cache_dir() / f"bench-history-v{HISTORY_VERSION}.sqlite"


def build_history(
    path: Path,
    progress: Callable[[str], None] | None = print,
    template_days: tuple[date, ...] = TEMPLATE_DAYS,
    max_days: int | None = None,
) -> int:
    """Simulate the template days, then clone them over the year (or its last
    max_days working days). Returns the ticket count."""
    say = progress or (lambda _msg: None)
    tmp = path.with_suffix(".building")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    db = open_database(tmp, synchronous="OFF")  # a cache we can rebuild: no fsync while building it
    station = Station(db, ManualClock(datetime.combine(BENCH_DAY, time(2), timezone.utc)))
    with station.uow() as uow:
        load_catalog(uow, read_catalog_file(DEMO_CATALOG))
        uow.commit()
    for day in template_days:
        say(f"simulating {day.isoformat()} with the real services ...")
        simulate_day(db, day)
    with station.uow(read_only=True) as uow:
        settings = uow.settings()
        first = BENCH_DAY - timedelta(days=365)
        days = []
        day = first
        while day < min(template_days):
            if is_working_day(uow.session, settings, day):
                days.append(day)
            day += timedelta(days=1)
    db.dispose()
    if max_days is not None:
        days = days[-max_days:]
    say(f"copying them onto {len(days)} working days ...")
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("UPDATE outbox SET pushed_at = created_at")  # history reached the hub long ago
    templates = {d.weekday(): d for d in template_days}
    for day in days:
        _clone_day(conn, templates.get(day.weekday(), template_days[0]), day)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    total = conn.execute("SELECT count(*) FROM ticket").fetchone()[0]
    conn.close()
    tmp.replace(path)
    return total


def _shift(value: str | None, delta: timedelta) -> str | None:
    if value is None:
        return None
    return (datetime.fromisoformat(value) + delta).isoformat(sep=" ", timespec="microseconds")


def _clone_day(conn: sqlite3.Connection, template: date, day: date) -> None:
    delta = day - template
    conn.execute("BEGIN")
    conn.row_factory = sqlite3.Row
    tickets = conn.execute("SELECT * FROM ticket WHERE business_date = ?", (template.isoformat(),)).fetchall()
    new_ids = {}
    rows = []
    for t in tickets:
        row = dict(t)
        new_ids[row["id"]] = row["id"] = new_id().hex
        row["business_date"] = day.isoformat()
        for col in TICKET_TIMES:
            row[col] = _shift(row[col], delta)
        rows.append(row)
    if rows:
        cols = list(rows[0])
        conn.executemany(
            f"INSERT INTO ticket ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows],
        )
    events = conn.execute(
        "SELECT e.* FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id WHERE t.business_date = ?",
        (template.isoformat(),),
    ).fetchall()
    erows = []
    for e in events:
        row = dict(e)
        row["id"] = new_id().hex
        row["ticket_id"] = new_ids[row["ticket_id"]]
        row["created_at"] = _shift(row["created_at"], delta)
        row["received_at"] = _shift(row["received_at"], delta)
        erows.append(row)
    if erows:
        cols = list(erows[0])
        conn.executemany(
            f"INSERT INTO ticket_event ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in erows],
        )
    conn.execute(
        "INSERT INTO number_sequence (service_id, business_date, last_number) "
        "SELECT service_id, ?, last_number FROM number_sequence WHERE business_date = ?",
        (day.isoformat(), template.isoformat()),
    )
    conn.row_factory = None
    conn.execute("COMMIT")


def ensure_history(progress=print) -> Path:
    path = history_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        if progress:
            progress(f"building a year of history in {path} (once) ...")
        total = build_history(path, progress)
        if progress:
            progress(f"history ready: {total} tickets")
    return path


# --- the measured work ---------------------------------------------------------------------


def _stats(name: str, samples: list[float], baseline: list[float] | None) -> dict:
    ms = sorted(s * 1000 for s in samples)
    result = {
        "name": name,
        "n": len(ms),
        "median_ms": round(statistics.median(ms), 3),
        "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 3),
    }
    if baseline:
        base = statistics.median(s * 1000 for s in baseline)
        result["baseline_median_ms"] = round(base, 3)
        result["ratio"] = round(result["median_ms"] / base, 2)
    return result


def _bench_station(history: Path, workdir: Path, label: str) -> tuple[Station, ManualClock]:
    path = workdir / f"{label}.sqlite"
    shutil.copyfile(history, path)
    clock = ManualClock(datetime.combine(BENCH_DAY, time(1, 30), timezone.utc))  # 08.30 WIB
    return Station.open(path, clock), clock


def _counter_for_service(counters) -> dict[str, int]:
    """For each bench service, a counter that serves it: call i finds the ticket issue i made."""
    return {code: next(c.number for c in counters if code in c.services) for code in BENCH_SERVICES}


def _app_run(history: Path, workdir: Path, n: int) -> dict[str, list[float]]:
    station, clock = _bench_station(history, workdir, "app")
    with station.uow(read_only=True) as uow:
        counters = _counter_for_service(queue.show_counters(uow))
    issue, call = [], []
    for i in range(n):
        clock.advance(seconds=2)
        t0 = perf_counter()
        with station.uow() as uow:
            queue.issue_ticket(uow, BENCH_SERVICES[i % len(BENCH_SERVICES)])
        issue.append(perf_counter() - t0)
    for i in range(n):
        clock.advance(seconds=2)
        number = counters[BENCH_SERVICES[i % len(BENCH_SERVICES)]]
        t0 = perf_counter()
        try:
            with station.uow() as uow:
                ticket = queue.call_next(uow, number)
        except queue.Refused:
            continue
        call.append(perf_counter() - t0)
        with station.uow() as uow:  # not timed: free the counter for its next call
            queue.start_service(uow, ticket.code)
        with station.uow() as uow:
            queue.finish(uow, ticket.code)
    station.close()
    return {"issue_ticket": issue, "call_next": call}


def _sqlite_run(history: Path, workdir: Path, n: int) -> dict[str, list[float]]:
    """The same work as plain sqlite3 statements: the floor an ORM-free version would reach."""
    path = workdir / "baseline.sqlite"
    shutil.copyfile(history, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=15000"):
        conn.execute(f"PRAGMA {pragma}")
    station_id = uuid.uuid4().hex
    now = datetime.combine(BENCH_DAY, time(1, 30), timezone.utc).replace(tzinfo=None)
    day = BENCH_DAY.isoformat()
    services = dict(conn.execute("SELECT code, id FROM service").fetchall())
    prefixes = dict(conn.execute("SELECT id, prefix FROM service").fetchall())
    counter_ids = {}
    for number, code in conn.execute(
        "SELECT c.number, s.code FROM counter c JOIN counter_service cs ON cs.counter_id = c.id "
        "JOIN service s ON s.id = cs.service_id ORDER BY c.number"
    ):
        counter_ids.setdefault(code, number)
    counters = {
        number: [r[0] for r in conn.execute(
            "SELECT cs.service_id FROM counter_service cs JOIN counter c ON c.id = cs.counter_id WHERE c.number = ?",
            (number,),
        )]
        for number in set(counter_ids.values())
    }
    outbox = (
        "INSERT INTO outbox (entity, entity_id, op, payload, created_at, change_id, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    issue, call = [], []
    for i in range(n):
        now += timedelta(seconds=2)
        ts = now.isoformat(sep=" ", timespec="microseconds")
        service_id = services[BENCH_SERVICES[i % len(BENCH_SERVICES)]]
        t0 = perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        number = conn.execute(
            "INSERT INTO number_sequence (service_id, business_date, last_number) VALUES (?, ?, 1) "
            "ON CONFLICT (service_id, business_date) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
            (service_id, day),
        ).fetchone()[0]
        ticket_id, event_id = new_id().hex, new_id().hex
        code = f"{prefixes[service_id]}{number:03d}"
        conn.execute(
            "INSERT INTO ticket (id, station_id, created_at, business_date, issued_service_id, service_id, number, code, "
            "status, issued_at, queue_at, call_count, updated_at) VALUES (?,?,?,?,?,?,?,?,'waiting',?,?,0,?)",
            (ticket_id, station_id, ts, day, service_id, service_id, number, code, ts, ts, ts),
        )
        conn.execute(
            "INSERT INTO ticket_event (id, station_id, created_at, ticket_id, kind, to_status, service_id) "
            "VALUES (?,?,?,?,'issued','waiting',?)",
            (event_id, station_id, ts, ticket_id, service_id),
        )
        tx = str(new_id())
        conn.execute(outbox, ("ticket", ticket_id, "insert", f'{{"id": "{ticket_id}", "code": "{code}"}}', ts,
                              str(new_id()), tx))
        conn.execute(outbox, ("ticket_event", event_id, "insert", f'{{"id": "{event_id}"}}', ts, str(new_id()), tx))
        conn.execute("COMMIT")
        issue.append(perf_counter() - t0)
    for i in range(n):
        now += timedelta(seconds=2)
        ts = now.isoformat(sep=" ", timespec="microseconds")
        number = counter_ids[BENCH_SERVICES[i % len(BENCH_SERVICES)]]
        ids = counters[number]
        marks = ",".join("?" * len(ids))
        t0 = perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        row = None
        for priority in ("IS NOT NULL", "IS NULL"):
            row = conn.execute(
                f"SELECT id, service_id FROM ticket WHERE business_date = ? AND status = 'waiting' "
                f"AND service_id IN ({marks}) AND priority_group {priority} ORDER BY queue_at, id LIMIT 1",
                (day, *ids),
            ).fetchone()
            if row:
                break
        if row is None:
            conn.execute("ROLLBACK")
            continue
        ticket_id, service_id = row
        event_id = new_id().hex
        conn.execute(
            "UPDATE ticket SET status = 'called', call_count = 1, called_at = ?, updated_at = ? WHERE id = ?",
            (ts, ts, ticket_id),
        )
        conn.execute(
            "INSERT INTO ticket_event (id, station_id, created_at, ticket_id, kind, from_status, to_status, service_id) "
            "VALUES (?,?,?,?,'called','waiting','called',?)",
            (event_id, station_id, ts, ticket_id, service_id),
        )
        tx = str(new_id())
        conn.execute(outbox, ("ticket", ticket_id, "update", f'{{"id": "{ticket_id}"}}', ts, str(new_id()), tx))
        conn.execute(outbox, ("ticket_event", event_id, "insert", f'{{"id": "{event_id}"}}', ts, str(new_id()), tx))
        conn.execute("COMMIT")
        call.append(perf_counter() - t0)
        conn.execute("UPDATE ticket SET status = 'done' WHERE id = ?", (ticket_id,))  # not timed
    conn.close()
    return {"issue_ticket": issue, "call_next": call}


def run_benchmarks(only: str | None = None, n: int = 300, progress=print, history: Path | None = None) -> list[dict]:
    if only is not None and only not in NAMES:
        from app.errors import InvalidInput

        raise InvalidInput(f"no benchmark named {only!r}; there are {', '.join(NAMES)}")
    history = history or ensure_history(progress)
    results = []
    with tempfile.TemporaryDirectory(prefix="mpp-bench-") as tmp:
        workdir = Path(tmp)
        if only is None or only in CORE:
            app = _app_run(history, workdir, n)
            base = _sqlite_run(history, workdir, n)
            results += [_stats(name, app[name], base[name]) for name in CORE if only in (None, name)]
        for name, bench in EXTRA.items():
            if only in (None, name):
                results.append(_stats(name, bench(history, workdir, n), None))
                if name in SYNC:
                    from app.sync.bench import hub_used

                    results[-1]["hub"] = hub_used()
    return results
