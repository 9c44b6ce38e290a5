"""The supervisor's station: `mpp supervisor`."""

from __future__ import annotations

from pathlib import Path

from app.config import StationConfig
from app.supervisor import SupervisorDesk
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
    from ui.supervisor.window import SupervisorWindow

    app = application(offscreen=screenshot is not None)
    app.mpp_translations.set_language(config.language)
    # a screenshot only looks: it makes no backup
    window = SupervisorWindow(SupervisorDesk(station, config), auto_backup=screenshot is None)
    window.setWindowTitle("mpp-desk · Supervisor")
    if screenshot is not None:
        path = save_screenshot(window, screenshot, size or DEFAULT_SIZE)
        window.close()
        print(path)
        return 0
    window.resize(*(size or DEFAULT_SIZE))
    window.show()
    return app.exec()
