"""Complaints at the counter: staff open the dialog with Ctrl+K and type a walk-in, a
letter or a phone call; the receipt is printed (a file printer) or saved as an A4 PDF
(read back). Real station file, real keys; every test has its own personal-data key.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pypdf import PdfReader

from app import complaints as c
from app import keys, queue
from app.config import StationConfig
from app.counter import CounterDesk
from tests.conftest import layout_problems, read_rows
from tests.test_printing import parse_escpos
from ui.app import application
from ui.counter.complaint import ComplaintDialog
from ui.counter.window import CounterWindow

HANDLER = c.Actor("handler", "pengaduan")
TABLES = ("complaint", "complaint_identity", "complaint_event", "complaint_sequence", "outbox")
NAME = "Nur'aini Ma'ruf"
RTL = "شكوى: الموظف غائب"
EMOJI = "Loket kosong 😡👩‍👩‍👧"


@pytest.fixture(autouse=True)
def indonesian():
    """The counter in Indonesian, as `mpp counter` starts it with the default config."""
    application().mpp_translations.set_language("id")


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "personal-data.key"
    monkeypatch.setenv(keys.KEY_ENV, str(path))
    return path


@pytest.fixture
def printer_file(tmp_path):
    return tmp_path / "printer.escpos"


@pytest.fixture
def desk(qtbot, station, printer_file):
    """Siti signed in at loket 1, the window at 1366x768."""
    window = CounterWindow(CounterDesk(station, StationConfig(counter=1, printer=f"file:{printer_file}")))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.counters is not None)
    page = window.sign_in_page
    page.user.setText("siti")
    page.secret.setText("rahasia-siti")
    QTest.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None)
    return window


def open_dialog(qtbot, window) -> ComplaintDialog:
    window.activateWindow()  # the desk in front (after a dialog has closed)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.complaint_dialog is not None and window.complaint_dialog.isVisible())
    return window.complaint_dialog


def type_into(widget, text: str) -> None:
    """Keys as staff type them: QTest's clicks for ASCII; a key event with its text for
    anything else (what a keyboard layout or an input method sends)."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def fill(dialog, **values) -> None:
    form = dialog.form
    for field, text in values.items():
        type_into(form.inputs[field], text)


def file_it(qtbot, window, dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.filing and not window.db.busy, timeout=10000)


