"""The survey (SKM) through app/survey.py on real SQLite files: recording a
response, importing paper forms, the IKM over a range, periods and the
report's data. Figures are worked by hand in the comments.

The test catalog (tests/fixtures/catalog.toml): KTP (prefix A) and KK (B) of
DUKCAPIL, PASPOR (P) of IMIGRASI; loket 1 serves KTP and KK, loket 2 KTP,
loket 5 PASPOR. The clock starts on Monday 2026-11-23 09.00 WIB.
"""

from __future__ import annotations

import inspect
import shutil
import sqlite3
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import update

from app import queue
from app.clock import ManualClock
from app.errors import InvalidInput, NotFound, Refused
from app.ikm import ELEMENT_KEYS
from app.printing import ticket_qr_payload
from app.survey import (
    Period,
    check_ticket_for_survey,
    ikm_of_file,
    ikm_over,
    ikm_report_data,
    import_survey_file,
    parse_period,
    record_response,
)
from app.survey_file import COLUMNS
from app.uow import Station
from db.engine import make_engine
from db.migrate import current_revision, head_revision
from db.models import SURVEY_ELEMENTS, Base, Service
from tests.conftest import MONDAY_9AM, ROOT, read_rows

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)
GOOD = dict.fromkeys(ELEMENT_KEYS, 3)


def run(station, service, *args, **kwargs):
    with station.uow() as uow:
        return service(uow, *args, **kwargs)


def answer(station, **kwargs):
    kwargs.setdefault("answers", GOOD)
    with station.uow() as uow:
        return record_response(uow, **kwargs)


def served(station, code="KTP", counter=1) -> str:
    """Issue a ticket, call it at `counter`, start and finish it: its number."""
    run(station, queue.issue_ticket, code)
    view = run(station, queue.call_next, counter)
    run(station, queue.start_service, view.code)
    run(station, queue.finish, view.code)
    return view.code


def scores(*values):
    return dict(zip(ELEMENT_KEYS, values, strict=True))


def responses(db_path) -> list[tuple]:
    return read_rows(db_path, "SELECT business_date, channel, ticket_id FROM survey_response ORDER BY answered_at, id")


def count(db_path, table: str) -> int:
    return read_rows(db_path, f"SELECT count(*) FROM {table}")[0][0]


# --- the table -------------------------------------------------------------------------------------


def test_one_column_per_element_and_no_name_or_nik_anywhere(db_path):
    assert SURVEY_ELEMENTS == ELEMENT_KEYS
    columns = [row[1] for row in read_rows(db_path, "PRAGMA table_info(survey_response)")]
    assert set(ELEMENT_KEYS) <= set(columns)
    # anonymous by law: nothing that names the respondent, in the table or the service's signature
    for word in ("nama", "name", "nik", "phone", "telepon", "email", "alamat"):
        assert not [c for c in columns if word in c.lower()], word
        assert not [p for p in inspect.signature(record_response).parameters if word in p.lower()], word
    assert not [c for c in COLUMNS if "nik" in c or "nama" in c]


def test_the_database_refuses_a_score_outside_1_to_4_and_a_second_response_per_ticket(station, db_path):
    served(station)
    answer(station, ticket_ref="A001")
    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT * FROM survey_response").fetchone()
    names = [d[0] for d in conn.execute("SELECT * FROM survey_response").description]
    for column, value in (("sarana", 5), ("waktu", 0), ("channel", "web")):
        copy = dict(zip(names, row)) | {"id": uuid.uuid4().hex, "ticket_id": None, column: value}
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(f"INSERT INTO survey_response ({', '.join(copy)}) VALUES ({', '.join('?' * len(copy))})", list(copy.values()))
    twice = dict(zip(names, row)) | {"id": uuid.uuid4().hex}
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute(f"INSERT INTO survey_response ({', '.join(twice)}) VALUES ({', '.join('?' * len(twice))})", list(twice.values()))
    # many responses without a ticket are fine (NULLs are distinct)
    for _ in range(2):
        free = dict(zip(names, row)) | {"id": uuid.uuid4().hex, "ticket_id": None}
        conn.execute(f"INSERT INTO survey_response ({', '.join(free)}) VALUES ({', '.join('?' * len(free))})", list(free.values()))
    conn.close()


