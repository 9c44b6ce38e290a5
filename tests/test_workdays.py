"""Opening hours, holidays, working days and the MPP's business date."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import queue
from app.errors import InvalidInput
from app.workdays import (
    Hours,
    add_working_days,
    business_date,
    closure_reason,
    holiday_name,
    is_working_day,
    local_now,
    parse_hours,
    service_availability,
    service_hours,
)
from db.models import MppSettings, Service

UTC = timezone.utc
WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def uow(station):
    with station.uow(read_only=True) as uow:
        yield uow


def service(uow, code) -> Service:
    return uow.session.scalars(select(Service).where(Service.code == code)).one()


# --- parse_hours ------------------------------------------------------------------------


def test_parse_hours_accepts_dots_colons_and_spaces():
    hours = parse_hours({"Senin": "08.00-15.00", "jumat": "8:00 - 11.30", "SABTU": " 09.15-12.00 "}, "[mpp]")
    assert hours == {"senin": ["08:00", "15:00"], "jumat": ["08:00", "11:30"], "sabtu": ["09:15", "12:00"]}
    assert parse_hours({}, "[mpp]") == {}


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        ({"senin": "8-15"}, "must look like 08.00-15.00, not '8-15'"),
        ({"senin": "08.00"}, "must look like 08.00-15.00"),
        ({"senin": "15.00-08.00"}, "not a range in one day"),
        ({"senin": "08.00-08.00"}, "not a range in one day"),
        ({"senin": "08.00-24.00"}, "not a range in one day"),
        ({"senin": "08.60-09.00"}, "not a range in one day"),
        ({"monday": "08.00-15.00"}, "unknown weekday 'monday'"),
    ],
)
def test_parse_hours_refuses_what_is_not_a_day_range(spec, text):
    with pytest.raises(InvalidInput) as exc:
        parse_hours(spec, "agency SAMSAT")
    assert exc.value.code == "invalid_input"
    assert exc.value.message.startswith("agency SAMSAT: ")
    assert text in exc.value.message


# --- holidays ---------------------------------------------------------------------------


def test_holiday_names():
    assert holiday_name(date(2026, 12, 25)) == "Hari Raya Natal"
    assert holiday_name(date(2026, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"
    assert holiday_name(date(2026, 1, 1)) == "Tahun Baru Masehi"
    assert holiday_name(date(2026, 11, 23)) is None
    assert holiday_name(date(2026, 11, 28)) is None  # a Saturday is no holiday


def test_cuti_bersama_counts_as_a_holiday():
    assert holiday_name(date(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert "Cuti Bersama" in holiday_name(date(2026, 3, 23))  # around Idul Fitri


def test_closure_reason_names_holidays_and_closures(uow):
    assert closure_reason(uow.session, date(2026, 12, 25)) == "libur nasional: Hari Raya Natal"
    assert closure_reason(uow.session, date(2026, 11, 26)) == "Pemeliharaan gedung"
    assert closure_reason(uow.session, date(2026, 11, 25)) is None
    assert closure_reason(uow.session, date(2026, 11, 28)) is None  # weekends are the hours' business


# --- working days --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 11, 23), True),  # Monday
        (date(2026, 11, 27), True),  # Friday, short hours
        (date(2026, 11, 28), False),  # Saturday
        (date(2026, 11, 29), False),  # Sunday
        (date(2026, 11, 26), False),  # catalog closure
        (date(2026, 12, 24), False),  # cuti bersama
        (date(2026, 12, 25), False),  # Natal
    ],
)
def test_is_working_day(uow, day, working):
    assert is_working_day(uow.session, uow.settings(), day) is working


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 23), 0, date(2026, 11, 23)),
        (date(2026, 11, 23), 1, date(2026, 11, 24)),
        (date(2026, 11, 23), 2, date(2026, 11, 25)),
        (date(2026, 11, 23), 3, date(2026, 11, 27)),  # skips the closure on Thursday 26
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1: over the weekend
        (date(2026, 11, 23), 5, date(2026, 12, 1)),  # closure and weekend
        (date(2026, 12, 23), 1, date(2026, 12, 28)),  # cuti bersama, Natal, weekend
        (date(2026, 12, 22), 2, date(2026, 12, 28)),
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # from a Saturday
    ],
)
def test_add_working_days_skips_weekends_holidays_and_closures(uow, start, days, expected):
    assert add_working_days(uow.session, uow.settings(), start, days) == expected


def test_add_working_days_follows_the_mpp_hours(uow):
    """A weekday the MPP's hours leave out is no working day."""
    hours = {k: v for k, v in uow.settings().hours.items() if k != "jumat"}
    settings = MppSettings(timezone="Asia/Jakarta", hours=hours)
    assert add_working_days(uow.session, settings, date(2026, 11, 25), 1) == date(2026, 11, 30)


# --- the business date -------------------------------------------------------------------------


