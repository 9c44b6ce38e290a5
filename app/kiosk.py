"""What the kiosk does, without Qt: the board of agencies and services a citizen
chooses from, taking a ticket, and printing it; filing a complaint, printing its
receipt and checking a complaint's status (app.complaints, acting as KIOSK).

The window (ui/kiosk) calls these on its database worker and shows the plain
data they return. Availability is computed here, with the tiles, so that a
closed service, a passed cutoff or a full quota is on the tile before the
citizen taps, never an error after.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app import complaints, queue, survey
from app.catalog import ServiceView, show_catalog
from app.complaint_receipt import print_thermal, render_thermal
from app.config import StationConfig
from app.errors import InvalidInput
from app.printing import (
    PrinterFault,
    PrintResult,
    TicketSlip,
    parse_ticket_qr,
    print_ticket,
    render_ticket,
    ticket_qr_payload,
)
from app.uow import Station
from app.workdays import Availability, holiday_name, local_zone
from db.models import Service

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class ServiceTile:
    service: ServiceView  # its standar pelayanan
    availability: Availability
    waiting: int
    estimated_wait_minutes: int | None  # for someone taking a ticket now; None when no counter is open

    @property
    def code(self) -> str:
        return self.service.code


@dataclass(frozen=True)
class AgencyTile:
    code: str
    name: str
    name_en: str
    services: list[ServiceTile]

    @property
    def open_services(self) -> int:
        return sum(1 for s in self.services if s.availability.open)

    @property
    def waiting(self) -> int:
        return sum(s.waiting for s in self.services)


@dataclass(frozen=True)
class KioskBoard:
    mpp_name: str
    day: date
    zone: ZoneInfo
    agencies: list[AgencyTile]

    def agency(self, code: str) -> AgencyTile:
        return next(a for a in self.agencies if a.code == code)

    def service(self, code: str) -> ServiceTile:
        return next(s for a in self.agencies for s in a.services if s.code == code)


@dataclass(frozen=True)
class SurveyTarget:
    """What a survey answers for: a ticket's service (the ticket checked), or a service chosen."""

    service_code: str
    service_name: str
    service_name_en: str
    agency_code: str
    ticket_id: str | None = None
    ticket_code: str | None = None


@dataclass(frozen=True)
class ComplaintTicket:
    """The queue ticket a complainant scanned: what the kiosk shows and checks before filing."""

    code: str
    day: date
    service_code: str
    agency_codes: tuple[str, ...]  # of the service it is for now and, after a transfer, the one it was issued for


@dataclass(frozen=True)
class ReceiptPrint:
    """How printing a complaint receipt went. The complaint is filed either way: on a
    fault the kiosk shows the number and its QR code on screen."""

    nomor: str
    printed: bool
    fault_code: str | None = None
    fault_message: str | None = None


