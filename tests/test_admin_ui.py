"""The administration panel driven the way a supervisor works it (choose a row, type, click
Simpan) on a real station file; and the running kiosk, counter and display windows taking
up what another process changes through app.admin, without a restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QMessageBox, QVBoxLayout, QWidget

from app import admin
from app.admin import CounterData, Problem, StationSettingsData
from app.auth import sign_in
from app.config import StationConfig
from app.counter import CounterDesk
from app.display import Display
from app.kiosk import Kiosk
from app.uow import Station
from tests.conftest import layout_problems, read_rows
from tests.test_admin import add_admin
from tests.test_kiosk import take_ticket
from ui.announcer import Announcer
from ui.app import application
from ui.counter.window import CounterWindow
from ui.display.window import DisplayWindow
from ui.kiosk.window import KioskWindow
from ui.supervisor.admin import AdminPanel, problem_text
from ui.supervisor.style import supervisor_style

SIZE = (1366, 650)  # what a 1366x768 screen leaves the panel under the window's title, header and tabs


@pytest.fixture
def with_admin(station):
    return add_admin(station)


@pytest.fixture
def make_panel(qtbot):
    application().mpp_translations.set_language("id")

    def make(station: Station, username: str) -> AdminPanel:
        host = QWidget(objectName="supervisor")  # as the supervisor's window holds it, with its style
        host.setStyleSheet(supervisor_style())
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        panel = AdminPanel(station, username)
        panel.host = host  # the panel lives as long as the test holds it
        layout.addWidget(panel)
        qtbot.addWidget(host)
        host.resize(*SIZE)
        host.show()
        qtbot.waitUntil(lambda: not panel.db.busy and bool(panel.page.items))
        return panel

    return make


def open_area(qtbot, panel: AdminPanel, area: str):
    index = next(i for i in range(panel.pages.count()) if panel.pages.widget(i).area == area)
    item = panel.areas.item(index)
    qtbot.mouseClick(panel.areas.viewport(), Qt.MouseButton.LeftButton, pos=panel.areas.visualItemRect(item).center())
    qtbot.waitUntil(lambda: not panel.db.busy)
    assert panel.page.area == area
    return panel.page


def choose(qtbot, page, key) -> None:
    table = page.table
    row = next(table.topLevelItem(i) for i in range(table.topLevelItemCount())
               if table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == key)  # fmt: skip
    table.scrollToItem(row)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(row).center())


def retype(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    if isinstance(widget, QCheckBox):  # on its box: the widget may stretch well past its text
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot, panel: AdminPanel) -> None:
    click(qtbot, panel.page.save_button)
    qtbot.waitUntil(lambda: not panel.db.busy)


def error_of(page, key: str) -> str:
    for form in page.forms:
        if key in form.fields:
            error = form.fields[key][2]
            return error.text() if error.isVisibleTo(page) else ""
    raise KeyError(key)


# --- the panel ------------------------------------------------------------------------------------


def test_a_supervisor_fixes_a_service_by_hand_and_a_refusal_shows_beside_its_field(qtbot, make_panel, station,
                                                                                      db_path):  # fmt: skip
    panel = make_panel(station, "budi")
    page = open_area(qtbot, panel, "service")
    choose(qtbot, page, "KK")
    assert page.name.text() == "Kartu Keluarga"
    retype(qtbot, page.prefix, "A")  # KTP's
    page.persyaratan.setFocus()
    qtbot.keyClicks(page.persyaratan, "Kartu Keluarga lama")
    save(qtbot, panel)
    assert error_of(page, "prefix") == problem_text(Problem("prefix", "prefix_taken", "", {"other": "KTP"}))
    assert page.message.text()
    assert read_rows(db_path, "SELECT prefix, persyaratan FROM service WHERE code = 'KK'") == [("B", "[]")]

    retype(qtbot, page.prefix, "k")
    retype(qtbot, page.quota, "40")
    with qtbot.waitSignal(panel.changed, timeout=5000) as saved:
        click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: not panel.db.busy)
    assert saved.args == ["service"]
    assert error_of(page, "prefix") == ""
    assert read_rows(db_path, "SELECT prefix, daily_quota, persyaratan FROM service WHERE code = 'KK'") == [
        ("K", 40, '["Kartu Keluarga lama"]')]
    assert page.table.currentItem().text(0) == "K"  # the list shows the saved row, still chosen


def test_unsaved_edits_are_never_dropped_by_choosing_another_row(qtbot, make_panel, station):
    panel = make_panel(station, "budi")
    page = open_area(qtbot, panel, "service")
    choose(qtbot, page, "KK")
    retype(qtbot, page.name, "Kartu Keluarga (KK)")
    choose(qtbot, page, "KTP")
    assert page.current_key == "KK" and page.name.text() == "Kartu Keluarga (KK)"
    assert page.table.currentItem().data(0, Qt.ItemDataRole.UserRole) == "KK"
    assert page.message.text()
    qtbot.keyClick(page.name, Qt.Key.Key_Escape)  # Batal
    assert page.name.text() == "Kartu Keluarga"
    choose(qtbot, page, "KTP")
    assert page.current_key == "KTP" and page.name.text() == "KTP-el"


def test_a_new_counter_needs_a_service(qtbot, make_panel, station, db_path):
    panel = make_panel(station, "budi")
    page = open_area(qtbot, panel, "counter")
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Tambah
    assert page.current_key is None and page.number.value() == 3  # the lowest number free
    qtbot.keyClicks(page.name, "Loket 3 Dukcapil")
    save(qtbot, panel)
    assert error_of(page, "services") == problem_text(Problem("services", "counter_without_service", ""))
    assert read_rows(db_path, "SELECT count(*) FROM counter WHERE number = 3") == [(0,)]
    services = page.services_list
    ktp = next(item for item in map(services.item, range(services.count()))
               if item.data(Qt.ItemDataRole.UserRole) == "KTP")  # fmt: skip
    qtbot.mouseClick(services.viewport(), Qt.MouseButton.LeftButton, pos=services.visualItemRect(ktp).center())
    qtbot.keyClick(services, Qt.Key.Key_Space)  # tick it
    save(qtbot, panel)
    assert read_rows(db_path, "SELECT c.name, s.code FROM counter c JOIN counter_service cs ON cs.counter_id = c.id "
                              "JOIN service s ON s.id = cs.service_id WHERE c.number = 3") == [
        ("Loket 3 Dukcapil", "KTP")]
    assert page.current_key == 3


def test_a_supervisor_sees_staff_and_station_settings_but_changes_neither(qtbot, make_panel, station):
    panel = make_panel(station, "budi")
    for area in ("staff", "station_settings"):
        page = open_area(qtbot, panel, area)
        assert not page.save_button.isVisible() and not page.add_button.isVisible()
        assert not page.body.isEnabled() and page.notice.isVisible()
    assert open_area(qtbot, panel, "service").save_button.isVisible()


def test_an_admin_adds_an_account_and_central_station_settings(qtbot, make_panel, with_admin, db_path):
    panel = make_panel(with_admin, "ani")
    page = open_area(qtbot, panel, "staff")
    click(qtbot, page.add_button)
    qtbot.keyClicks(page.username, "rudi")
    qtbot.keyClicks(page.full_name, "Rudi Hartono")
    page.role.setCurrentIndex(page.role.findData("pengaduan"))
    qtbot.keyClicks(page.password, "12")
    save(qtbot, panel)
    assert error_of(page, "password") == problem_text(Problem("password", "short_password", "", {"min": 4}))
    assert read_rows(db_path, "SELECT count(*) FROM staff WHERE username = 'rudi'") == [(0,)]
    qtbot.keyClicks(page.password, "34")
    save(qtbot, panel)
    assert page.password.text() == ""  # never left on screen
    with with_admin.uow() as uow:
        assert sign_in(uow, "rudi", "1234").role == "pengaduan"

    page = open_area(qtbot, panel, "station_settings")
    click(qtbot, page.add_button)
    qtbot.keyClicks(page.station_name, "Kiosk Lobi")
    click(qtbot, page.ticks["idle_seconds"])
    retype(qtbot, page.editors["idle_seconds"], "45")
    click(qtbot, page.ticks["language"])
    page.editors["language"].setCurrentIndex(page.editors["language"].findData("en"))
    save(qtbot, panel)
    assert read_rows(db_path, "SELECT station_name, settings FROM station_settings") == [
        ("Kiosk Lobi", '{"language": "en", "idle_seconds": 45}')]
    assert page.table.currentItem().text(0) == "Kiosk Lobi"


def test_a_closure_for_part_of_a_day_is_added_and_removed_by_hand(qtbot, make_panel, station, db_path):
    panel = make_panel(station, "budi")
    page = open_area(qtbot, panel, "closure")
    click(qtbot, page.add_button)
    page.day.setDate(QDate(2026, 12, 1))
    click(qtbot, page.whole)
    page.closed_from.setTime(QTime(12, 0))
    page.closed_until.setTime(QTime(13, 30))
    qtbot.keyClicks(page.reason, "Rapat koordinasi")
    save(qtbot, panel)
    assert read_rows(db_path, "SELECT day, reason, closed_from, closed_until FROM closure "
                              "WHERE day = '2026-12-01'") == [("2026-12-01", "Rapat koordinasi", "12:00", "13:30")]
    assert page.current_key == date(2026, 12, 1)
    click(qtbot, page.remove_button)
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible())
    page.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not panel.db.busy)
    assert read_rows(db_path, "SELECT count(*) FROM closure WHERE day = '2026-12-01'") == [(0,)]


def test_the_running_text_is_typed_and_saved_with_enter(qtbot, make_panel, station, db_path):
    panel = make_panel(station, "budi")
    page = open_area(qtbot, panel, "running_text")
    qtbot.keyClicks(page.text, "Loket Imigrasi buka pukul 08.00")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.db.busy)
    assert read_rows(db_path, "SELECT running_text FROM mpp_settings") == [("Loket Imigrasi buka pukul 08.00",)]


def test_every_page_fits_the_screen(qtbot, make_panel, demo_template, tmp_path):
    import shutil

    from app.clock import ManualClock
    from tests.conftest import MONDAY_9AM

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    station = Station.open(path, ManualClock(MONDAY_9AM))
    try:
        panel = make_panel(station, "admin")  # the demo catalog's administrator
        for index in range(panel.pages.count()):
            page = open_area(qtbot, panel, panel.pages.widget(index).area)
            assert layout_problems(page) == [], page.area
            page.grab().save(str(tmp_path / f"{page.area}.png"))
    finally:
        station.close()


# --- the stations take up what the supervisor changes ---------------------------------------------


def supervisor(db_path, clock) -> Station:
    """The supervisor's station: another connection to the file, as another process has."""
    return Station.open(db_path, clock)


