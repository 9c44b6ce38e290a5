"""The display board's announcement queue.

The queue's rules are checked silent (voice=False), which runs anywhere. The
tests with the `audio_output` fixture play real audio through QtMultimedia and are
skipped where there is no audio output device. On a machine without sound
hardware, a PulseAudio null sink is one (Debian/Ubuntu: apt-get install
pulseaudio):

    export PULSE_RUNTIME_PATH=/tmp/mpp-pulse
    mkdir -p "$PULSE_RUNTIME_PATH" && chmod 700 "$PULSE_RUNTIME_PATH"
    pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit -n \\
      --load="module-native-protocol-unix socket=$PULSE_RUNTIME_PATH/native auth-anonymous=1" \\
      --load="module-null-sink sink_name=mpp_null"
    export PULSE_SERVER=unix:$PULSE_RUNTIME_PATH/native    # for the tests

(and `pulseaudio --kill` with the same PULSE_RUNTIME_PATH to stop it).
"""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import time
import wave

import pytest

from app.voice import Phrase, build_phrase, phrase_audio, wav_seconds, write_wav
from tests.conftest import ROOT
from ui.announcer import Announcer


def audio_outputs() -> list:
    from PySide6.QtMultimedia import QMediaDevices

    return QMediaDevices.audioOutputs()


@pytest.fixture
def audio_output(qapp):
    """Skips the test where no audio output device exists (QMediaDevices needs the application)."""
    try:
        present = bool(audio_outputs())
    except ImportError as error:
        pytest.skip(f"QtMultimedia cannot be loaded: {error}")
    if not present:
        pytest.skip("no audio output device (start a PulseAudio null sink: see tests/test_announcer.py)")


SHORT = Phrase(text="A", clips=("a",))  # a quarter of a second: real playback without the wait


class Journal:
    """Every signal of an announcer, in order: ("started", key), ("spoken", key), ("failed", key)."""

    def __init__(self, announcer: Announcer):
        self.events: list[tuple[str, str]] = []
        self.times: dict[tuple[str, str], float] = {}
        announcer.started.connect(lambda key: self._note("started", key))
        announcer.spoken.connect(lambda key: self._note("spoken", key))
        announcer.failed.connect(lambda key, why: self._note("failed", key))

    def _note(self, what: str, key: str) -> None:
        self.events.append((what, key))
        self.times[what, key] = time.monotonic()

    def spoken(self) -> list[str]:
        return [key for what, key in self.events if what == "spoken"]

    def assert_one_at_a_time(self) -> None:
        """started, (failed,) spoken for one key before the next key starts."""
        current = None
        for what, key in self.events:
            if what == "started":
                assert current is None, f"{key} started while {current} was still being spoken"
                current = key
            else:
                assert key == current, f"{what} {key} while {current} was being spoken"
                if what == "spoken":
                    current = None
        assert current is None


@pytest.fixture
def make_announcer(qtbot):
    made: list[Announcer] = []

    def make(**options) -> tuple[Announcer, Journal]:
        announcer = Announcer(**options)
        made.append(announcer)
        return announcer, Journal(announcer)

    yield make
    for announcer in made:
        announcer.close()


# --- the queue (silent: runs anywhere) ---------------------------------------------------


def test_calls_are_spoken_in_order_one_at_a_time(qtbot, make_announcer):
    announcer, journal = make_announcer(voice=False)
    assert announcer.audio_available is False
    for n, key in enumerate(("call-1", "call-2", "call-3"), start=1):
        assert announcer.announce(key, build_phrase(f"A{n:03d}", n))
    assert announcer.pending() == ["call-1", "call-2", "call-3"]
    qtbot.waitUntil(lambda: len(journal.spoken()) == 3)
    assert journal.events == [
        ("started", "call-1"), ("spoken", "call-1"),
        ("started", "call-2"), ("spoken", "call-2"),
        ("started", "call-3"), ("spoken", "call-3"),
    ]
    assert announcer.pending() == [] and announcer.current is None


def test_a_waiting_key_is_not_doubled_and_a_recall_is_spoken_again(qtbot, make_announcer):
    announcer, journal = make_announcer(voice=False)
    phrase = build_phrase("B010", 2)
    assert announcer.announce("call-7", phrase)
    assert announcer.announce("call-8", build_phrase("B011", 3))
    assert not announcer.announce("call-7", phrase)  # the display saw the same call again
    assert announcer.pending() == ["call-7", "call-8"]
    qtbot.waitUntil(lambda: len(journal.spoken()) == 2)
    assert not announcer.announce("call-7", phrase)  # spoken already: not after the next poll either
    assert announcer.announce("recall-7", phrase)  # a recall is an event of its own
    qtbot.waitUntil(lambda: len(journal.spoken()) == 3)
    assert journal.spoken() == ["call-7", "call-8", "recall-7"]
    journal.assert_one_at_a_time()


