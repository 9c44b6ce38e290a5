"""Complaints at the kiosk, driven by taps on the touch keys (and a scanner's or an input
method's key presses) on a real station file, with a real file printer.

The station holds tests/fixtures/catalog.toml ("MPP Uji": DUKCAPIL with KTP and KK,
IMIGRASI with PASPOR); its clock stands at Monday 23 November 2026, 09.00 WIB. Every
test has its own personal-data key file (MPP_KEY_FILE), never the user's.
"""

from __future__ import annotations

import shutil

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app import complaints as c
from app import keys, queue
from app.clock import ManualClock
from app.config import StationConfig
from app.kiosk import Kiosk
from app.printing import ticket_qr_payload
from app.uow import Station
from tests.conftest import MONDAY_9AM, layout_problems, read_rows
from tests.test_kiosk import closed_port
from tests.test_printing import parse_escpos
from ui.app import application
from ui.kiosk.touch import BACKSPACE, SHIFT, SPACE
from ui.kiosk.window import KioskWindow

HANDLER = c.Actor("handler", "pengaduan")
TABLES = ("complaint", "complaint_identity", "complaint_event", "complaint_sequence", "outbox")
NAME = "Nur'aini Ma'ruf"
FEELING = "Petugas tidak ada 😀👩‍👩‍👧 شكوى"  # an emoji, a joined emoji sequence, Arabic


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "personal-data.key"
    monkeypatch.setenv(keys.KEY_ENV, str(path))
    return path


@pytest.fixture
def printer_file(tmp_path):
    return tmp_path / "printer.escpos"


@pytest.fixture
def make_window(qtbot, station, printer_file):
    app = application()

    def make(size=(1080, 1920), **config) -> KioskWindow:
        config.setdefault("printer", f"file:{printer_file}")
        window = KioskWindow(Kiosk(station, StationConfig(**config)), app.mpp_translations)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: window.board is not None)
        return window

    yield make
    app.mpp_translations.set_language("id")


# --- how a citizen works the kiosk -----------------------------------------------------------


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def on(window, page) -> bool:
    return window.stack.currentWidget() is page


def tap_text(qtbot, keyboard, text: str) -> None:
    """Type on the on-screen keyboard: shift before each capital, as on a phone."""
    for ch in text:
        if ch == " ":
            tap(qtbot, keyboard.keys[SPACE])
        elif ch.isupper():
            tap(qtbot, keyboard.keys[SHIFT])
            tap(qtbot, keyboard.keys[ch.lower()])
        else:
            tap(qtbot, keyboard.keys[ch])


