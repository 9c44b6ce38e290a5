"""What the display board says when it calls a number, and the audio it plays.

"Nomor antrian A dua puluh tiga, silakan menuju loket lima": a chime, then the
sentence put together from short clips shipped in resources/sounds (one per word,
letter and fixed part), so the board speaks without a network or a cloud voice.

Two habits of reading the number, chosen per MPP (StationConfig.voice_style):
- words: the number as an Indonesian cardinal, "A dua puluh tiga" for A023;
- digits: every digit of the code, "A nol dua tiga".
The counter (loket) number is always read in words.

The clips are made by resources/sounds/make_clips.py from the names listed here
(CLIP_NAMES); every clip has one format (FORMAT) so a phrase is concatenated
frame by frame with the stdlib's wave module. No Qt here: ui/announcer.py plays
what write_wav writes.
"""

from __future__ import annotations

import io
import re
import wave
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, MppError, NotFound
from app.paths import resource_path

STYLES = ("words", "digits")  # the station config's voice_style

# every clip: 22050 Hz mono 16-bit PCM, espeak-ng's own output format
SAMPLE_RATE = 22050
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes

MAX_TICKET_NUMBER = 99_999  # five digits
MAX_COUNTER = 999

# --- the clips -----------------------------------------------------------------------------

CHIME = "chime"
NOMOR_ANTRIAN = "nomor_antrian"
SILAKAN_MENUJU_LOKET = "silakan_menuju_loket"
# fixed parts of the sentence: clip name -> what is said
SENTENCE_CLIPS = {NOMOR_ANTRIAN: "nomor antrian", SILAKAN_MENUJU_LOKET: "silakan menuju loket"}

LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")  # a letter's clip says its Indonesian name: "be", "je", "zet"

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# every word number_words can give; each is a clip of the same name
NUMBER_WORDS = (*_UNITS, "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu", "juta")

CLIP_NAMES = (CHIME, *SENTENCE_CLIPS, *LETTERS, *NUMBER_WORDS)

# silence between two clips, in milliseconds: a breath after the chime and at the
# comma, less inside "nomor antrian A", almost none between the words of a number
_PAUSE_AFTER_CHIME = 350
_PAUSE_AT_COMMA = 400
_PAUSE_BETWEEN_PARTS = 120
_PAUSE_IN_NUMBER = 40


# --- numbers -------------------------------------------------------------------------------


def number_words(n: int) -> list[str]:
    """n (0 to 999,999,999) as an Indonesian cardinal: 23 -> ["dua", "puluh", "tiga"],
    11 -> ["sebelas"], 110 -> ["seratus", "sepuluh"], 1000 -> ["seribu"]."""
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 1_000_000_000:
        raise InvalidInput(f"{n!r} is not a whole number from 0 to 999,999,999", code="bad_number")
    if n == 0:
        return ["nol"]
    return _cardinal(n)


