"""Every queue rule, through the services of app/queue.py on a real SQLite file.

The `station` fixture holds the test catalog (tests/fixtures/catalog.toml):
KTP (prefix A, 6 min) and KK (B, 10 min) of DUKCAPIL, PASPOR (P, quota 3,
no priority, 15 min) of IMIGRASI (closes 12.00); loket 1 serves KTP and KK,
loket 2 serves KTP, loket 5 serves PASPOR. The clock starts on Monday
2026-11-23 09.00 WIB.
"""

from __future__ import annotations

import math
import threading
import uuid
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app import queue
from app.errors import InvalidInput, NotFound, Refused
from app.uow import Station
from db.models import Service, TicketEvent
from tests.conftest import read_rows

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 11, 23)


# --- helpers ------------------------------------------------------------------------


def wib(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)


def run(station, service, *args, **kwargs):
    """One use case in its own unit of work (the services commit themselves)."""
    with station.uow() as uow:
        return service(uow, *args, **kwargs)


def issue(station, code, group=None):
    return run(station, queue.issue_ticket, code, group)


def refused(station, service, *args, **kwargs) -> Refused:
    with pytest.raises(Refused) as exc:
        run(station, service, *args, **kwargs)
    return exc.value


def serve(station, counter):
    """Call the next ticket at a counter, start and finish it; returns its code."""
    view = run(station, queue.call_next, counter)
    run(station, queue.start_service, view.code)
    run(station, queue.finish, view.code)
    return view.code


def sql(station, query, *params):
    return read_rows(station.db.path, query, *params)


def sequence_number(station, service_code, day=MONDAY):
    rows = sql(
        station,
        "SELECT n.last_number FROM number_sequence n JOIN service s ON s.id = n.service_id "
        "WHERE s.code = ? AND n.business_date = ?",
        service_code,
        day.isoformat(),
    )
    return rows[0][0] if rows else None


def ticket_count(station):
    return sql(station, "SELECT count(*) FROM ticket")[0][0]


def event_count(station):
    return sql(station, "SELECT count(*) FROM ticket_event")[0][0]


def set_policy(station, policy, every):
    with station.uow() as uow:
        settings = uow.settings()
        settings.priority_policy = policy
        settings.priority_every = every
        uow.commit()


# --- numbering ----------------------------------------------------------------------


def test_numbers_count_up_per_service_and_day(station):
    a1 = issue(station, "KTP")
    a2 = issue(station, "ktp")
    b1 = issue(station, "KK")
    a3 = issue(station, "KTP")
    assert [a1.code, a2.code, b1.code, a3.code] == ["A001", "A002", "B001", "A003"]
    assert {t.business_date for t in (a1, a2, b1, a3)} == {MONDAY}
    assert (a1.service_code, a1.agency_code, a1.status) == ("KTP", "DUKCAPIL", "waiting")
    assert a1.issued_at == a1.queue_at == datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
    assert sequence_number(station, "KTP") == 3
    assert sequence_number(station, "KK") == 1
    assert sorted(r[0] for r in sql(station, "SELECT number FROM ticket WHERE code LIKE 'A%'")) == [1, 2, 3]


def test_numbers_restart_on_the_next_working_day(station, clock):
    assert issue(station, "KTP").code == "A001"
    assert issue(station, "KTP").code == "A002"
    clock.set(wib(date(2026, 11, 24), 9))  # Tuesday
    tuesday = issue(station, "KTP")
    assert (tuesday.code, tuesday.business_date) == ("A001", date(2026, 11, 24))
    assert issue(station, "KTP").code == "A002"
    # Friday, then over the weekend to Monday 30 November
    clock.set(wib(date(2026, 11, 27), 9))
    assert issue(station, "KTP").code == "A001"
    clock.set(wib(date(2026, 11, 30), 8, 5))
    monday = issue(station, "KTP")
    assert (monday.code, monday.business_date) == ("A001", date(2026, 11, 30))
    with station.uow() as uow:
        assert [t.code for t in queue.list_tickets(uow, MONDAY)] == ["A001", "A002"]
        assert [t.code for t in queue.list_tickets(uow, date(2026, 11, 24))] == ["A001", "A002"]


def test_ticket_refs_resolve_by_number_in_any_spelling_and_by_id(station):
    issue(station, "KTP")
    a2 = issue(station, "KTP")
    issue(station, "KTP")
    for ref in ("a2", "A002", "A2", "a0002", "  A002 ", a2.id):
        with station.uow() as uow:
            found = queue.find_ticket(uow, ref)
            assert (str(found.id), found.code) == (a2.id, "A002"), ref
    with station.uow() as uow:
        assert queue.ticket_details(uow, "a2").id == a2.id
        with pytest.raises(NotFound) as exc:
            queue.find_ticket(uow, "A099")
        assert exc.value.code == "not_found"
        with pytest.raises(NotFound):
            queue.find_ticket(uow, str(uuid.uuid4()))
        with pytest.raises(InvalidInput) as exc:
            queue.find_ticket(uow, "loket-1")
        assert exc.value.code == "invalid_input"


