"""The supervisor's look: the counter's desktop sheet (the same header, sign-in box,
fields and buttons), with the figure cards, tables and tabs of an office screen
read all day at arm's length. Colours keep a contrast of at least 4.5:1."""

from __future__ import annotations

from app.paths import resource_path
from ui.counter.style import counter_style
from ui.kiosk.style import BLUE, GREEN, GREY, INK, MUTED, PAPER, RED

RED_BACK = "#FBE3E3"  # an overdue row: RED on it is 7.0:1
LINE = "#C9D1DA"


def supervisor_style() -> str:
    ARROW = resource_path("icons", "chevron-down.svg").as_posix()  # noqa: N806
    return counter_style().replace("QWidget#counter", "QWidget#supervisor") + f"""
QTabWidget::pane {{ border: none; background: {PAPER}; }}
QTabBar::tab {{ font-size: 16px; padding: 8px 18px; margin-right: 2px; background: #DDE3EA; color: {INK};
    border-top-left-radius: 6px; border-top-right-radius: 6px; }}
QTabBar::tab:selected {{ background: white; color: {BLUE}; font-weight: bold; }}
QFrame#card {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QFrame#card[alert="true"] {{ background: {RED_BACK}; border: 2px solid {RED}; }}
QFrame#card QLabel {{ background: transparent; border: none; }}
QLabel[kind="card-title"] {{ font-size: 14px; color: {MUTED}; font-weight: bold; }}
QLabel[kind="card-value"] {{ font-size: 30px; font-weight: bold; color: {INK}; }}
QLabel[kind="card-detail"] {{ font-size: 14px; color: {MUTED}; }}
QFrame#card[alert="true"] QLabel[kind="card-value"] {{ color: {RED}; }}
QFrame#card[alert="true"] QLabel[kind="card-detail"] {{ color: {RED}; font-weight: bold; }}
QLabel[kind="good"] {{ font-size: 16px; font-weight: bold; color: {GREEN}; }}
QLabel[kind="note"] {{ font-size: 14px; color: {MUTED}; }}
QLabel[kind="body"] {{ font-size: 16px; color: {INK}; }}
QLabel[kind="section"] {{ font-size: 18px; font-weight: bold; color: {INK}; }}
QTreeWidget {{ font-size: 15px; alternate-background-color: #F3F5F8; }}
QHeaderView::section {{ font-size: 14px; font-weight: bold; color: {MUTED}; background: #EEF1F5;
    border: none; border-bottom: 1px solid {LINE}; padding: 5px 6px; }}
QDateEdit, QPlainTextEdit {{ font-size: 16px; padding: 6px 8px; border: 1px solid #8896A5; border-radius: 6px;
    background: white; }}
QRadioButton, QCheckBox {{ font-size: 16px; }}
QPushButton {{ min-height: 40px; font-size: 16px; }}
QPushButton[kind="quiet"] {{ background: white; color: {BLUE}; border: 2px solid {BLUE}; }}
QPushButton[kind="quiet"]:disabled {{ border-color: #B8C0C8; }}
QPushButton[kind="danger"] {{ background: {RED}; }}
QPushButton[kind="danger"]:disabled, QPushButton[kind="quiet"]:disabled {{ background: {GREY}; color: #6B747D; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 30px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({ARROW}); width: 14px; height: 9px; }}
QDialog#complaint-view {{ background: {PAPER}; }}
QScrollArea#details {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QWidget#details-body {{ background: white; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 5px; background: white; height: 16px;
    text-align: center; font-size: 13px; }}
QProgressBar::chunk {{ background: {GREEN}; border-radius: 4px; }}
QPdfView {{ background: #6B747D; border: none; }}
"""
