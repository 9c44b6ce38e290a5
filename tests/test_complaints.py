"""Complaints: intake, tracking numbers, the workflow and its history, deadlines, erasure,
the key, on real SQLite files.

The `station` fixture holds tests/fixtures/catalog.toml ("MPP Uji": DUKCAPIL with KTP and KK,
IMIGRASI with PASPOR; a closure on Thursday 26 November 2026) and its clock stands at
Monday 23 November 2026, 09.00 WIB. Every test has its own key file (MPP_KEY_FILE).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import complaints as c
from app import keys, queue
from app.complaints import CLI, KIOSK, Actor, ComplaintRules
from app.errors import InvalidInput, NotFound, Refused
from app.uow import Station
from app.workdays import add_working_days
from db.models import COMPLAINT_CHANNELS, COMPLAINT_IDENTITAS, COMPLAINT_STAGES, Complaint, Staff

WIB = ZoneInfo("Asia/Jakarta")
NIK = "3201014708900001"
GOOD = {
    "identitas": "terbuka",
    "nama": "Siti Nur'aini",
    "alamat": "Jl. Merdeka No. 1\nBandung 40111",
    "telepon": "0812-3456-7890",
    "email": "siti@example.id",
    "nik": NIK,
    "instansi": "DUKCAPIL",
    "layanan": "KTP",
    "waktu_kejadian": "2026-11-20",
    "tempat": "Loket 2, MPP Uji",
    "uraian": "Petugas loket tidak ada selama dua jam.",
    "kerugian": "Satu hari cuti kerja.",
    "tuntutan": "Petugas hadir pada jam layanan.",
    "kanal": "loket",
}
DROP = object()
TABLES = ("complaint", "complaint_identity", "complaint_event", "complaint_access", "complaint_sequence",
          "outbox", "local_state")  # fmt: skip


# --- helpers, shared with the other complaint test files ------------------------------------------


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "keys" / "personal-data.key"
    monkeypatch.setenv(keys.KEY_ENV, str(path))
    return path


def intake(**changes) -> dict:
    data = dict(GOOD)
    for key, value in changes.items():
        if value is DROP:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def file(station, actor: Actor = CLI, rules: ComplaintRules = c.DEFAULT_RULES, **changes) -> c.FiledComplaint:
    with station.uow() as uow:
        return c.add_complaint(uow, intake(**changes), actor, rules=rules)


def refused(station, actor: Actor = CLI, **changes) -> InvalidInput:
    with pytest.raises(InvalidInput) as error, station.uow() as uow:
        c.add_complaint(uow, intake(**changes), actor)
    assert error.value.code == "bad_complaint"
    return error.value


def codes(error: InvalidInput) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.details["problems"]}


def snapshot(path: Path) -> dict[str, object]:
    """Row counts of the complaint tables and the outbox, and the outbox's last row."""
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        counts["outbox_last"] = conn.execute("SELECT max(seq) FROM outbox").fetchone()[0]
        return counts
    finally:
        conn.close()


def add_staff(station, username: str, role: str) -> Actor:
    with station.uow() as uow:
        staff = uow.new(Staff, username=username, full_name=username.title(), role=role, password_hash="-")
        uow.commit()
        return Actor(username, role, staff.id)


def staff_view(station, ref, actor, **kwargs) -> c.ComplaintView:
    with station.uow() as uow:
        return c.staff_view(uow, ref, actor, **kwargs)


def advance(station, ref, to, actor=CLI, **kwargs) -> c.StageChange:
    with station.uow() as uow:
        return c.advance(uow, ref, to, actor=actor, **kwargs)


def public(station, ref) -> c.PublicView:
    with station.uow(read_only=True) as uow:
        return c.public_view(uow, ref)


@pytest.fixture
def handler(station) -> Actor:
    return add_staff(station, "rina", "pengaduan")


# --- the names are the contract ------------------------------------------------------------------------


def test_the_models_and_the_domain_agree_on_the_names():
    assert c.CHANNELS == COMPLAINT_CHANNELS == ("loket", "kiosk", "surat", "telepon", "lainnya")
    assert c.IDENTITAS == COMPLAINT_IDENTITAS == ("terbuka", "anonim", "rahasia")
    assert c.STAGES == COMPLAINT_STAGES
    assert set(c.TRANSITIONS) == set(c.STAGES) == set(c.STAGE_LABELS)
    assert c.INTAKE_KEYS == (
        "identitas", "nama", "alamat", "telepon", "email", "nik", "instansi", "layanan", "tiket",
        "waktu_kejadian", "tempat", "uraian", "kerugian", "tuntutan", "kanal",
    )  # fmt: skip
    assert set(c.LIMITS) == set(c.INTAKE_KEYS) - {"identitas", "kanal"}
    assert c.LIMITS["uraian"] == 5000


# --- intake --------------------------------------------------------------------------------------------


