"""What the kiosk does, without Qt: the board of agencies and services a citizen
chooses from, taking a ticket, and printing it.

The window (ui/kiosk) calls these on its database worker and shows the plain
data they return. Availability is computed here, with the tiles, so that a
closed service, a passed cutoff or a full quota is on the tile before the
citizen taps, never an error after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from app import queue, survey
from app.catalog import ServiceView, show_catalog
from app.config import StationConfig
from app.printing import PrintResult, TicketSlip, print_ticket, render_ticket, ticket_qr_payload
from app.uow import Station
from app.workdays import Availability, holiday_name, local_zone


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

    def now(self) -> datetime:
        return self.station.clock()
