"""The catalog: the demo file, validation that reports everything at once,
reloading in place, and staff passwords as argon2 hashes."""

from __future__ import annotations

import copy
import shutil
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import queue
from app.auth import hash_password, verify_password
from app.catalog import load_catalog, read_catalog_file, show_catalog, validate_catalog
from app.clock import ManualClock
from app.errors import InvalidInput, Refused
from app.uow import Station
from db.models import Staff
from tests.conftest import read_rows

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "catalog" / "demo.toml"
TEST_CATALOG = Path(__file__).parent / "fixtures" / "catalog.toml"
WIB = ZoneInfo("Asia/Jakarta")
MONDAY_9AM = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def blank(tmp_path, clock):
    """A fresh, migrated station without a catalog."""
    station = Station.open(tmp_path / "x.sqlite", clock)
    yield station
    station.close()


@pytest.fixture(scope="module")
def staff_hashes() -> dict[str, str]:
    """argon2 hashes of the fixture catalog's passwords, made once (hashing is slow)."""
    return {s["username"]: hash_password(s["password"]) for s in read_catalog_file(TEST_CATALOG)["staff"]}


@pytest.fixture
def plain_data() -> dict:
    """The fixture catalog as written: staff with plain demo passwords."""
    return read_catalog_file(TEST_CATALOG)


@pytest.fixture
def data(staff_hashes) -> dict:
    """The fixture catalog with password_hash instead of password, so loads are fast."""
    data = read_catalog_file(TEST_CATALOG)
    for member in data["staff"]:
        del member["password"]
        member["password_hash"] = staff_hashes[member["username"]]
    return data


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The demo catalog loaded once into a file; tests get a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    station = Station.open(path, ManualClock(MONDAY_9AM))
    load(station, read_catalog_file(DEMO))
    station.close()
    return path


@pytest.fixture
def demo(demo_db, tmp_path, clock):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, path)
    station = Station.open(path, clock)
    yield station
    station.close()


def load(station, data):
    with station.uow() as uow:
        summary = load_catalog(uow, data)
        uow.commit()
    return summary


def show(station):
    with station.uow(read_only=True) as uow:
        return show_catalog(uow)


def services_by_code(view):
    return {s.code: s for a in view.agencies for s in a.services}


def query(station, sql, *params):
    return read_rows(station.db.path, sql, *params)


# --- the demo catalog --------------------------------------------------------------


def test_the_demo_catalog_loads(blank):
    raw = read_catalog_file(DEMO)
    for member in raw["staff"]:  # hashing every demo password is slow and tested below
        member["password_hash"] = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
        del member["password"]
    summary = load(blank, raw)
    view = show(blank)
    assert view.timezone == "Asia/Jakarta"
    assert view.priority_policy in ("first", "interleave")
    codes = {a.code for a in view.agencies}
    assert len(codes) >= 7
    assert {"DUKCAPIL", "DPMPTSP", "SAMSAT", "POLRES", "BPJSKES", "KPP", "IMIGRASI"} <= codes
    services = services_by_code(view)
    assert summary.agencies == len(view.agencies)
    assert summary.services == len(services) == sum(len(a.get("services", [])) for a in raw["agencies"])
    assert summary.counters == len(view.counters) == len(raw["counters"])
    assert summary.deactivated == []
    assert len({s.prefix for s in services.values()}) == len(services)
    for agency in view.agencies:
        assert agency.services, agency.code
    for service in services.values():
        # the six published components of the standar pelayanan
        assert service.persyaratan and all(line.strip() for line in service.persyaratan), service.code
        assert service.prosedur and all(line.strip() for line in service.prosedur), service.code
        for key in ("jangka_waktu", "biaya", "produk", "pengaduan"):
            assert getattr(service, key).strip(), (service.code, key)
        assert service.service_minutes >= 1
    for counter in view.counters:
        assert counter.services, counter.number
        assert set(counter.services) <= set(services)
    # every active service is served somewhere
    assert {code for c in view.counters for code in c.services} == set(services)


