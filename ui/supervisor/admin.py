"""Administration in the supervisor's window: AdminPanel(station, actor_username, parent).

One page per area, chosen in the list on the far left: agencies, services, counters,
staff accounts, holidays and closures, the display's running text, station settings.
A page lists its rows (type to filter) beside the chosen row's form, with Simpan
(Ctrl+S), Batal (Esc) and Tambah (Ctrl+N). app.admin checks every change; a refusal
comes back as problems shown under their fields (the rest above the buttons) and
nothing is saved. Unsaved edits are never dropped silently: choosing another row
first asks to save or cancel them.

Who: supervisors and admins change the catalog, closures and the running text; staff
accounts and station settings are the admin's (app.admin checks again); anyone else
sees those pages read-only.

All database work runs on one TaskRunner; a ChangeWatcher reloads the page shown
when another process changes the file, unless its form holds unsaved edits.
`changed(area)` is emitted after every save. Texts: context "AdminPanel".
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import admin, fmt
from app.admin import (
    Administration,
    AgencyData,
    ClosureData,
    CounterData,
    Permissions,
    Problem,
    ServiceData,
    StaffData,
    StationSettingsData,
)
from app.auth import ROLES
from app.config import StationConfig
from app.display import RUNNING_TEXT_MAX, running_text
from app.errors import MppError
from app.uow import Station
from app.watch import ChangeWatcher
from app.workdays import WEEKDAYS
from ui.supervisor.common import date_field, day_of
from ui.tasks import TaskRunner
from ui.widgets import button, label, restyle

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

WATCH_MS = 1000  # another supervisor's change shows within a second

# compact fields: a long form fits a 1366x768 screen (the counter's sheet is for one big field)
ADMIN_STYLE = """
QWidget#admin QLineEdit, QWidget#admin QComboBox, QWidget#admin QDateEdit, QWidget#admin QPlainTextEdit {
    font-size: 15px; padding: 4px 6px; border: 1px solid #8896A5; border-radius: 5px; background: white; }
QWidget#admin QLineEdit:disabled, QWidget#admin QComboBox:disabled, QWidget#admin QPlainTextEdit:disabled,
QWidget#admin QDateEdit:disabled { background: #EEF1F5; color: #5A6470; }
QWidget#admin QSpinBox, QWidget#admin QTimeEdit { font-size: 15px; min-height: 28px; }
QWidget#admin QLabel[kind="field"] { font-size: 14px; }
QWidget#admin QLabel[kind="error"] { font-size: 13px; }
QWidget#admin QCheckBox { font-size: 15px; }
QWidget#admin QPushButton { min-height: 34px; font-size: 15px; padding: 2px 14px; }
QWidget#admin QListWidget#areas { font-size: 15px; border: none; background: #EEF1F5; }
QWidget#admin QListWidget#areas::item { padding: 9px 10px; }
QWidget#admin QTreeWidget { font-size: 14px; }
QWidget#admin QScrollArea#form { border: none; background: transparent; }
QWidget#admin QWidget#form-body { background: transparent; }
"""


# --- texts -------------------------------------------------------------------------------------


def day_name(day: str) -> str:
    return {
        "senin": translate("AdminPanel", "Monday"),
        "selasa": translate("AdminPanel", "Tuesday"),
        "rabu": translate("AdminPanel", "Wednesday"),
        "kamis": translate("AdminPanel", "Thursday"),
        "jumat": translate("AdminPanel", "Friday"),
        "sabtu": translate("AdminPanel", "Saturday"),
        "minggu": translate("AdminPanel", "Sunday"),
    }.get(day, day)


def role_name(role: str) -> str:
    return {
        "counter": translate("AdminPanel", "Counter staff"),
        "pengaduan": translate("AdminPanel", "Complaint handler"),
        "supervisor": translate("AdminPanel", "Supervisor"),
        "admin": translate("AdminPanel", "Administrator"),
    }.get(role, role)


def problem_text(problem: Problem) -> str:
    """One refusal of app.admin in the user's language; the English message when no text fits."""
    a = problem.args
    code = problem.code
    if code == "code_taken" and a.get("inactive"):
        return translate("AdminPanel", "This code belongs to the inactive {other}: make that one active again "
                         "instead.").format(other=a.get("other", ""))  # fmt: skip
    if code == "number_taken" and a.get("inactive"):
        return translate("AdminPanel", "This number belongs to the inactive {other}: make that one active again "
                         "instead.").format(other=a.get("other", ""))  # fmt: skip
    if code == "counter_without_service" and not problem.field:
        return translate("AdminPanel", "Counter {counter} would be left without a service. Give it another "
                         "service first (page Counters).").format(counter=a.get("counter", ""))  # fmt: skip
    if code == "bad_hours" and a.get("day"):
        return translate("AdminPanel", "{day}: write the hours like 08.00-15.00, opening before closing.").format(
            day=day_name(a["day"]))
    texts = {
        "required": translate("AdminPanel", "Please fill this in."),
        "bad_type": translate("AdminPanel", "This value cannot be used."),
        "too_long": translate("AdminPanel", "Too long: at most {limit} characters.").format(limit=a.get("limit", "")),
        "bad_code": translate("AdminPanel", "Capital letters, digits and _ only, at most 32."),
        "code_taken": translate("AdminPanel", "This code is already used by {other}.").format(other=a.get("other", "")),
        "bad_prefix": translate("AdminPanel", "One or two letters A-Z."),
        "prefix_taken": translate("AdminPanel", "Another active service ({other}) already has this prefix.").format(
            other=a.get("other", "")),
        "bad_quota": translate("AdminPanel", "At least 1 ticket a day, or no quota."),
        "bad_wait_target": translate("AdminPanel", "At least 1 minute."),
        "bad_service_minutes": translate("AdminPanel", "At least 1 minute."),
        "bad_list": translate("AdminPanel", "One item per line."),
        "bad_hours": translate("AdminPanel", "Write the hours like 08.00-15.00, opening before closing."),
        "bad_cutoff": translate("AdminPanel", "Minutes before closing: 0 or more."),
        "no_hours": translate("AdminPanel", "Give the hours of at least one day, or tick the box to follow the "
                              "hours above."),  # fmt: skip
        "cutoff_outside_hours": translate(
            "AdminPanel", "{cutoff} minutes before closing leaves no time for tickets on {day}."
        ).format(cutoff=a.get("cutoff", ""), day=day_name(a.get("day", ""))),
        "number_taken": translate("AdminPanel", "This number is already used by {other}.").format(
            other=a.get("other", "")),
        "bad_number": translate("AdminPanel", "A counter number is 1 to 999."),
        "counter_without_service": translate("AdminPanel", "A counter serves at least one service."),
        "unknown_service": translate("AdminPanel", "Unknown service {service}.").format(service=a.get("service", "")),
        "inactive_service": translate("AdminPanel", "{service} is not offered: choose an active service.").format(
            service=a.get("service", "")),
        "unknown_agency": translate("AdminPanel", "Choose an agency."),
        "username_taken": translate("AdminPanel", "This username is already used by {other}.").format(
            other=a.get("other", "")),
        "bad_username": translate("AdminPanel", "Letters, digits, '.', '_' or '-' only, without spaces."),
        "bad_role": translate("AdminPanel", "Choose a role."),
        "short_password": translate("AdminPanel", "At least {min} characters.").format(min=a.get("min", "")),
        "last_admin": translate("AdminPanel", "At least one active administrator must remain: only an administrator "
                                "manages staff accounts."),  # fmt: skip
        "past_day": translate("AdminPanel", "That day is past: its closure is history."),
        "closure_taken": translate("AdminPanel", "That day has a closure already: choose it in the list."),
        "bad_time": translate("AdminPanel", "Give two times of the day, from before until (like 12.00 and 13.30)."),
        "bad_running_text": translate("AdminPanel", "One line of plain text, at most {limit} characters.").format(
            limit=RUNNING_TEXT_MAX),
        "not_central": translate("AdminPanel", "This setting is not set centrally."),
        "bad_setting": translate("AdminPanel", "This value cannot be used here."),
        "station_taken": translate("AdminPanel", "This station has settings already: choose it in the list."),
        "bad_station_name": translate("AdminPanel", "One line of at most 64 characters."),
        "not_allowed": translate("AdminPanel", "Your role may not change this."),
    }
    if code == "bad_setting" and problem.field == "printer":
        return translate("AdminPanel", "Write the printer like usb:04b8:0202, tcp:192.168.1.50 or file:/path.")
    return texts.get(code, problem.message)


