"""What every station window needs before it opens: the QApplication with our
fonts and translations, and the --screenshot mode that renders the first screen
offscreen and exits."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.paths import resource_path

DEFAULT_SIZE = (1080, 1920)


def parse_size(text: str) -> tuple[int, int]:
    """"1080x1920" -> (1080, 1920); a clear ValueError otherwise."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size must look like 1080x1920, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise ValueError(f"--size {text}: each side must be 200 to 8000 pixels")
    return width, height


def application(offscreen: bool = False):
    """The one QApplication of this process, made on first use."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _quiet_qt()
        app = QApplication(sys.argv[:1])
        app.setApplicationName("mpp-desk")
        app.setOrganizationName("mpp-desk")
    if not hasattr(app, "mpp_crash_exit"):
        from app.logs import EXIT_CRASH, on_crash

        # after a crash report (app/logs.py) the station ends, to be started again clean
        app.mpp_crash_exit = True
        on_crash(lambda: app.exit(EXIT_CRASH))
    if not hasattr(app, "mpp_fonts"):
        # also into an application made by someone else (pytest-qt's): windows measure with our fonts
        app.mpp_fonts = [QFontDatabase.addApplicationFont(str(f)) for f in sorted(resource_path("fonts").glob("*.ttf"))]
    if not hasattr(app, "mpp_translations"):
        from ui.i18n import Translations

        app.mpp_translations = Translations(app)
    return app


def _quiet_qt() -> None:
    """Drop the offscreen platform's notice that it cannot size native windows
    (printed for every window; it says nothing about our program)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 15000) -> bool:
    """Run the event loop until the condition holds (loading before a screenshot).

    A QEventLoop polled by a timer: processEvents(flags, maxtime) crashes PySide6
    6.12 (none_dealloc) while a worker thread runs Python code."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: (condition() or clock.elapsed() > timeout_ms) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def save_screenshot(window, path: Path, size: tuple[int, int], ready: Callable[[], bool] = lambda: True) -> Path:
    """Render the window offscreen at that size into a PNG."""
    window.resize(*size)
    window.show()
    wait_until(ready)
    wait_until(lambda: False, 100)  # let layouts settle after the data arrived
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
