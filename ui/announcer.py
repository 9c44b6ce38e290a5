"""The display board's announcement queue, played with QtMultimedia.

announce(key, phrase) puts a call in line; calls are spoken one at a time, in the
order they came, never over each other. Each is rendered to one WAV file
(app.voice.write_wav: chime, words, pauses) and played by a QMediaPlayer made for
it alone, so a stale signal of the previous one cannot end the next. A call ends
on end of media, on any error of the player, or at the latest when a watchdog
(the file's length plus a margin) fires: nothing jams the queue.

Every started(key) is followed by exactly one spoken(key) before the next
started: also when playing failed (failed(key, why) comes first) and at once when
there is no sound. No sound means no audio output device, or QtMultimedia that
cannot be loaded at all (its PulseAudio library missing): the board keeps its
queue and says "voice off" on screen (audio_available). An output device plugged
in later turns the voice on.

A key is spoken once: announcing a key that is waiting, playing or was spoken
lately does nothing, so a display that sees the same call again on its next poll
does not repeat it. A recall is a new event with a new key and is spoken again.

QtMultimedia is imported here when an Announcer is made, never when this module
is imported: the kiosk and counter windows must start where it cannot load.
Everything runs on the UI thread (QtMultimedia is asynchronous anyway).
"""

from __future__ import annotations

import importlib
import logging
import tempfile
from collections import OrderedDict, deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal

from app.voice import Phrase, wav_seconds, write_wav

log = logging.getLogger(__name__)

WATCHDOG_MARGIN_MS = 5000  # allowed beyond the file's length before a call is given up (a sound server can take 2 s to start a stream)
UNKNOWN_LENGTH_S = 15.0  # the watchdog's length for a file whose length cannot be read
REMEMBERED_KEYS = 1000  # spoken keys kept to refuse a repeat


