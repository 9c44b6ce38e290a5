"""The counter window, driven the way staff work it: sign in, keys and clicks,
with kiosks and other counters writing to the same file from other processes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import queue
from app.auth import LOCKOUT, MAX_FAILURES
from app.config import StationConfig
from app.counter import CounterDesk
from tests.conftest import layout_problems, read_rows, run_mpp, screenshot_colours
from ui.counter.window import CounterWindow


@pytest.fixture
def make_counter(qtbot, station):
    def make(counter: int = 1) -> CounterWindow:
        window = CounterWindow(CounterDesk(station, StationConfig(counter=counter)))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.counters is not None)
        return window

    return make


def issue(station, service="KTP", priority=None) -> str:
    with station.uow() as uow:
        return queue.issue_ticket(uow, service, priority).code


def sign_in(qtbot, window, username="siti", secret="rahasia-siti") -> None:
    page = window.sign_in_page
    page.user.setText(username)
    page.secret.setText(secret)
    QTest.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.db.busy)


def press(qtbot, window, key) -> None:
    """A function key, as staff press it, then wait until the desk shows the result."""
    qtbot.waitUntil(lambda: not window.db.busy)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        QTest.keyClick(window, key)


def signed_in(qtbot, make_counter, counter=1) -> CounterWindow:
    window = make_counter(counter)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.view is not None)
    return window


def ticket_row(db_path, code):
    return read_rows(
        db_path,
        "SELECT t.status, t.call_count, t.outcome, c.number FROM ticket t LEFT JOIN counter c ON c.id = t.counter_id "
        "WHERE t.code = ?",
        code,
    )[0]


def events(db_path, code) -> list[tuple]:
    return read_rows(
        db_path,
        "SELECT e.kind, s.username FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
        "LEFT JOIN staff s ON s.id = e.staff_id WHERE t.code = ? ORDER BY e.rowid",
        code,
    )


def test_a_day_at_the_counter_by_keys_every_step_recorded_with_the_staff_member(qtbot, make_counter, station, db_path):
    issue(station)
    window = signed_in(qtbot, make_counter)
    assert window.desk_page.staff_name.text() == "Siti Rahmawati"
    press(qtbot, window, Qt.Key.Key_F1)  # call next
    assert window.desk_page.code.text() == "A001"
    press(qtbot, window, Qt.Key.Key_F2)  # recall
    assert ticket_row(db_path, "A001")[:2] == ("called", 2)
    press(qtbot, window, Qt.Key.Key_F3)  # start
    assert window.desk_page.buttons["finish"].isEnabled()
    assert not window.desk_page.buttons["call_next"].isEnabled()
    QTest.keyClicks(window.desk_page.outcome, "Berkas lengkap, KTP dicetak")
    press(qtbot, window, Qt.Key.Key_F4)  # finish, with the note typed
    assert ticket_row(db_path, "A001") == ("done", 2, "Berkas lengkap, KTP dicetak", 1)
    assert window.desk_page.outcome.text() == ""
    assert window.desk_page.code.text() == "—"
    assert events(db_path, "A001") == [
        ("issued", None), ("called", "siti"), ("recalled", "siti"), ("started", "siti"), ("finished", "siti"),
    ]


def test_a_ticket_from_a_kiosk_in_another_process_shows_in_the_queue(qtbot, make_counter, db_path):
    window = signed_in(qtbot, make_counter)
    assert window.view.waiting == 0
    result = run_mpp("ticket", "issue", "KK", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    # the ChangeWatcher sees the other process's commit; no action here triggers a reload
    qtbot.waitUntil(lambda: window.view.waiting == 1, timeout=3000)
    tree = window.desk_page.queue
    codes = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "B001" in codes


def test_another_counter_calling_a_ticket_takes_it_out_of_this_queue(qtbot, make_counter, station, db_path):
    issue(station)
    window = signed_in(qtbot, make_counter)
    assert window.view.waiting == 1
    assert run_mpp("ticket", "call", "2", "--db", str(db_path)).returncode == 0
    qtbot.waitUntil(lambda: window.view.waiting == 0, timeout=3000)
    press(qtbot, window, Qt.Key.Key_F1)
    assert "Nobody is waiting" in window.desk_page.message.text() or "Tidak ada" in window.desk_page.message.text()


def test_absent_after_the_calls_the_mpp_asks_then_back_in_the_queue(qtbot, make_counter, station, db_path):
    issue(station)
    window = signed_in(qtbot, make_counter)
    press(qtbot, window, Qt.Key.Key_F1)
    press(qtbot, window, Qt.Key.Key_F5)  # too soon: one call of three
    assert ticket_row(db_path, "A001")[0] == "called"
    assert window.desk_page.message.text()
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_F5)
    assert ticket_row(db_path, "A001")[0] == "absent"
    absent = window.desk_page.absent
    assert absent.count() == 1
    absent.item(0).setSelected(True)
    press(qtbot, window, Qt.Key.Key_F9)
    assert ticket_row(db_path, "A001")[:2] == ("waiting", 0)
    assert window.view.waiting == 1


def test_hold_lets_the_counter_call_others_then_resume(qtbot, make_counter, station, db_path):
    issue(station)
    issue(station)
    window = signed_in(qtbot, make_counter)
    press(qtbot, window, Qt.Key.Key_F1)
    press(qtbot, window, Qt.Key.Key_F3)
    press(qtbot, window, Qt.Key.Key_F7)  # hold A001: the citizen fetches a document
    assert ticket_row(db_path, "A001")[0] == "held"
    assert window.desk_page.held.count() == 1
    press(qtbot, window, Qt.Key.Key_F1)
    assert window.desk_page.code.text() == "A002"
    assert not window.desk_page.buttons["resume"].isEnabled()  # one citizen at a time
    press(qtbot, window, Qt.Key.Key_F3)
    press(qtbot, window, Qt.Key.Key_F4)
    press(qtbot, window, Qt.Key.Key_F8)  # resume the held one
    assert ticket_row(db_path, "A001")[0] == "serving"
    assert window.desk_page.code.text() == "A001"


def test_transfer_chooses_the_service_in_a_dialog_and_keeps_the_arrival(qtbot, make_counter, station, db_path):
    issue(station)
    window = signed_in(qtbot, make_counter)
    press(qtbot, window, Qt.Key.Key_F1)
    QTest.keyClick(window, Qt.Key.Key_F6)
    dialog = window.dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.filter, "paspor")
    QTest.keyClicks(dialog.note, "salah antre")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    issued_at, queue_at, service = read_rows(
        db_path, "SELECT t.issued_at, t.queue_at, s.code FROM ticket t JOIN service s ON s.id = t.service_id"
    )[0]
    assert (service, issued_at) == ("PASPOR", queue_at)
    assert events(db_path, "A001")[-1] == ("transferred", "siti")
    assert read_rows(db_path, "SELECT note FROM ticket_event WHERE kind = 'transferred'") == [("salah antre",)]
    assert window.desk_page.code.text() == "—"


def test_a_walk_in_gets_a_ticket_issued_and_called_at_once(qtbot, make_counter, db_path):
    window = signed_in(qtbot, make_counter)
    QTest.keyClick(window, Qt.Key.Key_F11)
    dialog = window.dialog  # loket 1 serves KTP and KK: the staff member picks
    qtbot.waitUntil(dialog.isVisible)
    dialog.services.setCurrentRow(1)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        dialog.accept()
    assert window.desk_page.code.text() == "B001"
    assert ticket_row(db_path, "B001")[:2] == ("called", 1)
    assert read_rows(db_path, "SELECT kind, note FROM ticket_event ORDER BY rowid") == [
        ("issued", "walk-in loket 1"), ("called", None),
    ]


def test_a_ticket_picked_from_the_queue_is_called_out_of_turn(qtbot, make_counter, station, db_path):
    issue(station)
    issue(station, "KK")
    window = signed_in(qtbot, make_counter)
    tree = window.desk_page.queue
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "B001")
    item.setSelected(True)
    press(qtbot, window, Qt.Key.Key_F10)
    assert window.desk_page.code.text() == "B001"
    assert ticket_row(db_path, "A001")[0] == "waiting"


def test_a_break_stops_calls_until_work_resumes(qtbot, make_counter, station, db_path):
    issue(station)
    window = signed_in(qtbot, make_counter)
    press(qtbot, window, Qt.Key.Key_F12)
    assert read_rows(db_path, "SELECT c.number, s.status FROM counter_state s JOIN counter c ON c.id = s.counter_id") == [
        (1, "paused")
    ]
    assert not window.desk_page.buttons["call_next"].isEnabled()
    QTest.keyClick(window, Qt.Key.Key_F1)  # a disabled action's key does nothing
    qtbot.wait(100)
    assert ticket_row(db_path, "A001")[0] == "waiting"
    press(qtbot, window, Qt.Key.Key_F12)
    press(qtbot, window, Qt.Key.Key_F1)
    assert ticket_row(db_path, "A001")[0] == "called"


def test_wrong_passwords_lock_the_username_even_after_a_restart(qtbot, make_counter, station, clock):
    window = make_counter()
    for attempt in range(MAX_FAILURES - 1):
        sign_in(qtbot, window, "siti", "salah")
        assert window.pages.currentWidget() is window.sign_in_page
    assert window.sign_in_page.secret.text() == ""  # never left on screen
    window.close()
    again = make_counter()  # a restarted counter program keeps the count
    sign_in(qtbot, again, "siti", "salah")
    sign_in(qtbot, again, "siti", "rahasia-siti")  # the right password, but locked now
    assert again.pages.currentWidget() is again.sign_in_page
    assert again.sign_in_page.message.text()
    clock.advance(seconds=LOCKOUT.total_seconds() + 1)
    sign_in(qtbot, again, "siti", "rahasia-siti")
    qtbot.waitUntil(lambda: again.view is not None)
    assert again.pages.currentWidget() is again.desk_page


def test_signing_out_clears_the_desk(qtbot, make_counter, station):
    issue(station)
    window = signed_in(qtbot, make_counter)
    window.desk_page.sign_out.click()
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.staff is None
    QTest.keyClick(window, Qt.Key.Key_F1)  # the desk's keys are gone with the desk
    qtbot.wait(100)
    assert issue(station) == "A002"
    with station.uow(read_only=True) as uow:
        assert all(t.status == "waiting" for t in queue.list_tickets(uow))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1280, 720)])
def test_the_desk_fits_a_desktop_screen(qtbot, make_counter, station, size):
    for _ in range(30):
        issue(station)
    window = signed_in(qtbot, make_counter)
    press(qtbot, window, Qt.Key.Key_F1)
    window.resize(*size)
    qtbot.wait(50)
    assert layout_problems(window.desk_page) == []


def test_mpp_counter_renders_its_sign_in_into_a_png(db_path, tmp_path):
    out = tmp_path / "counter.png"
    result = run_mpp("counter", "--db", str(db_path), "--screenshot", str(out), "--size", "1366x768")
    assert result.returncode == 0, result.stderr
    assert (0x1B, 0x6E, 0x35) in screenshot_colours(out, "1366x768")  # the green sign-in button


def test_a_pin_hashed_by_mpp_staff_hash_signs_in(qtbot, make_counter, station, tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "app.cli", "staff", "hash"], input="2468\n",
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    digest = result.stdout.strip()
    assert digest.startswith("$argon2id$")
    with station.uow() as uow:
        from db.models import Staff

        uow.new(Staff, username="wati", full_name="Wati Lestari", role="counter", password_hash=digest, active=True)
        uow.commit()
    window = make_counter()
    sign_in(qtbot, window, "wati", "2468")
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.desk_page.staff_name.text() == "Wati Lestari"
    short = subprocess.run([sys.executable, "-m", "app.cli", "staff", "hash"], input="12\n", capture_output=True, text=True)
    assert short.returncode == 2 and "at least 4" in short.stderr