def test_a_complaint_is_filed_with_its_number_deadlines_and_history(station, handler):
    filed = file(station)
    assert filed.nomor == "ADU-2026-000001" and filed.stage == "diterima"
    assert filed.qr_payload == "MPP-C:ADU-2026-000001"
    assert filed.warnings == []
    # verified within 3 working days: Tue 24, Wed 25, (Thu 26 is the MPP's closure), Fri 27
    assert filed.stage_due == date(2026, 11, 27)
    # settled within 60 working days, worked by hand: 4 in November, 21 in December (24 and 25 are
    # cuti bersama and Natal), 19 in January (1 and 5 are holidays), 16 in February (5 is cuti bersama)
    assert filed.settle_due == date(2027, 2, 23)

    view = staff_view(station, filed.nomor, handler)
    assert view.identity == c.Identity(
        nama="Siti Nur'aini", alamat="Jl. Merdeka No. 1\nBandung 40111", telepon="0812-3456-7890",
        email="siti@example.id", nik=NIK,
    )  # fmt: skip
    assert (view.agency_code, view.service_code, view.kanal, view.identitas) == ("DUKCAPIL", "KTP", "loket", "terbuka")
    assert (view.waktu_kejadian, view.tanggal_kejadian) == ("2026-11-20", date(2026, 11, 20))
    assert view.uraian == GOOD["uraian"] and view.tuntutan == GOOD["tuntutan"]
    [filed_event] = view.history
    assert (filed_event.kind, filed_event.from_stage, filed_event.to_stage) == ("filed", None, "diterima")
    assert filed_event.actor == "cli"
    assert filed_event.at == datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
    assert file(station).nomor == "ADU-2026-000002"


def test_the_filed_complaint_and_its_rows_reach_the_outbox_in_one_transaction(station, db_path):
    before = snapshot(db_path)
    file(station)
    after = snapshot(db_path)
    added = {t: after[t] - before[t] for t in ("complaint", "complaint_identity", "complaint_event", "complaint_access")}
    assert added == {"complaint": 1, "complaint_identity": 1, "complaint_event": 1, "complaint_access": 0}
    entities = sqlite3.connect(db_path).execute(
        "SELECT entity, op FROM outbox WHERE seq > ? ORDER BY seq", (before["outbox_last"] or 0,)
    ).fetchall()
    assert sorted(entities) == [
        ("complaint", "insert"), ("complaint_event", "insert"), ("complaint_identity", "insert")
    ]  # fmt: skip


def test_personal_data_is_never_in_the_database_file_in_clear(station, db_path, key_file):
    secret_name = "Zulaikha Ma'rufah"
    file(station, nama=secret_name, alamat="Gang Kenari 17", telepon="+62 811 2233 4455", email="zul@contoh.id")
    station.close()  # the WAL folded back into the file
    raw = db_path.read_bytes() + b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "-*"))
    for text in (secret_name, "Gang Kenari", "2233 4455", "zul@contoh.id", NIK):
        assert text.encode() not in raw
    rows = sqlite3.connect(db_path).execute("SELECT nama_enc, nik_enc, key_id FROM complaint_identity").fetchall()
    assert rows[0][0].startswith("gAAAA") and rows[0][2] == keys.load_key().key_id  # Fernet tokens
    # the key is outside the database, readable by its owner only
    assert key_file.exists() and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_an_anonymous_complaint_needs_no_identity_and_no_key(station, key_file, handler):
    filed = file(station, identitas="anonim", nama=DROP, alamat=DROP, telepon=DROP, email=DROP, nik=DROP)
    assert not key_file.exists()  # nothing to encrypt: no key made
    view = staff_view(station, filed.nomor, handler)
    assert view.identity == c.Identity() and view.shown == () and view.identitas == "anonim"


def test_an_open_complaint_needs_name_and_address(station, db_path):
    before = snapshot(db_path)
    error = refused(station, nama=DROP, alamat="   ")
    assert codes(error) == {("nama", "required"), ("alamat", "required")}
    assert "Pasal 42" in error.message and "anonim or rahasia" in error.message
    assert snapshot(db_path) == before


def test_identitas_defaults_to_terbuka_and_choices_are_case_blind(station, handler):
    filed = file(station, identitas=DROP, kanal="KIOSK")
    assert (filed.identitas, filed.kanal) == ("terbuka", "kiosk")


def test_a_complaint_more_than_30_days_after_the_event_is_taken_with_a_warning(station, handler):
    on_time = file(station, waktu_kejadian="2026-10-24")  # 30 days before 23 November
    assert on_time.warnings == []
    late = file(station, waktu_kejadian="2026-10-23")  # 31 days
    [warning] = late.warnings
    assert warning.code == "late_complaint" and warning.days == 31 and "Pasal 41" in warning.message
    assert staff_view(station, late.nomor, handler).late
    assert not staff_view(station, on_time.nomor, handler).late


def test_a_childs_nik_is_flagged_as_specific_personal_data(station):
    [warning] = file(station, nik="3201014711100001").warnings  # a girl born 7 November 2010: 16
    assert (warning.code, warning.days) == ("child_data", 16) and "UU 27/2022" in warning.message
    assert file(station, nik="3201010711080001").warnings == []  # 18 since 7 November 2026
    assert [w.code for w in file(station, nik="3201012311080001").warnings] == []  # 18 today
    assert [w.days for w in file(station, nik="3201012411080001").warnings] == [17]  # 18 tomorrow


def test_the_late_limit_follows_the_rules(station):
    filed = file(station, rules=ComplaintRules(late_after_days=2), waktu_kejadian="2026-11-20")
    assert [w.days for w in filed.warnings] == [3]


@pytest.mark.parametrize(
    "given, stored, day",
    [
        ("2026-11-20", "2026-11-20", date(2026, 11, 20)),
        ("2026-11-20T10:30", "2026-11-20T10:30+07:00", date(2026, 11, 20)),  # the MPP's local time
        ("2026-11-20 10:30:15", "2026-11-20T10:30:15+07:00", date(2026, 11, 20)),
        ("2026-11-20T20:00Z", "2026-11-21T03:00+07:00", date(2026, 11, 21)),  # UTC, shown in WIB
        ("2026-11-21T01:00+09:00", "2026-11-20T23:00+07:00", date(2026, 11, 20)),  # WIT
        ("2026-11-23T09:05", "2026-11-23T09:05+07:00", date(2026, 11, 23)),  # a station clock a little behind
    ],
)
def test_when_it_happened_is_a_date_or_a_time_in_the_mpps_zone(station, handler, given, stored, day):
    view = staff_view(station, file(station, waktu_kejadian=given).nomor, handler)
    assert (view.waktu_kejadian, view.tanggal_kejadian) == (stored, day)


