"""The display board: the number just called, very large; the number at every
counter; the last calls; the running text; a voice for every call.

It follows every counter on the station file: a ChangeWatcher (PRAGMA
data_version) is asked five times a second on the UI thread, and only when
another connection committed does the database worker read the board again
(app.display.Display.refresh: one snapshot, a handful of indexed queries). The
calls it has not announced come with it; the Announcer (ui/announcer.py) says
them one at a time, and each one it starts is marked announced in the station
file, so a restarted board never repeats itself.

Everything is drawn to fit: texts are FitText widgets that take the largest font
that fits their box (up to a size chosen for ten metres on a 1920x1080 board,
scaled with the window), so no text is ever cut at 1280x720, 1920x1080,
3840x2160 or on a portrait board. The board is for the public and speaks
Indonesian (context "Display" in resources/i18n/mpp_id.ts); it has no
language switch.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap, QStaticText
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app import fmt
from app.admin import station_config
from app.display import Call, CounterPanel, Display, DisplayBoard, Refresh
from app.errors import MppError
from app.paths import resource_path
from app.watch import ChangeWatcher
from ui.announcer import Announcer
from ui.display import style
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

POLL_MS = 200  # asking the file whether anything changed: microseconds each time
RELOAD_MS = 30_000  # read the board anyway now and then: the date changes at midnight with no commit
CLOCK_MS = 1000
LAST_ROWS = 3  # previous calls listed beside the number just called


# --- drawing helpers ------------------------------------------------------------------------


TIGHT_REFERENCE = "0"  # the ink a tight FitText fits: a digit (capitals stand as tall)


def _tight_ink(metrics: QFontMetricsF) -> tuple[QRectF, float]:
    """A digit's ink, and the room needed below it for the tails of J and Q."""
    digit = metrics.tightBoundingRect(TIGHT_REFERENCE)
    return digit, max(0.0, metrics.tightBoundingRect("JQ").bottom() - digit.bottom())