class Kiosk:
    """One kiosk: a station and its settings."""

    def __init__(self, station: Station, config: StationConfig):
        self.station = station
        self.config = config

    def prepare(self) -> None:
        """Do now, on the thread that starts the kiosk, the first-use work the ticket
        path would otherwise do on a worker thread: importing escpos and the printer
        classes, rendering a first ticket (qrcode, Pillow) and loading the holiday
        calendar. PySide6 6.12 can abort the interpreter when a worker thread imports
        modules while the UI thread runs its event loop (see ui/tasks.py)."""
        import usb.core  # noqa: F401  (usb:VID:PID printers)
        from escpos import exceptions, printer  # noqa: F401

        now = self.now()
        sample = TicketSlip("MPP", "A001", "-", "-", now, 0, 0, None, ticket_qr_payload("0" * 32))
        render_ticket(sample, paper_mm=self.config.paper_mm, qr=self.config.printer_qr)
        holiday_name(now.date())
        prepare_complaints(self.config)

    def board(self) -> KioskBoard:
        with self.station.uow(read_only=True) as uow:
            settings = uow.settings()
            catalog = show_catalog(uow)
            queues = {q.code: q for q in queue.queue_overview(uow)}
            agencies = [
                AgencyTile(
                    agency.code,
                    agency.name,
                    agency.name_en,
                    [
                        ServiceTile(
                            service,
                            queues[service.code].availability,
                            queues[service.code].waiting,
                            queues[service.code].estimated_wait_minutes,
                        )
                        for service in agency.services
                    ],
                )
                for agency in catalog.agencies
                if agency.services
            ]
            return KioskBoard(settings.name, queue.today(uow), local_zone(settings), agencies)

    def take_ticket(self, service_code: str, priority_group: str | None = None) -> queue.TicketView:
        with self.station.uow() as uow:
            return queue.issue_ticket(uow, service_code, priority_group)

    def print_ticket(self, ticket_id: str, language: str = "id") -> PrintResult:
        return print_ticket(
            self.station,
            ticket_id,
            self.config.printer,
            paper_mm=self.config.paper_mm,
            qr=self.config.printer_qr,
            language=language,
        )

    def survey_ticket(self, ref: str) -> SurveyTarget:
        """The ticket a citizen scanned (its QR payload) or typed (A023), checked as
        record_response will check it, before any question is asked: NotFound or
        InvalidInput for an unknown ticket, Refused "not_served" or "already_answered"."""
        with self.station.uow(read_only=True) as uow:
            ticket = survey.check_ticket_for_survey(uow, ref)
            service = ticket.service
            return SurveyTarget(
                service.code, service.name, service.name_en, service.agency.code, str(ticket.id), ticket.code
            )

    def send_survey(
        self,
        target: SurveyTarget,
        *,
        channel: str,
        answers: dict[str, int | None],
        jenis_kelamin: str | None = None,
        usia: int | None = None,
        pendidikan: str | None = None,
        pekerjaan: str | None = None,
        saran: str | None = None,
    ) -> survey.ResponseView:
        """Record the citizen's response (anonymous: no name, no NIK), with this
        station's guard against repeated sending (Refused "too_soon")."""
        with self.station.uow() as uow:
            return survey.record_response(
                uow,
                service_code=None if target.ticket_id else target.service_code,
                ticket_ref=target.ticket_id,
                jenis_kelamin=jenis_kelamin,
                usia=usia,
                pendidikan=pendidikan,
                pekerjaan=pekerjaan,
                answers=answers,
                saran=saran,
                channel=channel,
                min_interval_seconds=self.config.survey_min_interval_seconds,
            )

    # --- complaints (app.complaints), as the citizen at the kiosk ------------------------

    def file_complaint(self, intake: Mapping[str, Any]) -> complaints.FiledComplaint:
        """File what the citizen entered (kanal "kiosk" whatever the intake says).
        InvalidInput(code="bad_complaint", problems=[...]) and nothing stored otherwise."""
        with self.station.uow() as uow:
            return complaints.add_complaint(uow, {**intake, "kanal": "kiosk"}, complaints.KIOSK)

    def print_complaint_receipt(self, filed: complaints.FiledComplaint, language: str = "id") -> ReceiptPrint:
        """Print the receipt on this kiosk's printer; a fault is returned, never raised."""
        try:
            print_thermal(filed.receipt, self.config.printer, paper_mm=self.config.paper_mm,
                          qr=self.config.printer_qr, language=language)  # fmt: skip
        except (PrinterFault, InvalidInput) as fault:  # InvalidInput: a mistyped printer setting
            log.warning("complaint receipt %s not printed: %s", filed.nomor, fault.message)
            return ReceiptPrint(filed.nomor, False, getattr(fault, "code", "printer_error"), fault.message)
        return ReceiptPrint(filed.nomor, True)

    def complaint_status(self, ref: str) -> complaints.PublicView:
        """What anyone holding the number or the receipt's QR code may see: stage, dates and
        public replies. InvalidInput "bad_nomor" or NotFound "unknown_complaint" otherwise."""
        with self.station.uow(read_only=True) as uow:
            return complaints.public_view(uow, ref)

    def complaint_ticket(self, ref: str) -> ComplaintTicket:
        """The ticket behind a scanned QR code (or a ticket number of today): NotFound or
        InvalidInput when there is none. add_complaint checks it again when filing."""
        with self.station.uow(read_only=True) as uow:
            scanned = parse_ticket_qr(ref)
            ticket = queue.find_ticket(uow, str(scanned) if scanned else ref)
            issued = uow.session.get(Service, ticket.issued_service_id)
            agencies = tuple(dict.fromkeys((ticket.service.agency.code, issued.agency.code)))
            return ComplaintTicket(ticket.code, ticket.business_date, ticket.service.code, agencies)

    def now(self) -> datetime:
        return self.station.clock()


def prepare_complaints(config: StationConfig) -> None:
    """The complaint path's first-use work, on the thread that opens a window (see
    ui/tasks.py): Fernet (cryptography) and a sample complaint receipt (escpos, qrcode)."""
    from cryptography.fernet import Fernet

    Fernet(Fernet.generate_key()).encrypt(b"-")
    now = datetime.now().astimezone()
    sample = complaints.ReceiptData(
        "MPP", "", "ADU-2000-000001", complaints.complaint_qr_payload("ADU-2000-000001"), now, "kiosk", "anonim",
        None, None, None, None, None, None, None, None, None, now.date(), 0,
    )  # fmt: skip
    render_thermal(sample, paper_mm=config.paper_mm, qr=config.printer_qr)
