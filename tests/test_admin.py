"""Administration (app.admin) on a real station file: every rule refuses with its code and
field and leaves the file as it was; every change reaches the outbox; the catalog's
rules are the TOML file's; station settings lay over a station's own file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from app import admin, queue
from app.admin import AgencyData, ClosureData, CounterData, ServiceData, StaffData, StationSettingsData
from app.auth import hash_password, sign_in
from app.catalog import show_catalog
from app.config import StationConfig
from app.errors import InvalidInput, MppError, NotFound, Refused
from app.kiosk import Kiosk
from db.models import Staff
from tests.conftest import read_rows

WIB = timezone(timedelta(hours=7))
TABLES = ("agency", "service", "counter", "counter_service", "staff", "closure", "station_settings", "mpp_settings",
          "outbox")  # fmt: skip


def everything(db_path) -> dict[str, list[tuple]]:
    """Every row of the tables administration touches, as another process reads them."""
    conn = sqlite3.connect(db_path)
    try:
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        conn.close()


def outbox_since(db_path, seq: int) -> list[tuple[str, str]]:
    return read_rows(db_path, "SELECT entity, op FROM outbox WHERE seq > ? ORDER BY seq", seq)


def last_seq(db_path) -> int:
    return read_rows(db_path, "SELECT coalesce(max(seq), 0) FROM outbox")[0][0]


def add_admin(station):
    """The test catalog has a supervisor (budi) and a counter clerk (siti); add admin ani."""
    with station.uow() as uow:
        uow.new(Staff, username="ani", full_name="Ani Admin", role="admin", password_hash=hash_password("rahasia-ani"))
        uow.commit()
    return station


@pytest.fixture
def with_admin(station):
    return add_admin(station)


def run(station, fn, *args):
    with station.uow() as uow:
        return fn(uow, *args)


def service(station, code: str) -> ServiceData:
    with station.uow(read_only=True) as uow:
        return next(x for x in admin.list_services(uow) if x.code == code)


# --- the catalog ---------------------------------------------------------------------------------


def test_a_supervisor_edits_a_services_standar_pelayanan_and_the_kiosk_shows_it(station, db_path):
    seq = last_seq(db_path)
    ktp = service(station, "KTP")
    edited = replace(
        ktp,
        name="KTP-el (rekam & cetak)",
        persyaratan=("Kartu Keluarga asli", "  ", "Surat pengantar RT/RW"),
        prosedur=("Ambil nomor", "Rekam biometrik", "Ambil KTP-el"),
        biaya="Gratis (UU 24/2013)",
        daily_quota=80,
        wait_target_minutes=20,
        hours={"senin": "08.00-12.00", "selasa": "08:00-12:00"},
        cutoff_minutes=15,
    )
    saved = run(station, admin.edit_service, "budi", "KTP", edited)
    assert saved.persyaratan == ("Kartu Keluarga asli", "Surat pengantar RT/RW")  # blank lines dropped
    assert saved.hours == {"senin": "08.00-12.00", "selasa": "08.00-12.00"}
    board = Kiosk(station, StationConfig()).board()
    tile = board.service("KTP")
    assert tile.service.name == "KTP-el (rekam & cetak)"
    assert tile.service.prosedur == ["Ambil nomor", "Rekam biometrik", "Ambil KTP-el"]
    assert tile.availability.quota == 80
    assert f"{tile.availability.hours.cutoff:%H.%M}" == "11.45"  # 12.00 less 15 minutes, on Monday
    assert outbox_since(db_path, seq) == [("service", "update")]
    payload = read_rows(db_path, "SELECT payload FROM outbox WHERE seq > ?", seq)[0][0]
    assert '"biaya": "Gratis (UU 24/2013)"' in payload


@pytest.mark.parametrize(
    "change, code, field",
    [
        (lambda x: replace(x, prefix="A"), "prefix_taken", "prefix"),  # KTP's
        (lambda x: replace(x, prefix="B2"), "bad_prefix", "prefix"),
        (lambda x: replace(x, prefix="ABC"), "bad_prefix", "prefix"),
        (lambda x: replace(x, name=" "), "required", "name"),
        (lambda x: replace(x, daily_quota=-1), "bad_quota", "daily_quota"),
        (lambda x: replace(x, wait_target_minutes=0), "bad_wait_target", "wait_target_minutes"),
        (lambda x: replace(x, service_minutes=0), "bad_service_minutes", "service_minutes"),
        (lambda x: replace(x, hours={"senin": "15.00-08.00"}), "bad_hours", "hours"),
        (lambda x: replace(x, hours={"libur": "08.00-12.00"}), "bad_hours", "hours"),
        (lambda x: replace(x, hours={"senin": " "}), "no_hours", "hours"),  # not the agency's, yet none
        (lambda x: replace(x, cutoff_minutes=-5), "bad_cutoff", "cutoff_minutes"),
        # the MPP closes at 11.30 on Friday: a 4-hour cutoff leaves no time for tickets
        (lambda x: replace(x, cutoff_minutes=240), "cutoff_outside_hours", "cutoff_minutes"),
        (lambda x: replace(x, hours={"senin": "08.00-08.20"}, cutoff_minutes=None), "cutoff_outside_hours",
         "cutoff_minutes"),  # the MPP's 30-minute cutoff, on 20 minutes of hours
        (lambda x: replace(x, agency_code="NOPE"), "unknown_agency", "agency_code"),
        (lambda x: replace(x, code="KTP"), "code_taken", "code"),
        (lambda x: replace(x, code="kk-1"), "bad_code", "code"),
        (lambda x: replace(x, name="x" * 201), "too_long", "name"),
    ],
)
def test_a_bad_service_is_refused_with_its_field_and_changes_nothing(station, db_path, change, code, field):
    before = everything(db_path)
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.edit_service, "budi", "KK", change(service(station, "KK")))
    assert refused.value.code == code
    assert [(p.code, p.field) for p in refused.value.details["problems"]][:1] == [(code, field)]
    assert everything(db_path) == before


def test_two_active_services_never_share_a_prefix_but_a_retired_one_frees_it(station, db_path):
    new = ServiceData(code="AKTA", agency_code="DUKCAPIL", prefix="b", name="Akta kelahiran")
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_service, "budi", new)  # KK holds B
    problem = refused.value.details["problems"][0]
    assert (problem.code, problem.field, problem.args["other"]) == ("prefix_taken", "prefix", "KK")
    # PASPOR comes after KK in the catalog, so the catalog names PASPOR; the form still hears of KK's prefix
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.edit_service, "budi", "KK", replace(service(station, "KK"), prefix="P"))
    problem = refused.value.details["problems"][0]
    assert (problem.code, problem.field, problem.args["other"]) == ("prefix_taken", "prefix", "PASPOR")
    run(station, admin.deactivate_service, "budi", "KK")  # counter 1 still serves KTP
    added = run(station, admin.add_service, "budi", new)
    assert (added.prefix, added.active) == ("B", True)  # written in capitals
    with station.uow() as uow:
        ticket = queue.issue_ticket(uow, "AKTA")
    assert ticket.code == "B001"


def test_a_service_whose_code_an_inactive_one_holds_is_told_to_reactivate_it(station):
    run(station, admin.deactivate_service, "budi", "KK")
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_service, "budi", ServiceData(code="KK", agency_code="DUKCAPIL", prefix="K", name="KK 2"))
    assert refused.value.code == "code_taken"
    assert refused.value.details["problems"][0].args["inactive"] is True
    assert "active again" in refused.value.message


def test_no_counter_is_ever_left_without_a_service(station, db_path):
    before = everything(db_path)
    attempts = [
        (admin.add_counter, (CounterData(7, "Loket 7", ()),), "services"),
        (admin.edit_counter, (5, CounterData(5, "Loket 5", ())), "services"),
        # counter 5 serves PASPOR alone: neither the service nor its agency may go
        (admin.deactivate_service, ("PASPOR",), ""),
        (admin.deactivate_agency, ("IMIGRASI",), ""),
    ]
    for fn, args, field in attempts:
        with pytest.raises(InvalidInput) as refused:
            run(station, fn, "budi", *args)
        problem = refused.value.details["problems"][0]
        assert (refused.value.code, problem.field) == ("counter_without_service", field), fn.__name__
        if not field:
            assert problem.args["counter"] == "5"
    assert everything(db_path) == before
    # once counter 5 serves another service too, PASPOR may go
    run(station, admin.edit_counter, "budi", 5, CounterData(5, "Loket 5", ("PASPOR", "KK")))
    assert run(station, admin.deactivate_service, "budi", "PASPOR").active is False


def test_counter_numbers_are_unique_and_links_follow_the_form(station, db_path):
    seq = last_seq(db_path)
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_counter, "budi", CounterData(2, "Loket dua", ("KTP",)))
    assert (refused.value.code, refused.value.details["problems"][0].field) == ("number_taken", "number")
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.edit_counter, "budi", 5, CounterData(1, "Loket 5", ("PASPOR",)))
    assert refused.value.code == "number_taken"
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_counter, "budi", CounterData(7, "Loket 7", ("KTP", "NOPE")))
    assert refused.value.code == "unknown_service"
    assert last_seq(db_path) == seq
    saved = run(station, admin.edit_counter, "budi", 1, CounterData(1, "Loket 1 Dukcapil", ("kk", "PASPOR")))
    assert saved.services == ("KK", "PASPOR")
    assert sorted(outbox_since(db_path, seq)) == [("counter", "update"), ("counter_service", "delete"),
                                                  ("counter_service", "insert")]  # fmt: skip
    with station.uow() as uow:
        queue.issue_ticket(uow, "PASPOR")
        assert queue.call_next(uow, 1).code == "P001"  # the desk serves it at once


def test_agencies_are_added_renamed_and_deactivated_never_deleted(station, db_path):
    added = run(station, admin.add_agency, "budi", AgencyData(" samsat ", "Samsat", hours={"senin": "08.00-14.00"}))
    assert (added.code, added.hours) == ("SAMSAT", {"senin": "08.00-14.00"})
    run(station, admin.add_service, "budi", ServiceData("PKB", "SAMSAT", "S", "Pajak kendaraan"))
    renamed = replace(added, code="SAMSAT_JABAR", name="Samsat Jabar")
    renamed = run(station, admin.edit_agency, "budi", "SAMSAT", renamed)
    assert renamed.code == "SAMSAT_JABAR"
    assert service(station, "PKB").agency_code == "SAMSAT_JABAR"
    run(station, admin.deactivate_agency, "budi", "SAMSAT_JABAR")
    assert read_rows(db_path, "SELECT code, active FROM agency WHERE code = 'SAMSAT_JABAR'") == [("SAMSAT_JABAR", 0)]
    with station.uow(read_only=True) as uow:
        assert "SAMSAT_JABAR" not in [a.code for a in show_catalog(uow).agencies]
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_agency, "budi", AgencyData("SAMSAT_JABAR", "Lagi"))
    assert refused.value.code == "code_taken"
    for bad, code in [(AgencyData("", "Tanpa kode"), "required"), (AgencyData("X Y", "Spasi"), "bad_code"),
                      (AgencyData("BPN", "BPN", cutoff_minutes=600), "cutoff_outside_hours")]:  # fmt: skip
        if code == "cutoff_outside_hours":  # an agency's cutoff is checked on its services
            run(station, admin.add_agency, "budi", replace(bad, cutoff_minutes=None))
            run(station, admin.add_service, "budi", ServiceData("SERT", "BPN", "T", "Sertifikat"))
            with pytest.raises(InvalidInput) as refused:
                run(station, admin.edit_agency, "budi", "BPN", bad)
        else:
            with pytest.raises(InvalidInput) as refused:
                run(station, admin.add_agency, "budi", bad)
        assert refused.value.code == code


def test_a_counter_clerk_changes_nothing(station, db_path):
    before = everything(db_path)
    with pytest.raises(Refused) as refused:
        run(station, admin.edit_service, "siti", "KK", replace(service(station, "KK"), name="Lain"))
    assert refused.value.code == "not_allowed"
    with pytest.raises(Refused):
        run(station, admin.set_running_text, "siti", "Halo")
    with pytest.raises(Refused):
        run(station, admin.add_closure, "nobody", ClosureData(date(2026, 12, 1), "Rapat"))
    assert everything(db_path) == before


def test_an_old_flaw_elsewhere_does_not_block_an_unrelated_edit(station, db_path):
    # a counter left without a service by someone else's tool (here: straight SQL)
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM counter_service WHERE counter_id = (SELECT id FROM counter WHERE number = 2)")
    conn.commit()
    conn.close()
    edited = run(station, admin.edit_service, "budi", "KK", replace(service(station, "KK"), biaya="Gratis"))
    assert edited.biaya == "Gratis"


# --- staff accounts ----------------------------------------------------------------------------------


def test_only_an_admin_manages_staff_and_passwords_are_argon2(with_admin, db_path):
    station = with_admin
    with pytest.raises(Refused) as refused:
        run(station, admin.add_staff, "budi", StaffData("rudi", "Rudi", "counter"), "rahasia-rudi")
    assert refused.value.code == "not_allowed"
    seq = last_seq(db_path)
    added = run(station, admin.add_staff, "ani", StaffData("rudi", "Rudi Hartono", "pengaduan"), "1234")
    assert added == StaffData("rudi", "Rudi Hartono", "pengaduan", True)
    assert read_rows(db_path, "SELECT password_hash FROM staff WHERE username = 'rudi'")[0][0].startswith("$argon2id$")
    assert outbox_since(db_path, seq) == [("staff", "insert")]
    with station.uow() as uow:
        assert sign_in(uow, "rudi", "1234").role == "pengaduan"
    run(station, admin.reset_password, "ani", "rudi", "baru-5678")
    with station.uow() as uow:
        with pytest.raises(Refused):
            sign_in(uow, "rudi", "1234")
    with station.uow() as uow:
        assert sign_in(uow, "rudi", "baru-5678").username == "rudi"
    run(station, admin.deactivate_staff, "ani", "rudi")
    with station.uow() as uow:
        with pytest.raises(Refused):
            sign_in(uow, "rudi", "baru-5678")


@pytest.mark.parametrize(
    "fn, args, code, field",
    [
        (admin.add_staff, (StaffData("rudi", "Rudi", "counter"), "123"), "short_password", "password"),
        (admin.add_staff, (StaffData("rudi", "Rudi", "boss"), "rahasia"), "bad_role", "role"),
        (admin.add_staff, (StaffData("ru di", "Rudi", "counter"), "rahasia"), "bad_username", "username"),
        (admin.add_staff, (StaffData("siti", "Siti Lain", "counter"), "rahasia"), "username_taken", "username"),
        (admin.add_staff, (StaffData("rudi", "", "counter"), "rahasia"), "required", "full_name"),
        (admin.reset_password, ("siti", ""), "short_password", "password"),
        # ani is the only admin: she may neither leave nor stop being one
        (admin.deactivate_staff, ("ani",), "last_admin", "active"),
        (admin.edit_staff, ("ani", StaffData("ani", "Ani Admin", "supervisor")), "last_admin", "role"),
    ],
)
def test_a_bad_staff_change_is_refused_and_changes_nothing(with_admin, db_path, fn, args, code, field):
    before = everything(db_path)
    with pytest.raises(MppError) as refused:
        run(with_admin, fn, "ani", *args)
    assert refused.value.code == code
    assert refused.value.details["problems"][0].field == field
    assert everything(db_path) == before


def test_a_second_admin_lets_the_first_step_down(with_admin):
    station = with_admin
    run(station, admin.edit_staff, "ani", "budi", StaffData("budi", "Budi Santoso", "counter"))  # ani remains
    run(station, admin.edit_staff, "ani", "budi", StaffData("budi", "Budi Santoso", "supervisor"))
    run(station, admin.add_staff, "ani", StaffData("dewi", "Dewi", "admin"), "rahasia-dewi")
    run(station, admin.edit_staff, "ani", "ani", StaffData("ani", "Ani", "supervisor"))  # dewi stays admin
    with station.uow(read_only=True) as uow:
        assert {(s.username, s.role) for s in admin.list_staff(uow) if s.role in ("admin", "supervisor")} == {
            ("ani", "supervisor"), ("budi", "supervisor"), ("dewi", "admin")}


# --- holidays and closures ---------------------------------------------------------------------------


def test_a_closure_for_a_whole_day_or_part_of_one(station, clock, db_path):
    seq = last_seq(db_path)
    run(station, admin.add_closure, "budi", ClosureData(date(2026, 11, 24), "Rapat koordinasi", "12.00", "13.30"))
    run(station, admin.add_closure, "budi", ClosureData(date(2026, 11, 25), "  Banjir  "))
    assert outbox_since(db_path, seq) == [("closure", "insert"), ("closure", "insert")]
    with station.uow(read_only=True) as uow:
        listed = admin.list_closures(uow)
    assert [(c.day.day, c.reason, c.closed_from, c.closed_until) for c in listed if c.day.month == 11] == [
        (24, "Rapat koordinasi", "12:00", "13:30"), (25, "Banjir", None, None), (26, "Pemeliharaan gedung", None, None)]

    def open_at(hour: int, minute: int, day: int) -> tuple[bool, str | None]:
        clock.set(datetime(2026, 11, day, hour, minute, tzinfo=WIB))
        with station.uow(read_only=True) as uow:
            ktp = next(q for q in queue.queue_overview(uow) if q.code == "KTP")
        return ktp.availability.open, ktp.availability.detail

    assert open_at(11, 59, 24) == (True, None)
    assert open_at(12, 30, 24) == (False, "Rapat koordinasi (12.00-13.30)")
    assert open_at(13, 30, 24) == (True, None)
    assert open_at(9, 0, 25) == (False, "Banjir")
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))
    run(station, admin.remove_closure, "budi", date(2026, 11, 25))
    assert outbox_since(db_path, seq)[-1] == ("closure", "delete")
    assert open_at(9, 0, 25) == (True, None)


@pytest.mark.parametrize(
    "data, code, field",
    [
        (ClosureData(date(2026, 11, 20), "Terlambat"), "past_day", "day"),
        (ClosureData(date(2026, 11, 26), "Lagi"), "closure_taken", "day"),
        (ClosureData(date(2026, 12, 1), "   "), "required", "reason"),
        (ClosureData(date(2026, 12, 1), "Rapat", "13.00", "12.00"), "bad_time", "closed_from"),
        (ClosureData(date(2026, 12, 1), "Rapat", "12.00", None), "bad_time", "closed_from"),
        (ClosureData(date(2026, 12, 1), "Rapat", "25.00", "26.00"), "bad_time", "closed_from"),
    ],
)
def test_a_bad_closure_is_refused_and_changes_nothing(station, db_path, data, code, field):
    before = everything(db_path)
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.add_closure, "budi", data)
    assert (refused.value.code, refused.value.details["problems"][0].field) == (code, field)
    assert everything(db_path) == before


def test_national_holidays_are_listed_beside_the_closures(station):
    with station.uow(read_only=True) as uow:
        holidays = admin.upcoming_holidays(uow, days=40)
    assert date(2026, 12, 25) in [h.day for h in holidays]


def test_the_running_text_goes_through_app_display(station, db_path):
    seq = last_seq(db_path)
    assert run(station, admin.set_running_text, "budi", "  Selamat datang  ") == "Selamat datang"
    assert read_rows(db_path, "SELECT running_text FROM mpp_settings") == [("Selamat datang",)]
    assert outbox_since(db_path, seq) == [("mpp_settings", "update")]
    with pytest.raises(InvalidInput) as refused:
        run(station, admin.set_running_text, "budi", "dua\nbaris")
    assert (refused.value.code, refused.value.details["problems"][0].field) == ("bad_running_text", "running_text")


# --- station settings ----------------------------------------------------------------------------------


def test_station_settings_lay_over_the_stations_own_file(with_admin, db_path):
    station = with_admin
    seq = last_seq(db_path)
    run(station, admin.add_station_settings, "ani", StationSettingsData("*", {"idle_seconds": 45, "language": "en"}))
    run(station, admin.add_station_settings, "ani",
        StationSettingsData("Kiosk Lobi", {"idle_seconds": 90, "printer": "tcp:10.0.0.9"}))  # fmt: skip
    assert outbox_since(db_path, seq) == [("station_settings", "insert"), ("station_settings", "insert")]
    own = StationConfig(station_name="Kiosk Lobi", idle_seconds=20, printer="file:/tmp/x", paper_mm=58)
    with station.uow(read_only=True) as uow:
        lobby = admin.effective_config(uow, own)
        other = admin.effective_config(uow, own.replace(station_name="Kiosk 2"))
        unnamed = admin.effective_config(uow, StationConfig())
    assert (lobby.idle_seconds, lobby.language, lobby.printer, lobby.paper_mm) == (90, "en", "tcp:10.0.0.9", 58)
    assert (other.idle_seconds, other.language, other.printer) == (45, "en", "file:/tmp/x")
    assert (unnamed.idle_seconds, unnamed.language) == (45, "en")
    # a key left out follows the station's file again
    run(station, admin.edit_station_settings, "ani", "Kiosk Lobi", StationSettingsData("Kiosk Lobi", {}))
    assert admin.station_config(station, own).printer == "file:/tmp/x"
    run(station, admin.remove_station_settings, "ani", "*")
    assert admin.station_config(station, own).idle_seconds == 20


@pytest.mark.parametrize(
    "data, actor, code, field",
    [
        (StationSettingsData("Kiosk", {"idle_seconds": 2}), "ani", "bad_setting", "idle_seconds"),
        (StationSettingsData("Kiosk", {"idle_seconds": "30"}), "ani", "bad_setting", "idle_seconds"),
        (StationSettingsData("Kiosk", {"language": "fr"}), "ani", "bad_setting", "language"),
        (StationSettingsData("Kiosk", {"printer": "lpt1"}), "ani", "bad_setting", "printer"),
        (StationSettingsData("Kiosk", {"paper_mm": 72}), "ani", "bad_setting", "paper_mm"),
        (StationSettingsData("Kiosk", {"hub_url": "http://x"}), "ani", "not_central", "hub_url"),
        (StationSettingsData(" ", {"idle_seconds": 40}), "ani", "required", "station_name"),
        (StationSettingsData("Kiosk", {"idle_seconds": 40}), "budi", "not_allowed", ""),  # a supervisor
    ],
)
def test_a_bad_station_setting_is_refused_and_changes_nothing(with_admin, db_path, data, actor, code, field):
    before = everything(db_path)
    with pytest.raises(MppError) as refused:
        run(with_admin, admin.add_station_settings, actor, data)
    assert (refused.value.code, refused.value.details["problems"][0].field) == (code, field)
    assert everything(db_path) == before


def test_a_stored_value_that_no_longer_parses_is_skipped_not_fatal(with_admin, db_path):
    run(with_admin, admin.add_station_settings, "ani", StationSettingsData("K", {"idle_seconds": 40}))
    conn = sqlite3.connect(db_path)  # as a newer version (or a bad sync) might have left it
    conn.execute("""UPDATE station_settings SET settings = '{"idle_seconds": 1, "language": "en"}'""")
    conn.commit()
    conn.close()
    config = admin.station_config(with_admin, StationConfig(station_name="K"))
    assert (config.idle_seconds, config.language) == (30, "en")


def test_permissions_follow_the_role(with_admin):
    with with_admin.uow(read_only=True) as uow:
        ani, budi, siti = (admin.permissions(uow, name) for name in ("ani", "budi", "siti"))
        nobody = admin.permissions(uow, "nobody")
    assert (ani.catalog, ani.staff, ani.stations) == (True, True, True)
    assert (budi.catalog, budi.staff, budi.stations) == (True, False, False)
    assert not (siti.catalog or siti.staff or nobody.catalog)


def test_unknown_rows_are_not_found(station):
    with pytest.raises(NotFound):
        run(station, admin.edit_counter, "budi", 42, CounterData(42, "x", ("KTP",)))
    with pytest.raises(NotFound):
        run(station, admin.remove_closure, "budi", date(2026, 12, 30))


def test_the_catalog_file_obeys_the_same_cutoff_rule():
    """One set of rules: a catalog file with a cutoff that leaves no time for tickets is refused too."""
    from app.catalog import read_catalog_file, validate_catalog
    from tests.conftest import TEST_CATALOG

    data = read_catalog_file(TEST_CATALOG)
    data["agencies"][1]["cutoff_minutes"] = 180  # IMIGRASI closes at 11.00 on Friday, opening at 08.00
    with pytest.raises(InvalidInput) as refused:
        validate_catalog(data)
    assert refused.value.details["problems"] == [
        "service PASPOR: cutoff_minutes 180 leaves no time for tickets on jumat (08.00-11.00)"]