def test_the_demo_staff_passwords_are_argon2_hashes(demo):
    raw = read_catalog_file(DEMO)
    stored = dict(query(demo, "SELECT username, password_hash FROM staff"))
    assert set(stored) == {s["username"] for s in raw["staff"]}
    assert len(set(stored.values())) == len(stored)  # each with its own salt
    for member in raw["staff"]:
        pw_hash = stored[member["username"]]
        assert pw_hash.startswith("$argon2id$"), member["username"]
        assert member["password"] not in pw_hash
    # verifying is slow: the first, a middle and the last member
    staff = raw["staff"]
    for member in (staff[0], staff[len(staff) // 2], staff[-1]):
        assert verify_password(stored[member["username"]], member["password"]), member["username"]
    assert not verify_password(stored[staff[0]["username"]], staff[-1]["password"])


def test_the_demo_catalog_opens_for_tickets_on_a_working_morning(demo, clock):
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))
    with demo.uow(read_only=True) as uow:
        overview = queue.queue_overview(uow)
    assert len(overview) == len(services_by_code(show(demo)))
    assert any(q.availability.open for q in overview)
    with demo.uow() as uow:
        assert queue.issue_ticket(uow, "KTP").code.endswith("001")


# --- validation ----------------------------------------------------------------------


def test_validate_catalog_reports_every_problem_at_once(plain_data):
    bad = copy.deepcopy(plain_data)
    bad["mpp"]["timezone"] = "Asia/Atlantis"
    bad["agencies"][0]["services"][1]["prefix"] = "A"  # KK takes KTP's prefix
    bad["agencies"][1]["hours"] = {"senin": "8-15"}
    bad["counters"][1]["services"] = ["KTP", "SIM"]
    bad["counters"][2]["services"] = []
    bad["staff"][1]["role"] = "boss"
    with pytest.raises(InvalidInput) as exc:
        validate_catalog(bad)
    err = exc.value
    assert err.code == "invalid_input"
    problems = err.details["problems"]
    assert len(problems) == 6
    expected = [
        "unknown timezone 'Asia/Atlantis'",
        "service KK: prefix A is already used by KTP",
        "agency IMIGRASI: hours for senin must look like 08.00-15.00, not '8-15'",
        "counter 2: unknown service 'SIM'",
        "counter 5: serves no service",
        "staff budi: role must be one of counter, pengaduan, supervisor, admin",
    ]
    for text in expected:
        assert sum(text in p for p in problems) == 1, text
        assert text in err.message


def test_validate_catalog_more_problems(plain_data):
    bad = copy.deepcopy(plain_data)
    bad["agencies"][0]["services"][1]["code"] = "KTP"  # code used twice
    bad["agencies"][1]["services"][0]["prefix"] = "p1"
    bad["agencies"][1]["services"][0]["daily_quota"] = 0
    bad["agencies"][0]["hours"] = {"senin": "15.00-08.00"}
    bad["mpp"]["priority_policy"] = "random"
    bad["mpp"]["absent_after_calls"] = 0
    bad["counters"][2]["number"] = 1
    bad["staff"][0].pop("password")
    bad["closures"][0]["date"] = "2026-11-26"
    with pytest.raises(InvalidInput) as exc:
        validate_catalog(bad)
    problems = "\n".join(exc.value.details["problems"])
    for text in (
        "service KTP: code used twice",
        "prefix must be one or two capital letters, not 'p1'",
        "daily_quota must be a whole number of at least 1",
        "agency DUKCAPIL: hours for senin are not a range in one day",
        "priority_policy must be one of first, interleave",
        "absent_after_calls must be a whole number of at least 1",
        "counter 1: number used twice",
        "staff siti: give password_hash",
        "closure #1: date must be a TOML date",
        "counter 1: unknown service 'KK'",  # KK was renamed to KTP above
    ):
        assert text in problems, text
    assert len(exc.value.details["problems"]) == 10


def test_a_catalog_without_mpp_table_is_refused(data):
    del data["mpp"]
    with pytest.raises(InvalidInput, match=r"\[mpp\]"):
        validate_catalog(data)