def change(station: Station, fn, *args):
    with station.uow() as uow:
        return fn(uow, "ani", *args)


def test_a_running_kiosk_takes_up_its_central_settings_and_the_catalog(qtbot, with_admin, db_path, clock,
                                                                        tmp_path):  # fmt: skip
    app = application()
    own, central = tmp_path / "own.escpos", tmp_path / "central.escpos"
    config = StationConfig(station_name="Kiosk Lobi", printer=f"file:{own}")
    window = KioskWindow(Kiosk(with_admin, config), app.mpp_translations)
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    assert window._idle.interval() == 30_000 and window.translations.language == "id"
    other = supervisor(db_path, clock)
    try:
        change(other, admin.add_station_settings,
               StationSettingsData("Kiosk Lobi", {"idle_seconds": 45, "language": "en", "printer": f"file:{central}"}))
        qtbot.waitUntil(lambda: window._idle.interval() == 45_000, timeout=5000)
        assert window.translations.language == "en"  # at home: at once
        assert window.home.take.text() == "Take a queue number"
        with other.uow(read_only=True) as uow:
            ktp = next(x for x in admin.list_services(uow) if x.code == "KTP")
        change(other, admin.edit_service, "KTP", replace(ktp, name="KTP-el (baru)"))
        qtbot.waitUntil(lambda: window.board.service("KTP").service.name == "KTP-el (baru)", timeout=5000)
        ticket = take_ticket(qtbot, window, "DUKCAPIL", "KTP")
        assert window.print_result.printed
        assert central.exists() and not own.exists()  # the central printer
        assert ticket.code in central.read_bytes().decode("latin-1")
    finally:
        other.close()
        app.mpp_translations.set_language("id")