def test_upgrade_from_a_0001_file_that_holds_data(tmp_path):
    # a station of the first release (commit 77a4ceb): the test catalog and ticket A001 served
    # at loket 1, written by that release's own `mpp` into tests/fixtures/release1.sqlite
    path = tmp_path / "release1.sqlite"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "release1.sqlite", path)
    engine = make_engine(path)
    assert current_revision(engine) == "0001"
    engine.dispose()
    code = "A001"
    outbox_before = read_rows(path, "SELECT seq, entity, op FROM outbox ORDER BY seq")
    station_id = uuid.UUID(read_rows(path, "SELECT value FROM local_state WHERE key = 'station_id'")[0][0])

    station = Station.open(path, ManualClock(MONDAY_9AM + timedelta(minutes=20)))
    try:
        assert current_revision(station.db.engine) == head_revision()
        with station.db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert station.station_id == station_id
        assert read_rows(path, "SELECT code, status FROM ticket") == [(code, "done")]
        assert read_rows(path, "SELECT seq, entity, op FROM outbox ORDER BY seq") == outbox_before
        view = answer(station, ticket_ref=code)
        assert (view.service_code, view.ticket_code) == ("KTP", "A001")
    finally:
        station.close()


# --- record_response ------------------------------------------------------------------------------


def test_a_response_for_a_service_is_stored_with_its_day_and_goes_to_the_outbox(station, db_path):
    before = count(db_path, "outbox")
    view = answer(
        station, service_code="kk", jenis_kelamin="p", usia=34, pendidikan="s1", pekerjaan="Wirausaha",
        answers=scores(4, 3, None, 4, 3, 3, 4, 2, 3), saran="  Antrian cepat 👍🏽, petugas ramah  ",
    )  # fmt: skip
    assert (view.service_code, view.business_date, view.channel, view.ticket_code) == ("KK", MONDAY, "kiosk", None)
    assert (view.jenis_kelamin, view.usia, view.pendidikan, view.pekerjaan) == ("P", 34, "S1", "WIRAUSAHA")
    assert view.answers == scores(4, 3, None, 4, 3, 3, 4, 2, 3)
    assert view.saran == "Antrian cepat 👍🏽, petugas ramah"  # emoji kept (with its skin tone), spaces trimmed
    stored = read_rows(
        db_path,
        f"SELECT business_date, answered_at, channel, {', '.join(ELEMENT_KEYS)}, saran, station_id FROM survey_response",
    )
    assert stored == [
        ("2026-11-23", "2026-11-23 02:00:00.000000", "kiosk", 4, 3, None, 4, 3, 3, 4, 2, 3,
         "Antrian cepat 👍🏽, petugas ramah", station.station_id.hex),
    ]  # fmt: skip
    outbox = read_rows(db_path, "SELECT entity, entity_id, op, payload FROM outbox WHERE seq > ?", before)
    assert [(e, i, op) for e, i, op, _ in outbox] == [("survey_response", view.id, "insert")]
    assert '"waktu": null' in outbox[0][3] and '"saran": "Antrian cepat' in outbox[0][3]


