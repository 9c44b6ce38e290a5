"""What every A4 report of ours shares (reportlab): the embedded fonts,
Indonesian number formats, safe cell text, colours, paragraph and table
styles, and the page furniture ("Halaman 3 dari 12", the printed-at line).

Moved here from app.report_ikm so the laporan SKM and the daily summary
(app.report_daily) print alike.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from xml.sax.saxutils import escape as xml_escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from app.fmt import LOCALE, long_date
from app.fmt import decimal as fmt_decimal
from app.ikm import round_half_up
from app.paths import resource_path

# --- fonts and formats --------------------------------------------------------------------

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
_fonts_registered = False


def register_fonts() -> None:
    """Embed Noto Sans (regular and bold) so Indonesian text and ±, ×, © print
    in any viewer; registered once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "NotoSans-Bold.ttf"))))
    registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


def num(value, places: int = 2) -> str:
    """A number in Indonesian form (1.234,56); "-" for None."""
    if value is None:
        return "-"
    # round half up exactly first (as app.ikm does); babel would round half even
    exact = value if isinstance(value, Fraction) else Fraction(Decimal(str(value)) if isinstance(value, float) else value)
    rounded = round_half_up(abs(exact), places)
    return fmt_decimal(-rounded if exact < 0 else rounded, places)


def signed(value, places: int) -> str:
    """A change with its sign: +0,5000, –0,2500 (an en dash: Noto Sans has no U+2212), 0,0000."""
    sign = "+" if value > 0 else "–" if value < 0 else ""
    return sign + num(abs(value), places)


def integer(value: int) -> str:
    """A whole number with the Indonesian thousands dot: 1.234."""
    return format_decimal(value, "#,##0", locale=LOCALE)


def pct(part: int, whole: int) -> str:
    return f"{num(Fraction(part * 100, whole), 2)}%" if whole else "-"


def short_date(day: date) -> str:
    return format_date(day, "dd/MM/yyyy", locale=LOCALE)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# symbols users type that Noto Sans (the embedded font) lacks, spelled with glyphs it has
_NO_GLYPH = str.maketrans({"≥": ">=", "≤": "<=", "−": "-", "→": "->", "←": "<-", "≈": "~", "≠": "!="})


def esc(text) -> str:
    """User or database text made safe for Paragraph markup: &, < and > print
    literally, control characters become spaces, line breaks are kept."""
    text = _CONTROL.sub(" ", str(text).translate(_NO_GLYPH)).replace("\r\n", "\n").replace("\r", "\n")
    return xml_escape(text).replace("\n", "<br/>")


def cell_text(text: str, width: float, size: float, max_lines: int = 3, font: str = FONT) -> str:
    """Plain-string table cell wrapped to `width` (plain strings keep a table of
    thousands of rows fast; Paragraphs would be ten times slower)."""
    text = " ".join(_CONTROL.sub(" ", str(text).translate(_NO_GLYPH)).split())
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return "\n".join(lines)


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of text cut with "…" to fit `width`."""
    text = " ".join(str(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# --- styles -------------------------------------------------------------------------------

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4e89")
LIGHT = colors.HexColor("#e8eef7")
STRIPE = colors.HexColor("#f5f7fa")
GRID = colors.HexColor("#9aa5b1")
WEAK = colors.HexColor("#d9822b")
HIGHLIGHT = colors.HexColor("#fff4d6")


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_JUSTIFY, bulletFontName=FONT
    )
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, alignment=TA_LEFT),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_LEFT),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER, textColor=colors.white
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=2),
        "saran": ParagraphStyle(
            "saran", parent=base, fontSize=9, leading=12.5, leftIndent=26, bulletIndent=0, bulletFontSize=9,
            spaceAfter=5, alignment=TA_LEFT,
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=6, spaceAfter=8,
            textColor=ACCENT, alignment=TA_LEFT, keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
            alignment=TA_LEFT, keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=28, alignment=TA_CENTER, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=FONT_BOLD, fontSize=15, leading=20, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "boxbig": ParagraphStyle(
            "boxbig", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24, alignment=TA_CENTER, textColor=ACCENT
        ),
        "boxlabel": ParagraphStyle("boxlabel", parent=base, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    }


def grid_style(header_rows: int = 1, *, stripes: bool = True, font_size: float = 8.5) -> list:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if stripes:
        style.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE]))
    return style


# --- page furniture -----------------------------------------------------------------------

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 2 * cm
TOP = 2.2 * cm
BOTTOM = 2 * cm


class NumberedCanvas(canvas.Canvas):
    """Holds the pages back until the end so each footer can say
    "Halaman 3 dari 12" (the total is known only after the last page)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []

    def showPage(self):
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN, BOTTOM - 0.9 * cm, f"Halaman {self._pageNumber} dari {total}")
            self.restoreState()
            super().showPage()
        super().save()


_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def printed_at(moment: datetime) -> str:
    """ "Senin, 5 Oktober 2026 pukul 08.15", with the zone when the time carries one
    (WIB/WITA/WIT by offset; pass the MPP's local time, not UTC)."""
    text = f"{long_date(moment.date())} pukul {moment.strftime('%H.%M')}"
    zone = zone_name(moment)
    return f"{text} {zone}".rstrip()


def zone_name(moment: datetime) -> str:
    """WIB, WITA or WIT for a local time by its offset ("" for a naive time)."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    return _ZONES.get(offset.total_seconds() / 3600) or moment.tzname() or ""


def page_furniture(mpp_name: str, running_title: str, generated_at: datetime, *, header: bool):
    """onPage callback: the MPP and the report's running title above a rule (when
    `header`), and "Dicetak <when>" bottom left (the page number is NumberedCanvas's)."""
    printed = f"Dicetak {printed_at(generated_at)}"

    def draw(canv: canvas.Canvas, doc) -> None:
        width, height = canv._pagesize
        canv.saveState()
        if header:
            y = height - TOP + 0.6 * cm
            half = (width - 2 * MARGIN) / 2 - 6
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(ACCENT)
            canv.drawString(MARGIN, y, fit(mpp_name, FONT_BOLD, 8, half))
            canv.setFont(FONT, 8)
            canv.setFillColor(MUTED)
            canv.drawRightString(width - MARGIN, y, fit(running_title, FONT, 8, half))
            canv.setStrokeColor(GRID)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, y - 4, width - MARGIN, y - 4)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, BOTTOM - 0.55 * cm, width - MARGIN, BOTTOM - 0.55 * cm)
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, BOTTOM - 0.9 * cm, fit(printed, FONT, 8, (width - 2 * MARGIN) / 2))
        canv.restoreState()

    return draw
