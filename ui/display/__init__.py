"""The display board station (`mpp display`): the numbers called, for the whole MPP
or some of its agencies, spoken in Bahasa Indonesia."""

from __future__ import annotations

from pathlib import Path

from app.config import StationConfig
from app.display import Display
from app.uow import Station

BOARD_SIZE = (1920, 1080)  # a 55-inch board; --size for another


def main(
    station: Station,
    config: StationConfig,
    *,
    agencies: tuple[str, ...] = (),
    fullscreen: bool = False,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    from PySide6.QtCore import QCoreApplication, Qt

    from ui.app import application, save_screenshot
    from ui.display.window import DisplayWindow

    display = Display(station, config, agencies)
    display.check_agencies()  # a mistyped --agency is a clear error before any window opens
    app = application(offscreen=screenshot is not None)
    app.mpp_translations.set_language("id")  # the board is for the public: no language switch
    # a screenshot shows the board and says nothing: no call is marked as announced
    window = DisplayWindow(display, announce=screenshot is None)
    window.setWindowTitle("mpp-desk · " + QCoreApplication.translate("Display", "Display board"))
    if screenshot is not None:
        path = save_screenshot(window, screenshot, size or BOARD_SIZE, ready=lambda: window.board is not None)
        window.close()
        print(path)
        return 0
    from ui.sync import attach_sync

    attach_sync(window, station, config, notices=False, compact=True)  # with a hub; its state shows only when amiss
    if fullscreen:
        # the board itself: no frame, no pointer over the numbers
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.setCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    else:
        window.resize(*(size or (1280, 720)))
        window.show()
    return app.exec()