def test_a_number_is_found_only_on_its_own_day(station, clock):
    monday = issue(station, "KTP")
    clock.set(wib(date(2026, 11, 24), 9))
    with station.uow() as uow:
        with pytest.raises(NotFound):
            queue.find_ticket(uow, "A001")
        assert str(queue.find_ticket(uow, "A001", day=MONDAY).id) == monday.id
        assert str(queue.find_ticket(uow, monday.id).id) == monday.id


# --- quota and opening hours ------------------------------------------------------------


def test_quota_refuses_the_fourth_passport_without_consuming_a_number(station):
    codes = [issue(station, "PASPOR").code for _ in range(3)]
    assert codes == ["P001", "P002", "P003"]
    err = refused(station, queue.issue_ticket, "PASPOR")
    assert err.code == "quota_full"
    err = refused(station, queue.issue_ticket, "PASPOR")
    assert err.code == "quota_full"
    assert sequence_number(station, "PASPOR") == 3
    assert sorted(r[0] for r in sql(station, "SELECT number FROM ticket WHERE code LIKE 'P%'")) == [1, 2, 3]
    with station.uow(read_only=True) as uow:
        paspor = next(q for q in queue.queue_overview(uow) if q.code == "PASPOR")
    assert (paspor.issued, paspor.waiting) == (3, 3)
    assert (paspor.availability.open, paspor.availability.reason, paspor.availability.quota) == (False, "quota_full", 3)
    # other services are not touched by the passport quota
    assert issue(station, "KTP").code == "A001"


def test_quota_counts_issued_tickets_not_waiting_ones(station):
    for _ in range(3):
        issue(station, "PASPOR")
    run(station, queue.cancel, "P001")
    assert refused(station, queue.issue_ticket, "PASPOR").code == "quota_full"


def test_quota_is_per_day(station, clock):
    for _ in range(3):
        issue(station, "PASPOR")
    clock.set(wib(date(2026, 11, 24), 9))
    assert issue(station, "PASPOR").code == "P001"


def test_a_refused_issue_leaves_the_numbers_gap_free(station):
    assert issue(station, "KTP").code == "A001"
    with pytest.raises(InvalidInput):
        issue(station, "KTP", "vip")
    assert sequence_number(station, "KTP") == 1
    assert issue(station, "KTP").code == "A002"
    assert ticket_count(station) == 2


def test_before_opening_is_refused(station, clock):
    clock.set(wib(MONDAY, 7, 59))
    err = refused(station, queue.issue_ticket, "KTP")
    assert err.code == "not_open_yet"
    assert "08.00" in err.message
    assert ticket_count(station) == 0
    assert sequence_number(station, "KTP") is None
    clock.set(wib(MONDAY, 8, 0))
    assert issue(station, "KTP").code == "A001"


def test_ktp_cutoff_is_thirty_minutes_before_closing(station, clock):
    clock.set(wib(MONDAY, 14, 29))
    assert issue(station, "KTP").code == "A001"
    clock.set(wib(MONDAY, 14, 30))
    err = refused(station, queue.issue_ticket, "KTP")
    assert err.code == "past_cutoff"
    assert "14.30" in err.message
    clock.set(wib(MONDAY, 15, 30))
    assert refused(station, queue.issue_ticket, "KTP").code == "past_cutoff"
    assert sequence_number(station, "KTP") == 1


def test_imigrasi_closes_at_noon_with_its_own_hours(station, clock):
    clock.set(wib(MONDAY, 11, 29))
    assert issue(station, "PASPOR").code == "P001"
    clock.set(wib(MONDAY, 11, 30))
    assert refused(station, queue.issue_ticket, "PASPOR").code == "past_cutoff"
    # the MPP's own hours still hold for DUKCAPIL at the same moment
    assert issue(station, "KTP").code == "A001"


def test_friday_has_shorter_hours(station, clock):
    friday = date(2026, 11, 27)
    clock.set(wib(friday, 10, 59))
    assert issue(station, "KTP").code == "A001"
    clock.set(wib(friday, 11, 0))
    assert refused(station, queue.issue_ticket, "KTP").code == "past_cutoff"
    clock.set(wib(friday, 10, 30))
    assert refused(station, queue.issue_ticket, "PASPOR").code == "past_cutoff"  # IMIGRASI jumat 08.00-11.00


