"""The demo launcher (`mpp demo`): one window that opens each station on the demo
database, each in its own process as it would run on its own PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import fmt
from app.queue import today_of
from app.config import load_config
from app.station_setup import mpp_command
from app.uow import Station
from ui.widgets import button, label

translate = QCoreApplication.translate

# (command, button text, window size): a station joins this list when its issue lands
STATIONS = (
    ("kiosk", QT_TRANSLATE_NOOP("Launcher", "Kiosk (portrait touch screen)"), "720x1280"),
    ("kiosk", QT_TRANSLATE_NOOP("Launcher", "Kiosk (landscape touch screen)"), "1280x720"),
    ("survey", QT_TRANSLATE_NOOP("Launcher", "Survey tablet at a counter"), "800x1280"),
    ("counter", QT_TRANSLATE_NOOP("Launcher", "Counter (loket) desk"), "1366x768"),
    ("display", QT_TRANSLATE_NOOP("Launcher", "Display board, with voice"), "1280x720"),
    ("supervisor", QT_TRANSLATE_NOOP("Launcher", "Supervisor's station"), "1366x768"),
)


LAUNCHER_SIZE = (640, 720)  # fits a 1366x768 laptop screen


# how to start `mpp ARGS` from here: the bundle's own executable, or this Python
station_command = mpp_command


class Launcher(QWidget):
    def __init__(self, station: Station, config_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.config_path = config_path
        self.processes: list[QProcess] = []
        self.setStyleSheet(
            "QWidget { font-family: 'Noto Sans'; font-size: 18px; background: #F7F8FA; color: #14181C; }"
            "QLabel[kind=title] { font-size: 26px; font-weight: bold; }"
            "QLabel[kind=note] { font-size: 14px; color: #3D454D; }"
            "QPushButton { min-height: 52px; border-radius: 10px; background: #0B4F8A; color: white;"
            " font-size: 20px; font-weight: bold; }"
            "QPushButton:pressed { background: #073763; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(12)
        with station.uow(read_only=True) as uow:
            name = uow.settings().name
        today = today_of(station)
        layout.addWidget(label(translate("Launcher", "{mpp}: demo").format(mpp=name), "title"))
        layout.addWidget(label(translate("Launcher", "Open a station on the demo database. "
                                         "Each one runs as its own program, as on its own PC.")))
        for command, text, size in STATIONS:
            start = button(translate("Launcher", text), "station")
            start.clicked.connect(lambda _=False, c=command, s=size: self.start(c, s))
            layout.addWidget(start)
        layout.addWidget(label(translate("Launcher", "At a counter, sign in as asep with the password demo-loket1 "
                                         "(loket 1); at the supervisor's station as tati with demo-supervisor1. "
                                         "The demo catalog lists the other accounts.")))
        printer = load_config(config_path).printer
        layout.addWidget(label(translate("Launcher", "Tickets are printed as ESC/POS bytes into {file}.")
                               .format(file=printer.removeprefix("file:")), "note"))
        layout.addWidget(label(translate("Launcher", "Database: {db} · {day}")
                               .format(db=station.db.path, day=fmt.long_date(today)), "note"))
        layout.addStretch(1)

    def start(self, command: str, size: str) -> QProcess:
        program, args = station_command(
            command, "--db", str(self.station.db.path), "--config", str(self.config_path), "--size", size
        )
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        process.start(program, args)
        self.processes.append(process)
        return process

    def closeEvent(self, event) -> None:
        # the stations belong to the demo: they close with it
        for process in self.processes:
            if process.state() != QProcess.ProcessState.NotRunning:
                process.terminate()
                process.waitForFinished(3000)
        super().closeEvent(event)


def main(station: Station, config_path: Path, *, screenshot: Path | None = None,
         size: tuple[int, int] | None = None) -> int:
    from ui.app import application, save_screenshot

    app = application(offscreen=screenshot is not None)
    app.mpp_translations.set_language(load_config(config_path).language)
    window = Launcher(station, config_path)
    window.setWindowTitle("mpp-desk · Demo")
    if screenshot is not None:
        print(save_screenshot(window, screenshot, size or LAUNCHER_SIZE))
        window.close()
        return 0
    window.resize(*(size or LAUNCHER_SIZE))
    window.show()
    return app.exec()
