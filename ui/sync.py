"""A station window's sync: the worker started from its composition root, and a
line at the window's foot with the sync state (connected or not, last sync,
changes waiting and the oldest's age) and the hub's refusals to be read.

The worker is app.sync.worker (plain threads); this only reads its status,
which the worker refreshes off the UI thread, once a second. Dismissing a
refusal writes the station file, so it runs on a TaskRunner.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from app.config import StationConfig
from app.fmt import clock_time
from app.sync import SyncNoticeView, StationSyncStatus, dismiss_notices
from app.sync.worker import SyncWorker, start_sync
from app.uow import Station
from ui.tasks import TaskRunner
from ui.widgets import button, label

translate = QCoreApplication.translate
REFRESH_MS = 1000

STYLE = """
QFrame#sync { background: #EEF1F4; border-top: 1px solid #C9D1DA; }
QFrame#sync QLabel { background: transparent; font-size: 14px; color: #3D454D; }
QFrame#sync QLabel[kind="sync-state"][ok="false"] { color: #B3261E; font-weight: bold; }
QFrame#sync QFrame#notice { background: #FFF4E5; border: 1px solid #E0A040; border-radius: 6px; }
QFrame#sync QLabel[kind="sync-notice"] { font-size: 15px; color: #14181C; }
QFrame#sync QPushButton { font-size: 14px; min-height: 28px; padding: 2px 12px; border-radius: 6px;
    color: white; background: #0B4F8A; border: none; }
"""


def notice_text(notice: SyncNoticeView) -> str:
    """A refusal in the station's language: what happened and what it means here."""
    texts = {
        "transition_refused": translate(
            "Sync", "{subject}: another station acted on this ticket first, so your change did not count. "
            "It now shows as the other station left it."),
        "duplicate": translate(
            "Sync", "{subject}: another station stored the same thing first ({what}); this station's was not kept."),
        "conflict": translate("Sync", "{subject}: the hub already holds a different change under the same id; "
                              "this station's was not kept."),
    }
    text = texts.get(notice.code)
    if text is None:
        return f"{notice.subject}: {notice.message}"
    return text.format(subject=notice.subject, what=notice.entity.replace("_", " "))


def status_text(status: StationSyncStatus, now: datetime) -> str:
    zone = ZoneInfo(status.timezone)
    if status.connected:
        state = translate("Sync", "Sync: connected")
    elif status.last_sync_at is not None:
        state = translate("Sync", "Sync: not connected since {time}").format(time=clock_time(status.last_sync_at, zone))
    else:
        state = translate("Sync", "Sync: not connected yet")
    parts = [state]
    if status.connected and status.last_sync_at is not None:
        parts.append(translate("Sync", "last sync {time}").format(time=clock_time(status.last_sync_at, zone)))
    if status.waiting:
        parts.append(translate("Sync", "%n change(s) waiting", "", status.waiting))
        minutes = status.waiting_minutes(now)
        if minutes:
            parts.append(translate("Sync", "the oldest for %n min", "", minutes))
    else:
        parts.append(translate("Sync", "nothing waiting"))
    return " · ".join(parts)


class SyncBar(QFrame):
    """The foot line. compact: shown only when something is wrong or waiting (public screens)."""

    def __init__(self, worker: SyncWorker, *, notices: bool = True, compact: bool = False,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("sync")
        self.setStyleSheet(STYLE)
        self.worker = worker
        self.compact = compact
        self.shows_notices = notices
        self.tasks = TaskRunner("sync-notices", self)
        # one line: a refusal (when there is one) with its button, then the state
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 3, 12, 3)
        layout.setSpacing(12)
        self.notice_box = QFrame()
        self.notice_box.setObjectName("notice")
        row = QHBoxLayout(self.notice_box)
        row.setContentsMargins(8, 2, 4, 2)
        self.notice = label(kind="sync-notice")
        self.dismiss = button(translate("Sync", "OK, understood"), "sync-dismiss")
        self.dismiss.clicked.connect(self.dismiss_notices)
        row.addWidget(self.notice, 1)
        row.addWidget(self.dismiss)
        layout.addWidget(self.notice_box, 1)
        self.state = label(kind="sync-state", wrap=False)
        layout.addWidget(self.state)
        self.notice_box.hide()
        self.shown: tuple[SyncNoticeView, ...] = ()
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        status = self.worker.status()
        now = self.worker.station.clock()
        self.state.setText(status_text(status, now))
        ok = status.connected and not status.waiting
        if self.state.property("ok") != ("true" if ok else "false"):
            self.state.setProperty("ok", "true" if ok else "false")
            self.state.style().unpolish(self.state)
            self.state.style().polish(self.state)
        self.shown = status.notices if self.shows_notices else ()
        if self.shown:
            more = len(self.shown) - 1
            text = notice_text(self.shown[-1])
            if more:
                text += " " + translate("Sync", "(and %n more)", "", more)
            self.notice.setText(text)
        self.notice_box.setVisible(bool(self.shown))
        self.setVisible(not self.compact or not ok or bool(self.shown))

    def dismiss_notices(self) -> None:
        ids = [n.id for n in self.shown]
        self.notice_box.hide()
        self.tasks.run(lambda: dismiss_notices(self.worker.station, ids), lambda _n: self.refresh())


def attach_sync(window: QWidget, station: Station, config: StationConfig, *, lease_ahead: bool | None = None,
                notices: bool = True, compact: bool = False) -> SyncWorker | None:
    """Start the station's sync worker (when it has a hub) and put its foot line under the
    window's layout; the worker stops when the application quits."""
    from PySide6.QtWidgets import QApplication

    worker = start_sync(station, config, lease_ahead=lease_ahead)
    if worker is None:
        return None
    window.sync_bar = SyncBar(worker, notices=notices, compact=compact)
    window.layout().addWidget(window.sync_bar)
    QApplication.instance().aboutToQuit.connect(worker.stop)
    return worker