class FitText(QWidget):
    """One line of text, as large as fits: at most `px` pixels of font (times the board's
    scale), shrunk to the widget's box; only below `min_px` is it elided.

    tight: fit the ink of capitals and digits rather than the font's line (the big
    numbers: "A023" has no descenders, so its digits can stand almost as tall as the
    box). tails: keep room below for the tails of J and Q whatever the text, so that
    "J015" stands as tall as "A023" beside it (ticket numbers); otherwise only a text
    with such a tail makes room for it ("LOKET 12" fills its box)."""

    def __init__(
        self,
        text: str = "",
        *,
        px: int,
        min_px: int | None = None,
        bold: bool = True,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        colour: str = style.WHITE,
        tight: bool = False,
        tails: bool = False,
        keep_width: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._text = text
        self._px = px
        self._min_px = min_px if min_px is not None else max(10, px // 3)
        self._bold = bold
        self._align = align
        self._colour = QColor(colour)
        self._tight = tight
        self._tails = tails
        self._keep_width = keep_width  # never narrower than the text at full size (the clock)
        self._scale = 1.0
        self._fit: tuple[QFont, str, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    # --- state ---

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self._changed()

    def set_colour(self, colour: str) -> None:
        colour = QColor(colour)
        if colour != self._colour:
            self._colour = colour
            self.update()

    def colour(self) -> str:
        return self._colour.name().upper()

    def set_scale(self, scale: float) -> None:
        if scale != self._scale:
            self._scale = scale
            self._changed()

    def set_align(self, align: Qt.AlignmentFlag) -> None:
        if align != self._align:
            self._align = align
            self.update()

    def set_px(self, px: int) -> None:
        if px != self._px:
            self._px = px
            self._changed()

    def max_px(self) -> int:
        return max(1, round(self._px * self._scale))

    def min_px(self) -> int:
        return max(1, round(self._min_px * self._scale))

    # --- what it drew (for tests) ---

    def pixel_size(self) -> int:
        return self._fitted()[2]

    def glyph_height(self) -> float:
        """The height of the ink as drawn, in pixels: a digit's where tight (a number's
        digits), else the text's."""
        font, shown, _ = self._fitted()
        if not shown:
            return 0.0
        return QFontMetricsF(font).tightBoundingRect(TIGHT_REFERENCE if self._tight else shown).height()

    def elided(self) -> bool:
        return self._fitted()[1] != self._text

    # --- fitting ---

    def _changed(self) -> None:
        self._fit = None
        self.updateGeometry()
        self.update()

    def _font(self, px: int) -> QFont:
        font = QFont(style.FAMILY)
        font.setPixelSize(max(1, px))
        font.setBold(self._bold)
        return font

    def _extent(self, px: int, text: str) -> tuple[float, float]:
        metrics = QFontMetricsF(self._font(px))
        width = metrics.horizontalAdvance(text)
        if self._tight:
            digit, tails = self._ink(metrics, text)
            return max(width, metrics.tightBoundingRect(text).width()), digit.height() + tails
        return width, metrics.height()

    def _ink(self, metrics: QFontMetricsF, text: str) -> tuple[QRectF, float]:
        digit, tails = _tight_ink(metrics)
        if not self._tails:
            tails = max(0.0, metrics.tightBoundingRect(text).bottom() - digit.bottom())
        return digit, tails

    def sizeHint(self) -> QSize:
        width, height = self._extent(self.max_px(), self._text or "X")
        return QSize(math.ceil(width), math.ceil(height))

    def minimumSizeHint(self) -> QSize:
        width, height = self._extent(self.min_px(), self._text or "X")
        if self._keep_width:
            width = self._extent(self.max_px(), self._text or "X")[0]
        return QSize(math.ceil(width) if self._keep_width else 0, math.ceil(height))

    def resizeEvent(self, event) -> None:
        self._fit = None
        super().resizeEvent(event)

    def _fitted(self) -> tuple[QFont, str, int]:
        if self._fit is None:
            text, room_w, room_h = self._text, max(1, self.width()), max(1, self.height())
            high, low = self.max_px(), self.min_px()
            px = high
            if text:
                width, height = self._extent(100, text)
                if width > 0 and height > 0:
                    px = max(low, min(high, int(100 * room_w / width), int(100 * room_h / height)))
                while px > low:  # hinting is not quite linear: step down until it fits
                    width, height = self._extent(px, text)
                    if width <= room_w and height <= room_h:
                        break
                    px -= max(1, px // 60)
                px = max(px, low)
            font = self._font(px)
            shown = text
            metrics = QFontMetricsF(font)
            if text and metrics.horizontalAdvance(text) > room_w:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room_w)
            self._fit = (font, shown, px)
        return self._fit

    def paintEvent(self, event) -> None:
        font, shown, _ = self._fitted()
        if not shown:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(self._colour)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(shown)
        if self._align & Qt.AlignmentFlag.AlignLeft:
            x = 0.0
        elif self._align & Qt.AlignmentFlag.AlignRight:
            x = self.width() - width
        else:
            x = (self.width() - width) / 2
        if self._tight:
            digit, tails = self._ink(metrics, shown)
            baseline = (self.height() - digit.height() - tails) / 2 - digit.top()
        else:
            baseline = (self.height() - metrics.height()) / 2 + metrics.ascent()
        painter.drawText(QPointF(x, baseline), shown)
        painter.end()


class Panel(QWidget):
    """A rounded block of colour behind other widgets, with an optional border."""

    def __init__(self, colour: str, parent: QWidget | None = None, *, radius: int = style.RADIUS):
        super().__init__(parent)
        self._colour = QColor(colour)
        self._border: QColor | None = None
        self._radius = radius
        self._scale = 1.0

    def set_colours(self, colour: str, border: str | None = None) -> None:
        colour, border = QColor(colour), QColor(border) if border else None
        if colour != self._colour or border != self._border:
            self._colour, self._border = colour, border
            self.update()

    def colour(self) -> str:
        return self._colour.name().upper()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self._radius * self._scale
        rect = QRectF(self.rect())
        if self._border is not None:
            width = max(2.0, 5 * self._scale)
            painter.setPen(QPen(self._border, width))
            rect = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class Marquee(QWidget):
    """The running text: one line gliding right to left without a pause, its position
    taken from a clock (not counted per frame), so a late frame never makes it jump
    back or stall. When the text is gone on the left, the next copy is already coming."""

    def __init__(self, *, px: int, speed: float, colour: str, background: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._px = px
        self._speed = speed  # px per second at scale 1
        self._colour = QColor(colour)
        self._background = QColor(background)
        self._scale = 1.0
        self._static: QStaticText | None = None
        self._font = QFont(style.FAMILY)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._frames = QTimer(self, interval=16, timerType=Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self.update)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._static = None
            self._elapsed.restart()  # a new text starts at the left edge, readable from its first word
            self.update()

    def set_scale(self, scale: float) -> None:
        if scale != self._scale:
            self._scale = scale
            self._static = None
            self.update()

    def font_px(self) -> int:
        return max(1, min(round(self._px * self._scale), int(self.height() * 0.62)))

    def glyph_height(self) -> float:
        font = QFont(style.FAMILY)
        font.setPixelSize(self.font_px())
        return QFontMetricsF(font).capHeight()

    def offset(self) -> float:
        """How far the text has moved left since it was set, within one period."""
        return (self._elapsed.elapsed() / 1000 * self._speed * self._scale) % self._period()

    def _gap(self) -> float:
        return 6 * self.font_px()

    def _text_width(self) -> float:
        return self._prepared().size().width()

    def _period(self) -> float:
        return max(self._text_width() + self._gap(), float(self.width()), 1.0)

    def _prepared(self) -> QStaticText:
        if self._static is None:
            self._font = QFont(style.FAMILY)
            self._font.setPixelSize(self.font_px())
            self._font.setBold(True)
            self._static = QStaticText(self._text)
            self._static.setTextFormat(Qt.TextFormat.PlainText)
            self._static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            self._static.prepare(font=self._font)
        return self._static

    def resizeEvent(self, event) -> None:
        self._static = None
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        self._frames.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._frames.stop()
        super().hideEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        if self._text:
            static = self._prepared()
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self._font)
            painter.setPen(self._colour)
            top = (self.height() - static.size().height()) / 2
            period = self._period()
            x = self._gap() / 4 - self.offset()
            while x < self.width():
                painter.drawStaticText(QPointF(x, top), static)
                x += period
        painter.end()


# --- the parts of the board ------------------------------------------------------------------


def counter_text(number: int) -> str:
    return translate("Display", "Counter {number}").format(number=number).upper()


class Hero(Panel):
    """The number just called and where to go, with the few calls before it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(style.HERO, parent)
        self.caption = FitText(px=40, colour=style.MUTED_LIGHT)
        self.code = FitText(px=style.HERO_CODE_PX, min_px=60, tight=True, tails=True, colour=style.YELLOW)
        self.to = FitText(px=40, colour=style.MUTED_LIGHT)
        self.counter = FitText(px=170, min_px=40, tight=True)
        self.service = FitText(px=30, min_px=18, bold=False, colour=style.MUTED_LIGHT)

        self.call_box = QWidget()
        call = QVBoxLayout(self.call_box)
        call.setContentsMargins(0, 0, 0, 0)
        call.addWidget(self.caption, 3)
        call.addWidget(self.code, 21)

        self.to_box = QWidget()
        to = QVBoxLayout(self.to_box)
        to.setContentsMargins(0, 0, 0, 0)
        to.addStretch(1)
        to.addWidget(self.to, 2)
        to.addWidget(self.counter, 5)
        to.addWidget(self.service, 2)
        to.addStretch(1)

        self.last_box = Panel(style.HERO_DARK)
        last = QVBoxLayout(self.last_box)
        self.last_title = FitText(px=30, min_px=14, colour=style.MUTED_LIGHT)
        last.addWidget(self.last_title, 2)
        self.rows: list[tuple[FitText, FitText]] = []
        for _ in range(LAST_ROWS):
            row = QHBoxLayout()
            code = FitText(px=96, min_px=24, tight=True, tails=True, colour=style.YELLOW,
                           align=Qt.AlignmentFlag.AlignLeft)
            where = FitText(px=44, min_px=16, colour=style.WHITE, align=Qt.AlignmentFlag.AlignRight)
            row.addWidget(code, 5)
            row.addWidget(where, 5)
            last.addLayout(row, 4)
            self.rows.append((code, where))

        self.grid = QGridLayout(self)
        self.landscape: bool | None = None
        self.set_landscape(True)

    def set_landscape(self, landscape: bool) -> None:
        if landscape == self.landscape:
            return
        self.landscape = landscape
        grid = self.grid
        for column in range(3):
            grid.setColumnStretch(column, 0)
        for row in range(2):
            grid.setRowStretch(row, 0)
        if landscape:  # one row: the number | where to go | the calls before
            grid.addWidget(self.call_box, 0, 0)
            grid.addWidget(self.to_box, 0, 1)
            grid.addWidget(self.last_box, 0, 2)
            for column, stretch in enumerate((10, 5, 4)):
                grid.setColumnStretch(column, stretch)
            grid.setRowStretch(0, 1)
        else:  # the number across the top; where to go and the calls before under it
            grid.addWidget(self.call_box, 0, 0, 1, 2)
            grid.addWidget(self.to_box, 1, 0)
            grid.addWidget(self.last_box, 1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(0, 4)
            grid.setRowStretch(1, 3)

    def set_metrics(self, scale: float) -> None:
        pad, gap = round(24 * scale), round(24 * scale)
        self.grid.setContentsMargins(pad, round(8 * scale), pad, round(8 * scale))
        self.grid.setSpacing(gap)
        inner = round(16 * scale)
        self.last_box.layout().setContentsMargins(inner + 4, inner, inner + 4, inner)
        self.last_box.layout().setSpacing(round(6 * scale))

    def show_call(self, call: Call | None, previous: list[Call], flash: bool) -> None:
        if call is not None and call.kind == "recalled":
            caption = translate("Display", "Queue number, called again")
        else:
            caption = translate("Display", "Queue number")
        self.caption.setText(caption.upper())
        if call is None:
            self.code.setText("–")
            self.to.setText("")
            self.counter.setText("")
            self.service.setText(translate("Display", "No number has been called yet today"))
        else:
            self.code.setText(call.code)
            self.to.setText(translate("Display", "Please go to").upper())
            self.counter.setText(counter_text(call.counter))
            self.service.setText(call.service_name)
        self.last_title.setText(translate("Display", "Previous calls").upper())
        for index, (code, where) in enumerate(self.rows):
            earlier = previous[index] if index < len(previous) else None
            code.setText(earlier.code if earlier else "")
            where.setText(counter_text(earlier.counter) if earlier else "")
        self.set_flash(flash)

    def set_flash(self, on: bool) -> None:
        self.set_colours(style.YELLOW if on else style.HERO)
        self.code.set_colour(style.INK if on else style.YELLOW)
        for text in (self.caption, self.to, self.service):
            text.set_colour(style.INK if on else style.MUTED_LIGHT)
        self.counter.set_colour(style.INK if on else style.WHITE)


class CounterCell(Panel):
    """One counter: its name and the number now called or served there."""

    # shares of the cell's height: name, number (and the service's name where there is room)
    TITLE, CODE, STATUS = 3, 8, 2
    SPACING = 4
    PAD = 6

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(style.CELL, parent, radius=12)
        self.number = number
        # capitals and digits: fitted by their ink, they stand as tall as their box
        self.title = FitText(px=60, min_px=14, tight=True, colour=style.MUTED_LIGHT)
        self.code = FitText(px=style.COUNTER_CODE_PX, min_px=20, tight=True, tails=True)
        self.status = FitText(px=26, min_px=12, bold=False, colour=style.MUTED_LIGHT)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.title, self.TITLE)
        self.box.addWidget(self.code, self.CODE)
        self.box.addWidget(self.status, self.STATUS)
        self.panel: CounterPanel | None = None

    def set_metrics(self, scale: float, roomy: bool) -> None:
        pad = round(self.PAD * scale)
        self.box.setContentsMargins(pad, pad, pad, pad)
        self.box.setSpacing(round(self.SPACING * scale))
        # the service's name only where there is room for it beside a number of 64 px
        self.status.setVisible(roomy)
        self.box.setStretch(2, self.STATUS if roomy else 0)

    def show_panel(self, panel: CounterPanel, latest: bool, flash: bool) -> None:
        self.panel = panel
        ticket = panel.ticket
        self.title.setText(counter_text(panel.number))
        if ticket is not None:
            self.code.setText(ticket.code)
            self.status.setText(ticket.service_name)
        elif not panel.open:
            self.code.setText(translate("Display", "On a break").upper())
            self.status.setText("")
        else:
            self.code.setText("–")
            self.status.setText("")
        called = ticket is not None and ticket.status == "called"
        if flash:
            self.set_colours(style.YELLOW)
            for text in (self.title, self.code, self.status):
                text.set_colour(style.INK)
            return
        self.set_colours(style.CELL_LATEST if latest else style.CELL, style.YELLOW if latest else None)
        self.title.set_colour(style.MUTED_LIGHT)
        self.status.set_colour(style.MUTED_LIGHT)
        # yellow: come to this counter now; white: being served; dim: nobody there
        self.code.set_colour(style.YELLOW if called else style.WHITE if ticket else style.DIM)


GAP = 10  # between counters' cells
PAGE_LINE = 30  # the line saying which page of counters shows


class CounterGrid(QWidget):
    """The counters in a grid whose cells are as large as the space allows; when even
    a number 64 px tall would not fit for all of them, the grid shows them a page at a
    time (PAGE_MS each)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cells: dict[int, CounterCell] = {}
        self.order: list[int] = []
        self.page = 0
        self.pages = 1
        self.per_page = 0
        self.columns = 1
        self.scale = 1.0
        self.page_label = FitText(px=24, min_px=12, colour=style.MUTED_LIGHT, align=Qt.AlignmentFlag.AlignRight)
        self.page_label.setParent(self)
        self.page_label.hide()
        self._code_metrics: tuple[float, float] | None = None

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.page_label.set_scale(scale)
        for cell in self.cells.values():
            cell.set_scale(scale)
            for text in cell.findChildren(FitText):
                text.set_scale(scale)
        self.arrange()

    def set_counters(self, panels: tuple[CounterPanel, ...], latest: int | None, flash: bool) -> None:
        numbers = [p.number for p in panels]
        if numbers != self.order:
            for number in set(self.cells) - set(numbers):
                self.cells.pop(number).deleteLater()
            for number in numbers:
                if number not in self.cells:
                    cell = CounterCell(number, self)
                    cell.set_scale(self.scale)
                    for text in cell.findChildren(FitText):
                        text.set_scale(self.scale)
                    self.cells[number] = cell
            self.order = numbers
            self.arrange()
        for panel in panels:
            is_latest = panel.number == latest
            self.cells[panel.number].show_panel(panel, is_latest, flash and is_latest)

    def next_page(self) -> None:
        if self.pages > 1:
            self.page = (self.page + 1) % self.pages
            self.arrange()

    def show_number(self, number: int) -> None:
        """Turn to the page holding this counter (the one just called)."""
        if number in self.order and self.per_page:
            page = self.order.index(number) // self.per_page
            if page != self.page:
                self.page = page
                self.arrange()

    def visible_numbers(self) -> list[int]:
        return [n for n in self.order if self.cells[n].isVisibleTo(self)]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def _digits_extent(self) -> tuple[float, float]:
        """Width and ink height of a wide number ("W000": W and M are the widest letters) at 100 px."""
        if self._code_metrics is None:
            font = QFont(style.FAMILY)
            font.setPixelSize(100)
            font.setBold(True)
            metrics = QFontMetricsF(font)
            digit, tails = _tight_ink(metrics)
            self._code_metrics = (metrics.horizontalAdvance("W000"), digit.height() + tails)
            self._digit_100 = digit.height()
        return self._code_metrics

    def _glyph(self, width: float, height: float, roomy: bool) -> float:
        """The height a number's digits get in a cell of that size."""
        cell = CounterCell
        pad = 2 * cell.PAD * self.scale
        per_100_w, per_100_h = self._digits_extent()
        spacing = cell.SPACING * self.scale * (2 if roomy else 1)
        shares = cell.TITLE + cell.CODE + (cell.STATUS if roomy else 0)
        code_height = (height - pad - spacing) * cell.CODE / shares
        px = min(style.COUNTER_CODE_PX * self.scale, 100 * (width - pad) / per_100_w, 100 * code_height / per_100_h)
        return px * self._digit_100 / 100

    def _layout(self, count: int, width: float, height: float) -> tuple[int, int, float, float]:
        """(columns, rows, cell width, cell height) with the largest numbers for count cells."""
        gap = GAP * self.scale
        best = None
        for columns in range(1, count + 1):
            rows = math.ceil(count / columns)
            w = (width - (columns - 1) * gap) / columns
            h = (height - (rows - 1) * gap) / rows
            if w <= 0 or h <= 0:
                continue
            glyph = self._glyph(w, h, False)
            if best is None or glyph > best[0] + 0.5:
                best = (glyph, columns, rows, w, h)
        if best is None:
            return 1, 1, width, height
        return best[1:]

    def arrange(self) -> None:
        count = len(self.order)
        if not count:
            self.page_label.hide()
            return
        width, height = float(self.width()), float(self.height())
        minimum = style.COUNTER_CODE_MIN_GLYPH * self.scale
        per_page = count
        columns, rows, w, h = self._layout(count, width, height)
        if self._glyph(w, h, False) < minimum:
            # pages, with a line at the bottom saying which one is showing
            height -= PAGE_LINE * self.scale
            while per_page > 1:
                per_page -= 1
                columns, rows, w, h = self._layout(per_page, width, height)
                if self._glyph(w, h, False) >= minimum:
                    break
            # as many on every page: 18 and 18 rather than 21 and 15
            per_page = math.ceil(count / math.ceil(count / per_page))
            columns, rows, w, h = self._layout(per_page, width, height)
        self.per_page = per_page
        self.columns = columns
        self.pages = math.ceil(count / per_page)
        self.page = min(self.page, self.pages - 1)
        # the service's name under the number only where it can be read (and the number keeps its size)
        roomy = h >= 220 * self.scale and self._glyph(w, h, True) >= max(minimum, 0.8 * self._glyph(w, h, False))
        gap = GAP * self.scale
        shown = self.order[self.page * per_page:(self.page + 1) * per_page]
        for number in self.order:
            cell = self.cells[number]
            if number not in shown:
                cell.hide()
                continue
            index = shown.index(number)
            row, column = divmod(index, columns)
            cell.setGeometry(round(column * (w + gap)), round(row * (h + gap)), math.floor(w), math.floor(h))
            cell.set_metrics(self.scale, roomy)
            cell.show()
        if self.pages > 1:
            self.page_label.setText(
                translate("Display", "Page {page} of {pages}").format(page=self.page + 1, pages=self.pages)
            )
            line = round(PAGE_LINE * self.scale)
            self.page_label.setGeometry(0, self.height() - line, self.width(), line)
            self.page_label.show()
        else:
            self.page_label.hide()


# --- the window --------------------------------------------------------------------------------


class DisplayWindow(QWidget):
    # emitted once a board read from the file is on screen (tests and the bench wait on it)
    board_shown = Signal(object)  # DisplayBoard

    def __init__(
        self,
        display: Display,
        announcer: Announcer | None = None,
        parent: QWidget | None = None,
        *,
        announce: bool = True,
        poll_ms: int = POLL_MS,
    ):
        """announce=False: show the board, say nothing and mark nothing announced
        (a screenshot, a preview in another window)."""
        super().__init__(parent)
        self.setObjectName("display")
        self.display = display
        display.prepare()  # first-use work here, never on the worker (ui/tasks.py)
        # the station's own file, under what the supervisor sets centrally (app.admin: the voice
        # style); read again with every board, so a change reaches the running board
        self.file_config = display.config
        display.config = station_config(display.station, self.file_config)
        self.announcing = announce
        # a board that says nothing never loads QtMultimedia: its audio threads outliving a
        # quick --screenshot process aborted it at exit ("terminate called") under a sound server
        self.announcer = announcer if announcer is not None else Announcer(self, voice=announce)
        self.db = TaskRunner("display-database", self)
        self.watcher = ChangeWatcher(display.station)
        self.board: DisplayBoard | None = None
        self.scale = 1.0
        self._stale = True
        self._latest_key: str | None = None
        self._flashes = 0

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.BOARD))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._build()

        self.announcer.started.connect(self._announcing)
        self.announcer.audio_available_changed.connect(lambda _available: self._render_audio())
        self._render_audio()

        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.poll)
        self._poll.start()
        self._reload = QTimer(self, interval=RELOAD_MS)
        self._reload.timeout.connect(self.reload)
        self._reload.start()
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self._render_clock)
        self._clock.start()
        self._flash = QTimer(self, interval=style.FLASH_MS)
        self._flash.timeout.connect(self._blink)
        self._pages = QTimer(self, interval=style.PAGE_MS)
        self._pages.timeout.connect(self.grid.next_page)
        self._pages.start()
        self.poll()

    # --- building ---

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.root = root

        self.header = Panel(style.HEADER, radius=0)
        self.bar = QGridLayout(self.header)
        self.logo = QLabel()
        self._logo = QPixmap(str(resource_path("icons", "mpp-logo.svg")))
        self.mpp_name = FitText(px=46, min_px=20, align=Qt.AlignmentFlag.AlignLeft)
        self.subtitle = FitText(px=28, min_px=14, bold=False, colour=style.MUTED_LIGHT,
                                align=Qt.AlignmentFlag.AlignLeft)
        self.names = QWidget()
        names = QVBoxLayout(self.names)
        names.setContentsMargins(0, 0, 0, 0)
        names.setSpacing(0)
        names.addWidget(self.mpp_name, 3)
        names.addWidget(self.subtitle, 2)
        self.silent = Panel(style.RED, radius=10)
        self.silent_text = FitText(px=26, min_px=14)
        silent = QHBoxLayout(self.silent)
        silent.addWidget(self.silent_text)
        self.silent_box = silent
        self.date = FitText(px=32, min_px=16, bold=False, align=Qt.AlignmentFlag.AlignRight)
        self.clock = FitText(px=64, min_px=24, tight=True, keep_width=True, align=Qt.AlignmentFlag.AlignRight)
        self._header_landscape: bool | None = None
        root.addWidget(self.header)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        self.body_box = body
        self.hero = Hero()
        self.grid = CounterGrid()
        body.addWidget(self.hero, 9)
        body.addWidget(self.grid, 10)
        root.addWidget(self.body, 1)

        self.marquee = Marquee(px=style.MARQUEE_PX, speed=style.MARQUEE_SPEED, colour=style.HEADER,
                               background=style.BAND)
        root.addWidget(self.marquee)
        self._apply_scale()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        scale = style.scale_for(max(1, self.width()), max(1, self.height()))
        landscape = self.width() >= self.height()
        self.scale = scale
        for text in self.findChildren(FitText):
            text.set_scale(scale)
        for panel in self.findChildren(Panel):
            panel.set_scale(scale)
        self.marquee.set_scale(scale)
        self._arrange_header(landscape)
        self.header.setFixedHeight(round(style.HEADER_HEIGHT * scale * (1 if landscape else 1.6)))
        self.marquee.setFixedHeight(round(style.BAND_HEIGHT * scale))
        margin, spacing = round(style.MARGIN * scale), round(style.SPACING * scale)
        self.bar.setContentsMargins(round(28 * scale), round(10 * scale), round(28 * scale), round(10 * scale))
        self.bar.setHorizontalSpacing(round(24 * scale))
        self.bar.setVerticalSpacing(round(6 * scale))
        self.silent_box.setContentsMargins(round(16 * scale), round(8 * scale), round(16 * scale), round(8 * scale))
        self.silent.setFixedHeight(round(56 * scale))
        logo = round(76 * scale)
        self.logo.setPixmap(self._logo.scaledToHeight(logo, Qt.TransformationMode.SmoothTransformation))
        self.body_box.setContentsMargins(margin, margin, margin, margin)
        self.body_box.setSpacing(spacing)
        self.hero.set_landscape(landscape)
        self.hero.set_metrics(scale)
        self.body_box.setStretch(0, 9 if landscape else 10)
        self.body_box.setStretch(1, 10 if landscape else 9)
        self.grid.set_scale(scale)

    def _arrange_header(self, landscape: bool) -> None:
        """Landscape: one row, logo | names | notice | date | clock. Portrait: the names
        across the top, the date, the notice and the clock in a row under them."""
        if landscape == self._header_landscape:
            return
        self._header_landscape = landscape
        bar = self.bar
        for column in range(5):
            bar.setColumnStretch(column, 0)
        centre = Qt.AlignmentFlag.AlignVCenter
        if landscape:
            bar.addWidget(self.logo, 0, 0)
            bar.addWidget(self.names, 0, 1)
            bar.addWidget(self.silent, 0, 2, centre)
            bar.addWidget(self.date, 0, 3)
            bar.addWidget(self.clock, 0, 4)
            bar.setColumnStretch(1, 1)
            self.date.set_align(Qt.AlignmentFlag.AlignRight)
        else:
            bar.addWidget(self.logo, 0, 0)
            bar.addWidget(self.names, 0, 1, 1, 3)
            bar.addWidget(self.date, 1, 0, 1, 2)
            bar.addWidget(self.silent, 1, 2, centre)
            bar.addWidget(self.clock, 1, 3)
            bar.setColumnStretch(1, 1)
            self.date.set_align(Qt.AlignmentFlag.AlignLeft)

    # --- following the file ---

    def poll(self) -> None:
        """Read the board again when another connection committed (or a reload is owed)."""
        try:
            if self.watcher.changed():
                self._stale = True
        except Exception as error:  # the file went away for a moment: try again next time
            log.warning("cannot ask the station file for changes: %s", error)
            return
        if self._stale and not self.db.busy:
            self.reload()

    def reload(self) -> None:
        if self.db.busy:
            self._stale = True
            return
        self._stale = False
        self.db.run(self._read, self._loaded, self._failed)

    def _read(self) -> Refresh:
        # on the worker, before the board: the board and its phrases say the new voice style at once
        self.display.config = station_config(self.display.station, self.file_config)
        if self.announcing:
            return self.display.refresh()
        return Refresh(self.display.board(), ())

    def _loaded(self, refresh: Refresh) -> None:
        board = refresh.board
        latest = board.latest
        new_keys = {call.key for call in refresh.calls}
        # a new call blinks; the one already there when the board starts does not (unless it
        # is new enough to be announced)
        fresh = latest is not None and latest.key != self._latest_key
        if fresh and (self.board is not None or latest.key in new_keys):
            self._flashes = style.FLASH_TIMES
            self._flash.start()
        self._latest_key = latest.key if latest else None
        self.board = board
        self.render()
        if fresh:  # its counter's page shows, for a whole turn
            self.grid.show_number(latest.counter)
            self._pages.start()
        for call in refresh.calls:
            try:
                self.announcer.announce(call.key, self.display.phrase(call))
            except MppError as error:  # a number the voice cannot say: shown, not said
                log.warning("call %s %s not announced: %s", call.code, call.counter, error)
        self.board_shown.emit(board)
        if self._stale:
            self.poll()

    def _failed(self, error: Exception) -> None:
        log.error("reading the display board failed", exc_info=error)
        self._stale = True  # the next poll tries again

    def _announcing(self, key: str) -> None:
        """The announcer began a call: it is said, so a restart must not say it again."""
        if self.announcing:
            self.db.run(lambda: self.display.mark_announced(key), None, self._mark_failed)

    def _mark_failed(self, error: Exception) -> None:
        log.error("could not note an announcement as made", exc_info=error)

    def _blink(self) -> None:
        self._flashes -= 1
        if self._flashes <= 0:
            self._flash.stop()
        self._render_flash()

    @property
    def flashing(self) -> bool:
        """The number just called is blinking (and its counter's cell with it)."""
        return self._flashes > 0 and self._flashes % 2 == 0

    # --- rendering ---

    def render(self) -> None:
        board = self.board
        if board is None:
            return
        self.mpp_name.setText(board.mpp_name)
        self.subtitle.setText(" · ".join(board.agency_names))
        self.subtitle.setVisible(bool(board.agency_names))
        self._render_clock()
        self._render_flash()
        text = board.running_text or translate(
            "Display", "Welcome to {mpp}. Please wait until your number is called."
        ).format(mpp=board.mpp_name)
        self.marquee.setText(text)
        self._render_audio()

    def _render_flash(self) -> None:
        board = self.board
        if board is None:
            return
        latest = board.latest
        flash = self.flashing
        self.hero.show_call(latest, list(board.last_calls[1:1 + LAST_ROWS]), flash)
        self.grid.set_counters(board.counters, latest.counter if latest else None, flash)

    def _render_clock(self) -> None:
        if self.board is None:
            return
        now = self.display.now().astimezone(self.board.zone)
        self.date.setText(fmt.long_date(now.date()))
        self.clock.setText(fmt.clock_time(now, self.board.zone))

    def _render_audio(self) -> None:
        silent = self.announcing and not self.announcer.audio_available
        self.silent_text.setText(translate("Display", "Sound off: no audio device"))
        self.silent.setVisible(silent)

    def closeEvent(self, event) -> None:
        for timer in (self._poll, self._reload, self._clock, self._flash, self._pages):
            timer.stop()
        self.announcer.close()
        self.db.wait(10)
        self.db.stop()
        self.watcher.close()
        super().closeEvent(event)
