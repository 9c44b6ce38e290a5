"""Complaints (pengaduan) at the kiosk, by touch: filing one, and checking one later.

Filing: how the citizen files (with their name, anonymous, confidential)
-> with a name: name, address, phone, e-mail and NIK (the last three optional)
-> the agency, then the service (or "not sure") -> the queue ticket held, scanned
or typed (optional) -> the day (and time) it happened -> where -> what fell short
-> the loss it caused -> the settlement asked -> a review of everything -> the
complaint number, large, with its QR code, and a printed receipt.
Checking: the receipt's QR code scanned (here or on the first screen) or the
number typed -> the stage, the dates and the complaint unit's public replies.
Nothing personal is ever shown there: app.complaints.public_view holds none.

Texts are typed on the on-screen keyboard (ui/kiosk/touch.py); a hardware
keyboard or an input method works on the same screens, and whatever is typed is
kept exactly (emoji, right-to-left scripts, apostrophes). Each field is checked
with app.complaints.check_intake before the citizen moves on, and what only the
database can tell (a ticket of another agency) brings the citizen back to the
screen of that field with the reason; nothing is stored until all is well.

The flow's pages live in the host window's stack, under its header and footer;
the window routes Back, rendering, key presses and the idle reset here.
Texts are translated in the contexts "Complaint" (shared with the counter) and
"Kiosk".
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.complaints import CLOCK_SKEW, LIMITS, MULTILINE, FiledComplaint, Problem, PublicView, parse_complaint_ref
from app.errors import InvalidInput, MppError
from app.kiosk import ComplaintTicket, ReceiptPrint
from ui.complaint_form import (
    PERSONAL,
    Draft,
    event_text,
    field_label,
    identitas_text,
    late_days,
    late_text,
    privacy_text,
    problem_text,
    problems_by_field,
    stage_text,
    warning_text,
)
from ui.kiosk.style import BLUE, GREEN, MUTED
from ui.kiosk.touch import BACKSPACE, KeyPad, TileGrid, TouchKeyboard, keypad_columns, scrolling
from ui.widgets import QrCode, Tile, button, label, restyle

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SCAN_GAP_MS = 1500  # a scanner types a code in a blink; a longer pause starts a new one
TICKET_NUMBER = re.compile(r"^[A-Z]{1,2}\d{1,5}$")
NOT_SURE = "-"  # the service tile of a citizen who does not know the service
AMBER_INK = "#6B4200"  # on AMBER_BACK: 7.9:1
AMBER_BACK = "#FFF3D1"

OPTIONAL = frozenset({"telepon", "email", "nik"})
# what a field takes from the keys: the NIK digits (and the spaces between groups),
# a phone number its digits and signs; the rest anything
ALLOWED = {"nik": re.compile(r"[0-9 ]"), "telepon": re.compile(r"[0-9 +()./-]")}
EXTRA_KEYS = {"email": ["@", "_", "+", "-", "."], "telepon": ["+", "(", ")", "-", " "]}
STEPS_BEFORE = ("identity",)
STEPS_AFTER = ("agency", "service", "ticket", "when", "tempat", "uraian", "kerugian", "tuntutan", "review")
# where a problem sends the citizen back to
STEP_OF = {
    "identitas": "identity", "instansi": "agency", "layanan": "service", "tiket": "ticket", "waktu_kejadian": "when",
    **{f: f for f in (*PERSONAL, "tempat", "uraian", "kerugian", "tuntutan")},
}  # fmt: skip


def complaint_style(scale: float = 1.0) -> str:
    """The complaint screens' additions to the kiosk's sheet (ui/kiosk/style.py)."""

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    return f"""
QLabel[kind="complaint-number"] {{ font-size: {px(84)}; font-weight: bold; color: {BLUE}; }}
QLabel[kind="stage"] {{ font-size: {px(48)}; font-weight: bold; color: {GREEN}; }}
QLabel[kind="warning"] {{ font-size: {px(24)}; font-weight: bold; color: {AMBER_INK}; background: {AMBER_BACK};
    border: 3px solid #D9A63A; border-radius: 12px; padding: 10px 16px; }}
QLabel[kind="row-label"] {{ font-size: {px(22)}; font-weight: bold; color: {MUTED}; }}
QLabel[kind="row-value"] {{ font-size: {px(26)}; }}
QLabel[kind="small"] {{ font-size: {px(20)}; color: {MUTED}; }}
QFrame[kind="reply"] {{ background: #EAF1F8; border: none; border-radius: 12px; }}
QFrame[kind="reply"] QLabel {{ background: transparent; }}
"""


class _Scanner:
    """A USB scanner types a code's text as a keyboard would, then Enter."""

    def __init__(self) -> None:
        self.text = ""
        self.clock = QElapsedTimer()

    def feed(self, event: QEvent) -> str | None:
        """The code when Enter ends it; None while it is being typed."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, self.text = self.text.strip(), ""
            return text or None
        if self.clock.isValid() and self.clock.elapsed() > SCAN_GAP_MS:
            self.text = ""
        self.clock.start()
        if event.key() == Qt.Key.Key_Backspace:
            self.text = self.text[:-1]
        elif event.text().isprintable():
            self.text = (self.text + event.text())[-200:]
        return None


class _TextBox(QPlainTextEdit):
    """The box the typed text shows in: it scrolls, so it may be as low as its minimum."""

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.minimumHeight())


class ComplaintFlow(QObject):
    """The complaint screens and what the citizen in front of the kiosk entered."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.w = window
        self._generation = 0  # bumped by reset(): an earlier citizen's results are dropped
        self._scanner = _Scanner()
        self.draft = Draft("kiosk")

        self.start_page = self._start_page()
        self.identity_page = self._identity_page()
        self.text_page = self._text_page()
        self.agency_page = self._grid_page()
        self.service_page = self._grid_page()
        self.ticket_page = self._ticket_page()
        self.when_page = self._when_page()
        self.review_page = self._review_page()
        self.filed_page = self._filed_page()
        self.status_page = self._status_page()
        self.result_page = self._result_page()
        self.message_page = self.w._message_screen(self.message_action, text_kind="ticket-caption")
        self.pages = (
            self.start_page, self.identity_page, self.text_page, self.agency_page, self.service_page,
            self.ticket_page, self.when_page, self.review_page, self.filed_page, self.status_page,
            self.result_page, self.message_page,
        )  # fmt: skip
        for page in self.pages:
            window.stack.addWidget(page)
        self.agency_page.grid.tapped.connect(self.choose_agency)
        self.service_page.grid.tapped.connect(self.choose_service)
        self.set_landscape(False)
        self.reset()

    # --- building ----------------------------------------------------------------------

    def _head(self, page: QWidget, layout: QVBoxLayout) -> None:
        """Where the citizen is, the title and a hint; on a landscape screen the title
        joins the top row (set_landscape), leaving the height to the keys."""
        page.top = QHBoxLayout()
        page.top.setSpacing(24)
        page.progress = label(kind="progress", wrap=False)
        page.context = label(kind="context", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        page.context.setTextFormat(Qt.TextFormat.PlainText)
        page.top.addWidget(page.progress)
        page.top.addWidget(page.context, 1)
        layout.addLayout(page.top)
        page.title = label(kind="title")
        page.subtitle = label(kind="subtitle")
        page.head_layout = layout
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        self._headed = getattr(self, "_headed", []) + [page]

    def _notice(self) -> QWidget:
        notice = label(kind="notice")
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.hide()
        return notice

    def _start_page(self) -> QWidget:
        page, layout = self.w._page()
        layout.addStretch(1)
        page.title = label(kind="title", align=Qt.AlignmentFlag.AlignCenter)
        page.subtitle = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        layout.addSpacing(20)
        page.choices = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.choices.setSpacing(24)
        page.file = button("", "primary")
        page.file.setMinimumHeight(180)
        page.file.clicked.connect(self.begin)
        page.check = button("", "secondary")
        page.check.setMinimumHeight(180)
        page.check.clicked.connect(self.begin_check)
        page.choices.addWidget(page.file, 1)
        page.choices.addWidget(page.check, 1)
        layout.addLayout(page.choices)
        page.scan = label(kind="body", align=Qt.AlignmentFlag.AlignCenter)
        page.notice = self._notice()
        page.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(page.scan)
        layout.addWidget(page.notice)
        layout.addSpacing(12)
        page.privacy = label(kind="small", align=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(page.privacy)
        layout.addStretch(2)
        return page

    def _identity_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.notice = self._notice()
        layout.addWidget(page.notice)
        page.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.box.setSpacing(20)
        page.choices = {}
        for code in ("terbuka", "anonim", "rahasia"):
            tile = Tile(code)
            tile.clicked.connect(lambda _=False, c=code: self.choose_identity(c))
            page.choices[code] = tile
            page.box.addWidget(tile, 1)
        layout.addLayout(page.box)
        layout.addStretch(1)
        return page

    def _grid_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.notice = self._notice()
        layout.addWidget(page.notice)
        page.grid = TileGrid()
        layout.addWidget(scrolling(page.grid), 1)
        return page

    def _text_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.text = _TextBox()
        page.text.setProperty("kind", "saran")
        # looks like a text box; the on-screen keyboard (or a hardware one, through the flow) writes into it
        page.text.setReadOnly(True)
        page.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        page.text.setMinimumHeight(110)
        page.counter = label(kind="counter", wrap=False, align=Qt.AlignmentFlag.AlignRight)
        page.notice = self._notice()
        page.keyboard = TouchKeyboard()
        page.keyboard.typed.connect(self.type_text)
        page.keyboard.erased.connect(self.erase_text)
        # for an e-mail address or a phone number: the signs they need (@, +, brackets)
        page.extra = KeyPad(5)
        page.extra.pressed.connect(self.type_text)
        page.here = button("", "option")
        page.here.clicked.connect(self.fill_here)
        page.skip = button("", "skip")
        page.skip.clicked.connect(self.skip_field)
        page.go = button("", "primary")
        page.go.clicked.connect(self.field_entered)
        page.actions = QWidget()
        page.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight, page.actions)
        page.buttons.setContentsMargins(0, 0, 0, 0)
        page.buttons.setSpacing(20)
        page.buttons.addWidget(page.skip, 1)
        page.buttons.addWidget(page.here, 1)
        page.buttons.addWidget(page.go, 1)
        # text, keys and buttons above each other on a portrait screen; the keyboard beside
        # the others on a landscape one (set_landscape)
        page.body = QGridLayout()
        page.body.setHorizontalSpacing(32)
        page.body.setVerticalSpacing(12)
        layout.addLayout(page.body, 1)
        return page

    def _ticket_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.entry = label(kind="entry", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.notice = self._notice()
        page.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.letters = KeyPad(7)
        page.letters.pressed.connect(self.ticket_key)
        page.digits = KeyPad(3)
        page.digits.set_keys([*"123456789", BACKSPACE, "0", ""])
        page.digits.pressed.connect(self.ticket_key)
        page.none = button("", "skip")
        page.none.clicked.connect(self.no_ticket)
        page.go = button("", "primary")
        page.go.clicked.connect(self.ticket_entered)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(page.none, 1)
        row.addWidget(page.go, 1)
        page.box = keypad_columns([page.entry, page.notice, page.letters], [page.digits, row])
        layout.addLayout(page.box)
        layout.addStretch(1)
        return page

    def _when_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.date = button("", "option")
        page.date.setCheckable(True)
        page.date.clicked.connect(lambda: self.set_when_part("date"))
        page.time = button("", "option")
        page.time.setCheckable(True)
        page.time.clicked.connect(lambda: self.set_when_part("time"))
        page.today = button("", "option")
        page.today.clicked.connect(lambda: self.set_day(0))
        page.yesterday = button("", "option")
        page.yesterday.clicked.connect(lambda: self.set_day(1))
        page.digits = KeyPad(3)
        page.digits.set_keys([*"123456789", BACKSPACE, "0", ""])
        page.digits.pressed.connect(self.when_key)
        page.notice = self._notice()
        page.warning = label(kind="warning")
        page.warning.hide()
        page.go = button("", "primary")
        page.go.clicked.connect(self.when_entered)
        quick = QHBoxLayout()
        quick.setSpacing(16)
        quick.addWidget(page.today, 1)
        quick.addWidget(page.yesterday, 1)
        page.box = keypad_columns(
            [page.date, page.time, quick, page.notice, page.warning], [page.digits, page.go]
        )
        layout.addLayout(page.box)
        layout.addStretch(1)
        return page

    def _review_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        card = QFrame()
        card.setProperty("kind", "card")
        page.rows = QGridLayout(card)
        page.rows.setContentsMargins(28, 20, 28, 20)
        page.rows.setHorizontalSpacing(24)
        page.rows.setVerticalSpacing(10)
        page.rows.setColumnStretch(1, 1)
        page.row_widgets: dict[str, tuple] = {}
        for index, key in enumerate(("identitas", *PERSONAL, "instansi", "layanan", "tiket", "waktu_kejadian",
                                     "tempat", "uraian", "kerugian", "tuntutan")):  # fmt: skip
            name = label(kind="row-label")
            value = label(kind="row-value")
            value.setTextFormat(Qt.TextFormat.PlainText)
            page.rows.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
            page.rows.addWidget(value, index, 1)
            page.row_widgets[key] = (name, value)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(card)
        holder_layout.addStretch(1)
        page.scroll = scrolling(holder)
        layout.addWidget(page.scroll, 1)
        page.notice = self._notice()
        page.privacy = label(kind="small")
        page.send = button("", "primary")
        page.send.clicked.connect(self.send)
        layout.addWidget(page.notice)
        layout.addWidget(page.privacy)
        layout.addWidget(page.send)
        return page

    def _filed_page(self) -> QWidget:
        page, layout = self.w._page()
        page.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.box.setSpacing(24)
        info = QVBoxLayout()
        info.setSpacing(12)
        page.caption = label(kind="ticket-caption", align=Qt.AlignmentFlag.AlignCenter)
        page.number = label(kind="complaint-number", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.dates = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        page.keep = label(kind="body", align=Qt.AlignmentFlag.AlignCenter)
        page.warning = label(kind="warning")
        page.warning.setTextFormat(Qt.TextFormat.PlainText)
        page.status = label(kind="notice", align=Qt.AlignmentFlag.AlignCenter)
        info.addStretch(1)
        for widget in (page.caption, page.number, page.dates, page.keep, page.warning, page.status):
            info.addWidget(widget)
        info.addStretch(1)
        # the number beside its QR code and Done on a landscape screen, above them on a portrait one
        side = QVBoxLayout()
        side.setSpacing(20)
        page.qr = QrCode()
        page.qr.setMinimumSize(300, 300)
        page.done = button("", "primary")
        page.done.clicked.connect(self.w.go_home)
        side.addWidget(page.qr, 1, Qt.AlignmentFlag.AlignCenter)
        side.addWidget(page.done)
        page.box.addLayout(info, 3)
        page.box.addLayout(side, 2)
        layout.addLayout(page.box, 1)
        return page

    def _status_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.entry = label(kind="entry", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.notice = self._notice()
        page.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.digits = KeyPad(3)
        page.digits.set_keys([*"123456789", BACKSPACE, "0", ""])
        page.digits.pressed.connect(self.nomor_key)
        page.go = button("", "primary")
        page.go.clicked.connect(self.nomor_entered)
        page.box = keypad_columns([page.entry, page.notice], [page.digits, page.go])
        layout.addLayout(page.box)
        layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page, layout = self.w._page()
        # the stage beside the replies on a landscape screen, above them on a portrait one
        page.box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.box.setSpacing(32)
        info = QVBoxLayout()
        info.setSpacing(12)
        page.caption = label(kind="ticket-caption")
        page.number = label(kind="complaint-number", wrap=False)
        page.stage = label(kind="stage")
        page.dates = label(kind="body")
        page.dates.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (page.caption, page.number, page.stage, page.dates):
            info.addWidget(widget)
        info.addStretch(1)
        replies = QVBoxLayout()
        replies.setSpacing(12)
        page.replies_title = label(kind="section")
        replies.addWidget(page.replies_title)
        page.replies = QWidget()
        page.replies_layout = QVBoxLayout(page.replies)
        page.replies_layout.setContentsMargins(0, 0, 0, 0)
        page.replies_layout.setSpacing(12)
        page.replies_layout.addStretch(1)
        replies.addWidget(scrolling(page.replies), 1)
        row = QHBoxLayout()
        row.setSpacing(20)
        page.another = button("", "nav")
        page.another.clicked.connect(self.begin_check)
        page.done = button("", "primary")
        page.done.clicked.connect(self.w.go_home)
        row.addWidget(page.another, 1)
        row.addWidget(page.done, 1)
        replies.addLayout(row)
        page.box.addLayout(info, 0)
        page.box.addLayout(replies, 1)
        layout.addLayout(page.box, 1)
        return page

    def set_landscape(self, landscape: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        for page in (self.identity_page, self.ticket_page, self.when_page, self.filed_page, self.status_page,
                     self.result_page):  # fmt: skip
            page.box.setDirection(direction)
        self.result_page.box.setStretch(0, 1 if landscape else 0)
        for page in self._headed:
            page.top.removeWidget(page.title)
            page.head_layout.removeWidget(page.title)
            if landscape:
                page.top.insertWidget(1, page.title, 3)
            else:
                page.head_layout.insertWidget(1, page.title)
        self.start_page.choices.setDirection(direction)
        text = self.text_page
        if landscape:
            places = {text.text: (0, 0), text.counter: (1, 0), text.notice: (2, 0), text.extra: (3, 0),
                      text.actions: (4, 0), text.keyboard: (0, 1, 5, 1)}  # fmt: skip
        else:
            places = {text.text: (0, 0), text.counter: (1, 0), text.notice: (2, 0), text.keyboard: (3, 0),
                      text.extra: (4, 0), text.actions: (5, 0)}  # fmt: skip
        for widget in places:
            text.body.removeWidget(widget)
        for widget, place in places.items():
            text.body.addWidget(widget, *place)
        text.body.setColumnStretch(0, 2 if landscape else 1)
        text.body.setColumnStretch(1, 3 if landscape else 0)
        text.body.setRowStretch(0, 1)

    # --- the citizen's entries ---------------------------------------------------------

    def reset(self) -> None:
        """Forget everything the last citizen entered (home, the idle timer)."""
        self._generation += 1
        self.draft.clear()
        self.step: str | None = None
        self.notices: dict[str, tuple[str, str]] = {}  # field or page name -> (text, label kind)
        self.ticket_text = ""
        self.ticket: ComplaintTicket | None = None
        self.date_digits = ""
        self.time_digits = ""
        self.when_part = "date"
        self.nomor_digits = ""
        self.sending = self.checking = False
        self.filed: FiledComplaint | None = None
        self.print_result: ReceiptPrint | None = None
        self.view: PublicView | None = None
        self.problem: str | None = None
        self._scanner = _Scanner()
        self.text_page.keyboard.set_shift(False)
        self.text_page.text.setPlainText("")

    def owns(self, page: QWidget) -> bool:
        return page in self.pages

    def has_footer(self, page: QWidget) -> bool:
        return page is not self.filed_page

    def today(self) -> date:
        board = self.w.board
        now = self.w.kiosk.now()
        return (now.astimezone(board.zone) if board else now).date()

    def steps(self) -> list[str]:
        person = list(PERSONAL) if self.draft.open_identity else []
        return [*STEPS_BEFORE, *person, *STEPS_AFTER]

    def page_of(self, step: str) -> QWidget:
        return {
            "identity": self.identity_page, "agency": self.agency_page, "service": self.service_page,
            "ticket": self.ticket_page, "when": self.when_page, "review": self.review_page,
        }.get(step, self.text_page)  # fmt: skip

    def show_step(self, step: str) -> None:
        self.step = step
        if step in LIMITS:
            self.text_page.keyboard.set_shift(False)
        if step == "when" and self.draft.event_date is None and not self.date_digits:
            self.when_part = "date"
        self.w.show_screen(self.page_of(step))

    def next_step(self) -> None:
        steps = self.steps()
        self.show_step(steps[steps.index(self.step) + 1])

    def begin(self) -> None:
        """A new complaint: nothing entered yet."""
        self.reset()
        self.show_step("identity")

    def begin_check(self) -> None:
        self.view = None
        self.nomor_digits = str(self.today().year)
        self.notices.pop("status", None)
        self.w.show_screen(self.status_page)

    def start(self) -> None:
        self.reset()
        self.w.show_screen(self.start_page)

    def to_start(self) -> None:
        self.notices.pop("status", None)
        self.w.show_screen(self.start_page)

    def back(self) -> None:
        current = self.w.stack.currentWidget()
        if current is self.start_page or current is self.filed_page:
            self.w.go_home()
        elif current is self.status_page:
            self.to_start()
        elif current is self.result_page:
            self.begin_check()
        elif current is self.message_page:
            self.show_step("review")
        elif self.step in self.steps():
            steps = self.steps()
            index = steps.index(self.step)
            if index == 0:
                self.to_start()
            else:
                self.show_step(steps[index - 1])
        else:
            self.w.go_home()

    def choose_identity(self, code: str) -> None:
        self.draft.identitas = code
        self.notices.pop("identitas", None)
        self.next_step()

    def choose_agency(self, code: str) -> None:
        if self.draft.instansi != code:
            self.draft.layanan = None
        self.draft.instansi = code
        self.notices.pop("instansi", None)
        self.next_step()

    def choose_service(self, code: str) -> None:
        self.draft.layanan = None if code == NOT_SURE else code
        self.notices.pop("layanan", None)
        self.next_step()

    # the text fields

    def _field_text(self) -> str:
        return self.draft.texts.get(self.step, "")

    def type_text(self, text: str) -> None:
        field = self.step
        if field not in self.draft.texts:
            return
        allowed = ALLOWED.get(field)
        if allowed is not None:
            text = "".join(ch for ch in text if allowed.fullmatch(ch))
        current = self.draft.texts[field]
        if not text or len(current) + len(text) > LIMITS[field]:
            return
        self.draft.texts[field] = current + text
        self.notices.pop(field, None)
        self.w.render()

    def erase_text(self) -> None:
        field = self.step
        if field in self.draft.texts:
            self.draft.texts[field] = self.draft.texts[field][:-1]
            self.notices.pop(field, None)
            self.w.render()

    def fill_here(self) -> None:
        """Where it happened: this MPP (the citizen may type on after it)."""
        name = self.w.board.mpp_name if self.w.board else ""
        if name and self.step == "tempat":
            self.draft.texts["tempat"] = name[: LIMITS["tempat"]]
            self.notices.pop("tempat", None)
            self.w.render()

    def skip_field(self) -> None:
        if self.step in OPTIONAL:
            self.draft.texts[self.step] = ""
            self.notices.pop(self.step, None)
            self.next_step()

    def field_entered(self) -> None:
        field = self.step
        problems = self.draft.problems([field])
        if problems:
            self.notices[field] = ("\n".join(problems_by_field(problems)[field]), "notice")
            self.w.render()
            return
        self.notices.pop(field, None)
        self.next_step()

    # the ticket

    def _render_letters(self) -> None:
        board = self.w.board
        agency = self.draft.instansi
        prefixes = {t.service.prefix for a in board.agencies for t in a.services
                    if agency is None or a.code == agency} if board else set()  # fmt: skip
        letters = sorted(set("".join(prefixes)))
        self.ticket_page.letters.set_keys(letters, min(7, max(3, len(letters))))

    def ticket_key(self, key: str) -> None:
        text = self.ticket_text
        letters = len(re.match(r"[A-Z]*", text).group())
        if key == BACKSPACE:
            text = text[:-1]
        elif key.isalpha() and letters == len(text) and letters < 2:
            text += key
        elif key.isdigit() and letters and len(text) - letters < 5:
            text += key
        if text != self.ticket_text:
            self.ticket = None  # a scanned ticket is replaced by what is typed
        self.ticket_text = text
        self.notices.pop("tiket", None)
        self.w.render()

    def no_ticket(self) -> None:
        self.ticket_text = ""
        self.ticket = None
        self.draft.tiket = self.draft.ticket_code = None
        self.notices.pop("tiket", None)
        self.next_step()

    def ticket_entered(self) -> None:
        if self.ticket is not None:  # scanned, and checked
            self.next_step()
        elif TICKET_NUMBER.match(self.ticket_text):
            self.check_ticket(self.ticket_text, typed=True)

    def check_ticket(self, ref: str, typed: bool = False) -> None:
        """A scanned ticket is looked up at once: its number shows, and a ticket of another
        agency is refused here. A typed number of today is looked up too; one of another
        day is checked when the complaint is filed, against the day it happened."""
        if self.checking:
            return
        self.checking = True
        self.notices["tiket"] = (translate("Complaint", "Checking your ticket…"), "good")
        self.w.render()
        generation = self._generation
        agency = self.draft.instansi

        def found(ticket: ComplaintTicket) -> None:
            if generation != self._generation:
                return
            self.checking = False
            if agency and agency not in ticket.agency_codes:
                self.notices["tiket"] = (translate(
                    "Complaint", "Ticket {ticket} was for another agency. Scan the ticket of this complaint, "
                    "or go on without a ticket.").format(ticket=ticket.code), "notice")  # fmt: skip
                self.w.render()
                return
            self.ticket = ticket
            self.ticket_text = ticket.code
            self.draft.tiket = ref
            self.draft.ticket_code = ticket.code
            if self.draft.event_date is None:
                self.draft.event_date = ticket.day
                self.date_digits = f"{ticket.day:%d%m%Y}"
            self.notices.pop("tiket", None)
            self.next_step()

        def missing(error: Exception) -> None:
            if generation != self._generation:
                return
            self.checking = False
            if typed and isinstance(error, MppError) and error.code == "not_found":
                # not a ticket of today: it is checked against the day it happened when filing
                self.ticket = None
                self.draft.tiket = self.draft.ticket_code = self.ticket_text
                self.notices.pop("tiket", None)
                self.next_step()
                return
            if not isinstance(error, MppError):
                log.error("looking up a ticket for a complaint failed", exc_info=error)
            self.notices["tiket"] = (translate(
                "Complaint", "This is not a ticket of this MPP. Scan the QR code on your ticket, type its "
                "number, or go on without a ticket."), "notice")  # fmt: skip
            self.w.render()

        self.w.db.run(lambda: self.w.kiosk.complaint_ticket(ref), found, missing)

    # when

    def set_when_part(self, part: str) -> None:
        self.when_part = part
        self.w.render()

    def set_day(self, days_ago: int) -> None:
        day = self.today() - timedelta(days=days_ago)
        self.date_digits = f"{day:%d%m%Y}"
        self.draft.event_date = day
        self.when_part = "time"
        self.notices.pop("waktu_kejadian", None)
        self.w.render()

    def when_key(self, key: str) -> None:
        part = "date_digits" if self.when_part == "date" else "time_digits"
        digits = getattr(self, part)
        if key == BACKSPACE:
            digits = digits[:-1]
        elif len(digits) < (8 if part == "date_digits" else 4):
            digits += key
        setattr(self, part, digits)
        self.notices.pop("waktu_kejadian", None)
        self._read_when()
        if part == "date_digits" and len(digits) == 8 and self.draft.event_date is not None:
            self.when_part = "time"
        self.w.render()

    def _read_when(self) -> None:
        """The typed digits as the draft's day and time (None while incomplete or not real)."""
        self.draft.event_date = self.draft.event_time = None
        d = self.date_digits
        if len(d) == 8:
            try:
                self.draft.event_date = date(int(d[4:]), int(d[2:4]), int(d[:2]))
            except ValueError:
                self.draft.event_date = None
        t = self.time_digits
        if len(t) == 4 and int(t[:2]) < 24 and int(t[2:]) < 60:
            self.draft.event_time = time(int(t[:2]), int(t[2:]))

    def _when_problem(self) -> str | None:
        if len(self.date_digits) < 8:
            return None
        if self.draft.event_date is None or self.draft.event_date.year < 1900:
            return problem_text(Problem("waktu_kejadian", "bad_date", ""))
        if self.draft.event_date > self.today():
            return problem_text(Problem("waktu_kejadian", "future_date", ""))
        if self.time_digits and self.draft.event_time is None:
            if len(self.time_digits) == 4:
                return translate("Complaint", "This is not a time of day (00.00 to 23.59).")
            return translate("Complaint", "Type the time as four digits, like 1030, or erase it.")
        if self.draft.event_time is not None and self.draft.event_date == self.today():
            board = self.w.board
            now = self.w.kiosk.now()
            now = now.astimezone(board.zone) if board else now
            if self.draft.event_time > (now + CLOCK_SKEW).time() and now.time() < (now + CLOCK_SKEW).time():
                return problem_text(Problem("waktu_kejadian", "future_date", ""))
        return None

    def when_entered(self) -> None:
        problem = self._when_problem()
        if problem or self.draft.event_date is None:
            if problem:
                self.notices["waktu_kejadian"] = (problem, "notice")
            self.w.render()
            return
        self.notices.pop("waktu_kejadian", None)
        self.next_step()

    # sending

    def send(self) -> None:
        if self.sending:
            return  # a second tap while the first is sent
        problems = self.draft.problems()
        if problems:
            self._back_to_problems(problems)
            return
        self.sending = True
        self.w.render()
        intake = self.draft.intake()
        generation = self._generation
        language = self.w.translations.language

        def filed(complaint: FiledComplaint) -> None:
            if generation != self._generation:
                return
            self.sending = False
            self.filed = complaint
            self.print_result = None
            self.w.show_screen(self.filed_page)
            self.w.printer.run(lambda: self.w.kiosk.print_complaint_receipt(complaint, language), printed,
                               print_crashed)  # fmt: skip

        def printed(result: ReceiptPrint) -> None:
            if generation == self._generation and self.filed is not None:
                self.print_result = result
                self.w.render()

        def print_crashed(error: Exception) -> None:
            log.error("printing a complaint receipt crashed", exc_info=error)
            printed(ReceiptPrint(self.filed.nomor if self.filed else "", False, "printer_error", str(error)))

        def refused(error: Exception) -> None:
            if generation != self._generation:
                return
            self.sending = False
            problems = error.details.get("problems") if isinstance(error, InvalidInput) else None
            if problems:
                self._back_to_problems(problems)
                return
            if not isinstance(error, MppError):
                log.error("filing a complaint failed", exc_info=error)
            self.problem = "not_sent"
            self.w.show_screen(self.message_page)

        self.w.db.run(lambda: self.w.kiosk.file_complaint(intake), filed, refused)

    def _back_to_problems(self, problems: list[Problem]) -> None:
        """Every problem beside its field; the citizen goes back to the first one."""
        steps = self.steps()
        first = None
        for field, texts in problems_by_field(problems).items():
            step = STEP_OF.get(field, "review")
            self.notices[field if field in STEP_OF else "review"] = ("\n".join(texts), "notice")
            if step in steps and (first is None or steps.index(step) < steps.index(first)):
                first = step
        self.show_step(first or "review")

    def message_action(self) -> None:
        self.show_step("review")

    # checking a complaint

    def nomor_key(self, key: str) -> None:
        if key == BACKSPACE:
            self.nomor_digits = self.nomor_digits[:-1]
        elif len(self.nomor_digits) < 10:
            self.nomor_digits += key
        self.notices.pop("status", None)
        self.w.render()

    def _typed_nomor(self) -> str:
        digits = self.nomor_digits
        return f"ADU-{digits[:4]}-{digits[4:]}" if len(digits) > 4 else f"ADU-{digits}"

    def nomor_entered(self) -> None:
        if len(self.nomor_digits) > 4:
            self.check_status(self._typed_nomor())

    def check_status(self, ref: str) -> None:
        if self.checking:
            return
        if parse_complaint_ref(ref) is None:
            self.notices["status"] = (self._status_problem("bad_nomor"), "notice")
            self.w.render()
            return
        self.checking = True
        self.notices["status"] = (translate("Complaint", "Looking up your complaint…"), "good")
        self.w.render()
        generation = self._generation

        def shown(view: PublicView) -> None:
            if generation == self._generation:
                self.checking = False
                self.view = view
                self.notices.pop("status", None)
                self.w.show_screen(self.result_page)

        def refused(error: Exception) -> None:
            if generation == self._generation:
                self.checking = False
                if not isinstance(error, MppError):
                    log.error("checking a complaint failed", exc_info=error)
                self.notices["status"] = (self._status_problem(getattr(error, "code", None)), "notice")
                self.w.render()

        self.w.db.run(lambda: self.w.kiosk.complaint_status(ref), shown, refused)

    @staticmethod
    def _status_problem(code: str | None) -> str:
        if code == "bad_nomor":
            return translate("Complaint", "This is not a complaint number. It looks like ADU-2026-000123, "
                                          "printed on your receipt.")  # fmt: skip
        if code == "unknown_complaint":
            return translate("Complaint", "We cannot find this complaint. Please check the number on your receipt.")
        return translate("Kiosk", "Something went wrong. Please ask our staff for help.")

    # --- keys: a scanner, or a hardware keyboard --------------------------------------

    def key_event(self, event: QEvent) -> bool:
        """Keys while a complaint screen that takes them shows: a scanned code (the first
        screen, the status check: a receipt; the ticket screen: a ticket) or typing into
        a text field. Taken here, never reaching a button."""
        current = self.w.stack.currentWidget()
        scanning = current in (self.start_page, self.status_page, self.ticket_page)
        typing = current is self.text_page
        if not (scanning or typing):
            return False
        if event.type() != QEvent.Type.KeyPress:
            return True
        if typing:
            if event.key() == Qt.Key.Key_Backspace:
                self.erase_text()
            elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.step in MULTILINE:
                    self.type_text("\n")
            elif event.text() and not any(unicodedata.category(ch) == "Cc" for ch in event.text()):
                self.type_text(event.text())  # an input method's text too: emoji joiners, any script
            return True
        code = self._scanner.feed(event)
        if code is None:
            return True
        if current is self.ticket_page:
            self.check_ticket(code)
        else:
            self.check_status(code)
        return True

    # --- rendering ---------------------------------------------------------------------

    def render(self, page: QWidget) -> None:
        if page is self.start_page:
            self._render_start()
        elif page is self.identity_page:
            self._render_identity()
        elif page is self.text_page:
            self._render_text()
        elif page is self.agency_page:
            self._render_agencies()
        elif page is self.service_page:
            self._render_services()
        elif page is self.ticket_page:
            self._render_ticket()
        elif page is self.when_page:
            self._render_when()
        elif page is self.review_page:
            self._render_review()
        elif page is self.filed_page:
            self._render_filed()
        elif page is self.status_page:
            self._render_status()
        elif page is self.result_page:
            self._render_result()
        elif page is self.message_page:
            self._render_message()

    def _set_notice(self, widget, notice: tuple[str, str] | None) -> None:
        text, kind = notice or ("", "notice")
        widget.setText(text)
        widget.setVisible(bool(text))
        if widget.property("kind") != kind:
            widget.setProperty("kind", kind)
            restyle(widget)

    def _render_head(self, page: QWidget, title: str, subtitle: str = "") -> None:
        steps = self.steps()
        if self.step in steps and page is not self.status_page:
            page.progress.setText(translate("Complaint", "Step {step} of {steps}").format(
                step=steps.index(self.step) + 1, steps=len(steps)))  # fmt: skip
        else:
            page.progress.setText("")
        page.progress.setVisible(bool(page.progress.text()))
        page.context.setText(translate("Complaint", "Complaint") if page is not self.status_page else "")
        page.title.setText(title)
        page.subtitle.setText(subtitle)
        page.subtitle.setVisible(bool(subtitle))

    def _render_start(self) -> None:
        page = self.start_page
        page.title.setText(translate("Complaint", "Complaints"))
        page.subtitle.setText(translate(
            "Complaint", "Not served as the service standard promises? Tell us: the complaint unit follows it up "
            "and answers you."))  # fmt: skip
        page.file.setText(translate("Complaint", "File a complaint"))
        page.check.setText(translate("Complaint", "Check my complaint"))
        page.scan.setText(translate("Complaint", "Have a receipt? Hold its QR code under the scanner."))
        self._set_notice(page.notice, self.notices.get("status"))
        page.privacy.setText(privacy_text())

    def _render_identity(self) -> None:
        page = self.identity_page
        self._render_head(page, translate("Complaint", "How do you want to file?"),
                          translate("Complaint", "You may keep your name secret."))  # fmt: skip
        self._set_notice(page.notice, self.notices.get("identitas"))
        for code, tile in page.choices.items():
            tile.set_texts(*identitas_text(code))

    def _text_titles(self, field: str) -> tuple[str, str]:
        return {
            "nama": (translate("Complaint", "Your name"), translate("Complaint", "As on your identity card.")),
            "alamat": (translate("Complaint", "Your address"),
                       translate("Complaint", "Street and number, village or district, and city.")),
            "telepon": (translate("Complaint", "Your phone number (optional)"),
                        translate("Complaint", "So that the complaint unit can call you back.")),
            "email": (translate("Complaint", "Your e-mail address (optional)"),
                      translate("Complaint", "So that the complaint unit can write to you.")),
            "nik": (translate("Complaint", "Your NIK (optional)"),
                    translate("Complaint", "The 16 digits on your identity card (KTP).")),
            "tempat": (translate("Complaint", "Where did it happen?"),
                       translate("Complaint", "The counter, the room or the building.")),
            "uraian": (translate("Complaint", "What fell short?"),
                       translate("Complaint", "What happened, and what the service should have been.")),
            "kerugian": (translate("Complaint", "What loss did it cause you?"),
                         translate("Complaint", "Money, time, a missed deadline, or another loss.")),
            "tuntutan": (translate("Complaint", "What settlement do you ask for?"),
                         translate("Complaint", "What the agency should do to put it right.")),
        }[field]  # fmt: skip

    def _render_text(self) -> None:
        page = self.text_page
        field = self.step
        if field not in self.draft.texts:
            return
        title, hint = self._text_titles(field)
        self._render_head(page, title, hint)
        text = self.draft.texts[field]
        if page.text.toPlainText() != text:
            page.text.setPlainText(text)
            page.text.moveCursor(QTextCursor.MoveOperation.End)
            page.text.ensureCursorVisible()
        page.text.setPlaceholderText(translate("Complaint", "What you type appears here"))
        page.counter.setText(f"{len(text)} / {LIMITS[field]}")
        full = "true" if len(text) >= LIMITS[field] else "false"
        if page.counter.property("full") != full:
            page.counter.setProperty("full", full)
            restyle(page.counter)
        self._set_notice(page.notice, self.notices.get(field))
        extras = EXTRA_KEYS.get(field, [])
        if extras:
            page.extra.set_keys(extras, len(extras))
            for key, widget in page.extra.keys.items():
                widget.setText(translate("Kiosk", "space") if key == " " else key)
            page.extra.render()
        page.extra.setVisible(bool(extras))
        page.keyboard.render()
        name = self.w.board.mpp_name if self.w.board else ""
        page.here.setVisible(field == "tempat" and bool(name))
        page.here.setText(translate("Complaint", "Here, at this MPP"))
        optional = field in OPTIONAL or (field in PERSONAL and not self.draft.open_identity)
        page.skip.setVisible(optional)
        page.skip.setText(translate("Complaint", "Skip"))
        page.go.setText(translate("Complaint", "Continue"))
        page.go.setEnabled(bool(text.strip()))

    def _render_agencies(self) -> None:
        page = self.agency_page
        self._render_head(page, translate("Complaint", "Which agency is the complaint about?"),
                          translate("Complaint", "Touch the agency whose service fell short."))  # fmt: skip
        self._set_notice(page.notice, self.notices.get("instansi"))
        board = self.w.board
        page.grid.set_tiles([(a.code, self.w._name(a), "", "", True) for a in (board.agencies if board else [])])

    def _render_services(self) -> None:
        page = self.service_page
        agency = self.w._agency_of(self.draft.instansi)
        self._render_head(page, translate("Complaint", "Which service?"),
                          self.w._name(agency) if agency else "")  # fmt: skip
        self._set_notice(page.notice, self.notices.get("layanan"))
        items = [(t.code, self.w._name(t.service), "", "", True) for t in (agency.services if agency else [])]
        items.append((NOT_SURE, translate("Complaint", "I am not sure"),
                      translate("Complaint", "The complaint unit will find out."), "", True))  # fmt: skip
        page.grid.set_tiles(items)

    def _render_ticket(self) -> None:
        page = self.ticket_page
        self._render_head(page, translate("Complaint", "Did you have a queue ticket?"), translate(
            "Complaint", "Scan its QR code under the scanner, or type its number, such as A023. "
            "No ticket? Go on without one."))  # fmt: skip
        self._render_letters()
        page.letters.render()
        page.digits.render()
        page.entry.setText(self.ticket_text or "–")
        self._set_notice(page.notice, self.notices.get("tiket"))
        page.none.setText(translate("Complaint", "No ticket"))
        page.go.setText(translate("Complaint", "Continue"))
        page.go.setEnabled((self.ticket is not None or bool(TICKET_NUMBER.match(self.ticket_text)))
                           and not self.checking)  # fmt: skip

    def _render_when(self) -> None:
        page = self.when_page
        self._render_head(page, translate("Complaint", "When did it happen?"), translate(
            "Complaint", "Type the day as day, month, year: 20112026. The time is optional."))  # fmt: skip
        shown = (self.date_digits + "_" * 8)[:8]
        page.date.setText(translate("Complaint", "Day: {date}").format(date=f"{shown[:2]}-{shown[2:4]}-{shown[4:]}"))
        clock = (self.time_digits + "_" * 4)[:4]
        page.time.setText(translate("Complaint", "Time (optional): {time}").format(time=f"{clock[:2]}.{clock[2:]}"))
        page.date.setChecked(self.when_part == "date")
        page.time.setChecked(self.when_part == "time")
        page.today.setText(translate("Complaint", "Today"))
        page.yesterday.setText(translate("Complaint", "Yesterday"))
        page.digits.render()
        problem = self._when_problem()
        notice = self.notices.get("waktu_kejadian") or ((problem, "notice") if problem else None)
        self._set_notice(page.notice, notice)
        days = late_days(self.draft.event_date, self.today()) if notice is None else None
        page.warning.setVisible(days is not None)
        page.warning.setText(late_text(days) if days is not None else "")
        page.go.setText(translate("Complaint", "Continue"))
        page.go.setEnabled(self.draft.event_date is not None and problem is None)

    def _review_values(self) -> dict[str, str]:
        draft = self.draft
        agency = self.w._agency_of(draft.instansi)
        service = self.w._tile_of(draft.layanan)
        values = {"identitas": identitas_text(draft.identitas)[0]}
        if draft.open_identity:
            values.update({f: draft.texts[f] for f in PERSONAL})
        values.update({
            "instansi": self.w._name(agency) if agency else "",
            "layanan": self.w._name(service.service) if service else translate("Complaint", "Not sure"),
            "tiket": draft.ticket_code or translate("Complaint", "No ticket"),
            "waktu_kejadian": event_text(draft.event_date, draft.event_time),
            **{f: draft.texts[f] for f in ("tempat", "uraian", "kerugian", "tuntutan")},
        })  # fmt: skip
        return values

    def _render_review(self) -> None:
        page = self.review_page
        self._render_head(page, translate("Complaint", "Please check your complaint"),
                          translate("Complaint", "Touch Back to change anything."))  # fmt: skip
        values = self._review_values()
        for key, (name, value) in page.row_widgets.items():
            text = values.get(key, "")
            shown = key in values and (bool(text.strip()) or key not in PERSONAL)
            name.setVisible(shown)
            value.setVisible(shown)
            name.setText(field_label(key))
            value.setText(text)
        self._set_notice(page.notice, self.notices.get("review"))
        page.privacy.setText(privacy_text())
        page.send.setText(translate("Complaint", "Sending…") if self.sending else
                          translate("Complaint", "Send my complaint"))  # fmt: skip
        page.send.setEnabled(not self.sending)

    def _render_filed(self) -> None:
        page = self.filed_page
        filed = self.filed
        if filed is None:
            return
        page.caption.setText(translate("Complaint", "Your complaint number"))
        page.number.setText(filed.nomor)
        page.qr.set_payload(filed.qr_payload)
        lines = []
        if filed.stage_due:
            lines.append(translate("Complaint", "Verified by {date}").format(date=fmt.long_date(filed.stage_due)))
        lines.append(translate("Complaint", "Settled by {date} (working days)").format(
            date=fmt.long_date(filed.settle_due)))  # fmt: skip
        page.dates.setText("\n".join(lines))
        page.keep.setText(translate(
            "Complaint", "Keep this number: scan its QR code or type it here, under Complaints, to follow your "
            "complaint."))  # fmt: skip
        late = [warning_text(w) for w in filed.warnings if w.code == "late_complaint"]
        page.warning.setText("\n".join(late))
        page.warning.setVisible(bool(late))
        result = self.print_result
        if result is None:
            text, kind = translate("Complaint", "Printing your receipt…"), "good"
        elif result.printed:
            text, kind = translate("Complaint", "Please take your printed receipt below the screen."), "good"
        else:
            text = translate("Complaint", "The printer could not print your receipt. Please take a photo of this "
                                          "screen: the number and the code are on it.")  # fmt: skip
            kind = "notice"
        self._set_notice(page.status, (text, kind))
        page.done.setText(translate("Kiosk", "Done"))

    def _render_status(self) -> None:
        page = self.status_page
        self._render_head(page, translate("Complaint", "Check my complaint"), translate(
            "Complaint", "Scan the QR code on your receipt, or type the number of your complaint."))  # fmt: skip
        page.entry.setText(self._typed_nomor())
        page.digits.render()
        self._set_notice(page.notice, self.notices.get("status"))
        page.go.setText(translate("Complaint", "Check"))
        page.go.setEnabled(len(self.nomor_digits) > 4 and not self.checking)

    def _render_result(self) -> None:
        page = self.result_page
        view = self.view
        if view is None:
            return
        page.caption.setText(translate("Complaint", "Complaint"))
        page.number.setText(view.nomor)
        page.stage.setText(stage_text(view.stage))
        lines = [translate("Complaint", "Filed on {date}").format(date=fmt.long_date(view.filed_date))]
        zone = self.w.board.zone if self.w.board else None
        changed = view.last_change.astimezone(zone) if zone else view.last_change
        lines.append(translate("Complaint", "Last change: {date}").format(date=fmt.long_date(changed.date())))
        if view.closed:
            lines.append(translate("Complaint", "The complaint is closed."))
        elif view.settle_due:
            lines.append(translate("Complaint", "To be settled by {date}").format(date=fmt.long_date(view.settle_due)))
        if view.agency_name:
            about = view.agency_name + (f" · {view.service_name}" if view.service_name else "")
            lines.append(translate("Complaint", "About: {agency}").format(agency=about))
        if view.forwarded_to:
            lines.append(translate("Complaint", "Forwarded to: {where}").format(where=view.forwarded_to))
        page.dates.setText("\n".join(lines))
        page.replies_title.setText(translate("Complaint", "Replies from the complaint unit"))
        layout = page.replies_layout
        while layout.count() > 1:
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        replies = view.replies or []
        if not replies:
            layout.insertWidget(0, label(translate("Complaint", "No reply yet."), "body"))
        for index, reply in enumerate(replies):
            card = QFrame()
            card.setProperty("kind", "reply")
            body = QVBoxLayout(card)
            body.setContentsMargins(20, 14, 20, 14)
            when = reply.at.astimezone(zone) if zone else reply.at
            head = label(f"{fmt.long_date(when.date())} · {stage_text(reply.stage)}", "row-label")
            text = label(reply.text, "row-value")
            text.setTextFormat(Qt.TextFormat.PlainText)
            body.addWidget(head)
            body.addWidget(text)
            layout.insertWidget(index, card)
        page.another.setText(translate("Complaint", "Check another"))
        page.done.setText(translate("Kiosk", "Done"))

    def _render_message(self) -> None:
        page = self.message_page
        page.title.setText(translate("Kiosk", "Sorry"))
        page.text.setText(translate(
            "Complaint", "Your complaint could not be sent. Nothing was stored. Please try again, or ask our staff "
            "for help."))  # fmt: skip
        page.action.setText(translate("Complaint", "Try again"))