def test_a_ticket_answers_once_by_number_qr_or_id(station, db_path):
    first = served(station)
    view = answer(station, ticket_ref="a1")  # today's number, as typed
    assert (view.ticket_code, view.service_code) == (first, "KTP")
    again = pytest.raises(Refused, answer, station, ticket_ref=first)
    assert again.value.code == "already_answered"
    ticket_id = read_rows(db_path, "SELECT id FROM ticket WHERE code = ?", first)[0][0]
    for ref in (ticket_qr_payload(uuid.UUID(ticket_id)).lower() + "\n", str(uuid.UUID(ticket_id))):
        with pytest.raises(Refused) as info:
            answer(station, ticket_ref=ref)
        assert info.value.code == "already_answered"

    assert answer(station, ticket_ref="  ", service_code="KTP").ticket_code is None  # an empty field: no ticket
    with pytest.raises(InvalidInput, match="number of the day"):
        answer(station, ticket_ref=42)

    second = served(station, "KK")
    qr = ticket_qr_payload(uuid.UUID(read_rows(db_path, "SELECT id FROM ticket WHERE code = ?", second)[0][0]))
    assert answer(station, ticket_ref=qr.upper(), channel="tablet").ticket_code == second  # a scanner in caps lock
    third = served(station, "KK")
    third_id = uuid.UUID(read_rows(db_path, "SELECT id FROM ticket WHERE code = ?", third)[0][0])
    assert answer(station, ticket_ref=third_id).ticket_code == third
    assert count(db_path, "survey_response") == 4


def test_the_service_is_the_one_that_served_the_ticket(station):
    run(station, queue.issue_ticket, "KTP")
    run(station, queue.transfer, "A001", "KK")
    run(station, queue.call_next, 1)
    run(station, queue.start_service, "A001")
    run(station, queue.finish, "A001")
    with pytest.raises(InvalidInput, match="served by KK, not KTP"):
        answer(station, ticket_ref="A001", service_code="KTP")
    view = answer(station, ticket_ref="A001", service_code="kk")
    assert view.service_code == "KK"


def test_a_ticket_not_served_yet_cannot_answer(station, db_path):
    run(station, queue.issue_ticket, "KTP")
    for step in (None, queue.call_next):
        if step:
            run(station, step, 1)
        with pytest.raises(Refused) as info:
            answer(station, ticket_ref="A001")
        assert info.value.code == "not_served"
    run(station, queue.start_service, "A001")
    assert answer(station, ticket_ref="A001").ticket_code == "A001"  # while being served is fine
    with pytest.raises(NotFound):
        answer(station, ticket_ref="A009")
    with pytest.raises(InvalidInput, match="neither a ticket number"):
        answer(station, ticket_ref="MPP-T:not-a-uuid")
    assert count(db_path, "survey_response") == 1


def test_a_ticket_is_checked_before_the_questions_without_changing_anything(station, db_path):
    run(station, queue.issue_ticket, "KTP")
    before = count(db_path, "outbox")
    with station.uow(read_only=True) as uow, pytest.raises(Refused) as info:
        check_ticket_for_survey(uow, "A001")
    assert info.value.code == "not_served"
    assert count(db_path, "outbox") == before
    code = served(station)  # A001, the oldest waiting
    with station.uow(read_only=True) as uow:
        assert check_ticket_for_survey(uow, code).code == code == "A001"
    assert count(db_path, "survey_response") == 0
    answer(station, ticket_ref=code)
    with station.uow(read_only=True) as uow, pytest.raises(Refused) as info:
        check_ticket_for_survey(uow, code)
    assert info.value.code == "already_answered"


def test_too_soon_on_this_station_only(station, clock, db_path):
    answer(station, service_code="KTP", min_interval_seconds=60)
    clock.advance(seconds=59)
    with pytest.raises(Refused) as info:
        answer(station, service_code="KTP", min_interval_seconds=60)
    assert info.value.code == "too_soon" and "59 s ago" in info.value.message
    assert answer(station, service_code="KTP").service_code == "KTP"  # no guard asked: recorded
    clock.advance(seconds=59)
    with pytest.raises(Refused):  # the guard counts from the last response, whatever its guard
        answer(station, service_code="KTP", min_interval_seconds=60)
    clock.advance(seconds=1)
    answer(station, service_code="KTP", min_interval_seconds=60)
    # a response another station made (it reached us through sync) does not hold this kiosk back
    clock.advance(seconds=1)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE survey_response SET station_id = ?", (uuid.uuid4().hex,))
    conn.commit()
    conn.close()
    answer(station, service_code="KTP", min_interval_seconds=60)
    assert count(db_path, "survey_response") == 4


