#!/usr/bin/env python3
"""Make the display board's voice clips: every name in app.voice.CLIP_NAMES as a WAV here.

    python resources/sounds/make_clips.py            # regenerate every clip (needs espeak-ng)
    python resources/sounds/make_clips.py --check    # verify the shipped clips (needs nothing)

Words, letters and the two fixed parts of the sentence are spoken by espeak-ng's
Indonesian voice (`espeak-ng -v id`); the chime is a two-tone "ding-dong" computed
here. Each spoken clip is trimmed of leading and trailing silence, faded in and out
over a few milliseconds (no clicks where clips meet) and brought to one loudness,
so a sentence put together from them sounds even. Only the standard library is used.

A letter is synthesised as the capital letter alone: espeak-ng then says the
letter's Indonesian name (A "a", B "be", C "ce", J "je", Q "ki", V "fe", X "eks",
Z "zet"), with the closed e of the alphabet, which a lowercase "be" would not get.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # the checkout's root, for app.voice

from app.voice import CHANNELS, CHIME, CLIP_NAMES, LETTERS, SAMPLE_RATE, SAMPLE_WIDTH, SENTENCE_CLIPS  # noqa: E402

ESPEAK_VOICE = "id"
ESPEAK_SPEED = 150  # words per minute; espeak-ng's 175 is hurried for a hall with an echo

FULL_SCALE = 32767
TARGET_RMS_DB = -18.0  # every spoken clip's loudness, dB below full scale
PEAK_LIMIT_DB = -1.0  # and no sample above this
CHIME_PEAK_DB = -6.0  # the chime softer than the voice
SILENCE_DB = -40.0  # below this (relative to the clip's peak) counts as silence when trimming
KEEP_MS = 15  # silence kept at each end after trimming
FADE_MS = 8

# what --check accepts
DURATION_LIMITS = {"letter": (0.12, 1.2), "word": (0.12, 1.5), "sentence": (0.5, 3.0), CHIME: (0.8, 3.0)}
MAX_EDGE_SILENCE_MS = 60
RMS_TOLERANCE_DB = 4.0


def kind(name: str) -> str:
    if name == CHIME:
        return CHIME
    if name in SENTENCE_CLIPS:
        return "sentence"
    return "letter" if name in LETTERS else "word"


def spoken_text(name: str) -> str:
    if name in SENTENCE_CLIPS:
        return SENTENCE_CLIPS[name]
    if name in LETTERS:
        return name.upper()
    return name


def db(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else -math.inf


def from_db(decibels: float) -> float:
    return 10 ** (decibels / 20)


# --- reading and writing -------------------------------------------------------------------


def read_samples(path: Path) -> array:
    with wave.open(str(path), "rb") as wav:
        shape = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
        if shape != (SAMPLE_RATE, CHANNELS, SAMPLE_WIDTH):
            raise SystemExit(f"{path}: {shape}, expected {(SAMPLE_RATE, CHANNELS, SAMPLE_WIDTH)}")
        samples = array("h")
        samples.frombytes(wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def write_samples(path: Path, samples: list[float]) -> None:
    """Floats in -1..1 to 16-bit PCM (WAV is little-endian)."""
    pcm = array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(s * FULL_SCALE))) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(CHANNELS)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm.tobytes())


# --- shaping -------------------------------------------------------------------------------


def rms(samples) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def peak(samples) -> float:
    return max((abs(s) for s in samples), default=0.0)


def voiced_span(samples, threshold: float) -> tuple[int, int]:
    """First and last sample (exclusive) of the 5 ms windows louder than threshold."""
    window = SAMPLE_RATE * 5 // 1000
    loud = [i for i in range(0, len(samples), window) if rms(samples[i : i + window]) > threshold]
    if not loud:
        return 0, 0
    return loud[0], min(len(samples), loud[-1] + window)


def shape_speech(raw: array) -> list[float]:
    samples = [s / FULL_SCALE for s in raw]
    start, end = voiced_span(samples, peak(samples) * from_db(SILENCE_DB))
    if end <= start:
        raise SystemExit("espeak-ng produced silence")
    keep = SAMPLE_RATE * KEEP_MS // 1000
    samples = samples[max(0, start - keep) : end + keep]
    fade = min(SAMPLE_RATE * FADE_MS // 1000, len(samples) // 4)
    for i in range(fade):
        samples[i] *= i / fade
        samples[-1 - i] *= i / fade
    gain = min(from_db(TARGET_RMS_DB) / rms(samples), from_db(PEAK_LIMIT_DB) / peak(samples))
    return [s * gain for s in samples]


def chime() -> list[float]:
    """Ding (E5) then dong (C5): a few bell-like partials, a soft attack and a long decay."""
    notes = ((0.0, 659.25), (0.5, 523.25))  # (start in seconds, fundamental in Hz)
    partials = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12), (4.2, 0.05))  # (frequency ratio, amplitude)
    length = 1.7
    attack, decay = 0.012, 0.38  # seconds; the tail falls by e every `decay` seconds
    out = [0.0] * int(length * SAMPLE_RATE)
    for start, frequency in notes:
        first = int(start * SAMPLE_RATE)
        for i in range(len(out) - first):
            t = i / SAMPLE_RATE
            envelope = min(1.0, t / attack) * math.exp(-t / decay)
            out[first + i] += envelope * sum(a * math.sin(2 * math.pi * frequency * r * t) for r, a in partials)
    fade = SAMPLE_RATE * 50 // 1000  # the tail ends at zero
    for i in range(fade):
        out[-1 - i] *= i / fade
    gain = from_db(CHIME_PEAK_DB) / peak(out)
    return [s * gain for s in out]


# --- the two modes -------------------------------------------------------------------------


def make(out_dir: Path, espeak: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        raw_path = Path(scratch) / "raw.wav"
        for name in CLIP_NAMES:
            if name == CHIME:
                samples = chime()
            else:
                subprocess.run(
                    [espeak, "-v", ESPEAK_VOICE, "-s", str(ESPEAK_SPEED), "-w", str(raw_path), spoken_text(name)],
                    check=True,
                )
                samples = shape_speech(read_samples(raw_path))
            write_samples(out_dir / f"{name}.wav", samples)
            print(f"{name}.wav  {len(samples) / SAMPLE_RATE:.2f} s")


def check(clip_dir: Path, verbose: bool = False) -> list[str]:
    """Problems with the clips in clip_dir: missing, wrong format, too long or short, too quiet or
    loud, untrimmed; an empty list when all is well."""
    problems = []
    for name in CLIP_NAMES:
        path = clip_dir / f"{name}.wav"
        if not path.is_file():
            problems.append(f"{name}: missing ({path})")
            continue
        try:
            with wave.open(str(path), "rb") as wav:
                shape = (wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), wav.getcomptype())
        except (wave.Error, EOFError) as error:
            problems.append(f"{name}: not a WAV file ({error})")
            continue
        if shape != (SAMPLE_RATE, CHANNELS, SAMPLE_WIDTH, "NONE"):
            problems.append(f"{name}: format {shape}, expected {SAMPLE_RATE} Hz mono 16-bit PCM")
            continue
        samples = [s / FULL_SCALE for s in read_samples(path)]
        seconds = len(samples) / SAMPLE_RATE
        shortest, longest = DURATION_LIMITS[kind(name)]
        if not shortest <= seconds <= longest:
            problems.append(f"{name}: {seconds:.2f} s long, expected {shortest} to {longest} s")
        level, top = db(rms(samples)), db(peak(samples))
        if top > PEAK_LIMIT_DB + 0.1:
            problems.append(f"{name}: peaks at {top:.1f} dBFS, above {PEAK_LIMIT_DB}")
        if name != CHIME:
            if abs(level - TARGET_RMS_DB) > RMS_TOLERANCE_DB:
                problems.append(f"{name}: loudness {level:.1f} dBFS, expected {TARGET_RMS_DB} +- {RMS_TOLERANCE_DB}")
            start, end = voiced_span(samples, peak(samples) * from_db(SILENCE_DB))
            lead, tail = start / SAMPLE_RATE * 1000, (len(samples) - end) / SAMPLE_RATE * 1000
            if max(lead, tail) > MAX_EDGE_SILENCE_MS:
                problems.append(f"{name}: {lead:.0f} ms of silence before, {tail:.0f} ms after (not trimmed)")
        if verbose:
            print(f"{name:22} {seconds:5.2f} s  rms {level:6.1f} dBFS  peak {top:5.1f} dBFS")
    extra = sorted(p.name for p in clip_dir.glob("*.wav") if p.stem not in CLIP_NAMES)
    if extra:
        problems.append(f"clips no phrase uses: {', '.join(extra)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where the clips go (default: beside this script)")
    parser.add_argument("--check", action="store_true", help="only verify the clips in --out")
    parser.add_argument("--verbose", "-v", action="store_true", help="with --check: each clip's length and levels")
    parser.add_argument("--espeak", default="espeak-ng", help="the espeak-ng program (default: from PATH)")
    args = parser.parse_args(argv)
    if not args.check:
        espeak = shutil.which(args.espeak)
        if espeak is None:
            print(f"{args.espeak} not found; install espeak-ng (apt-get install espeak-ng)", file=sys.stderr)
            return 2
        make(args.out, espeak)
    problems = check(args.out, verbose=args.check and args.verbose)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        total = sum(p.stat().st_size for p in args.out.glob("*.wav"))
        print(f"{len(CLIP_NAMES)} clips in {args.out}, {total / 1024:.0f} KB, all well")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
