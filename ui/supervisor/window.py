"""The supervisor's window: a supervisor or an administrator signs in (the
counter's sign-in form, without the counter), then works in six tabs:

- Hari ini (ui/supervisor/live.py): the day so far, refreshed within a quarter
  of a second of another process's commit (ChangeWatcher) and every 30 s (the
  longest wait grows with no commit);
- Laporan (reports.py): the daily summary, and period reports when app.period
  is there: previewed, printed, saved;
- Ekspor (export.py), Pengaduan (complaints.py), Administrasi (ui/supervisor/
  admin.py's AdminPanel, built by the administration issue) and Cadangan
  (backup.py).

Database work runs on one TaskRunner, files (the PDF, backups, copies) on a
second, so the live view never waits for a PDF. Modules built in parallel
issues (admin panel, period reports, export, backup, sync) are optional: their
tab says so when they are missing. Texts are in the context "Supervisor".
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app import fmt
from app.auth import SignedIn
from app.errors import MppError
from app.supervisor import LiveFigures, SupervisorDesk
from app.watch import ChangeWatcher
from ui.counter.window import SignInPage
from ui.supervisor.backup import BackupPage
from ui.supervisor.common import refusal_text
from ui.supervisor.complaints import ComplaintsPage
from ui.supervisor.export import ExportPage
from ui.supervisor.live import LivePage
from ui.supervisor.reports import ReportPage
from ui.supervisor.style import supervisor_style
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

WATCH_MS = 250  # how often the file is asked whether anyone committed
CLOCK_MS = 30_000  # the longest wait moves on even when nothing else changes
BACKUP_CHECK_MS = 60 * 60 * 1000  # backup_if_due decides; asking hourly makes it daily
SYNC_MS = 15_000  # how often the hub is asked for every station's sync


def admin_panel_class():
    """ui.supervisor.admin.AdminPanel, or None while the administration issue has not landed."""
    try:
        from ui.supervisor.admin import AdminPanel
    except ImportError as error:
        if error.name != "ui.supervisor.admin":
            raise
        return None
    return AdminPanel


def role_text(role: str) -> str:
    return {
        "supervisor": translate("Supervisor", "Supervisor"),
        "admin": translate("Supervisor", "Administrator"),
    }.get(role, role)


class SupervisorSignIn(SignInPage):
    """The counter's sign-in form without its counter choice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counter_label.hide()
        self.counter.hide()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(translate("Supervisor", "Supervisor's station: sign in"))