def test_announcing_from_a_handler_waits_its_turn(qtbot, make_announcer):
    announcer, journal = make_announcer(voice=False)
    # the display answers started() by queueing more: the new call waits for the current one
    announcer.started.connect(lambda key: key == "first" and announcer.announce("second", build_phrase("C100", 1)))
    announcer.announce("first", build_phrase("C099", 1))
    qtbot.waitUntil(lambda: len(journal.spoken()) == 2)
    assert journal.spoken() == ["first", "second"]
    journal.assert_one_at_a_time()


def test_clear_drops_the_waiting_calls(qtbot, make_announcer):
    announcer, journal = make_announcer(voice=False)
    announcer.announce("call-1", build_phrase("A001", 1))
    announcer.announce("call-2", build_phrase("A002", 1))
    announcer.clear()
    assert announcer.pending() == []
    assert announcer.announce("call-3", build_phrase("A003", 1))
    qtbot.waitUntil(lambda: journal.spoken() == ["call-3"])
    qtbot.wait(50)
    assert journal.spoken() == ["call-3"]


def test_close_stops_everything(qtbot, make_announcer):
    announcer, journal = make_announcer(voice=False)
    announcer.announce("call-1", build_phrase("A001", 1))
    announcer.close()
    announcer.close()  # twice is fine
    assert not announcer.announce("call-2", build_phrase("A002", 1))
    qtbot.wait(50)
    assert journal.events == [] and announcer.pending() == []


def test_silent_without_qtmultimedia(qtbot, make_announcer, monkeypatch, caplog):
    # where libpulse is missing, importing QtMultimedia raises ImportError: the board stays silent
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    with caplog.at_level(logging.WARNING, logger="ui.announcer"):
        announcer, journal = make_announcer()
    assert announcer.audio_available is False
    assert "QtMultimedia cannot be loaded" in caplog.text
    announcer.announce("call-1", build_phrase("A001", 1))
    announcer.announce("call-2", build_phrase("A002", 1))
    qtbot.waitUntil(lambda: journal.spoken() == ["call-1", "call-2"])
    journal.assert_one_at_a_time()


def test_silent_without_an_output_device(qtbot, qapp, make_announcer):
    if audio_outputs():
        pytest.skip("this machine has an audio output device")
    announcer, journal = make_announcer()
    assert announcer.audio_available is False
    announcer.announce("call-1", build_phrase("A023", 5))
    with qtbot.waitSignal(announcer.spoken, timeout=2000) as spoken:
        pass
    assert spoken.args == ["call-1"]
    assert journal.events == [("started", "call-1"), ("spoken", "call-1")]


def test_importing_the_module_does_not_load_qtmultimedia():
    code = "import sys, ui.announcer; print('PySide6.QtMultimedia' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr


# --- real playback (needs an audio output device) ----------------------------------------


def test_a_real_call_is_played_to_the_end(qtbot, audio_output, make_announcer, tmp_path):
    announcer, journal = make_announcer()
    assert announcer.audio_available is True
    phrase = build_phrase("A023", 5)
    length = wav_seconds(write_wav(phrase, tmp_path / "call.wav"))
    with qtbot.waitSignal(announcer.started):
        announcer.announce("call-1", phrase)
    assert announcer.current == "call-1"
    assert not announcer.announce("call-1", phrase)  # being spoken: not again
    with qtbot.waitSignal(announcer.spoken, timeout=int(length * 1000) + 10_000):
        pass
    assert journal.events == [("started", "call-1"), ("spoken", "call-1")]  # no failure
    took = journal.times["spoken", "call-1"] - journal.times["started", "call-1"]
    assert took >= length - 0.2, f"a {length:.1f} s call ended after {took:.1f} s: not played"