@pytest.mark.parametrize(
    "when, code",
    [
        ("2026-11-24", "future_date"),
        ("2026-11-23T10:00", "future_date"),
        ("20/11/2026", "bad_date"),
        ("2026-02-30", "bad_date"),
        ("2026-11-20T25:00", "bad_date"),
        ("kemarin", "bad_date"),
        ("1899-12-31", "bad_date"),
        ("20261120", "bad_date"),
    ],
)
def test_a_bad_or_future_time_is_refused(station, db_path, when, code):
    before = snapshot(db_path)
    assert codes(refused(station, waktu_kejadian=when)) == {("waktu_kejadian", code)}
    assert snapshot(db_path) == before


def test_every_problem_is_reported_at_once_and_nothing_is_stored(station, db_path):
    before = snapshot(db_path)
    error = refused(
        station,
        identitas="rahasia-sekali",
        nama="Budi\x07",
        telepon="12",
        email="bukan-email",
        nik="3201014708900000",
        instansi="SAMSAT",
        layanan="SIM",
        tiket="Z999",
        waktu_kejadian=DROP,
        tempat="",
        uraian="x" * 20_000,
        kerugian=5,
        tuntutan=None,
        kanal="fax",
        catatan="?",
    )
    assert codes(error) == {
        ("catatan", "unknown_key"),
        ("identitas", "bad_choice"),
        ("nama", "control_character"),
        ("telepon", "bad_phone"),
        ("email", "bad_email"),
        ("nik", "bad_nik"),
        ("instansi", "unknown_agency"),
        ("layanan", "unknown_service"),
        ("tiket", "unknown_ticket"),
        ("waktu_kejadian", "required"),
        ("tempat", "required"),
        ("uraian", "too_long"),
        ("kerugian", "not_text"),
        ("tuntutan", "required"),
        ("kanal", "bad_choice"),
    }
    assert "uraian is 20,000 characters long; at most 5,000" in error.message
    assert snapshot(db_path) == before


def test_personal_values_are_never_quoted_in_a_refusal(station):
    error = refused(station, nik="3201014708900000", telepon="08-12", email="siti(at)example.id", nama="Siti\x00")
    for value in ("3201014708900000", "08-12", "siti(at)example.id", "Siti"):
        assert value not in error.message


@pytest.mark.parametrize("not_an_intake", [None, [], "uraian", 42])
def test_an_intake_that_is_not_an_object_is_refused(station, db_path, not_an_intake):
    before = snapshot(db_path)
    with pytest.raises(InvalidInput) as error, station.uow() as uow:
        c.add_complaint(uow, not_an_intake, CLI)
    assert codes(error.value) == {("", "not_an_object")}
    assert snapshot(db_path) == before


def test_check_intake_needs_no_database():
    assert c.check_intake(GOOD) == []
    problems = c.check_intake(intake(uraian="a\x1bb", nik="1"))
    assert {(p.field, p.code) for p in problems} == {("uraian", "control_character"), ("nik", "bad_nik")}


def test_limits_hold_to_the_character(station, db_path, handler):
    for name, limit in c.LIMITS.items():
        if name in ("telepon", "email", "nik", "instansi", "layanan", "tiket", "waktu_kejadian"):
            continue  # their forms limit them first
        view = staff_view(station, file(station, **{name: "ä" * limit}).nomor, handler)
        stored = getattr(view.identity, name) if name in c.PERSONAL_FIELDS else getattr(view, name)
        assert stored == "ä" * limit
        before = snapshot(db_path)
        assert codes(refused(station, **{name: "ä" * (limit + 1)})) == {(name, "too_long")}
        assert snapshot(db_path) == before


@pytest.mark.parametrize(
    "phone, ok", [("0812-3456-7890", True), ("+62 812 3456 7890", True), ("(022) 420 1234", True),
                  ("021.555.1234", True), ("12345", False), ("+62 812 3456 7890 1234", False),
                  ("0812 3456 789a", False), ("08+123456789", False)],
)  # fmt: skip
def test_phone_numbers(station, phone, ok):
    assert not any(p.field == "telepon" for p in c.check_intake(intake(telepon=phone))) == ok


@pytest.mark.parametrize(
    "email, ok", [("a@b.id", True), ("siti.nur@dinas.go.id", True), ("pengadu@münchen.de", True),
                  ("a@b", False), ("a b@c.id", False), ("@c.id", False), ("a@@c.id", False), ("a@c..id", False)],
)  # fmt: skip
def test_email_addresses(email, ok):
    assert not any(p.field == "email" for p in c.check_intake(intake(email=email))) == ok


def test_the_agency_and_service_must_exist_and_belong_together(station, db_path, handler):
    before = snapshot(db_path)
    assert codes(refused(station, layanan="PASPOR")) == {("layanan", "service_of_other_agency")}
    assert codes(refused(station, instansi=DROP)) == {("instansi", "required")}
    assert snapshot(db_path) == before
    no_service = file(station, layanan=DROP, instansi="imigrasi")
    view = staff_view(station, no_service.nomor, handler)
    assert (view.agency_code, view.service_code) == ("IMIGRASI", None)


