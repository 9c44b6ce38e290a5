"""Text of any script laid out for paper: which font draws each run of characters, Arabic
shaping, and right-to-left order, line by line. The A4 PDFs (app.pdf, reportlab) and the
thermal roll's picture lines (app.printing, Pillow) both draw what lay_out() returns, so a
complaint prints alike on both.

- Fonts (resources/fonts, see FACES): Noto Sans where it has the glyph, else Noto Sans
  Arabic, Noto Sans Hebrew, Noto Emoji (monochrome: reportlab cannot draw colour emoji).
  A character none of them has prints as U+FFFD; unprintable() says whether a text has one.
- Shaping: arabic-reshaper turns Arabic letters into their joined presentation forms
  (U+FB50-U+FEFF), which the Arabic font maps like any other character: no shaping engine
  is needed to draw them, and a PDF reader gets letters back (NFKC gives the plain ones).
- Order: the Unicode bidi algorithm (UAX #9). Levels are resolved per paragraph (its
  direction from its first strong character), lines are wrapped in logical order, then
  each line is reordered (L1, L2) and brackets in right-to-left runs mirrored (L4).
  python-bidi's pure-Python algorithm gives the levels; its Rust get_display() neither
  returns them nor mirrors. The unit reordered is a cluster (a letter with its marks, an
  emoji with its modifiers and joined emoji), so marks stay on their letter and an emoji
  sequence stays whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from app.paths import resource_path

MISSING = "\ufffd"
TAB = "    "  # a tab prints as four spaces
PARAGRAPH_BREAKS = re.compile("\r\n|[\n\r\u2028\u2029\x85]")


@dataclass(frozen=True)
class Face:
    key: str
    regular: str  # a file in resources/fonts
    bold: str | None  # None: the regular file prints bold text too
    # spaces and punctuation inside a right-to-left run of this face stay in it: a run
    # split by a change of font is read back by PDF readers in pieces, in the wrong order
    rtl: bool = False

    def file(self, bold: bool) -> str:
        return (self.bold if bold else None) or self.regular


FACES = (
    Face("sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", rtl=True),
    Face("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", rtl=True),
    Face("emoji", "NotoEmoji-Regular.ttf", None),
)
MAIN = FACES[0]


@dataclass(frozen=True)
class Run:
    face: Face
    text: str  # in visual order: drawn left to right as it stands
    width: float


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool  # its paragraph reads right to left (align it right)


# width of `text` drawn in a face, bold or not, in the caller's units
Measure = Callable[[Face, bool, str], float]


@cache
def coverage(face: Face) -> frozenset[int]:
    """The code points the face has a glyph for (its regular and bold files map the same)."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    return frozenset(TTFontFace(str(resource_path("fonts", face.regular))).charToGlyph)


# --- clusters --------------------------------------------------------------------------------

ZWJ = "\u200d"


def _is_regional_indicator(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _extends(ch: str) -> bool:
    """Whether `ch` belongs to the cluster before it: a mark (variation selectors are marks
    too), an emoji skin tone, or an invisible format character (joiners, tags)."""
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or unicodedata.bidirectional(ch) == "BN"
        or 0x1F3FB <= ord(ch) <= 0x1F3FF
    )


def _ignorable(ch: str) -> bool:
    """Invisible: nothing to draw when the font has no glyph for it."""
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF


def clusters(text: str) -> list[str]:
    """`text` cut where a line may be broken or reordered, never inside a letter with its
    marks, an emoji sequence joined by ZWJ, or a flag (two regional indicators)."""
    out: list[str] = []
    for ch in text:
        if out and not ch.isspace() and (
            _extends(ch)
            or out[-1].endswith(ZWJ)
            or (_is_regional_indicator(ch) and len(out[-1]) == 1 and _is_regional_indicator(out[-1]))
        ):
            out[-1] += ch
        else:
            out.append(ch)
    return out


# --- Arabic shaping -------------------------------------------------------------------------------

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# joiners count as Arabic only between Arabic letters: the reshaper drops every ZWJ it sees,
# and the ones in emoji sequences must stay
_ARABIC_RUN = re.compile(f"[{_ARABIC}]+(?:[\u200c\u200d]+[{_ARABIC}]+)*")


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    # harakat (vowel marks) are kept: they are part of what was typed
    return ArabicReshaper(configuration={"delete_harakat": False})