def test_too_soon_holds_across_midnight(station, clock):
    clock.set(datetime(2026, 11, 23, 23, 59, 50, tzinfo=WIB))
    answer(station, service_code="KTP", min_interval_seconds=30)
    clock.advance(seconds=20)  # 00.00.10 on Tuesday
    with pytest.raises(Refused, match="20 s ago"):
        answer(station, service_code="KTP", min_interval_seconds=30)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"answers": dict.fromkeys(ELEMENT_KEYS)}, "none of the nine"),
        ({"answers": {}}, "none of the nine"),
        ({"answers": dict.fromkeys(ELEMENT_KEYS, " ")}, "none of the nine"),
        ({"answers": GOOD | {"kebersihan": 4}}, "unknown survey element"),
        ({"answers": GOOD | {"sarana": 5}}, "sarana must be a score from 1 to 4"),
        ({"answers": GOOD | {"waktu": 0}}, "waktu must be a score from 1 to 4"),
        ({"answers": GOOD | {"biaya": True}}, "biaya must be a score"),
        ({"answers": GOOD | {"biaya": 2.5}}, "biaya must be a score"),
        ({"jenis_kelamin": "X"}, "jenis_kelamin must be L or P"),
        ({"usia": 5}, "usia must be a whole number from 10 to 120"),
        ({"usia": "tiga puluh"}, "usia must be a whole number"),
        ({"pendidikan": "S4"}, "pendidikan must be one of SD, SMP"),
        ({"pekerjaan": "Petani"}, "pekerjaan must be one of PNS"),
        ({"saran": "x" * 2001}, "saran is 2001 characters long; at most 2000"),
        ({"saran": "bagus\x07"}, "control character (U+0007)"),
        ({"saran": "bagus\x00"}, "control character (U+0000)"),
        ({"saran": "\u202egnalaP"}, "control character (U+202E)"),
        ({"channel": "web"}, "channel must be one of kiosk, tablet, paper"),
        ({"min_interval_seconds": -1}, "min_interval_seconds"),
        ({"service_code": None}, "needs a service code or a ticket"),
        ({"service_code": "NOPE"}, "no service with code"),
    ],
)
def test_bad_responses_are_refused_and_change_nothing(station, db_path, kwargs, message):
    before = count(db_path, "outbox")
    kwargs = {"service_code": "KTP"} | kwargs
    with pytest.raises((InvalidInput, NotFound)) as info:
        answer(station, **kwargs)
    assert message in info.value.message
    if "none of the nine" in message:
        assert info.value.code == "no_answers"
    assert count(db_path, "survey_response") == 0
    assert count(db_path, "outbox") == before


def test_values_are_read_as_the_paper_file_reads_them(station):
    view = answer(
        station, service_code="KTP", jenis_kelamin=" l ", usia="45", pendidikan="d4", pekerjaan="lainnya",
        answers={"persyaratan": 4, "sarana": "3"}, saran="Baris satu\r\nBaris dua\tdan tab",
    )  # fmt: skip
    assert (view.jenis_kelamin, view.usia, view.pendidikan, view.pekerjaan) == ("L", 45, "D4", "LAINNYA")
    assert view.answers == {k: {"persyaratan": 4, "sarana": 3}.get(k) for k in ELEMENT_KEYS}
    assert view.saran == "Baris satu\nBaris dua\tdan tab"
    assert answer(station, service_code="KTP", saran="   ").saran is None
    assert len(answer(station, service_code="KTP", saran="😀" * 2000).saran) == 2000


def test_a_retired_service_takes_no_kiosk_response(station):
    with station.uow() as uow:
        uow.session.execute(update(Service).where(Service.code == "KK").values(active=False))
        uow.commit()
    with pytest.raises(Refused) as info:
        answer(station, service_code="KK")
    assert info.value.code == "inactive_service"


# --- paper forms -------------------------------------------------------------------------------------

HEADER = ",".join(COLUMNS)