def test_the_ticket_held_is_linked_by_number_id_or_qr(station, handler):
    from app.printing import ticket_qr_payload

    with station.uow() as uow:
        ticket = queue.issue_ticket(uow, "KK")
    for ref in ("B001", "b1", ticket.id, ticket_qr_payload(ticket.id), ticket_qr_payload(ticket.id).lower() + "\n"):
        filed = file(station, tiket=ref, layanan=DROP, waktu_kejadian="2026-11-23")
        view = staff_view(station, filed.nomor, handler)
        assert view.ticket == "B001 2026-11-23"
        assert view.service_code == "KK"  # taken from the ticket when not given


def test_a_ticket_number_is_looked_up_on_the_day_of_the_event(station, clock, db_path, handler):
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")  # A001 on Monday 23 November
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=WIB))
    with station.uow() as uow:
        queue.issue_ticket(uow, "KK")  # B001 on Wednesday
    filed = file(station, tiket="A001", waktu_kejadian="2026-11-23T10:00")
    assert staff_view(station, filed.nomor, handler).ticket == "A001 2026-11-23"
    before = snapshot(db_path)
    error = refused(station, tiket="A001", waktu_kejadian="2026-11-24")
    assert codes(error) == {("tiket", "unknown_ticket")} and "2026-11-24" in error.message
    assert snapshot(db_path) == before


def test_a_ticket_of_another_agency_is_refused(station, db_path):
    with station.uow() as uow:
        queue.issue_ticket(uow, "PASPOR")
    before = snapshot(db_path)
    assert codes(refused(station, tiket="P001", waktu_kejadian="2026-11-23")) == {("tiket", "ticket_of_other_agency")}
    assert snapshot(db_path) == before


# --- text is kept exactly --------------------------------------------------------------------------------

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SAMPLES = [
    "Ma'ruf", "Nur'aini", "Nur’aini", "O'Neil-Siregar", "😀😡👍🏽", "👨‍👩‍👧‍👦", "مرحبا بكم في المول", "שלום עולם",
    "Ünïcödé Ελληνικά Кириллица", "中文 日本語 한국어", "a\u200db", "e\u0301 vs é", "&<tag>\"'",
]  # fmt: skip
text_chars = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=BIDI + "\u2028\u2029")
one_line = st.text(text_chars, min_size=1, max_size=60).filter(str.strip)
many_lines = st.text(st.one_of(text_chars, st.sampled_from("\n\t\u2028")), min_size=1, max_size=300).filter(str.strip)
TEXT_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@TEXT_SETTINGS
@given(field=st.sampled_from(["nama", "tempat"]), text=one_line)
@example(field="nama", text="Ma'ruf")
@example(field="nama", text="Nur'aini 😀")
@example(field="tempat", text="مرحبا بكم")
def test_one_line_texts_are_stored_exactly(station, handler, field, text):
    view = staff_view(station, file(station, **{field: text}).nomor, handler)
    stored = view.identity.nama if field == "nama" else view.tempat
    assert stored == text.strip()


@TEXT_SETTINGS
@given(field=st.sampled_from(["alamat", "uraian", "kerugian", "tuntutan"]), text=many_lines)
@example(field="uraian", text="\n".join(SAMPLES))
@example(field="alamat", text="Jl. Ma'ruf Amin\n\tRT 01/RW 02\nשלום")
def test_long_texts_are_stored_exactly(station, handler, field, text):
    view = staff_view(station, file(station, **{field: text}).nomor, handler)
    stored = view.identity.alamat if field == "alamat" else getattr(view, field)
    assert stored == text.strip()


def test_windows_line_breaks_become_line_feeds(station, handler):
    view = staff_view(station, file(station, uraian="baris satu\r\nbaris dua\rtiga").nomor, handler)
    assert view.uraian == "baris satu\nbaris dua\ntiga"


controls = st.characters(whitelist_categories=("Cc",)).filter(lambda ch: ch not in "\n\t\r")


@TEXT_SETTINGS
@given(
    field=st.sampled_from(["nama", "alamat", "tempat", "uraian", "kerugian", "tuntutan", "telepon", "email"]),
    control=st.one_of(controls, st.sampled_from(BIDI), st.sampled_from("\ud800\udfff")),
    at=st.integers(1, 5),
)
def test_a_control_character_anywhere_inside_refuses_the_complaint(station, db_path, field, control, at):
    before = snapshot(db_path)
    good = GOOD[field]
    text = good[:at] + control + good[at:]
    error = refused(station, **{field: text})
    assert (field, "control_character") in codes(error)
    assert snapshot(db_path) == before


@pytest.mark.parametrize("field", ["nama", "tempat", "telepon", "email", "nik", "tiket", "instansi"])
@pytest.mark.parametrize("brk", ["\n", "\t", "\u2028"])
def test_one_line_fields_refuse_line_breaks_and_tabs(station, field, brk):
    error = refused(station, **{field: "ab" + brk + "cd"})
    assert (field, "control_character") in codes(error)


# --- tracking numbers ------------------------------------------------------------------------------------------


def test_a_refused_intake_uses_no_number(station):
    file(station)
    refused(station, uraian="")
    assert file(station).nomor == "ADU-2026-000002"


def test_numbers_restart_each_year(station, clock):
    file(station)
    clock.set(datetime(2027, 1, 4, 9, 0, tzinfo=WIB))
    assert file(station, waktu_kejadian="2027-01-04").nomor == "ADU-2027-000001"


def test_the_number_is_a_unique_column(station):
    first = file(station)
    with pytest.raises(IntegrityError), station.uow() as uow:
        existing = uow.session.get(Complaint, uuid.UUID(first.id))
        uow.new(
            Complaint, nomor=first.nomor, filed_date=existing.filed_date, kanal="loket", identitas="anonim",
            agency_id=existing.agency_id, waktu_kejadian="2026-11-20", tanggal_kejadian=date(2026, 11, 20),
            tempat="x", uraian="x", kerugian="x", tuntutan="x", stage="diterima", stage_since=uow.now(),
            settle_due=existing.settle_due,
        )  # fmt: skip
        uow.session.flush()