def error_problems(error: Exception) -> list[Problem]:
    """The problems of a refusal; one without field for any other error."""
    if isinstance(error, MppError):
        return list(error.details.get("problems") or [Problem("", error.code, error.message)])
    return [Problem("", "error", translate("AdminPanel", "Something went wrong: %1").replace("%1", str(error)))]


# --- fields ------------------------------------------------------------------------------------


class Form(QWidget):
    """Labelled fields in a grid, each with its problem line under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.fields: dict[str, tuple[QWidget, QWidget, QLabel]] = {}

    def add(self, key: str, text: str | QWidget, widget: QWidget) -> QWidget:
        row = self.grid.rowCount()
        if isinstance(text, QWidget):
            name = text
        else:
            name = label(text, "field", wrap=False)
            name.setBuddy(widget)
            if text:
                widget.setAccessibleName(text.replace("\n", " "))
        error = label(kind="error")
        error.hide()
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(name, row, 0, top)
        self.grid.addWidget(widget, row, 1)
        self.grid.addWidget(error, row + 1, 1)
        self.grid.setRowMinimumHeight(row + 1, 6)
        self.fields[key] = (name, widget, error)
        return widget

    def section(self, text: str) -> None:
        row = self.grid.rowCount()
        self.grid.addWidget(label(text, "caption"), row, 0, 1, 2)

    def widget(self, key: str) -> QWidget:
        return self.fields[key][1]

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Put each problem under its field; return those with no field here."""
        rest = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field in self.fields:
                texts.setdefault(problem.field, []).append(problem_text(problem))
            else:
                rest.append(problem)
        for key, lines in texts.items():
            error = self.fields[key][2]
            error.setText("\n".join(dict.fromkeys(lines)))
            error.show()
        return rest

    def clear_problems(self) -> None:
        for _name, _widget, error in self.fields.values():
            error.hide()
            error.clear()

    def set_visible(self, key: str, visible: bool) -> None:
        name, widget, error = self.fields[key]
        name.setVisible(visible)
        widget.setVisible(visible)
        if not visible:
            error.hide()

    def first_problem_widget(self) -> QWidget | None:
        return next((widget for _n, widget, error in self.fields.values() if not error.isHidden()), None)


def spin(low: int, high: int, special: str = "", suffix: str = "") -> QSpinBox:
    """A whole number; `special` is shown for the lowest value (its meaning: none, the default)."""
    widget = QSpinBox()
    widget.setRange(low, high)
    if special:
        widget.setSpecialValueText(special)
    if suffix:
        widget.setSuffix(suffix)
    widget.setMinimumWidth(150)
    widget.setMaximumWidth(280)
    return widget


def choice(items: list[tuple[str, Any]]) -> QComboBox:
    widget = QComboBox()
    for text, data in items:
        widget.addItem(text, data)
    return widget


def set_choice(widget: QComboBox, data: Any) -> None:
    index = widget.findData(data)
    widget.setCurrentIndex(max(index, 0))


def lines_edit(height: int = 92) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
    widget.setFixedHeight(height)
    return widget


def text_lines(widget: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in widget.toPlainText().splitlines() if line.strip())


