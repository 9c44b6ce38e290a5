"""app.supervisor: the live figures of a day built by real queue operations, checked
against the database read directly; and the supervisor's desk (sign-in, complaints
order, week and month bounds)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app import complaints, keys, queue
from app.auth import MAX_FAILURES
from app.config import StationConfig
from app.daily import DEFAULT_WAIT_TARGET_MINUTES
from app.errors import Refused
from app.ikm import ELEMENT_KEYS, compute_ikm
from app.supervisor import SupervisorDesk, live_figures, month_of, week_of
from app.survey import record_response
from tests.conftest import read_rows

WIB = ZoneInfo("Asia/Jakarta")
COMPLAINT = {
    "identitas": "anonim",
    "instansi": "DUKCAPIL",
    "layanan": "KTP",
    "waktu_kejadian": "2026-11-13",
    "tempat": "Loket 2",
    "uraian": "Antrean tidak bergerak selama satu jam.",
    "kerugian": "Waktu kerja hilang.",
    "tuntutan": "Loket ditambah pada jam sibuk.",
    "kanal": "loket",
}


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "keys" / "personal-data.key"
    monkeypatch.setenv(keys.KEY_ENV, str(path))
    return path


def at(clock, hour: int, minute: int, day: date = date(2026, 11, 23)) -> None:
    clock.set(datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB))


def act(station, fn, *args, **kwargs):
    with station.uow() as uow:
        return fn(uow, *args, **kwargs)


def live(station):
    with station.uow(read_only=True) as uow:
        return live_figures(uow)


def build_morning(station, clock) -> dict:
    """Monday morning at MPP Uji: every kind of ticket state, a transfer, a break,
    complaints old and new, and one survey answer. Returns what the test needs."""
    # a complaint filed a week ago, never verified (past its 3 working days), one settled
    at(clock, 10, 0, date(2026, 11, 16))
    late = act(station, complaints.add_complaint, COMPLAINT, complaints.CLI).nomor
    settled = act(station, complaints.add_complaint, COMPLAINT, complaints.CLI).nomor
    for to, extra in [("diverifikasi", {}), ("didisposisikan", {}), ("ditindaklanjuti", {}),
                      ("selesai", {"note": "Loket ditambah."})]:
        act(station, complaints.advance, settled, to, actor=complaints.CLI, **extra)
    at(clock, 9, 0)
    for service in ("KTP", "KTP", "KK", "PASPOR"):
        act(station, queue.issue_ticket, service)  # A001 A002 B001 P001
    at(clock, 9, 5)
    act(station, queue.issue_ticket, "KTP")  # A003
    fresh = act(station, complaints.add_complaint, COMPLAINT | {"waktu_kejadian": "2026-11-23"}, complaints.CLI).nomor
    at(clock, 9, 10)
    assert act(station, queue.call_next, 1).code == "A001"
    act(station, queue.start_service, "A001", 1)
    assert act(station, queue.call_next, 2).code == "A002"
    act(station, queue.recall, "A002", 2)
    act(station, queue.recall, "A002", 2)
    act(station, queue.mark_absent, "A002", 2)
    at(clock, 9, 20)
    act(station, queue.finish, "A001", None, 1)
    assert act(station, queue.call_next, 2).code == "A003"
    act(station, queue.transfer, "A003", "KK", 2)  # waits again, at KK, from its arrival at 09.05
    assert act(station, queue.call_next, 1).code == "B001"
    act(station, queue.set_counter_status, 5, "paused")
    answers = {key: 3 + (i % 2) for i, key in enumerate(ELEMENT_KEYS)}
    act(station, record_response, ticket_ref="A001", answers=answers)
    at(clock, 9, 47)
    return {"late": late, "settled": settled, "fresh": fresh, "answers": answers}


def test_live_figures_agree_with_the_database_after_a_real_morning(station, clock, db_path):
    made = build_morning(station, clock)
    figures = live(station)
    assert figures.day == date(2026, 11, 23)
    assert figures.mpp_name == "MPP Uji"

    # per service, each count as the ticket table says (status now, at the service now)
    now_by_status = {}
    for code, status, n in read_rows(db_path, "SELECT s.code, t.status, count(*) FROM ticket t JOIN service s "
                                              "ON s.id = t.service_id GROUP BY s.code, t.status"):
        now_by_status[code, status] = n
    issued = dict(read_rows(db_path, "SELECT s.code, count(*) FROM ticket t JOIN service s "
                                     "ON s.id = t.issued_service_id GROUP BY s.code"))
    lines = {s.code: s for s in figures.per_service}
    assert set(lines) == {"KTP", "KK", "PASPOR"}
    for code, line in lines.items():
        n = lambda *statuses: sum(now_by_status.get((code, s), 0) for s in statuses)  # noqa: E731
        assert line.counts.issued == issued.get(code, 0), code
        assert line.counts.waiting == n("waiting"), code
        assert line.counts.called == n("called", "serving"), code
        assert line.counts.served == n("done"), code
        assert line.counts.absent == n("absent"), code
    # the transfer moved A003: issued at KTP, waiting at KK
    assert (lines["KTP"].counts.issued, lines["KK"].counts.waiting) == (3, 1)
    assert lines["KK"].counts.called == 1  # B001 at loket 1
    assert figures.totals.issued == sum(issued.values())
    for agency in figures.per_agency:
        assert agency.counts.waiting == sum(s.counts.waiting for s in agency.services)

    # counters: 1 and 2 at work, 5 on a break; nobody used the others (there are none here)
    states = dict(read_rows(db_path, "SELECT c.number, s.status FROM counter c JOIN counter_state s "
                                     "ON s.counter_id = c.id"))
    assert [(c.number, c.status) for c in figures.counters] == sorted(states.items())
    assert figures.counters_open == 2
    assert [c.number for c in figures.counters_on_break] == [5]
    assert (lines["KTP"].counters_open, lines["KK"].counters_open, lines["PASPOR"].counters_open) == (2, 1, 0)

    # the longest wait: P001, waiting since 09.00, at 09.47
    waits = read_rows(db_path, "SELECT code, issued_at FROM ticket WHERE status = 'waiting' ORDER BY issued_at, id")
    assert figures.longest_wait.code == waits[0][0] == "P001"
    assert figures.longest_wait.minutes == 47
    assert lines["KK"].longest_wait.code == "A003" and lines["KK"].longest_wait.minutes == 42
    assert lines["KTP"].longest_wait is None
    # KK sets no target: app.daily's default holds, and 42 minutes is past it
    assert lines["KK"].wait_target_minutes == DEFAULT_WAIT_TARGET_MINUTES < 42 and lines["KK"].over_target
    assert not lines["KTP"].over_target

    # absent rate: of the calls that ended (served or absent), the share absent
    served, absent = figures.totals.served, figures.totals.absent
    assert (served, absent) == (1, 1)
    assert figures.absent_rate_pct == 50.0

    # complaints: as the complaints desk lists them
    with station.uow(read_only=True) as uow:
        every = complaints.list_complaints(uow, complaints.CLI)
        overdue = complaints.list_complaints(uow, complaints.CLI, overdue_only=True)
    assert figures.complaints_open == sum(1 for c in every if c.stage in complaints.OPEN_STAGES) == 2
    assert figures.complaints_overdue == len(overdue) == 1
    assert overdue[0].nomor == made["late"]

    # the survey: one respondent, the IKM exactly as app.ikm computes it
    expected = compute_ikm([made["answers"]])
    assert figures.survey_respondents == 1
    assert figures.ikm == expected.ikm_konversi and figures.mutu == expected.mutu


def test_the_longest_wait_grows_with_the_clock_and_ends_when_called(station, clock):
    at(clock, 9, 0)
    act(station, queue.issue_ticket, "KTP")
    at(clock, 9, 30)
    assert live(station).longest_wait.minutes == 30
    at(clock, 10, 15)
    assert live(station).longest_wait.minutes == 75
    act(station, queue.call_next, 1)
    assert live(station).longest_wait is None


def test_a_closed_day_counts_its_absent_tickets_as_absent(station, clock):
    build_morning(station, clock)
    before = live(station)
    at(clock, 15, 30)
    act(station, queue.close_day)
    after = live(station)
    assert after.totals.absent == before.totals.absent == 1
    assert after.totals.waiting == 0 and after.longest_wait is None
    assert after.absent_rate_pct == before.absent_rate_pct


def test_an_empty_morning_has_no_rate_and_no_wait(station):
    figures = live(station)
    assert figures.totals.issued == 0
    assert figures.absent_rate_pct is None and figures.longest_wait is None
    assert figures.counters == () and figures.ikm is None and figures.survey_respondents == 0
    assert {s.code for s in figures.per_service} == {"KTP", "KK", "PASPOR"}


def test_the_station_takes_supervisors_and_admins_only(station):
    desk = SupervisorDesk(station, StationConfig())
    assert desk.sign_in("budi", "rahasia-budi").role == "supervisor"
    with pytest.raises(Refused) as error:
        desk.sign_in("siti", "rahasia-siti")
    assert error.value.code == "wrong_role"
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(Refused) as error:
            desk.sign_in("budi", "salah")
        assert error.value.code == "bad_credentials"
    with pytest.raises(Refused) as error:
        desk.sign_in("budi", "salah")
    assert error.value.code == "locked"
    with pytest.raises(Refused) as error:
        desk.sign_in("budi", "rahasia-budi")
    assert error.value.code == "locked"


def test_the_complaints_desk_lists_overdue_first_then_open_then_closed(station, clock):
    made = build_morning(station, clock)
    desk = SupervisorDesk(station, StationConfig())
    staff = desk.sign_in("budi", "rahasia-budi")
    rows = desk.complaints(staff)
    assert [r.nomor for r in rows] == [made["late"], made["fresh"], made["settled"]]
    assert rows[0].overdue and not rows[1].overdue and rows[2].stage == "selesai"


def test_week_and_month_bounds():
    assert week_of(date(2026, 11, 25)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_of(date(2026, 11, 23))[0] == date(2026, 11, 23)
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_of(date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    start, end = month_of(date(2026, 11, 5))
    assert (end - start) == timedelta(days=29)
