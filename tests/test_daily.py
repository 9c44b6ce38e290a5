"""The daily summary's figures (app.daily) on a small day built by hand through
the real queue services, each expected figure worked out here from the events.

The `station` fixture holds tests/fixtures/catalog.toml: KTP (A) and KK (B) of
DUKCAPIL, PASPOR (P) of IMIGRASI; loket 1 serves KTP and KK, loket 2 KTP,
loket 5 PASPOR; staff siti (counter) and budi (supervisor). Monday 2026-11-23.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import queue
from app.catalog import load_catalog, read_catalog_file, show_catalog, validate_catalog
from app.daily import DEFAULT_WAIT_TARGET_MINUTES, daily_summary, quantile, time_stats
from app.errors import InvalidInput, Refused
from app.survey import record_response
from app.uow import Station
from db.models import Service, Staff
from tests.conftest import TEST_CATALOG

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 11, 23)
KTP_TARGET = 8  # set in the catalog for this test; KK and PASPOR keep the default (30)


def at(clock, hhmm: str, day: date = MONDAY) -> None:
    hour, minute = (int(x) for x in hhmm.split(":"))
    clock.set(datetime.combine(day, time(hour, minute), WIB))


def run(station, service, *args, **kwargs):
    with station.uow() as uow:
        return service(uow, *args, **kwargs)


def summary_of(station, day=MONDAY):
    with station.uow(read_only=True) as uow:
        return daily_summary(uow, day)


def staff_id(station, username):
    with station.uow(read_only=True) as uow:
        return uow.session.scalars(select(Staff.id).where(Staff.username == username)).one()


def set_ktp_target(station, minutes):
    data = read_catalog_file(TEST_CATALOG)
    data["agencies"][0]["services"][0]["wait_target_minutes"] = minutes
    with station.uow() as uow:
        load_catalog(uow, data)
        uow.commit()


def build_day(station, clock):
    """Seven tickets; loket 1 signed in as siti, loket 5 as budi, loket 2 nobody."""
    set_ktp_target(station, KTP_TARGET)
    siti, budi = staff_id(station, "siti"), staff_id(station, "budi")
    steps = [
        ("09:00", queue.issue_ticket, ("KTP",), {}),  # A001
        ("09:02", queue.issue_ticket, ("KTP",), {}),  # A002
        ("09:05", queue.issue_ticket, ("KK",), {}),  # B001
        ("09:10", queue.issue_ticket, ("PASPOR",), {}),  # P001
        ("09:10", queue.call_next, (1, siti), {}),  # A001: waited 10
        ("09:11", queue.start_service, ("A001",), {"staff_id": siti}),
        ("09:12", queue.call_next, (2,), {}),  # A002: waited 10
        ("09:13", queue.recall, ("A002",), {}),
        ("09:14", queue.recall, ("A002",), {}),
        ("09:15", queue.mark_absent, ("A002",), {}),
        ("09:15", queue.issue_ticket, ("PASPOR",), {}),  # P002
        ("09:17", queue.finish, ("A001",), {"staff_id": siti}),  # served in 6
        ("09:20", queue.call_next, (1, siti), {}),  # B001 at KK: waited 15
        ("09:21", queue.start_service, ("B001",), {"staff_id": siti}),
        ("09:25", queue.transfer, ("B001", "KTP", 1), {"staff_id": siti}),
        ("09:30", queue.return_ticket, ("A002",), {}),
        ("09:40", queue.call_next, (5, budi), {}),  # P001: waited 30 (the target: not over)
        ("09:41", queue.start_service, ("P001",), {"staff_id": budi}),
        ("09:45", queue.call_next, (2,), {}),  # B001 again, now at KTP: no second wait
        ("09:46", queue.start_service, ("B001",), {}),
        ("09:50", queue.issue_ticket, ("KK",), {}),  # B002
        ("09:58", queue.finish, ("B001",), {}),  # served in 12, at KTP, loket 2
        ("10:00", queue.call_next, (1, siti), {}),  # A002 again: its wait stays 10
        ("10:01", queue.start_service, ("A002",), {"staff_id": siti}),
        ("10:01", queue.finish, ("P001",), {"staff_id": budi}),  # served in 20
        ("10:02", queue.call_next, (5, budi), {}),  # P002: waited 47
        ("10:03", queue.recall, ("P002",), {"staff_id": budi}),
        ("10:04", queue.recall, ("P002",), {"staff_id": budi}),
        ("10:05", queue.mark_absent, ("P002",), {"staff_id": budi}),
        ("10:05", queue.finish, ("A002",), {"staff_id": siti}),  # served in 4
        ("10:05", queue.issue_ticket, ("KTP",), {}),  # A003, never called
        ("10:10", queue.cancel, ("B002",), {}),
    ]
    called = {}
    for hhmm, service, args, kwargs in steps:
        at(clock, hhmm)
        view = run(station, service, *args, **kwargs)
        if service is queue.call_next:
            called.setdefault(view.code, []).append(args[0])
    assert called == {"A001": [1], "A002": [2, 1], "B001": [1, 2], "P001": [5], "P002": [5]}
    at(clock, "10:15")


def by(items, key, value):
    return next(x for x in items if getattr(x, key) == value)


# --- statistics -------------------------------------------------------------------------------


def test_quantile_interpolates_between_closest_ranks():
    assert quantile([10.0], 0.9) == 10.0
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.9) == pytest.approx(3.7)
    assert quantile([10.0, 10.0, 15.0, 30.0, 47.0], 0.9) == pytest.approx(40.2)


def test_time_stats_round_half_up_to_one_decimal():
    stats = time_stats([135.0])  # 2.25 minutes: binary rounding would give 2.2
    assert (stats.count, stats.mean, stats.median, stats.p90, stats.max) == (1, 2.3, 2.3, 2.3, 2.3)
    empty = time_stats([])
    assert empty.to_json() == {"mean": None, "median": None, "p90": None, "max": None}


# --- a day built by hand ----------------------------------------------------------------------


def test_the_mpp_figures_of_a_hand_built_day(station, clock):
    build_day(station, clock)
    s = summary_of(station)
    t = s.totals
    # A001, A002, B001 (moved to KTP) and P001 served; P002 absent; B002 cancelled; A003 still waiting
    assert (s.issued, s.served, s.absent, s.transferred, s.cancelled, s.expired) == (7, 4, 1, 1, 1, 0)
    assert (t.open, t.returned, t.transferred_in, t.waited) == (1, 1, 1, 5)
    assert t.issued == t.served + t.absent + t.cancelled + t.expired + t.open
    # waits 10 (A001), 10 (A002), 15 (B001 at KK), 30 (P001), 47 (P002)
    w = s.wait_minutes
    assert (w.count, w.mean, w.median, w.p90, w.max) == (5, 22.4, 15.0, 40.2, 47.0)  # p90: 30 + 0.6 x 17
    # service 6 (A001), 12 (B001), 4 (A002), 20 (P001)
    v = s.service_minutes
    assert (v.count, v.mean, v.median, v.p90, v.max) == (4, 10.5, 9.0, 17.6, 20.0)  # p90: 12 + 0.7 x 8
    # over target: A001 and A002 (10 > 8 at KTP), P002 (47 > 30); P001's 30 is not over 30
    assert (t.over_target, t.over_target_pct) == (3, 60.0)
    assert s.is_today and s.closed_reason is None and s.day == MONDAY
    assert s.mpp_name == "MPP Uji" and s.generated_at == datetime(2026, 11, 23, 10, 15, tzinfo=WIB)


def test_per_service_counts_transfers_out_of_the_first_and_service_at_the_second(station, clock):
    build_day(station, clock)
    s = summary_of(station)
    assert [x.code for x in s.per_service] == ["KTP", "KK", "PASPOR"]  # agency code, then prefix
    ktp, kk, paspor = (by(s.per_service, "code", c) for c in ("KTP", "KK", "PASPOR"))
    f = ktp.figures
    assert (f.issued, f.transferred_in, f.transferred, f.served, f.absent, f.cancelled, f.open) == (3, 1, 0, 3, 0, 0, 1)
    assert f.returned == 1  # A002 came back
    assert (f.wait_minutes.count, f.wait_minutes.mean, f.wait_minutes.max) == (2, 10.0, 10.0)
    assert (f.service_minutes.mean, f.service_minutes.median, f.service_minutes.p90) == (7.3, 6.0, 10.8)
    assert (f.over_target, f.over_target_pct, ktp.wait_target_minutes) == (2, 100.0, KTP_TARGET)
    f = kk.figures
    assert (f.issued, f.transferred_in, f.transferred, f.served, f.cancelled, f.open) == (2, 0, 1, 0, 1, 0)
    # B001 waited at KK (its first call); its second call at KTP adds no wait
    assert (f.wait_minutes.count, f.wait_minutes.mean, f.over_target_pct) == (1, 15.0, 0.0)
    assert f.service_minutes.count == 0 and f.service_minutes.mean is None
    assert kk.wait_target_minutes == DEFAULT_WAIT_TARGET_MINUTES
    f = paspor.figures
    assert (f.issued, f.served, f.absent, f.open) == (2, 1, 1, 0)
    assert (f.wait_minutes.mean, f.wait_minutes.median, f.wait_minutes.p90, f.wait_minutes.max) == (38.5, 38.5, 45.3, 47.0)
    assert (f.over_target, f.over_target_pct) == (1, 50.0)
    # per service the ledger balances: issued + in - out = outcomes
    for x in s.per_service:
        f = x.figures
        assert f.issued + f.transferred_in - f.transferred == f.served + f.absent + f.cancelled + f.expired + f.open


def test_per_agency_pools_its_services(station, clock):
    build_day(station, clock)
    s = summary_of(station)
    assert [a.code for a in s.per_agency] == ["DUKCAPIL", "IMIGRASI"]
    dukcapil = s.per_agency[0]
    assert dukcapil.services == ("KTP", "KK")
    f = dukcapil.figures
    assert (f.issued, f.served, f.transferred, f.transferred_in, f.cancelled, f.open) == (5, 3, 1, 1, 1, 1)
    assert (f.wait_minutes.mean, f.over_target, f.over_target_pct) == (11.7, 2, 66.7)  # (10 + 10 + 15) / 3


def test_per_counter_and_per_staff(station, clock):
    build_day(station, clock)
    s = summary_of(station)
    assert [c.number for c in s.per_counter] == [1, 2, 5]
    one, two, five = s.per_counter
    assert (one.called, one.served, one.absent, one.transferred, one.staff) == (3, 2, 0, 1, ("Siti Rahmawati",))
    assert (one.service_minutes.mean, one.service_minutes.p90, one.service_minutes.max) == (5.0, 5.8, 6.0)
    assert (two.called, two.served, two.absent, two.transferred, two.staff) == (2, 1, 1, 0, ())
    assert two.service_minutes.mean == 12.0
    assert (five.called, five.served, five.absent, five.staff) == (2, 1, 1, ("Budi Santoso",))
    assert [p.username for p in s.per_staff] == ["budi", "siti", None]  # by name; nobody signed in last
    budi, siti, nobody = s.per_staff
    assert (siti.called, siti.served, siti.absent, siti.transferred, siti.counters) == (3, 2, 0, 1, (1,))
    assert (budi.called, budi.served, budi.absent, budi.counters, budi.service_minutes.mean) == (2, 1, 1, (5,), 20.0)
    assert (nobody.name, nobody.called, nobody.served, nobody.absent, nobody.counters) == ("(tidak tercatat)", 2, 1, 1, (2,))


def test_arrivals_per_hour_span_the_opening_hours(station, clock):
    build_day(station, clock)
    s = summary_of(station)
    assert [(h.hour, h.arrivals) for h in s.arrivals_per_hour] == [
        (8, 0), (9, 6), (10, 1), (11, 0), (12, 0), (13, 0), (14, 0)
    ]


def test_closing_the_day_turns_the_waiting_into_expired_and_keeps_the_absent(station, clock):
    build_day(station, clock)
    at(clock, "23:00")
    assert run(station, queue.close_day) == 2  # A003 waiting, P002 absent
    s = summary_of(station)
    assert (s.absent, s.expired, s.totals.open, s.served, s.issued) == (1, 1, 0, 4, 7)
    assert by(s.per_service, "code", "KTP").figures.expired == 1
    assert by(s.per_service, "code", "PASPOR").figures.absent == 1
    clock.set(datetime(2026, 11, 24, 8, 0, tzinfo=WIB))  # the next morning: no longer today
    assert not summary_of(station).is_today


def test_the_survey_of_the_day(station, clock):
    build_day(station, clock)
    fours = {k: 4 for k in ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
                            "pengaduan", "sarana")}
    run(station, record_response, ticket_ref="A001", answers=fours)
    run(station, record_response, service_code="KK", answers={k: 3 for k in fours})
    s = summary_of(station)
    v = s.survey
    # every NRR 3.5: IKM 3.5 x 25 = 87.50, B (Baik)
    assert (v.respondents, str(v.ikm), v.mutu, v.kinerja, v.population) == (2, "87.50", "B", "Baik", 4)
    assert [(x.code, x.respondents, str(x.ikm), x.mutu) for x in v.per_service] == [
        ("KTP", 1, "100.00", "A"), ("KK", 1, "75.00", "C")
    ]
    assert s.to_json()["survey"]["ikm"] == 87.5


def test_a_day_without_surveys(station, clock):
    build_day(station, clock)
    v = summary_of(station).survey
    assert (v.respondents, v.ikm, v.mutu, v.population, v.per_service) == (0, None, None, 4, ())


def test_the_json_holds_the_contract_keys_as_plain_values(station, clock):
    build_day(station, clock)
    data = summary_of(station).to_json()
    json.dumps(data)  # no Decimal, date or datetime left
    for key in ("issued", "served", "absent", "transferred", "cancelled", "expired", "wait_minutes",
                "service_minutes", "per_service", "complaints", "survey"):
        assert key in data
    for key in ("wait_minutes", "service_minutes"):
        assert set(data[key]) == {"mean", "median", "p90", "max"}
    assert data["day"] == "2026-11-23" and data["wait_minutes"]["p90"] == 40.2
    assert [x["code"] for x in data["per_service"]] == ["KTP", "KK", "PASPOR"]
    assert data["per_service"][0]["wait_minutes"] == {"mean": 10.0, "median": 10.0, "p90": 10.0, "max": 10.0}
    assert set(data["complaints"]) >= {"received", "settled", "overdue", "available"}
    assert data["arrivals_per_hour"][1] == {"hour": 9, "arrivals": 6}


# --- days without tickets, closed days, days to come ----------------------------------------------


def test_a_working_day_without_tickets_gives_zeros(station, clock):
    clock.set(datetime(2026, 11, 24, 16, 0, tzinfo=WIB))
    s = summary_of(station, date(2026, 11, 24))
    assert (s.issued, s.served, s.absent, s.transferred, s.cancelled, s.expired) == (0, 0, 0, 0, 0, 0)
    assert s.wait_minutes.mean is None and s.totals.over_target_pct is None
    assert s.per_service == () and s.per_counter == () and s.per_staff == ()
    assert [h.arrivals for h in s.arrivals_per_hour] == [0] * 7
    json.dumps(s.to_json())


def test_today_is_the_default_day(station, clock):
    build_day(station, clock)
    with station.uow(read_only=True) as uow:
        assert daily_summary(uow).day == MONDAY


@pytest.mark.parametrize(
    "day, words",
    [
        (date(2026, 11, 26), "Pemeliharaan gedung"),  # the catalog's closure
        (date(2026, 11, 22), "no opening hours on minggu"),  # a Sunday
        (date(2026, 8, 17), "Kemerdekaan"),  # a national holiday
    ],
)
def test_a_closed_day_without_tickets_is_refused_clearly(station, clock, day, words):
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=WIB))
    with pytest.raises(Refused) as exc:
        summary_of(station, day)
    assert exc.value.code == "closed_day"
    assert "closed" in exc.value.message and words in exc.value.message


def test_a_day_to_come_is_refused(station):
    with pytest.raises(Refused) as exc:
        summary_of(station, MONDAY + timedelta(days=1))
    assert exc.value.code == "future_day"


# --- the wait target in the catalog -----------------------------------------------------------------


def test_the_catalog_sets_a_wait_target_per_service(tmp_path, clock):
    data = read_catalog_file(TEST_CATALOG)
    data["agencies"][1]["services"][0]["wait_target_minutes"] = 60
    station = Station.open(tmp_path / "target.sqlite", clock)
    try:
        with station.uow() as uow:
            load_catalog(uow, data)
            uow.commit()
        with station.uow(read_only=True) as uow:
            targets = dict(uow.session.execute(select(Service.code, Service.wait_target_minutes)).all())
            views = {s.code: s for a in show_catalog(uow).agencies for s in a.services}
        assert targets == {"KTP": None, "KK": None, "PASPOR": 60}
        assert views["PASPOR"].wait_target_minutes == 60 and views["KTP"].wait_target_minutes is None
    finally:
        station.close()


@pytest.mark.parametrize("bad", [0, -5, "30", 2.5, True])
def test_a_bad_wait_target_is_refused_with_the_service_named(bad):
    data = read_catalog_file(TEST_CATALOG)
    data["agencies"][0]["services"][1]["wait_target_minutes"] = bad
    with pytest.raises(InvalidInput) as exc:
        validate_catalog(data)
    assert "service KK: wait_target_minutes must be a whole number of at least 1" in exc.value.message


def test_times_are_read_in_the_mpp_zone(station, clock):
    """An arrival at 07.20 UTC is 14.20 WIB: counted in hour 14."""
    clock.set(datetime(2026, 11, 23, 7, 20, tzinfo=timezone.utc))
    run(station, queue.issue_ticket, "KK")
    s = summary_of(station)
    assert [(h.hour, h.arrivals) for h in s.arrivals_per_hour if h.arrivals] == [(14, 1)]


# --- complaints -------------------------------------------------------------------------------------

COMPLAINT = {
    "identitas": "anonim",
    "instansi": "DUKCAPIL",
    "layanan": "KTP",
    "waktu_kejadian": "2026-11-16",
    "tempat": "Loket 2, MPP Uji",
    "uraian": "Petugas loket tidak ada selama dua jam.",
    "kerugian": "Satu hari cuti kerja.",
    "tuntutan": "Petugas hadir pada jam layanan.",
    "kanal": "loket",
}


def test_complaints_received_settled_open_and_overdue(station, clock, tmp_path, monkeypatch):
    from app import complaints as c
    from app import keys

    monkeypatch.setenv(keys.KEY_ENV, str(tmp_path / "keys" / "personal-data.key"))

    def file(day_hhmm: tuple[date, str], rules=c.DEFAULT_RULES) -> str:
        at(clock, day_hhmm[1], day_hhmm[0])
        with station.uow() as uow:
            return c.add_complaint(uow, COMPLAINT, c.CLI, rules=rules).nomor

    def advance(nomor, *steps):
        for to, kwargs in steps:
            with station.uow() as uow:
                c.advance(uow, nomor, to, actor=c.CLI, **kwargs)

    to_selesai = [("diverifikasi", {}), ("didisposisikan", {}), ("ditindaklanjuti", {}),
                  ("selesai", {"note": "Petugas sudah ditegur."})]
    file((date(2026, 11, 18), "10:00"), c.ComplaintRules(settle_days=1))  # due Thursday 19th: overdue from Friday
    late = file((date(2026, 11, 19), "10:00"))  # settled on Monday
    rejected = file((date(2026, 11, 19), "11:00"))
    at(clock, "10:00", date(2026, 11, 20))
    advance(rejected, ("ditolak", {"note": "Bukan pengaduan pelayanan."}))
    file((MONDAY, "09:00"))
    at(clock, "10:00")
    advance(late, *to_selesai)
    at(clock, "10:15")

    def figures(day):
        f = summary_of(station, day).complaints
        return (f.available, f.received, f.settled, f.open, f.overdue)

    assert figures(MONDAY) == (True, 1, 1, 2, 1)  # open: Monday's and the overdue one
    assert figures(date(2026, 11, 19)) == (True, 2, 0, 3, 0)  # as it stood that evening
    assert figures(date(2026, 11, 20)) == (True, 0, 0, 2, 1)  # the rejected one closed that day
    data = summary_of(station).to_json()["complaints"]
    assert data == {"available": True, "received": 1, "settled": 1, "overdue": 1, "open": 2}