def survey_csv(tmp_path, *lines, name="skm.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_stores_every_row_as_paper_in_one_go(station, db_path, tmp_path):
    path = survey_csv(
        tmp_path,
        "2026-11-20,KTP,L,34,S1,PNS,4,3,3,4,3,3,4,3,3,Ruang tunggu nyaman",
        "2026-11-02,kk,p,,sma,wirausaha,3,,2,4,,3,3,1,2,",
        "2026-11-23,PASPOR,,,,,1,1,1,1,1,1,1,1,1,",
        "2026-11-21,KTP,,,,,4,4,4,4,4,4,4,4,4,",
    )
    before = count(db_path, "outbox")
    with station.uow() as uow:
        summary = import_survey_file(uow, path)
    assert (summary.rows, summary.first_date, summary.last_date) == (4, date(2026, 11, 2), date(2026, 11, 23))
    assert summary.services == {"KK": 1, "KTP": 2, "PASPOR": 1}
    assert read_rows(db_path, "SELECT DISTINCT channel, ticket_id FROM survey_response") == [("paper", None)]
    # a paper form gives its day only: answered at the start of that day in WIB
    assert read_rows(db_path, "SELECT answered_at FROM survey_response WHERE business_date = '2026-11-02'") == [
        ("2026-11-01 17:00:00.000000",)
    ]
    assert read_rows(db_path, "SELECT jenis_kelamin, usia, pendidikan, pekerjaan, prosedur FROM survey_response WHERE business_date = '2026-11-02'") == [
        ("P", None, "SMA", "WIRAUSAHA", None)
    ]
    assert count(db_path, "outbox") == before + 4
    # paper forms do not trip the kiosk's guard
    answer(station, service_code="KTP", min_interval_seconds=3600)


def test_import_with_one_bad_row_stores_nothing_and_names_it(station, db_path, tmp_path):
    path = survey_csv(
        tmp_path,
        "2026-11-20,KTP,L,34,S1,PNS,4,3,3,4,3,3,4,3,3,",
        "2026-11-20,KTP,L,34,S1,PNS,4,3,3,4,5,3,4,3,3,",
        "2026-11-20,SKCK,L,34,S1,PNS,4,3,3,4,3,3,4,3,3,",
    )
    before = count(db_path, "outbox")
    with station.uow() as uow, pytest.raises(InvalidInput) as info:
        import_survey_file(uow, path)
    assert info.value.code == "bad_survey_file"
    assert "row 2: produk must be a score from 1 to 4" in info.value.message
    assert "row 3: layanan 'SKCK' is not a service of this MPP" in info.value.message
    assert "row 1:" not in info.value.message
    assert info.value.details["rows"] == [2, 3]
    assert count(db_path, "survey_response") == 0 and count(db_path, "outbox") == before


def test_import_refuses_forms_dated_after_today(station, db_path, tmp_path):
    path = survey_csv(
        tmp_path,
        "2026-11-23,KTP,,,,,4,3,3,4,3,3,4,3,3,",
        "2027-11-23,KTP,,,,,4,3,3,4,3,3,4,3,3,",
    )
    with station.uow() as uow, pytest.raises(InvalidInput) as info:
        import_survey_file(uow, path)
    assert "row 2: tanggal is after today (2026-11-23)" in info.value.message
    assert count(db_path, "survey_response") == 0


# --- the IKM over a range -----------------------------------------------------------------------------


@pytest.fixture
def worked(station, clock):
    """Three responses and the tickets served, on Monday and Tuesday.

    Monday: KTP tickets A001 and A002 served; A003 issued for KTP, transferred
    to KK and served there (it counts for KK); A004 left waiting.
    Responses (persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana):
      R1 KTP Monday, ticket A001: 4 3 2 4 3 4 4 1 3
      R2 KTP Monday:              3 3 3 4 3 3 4 - 2   (pengaduan blank)
    Tuesday: one KK ticket B001 served.
      R3 KK Tuesday, ticket B001: 2 4 - 4 4 3 3 2 4   (waktu blank)
    """
    served(station, "KTP")
    served(station, "KTP", counter=2)
    run(station, queue.issue_ticket, "KTP")
    run(station, queue.transfer, "A003", "KK")
    assert run(station, queue.call_next, 1).service_code == "KK"
    run(station, queue.start_service, "A003")
    run(station, queue.finish, "A003")
    run(station, queue.issue_ticket, "KTP")
    clock.advance(minutes=5)
    answer(station, ticket_ref="A001", answers=scores(4, 3, 2, 4, 3, 4, 4, 1, 3))
    clock.advance(minutes=5)
    answer(station, service_code="KTP", answers=scores(3, 3, 3, 4, 3, 3, 4, None, 2))
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=WIB))
    served(station, "KK")
    answer(station, ticket_ref="B001", answers=scores(2, 4, None, 4, 4, 3, 3, 2, 4))
    return station


