"""The display board on a real station file: calls made here and by other processes
(`mpp ticket issue` as a kiosk, `mpp ticket call` as a counter) appear on it and are
announced once, a recall again, nothing twice after a restart; it reads at ten metres
at every size. Its voice here is silent (Announcer(voice=False)): tests make no sound."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QPoint, QRect

from app import queue
from app.clock import ManualClock
from app.config import StationConfig
from app.display import RUNNING_TEXT_MAX, Display, check_running_text, set_running_text
from app.errors import InvalidInput, NotFound
from app.uow import Station
from tests.conftest import MONDAY_9AM, layout_problems, read_rows, run_mpp, screenshot_colours
from tests import test_announcer
from ui.announcer import Announcer
from ui.app import application
from ui.display import style
from ui.display.window import DisplayWindow, FitText

audio_output = test_announcer.audio_output  # a fixture: skips the test where there is no sound

WELCOME = "Selamat datang di MPP Uji. Silakan menunggu hingga nomor antrian Anda dipanggil."


@pytest.fixture
def make_board(qtbot, station):
    app = application()
    app.mpp_translations.set_language("id")  # as `mpp display` does: the board is Indonesian

    def make(agencies=(), size=(1920, 1080), on: Station | None = None, **config) -> DisplayWindow:
        announcer = Announcer(voice=False)
        announcer.said = []  # every call it began, in order: recorded from the first one
        announcer.started.connect(announcer.said.append)
        window = DisplayWindow(Display(on or station, StationConfig(**config), agencies), announcer)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: window.board is not None)
        return window

    return make


def issue(station, service="KTP") -> str:
    with station.uow() as uow:
        return queue.issue_ticket(uow, service).code


def call(station, counter: int) -> str:
    with station.uow() as uow:
        return queue.call_next(uow, counter).code


def announced_cursor(db_path, key="display_announced"):
    rows = read_rows(db_path, "SELECT value FROM local_state WHERE key = ?", key)
    return rows[0][0] if rows else None


def showing(window, code: str, counter: int) -> bool:
    hero = window.hero
    return hero.code.text() == code and hero.counter.text() == f"LOKET {counter}"


# --- following calls ------------------------------------------------------------------------


def test_a_call_appears_large_and_is_announced_once(qtbot, make_board, station, db_path):
    window = make_board()
    assert window.hero.code.text() == "–"
    assert window.hero.service.text() == "Belum ada nomor yang dipanggil hari ini"
    assert [n for n in window.grid.order] == [1, 2, 5]

    issue(station)
    call(station, 1)
    qtbot.waitUntil(lambda: showing(window, "A001", 1), timeout=2000)
    assert window.hero.caption.text() == "NOMOR ANTRIAN"
    assert window.hero.to.text() == "SILAKAN MENUJU"
    assert window.hero.service.text() == "KTP-el"
    assert window.grid.cells[1].title.text() == "LOKET 1" and window.grid.cells[1].code.text() == "A001"
    assert window.grid.cells[2].code.text() == "–"
    # the new call blinks, in the hero and in its counter's cell
    assert window.flashing and window.hero.colour() == style.YELLOW
    assert window.grid.cells[1].colour() == style.YELLOW
    # said once, and noted in the file as said
    qtbot.waitUntil(lambda: len(window.announcer.said) == 1)
    key = window.announcer.said[0]
    qtbot.waitUntil(lambda: announced_cursor(db_path) == key)
    qtbot.wait(600)  # more polls, more reloads (its own note among them): nothing is said again
    assert window.announcer.said == [key]


def test_a_kiosk_and_counters_in_other_processes_show_on_the_board(qtbot, make_board, db_path):
    window = make_board()
    for expected in ("A001", "A002"):
        issued = run_mpp("ticket", "issue", "KTP", "--db", str(db_path))  # a kiosk
        assert issued.returncode == 0, issued.stderr
        assert expected in issued.stdout
    for counter in (1, 2):  # two counters
        called = run_mpp("ticket", "call", str(counter), "--db", str(db_path))
        assert called.returncode == 0, called.stderr
        code = f"A00{counter}"
        qtbot.waitUntil(lambda: showing(window, code, counter), timeout=2000)
        assert window.grid.cells[counter].code.text() == code
    qtbot.waitUntil(lambda: len(window.announcer.said) == 2)
    # yellow: called, come now; white: being served (loket 1 is not the one blinking)
    assert window.grid.cells[1].code.colour() == style.YELLOW
    started = run_mpp("ticket", "start", "A001", "--db", str(db_path))
    assert started.returncode == 0, started.stderr
    qtbot.waitUntil(lambda: window.grid.cells[1].code.colour() == style.WHITE, timeout=2000)
    assert window.grid.cells[1].code.text() == "A001"  # still there, being served
    assert len(window.announcer.said) == 2


def test_a_recall_is_announced_again(qtbot, make_board, station):
    window = make_board()
    issue(station)
    call(station, 1)
    qtbot.waitUntil(lambda: len(window.announcer.said) == 1)
    with station.uow() as uow:
        queue.recall(uow, "A001")
    qtbot.waitUntil(lambda: len(window.announcer.said) == 2, timeout=2000)
    assert window.announcer.said[0] != window.announcer.said[1]
    assert window.hero.caption.text() == "NOMOR ANTRIAN, PANGGILAN ULANG"
    # the ticket is not listed twice among the last calls
    assert [c.code for c in window.board.last_calls] == ["A001"]
    assert [code.text() for code, _ in window.hero.rows] == ["", "", ""]


def test_calls_queue_in_order_and_the_previous_ones_are_listed(qtbot, make_board, station):
    window = make_board()
    for _ in range(3):
        issue(station)
    for counter in (1, 2):
        call(station, counter)
    issue(station, "PASPOR")
    call(station, 5)
    qtbot.waitUntil(lambda: showing(window, "P001", 5), timeout=2000)
    qtbot.waitUntil(lambda: len(window.announcer.said) == 3)
    assert window.announcer.said == sorted(window.announcer.said)  # oldest first, one at a time
    assert [(code.text(), where.text()) for code, where in window.hero.rows] == [
        ("A002", "LOKET 2"), ("A001", "LOKET 1"), ("", ""),
    ]


def test_a_restarted_board_says_nothing_twice(qtbot, make_board, station, db_path):
    first = make_board()
    issue(station)
    call(station, 1)
    qtbot.waitUntil(lambda: len(first.announcer.said) == 1)
    qtbot.waitUntil(lambda: announced_cursor(db_path) == first.announcer.said[0])
    first.close()

    again = make_board()  # a new board on the same file: the call is shown, not said
    assert showing(again, "A001", 1)
    qtbot.wait(600)
    assert again.announcer.said == []
    issue(station)
    call(station, 2)
    qtbot.waitUntil(lambda: len(again.announcer.said) == 1, timeout=2000)
    assert again.announcer.said[0] > first.announcer.said[0]


def test_display_bookkeeping_without_a_window(station, clock):
    display = Display(station, StationConfig(voice_style="digits"))
    issue(station)
    call(station, 1)
    calls = display.new_calls()
    assert [(c.kind, c.code, c.counter) for c in calls] == [("called", "A001", 1)]
    assert display.phrase(calls[0]).text == "Nomor antrian A nol nol satu, silakan menuju loket satu"
    assert display.new_calls() == []  # handed out once
    assert display.announced() is None
    display.mark_announced(calls[0].key)
    assert display.announced() == calls[0].key

    restarted = Display(station, StationConfig())
    assert restarted.new_calls() == []
    with station.uow() as uow:
        queue.recall(uow, "A001")
    recalled = restarted.new_calls()
    assert [(c.kind, c.code, c.counter) for c in recalled] == [("recalled", "A001", 1)]
    restarted.mark_announced(recalled[0].key)
    restarted.mark_announced(calls[0].key)  # an older key never moves the cursor back
    assert restarted.announced() == recalled[0].key

    # boards showing other agencies keep their own cursor
    assert Display(station, StationConfig(), ("DUKCAPIL",)).announced() is None


def test_a_new_board_does_not_read_out_a_backlog(station, clock):
    issue(station)
    call(station, 1)
    clock.advance(minutes=5)
    display = Display(station, StationConfig())
    assert display.new_calls() == []  # five minutes old: shown, not said
    assert display.board().latest.code == "A001"
    issue(station)
    call(station, 2)
    assert [c.code for c in display.new_calls()] == ["A002"]


def test_a_board_for_some_agencies_shows_and_says_only_theirs(qtbot, make_board, station):
    window = make_board(agencies=("imigrasi",))
    assert window.grid.order == [5]
    assert window.subtitle.text() == "Kantor Imigrasi" and window.subtitle.isVisible()
    issue(station)
    call(station, 1)  # Dukcapil
    with qtbot.waitSignal(window.board_shown, timeout=2000):
        pass
    assert window.hero.code.text() == "–" and window.board.last_calls == ()
    issue(station, "PASPOR")
    call(station, 5)
    qtbot.waitUntil(lambda: showing(window, "P001", 5), timeout=2000)
    qtbot.waitUntil(lambda: len(window.announcer.said) == 1)
    qtbot.wait(400)
    assert len(window.announcer.said) == 1

    with pytest.raises(NotFound, match="DUKCAPIL, IMIGRASI"):
        Display(station, StationConfig(), ("PAJAK",)).check_agencies()


def test_an_unknown_agency_is_refused_before_the_window_opens(db_path, tmp_path):
    result = run_mpp("display", "--db", str(db_path), "--agency", "PAJAK", "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "no agency PAJAK; the agencies are DUKCAPIL, IMIGRASI" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_counter_on_a_break_says_so(qtbot, make_board, station):
    window = make_board()
    with station.uow() as uow:
        queue.set_counter_status(uow, 2, "paused")
    qtbot.waitUntil(lambda: window.grid.cells[2].code.text() == "ISTIRAHAT", timeout=2000)
    assert not window.grid.cells[2].code.elided()


# --- the running text ---------------------------------------------------------------------------


def test_the_running_text_changes_without_a_restart(qtbot, make_board, station, db_path):
    window = make_board()
    assert window.marquee.text() == WELCOME
    with station.uow() as uow:
        set_running_text(uow, "  Loket paspor tutup pukul 12.00.  ")
    qtbot.waitUntil(lambda: window.marquee.text() == "Loket paspor tutup pukul 12.00.", timeout=2000)

    result = run_mpp("display", "text", "Layanan SKCK pindah ke lantai 2.", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.marquee.text() == "Layanan SKCK pindah ke lantai 2.", timeout=2000)
    # it glides on, without a pause
    before = window.marquee.offset()
    qtbot.wait(300)
    assert window.marquee.offset() != before

    assert run_mpp("display", "text", "", "--db", str(db_path)).returncode == 0
    qtbot.waitUntil(lambda: window.marquee.text() == WELCOME, timeout=2000)


@pytest.mark.parametrize(
    "text, message",
    [
        ("x" * (RUNNING_TEXT_MAX + 1), "at most 500"),
        ("Baris satu\nbaris dua", "a line break"),
        ("Tab\tdi tengah", "U+0009"),
        ("Bel\x07", "U+0007"),
        ("\u202eterbalik", "U+202E"),
    ],
)
def test_a_bad_running_text_is_refused_and_changes_nothing(station, db_path, text, message):
    with station.uow() as uow:
        set_running_text(uow, "Teks lama")
    with pytest.raises(InvalidInput, match=re.escape(message)), station.uow() as uow:
        set_running_text(uow, text)
    assert read_rows(db_path, "SELECT running_text FROM mpp_settings") == [("Teks lama",)]
    assert check_running_text("x" * RUNNING_TEXT_MAX) == "x" * RUNNING_TEXT_MAX

    result = run_mpp("display", "text", text, "--db", str(db_path))
    assert result.returncode == 1 and message in result.stderr
    assert read_rows(db_path, "SELECT running_text FROM mpp_settings") == [("Teks lama",)]


# --- how it looks ----------------------------------------------------------------------------------


def test_without_an_audio_device_the_board_works_silently_and_says_so(qtbot, make_board, station):
    window = make_board()
    assert not window.announcer.audio_available
    assert window.silent.isVisible()
    assert window.silent_text.text() == "Suara mati: tidak ada perangkat audio"
    assert not window.silent_text.elided()
    issue(station)
    call(station, 1)
    qtbot.waitUntil(lambda: len(window.announcer.said) == 1, timeout=2000)  # queued and marked all the same


@pytest.fixture
def busy_day(demo_template, tmp_path):
    """The demo MPP (36 counters, eight agencies) at 09.00 with a number at every counter."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    station = Station.open(path, ManualClock(MONDAY_9AM))
    with station.uow(read_only=True) as uow:
        counters = queue.show_counters(uow)
    for counter in counters:
        issue(station, counter.services[0])
        call(station, counter.number)
    yield station
    station.close()