class HoursEditor(QWidget):
    """Opening hours per weekday ("08.00-15.00"; empty: closed), or those of the level above."""

    def __init__(self, inherit_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(4)
        self.inherit = QCheckBox(inherit_text)
        self.inherit.toggled.connect(self._enable)
        layout.addWidget(self.inherit, 0, 0, 1, 4)
        self.days: dict[str, QLineEdit] = {}
        self.day_widgets: list[QWidget] = []
        for index, day in enumerate(WEEKDAYS):
            edit = QLineEdit()
            edit.setPlaceholderText(translate("AdminPanel", "closed"))
            edit.setAccessibleName(day_name(day))
            edit.setMaxLength(11)
            edit.setFixedWidth(130)
            row, column = 1 + index % 4, (index // 4) * 2
            name = label(day_name(day), "field", wrap=False)
            name.setBuddy(edit)
            layout.addWidget(name, row, column)
            layout.addWidget(edit, row, column + 1)
            self.days[day] = edit
            self.day_widgets += [name, edit]
        layout.setColumnStretch(4, 1)
        self._enable(False)

    def _enable(self, inherited: bool) -> None:
        # the hours above apply: no empty day fields that would read as "closed"
        for widget in self.day_widgets:
            widget.setVisible(not inherited)

    def set_value(self, hours: dict[str, str] | None) -> None:
        self.inherit.setChecked(hours is None)
        for day, edit in self.days.items():
            edit.setText((hours or {}).get(day, ""))
        self._enable(hours is None)

    def value(self) -> dict[str, str] | None:
        if self.inherit.isChecked():
            return None
        return {day: edit.text().strip() for day, edit in self.days.items() if edit.text().strip()}


# --- a page: rows on the left, the form on the right ----------------------------------------------


class EntityPage(QWidget):
    """The rows of one area beside the form of the one chosen (or of a new one).

    A subclass says how rows load, show and save: load, columns, cells, key_of, build,
    fill, read, save_item (remove_item where rows may be removed)."""

    area = ""
    removable = False
    stretch = 1  # the list's column that takes the width left (the others fit their text)
    shares = (2, 5)  # the list's and the form's shares of the page's width

    def __init__(self, panel: AdminPanel, editable: bool, read_only_note: str = ""):
        super().__init__()
        self.panel = panel
        self.editable = editable
        self.items: list = []
        self.current_key: Any = None  # the row in the form; None: a new row
        self.snapshot: Any = None  # the form as filled, to tell unsaved edits
        self.forms: list[Form] = []
        self.confirm: QMessageBox | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.title = label(kind="section", wrap=False)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("AdminPanel", "Type to filter"))
        self.filter.setAccessibleName(translate("AdminPanel", "Filter the list"))
        self.filter.textChanged.connect(self._filter)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(self.columns())
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(len(self.columns())):
            mode = QHeaderView.ResizeMode.Stretch if column == self.stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.currentItemChanged.connect(self._chosen)
        self.add_button = button(translate("AdminPanel", "Add") + "  (Ctrl+N)", "quiet")
        self.add_button.clicked.connect(self.start_new)
        left.addWidget(self.title)
        left.addWidget(self.filter)
        left.addWidget(self.table, 1)
        left.addWidget(self.add_button)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.heading = label(kind="section")
        self.notice = label(read_only_note, "note")
        self.notice.setVisible(not editable and bool(read_only_note))
        self.body = QWidget(objectName="form-body")
        self.build(self.body)
        scroll = QScrollArea(objectName="form")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll = scroll
        self.message = label(kind="message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        self.remove_button = button(translate("AdminPanel", "Remove"), "danger")
        self.remove_button.clicked.connect(self.ask_remove)
        self.remove_button.setVisible(self.removable and editable)
        self.cancel_button = button(translate("AdminPanel", "Cancel") + "  (Esc)", "quiet")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = button(translate("AdminPanel", "Save") + "  (Ctrl+S)", "primary")
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        right.addWidget(self.heading)
        right.addWidget(self.notice)
        right.addWidget(scroll, 1)
        right.addWidget(self.message)
        right.addLayout(bar)
        layout.addLayout(left, self.shares[0])
        layout.addLayout(right, self.shares[1])

        for widget in (self.add_button, self.cancel_button, self.save_button):
            widget.setVisible(editable)
        self.body.setEnabled(editable)

    # --- what a page says ---

    def columns(self) -> list[str]:
        raise NotImplementedError

    def cells(self, item) -> list[str]:
        raise NotImplementedError

    def key_of(self, item) -> Any:
        raise NotImplementedError

    def load(self, adm: Administration) -> list:
        raise NotImplementedError

    def build(self, body: QWidget) -> None:
        raise NotImplementedError

    def fill(self, item) -> None:
        """Put the row into the form (None: an empty form for a new row)."""
        raise NotImplementedError

    def read(self) -> Any:
        """The form as a value app.admin takes; equal values mean no edit."""
        raise NotImplementedError

    def save_item(self, adm: Administration, key: Any, data: Any) -> Any:
        raise NotImplementedError

    def remove_item(self, adm: Administration, key: Any) -> None:
        raise NotImplementedError

    def heading_for(self, item) -> str:
        raise NotImplementedError

    def active(self, item) -> bool:
        return getattr(item, "active", True)

    # --- loading ---

    def reload(self, select: Any = None) -> None:
        self.panel.db.run(lambda: self.load(self.panel.admin), lambda items: self._loaded(items, select),
                          self._load_failed)  # fmt: skip

    def _loaded(self, items: list, select: Any = None) -> None:
        """New rows in the list. The form shows `select` (or the row it showed) again,
        unless it holds unsaved edits or a new row being written; else the first row."""
        dirty = self.dirty()
        writing_new = self.current_key is None and self.snapshot is not None
        key = select if select is not None else self.current_key
        self.items = items
        self.table.blockSignals(True)
        self.table.clear()
        rows = [self.row_item(item) for item in items]
        self.table.addTopLevelItems(rows)
        self._filter(self.filter.text())
        chosen = next((row for row in rows if key is not None and row.data(0, Qt.ItemDataRole.UserRole) == key), None)
        if chosen is None and not (dirty or writing_new):
            chosen = next((row for row in rows if row.flags() & Qt.ItemFlag.ItemIsSelectable), None)
        self.table.setCurrentItem(chosen)
        self.table.blockSignals(False)
        if not (dirty or writing_new):
            if chosen is not None:
                self._show(chosen.data(0, Qt.ItemDataRole.UserRole))
            else:
                self._show_new()
        self.panel.page_loaded.emit(self.area)

    def row_item(self, item) -> QTreeWidgetItem:
        row = QTreeWidgetItem(self.cells(item))
        row.setData(0, Qt.ItemDataRole.UserRole, self.key_of(item))
        if not self.active(item):
            row.setText(self.stretch, row.text(self.stretch) + " · " + translate("AdminPanel", "inactive"))
            for column in range(row.columnCount()):
                row.setForeground(column, Qt.GlobalColor.gray)
        return row

    def _load_failed(self, error: Exception) -> None:
        log.error("administration: loading %s failed", self.area, exc_info=error)
        self.say(error_problems(error)[0].message, error=True)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for index in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(index)
            shown = not needle or any(needle in row.text(c).casefold() for c in range(row.columnCount()))
            row.setHidden(not shown)

    # --- choosing ---

    def item_for(self, key: Any):
        return next((item for item in self.items if self.key_of(item) == key), None)

    def dirty(self) -> bool:
        return self.editable and self.snapshot is not None and self.read() != self.snapshot

    def _chosen(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None or not current.flags() & Qt.ItemFlag.ItemIsSelectable:
            return  # a national holiday: listed, not edited here
        key = current.data(0, Qt.ItemDataRole.UserRole)
        if key == self.current_key and self.snapshot is not None:
            return
        if self.dirty():
            self.table.blockSignals(True)
            self.table.setCurrentItem(previous)
            self.table.blockSignals(False)
            self.say(translate("AdminPanel", "There are unsaved changes: save them (Ctrl+S) or cancel them (Esc) "
                               "first."), error=True)  # fmt: skip
            return
        self._show(key)

    def _show(self, key: Any) -> None:
        item = self.item_for(key)
        self.current_key = key if item is not None else None
        self.clear_problems()
        self.fill(item)
        for edit in self.body.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # a long text shows its beginning
        self.heading.setText(self.heading_for(item))
        self.snapshot = self.read()
        self.remove_button.setEnabled(item is not None)
        self.say("")

    def _show_new(self) -> None:
        self.table.blockSignals(True)
        self.table.setCurrentItem(None)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show(None)

    def start_new(self) -> None:
        if not self.editable:
            return
        if self.dirty():
            self.say(translate("AdminPanel", "There are unsaved changes: save them (Ctrl+S) or cancel them (Esc) "
                               "first."), error=True)  # fmt: skip
            return
        self._show_new()
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        return next(iter(self.forms[0].fields.values()))[1]

    # --- saving ---

    def cancel(self) -> None:
        if self.editable:
            self._show(self.current_key)

    def save(self) -> None:
        if not self.editable or self.panel.db.busy:
            return
        data, key = self.read(), self.current_key
        self.clear_problems()
        self.save_button.setEnabled(False)
        self.say(translate("AdminPanel", "Saving…"))
        self.panel.db.run(lambda: self.save_item(self.panel.admin, key, data), self._saved, self._refused)

    def _saved(self, item) -> None:
        self.save_button.setEnabled(True)
        self.snapshot = None  # the saved row is shown when the list comes back
        self.current_key = self.key_of(item)
        self.reload(select=self.current_key)
        self.say(translate("AdminPanel", "Saved. Every station uses it from now on."))
        self.panel.changed.emit(self.area)

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, MppError):
            log.error("administration: saving %s failed", self.area, exc_info=error)
        self.show_problems(error_problems(error))

    def show_problems(self, problems: list[Problem]) -> None:
        rest = problems
        for form in self.forms:
            rest = form.show_problems(rest)
        lines = [problem_text(p) for p in rest]
        self.say("\n".join(lines) or translate("AdminPanel", "Not saved: see the fields marked in red."),
                 error=True)  # fmt: skip
        for form in self.forms:
            widget = form.first_problem_widget()
            if widget is not None:
                self.scroll.ensureWidgetVisible(widget)
                widget.setFocus()
                break

    def clear_problems(self) -> None:
        for form in self.forms:
            form.clear_problems()

    def say(self, text: str, error: bool = False) -> None:
        kind = "error" if error else "message"
        if self.message.property("kind") != kind:
            self.message.setProperty("kind", kind)
            restyle(self.message)
        self.message.setText(text)

    # --- removing ---

    def ask_remove(self) -> None:
        item = self.item_for(self.current_key)
        if item is None or not self.editable:
            return
        self.confirm = QMessageBox(QMessageBox.Icon.Question, translate("AdminPanel", "Remove"),
                                   self.remove_question(item),
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        key = self.current_key

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.panel.db.run(lambda: self.remove_item(self.panel.admin, key), self._removed, self._refused)

        self.confirm.finished.connect(answered)
        self.confirm.open()

    def remove_question(self, item) -> str:
        return translate("AdminPanel", "Remove {name}?").format(name=self.heading_for(item))

    def _removed(self, _result) -> None:
        self.snapshot = None
        self.current_key = None
        self.reload()
        self.say(translate("AdminPanel", "Removed."))
        self.panel.changed.emit(self.area)


def active_box() -> QCheckBox:
    return QCheckBox(translate("AdminPanel", "Active (offered / in use)"))


# --- agencies ------------------------------------------------------------------------------------


class AgenciesPage(EntityPage):
    area = "agency"

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "Code"), translate("AdminPanel", "Name")]

    def cells(self, item: AgencyData) -> list[str]:
        return [item.code, item.name]

    def key_of(self, item: AgencyData) -> str:
        return item.code

    def load(self, adm: Administration) -> list[AgencyData]:
        return adm.read(admin.list_agencies)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Agencies"))
        form = Form(body)
        QVBoxLayout(body).addWidget(form)
        body.layout().addStretch(1)
        self.forms = [form]
        self.code = form.add("code", translate("AdminPanel", "Code"), QLineEdit(maxLength=32))
        self.code.setPlaceholderText("DUKCAPIL")
        self.name = form.add("name", translate("AdminPanel", "Name"), QLineEdit(maxLength=200))
        self.name_en = form.add("name_en", translate("AdminPanel", "Name in English"), QLineEdit(maxLength=200))
        self.hours = form.add("hours", translate("AdminPanel", "Opening hours"),
                              HoursEditor(translate("AdminPanel", "The MPP's hours")))  # fmt: skip
        self.cutoff = form.add("cutoff_minutes", translate("AdminPanel", "Tickets until"),
                               spin(-1, 600, translate("AdminPanel", "the MPP's cutoff"),
                                    translate("AdminPanel", " min before closing")))  # fmt: skip
        self.active_check = form.add("active", "", active_box())

    def fill(self, item: AgencyData | None) -> None:
        item = item or AgencyData("", "")
        self.code.setText(item.code)
        self.name.setText(item.name)
        self.name_en.setText(item.name_en)
        self.hours.set_value(item.hours)
        self.cutoff.setValue(-1 if item.cutoff_minutes is None else item.cutoff_minutes)
        self.active_check.setChecked(item.active)

    def read(self) -> AgencyData:
        cutoff = self.cutoff.value()
        return AgencyData(self.code.text(), self.name.text(), self.name_en.text(), self.hours.value(),
                          None if cutoff < 0 else cutoff, self.active_check.isChecked())  # fmt: skip

    def save_item(self, adm: Administration, key: str | None, data: AgencyData) -> AgencyData:
        if key is None:
            return adm.change(admin.add_agency, data)
        return adm.change(admin.edit_agency, key, data)

    def heading_for(self, item: AgencyData | None) -> str:
        return item.name if item else translate("AdminPanel", "New agency")


# --- services -------------------------------------------------------------------------------------


class ServicesPage(EntityPage):
    area = "service"

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "Prefix"), translate("AdminPanel", "Service"),
                translate("AdminPanel", "Agency")]  # fmt: skip

    def cells(self, item: ServiceData) -> list[str]:
        return [item.prefix, item.name, item.agency_code]

    def key_of(self, item: ServiceData) -> str:
        return item.code

    def load(self, adm: Administration) -> tuple:
        return adm.read(admin.list_services), adm.read(admin.list_agencies)

    def _loaded(self, items, select=None) -> None:
        services, agencies = items
        current = self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        for agency in agencies:
            self.agency.addItem(f"{agency.code} · {agency.name}", agency.code)
        set_choice(self.agency, current)
        self.agency.blockSignals(False)
        super()._loaded(services, select)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Services"))
        form = Form(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)  # clear of the scroll bar
        column.addWidget(form)
        column.addStretch(1)
        self.forms = [form]
        g = s = form
        self.code = g.add("code", translate("AdminPanel", "Code"), QLineEdit(maxLength=32))
        self.code.setPlaceholderText("KTP")
        self.agency = g.add("agency_code", translate("AdminPanel", "Agency"), QComboBox())
        self.prefix = g.add("prefix", translate("AdminPanel", "Ticket prefix"), QLineEdit(maxLength=2))
        self.prefix.setPlaceholderText("A")
        self.prefix.setFixedWidth(80)
        self.name = g.add("name", translate("AdminPanel", "Name"), QLineEdit(maxLength=200))
        self.name_en = g.add("name_en", translate("AdminPanel", "Name in English"), QLineEdit(maxLength=200))
        self.quota = g.add("daily_quota", translate("AdminPanel", "Daily quota"),
                           spin(0, 9999, translate("AdminPanel", "no quota"), translate("AdminPanel", " tickets")))
        self.priority = g.add("accepts_priority", "",
                              QCheckBox(translate("AdminPanel", "Takes priority tickets (UU 25/2009 Pasal 29)")))
        self.minutes = g.add("service_minutes", translate("AdminPanel", "Typical service"),
                             spin(1, 480, suffix=translate("AdminPanel", " min per citizen")))
        self.target = g.add("wait_target_minutes", translate("AdminPanel", "Waiting target"),
                            spin(0, 600, translate("AdminPanel", "the MPP's default"), translate("AdminPanel", " min")))
        self.hours = g.add("hours", translate("AdminPanel", "Opening hours"),
                           HoursEditor(translate("AdminPanel", "The agency's hours")))
        self.cutoff = g.add("cutoff_minutes", translate("AdminPanel", "Tickets until"),
                            spin(-1, 600, translate("AdminPanel", "the agency's cutoff"),
                                 translate("AdminPanel", " min before closing")))  # fmt: skip
        self.active_check = g.add("active", "", active_box())
        s.section(translate("AdminPanel", "Standar pelayanan (shown at the kiosk)"))
        self.persyaratan = s.add("persyaratan", translate("AdminPanel", "Requirements\n(one per line)"), lines_edit())
        self.prosedur = s.add("prosedur", translate("AdminPanel", "Procedure\n(one step per line)"), lines_edit())
        self.jangka_waktu = s.add("jangka_waktu", translate("AdminPanel", "Duration"), QLineEdit())
        self.biaya = s.add("biaya", translate("AdminPanel", "Cost"), QLineEdit())
        self.produk = s.add("produk", translate("AdminPanel", "Product"), QLineEdit())
        self.pengaduan = s.add("pengaduan", translate("AdminPanel", "Complaints"), lines_edit(64))

    def fill(self, item: ServiceData | None) -> None:
        item = item or ServiceData("", self.agency.currentData() or "", "", "")
        self.code.setText(item.code)
        set_choice(self.agency, item.agency_code)
        self.prefix.setText(item.prefix)
        self.name.setText(item.name)
        self.name_en.setText(item.name_en)
        self.quota.setValue(item.daily_quota or 0)
        self.priority.setChecked(item.accepts_priority)
        self.minutes.setValue(item.service_minutes)
        self.target.setValue(item.wait_target_minutes or 0)
        self.hours.set_value(item.hours)
        self.cutoff.setValue(-1 if item.cutoff_minutes is None else item.cutoff_minutes)
        self.active_check.setChecked(item.active)
        self.persyaratan.setPlainText("\n".join(item.persyaratan))
        self.prosedur.setPlainText("\n".join(item.prosedur))
        self.jangka_waktu.setText(item.jangka_waktu)
        self.biaya.setText(item.biaya)
        self.produk.setText(item.produk)
        self.pengaduan.setPlainText(item.pengaduan)

    def read(self) -> ServiceData:
        cutoff = self.cutoff.value()
        return ServiceData(
            code=self.code.text(), agency_code=self.agency.currentData() or "", prefix=self.prefix.text(),
            name=self.name.text(), name_en=self.name_en.text(), daily_quota=self.quota.value() or None,
            accepts_priority=self.priority.isChecked(), service_minutes=self.minutes.value(),
            wait_target_minutes=self.target.value() or None, hours=self.hours.value(),
            cutoff_minutes=None if cutoff < 0 else cutoff, persyaratan=text_lines(self.persyaratan),
            prosedur=text_lines(self.prosedur), jangka_waktu=self.jangka_waktu.text(), biaya=self.biaya.text(),
            produk=self.produk.text(), pengaduan=self.pengaduan.toPlainText().strip(),
            active=self.active_check.isChecked(),
        )  # fmt: skip

    def save_item(self, adm: Administration, key: str | None, data: ServiceData) -> ServiceData:
        if key is None:
            return adm.change(admin.add_service, data)
        return adm.change(admin.edit_service, key, data)

    def heading_for(self, item: ServiceData | None) -> str:
        return f"{item.prefix} · {item.name}" if item else translate("AdminPanel", "New service")


