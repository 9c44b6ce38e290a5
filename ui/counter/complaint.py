"""The counter's complaint dialog (Ctrl+K): staff type a walk-in complaint, a letter
(kanal surat) or a phone call (telepon), file it, and hand the citizen the receipt:
printed on the station's printer, or saved as an A4 PDF.

The form is ui.complaint_form.ComplaintForm. What is wrong is shown next to its
field before anything is sent (check_intake), and what only the database can tell
(an unknown ticket, a ticket of another agency) comes back to the same fields;
nothing is stored until every problem is gone. Filing and printing run on the
window's TaskRunners. Texts are in the contexts "Complaint" and "Counter".
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.auth import SignedIn
from app.catalog import AgencyView
from app.complaints import FiledComplaint
from app.counter import CounterDesk, QueuedTicket
from app.errors import InvalidInput, MppError
from app.fmt import long_date
from app.printing import ticket_qr_payload
from ui.complaint_form import ComplaintForm, problems_by_field, warning_text
from ui.kiosk.style import BLUE, GREEN, INK, MUTED, PAPER, RED
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

AMBER_INK = "#6B4200"  # on AMBER_BACK: 7.9:1
AMBER_BACK = "#FFF3D1"


def dialog_style() -> str:
    return f"""
QDialog#complaint-dialog {{ background: {PAPER}; }}
QLabel[kind="title"] {{ font-size: 24px; font-weight: bold; }}
QLabel[kind="field"] {{ font-size: 15px; color: {MUTED}; }}
QLabel[kind="count"] {{ font-size: 14px; color: {MUTED}; }}
QLabel[kind="count"][over="true"] {{ color: {RED}; font-weight: bold; }}
QLabel[kind="error"] {{ font-size: 15px; color: {RED}; font-weight: bold; }}
QLabel[kind="warning"] {{ font-size: 15px; color: {AMBER_INK}; background: {AMBER_BACK}; font-weight: bold;
    border: 1px solid #D9A63A; border-radius: 6px; padding: 6px 10px; }}
QLabel[kind="nomor"] {{ font-size: 56px; font-weight: bold; color: {BLUE}; }}
QLabel[kind="good"] {{ font-size: 17px; font-weight: bold; color: {GREEN}; }}
QLabel[kind="body"] {{ font-size: 17px; color: {INK}; }}
QLineEdit, QComboBox, QDateEdit, QTimeEdit {{ font-size: 16px; padding: 5px 8px; border: 1px solid #8896A5;
    border-radius: 6px; background: white; }}
QPlainTextEdit {{ font-size: 16px; border: 1px solid #8896A5; border-radius: 6px; background: white; }}
QRadioButton, QCheckBox {{ font-size: 16px; }}
QPushButton {{ min-height: 44px; }}
QPushButton[kind="quiet"] {{ background: white; color: {BLUE}; border: 2px solid {BLUE}; }}
"""


def fault_text(error: Exception) -> str:
    code = getattr(error, "code", None)
    texts = {
        "no_printer": translate("Complaint", "No receipt printer is set up for this station. Save the A4 PDF "
                                             "instead."),
        "printer_offline": translate("Complaint", "The printer does not answer. Check it is on and connected."),
        "printer_no_paper": translate("Complaint", "The printer is out of paper."),
    }  # fmt: skip
    if code in texts:
        return texts[code]
    message = error.message if isinstance(error, MppError) else str(error)
    return translate("Complaint", "The receipt was not printed: {reason}").format(reason=message)


class ComplaintDialog(QDialog):
    """Intake, then the number and the receipt. Opened with open(), never exec(): the
    desk behind it keeps refreshing."""

    filed = Signal(object)  # FiledComplaint

    def __init__(
        self,
        desk: CounterDesk,
        db: TaskRunner,
        printer: TaskRunner,
        staff: SignedIn,
        catalog: list[AgencyView],
        today: date,
        current: QueuedTicket | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("complaint-dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(dialog_style())
        self.desk, self.db, self.printer, self.staff = desk, db, printer, staff
        self.language = desk.config.language
        self.current = current
        self.complaint: FiledComplaint | None = None
        self.filing = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        # the form
        self.form_page = QWidget()
        page = QVBoxLayout(self.form_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(10)
        self.title = label(kind="title")
        page.addWidget(self.title)
        self.form = ComplaintForm()
        self.form.set_catalog(catalog)
        self.form.set_today(today)
        self.form.changed.connect(self._form_changed)
        page.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        self.summary = label(kind="error")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel = button("", "quiet")
        self.cancel.clicked.connect(self.reject)
        self.submit = button("", "primary")
        self.submit.clicked.connect(self.file)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.cancel)
        bottom.addWidget(self.submit)
        page.addLayout(bottom)
        self.stack.addWidget(self.form_page)

        # the number and the receipt
        self.filed_page = QWidget()
        done = QVBoxLayout(self.filed_page)
        done.setContentsMargins(0, 0, 0, 0)
        done.setSpacing(12)
        self.filed_title = label(kind="title")
        self.nomor_caption = label(kind="field")
        self.nomor = label(kind="nomor", wrap=False)
        self.nomor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dates = label(kind="body")
        self.warnings = label(kind="warning")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.receipt_caption = label(kind="field")
        receipt_row = QHBoxLayout()
        self.print_receipt = button("", "primary")
        self.print_receipt.clicked.connect(self.print_thermal)
        self.save_pdf = button("", "")
        self.save_pdf.clicked.connect(self.save_a4)
        receipt_row.addWidget(self.print_receipt)
        receipt_row.addWidget(self.save_pdf)
        receipt_row.addStretch(1)
        self.receipt_status = label(kind="body")
        self.receipt_status.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.filed_title, self.nomor_caption, self.nomor, self.dates, self.warnings,
                       self.receipt_caption):
            done.addWidget(widget)
        done.addLayout(receipt_row)
        done.addWidget(self.receipt_status)
        done.addStretch(1)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        self.another = button("", "quiet")
        self.another.clicked.connect(self.new_complaint)
        self.close_button = button("", "")
        self.close_button.clicked.connect(self.accept)
        end_row.addWidget(self.another)
        end_row.addWidget(self.close_button)
        done.addLayout(end_row)
        self.stack.addWidget(self.filed_page)

        for widget in (self.cancel, self.submit, self.print_receipt, self.save_pdf, self.another, self.close_button):
            widget.setAutoDefault(False)  # Enter in a field never files, prints or closes
            widget.setDefault(False)
        self.file_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.file_shortcut.activated.connect(self.file)

        self._prefill()
        self.retranslate()
        self.resize(1300, 700)

    def _prefill(self) -> None:
        ticket = self.current
        if ticket is None:
            return
        agency = next((a.code for a in self.form.catalog for s in a.services if s.code == ticket.service_code), None)
        self.form.prefill(agency=agency, service=ticket.service_code,
                          ticket=(ticket.code, ticket_qr_payload(ticket.id)))  # fmt: skip

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Complaint", "New complaint"))
        self.title.setText(translate("Complaint", "New complaint (pengaduan)"))
        self.form.retranslate()
        self.cancel.setText(translate("Complaint", "Cancel"))
        self.submit.setText(translate("Complaint", "File the complaint") + "  (Ctrl+Enter)")
        self.filed_title.setText(translate("Complaint", "The complaint is filed"))
        self.nomor_caption.setText(translate("Complaint", "Complaint number: give it to the citizen"))
        self.receipt_caption.setText(translate("Complaint", "The citizen's receipt, with the number and its QR code:"))
        self.print_receipt.setText(translate("Complaint", "Print the receipt"))
        self.save_pdf.setText(translate("Complaint", "Save the A4 receipt (PDF)…"))
        self.another.setText(translate("Complaint", "Another complaint"))
        self.close_button.setText(translate("Complaint", "Close"))

    # --- filing ----------------------------------------------------------------------------

    def _form_changed(self) -> None:
        if self.summary.text() and not self.filing:
            self.summary.clear()

    def file(self) -> None:
        if self.filing or self.stack.currentWidget() is not self.form_page:
            return
        draft = self.form.draft()
        problems = draft.problems()
        if problems:
            self._refused(problems)
            return
        self.filing = True
        self.submit.setEnabled(False)
        self.summary.setText("")
        intake, staff = draft.intake(), self.staff

        def done(filed: FiledComplaint) -> None:
            self.filing = False
            self.submit.setEnabled(True)
            self._show_filed(filed)

        def failed(error: Exception) -> None:
            self.filing = False
            self.submit.setEnabled(True)
            problems = error.details.get("problems") if isinstance(error, InvalidInput) else None
            if problems:
                self._refused(problems)
            else:
                if not isinstance(error, MppError):
                    log.error("filing a complaint failed", exc_info=error)
                message = error.message if isinstance(error, MppError) else str(error)
                self.summary.setText(
                    translate("Complaint", "The complaint was not stored: {reason}").format(reason=message))

        self.db.run(lambda: self.desk.file_complaint(intake, staff), done, failed)

    def _refused(self, problems) -> None:
        elsewhere = self.form.show_problems(problems)
        count = len(problems_by_field(problems))
        text = translate("Complaint", "Nothing was stored. Please correct the marked fields ({count}).").format(
            count=count)
        self.summary.setText("\n".join([text, *elsewhere]))

    def _show_filed(self, filed: FiledComplaint) -> None:
        self.complaint = filed
        self.nomor.setText(filed.nomor)
        lines = []
        if filed.stage_due:
            lines.append(translate("Complaint", "Verified by {date}").format(date=long_date(filed.stage_due)))
        lines.append(translate("Complaint", "Settled by {date} (working days)").format(
            date=long_date(filed.settle_due)))
        self.dates.setText("\n".join(lines))
        warnings = [warning_text(w) for w in filed.warnings]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.receipt_status.setText("")
        self.stack.setCurrentWidget(self.filed_page)
        self.print_receipt.setFocus()
        self.filed.emit(filed)

    # --- the receipt -------------------------------------------------------------------------

    def _receipt_status(self, text: str, kind: str) -> None:
        self.receipt_status.setText(text)
        self.receipt_status.setProperty("kind", kind)
        self.receipt_status.style().unpolish(self.receipt_status)
        self.receipt_status.style().polish(self.receipt_status)

    def print_thermal(self) -> None:
        if self.complaint is None or self.printer.busy:
            return
        receipt, language = self.complaint.receipt, self.language
        self._receipt_status(translate("Complaint", "Printing…"), "body")

        def done(printer: str) -> None:
            self._receipt_status(translate("Complaint", "The receipt was printed."), "good")

        def failed(error: Exception) -> None:
            if not isinstance(error, MppError):
                log.error("printing a complaint receipt failed", exc_info=error)
            self._receipt_status(fault_text(error), "error")

        self.printer.run(lambda: self.desk.print_complaint_receipt(receipt, language), done, failed)

    def save_a4(self) -> None:
        if self.complaint is None or self.printer.busy:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Complaint", "Save the A4 receipt"), f"{self.complaint.nomor}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        receipt, language = self.complaint.receipt, self.language
        self._receipt_status(translate("Complaint", "Saving…"), "body")

        def done(saved) -> None:
            self._receipt_status(translate("Complaint", "Saved: {path}").format(path=str(saved)), "good")

        def failed(error: Exception) -> None:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._receipt_status(translate("Complaint", "The PDF was not saved: {reason}").format(reason=reason),
                                 "error")  # fmt: skip

        self.printer.run(lambda: self.desk.save_complaint_receipt(receipt, path, language), done, failed)

    # --- after ---------------------------------------------------------------------------------

    def new_complaint(self) -> None:
        """An empty form for the next complaint (the same channel)."""
        kanal = self.form.kanal.currentIndex()
        self.form.reset()
        self.form.kanal.setCurrentIndex(kanal)
        self.current = None
        self.complaint = None
        self.summary.clear()
        self.stack.setCurrentWidget(self.form_page)
        self.form.inputs["nama"].setFocus()

    def keyPressEvent(self, event) -> None:
        # Escape would throw away a half-typed complaint: only Cancel does that
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.form_page:
            event.accept()
            return
        super().keyPressEvent(event)
