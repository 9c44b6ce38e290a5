"""The display board's look: light text on a dark board, sized for ten metres.

Sizes are in pixels of the 1920x1080 board (a 55-inch panel has about 16 px per
cm; letters read at 10 m must stand about 4 cm, 64 px) and scale with the
window: a 1280x720 or 3840x2160 board is the same picture, and a portrait
1080x1920 board is measured against 1080x1920.

Contrast (WCAG) of the pairs used, all above 4.5:1 and most above 7:1: white on
BOARD 17.6, YELLOW on BOARD 12.2, white on HERO 8.4, YELLOW on HERO 5.8, YELLOW
and MUTED_LIGHT on HERO_DARK 7.7, INK on YELLOW 12.4, white on CELL 14.6, YELLOW
on CELL 10.1, MUTED_LIGHT on CELL 10.0, DIM on CELL 4.6, white on CELL_LATEST
10.6, HEADER on BAND 12.8, white on RED 9.3.
"""

from __future__ import annotations

FAMILY = "Noto Sans"

BOARD = "#061A2E"  # the board behind everything
HEADER = "#0A2F52"  # the header band (the kiosk's header colour)
HERO = "#0B4F8A"  # the panel of the number just called
HERO_DARK = "#083D6B"  # the previous calls inside it
CELL = "#0E2A47"  # a counter's cell
CELL_LATEST = "#16406B"  # the cell of the counter called last
YELLOW = "#FFD23F"  # a number being called
WHITE = "#FFFFFF"
INK = "#14181C"
MUTED_LIGHT = "#C9D8E8"  # captions on dark panels
DIM = "#7F93A8"  # a counter with nobody at it
BAND = "#F7F8FA"  # the running text's band
RED = "#8A1C1C"  # the "no sound" notice

REFERENCE_LANDSCAPE = (1920, 1080)
REFERENCE_PORTRAIT = (1080, 1920)

# base sizes (px at the reference size)
HEADER_HEIGHT = 100
BAND_HEIGHT = 106
MARGIN = 12
SPACING = 12
RADIUS = 18

# the number just called: at most this many pixels of font, shrunk to its box; its
# digits stand at least 250 px on the reference board (tests/test_display.py)
HERO_CODE_PX = 420
COUNTER_CODE_PX = 200  # a counter's number; its digits stand at least 64 px
COUNTER_CODE_MIN_GLYPH = 64  # below this a counter's cell is too small: the grid pages instead
MARQUEE_PX = 72
MARQUEE_SPEED = 150  # px per second at the reference size
FLASH_MS = 500  # a new call blinks: on/off every half second ...
FLASH_TIMES = 12  # ... six seconds long
PAGE_MS = 10_000  # with more counters than fit, each page of them shows this long


def scale_for(width: int, height: int) -> float:
    reference = REFERENCE_LANDSCAPE if width >= height else REFERENCE_PORTRAIT
    return min(width / reference[0], height / reference[1])
