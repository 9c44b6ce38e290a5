""""Cadangan": the station file's backups (app.backup). Back up now; the list of
backups, newest first; restore one after app.backup has checked it and the user
has confirmed. The window also backs up by itself when one is due (on start and
every hour it asks app.backup.backup_if_due)."""

from __future__ import annotations

import logging

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import fmt
from app.errors import MppError
from ui.supervisor.common import refusal_text, whole
from ui.widgets import button, label, restyle

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return fmt.decimal(size / (1024 * 1024), 1) + " MB"
    return whole(max(1, round(size / 1024))) + " KB"


def when_text(moment) -> str:
    """A backup's local wall time: "Senin, 23 November 2026 11.05"."""
    return f"{fmt.long_date(moment.date())} {moment:%H.%M}"


def days_text(info) -> str:
    """The business days its tickets cover: "20 November 2026 – 23 November 2026", or "—"."""
    if info.first_day is None:
        return "—"
    if info.first_day == info.last_day:
        return fmt.long_date(info.first_day)
    return f"{format_date(info.first_day, 'd MMMM y', locale=fmt.LOCALE)} – " \
           f"{format_date(info.last_day, 'd MMMM y', locale=fmt.LOCALE)}"


def problems_text(check) -> str:
    return "\n".join(f"• {p}" for p in check.problems)


class BackupPage(QWidget):
    changed = Signal()  # a backup was made or restored (tests wait on it)

    def __init__(self, host, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self.entries: list = []  # app.backup.BackupInfo, newest first
        self.working = False  # a backup, check or restore of this page is under way
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        self.heading = label(kind="section")
        self.folder = label(kind="note")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.folder)
        row = QHBoxLayout()
        self.backup_button = button("", "primary")
        self.restore_button = button("", "danger")
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.table = QTreeWidget()
        self.table.setColumnCount(4)
        self.table.setRootIsDecorated(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.status = label(kind="message")
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.check_selected)
        self.table.itemSelectionChanged.connect(self._enable)
        self.available = host.desk.backup_dir() is not None

    def retranslate(self) -> None:
        self.heading.setText(translate("Supervisor", "Backups of this station's database"))
        self.backup_button.setText(translate("Supervisor", "Back up now"))
        self.restore_button.setText(translate("Supervisor", "Check and restore…"))
        self.table.setHeaderLabels([translate("Supervisor", "Backup"), translate("Supervisor", "Made"),
                                    translate("Supervisor", "Tickets of"), translate("Supervisor", "Size")])
        folder = self.host.desk.backup_dir()
        if folder is None:
            self.folder.setText(translate("Supervisor", "Backups are not available in this version."))
        else:
            self.folder.setText(translate("Supervisor", "Folder: %1. A backup is made by itself every day; "
                                                        "the newest 14 are kept.").replace("%1", str(folder)))
        self._enable()

    def _enable(self) -> None:
        self.backup_button.setEnabled(self.available and not self.working)
        self.restore_button.setEnabled(self.available and not self.working and self.selected() is not None)

    def _start(self, text: str) -> None:
        self.working = True
        self._enable()
        self._status(text, "message")

    def _finish(self) -> None:
        self.working = False
        self._enable()

    def selected(self):
        items = self.table.selectedItems()
        if not items:
            return None
        index = items[0].data(0, Qt.ItemDataRole.UserRole)
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def refresh(self) -> None:
        if self.available:
            self.host.files.run(self.host.desk.backups, self.show_entries, self._failed)

    def show_entries(self, entries: list) -> None:
        self.entries = entries
        self.table.clear()
        for index, entry in enumerate(entries):
            item = QTreeWidgetItem([entry.path.name, when_text(entry.taken_at), days_text(entry),
                                    size_text(entry.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, str(entry.path))
            self.table.addTopLevelItem(item)
        self._enable()

    def backup_now(self) -> None:
        if not self.available or self.working:
            return
        self._start(translate("Supervisor", "Backing up…"))

        def done(path) -> None:
            self._finish()
            self._status(translate("Supervisor", "Backed up: %1").replace("%1", str(path)), "good")
            self.refresh()
            self.changed.emit()

        self.host.files.run(self.host.desk.backup_now, done, self._failed)

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.working:
            return
        self._start(translate("Supervisor", "Checking the backup…"))
        self.host.files.run(lambda: self.host.desk.check_backup(entry.path), lambda check: self._checked(entry, check),
                            self._failed)

    def _checked(self, entry, check) -> None:
        self._finish()
        if not check.ok:
            self._status(translate("Supervisor", "This backup cannot be restored:") + "\n" + problems_text(check),
                         "error")
            return
        self._status(translate("Supervisor", "The backup is sound."), "good")
        holds = translate("Supervisor", "Tickets in it: %1").replace("%1", whole(check.tickets or 0))
        if check.first_day is not None:
            holds += " (" + days_text(check) + ")"
        self.confirm = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Supervisor", "Restore a backup"),
            translate("Supervisor", "Restore the backup made %1?").replace("%1", when_text(entry.taken_at))
            + "\n" + holds + ".\n\n"
            + translate("Supervisor", "Everything recorded since then is replaced by the backup, on every station "
                                      "that uses this database. The database as it is now is kept beside it."),
            QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        self.restore_confirm = self.confirm.addButton(translate("Supervisor", "Restore"),
                                                      QMessageBox.ButtonRole.DestructiveRole)
        self.restore_confirm.setProperty("kind", "danger")
        restyle(self.restore_confirm)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.buttonClicked.connect(lambda clicked: clicked is self.restore_confirm and self.restore(entry))
        self.confirm.open()

    def restore(self, entry) -> None:
        self._start(translate("Supervisor", "Restoring…"))

        def done(aside) -> None:
            self._finish()
            text = translate("Supervisor", "Restored from %1.").replace("%1", entry.path.name)
            if aside is not None:
                text += " " + translate("Supervisor", "The database as it was is kept in %1.").replace("%1", str(aside))
            self._status(text, "good")
            self.host.restored()
            self.refresh()
            self.changed.emit()

        # on the database worker: no read of this window runs meanwhile
        self.host.db.run(lambda: self.host.desk.restore_backup(entry.path), done, self._failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, (MppError, OSError)):
            log.error("backup", exc_info=error)
        self._finish()
        self._status(refusal_text(error), "error")

    def _status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