def test_business_date_is_the_local_date_in_asia_jakarta():
    settings = MppSettings(timezone="Asia/Jakarta")
    late = datetime(2026, 11, 23, 17, 30, tzinfo=UTC)
    assert late.date() == date(2026, 11, 23)
    assert business_date(settings, late) == date(2026, 11, 24)
    assert local_now(settings, late).replace(tzinfo=None) == datetime(2026, 11, 24, 0, 30)
    assert business_date(settings, datetime(2026, 11, 23, 16, 59, tzinfo=UTC)) == date(2026, 11, 23)
    assert business_date(settings, datetime(2026, 11, 23, 17, 0, tzinfo=UTC)) == date(2026, 11, 24)
    # a morning in Jakarta is still the evening before in UTC
    assert business_date(settings, datetime(2026, 11, 23, 0, 30, tzinfo=UTC)) == date(2026, 11, 23)
    assert business_date(settings, datetime(2026, 11, 22, 23, 30, tzinfo=UTC)) == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("zone", "last_utc_hour_of_the_day"),
    [("Asia/Jakarta", 16), ("Asia/Makassar", 15), ("Asia/Jayapura", 14)],
    ids=["WIB", "WITA", "WIT"],
)
def test_business_date_in_the_three_zones(zone, last_utc_hour_of_the_day):
    settings = MppSettings(timezone=zone)
    h = last_utc_hour_of_the_day
    assert business_date(settings, datetime(2026, 11, 23, h, 59, tzinfo=UTC)) == date(2026, 11, 23)
    assert business_date(settings, datetime(2026, 11, 23, h + 1, 0, tzinfo=UTC)) == date(2026, 11, 24)


def test_the_queue_numbers_in_the_local_day(station, clock):
    # 2026-11-24 01.00 UTC is Tuesday 08.00 WIB: Tuesday's numbers, Tuesday's hours
    clock.set(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    with station.uow() as uow:
        assert queue.today(uow) == date(2026, 11, 24)
        view = queue.issue_ticket(uow, "KTP")
    assert (view.code, view.business_date) == ("A001", date(2026, 11, 24))
    # 07.29 UTC is 14.29 WIB: still before the KTP cutoff (14.30)
    clock.set(datetime(2026, 11, 24, 7, 29, tzinfo=UTC))
    with station.uow() as uow:
        assert queue.issue_ticket(uow, "KTP").code == "A002"
    # 17.30 UTC on the 23rd is already the 24th in Jakarta
    clock.set(datetime(2026, 11, 23, 17, 30, tzinfo=UTC))
    with station.uow(read_only=True) as uow:
        assert queue.today(uow) == date(2026, 11, 24)


# --- service hours ---------------------------------------------------------------------------------


def test_service_hours_take_the_service_then_agency_then_mpp_hours(uow):
    settings = uow.settings()
    monday, friday, saturday = date(2026, 11, 23), date(2026, 11, 27), date(2026, 11, 28)
    ktp, paspor = service(uow, "KTP"), service(uow, "PASPOR")
    assert service_hours(settings, ktp, monday) == Hours(time(8, 0), time(15, 0), time(14, 30))
    assert service_hours(settings, ktp, friday) == Hours(time(8, 0), time(11, 30), time(11, 0))
    assert service_hours(settings, paspor, monday) == Hours(time(8, 0), time(12, 0), time(11, 30))
    assert service_hours(settings, paspor, friday) == Hours(time(8, 0), time(11, 0), time(10, 30))
    assert service_hours(settings, ktp, saturday) is None
    ktp.hours = {"senin": ["10:00", "13:00"]}
    ktp.cutoff_minutes = 0
    assert service_hours(settings, ktp, monday) == Hours(time(10, 0), time(13, 0), time(13, 0))
    assert service_hours(settings, ktp, friday) is None


def test_service_availability_reports_hours_and_quota(uow):
    settings = uow.settings()
    paspor = service(uow, "PASPOR")
    at_nine = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    open_ = service_availability(uow.session, settings, paspor, at_nine, issued_today=2)
    assert (open_.open, open_.reason, open_.issued_today, open_.quota) == (True, None, 2, 3)
    assert open_.hours == Hours(time(8, 0), time(12, 0), time(11, 30))
    full = service_availability(uow.session, settings, paspor, at_nine, issued_today=3)
    assert (full.open, full.reason) == (False, "quota_full")
    # closed reasons come before the quota
    late = service_availability(uow.session, settings, paspor, datetime(2026, 11, 23, 11, 45, tzinfo=WIB), 3)
    assert late.reason == "past_cutoff"
    xmas = service_availability(uow.session, settings, paspor, datetime(2026, 12, 25, 9, 0, tzinfo=WIB), 0)
    assert (xmas.open, xmas.reason) == (False, "holiday")
    paspor.active = False
    assert service_availability(uow.session, settings, paspor, at_nine, 0).reason == "inactive"