def test_numbers_run_out_at_999999(station, db_path):
    file(station)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE complaint_sequence SET last_number = 999999 WHERE year = 2026")
    conn.commit()
    conn.close()
    before = snapshot(db_path)
    with pytest.raises(Refused) as error, station.uow() as uow:
        c.add_complaint(uow, GOOD, CLI)
    assert error.value.code == "numbers_exhausted"
    assert snapshot(db_path) == before


def test_stations_sharing_the_file_never_get_the_same_number(db_path, clock):
    """Three stations (own engines and connections) filing at once on one file."""
    stations = [Station.open(db_path, clock) for _ in range(3)]
    numbers: list[str] = []
    errors: list[BaseException] = []

    def work(station):
        try:
            for _ in range(8):
                numbers.append(file(station).nomor)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(s,)) for s in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for s in stations:
        s.close()
    assert errors == []
    assert sorted(numbers) == [f"ADU-2026-{n:06d}" for n in range(1, 25)]


@pytest.mark.parametrize(
    "text, nomor",
    [
        ("ADU-2026-000123", "ADU-2026-000123"),
        ("adu-2026-123", "ADU-2026-000123"),
        ("  ADU-2026-000123\n", "ADU-2026-000123"),
        ("MPP-C:ADU-2026-000123", "ADU-2026-000123"),
        ("mpp-c:adu-2026-000123\r\n", "ADU-2026-000123"),
        ("ADU-2026-0000123", None),
        ("ADU-2026-000000", None),
        ("MPP-T:ADU-2026-000123", None),
        ("ADU-26-000123", None),
        ("", None),
        (None, None),
    ],
)
def test_numbers_and_qr_codes_are_read_back(text, nomor):
    assert c.parse_complaint_ref(text) == nomor


@given(st.text(max_size=40))
def test_reading_a_reference_never_raises(text):
    nomor = c.parse_complaint_ref(text)
    assert nomor is None or c.parse_complaint_ref(c.complaint_qr_payload(nomor)) == nomor


def test_an_unknown_or_malformed_number_is_a_clear_error(station):
    with pytest.raises(NotFound) as missing, station.uow() as uow:
        c.public_view(uow, "ADU-2026-000999")
    assert missing.value.code == "unknown_complaint" and "ADU-2026-000999" in missing.value.message
    with pytest.raises(InvalidInput) as malformed, station.uow() as uow:
        c.public_view(uow, "A023")
    assert malformed.value.code == "bad_nomor"


# --- the workflow --------------------------------------------------------------------------------------------

# how to bring a fresh complaint to each stage: (stage, advance kwargs)
PATHS = {
    "diterima": [],
    "diverifikasi": [("diverifikasi", {})],
    "didisposisikan": [("diverifikasi", {}), ("didisposisikan", {})],
    "ditindaklanjuti": [("diverifikasi", {}), ("didisposisikan", {}), ("ditindaklanjuti", {})],
    "selesai": [("diverifikasi", {}), ("didisposisikan", {}), ("ditindaklanjuti", {}), ("selesai", {"note": "beres"})],
    "ditunda": [("diverifikasi", {}), ("ditunda", {})],
    "bukan_wewenang": [("bukan_wewenang", {"forwarded_to": "SP4N-LAPOR!"})],
    "ditolak": [("ditolak", {"note": "bukan pengaduan"})],
}
EXTRA = {  # what each target needs
    "selesai": {"note": "Petugas sudah ditegur."},
    "ditolak": {"note": "Bukan pengaduan pelayanan."},
    "bukan_wewenang": {"forwarded_to": "Ombudsman RI Perwakilan Jawa Barat"},
    "didisposisikan": {"agency": "IMIGRASI"},
}


def at_stage(station, stage: str) -> str:
    nomor = file(station).nomor
    for to, kwargs in PATHS[stage]:
        advance(station, nomor, to, **kwargs)
    return nomor


@pytest.mark.parametrize("start", COMPLAINT_STAGES)
def test_every_step_is_allowed_or_refused_by_the_table(station, db_path, start):
    for to in COMPLAINT_STAGES:
        nomor = at_stage(station, start)
        allowed = to in c.TRANSITIONS[start] or (start == "ditunda" and to == "diverifikasi")  # resumes where it paused
        before = snapshot(db_path)
        if allowed:
            change = advance(station, nomor, to, **EXTRA.get(to, {}))
            assert (change.from_stage, change.stage) == (start, to)
            assert snapshot(db_path)["complaint_event"] == before["complaint_event"] + 1
        else:
            with pytest.raises(Refused) as error:
                advance(station, nomor, to, **EXTRA.get(to, {}))
            assert error.value.code == "bad_transition" and nomor in error.value.message
            assert snapshot(db_path) == before


def test_a_complaint_on_hold_resumes_where_it_paused(station, handler):
    nomor = at_stage(station, "didisposisikan")
    advance(station, nomor, "ditunda", note="menunggu dokumen")
    view = staff_view(station, nomor, handler)
    assert view.next_stages == ("didisposisikan", "bukan_wewenang", "ditolak")
    with pytest.raises(Refused):
        advance(station, nomor, "ditindaklanjuti")
    change = advance(station, nomor, "didisposisikan")
    assert change.disposed_agency_code == "DUKCAPIL"  # the agency it was passed to before