def counts(db_path) -> dict[str, int]:
    return {t: read_rows(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


GOOD = dict(nama=NAME, alamat="Jl. Merdeka No. 1\nBandung", telepon="0812-3456-7890", nik="3201014708900001",
            tempat="Loket 2", uraian=f"{EMOJI}\n{RTL}", kerugian="Satu hari cuti kerja.",
            tuntutan="Petugas hadir pada jam layanan.")  # fmt: skip


def test_a_walk_in_complaint_with_the_ticket_at_the_counter_typed_and_filed(
    qtbot, desk, station, db_path, printer_file, tmp_path, monkeypatch
):
    with station.uow() as uow:
        queue.issue_ticket(uow, "KK")
    QTest.keyClick(desk, Qt.Key.Key_F1)  # B001 is called to loket 1
    qtbot.waitUntil(lambda: desk.view.current is not None)
    assert desk.desk_page.complaint.text() == "Pengaduan  (Ctrl+K)"
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    assert not dialog.isModal() or dialog.windowModality() != Qt.WindowModality.ApplicationModal
    # the ticket at the counter is filled in: its agency, its service, its number, today
    assert form.kanal.currentData() == "loket" and form.kanal.currentText() == "Di loket"
    assert form.agency.currentData() == "DUKCAPIL" and form.service.currentData() == "KK"
    assert form.ticket.text() == "B001"
    assert form.date.date().toPython() == date(2026, 11, 23)
    fill(dialog, **GOOD)
    file_it(qtbot, desk, dialog)

    assert dialog.stack.currentWidget() is dialog.filed_page
    assert dialog.nomor.text() == "ADU-2026-000001"
    assert dialog.dates.text().startswith("Diverifikasi paling lambat Jumat, 27 November 2026")
    assert not dialog.warnings.isVisible()
    assert desk.desk_page.message.text() == "Pengaduan ADU-2026-000001 tercatat"
    rows = read_rows(db_path, "SELECT c.kanal, c.identitas, t.code, s.code, c.uraian, c.tempat, c.waktu_kejadian "
                              "FROM complaint c JOIN ticket t ON t.id = c.ticket_id JOIN service s "
                              "ON s.id = c.service_id")  # fmt: skip
    assert rows == [("loket", "terbuka", "B001", "KK", f"{EMOJI}\n{RTL}", "Loket 2", "2026-11-23")]
    filed_by = read_rows(db_path, "SELECT s.username FROM complaint_event e JOIN staff s ON s.id = e.staff_id")
    assert filed_by == [("siti",)]
    with station.uow() as uow:
        view = c.staff_view(uow, "ADU-2026-000001", HANDLER)
    assert view.identity.nama == NAME and view.identity.alamat == "Jl. Merdeka No. 1\nBandung"
    assert view.identity.telepon == "0812-3456-7890" and view.identity.nik == "3201014708900001"

    # the receipt: on the station's printer
    dialog.print_receipt.click()
    qtbot.waitUntil(lambda: not desk.printer.busy)
    assert dialog.receipt_status.text() == "Tanda terima sudah dicetak."
    printed = "\n".join(line.text for line in parse_escpos(printer_file.read_bytes()).lines)
    assert "ADU-2026-000001" in printed and "Pelapor: Nur'aini Ma'ruf" in printed and "0812" not in printed
    # and as an A4 PDF, where staff choose to save it
    target = tmp_path / "out" / "tanda-terima"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), "")))
    dialog.save_pdf.click()
    qtbot.waitUntil(lambda: not desk.printer.busy)
    pdf = target.with_suffix(".pdf")
    assert dialog.receipt_status.text() == f"Tersimpan: {pdf}"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "ADU-2026-000001" in text and "Nur’aini Ma’ruf" in text.replace("'", "’")

    dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_letter_from_an_anonymous_citizen_hides_the_identity_fields(qtbot, desk, db_path, key_file):
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    assert form.ticket.text() == ""  # nobody at the counter
    form.kanal.setCurrentIndex(form.kanal.findData("surat"))
    type_into(form.inputs["nama"], "Typed before the choice")
    form.identity_buttons["anonim"].click()
    assert not form.inputs["nama"].isVisible() and form.anonymous_note.isVisible()
    form.agency.setCurrentIndex(form.agency.findData("IMIGRASI"))
    form.date.setDate(form.date.date().addDays(-3))
    form.time_known.click()
    form.time.setTime(form.time.time().fromString("14.05", "HH.mm"))
    fill(dialog, tempat="Kantor Imigrasi", uraian="Paspor belum jadi.", kerugian="Batal berangkat.",
         tuntutan="Paspor segera diterbitkan.")  # fmt: skip
    file_it(qtbot, desk, dialog)
    assert dialog.stack.currentWidget() is dialog.filed_page
    rows = read_rows(db_path, "SELECT kanal, identitas, waktu_kejadian, service_id FROM complaint")
    assert rows == [("surat", "anonim", "2026-11-20T14:05+07:00", None)]
    # the name typed before "anonymous" was chosen is not stored
    assert read_rows(db_path, "SELECT count(*) FROM complaint_identity") == [(0,)]
    assert not key_file.exists()


def test_bad_input_gets_a_message_beside_each_field_and_nothing_is_stored(qtbot, desk, station, db_path):
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")  # A001, DUKCAPIL's
    before = counts(db_path)
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    form.agency.setCurrentIndex(form.agency.findData("DUKCAPIL"))
    fill(dialog, nama=NAME, alamat="Bandung", nik="9901014708900001", telepon="12",
         tempat="Loket 1", kerugian="Waktu.", tuntutan="Maaf.")  # fmt: skip
    form.inputs["uraian"].setPlainText("x" * (c.LIMITS["uraian"] - 2))  # a long letter pasted in
    type_into(form.inputs["uraian"], "abc")  # and three more keys
    assert form.counters["uraian"].text() == "5001 / 5000" and form.counters["uraian"].property("over") == "true"
    # a QLineEdit takes no more than its field's limit
    type_into(form.inputs["telepon"], "3" * 30)
    assert len(form.inputs["telepon"].text()) == c.LIMITS["telepon"]
    form.inputs["telepon"].setText("12")
    file_it(qtbot, desk, dialog)

    assert dialog.stack.currentWidget() is dialog.form_page
    errors = {f: e.text() for f, e in form.errors.items() if e.isVisible()}
    assert errors == {
        "telepon": "Nomor telepon terdiri dari 7 sampai 15 angka.",
        "nik": "NIK terdiri dari 16 angka berisi kode wilayah dan tanggal lahir. Periksa kembali, atau kosongkan.",
        "uraian": "Uraian pengaduan: terlalu panjang, paling banyak 5.000 karakter.",
    }  # fmt: skip
    assert dialog.summary.text() == "Belum ada yang disimpan. Mohon perbaiki isian yang ditandai (3)."
    assert counts(db_path) == before

    # corrected, but the ticket typed is another agency's: only the database can tell
    form.inputs["telepon"].clear()
    form.inputs["nik"].clear()
    form.inputs["uraian"].setPlainText("Loket tutup.")
    assert not form.errors["uraian"].isVisible()  # an edit clears its field's message
    form.agency.setCurrentIndex(form.agency.findData("IMIGRASI"))
    type_into(form.ticket, "A001")
    file_it(qtbot, desk, dialog)
    assert dialog.stack.currentWidget() is dialog.form_page
    assert form.errors["tiket"].text() == "Tiket ini untuk instansi lain."
    assert counts(db_path) == before

    form.ticket.clear()
    file_it(qtbot, desk, dialog)
    assert dialog.stack.currentWidget() is dialog.filed_page
    assert counts(db_path)["complaint"] == 1


