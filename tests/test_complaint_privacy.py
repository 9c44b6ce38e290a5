"""Who sees what of a complaint (app.complaints.PRIVACY), and the access log of every
showing of personal data.

| role       | terbuka                    | anonim            | rahasia                        |
|------------|----------------------------|-------------------|--------------------------------|
| pengaduan  | content, all personal data | the same          | the same                       |
| supervisor | content and the name       | content           | a stub: number, stage, dates   |
| admin, cli | content and the name       | content           | a stub                         |
| counter    | content and the name       | content           | nothing: not listed, refused   |
| kiosk      | the public view only       |                   |                                |
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from app import complaints as c
from app.cli import _jsonable
from app.complaints import CLI, KIOSK
from app.errors import Refused
from tests.test_complaints import GOOD, NIK, add_staff, advance, file, snapshot, staff_view

ALL = ("nama", "alamat", "telepon", "email", "nik")
PERSONAL_TEXT = (GOOD["nama"], "Merdeka", GOOD["telepon"], GOOD["email"], NIK)
CONTENT_TEXT = (GOOD["uraian"], GOOD["kerugian"], GOOD["tuntutan"], GOOD["tempat"])


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MPP_KEY_FILE", str(tmp_path / "personal-data.key"))


@pytest.fixture
def people(station) -> dict[str, c.Actor]:
    return {
        "pengaduan": add_staff(station, "rina", "pengaduan"),
        "supervisor": add_staff(station, "budi2", "supervisor"),
        "admin": add_staff(station, "adi", "admin"),
        "counter": add_staff(station, "ani", "counter"),
        "cli": CLI,
    }


def access_log(db_path) -> list[tuple]:
    return sqlite3.connect(db_path).execute(
        "SELECT c.nomor, a.actor, a.role, a.fields, a.purpose FROM complaint_access a "
        "JOIN complaint c ON c.id = a.complaint_id ORDER BY a.created_at, a.id"
    ).fetchall()


# (role, identitas) -> (shown fields, content seen?) ; None: refused
EXPECTED = {
    ("pengaduan", "terbuka"): (ALL, True),
    ("pengaduan", "anonim"): (ALL, True),
    ("pengaduan", "rahasia"): (ALL, True),
    ("supervisor", "terbuka"): (("nama",), True),
    ("supervisor", "anonim"): ((), True),
    ("supervisor", "rahasia"): ((), False),
    ("admin", "terbuka"): (("nama",), True),
    ("admin", "anonim"): ((), True),
    ("admin", "rahasia"): ((), False),
    ("cli", "terbuka"): (("nama",), True),
    ("cli", "anonim"): ((), True),
    ("cli", "rahasia"): ((), False),
    ("counter", "terbuka"): (("nama",), True),
    ("counter", "anonim"): ((), True),
    ("counter", "rahasia"): None,
}


@pytest.mark.parametrize("who, identitas", sorted(EXPECTED))
def test_each_role_sees_what_the_rule_says_and_each_showing_is_logged(station, db_path, people, who, identitas):
    nomor = file(station, identitas=identitas).nomor
    actor = people[who]
    expected = EXPECTED[who, identitas]
    before = snapshot(db_path)
    if expected is None:
        with pytest.raises(Refused) as error:
            staff_view(station, nomor, actor)
        assert error.value.code == "forbidden"
        assert snapshot(db_path) == before
        return
    shown, content = expected
    view = staff_view(station, nomor, actor)
    assert view.shown == shown
    assert view.withheld == (tuple(n for n in ALL if n not in shown) if content else ())
    assert view.held == (ALL if content else ())  # names only: which fields were given
    assert view.restricted == (not content)
    text = json.dumps(_jsonable(view), ensure_ascii=False)
    for name, value in zip(ALL, PERSONAL_TEXT):
        assert (value in text) == (name in shown), name
    for value in CONTENT_TEXT:
        assert (value in text) == content
    assert (view.agency_code == "DUKCAPIL") == content
    # every showing of personal data is one access-log row naming the fields
    expected_log = [(nomor, actor.name, actor.role, ",".join(shown), "view")] if shown else []
    assert access_log(db_path) == expected_log
    assert snapshot(db_path)["complaint_access"] == before["complaint_access"] + (1 if shown else 0)
    # looked at again: logged again
    staff_view(station, nomor, actor)
    assert len(access_log(db_path)) == 2 * len(expected_log)


def test_the_rule_table_covers_every_role_and_identitas():
    from app.auth import ROLES

    for role in (*ROLES, "kiosk"):
        assert set(c.PRIVACY[role]) == set(c.IDENTITAS)
    assert c.access_for("someone-else", "terbuka") == c.access_for("kiosk", "terbuka")


def test_browsing_without_personal_data_logs_nothing(station, db_path, people):
    nomor = file(station).nomor
    view = staff_view(station, nomor, people["pengaduan"], personal=False)
    assert view.shown == () and view.identity == c.Identity() and view.withheld == ()
    assert view.held == ALL  # the handler can ask for them
    assert access_log(db_path) == []


def test_the_kiosk_sees_only_the_public_view(station, db_path):
    nomor = file(station, actor=KIOSK, kanal="kiosk").nomor
    before = snapshot(db_path)
    with pytest.raises(Refused) as error:
        staff_view(station, nomor, KIOSK)
    assert error.value.code == "forbidden"
    with pytest.raises(Refused), station.uow() as uow:
        c.receipt_data(uow, nomor, KIOSK)
    with pytest.raises(Refused), station.uow() as uow:
        c.advance(uow, nomor, "diverifikasi", actor=KIOSK)
    with station.uow(read_only=True) as uow:
        assert c.list_complaints(uow, KIOSK) == []
    assert snapshot(db_path) == before


def test_lists_hold_no_personal_data_and_hide_rahasia_from_agency_staff(station, people):
    open_ = file(station).nomor
    anonymous = file(station, identitas="anonim").nomor
    secret = file(station, identitas="rahasia").nomor

    def listed(who):
        with station.uow(read_only=True) as uow:
            return {r.nomor: r for r in c.list_complaints(uow, people[who])}

    for who in people:
        rows = listed(who)
        text = json.dumps(_jsonable(list(rows.values())), ensure_ascii=False)
        for value in PERSONAL_TEXT + CONTENT_TEXT:
            assert value not in text
    assert set(listed("counter")) == {open_, anonymous}
    stub = listed("supervisor")[secret]
    assert stub.restricted and stub.agency_code is None and stub.due is not None
    assert not listed("pengaduan")[secret].restricted


def test_only_handlers_move_a_rahasia_complaint(station, db_path, people):
    secret = file(station, identitas="rahasia").nomor
    open_ = file(station).nomor
    before = snapshot(db_path)
    for who in ("supervisor", "admin", "cli", "counter"):
        with pytest.raises(Refused) as error:
            advance(station, secret, "diverifikasi", actor=people[who])
        assert error.value.code == "forbidden"
    with pytest.raises(Refused):
        advance(station, open_, "diverifikasi", actor=people["counter"])  # agency staff file, handlers handle
    with pytest.raises(Refused), station.uow() as uow:
        c.add_note(uow, secret, "catatan", actor=people["supervisor"])
    assert snapshot(db_path) == before
    advance(station, secret, "diverifikasi", actor=people["pengaduan"])
    advance(station, open_, "diverifikasi", actor=people["supervisor"])
    assert staff_view(station, secret, people["supervisor"]).history[-1].note is None  # a stub shows no notes


def test_anyone_who_may_file_files_but_only_some_serve_a_citizen(station, people, db_path):
    for who in ("counter", "supervisor", "admin", "pengaduan"):
        file(station, actor=people[who])
    nomor = file(station, actor=KIOSK).nomor
    before = snapshot(db_path)
    for who in ("counter", "supervisor"):
        with pytest.raises(Refused), station.uow() as uow:
            c.citizen_export(uow, people[who], nomor=nomor)
        with pytest.raises(Refused), station.uow() as uow:
            c.erase_personal_data(uow, people[who])
    with pytest.raises(Refused), station.uow() as uow:
        c.complaints_for_export(uow, people["counter"])
    assert snapshot(db_path) == before


def test_a_reprinted_receipt_shows_the_name_only_of_a_terbuka_complaint_and_is_logged(station, db_path, people):
    open_ = file(station).nomor
    anonymous = file(station, identitas="anonim").nomor
    secret = file(station, identitas="rahasia").nomor

    def receipt(nomor, who):
        with station.uow() as uow:
            return c.receipt_data(uow, nomor, people[who])

    assert receipt(open_, "counter").nama == GOOD["nama"]
    assert receipt(anonymous, "pengaduan").nama is None and receipt(anonymous, "pengaduan").uraian == GOOD["uraian"]
    for who in ("pengaduan", "supervisor"):
        r = receipt(secret, who)
        assert (r.nama, r.uraian, r.agency_name, r.tempat) == (None, None, None, None)
    before = snapshot(db_path)
    with pytest.raises(Refused):
        receipt(secret, "counter")
    assert snapshot(db_path) == before
    assert access_log(db_path) == [(open_, "ani", "counter", "nama", "receipt")]
