"""The display board's announcement queue, played with QtMultimedia's QAudioSink.

announce(key, phrase) puts a call in line; calls are spoken one at a time, in the
order they came, never over each other. Each is rendered to the audio of one WAV
file (app.voice.phrase_audio: chime, words, pauses), whose PCM frames a QAudioSink
made for it alone plays from memory, so a stale signal of the previous one cannot
end the next. The sink plays raw PCM without any media back-end: the bundle ships
no FFmpeg plug-in (nor the QtQuick it links), which QMediaPlayer would need. A call
ends when the sink has played every frame (it goes idle with the buffer read to its
end, after the sound server drained it), on any error of the sink, or at the latest
when a watchdog (the audio's length plus a margin) fires: nothing jams the queue.

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
Everything runs on the UI thread (the sink feeds the sound server on its own).
"""

from __future__ import annotations

import importlib
import io
import logging
import wave
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QBuffer, QByteArray, QIODevice, QObject, QTimer, Signal

from app.voice import Phrase, phrase_audio

log = logging.getLogger(__name__)

WATCHDOG_MARGIN_MS = 5000  # allowed beyond the audio's length before a call is given up (a sound server can take 2 s to start a stream)
REMEMBERED_KEYS = 1000  # spoken keys kept to refuse a repeat


# a WAV file's sample width (bytes) -> QAudioFormat's sample format (8-bit WAV is unsigned)
_SAMPLE_FORMATS = {1: "UInt8", 2: "Int16", 4: "Int32"}


@dataclass(frozen=True)
class Pcm:
    """The frames of a WAV file and their shape, as a QAudioSink plays them."""

    rate: int
    channels: int
    sample_width: int  # bytes
    frames: bytes

    @property
    def seconds(self) -> float:
        return len(self.frames) / (self.rate * self.channels * self.sample_width)


def read_pcm(audio: bytes) -> Pcm:
    """The PCM of a WAV file's bytes; wave.Error (or EOFError) when it is not one, ValueError
    for a sample size QAudioSink cannot play."""
    with wave.open(io.BytesIO(audio), "rb") as wav:
        pcm = Pcm(wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), wav.readframes(wav.getnframes()))
    if pcm.sample_width not in _SAMPLE_FORMATS:
        raise ValueError(f"{8 * pcm.sample_width}-bit samples")
    if not pcm.frames:
        raise ValueError("no frames")
    return pcm


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
        render: Callable[[Phrase], bytes] = phrase_audio,
        watchdog_margin_ms: int = WATCHDOG_MARGIN_MS,
    ):
        """voice=False keeps the queue and never plays (a board set to be silent).
        render gives an announcement's audio as a WAV file's bytes; tests give it bad audio."""
        super().__init__(parent)
        self._render = render
        self._margin_ms = watchdog_margin_ms
        self._waiting: deque[tuple[str, Phrase]] = deque()
        self._current: str | None = None
        self._spoken_keys: OrderedDict[str, None] = OrderedDict()
        self._closed = False
        self._serial = 0  # numbers the announcements played, so a late signal is known for stale
        self._sink = None  # the QAudioSink of the call being played, and the buffer it reads
        self._buffer: QBuffer | None = None

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
        """Stop at once, drop the queue, release the sink. No more signals."""
        if self._closed:
            return
        self._closed = True
        self._waiting.clear()
        self._kick.stop()
        self._watchdog.stop()
        self._current = None
        self._release_sink()

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
            audio = self._render(phrase)
        except Exception as error:  # a missing clip, a bad clip: this call is lost, not the queue
            self._finish(serial, f"cannot render: {error}")
            return
        try:
            pcm = read_pcm(audio)
        except (wave.Error, EOFError, ValueError) as error:
            self._finish(serial, f"the audio cannot be played: {error}")
            return
        self._watchdog.start(int(pcm.seconds * 1000) + self._margin_ms)
        self._play(pcm)

    def _play(self, pcm: Pcm) -> None:
        mm = self._mm
        audio_format = mm.QAudioFormat()
        audio_format.setSampleRate(pcm.rate)
        audio_format.setChannelCount(pcm.channels)
        audio_format.setSampleFormat(getattr(mm.QAudioFormat.SampleFormat, _SAMPLE_FORMATS[pcm.sample_width]))
        self._buffer = buffer = QBuffer(self)
        buffer.setData(QByteArray(pcm.frames))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = sink = mm.QAudioSink(mm.QMediaDevices.defaultAudioOutput(), audio_format, self)
        # a method of ours, not a closure: Qt cuts it before the sink (our child) is deleted with
        # us, whose dying state change would otherwise reach a handler of a deleted sink
        sink.stateChanged.connect(self._sink_state_changed)
        sink.start(buffer)  # pull mode: the sink reads the frames as the device wants them
        self._sink_state_changed()  # a device that would not open says so at once

    def _sink_state_changed(self) -> None:
        # the state is asked, not taken from the signal: PySide cannot convert its argument (a
        # QAudio::State, Qt's old name) unless QAudio happened to be touched first
        sink, audio = self._sink, self._mm.QtAudio
        if sink is None:  # nothing playing
            return
        if sink.error() != audio.Error.NoError:
            self._finish(self._serial, f"the audio output failed: {sink.error().name}")
        elif sink.state() == audio.State.IdleState and self._buffer.atEnd():
            # idle with every frame read: the sound server has played them all (idle before the
            # end is an underrun the sink recovers from; the watchdog guards it)
            self._finish(self._serial)

    def _finish(self, serial: int, error: str | None = None) -> None:
        """The call numbered serial has ended; a late signal of an earlier one is ignored."""
        if self._closed or serial != self._serial or self._current is None:
            return
        key, self._current = self._current, None
        self._watchdog.stop()
        self._release_sink()
        self._spoken_keys[key] = None
        while len(self._spoken_keys) > REMEMBERED_KEYS:
            self._spoken_keys.popitem(last=False)
        if error:
            log.warning("announcement %s not played: %s", key, error)
            self.failed.emit(key, error)
        self.spoken.emit(key)
        if not self._closed:
            self._kick.start()

    def _release_sink(self) -> None:
        sink, buffer, self._sink, self._buffer = self._sink, self._buffer, None, None
        if sink is not None:
            # no more signals from it: a stop would report a state change into _finish
            sink.blockSignals(True)
            sink.stop()  # at once: the next call must not start over its tail
            sink.deleteLater()
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()

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