@pytest.mark.parametrize("day", [date(2026, 11, 28), date(2026, 11, 29)], ids=["sabtu", "minggu"])
def test_weekend_is_closed(station, clock, day):
    clock.set(wib(day, 10))
    err = refused(station, queue.issue_ticket, "KTP")
    assert err.code == "closed_weekday"
    assert ticket_count(station) == 0


@pytest.mark.parametrize(
    "day", [date(2026, 12, 25), date(2026, 12, 24)], ids=["natal", "cuti-bersama-natal"]
)
def test_national_holiday_is_closed(station, clock, day):
    clock.set(wib(day, 10))
    err = refused(station, queue.issue_ticket, "KTP")
    assert err.code == "holiday"
    assert "Natal" in err.message
    assert ticket_count(station) == 0


def test_catalog_closure_is_closed(station, clock):
    clock.set(wib(date(2026, 11, 26), 10))
    err = refused(station, queue.issue_ticket, "KK")
    assert err.code == "closure"
    assert "Pemeliharaan gedung" in err.message
    clock.set(wib(date(2026, 11, 25), 10))
    assert issue(station, "KK").code == "B001"


# --- priority and bad input ---------------------------------------------------------------


def test_unknown_priority_group_is_invalid_input(station):
    with pytest.raises(InvalidInput) as exc:
        issue(station, "KTP", "vip")
    assert exc.value.code == "invalid_input"
    assert ticket_count(station) == 0


def test_priority_ticket_for_a_service_without_priority_is_refused(station):
    err = refused(station, queue.issue_ticket, "PASPOR", "lansia")
    assert err.code == "no_priority"
    assert sequence_number(station, "PASPOR") is None
    ok = issue(station, "KTP", "lansia")
    assert (ok.code, ok.priority_group) == ("A001", "lansia")


def test_unknown_service_is_not_found(station):
    with pytest.raises(NotFound):
        issue(station, "SIM")


# --- call_next ---------------------------------------------------------------------------------


def test_call_next_is_fifo_by_arrival_over_the_counters_services(station, clock):
    issue(station, "KK")  # B001 09.00
    clock.advance(minutes=1)
    issue(station, "KTP")  # A001 09.01
    clock.advance(minutes=1)
    issue(station, "KK")  # B002 09.02
    clock.advance(minutes=1)
    issue(station, "KTP")  # A002 09.03
    clock.advance(minutes=1)
    issue(station, "PASPOR")  # not served at loket 1
    called = [serve(station, 1) for _ in range(4)]
    assert called == ["B001", "A001", "B002", "A002"]
    assert refused(station, queue.call_next, 1).code == "queue_empty"


def test_call_next_only_takes_the_counters_services(station, clock):
    issue(station, "KK")
    clock.advance(minutes=1)
    issue(station, "KTP")
    view = run(station, queue.call_next, 2)  # loket 2 serves only KTP
    assert (view.code, view.status, view.counter_number, view.call_count) == ("A001", "called", 2, 1)
    assert view.called_at == clock()
    assert refused(station, queue.call_next, 5).code == "queue_empty"


def test_policy_first_serves_priority_tickets_first(station, clock):
    issue(station, "KTP")  # A001
    clock.advance(minutes=1)
    issue(station, "KK")  # B001
    clock.advance(minutes=1)
    issue(station, "KTP", "lansia")  # A002
    clock.advance(minutes=1)
    issue(station, "KK", "hamil")  # B002
    assert [serve(station, 1) for _ in range(4)] == ["A002", "B002", "A001", "B001"]


@pytest.mark.parametrize(
    ("every", "rhythm"),
    [(3, "PNNPNNPNN"), (2, "PNPNPNNNN")],
    ids=["every-3", "every-2"],
)
def test_policy_interleave_takes_a_priority_ticket_every_nth_call(station, clock, every, rhythm):
    """call_next: a counter starting its day may take a priority ticket at once;
    afterwards a priority ticket is taken when `priority_every - 1` normal
    calls were made since the last priority one, i.e. on every Nth call."""
    set_policy(station, "interleave", every)
    normal, priority = [], []
    for _ in range(6):
        normal.append(issue(station, "KTP").code)  # A001..A006 arrive first
        clock.advance(minutes=1)
    for _ in range(3):
        priority.append(issue(station, "KTP", "disabilitas").code)  # A007..A009
        clock.advance(minutes=1)
    expected, n, p = [], iter(normal), iter(priority)
    for kind in rhythm:
        expected.append(next(p) if kind == "P" else next(n))
    called = [serve(station, 1) for _ in range(9)]
    assert called == expected
    if every == 3:
        assert called == ["A007", "A001", "A002", "A008", "A003", "A004", "A009", "A005", "A006"]