# --- counters -------------------------------------------------------------------------------------


class CountersPage(EntityPage):
    area = "counter"

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "No."), translate("AdminPanel", "Name"), translate("AdminPanel", "Prefixes")]

    def cells(self, item: CounterData) -> list[str]:
        return [str(item.number), item.name, ", ".join(sorted(self.prefixes.get(code, code) for code in item.services))]

    def key_of(self, item: CounterData) -> int:
        return item.number

    def load(self, adm: Administration) -> tuple:
        return adm.read(admin.list_counters), adm.read(admin.list_services)

    def _loaded(self, items, select=None) -> None:
        counters, services = items
        self.prefixes = {service.code: service.prefix for service in services}
        if not self.dirty():
            self.services_list.clear()
            for service in services:
                entry = QListWidgetItem(f"{service.prefix} · {service.name} ({service.agency_code})")
                entry.setData(Qt.ItemDataRole.UserRole, service.code)
                entry.setData(Qt.ItemDataRole.UserRole + 1, service.active)
                entry.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                               | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.services_list.addItem(entry)
        super()._loaded(counters, select)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Counters"))
        form = Form(body)
        QVBoxLayout(body).addWidget(form)
        body.layout().addStretch(1)
        self.forms = [form]
        self.number = form.add("number", translate("AdminPanel", "Counter number"), spin(1, 999))
        self.number.setMinimumWidth(110)
        self.number.setMaximumWidth(130)
        self.name = form.add("name", translate("AdminPanel", "Name"), QLineEdit(maxLength=200))
        self.name.setPlaceholderText(translate("AdminPanel", "Loket 1 Dukcapil"))
        self.services_list = form.add("services", translate("AdminPanel", "Serves\n(tick at least one)"),
                                      QListWidget())  # fmt: skip
        self.services_list.setMinimumHeight(300)
        self.services_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.services_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.prefixes: dict[str, str] = {}
        self.active_check = form.add("active", "", active_box())

    def fill(self, item: CounterData | None) -> None:
        taken = {c.number for c in self.items}
        item = item or CounterData(next(n for n in range(1, 1000) if n not in taken), "", ())
        self.number.setValue(item.number)
        self.name.setText(item.name)
        for index in range(self.services_list.count()):
            entry = self.services_list.item(index)
            on = entry.data(Qt.ItemDataRole.UserRole) in item.services
            entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            # a retired service shows only where a counter still has it
            entry.setHidden(not on and not entry.data(Qt.ItemDataRole.UserRole + 1))
        self.active_check.setChecked(item.active)

    def read(self) -> CounterData:
        codes = tuple(
            self.services_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.services_list.count())
            if self.services_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return CounterData(self.number.value(), self.name.text(), codes, self.active_check.isChecked())

    def save_item(self, adm: Administration, key: int | None, data: CounterData) -> CounterData:
        if key is None:
            return adm.change(admin.add_counter, data)
        return adm.change(admin.edit_counter, key, data)

    def heading_for(self, item: CounterData | None) -> str:
        return item.name if item else translate("AdminPanel", "New counter")