def shape(text: str) -> str:
    """Arabic letters in their joined forms (logical order still); nothing else changes."""
    return _ARABIC_RUN.sub(lambda m: _reshaper().reshape(m.group()), text)


# --- bidi -----------------------------------------------------------------------------------------


def _levels(parts: list[str], base_level: int) -> list[int]:
    """The resolved bidi level of each cluster (rules X1-I2 on the paragraph)."""
    from bidi.algorithm import (
        X9_REMOVED,
        explicit_embed_and_overrides,
        get_embedding_levels,
        get_empty_storage,
        resolve_implicit_levels,
        resolve_neutral_types,
        resolve_weak_types,
    )

    # a cluster stands for itself by its first character; one the algorithm would remove (X9)
    # or does not know (isolates, unassigned code points) stands as U+FFFC, a neutral
    unknown = {*X9_REMOVED, "", "LRI", "RLI", "FSI", "PDI"}
    proxy = "".join("\ufffc" if unicodedata.bidirectional(p[0]) in unknown else p[0] for p in parts)
    storage = get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    get_embedding_levels(proxy, storage)
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    _resolve_brackets(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    levels = [ch["level"] for ch in storage["chars"]]
    assert len(levels) == len(parts)
    return levels


# paired brackets (Bidi_Paired_Bracket of UnicodeData's BidiBrackets.txt; the ones in use)
_OPENING = dict(zip("([{\u2045\u207d\u208d\u2308\u230a\u2329\u2768\u276a\u27e6\u27e8\u2983\u3008\u300a\u300c"
                    "\u300e\u3010\u3014\u3016\u3018\u301a\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b\uff5f\uff62",
                    ")]}\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u27e7\u27e9\u2984\u3009\u300b\u300d"
                    "\u300f\u3011\u3015\u3017\u3019\u301b\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63"))
_CLOSING = set(_OPENING.values())


def _strong(bidi_type: str) -> str | None:
    return "L" if bidi_type == "L" else "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(storage: dict) -> None:
    """N0 of UAX #9 (Unicode 6.3), which python-bidi's pure-Python algorithm predates: a
    bracket pair takes the direction of the strong text inside it, so "(שלום)" after Latin
    text keeps both its brackets with the Hebrew word. BD16 finds the pairs; runs are level
    runs (there are no isolates: intake refuses direction controls)."""
    for run in storage["runs"]:
        chars = storage["chars"][run["start"] : run["start"] + run["length"]]
        if not chars:
            continue
        embedding = "LR"[chars[0]["level"] % 2]
        pairs, stack = [], []
        for i, ch in enumerate(chars):
            if ch["type"] != "ON":
                continue
            if ch["ch"] in _OPENING:
                if len(stack) == 63:
                    break
                stack.append((_OPENING[ch["ch"]], i))
            elif ch["ch"] in _CLOSING:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == ch["ch"]:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_strong(ch["type"]) for ch in chars[opening + 1 : closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:  # only the opposite direction inside: it wins if the text before the pair has it too
                before = (_strong(ch["type"]) for ch in reversed(chars[:opening]))
                direction = next((d for d in before if d), run["sor"])
            for at in (opening, closing):
                chars[at]["type"] = direction
                for ch in chars[at + 1 :]:  # marks on a bracket follow it
                    if ch["orig"] != "NSM":
                        break
                    ch["type"] = direction


def _base_level(text: str) -> int:
    from bidi.algorithm import get_base_level

    return get_base_level(text)


def _visual(items: list, levels: list[int], base_level: int) -> list:
    """Items of one line in display order: L1 (trailing spaces at the paragraph's level)
    and L2 (reverse every run at each level from the highest down to the lowest odd)."""
    levels = list(levels)
    for i in range(len(items) - 1, -1, -1):
        if not items[i].text.isspace():
            break
        levels[i] = base_level
    pairs = list(zip(levels, items))
    odd = [level for level in levels if level % 2]
    if not odd:
        return items
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(pairs):
            if pairs[i][0] >= level:
                j = i
                while j < len(pairs) and pairs[j][0] >= level:
                    j += 1
                pairs[i:j] = pairs[i:j][::-1]
                i = j
            else:
                i += 1
    return [item for _, item in pairs]


# --- layout --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    """A cluster as drawn: its text (MISSING for a character no face has, marks first in a
    right-to-left letter), its face and its bidi level."""

    text: str
    face: Face
    level: int
    missing: bool


def _neutral(cluster: str) -> bool:
    return unicodedata.category(cluster[0])[0] in "ZPM" or _extends(cluster[0])


def _pieces(paragraph: str) -> tuple[list[_Piece], int]:
    """A paragraph shaped, cut into clusters, each with its face and bidi level."""
    text = shape(paragraph.replace("\t", TAB))
    parts = clusters(text)
    base = _base_level(text)
    levels = _levels(parts, base) if parts else []
    out: list[_Piece] = []
    for part, level in zip(parts, levels):
        face = None
        before = out[-1].face if out else None
        if before and before.rtl and level % 2 and _neutral(part) and all(ord(c) in coverage(before) for c in part):
            face = before
        if face is None:
            face = next((f for f in FACES if all(ord(c) in coverage(f) for c in part)), None)
        if face is None:
            face = next((f for f in FACES if ord(part[0]) in coverage(f)), None)
        if face is None:
            invisible = all(_ignorable(c) for c in part)
            out.append(_Piece("" if invisible else MISSING, MAIN, level, missing=not invisible))
            continue
        have = coverage(face)
        drawn = "".join(c if ord(c) in have else "" if _ignorable(c) else MISSING for c in part)
        if level % 2 and drawn[:1] in _mirrored():
            drawn = _mirrored()[drawn[0]] + drawn[1:]  # L4: "(" in a right-to-left run faces the other way
        if level % 2 and unicodedata.bidirectional(part[0]) in ("R", "AL"):
            # marks before their letter: Arabic and Hebrew fonts draw a mark over the glyph after it
            drawn = drawn[::-1]
        out.append(_Piece(drawn, face, level, missing=MISSING in drawn))
    return out, base


@cache
def _mirrored() -> dict[str, str]:
    from bidi.mirror import MIRRORED

    return MIRRORED


def unprintable(text: str) -> bool:
    """Whether some character of `text` has no glyph in any of the FACES (it prints as U+FFFD)."""
    return any(piece.missing for paragraph in PARAGRAPH_BREAKS.split(text) for piece in _pieces(paragraph)[0])


def lay_out(text: str, width: float, measure: Measure, *, bold: bool = False) -> list[Line]:
    """`text` in lines at most `width` wide (a word longer than a line is cut), each a list
    of runs in display order. A line break in the text starts a new paragraph; an empty
    paragraph is an empty line."""
    lines: list[Line] = []
    for paragraph in PARAGRAPH_BREAKS.split(text):
        pieces, base = _pieces(paragraph)
        widths: dict[tuple[str, str], float] = {}

        def size(piece: _Piece) -> float:
            key = (piece.face.key, piece.text)
            if key not in widths:
                widths[key] = measure(piece.face, bold, piece.text)
            return widths[key]

        for row in _wrap(pieces, width, size):
            visual = _visual(row, [p.level for p in row], base)
            runs: list[Run] = []
            for piece in visual:
                if runs and runs[-1].face == piece.face:
                    runs[-1] = Run(piece.face, runs[-1].text + piece.text, runs[-1].width + size(piece))
                else:
                    runs.append(Run(piece.face, piece.text, size(piece)))
            lines.append(Line(tuple(runs), sum(r.width for r in runs), rtl=bool(base)))
    return lines


def _wrap(pieces: list[_Piece], width: float, size: Callable[[_Piece], float]) -> list[list[_Piece]]:
    """Greedy wrapping between words. The spaces where a line breaks, and those ending the
    paragraph, are dropped; those starting it are kept (an indent)."""
    rows: list[list[_Piece]] = [[]]
    used = 0.0
    i = 0
    while i < len(pieces):
        j = i  # the spaces from i to j, then the word from j to k
        while j < len(pieces) and pieces[j].text.isspace():
            j += 1
        k = j
        while k < len(pieces) and not pieces[k].text.isspace():
            k += 1
        spaces, word = pieces[i:j], pieces[j:k]
        i = k
        if not word:
            break
        gap, long = sum(map(size, spaces)), sum(map(size, word))
        if rows[-1] and used + gap + long > width:
            rows.append([])
            used = 0.0
        else:
            rows[-1] += spaces
            used += gap
        for piece in word:  # a word wider than a whole line is cut between clusters
            w = size(piece)
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0.0
            rows[-1].append(piece)
            used += w
    return rows