def test_policy_interleave_takes_priority_when_nobody_else_waits(station, clock):
    set_policy(station, "interleave", 3)
    issue(station, "KTP")
    clock.advance(minutes=1)
    issue(station, "KTP", "anak")
    clock.advance(minutes=1)
    issue(station, "KTP", "anak")
    # fresh counter: priority first; then one normal; then the last priority
    # although only one normal call was made, because no normal ticket waits
    assert [serve(station, 1) for _ in range(3)] == ["A002", "A001", "A003"]


def test_policy_interleave_rhythm_is_per_counter(station, clock):
    set_policy(station, "interleave", 3)
    for _ in range(4):
        issue(station, "KTP")
        clock.advance(minutes=1)
    issue(station, "KTP", "lansia")  # A005
    clock.advance(minutes=1)
    issue(station, "KTP", "lansia")  # A006
    assert serve(station, 1) == "A005"
    assert serve(station, 2) == "A006"  # loket 2 starts its own rhythm
    assert serve(station, 1) == "A001"


def test_policy_interleave_rhythm_starts_afresh_each_day(station, clock):
    set_policy(station, "interleave", 3)
    issue(station, "KTP", "lansia")
    assert serve(station, 1) == "A001"  # Monday's last call was a priority ticket
    clock.set(wib(date(2026, 11, 24), 8, 0))
    issue(station, "KTP")  # A001
    clock.advance(minutes=1)
    issue(station, "KTP", "lansia")  # A002
    # "a counter starting its day may take a priority ticket on its first call"
    assert serve(station, 1) == "A002"


def test_two_stations_on_one_file_never_share_a_number(station, db_path, clock):
    """Kiosks in separate processes on one SQLite file: allocation under the write lock."""
    other = Station.open(db_path, clock)
    try:
        stations = [station, other]
        errors = []

        def kiosk(st):
            try:
                for _ in range(10):
                    issue(st, "KTP")
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=kiosk, args=(st,)) for st in stations]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
    finally:
        other.close()
    numbers = sorted(r[0] for r in sql(station, "SELECT number FROM ticket"))
    assert numbers == list(range(1, 21))
    assert sequence_number(station, "KTP") == 20


def test_a_counter_holding_a_called_or_serving_ticket_cannot_call(station):
    issue(station, "KTP")
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    err = refused(station, queue.call_next, 1)
    assert err.code == "counter_busy"
    assert "A001" in err.message
    run(station, queue.start_service, "A001")
    assert refused(station, queue.call_next, 1).code == "counter_busy"
    # another counter is not blocked by loket 1
    assert run(station, queue.call_next, 2).code == "A002"
    run(station, queue.finish, "A001")
    assert refused(station, queue.call_next, 1).code == "queue_empty"


def test_empty_queue_is_refused(station):
    err = refused(station, queue.call_next, 1)
    assert err.code == "queue_empty"


def test_a_paused_counter_cannot_call(station):
    issue(station, "KTP")
    with station.uow() as uow:
        assert queue.set_counter_status(uow, 1, "paused") == "paused"
    assert refused(station, queue.call_next, 1).code == "counter_paused"
    with station.uow() as uow:
        with pytest.raises(InvalidInput):
            queue.set_counter_status(uow, 1, "lunch")
    run(station, queue.set_counter_status, 1, "open")
    assert run(station, queue.call_next, 1).code == "A001"


def test_unknown_counter(station):
    with station.uow() as uow:
        with pytest.raises(NotFound):
            queue.call_next(uow, 9)
        with pytest.raises(InvalidInput):
            queue.call_next(uow, "satu")


# --- recall, absent, return ---------------------------------------------------------------------


def test_recall_counts_calls_and_keeps_the_ticket(station, clock):
    first = issue(station, "KTP")
    run(station, queue.call_next, 1)
    clock.advance(minutes=1)
    again = run(station, queue.recall, "A001")
    clock.advance(minutes=1)
    third = run(station, queue.recall, "a1", counter=1)
    assert (again.call_count, third.call_count) == (2, 3)
    assert (third.id, third.code, third.status, third.counter_number) == (first.id, "A001", "called", 1)
    assert third.called_at == clock()
    assert ticket_count(station) == 1
    assert sequence_number(station, "KTP") == 1
    # the next ticket keeps the next number
    assert issue(station, "KTP").code == "A002"


def test_recall_of_a_waiting_ticket_is_refused(station):
    issue(station, "KTP")
    assert refused(station, queue.recall, "A001").code == "bad_transition"