def type_keys(window, text: str) -> None:
    """A hardware keyboard or an input method: one key event per character, with its text."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def scan(qtbot, window, payload: str) -> None:
    """A USB scanner types the code as a keyboard would, then Enter."""
    qtbot.keyClicks(window, payload)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def start_filing(qtbot, window):
    tap(qtbot, window.home.complaints)
    flow = window.complaints
    assert on(window, flow.start_page)
    tap(qtbot, flow.start_page.file)
    assert on(window, flow.identity_page)
    return flow


def text_step(qtbot, flow, field: str, text: str | None) -> None:
    """One text screen: typed on the keys, then Continue; None skips an optional one."""
    page = flow.text_page
    assert flow.step == field and on(flow.w, page)
    if text is None:
        tap(qtbot, page.skip)
        return
    tap_text(qtbot, page.keyboard, text)
    tap(qtbot, page.go)


def to_agency(qtbot, flow, identitas="terbuka", nik=None) -> None:
    tap(qtbot, flow.identity_page.choices[identitas])
    if identitas == "terbuka":
        text_step(qtbot, flow, "nama", NAME)
        text_step(qtbot, flow, "alamat", "Jl. Merdeka 1, Bandung")
        text_step(qtbot, flow, "telepon", "0812 3456 7890")
        text_step(qtbot, flow, "email", None)
        text_step(qtbot, flow, "nik", nik)
    assert on(flow.w, flow.agency_page)


def to_review(qtbot, window, flow, *, agency="DUKCAPIL", service="KTP") -> None:
    tap(qtbot, flow.agency_page.grid.tiles[agency])
    tap(qtbot, flow.service_page.grid.tiles[service])
    tap(qtbot, flow.ticket_page.none)
    after_ticket(qtbot, window, flow)


def after_ticket(qtbot, window, flow) -> None:
    """Yesterday; here; what fell short through an input method (emoji, Arabic); the rest by taps."""
    tap(qtbot, flow.when_page.yesterday)
    tap(qtbot, flow.when_page.go)
    tap(qtbot, flow.text_page.here)  # "here, at MPP Uji"
    tap(qtbot, flow.text_page.go)
    type_keys(window, FEELING)
    tap(qtbot, flow.text_page.go)
    text_step(qtbot, flow, "kerugian", "Satu hari cuti kerja.")
    text_step(qtbot, flow, "tuntutan", "Petugas hadir tepat waktu!")
    assert on(window, flow.review_page)


def send(qtbot, window, flow) -> None:
    tap(qtbot, flow.review_page.send)
    qtbot.waitUntil(lambda: not flow.sending and not window.db.busy, timeout=10000)


def counts(db_path) -> dict[str, int]:
    return {t: read_rows(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def visible_texts(widget) -> str:
    """Every text a person can read on the screen."""
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton) if w.isVisible()]
    return "\n".join(texts)


# --- filing --------------------------------------------------------------------------------------------


def test_a_citizen_files_a_complaint_with_their_name_by_taps_and_takes_the_receipt(
    qtbot, make_window, station, db_path, printer_file
):
    window = make_window()
    assert window.home.complaints.text() == "Pengaduan"
    flow = start_filing(qtbot, window)
    assert flow.identity_page.progress.text() == "Langkah 1 dari 15"
    to_agency(qtbot, flow, nik="3201014708900001")
    to_review(qtbot, window, flow)

    page = flow.review_page
    shown = {key: value.text() for key, (_, value) in page.row_widgets.items() if value.isVisible()}
    # what was typed is shown back exactly: the apostrophes, the emoji, the Arabic
    assert shown["nama"] == NAME
    assert shown["uraian"] == FEELING
    assert shown["tempat"] == "MPP Uji"
    assert shown["telepon"] == "0812 3456 7890" and "email" not in shown
    assert shown["instansi"] == "Dinas Kependudukan dan Pencatatan Sipil" and shown["layanan"] == "KTP-el"
    assert shown["waktu_kejadian"] == "Minggu, 22 November 2026"
    send(qtbot, window, flow)

    assert on(window, flow.filed_page)
    filed = flow.filed_page
    assert filed.number.text() == "ADU-2026-000001"
    assert filed.qr.payload == "MPP-C:ADU-2026-000001"
    assert not window.footer.isVisible()
    qtbot.waitUntil(lambda: flow.print_result is not None, timeout=10000)
    assert flow.print_result.printed
    assert filed.status.text() == "Silakan ambil tanda terima yang tercetak di bawah layar."
    slip = parse_escpos(printer_file.read_bytes())
    printed = "\n".join(line.text for line in slip.lines)
    assert "ADU-2026-000001" in printed and "Pelapor: Nur'aini Ma'ruf" in printed
    assert "0812" not in printed  # the phone never goes on paper

    sql = "SELECT nomor, kanal, identitas, uraian, tempat, waktu_kejadian, ticket_id FROM complaint"
    rows = read_rows(db_path, sql)
    assert rows == [("ADU-2026-000001", "kiosk", "terbuka", FEELING, "MPP Uji", "2026-11-22", None)]
    with station.uow() as uow:
        view = c.staff_view(uow, "ADU-2026-000001", HANDLER)
    assert view.identity.nama == NAME and view.identity.telepon == "0812 3456 7890"
    assert view.identity.nik == "3201014708900001" and view.identity.email is None
    assert view.kerugian == "Satu hari cuti kerja." and view.tuntutan == "Petugas hadir tepat waktu!"
    assert view.service_code == "KTP"

    tap(qtbot, filed.done)
    assert on(window, window.home)


def test_anonymous_asks_no_name_and_stores_no_identity(qtbot, make_window, station, db_path, key_file):
    window = make_window()
    flow = start_filing(qtbot, window)
    to_agency(qtbot, flow, identitas="anonim")
    assert flow.agency_page.progress.text() == "Langkah 2 dari 10"
    # "not sure" of the service is allowed
    tap(qtbot, flow.agency_page.grid.tiles["IMIGRASI"])
    tap(qtbot, flow.service_page.grid.tiles["-"])
    tap(qtbot, flow.ticket_page.none)
    tap(qtbot, flow.when_page.today)
    for key in "1030":  # it is 09.00: not yet
        tap(qtbot, flow.when_page.digits.keys[key])
    assert flow.when_page.notice.text() == "Tanggal kejadian tidak boleh di masa depan."
    assert not flow.when_page.go.isEnabled()
    for key in [BACKSPACE] * 4 + list("0830"):
        tap(qtbot, flow.when_page.digits.keys[key])
    tap(qtbot, flow.when_page.go)
    text_step(qtbot, flow, "tempat", "Loket 5")
    text_step(qtbot, flow, "uraian", "Antrian diserobot.")
    text_step(qtbot, flow, "kerugian", "Waktu.")
    text_step(qtbot, flow, "tuntutan", "Tertib.")
    shown = {key for key, (_, value) in flow.review_page.row_widgets.items() if value.isVisible()}
    assert "nama" not in shown and flow.review_page.row_widgets["identitas"][1].text() == "Anonim"
    send(qtbot, window, flow)
    assert on(window, flow.filed_page)
    rows = read_rows(db_path, "SELECT identitas, waktu_kejadian, service_id FROM complaint")
    assert rows == [("anonim", "2026-11-23T08:30+07:00", None)]
    assert read_rows(db_path, "SELECT count(*) FROM complaint_identity") == [(0,)]
    assert not key_file.exists()  # nothing personal: no key needed


def test_a_bad_nik_gets_a_clear_message_on_its_screen_and_nothing_is_stored(qtbot, make_window, db_path):
    before = counts(db_path)
    window = make_window()
    flow = start_filing(qtbot, window)
    tap(qtbot, flow.identity_page.choices["terbuka"])
    text_step(qtbot, flow, "nama", "Budi")
    text_step(qtbot, flow, "alamat", "Bandung")
    text_step(qtbot, flow, "telepon", None)
    tap_text(qtbot, flow.text_page.keyboard, "x")
    tap(qtbot, flow.text_page.extra.keys["@"])  # the e-mail screen has the signs it needs
    tap_text(qtbot, flow.text_page.keyboard, "y")
    tap(qtbot, flow.text_page.go)
    assert flow.step == "email"
    assert flow.text_page.notice.text() == "Ini bukan alamat e-mail (seperti nama@contoh.id)."
    tap(qtbot, flow.text_page.keyboard.keys[BACKSPACE])
    tap_text(qtbot, flow.text_page.keyboard, "z.id")
    assert not flow.text_page.notice.isVisible()  # typing clears the old message
    tap(qtbot, flow.text_page.go)
    # letters do not go into a NIK
    tap_text(qtbot, flow.text_page.keyboard, "99o01014708900001")
    assert flow.draft.texts["nik"] == "9901014708900001"
    tap(qtbot, flow.text_page.go)
    assert flow.step == "nik"
    assert flow.text_page.notice.text().startswith("NIK terdiri dari 16 angka")
    assert counts(db_path) == before


def test_the_keys_stop_at_a_fields_limit(qtbot, make_window):
    window = make_window()
    flow = start_filing(qtbot, window)
    tap(qtbot, flow.identity_page.choices["terbuka"])
    flow.draft.texts["nama"] = "a" * (c.LIMITS["nama"] - 1)
    window.render()
    tap_text(qtbot, flow.text_page.keyboard, "bc")
    assert flow.draft.texts["nama"] == "a" * (c.LIMITS["nama"] - 1) + "b"
    assert flow.text_page.counter.text() == "200 / 200"


def test_a_ticket_of_another_agency_or_of_no_day_is_refused_and_nothing_is_stored(
    qtbot, make_window, station, db_path
):
    with station.uow() as uow:
        paspor = queue.issue_ticket(uow, "PASPOR")
    window = make_window()
    flow = start_filing(qtbot, window)
    to_agency(qtbot, flow, identitas="rahasia")
    tap(qtbot, flow.agency_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.service_page.grid.tiles["KTP"])
    # the PASPOR ticket, scanned: refused on the spot
    scan(qtbot, window, ticket_qr_payload(paspor.id))
    qtbot.waitUntil(lambda: not flow.checking)
    assert on(window, flow.ticket_page)
    assert flow.ticket_page.notice.text().startswith("Tiket P001 untuk instansi lain.")
    # a number nobody had today is taken as typed, and checked when the complaint is sent
    before = counts(db_path)
    for key in "A9":
        page = flow.ticket_page
        tap(qtbot, (page.letters if key.isalpha() else page.digits).keys[key])
    tap(qtbot, flow.ticket_page.go)
    qtbot.waitUntil(lambda: on(window, flow.when_page))
    after_ticket(qtbot, window, flow)
    assert flow.review_page.row_widgets["tiket"][1].text() == "A9"
    send(qtbot, window, flow)
    assert on(window, flow.ticket_page)
    assert flow.ticket_page.notice.text().startswith("Tiket tersebut tidak ditemukan")
    assert counts(db_path) == before
    # without it, the complaint goes
    tap(qtbot, flow.ticket_page.none)
    for _ in range(5):  # when, where, what, loss, settlement: all kept
        tap(qtbot, flow.page_of(flow.step).go)
    send(qtbot, window, flow)
    assert on(window, flow.filed_page)
    assert read_rows(db_path, "SELECT identitas, ticket_id FROM complaint") == [("rahasia", None)]


def test_a_scanned_ticket_is_linked_and_gives_the_day(qtbot, make_window, station, db_path):
    with station.uow() as uow:
        ktp = queue.issue_ticket(uow, "KTP")
    window = make_window()
    flow = start_filing(qtbot, window)
    to_agency(qtbot, flow, identitas="anonim")
    tap(qtbot, flow.agency_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.service_page.grid.tiles["-"])
    scan(qtbot, window, ticket_qr_payload(ktp.id).upper())
    qtbot.waitUntil(lambda: on(window, flow.when_page))
    assert flow.draft.ticket_code == "A001"
    assert flow.when_page.date.text() == "Tanggal: 23-11-2026"
    tap(qtbot, flow.when_page.go)
    for field, text in (("tempat", "Loket 1"), ("uraian", "Lama."), ("kerugian", "Waktu."), ("tuntutan", "Cepat.")):
        text_step(qtbot, flow, field, text)
    assert flow.review_page.row_widgets["tiket"][1].text() == "A001"
    send(qtbot, window, flow)
    rows = read_rows(db_path, "SELECT t.code, s.code FROM complaint c JOIN ticket t ON t.id = c.ticket_id "
                              "JOIN service s ON s.id = c.service_id")  # fmt: skip
    assert rows == [("A001", "KTP")]  # the service the ticket was for


def test_a_day_long_past_is_a_warning_not_a_refusal(qtbot, make_window, db_path):
    window = make_window()
    flow = start_filing(qtbot, window)
    to_agency(qtbot, flow, identitas="anonim")
    tap(qtbot, flow.agency_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.service_page.grid.tiles["KK"])
    tap(qtbot, flow.ticket_page.none)
    page = flow.when_page
    for key in "31022026":  # no such day
        tap(qtbot, page.digits.keys[key])
    assert page.notice.text() == "Tanggal ini tidak ada." and not page.go.isEnabled()
    for _ in range(8):
        tap(qtbot, page.digits.keys[BACKSPACE])
    for key in "01102026":
        tap(qtbot, page.digits.keys[key])
    assert page.warning.isVisible() and page.warning.text().startswith("Kejadiannya 53 hari yang lalu.")
    tap(qtbot, page.go)
    for field, text in (("tempat", "Loket 1"), ("uraian", "Lama."), ("kerugian", "Waktu."), ("tuntutan", "Cepat.")):
        text_step(qtbot, flow, field, text)
    send(qtbot, window, flow)
    assert on(window, flow.filed_page)
    assert flow.filed_page.warning.isVisible()
    assert flow.filed_page.warning.text().startswith("Kejadiannya 53 hari yang lalu.")
    assert read_rows(db_path, "SELECT waktu_kejadian FROM complaint") == [("2026-10-01",)]


def test_a_failing_printer_leaves_the_number_and_its_qr_code_on_screen(qtbot, make_window, tmp_path):
    window = make_window(printer=f"tcp:127.0.0.1:{closed_port()}")
    flow = start_filing(qtbot, window)
    to_agency(qtbot, flow, identitas="anonim")
    to_review(qtbot, window, flow)
    send(qtbot, window, flow)
    qtbot.waitUntil(lambda: flow.print_result is not None, timeout=15000)
    assert not flow.print_result.printed
    page = flow.filed_page
    assert page.status.text().startswith("Printer tidak dapat mencetak tanda terima Anda.")
    shot = tmp_path / "qr.png"
    page.qr.grab().save(str(shot))
    assert [code.text for code in zxingcpp.read_barcodes(Image.open(shot))] == ["MPP-C:ADU-2026-000001"]


def test_idle_reset_mid_complaint_forgets_everything(qtbot, make_window, db_path):
    window = make_window()
    flow = start_filing(qtbot, window)
    tap(qtbot, window.language_switch)
    to_agency(qtbot, flow, nik=None)
    tap(qtbot, flow.agency_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.service_page.grid.tiles["KTP"])
    tap(qtbot, flow.ticket_page.none)
    tap(qtbot, flow.when_page.yesterday)
    tap(qtbot, flow.when_page.go)
    tap_text(qtbot, flow.text_page.keyboard, "Loket")
    window._idle.setInterval(300)  # the configured 30 s, shortened for the test
    tap(qtbot, flow.text_page.keyboard.keys[SHIFT])  # a touch restarts the timer
    qtbot.waitUntil(lambda: on(window, window.home), timeout=5000)

    draft = flow.draft
    assert set(draft.texts.values()) == {""} and draft.identitas == "terbuka"
    assert draft.instansi is None and draft.event_date is None and draft.tiket is None
    assert flow.date_digits == "" and flow.step is None and flow.filed is None
    assert window.translations.language == "id"
    assert counts(db_path)["complaint"] == 0
    # the next citizen finds every screen empty
    flow = start_filing(qtbot, window)
    tap(qtbot, flow.identity_page.choices["terbuka"])
    assert flow.text_page.text.toPlainText() == "" and not flow.text_page.keyboard.shifted
    flow.show_step("when")
    assert flow.when_page.date.text() == "Tanggal: __-__-____"
    assert NAME not in visible_texts(window)


# --- checking a complaint -----------------------------------------------------------------------------


@pytest.fixture
def filed_one(station):
    """A complaint with a name and a phone, a public reply and a private note."""
    with station.uow() as uow:
        filed = c.add_complaint(uow, {
            "identitas": "terbuka", "nama": NAME, "alamat": "Jl. Rahasia 9", "telepon": "081299998888",
            "instansi": "DUKCAPIL", "layanan": "KTP", "waktu_kejadian": "2026-11-20", "tempat": "Loket 2",
            "uraian": "Berkas hilang.", "kerugian": "Dua hari.", "tuntutan": "Berkas dicari.", "kanal": "loket",
        }, c.CLI)  # fmt: skip
    with station.uow() as uow:
        c.add_note(uow, filed.nomor, "Catatan internal: pelapor sering datang.", actor=c.CLI)
    with station.uow() as uow:
        c.advance(uow, filed.nomor, "diverifikasi", actor=c.CLI, note="Berkas Anda sedang kami cari 🙏", public=True)
    return filed


def assert_public_only(window, view_page) -> None:
    texts = visible_texts(window)
    assert "Diverifikasi" in view_page.stage.text()
    assert "Berkas Anda sedang kami cari 🙏" in texts
    for private in (NAME, "Nur", "081299998888", "9888", "Jl. Rahasia", "Catatan internal", "Berkas hilang."):
        assert private not in texts


def test_the_status_by_typed_number_shows_the_stage_and_the_reply_and_nothing_personal(
    qtbot, make_window, filed_one
):
    window = make_window()
    tap(qtbot, window.home.complaints)
    flow = window.complaints
    tap(qtbot, flow.start_page.check)
    page = flow.status_page
    assert page.entry.text() == "ADU-2026"  # this year's, typed for the citizen
    for key in "9":
        tap(qtbot, page.digits.keys[key])
    tap(qtbot, page.go)
    qtbot.waitUntil(lambda: not flow.checking)
    assert page.notice.text() == "Pengaduan ini tidak ditemukan. Periksa kembali nomor pada tanda terima Anda."
    tap(qtbot, page.digits.keys[BACKSPACE])
    tap(qtbot, page.digits.keys["1"])
    assert page.entry.text() == "ADU-2026-1"
    tap(qtbot, page.go)
    qtbot.waitUntil(lambda: on(window, flow.result_page))
    result = flow.result_page
    assert result.number.text() == filed_one.nomor
    assert result.stage.text() == "Diverifikasi"
    assert "Diajukan Senin, 23 November 2026" in result.dates.text()
    assert_public_only(window, result)


def test_the_status_by_scanned_receipt_on_the_first_screen(qtbot, make_window, filed_one):
    window = make_window()
    scan(qtbot, window, filed_one.qr_payload)  # on the home screen: nothing happens
    assert on(window, window.home) and not window.db.busy
    tap(qtbot, window.home.complaints)
    flow = window.complaints
    scan(qtbot, window, "MPP-T:not-a-receipt")
    assert flow.start_page.notice.text().startswith("Ini bukan nomor pengaduan.")
    scan(qtbot, window, filed_one.qr_payload.lower())
    qtbot.waitUntil(lambda: on(window, flow.result_page))
    assert flow.result_page.number.text() == filed_one.nomor
    assert_public_only(window, flow.result_page)
    tap(qtbot, window.language_switch)
    assert flow.result_page.stage.text() == "Verified"
    assert flow.result_page.replies_title.text() == "Replies from the complaint unit"


# --- how it looks ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
@pytest.mark.parametrize("large_type", [False, True])
def test_every_complaint_screen_fits_the_screen(qtbot, demo_template, tmp_path, size, large_type):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    station = Station.open(path, ManualClock(MONDAY_9AM))
    app = application()
    window = KioskWindow(Kiosk(station, StationConfig(large_type=large_type)), app.mpp_translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    flow = window.complaints
    agency = max(window.board.agencies, key=lambda a: len(a.name))
    service = max(agency.services, key=lambda s: len(s.service.name))
    draft = flow.draft
    draft.texts.update(nama=NAME, alamat="Jl. Merdeka No. 1, Bandung", telepon="0812 3456 7890",
                       email="nuraini@example.id", nik="3201014708900001", tempat="Loket 2",
                       uraian=FEELING * 20, kerugian="Satu hari cuti kerja.", tuntutan="Petugas hadir.")  # fmt: skip
    draft.instansi, draft.layanan = agency.code, service.code
    draft.event_date, flow.date_digits = MONDAY_9AM.date().replace(month=10), "23102026"
    flow.ticket_text = "AB12345"
    long_notice = c.Problem("nik", "bad_nik", "")
    with station.uow() as uow:
        filed = c.add_complaint(uow, {**draft.intake(), "kanal": "kiosk"}, c.KIOSK)
    with station.uow() as uow:
        c.advance(uow, filed.nomor, "diverifikasi", actor=c.CLI, note="Laporan lengkap. " * 10, public=True)
    with station.uow(read_only=True) as uow:
        view = c.public_view(uow, filed.nomor)
    problems = []
    try:
        for language in ("id", "en"):
            window.translations.set_language(language)
            from ui.complaint_form import problem_text

            for field in ("nama", "email", "uraian", "tempat", "tiket", "waktu_kejadian", "instansi", "status"):
                flow.notices[field] = (problem_text(long_notice), "notice")
            flow.notices["review"] = (problem_text(long_notice), "notice")
            flow.filed, flow.view = filed, view
            screens = [(window.home, None), (flow.start_page, None), (flow.identity_page, "identity"),
                       *((flow.text_page, f) for f in ("nama", "email", "telepon", "tempat", "uraian")),
                       (flow.agency_page, "agency"), (flow.service_page, "service"), (flow.ticket_page, "ticket"),
                       (flow.when_page, "when"), (flow.review_page, "review"), (flow.filed_page, None),
                       (flow.status_page, None), (flow.result_page, None), (flow.message_page, None)]  # fmt: skip
            for page, step in screens:
                flow.step = step
                window.show_screen(page)
                qtbot.wait(20)
                name = f"{language} {step or flow.pages.index(page) if page in flow.pages else 'home'}"
                problems += [f"{name}: {problem}" for problem in layout_problems(page)]
    finally:
        window.close()
        station.close()
        app.mpp_translations.set_language("id")
    assert problems == [], "\n".join(problems)
