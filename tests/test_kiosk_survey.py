"""The satisfaction survey on the kiosk and on a counter tablet, driven by taps
(and by a ticket scanner's key presses) on a real station file."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from app import queue
from app.clock import ManualClock
from app.config import StationConfig, parse_config
from app.errors import InvalidInput
from app.ikm import ELEMENT_KEYS, ELEMENTS
from app.kiosk import Kiosk, SurveyTarget
from app.printing import ticket_qr_payload
from app.survey import record_response
from app.uow import Station
from tests.conftest import MONDAY_9AM, layout_problems, read_rows, run_mpp, screenshot_colours
from ui.app import application
from ui.kiosk import survey as survey_ui
from ui.kiosk.survey import ELEMENT_TEXTS
from ui.kiosk.touch import BACKSPACE, SHIFT, SPACE
from ui.kiosk.window import KioskWindow

COLUMNS = "channel, jenis_kelamin, usia, pendidikan, pekerjaan, " + ", ".join(ELEMENT_KEYS) + ", saran"


@pytest.fixture
def make_window(qtbot, station, tmp_path):
    app = application()

    def make(size=(1080, 1920), survey_only=False, **config) -> KioskWindow:
        config.setdefault("printer", f"file:{tmp_path / 'printer.escpos'}")
        window = KioskWindow(Kiosk(station, StationConfig(**config)), app.mpp_translations, survey_only=survey_only)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: window.board is not None)
        return window

    yield make
    app.mpp_translations.set_language("id")


def served(station, service="KTP", counter=1) -> queue.TicketView:
    """A ticket issued, called, served and finished, as the counter does it."""
    with station.uow() as uow:
        queue.issue_ticket(uow, service)
    with station.uow() as uow:
        ticket = queue.call_next(uow, counter)
    with station.uow() as uow:
        queue.start_service(uow, ticket.code)
    with station.uow() as uow:
        return queue.finish(uow, ticket.code)


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def on(window, page) -> bool:
    return window.stack.currentWidget() is page


def start_survey(qtbot, window):
    tap(qtbot, window.home.survey)
    assert on(window, window.survey.start_page)
    return window.survey


def type_ticket(qtbot, window, number: str) -> None:
    flow = window.survey
    tap(qtbot, flow.start_page.type_number)
    page = flow.ticket_page
    for key in number:
        tap(qtbot, (page.letters if key.isalpha() else page.digits).keys[key])
    assert page.entry.text() == number
    tap(qtbot, page.go)


def scan(qtbot, window, payload: str) -> None:
    """A USB scanner: it types the QR code's text as a keyboard would, then Enter."""
    qtbot.keyClicks(window, payload)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def skip_profile(qtbot, flow) -> None:
    for field in ("jenis_kelamin", "usia", "pendidikan", "pekerjaan"):
        tap(qtbot, flow.profile_pages[field].skip)


def type_on_keyboard(qtbot, keyboard, keys) -> None:
    for key in keys:
        tap(qtbot, keyboard.keys[key])


def wait_sent(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.survey.sending and not window.db.busy, timeout=10000)


def responses(db_path) -> list[tuple]:
    return read_rows(db_path, f"SELECT {COLUMNS} FROM survey_response ORDER BY answered_at, id")


