"""The kiosk window: a citizen takes a ticket by touch, with no keyboard.

Home -> agencies -> services of the agency -> the service's standar pelayanan
-> (the priority question, where the service takes priority) -> the ticket.
The satisfaction survey (ui/kiosk/survey.py) and complaints (ui/kiosk/complaint.py)
start from the home screen too, with their screens in the same stack.
Every screen has the language switch and the large-type switch in its header;
an idle timer brings the kiosk home and forgets what the last citizen chose.

All database and printer work runs on TaskRunners; this class only shows the
plain data app.kiosk returns. Texts are translated through Qt Linguist (context
"Kiosk"); source strings are English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.admin import station_config
from app.config import StationConfig
from app.errors import MppError
from app.kiosk import AgencyTile, Kiosk, KioskBoard, ServiceTile
from app.paths import resource_path
from app.printing import PrintResult, ticket_qr_payload
from app.queue import TicketView
from app.watch import ChangeWatcher
from app.workdays import Availability
from ui.i18n import LANGUAGES, Translations
from ui.kiosk.complaint import ComplaintFlow, complaint_style
from ui.kiosk.style import LARGE_TYPE_SCALE, kiosk_style
from ui.kiosk.survey import SurveyFlow
from ui.kiosk.touch import TileGrid, scrolling
from ui.tasks import TaskRunner
from ui.widgets import QrCode, button, label, restyle

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

BOARD_REFRESH_MS = 5000
WATCH_MS = 250  # how often the file is asked whether anyone committed (a supervisor's change, say)
PRINTED_HOME_MS = 12000

PRIORITY_ORDER = ("disabilitas", "lansia", "hamil", "anak", "korban_bencana")


def priority_label(group: str) -> str:
    return {
        "disabilitas": translate("Kiosk", "Person with a disability"),
        "lansia": translate("Kiosk", "Older person (lanjut usia)"),
        "hamil": translate("Kiosk", "Pregnant woman"),
        "anak": translate("Kiosk", "Child"),
        "korban_bencana": translate("Kiosk", "Victim of a natural or social disaster"),
    }[group]


def availability_text(availability: Availability) -> str:
    """Why a service takes no ticket now, in the citizen's language."""
    reason = availability.reason
    hours = availability.hours
    if reason == "holiday":
        return translate("Kiosk", "Closed for a national holiday: {name}").format(name=availability.detail)
    if reason == "closure":
        return translate("Kiosk", "The MPP is closed today: {reason}").format(reason=availability.detail)
    if reason == "closed_weekday":
        return translate("Kiosk", "Closed today")
    if reason == "not_open_yet" and hours:
        return translate("Kiosk", "Opens at {time}").format(time=f"{hours.opens:%H.%M}")
    if reason == "past_cutoff" and hours:
        return translate("Kiosk", "Tickets were given until {time}").format(time=f"{hours.cutoff:%H.%M}")
    if reason == "quota_full":
        return translate("Kiosk", "Today's quota of {quota} tickets is full").format(quota=availability.quota)
    if reason == "inactive":
        return translate("Kiosk", "Not offered at the moment")
    return translate("Kiosk", "Not available now")


def refusal_text(error: Exception) -> str:
    """A service's refusal (it filled up between the tap and the ticket, say), in the citizen's language."""
    code = getattr(error, "code", None)
    texts = {
        "quota_full": translate("Kiosk", "Today's quota for this service has just filled up."),
        "past_cutoff": translate("Kiosk", "The time for taking tickets for this service has just passed."),
        "not_open_yet": translate("Kiosk", "This service is not open yet."),
        "closed_weekday": translate("Kiosk", "This service is closed today."),
        "holiday": translate("Kiosk", "The MPP is closed today for a national holiday."),
        "closure": translate("Kiosk", "The MPP is closed today."),
        "inactive": translate("Kiosk", "This service is not offered at the moment."),
    }
    return texts.get(code, translate("Kiosk", "Something went wrong. Please ask our staff for help."))


def wait_text(minutes: int | None) -> str:
    if minutes is None:
        return translate("Kiosk", "no counter open yet")
    if minutes == 0:
        return translate("Kiosk", "called soon")
    return translate("Kiosk", "about %n min", "", minutes)