def test_the_whole_life_of_a_complaint_is_in_its_history(station, clock, handler):
    supervisor = add_staff(station, "budi2", "supervisor")
    nomor = file(station, actor=KIOSK, kanal="kiosk").nomor
    clock.advance(hours=1)
    advance(station, nomor, "diverifikasi", actor=handler, note="Berkas lengkap.", public=True)
    clock.advance(hours=1)
    advance(station, nomor, "didisposisikan", actor=handler, agency="DUKCAPIL", note="Ke kepala seksi.")
    clock.advance(days=1)
    with station.uow() as uow:
        c.add_note(uow, nomor, "Kami sedang memeriksa.", actor=handler, public=True)
    advance(station, nomor, "ditindaklanjuti", actor=supervisor)
    clock.advance(days=2)
    advance(station, nomor, "selesai", actor=handler, note="Petugas ditegur; jadwal piket diperbaiki.")

    view = staff_view(station, nomor, handler)
    steps = [(e.kind, e.from_stage, e.to_stage, e.actor, e.note, e.public, e.agency_code) for e in view.history]
    assert steps == [
        ("filed", None, "diterima", "kiosk", None, False, None),
        ("stage", "diterima", "diverifikasi", "rina", "Berkas lengkap.", True, None),
        ("stage", "diverifikasi", "didisposisikan", "rina", "Ke kepala seksi.", False, "DUKCAPIL"),
        ("note", "didisposisikan", "didisposisikan", "rina", "Kami sedang memeriksa.", True, None),
        ("stage", "didisposisikan", "ditindaklanjuti", "budi2", None, False, None),
        ("stage", "ditindaklanjuti", "selesai", "rina", "Petugas ditegur; jadwal piket diperbaiki.", True, None),
    ]
    assert [e.at for e in view.history] == sorted(e.at for e in view.history)
    assert view.history[1].at == datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
    assert view.stage == "selesai" and view.closed_at is not None and view.next_stages == ()
    assert view.due is None and not view.overdue

    shown = public(station, "MPP-C:" + nomor)
    assert [s for _, s in shown.stages] == ["diterima", "diverifikasi", "didisposisikan", "ditindaklanjuti", "selesai"]
    assert [r.text for r in shown.replies] == [
        "Berkas lengkap.", "Kami sedang memeriksa.", "Petugas ditegur; jadwal piket diperbaiki."
    ]  # the internal "Ke kepala seksi." is not there
    assert shown.closed and shown.settle_due is None


def test_rejecting_needs_a_reason_and_forwarding_needs_where(station, db_path):
    nomor = file(station).nomor
    before = snapshot(db_path)
    with pytest.raises(InvalidInput) as no_reason:
        advance(station, nomor, "ditolak")
    assert no_reason.value.code == "note_required"
    with pytest.raises(InvalidInput) as nowhere:
        advance(station, nomor, "bukan wewenang", note="bukan urusan MPP")
    assert nowhere.value.code == "forwarded_to_required"
    with pytest.raises(InvalidInput) as stray:
        advance(station, nomor, "diverifikasi", forwarded_to="Ombudsman")
    assert stray.value.code == "forwarded_to_not_allowed"
    with pytest.raises(InvalidInput) as stray_agency:
        advance(station, nomor, "diverifikasi", agency="DUKCAPIL")
    assert stray_agency.value.code == "agency_not_allowed"
    assert snapshot(db_path) == before

    change = advance(station, nomor, "Bukan Wewenang", forwarded_to="SP4N-LAPOR!")
    assert change.stage == "bukan_wewenang" and change.forwarded_to == "SP4N-LAPOR!"
    assert public(station, nomor).forwarded_to == "SP4N-LAPOR!"

    other = file(station).nomor
    advance(station, other, "ditolak", note="Laporan ganda dari ADU-2026-000001.")
    assert public(station, other).replies[-1].text == "Laporan ganda dari ADU-2026-000001."  # always public


def test_passing_on_to_another_agency(station, db_path):
    nomor = at_stage(station, "didisposisikan")
    before = snapshot(db_path)
    with pytest.raises(InvalidInput) as none_named:
        advance(station, nomor, "didisposisikan")
    assert none_named.value.code == "agency_required"
    with pytest.raises(Refused) as same:
        advance(station, nomor, "didisposisikan", agency="dukcapil")
    assert same.value.code == "same_agency"
    with pytest.raises(NotFound) as unknown:
        advance(station, nomor, "didisposisikan", agency="SAMSAT")
    assert unknown.value.code == "unknown_agency"
    assert snapshot(db_path) == before
    assert advance(station, nomor, "didisposisikan", agency="imigrasi").disposed_agency_code == "IMIGRASI"


@pytest.mark.parametrize("stage", ["selesai!", "closed", "", "diterima; DROP TABLE complaint"])
def test_an_unknown_stage_is_refused(station, db_path, stage):
    nomor = file(station).nomor
    before = snapshot(db_path)
    with pytest.raises(InvalidInput) as error:
        advance(station, nomor, stage)
    assert error.value.code == "unknown_stage"
    assert snapshot(db_path) == before


def test_notes_follow_the_text_rules(station, db_path):
    nomor = file(station).nomor
    before = snapshot(db_path)
    for bad in ("a\x00b", "x" * (c.NOTE_MAX + 1), "a\u202eb"):
        with pytest.raises(InvalidInput):
            advance(station, nomor, "diverifikasi", note=bad)
        with pytest.raises(InvalidInput), station.uow() as uow:
            c.add_note(uow, nomor, bad, actor=CLI)
    with pytest.raises(InvalidInput), station.uow() as uow:
        c.add_note(uow, nomor, "   ", actor=CLI)
    assert snapshot(db_path) == before
    advance(station, nomor, "diverifikasi", note="Catatan 👍 Ma'ruf\nשלום")
    assert staff_view(station, nomor, CLI).history[-1].note == "Catatan 👍 Ma'ruf\nשלום"


