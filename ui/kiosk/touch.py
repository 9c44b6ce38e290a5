"""Touch widgets the kiosk's flows share: tiles in a finger-scrolled grid, a
keypad of big keys and an on-screen keyboard (the kiosk has no keyboard).

Keys are QPushButtons of kind "key" (ui/kiosk/style.py), at least TOUCH_MIN
high. Backspace and shift are drawn from SVG icons: the bundled Noto Sans has
no arrow glyphs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QVBoxLayout,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QWidget,
)

from app.paths import resource_path
from ui.widgets import Tile, button

translate = QCoreApplication.translate

BACKSPACE = "\b"
SHIFT = "shift"
SPACE = " "


class TileGrid(QWidget):
    """Tiles in as many columns as the width allows, inside a touch-scrollable area."""

    tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}
        self._grid = QGridLayout(self)
        self._grid.setSpacing(20)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0

    def set_tiles(self, items: list[tuple[str, str, str, str, bool]]) -> None:
        """items: (key, title, detail, status, available); tiles are reused where the key stays."""
        keys = [item[0] for item in items]
        for key in list(self.tiles):
            if key not in keys:
                self.tiles.pop(key).deleteLater()
        for key, title, detail, status, available in items:
            tile = self.tiles.get(key)
            if tile is None:
                tile = self.tiles[key] = Tile(key, self)
                tile.clicked.connect(lambda _=False, k=key: self.tapped.emit(k))
                tile.show()  # at once: a layout would only show it on the next turn of the event loop
            tile.set_texts(title, detail, status, available)
        self._order = keys
        self._columns = 0
        self._relayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        width = self.width()
        columns = 3 if width >= 1500 else 2 if width >= 860 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, key in enumerate(getattr(self, "_order", [])):
            self._grid.addWidget(self.tiles[key], index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._grid.setRowStretch(self._grid.rowCount(), 1)


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # a finger drags the content, as on a phone; a tap reaches the tile at once
    # (the scroller's default holds every press back for a quarter second)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    return area


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"key-{name}.svg")))


def _key(text: str) -> QPushButton:
    key = button(text, "key")
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # a tap never leaves a key holding the focus: the keys type, they are not typed into
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setAutoRepeat(False)
    return key


class KeyPad(QWidget):
    """Big keys in a grid of `columns`; a tap emits the key (BACKSPACE for the delete key)."""

    pressed = Signal(str)

    def __init__(self, columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.keys: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)

    def set_keys(self, keys: list[str], columns: int | None = None) -> None:
        """The keys in reading order (an empty string leaves a gap), in `columns`
        columns (else as before). Nothing is rebuilt when neither changes."""
        columns = columns or self.columns
        if (list(self.keys), self.columns) == ([k for k in keys if k], columns):
            return
        self.columns = columns
        for key in self.keys.values():
            self._grid.removeWidget(key)
            key.deleteLater()
        self.keys = {}
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, text in enumerate(keys):
            if not text:
                continue
            key = _key("" if text == BACKSPACE else text)
            if text == BACKSPACE:
                key.setIcon(_icon("backspace"))
                key.setIconSize(QSize(44, 44))
            key.clicked.connect(lambda _=False, t=text: self.pressed.emit(t))
            self._grid.addWidget(key, index // self.columns, index % self.columns)
            key.show()  # at once: a layout would only show it on the next turn of the event loop
            self.keys[text] = key
        for column in range(self.columns):
            self._grid.setColumnStretch(column, 1)
        self.render()

    def render(self) -> None:
        if BACKSPACE in self.keys:
            self.keys[BACKSPACE].setAccessibleName(translate("Kiosk", "Delete"))


# the on-screen keyboard: ten units a row; (key, columns it spans)
KEYBOARD_ROWS: tuple[tuple[tuple[str, int], ...], ...] = (
    tuple((c, 1) for c in "1234567890"),
    tuple((c, 1) for c in "qwertyuiop"),
    (*((c, 1) for c in "asdfghjkl"), (BACKSPACE, 1)),
    ((SHIFT, 1), *((c, 1) for c in "zxcvbnm,.")),
    (("?", 1), ("!", 1), ("-", 1), ("'", 1), (SPACE, 4), ("/", 1), (":", 1)),
)


class TouchKeyboard(QWidget):
    """A QWERTY keyboard of big keys: letters, digits, space, backspace, basic
    punctuation and a one-shot shift (the next letter is a capital, as on a phone)."""

    typed = Signal(str)
    erased = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.keys: dict[str, QPushButton] = {}
        self.shifted = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for row, keys in enumerate(KEYBOARD_ROWS):
            column = 0
            for text, span in keys:
                key = _key(text if text not in (BACKSPACE, SHIFT, SPACE) else "")
                if text == BACKSPACE:
                    key.setIcon(_icon("backspace"))
                    key.setIconSize(QSize(44, 44))
                elif text == SHIFT:
                    key.setIcon(_icon("shift"))
                    key.setIconSize(QSize(40, 40))
                    key.setCheckable(True)
                key.clicked.connect(lambda _=False, t=text: self._press(t))
                grid.addWidget(key, row, column, 1, span)
                self.keys[text] = key
                column += span
        for column in range(10):
            grid.setColumnStretch(column, 1)
        self.render()

    def _press(self, text: str) -> None:
        if text == SHIFT:
            self.set_shift(not self.shifted)
        elif text == BACKSPACE:
            self.erased.emit()
        else:
            self.typed.emit(text.upper() if self.shifted else text)
            if self.shifted and text.isalpha():
                self.set_shift(False)

    def set_shift(self, on: bool) -> None:
        self.shifted = on
        self.keys[SHIFT].setChecked(on)
        for text, key in self.keys.items():
            if len(text) == 1 and text.isalpha():
                key.setText(text.upper() if on else text)

    def render(self) -> None:
        self.keys[SPACE].setText(translate("Kiosk", "space"))
        self.keys[BACKSPACE].setAccessibleName(translate("Kiosk", "Delete"))
        self.keys[SHIFT].setAccessibleName(translate("Kiosk", "Capital letter"))


def keypad_columns(shown: list, keys: list) -> QBoxLayout:
    """A keypad page's two columns: what has been typed (with its notices) and the keys
    that type it. The window turns the box to lay them side by side on a landscape screen
    and above each other on a portrait one."""
    box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
    box.setSpacing(24)
    for items in (shown, keys):
        column = QVBoxLayout()
        column.setSpacing(16)
        for item in items:
            if isinstance(item, QLayout):
                column.addLayout(item)
            else:
                column.addWidget(item)
        column.addStretch(1)
        box.addLayout(column, 1)
    return box
