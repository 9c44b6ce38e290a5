"""What every A4 report of ours shares (reportlab): the embedded fonts,
Indonesian number formats, safe cell text, colours, paragraph and table
styles, and the page furniture ("Halaman 3 dari 12", the printed-at line).

Moved here from app.report_ikm so the laporan SKM, the daily summary
(app.report_daily) and the period summary (app.report_period) print alike;
the bar and line charts and the A4 document of the two summaries too.
"""

from __future__ import annotations

import math
import os
import re
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

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


# --- text as typed, in any script -----------------------------------------------------------


def script_font(face, bold: bool) -> str:
    """The reportlab name of an app.paper_text face: FONT/FONT_BOLD for Noto Sans."""
    if face.key == "sans":
        return FONT_BOLD if bold else FONT
    return Path(face.file(bold)).stem


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode CMap with code points above U+FFFF written as the UTF-16
    surrogate pairs PDF wants: reportlab writes five hex digits, which readers reject, so an
    emoji would read back as nothing. Other lines are unchanged."""

    def pair(match: re.Match) -> str:
        utf16 = chr(int(match[2], 16)).encode("utf-16-be").hex().upper()
        return f"{match[1]} <{utf16}>"

    return re.sub(r"(?m)^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", pair, _reportlab_to_unicode_cmap(fontname, subset))


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
_script_fonts_registered = False


def register_script_fonts() -> None:
    """Noto Sans with the faces that print what it lacks (app.paper_text.FACES), once."""
    global _script_fonts_registered
    register_fonts()
    if _script_fonts_registered:
        return
    from app.paper_text import FACES

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for face in FACES[1:]:
        for bold in (False, True):
            name = script_font(face, bold)
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", face.file(bold)))))
    _script_fonts_registered = True


class TypedText(Flowable):
    """Text as someone typed it, in any script, for a PDF: each run drawn with the font that
    has it, Arabic joined, right-to-left runs in their order (app.paper_text). Plain text, not
    Paragraph markup; a line break starts a new line. Takes a ParagraphStyle's font size,
    leading, colour, alignment, indents and spacing (FONT_BOLD prints bold); a paragraph that
    reads right to left is aligned right where the style says left. Wraps, and splits across
    pages, like a Paragraph."""

    def __init__(self, text: str, style: ParagraphStyle, _lines: list | None = None):
        super().__init__()
        register_script_fonts()
        self.text = text
        self.style = style
        self.bold = style.fontName == FONT_BOLD
        self._lines = _lines
        self._laid_out_for = None if _lines is None else "split"

    def _measure(self, face, bold: bool, text: str) -> float:
        return stringWidth(text, script_font(face, bold), self.style.fontSize)

    def wrap(self, availWidth, availHeight):
        from app.paper_text import lay_out

        inner = availWidth - self.style.leftIndent - self.style.rightIndent
        if self._laid_out_for not in ("split", inner):  # the pieces of a split keep their lines
            self._lines = lay_out(self.text, inner, self._measure, bold=self.bold)
            self._laid_out_for = inner
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits >= len(self._lines):
            return [self]
        if fits <= 0:
            return []
        return [TypedText(self.text, self.style, self._lines[:fits]), TypedText(self.text, self.style, self._lines[fits:])]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        style = self.style
        left, right = style.leftIndent, self.width - style.rightIndent
        y = self.height - style.fontSize  # the first baseline where a Paragraph puts it
        for line in self._lines:
            if style.alignment == TA_CENTER:
                x = (left + right - line.width) / 2
            elif style.alignment == TA_RIGHT or line.rtl:
                x = right - line.width
            else:
                x = left
            # one text object per line: a PDF reader reads the runs back as one line
            text = self.canv.beginText(x, y)
            text.setFillColor(style.textColor)
            for run in line.runs:
                text.setFont(script_font(run.face, self.bold), style.fontSize)
                text.textOut(run.text)
            self.canv.drawText(text)
            y -= style.leading


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


# --- charts -------------------------------------------------------------------------------

CHART_GRID = colors.HexColor("#e4e7eb")
SECOND = colors.HexColor("#7aa6d6")  # a second series beside ACCENT


def nice_step(top: float) -> float:
    """A round axis step giving about five gridlines up to `top`."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _axes(chart, labels: list[str], low: float, high: float, step: float, value_text) -> None:
    """Our look for a chart's axes: Noto Sans 7.5 pt, grey axis lines, light gridlines;
    category labels thinned to at most about 16 so they never run into each other."""
    every = max(1, math.ceil(len(labels) / 16))
    chart.categoryAxis.categoryNames = [x if i % every == 0 else "" for i, x in enumerate(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = high
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = value_text
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = CHART_GRID
    chart.valueAxis.gridStrokeWidth = 0.5


def _caption(drawing, chart, text: str) -> None:
    drawing.add(String(chart.x + chart.width / 2, 4, text, fontName=FONT, fontSize=7.5, fillColor=INK,
                       textAnchor="middle"))


def _legend(drawing, chart, names: list[str], fills: list) -> None:
    x = chart.x + chart.width
    for name, fill in reversed(list(zip(names, fills))):
        x -= stringWidth(name, FONT, 7.5)
        drawing.add(String(x, chart.y + chart.height + 6, name, fontName=FONT, fontSize=7.5, fillColor=INK))
        x -= 12
        drawing.add(Rect(x, chart.y + chart.height + 5, 8, 8, fillColor=fill, strokeColor=None))
        x -= 14


def bar_chart(
    width: float,
    height: float,
    labels: list[str],
    series: list[list[float]],
    *,
    caption: str,
    names: list[str] | None = None,
    value_text=integer,
    highlight: int | None = None,
) -> Drawing:
    """Vertical bars, one group per label (the hours of a day, the days of a period), one bar
    per series (named in a legend when `names`); the bar at `highlight` of the first series in
    the warning colour; values above the bars while they fit."""
    top = max((v for values in series for v in values), default=0) or 0
    step = nice_step(top)
    legend = 14 if names else 0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 48 - legend
    chart.data = series
    _axes(chart, labels, 0, max(step, math.ceil(top * 1.12 / step) * step), step, lambda v: value_text(int(v)))
    chart.bars.strokeColor = None
    fills = [ACCENT, SECOND]
    for i in range(len(series)):
        chart.bars[i].fillColor = fills[i % len(fills)]
    if highlight is not None and top:
        chart.bars[(0, highlight)].fillColor = WEAK
    bar_room = chart.width / max(1, len(labels) * len(series)) * 0.9
    widest = max((stringWidth(value_text(int(v)), FONT, 7) for values in series for v in values), default=0)
    if widest <= bar_room:  # a figure over each bar while it fits the bar's width
        chart.barLabelFormat = lambda v: value_text(int(v))
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 6
    chart.barSpacing = 2 if len(series) == 1 else 0.5
    drawing.add(chart)
    _caption(drawing, chart, caption)
    if names:
        _legend(drawing, chart, names, fills[: len(series)])
    return drawing


def line_chart(
    width: float,
    height: float,
    labels: list[str],
    values: list[float | None],
    *,
    caption: str,
    value_text,
    low: float = 0,
    high: float | None = None,
    step: float | None = None,
) -> Drawing:
    """One line over the labels with a dot per value; None is a gap (no line across a day
    without a value), and a value standing alone is a dot. At least one value is needed."""
    present = [v for v in values if v is not None]
    top = max(present, default=0)
    step = step or nice_step(top - low)
    high = high if high is not None else max(low + step, low + math.ceil((top - low) * 1.12 / step) * step)
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 48
    # a series per unbroken run of values, so no line bridges a gap
    runs: list[list[float | None]] = []
    for i, v in enumerate(values):
        if v is None:
            continue
        if not runs or values[i - 1] is None or i == 0:
            runs.append([None] * len(values))
        runs[-1][i] = v
    if not runs:
        raise ValueError("a line chart needs at least one value")
    chart.data = runs
    _axes(chart, labels, low, high, step, value_text)
    chart.joinedLines = 1
    for i in range(len(chart.data)):
        chart.lines[i].strokeColor = ACCENT
        chart.lines[i].strokeWidth = 1.2
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=ACCENT, strokeColor=ACCENT)
    drawing.add(chart)
    if len(values) <= 24:  # each value written above its dot while there is room
        slot = chart.width / len(values)
        for i, v in enumerate(values):
            if v is not None:
                y = chart.y + (v - low) / (high - low) * chart.height
                drawing.add(String(chart.x + (i + 0.5) * slot, y + 5, value_text(v), fontName=FONT, fontSize=6.5,
                                   fillColor=INK, textAnchor="middle"))
    _caption(drawing, chart, caption)
    return drawing


# --- the document -----------------------------------------------------------------------------


def build_pdf(
    path, story: list, *, mpp_name: str, title: str, subject: str, running_title: str, generated_at: datetime
) -> Path:
    """An A4 portrait PDF of `story` at `path`, written beside it and renamed into place (a reader
    never sees half a file), with our page furniture and "Halaman n dari N"."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=PORTRAIT,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=mpp_name,
        subject=subject,
        creator="mpp-desk",
        lang="id-ID",
    )
    w, h = PORTRAIT
    frame = Frame(MARGIN, BOTTOM, w - 2 * MARGIN, h - TOP - BOTTOM, id="p", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    furniture = page_furniture(mpp_name, running_title, generated_at, header=True)
    doc.addPageTemplates([PageTemplate("portrait", [frame], onPage=furniture, pagesize=PORTRAIT)])
    try:
        doc.build(story, canvasmaker=NumberedCanvas)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
