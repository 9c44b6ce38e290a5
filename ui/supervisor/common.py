"""What the supervisor's tabs share: refusals in the user's language, Indonesian
numbers, the figure card, a date field, and the file dialog opened with open()."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFrame, QVBoxLayout, QWidget

from app import fmt
from app.errors import MppError
from ui.widgets import label, restyle

translate = QCoreApplication.translate
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def refusal_text(error: Exception) -> str:
    """A refusal in the user's language, by its code; the English message otherwise."""
    code = getattr(error, "code", None)
    details = getattr(error, "details", {}) or {}
    texts = {
        "bad_credentials": translate("Supervisor", "Wrong username or password. %n more tries before a lock.", "",
                                     details.get("tries_left", 0)),
        "locked": translate("Supervisor", "Too many wrong passwords. Signing in is locked for a few minutes."),
        "missing_credentials": translate("Supervisor", "Type your username and your password or PIN."),
        "wrong_role": translate("Supervisor", "Only supervisors and administrators may sign in here."),
        "future_day": translate("Supervisor", "That day has not come yet."),
        "closed_day": translate("Supervisor", "The MPP was closed that day: there is nothing to report."),
        "forbidden": translate("Supervisor", "Your role may not do that."),
        "bad_transition": translate("Supervisor", "The complaint cannot go to that stage now."),
        "note_required": translate("Supervisor", "Write the outcome or the reason in the note first."),
        "forwarded_to_required": translate("Supervisor", "Say where the complaint was forwarded."),
        "agency_required": translate("Supervisor", "Choose the agency the complaint goes to."),
        "same_agency": translate("Supervisor", "The complaint is already with that agency."),
        "no_key": translate("Supervisor", "This station has no key to read personal data."),
    }
    if code in texts:
        return texts[code]
    if isinstance(error, MppError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return translate("Supervisor", "The file could not be written: %1").replace("%1", error.strerror)
    return translate("Supervisor", "Something went wrong: %1").replace("%1", str(error))


def whole(n: int) -> str:
    """1234 -> "1.234"."""
    return f"{n:,}".replace(",", ".")


def minutes_text(n: int) -> str:
    return translate("Supervisor", "%n min", "", n)


def percent(value: float | None) -> str:
    return "—" if value is None else fmt.decimal(value, 1) + "%"


class Card(QFrame):
    """One figure with its title and a line below; `alert` paints it red (overdue)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("alert", "false")
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = label(kind="card-title")
        self.value = label(kind="card-value", wrap=False)
        self.detail = label(kind="card-detail")
        for part in (self.title, self.value, self.detail):
            layout.addWidget(part)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", alert: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        flag = "true" if alert else "false"
        if self.property("alert") != flag:
            self.setProperty("alert", flag)
            restyle(self)


def date_field(day: date | None = None) -> QDateEdit:
    """A date with a calendar, written the Indonesian way ("23 November 2026")."""
    field = QDateEdit()
    field.setLocale(INDONESIAN)
    field.setCalendarPopup(True)
    field.setDisplayFormat("d MMMM yyyy")
    if day is not None:
        field.setDate(QDate(day.year, day.month, day.day))
    return field


def day_of(field: QDateEdit) -> date:
    value = field.date()
    return date(value.year(), value.month(), value.day())


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str,
                  chosen: Callable[[str], None]) -> QFileDialog:
    """A save dialog opened with open() (the window keeps refreshing behind it); kept
    on the parent as `file_dialog` so a test can fill it in as a person would."""
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    parent.file_dialog = dialog
    dialog.open()
    return dialog
