"""The counter (loket) window: staff sign in, then call and serve with one key
or click per action, the queue of every service the counter serves in view.

Every action names the ticket now at the counter (called, or being served), so
a key press never needs a selection first; a held ticket, an absent one or a
ticket called out of turn is chosen in the lists on the right. All database
work runs on one TaskRunner; a ChangeWatcher (PRAGMA data_version) brings in
what kiosks and other counters do within a quarter of a second. Texts are
translated through Qt Linguist (context "Counter"); source strings are English.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.admin import station_config
from app.auth import SignedIn
from app.config import StationConfig
from app.counter import CounterChoice, CounterDesk, DeskView, QueuedTicket
from app.errors import MppError
from app.watch import ChangeWatcher
from ui.counter.complaint import ComplaintDialog
from ui.counter.style import counter_style
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

WATCH_MS = 250  # how often the file is asked whether anyone committed
CLOCK_MS = 30_000  # waiting minutes move on even when nothing else changes


def refusal_text(error: Exception) -> str:
    """A refusal in the staff member's language, by its code; the English message otherwise."""
    code = getattr(error, "code", None)
    details = getattr(error, "details", {})
    texts = {
        "bad_credentials": translate("Counter", "Wrong username or password. %n more tries before a lock.", "",
                                     details.get("tries_left", 0)),
        "locked": translate("Counter", "Too many wrong passwords. Signing in is locked for a few minutes."),
        "missing_credentials": translate("Counter", "Type your username and your password or PIN."),
        "wrong_role": translate("Counter", "This account may not work at a counter."),
        "counter_busy": translate("Counter", "Finish, mark absent or hold the ticket at your counter first."),
        "counter_paused": translate("Counter", "Your counter is on a break. Resume work first."),
        "queue_empty": translate("Counter", "Nobody is waiting for your counter."),
        "too_few_calls": translate("Counter", "Recall the ticket a few more times before marking it absent."),
        "bad_transition": translate("Counter", "That is not possible for this ticket now."),
        "other_counter": translate("Counter", "That ticket is at another counter."),
        "other_service": translate("Counter", "Your counter does not serve that service."),
        "other_day": translate("Counter", "That ticket belongs to another day."),
        "same_service": translate("Counter", "The ticket is already for that service."),
        "quota_full": translate("Counter", "Today's quota for that service is full."),
        "past_cutoff": translate("Counter", "That service takes no more tickets today."),
        "inactive": translate("Counter", "That service is not offered at the moment."),
    }
    if code in texts:
        return texts[code]
    if isinstance(error, MppError):
        return error.message
    return translate("Counter", "Something went wrong: %1").replace("%1", str(error))


@dataclass(frozen=True)
class Action:
    name: str
    key: str
    text: str


def actions() -> list[Action]:
    """Every desk action with its shortcut, in the order of the buttons."""
    return [
        Action("call_next", "F1", translate("Counter", "Call next")),
        Action("recall", "F2", translate("Counter", "Recall")),
        Action("start", "F3", translate("Counter", "Start serving")),
        Action("finish", "F4", translate("Counter", "Finish")),
        Action("absent", "F5", translate("Counter", "Absent")),
        Action("transfer", "F6", translate("Counter", "Transfer")),
        Action("hold", "F7", translate("Counter", "Hold")),
        Action("resume", "F8", translate("Counter", "Resume held")),
        Action("return", "F9", translate("Counter", "Back in queue")),
        Action("call_selected", "F10", translate("Counter", "Call selected")),
        Action("walk_in", "F11", translate("Counter", "Walk-in")),
        Action("break", "F12", translate("Counter", "Break")),
    ]


def status_text(ticket: QueuedTicket) -> str:
    if ticket.status == "called":
        return translate("Counter", "Called %n time(s): waiting for the citizen", "", ticket.call_count)
    if ticket.status == "serving":
        return translate("Counter", "Being served")
    if ticket.status == "held":
        return translate("Counter", "On hold")
    return ticket.status


class SignInPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(objectName="signin")
        form = QVBoxLayout(box)
        form.setContentsMargins(36, 30, 36, 30)
        form.setSpacing(10)
        self.title = label(kind="title")
        self.user_label = label(kind="field")
        self.user = QLineEdit()
        self.secret_label = label(kind="field")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.counter_label = label(kind="field")
        self.counter = QComboBox()
        self.message = label(kind="error")
        self.submit = button("", "primary")
        self.submit.setDefault(True)
        for widget in (self.title, self.user_label, self.user, self.secret_label, self.secret,
                       self.counter_label, self.counter, self.message, self.submit):
            form.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 0)
        row.addStretch(1)
        box.setMinimumWidth(460)
        outer.addLayout(row)
        outer.addStretch(2)
        self.user.returnPressed.connect(self.secret.setFocus)
        self.secret.returnPressed.connect(self.submit.click)

    def retranslate(self) -> None:
        self.title.setText(translate("Counter", "Sign in to your counter"))
        self.user_label.setText(translate("Counter", "Username"))
        self.secret_label.setText(translate("Counter", "Password or PIN"))
        self.counter_label.setText(translate("Counter", "Counter"))
        self.submit.setText(translate("Counter", "Sign in"))

    def set_counters(self, counters: list[CounterChoice], preferred: int) -> None:
        self.counter.clear()
        for choice in counters:
            services = ", ".join(choice.services) or translate("Counter", "no service")
            self.counter.addItem(f"{choice.name} — {services}", choice.number)
        index = self.counter.findData(preferred)
        self.counter.setCurrentIndex(max(index, 0))


