"""The call sentence and its audio: Indonesian numbers, both reading styles, the
shipped clips, and the WAV put together from them, read back with `wave`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from app import voice
from app.errors import InvalidInput, MppError, NotFound
from app.voice import CLIP_NAMES, NUMBER_WORDS, Phrase, build_phrase, clip_path, number_words, phrase_audio, write_wav
from tests.conftest import ROOT, run_mpp

MAKE_CLIPS = ROOT / "resources" / "sounds" / "make_clips.py"
WAV_SHAPE = (voice.SAMPLE_RATE, voice.CHANNELS, voice.SAMPLE_WIDTH, "NONE")


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (0, "nol"),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (23, "dua puluh tiga"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (119, "seratus sembilan belas"),
        (200, "dua ratus"),
        (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (1234, "seribu dua ratus tiga puluh empat"),
        (2000, "dua ribu"),
        (10_000, "sepuluh ribu"),
        (11_000, "sebelas ribu"),
        (12_345, "dua belas ribu tiga ratus empat puluh lima"),
        (99_999, "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
        (100_000, "seratus ribu"),
        (101_011, "seratus satu ribu sebelas"),
        (1_000_000, "satu juta"),
        (2_500_017, "dua juta lima ratus ribu tujuh belas"),
        (999_999_999, "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan "
                      "ribu sembilan ratus sembilan puluh sembilan"),
    ],
)
def test_number_words(n, said):
    assert " ".join(number_words(n)) == said


@pytest.mark.parametrize("bad", [-1, 1_000_000_000, True, 2.0, "5", None])
def test_number_words_refuses_what_is_not_a_whole_number_in_range(bad):
    with pytest.raises(InvalidInput) as caught:
        number_words(bad)
    assert caught.value.code == "bad_number"


def test_every_number_a_phrase_can_say_uses_only_word_clips():
    # every ticket number in both styles, every loket
    used = {word for n in range(1, voice.MAX_TICKET_NUMBER + 1) for word in number_words(n)}
    assert used <= set(NUMBER_WORDS)
    assert set(NUMBER_WORDS) - used == {"nol", "juta"}  # nol only for digits, juta for completeness


@pytest.mark.parametrize(
    ("code", "counter", "words", "digits"),
    [
        ("A001", 1, "A satu", "A nol nol satu"),
        ("B010", 2, "B sepuluh", "B nol satu nol"),
        ("C100", 10, "C seratus", "C satu nol nol"),
        ("D999", 11, "D sembilan ratus sembilan puluh sembilan", "D sembilan sembilan sembilan"),
        ("A023", 5, "A dua puluh tiga", "A nol dua tiga"),
        ("B110", 12, "B seratus sepuluh", "B satu satu nol"),
        ("AB012", 100, "AB dua belas", "AB nol satu dua"),
        ("ZZ007", 999, "ZZ tujuh", "ZZ nol nol tujuh"),
        ("A1000", 21, "A seribu", "A satu nol nol nol"),
        ("A1234", 110, "A seribu dua ratus tiga puluh empat", "A satu dua tiga empat"),
        ("Q12345", 3, "Q dua belas ribu tiga ratus empat puluh lima", "Q satu dua tiga empat lima"),
        ("XY99999", 7, "XY sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
         "XY sembilan sembilan sembilan sembilan sembilan"),
    ],
)
def test_phrase_on_hard_numbers(code, counter, words, digits):
    loket = " ".join(number_words(counter))  # the loket is read in words in both styles
    assert build_phrase(code, counter).text == f"Nomor antrian {words}, silakan menuju loket {loket}"
    assert build_phrase(code, counter, "words") == build_phrase(code, counter)
    assert build_phrase(code, counter, "digits").text == f"Nomor antrian {digits}, silakan menuju loket {loket}"


def test_phrase_clips_follow_the_sentence():
    assert build_phrase("A023", 5).clips == (
        "chime", "nomor_antrian", "a", "dua", "puluh", "tiga", "silakan_menuju_loket", "lima",
    )
    assert build_phrase("AB012", 12, "digits").clips == (
        "chime", "nomor_antrian", "a", "b", "nol", "satu", "dua", "silakan_menuju_loket", "dua", "belas",
    )
    assert build_phrase("C100", 999).text.endswith("loket sembilan ratus sembilan puluh sembilan")


def test_codes_are_read_as_the_ticket_prints_them():
    # lower case and stray spaces from a hand-typed command; extra zeros read as the ticket pads (3 digits)
    assert build_phrase(" ab12 ", 3) == build_phrase("AB012", 3) == build_phrase("AB012\n", 3)
    assert build_phrase("A0023", 5, "digits").text.startswith("Nomor antrian A nol dua tiga,")
    assert build_phrase("A23", 5, "digits") == build_phrase("A023", 5, "digits")


@pytest.mark.parametrize(
    ("code", "counter", "style", "error_code"),
    [
        ("", 1, "words", "bad_ticket_code"),
        ("A", 1, "words", "bad_ticket_code"),
        ("023", 1, "words", "bad_ticket_code"),
        ("ABC001", 1, "words", "bad_ticket_code"),
        ("A123456", 1, "words", "bad_ticket_code"),
        ("A-023", 1, "words", "bad_ticket_code"),
        ("A 023", 1, "words", "bad_ticket_code"),
        ("Ä023", 1, "words", "bad_ticket_code"),
        ("A٠٢٣", 1, "words", "bad_ticket_code"),  # Arabic-Indic digits
        ("A000", 1, "words", "bad_ticket_code"),
        (None, 1, "words", "bad_ticket_code"),
        ("A023", 0, "words", "bad_counter"),
        ("A023", 1000, "words", "bad_counter"),
        ("A023", -5, "words", "bad_counter"),
        ("A023", True, "words", "bad_counter"),
        ("A023", "5", "words", "bad_counter"),
        ("A023", 5, "spelled", "bad_voice_style"),
        ("A023", 5, "", "bad_voice_style"),
    ],
)
def test_bad_input_is_refused_clearly(code, counter, style, error_code):
    with pytest.raises(InvalidInput) as caught:
        build_phrase(code, counter, style)
    assert caught.value.code == error_code
    assert caught.value.message


def read_wav(path: Path) -> tuple[tuple, bytes]:
    with wave.open(str(path), "rb") as wav:
        return (wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), wav.getcomptype()), wav.readframes(
            wav.getnframes()
        )


def test_every_clip_is_shipped_in_the_shared_format():
    for name in CLIP_NAMES:
        shape, frames = read_wav(clip_path(name))
        assert shape == WAV_SHAPE, name
        assert len(frames) > voice.SAMPLE_RATE // 10, f"{name} is shorter than 0.1 s"
    shipped = {p.stem for p in clip_path("chime").parent.glob("*.wav")}
    assert shipped == set(CLIP_NAMES)
    total = sum(p.stat().st_size for p in clip_path("chime").parent.glob("*.wav"))
    assert total < 2_000_000


def test_every_clip_a_phrase_can_need_is_a_clip():
    needed = set()
    for prefix in ("A", "B", "Z", "AB", "MQ", "XY"):
        for number in (1, 10, 11, 12, 23, 100, 110, 999, 1000, 12345, 99999):
            for style in voice.STYLES:
                needed.update(build_phrase(f"{prefix}{number:03d}", 1 + number % 999, style).clips)
    needed.update(clip for letter in voice.LETTERS for clip in build_phrase(f"{letter}1", 1).clips)
    assert needed <= set(CLIP_NAMES)
    for name in needed:
        assert voice.read_clip(name)


def test_write_wav_is_the_clips_in_order_with_silence_between(tmp_path):
    phrase = build_phrase("AB012", 12)
    path = write_wav(phrase, tmp_path / "call.wav")
    shape, frames = read_wav(path)
    assert shape == WAV_SHAPE
    assert path.read_bytes() == phrase_audio(phrase)
    # walk the file: each clip's frames exactly, and only silence (under a second) between them
    position = 0
    for i, name in enumerate(phrase.clips):
        _, clip = read_wav(clip_path(name))
        found = frames.find(clip, position)
        assert found >= 0, f"clip {name} not found in order"
        gap = frames[position:found]
        assert gap == bytes(len(gap)), f"sound before {name}"
        assert (i == 0) == (len(gap) == 0)
        assert len(gap) < voice.SAMPLE_RATE * voice.SAMPLE_WIDTH
        position = found + len(clip)
    assert position == len(frames)
    assert 4.0 < voice.wav_seconds(path) < 12.0


def test_a_missing_clip_is_named_and_nothing_is_written(tmp_path):
    out = tmp_path / "call.wav"
    with pytest.raises(NotFound) as caught:
        write_wav(Phrase(text="x", clips=("chime", "no_such_clip")), out)
    assert caught.value.code == "missing_clip"
    assert "no_such_clip" in caught.value.message
    assert not out.exists()


def test_a_clip_of_another_format_is_refused(tmp_path, monkeypatch):
    stereo = tmp_path / "a.wav"
    with wave.open(str(stereo), "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(bytes(4000))
    (tmp_path / "b.wav").write_bytes(b"RIFF and then nothing sensible")
    monkeypatch.setattr(voice, "clip_path", lambda name: tmp_path / f"{name}.wav")
    for name in ("a", "b"):
        with pytest.raises(MppError) as caught:
            voice.read_clip(name)
        assert caught.value.code == "bad_clip"
        assert repr(name) in caught.value.message


def test_make_clips_check_passes_on_the_shipped_clips():
    result = subprocess.run([sys.executable, str(MAKE_CLIPS), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "all well" in result.stdout


def test_make_clips_check_finds_a_missing_clip(tmp_path):
    for path in clip_path("chime").parent.glob("*.wav"):
        if path.stem != "sebelas":
            shutil.copy(path, tmp_path)
    result = subprocess.run(
        [sys.executable, str(MAKE_CLIPS), "--check", "--out", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "sebelas: missing" in result.stderr


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_make_clips_regenerates_every_clip(tmp_path):
    result = subprocess.run([sys.executable, str(MAKE_CLIPS), "--out", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert {p.stem for p in tmp_path.glob("*.wav")} == set(CLIP_NAMES)
    for name in CLIP_NAMES:  # the same espeak-ng makes clips of about the same length
        made, shipped = voice.wav_seconds(tmp_path / f"{name}.wav"), voice.wav_seconds(clip_path(name))
        assert abs(made - shipped) < 0.3 * shipped, name


def test_mpp_voice_phrase_prints_the_sentence_and_writes_the_audio_it_would_play(tmp_path):
    out = tmp_path / "a023.wav"
    result = run_mpp("voice", "phrase", "A023", "--counter", "12", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Nomor antrian A dua puluh tiga, silakan menuju loket dua belas"
    assert out.read_bytes() == phrase_audio(build_phrase("A023", 12))
    digits = run_mpp("voice", "phrase", "D999", "--counter", "5", "--style", "digits", "--json")
    assert json.loads(digits.stdout)["text"] == "Nomor antrian D sembilan sembilan sembilan, silakan menuju loket lima"
    bad = run_mpp("voice", "phrase", "A-23", "--counter", "5")
    assert bad.returncode != 0 and "A-23" in bad.stderr
