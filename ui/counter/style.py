"""The counter's look: a desktop window read at arm's length, used all day.

The ticket at the counter is the biggest thing on screen; buttons carry their
shortcut keys. Colours are the kiosk's (ui/kiosk/style.py), with the same
contrast of at least 4.5:1.
"""

from __future__ import annotations

from ui.kiosk.style import BLUE, BLUE_DOWN, GREEN, GREEN_DOWN, GREY, HEADER, INK, MUTED, PAPER, RED


def counter_style() -> str:
    return f"""
* {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 16px; color: {INK}; }}
QWidget#counter {{ background: {PAPER}; }}
QFrame#header {{ background: {HEADER}; }}
QFrame#header QLabel {{ color: white; }}
QLabel[kind="header-title"] {{ font-size: 24px; font-weight: bold; }}
QLabel[kind="header-detail"] {{ font-size: 18px; }}
QLabel[kind="state"] {{ font-size: 16px; font-weight: bold; padding: 4px 12px; border-radius: 12px;
    background: {GREEN}; }}
QLabel[kind="state"][paused="true"] {{ background: {RED}; }}
QFrame#signin, QFrame#now {{ background: white; border: 1px solid #C9D1DA; border-radius: 10px; }}
QFrame#now QLabel, QFrame#signin QLabel {{ background: transparent; border: none; }}
QLabel[kind="title"] {{ font-size: 26px; font-weight: bold; }}
QLabel[kind="field"] {{ font-size: 16px; color: {MUTED}; }}
QLabel[kind="caption"] {{ font-size: 16px; font-weight: bold; color: {MUTED}; }}
QLabel[kind="code"] {{ font-size: 104px; font-weight: bold; color: {BLUE}; }}
QLabel[kind="now-detail"] {{ font-size: 22px; }}
QLabel[kind="now-status"] {{ font-size: 18px; color: {MUTED}; }}
QLabel[kind="error"] {{ color: {RED}; font-weight: bold; }}
QLabel[kind="message"] {{ font-size: 17px; font-weight: bold; color: {INK}; min-height: 24px; }}
QLineEdit, QComboBox {{ font-size: 18px; padding: 8px 10px; border: 1px solid #8896A5; border-radius: 6px;
    background: white; }}
QPushButton {{ font-size: 17px; min-height: 52px; padding: 4px 12px; border-radius: 8px; color: white;
    background: {BLUE}; border: none; }}
QPushButton:pressed {{ background: {BLUE_DOWN}; }}
QPushButton[kind="primary"] {{ background: {GREEN}; font-weight: bold; }}
QPushButton[kind="primary"]:pressed {{ background: {GREEN_DOWN}; }}
QPushButton:disabled {{ background: {GREY}; color: #6B747D; }}
QPushButton[kind="flat"] {{ background: transparent; border: 1px solid white; min-height: 36px; }}
QTreeWidget, QListWidget {{ font-size: 17px; background: white; border: 1px solid #C9D1DA; }}
QTreeWidget::item, QListWidget::item {{ padding: 3px; }}
QTreeWidget::item:selected, QListWidget::item:selected {{ background: {BLUE}; color: white; }}
"""
