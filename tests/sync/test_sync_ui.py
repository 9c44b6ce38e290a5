"""A counter window that syncs: its foot line shows the sync state, and a call the
hub refused (another counter was first) is told to the person at the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import queue
from app.config import StationConfig
from app.counter import CounterDesk
from tests.conftest import read_rows
from tests.sync.helpers import RunningClock, issue, wait_for
from ui.counter.window import CounterWindow
from ui.sync import attach_sync


@pytest.mark.parametrize("hub", ["sqlite"], indirect=True)
def test_the_counter_shows_its_sync_state_and_the_hubs_refusal(qtbot, stations, hub, tmp_path):
    kiosk, first = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    desk = stations("loket-2", proxy=True)
    code = issue(kiosk)
    for node in (kiosk, first, desk):
        node.sync()
    desk.station.clock = RunningClock()
    window = CounterWindow(CounterDesk(desk.station, StationConfig(counter=2)))
    qtbot.addWidget(window)
    worker = attach_sync(window, desk.station, StationConfig())
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.counters is not None)
        bar = window.sync_bar
        qtbot.waitUntil(lambda: "connected" in bar.state.text() and "nothing waiting" in bar.state.text(), timeout=5000)

        desk.proxy.down()  # cut off, this desk calls the ticket; so does loket 1, and syncs first
        window.sign_in_page.user.setText("siti")
        window.sign_in_page.secret.setText("rahasia-siti")
        QTest.keyClick(window.sign_in_page.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
        window.desk_page.buttons["call_next"].click()
        qtbot.waitUntil(lambda: window.view is not None and window.view.current is not None, timeout=5000)
        qtbot.waitUntil(lambda: "not connected" in bar.state.text() and "waiting" in bar.state.text(), timeout=10000)
        window.grab().save(str(tmp_path / "cut-off.png"))
        with first.station.uow() as uow:
            queue.call_next(uow, 1)
        first.sync()

        desk.proxy.up()  # the desk's worker pushes; the hub refuses its call
        qtbot.waitUntil(lambda: bar.notice_box.isVisible(), timeout=15000)
        assert code in bar.notice.text() and "another station" in bar.notice.text()
        qtbot.waitUntil(lambda: window.view.current is None, timeout=5000)  # the desk is free again
        window.grab().save(str(tmp_path / "refused.png"))
        bar.dismiss.click()
        qtbot.waitUntil(lambda: not bar.notice_box.isVisible() and not bar.tasks.busy)
        assert wait_for(lambda: read_rows(desk.station.db.path, "SELECT count(*) FROM sync_notice WHERE seen_at IS NULL")
                        == [(0,)])  # fmt: skip
    finally:
        worker.stop()
        window.close()


@pytest.mark.parametrize("hub", ["sqlite"], indirect=True)
def test_the_supervisor_sees_every_stations_sync(qtbot, stations, hub, tmp_path):
    from app.supervisor import SupervisorDesk
    from ui.supervisor.window import SupervisorWindow

    kiosk, supervisor = stations("kiosk-1", lease_ahead=True), stations("kantor-1", proxy=True)
    issue(kiosk)
    kiosk.sync()
    supervisor.sync()
    hub.hub.add_station("loket-9")  # registered at the hub, never joined: not connected
    window = SupervisorWindow(SupervisorDesk(supervisor.station, StationConfig(), backup_dir=tmp_path / "backups"),
                              auto_backup=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.sign_in_page.user.setText("budi")
    window.sign_in_page.secret.setText("rahasia-budi")
    QTest.keyClick(window.sign_in_page.secret, Qt.Key.Key_Return)
    card = window.live_page.sync_card
    qtbot.waitUntil(lambda: card.value.text() == "2/3", timeout=10000)
    assert "loket-9" in card.detail.text() and card.property("alert") == "true"
    assert "kiosk-1" in card.toolTip() and "kantor-1" in card.toolTip()
    window.grab().save(str(tmp_path / "supervisor-sync.png"))

    supervisor.proxy.down()  # the hub away: the card says so instead of the last answer
    window.refresh_sync()
    qtbot.waitUntil(lambda: card.value.text() == "?", timeout=10000)
    assert card.property("alert") == "true"
