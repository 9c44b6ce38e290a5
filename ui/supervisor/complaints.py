""""Pengaduan": the complaints desk. Every complaint the role may see, open ones
first with the overdue at the top in red (app.supervisor.SupervisorDesk.complaints);
a complaint opens in a dialog with what it says, its history and the stages it
may move to (app.complaints.advance: the same rules as `mpp complaint advance`).

Personal data stays hidden until asked for: the list never carries it, the
dialog opens without it (personal=False logs nothing), and "Show the name"
fetches what the role may see, which app.complaints logs. Texts a citizen typed
are shown as plain text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.complaints import FINAL_STAGES, NOTE_MAX, ComplaintSummary, ComplaintView, access_for
from app.errors import MppError
from ui.complaint_form import field_label, identitas_text, kanal_text, stage_text
from ui.kiosk.style import RED
from ui.supervisor.common import refusal_text, whole
from ui.supervisor.style import RED_BACK, supervisor_style
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
COLUMNS = 7


def happened_text(view: ComplaintView) -> str | None:
    """"Senin, 9 November 2026", with the time when the complainant gave one ("... 10.30")."""
    if view.tanggal_kejadian is None:
        return view.waktu_kejadian
    text = fmt.long_date(view.tanggal_kejadian)
    moment = (view.waktu_kejadian or "")[11:16]
    return f"{text} {moment.replace(':', '.')}" if moment else text


def due_text(row) -> str:
    return fmt.long_date(row.due) if row.due else "—"


class ComplaintsPage(QWidget):
    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.rows: list[ComplaintSummary] = []
        self.dialog: ComplaintDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.heading = label(kind="section", wrap=False)
        self.open_only = QCheckBox()
        self.open_button = button("", "action")
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.open_only)
        top.addSpacing(12)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.table = QTreeWidget()
        self.table.setColumnCount(COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.table.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.open_button.clicked.connect(self.open_selected)
        self.open_only.toggled.connect(lambda _on: self._fill())
        self._enable()

    def retranslate(self) -> None:
        self.open_only.setText(translate("Supervisor", "Open complaints only"))
        self.open_button.setText(translate("Supervisor", "Open the complaint"))
        self.table.setHeaderLabels([
            translate("Supervisor", "Number"), translate("Supervisor", "Stage"), translate("Supervisor", "Agency"),
            translate("Supervisor", "Filed"), translate("Supervisor", "Next deadline"),
            translate("Supervisor", "Overdue by"), translate("Supervisor", "Channel"),
        ])  # fmt: skip
        self._fill()

    def refresh(self) -> None:
        host = self.host
        if host.staff is None:
            return
        staff = host.staff
        host.db.run(lambda: host.desk.complaints(staff), self.show_rows,
                    lambda error: self.heading.setText(refusal_text(error)))

    def show_rows(self, rows: list[ComplaintSummary]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        rows = self.rows
        open_rows = [r for r in rows if r.stage not in FINAL_STAGES]
        overdue = sum(1 for r in open_rows if r.overdue)
        self.heading.setText(
            translate("Supervisor", "%n complaint(s)", "", len(rows)) + " · "
            + translate("Supervisor", "%n open", "", len(open_rows)) + " · "
            + translate("Supervisor", "%n overdue", "", overdue)
        )
        selected = self.selected()
        self.table.clear()
        for row in (open_rows if self.open_only.isChecked() else rows):
            agency = row.agency_name or translate("Supervisor", "(confidential)")
            if row.service_name:
                agency += f" · {row.service_name}"
            late = translate("Supervisor", "%n day(s)", "", row.overdue_days) if row.overdue else ""
            item = QTreeWidgetItem([row.nomor, stage_text(row.stage), agency, fmt.long_date(row.filed_date),
                                    due_text(row), late, kanal_text(row.kanal)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.nomor)
            if row.overdue:
                for column in range(COLUMNS):
                    item.setBackground(column, QBrush(QColor(RED_BACK)))
                    item.setForeground(column, QBrush(QColor(RED)))
                font = item.font(0)
                font.setBold(True)
                for column in (0, 4, 5):
                    item.setFont(column, font)
            self.table.addTopLevelItem(item)
            if row.nomor == selected:
                item.setSelected(True)
        self._enable()

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _enable(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> None:
        nomor = self.selected()
        if nomor is None or self.host.staff is None:
            return
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ComplaintDialog(self.host, nomor, self)
        self.dialog.changed.connect(self.refresh)
        self.dialog.open()


class ComplaintDialog(QDialog):
    """One complaint: what it says, its history, and its next stage. Opened with open()."""

    changed = Signal()  # the complaint moved on (the list refreshes)
    loaded = Signal()  # its view arrived (tests wait on it)

    def __init__(self, host, nomor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.nomor = nomor
        self.view: ComplaintView | None = None
        self.personal = False
        self.setObjectName("complaint-view")
        self.setStyleSheet(supervisor_style())
        self.setWindowTitle(translate("Supervisor", "Complaint %1").replace("%1", nomor))
        self.resize(1100, 680)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)

        left = QVBoxLayout()
        self.title = label(kind="title", wrap=False)
        self.stage = label(kind="section")
        self.due = label(kind="body")
        left.addWidget(self.title)
        left.addWidget(self.stage)
        left.addWidget(self.due)
        scroll = QScrollArea(objectName="details")
        scroll.setWidgetResizable(True)
        body = QWidget(objectName="details-body")
        self.fields = QFormLayout(body)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields.setVerticalSpacing(8)
        scroll.setWidget(body)
        left.addWidget(scroll, 1)
        self.show_name = button("", "quiet")
        left.addWidget(self.show_name)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        self.history_caption = label(kind="caption")
        self.history = QTreeWidget()
        self.history.setColumnCount(3)
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        right.addWidget(self.history_caption)
        right.addWidget(self.history, 1)
        self.advance_box = QFrame(objectName="card")
        form = QVBoxLayout(self.advance_box)
        form.setContentsMargins(14, 10, 14, 10)
        self.to_label = label(kind="field")
        self.to = QComboBox()
        self.agency_label = label(kind="field")
        self.agency = QComboBox()
        self.forwarded_label = label(kind="field")
        self.forwarded = QLineEdit()
        self.forwarded.setMaxLength(200)
        self.note_label = label(kind="field")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(84)
        self.public = QCheckBox()
        self.apply = button("", "primary")
        for widget in (self.to_label, self.to, self.agency_label, self.agency, self.forwarded_label, self.forwarded,
                       self.note_label, self.note, self.public, self.apply):
            form.addWidget(widget)
        right.addWidget(self.advance_box)
        self.message = label(kind="message")
        right.addWidget(self.message)
        self.close_button = button("", "quiet")
        right.addWidget(self.close_button)
        layout.addLayout(right, 2)

        self.to.currentIndexChanged.connect(self._target_changed)
        self.apply.clicked.connect(self.advance)
        self.show_name.clicked.connect(lambda: self.load(personal=True))
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.load()
        host.db.run(host.desk.agencies, self._show_agencies)

    def retranslate(self) -> None:
        self.show_name.setText(translate("Supervisor", "Show the complainant's name"))
        self.history_caption.setText(translate("Supervisor", "History"))
        self.history.setHeaderLabels([translate("Supervisor", "When"), translate("Supervisor", "Stage"),
                                      translate("Supervisor", "Note")])
        self.to_label.setText(translate("Supervisor", "Move to"))
        self.agency_label.setText(translate("Supervisor", "Agency"))
        self.forwarded_label.setText(translate("Supervisor", "Forwarded to (e.g. SP4N-LAPOR!)"))
        self.note_label.setText(translate("Supervisor", "Note (the outcome, or the reason)"))
        self.public.setText(translate("Supervisor", "A reply the citizen sees at the kiosk"))
        self.apply.setText(translate("Supervisor", "Move the complaint"))
        self.close_button.setText(translate("Supervisor", "Close"))

    # --- reading ---------------------------------------------------------------------------------

    def load(self, personal: bool | None = None) -> None:
        host, staff = self.host, self.host.staff
        if staff is None:
            return
        if personal is not None:
            self.personal = personal
        want, nomor = self.personal, self.nomor
        host.db.run(lambda: host.desk.complaint(nomor, staff, personal=want), self.show_view, self._failed)

    def _show_agencies(self, agencies) -> None:
        self.agency.clear()
        for agency in agencies:
            self.agency.addItem(agency.name, agency.code)

    def show_view(self, view: ComplaintView) -> None:
        self.view = view
        self.title.setText(view.nomor)
        self.stage.setText(stage_text(view.stage))
        if view.due is None:
            self.due.setText(translate("Supervisor", "Closed on %1").replace("%1", fmt.long_date(
                view.closed_at.astimezone(self.host.zone).date())) if view.closed_at else "")
        elif view.overdue:
            self.due.setText(translate("Supervisor", "Overdue: the deadline was %1").replace(
                "%1", fmt.long_date(view.due)))
        else:
            self.due.setText(translate("Supervisor", "Next deadline: %1").replace("%1", fmt.long_date(view.due)))
        self.due.setProperty("kind", "error" if view.overdue else "body")
        self.due.style().unpolish(self.due)
        self.due.style().polish(self.due)
        self._fill_fields(view)
        self._fill_history(view)
        self.to.blockSignals(True)
        self.to.clear()
        for stage in view.next_stages:
            self.to.addItem(stage_text(stage), stage)
        self.to.blockSignals(False)
        self.advance_box.setVisible(bool(view.next_stages))
        self._target_changed()
        may_see = access_for(self.host.staff.role, view.identitas).personal if self.host.staff else ()
        self.show_name.setVisible(not view.shown and any(f in may_see for f in view.held))
        self.loaded.emit()

    def _fill_fields(self, view: ComplaintView) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)

        def add(name: str, value) -> None:
            if value in (None, ""):
                return
            text = label(str(value), "body")
            text.setTextFormat(Qt.TextFormat.PlainText)  # as the citizen typed it
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label(name, "field"), text)

        add(field_label("identitas"), identitas_text(view.identitas)[0])
        add(field_label("kanal"), kanal_text(view.kanal))
        add(translate("Supervisor", "Filed"), fmt.long_date(view.filed_date))
        if view.restricted:
            add(translate("Supervisor", "Content"),
                translate("Supervisor", "Confidential: only the complaint unit may read this complaint."))
            return
        for field in view.shown:
            add(field_label(field), getattr(view.identity, field))
        if view.withheld:
            add(translate("Supervisor", "Not shown to your role"), ", ".join(field_label(f) for f in view.withheld))
        add(field_label("instansi"), view.agency_name)
        add(field_label("layanan"), view.service_name)
        add(field_label("tiket"), view.ticket)
        add(field_label("waktu_kejadian"), happened_text(view))
        add(field_label("tempat"), view.tempat)
        add(field_label("uraian"), view.uraian)
        add(field_label("kerugian"), view.kerugian)
        add(field_label("tuntutan"), view.tuntutan)
        add(translate("Supervisor", "Forwarded to"), view.forwarded_to)
        if view.late:
            add(translate("Supervisor", "Late"), translate("Supervisor", "Filed more than 30 days after the event"))

    def _fill_history(self, view: ComplaintView) -> None:
        self.history.clear()
        zone = self.host.zone
        for event in view.history:
            when = f"{fmt.long_date(event.at.astimezone(zone).date())} {fmt.clock_time(event.at, zone)}"
            note = event.note or ""
            if event.public and note:
                note = translate("Supervisor", "(public) %1").replace("%1", note)
            item = QTreeWidgetItem([when, stage_text(event.to_stage), note])
            item.setToolTip(2, f"{event.actor}: {note}" if note else event.actor)
            self.history.addTopLevelItem(item)
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)

    # --- moving it on ----------------------------------------------------------------------------

    def _target_changed(self) -> None:
        to = self.to.currentData()
        self.agency_label.setVisible(to == "didisposisikan")
        self.agency.setVisible(to == "didisposisikan")
        if to == "didisposisikan" and self.view is not None:
            code = self.view.disposed_agency_code or self.view.agency_code
            self.agency.setCurrentIndex(max(0, self.agency.findData(code)))
        self.forwarded_label.setVisible(to == "bukan_wewenang")
        self.forwarded.setVisible(to == "bukan_wewenang")
        always_public = to in ("selesai", "ditolak", "bukan_wewenang")
        self.public.setChecked(always_public or self.public.isChecked())
        self.public.setEnabled(not always_public)

    def advance(self) -> None:
        host, staff, view = self.host, self.host.staff, self.view
        to = self.to.currentData()
        if staff is None or view is None or to is None or not self.apply.isEnabled():
            return
        note = self.note.toPlainText().strip()
        if len(note) > NOTE_MAX:
            self._message(translate("Supervisor", "The note is too long: at most %1 characters.")
                          .replace("%1", whole(NOTE_MAX)), "error")
            return
        agency = self.agency.currentData() if to == "didisposisikan" else None
        forwarded = self.forwarded.text().strip() if to == "bukan_wewenang" else None
        public = self.public.isChecked()
        self.apply.setEnabled(False)

        def done(change) -> None:
            self.apply.setEnabled(True)
            self.note.clear()
            self.forwarded.clear()
            self._message(translate("Supervisor", "Moved to: %1").replace("%1", stage_text(change.stage)), "good")
            self.changed.emit()
            self.load()

        def failed(error: Exception) -> None:
            self.apply.setEnabled(True)
            self._failed(error)

        host.db.run(lambda: host.desk.advance_complaint(view.nomor, to, staff, note=note, public=public,
                                                        agency=agency, forwarded_to=forwarded), done, failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, MppError):
            log.error("complaint desk", exc_info=error)
        self._message(refusal_text(error), "error")

    def _message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