def text_problems(window) -> list[str]:
    """Texts sticking out of the window or of a panel holding them, lying over each
    other, or cut short."""
    problems, placed = [], []
    for text in window.findChildren(FitText):
        if not text.isVisibleTo(window) or not text.text():
            continue
        holder = text.parentWidget()
        while holder is not None:
            corner = text.mapTo(holder, QPoint(0, 0))
            if (corner.x() < -1 or corner.y() < -1 or corner.x() + text.width() > holder.width() + 1
                    or corner.y() + text.height() > holder.height() + 1):
                problems.append(f"{text.text()!r} sticks out of {type(holder).__name__}")
            holder = holder.parentWidget() if holder is not window else None
        if text.height() < text.minimumSizeHint().height() - 1:
            problems.append(f"{text.text()!r} is squeezed to {text.height()} px")
        placed.append((text, QRect(text.mapTo(window, QPoint(0, 0)), text.size())))
    for (one, a), (other, b) in itertools.combinations(placed, 2):
        if a.intersects(b):
            problems.append(f"{one.text()!r} overlaps {other.text()!r}")
    return problems


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (3840, 2160), (1080, 1920)])
def test_the_board_reads_at_ten_metres_at_every_size(qtbot, make_board, busy_day, size):
    window = make_board(size=size, on=busy_day)
    qtbot.wait(100)  # layouts settle
    assert (window.width(), window.height()) == size  # nothing forced it larger
    scale = style.scale_for(*size)
    hero = window.hero
    assert hero.code.text() != "–"
    # the number just called stands 250 px on a 1920x1080 board; where to go 64 px at least
    assert hero.code.glyph_height() >= 250 * scale
    assert hero.counter.glyph_height() >= 64 * scale
    for code, where in hero.rows:
        assert code.glyph_height() >= 48 * scale and not code.elided() and not where.elided()
    assert window.marquee.glyph_height() >= 44 * scale
    assert window.clock.glyph_height() >= 40 * scale and not window.clock.elided()

    # every counter is shown, a page at a time where they do not all fit, each number 64 px tall
    seen = []
    for _ in range(window.grid.pages):
        numbers = window.grid.visible_numbers()
        for number in numbers:
            cell = window.grid.cells[number]
            assert cell.code.glyph_height() >= 64 * scale - 1, (number, cell.code.glyph_height())
            assert not cell.code.elided() and not cell.title.elided()
        assert text_problems(window) == []
        seen += numbers
        window.grid.next_page()
    assert sorted(seen) == window.grid.order == sorted(c.number for c in window.board.counters)
    assert len(seen) == 36
    assert text_problems(window) == []
    assert layout_problems(window) == []  # the logo