def test_absent_needs_enough_calls(station):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    err = refused(station, queue.mark_absent, "A001")
    assert err.code == "too_few_calls"
    run(station, queue.recall, "A001")
    assert refused(station, queue.mark_absent, "A001").code == "too_few_calls"
    run(station, queue.recall, "A001")
    view = run(station, queue.mark_absent, "A001", counter=1)
    assert (view.status, view.call_count) == ("absent", 3)
    # the counter is free again
    issue(station, "KTP")
    assert run(station, queue.call_next, 1).code == "A002"


def test_absent_ticket_returns_to_the_end_of_the_queue_the_same_day(station, clock):
    issue(station, "KTP")  # A001 09.00
    run(station, queue.call_next, 1)
    run(station, queue.recall, "A001")
    run(station, queue.recall, "A001")
    run(station, queue.mark_absent, "A001")
    clock.set(wib(MONDAY, 9, 5))
    issue(station, "KTP")  # A002 09.05
    clock.set(wib(MONDAY, 9, 20))
    back = run(station, queue.return_ticket, "A001")
    assert (back.status, back.counter_number, back.call_count) == ("waiting", None, 0)
    assert back.queue_at == wib(MONDAY, 9, 20)
    assert back.issued_at == wib(MONDAY, 9, 0)
    assert back.people_ahead == 1
    clock.set(wib(MONDAY, 9, 25))
    issue(station, "KTP")  # A003 09.25, after the return
    assert [serve(station, 1) for _ in range(3)] == ["A002", "A001", "A003"]


def test_return_on_another_day_is_refused(station, clock):
    ticket = issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.recall, "A001")
    run(station, queue.recall, "A001")
    run(station, queue.mark_absent, "A001")
    clock.set(wib(date(2026, 11, 24), 9))
    err = refused(station, queue.return_ticket, ticket.id)
    assert err.code == "other_day"
    assert sql(station, "SELECT status FROM ticket")[0][0] == "absent"


def test_return_of_a_ticket_that_is_not_absent_is_refused(station):
    issue(station, "KTP")
    assert refused(station, queue.return_ticket, "A001").code == "bad_transition"


# --- start, finish, bad transitions ------------------------------------------------------------


def test_start_and_finish_with_an_outcome(station, clock):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    clock.advance(minutes=1)
    started = run(station, queue.start_service, "A001", counter=1)
    assert (started.status, started.started_at) == ("serving", wib(MONDAY, 9, 1))
    clock.advance(minutes=7)
    done = run(station, queue.finish, "A001", "KTP-el dicetak", counter=1)
    assert (done.status, done.finished_at, done.outcome) == ("done", wib(MONDAY, 9, 8), "KTP-el dicetak")
    with station.uow() as uow:
        history = queue.ticket_history(uow, "A001")
    assert history[-1].kind == "finished"
    assert history[-1].note == "KTP-el dicetak"


def test_outcome_note_too_long_is_invalid(station):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.start_service, "A001")
    with pytest.raises(InvalidInput):
        run(station, queue.finish, "A001", "x" * 2001)
    assert sql(station, "SELECT status FROM ticket")[0][0] == "serving"


def test_finish_from_waiting_is_refused_and_changes_nothing(station, clock):
    issue(station, "KTP")
    events_before = event_count(station)
    clock.advance(minutes=3)
    err = refused(station, queue.finish, "A001", "selesai")
    assert err.code == "bad_transition"
    with station.uow() as uow:
        ticket = queue.find_ticket(uow, "A001")
        assert (ticket.status, ticket.finished_at, ticket.outcome) == ("waiting", None, None)
        assert ticket.updated_at == wib(MONDAY, 9, 0)
        n_events = uow.session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
        )
    assert n_events == 1
    assert event_count(station) == events_before


def test_start_of_a_waiting_ticket_is_refused(station):
    issue(station, "KTP")
    assert refused(station, queue.start_service, "A001").code == "bad_transition"


# --- transfer -------------------------------------------------------------------------------------


def test_transfer_keeps_the_arrival_time_and_frees_the_counter(station, clock):
    issue(station, "KTP")  # A001 09.00
    clock.set(wib(MONDAY, 9, 5))
    issue(station, "KK")  # B001 09.05
    clock.set(wib(MONDAY, 9, 6))
    run(station, queue.call_next, 2)  # A001 at loket 2
    run(station, queue.start_service, "A001")
    clock.set(wib(MONDAY, 9, 10))
    moved = run(station, queue.transfer, "A001", "KK", counter=2, note="salah loket")
    assert (moved.code, moved.service_code, moved.status) == ("A001", "KK", "waiting")
    assert moved.issued_at == moved.queue_at == wib(MONDAY, 9, 0)
    assert (moved.counter_number, moved.call_count, moved.called_at, moved.started_at) == (None, 0, None, None)
    assert moved.people_ahead == 0  # ahead of B001, who came later
    # loket 2 is free again
    issue(station, "KTP")  # A002
    assert run(station, queue.call_next, 2).code == "A002"
    # in the KK queue the transferred ticket lands before the later arrival
    assert run(station, queue.call_next, 1).code == "A001"
    with station.uow() as uow:
        history = queue.ticket_history(uow, "A001")
    assert [e.kind for e in history] == ["issued", "called", "started", "transferred", "called"]
    event = history[3]
    assert (event.kind, event.service_code, event.to_service_code, event.counter_number, event.note) == (
        "transferred",
        "KTP",
        "KK",
        2,
        "salah loket",
    )


