""""Laporan": the daily summary (and, once app.period is there, week, month and
range reports) built off the UI thread with its steps shown, previewed page by
page (QtPdf), printed through the Qt print dialog and saved as a PDF.

The figures are read on the window's database worker, the PDF is drawn on its
file worker (so the live view keeps refreshing meanwhile), and the preview
loads the finished file. Printing renders each PDF page to the printer at up
to 300 dpi on the whole sheet (the PDF carries its own margins).
"""

from __future__ import annotations

import itertools
import logging
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from app import fmt
from app.errors import MppError
from app.supervisor import month_of, week_of
from ui.supervisor.common import ask_save_path, date_field, day_of, refusal_text
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PRINT_DPI = 300  # enough for text and charts on paper; a 600 dpi page image is 140 MB
STEPS = 3  # the figures, the PDF, the preview


class ReportPage(QWidget):
    # emitted when a report is on screen (tests wait on it)
    ready = Signal()

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host  # the window: its desk, its workers
        self.folder = tempfile.TemporaryDirectory(prefix="mpp-report-")
        self._names = itertools.count(1)
        self.summary = None  # the figures of the report on screen
        self.pdf_path: Path | None = None
        self.suggested_name = ""
        self.file_dialog = None
        self.print_dialog = None
        self.printer = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(18)
        side = QFrame(objectName="card")
        side.setFixedWidth(330)
        controls = QVBoxLayout(side)
        controls.setContentsMargins(16, 14, 16, 14)
        controls.setSpacing(8)
        self.title = label(kind="section")
        self.kind_label = label(kind="field")
        self.kind = QComboBox()
        self.day_label = label(kind="field")
        self.day = date_field()
        self.end_label = label(kind="field")
        self.end = date_field()
        self.span = label(kind="note")
        self.build = button("", "primary")
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.status = label(kind="message")
        self.print_button = button("", "action")
        self.save_button = button("", "quiet")
        for widget in (self.title, self.kind_label, self.kind, self.day_label, self.day, self.end_label, self.end,
                       self.span, self.build, self.progress, self.status):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        controls.addWidget(self.save_button)
        layout.addWidget(side)

        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.day.dateChanged.connect(self._show_span)
        self.end.dateChanged.connect(self._show_span)
        self.build.clicked.connect(self.make_report)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self._set_ready(False)
        self.progress.hide()

    def retranslate(self) -> None:
        self.title.setText(translate("Supervisor", "Reports"))
        self.kind_label.setText(translate("Supervisor", "Report"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(translate("Supervisor", "Daily summary"), "day")
        if self.host.desk.has_period_reports():
            self.kind.addItem(translate("Supervisor", "Week (Monday to Sunday)"), "week")
            self.kind.addItem(translate("Supervisor", "Month"), "month")
            self.kind.addItem(translate("Supervisor", "Any range of days"), "range")
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.end_label.setText(translate("Supervisor", "To"))
        self.build.setText(translate("Supervisor", "Make the report"))
        self.print_button.setText(translate("Supervisor", "Print…"))
        self.save_button.setText(translate("Supervisor", "Save as PDF…"))
        self._kind_changed()

    def set_today(self, today: date) -> None:
        """The newest day a report may cover; the fields start there."""
        for field in (self.day, self.end):
            field.setMaximumDate(QDate(today.year, today.month, today.day))
            field.setDate(field.maximumDate())

    # --- the period ----------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        ranged = kind == "range"
        self.day_label.setText(translate("Supervisor", "From") if ranged else
                               translate("Supervisor", "Any day of the month") if kind == "month" else
                               translate("Supervisor", "Any day of the week") if kind == "week" else
                               translate("Supervisor", "Day"))  # fmt: skip
        self.end_label.setVisible(ranged)
        self.end.setVisible(ranged)
        self._show_span()

    def period(self) -> tuple[str, date, date]:
        """(kind, first day, last day). A week or month still running is counted up to
        now by app.period, under its own name ("November 2026")."""
        kind = self.kind.currentData() or "day"
        day = day_of(self.day)
        if kind == "day":
            return kind, day, day
        if kind == "range":
            return kind, day, day_of(self.end)
        start, end = week_of(day) if kind == "week" else month_of(day)
        return kind, start, end

    def _show_span(self) -> None:
        kind, start, end = self.period()
        if kind == "day":
            self.span.setText("")
        elif start > end:
            self.span.setText(translate("Supervisor", "The first day comes after the last."))
        else:
            self.span.setText(f"{fmt.long_date(start)} –\n{fmt.long_date(end)}")

    # --- making it -----------------------------------------------------------------------------

    def make_report(self) -> None:
        host = self.host
        if host.staff is None or not self.build.isEnabled():
            return
        kind, start, end = self.period()
        if start > end:
            self._failed(MppError(translate("Supervisor", "The first day comes after the last.")))
            return
        self.build.setEnabled(False)
        self._set_ready(False)
        self.progress.setValue(0)
        self.progress.show()
        self._status(translate("Supervisor", "Reading the figures…"), "message")
        path = Path(self.folder.name) / f"report-{next(self._names)}.pdf"
        if kind == "day":
            name = f"ringkasan-harian-{start.isoformat()}.pdf"
            read, draw = (lambda: host.desk.daily_summary(start)), host.desk.render_daily
        else:
            name = f"laporan-{start.isoformat()}-sd-{end.isoformat()}.pdf"
            read, draw = (lambda: host.desk.period_summary(start, end)), host.desk.render_period

        def drawn(done: Path) -> None:
            self.progress.setValue(2)
            self._status(translate("Supervisor", "Opening the preview…"), "message")
            self._show_pdf(done, name)

        def read_done(summary) -> None:
            self.summary = summary
            self.progress.setValue(1)
            self._status(translate("Supervisor", "Drawing the PDF…"), "message")
            host.files.run(lambda: draw(summary, path), drawn, self._failed)

        host.db.run(read, read_done, self._failed)

    def _show_pdf(self, path: Path, name: str) -> None:
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self._failed(MppError(translate("Supervisor", "The PDF could not be opened.")))
            return
        self.pdf_path, self.suggested_name = path, name
        self.progress.setValue(STEPS)
        self.progress.hide()
        self.build.setEnabled(True)
        self._set_ready(True)
        self._status(translate("Supervisor", "Ready: %n page(s).", "", self.document.pageCount()), "good")
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, MppError):
            log.error("making a report failed", exc_info=error)
        self.progress.hide()
        self.build.setEnabled(True)
        self._set_ready(self.pdf_path is not None)
        self._status(refusal_text(error), "error")

    def _status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        if self.status.property("kind") != kind:
            self.status.setProperty("kind", kind)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- saving and printing ------------------------------------------------------------------

    def save_report(self) -> None:
        if self.pdf_path is None:
            return
        source = self.pdf_path

        def chosen(target: str) -> None:
            if not target:
                return
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
            self._status(translate("Supervisor", "Saving…"), "message")
            self.host.files.run(
                lambda: self.host.desk.copy_file(source, Path(target)),
                lambda saved: self._status(translate("Supervisor", "Saved: %1").replace("%1", str(saved)), "good"),
                lambda error: self._status(refusal_text(error), "error"),
            )

        ask_save_path(self, translate("Supervisor", "Save the report"), self.suggested_name, "PDF (*.pdf)", chosen)

    def print_report(self) -> None:
        if self.pdf_path is None:
            return
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setDocName(self.suggested_name.removesuffix(".pdf"))
        self.printer.setFullPage(True)
        self.print_dialog = QPrintDialog(self.printer, self)
        self.print_dialog.setMinMax(1, self.document.pageCount())
        self.print_dialog.accepted.connect(self._print)
        QDialog.open(self.print_dialog)  # QPrintDialog.open() is only the (receiver, slot) overload in PySide6

    def _print(self) -> None:
        printer, document = self.printer, self.document
        pages = list(range(document.pageCount()))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = pages[printer.fromPage() - 1: printer.toPage()]
        painter = QPainter()
        if not painter.begin(printer):
            self._status(translate("Supervisor", "The printer could not be opened."), "error")
            return
        dpi = min(printer.resolution(), PRINT_DPI)
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        try:
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                    round(points.height() / 72 * dpi)))
                # the page's own proportions, as large as the sheet allows, centred
                scale = min(sheet.width() / image.width(), sheet.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
                painter.drawImage(target, image)
        finally:
            painter.end()
        self._status(translate("Supervisor", "Sent to the printer: %n page(s).", "", len(pages)), "good")

    def cleanup(self) -> None:
        """The window is closing: let go of the preview and remove the drafts."""
        self.document.close()
        self.folder.cleanup()
