"""Indonesian formats for screens and paper: "Senin, 23 November 2026", "08.15", "78,52"."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id_ID"


def long_date(day: date) -> str:
    return format_date(day, "EEEE, d MMMM y", locale=LOCALE)


def clock_time(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H.%M")


def decimal(value: float, places: int = 2) -> str:
    return format_decimal(value, "#,##0." + "0" * places, locale=LOCALE)