class Announcer(QObject):
    started = Signal(str)  # key: its announcement begins (or, silent, is taken from the queue)
    spoken = Signal(str)  # key: it ended (played, failed, or silent); the next may start
    failed = Signal(str, str)  # key, why: it could not be played (spoken follows)
    audio_available_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        voice: bool = True,
        render: Callable[[Phrase, Path], Path] = write_wav,
        watchdog_margin_ms: int = WATCHDOG_MARGIN_MS,
    ):
        """voice=False keeps the queue and never plays (a board set to be silent).
        render writes an announcement's audio to a file; tests give it bad files."""
        super().__init__(parent)
        self._render = render
        self._margin_ms = watchdog_margin_ms
        self._waiting: deque[tuple[str, Phrase]] = deque()
        self._current: str | None = None
        self._spoken_keys: OrderedDict[str, None] = OrderedDict()
        self._closed = False
        self._files = tempfile.TemporaryDirectory(prefix="mpp-voice-")
        self._serial = 0  # numbers the announcements played, so a late signal is known for stale
        self._player = None
        self._output = None
        self._file: Path | None = None

        # the next announcement starts from the event loop, never inside a signal handler
        self._kick = QTimer(self, singleShot=True, interval=0)
        self._kick.timeout.connect(self._start_next)
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(lambda: self._finish(self._serial, "did not finish in time"))

        self._mm = _load_multimedia() if voice else None
        self._devices = None
        if self._mm is not None:
            self._devices = self._mm.QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._refresh_audio)
        self._audio = self._output_present()
        if voice and self._mm is not None and not self._audio:
            log.warning("no audio output device: the display board's calls are silent")

    # --- the queue ----------------------------------------------------------------------

    def announce(self, key: str, phrase: Phrase) -> bool:
        """Put a call in line; False (and nothing done) when the key is waiting, playing or
        was spoken lately, or after close()."""
        if self._closed or key == self._current or key in self._spoken_keys:
            return False
        if any(waiting == key for waiting, _ in self._waiting):
            return False
        self._waiting.append((key, phrase))
        self._kick.start()
        return True

    def pending(self) -> list[str]:
        """The keys waiting their turn, next first (not the one being spoken)."""
        return [key for key, _ in self._waiting]

    @property
    def current(self) -> str | None:
        """The key being spoken now."""
        return self._current

    def clear(self) -> None:
        """Drop the waiting calls; the one being spoken ends normally."""
        self._waiting.clear()

    def close(self) -> None:
        """Stop at once, drop the queue, release the player and the files. No more signals."""
        if self._closed:
            return
        self._closed = True
        self._waiting.clear()
        self._kick.stop()
        self._watchdog.stop()
        self._current = None
        self._release_player()
        self._files.cleanup()

    def _get_audio_available(self) -> bool:
        return self._audio

    audio_available = Property(bool, _get_audio_available, notify=audio_available_changed)

    # --- playing ------------------------------------------------------------------------

    def _start_next(self) -> None:
        if self._closed or self._current is not None or not self._waiting:
            return
        key, phrase = self._waiting.popleft()
        self._current = key
        self._serial += 1
        serial = self._serial
        self.started.emit(key)
        if self._closed or serial != self._serial:  # a handler of started closed us
            return
        if not self._audio:
            self._finish(serial)
            return
        try:
            self._file = self._render(phrase, Path(self._files.name) / f"{serial}.wav")
        except Exception as error:  # a missing clip, a full disk: this call is lost, not the queue
            self._finish(serial, f"cannot render: {error}")
            return
        try:
            seconds = wav_seconds(self._file)
        except Exception:
            seconds = UNKNOWN_LENGTH_S
        self._watchdog.start(int(seconds * 1000) + self._margin_ms)
        self._play(serial, self._file)

    def _play(self, serial: int, path: Path) -> None:
        mm = self._mm
        self._output = mm.QAudioOutput(mm.QMediaDevices.defaultAudioOutput(), self)
        self._player = player = mm.QMediaPlayer(self)
        player.setAudioOutput(self._output)
        end, invalid = mm.QMediaPlayer.MediaStatus.EndOfMedia, mm.QMediaPlayer.MediaStatus.InvalidMedia

        def on_status(status) -> None:
            if status == end:
                self._finish(serial)
            elif status == invalid:
                self._finish(serial, "the audio cannot be played")

        def on_error(error, message: str) -> None:
            if error != mm.QMediaPlayer.Error.NoError:
                self._finish(serial, message or str(error))

        player.mediaStatusChanged.connect(on_status)
        player.errorOccurred.connect(on_error)
        player.setSource(QUrl.fromLocalFile(str(path)))
        if self._player is player:  # not ended already by an error setSource reported at once
            player.play()

    def _finish(self, serial: int, error: str | None = None) -> None:
        """The call numbered serial has ended; a late signal of an earlier one is ignored."""
        if self._closed or serial != self._serial or self._current is None:
            return
        key, self._current = self._current, None
        self._watchdog.stop()
        self._release_player()
        self._spoken_keys[key] = None
        while len(self._spoken_keys) > REMEMBERED_KEYS:
            self._spoken_keys.popitem(last=False)
        if error:
            log.warning("announcement %s not played: %s", key, error)
            self.failed.emit(key, error)
        self.spoken.emit(key)
        if not self._closed:
            self._kick.start()

    def _release_player(self) -> None:
        player, output, self._player, self._output = self._player, self._output, None, None
        if player is not None:
            # no more signals from it: a stop would report a status change into _finish
            player.blockSignals(True)
            player.stop()
            player.setSource(QUrl())
            player.deleteLater()
        if output is not None:
            output.deleteLater()
        if self._file is not None:
            self._file.unlink(missing_ok=True)
            self._file = None

    # --- the output device --------------------------------------------------------------

    def _output_present(self) -> bool:
        if self._mm is None:
            return False
        devices = self._mm.QMediaDevices
        return bool(devices.audioOutputs()) and not devices.defaultAudioOutput().isNull()

    def _refresh_audio(self) -> None:
        present = self._output_present()
        if present != self._audio:
            self._audio = present
            state = "found: the display board's calls are spoken" if present else "gone: the calls are silent"
            log.warning("audio output %s", state)
            self.audio_available_changed.emit(present)


def _load_multimedia():
    """PySide6.QtMultimedia, or None where it cannot load (libpulse missing, a bundle without it)."""
    try:
        QtMultimedia = importlib.import_module("PySide6.QtMultimedia")
    except ImportError as error:
        log.warning("QtMultimedia cannot be loaded (%s): the display board's calls are silent", error)
        return None
    return QtMultimedia