def _cardinal(n: int) -> list[str]:
    """1 <= n < 10**9; the "se-" forms (sepuluh, sebelas, seratus, seribu) stand for "satu ..." """
    if n >= 1_000_000:
        return [*_cardinal(n // 1_000_000), "juta", *_rest(n % 1_000_000)]
    if n >= 2000:
        return [*_cardinal(n // 1000), "ribu", *_rest(n % 1000)]
    if n >= 1000:
        return ["seribu", *_rest(n - 1000)]
    if n >= 200:
        return [_UNITS[n // 100], "ratus", *_rest(n % 100)]
    if n >= 100:
        return ["seratus", *_rest(n - 100)]
    if n >= 20:
        return [_UNITS[n // 10], "puluh", *_rest(n % 10)]
    if n >= 12:
        return [_UNITS[n - 10], "belas"]
    if n == 11:
        return ["sebelas"]
    if n == 10:
        return ["sepuluh"]
    return [_UNITS[n]]


def _rest(n: int) -> list[str]:
    return _cardinal(n) if n else []


# --- phrases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    text: str  # the sentence as the CLI prints it and the display may show it
    clips: tuple[str, ...]  # clip names in the order they are played, the chime first


# the codes app.queue accepts: a 1-2 letter prefix and the daily number, zero-padded
# (ASCII only: \d would take other scripts' digits)
_TICKET_CODE = re.compile(r"([A-Za-z]{1,2})([0-9]{1,5})")


def build_phrase(code: str, counter: int, style: str = "words") -> Phrase:
    """The call of ticket `code` to loket `counter`, read in `style` ("words" or "digits")."""
    if style not in STYLES:
        raise InvalidInput(f"voice style must be one of {', '.join(STYLES)}, not {style!r}", code="bad_voice_style")
    match = _TICKET_CODE.fullmatch(code.strip()) if isinstance(code, str) else None
    if match is None:
        raise InvalidInput(
            f"{code!r} is not a ticket number; it is a 1-2 letter prefix and up to 5 digits, e.g. A023",
            code="bad_ticket_code",
        )
    prefix, number = match.group(1).upper(), int(match.group(2))
    if number == 0:
        raise InvalidInput(f"{code!r} is not a ticket number; the day's numbers start at 1", code="bad_ticket_code")
    if isinstance(counter, bool) or not isinstance(counter, int) or not 1 <= counter <= MAX_COUNTER:
        raise InvalidInput(f"loket must be a number from 1 to {MAX_COUNTER}, not {counter!r}", code="bad_counter")

    if style == "words":
        number_said = number_words(number)
    else:
        # every digit of the code as printed on the ticket (app.queue.format_code pads to 3)
        number_said = [_UNITS[int(d)] for d in f"{number:03d}"]
    counter_said = number_words(counter)
    text = f"Nomor antrian {prefix} {' '.join(number_said)}, silakan menuju loket {' '.join(counter_said)}"
    clips = (
        CHIME,
        NOMOR_ANTRIAN,
        *prefix.lower(),
        *number_said,
        SILAKAN_MENUJU_LOKET,
        *counter_said,
    )
    return Phrase(text=text, clips=clips)


# --- audio ---------------------------------------------------------------------------------


def clip_path(name: str) -> Path:
    return resource_path("sounds", f"{name}.wav")


def read_clip(name: str) -> bytes:
    """The clip's PCM frames; a clear error when the file is missing or of another format."""
    path = clip_path(name)
    if not path.is_file():
        raise NotFound(
            f"voice clip {name!r} is missing ({path}); run resources/sounds/make_clips.py to make the clips",
            code="missing_clip",
        )
    try:
        with wave.open(str(path), "rb") as clip:
            shape = (clip.getframerate(), clip.getnchannels(), clip.getsampwidth(), clip.getcomptype())
            frames = clip.readframes(clip.getnframes())
    except (wave.Error, EOFError) as error:
        raise MppError(f"voice clip {name!r} ({path}) is not a WAV file: {error}", code="bad_clip") from None
    if shape != (SAMPLE_RATE, CHANNELS, SAMPLE_WIDTH, "NONE"):
        raise MppError(
            f"voice clip {name!r} ({path}) is {shape[0]} Hz, {shape[1]} channel(s), {8 * shape[2]}-bit; "
            f"every clip must be {SAMPLE_RATE} Hz mono {8 * SAMPLE_WIDTH}-bit PCM",
            code="bad_clip",
        )
    return frames


def _pause_between(before: str, after: str) -> int:
    if before == CHIME:
        return _PAUSE_AFTER_CHIME
    if after == SILAKAN_MENUJU_LOKET:
        return _PAUSE_AT_COMMA
    if before in NUMBER_WORDS and after in NUMBER_WORDS:
        return _PAUSE_IN_NUMBER
    return _PAUSE_BETWEEN_PARTS


def _silence(ms: int) -> bytes:
    return bytes(SAMPLE_RATE * ms // 1000 * CHANNELS * SAMPLE_WIDTH)


def phrase_frames(phrase: Phrase) -> bytes:
    """The PCM frames of the whole announcement: the clips with short pauses between them."""
    parts: list[bytes] = []
    for i, name in enumerate(phrase.clips):
        if i:
            parts.append(_silence(_pause_between(phrase.clips[i - 1], name)))
        parts.append(read_clip(name))
    return b"".join(parts)


def phrase_audio(phrase: Phrase) -> bytes:
    """The announcement as the bytes of one WAV file (for playing from memory)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(CHANNELS)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(phrase_frames(phrase))
    return out.getvalue()


def write_wav(phrase: Phrase, path: str | Path) -> Path:
    """Write the announcement to a WAV file (the display plays it; `mpp voice phrase --out` keeps it)."""
    path = Path(path)
    data = phrase_audio(phrase)  # first, so a missing clip leaves no half-written file behind
    path.write_bytes(data)
    return path


def wav_seconds(path: str | Path) -> float:
    """How long a WAV file plays (the announcer's watchdog allows this plus a margin)."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()
