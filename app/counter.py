"""What a counter (loket) desk does, without Qt: signing staff in, the desk's
view of its queues, and every action on a ticket, each recorded with the
signed-in staff member; and taking a complaint (a walk-in, a letter, a phone
call) with its receipt on the station's printer or as an A4 PDF.

The window (ui/counter) calls these on its database worker and shows the plain
data they return; the rules themselves are app.queue's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app import auth, complaints, queue
from app.auth import SignedIn
from app.catalog import AgencyView, show_catalog
from app.complaint_receipt import print_thermal, render_a4
from app.config import StationConfig
from app.errors import NotFound
from app.uow import Station
from app.workdays import holiday_name, local_zone
from db.models import Counter, CounterService, CounterState, Service, Ticket


@dataclass(frozen=True)
class CounterChoice:
    number: int
    name: str
    services: tuple[str, ...]  # service names


@dataclass(frozen=True)
class QueuedTicket:
    id: str
    code: str
    service_code: str
    status: str
    priority_group: str | None
    issued_at: datetime
    waited_minutes: int  # since arrival (a transfer keeps it)
    call_count: int
    counter_number: int | None


@dataclass(frozen=True)
class ServiceLine:
    code: str
    name: str
    prefix: str
    waiting: tuple[QueuedTicket, ...]  # in the order the queue will call them
    absent: tuple[QueuedTicket, ...]  # may come back today


@dataclass(frozen=True)
class TransferTarget:
    code: str
    name: str
    agency_name: str


@dataclass(frozen=True)
class DeskView:
    counter_number: int
    counter_name: str
    status: str  # open or paused (a break)
    now: datetime
    zone: ZoneInfo
    current: QueuedTicket | None  # called or being served here
    held: tuple[QueuedTicket, ...]  # set aside at this counter
    services: tuple[ServiceLine, ...]
    served_today: int  # finished at this counter today
    transfer_targets: tuple[TransferTarget, ...]

    @property
    def waiting(self) -> int:
        return sum(len(s.waiting) for s in self.services)


_OPEN = ("waiting", "called", "serving", "held", "absent")


class CounterDesk:
    """One counter desk: a station, its settings and (once signed in) its staff member."""

    def __init__(self, station: Station, config: StationConfig):
        self.station = station
        self.config = config

    def prepare(self) -> None:
        """First-use work done on the thread that opens the window, before its worker
        starts (see ui/tasks.py): the holiday calendar, the password hasher's module."""
        import argon2.low_level  # noqa: F401

        from app.kiosk import prepare_complaints

        holiday_name(self.station.clock().date())
        prepare_complaints(self.config)  # Fernet, escpos and a sample thermal receipt
        sample = complaints.ReceiptData(
            "MPP", "", "ADU-2000-000001", complaints.complaint_qr_payload("ADU-2000-000001"), self.station.clock(),
            "loket", "anonim", None, None, None, None, None, None, None, None, None, self.station.clock().date(), 0,
        )  # fmt: skip
        render_a4(sample)  # reportlab, its fonts and Pillow's image plugins

    def counters(self) -> list[CounterChoice]:
        with self.station.uow(read_only=True) as uow:
            rows = uow.session.scalars(
                select(Counter)
                .options(joinedload(Counter.links).joinedload(CounterService.service))
                .where(Counter.active)
                .order_by(Counter.number)
            ).unique()
            return [
                CounterChoice(c.number, c.name, tuple(link.service.name for link in c.links if link.service.active))
                for c in rows
            ]

    def sign_in(self, username: str, secret: str) -> SignedIn:
        with self.station.uow() as uow:
            return auth.sign_in(uow, username, secret)

    def view(self, counter_number: int) -> DeskView:
        with self.station.uow(read_only=True) as uow:
            counter = uow.session.scalars(
                select(Counter)
                .options(joinedload(Counter.links).joinedload(CounterService.service))
                .where(Counter.number == counter_number)
            ).first()
            if counter is None:
                raise NotFound(f"no loket {counter_number}")
            settings = uow.settings()
            now = uow.now()
            day = queue.today(uow)
            services = sorted((link.service for link in counter.links), key=lambda s: s.prefix)
            service_ids = [s.id for s in services]
            status = uow.session.scalar(select(CounterState.status).where(CounterState.counter_id == counter.id))
            # one query for the day's open tickets of these services and those at this counter
            tickets = uow.session.scalars(
                select(Ticket)
                .options(joinedload(Ticket.service), joinedload(Ticket.counter))
                .where(
                    Ticket.business_date == day,
                    Ticket.status.in_(_OPEN),
                    Ticket.service_id.in_(service_ids) | (Ticket.counter_id == counter.id),
                )
                .order_by(Ticket.queue_at, Ticket.id)
            ).all()
            served = uow.session.scalar(
                select(func.count()).where(
                    Ticket.business_date == day, Ticket.counter_id == counter.id, Ticket.status == "done"
                )
            )
            targets = uow.session.scalars(
                select(Service).options(joinedload(Service.agency)).where(Service.active).order_by(Service.prefix)
            ).all()

            def queued(t: Ticket) -> QueuedTicket:
                return QueuedTicket(
                    str(t.id),
                    t.code,
                    t.service.code,
                    t.status,
                    t.priority_group,
                    t.issued_at,
                    max(0, int((now - t.issued_at).total_seconds() // 60)),
                    t.call_count,
                    t.counter.number if t.counter else None,
                )

            priority_first = settings.priority_policy == "first"
            lines = []
            for service in services:
                waiting = [t for t in tickets if t.service_id == service.id and t.status == "waiting"]
                if priority_first:
                    waiting.sort(key=lambda t: t.priority_group is None)  # stable: arrival order within each
                lines.append(
                    ServiceLine(
                        service.code,
                        service.name,
                        service.prefix,
                        tuple(map(queued, waiting)),
                        tuple(queued(t) for t in tickets if t.service_id == service.id and t.status == "absent"),
                    )
                )
            here = [t for t in tickets if t.counter_id == counter.id]
            current = next((t for t in here if t.status in queue.AT_COUNTER), None)
            return DeskView(
                counter.number,
                counter.name,
                status or "open",
                now,
                local_zone(settings),
                queued(current) if current else None,
                tuple(queued(t) for t in here if t.status == "held"),
                tuple(lines),
                served or 0,
                tuple(TransferTarget(s.code, s.name, s.agency.name) for s in targets),
            )

    # --- actions: each one transaction, recorded with the staff member ---------------

    def _act(self, fn: Callable, *args, **kwargs):
        with self.station.uow() as uow:
            return fn(uow, *args, **kwargs)

    def call_next(self, counter: int, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.call_next, counter, staff.staff_id)

    def call_ticket(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.call_ticket, ref, counter, staff.staff_id)

    def recall(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.recall, ref, counter, staff_id=staff.staff_id)

    def start(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.start_service, ref, counter, staff_id=staff.staff_id)

    def finish(self, counter: int, ref: str, outcome: str | None, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.finish, ref, outcome or None, counter, staff_id=staff.staff_id)

    def absent(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.mark_absent, ref, counter, staff_id=staff.staff_id)

    def return_ticket(self, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.return_ticket, ref, staff_id=staff.staff_id)

    def transfer(
        self, counter: int, ref: str, to_service: str, note: str | None, staff: SignedIn
    ) -> queue.TicketView:
        return self._act(queue.transfer, ref, to_service, counter, note or None, staff_id=staff.staff_id)

    def hold(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.hold, ref, counter, staff_id=staff.staff_id)

    def resume(self, counter: int, ref: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.resume, ref, counter, staff_id=staff.staff_id)

    def walk_in(self, counter: int, service_code: str, staff: SignedIn) -> queue.TicketView:
        return self._act(queue.serve_walk_in, service_code, counter, staff.staff_id)

    def set_break(self, counter: int, on_break: bool) -> str:
        return self._act(queue.set_counter_status, counter, "paused" if on_break else "open")

    # --- complaints -----------------------------------------------------------------------

    def complaint_catalog(self) -> list[AgencyView]:
        """The agencies and their services a complaint may concern."""
        with self.station.uow(read_only=True) as uow:
            return list(show_catalog(uow).agencies)

    def file_complaint(self, intake: Mapping[str, Any], staff: SignedIn) -> complaints.FiledComplaint:
        """File a complaint taken by the signed-in staff member (kanal as the intake says:
        loket, surat, telepon or lainnya). InvalidInput(code="bad_complaint", problems=[...])
        and nothing stored otherwise."""
        actor = complaints.Actor(staff.username, staff.role, staff.staff_id)
        with self.station.uow() as uow:
            return complaints.add_complaint(uow, intake, actor)

    def print_complaint_receipt(self, receipt: complaints.ReceiptData, language: str = "id") -> str:
        """Print the receipt on this station's printer; the printer's name, or PrinterFault."""
        spec = print_thermal(receipt, self.config.printer, paper_mm=self.config.paper_mm,
                             qr=self.config.printer_qr, language=language)  # fmt: skip
        return str(spec)

    def save_complaint_receipt(self, receipt: complaints.ReceiptData, path: str | Path, language: str = "id") -> Path:
        """Write the A4 receipt as a PDF (to print or to send to the citizen)."""
        path = Path(path)
        render_a4(receipt, path, language=language, printed_at=self.station.clock())
        return path

    def now(self) -> datetime:
        return self.station.clock()