class TransferDialog(QDialog):
    """Choose the service a citizen is sent to; typing filters the list."""

    def __init__(self, view: DeskView, ticket: QueuedTicket, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Counter", "Transfer %1").replace("%1", ticket.code))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(placeholderText=translate("Counter", "Type to find a service"))
        self.targets = QListWidget()
        for target in view.transfer_targets:
            if target.code == ticket.service_code:
                continue
            item = QListWidgetItem(f"{target.name} — {target.agency_name}")
            item.setData(Qt.ItemDataRole.UserRole, target.code)
            self.targets.addItem(item)
        self.targets.setCurrentRow(0)
        self.note = QLineEdit(placeholderText=translate("Counter", "Note (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.targets.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        for widget in (label(translate("Counter", "Send the citizen to:"), "field"), self.filter, self.targets,
                       self.note, buttons):
            layout.addWidget(widget)
        self.resize(520, 480)

    def _filter(self, text: str) -> None:
        first = None
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            hidden = text.casefold() not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.targets.setCurrentRow(first)

    def choice(self) -> tuple[str, str] | None:
        item = self.targets.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole), self.note.text().strip()


class WalkInDialog(QDialog):
    def __init__(self, view: DeskView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Counter", "Walk-in"))
        layout = QVBoxLayout(self)
        self.services = QListWidget()
        for line in view.services:
            item = QListWidgetItem(f"{line.prefix} · {line.name}")
            item.setData(Qt.ItemDataRole.UserRole, line.code)
            self.services.addItem(item)
        self.services.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.services.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(label(translate("Counter", "A citizen without a ticket: issue one for"), "field"))
        layout.addWidget(self.services)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def choice(self) -> str | None:
        item = self.services.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class DeskPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame(objectName="header")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(20, 10, 20, 10)
        self.counter_name = label(kind="header-title", wrap=False)
        self.staff_name = label(kind="header-detail", wrap=False)
        self.state = label(kind="state", wrap=False)
        self.clock = label(kind="header-detail", wrap=False)
        self.sign_out = button("", "flat")
        # a complaint (pengaduan): a walk-in, a letter or a phone call, in its own dialog
        self.complaint = button("", "flat")
        self.complaint.setObjectName("complaint")
        self.complaint_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self.complaint_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        bar.addWidget(self.counter_name)
        bar.addSpacing(16)
        bar.addWidget(self.state)
        bar.addSpacing(16)
        bar.addWidget(self.complaint)
        bar.addStretch(1)
        bar.addWidget(self.staff_name)
        bar.addSpacing(16)
        bar.addWidget(self.clock)
        bar.addSpacing(16)
        bar.addWidget(self.sign_out)
        layout.addWidget(header)

        body = QHBoxLayout()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(20)
        layout.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(12)
        now = QFrame(objectName="now")
        now_layout = QVBoxLayout(now)
        now_layout.setContentsMargins(24, 16, 24, 16)
        self.now_caption = label(kind="caption")
        self.code = label(kind="code", wrap=False)
        self.service = label(kind="now-detail")
        self.status = label(kind="now-status")
        for widget in (self.now_caption, self.code, self.service, self.status):
            now_layout.addWidget(widget)
        left.addWidget(now)
        self.outcome = QLineEdit()
        self.outcome.setMaxLength(2000)
        left.addWidget(self.outcome)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        for index, action in enumerate(actions()):
            kind = "primary" if action.name == "call_next" else "action"
            widget = button("", kind)
            widget.setObjectName(action.name)
            grid.addWidget(widget, index // 3, index % 3)
            self.buttons[action.name] = widget
            shortcut = QShortcut(QKeySequence(action.key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcuts[action.name] = shortcut
        left.addLayout(grid)
        self.message = label(kind="message")
        left.addWidget(self.message)
        left.addStretch(1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.queue_caption = label(kind="caption")
        self.queue = QTreeWidget()
        self.queue.setColumnCount(3)
        self.queue.setRootIsDecorated(False)
        self.queue.setUniformRowHeights(True)
        self.held_caption = label(kind="caption")
        self.held = QListWidget()
        self.absent_caption = label(kind="caption")
        self.absent = QListWidget()
        right.addWidget(self.queue_caption)
        right.addWidget(self.queue, 1)
        right.addWidget(self.held_caption)
        right.addWidget(self.held)
        right.addWidget(self.absent_caption)
        right.addWidget(self.absent)
        for small in (self.held, self.absent):
            small.setMaximumHeight(120)
        body.addLayout(right, 2)

    def retranslate(self) -> None:
        for action in actions():
            self.buttons[action.name].setText(f"{action.text}  ({action.key})")
        self.sign_out.setText(translate("Counter", "Sign out"))
        self.complaint.setText(translate("Counter", "Complaint") + "  (Ctrl+K)")
        self.now_caption.setText(translate("Counter", "At your counter"))
        self.outcome.setPlaceholderText(translate("Counter", "Outcome note, saved with Finish (optional)"))
        self.queue.setHeaderLabels([translate("Counter", "Number"), translate("Counter", "Arrived"),
                                    translate("Counter", "Waiting")])


class CounterWindow(QWidget):
    # emitted after every refresh of the desk from the database (tests wait on it)
    refreshed = Signal()

    def __init__(self, desk: CounterDesk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counter")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(counter_style())
        self.desk = desk
        # the station's own file, under what the supervisor sets centrally (app.admin): read again on
        # every change of the file, so a new printer or counter reaches the running desk
        self.file_config = desk.config
        desk.config = station_config(desk.station, self.file_config)
        desk.prepare()  # before the worker starts: see ui/tasks.py
        self.db = TaskRunner("counter-db", self)
        self.printer = TaskRunner("counter-printer", self)  # receipts: a hanging printer never holds the desk
        self.watcher = ChangeWatcher(desk.station)
        self.staff: SignedIn | None = None
        self.counter_number: int | None = None
        self.view: DeskView | None = None
        self.counters: list[CounterChoice] | None = None
        self.dialog: QDialog | None = None
        self.complaint_dialog: ComplaintDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.sign_in_page = SignInPage()
        self.desk_page = DeskPage()
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.desk_page)
        layout.addWidget(self.pages)
        self.sign_in_page.retranslate()
        self.desk_page.retranslate()

        self.sign_in_page.submit.clicked.connect(self.submit_sign_in)
        self.desk_page.sign_out.clicked.connect(self.sign_out)
        handlers = {
            "call_next": self.call_next,
            "recall": self.recall,
            "start": self.start,
            "finish": self.finish,
            "absent": self.absent,
            "transfer": self.transfer,
            "hold": self.hold,
            "resume": self.resume_held,
            "return": self.return_absent,
            "call_selected": self.call_selected,
            "walk_in": self.walk_in,
            "break": self.toggle_break,
        }
        for name, handler in handlers.items():
            self.desk_page.buttons[name].clicked.connect(handler)
            self.desk_page.shortcuts[name].activated.connect(
                lambda button=self.desk_page.buttons[name]: button.isEnabled() and button.click()
            )
        self.desk_page.complaint.clicked.connect(self.open_complaint)
        self.desk_page.complaint_shortcut.activated.connect(self.open_complaint)
        for widget in (self.desk_page.held, self.desk_page.absent):
            widget.itemSelectionChanged.connect(self._enable_actions)
        self.desk_page.queue.itemSelectionChanged.connect(self._enable_actions)

        self.watch_timer = QTimer(self, interval=WATCH_MS)
        self.watch_timer.timeout.connect(self._poll)
        self.clock_timer = QTimer(self, interval=CLOCK_MS)
        self.clock_timer.timeout.connect(self.refresh)
        self.db.run(self.desk.counters, self._show_counters, self._show_sign_in_error)
        self.watch_timer.start()  # also at sign-in: a counter the supervisor adds is offered at once

    # --- signing in -------------------------------------------------------------------

    def _show_counters(self, counters: list[CounterChoice]) -> None:
        self.counters = counters
        self.sign_in_page.set_counters(counters, self.desk.config.counter)
        self.sign_in_page.user.setFocus()

    def submit_sign_in(self) -> None:
        page = self.sign_in_page
        if self.db.busy:
            return
        username, secret, number = page.user.text(), page.secret.text(), page.counter.currentData()
        if number is None:
            page.message.setText(translate("Counter", "No counter is set up yet. Ask the supervisor."))
            return
        page.message.setText("")
        page.submit.setEnabled(False)

        def done(staff: SignedIn) -> None:
            page.submit.setEnabled(True)
            page.secret.clear()
            self.staff, self.counter_number = staff, number
            self.pages.setCurrentWidget(self.desk_page)
            self.desk_page.staff_name.setText(staff.full_name)
            self.desk_page.message.setText("")
            self.watch_timer.start()
            self.clock_timer.start()
            self.refresh()

        def failed(error: Exception) -> None:
            page.submit.setEnabled(True)
            page.secret.clear()
            page.secret.setFocus()
            self._show_sign_in_error(error)

        self.db.run(lambda: self.desk.sign_in(username, secret), done, failed)

    def _show_sign_in_error(self, error: Exception) -> None:
        if not isinstance(error, MppError):
            log.error("sign-in failed", exc_info=error)
        self.sign_in_page.message.setText(refusal_text(error))

    def sign_out(self) -> None:
        self.clock_timer.stop()
        self.staff = self.view = None
        self.desk_page.outcome.clear()
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.user.clear()
        self.sign_in_page.message.setText("")
        self.sign_in_page.user.setFocus()

    # --- reading -----------------------------------------------------------------------

    def _poll(self) -> None:
        # asking the file is microseconds; the worker only reads the desk when something changed
        if not self.db.busy and self.watcher.changed():
            self.refresh()
            self.db.run(self._read_setup, self._setup_loaded)

    def _read_setup(self) -> tuple[list[CounterChoice], StationConfig]:
        return self.desk.counters(), station_config(self.desk.station, self.file_config)

    def _setup_loaded(self, loaded: tuple[list[CounterChoice], StationConfig]) -> None:
        counters, self.desk.config = loaded
        if counters != self.counters:
            self.counters = counters
            page = self.sign_in_page
            page.set_counters(counters, page.counter.currentData() or self.desk.config.counter)

    def refresh(self) -> None:
        if self.staff is None:
            return
        number = self.counter_number
        self.db.run(lambda: self.desk.view(number), self._show_view)

    def _show_view(self, view: DeskView) -> None:
        if self.staff is None:
            return
        self.view = view
        page = self.desk_page
        page.counter_name.setText(view.counter_name)
        paused = view.status == "paused"
        page.state.setText(translate("Counter", "On a break") if paused else translate("Counter", "Open"))
        page.state.setProperty("paused", "true" if paused else "false")
        page.state.style().unpolish(page.state)
        page.state.style().polish(page.state)
        page.clock.setText(fmt.clock_time(view.now, view.zone))
        page.buttons["break"].setText(
            (translate("Counter", "Resume work") if paused else translate("Counter", "Break")) + "  (F12)"
        )
        current = view.current
        page.code.setText(current.code if current else "—")
        if current:
            line = next((s for s in view.services if s.code == current.service_code), None)
            page.service.setText(line.name if line else current.service_code)
            page.status.setText(status_text(current))
        else:
            page.service.setText(translate("Counter", "Nobody at your counter"))
            page.status.setText(translate("Counter", "%n waiting for your counter", "", view.waiting))
        self._fill_queue(view)
        self._fill_list(page.held, view.held)
        self._fill_list(page.absent, tuple(t for s in view.services for t in s.absent))
        page.queue_caption.setText(translate("Counter", "Queue: %n waiting", "", view.waiting))
        page.held_caption.setText(translate("Counter", "On hold here: %n", "", len(view.held)))
        page.absent_caption.setText(translate("Counter", "Absent, may come back: %n", "", page.absent.count()))
        self._enable_actions()
        self.refreshed.emit()

    def _fill_queue(self, view: DeskView) -> None:
        tree = self.desk_page.queue
        selected = self._selected_id(tree)
        tree.clear()
        for line in view.services:
            head = QTreeWidgetItem([f"{line.prefix} · {line.name} ({len(line.waiting)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only once it is in the tree
            for ticket in line.waiting:
                code = ticket.code + ("  ★" if ticket.priority_group else "")
                item = QTreeWidgetItem(
                    [code, fmt.clock_time(ticket.issued_at, view.zone),
                     translate("Counter", "%n min", "", ticket.waited_minutes)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, ticket.id)
                if ticket.priority_group:
                    item.setToolTip(0, translate("Counter", "Priority: %1").replace("%1", ticket.priority_group))
                tree.addTopLevelItem(item)
                if ticket.id == selected:
                    item.setSelected(True)
        tree.resizeColumnToContents(1)

    def _fill_list(self, widget: QListWidget, tickets: tuple[QueuedTicket, ...]) -> None:
        selected = self._selected_id(widget)
        widget.clear()
        for ticket in tickets:
            item = QListWidgetItem(f"{ticket.code} · {ticket.service_code}")
            item.setData(Qt.ItemDataRole.UserRole, ticket.id)
            widget.addItem(item)
            if ticket.id == selected:
                item.setSelected(True)

    @staticmethod
    def _selected_id(widget) -> str | None:
        items = widget.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items and isinstance(widget, QTreeWidget) else (
            items[0].data(Qt.ItemDataRole.UserRole) if items else None
        )

    def _enable_actions(self) -> None:
        view = self.view
        if view is None:
            return
        buttons = self.desk_page.buttons
        current = view.current
        status = current.status if current else None
        open_ = view.status == "open"
        free = current is None
        enabled = {
            "call_next": open_ and free,
            "recall": status == "called",
            "start": status == "called",
            "finish": status == "serving",
            "absent": status == "called",
            "transfer": status in ("called", "serving"),
            "hold": status in ("called", "serving"),
            "resume": free and bool(view.held),
            "return": self._selected_id(self.desk_page.absent) is not None,
            "call_selected": open_ and free and self._selected_id(self.desk_page.queue) is not None,
            "walk_in": open_ and free and bool(view.services),
            "break": free,
        }
        for name, on in enabled.items():
            buttons[name].setEnabled(on)

    # --- acting --------------------------------------------------------------------------

    def _act(self, work, done_text=None) -> None:
        """Run one action on the worker, then show the outcome and the desk as it is now."""
        if self.staff is None or self.db.busy:
            return
        for widget in self.desk_page.buttons.values():
            widget.setEnabled(False)

        def done(result) -> None:
            self.desk_page.message.setProperty("kind", "message")
            self.desk_page.message.setText(done_text(result) if done_text else "")
            self.refresh()

        def failed(error: Exception) -> None:
            if not isinstance(error, MppError):
                log.error("counter action failed", exc_info=error)
            self.desk_page.message.setText(refusal_text(error))
            self.refresh()

        self.db.run(work, done, failed)

    def _current(self) -> QueuedTicket | None:
        return self.view.current if self.view else None

    def call_next(self) -> None:
        n, staff = self.counter_number, self.staff
        self._act(lambda: self.desk.call_next(n, staff), self._called_text)

    def _called_text(self, ticket) -> str:
        return translate("Counter", "Called %1").replace("%1", ticket.code)

    def recall(self) -> None:
        ticket = self._current()
        if ticket:
            n, staff = self.counter_number, self.staff
            self._act(lambda: self.desk.recall(n, ticket.id, staff), self._called_text)

    def start(self) -> None:
        ticket = self._current()
        if ticket:
            n, staff = self.counter_number, self.staff
            self._act(lambda: self.desk.start(n, ticket.id, staff))

    def finish(self) -> None:
        ticket = self._current()
        if ticket:
            n, staff, outcome = self.counter_number, self.staff, self.desk_page.outcome.text().strip()

            def done(result) -> str:
                self.desk_page.outcome.clear()
                return translate("Counter", "%1 finished").replace("%1", result.code)

            self._act(lambda: self.desk.finish(n, ticket.id, outcome, staff), done)

    def absent(self) -> None:
        ticket = self._current()
        if ticket:
            n, staff = self.counter_number, self.staff
            self._act(lambda: self.desk.absent(n, ticket.id, staff),
                      lambda r: translate("Counter", "%1 marked absent").replace("%1", r.code))

    def hold(self) -> None:
        ticket = self._current()
        if ticket:
            n, staff = self.counter_number, self.staff
            self._act(lambda: self.desk.hold(n, ticket.id, staff),
                      lambda r: translate("Counter", "%1 on hold").replace("%1", r.code))

    def resume_held(self) -> None:
        if not self.view or not self.view.held:
            return
        ref = self._selected_id(self.desk_page.held) or self.view.held[0].id
        n, staff = self.counter_number, self.staff
        self._act(lambda: self.desk.resume(n, ref, staff))

    def return_absent(self) -> None:
        ref = self._selected_id(self.desk_page.absent)
        if ref:
            staff = self.staff
            self._act(lambda: self.desk.return_ticket(ref, staff),
                      lambda r: translate("Counter", "%1 is back in the queue").replace("%1", r.code))

    def call_selected(self) -> None:
        ref = self._selected_id(self.desk_page.queue)
        if ref:
            n, staff = self.counter_number, self.staff
            self._act(lambda: self.desk.call_ticket(n, ref, staff), self._called_text)

    def transfer(self) -> None:
        ticket = self._current()
        if not ticket or self.view is None:
            return
        # open(), not exec(): the desk keeps refreshing behind the dialog
        self.dialog = TransferDialog(self.view, ticket, self)

        def chosen() -> None:
            choice = self.dialog.choice()
            if choice is None:
                return
            target, note = choice
            n, staff = self.counter_number, self.staff
            self._act(
                lambda: self.desk.transfer(n, ticket.id, target, note, staff),
                lambda r: translate("Counter", "%1 sent to %2").replace("%1", r.code).replace("%2", r.service_name),
            )

        self.dialog.accepted.connect(chosen)
        self.dialog.open()

    def walk_in(self) -> None:
        if self.view is None or not self.view.services:
            return
        if len(self.view.services) == 1:
            self._walk_in(self.view.services[0].code)
            return
        self.dialog = WalkInDialog(self.view, self)
        self.dialog.accepted.connect(lambda: self.dialog.choice() and self._walk_in(self.dialog.choice()))
        self.dialog.open()

    def _walk_in(self, service: str) -> None:
        n, staff = self.counter_number, self.staff
        self._act(
            lambda: self.desk.walk_in(n, service, staff),
            lambda r: translate("Counter", "Walk-in: ticket %1 issued and called").replace("%1", r.code),
        )

    def open_complaint(self) -> None:
        """The complaint dialog, with the ticket at the counter (if any) filled in."""
        if self.staff is None:
            return
        if self.complaint_dialog is not None and self.complaint_dialog.isVisible():
            self.complaint_dialog.raise_()
            self.complaint_dialog.activateWindow()
            return
        current, view = self._current(), self.view
        today = view.now.astimezone(view.zone).date() if view else self.desk.now().date()

        def loaded(catalog) -> None:
            if self.staff is None:
                return
            old = self.complaint_dialog
            if old is not None and not old.filing and not self.printer.busy:
                old.deleteLater()  # closed, and no result of its own is on the way
            self.complaint_dialog = ComplaintDialog(
                self.desk, self.db, self.printer, self.staff, catalog, today, current, self
            )
            self.complaint_dialog.filed.connect(
                lambda filed: self.desk_page.message.setText(
                    translate("Counter", "Complaint %1 filed").replace("%1", filed.nomor)
                )
            )
            self.complaint_dialog.open()

        def failed(error: Exception) -> None:
            log.error("loading the catalog for a complaint failed", exc_info=error)
            self.desk_page.message.setText(refusal_text(error))

        self.db.run(self.desk.complaint_catalog, loaded, failed)

    def toggle_break(self) -> None:
        if self.view is None:
            return
        on_break = self.view.status == "open"
        n = self.counter_number
        self._act(lambda: self.desk.set_break(n, on_break))

    def closeEvent(self, event) -> None:
        self.watch_timer.stop()
        self.clock_timer.stop()
        self.db.wait(10)
        self.db.stop()
        self.printer.wait(10)
        self.printer.stop()
        self.watcher.close()
        super().closeEvent(event)