def ikm(station, *args, **kwargs):
    with station.uow(read_only=True) as uow:
        return ikm_over(uow, *args, **kwargs)


def test_ikm_over_everything_worked_by_hand(worked):
    figures = ikm(worked, None, None)
    # NRR = sum / answered: persyaratan 9/3, prosedur 10/3, waktu 5/2, biaya 12/3, produk 10/3,
    # kompetensi 10/3, perilaku 11/3, pengaduan 3/2, sarana 9/3
    assert figures.respondents == 3
    assert figures.nrr == {
        "persyaratan": 3.0, "prosedur": 10 / 3, "waktu": 2.5, "biaya": 4.0, "produk": 10 / 3,
        "kompetensi": 10 / 3, "perilaku": 11 / 3, "pengaduan": 1.5, "sarana": 3.0,
    }  # fmt: skip
    # sum of NRRs = 3 + 2.5 + 4 + 1.5 + 3 + (10 + 10 + 10 + 11)/3 = 14 + 41/3 = 83/3; IKM = 83/27
    assert figures.result.ikm_exact == Fraction(83, 27)
    assert figures.ikm == pytest.approx(3.0740740740740744)
    # x 25 = 2075/27 = 76.851..., rounded 76.85: B (76.61 - 88.30), Baik
    assert (figures.ikm_konversi, figures.mutu, figures.kinerja) == (Decimal("76.85"), "B", "Baik")
    # served: A001, A002 (KTP), A003 (KK, after its transfer) on Monday, B001 on Tuesday; A004 waits
    # Krejcie-Morgan for N = 4: 3.841*4*0.25 / (0.0025*3 + 3.841*0.25) = 3.841/0.967750 = 3.969 -> 4
    assert (figures.population, figures.sample_min, figures.sample_ok) == (4, 4, False)
    assert figures.result.answered["waktu"] == 2 and figures.result.answered["pengaduan"] == 2


def test_ikm_over_a_service_an_agency_and_a_range(worked):
    ktp = ikm(worked, MONDAY, MONDAY, service_code="ktp")
    # R1 and R2: NRR 7/2, 6/2, 5/2, 8/2, 6/2, 7/2, 8/2, 1/1 (one answer), 5/2; sum 27, IKM 3.00 -> 75.00, C
    assert ktp.respondents == 2
    assert ktp.nrr["pengaduan"] == 1.0 and ktp.nrr["persyaratan"] == 3.5
    assert (ktp.ikm, ktp.ikm_konversi, ktp.mutu, ktp.kinerja) == (3.0, Decimal("75.00"), "C", "Kurang Baik")
    # population KTP on Monday: A001, A002 (A003 was served by KK); minimum for N = 2 is 2
    assert (ktp.population, ktp.sample_min, ktp.sample_ok) == (2, 2, True)

    tuesday = ikm(worked, TUESDAY, None)
    # R3 alone: waktu unanswered, IKM = mean of the 8 others = (2+4+4+4+3+3+2+4)/8 = 26/8 = 3.25 -> 81.25, B
    assert (tuesday.respondents, tuesday.nrr["waktu"], tuesday.ikm_konversi) == (1, None, Decimal("81.25"))
    assert tuesday.result.missing == ("waktu",)
    assert tuesday.population == 1

    kk = ikm(worked, None, MONDAY, service_code="KK")
    assert (kk.respondents, kk.ikm, kk.population, kk.sample_min, kk.sample_ok) == (0, None, 1, 1, False)

    dukcapil = ikm(worked, MONDAY, TUESDAY, agency_code="dukcapil")
    assert dukcapil.ikm_konversi == Decimal("76.85") and dukcapil.population == 4
    imigrasi = ikm(worked, None, None, agency_code="IMIGRASI")
    assert (imigrasi.respondents, imigrasi.ikm_konversi, imigrasi.mutu, imigrasi.population) == (0, None, None, 0)
    assert (imigrasi.sample_min, imigrasi.sample_ok) == (0, True)

    with pytest.raises(InvalidInput, match="not a service of IMIGRASI"):
        ikm(worked, None, None, service_code="KTP", agency_code="IMIGRASI")
    with pytest.raises(NotFound, match="no agency"):
        ikm(worked, None, None, agency_code="SAMSAT")
    with pytest.raises(InvalidInput, match="starts .* after it ends"):
        ikm(worked, TUESDAY, MONDAY)


