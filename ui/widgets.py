"""Small widgets the stations share."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


def label(text: str = "", kind: str = "body", *, wrap: bool = True, align=None) -> QLabel:
    widget = QLabel(text)
    widget.setProperty("kind", kind)
    widget.setWordWrap(wrap)
    if align is not None:
        widget.setAlignment(align)
    return widget


def button(text: str, kind: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setProperty("kind", kind)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a property the sheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    for child in widget.findChildren(QWidget):
        child.style().unpolish(child)
        child.style().polish(child)


class Tile(QPushButton):
    """A big button with a title, a detail line and a status line (the whole tile is the target)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setProperty("kind", "tile")
        self.setProperty("available", "true")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(6)
        self.title = label(kind="tile-title")
        self.detail = label(kind="tile-detail")
        self.status = label(kind="tile-status")
        for part in (self.title, self.detail, self.status):
            # the tile, not its labels, takes the tap
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)

    def set_texts(self, title: str, detail: str = "", status: str = "", available: bool = True) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.status.setText(status)
        self.status.setVisible(bool(status))
        value = "true" if available else "false"
        if self.property("available") != value:
            self.setProperty("available", value)
            restyle(self)
        self.setAccessibleName(" ".join(t for t in (title, detail, status) if t))

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(200, 150))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(150, self.layout().totalHeightForWidth(width))


class QrCode(QWidget):
    """A QR code drawn crisp at any size, dark on white with its quiet zone."""

    def __init__(self, payload: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(200, 200)
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        if payload:
            code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
            code.add_data(payload)
            code.make(fit=True)
            self._matrix = code.get_matrix()
        else:
            self._matrix = []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        n = len(self._matrix)
        cell = side // n  # whole pixels per module keep the code sharp for a phone camera
        origin_x = (self.width() - cell * n) / 2
        origin_y = (self.height() - cell * n) / 2
        painter.fillRect(QRectF(origin_x, origin_y, cell * n, cell * n), QColor("white"))
        black = QColor("black")
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRectF(origin_x + x * cell, origin_y + y * cell, cell, cell), black)
        painter.end()
