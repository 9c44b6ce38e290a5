"""The satisfaction survey (SKM, PermenPAN-RB 14/2017) by touch, inside the kiosk
window or alone on a tablet at a counter (`mpp survey`).

start (scan the ticket's QR code, type its number, or choose the service)
-> about you: jenis kelamin, usia, pendidikan, pekerjaan (each may be skipped)
-> the nine questions, one a screen, in the regulation's order (each may be skipped)
-> a saran typed on the on-screen keyboard (optional) -> send -> thank you.

The ticket is checked before the first question (app.kiosk.Kiosk.survey_ticket,
the rule record_response applies), so nobody answers nine questions for a
ticket that cannot take them. The survey is anonymous: no name, no NIK.

The flow's pages live in the host window's stack, under its header (language,
large type) and footer (Back, Start again); the window routes Back, rendering
and key presses here, and reset() on its idle timer forgets every answer.
Texts are translated in the context "Survey": the English source texts of the
nine questions are ours, their Indonesian is the regulation's exact text
(app.ikm.ELEMENTS).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from app.errors import MppError
from app.ikm import ELEMENTS
from app.kiosk import SurveyTarget
from app.survey_file import JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, SARAN_MAX, USIA_MAX, USIA_MIN
from ui.kiosk.touch import BACKSPACE, KeyPad, TileGrid, TouchKeyboard, keypad_columns, scrolling
from ui.widgets import button, label, restyle

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

THANKS_HOME_MS = 8000
# a scanner types a whole code in a blink; a longer pause starts a new code
SCAN_GAP_MS = 1500
TICKET_NUMBER = re.compile(r"^[A-Z]{1,2}\d{1,5}$")

# key -> (unsur, question, answers for the scores 1-4): English source texts; the
# Indonesian translations are exactly app.ikm.ELEMENTS' texts (tests/test_kiosk_survey.py)
ELEMENT_TEXTS: dict[str, tuple[str, str, tuple[str, str, str, str]]] = {
    "persyaratan": (
        QT_TRANSLATE_NOOP("Survey", "Requirements"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how well the service requirements fit the type of service?"),
        (QT_TRANSLATE_NOOP("Survey", "Not suitable"), QT_TRANSLATE_NOOP("Survey", "Somewhat suitable"),
         QT_TRANSLATE_NOOP("Survey", "Suitable"), QT_TRANSLATE_NOOP("Survey", "Very suitable")),
    ),
    "prosedur": (
        QT_TRANSLATE_NOOP("Survey", "Systems, mechanisms and procedures"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how easy the service procedures of this unit are?"),
        (QT_TRANSLATE_NOOP("Survey", "Not easy"), QT_TRANSLATE_NOOP("Survey", "Somewhat easy"),
         QT_TRANSLATE_NOOP("Survey", "Easy"), QT_TRANSLATE_NOOP("Survey", "Very easy")),
    ),
    "waktu": (
        QT_TRANSLATE_NOOP("Survey", "Completion time"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how quickly the service was given?"),
        (QT_TRANSLATE_NOOP("Survey", "Not fast"), QT_TRANSLATE_NOOP("Survey", "Somewhat fast"),
         QT_TRANSLATE_NOOP("Survey", "Fast"), QT_TRANSLATE_NOOP("Survey", "Very fast")),
    ),
    "biaya": (
        QT_TRANSLATE_NOOP("Survey", "Cost or fee"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how fair the cost or fee of the service is?"),
        (QT_TRANSLATE_NOOP("Survey", "Very expensive"), QT_TRANSLATE_NOOP("Survey", "Rather expensive"),
         QT_TRANSLATE_NOOP("Survey", "Cheap"), QT_TRANSLATE_NOOP("Survey", "Free of charge")),
    ),
    "produk": (
        QT_TRANSLATE_NOOP("Survey", "What the service delivers"),
        QT_TRANSLATE_NOOP(
            "Survey",
            "What do you think of how well what you received matches what the service standard says you receive?",
        ),
        (QT_TRANSLATE_NOOP("Survey", "Not suitable"), QT_TRANSLATE_NOOP("Survey", "Somewhat suitable"),
         QT_TRANSLATE_NOOP("Survey", "Suitable"), QT_TRANSLATE_NOOP("Survey", "Very suitable")),
    ),
    "kompetensi": (
        QT_TRANSLATE_NOOP("Survey", "Staff competence"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of the competence and skill of the staff who served you?"),
        (QT_TRANSLATE_NOOP("Survey", "Not competent"), QT_TRANSLATE_NOOP("Survey", "Somewhat competent"),
         QT_TRANSLATE_NOOP("Survey", "Competent"), QT_TRANSLATE_NOOP("Survey", "Very competent")),
    ),
    "perilaku": (
        QT_TRANSLATE_NOOP("Survey", "Staff conduct"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how polite and friendly the staff who served you were?"),
        (QT_TRANSLATE_NOOP("Survey", "Not polite and friendly"),
         QT_TRANSLATE_NOOP("Survey", "Somewhat polite and friendly"),
         QT_TRANSLATE_NOOP("Survey", "Polite and friendly"),
         QT_TRANSLATE_NOOP("Survey", "Very polite and friendly")),
    ),
    "pengaduan": (
        QT_TRANSLATE_NOOP("Survey", "Handling of complaints, suggestions and feedback"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of how complaints from service users are handled?"),
        (QT_TRANSLATE_NOOP("Survey", "There is no way to complain"),
         QT_TRANSLATE_NOOP("Survey", "There is one, but it does not work"),
         QT_TRANSLATE_NOOP("Survey", "It works, but not fully"),
         QT_TRANSLATE_NOOP("Survey", "It is well managed")),
    ),
    "sarana": (
        QT_TRANSLATE_NOOP("Survey", "Facilities and infrastructure"),
        QT_TRANSLATE_NOOP("Survey", "What do you think of the quality of the facilities and infrastructure?"),
        (QT_TRANSLATE_NOOP("Survey", "Poor"), QT_TRANSLATE_NOOP("Survey", "Fair"),
         QT_TRANSLATE_NOOP("Survey", "Good"), QT_TRANSLATE_NOOP("Survey", "Very good")),
    ),
}  # fmt: skip

JENIS_KELAMIN_TEXTS = {"L": QT_TRANSLATE_NOOP("Survey", "Male"), "P": QT_TRANSLATE_NOOP("Survey", "Female")}
PENDIDIKAN_TEXTS = {
    "SD": QT_TRANSLATE_NOOP("Survey", "Primary (SD)"),
    "SMP": QT_TRANSLATE_NOOP("Survey", "Junior high (SMP)"),
    "SMA": QT_TRANSLATE_NOOP("Survey", "Senior high (SMA)"),
    "D1": QT_TRANSLATE_NOOP("Survey", "Diploma 1 (D1)"),
    "D2": QT_TRANSLATE_NOOP("Survey", "Diploma 2 (D2)"),
    "D3": QT_TRANSLATE_NOOP("Survey", "Diploma 3 (D3)"),
    "D4": QT_TRANSLATE_NOOP("Survey", "Diploma 4 (D4)"),
    "S1": QT_TRANSLATE_NOOP("Survey", "Bachelor (S1)"),
    "S2": QT_TRANSLATE_NOOP("Survey", "Master (S2)"),
    "S3": QT_TRANSLATE_NOOP("Survey", "Doctorate (S3)"),
}
PEKERJAAN_TEXTS = {
    "PNS": QT_TRANSLATE_NOOP("Survey", "Civil servant (PNS)"),
    "TNI": QT_TRANSLATE_NOOP("Survey", "Armed forces (TNI)"),
    "POLRI": QT_TRANSLATE_NOOP("Survey", "Police (POLRI)"),
    "SWASTA": QT_TRANSLATE_NOOP("Survey", "Private sector employee"),
    "WIRAUSAHA": QT_TRANSLATE_NOOP("Survey", "Self-employed"),
    "LAINNYA": QT_TRANSLATE_NOOP("Survey", "Other"),
}
# the profile screens: (field, values, their texts, columns on a portrait and a landscape screen)
CHOICES = (
    ("jenis_kelamin", JENIS_KELAMIN, JENIS_KELAMIN_TEXTS, (2, 2)),
    ("pendidikan", PENDIDIKAN, PENDIDIKAN_TEXTS, (2, 5)),
    ("pekerjaan", PEKERJAAN, PEKERJAAN_TEXTS, (2, 3)),
)
PROFILE_STEPS = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")


def problem_text(code: str | None) -> str:
    """Why a ticket or a response was refused, in the citizen's language."""
    texts = {
        "not_served": translate(
            "Survey", "This ticket has not been served yet. Please answer the survey after your service."
        ),
        "already_answered": translate("Survey", "The survey for this ticket has already been answered. Thank you!"),
        "not_found": translate(
            "Survey", "We cannot find this ticket. Please check the number: only today's numbers can be typed."
        ),
        "invalid_input": translate(
            "Survey", "This is not a ticket code. Please scan the QR code on your ticket or type its number."
        ),
        "too_soon": translate(
            "Survey",
            "Another survey was sent from this screen a moment ago. Please wait a minute, then send yours again.",
        ),
        "no_answers": translate("Survey", "Please answer at least one of the nine questions."),
        "inactive_service": translate("Survey", "This service is no longer offered."),
    }
    return texts.get(code, translate("Kiosk", "Something went wrong. Please ask our staff for help."))