def test_required_fields_and_the_name_unless_anonymous(qtbot, desk, db_path):
    dialog = open_dialog(qtbot, desk)
    file_it(qtbot, desk, dialog)
    errors = {f for f, e in dialog.form.errors.items() if e.isVisible()}
    assert errors == {"nama", "alamat", "instansi", "tempat", "uraian", "kerugian", "tuntutan"}
    assert dialog.form.errors["nama"].text().startswith("Nama: mohon diisi, atau pilih anonim atau rahasia")
    assert counts(db_path)["complaint"] == 0
    # Escape never throws a half-typed complaint away; Cancel does, and Ctrl+K starts afresh
    type_into(dialog.form.inputs["nama"], NAME)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.cancel.click()
    assert not dialog.isVisible()
    again = open_dialog(qtbot, desk)
    assert again is not dialog and again.form.inputs["nama"].text() == ""
    assert not any(e.isVisible() for e in again.form.errors.values())


def test_an_event_long_past_is_a_warning_not_a_refusal(qtbot, desk, db_path):
    dialog = open_dialog(qtbot, desk)
    form = dialog.form
    form.agency.setCurrentIndex(form.agency.findData("DUKCAPIL"))
    form.date.setDate(form.date.date().addDays(-45))
    assert form.warning.isVisible()
    assert form.warning.text().startswith("Kejadiannya 45 hari yang lalu. UU 25/2009 Pasal 41")
    fill(dialog, **{**GOOD, "nik": ""})
    file_it(qtbot, desk, dialog)
    assert dialog.stack.currentWidget() is dialog.filed_page
    assert dialog.warnings.isVisible() and dialog.warnings.text().startswith("Kejadiannya 45 hari yang lalu.")
    expected = (date(2026, 11, 23) - timedelta(days=45)).isoformat()
    assert read_rows(db_path, "SELECT waktu_kejadian FROM complaint") == [(expected,)]
    # another complaint: an empty form, the same channel
    dialog.another.click()
    assert dialog.stack.currentWidget() is dialog.form_page
    assert form.inputs["nama"].text() == "" and form.inputs["uraian"].toPlainText() == ""


def test_no_printer_is_a_clear_message(qtbot, station, tmp_path):
    window = CounterWindow(CounterDesk(station, StationConfig(counter=1)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.counters is not None)
    window.sign_in_page.user.setText("siti")
    window.sign_in_page.secret.setText("rahasia-siti")
    window.submit_sign_in()
    qtbot.waitUntil(lambda: window.view is not None)
    window.desk_page.complaint.click()
    qtbot.waitUntil(lambda: window.complaint_dialog is not None)
    dialog = window.complaint_dialog
    dialog.form.identity_buttons["rahasia"].click()
    dialog.form.agency.setCurrentIndex(1)
    fill(dialog, tempat="Loket 1", uraian="a", kerugian="b", tuntutan="c")
    file_it(qtbot, window, dialog)
    dialog.print_receipt.click()
    qtbot.waitUntil(lambda: not window.printer.busy)
    assert dialog.receipt_status.text().startswith("Belum ada printer tanda terima untuk stasiun ini.")


def test_the_dialog_fits_a_desktop_screen(qtbot, desk, station):
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")
    dialog = open_dialog(qtbot, desk)
    assert dialog.width() <= 1366 and dialog.height() <= 740
    assert layout_problems(dialog) == []
    # with a message under many fields at once, and the 30-day warning
    dialog.form.inputs["nik"].setText("123")
    dialog.form.inputs["telepon"].setText("1")
    dialog.form.date.setDate(dialog.form.date.date().addDays(-60))
    file_it(qtbot, desk, dialog)
    qtbot.wait(50)
    assert sum(e.isVisible() for e in dialog.form.errors.values()) >= 8
    assert layout_problems(dialog) == []
    assert dialog.width() <= 1366 and dialog.height() <= 740
    fill(dialog, **GOOD)
    dialog.form.agency.setCurrentIndex(1)
    dialog.form.inputs["nik"].clear()
    dialog.form.inputs["telepon"].clear()
    file_it(qtbot, desk, dialog)
    assert dialog.stack.currentWidget() is dialog.filed_page
    qtbot.wait(50)
    assert layout_problems(dialog) == []