# --- deadlines and overdue -----------------------------------------------------------------------------------------


def overdue(station, actor=CLI, rules=c.DEFAULT_RULES) -> list[c.ComplaintSummary]:
    with station.uow(read_only=True) as uow:
        return c.list_complaints(uow, actor, overdue_only=True, rules=rules)


def test_an_unverified_complaint_becomes_overdue_after_three_working_days(station, clock):
    nomor = file(station).nomor
    clock.set(datetime(2026, 11, 27, 14, 0, tzinfo=WIB))  # the due day itself is in time
    assert overdue(station) == []
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=WIB))
    [row] = overdue(station)
    assert (row.nomor, row.due, row.overdue, row.overdue_days) == (nomor, date(2026, 11, 27), True, 3)
    advance(station, nomor, "diverifikasi")  # verified: only the settlement deadline is left
    assert overdue(station) == []


def test_deadlines_skip_christmas_and_its_cuti_bersama(station, clock):
    clock.set(datetime(2026, 12, 23, 9, 0, tzinfo=WIB))  # Wednesday
    filed = file(station, waktu_kejadian="2026-12-22")
    # Thu 24 cuti bersama, Fri 25 Natal, the weekend: Mon 28, Tue 29, Wed 30
    assert filed.stage_due == date(2026, 12, 30)


def test_deadlines_per_stage_are_configurable(station, clock):
    rules = ComplaintRules(stage_days={"diterima": 1, "didisposisikan": 5}, settle_days=10)
    nomor = file(station, rules=rules).nomor
    with station.uow(read_only=True) as uow:
        dues = uow.session.execute(select(Complaint.stage_due, Complaint.settle_due).where(Complaint.nomor == nomor))
        assert tuple(dues.one()) == (date(2026, 11, 24), date(2026, 12, 8))
    advance(station, nomor, "diverifikasi", rules=rules)
    change = advance(station, nomor, "didisposisikan", rules=rules)
    with station.uow(read_only=True) as uow:
        expected = add_working_days(uow.session, uow.settings(), date(2026, 11, 23), 5)
    assert change.stage_due == expected == date(2026, 12, 1)  # Thursday 26 is a closure
    assert change.settle_due == date(2026, 12, 8)  # 10 working days from intake
    clock.set(datetime(2026, 12, 9, 9, 0, tzinfo=WIB))
    [row] = overdue(station, rules=rules)
    assert row.due == date(2026, 12, 1) and row.overdue_days == 8


def test_the_most_overdue_come_first_and_closed_ones_never(station, clock):
    first = file(station).nomor
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=WIB))
    second = file(station).nomor
    closed = file(station).nomor
    advance(station, closed, "ditolak", note="ganda")
    clock.set(datetime(2026, 12, 15, 9, 0, tzinfo=WIB))
    assert [r.nomor for r in overdue(station)] == [first, second]


@pytest.mark.parametrize(
    "changes", [{"stage_days": {"selesai": 3}}, {"stage_days": {"nanti": 3}}, {"settle_days": -1},
                {"retention_days": 1.5}, {"late_after_days": True}],
)  # fmt: skip
def test_bad_rules_are_refused(changes):
    with pytest.raises(InvalidInput) as error:
        ComplaintRules(**changes)
    assert error.value.code == "bad_rules"


# --- the kiosk's status check ---------------------------------------------------------------------------------


def test_the_public_view_holds_no_personal_data_and_no_private_note(station):
    import json

    from app.cli import _jsonable

    nomor = file(station).nomor
    advance(station, nomor, "diverifikasi", note="Pelapor Siti Nur'aini sudah ditelepon di 0812-3456-7890")
    advance(station, nomor, "didisposisikan", note="Sedang ditangani Dinas.", public=True)
    view = public(station, nomor)
    text = json.dumps(_jsonable(view), ensure_ascii=False)
    for secret in ("Siti", "Merdeka", "0812", "siti@example.id", NIK, "Petugas loket", "Satu hari", "ditelepon"):
        assert secret not in text
    assert view.stage == "didisposisikan" and view.stage_label == "Didisposisikan ke instansi"
    assert [r.text for r in view.replies] == ["Sedang ditangani Dinas."]
    assert view.agency_name == "Dinas Kependudukan dan Pencatatan Sipil" and view.service_name == "KTP-el"


def test_the_public_view_of_a_rahasia_complaint_names_no_agency(station):
    view = public(station, file(station, identitas="rahasia").nomor)
    assert view.agency_name is None and view.service_name is None and view.stage == "diterima"


def test_the_status_check_writes_nothing(station, db_path):
    nomor = file(station).nomor
    before = snapshot(db_path)
    public(station, nomor)
    assert snapshot(db_path) == before


# --- retention and the citizen's own data ---------------------------------------------------------------------