class KioskWindow(QWidget):
    # emitted when a ticket has been shown and its printing has ended, either way
    ticket_done = Signal(object, object)  # TicketView, PrintResult

    def __init__(
        self, kiosk: Kiosk, translations: Translations, parent: QWidget | None = None, *, survey_only: bool = False
    ):
        super().__init__(parent)
        # survey_only: the survey flow alone, its first screen as home (`mpp survey`, a tablet at a counter)
        self.survey_only = survey_only
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kiosk = kiosk
        # the station's own file, under what the supervisor sets centrally (app.admin); read again
        # with every board, so a change reaches the running kiosk
        self.file_config = kiosk.config
        kiosk.config = self.config = station_config(kiosk.station, self.file_config)
        self.translations = translations
        kiosk.prepare()  # first-use imports here, never on the workers
        self.db = TaskRunner("kiosk-database", self)
        self.printer = TaskRunner("kiosk-printer", self)

        self.board: KioskBoard | None = None
        self.agency_code: str | None = None
        self.service_code: str | None = None
        self.ticket: TicketView | None = None
        self.print_result: PrintResult | None = None
        self.issuing = False
        self.refusal: str | None = None
        self.large_type = self.config.large_type

        self._build()
        self._clock = QTimer(self, interval=1000, timeout=self._render_clock)
        self._clock.start()
        self._idle = QTimer(self, singleShot=True, interval=self.config.idle_seconds * 1000, timeout=self.go_home)
        self._refresh = QTimer(self, interval=BOARD_REFRESH_MS, timeout=self.load_board)
        self._refresh.start()
        self.watcher = ChangeWatcher(kiosk.station)
        self._watch = QTimer(self, interval=WATCH_MS, timeout=self._poll)
        self._watch.start()
        self._after_ticket = QTimer(self, singleShot=True, interval=PRINTED_HOME_MS, timeout=self.go_home)
        QApplication.instance().installEventFilter(self)
        self.go_home()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        header = QWidget(objectName="header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(header)
        bar.setContentsMargins(28, 16, 28, 16)
        bar.setSpacing(20)
        self.logo = label(kind="logo", wrap=False)
        self.logo.setPixmap(QPixmap(str(resource_path("icons", "mpp-logo.svg"))).scaledToHeight(
            72, Qt.TransformationMode.SmoothTransformation))
        self.mpp_name = label(kind="mpp-name")
        self.clock = label(kind="clock", wrap=False, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.large_switch = button("Aa", "switch")
        self.large_switch.setCheckable(True)
        self.large_switch.toggled.connect(self.set_large_type)
        self.language_switch = button("", "switch")
        self.language_switch.clicked.connect(self.switch_language)
        bar.addWidget(self.logo)
        bar.addWidget(self.mpp_name, 1)
        bar.addWidget(self.clock)
        bar.addWidget(self.large_switch)
        bar.addWidget(self.language_switch)
        root.addWidget(header)

        self.stack = QStackedWidget()
        # the screen's size rules, not the tallest page's wishes: a fullscreen kiosk cannot grow
        self.stack.setMinimumSize(1, 1)
        root.addWidget(self.stack, 1)
        self.home = self._home_screen()
        self.agencies = self._grid_screen()
        self.services = self._grid_screen()
        self.standar = self._standar_screen()
        self.priority = self._priority_screen()
        self.ticket_screen = self._ticket_screen()
        self.message = self._message_screen()
        for screen in (self.home, self.agencies, self.services, self.standar, self.priority,
                       self.ticket_screen, self.message):
            self.stack.addWidget(screen)
        self.agencies.grid.tapped.connect(self.choose_agency)
        self.services.grid.tapped.connect(self.choose_service)
        # the satisfaction survey's screens join the stack (ui/kiosk/survey.py)
        self.survey = SurveyFlow(self, channel="tablet" if self.survey_only else "kiosk")
        # and the complaint screens (ui/kiosk/complaint.py)
        self.complaints = ComplaintFlow(self)

        footer = QWidget()
        self.footer = footer
        row = QHBoxLayout(footer)
        row.setContentsMargins(32, 12, 32, 24)
        self.back_button = button("", "nav")
        self.back_button.clicked.connect(self.go_back)
        self.home_button = button("", "nav")
        self.home_button.clicked.connect(self.go_home)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.home_button)
        root.addWidget(footer)
        self._apply_style()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 32, 40, 16)
        layout.setSpacing(20)
        return page, layout

    def _home_screen(self) -> QWidget:
        page, layout = self._page()
        layout.addStretch(2)
        emblem = label(kind="logo", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        emblem.setPixmap(QPixmap(str(resource_path("icons", "mpp-logo.svg"))).scaledToHeight(
            200, Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(emblem)
        page.welcome = label(kind="title", align=Qt.AlignmentFlag.AlignCenter)
        page.date = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        page.take = button("", "primary")
        page.take.setMinimumHeight(220)
        page.take.clicked.connect(self.show_agencies)
        page.survey = button("", "secondary")
        page.survey.clicked.connect(lambda: self.survey.start())
        page.complaints = button("", "secondary")
        page.complaints.clicked.connect(lambda: self.complaints.start())
        # the survey and complaints beside the take button on a landscape screen, below it on a portrait one
        page.actions = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.actions.setSpacing(24)
        for action in (page.take, page.survey, page.complaints):  # side by side, as tall as each other
            action.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        page.actions.addWidget(page.take, 3)
        page.more = QHBoxLayout()
        page.more.setSpacing(24)
        page.more.addWidget(page.survey)
        page.more.addWidget(page.complaints)
        page.actions.addLayout(page.more, 2)
        page.hint = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(page.welcome)
        layout.addWidget(page.date)
        layout.addSpacing(40)
        layout.addLayout(page.actions)
        layout.addWidget(page.hint)
        layout.addStretch(3)
        return page

    def _grid_screen(self) -> QWidget:
        page, layout = self._page()
        page.title = label(kind="title")
        page.subtitle = label(kind="subtitle")
        page.grid = TileGrid()
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        layout.addWidget(scrolling(page.grid), 1)
        return page

    def _standar_screen(self) -> QWidget:
        page, layout = self._page()
        page.title = label(kind="title")
        page.agency = label(kind="subtitle")
        layout.addWidget(page.title)
        layout.addWidget(page.agency)
        card = QFrame()
        card.setProperty("kind", "card")
        body = QVBoxLayout(card)
        body.setContentsMargins(32, 24, 32, 24)
        body.setSpacing(8)
        page.sections = {}
        for key in ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan"):
            heading = label(kind="section")
            text = label(kind="body")
            text.setTextFormat(Qt.TextFormat.PlainText)
            body.addWidget(heading)
            body.addWidget(text)
            body.addSpacing(8)
            page.sections[key] = (heading, text)
        body.addStretch(1)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(card)
        # the standar pelayanan beside the take button on a landscape screen, above it on a portrait one
        page.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.box.setSpacing(20)
        page.box.addWidget(scrolling(holder), 3)
        action = QVBoxLayout()
        page.queue = label(kind="ticket-caption", align=Qt.AlignmentFlag.AlignCenter)
        page.status = label(kind="notice", align=Qt.AlignmentFlag.AlignCenter)
        page.take = button("", "primary")
        page.take.clicked.connect(self.take_number)
        action.addStretch(1)
        action.addWidget(page.queue)
        action.addWidget(page.status)
        action.addWidget(page.take)
        page.box.addLayout(action, 1)
        layout.addLayout(page.box, 1)
        return page

    def _priority_screen(self) -> QWidget:
        page, layout = self._page()
        page.title = label(kind="title")
        page.subtitle = label(kind="subtitle")
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        layout.addSpacing(12)
        page.groups = {}
        page.choices = QGridLayout()
        page.choices.setSpacing(16)
        for group in PRIORITY_ORDER:
            choice = button("", "choice")
            choice.clicked.connect(lambda _=False, g=group: self.issue(g))
            page.groups[group] = choice
        layout.addLayout(page.choices)
        layout.addSpacing(24)
        page.none = button("", "primary")
        page.none.clicked.connect(lambda: self.issue(None))
        layout.addWidget(page.none)
        layout.addStretch(1)
        return page

    def _ticket_screen(self) -> QWidget:
        page, layout = self._page()
        # the ticket beside its QR code on a landscape screen, above it on a portrait one
        page.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        info = QVBoxLayout()
        info.setSpacing(12)
        page.caption = label(kind="ticket-caption", align=Qt.AlignmentFlag.AlignCenter)
        page.number = label(kind="ticket-number", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.service = label(kind="title", align=Qt.AlignmentFlag.AlignCenter)
        page.agency = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        page.ahead = label(kind="ticket-caption", align=Qt.AlignmentFlag.AlignCenter)
        page.when = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        page.status = label(kind="notice", align=Qt.AlignmentFlag.AlignCenter)
        info.addStretch(1)
        for widget in (page.caption, page.number, page.service, page.agency, page.ahead, page.when, page.status):
            info.addWidget(widget)
        info.addStretch(1)
        page.qr = QrCode()
        page.qr.setMinimumSize(360, 360)
        page.box.addLayout(info, 3)
        page.box.addWidget(page.qr, 2, Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(page.box, 1)
        page.done = button("", "primary")
        page.done.clicked.connect(self.go_home)
        layout.addWidget(page.done)
        return page

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        landscape = self.width() > self.height()
        direction = QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        self.ticket_screen.box.setDirection(direction)
        self.standar.box.setDirection(direction)
        self.home.actions.setDirection(direction)
        self.survey.set_landscape(landscape)
        self.complaints.set_landscape(landscape)
        columns = 2 if landscape else 1
        for index, group in enumerate(PRIORITY_ORDER):
            self.priority.choices.addWidget(self.priority.groups[group], index // columns, index % columns)

    def _message_screen(self, on_action=None, text_kind: str = "body", title_kind: str = "title") -> QWidget:
        """A sentence for the citizen and one way on (the survey's message and thanks pages too)."""
        page, layout = self._page()
        layout.addStretch(1)
        page.title = label(kind=title_kind, align=Qt.AlignmentFlag.AlignCenter)
        page.text = label(kind=text_kind, align=Qt.AlignmentFlag.AlignCenter)
        page.action = button("", "primary")
        page.action.clicked.connect(on_action or self.show_agencies)
        layout.addWidget(page.title)
        layout.addWidget(page.text)
        layout.addSpacing(30)
        layout.addWidget(page.action)
        layout.addStretch(2)
        return page

    # --- state changes (each ends in render) -------------------------------------------

    def go_home(self) -> None:
        """Home, as a new citizen should find it: nothing chosen, default language and type."""
        self.agency_code = self.service_code = None
        self.ticket = self.print_result = self.refusal = None
        self._after_ticket.stop()
        self.survey.reset()
        self.complaints.reset()
        self.translations.set_language(self.config.language)
        self.large_switch.setChecked(self.config.large_type)
        self.stack.setCurrentWidget(self.home_page)
        self.load_board()
        self.render()

    @property
    def home_page(self) -> QWidget:
        """Where a new citizen starts: the home screen, or the survey's first screen on a survey tablet."""
        return self.survey.start_page if self.survey_only else self.home

    def go_back(self) -> None:
        current = self.stack.currentWidget()
        if self.survey.owns(current):
            self.survey.back()
        elif self.complaints.owns(current):
            self.complaints.back()
        elif current is self.services:
            self.show_agencies()
        elif current in (self.standar, self.message):
            self.show_screen(self.services if self.agency_code else self.agencies)
        elif current is self.priority:
            self.show_screen(self.standar)
        else:
            self.go_home()

    def show_agencies(self) -> None:
        self.agency_code = self.service_code = None
        self.show_screen(self.agencies)

    def choose_agency(self, code: str) -> None:
        self.agency_code = code
        self.show_screen(self.services)

    def choose_service(self, code: str) -> None:
        self.service_code = code
        self.show_screen(self.standar)

    def take_number(self) -> None:
        tile = self._service_tile()
        if tile is None or not tile.availability.open:
            return
        if tile.service.accepts_priority:
            self.show_screen(self.priority)
        else:
            self.issue(None)

    def issue(self, priority_group: str | None) -> None:
        if self.issuing or self.service_code is None:
            return  # a second tap while the first is being served
        self.issuing = True
        code = self.service_code
        self.db.run(lambda: self.kiosk.take_ticket(code, priority_group), self._issued, self._refused)

    def _issued(self, ticket: TicketView) -> None:
        self.issuing = False
        self.ticket, self.print_result = ticket, None
        self.show_screen(self.ticket_screen)
        language = self.translations.language
        self.printer.run(lambda: self.kiosk.print_ticket(str(ticket.id), language), self._printed, self._print_crashed)
        self.load_board()

    def _refused(self, error: Exception) -> None:
        self.issuing = False
        if not isinstance(error, MppError):
            log.error("taking a ticket failed", exc_info=error)
        self.refusal = refusal_text(error)
        self.show_screen(self.message)
        self.load_board()

    def _printed(self, result: PrintResult) -> None:
        if self.ticket is None or result.ticket.id != self.ticket.id:
            return  # the kiosk moved on (idle reset) while the printer worked
        self.print_result = result
        if result.printed:
            self._after_ticket.start()
        self.render()
        self.ticket_done.emit(self.ticket, result)

    def _print_crashed(self, error: Exception) -> None:
        # print_ticket turns printer trouble into a PrintResult; anything else is a bug, but the
        # citizen still has the ticket on screen
        log.error("printing crashed", exc_info=error)
        if self.ticket is not None:
            self._printed(PrintResult(self.ticket, False, "printer_error", str(error)))

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.render()

    def load_board(self) -> None:
        if self.db.busy or self.issuing:
            return  # one refresh in flight is enough
        self.db.run(self._read_board, self._board_loaded, self._board_failed)

    def _poll(self) -> None:
        # a catalog or settings change shows within a second, not at the next 5-second refresh
        if not self.db.busy and not self.issuing and self.watcher.changed():
            self.load_board()

    def _read_board(self) -> tuple[KioskBoard, StationConfig]:
        return self.kiosk.board(), station_config(self.kiosk.station, self.file_config)

    def _board_loaded(self, loaded: tuple[KioskBoard, StationConfig]) -> None:
        self.board, config = loaded
        self._apply_config(config)
        self.render()

    def _apply_config(self, config: StationConfig) -> None:
        """Central settings changed: the printer, the survey's guard and the idle timeout at
        once; the language and type size at home (a citizen at work keeps theirs)."""
        if config == self.config:
            return
        self.kiosk.config = self.config = config
        self._idle.setInterval(config.idle_seconds * 1000)
        if self.stack.currentWidget() is self.home_page:
            self.translations.set_language(config.language)
            self.large_switch.setChecked(config.large_type)

    def _board_failed(self, error: Exception) -> None:
        log.error("loading the board failed", exc_info=error)

    def set_large_type(self, on: bool) -> None:
        self.large_type = on
        self._apply_style()

    def switch_language(self) -> None:
        self.translations.set_language("en" if self.translations.language == "id" else "id")
        self.render()  # now, not when Qt's LanguageChange event arrives

    # --- idle --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            self.touched()
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # a scanner types while the survey or a complaint screen waits for it
            return self.survey.key_event(event) or self.complaints.key_event(event)
        return False

    def touched(self) -> None:
        if self.stack.currentWidget() is not self.home_page:
            self._idle.start()

    def closeEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self)
        self._refresh.stop()
        self._watch.stop()
        self.db.wait()
        self.printer.wait()
        self.watcher.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    # --- rendering ---------------------------------------------------------------------

    def _apply_style(self) -> None:
        scale = LARGE_TYPE_SCALE if self.large_type else 1.0
        self.setStyleSheet(kiosk_style(scale) + complaint_style(scale))

    def _name(self, item) -> str:
        english = self.translations.language == "en" and getattr(item, "name_en", "")
        return english or item.name

    def _agency_of(self, code: str | None) -> AgencyTile | None:
        agencies = self.board.agencies if self.board else []
        return next((a for a in agencies if a.code == code), None)

    def _tile_of(self, code: str | None) -> ServiceTile | None:
        agencies = self.board.agencies if self.board else []
        return next((s for a in agencies for s in a.services if s.code == code), None)

    def _agency(self) -> AgencyTile | None:
        return self._agency_of(self.agency_code)

    def _service_tile(self) -> ServiceTile | None:
        return self._tile_of(self.service_code)

    def render(self) -> None:
        current = self.stack.currentWidget()
        self.footer.setVisible(
            current not in (self.home, self.ticket_screen)
            and self.survey.has_footer(current)
            and self.complaints.has_footer(current)
        )
        other = "en" if self.translations.language == "id" else "id"
        self.language_switch.setText(LANGUAGES[other])
        self.language_switch.setAccessibleName(translate("Kiosk", "Change the language"))
        self.large_switch.setToolTip(translate("Kiosk", "Large text"))
        self.large_switch.setAccessibleName(translate("Kiosk", "Large text"))
        self.back_button.setText(translate("Kiosk", "‹ Back"))
        self.home_button.setText(translate("Kiosk", "Start again"))
        self.mpp_name.setText(self.board.mpp_name if self.board else "")
        self._render_clock()
        if current is self.home:
            self._render_home()
        elif current is self.agencies:
            self._render_agencies()
        elif current is self.services:
            self._render_services()
        elif current is self.standar:
            self._render_standar()
        elif current is self.priority:
            self._render_priority()
        elif current is self.ticket_screen:
            self._render_ticket()
        elif current is self.message:
            self._render_message()
        elif self.survey.owns(current):
            self.survey.render(current)
        elif self.complaints.owns(current):
            self.complaints.render(current)
        if current is not self.home_page:
            self._idle.start()
        else:
            self._idle.stop()

    def _render_clock(self) -> None:
        if self.board is None:
            return
        now = self.kiosk.now().astimezone(self.board.zone)
        self.clock.setText(f"{fmt.long_date(now.date())}\n{fmt.clock_time(now, self.board.zone)}")

    def _render_home(self) -> None:
        page = self.home
        name = self.board.mpp_name if self.board else ""
        page.welcome.setText(translate("Kiosk", "Welcome to {mpp}").format(mpp=name))
        page.date.setText(translate("Kiosk", "Public services of many agencies under one roof"))
        page.take.setText(translate("Kiosk", "Take a queue number"))
        page.survey.setText(translate("Kiosk", "Satisfaction survey"))
        page.complaints.setText(translate("Kiosk", "Complaints"))
        page.hint.setText(translate("Kiosk", "Touch a button to start"))

    def _render_agencies(self) -> None:
        page = self.agencies
        page.title.setText(translate("Kiosk", "Choose an agency"))
        page.subtitle.setText(translate("Kiosk", "Touch the agency that gives the service you need"))
        items = []
        for agency in self.board.agencies if self.board else []:
            detail = translate("Kiosk", "%n service(s)", "", len(agency.services))
            detail += " · " + translate("Kiosk", "%n waiting", "", agency.waiting)
            status = "" if agency.open_services else availability_text(agency.services[0].availability)
            items.append((agency.code, self._name(agency), detail, status, agency.open_services > 0))
        page.grid.set_tiles(items)

    def _render_services(self) -> None:
        page = self.services
        agency = self._agency()
        page.title.setText(self._name(agency) if agency else "")
        page.subtitle.setText(translate("Kiosk", "Choose a service to see what to bring and take a number"))
        items = []
        for tile in agency.services if agency else []:
            detail = translate("Kiosk", "Number {prefix}").format(prefix=tile.service.prefix)
            status = ""
            if tile.availability.open:
                detail += " · " + translate("Kiosk", "%n waiting", "", tile.waiting)
                detail += " · " + wait_text(tile.estimated_wait_minutes)
            else:
                status = availability_text(tile.availability)
            items.append((tile.code, self._name(tile.service), detail, status, tile.availability.open))
        page.grid.set_tiles(items)

    def _render_standar(self) -> None:
        page = self.standar
        tile = self._service_tile()
        if tile is None:
            return
        service = tile.service
        page.title.setText(self._name(service))
        page.agency.setText(self._name(self._agency()))
        headings = {
            "persyaratan": translate("Kiosk", "What to bring"),
            "prosedur": translate("Kiosk", "How it works"),
            "jangka_waktu": translate("Kiosk", "How long it takes"),
            "biaya": translate("Kiosk", "Cost"),
            "produk": translate("Kiosk", "What you receive"),
            "pengaduan": translate("Kiosk", "Complaints and suggestions"),
        }
        texts = {
            "persyaratan": "\n".join(f"•  {item}" for item in service.persyaratan),
            "prosedur": "\n".join(f"{n}.  {step}" for n, step in enumerate(service.prosedur, 1)),
            "jangka_waktu": service.jangka_waktu,
            "biaya": service.biaya,
            "produk": service.produk,
            "pengaduan": service.pengaduan,
        }
        for key, (heading, text) in page.sections.items():
            heading.setText(headings[key])
            text.setText(texts[key] or "-")
            heading.setVisible(bool(texts[key]))
            text.setVisible(bool(texts[key]))
        page.take.setText(translate("Kiosk", "Take a number for this service"))
        if tile.availability.open:
            page.queue.setText(
                translate("Kiosk", "%n waiting", "", tile.waiting) + " · " + wait_text(tile.estimated_wait_minutes)
            )
            page.status.setVisible(False)
            page.take.setEnabled(True)
        else:
            page.queue.setText("")
            page.status.setText(availability_text(tile.availability))
            page.status.setVisible(True)
            page.take.setEnabled(False)

    def _render_priority(self) -> None:
        page = self.priority
        page.title.setText(translate("Kiosk", "Do you need priority service?"))
        page.subtitle.setText(
            translate(
                "Kiosk",
                "The law (UU 25/2009 Pasal 29) gives priority to these groups. "
                "Please choose one only if it applies to you.",
            )
        )
        for group, choice in page.groups.items():
            choice.setText(priority_label(group))
        page.none.setText(translate("Kiosk", "No, a regular number"))

    def _render_ticket(self) -> None:
        page = self.ticket_screen
        ticket = self.ticket
        if ticket is None:
            return
        page.caption.setText(translate("Kiosk", "Your queue number"))
        page.number.setText(ticket.code)
        service = self._tile_of(ticket.service_code)
        page.service.setText(self._name(service.service) if service else ticket.service_name)
        agency = self._agency_of(ticket.agency_code)
        page.agency.setText(self._name(agency) if agency else ticket.agency_name)
        if ticket.people_ahead is not None:
            page.ahead.setText(
                translate("Kiosk", "%n people ahead of you", "", ticket.people_ahead)
                + " · " + wait_text(ticket.estimated_wait_minutes)
            )
        zone = self.board.zone if self.board else None
        issued = ticket.issued_at.astimezone(zone) if zone else ticket.issued_at
        when = f"{fmt.long_date(issued.date())} · {issued:%H.%M}"
        if ticket.priority_group:
            when += " · " + priority_label(ticket.priority_group)
        page.when.setText(when)
        result = self.print_result
        failed = result is not None and not result.printed
        page.qr.setVisible(failed)
        if failed:
            page.qr.set_payload(ticket_qr_payload(ticket.id))
            page.status.setText(
                translate(
                    "Kiosk",
                    "The printer could not print your ticket. Please take a photo of this screen: "
                    "the code below is your ticket. Our staff have been told.",
                )
            )
        elif result is None:
            page.status.setText(translate("Kiosk", "Printing your ticket…"))
        else:
            page.status.setText(translate("Kiosk", "Please take your printed ticket below the screen."))
        kind = "notice" if failed else "good"
        if page.status.property("kind") != kind:
            page.status.setProperty("kind", kind)
            restyle(page.status)
        page.done.setText(translate("Kiosk", "Done"))

    def _render_message(self) -> None:
        page = self.message
        page.title.setText(translate("Kiosk", "Sorry"))
        page.text.setText(self.refusal or "")
        page.action.setText(translate("Kiosk", "Choose another service"))