def test_ikm_of_a_file_stores_nothing(station, db_path, tmp_path):
    # the published triwulan of 29 respondents (skm.md): unsur totals 105, 101, 100, 116, 102, 105, 106, 105, 115
    totals = (105, 101, 100, 116, 102, 105, 106, 105, 115)
    lines = []
    for i in range(29):
        # each element: the total spread over 29 scores of 3 and 4 (3*29 = 87; total - 87 respondents give 4)
        row = [4 if i < total - 87 else 3 for total in totals]
        lines.append("2026-10-0" + str(1 + i % 9) + ",KTP,,,,," + ",".join(map(str, row)) + ",")
    path = survey_csv(tmp_path, *lines)
    figures = ikm_of_file(path)
    assert figures.respondents == 29 and figures.result.totals == dict(zip(ELEMENT_KEYS, totals))
    assert figures.ikm_konversi == Decimal("91.48")  # the sheet printed 90.56 with 0.11 per NRR
    assert (figures.population, figures.sample_min, figures.sample_ok) == (None, None, None)
    assert ikm_of_file(path, service_code="KK").respondents == 0
    assert ikm_of_file(path, start=date(2026, 10, 9)).respondents == 3  # rows 9, 18, 27
    assert count(db_path, "survey_response") == 0


# --- periods ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, label, start, end, previous",
    [
        ("2026", "Tahun 2026", date(2026, 1, 1), date(2026, 12, 31), "2025"),
        ("2026-S1", "Semester I 2026", date(2026, 1, 1), date(2026, 6, 30), "2025-S2"),
        ("2026-s2", "Semester II 2026", date(2026, 7, 1), date(2026, 12, 31), "2026-S1"),
        ("2026-T1", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31), "2025-T4"),
        ("2026-T3", "Triwulan III 2026", date(2026, 7, 1), date(2026, 9, 30), "2026-T2"),
        ("2026-T4", "Triwulan IV 2026", date(2026, 10, 1), date(2026, 12, 31), "2026-T3"),
        (" 2026-11 ", "November 2026", date(2026, 11, 1), date(2026, 11, 30), "2026-10"),
        ("2024-02", "Februari 2024", date(2024, 2, 1), date(2024, 2, 29), "2024-01"),
        ("2026-01", "Januari 2026", date(2026, 1, 1), date(2026, 1, 31), "2025-12"),
        ("2026-12", "Desember 2026", date(2026, 12, 1), date(2026, 12, 31), "2026-11"),
    ],
)
def test_periods(text, label, start, end, previous):
    period = parse_period(text)
    assert (period.label, period.start, period.end) == (label, start, end)
    assert period.previous() == parse_period(previous)
    assert period.previous().kind == period.kind
    assert parse_period(period.code) == period