class SurveyFlow(QObject):
    """The survey's screens and the answers of the citizen in front of the kiosk."""

    def __init__(self, window: KioskWindow, channel: str):
        super().__init__(window)
        self.w = window
        self.channel = channel  # "kiosk" or "tablet", stored with the response
        self._generation = 0  # bumped by reset(): results of an earlier citizen's requests are dropped
        self._scan = ""
        self._scan_clock = QElapsedTimer()
        self._thanks = QTimer(self, singleShot=True, interval=THANKS_HOME_MS, timeout=window.go_home)

        self.start_page = self._start_page()
        self.ticket_page = self._ticket_page()
        self.agencies_page = self._grid_page()
        self.services_page = self._grid_page()
        self.choice_pages = {field: self._choice_page(field, values, columns) for field, values, _, columns in CHOICES}
        self.age_page = self._age_page()
        self.question_page = self._question_page()
        self.saran_page = self._saran_page()
        self.thanks_page = self._thanks_page()
        self.message_page = self._message_page()
        self.profile_pages = {
            "jenis_kelamin": self.choice_pages["jenis_kelamin"],
            "usia": self.age_page,
            "pendidikan": self.choice_pages["pendidikan"],
            "pekerjaan": self.choice_pages["pekerjaan"],
        }
        self.pages = (
            self.start_page, self.ticket_page, self.agencies_page, self.services_page, *self.profile_pages.values(),
            self.question_page, self.saran_page, self.thanks_page, self.message_page,
        )  # fmt: skip
        for page in self.pages:
            window.stack.addWidget(page)
        self.agencies_page.grid.tapped.connect(self.choose_agency)
        self.services_page.grid.tapped.connect(self.choose_service)
        self.set_landscape(False)
        self.reset()

    # --- building ----------------------------------------------------------------------

    def _head(self, page: QWidget, layout: QVBoxLayout, title_in_top_row: bool = False) -> None:
        """The top of a survey screen: where the citizen is, what the survey is for, the title
        (a question's unsur goes in the top row, leaving the height to the question)."""
        top = QHBoxLayout()
        top.setSpacing(24)
        page.progress = label(kind="progress", wrap=False)
        page.context = label(kind="context", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        page.title = label(kind="section" if title_in_top_row else "title")
        top.addWidget(page.progress)
        if title_in_top_row:
            top.addWidget(page.title, 1)
        top.addWidget(page.context, 1)
        layout.addLayout(top)
        if not title_in_top_row:
            layout.addWidget(page.title)

    def _skip(self, page: QWidget, layout: QVBoxLayout, action) -> None:
        row = QHBoxLayout()
        page.skip = button("", "skip")
        page.skip.clicked.connect(action)
        row.addStretch(1)
        row.addWidget(page.skip)
        row.addStretch(1)
        layout.addLayout(row)

    def _start_page(self) -> QWidget:
        page, layout = self.w._page()
        layout.addStretch(1)
        page.title = label(kind="title", align=Qt.AlignmentFlag.AlignCenter)
        page.subtitle = label(kind="subtitle", align=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        layout.addSpacing(20)
        card = QFrame()
        card.setProperty("kind", "card")
        body = QVBoxLayout(card)
        body.setContentsMargins(32, 32, 32, 32)
        body.setSpacing(12)
        page.scan = label(kind="question", align=Qt.AlignmentFlag.AlignCenter)
        page.scan_hint = label(kind="body", align=Qt.AlignmentFlag.AlignCenter)
        page.notice = label(kind="notice", align=Qt.AlignmentFlag.AlignCenter)
        for widget in (page.scan, page.scan_hint, page.notice):
            body.addWidget(widget)
        layout.addWidget(card)
        layout.addSpacing(20)
        page.choices = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        page.choices.setSpacing(20)
        page.type_number = button("", "secondary")
        page.type_number.clicked.connect(lambda: self.w.show_screen(self.ticket_page))
        page.no_ticket = button("", "secondary")
        page.no_ticket.clicked.connect(lambda: self.w.show_screen(self.agencies_page))
        page.choices.addWidget(page.type_number)
        page.choices.addWidget(page.no_ticket)
        layout.addLayout(page.choices)
        layout.addStretch(2)
        return page

    def _ticket_page(self) -> QWidget:
        page, layout = self.w._page()
        page.title = label(kind="title")
        page.subtitle = label(kind="subtitle")
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        page.entry = label(kind="entry", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.notice = label(kind="notice", align=Qt.AlignmentFlag.AlignCenter)
        page.letters = KeyPad(7)
        page.letters.pressed.connect(self.ticket_key)
        page.digits = KeyPad(3)
        page.digits.set_keys([*"123456789", BACKSPACE, "0", ""])
        page.digits.pressed.connect(self.ticket_key)
        page.go = button("", "primary")
        page.go.clicked.connect(self.ticket_entered)
        # the number and its keys above each other on a portrait screen, side by side on a landscape one
        page.box = keypad_columns([page.entry, page.notice, page.letters], [page.digits, page.go])
        layout.addLayout(page.box)
        layout.addStretch(1)
        return page

    def _grid_page(self) -> QWidget:
        page, layout = self.w._page()
        page.title = label(kind="title")
        page.subtitle = label(kind="subtitle")
        page.grid = TileGrid()
        layout.addWidget(page.title)
        layout.addWidget(page.subtitle)
        layout.addWidget(scrolling(page.grid), 1)
        return page

    def _choice_page(self, field: str, values: tuple[str, ...], columns: tuple[int, int]) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.subtitle = label(kind="subtitle")
        layout.addWidget(page.subtitle)
        layout.addSpacing(12)
        page.columns = columns
        page.grid = QGridLayout()
        page.grid.setSpacing(16)
        page.options = {}
        for value in values:
            option = button("", "option")
            option.setCheckable(True)
            option.clicked.connect(lambda _=False, f=field, v=value: self.set_profile(f, v))
            page.options[value] = option
        self._place(page, columns[0])
        layout.addLayout(page.grid)
        layout.addSpacing(12)
        self._skip(page, layout, lambda: self.set_profile(field, None))
        layout.addStretch(1)
        return page

    def _place(self, page: QWidget, columns: int) -> None:
        for index, option in enumerate(page.options.values()):
            page.grid.addWidget(option, index // columns, index % columns)
        for column in range(max(page.columns)):
            page.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _age_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.subtitle = label(kind="subtitle")
        layout.addWidget(page.subtitle)
        page.entry = label(kind="entry", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        page.digits = KeyPad(3)
        page.digits.set_keys([*"123456789", BACKSPACE, "0", ""])
        page.digits.pressed.connect(self.age_key)
        page.go = button("", "primary")
        page.go.clicked.connect(self.age_entered)
        page.skip = button("", "skip")
        page.skip.clicked.connect(lambda: self.set_profile("usia", None))
        # the age, its keys, Continue and Skip above each other on a portrait screen; on a
        # landscape one the keys stand beside the others (set_landscape places them)
        row = QHBoxLayout()
        row.addStretch(1)
        page.inner = QGridLayout()
        page.inner.setSpacing(16)
        row.addLayout(page.inner, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _question_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout, title_in_top_row=True)
        page.question = label(kind="question")
        layout.addWidget(page.question)
        layout.addSpacing(12)
        page.grid = QGridLayout()
        page.grid.setSpacing(20)
        page.answers = []
        for score in range(1, 5):
            answer = button("", "answer")
            answer.setCheckable(True)
            answer.clicked.connect(lambda _=False, s=score: self.answer(s))
            page.answers.append(answer)
        page.columns = (1, 2)
        page.options = dict(enumerate(page.answers))
        self._place(page, 1)
        layout.addLayout(page.grid)
        layout.addSpacing(12)
        self._skip(page, layout, lambda: self.answer(None))
        layout.addStretch(1)
        return page

    def _saran_page(self) -> QWidget:
        page, layout = self.w._page()
        self._head(page, layout)
        page.subtitle = label(kind="subtitle")
        layout.addWidget(page.subtitle)
        page.text = QPlainTextEdit()
        page.text.setProperty("kind", "saran")
        # looks like a text box, but only the on-screen keyboard writes into it
        page.text.setReadOnly(True)
        page.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        page.text.setMinimumHeight(120)
        page.counter = label(kind="counter", wrap=False, align=Qt.AlignmentFlag.AlignRight)
        page.keyboard = TouchKeyboard()
        page.keyboard.typed.connect(self.type_text)
        page.keyboard.erased.connect(self.erase_text)
        page.send = button("", "primary")
        page.send.clicked.connect(lambda: self.send(with_saran=True))
        page.send_bare = button("", "nav")
        page.send_bare.clicked.connect(lambda: self.send(with_saran=False))
        page.actions = QWidget()
        page.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight, page.actions)
        page.buttons.setContentsMargins(0, 0, 0, 0)
        page.buttons.setSpacing(20)
        page.buttons.addWidget(page.send_bare, 1)
        page.buttons.addWidget(page.send, 1)
        # text, keyboard and buttons above each other on a portrait screen; on a landscape one
        # the keyboard stands beside the others (set_landscape places them)
        page.body = QGridLayout()
        page.body.setHorizontalSpacing(32)
        page.body.setVerticalSpacing(12)
        layout.addLayout(page.body, 1)
        return page

    def _thanks_page(self) -> QWidget:
        return self.w._message_screen(self.w.go_home, title_kind="thanks")

    def _message_page(self) -> QWidget:
        # a plain sentence: nothing here is the citizen's mistake
        return self.w._message_screen(self.message_action, text_kind="ticket-caption")

    def set_landscape(self, landscape: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        self.ticket_page.box.setDirection(direction)
        self.start_page.choices.setDirection(direction)
        age = self.age_page
        if landscape:
            places = {age.entry: (0, 0), age.go: (1, 0), age.skip: (2, 0), age.digits: (0, 1, 4, 1)}
        else:
            places = {age.entry: (0, 0), age.digits: (1, 0), age.go: (2, 0), age.skip: (3, 0)}
        self._replace(age.inner, places)
        age.inner.setAlignment(age.skip, Qt.AlignmentFlag(0) if landscape else Qt.AlignmentFlag.AlignHCenter)
        age.inner.setRowStretch(3, 1 if landscape else 0)
        saran = self.saran_page
        if landscape:
            places = {saran.text: (0, 0), saran.counter: (1, 0), saran.actions: (2, 0), saran.keyboard: (0, 1, 3, 1)}
        else:
            places = {saran.text: (0, 0), saran.counter: (1, 0), saran.keyboard: (2, 0), saran.actions: (3, 0)}
        self._replace(saran.body, places)
        saran.body.setColumnStretch(0, 2 if landscape else 1)
        saran.body.setColumnStretch(1, 3 if landscape else 0)
        saran.body.setRowStretch(0, 1)
        saran.buttons.setDirection(QBoxLayout.Direction.BottomToTop if landscape else QBoxLayout.Direction.LeftToRight)
        self._render_letters()
        for page in (*self.choice_pages.values(), self.question_page):
            self._place(page, page.columns[1 if landscape else 0])

    @staticmethod
    def _replace(grid: QGridLayout, places: dict) -> None:
        """Put each widget at its place (row, column[, rows, columns]) in the grid."""
        for widget in places:
            grid.removeWidget(widget)
        for widget, place in places.items():
            grid.addWidget(widget, *place)

    # --- the citizen's answers ---------------------------------------------------------

    def reset(self) -> None:
        """Forget everything the last citizen entered (home, the idle timer)."""
        self._generation += 1
        self.target: SurveyTarget | None = None
        self.origin: QWidget | None = None  # the screen the target came from: Back returns there
        self.profile: dict[str, object] = dict.fromkeys(PROFILE_STEPS)
        self.answers: dict[str, int | None] = {}
        self.index = 0  # the question on screen
        self.ticket_text = ""
        self.age_text = ""
        self.saran = ""
        self.agency_code: str | None = None
        self.notice: dict[QWidget, tuple[str, str]] = {}  # page -> (text, label kind)
        self.checking = self.sending = False
        self.problem: str | None = None  # the code of the refusal on the message screen
        self.with_saran = True
        self._scan = ""
        self._thanks.stop()
        self.saran_page.keyboard.set_shift(False)

    def start(self) -> None:
        self.reset()
        self.w.show_screen(self.start_page)

    def owns(self, page: QWidget) -> bool:
        return page in self.pages

    def has_footer(self, page: QWidget) -> bool:
        if page is self.thanks_page:
            return False
        return not (self.w.survey_only and page is self.start_page)

    def back(self) -> None:
        current = self.w.stack.currentWidget()
        steps = list(self.profile_pages.values())
        if current in (self.ticket_page, self.agencies_page):
            self.notice.pop(current, None)
            self.w.show_screen(self.start_page)
        elif current is self.start_page:
            self.w.go_home()
        elif current is self.services_page:
            self.w.show_screen(self.agencies_page)
        elif current is steps[0]:
            self.target = None
            self.w.show_screen(self.origin or self.start_page)
        elif current in steps:
            self.w.show_screen(steps[steps.index(current) - 1])
        elif current is self.question_page:
            if self.index == 0:
                self.w.show_screen(steps[-1])
            else:
                self.index -= 1
                self.w.render()
        elif current is self.saran_page:
            self.index = len(ELEMENTS) - 1
            self.w.show_screen(self.question_page)
        elif current is self.message_page:
            self.w.show_screen(self.saran_page)
        else:
            self.w.go_home()

    def key_event(self, event: QEvent) -> bool:
        """Keys typed while the first screen shows are a scanner reading a ticket's QR
        code ("MPP-T:<id>" and Enter): taken here, never reaching a button."""
        if self.w.stack.currentWidget() is not self.start_page:
            return False
        if event.type() != QEvent.Type.KeyPress:
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, self._scan = self._scan.strip(), ""
            if text:
                self.check_ticket(text, self.start_page)
            return True
        if self._scan_clock.isValid() and self._scan_clock.elapsed() > SCAN_GAP_MS:
            self._scan = ""
        self._scan_clock.start()
        if event.key() == Qt.Key.Key_Backspace:
            self._scan = self._scan[:-1]
        elif event.text().isprintable():
            self._scan = (self._scan + event.text())[-200:]
        return True

    def _render_letters(self) -> None:
        """The letters of the ticket numbers in use (those of the catalog's prefixes), as
        wide as the digits' keys when they are few."""
        board = self.w.board
        prefixes = {t.service.prefix for a in board.agencies for t in a.services} if board else set()
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
        self.ticket_text = text
        self.notice.pop(self.ticket_page, None)
        self.w.render()

    def ticket_entered(self) -> None:
        if TICKET_NUMBER.match(self.ticket_text):
            self.check_ticket(self.ticket_text, self.ticket_page)

    def check_ticket(self, ref: str, origin: QWidget) -> None:
        if self.checking:
            return  # one ticket at a time
        self.checking = True
        self.notice[origin] = (translate("Survey", "Checking your ticket…"), "good")
        self.w.render()
        generation = self._generation

        def checked(target: SurveyTarget) -> None:
            if generation == self._generation:
                self.checking = False
                self.notice.pop(origin, None)
                self._begin(target, origin)

        def refused(error: Exception) -> None:
            if generation == self._generation:
                self.checking = False
                if not isinstance(error, MppError):
                    log.error("checking a ticket for the survey failed", exc_info=error)
                self.notice[origin] = (problem_text(getattr(error, "code", None)), "notice")
                self.w.render()

        self.w.db.run(lambda: self.w.kiosk.survey_ticket(ref), checked, refused)

    def choose_agency(self, code: str) -> None:
        self.agency_code = code
        self.w.show_screen(self.services_page)

    def choose_service(self, code: str) -> None:
        tile = self.w._tile_of(code)
        if tile is None:
            return
        service = tile.service
        self._begin(SurveyTarget(service.code, service.name, service.name_en, service.agency_code), self.services_page)

    def _begin(self, target: SurveyTarget, origin: QWidget) -> None:
        self.target, self.origin = target, origin
        self.w.show_screen(self.profile_pages[PROFILE_STEPS[0]])

    def set_profile(self, field: str, value) -> None:
        """A profile answer (None: skipped), then the next screen."""
        self.profile[field] = value
        step = PROFILE_STEPS.index(field)
        if step + 1 < len(PROFILE_STEPS):
            self.w.show_screen(self.profile_pages[PROFILE_STEPS[step + 1]])
        else:
            self.index = 0
            self.w.show_screen(self.question_page)

    def age_key(self, key: str) -> None:
        if key == BACKSPACE:
            self.age_text = self.age_text[:-1]
        elif len(self.age_text) < 3 and not (key == "0" and not self.age_text):
            self.age_text += key
        self.w.render()

    def _age(self) -> int | None:
        age = int(self.age_text) if self.age_text else None
        return age if age is not None and USIA_MIN <= age <= USIA_MAX else None

    def age_entered(self) -> None:
        if self._age() is not None:
            self.set_profile("usia", self._age())

    def answer(self, score: int | None) -> None:
        """The score of the question on screen (None: skipped), then the next one."""
        self.answers[ELEMENTS[self.index].key] = score
        if self.index + 1 < len(ELEMENTS):
            self.index += 1
            self.w.render()
        else:
            self.w.show_screen(self.saran_page)

    def type_text(self, text: str) -> None:
        if len(self.saran) + len(text) <= SARAN_MAX:
            self.saran += text
            self.w.render()

    def erase_text(self) -> None:
        self.saran = self.saran[:-1]
        self.w.render()

    def send(self, with_saran: bool = True) -> None:
        if self.sending or self.target is None:
            return  # a second tap while the first is sent
        self.with_saran = with_saran
        answers = {e.key: self.answers.get(e.key) for e in ELEMENTS}
        if all(score is None for score in answers.values()):
            self._show_problem("no_answers")
            return
        self.sending = True
        self.w.render()
        target, channel, profile = self.target, self.channel, dict(self.profile)
        saran = self.saran.strip() if with_saran else ""
        generation = self._generation

        def sent(_response) -> None:
            if generation == self._generation:
                self.sending = False
                self.w.show_screen(self.thanks_page)
                self._thanks.start()

        def refused(error: Exception) -> None:
            if generation == self._generation:
                self.sending = False
                if not isinstance(error, MppError):
                    log.error("sending a survey response failed", exc_info=error)
                self._show_problem(getattr(error, "code", None))

        self.w.db.run(
            lambda: self.w.kiosk.send_survey(
                target, channel=channel, answers=answers, saran=saran or None, **profile
            ),
            sent,
            refused,
        )

    def _show_problem(self, code: str | None) -> None:
        self.problem = code
        self.w.show_screen(self.message_page)

    def message_action(self) -> None:
        if self.problem == "no_answers":
            self.index = 0
            self.w.show_screen(self.question_page)
        elif self.problem in ("already_answered", "not_served", "inactive_service"):
            self.w.go_home()
        else:  # too soon, or trouble worth another try: the answers are still here
            self.send(self.with_saran)

    # --- rendering ---------------------------------------------------------------------

    def render(self, page: QWidget) -> None:
        if page is self.start_page:
            self._render_start()
        elif page is self.ticket_page:
            self._render_ticket()
        elif page is self.agencies_page:
            self._render_agencies()
        elif page is self.services_page:
            self._render_services()
        elif page is self.age_page:
            self._render_age()
        elif page in self.choice_pages.values():
            self._render_choice(page)
        elif page is self.question_page:
            self._render_question()
        elif page is self.saran_page:
            self._render_saran()
        elif page is self.thanks_page:
            self._render_thanks()
        elif page is self.message_page:
            self._render_message()

    def _render_head(self, page: QWidget, progress: str, title: str) -> None:
        page.progress.setText(progress)
        page.title.setText(title)
        target = self.target
        if target is None:
            page.context.setText("")
            return
        english = self.w.translations.language == "en" and target.service_name_en
        name = english or target.service_name
        if target.ticket_code:
            page.context.setText(translate("Survey", "{service} · ticket {ticket}").format(
                service=name, ticket=target.ticket_code))
        else:
            page.context.setText(name)

    def _set_notice(self, widget, notice: tuple[str, str] | None) -> None:
        text, kind = notice or ("", "notice")
        widget.setText(text)
        widget.setVisible(bool(text))
        if widget.property("kind") != kind:
            widget.setProperty("kind", kind)
            restyle(widget)

    def _render_start(self) -> None:
        page = self.start_page
        page.title.setText(translate("Survey", "Satisfaction survey"))
        page.subtitle.setText(translate(
            "Survey", "Tell us about the service you received. The survey is anonymous: we never ask your name."))
        page.scan.setText(translate("Survey", "Scan the QR code of your ticket"))
        page.scan_hint.setText(translate("Survey", "Hold the code printed on your ticket under the scanner."))
        self._set_notice(page.notice, self.notice.get(page))
        page.type_number.setText(translate("Survey", "Type my ticket number"))
        page.no_ticket.setText(translate("Survey", "I have no ticket: choose the service"))

    def _render_ticket(self) -> None:
        page = self.ticket_page
        page.title.setText(translate("Survey", "Type your ticket number"))
        page.subtitle.setText(translate("Survey", "The letter and the number printed large on your ticket, such as A023."))
        self._render_letters()
        page.letters.render()
        page.digits.render()
        page.entry.setText(self.ticket_text or "–")
        self._set_notice(page.notice, self.notice.get(page))
        page.go.setText(translate("Survey", "Continue"))
        page.go.setEnabled(bool(TICKET_NUMBER.match(self.ticket_text)) and not self.checking)

    def _render_agencies(self) -> None:
        page = self.agencies_page
        page.title.setText(translate("Survey", "Which agency served you?"))
        page.subtitle.setText(translate("Survey", "Touch the agency, then the service you received."))
        items = [
            (agency.code, self.w._name(agency), translate("Kiosk", "%n service(s)", "", len(agency.services)), "", True)
            for agency in (self.w.board.agencies if self.w.board else [])
        ]
        page.grid.set_tiles(items)

    def _render_services(self) -> None:
        page = self.services_page
        agency = self.w._agency_of(self.agency_code)
        page.title.setText(self.w._name(agency) if agency else "")
        page.subtitle.setText(translate("Survey", "Which service did you receive?"))
        page.grid.set_tiles([(t.code, self.w._name(t.service), "", "", True) for t in (agency.services if agency else [])])

    def _profile_progress(self, field: str) -> str:
        return translate("Survey", "About you: {step} of {steps}").format(
            step=PROFILE_STEPS.index(field) + 1, steps=len(PROFILE_STEPS))

    def _render_choice(self, page: QWidget) -> None:
        field = next(f for f, p in self.choice_pages.items() if p is page)
        titles = {
            "jenis_kelamin": translate("Survey", "Your sex"),
            "pendidikan": translate("Survey", "Your highest education"),
            "pekerjaan": translate("Survey", "Your occupation"),
        }
        self._render_head(page, self._profile_progress(field), titles[field])
        page.subtitle.setText(translate("Survey", "The survey is anonymous. You may skip any question."))
        texts = next(t for f, _, t, _ in CHOICES if f == field)
        for value, option in page.options.items():
            option.setText(translate("Survey", texts[value]))
            option.setChecked(self.profile[field] == value)
        page.skip.setText(translate("Survey", "Skip"))

    def _render_age(self) -> None:
        page = self.age_page
        self._render_head(page, self._profile_progress("usia"), translate("Survey", "Your age"))
        page.subtitle.setText(translate("Survey", "In years, from {low} to {high}.").format(low=USIA_MIN, high=USIA_MAX))
        page.entry.setText(self.age_text or "–")
        page.digits.render()
        page.go.setText(translate("Survey", "Continue"))
        page.go.setEnabled(self._age() is not None)
        page.skip.setText(translate("Survey", "Skip"))

    def _render_question(self) -> None:
        page = self.question_page
        element = ELEMENTS[self.index]
        unsur, question, answers = ELEMENT_TEXTS[element.key]
        progress = translate("Survey", "Question {number} of {count}").format(number=self.index + 1, count=len(ELEMENTS))
        self._render_head(page, progress, translate("Survey", unsur))
        page.question.setText(translate("Survey", question))
        chosen = self.answers.get(element.key)
        for score, (answer, text) in enumerate(zip(page.answers, answers, strict=True), start=1):
            answer.setText(translate("Survey", text))
            answer.setChecked(chosen == score)
        page.skip.setText(translate("Survey", "Skip this question"))

    def _render_saran(self) -> None:
        page = self.saran_page
        self._render_head(page, "", translate("Survey", "Any suggestion? (optional)"))
        page.subtitle.setText(translate("Survey", "Type it on the keyboard below, or send your answers without one."))
        if page.text.toPlainText() != self.saran:
            page.text.setPlainText(self.saran)
            page.text.moveCursor(QTextCursor.MoveOperation.End)
            page.text.ensureCursorVisible()
        page.text.setPlaceholderText(translate("Survey", "Your suggestion appears here"))
        page.counter.setText(f"{len(self.saran)} / {SARAN_MAX}")
        full = "true" if len(self.saran) >= SARAN_MAX else "false"
        if page.counter.property("full") != full:
            page.counter.setProperty("full", full)
            restyle(page.counter)
        page.keyboard.render()
        page.send.setText(translate("Survey", "Sending…") if self.sending else translate("Survey", "Send"))
        page.send.setEnabled(not self.sending)
        page.send_bare.setText(translate("Survey", "Send without a suggestion"))
        page.send_bare.setEnabled(not self.sending)

    def _render_thanks(self) -> None:
        page = self.thanks_page
        page.title.setText(translate("Survey", "Thank you"))
        page.text.setText(translate("Survey", "Your answers help us improve our public services."))
        page.action.setText(translate("Survey", "Done"))

    def _render_message(self) -> None:
        page = self.message_page
        page.title.setText(translate("Kiosk", "Sorry"))
        page.text.setText(problem_text(self.problem))
        if self.problem == "no_answers":
            page.action.setText(translate("Survey", "Back to the questions"))
        elif self.problem in ("already_answered", "not_served", "inactive_service"):
            page.action.setText(translate("Survey", "Done"))
        else:
            page.action.setText(translate("Survey", "Send again"))
        page.action.setEnabled(not self.sending)