class SupervisorWindow(QWidget):
    # emitted after every refresh of the live figures (tests wait on it)
    refreshed = Signal()

    def __init__(self, desk: SupervisorDesk, parent: QWidget | None = None, *, auto_backup: bool = True):
        super().__init__(parent)
        self.setObjectName("supervisor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(supervisor_style())
        self.desk = desk
        desk.prepare()  # before the workers start: see ui/tasks.py
        self.db = TaskRunner("supervisor-db", self)
        self.files = TaskRunner("supervisor-files", self)  # PDFs, copies and backups: never in the live view's way
        self.hub = TaskRunner("supervisor-hub", self)  # the network: a slow hub never holds the figures
        self.watcher = ChangeWatcher(desk.station)
        self.staff: SignedIn | None = None
        self.figures: LiveFigures | None = None
        self.zone = ZoneInfo("Asia/Jakarta")  # until the first figures bring the MPP's own
        self.admin_panel: QWidget | None = None
        self.last_backup = None  # the path of the last automatic backup

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        self.sign_in_page = SupervisorSignIn()
        self.main_page = QWidget()
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.main_page)
        layout.addWidget(self.pages)

        main = QVBoxLayout(self.main_page)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        header = QFrame(objectName="header")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(20, 8, 20, 8)
        self.mpp_name = label(kind="header-title", wrap=False)
        self.staff_name = label(kind="header-detail", wrap=False)
        self.clock = label(kind="header-detail", wrap=False)
        self.sign_out_button = button("", "flat")
        bar.addWidget(self.mpp_name)
        bar.addStretch(1)
        bar.addWidget(self.staff_name)
        bar.addSpacing(16)
        bar.addWidget(self.clock)
        bar.addSpacing(16)
        bar.addWidget(self.sign_out_button)
        main.addWidget(header)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.live_page = LivePage()
        self.report_page = ReportPage(self)
        self.export_page = ExportPage(self)
        self.complaints_page = ComplaintsPage(self)
        self.admin_holder = QWidget()
        QVBoxLayout(self.admin_holder).setContentsMargins(0, 0, 0, 0)
        self.admin_missing = label(kind="note")
        self.admin_missing.setContentsMargins(20, 20, 20, 20)
        self.admin_holder.layout().addWidget(self.admin_missing, 0, Qt.AlignmentFlag.AlignTop)
        self.backup_page = BackupPage(self)
        for page in (self.live_page, self.report_page, self.export_page, self.complaints_page, self.admin_holder,
                     self.backup_page):
            self.tabs.addTab(page, "")
        main.addWidget(self.tabs, 1)
        self.retranslate()

        self.sign_in_page.submit.clicked.connect(self.submit_sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.watch_timer = QTimer(self, interval=WATCH_MS)
        self.watch_timer.timeout.connect(self._poll)
        self.clock_timer = QTimer(self, interval=CLOCK_MS)
        self.clock_timer.timeout.connect(self.refresh)
        self.sync_timer = QTimer(self, interval=SYNC_MS)
        self.sync_timer.timeout.connect(self.refresh_sync)
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        if auto_backup:  # once on start, then hourly: app.backup decides whether one is due
            self.backup_timer.start()
            self.backup_if_due()
        self.sign_in_page.user.setFocus()

    def retranslate(self) -> None:
        self.sign_in_page.retranslate()
        self.sign_out_button.setText(translate("Supervisor", "Sign out"))
        titles = (
            translate("Supervisor", "Today"), translate("Supervisor", "Reports"), translate("Supervisor", "Export"),
            translate("Supervisor", "Complaints"), translate("Supervisor", "Administration"),
            translate("Supervisor", "Backups"),
        )  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.admin_missing.setText(translate("Supervisor", "Administration is not available in this version."))
        for page in (self.live_page, self.report_page, self.export_page, self.complaints_page, self.backup_page):
            page.retranslate()

    # --- signing in ---------------------------------------------------------------------------------

    def submit_sign_in(self) -> None:
        page = self.sign_in_page
        if self.db.busy:
            return
        username, secret = page.user.text(), page.secret.text()
        page.message.setText("")
        page.submit.setEnabled(False)

        def done(staff: SignedIn) -> None:
            page.submit.setEnabled(True)
            page.secret.clear()
            self.staff = staff
            self.staff_name.setText(f"{staff.full_name} · {role_text(staff.role)}")
            self._embed_admin(staff)
            self.tabs.setCurrentWidget(self.live_page)
            self.pages.setCurrentWidget(self.main_page)
            self.watch_timer.start()
            self.clock_timer.start()
            self.sync_timer.start()
            self.refresh()
            self.refresh_sync()
            self.backup_page.refresh()

        def failed(error: Exception) -> None:
            if not isinstance(error, MppError):
                log.error("sign-in failed", exc_info=error)
            page.submit.setEnabled(True)
            page.secret.clear()
            page.secret.setFocus()
            page.message.setText(refusal_text(error))

        self.db.run(lambda: self.desk.sign_in(username, secret), done, failed)

    def _embed_admin(self, staff: SignedIn) -> None:
        panel_class = admin_panel_class()
        if panel_class is None:
            self.admin_missing.show()
            return
        self.admin_missing.hide()
        self.admin_panel = panel_class(self.desk.station, staff.username, self.admin_holder)
        self.admin_holder.layout().addWidget(self.admin_panel, 1)

    def sign_out(self) -> None:
        self.watch_timer.stop()
        self.clock_timer.stop()
        self.sync_timer.stop()
        self.staff = None
        if self.admin_panel is not None:
            self.admin_panel.close()
            self.admin_panel.deleteLater()
            self.admin_panel = None
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.user.clear()
        self.sign_in_page.message.setText("")
        self.sign_in_page.user.setFocus()

    # --- reading --------------------------------------------------------------------------------------

    def _poll(self) -> None:
        # asking the file is microseconds; the worker reads the figures only when something changed
        if not self.db.busy and self.watcher.changed():
            self.refresh()

    def refresh(self) -> None:
        if self.staff is None:
            return
        self.db.run(self.desk.live, self._show_live, self._live_failed)
        if self.tabs.currentWidget() is self.complaints_page:
            self.complaints_page.refresh()

    def refresh_sync(self) -> None:
        if self.staff is None or self.hub.busy:
            return
        self.hub.run(self.desk.sync_overview, self._show_sync, self._sync_failed)

    def _show_sync(self, overview) -> None:
        if self.staff is not None:
            self.live_page.show_sync(overview, self.zone)

    def _sync_failed(self, error: Exception) -> None:
        log.error("reading the stations' sync failed", exc_info=error)

    def _show_live(self, figures: LiveFigures) -> None:
        if self.staff is None:
            return
        first = self.figures is None or self.figures.day != figures.day
        self.figures = figures
        self.zone = figures.zone
        self.mpp_name.setText(figures.mpp_name)
        self.clock.setText(fmt.clock_time(figures.now, figures.zone))
        if first:  # the newest day a report or an export may cover
            self.report_page.set_today(figures.day)
            self.export_page.set_today(figures.day)
        self.live_page.show_figures(figures)
        self.refreshed.emit()

    def _live_failed(self, error: Exception) -> None:
        if not isinstance(error, MppError):
            log.error("reading the live figures failed", exc_info=error)
        self.live_page.updated.setText(refusal_text(error))

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.complaints_page:
            self.complaints_page.refresh()
        elif current is self.backup_page:
            self.backup_page.refresh()

    # --- backups ----------------------------------------------------------------------------------------

    def backup_if_due(self) -> None:
        if self.files.busy:
            return

        def done(path) -> None:
            if path is not None:
                self.last_backup = path
                log.info("daily backup written to %s", path)
                self.backup_page.refresh()

        def failed(error: Exception) -> None:
            log.error("the daily backup failed", exc_info=error)
            self.backup_page.status.setText(refusal_text(error))

        self.files.run(self.desk.backup_if_due, done, failed)

    def restored(self) -> None:
        """The file was replaced by a backup: watch the new file, read everything again."""
        self.watcher.close()
        self.watcher = ChangeWatcher(self.desk.station)
        self.figures = None
        self.refresh()

    def closeEvent(self, event) -> None:
        for timer in (self.watch_timer, self.clock_timer, self.backup_timer):
            timer.stop()
        if self.admin_panel is not None:
            self.admin_panel.close()  # its own worker and watcher stop with it
        for runner in (self.db, self.files, self.hub):
            runner.wait(10)
            runner.stop()
        self.watcher.close()
        self.report_page.cleanup()
        super().closeEvent(event)