@pytest.mark.parametrize("text", ["", "26", "2026-S3", "2026-T5", "2026-13", "2026-00", "2026-Q1", "2026/11", "November 2026", "2026-1"])
def test_bad_periods_name_the_accepted_forms(text):
    with pytest.raises(InvalidInput) as info:
        parse_period(text)
    assert "2026-S1" in info.value.message and "2026-T1" in info.value.message and "2026-11" in info.value.message


def test_previous_periods_chain_back_over_years():
    period = Period("triwulan", 2026, 2)
    chain = [period.label]
    for _ in range(3):
        period = period.previous()
        chain.append(period.label)
    assert chain == ["Triwulan II 2026", "Triwulan I 2026", "Triwulan IV 2025", "Triwulan III 2025"]


# --- the report's data -----------------------------------------------------------------------------


def test_report_data_of_a_period(worked, clock, tmp_path):
    # October: two paper forms, the previous month of November
    path = survey_csv(
        tmp_path,
        "2026-10-05,KTP,L,19,SD,PNS,4,4,4,4,4,4,4,4,4,Sudah bagus",
        "2026-10-30,PASPOR,P,60,S3,TNI,2,2,2,2,2,2,2,2,2,",
        "2026-11-02,KTP,P,20,SMA,SWASTA,3,3,3,3,3,3,3,3,3,Tambah kursi tunggu",
    )
    with worked.uow() as uow:
        import_survey_file(uow, path)
    with worked.uow(read_only=True) as uow:
        data = ikm_report_data(uow, parse_period("2026-11"))
    assert (data.mpp_name, data.period_label, data.start, data.end) == ("MPP Uji", "November 2026", date(2026, 11, 1), date(2026, 11, 30))
    assert data.result.respondents == 4 and data.population == 4 and data.sample_min == 4 and data.sample_ok
    assert data.previous_label == "Oktober 2026"
    # October: (4 x 9 + 2 x 9) / 2 per element -> every NRR 3, IKM 3.00, 75.00
    assert data.previous.respondents == 2 and data.previous.ikm_konversi == Decimal("75.00")
    assert data.profile["jenis_kelamin"] == {"L": 0, "P": 1, "Tidak diisi": 3}
    assert data.profile["usia"] == {"< 20": 0, "20-29": 1, "30-39": 0, "40-49": 0, "50-59": 0, ">= 60": 0, "Tidak diisi": 3}
    assert data.profile["pendidikan"]["SMA"] == 1 and data.profile["pendidikan"]["Tidak diisi"] == 3
    assert data.profile["pekerjaan"]["Swasta"] == 1 and sum(data.profile["pekerjaan"].values()) == 4
    assert [(s.code, s.result.respondents, s.population) for s in data.services] == [("KK", 1, 2), ("KTP", 3, 2)]
    kk = data.services[0]
    assert kk.agency_name == "Dinas Kependudukan dan Pencatatan Sipil" and kk.result.ikm_konversi == Decimal("81.25")
    assert data.suggestions == [(date(2026, 11, 2), "KTP-el", "Tambah kursi tunggu")]
    assert [(r.number, r.tanggal, r.layanan) for r in data.respondents] == [
        (1, date(2026, 11, 2), "KTP"), (2, MONDAY, "KTP"), (3, MONDAY, "KTP"), (4, TUESDAY, "KK"),
    ]  # fmt: skip
    assert data.respondents[0].pekerjaan == "Swasta" and data.respondents[0].usia == 20
    assert data.respondents[2].answers == scores(3, 3, 3, 4, 3, 3, 4, None, 2)
    assert data.generated_at == clock()

    with worked.uow(read_only=True) as uow:
        october = ikm_report_data(uow, parse_period("2026-10"))
        assert october.previous is None and october.previous_label == "September 2026"
        assert [(s.code, s.result.respondents, s.population) for s in october.services] == [("KTP", 1, 0), ("PASPOR", 1, 0)]
        with pytest.raises(Refused) as info:
            ikm_report_data(uow, parse_period("2026-T1"))
    assert info.value.code == "no_responses" and "Triwulan I 2026" in info.value.message
