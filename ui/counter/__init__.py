"""The counter (loket) station: `mpp counter`."""

from __future__ import annotations

from pathlib import Path

from app.config import StationConfig
from app.counter import CounterDesk
from app.uow import Station

DEFAULT_SIZE = (1366, 768)  # the common office desktop


def main(
    station: Station,
    config: StationConfig,
    *,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    from ui.app import application, save_screenshot
    from ui.counter.window import CounterWindow

    app = application(offscreen=screenshot is not None)
    app.mpp_translations.set_language(config.language)
    window = CounterWindow(CounterDesk(station, config))
    window.setWindowTitle("mpp-desk · Loket")
    if screenshot is not None:
        path = save_screenshot(window, screenshot, size or DEFAULT_SIZE, ready=lambda: window.counters is not None)
        window.close()
        print(path)
        return 0
    from ui.sync import attach_sync

    attach_sync(window, station, config)  # with a hub: the sync worker, its state and the hub's refusals
    window.resize(*(size or DEFAULT_SIZE))
    window.show()
    return app.exec()