# --- staff accounts --------------------------------------------------------------------------------


class StaffPage(EntityPage):
    area = "staff"

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "Username"), translate("AdminPanel", "Name"), translate("AdminPanel", "Role")]

    def cells(self, item: StaffData) -> list[str]:
        return [item.username, item.full_name, role_name(item.role)]

    def key_of(self, item: StaffData) -> str:
        return item.username

    def load(self, adm: Administration) -> list[StaffData]:
        return adm.read(admin.list_staff)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Staff accounts"))
        form = Form(body)
        QVBoxLayout(body).addWidget(form)
        body.layout().addStretch(1)
        self.forms = [form]
        self.username = form.add("username", translate("AdminPanel", "Username"), QLineEdit(maxLength=64))
        self.full_name = form.add("full_name", translate("AdminPanel", "Full name"), QLineEdit(maxLength=200))
        self.role = form.add("role", translate("AdminPanel", "Role"), choice([(role_name(r), r) for r in ROLES]))
        self.password = form.add("password", translate("AdminPanel", "Password or PIN"), QLineEdit(maxLength=128))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = form.add("password_hint", "", label(kind="note"))
        self.active_check = form.add("active", "", QCheckBox(translate("AdminPanel", "Active (may sign in)")))

    def fill(self, item: StaffData | None) -> None:
        item_ = item or StaffData("", "", "counter")
        self.username.setText(item_.username)
        self.full_name.setText(item_.full_name)
        set_choice(self.role, item_.role)
        self.password.clear()
        self.password_hint.setText(
            translate("AdminPanel", "Leave empty to keep the current one; type a new one to reset it.")
            if item else translate("AdminPanel", "At least 4 characters. The staff member changes nothing "
                                   "else: give it to them in person.")  # fmt: skip
        )
        self.active_check.setChecked(item_.active)

    def read(self) -> tuple[StaffData, str]:
        data = StaffData(self.username.text(), self.full_name.text(), self.role.currentData(),
                         self.active_check.isChecked())  # fmt: skip
        return data, self.password.text()

    def save_item(self, adm: Administration, key: str | None, data: tuple[StaffData, str]) -> StaffData:
        staff, password = data
        if key is None:
            return adm.change(admin.add_staff, staff, password)
        return adm.change(admin.edit_staff, key, staff, password)

    def _saved(self, item) -> None:
        self.password.clear()
        super()._saved(item)

    def heading_for(self, item: StaffData | None) -> str:
        return f"{item.full_name} ({item.username})" if item else translate("AdminPanel", "New staff account")