def test_transfer_to_the_same_service_is_refused(station):
    issue(station, "KTP")
    err = refused(station, queue.transfer, "A001", "KTP")
    assert err.code == "same_service"
    assert sql(station, "SELECT count(*) FROM ticket_event WHERE kind = 'transferred'")[0][0] == 0


def test_transfer_of_a_finished_ticket_is_refused(station):
    issue(station, "KTP")
    serve(station, 1)
    assert refused(station, queue.transfer, "A001", "KK").code == "bad_transition"


# --- hold, resume, cancel -------------------------------------------------------------------------


def test_hold_and_resume(station, clock):
    issue(station, "KTP")
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    started = run(station, queue.start_service, "A001")
    held = run(station, queue.hold, "A001", counter=1, note="ambil fotokopi KK")
    assert (held.status, held.counter_number) == ("held", 1)
    # the counter may call others meanwhile
    assert serve(station, 1) == "A002"
    clock.advance(minutes=10)
    back = run(station, queue.resume, "A001")
    assert (back.status, back.counter_number, back.started_at) == ("serving", 1, started.started_at)
    assert run(station, queue.finish, "A001").status == "done"


def test_resume_at_another_counter(station):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.hold, "A001")
    back = run(station, queue.resume, "A001", counter=2)
    assert (back.status, back.counter_number) == ("serving", 2)
    assert back.started_at is not None
    assert refused(station, queue.call_next, 2).code == "counter_busy"


def test_hold_of_a_waiting_ticket_is_refused(station):
    issue(station, "KTP")
    assert refused(station, queue.hold, "A001").code == "bad_transition"
    assert refused(station, queue.resume, "A001").code == "bad_transition"


def test_resume_onto_a_busy_counter_is_refused(station):
    issue(station, "KTP")
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.hold, "A001")
    run(station, queue.call_next, 1)  # A002 now called at loket 1
    err = refused(station, queue.resume, "A001")
    assert err.code == "counter_busy"


def test_cancel(station):
    issue(station, "KTP")
    issue(station, "KTP")
    view = run(station, queue.cancel, "A001", note="pemohon pulang")
    assert view.status == "cancelled"
    assert run(station, queue.call_next, 1).code == "A002"
    assert refused(station, queue.cancel, "A001").code == "bad_transition"
    serve_code = run(station, queue.start_service, "A002").code
    run(station, queue.finish, serve_code)
    assert refused(station, queue.cancel, "A002").code == "bad_transition"


# --- closing the day ------------------------------------------------------------------------------


def test_close_day_expires_every_open_ticket(station, clock):
    for _ in range(6):
        issue(station, "KTP")
    issue(station, "KK")  # B001 stays waiting
    serve(station, 1)  # A001 done
    run(station, queue.cancel, "A002")  # cancelled
    run(station, queue.call_next, 1)  # A003 called
    run(station, queue.call_next, 2)  # A004 called
    run(station, queue.start_service, "A004")  # serving
    run(station, queue.hold, "A004")  # held
    run(station, queue.call_next, 2)  # A005 called
    run(station, queue.recall, "A005")
    run(station, queue.recall, "A005")
    run(station, queue.mark_absent, "A005")  # absent
    # A006 and B001 waiting
    clock.set(wib(MONDAY, 16, 0))
    with station.uow() as uow:
        assert queue.close_day(uow) == 5
    statuses = dict(sql(station, "SELECT code, status FROM ticket"))
    assert statuses == {
        "A001": "done",
        "A002": "cancelled",
        "A003": "expired",
        "A004": "expired",
        "A005": "expired",
        "A006": "expired",
        "B001": "expired",
    }
    expired = sql(
        station,
        "SELECT t.code, e.from_status, e.note FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id "
        "WHERE e.kind = 'expired' ORDER BY t.code",
    )
    assert expired == [
        ("A003", "called", "hari layanan ditutup"),
        ("A004", "held", "hari layanan ditutup"),
        ("A005", "absent", "hari layanan ditutup"),
        ("A006", "waiting", "hari layanan ditutup"),
        ("B001", "waiting", "hari layanan ditutup"),
    ]
    with station.uow() as uow:
        assert queue.close_day(uow) == 0


