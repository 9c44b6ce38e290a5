"""The kiosk station (`mpp kiosk`) and the survey tablet (`mpp survey`: the kiosk's survey flow alone)."""

from __future__ import annotations

from pathlib import Path

from app.config import StationConfig
from app.kiosk import Kiosk
from app.uow import Station


def main(
    station: Station,
    config: StationConfig,
    *,
    fullscreen: bool = False,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    survey_only: bool = False,
) -> int:
    from PySide6.QtCore import Qt

    from ui.app import DEFAULT_SIZE, application, save_screenshot
    from ui.kiosk.window import KioskWindow

    app = application(offscreen=screenshot is not None)
    window = KioskWindow(Kiosk(station, config), app.mpp_translations, survey_only=survey_only)
    window.setWindowTitle("mpp-desk · Survei Kepuasan" if survey_only else "mpp-desk · Kiosk")
    if screenshot is not None:
        path = save_screenshot(window, screenshot, size or DEFAULT_SIZE, ready=lambda: window.board is not None)
        window.close()
        print(path)
        return 0
    from ui.sync import attach_sync

    # with a hub: the sync worker (a kiosk holds ticket numbers ahead); its state shows only when amiss
    attach_sync(window, station, config, lease_ahead=None if survey_only else True, notices=False, compact=True)
    if fullscreen:
        # a kiosk: no frame to drag, nothing to close, always in front
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    else:
        window.resize(*(size or (720, 1280)))
        window.show()
    return app.exec()


def survey_main(station: Station, config: StationConfig, **options) -> int:
    """The satisfaction survey alone, for a tablet at a counter: its responses are stored
    with the channel "tablet". Takes main's options."""
    return main(station, config, survey_only=True, **options)