# --- holidays and closures ---------------------------------------------------------------------------


class ClosuresPage(EntityPage):
    area = "closure"
    removable = True
    stretch = 2
    shares = (1, 1)

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "Date"), translate("AdminPanel", "Hours"), translate("AdminPanel", "Reason")]

    def cells(self, item) -> list[str]:
        when = fmt.long_date(item.day)
        if isinstance(item, admin.Holiday):
            return [when, translate("AdminPanel", "holiday"), item.name]
        hours = (f"{item.closed_from.replace(':', '.')}-{item.closed_until.replace(':', '.')}"
                 if item.closed_from else translate("AdminPanel", "all day"))  # fmt: skip
        return [when, hours, item.reason]

    def key_of(self, item) -> Any:
        return ("holiday", item.day) if isinstance(item, admin.Holiday) else item.day

    def row_item(self, item) -> QTreeWidgetItem:
        row = super().row_item(item)
        if isinstance(item, admin.Holiday):  # the government's: shown, not edited here
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column in range(row.columnCount()):
                row.setForeground(column, Qt.GlobalColor.darkGray)
        return row

    def load(self, adm: Administration) -> tuple:
        def read(uow) -> tuple:
            today = admin.today(uow)
            found = admin.list_closures(uow, today) + admin.upcoming_holidays(uow)
            return today, sorted(found, key=lambda x: x.day)

        return adm.read(read)

    def _loaded(self, items, select=None) -> None:
        self.today, rows = items
        super()._loaded(rows, select)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Holidays and closures"))
        self.today = date.today()
        form = Form(body)
        QVBoxLayout(body).addWidget(form)
        body.layout().addStretch(1)
        self.forms = [form]
        self.day = form.add("day", translate("AdminPanel", "Date"), date_field())
        self.day.setMaximumWidth(260)
        self.whole = form.add("whole_day", "", QCheckBox(translate("AdminPanel", "Closed all day")))
        self.whole.toggled.connect(self._whole_toggled)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.closed_from = QTimeEdit(displayFormat="HH.mm")
        self.closed_until = QTimeEdit(displayFormat="HH.mm")
        for edit in (self.closed_from, self.closed_until):
            edit.setFixedWidth(100)
        self.closed_from.setAccessibleName(translate("AdminPanel", "Closed from"))
        self.closed_until.setAccessibleName(translate("AdminPanel", "Closed until"))
        row.addWidget(self.closed_from)
        row.addWidget(label(translate("AdminPanel", "until"), "field", wrap=False))
        row.addWidget(self.closed_until)
        row.addStretch(1)
        form.add("closed_from", translate("AdminPanel", "Closed from"), times)
        self.reason = form.add("reason", translate("AdminPanel", "Reason"), QLineEdit(maxLength=200))
        self.reason.setPlaceholderText(translate("AdminPanel", "Pemeliharaan gedung"))
        form.add("note", "", label(translate("AdminPanel", "Citizens read the reason at the kiosk. National holidays "
                                             "and cuti bersama close the MPP by themselves; they are listed in grey."),
                                   "note"))  # fmt: skip

    def _whole_toggled(self, whole: bool) -> None:
        self.forms[0].set_visible("closed_from", not whole)

    def fill(self, item: ClosureData | None) -> None:
        day = item.day if item else self.today
        self.day.setDate(QDate(day.year, day.month, day.day))
        whole = item is None or item.closed_from is None
        self.whole.setChecked(whole)
        self._whole_toggled(whole)
        self.closed_from.setTime(QTime.fromString(item.closed_from, "HH:mm") if item and item.closed_from
                                 else QTime(12, 0))  # fmt: skip
        self.closed_until.setTime(QTime.fromString(item.closed_until, "HH:mm") if item and item.closed_until
                                  else QTime(13, 0))  # fmt: skip
        self.reason.setText(item.reason if item else "")

    def read(self) -> ClosureData:
        if self.whole.isChecked():
            return ClosureData(day_of(self.day), self.reason.text())
        return ClosureData(day_of(self.day), self.reason.text(), self.closed_from.time().toString("HH:mm"),
                           self.closed_until.time().toString("HH:mm"))  # fmt: skip

    def save_item(self, adm: Administration, key: date | None, data: ClosureData) -> ClosureData:
        if key is None:
            return adm.change(admin.add_closure, data)
        return adm.change(admin.edit_closure, key, data)

    def remove_item(self, adm: Administration, key: date) -> None:
        adm.change(admin.remove_closure, key)

    def remove_question(self, item: ClosureData) -> str:
        return translate("AdminPanel", "Remove the closure of {day}? The MPP then opens that day.").format(
            day=self.cells(item)[0])

    def heading_for(self, item: ClosureData | None) -> str:
        if item is None:
            return translate("AdminPanel", "New closure")
        return translate("AdminPanel", "Closure of {day}").format(day=self.cells(item)[0])