def test_close_day_of_a_past_day_next_morning(station, clock):
    issue(station, "KTP")
    clock.set(wib(date(2026, 11, 24), 7, 30))
    with station.uow() as uow:
        assert queue.close_day(uow, MONDAY) == 1
    assert sql(station, "SELECT status FROM ticket")[0][0] == "expired"


# --- the counter named on the command --------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "args"),
    [
        (queue.recall, ()),
        (queue.start_service, ()),
        (queue.hold, ()),
        (queue.mark_absent, ()),
        (queue.transfer, ("KK",)),
    ],
    ids=["recall", "start", "hold", "absent", "transfer"],
)
def test_an_action_at_the_wrong_counter_is_refused(station, service, args):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    events = event_count(station)
    err = refused(station, service, "A001", *args, counter=2)
    assert err.code == "other_counter"
    assert event_count(station) == events
    assert sql(station, "SELECT status FROM ticket")[0][0] == "called"


def test_finish_at_the_wrong_counter_is_refused(station):
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.start_service, "A001", counter=1)
    err = refused(station, queue.finish, "A001", "x", counter=2)
    assert err.code == "other_counter"
    assert sql(station, "SELECT status, outcome FROM ticket") == [("serving", None)]


# --- waiting time estimates -------------------------------------------------------------------------


def test_wait_estimate_without_data_uses_the_catalogs_service_minutes(station):
    # KTP: 6 minutes, two open counters (1 and 2)
    views = [issue(station, "KTP") for _ in range(4)]
    assert [(v.people_ahead, v.estimated_wait_minutes) for v in views] == [(0, 0), (1, 3), (2, 6), (3, 9)]
    # KK: 10 minutes, one counter
    views = [issue(station, "KK") for _ in range(2)]
    assert [(v.people_ahead, v.estimated_wait_minutes) for v in views] == [(0, 0), (1, 10)]
    # PASPOR: 15 minutes, one counter
    views = [issue(station, "PASPOR") for _ in range(3)]
    assert [(v.people_ahead, v.estimated_wait_minutes) for v in views] == [(0, 0), (1, 15), (2, 30)]


def test_wait_estimate_uses_recent_service_times_and_open_counters(station, clock):
    issue(station, "KTP")
    issue(station, "KTP")
    run(station, queue.call_next, 1)
    run(station, queue.start_service, "A001")
    clock.advance(minutes=4)
    run(station, queue.finish, "A001")  # 4 minutes
    run(station, queue.call_next, 2)
    run(station, queue.start_service, "A002")
    clock.advance(minutes=10)
    run(station, queue.finish, "A002")  # 10 minutes: mean 7
    with station.uow() as uow:
        ktp = uow.session.scalars(select(Service).where(Service.code == "KTP")).one()
        assert queue.mean_service_minutes(uow, ktp) == pytest.approx(7.0)
    waits = [issue(station, "KTP") for _ in range(3)]  # A003..A005
    assert [(v.people_ahead, v.estimated_wait_minutes) for v in waits] == [
        (0, 0),
        (1, math.ceil(1 * 7 / 2)),
        (2, math.ceil(2 * 7 / 2)),
    ]
    assert [v.estimated_wait_minutes for v in waits] == [0, 4, 7]
    run(station, queue.set_counter_status, 2, "paused")
    a6 = issue(station, "KTP")
    assert (a6.people_ahead, a6.estimated_wait_minutes) == (3, 21)  # only loket 1 counts
    with station.uow() as uow:
        details = queue.ticket_details(uow, "A004")
    assert (details.people_ahead, details.estimated_wait_minutes) == (1, 7)
    run(station, queue.set_counter_status, 1, "paused")
    a7 = issue(station, "KTP")
    assert (a7.people_ahead, a7.estimated_wait_minutes) == (4, None)  # no counter open


def test_people_ahead_under_policy_first_counts_priority_tickets(station, clock):
    issue(station, "KTP")
    clock.advance(minutes=1)
    issue(station, "KTP")
    clock.advance(minutes=1)
    elder = issue(station, "KTP", "lansia")
    clock.advance(minutes=1)
    later = issue(station, "KTP")
    assert elder.people_ahead == 0
    assert later.people_ahead == 3
    with station.uow() as uow:
        assert queue.ticket_details(uow, "A001").people_ahead == 1  # the lansia goes first


def test_people_ahead_under_policy_interleave_counts_arrival_order(station, clock):
    set_policy(station, "interleave", 3)
    issue(station, "KTP")
    clock.advance(minutes=1)
    elder = issue(station, "KTP", "lansia")
    assert elder.people_ahead == 1
    with station.uow() as uow:
        assert queue.ticket_details(uow, "A001").people_ahead == 0