def test_a_running_counter_desk_offers_a_new_counter_and_uses_the_central_printer(qtbot, with_admin, db_path,
                                                                                   clock):  # fmt: skip
    window = CounterWindow(CounterDesk(with_admin, StationConfig(station_name="Loket A", printer="file:/tmp/own")))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.counters is not None)
    combo = window.sign_in_page.counter
    assert [combo.itemData(i) for i in range(combo.count())] == [1, 2, 5]
    other = supervisor(db_path, clock)
    try:
        change(other, admin.add_counter, CounterData(7, "Loket 7", ("KK",)))
        change(other, admin.add_station_settings, StationSettingsData("Loket A", {"printer": "tcp:10.0.0.9"}))
        qtbot.waitUntil(lambda: combo.count() == 4, timeout=5000)
        assert [combo.itemData(i) for i in range(combo.count())] == [1, 2, 5, 7]
        qtbot.waitUntil(lambda: window.desk.config.printer == "tcp:10.0.0.9", timeout=5000)
    finally:
        other.close()


def test_a_running_display_board_takes_up_the_voice_style_and_the_running_text(qtbot, with_admin, db_path,
                                                                               clock):  # fmt: skip
    application().mpp_translations.set_language("id")
    window = DisplayWindow(Display(with_admin, StationConfig(station_name="Papan 1")), Announcer(voice=False))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    assert window.board.voice_style == "words"
    other = supervisor(db_path, clock)
    try:
        change(other, admin.add_station_settings, StationSettingsData("*", {"voice_style": "digits"}))
        change(other, admin.set_running_text, "Selamat datang di MPP Uji")
        qtbot.waitUntil(lambda: window.board.voice_style == "digits", timeout=5000)
        qtbot.waitUntil(lambda: window.marquee.text() == "Selamat datang di MPP Uji", timeout=5000)
        assert window.display.config.voice_style == "digits"
    finally:
        other.close()
