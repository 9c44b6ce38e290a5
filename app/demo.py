"""A realistic day of tickets, made by the real services on a simulated clock.

Arrivals follow an MPP's day: a morning peak, a dip at the midday break, a
smaller afternoon wave. Each service gets the demand its counters can carry;
counters call, serve, recall no-shows and mark them absent, some absent
citizens come back, a few are transferred or give up and cancel, counters
take a break. Every step goes through app/queue.py, so the day obeys the same
rules as a real one and leaves the same events and outbox rows.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app import queue
from app.clock import ManualClock
from app.errors import MppError, Refused
from app.uow import Station
from app.workdays import closure_reason, is_working_day, local_zone, service_hours
from db.database import Database
from db.models import Counter, Service, Staff, Ticket

# Relative arrival intensity by local hour (an MPP's day: queue at the door at
# opening, peak mid-morning, lunch dip, smaller afternoon wave).
HOURLY_INTENSITY = {7: 0.6, 8: 1.6, 9: 1.8, 10: 1.5, 11: 1.0, 12: 0.5, 13: 0.9, 14: 0.6, 15: 0.3, 16: 0.2}
UTILISATION = 0.8  # share of counter capacity the day's arrivals fill
P_PRIORITY = 0.07
P_NO_SHOW = 0.04
P_RETURN_AFTER_ABSENT = 0.35
P_TRANSFER = 0.025
P_CANCEL = 0.015
GROUPS = (("lansia", 0.55), ("disabilitas", 0.15), ("hamil", 0.15), ("anak", 0.1), ("korban_bencana", 0.05))
OUTCOMES = ("Selesai, dokumen diserahkan", "Selesai", "Berkas diterima, produk diambil kemudian", "Konsultasi selesai")


@dataclass
class DaySummary:
    date: date
    issued: int = 0
    served: int = 0
    absent: int = 0
    returned: int = 0
    transferred: int = 0
    cancelled: int = 0
    expired: int = 0
    refused: int = 0
    until: datetime | None = None
    per_service: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        head = f"{self.date.isoformat()}: {self.issued} tickets issued, {self.served} served, {self.absent} absent"
        head += f" ({self.returned} came back), {self.transferred} transferred, {self.cancelled} cancelled"
        if self.expired:
            head += f", {self.expired} expired at closing"
        if self.refused:
            head += f"; {self.refused} citizens turned away (quota or cutoff)"
        return head


def _arrival_times(rng: random.Random, day: date, opens: time, cutoff: time, expected: float, zone) -> list[datetime]:
    """Arrival moments by thinning a Poisson process with HOURLY_INTENSITY."""
    start = datetime.combine(day, opens, zone)
    end = datetime.combine(day, cutoff, zone)
    minutes = (end - start).total_seconds() / 60
    if minutes <= 0 or expected <= 0:
        return []
    peak = max(HOURLY_INTENSITY.values())
    mean_intensity = sum(HOURLY_INTENSITY.get((start + timedelta(minutes=m)).hour, 0.2) for m in range(int(minutes))) / minutes
    rate = expected / minutes * peak / mean_intensity  # candidates per minute before thinning
    times, t = [], 0.0
    while True:
        t += rng.expovariate(rate)
        if t >= minutes:
            return times
        moment = start + timedelta(minutes=t)
        if rng.random() < HOURLY_INTENSITY.get(moment.hour, 0.2) / peak:
            times.append(moment)


def _service_minutes(rng: random.Random, typical: int) -> float:
    # lognormal around the typical time: most quick, some long
    return max(1.0, rng.lognormvariate(math.log(typical), 0.45))


def simulate_day(db: Database, day: date, *, seed: int | None = None, until: datetime | None = None) -> DaySummary:
    """Fill `day` with a simulated day; stop at `until` (a day in progress) or close the day."""
    rng = random.Random(seed if seed is not None else int(day.strftime("%Y%m%d")))
    clock = ManualClock(datetime.combine(day, time(0), timezone.utc))
    station = Station(db, clock)
    with station.uow(read_only=True) as uow:
        settings = uow.settings()
        zone = local_zone(settings)
        closed = closure_reason(uow.session, day)
        if closed:
            raise Refused(f"{day.isoformat()} is not a working day ({closed})", code="closed_day")
        existing = uow.session.scalar(select(func.count()).select_from(Ticket).where(Ticket.business_date == day))
        if existing:
            raise Refused(f"{day.isoformat()} already has {existing} tickets; pick another date", code="day_has_tickets")
        services = uow.session.scalars(
            select(Service).options(joinedload(Service.agency)).where(Service.active)
        ).unique().all()
        counters = uow.session.scalars(select(Counter).options(joinedload(Counter.links)).where(Counter.active)).unique().all()
        hours = {s.code: service_hours(settings, s, day) for s in services}
        serves = {c.number: [l.service_id for l in c.links] for c in counters}
        by_id = {s.id: s for s in services}
        staff_at = counter_staff(uow, sorted(serves))
    if not any(hours.values()):
        raise Refused(f"{day.isoformat()} is not a working day (no service is open)", code="closed_day")

    summary = DaySummary(day, until=until)
    events: list[tuple[datetime, int, str, tuple]] = []
    seq = itertools.count()

    def at(moment: datetime, kind: str, *data) -> None:
        heapq.heappush(events, (moment.astimezone(timezone.utc), next(seq), kind, data))

    # Demand: what the counters serving a service can carry in its open hours.
    counters_for = {s.id: sum(1 for ids in serves.values() if s.id in ids) for s in services}
    for service in services:
        h = hours[service.code]
        if not h or not counters_for[service.id]:
            continue
        open_minutes = (datetime.combine(day, h.closes) - datetime.combine(day, h.opens)).total_seconds() / 60
        if open_minutes > 300:
            open_minutes -= 30  # the counter's break
        share = sum(1 / len(ids) for ids in serves.values() if service.id in ids)
        expected = UTILISATION * share * open_minutes / service.service_minutes
        for moment in _arrival_times(rng, day, h.opens, h.cutoff, expected, zone):
            group = None
            if service.accepts_priority and rng.random() < P_PRIORITY:
                group = rng.choices([g for g, _ in GROUPS], [w for _, w in GROUPS])[0]
            at(moment, "arrive", service.code, group)
    # Counters start when their earliest service opens and take a staggered 30-minute break.
    for number, ids in serves.items():
        spans = [hours[by_id[i].code] for i in ids if hours[by_id[i].code]]
        if not spans:
            continue
        opens = min(h.opens for h in spans)
        closes = max(h.closes for h in spans)
        at(datetime.combine(day, opens, zone) + timedelta(minutes=rng.uniform(0, 5)), "free", number)
        if (datetime.combine(day, closes) - datetime.combine(day, opens)) > timedelta(hours=5):
            brk = datetime.combine(day, time(12), zone) + timedelta(minutes=rng.choice((-30, 0, 30, 60)))
            at(brk, "pause", number)
            at(brk + timedelta(minutes=30), "open", number)
    closing = {n: max((hours[by_id[i].code].closes for i in ids if hours[by_id[i].code]), default=None) for n, ids in serves.items()}

    def run(action):
        with station.uow() as uow:
            return action(uow)

    paused: set[int] = set()
    while events:
        moment, _, kind, data = heapq.heappop(events)
        if until is not None and moment > until:
            break
        clock.set(moment)
        local = moment.astimezone(zone)
        try:
            if kind == "arrive":
                code, group = data
                try:
                    t = run(lambda u: queue.issue_ticket(u, code, group))
                except Refused:
                    summary.refused += 1
                    continue
                summary.issued += 1
                summary.per_service[code] = summary.per_service.get(code, 0) + 1
                if rng.random() < P_CANCEL:
                    at(moment + timedelta(minutes=rng.uniform(20, 90)), "give_up", t.code)
            elif kind == "give_up":
                (code,) = data
                t = run(lambda u: queue.ticket_details(u, code))
                if t.status == "waiting":
                    run(lambda u: queue.cancel(u, code, "warga meninggalkan antrian"))
                    summary.cancelled += 1
            elif kind == "pause":
                (number,) = data
                paused.add(number)
            elif kind == "open":
                (number,) = data
                paused.discard(number)
            elif kind == "free":
                (number,) = data
                after_hours = closing[number] is not None and local.time() >= closing[number]
                if number in paused and not after_hours:
                    run(lambda u: queue.set_counter_status(u, number, "paused"))
                    at(moment + timedelta(minutes=30), "resume_work", number)
                    continue
                try:
                    t = run(lambda u: queue.call_next(u, number, staff_at.get(number)))
                except Refused:
                    # after closing time a counter serves whoever still holds a ticket, then stops
                    if not after_hours:
                        at(moment + timedelta(minutes=rng.uniform(1, 3)), "free", number)
                    continue
                if rng.random() < P_NO_SHOW:
                    at(moment + timedelta(minutes=1), "recall", number, t.code)
                else:
                    at(moment + timedelta(minutes=rng.uniform(0.3, 1.5)), "start", number, t.code)
            elif kind == "resume_work":
                (number,) = data
                paused.discard(number)
                run(lambda u: queue.set_counter_status(u, number, "open"))
                at(moment, "free", number)
            elif kind == "recall":
                number, code = data
                t = run(lambda u: queue.ticket_details(u, code))
                if t.call_count >= settings_absent_after(station):
                    run(lambda u: queue.mark_absent(u, code, number, staff_id=staff_at.get(number)))
                    summary.absent += 1
                    if rng.random() < P_RETURN_AFTER_ABSENT:
                        at(moment + timedelta(minutes=rng.uniform(15, 60)), "come_back", code)
                    at(moment, "free", number)
                else:
                    run(lambda u: queue.recall(u, code, number, staff_id=staff_at.get(number)))
                    at(moment + timedelta(minutes=1), "recall", number, code)
            elif kind == "come_back":
                (code,) = data
                run(lambda u: queue.return_ticket(u, code))
                summary.returned += 1
            elif kind == "start":
                number, code = data
                t = run(lambda u: queue.start_service(u, code, number, staff_id=staff_at.get(number)))
                service = next(s for s in services if s.code == t.service_code)
                minutes = _service_minutes(rng, service.service_minutes)
                if rng.random() < P_TRANSFER:
                    siblings = [s.code for s in services if s.agency_id == service.agency_id and s.code != service.code and hours[s.code]]
                    if siblings:
                        at(moment + timedelta(minutes=min(minutes, 3)), "transfer", number, code, rng.choice(siblings))
                        continue
                at(moment + timedelta(minutes=minutes), "finish", number, code)
            elif kind == "transfer":
                number, code, target = data
                run(lambda u: queue.transfer(u, code, target, number, "salah layanan", staff_id=staff_at.get(number)))
                summary.transferred += 1
                at(moment, "free", number)
            elif kind == "finish":
                number, code = data
                run(lambda u: queue.finish(u, code, rng.choice(OUTCOMES), number, staff_id=staff_at.get(number)))
                summary.served += 1
                at(moment + timedelta(minutes=rng.uniform(0.2, 1.0)), "free", number)
        except MppError as exc:  # a rule refused a step: the simulation must follow the rules too
            raise RuntimeError(f"demo day stopped at {local:%H.%M} on {kind} {data}: {exc.message}") from exc

    if until is None:
        clock.set(datetime.combine(day, time(23, 0), zone))
        summary.expired = run(lambda u: queue.close_day(u, day))
        for number in serves:
            run(lambda u: queue.set_counter_status(u, number, "open"))
    return summary


def counter_staff(uow, numbers: list[int]) -> dict[int, uuid.UUID]:
    """Who works each counter on a simulated day: the active counter-role staff in the
    order their accounts were made (UUIDv7 ids are time-ordered), loket by loket in
    number order, round the list again when there are more counters than staff. In
    the demo catalog that seats asep at loket 1 ... yanti at loket 16, as its comments
    say; lokets 17 and up are covered by the same people again. Deterministic: no
    random draw, so a seed still gives the same day."""
    staff = uow.session.scalars(select(Staff.id).where(Staff.active, Staff.role == "counter").order_by(Staff.id)).all()
    if not staff:
        return {}
    return {number: staff[i % len(staff)] for i, number in enumerate(numbers)}


def settings_absent_after(station: Station) -> int:
    with station.uow(read_only=True) as uow:
        return uow.settings().absent_after_calls


# --- `mpp demo` ----------------------------------------------------------------------------


def last_working_day(db: Database, before: date) -> date:
    station = Station(db)
    with station.uow(read_only=True) as uow:
        settings = uow.settings()
        day = before - timedelta(days=1)
        while not is_working_day(uow.session, settings, day):
            day -= timedelta(days=1)
        return day


def open_demo(path: Path | None = None, announce=print) -> tuple[Station, date]:
    """The demo MPP: created on first run from the demo catalog with the last
    working day in full and today up to now. Returns the station and the day to show."""
    from app.catalog import load_catalog, read_catalog_file
    from app.paths import DEMO_CATALOG, demo_db_path

    path = Path(path) if path else demo_db_path()
    fresh = not path.exists()
    station = Station.open(path)
    if fresh:
        announce(f"Creating the demo MPP in {path} (first run) ...")
        with station.uow() as uow:
            load_catalog(uow, read_catalog_file(DEMO_CATALOG))
            uow.commit()
    with station.uow(read_only=True) as uow:
        today = queue.today(uow)
        has_today = uow.session.scalar(select(func.count()).select_from(Ticket).where(Ticket.business_date == today))
    if fresh:
        previous = last_working_day(station.db, today)
        announce(simulate_day(station.db, previous).describe())
    if fresh or not has_today:
        try:
            summary = simulate_day(station.db, today, until=station.clock())
            if summary.issued:
                announce(summary.describe() + " (so far)")
                has_today = summary.issued
        except Refused as exc:
            announce(f"today: {exc.message}")
    if has_today:
        return station, today
    announce("No tickets yet today; showing the last working day.")
    return station, last_working_day(station.db, today)


# short labels for the status column, by Availability.reason
STATUS_LABELS = {
    None: "buka",
    "not_open_yet": "belum buka",
    "past_cutoff": "antrian ditutup",
    "quota_full": "kuota penuh",
    "closed_weekday": "tutup",
    "holiday": "libur nasional",
    "closure": "tutup",
    "inactive": "tidak tersedia",
}


def print_queue_state(station: Station, day: date, out=print) -> None:
    from app.fmt import clock_time, long_date

    with station.uow(read_only=True) as uow:
        settings = uow.settings()
        zone = local_zone(settings)
        overview = queue.queue_overview(uow, day)
        now = clock_time(uow.now(), zone)
        name = settings.name
    out(f"\n{name}\n{long_date(day)} (sekarang pukul {now})\n")
    is_today = day == queue.today_of(station)
    head = f"{'Layanan':<44} {'Tiket':>5} {'Tunggu':>6} {'Dilayani':>8} {'Selesai':>7} {'Absen':>5}"
    out(head + (f" {'Estimasi':>8}  Status" if is_today else ""))
    for q in overview:
        label = f"{q.prefix} {q.name}"[:44]
        line = f"{label:<44} {q.issued:>5} {q.waiting:>6} {q.called + q.serving:>8} {q.done:>7} {q.absent:>5}"
        if is_today:
            est = "-" if q.estimated_wait_minutes is None else f"{q.estimated_wait_minutes} mnt"
            status = STATUS_LABELS.get(q.availability.reason, q.availability.reason)
            if q.availability.reason == "not_open_yet" and q.availability.hours:
                status += f" ({q.availability.hours.opens:%H.%M})"
            line += f" {est:>8}  {status}"
        out(line)
    serving = [f"{code} -> loket {n}" for q in overview for code, n in q.now_serving]
    if serving:
        out("\nDipanggil / dilayani: " + ", ".join(serving))


def demo_config_path() -> Path:
    """The demo stations' config: written on first use, printing tickets into a file
    (raw ESC/POS bytes) so that the demo runs without a thermal printer."""
    from app.paths import data_dir

    path = data_dir() / "demo-station.toml"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        printer = (data_dir() / "demo-printer.escpos").as_posix()
        path.write_text(
            "# The demo MPP's stations. Every key: app/config.py.\n"
            'station_name = "Demo"\n'
            f'printer = "file:{printer}"\n'
            "paper_mm = 80\n"
            'language = "id"\n'
            "idle_seconds = 30\n",
            encoding="utf-8",
        )
    return path