def test_personal_data_is_erased_after_the_retention_period_and_the_complaint_stays(station, clock, db_path, handler):
    closed = file(station).nomor
    advance(station, closed, "ditolak", note="ganda")
    still_open = file(station).nomor
    clock.set(datetime(2028, 11, 22, 9, 0, tzinfo=WIB))  # 730 days later, less one
    with station.uow() as uow:
        assert c.erase_personal_data(uow, handler) == []
    clock.set(datetime(2028, 11, 23, 9, 0, tzinfo=WIB))
    with station.uow() as uow:
        assert c.erase_personal_data(uow, handler) == [closed]
    view = staff_view(station, closed, handler)
    assert view.identity == c.Identity() and view.shown == () and view.personal_data_erased_at is not None
    assert view.uraian == GOOD["uraian"]  # the complaint is kept
    assert view.history[-1].kind == "erased" and "retensi" in view.history[-1].note
    assert staff_view(station, still_open, handler).identity.nama == "Siti Nur'aini"
    deleted = sqlite3.connect(db_path).execute(
        "SELECT count(*) FROM outbox WHERE entity = 'complaint_identity' AND op = 'delete'"
    ).fetchone()
    assert deleted == (1,)  # the erasure reaches the hub too
    with station.uow() as uow:
        assert c.erase_personal_data(uow, handler) == []  # once only


def test_a_citizen_may_have_their_data_erased_now(station, handler, db_path):
    nomor = file(station).nomor
    counter = add_staff(station, "ani", "counter")
    before = snapshot(db_path)
    with pytest.raises(Refused) as error, station.uow() as uow:
        c.erase_personal_data(uow, counter, nomor=nomor)
    assert error.value.code == "forbidden"
    with pytest.raises(InvalidInput) as both, station.uow() as uow:
        c.erase_personal_data(uow, handler, nomor=nomor, older_than=date(2026, 1, 1))
    assert both.value.code == "nomor_or_date"
    assert snapshot(db_path) == before
    with station.uow() as uow:
        assert c.erase_personal_data(uow, handler, nomor=nomor, note="permintaan pelapor 23/11") == [nomor]
    assert staff_view(station, nomor, handler).identity == c.Identity()
    assert staff_view(station, nomor, handler).history[-1].note == "permintaan pelapor 23/11"


def test_a_citizen_gets_their_own_data_by_number_or_nik(station, handler, db_path):
    first = file(station).nomor
    file(station, nik="3171051203850123", nama="Orang Lain")
    second = file(station, identitas="rahasia").nomor
    with station.uow() as uow:
        export = c.citizen_export(uow, handler, nik="3201 0147 0890 0001")
    assert [x.nomor for x in export.complaints] == [first, second]
    assert export.complaints[0].identity.nik == NIK and export.complaints[0].identity.nama == "Siti Nur'aini"
    assert "dihapus 730 hari" in export.retention
    log = sqlite3.connect(db_path).execute("SELECT purpose, fields FROM complaint_access").fetchall()
    assert log == [("citizen_export", "nama,alamat,telepon,email,nik")] * 2
    with station.uow() as uow:
        assert [x.nomor for x in c.citizen_export(uow, CLI, nomor=first).complaints] == [first]
    before = snapshot(db_path)
    with pytest.raises(NotFound), station.uow() as uow:
        c.citizen_export(uow, handler, nik="3273010101900001")
    for bad in ({"nik": "123"}, {}, {"nik": NIK, "nomor": first}):
        with pytest.raises(InvalidInput), station.uow() as uow:
            c.citizen_export(uow, handler, **bad)
    assert snapshot(db_path) == before


# --- the key ---------------------------------------------------------------------------------------------------


def test_another_key_gives_a_clear_error_not_garbage(station, handler, tmp_path, monkeypatch, db_path):
    nomor = file(station).nomor
    monkeypatch.setenv(keys.KEY_ENV, str(tmp_path / "other.key"))
    keys.load_key(create=True)  # a stranger's key
    before = snapshot(db_path)
    with pytest.raises(Refused) as error:
        staff_view(station, nomor, handler)
    assert error.value.code == "wrong_key" and "restore" in error.value.message
    with pytest.raises(Refused) as adding:
        file(station)
    assert adding.value.code == "wrong_key"
    assert snapshot(db_path) == before
    # without personal data shown, the complaint still opens
    assert staff_view(station, nomor, handler, personal=False).uraian == GOOD["uraian"]


def test_a_missing_key_is_never_silently_replaced(station, handler, key_file, db_path):
    nomor = file(station).nomor
    key_file.unlink()
    with pytest.raises(Refused) as viewing:
        staff_view(station, nomor, handler)
    assert viewing.value.code == "no_key"
    before = snapshot(db_path)
    with pytest.raises(Refused) as adding:
        file(station)
    assert adding.value.code == "no_key" and not key_file.exists()
    assert snapshot(db_path) == before


def test_a_damaged_key_file_or_token_is_reported(station, handler, key_file, db_path):
    nomor = file(station).nomor
    good = key_file.read_bytes()
    key_file.write_bytes(b"not a key\n")
    with pytest.raises(Refused) as damaged:
        staff_view(station, nomor, handler)
    assert damaged.value.code == "bad_key_file"
    key_file.write_bytes(good)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE complaint_identity SET telepon_enc = 'gAAAAAgarbage'")
    conn.commit()
    conn.close()
    with pytest.raises(Refused) as tampered:
        staff_view(station, nomor, handler)
    assert tampered.value.code == "damaged_personal_data"


def test_two_processes_creating_the_key_at_once_agree(tmp_path, monkeypatch):
    monkeypatch.setenv(keys.KEY_ENV, str(tmp_path / "race" / "k.key"))
    results = []
    threads = [threading.Thread(target=lambda: results.append(keys.load_key(create=True).key_id)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and len(results) == 8
    assert os.listdir(tmp_path / "race") == ["k.key"]  # no temporary file left


def test_the_key_file_lives_in_the_user_data_directory_by_default(monkeypatch):
    monkeypatch.delenv(keys.KEY_ENV)
    from app.paths import data_dir

    assert keys.key_path() == data_dir() / "personal-data.key"