def test_a_served_citizen_types_the_number_and_answers_every_screen(qtbot, make_window, station, db_path):
    ticket = served(station)
    window = make_window()
    assert window.home.survey.text() == "Survei Kepuasan"
    assert window.home.take.text() == "Ambil Nomor Antrian"
    flow = start_survey(qtbot, window)
    # the keypad offers the letters of the catalog's prefixes, and the digits
    tap(qtbot, flow.start_page.type_number)
    assert set(flow.ticket_page.letters.keys) == {"A", "B", "P"}
    assert not flow.ticket_page.go.isEnabled()
    tap(qtbot, window.back_button)
    type_ticket(qtbot, window, "A001")
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    sex = flow.profile_pages["jenis_kelamin"]
    assert sex.context.text() == "KTP-el · tiket A001"
    assert sex.progress.text() == "Tentang Anda: 1 dari 4"
    assert [o.text() for o in sex.options.values()] == ["Laki-laki", "Perempuan"]
    tap(qtbot, sex.options["P"])

    age = flow.age_page
    assert on(window, age)
    assert not age.go.isEnabled()
    tap(qtbot, age.digits.keys["9"])
    assert not age.go.isEnabled()  # 9 is under 10
    tap(qtbot, age.digits.keys[BACKSPACE])
    for key in "34":
        tap(qtbot, age.digits.keys[key])
    assert age.entry.text() == "34"
    tap(qtbot, age.go)

    education = flow.profile_pages["pendidikan"]
    assert [o.text() for o in education.options.values()][:3] == ["SD / sederajat", "SMP / sederajat", "SMA / sederajat"]
    tap(qtbot, education.options["S1"])
    tap(qtbot, flow.profile_pages["pekerjaan"].options["SWASTA"])

    scores = [4, 3, 4, 2, 3, 4, 4, 1, 3]
    page = flow.question_page
    for number, score in enumerate(scores, start=1):
        assert on(window, page)
        assert page.progress.text() == f"Pertanyaan {number} dari 9"
        tap(qtbot, page.answers[score - 1])

    assert on(window, flow.saran_page)
    type_on_keyboard(qtbot, flow.saran_page.keyboard, [SHIFT, *"bagus", "!"])
    assert flow.saran_page.text.toPlainText() == "Bagus!"
    # a double tap sends once
    qtbot.mouseClick(flow.saran_page.send, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.saran_page.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    assert flow.thanks_page.title.text() == "Terima kasih"
    assert not window.footer.isVisible()
    wait_sent(qtbot, window)

    assert responses(db_path) == [("kiosk", "P", 34, "S1", "SWASTA", *scores, "Bagus!")]
    rows = read_rows(db_path, "SELECT t.code FROM survey_response r JOIN ticket t ON t.id = r.ticket_id")
    assert rows == [(ticket.code,)]

    # the thank-you screen goes home by itself
    flow._thanks.setInterval(200)
    flow._thanks.start()
    qtbot.waitUntil(lambda: on(window, window.home), timeout=5000)


def test_a_scanned_ticket_starts_the_survey_and_a_skipped_question_stays_empty(qtbot, make_window, station, db_path):
    ticket = served(station)
    window = make_window()
    flow = start_survey(qtbot, window)
    # scanners with caps lock on type it upper case; no text field, nothing to focus
    scan(qtbot, window, ticket_qr_payload(ticket.id).upper())
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    assert flow.target.ticket_code == "A001"
    skip_profile(qtbot, flow)
    page = flow.question_page
    tap(qtbot, page.answers[3])  # persyaratan: 4
    tap(qtbot, page.answers[2])  # prosedur: 3
    tap(qtbot, page.skip)  # waktu: not answered
    # Back shows the answer given and lets it change
    tap(qtbot, window.back_button)
    tap(qtbot, window.back_button)
    assert page.progress.text() == "Pertanyaan 2 dari 9"
    assert page.answers[2].isChecked() and not page.answers[0].isChecked()
    tap(qtbot, page.answers[1])  # prosedur: 2 after all
    tap(qtbot, page.skip)  # waktu
    for _ in range(6):
        tap(qtbot, page.answers[3])
    tap(qtbot, flow.saran_page.send_bare)
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    assert responses(db_path) == [("kiosk", None, None, None, None, 4, 2, None, 4, 4, 4, 4, 4, 4, None)]


def test_a_ticket_already_answered_not_served_or_unknown_is_refused_before_the_questions(
    qtbot, make_window, station, db_path
):
    answered = served(station)
    with station.uow() as uow:
        record_response(uow, ticket_ref=answered.code, answers={"persyaratan": 3})
    with station.uow() as uow:
        waiting = queue.issue_ticket(uow, "KK")
    window = make_window()
    flow = start_survey(qtbot, window)

    scan(qtbot, window, ticket_qr_payload(answered.id))
    qtbot.waitUntil(lambda: not flow.checking)
    assert on(window, flow.start_page)
    assert flow.start_page.notice.text() == "Survei untuk tiket ini sudah diisi. Terima kasih!"

    scan(qtbot, window, "not a ticket")
    qtbot.waitUntil(lambda: not flow.checking)
    assert flow.start_page.notice.text().startswith("Ini bukan kode tiket.")

    type_ticket(qtbot, window, waiting.code)
    qtbot.waitUntil(lambda: not flow.checking)
    assert on(window, flow.ticket_page)
    assert flow.ticket_page.notice.text() == "Tiket ini belum dilayani. Silakan isi survei setelah Anda dilayani."

    tap(qtbot, flow.ticket_page.digits.keys[BACKSPACE])
    tap(qtbot, flow.ticket_page.digits.keys["9"])  # B009: nobody has it today
    assert not flow.ticket_page.notice.isVisible()  # a new number clears the old message
    tap(qtbot, flow.ticket_page.go)
    qtbot.waitUntil(lambda: not flow.checking)
    assert flow.ticket_page.notice.text().startswith("Tiket ini tidak ditemukan.")
    assert read_rows(db_path, "SELECT count(*) FROM survey_response") == [(1,)]


def test_a_ticket_answered_elsewhere_meanwhile_is_refused_at_send(qtbot, make_window, station, db_path):
    ticket = served(station)
    window = make_window(survey_min_interval_seconds=0)
    flow = start_survey(qtbot, window)
    type_ticket(qtbot, window, "A1")
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    skip_profile(qtbot, flow)
    tap(qtbot, flow.question_page.answers[0])
    with station.uow() as uow:  # the same ticket, on the tablet at the counter
        record_response(uow, ticket_ref=ticket.code, answers={"sarana": 4}, channel="tablet")
    flow.index = 8
    window.render()
    tap(qtbot, flow.question_page.answers[0])
    tap(qtbot, flow.saran_page.send_bare)
    qtbot.waitUntil(lambda: on(window, flow.message_page), timeout=10000)
    assert flow.message_page.text.text() == "Survei untuk tiket ini sudah diisi. Terima kasih!"
    tap(qtbot, flow.message_page.action)
    assert on(window, window.home)
    assert read_rows(db_path, "SELECT channel FROM survey_response") == [("tablet",)]


def test_no_ticket_choose_the_service_and_every_question_skipped_is_not_sent(qtbot, make_window, db_path):
    window = make_window()
    flow = start_survey(qtbot, window)
    tap(qtbot, flow.start_page.no_ticket)
    assert flow.agencies_page.title.text() == "Instansi mana yang melayani Anda?"
    tap(qtbot, flow.agencies_page.grid.tiles["IMIGRASI"])
    tap(qtbot, flow.services_page.grid.tiles["PASPOR"])
    assert flow.target.service_code == "PASPOR" and flow.target.ticket_id is None
    skip_profile(qtbot, flow)
    for _ in ELEMENTS:
        tap(qtbot, flow.question_page.skip)
    tap(qtbot, flow.saran_page.send_bare)
    assert on(window, flow.message_page)
    assert flow.message_page.text.text() == "Mohon jawab paling sedikit satu dari sembilan pertanyaan."
    tap(qtbot, flow.message_page.action)
    assert on(window, flow.question_page) and flow.index == 0
    tap(qtbot, flow.question_page.answers[1])
    for _ in range(8):
        tap(qtbot, flow.question_page.skip)
    tap(qtbot, flow.saran_page.send_bare)
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    sql = "SELECT s.code, r.ticket_id, r.persyaratan FROM survey_response r JOIN service s ON s.id = r.service_id"
    rows = read_rows(db_path, sql)
    assert rows == [("PASPOR", None, 2)]


def test_the_suggestion_is_typed_on_the_touch_keyboard_and_stored_exactly(qtbot, make_window, db_path):
    window = make_window()
    flow = start_survey(qtbot, window)
    tap(qtbot, flow.start_page.no_ticket)
    tap(qtbot, flow.agencies_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.services_page.grid.tiles["KK"])
    skip_profile(qtbot, flow)
    tap(qtbot, flow.question_page.answers[2])
    for _ in range(8):
        tap(qtbot, flow.question_page.skip)
    page = flow.saran_page
    keyboard = page.keyboard
    assert page.text.toPlainText() == "" and page.counter.text() == "0 / 2000"
    # shift is for one letter, as on a phone
    type_on_keyboard(qtbot, keyboard, [SHIFT, *"antri", SPACE, SHIFT, *"kk", SPACE, *"cepat", ","])
    assert keyboard.keys["q"].text() == "q" and not keyboard.shifted
    type_on_keyboard(qtbot, keyboard, [SPACE, *"10/10", "x", BACKSPACE, "!", SPACE, SHIFT, SHIFT, *"ok?"])
    expected = "Antri Kk cepat, 10/10! ok?"
    assert page.text.toPlainText() == expected
    assert page.counter.text() == f"{len(expected)} / 2000"
    tap(qtbot, page.send)
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    assert read_rows(db_path, "SELECT saran FROM survey_response") == [(expected,)]


def test_the_suggestion_stops_at_2000_characters(qtbot, make_window):
    window = make_window()
    flow = window.survey
    flow.target = None
    window.show_screen(flow.saran_page)
    flow.saran = "a" * 1999
    window.render()
    type_on_keyboard(qtbot, flow.saran_page.keyboard, ["b", "c"])
    assert flow.saran == "a" * 1999 + "b"
    assert flow.saran_page.counter.text() == "2000 / 2000"
    assert flow.saran_page.counter.property("full") == "true"


def test_too_soon_gets_a_polite_message_and_sends_again_later(qtbot, make_window, station, clock, db_path):
    window = make_window(survey_min_interval_seconds=60)
    with station.uow() as uow:  # somebody answered at this kiosk a moment ago
        record_response(uow, service_code="KTP", answers={"persyaratan": 4}, channel="kiosk")
    clock.advance(seconds=20)
    flow = start_survey(qtbot, window)
    tap(qtbot, flow.start_page.no_ticket)
    tap(qtbot, flow.agencies_page.grid.tiles["DUKCAPIL"])
    tap(qtbot, flow.services_page.grid.tiles["KTP"])
    skip_profile(qtbot, flow)
    for _ in ELEMENTS:
        tap(qtbot, flow.question_page.answers[2])
    tap(qtbot, flow.saran_page.send_bare)
    qtbot.waitUntil(lambda: on(window, flow.message_page), timeout=10000)
    assert flow.message_page.text.text().startswith("Survei lain baru saja dikirim dari layar ini.")
    assert flow.message_page.action.text() == "Kirim lagi"
    assert read_rows(db_path, "SELECT count(*) FROM survey_response") == [(1,)]
    clock.advance(seconds=41)
    tap(qtbot, flow.message_page.action)  # the answers were kept
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    assert responses(db_path)[1] == ("kiosk", None, None, None, None, *[3] * 9, None)


def test_idle_reset_mid_survey_forgets_every_answer(qtbot, make_window, station):
    served(station)
    window = make_window()
    flow = start_survey(qtbot, window)
    tap(qtbot, window.language_switch)
    type_ticket(qtbot, window, "A001")
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    tap(qtbot, flow.profile_pages["jenis_kelamin"].options["L"])
    for key in "52":
        tap(qtbot, flow.age_page.digits.keys[key])
    tap(qtbot, flow.age_page.go)
    tap(qtbot, flow.profile_pages["pendidikan"].options["SMA"])
    tap(qtbot, flow.profile_pages["pekerjaan"].options["PNS"])
    tap(qtbot, flow.question_page.answers[0])
    tap(qtbot, flow.question_page.answers[1])
    tap(qtbot, flow.question_page.skip)
    flow.index = 8
    window.render()
    tap(qtbot, flow.question_page.answers[3])
    type_on_keyboard(qtbot, flow.saran_page.keyboard, [SHIFT, *"rahasia"])
    window._idle.setInterval(300)
    tap(qtbot, flow.saran_page.keyboard.keys[SHIFT])  # a touch restarts the timer
    qtbot.waitUntil(lambda: on(window, window.home), timeout=5000)

    assert flow.target is None and flow.answers == {} and flow.saran == "" and flow.ticket_text == ""
    assert flow.age_text == "" and set(flow.profile.values()) == {None}
    assert window.translations.language == "id" and not flow.saran_page.keyboard.shifted
    # the next citizen finds every screen empty
    start_survey(qtbot, window)
    tap(qtbot, flow.start_page.type_number)
    assert flow.ticket_page.entry.text() == "–"
    window.show_screen(flow.profile_pages["jenis_kelamin"])
    assert not any(o.isChecked() for o in flow.profile_pages["jenis_kelamin"].options.values())
    window.show_screen(flow.age_page)
    assert flow.age_page.entry.text() == "–"
    window.show_screen(flow.question_page)
    assert flow.question_page.progress.text() == "Pertanyaan 1 dari 9"
    assert not any(a.isChecked() for a in flow.question_page.answers)
    window.show_screen(flow.saran_page)
    assert flow.saran_page.text.toPlainText() == ""


def test_the_scanner_is_heard_only_on_the_first_survey_screen(qtbot, make_window, station, monkeypatch):
    ticket = served(station)
    window = make_window()
    scan(qtbot, window, ticket_qr_payload(ticket.id))  # on the home screen: nothing happens
    assert on(window, window.home) and not window.db.busy
    flow = start_survey(qtbot, window)
    monkeypatch.setattr(survey_ui, "SCAN_GAP_MS", 100)
    qtbot.keyClicks(window, "half a code, then a pause")
    qtbot.wait(300)  # the pause ends it: the next key starts a new code
    scan(qtbot, window, ticket_qr_payload(ticket.id))
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    assert flow.target.ticket_code == "A001"


def test_the_texts_in_english_then_indonesian(qtbot, make_window, station):
    served(station)
    window = make_window()
    tap(qtbot, window.language_switch)
    assert window.home.survey.text() == "Satisfaction survey"
    flow = start_survey(qtbot, window)
    page = flow.start_page
    assert page.scan.text() == "Scan the QR code of your ticket"
    assert page.type_number.text() == "Type my ticket number"
    assert page.no_ticket.text() == "I have no ticket: choose the service"
    type_ticket(qtbot, window, "A001")
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    sex = flow.profile_pages["jenis_kelamin"]
    assert [o.text() for o in sex.options.values()] == ["Male", "Female"]
    assert sex.skip.text() == "Skip" and sex.context.text() == "KTP-el · ticket A001"
    skip_profile(qtbot, flow)
    question = flow.question_page
    unsur, text, answers = ELEMENT_TEXTS["persyaratan"]
    assert question.progress.text() == "Question 1 of 9"
    assert (question.title.text(), question.question.text()) == (unsur, text)
    assert [a.text() for a in question.answers] == list(answers)
    assert question.skip.text() == "Skip this question"
    tap(qtbot, window.language_switch)
    assert question.progress.text() == "Pertanyaan 1 dari 9"
    assert question.question.text() == ELEMENTS[0].full_question
    assert window.back_button.text() == "‹ Kembali"


def test_the_indonesian_questions_are_the_regulations_texts_exactly(qtbot, make_window):
    window = make_window()
    flow = window.survey
    window.show_screen(flow.question_page)
    for number, element in enumerate(ELEMENTS, start=1):
        page = flow.question_page
        assert page.progress.text() == f"Pertanyaan {number} dari 9"
        assert page.title.text() == element.unsur
        assert page.question.text() == element.full_question
        assert tuple(a.text() for a in page.answers) == element.answers
        tap(qtbot, page.skip)
    assert on(window, flow.saran_page)


def test_the_survey_tablet_shows_the_survey_alone_and_stores_the_tablet_channel(qtbot, make_window, station, db_path):
    ticket = served(station)
    window = make_window(survey_only=True, survey_min_interval_seconds=0)
    flow = window.survey
    assert on(window, flow.start_page)
    assert not window.footer.isVisible()  # it is this station's home
    scan(qtbot, window, ticket_qr_payload(ticket.id))
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    assert window.footer.isVisible()
    tap(qtbot, window.back_button)  # back to the start: the ticket is forgotten
    assert on(window, flow.start_page) and flow.target is None
    scan(qtbot, window, ticket_qr_payload(ticket.id))
    qtbot.waitUntil(lambda: on(window, flow.profile_pages["jenis_kelamin"]))
    skip_profile(qtbot, flow)
    tap(qtbot, flow.question_page.answers[3])
    for _ in range(8):
        tap(qtbot, flow.question_page.skip)
    tap(qtbot, flow.saran_page.send_bare)
    qtbot.waitUntil(lambda: on(window, flow.thanks_page), timeout=10000)
    tap(qtbot, flow.thanks_page.action)
    assert on(window, flow.start_page)
    assert read_rows(db_path, "SELECT channel, persyaratan FROM survey_response") == [("tablet", 4)]


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
@pytest.mark.parametrize("large_type", [False, True])
def test_every_survey_screen_fits_the_screen(qtbot, demo_template, tmp_path, size, large_type):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    station = Station.open(path, ManualClock(MONDAY_9AM))
    app = application()
    window = KioskWindow(Kiosk(station, StationConfig(large_type=large_type)), app.mpp_translations)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    flow = window.survey
    agency = window.board.agencies[0]
    flow.agency_code = agency.code
    service = max((s.service for a in window.board.agencies for s in a.services), key=lambda s: len(s.name))
    flow.target = SurveyTarget(service.code, service.name, service.name_en, service.agency_code, "x", "A001")
    flow.notice[flow.start_page] = ("Tiket ini belum dilayani. Silakan isi survei setelah Anda dilayani.", "notice")
    flow.ticket_text = "AB12345"
    problems = []
    try:
        for language in ("id", "en"):
            window.translations.set_language(language)
            for page in (window.home, *flow.pages):
                window.show_screen(page)
                for index in range(len(ELEMENTS)) if page is flow.question_page else [0]:
                    flow.index = index
                    flow.problem = "already_answered"  # the longest message
                    window.render()
                    qtbot.wait(20)
                    name = f"page {flow.pages.index(page)}" if page in flow.pages else "home"
                    problems += [f"{language} {name}: {problem}" for problem in layout_problems(page)]
    finally:
        window.close()
        station.close()
        app.mpp_translations.set_language("id")
    assert problems == [], "\n".join(problems)


def test_the_config_takes_the_survey_interval():
    assert StationConfig().survey_min_interval_seconds == 60
    assert parse_config({"survey_min_interval_seconds": 0}).survey_min_interval_seconds == 0
    with pytest.raises(InvalidInput, match="survey_min_interval_seconds must be between 0 and 3600"):
        parse_config({"survey_min_interval_seconds": -5})


@pytest.mark.parametrize("size", ["1080x1920", "1920x1080"])
def test_mpp_survey_renders_its_first_screen_into_a_png(db_path, tmp_path, size):
    out = tmp_path / "survey.png"
    result = run_mpp("survey", "--db", str(db_path), "--screenshot", str(out), "--size", size)
    assert result.returncode == 0, result.stderr
    colours = screenshot_colours(out, size)
    # not a blank page: the header's dark band and the survey's blue buttons
    assert (0x0A, 0x2F, 0x52) in colours and (0x0B, 0x4F, 0x8A) in colours