def test_a_small_board_shows_the_service_names(qtbot, make_board, station):
    window = make_board(size=(1920, 1080))
    issue(station)
    call(station, 1)
    qtbot.waitUntil(lambda: window.grid.cells[1].code.text() == "A001", timeout=2000)
    cell = window.grid.cells[1]
    assert window.grid.pages == 1
    assert cell.status.isVisible() and cell.status.text() == "KTP-el"
    assert cell.code.glyph_height() >= 100
    assert text_problems(window) == []


@pytest.mark.parametrize("size", ["1920x1080", "1080x1920"])
def test_the_board_renders_into_a_png_and_says_nothing(station, db_path, tmp_path, size):
    issue(station)
    call(station, 1)
    out = tmp_path / "display.png"
    result = run_mpp("display", "--db", str(db_path), "--screenshot", str(out), "--size", size)
    assert result.returncode == 0, result.stderr
    colours = screenshot_colours(out, size)
    # the board, its header, the running text's band and the number just called
    for colour in (style.BOARD, style.HEADER, style.BAND, style.YELLOW):
        assert tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5)) in colours, colour
    assert announced_cursor(db_path) is None  # a picture of the board announces nothing


def test_with_an_audio_device_the_board_speaks_each_call_in_turn(qtbot, audio_output, station):
    """Real playback (skipped without an audio output device): no notice, and the calls
    are spoken one after the other, never over each other."""
    events = []
    announcer = Announcer()
    announcer.started.connect(lambda key: events.append(("started", key)))
    announcer.spoken.connect(lambda key: events.append(("spoken", key)))
    window = DisplayWindow(Display(station, StationConfig()), announcer)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    assert announcer.audio_available and window.silent.isHidden()
    for counter in (1, 2):
        issue(station)
        call(station, counter)
    qtbot.waitUntil(lambda: len(events) == 4, timeout=30000)
    first, second = events[0][1], events[2][1]
    assert events == [("started", first), ("spoken", first), ("started", second), ("spoken", second)]
    assert first < second