# --- station settings -----------------------------------------------------------------------------------


def setting_labels() -> dict[str, str]:
    return {
        "printer": translate("AdminPanel", "Ticket printer"),
        "paper_mm": translate("AdminPanel", "Paper width"),
        "printer_qr": translate("AdminPanel", "QR code on paper"),
        "language": translate("AdminPanel", "Kiosk language"),
        "idle_seconds": translate("AdminPanel", "Kiosk idle timeout"),
        "large_type": translate("AdminPanel", "Kiosk starts in large type"),
        "survey_min_interval_seconds": translate("AdminPanel", "Survey: seconds between responses"),
        "voice_style": translate("AdminPanel", "Display voice"),
    }


class StationsPage(EntityPage):
    area = "station_settings"
    removable = True
    stretch = 0

    def columns(self) -> list[str]:
        return [translate("AdminPanel", "Station"), translate("AdminPanel", "Set here")]

    def cells(self, item: StationSettingsData) -> list[str]:
        return [self.station_text(item.station_name),
                translate("AdminPanel", "%n setting(s)", "", len(item.settings))]  # fmt: skip

    @staticmethod
    def station_text(name: str) -> str:
        return translate("AdminPanel", "Every station (*)") if name == admin.ALL_STATIONS else name

    def key_of(self, item: StationSettingsData) -> str:
        return item.station_name

    def load(self, adm: Administration) -> list[StationSettingsData]:
        return adm.read(admin.list_station_settings)

    def build(self, body: QWidget) -> None:
        self.title.setText(translate("AdminPanel", "Station settings"))
        form = Form(body)
        QVBoxLayout(body).addWidget(form)
        body.layout().addStretch(1)
        self.forms = [form]
        self.station_name = form.add("station_name", translate("AdminPanel", "Station name"), QLineEdit(maxLength=64))
        self.station_name.setPlaceholderText(translate("AdminPanel", "as in its station.toml, or * for every station"))
        form.add("explain", "", label(translate(
            "AdminPanel", "A ticked setting overrides the station's own file (station.toml); the station uses it "
            "within seconds, without a restart. A station's own entry overrides the one for every station (*)."),
            "note"))  # fmt: skip
        defaults = StationConfig()
        self.editors: dict[str, QWidget] = {
            "printer": QLineEdit(placeholderText="usb:04b8:0202 · tcp:192.168.1.50 · file:/path"),
            "paper_mm": choice([("58 mm", 58), ("80 mm", 80)]),
            "printer_qr": choice([(translate("AdminPanel", "as an image (every printer)"), "image"),
                                  (translate("AdminPanel", "the printer's own QR command"), "native")]),
            "language": choice([("Bahasa Indonesia", "id"), ("English", "en")]),
            "idle_seconds": spin(5, 3600, suffix=translate("AdminPanel", " s")),
            "large_type": choice([(translate("AdminPanel", "yes"), True), (translate("AdminPanel", "no"), False)]),
            "survey_min_interval_seconds": spin(0, 3600, suffix=translate("AdminPanel", " s")),
            "voice_style": choice([(translate("AdminPanel", "in words: \"A dua puluh tiga\""), "words"),
                                   (translate("AdminPanel", "digit by digit: \"A nol dua tiga\""), "digits")]),
        }
        self.ticks: dict[str, QCheckBox] = {}
        for key in admin.CENTRAL_KEYS:
            tick = QCheckBox(setting_labels()[key])
            editor = self.editors[key]
            editor.setAccessibleName(setting_labels()[key])
            tick.toggled.connect(editor.setEnabled)
            self.ticks[key] = tick
            form.add(key, tick, editor)
            self._set_editor(key, getattr(defaults, key))

    def _set_editor(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QLineEdit):
            editor.setText(str(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            set_choice(editor, value)

    def _editor_value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return editor.currentData()

    def fill(self, item: StationSettingsData | None) -> None:
        item = item or StationSettingsData("", {})
        self.station_name.setText(item.station_name)
        defaults = StationConfig()
        for key, tick in self.ticks.items():
            on = key in item.settings
            tick.setChecked(on)
            self.editors[key].setEnabled(on)
            self._set_editor(key, item.settings[key] if on else getattr(defaults, key))

    def read(self) -> StationSettingsData:
        settings = {key: self._editor_value(key) for key, tick in self.ticks.items() if tick.isChecked()}
        return StationSettingsData(self.station_name.text(), settings)

    def save_item(self, adm: Administration, key: str | None, data: StationSettingsData) -> StationSettingsData:
        if key is None:
            return adm.change(admin.add_station_settings, data)
        return adm.change(admin.edit_station_settings, key, data)

    def remove_item(self, adm: Administration, key: str) -> None:
        adm.change(admin.remove_station_settings, key)

    def remove_question(self, item: StationSettingsData) -> str:
        return translate("AdminPanel", "Remove the central settings of {name}? It then follows its own file "
                         "again.").format(name=self.station_text(item.station_name))  # fmt: skip

    def heading_for(self, item: StationSettingsData | None) -> str:
        return self.station_text(item.station_name) if item else translate("AdminPanel", "New station")


# --- the running text ------------------------------------------------------------------------------------


class RunningTextPage(QWidget):
    """The one line every display board scrolls along its bottom."""

    area = "running_text"

    def __init__(self, panel: AdminPanel, editable: bool):
        super().__init__()
        self.panel = panel
        self.editable = editable
        self.stored: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.title = label(translate("AdminPanel", "Running text of the display boards"), "section")
        explain = label(translate("AdminPanel", "One line that scrolls along the bottom of every display board. "
                                  "Leave it empty for the board's own welcome."), "note")  # fmt: skip
        self.text = QLineEdit(maxLength=RUNNING_TEXT_MAX)
        self.text.setAccessibleName(translate("AdminPanel", "Running text"))
        self.text.textChanged.connect(self._count)
        self.count = label(kind="note")
        self._count("")
        self.error = label(kind="error")
        self.error.hide()
        self.message = label(kind="message")
        bar = QHBoxLayout()
        self.cancel_button = button(translate("AdminPanel", "Cancel") + "  (Esc)", "quiet")
        self.save_button = button(translate("AdminPanel", "Save") + "  (Ctrl+S)", "primary")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.text.returnPressed.connect(self.save)
        bar.addStretch(1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.save_button)
        for widget in (self.title, explain, self.text, self.count, self.error, self.message):
            layout.addWidget(widget)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.text.setReadOnly(not editable)
        self.cancel_button.setVisible(editable)
        self.save_button.setVisible(editable)

    def start_new(self) -> None:
        pass  # one text, nothing to add

    def _count(self, text: str) -> None:
        self.count.setText(translate("AdminPanel", "{n} of {limit} characters").format(n=len(text),
                                                                                      limit=RUNNING_TEXT_MAX))

    def dirty(self) -> bool:
        return self.stored is not None and self.text.text() != self.stored

    def reload(self, select: Any = None) -> None:
        self.panel.db.run(lambda: self.panel.admin.read(running_text), self._loaded)

    def _loaded(self, text: str) -> None:
        if self.dirty():
            return
        self.stored = text
        self.text.setText(text)
        self.panel.page_loaded.emit(self.area)

    def cancel(self) -> None:
        self.text.setText(self.stored or "")
        self.error.hide()
        self.message.clear()

    def save(self) -> None:
        if not self.editable or self.panel.db.busy:
            return
        text = self.text.text()
        self.error.hide()

        def saved(stored: str) -> None:
            self.stored = stored
            self.text.setText(stored)
            self.message.setText(translate("AdminPanel", "Saved. Every display board shows it from now on."))
            self.panel.changed.emit(self.area)

        def refused(error: Exception) -> None:
            self.message.clear()
            self.error.setText("\n".join(problem_text(p) for p in error_problems(error)))
            self.error.show()

        self.panel.db.run(lambda: self.panel.admin.change(admin.set_running_text, text), saved, refused)


# --- the panel ------------------------------------------------------------------------------------------


class AdminPanel(QWidget):
    """Administration for the signed-in `actor_username` on `station`: the window embeds it."""

    # after every save or removal: the area ("agency", "service", "counter", "staff", "closure",
    # "running_text", "station_settings"), for a window that shows something of it elsewhere
    changed = Signal(str)
    # a page's rows have arrived from the database (tests wait on it)
    page_loaded = Signal(str)

    def __init__(self, station: Station, actor_username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("admin")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(ADMIN_STYLE)
        admin.prepare()  # first-use imports on this thread, never on the worker (ui/tasks.py)
        self.admin = Administration(station, actor_username)
        self.permissions: Permissions = self.admin.permissions()
        self.db = TaskRunner("admin-db", self)
        self.watcher = ChangeWatcher(station)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.areas = QListWidget(objectName="areas")
        self.areas.setAccessibleName(translate("AdminPanel", "Administration areas"))
        self.areas.setFixedWidth(200)
        self.pages = QStackedWidget()
        can = self.permissions
        catalog_note = translate("AdminPanel", "Only a supervisor or an administrator may change this.")
        admin_note = translate("AdminPanel", "Only an administrator may change this; you can look.")
        self.agencies = AgenciesPage(self, can.catalog, catalog_note)
        self.services = ServicesPage(self, can.catalog, catalog_note)
        self.counters = CountersPage(self, can.catalog, catalog_note)
        self.staff = StaffPage(self, can.staff, admin_note)
        self.closures = ClosuresPage(self, can.catalog, catalog_note)
        self.running_text = RunningTextPage(self, can.catalog)
        self.stations = StationsPage(self, can.stations, admin_note)
        entries = [
            (translate("AdminPanel", "Agencies"), self.agencies),
            (translate("AdminPanel", "Services"), self.services),
            (translate("AdminPanel", "Counters"), self.counters),
            (translate("AdminPanel", "Staff accounts"), self.staff),
            (translate("AdminPanel", "Holidays and closures"), self.closures),
            (translate("AdminPanel", "Running text"), self.running_text),
            (translate("AdminPanel", "Station settings"), self.stations),
        ]
        for text, page in entries:
            self.areas.addItem(text)
            self.pages.addWidget(page)
        self.areas.currentRowChanged.connect(self._area_chosen)
        layout.addWidget(self.areas)
        layout.addWidget(self.pages, 1)
        self._loaded: set[QWidget] = set()
        self.areas.setCurrentRow(0)
        # anywhere in the panel, the list of areas too: they act on the page shown
        for keys, action in (("Ctrl+S", "save"), ("Escape", "cancel"), ("Ctrl+N", "start_new")):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda action=action: getattr(self.page, action)())

        self.watch_timer = QTimer(self, interval=WATCH_MS)
        self.watch_timer.timeout.connect(self._poll)
        self.watcher.changed()  # now is the baseline: the first page loads below
        self.watch_timer.start()

    @property
    def page(self) -> EntityPage | RunningTextPage:
        return self.pages.currentWidget()

    def show_area(self, area: str) -> EntityPage | RunningTextPage:
        """Go to the page of `area` ("service", "staff", ...), as a click in the list does."""
        for index in range(self.pages.count()):
            if self.pages.widget(index).area == area:
                self.areas.setCurrentRow(index)
                return self.pages.widget(index)
        raise KeyError(area)

    def _area_chosen(self, index: int) -> None:
        page = self.pages.widget(index)  # the page left keeps its unsaved edits for later
        self.pages.setCurrentIndex(index)
        if page not in self._loaded:
            self._loaded.add(page)
            page.reload()

    def _poll(self) -> None:
        if self.db.busy or not self.isVisible():
            return
        if self.watcher.changed() and not self.page.dirty():
            self.page.reload()
            # the other pages read again when next shown
            self._loaded = {self.page}

    def closeEvent(self, event) -> None:
        self.watch_timer.stop()
        self.db.wait(10)
        self.db.stop()
        self.watcher.close()
        super().closeEvent(event)
