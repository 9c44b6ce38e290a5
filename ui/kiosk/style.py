"""The kiosk's look: high contrast, large type, targets of at least 2 cm.

One style sheet, built for a type scale so that the large-type mode is the same
sheet with bigger numbers. Widgets pick their look with the "kind" property.
Colours are chosen for contrast of at least 4.5:1 (WCAG AA) against their
background: white on #0B4F8A is 8.3:1, white on #1B6E35 is 6.4:1, #8A1C1C on
#ECEFF3 is 7.6:1.
"""

from __future__ import annotations

BLUE = "#0B4F8A"
BLUE_DOWN = "#073763"
GREEN = "#1B6E35"
GREEN_DOWN = "#124D25"
INK = "#14181C"
MUTED = "#3D454D"
PAPER = "#F7F8FA"
GREY = "#ECEFF3"
RED = "#8A1C1C"
HEADER = "#0A2F52"

LARGE_TYPE_SCALE = 1.3

# minimum touch target: 2 cm on a 21.5-inch 1080x1920 panel is about 80 px
TOUCH_MIN = 88


def kiosk_style(scale: float = 1.0) -> str:
    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    return f"""
* {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: {INK}; }}
QWidget#kiosk {{ background: {PAPER}; }}
QWidget#header {{ background: {HEADER}; }}
QWidget#header QLabel {{ color: white; }}
/* the header keeps its size in large-type mode: it must hold both switches on a portrait screen */
QLabel[kind="mpp-name"] {{ font-size: 30px; font-weight: bold; }}
QLabel[kind="clock"] {{ font-size: 24px; }}
QLabel[kind="title"] {{ font-size: {px(44)}; font-weight: bold; }}
QLabel[kind="subtitle"] {{ font-size: {px(26)}; color: {MUTED}; }}
QLabel[kind="body"] {{ font-size: {px(26)}; }}
QLabel[kind="section"] {{ font-size: {px(28)}; font-weight: bold; color: {BLUE}; }}
QLabel[kind="notice"] {{ font-size: {px(28)}; font-weight: bold; color: {RED}; }}
QLabel[kind="good"] {{ font-size: {px(28)}; font-weight: bold; color: {GREEN}; }}
QLabel[kind="ticket-number"] {{ font-size: {px(200)}; font-weight: bold; color: {BLUE}; }}
QLabel[kind="ticket-caption"] {{ font-size: {px(32)}; font-weight: bold; }}

QPushButton {{ min-height: {TOUCH_MIN}px; border-radius: 14px; font-size: {px(26)}; padding: 8px 20px; }}
QPushButton[kind="nav"] {{ background: white; border: 3px solid {BLUE}; color: {BLUE}; font-weight: bold; min-width: 200px; }}
QPushButton[kind="nav"]:pressed {{ background: {GREY}; }}
QPushButton[kind="switch"] {{ background: transparent; border: 3px solid white; color: white; font-size: 24px; font-weight: bold; min-width: 120px; }}
QPushButton[kind="switch"]:checked {{ background: white; color: {HEADER}; }}
QPushButton[kind="primary"] {{ background: {GREEN}; color: white; border: none; font-size: {px(34)}; font-weight: bold; min-height: 120px; }}
QPushButton[kind="primary"]:pressed {{ background: {GREEN_DOWN}; }}
QPushButton[kind="primary"]:disabled {{ background: {GREY}; color: {MUTED}; }}
QPushButton[kind="choice"] {{ background: white; border: 3px solid {BLUE}; color: {INK}; font-size: {px(28)}; text-align: left; padding-left: 28px; }}
QPushButton[kind="choice"]:pressed {{ background: {GREY}; }}
QPushButton[kind="secondary"] {{ background: {BLUE}; color: white; border: none; font-size: {px(32)}; font-weight: bold; min-height: 140px; }}
QPushButton[kind="secondary"]:pressed {{ background: {BLUE_DOWN}; }}
QPushButton[kind="option"] {{ background: white; border: 3px solid {BLUE}; color: {INK}; font-size: {px(28)}; font-weight: bold; min-height: 100px; }}
QPushButton[kind="option"]:pressed {{ background: {GREY}; }}
QPushButton[kind="option"]:checked {{ background: {BLUE}; color: white; }}
QPushButton[kind="answer"] {{ background: white; border: 3px solid {BLUE}; color: {INK}; font-size: {px(30)}; font-weight: bold; min-height: 110px; }}
QPushButton[kind="answer"]:pressed {{ background: {GREY}; }}
QPushButton[kind="answer"]:checked {{ background: {BLUE}; color: white; }}
QPushButton[kind="skip"] {{ background: transparent; border: 3px solid #9AA4AE; color: {MUTED}; font-weight: bold; min-width: 260px; }}
QPushButton[kind="skip"]:pressed {{ background: {GREY}; }}
QPushButton[kind="key"] {{ background: white; border: 2px solid #9AA4AE; border-bottom: 4px solid #9AA4AE; color: {INK}; font-size: {px(32)}; font-weight: bold; padding: 0px 4px; border-radius: 12px; }}
QPushButton[kind="key"]:pressed {{ background: {GREY}; }}
QPushButton[kind="key"]:checked {{ background: #CFE0F1; border-color: {BLUE}; }}
QLabel[kind="thanks"] {{ font-size: {px(72)}; font-weight: bold; color: {GREEN}; }}
QLabel[kind="progress"] {{ font-size: {px(24)}; font-weight: bold; color: {BLUE}; }}
QLabel[kind="context"] {{ font-size: {px(24)}; color: {MUTED}; }}
QLabel[kind="question"] {{ font-size: {px(38)}; font-weight: bold; }}
QLabel[kind="entry"] {{ font-size: {px(88)}; font-weight: bold; color: {BLUE}; background: white; border: 3px solid #CDD3DA; border-radius: 16px; padding: 4px 24px; }}
QLabel[kind="counter"] {{ font-size: {px(22)}; color: {MUTED}; }}
QLabel[kind="counter"][full="true"] {{ color: {RED}; font-weight: bold; }}
QPlainTextEdit[kind="saran"] {{ background: white; border: 3px solid #CDD3DA; border-radius: 16px; font-size: {px(28)}; padding: 12px; }}

QPushButton[kind="tile"] {{ background: {BLUE}; border: none; min-height: 150px; }}
QPushButton[kind="tile"]:pressed {{ background: {BLUE_DOWN}; }}
QPushButton[kind="tile"] QLabel {{ color: white; background: transparent; }}
QPushButton[kind="tile"][available="false"] {{ background: {GREY}; border: 3px solid #B9C0C8; }}
QPushButton[kind="tile"][available="false"] QLabel {{ color: {INK}; }}
QPushButton[kind="tile"][available="false"] QLabel[kind="tile-status"] {{ color: {RED}; }}
QLabel[kind="tile-title"] {{ font-size: {px(32)}; font-weight: bold; }}
QLabel[kind="tile-detail"] {{ font-size: {px(23)}; }}
QLabel[kind="tile-status"] {{ font-size: {px(24)}; font-weight: bold; }}
QLabel[kind="tile-badge"] {{ font-size: {px(40)}; font-weight: bold; border: 3px solid white; border-radius: 10px; padding: 2px 10px; }}
QPushButton[kind="tile"][available="false"] QLabel[kind="tile-badge"] {{ border-color: {MUTED}; }}

QFrame[kind="card"] {{ background: white; border: 2px solid #CDD3DA; border-radius: 16px; }}
QFrame[kind="card"] QLabel {{ background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: 24px; background: {GREY}; }}
QScrollBar::handle:vertical {{ background: #9AA4AE; border-radius: 10px; min-height: 80px; }}
"""