# --- history and overview -----------------------------------------------------------------------------


def test_ticket_history_lists_every_event_in_order(station, clock):
    issue(station, "KTP", "hamil")
    steps = [
        (queue.call_next, (1,)),
        (queue.recall, ("A001",)),
        (queue.recall, ("A001",)),
        (queue.mark_absent, ("A001",)),
        (queue.return_ticket, ("A001",)),
        (queue.call_next, (2,)),
        (queue.start_service, ("A001",)),
        (queue.hold, ("A001",)),
        (queue.resume, ("A001",)),
        (queue.transfer, ("A001", "KK")),
        (queue.call_next, (1,)),
        (queue.start_service, ("A001",)),
        (queue.finish, ("A001", "KK terbit")),
    ]
    for service, args in steps:
        clock.advance(minutes=1)
        run(station, service, *args)
    with station.uow() as uow:
        history = queue.ticket_history(uow, "A001")
    assert [e.kind for e in history] == [
        "issued",
        "called",
        "recalled",
        "recalled",
        "absent",
        "returned",
        "called",
        "started",
        "held",
        "resumed",
        "transferred",
        "called",
        "started",
        "finished",
    ]
    assert [(e.from_status, e.to_status) for e in history[:3]] == [
        (None, "waiting"),
        ("waiting", "called"),
        ("called", "called"),
    ]
    assert history[0].note == "hamil"
    assert [e.at for e in history] == [wib(MONDAY, 9, i) for i in range(14)]
    assert [e.counter_number for e in history] == [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1]
    assert [e.service_code for e in history][-4:] == ["KTP", "KK", "KK", "KK"]
    assert history[-1].to_status == "done"


def test_queue_overview_counts_the_day(station, clock):
    for _ in range(5):
        issue(station, "KTP")
    issue(station, "KK")
    issue(station, "PASPOR")
    serve(station, 2)  # A001 done at loket 2
    run(station, queue.call_next, 1)  # A002 called at loket 1
    run(station, queue.call_next, 2)  # A003 called at loket 2
    run(station, queue.start_service, "A003")  # serving
    run(station, queue.cancel, "A005")
    # A004 and B001 wait
    with station.uow(read_only=True) as uow:
        overview = {q.code: q for q in queue.queue_overview(uow)}
    assert list(overview) == ["KTP", "KK", "PASPOR"]  # by prefix
    ktp = overview["KTP"]
    assert (ktp.waiting, ktp.called, ktp.serving, ktp.done, ktp.cancelled, ktp.issued) == (1, 1, 1, 1, 1, 5)
    assert (ktp.held, ktp.absent, ktp.expired) == (0, 0, 0)
    assert ktp.counters_open == 2
    assert ktp.now_serving == [("A002", 1), ("A003", 2)]
    assert ktp.availability.open is True
    assert ktp.prefix == "A" and ktp.agency_code == "DUKCAPIL"
    kk = overview["KK"]
    assert (kk.waiting, kk.issued, kk.counters_open, kk.estimated_wait_minutes) == (1, 1, 1, 10)
    paspor = overview["PASPOR"]
    assert (paspor.waiting, paspor.issued, paspor.counters_open, paspor.now_serving) == (1, 1, 1, [])


def test_a_counter_paused_yesterday_opens_the_next_day(station, clock):
    run(station, queue.set_counter_status, 5, "paused")
    issue(station, "PASPOR")
    assert refused(station, queue.call_next, 5).code == "counter_paused"
    clock.set(wib(date(2026, 11, 24), 9))
    issue(station, "PASPOR")
    assert run(station, queue.call_next, 5).code == "P001"


def test_a_priority_ticket_moved_to_a_service_without_priority_loses_its_precedence(station):
    issue(station, "PASPOR")
    ticket = issue(station, "KTP", "lansia")
    moved = run(station, queue.transfer, ticket.code, "PASPOR")
    assert (moved.service_code, moved.priority_group, moved.issued_at) == ("PASPOR", None, ticket.issued_at)
    history = run(station, queue.ticket_history, ticket.code)
    assert "prioritas lansia tidak berlaku di PASPOR" in history[-1].note
    assert run(station, queue.call_next, 5).code == "P001"  # arrived first, and no jump ahead


def test_hours_left_out_are_stored_as_null(station):
    assert sql(station, "SELECT count(*) FROM service WHERE hours IS NULL")[0][0] == 3  # no service sets its own
    assert sql(station, "SELECT count(*) FROM service WHERE hours = 'null'")[0][0] == 0
