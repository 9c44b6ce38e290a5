""""Ekspor": tickets, survey responses or complaints of a range of days, as CSV
or XLSX (app.export.export_table), written where the user chooses. Personal data
appears only as far as the signed-in role may see it; app.export decides."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFrame, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from app.errors import MppError
from ui.supervisor.common import ask_save_path, date_field, day_of, refusal_text
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FORMATS = ("csv", "xlsx")


def kind_text(kind: str) -> str:
    return {
        "tickets": translate("Supervisor", "Queue tickets"),
        "survey": translate("Supervisor", "Survey responses (SKM)"),
        "complaints": translate("Supervisor", "Complaints (SP4N-LAPOR! columns)"),
    }.get(kind, kind)


class ExportPage(QWidget):
    exported = Signal(object)  # the number of rows written (tests wait on it)

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.file_dialog = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        box = QFrame(objectName="card")
        box.setFixedWidth(560)
        form = QVBoxLayout(box)
        form.setContentsMargins(24, 18, 24, 18)
        form.setSpacing(8)
        self.title = label(kind="section")
        self.kind_label = label(kind="field")
        self.kind = QComboBox()
        self.start_label = label(kind="field")
        self.start = date_field()
        self.end_label = label(kind="field")
        self.end = date_field()
        self.format_label = label(kind="field")
        formats = QHBoxLayout()
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for index, name in enumerate(FORMATS):
            choice = QRadioButton(name.upper())
            self.formats.addButton(choice, index)
            self.format_buttons[name] = choice
            formats.addWidget(choice)
        formats.addStretch(1)
        self.format_buttons["xlsx"].setChecked(True)
        self.privacy = label(kind="note")
        self.export = button("", "primary")
        self.status = label(kind="message")
        for widget in (self.title, self.kind_label, self.kind, self.start_label, self.start, self.end_label,
                       self.end, self.format_label):
            form.addWidget(widget)
        form.addLayout(formats)
        for widget in (self.privacy, self.export, self.status):
            form.addWidget(widget)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)
        self.export.clicked.connect(self.ask_path)

    def retranslate(self) -> None:
        self.title.setText(translate("Supervisor", "Export data"))
        self.kind_label.setText(translate("Supervisor", "What"))
        self.start_label.setText(translate("Supervisor", "From"))
        self.end_label.setText(translate("Supervisor", "To"))
        self.format_label.setText(translate("Supervisor", "File type"))
        self.privacy.setText(translate(
            "Supervisor", "Personal data is written only as far as your role may see it, and every export of it "
            "is recorded."))  # fmt: skip
        self.export.setText(translate("Supervisor", "Export…"))
        kinds = self.host.desk.export_kinds()
        current = self.kind.currentData()
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.export.setEnabled(bool(kinds))
        if not kinds:
            self.status.setText(translate("Supervisor", "Export is not available in this version."))

    def set_today(self, today: date) -> None:
        last = QDate(today.year, today.month, today.day)
        for field in (self.start, self.end):
            field.setMaximumDate(last)
        self.end.setDate(last)
        self.start.setDate(QDate(today.year, today.month, 1))

    def choice(self) -> tuple[str, date, date, str]:
        return self.kind.currentData(), day_of(self.start), day_of(self.end), FORMATS[self.formats.checkedId()]

    def ask_path(self) -> None:
        if self.host.staff is None or not self.export.isEnabled():
            return
        kind, start, end, suffix = self.choice()
        if start > end:
            self._status(translate("Supervisor", "The first day comes after the last."), "error")
            return
        name = f"{kind}-{start.isoformat()}-sd-{end.isoformat()}.{suffix}"
        filters = "CSV (*.csv)" if suffix == "csv" else "Excel (*.xlsx)"

        def chosen(path: str) -> None:
            if path:
                target = Path(path)
                if target.suffix.lower() != f".{suffix}":
                    target = target.with_name(target.name + f".{suffix}")
                self.write(kind, start, end, target)

        ask_save_path(self, translate("Supervisor", "Export to"), name, filters, chosen)

    def write(self, kind: str, start: date, end: date, path: Path) -> None:
        host, staff = self.host, self.host.staff
        self.export.setEnabled(False)
        self._status(translate("Supervisor", "Exporting…"), "message")

        def done(rows: int) -> None:
            self.export.setEnabled(True)
            self._status(translate("Supervisor", "%n row(s) written to %1", "", rows).replace("%1", str(path)),
                         "good")
            self.exported.emit(rows)

        def failed(error: Exception) -> None:
            if not isinstance(error, (MppError, OSError)):
                log.error("export failed", exc_info=error)
            self.export.setEnabled(True)
            self._status(refusal_text(error), "error")

        host.db.run(lambda: host.desk.export(kind, start, end, path, staff), done, failed)

    def _status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