def test_calls_do_not_overlap_and_bad_audio_does_not_jam_the_queue(qtbot, audio_output, make_announcer):
    def render(phrase: Phrase) -> bytes:
        if phrase.text == "garbage":  # not a WAV file
            return b"this is not audio " * 2000
        if phrase.text == "24-bit":  # a WAV file of samples QAudioSink has no format for
            return wav_bytes(rate=22050, channels=1, sample_width=3, seconds=0.2)
        if phrase.text == "stereo":  # played in the WAV file's own format, whatever it is
            return wav_bytes(rate=44100, channels=2, sample_width=1, seconds=1.0)
        return phrase_audio(phrase)

    announcer, journal = make_announcer(render=render)
    announcer.announce("good-1", SHORT)
    announcer.announce("missing-clip", Phrase(text="x", clips=("chime", "no_such_clip")))
    announcer.announce("garbage", Phrase(text="garbage", clips=()))
    announcer.announce("24-bit", Phrase(text="24-bit", clips=()))
    announcer.announce("stereo", Phrase(text="stereo", clips=()))
    announcer.announce("good-2", Phrase(text="B", clips=("b",)))
    qtbot.waitUntil(lambda: len(journal.spoken()) == 6, timeout=30_000)
    assert journal.spoken() == ["good-1", "missing-clip", "garbage", "24-bit", "stereo", "good-2"]
    failed = [key for what, key in journal.events if what == "failed"]
    assert failed == ["missing-clip", "garbage", "24-bit"]
    journal.assert_one_at_a_time()
    took = journal.times["spoken", "stereo"] - journal.times["started", "stereo"]
    assert took >= 1.0 - 0.2, f"a 1 s stereo file ended after {took:.2f} s: not played"


def wav_bytes(*, rate: int, channels: int, sample_width: int, seconds: float) -> bytes:
    """A WAV file of a quiet square wave in the given format."""
    frames = int(rate * seconds)
    high, low = (b"\xa0", b"\x60") if sample_width == 1 else (b"\x00" * (sample_width - 1) + b"\x10", bytes(sample_width))
    samples = b"".join((high if (i // 50) % 2 else low) * channels for i in range(frames))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(sample_width)
        wav.setframerate(rate)
        wav.writeframes(samples)
    return out.getvalue()


def test_a_call_that_hangs_is_given_up_by_the_watchdog(qtbot, audio_output, make_announcer):
    # the watchdog allows the file's length plus a margin; a negative margin makes it fire mid-call
    announcer, journal = make_announcer(watchdog_margin_ms=-5000)
    announcer.announce("long", build_phrase("A023", 5))  # about 7 s
    announcer.announce("next", SHORT)
    qtbot.waitUntil(lambda: len(journal.spoken()) == 2, timeout=15_000)
    assert journal.events[:3] == [("started", "long"), ("failed", "long"), ("spoken", "long")]
    assert journal.times["spoken", "long"] - journal.times["started", "long"] < 5
    journal.assert_one_at_a_time()


# Plays like the bundle, which ships no media back-end (no FFmpeg plug-in): Qt finds no plug-in
# at all. A first call is spoken to its end, the process quits in the middle of the second and
# must end cleanly (audio threads outliving a quitting process once aborted it: "terminate called").
NO_BACKEND_PROCESS = """
import json, sys, time
from PySide6.QtCore import QCoreApplication, QTimer
QCoreApplication.setLibraryPaths([])
app = QCoreApplication([])
from app.voice import build_phrase
from ui.announcer import Announcer
announcer = Announcer()
events, times = [], {}
def note(what, key):
    events.append([what, key])
    times[what + " " + key] = time.monotonic()
announcer.started.connect(lambda key: note("started", key))
announcer.failed.connect(lambda key, why: note("failed", key))
announcer.spoken.connect(lambda key: note("spoken", key))
announcer.started.connect(lambda key: key == "second" and QTimer.singleShot(300, app.quit))
QTimer.singleShot(30_000, app.quit)
announcer.announce("first", build_phrase("A023", 5))
announcer.announce("second", build_phrase("A024", 5))
app.exec()
maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
print(json.dumps({"audio": announcer.audio_available, "events": events,
                  "took": times.get("spoken first", 0) - times.get("started first", 0),
                  "ffmpeg_loaded": "ffmpeg" in maps}))
"""


def test_a_call_is_played_without_a_media_backend_and_quitting_mid_call_is_clean(audio_output, tmp_path):
    length = wav_seconds(write_wav(build_phrase("A023", 5), tmp_path / "call.wav"))
    result = subprocess.run([sys.executable, "-c", NO_BACKEND_PROCESS], capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0 and "terminate called" not in result.stderr, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["audio"] is True and outcome["ffmpeg_loaded"] is False
    assert outcome["events"] == [["started", "first"], ["spoken", "first"], ["started", "second"]]
    assert outcome["took"] >= length - 0.2, f"a {length:.1f} s call ended after {outcome['took']:.1f} s: not played"
