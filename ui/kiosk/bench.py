"""tap_to_ticket for `mpp bench`: a real kiosk window, offscreen, on the bench's
year of history; each sample runs from the tap that asks for the ticket to the
ticket on screen with its bytes written to a file printer."""

from __future__ import annotations

from pathlib import Path
from time import perf_counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.clock import ManualClock
from app.config import StationConfig
from app.kiosk import Kiosk
from app.uow import Station
from ui.app import application, wait_until
from ui.kiosk.window import KioskWindow

SERVICE = "KTP"


def tap_to_ticket(station: Station, clock: ManualClock, workdir: Path, n: int) -> list[float]:
    app = application(offscreen=True)
    printer = workdir / "bench-printer.escpos"
    window = KioskWindow(Kiosk(station, StationConfig(printer=f"file:{printer}")), app.mpp_translations)
    window.resize(1080, 1920)
    window.show()
    wait_until(lambda: window.board is not None)
    tile = window.board.service(SERVICE)
    agency = tile.service.agency_code
    # a service that takes priority asks first; the regular answer is then the tap that issues
    issuing_tap = window.priority.none if tile.service.accepts_priority else window.standar.take
    done: list[float] = []
    window.ticket_done.connect(lambda ticket, result: done.append(perf_counter()))
    samples = []
    try:
        for _ in range(n):
            clock.advance(seconds=2)
            window.go_home()
            wait_until(lambda: not window.db.busy)
            window.choose_agency(agency)
            window.choose_service(SERVICE)
            if issuing_tap is not window.standar.take:
                QTest.mouseClick(window.standar.take, Qt.MouseButton.LeftButton)
            size = printer.stat().st_size if printer.exists() else 0
            count = len(done)
            start = perf_counter()
            QTest.mouseClick(issuing_tap, Qt.MouseButton.LeftButton)
            if not wait_until(lambda: len(done) > count, 10000):
                raise RuntimeError("the kiosk did not show a ticket within 10 s")
            if window.print_result is None or not window.print_result.printed or printer.stat().st_size <= size:
                raise RuntimeError(f"the ticket was not printed: {window.print_result}")
            samples.append(done[-1] - start)
    finally:
        window.close()
    return samples