def test_read_catalog_file_errors(tmp_path):
    with pytest.raises(InvalidInput, match="not found"):
        read_catalog_file(tmp_path / "none.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text('[mpp]\nname = "MPP\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid TOML"):
        read_catalog_file(broken)


def test_loading_a_bad_catalog_changes_nothing(blank, data):
    load(blank, data)
    before_view = show(blank)
    before_services = query(blank, "SELECT id, code, prefix, name, active, updated_at FROM service ORDER BY code")
    before_outbox = query(blank, "SELECT count(*), max(seq) FROM outbox")
    bad = copy.deepcopy(data)
    bad["agencies"][0]["services"][0]["name"] = "KTP baru"  # a good change ...
    bad["counters"][1]["services"] = ["SIM"]  # ... beside a bad one
    with pytest.raises(InvalidInput):
        load(blank, bad)
    assert show(blank) == before_view
    assert query(blank, "SELECT id, code, prefix, name, active, updated_at FROM service ORDER BY code") == before_services
    assert query(blank, "SELECT count(*), max(seq) FROM outbox") == before_outbox


def test_loading_a_bad_catalog_into_an_empty_station_writes_nothing(blank, data):
    data["staff"][0]["role"] = "raja"
    with pytest.raises(InvalidInput):
        load(blank, data)
    for table in ("mpp_settings", "agency", "service", "counter", "staff", "outbox"):
        assert query(blank, f"SELECT count(*) FROM {table}") == [(0,)], table
    with blank.uow() as uow:
        with pytest.raises(Refused) as exc:
            uow.settings()
    assert exc.value.code == "no_catalog"


# --- loading again --------------------------------------------------------------------


def test_loading_twice_updates_in_place(blank, data, clock):
    load(blank, data)
    ids = dict(query(blank, "SELECT code, id FROM service"))
    edited = copy.deepcopy(data)
    edited["agencies"][0]["services"][0]["name"] = "KTP Elektronik"
    edited["agencies"][0]["services"][1]["prefix"] = "K"
    edited["agencies"][1]["services"][0]["daily_quota"] = 5
    edited["mpp"]["priority_policy"] = "interleave"
    clock.advance(minutes=1)
    summary = load(blank, edited)
    assert (summary.services, summary.deactivated) == (3, [])
    assert dict(query(blank, "SELECT code, id FROM service")) == ids  # same rows
    view = show(blank)
    services = services_by_code(view)
    assert services["KTP"].name == "KTP Elektronik"
    assert services["KK"].prefix == "K"
    assert services["PASPOR"].daily_quota == 5
    assert view.priority_policy == "interleave"
    assert query(blank, "SELECT count(*) FROM service") == [(3,)]
    assert query(blank, "SELECT count(*) FROM agency") == [(2,)]
    assert query(blank, "SELECT count(*) FROM counter_service") == [(4,)]
    with blank.uow() as uow:
        assert queue.issue_ticket(uow, "KK").code == "K001"


def test_a_service_removed_from_the_file_becomes_inactive(blank, data, clock):
    load(blank, data)
    kk_id = query(blank, "SELECT id FROM service WHERE code = 'KK'")[0][0]
    edited = copy.deepcopy(data)
    del edited["agencies"][0]["services"][1]  # KK
    edited["counters"][0]["services"] = ["KTP"]
    summary = load(blank, edited)
    assert summary.deactivated == ["service KK"]
    view = show(blank)
    assert "KK" not in services_by_code(view)
    assert set(services_by_code(view)) == {"KTP", "PASPOR"}
    assert {c.number: c.services for c in view.counters}[1] == ["KTP"]
    assert query(blank, "SELECT active FROM service WHERE code = 'KK'") == [(0,)]  # kept, not deleted
    with blank.uow() as uow:
        with pytest.raises(Refused) as exc:
            queue.issue_ticket(uow, "KK")
    assert exc.value.code == "inactive"
    with blank.uow(read_only=True) as uow:
        assert "KK" not in {q.code for q in queue.queue_overview(uow)}
    # listed again: the same row comes back
    load(blank, data)
    assert query(blank, "SELECT id, active FROM service WHERE code = 'KK'") == [(kk_id, 1)]
    assert "KK" in services_by_code(show(blank))


def test_an_agency_removed_from_the_file_becomes_inactive_with_its_services(blank, data):
    load(blank, data)
    edited = copy.deepcopy(data)
    del edited["agencies"][1]  # IMIGRASI with PASPOR
    del edited["counters"][2]  # loket 5 served PASPOR
    summary = load(blank, edited)
    assert sorted(summary.deactivated) == ["agency IMIGRASI", "counter 5", "service PASPOR"]
    view = show(blank)
    assert [a.code for a in view.agencies] == ["DUKCAPIL"]
    assert [c.number for c in view.counters] == [1, 2]
    with blank.uow() as uow:
        with pytest.raises(Refused) as exc:
            queue.issue_ticket(uow, "PASPOR")
    assert exc.value.code == "inactive"


def test_two_services_can_swap_prefixes(blank, data):
    load(blank, data)
    edited = copy.deepcopy(data)
    edited["agencies"][0]["services"][0]["prefix"] = "B"
    edited["agencies"][0]["services"][1]["prefix"] = "A"
    load(blank, edited)
    assert dict(query(blank, "SELECT code, prefix FROM service WHERE code IN ('KTP', 'KK')")) == {"KTP": "B", "KK": "A"}


def test_a_new_service_may_take_the_prefix_of_a_removed_one(blank, data):
    load(blank, data)
    edited = copy.deepcopy(data)
    edited["agencies"][0]["services"][1] = {"code": "KIA", "prefix": "B", "name": "Kartu Identitas Anak"}
    edited["counters"][0]["services"] = ["KTP", "KIA"]
    try:
        load(blank, edited)
    except InvalidInput as exc:  # refusing it is acceptable, with a clear message
        assert "B" in exc.message
        return
    assert query(blank, "SELECT prefix, active FROM service WHERE code = 'KIA'") == [("B", 1)]


def test_staff_removed_from_the_file_becomes_inactive(blank, data):
    load(blank, data)
    edited = copy.deepcopy(data)
    edited["staff"] = [s for s in edited["staff"] if s["username"] != "budi"]
    summary = load(blank, edited)
    assert dict(query(blank, "SELECT username, active FROM staff")) == {"siti": 1, "budi": 0}
    assert "staff budi" in summary.deactivated


def test_a_closure_removed_from_the_file_no_longer_closes(blank, data, clock):
    load(blank, data)
    edited = copy.deepcopy(data)
    edited["closures"] = []
    load(blank, edited)
    clock.set(datetime(2026, 11, 26, 10, 0, tzinfo=WIB))
    with blank.uow() as uow:
        assert queue.issue_ticket(uow, "KTP").code == "A001"


# --- staff passwords -----------------------------------------------------------------------


def test_staff_passwords_are_stored_as_argon2_hashes(blank, plain_data):
    load(blank, plain_data)
    with blank.uow(read_only=True) as uow:
        staff = {s.username: s for s in uow.session.scalars(select(Staff))}
    assert set(staff) == {"siti", "budi"}
    assert (staff["siti"].role, staff["budi"].role) == ("counter", "supervisor")
    for username, password in (("siti", "rahasia-siti"), ("budi", "rahasia-budi")):
        pw_hash = staff[username].password_hash
        assert pw_hash.startswith("$argon2id$")
        assert password not in pw_hash
        assert verify_password(pw_hash, password)
    assert not verify_password(staff["siti"].password_hash, "rahasia-budi")
    assert not verify_password("not a hash", "rahasia-siti")
    # the plain password never reaches the outbox either
    payloads = "".join(r[0] for r in query(blank, "SELECT payload FROM outbox WHERE entity = 'staff'"))
    assert "rahasia" not in payloads
    assert "$argon2id$" in payloads


def test_reloading_keeps_a_hash_and_takes_a_given_password_hash(blank, plain_data):
    load(blank, plain_data)
    first = dict(query(blank, "SELECT username, password_hash FROM staff"))
    new_hash = hash_password("sandi-baru-budi")
    edited = copy.deepcopy(plain_data)
    edited["staff"][1].pop("password")
    edited["staff"][1]["password_hash"] = new_hash
    load(blank, edited)
    second = dict(query(blank, "SELECT username, password_hash FROM staff"))
    assert second["siti"] == first["siti"]  # not hashed again with a new salt
    assert second["budi"] == new_hash
    assert verify_password(second["budi"], "sandi-baru-budi")
    assert not verify_password(second["budi"], "rahasia-budi")

