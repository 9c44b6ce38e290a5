"""Sync against a real hub on 127.0.0.1, on PostgreSQL and on SQLite: every case of
issue 9, each with real station files, real HTTP and faults in the network."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app import complaints, queue
from app.clock import ManualClock
from app.errors import Refused
from app.sync.protocol import PROTOCOL, SyncError
from app.sync.station import join, push_waiting
from app.sync.status import local_sync_status
from app.uow import Station
from tests.conftest import MONDAY_9AM, read_rows
from tests.sync.helpers import (
    Node,
    backup_hub,
    hub_rows,
    issue,
    mint_station,
    outbox_waiting,
    raw_push,
    restore_hub,
    settle,
    statuses,
    wait_for,
    waiting_changes,
)


# --- joining and the way there and back --------------------------------------------------------


def test_a_ticket_goes_from_kiosk_to_counter_and_its_call_comes_back(stations):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    code = issue(kiosk)
    kiosk.sync()
    counter.sync()
    assert counter.tickets() == {code: ("waiting", None)}
    with counter.station.uow() as uow:
        assert queue.call_next(uow, 1).code == code
    counter.sync()
    kiosk.sync()
    assert kiosk.tickets() == {code: ("called", 1)}
    assert outbox_waiting(kiosk) == outbox_waiting(counter) == 0


def test_joining_takes_the_catalog_and_the_day_so_far(stations, hub, clock):
    friday = ManualClock(MONDAY_9AM - timedelta(days=3))
    early = stations("kiosk-friday", lease_ahead=True, at=friday)
    old = issue(early)  # Friday's ticket
    with early.station.uow() as uow:
        filed = complaints.add_complaint(uow, {
            "identitas": "anonim", "instansi": "DUKCAPIL", "tiket": old, "waktu_kejadian": "2026-11-20",
            "tempat": "Loket 1", "uraian": "Antrean lama", "kerugian": "Waktu", "tuntutan": "Perbaikan",
            "kanal": "kiosk",
        }, complaints.Actor("kiosk", "kiosk"))  # fmt: skip
    early.sync()
    kiosk = stations("kiosk-1", lease_ahead=True)
    today = issue(kiosk)
    kiosk.sync()

    counter = stations("loket-1")
    assert counter.tickets() == {today: ("waiting", None)}  # today's tickets, not Friday's
    with counter.station.uow(read_only=True) as uow:
        assert queue.show_counters(uow)  # the catalog
        # the complaint came, and the Friday ticket it names with it
        complaint = complaints.find_complaint(uow, filed.nomor)
        assert complaint.ticket.code == old
    assert local_sync_status(counter.station).joined


def test_a_station_with_a_catalog_of_its_own_cannot_join(hub, db_path, clock):
    token = hub.hub.add_station("old-kiosk")
    station = Station.open(db_path, clock)
    try:
        with pytest.raises(Refused) as refused:
            join(station, hub.url, token)
        assert refused.value.code == "has_catalog"
    finally:
        station.close()


# --- faults ---------------------------------------------------------------------------------------


def test_the_hubs_answer_lost_after_it_committed(stations, hub):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    code = issue(kiosk)
    kiosk.network.plan = ["lose"]  # the hub stores the push; its answer never arrives
    with pytest.raises(SyncError) as lost:
        kiosk.sync()
    assert lost.value.code == "unreachable" and lost.value.details["unknown"]
    assert [t["code"] for t in hub_rows(hub, "ticket")] == [code]
    assert outbox_waiting(kiosk) == 2  # unknown is not done: still waiting
    report = kiosk.sync()
    assert (report.pushed.dup, report.pushed.ok, outbox_waiting(kiosk)) == (2, 0, 0)
    counter.sync()
    assert [t["code"] for t in hub_rows(hub, "ticket")] == [code] and counter.tickets() == {code: ("waiting", None)}


def test_a_whole_batch_replayed(stations, hub):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    codes = [issue(kiosk) for _ in range(3)]
    batch = waiting_changes(kiosk)
    kiosk.network.plan = ["duplicate"]  # the hub gets the push twice and answers the second
    report = kiosk.sync()
    assert (report.pushed.sent, report.pushed.dup, outbox_waiting(kiosk)) == (6, 6, 0)
    again = raw_push(kiosk, batch)  # and once more, by hand
    assert set(statuses(again)) == {"dup"}
    assert sorted(t["code"] for t in hub_rows(hub, "ticket")) == codes
    counter.sync()
    assert sorted(counter.tickets()) == codes


def test_batches_out_of_order(stations, hub):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    code = issue(kiosk)
    with kiosk.station.uow() as uow:
        queue.cancel(uow, code, "berubah pikiran")
    first, second = waiting_changes(kiosk)[:2], waiting_changes(kiosk)[2:]
    assert set(statuses(raw_push(kiosk, second))) == {"later"}  # the hub cannot judge a cancel of a ticket it lacks
    assert hub_rows(hub, "ticket") == []
    assert set(statuses(raw_push(kiosk, first))) == {"ok"}
    assert set(statuses(raw_push(kiosk, second))) == {"ok"}
    report = kiosk.sync()
    assert (report.pushed.dup, outbox_waiting(kiosk)) == (4, 0)
    counter.sync()
    assert counter.tickets() == {code: ("cancelled", None)}


def test_the_same_id_with_another_payload_is_refused(stations, hub):
    kiosk = stations("kiosk-1", lease_ahead=True)
    code = issue(kiosk)
    changes = waiting_changes(kiosk)
    kiosk.sync()
    forged = dict(changes[0], payload=dict(changes[0]["payload"], code="A999"))
    answer = raw_push(kiosk, [forged, changes[1]])
    assert statuses(answer) == ["refused", "dup"]
    assert answer["results"][0]["code"] == "conflict"
    assert [t["code"] for t in hub_rows(hub, "ticket")] == [code]


def test_two_counters_call_the_same_ticket_while_cut_off(stations, hub):
    kiosk = stations("kiosk-1", lease_ahead=True)
    first, second = stations("loket-1"), stations("loket-2")
    code, other = issue(kiosk), issue(kiosk)
    kiosk.sync()
    first.sync()
    second.sync()
    # cut off, both call the first in line
    for node, counter in ((first, 1), (second, 2)):
        with node.station.uow() as uow:
            assert queue.call_next(uow, counter).code == code
    with second.station.uow() as uow:  # and the second takes a walk-in complaint after it
        filed = complaints.add_complaint(uow, {
            "identitas": "anonim", "instansi": "DUKCAPIL", "waktu_kejadian": "2026-11-23", "tempat": "Loket 2",
            "uraian": "AC mati", "kerugian": "Panas", "tuntutan": "Perbaiki", "kanal": "loket",
        }, complaints.Actor("cli", "admin"))  # fmt: skip
    first.sync()  # first come, first served
    report = second.sync()
    assert (report.pushed.refused, report.pushed.ok) == (4, 2)  # the call refused whole; the complaint taken
    # the second counter has the hub's ticket back, is told, and is free to call the next
    assert second.tickets()[code] == ("called", 1)
    notices = local_sync_status(second.station).notices
    assert [(n.code, n.subject) for n in notices] == [("transition_refused", code)]
    assert "loket 1" in notices[0].message
    with second.station.uow() as uow:
        assert queue.call_next(uow, 2).code == other
    second.sync()
    first.sync()
    assert first.tickets() == second.tickets() == {code: ("called", 1), other: ("called", 2)}
    with first.station.uow(read_only=True) as uow:
        history = [(e.kind, e.counter_number) for e in queue.ticket_history(uow, code)]
    with second.station.uow(read_only=True) as uow:
        assert [(e.kind, e.counter_number) for e in queue.ticket_history(uow, code)] == history == [
            ("issued", None), ("called", 1)]
        assert complaints.find_complaint(uow, filed.nomor)  # nothing else lost
    assert [c["nomor"] for c in hub_rows(hub, "complaint")] == [filed.nomor]


def test_the_hub_refuses_a_revoked_token_and_keeps_only_hashes(stations, hub):
    kiosk = stations("kiosk-1", lease_ahead=True)
    issue(kiosk)
    hub.hub.revoke("kiosk-1")
    with pytest.raises(SyncError) as refused:
        kiosk.sync()
    assert refused.value.code == "revoked"
    assert outbox_waiting(kiosk) == 2 and hub_rows(hub, "ticket") == []
    from sqlalchemy import select

    from db.hub import hub_station

    with hub.hub.engine.connect() as conn:
        stored = [tuple(r) for r in conn.execute(select(hub_station))]
    assert not any(kiosk.token in str(value) for row in stored for value in row)


def test_a_token_serves_one_station_file(stations, hub, empty_station, tmp_path, clock):
    kiosk = stations("kiosk-1", lease_ahead=True)
    impostor = mint_station(empty_station, tmp_path / "impostor.sqlite", clock)
    try:
        with pytest.raises(SyncError) as refused:
            join(impostor, hub.url, kiosk.token)
        assert refused.value.code == "wrong_station"
    finally:
        impostor.close()


def test_a_station_on_an_older_protocol_is_told_and_keeps_its_changes(stations, hub):
    kiosk = stations("kiosk-1", lease_ahead=True)
    issue(kiosk)
    for protocol in (PROTOCOL - 1, PROTOCOL + 1):
        with kiosk.client(protocol=protocol) as old:
            with pytest.raises(SyncError) as refused:
                push_waiting(kiosk.station, old)
        assert refused.value.code == "protocol" and "update mpp-desk" in refused.value.message
        assert refused.value.details["hub_protocol"] == PROTOCOL
    assert outbox_waiting(kiosk) == 2 and hub_rows(hub, "ticket") == []
    kiosk.sync()  # updated
    assert outbox_waiting(kiosk) == 0 and len(hub_rows(hub, "ticket")) == 1


def test_station_clocks_hours_wrong_or_jumping_back(stations, hub):
    ahead = ManualClock(MONDAY_9AM + timedelta(hours=4))  # 13.00 WIB at 09.00
    behind = ManualClock(MONDAY_9AM - timedelta(hours=2))  # 07.00 WIB
    kiosk, counter = stations("kiosk-1", lease_ahead=True, at=ahead), stations("loket-1", at=behind)
    code = issue(kiosk)
    kiosk.sync()
    counter.sync()
    with counter.station.uow() as uow:
        queue.call_next(uow, 1)
    behind.advance(hours=-1)  # the counter's clock jumps back an hour
    with counter.station.uow() as uow:
        queue.start_service(uow, code)
    assert local_sync_status(counter.station).waiting_minutes(behind()) == 0  # never a negative age
    behind.advance(minutes=5)
    with counter.station.uow() as uow:
        queue.finish(uow, code)
    counter.sync()
    kiosk.sync()
    assert kiosk.tickets() == counter.tickets() == {code: ("done", 1)}
    with kiosk.station.uow(read_only=True) as uow:
        assert [e.kind for e in queue.ticket_history(uow, code)] == ["issued", "called", "started", "finished"]
    skew = {s.name: s.clock_skew_seconds for s in hub.hub.status().stations}
    assert skew["kiosk-1"] - skew["loket-1"] == pytest.approx((ahead() - behind()).total_seconds(), abs=60)


# --- numbers ----------------------------------------------------------------------------------------


def test_numbers_stay_unique_across_kiosks_cut_off(stations, hub):
    kiosks = [stations(f"kiosk-{i}", lease_ahead=True) for i in (1, 2, 3)]
    issued, nomors = [], []
    for round_ in range(12):  # cut off from each other: nothing synced meanwhile
        for node in kiosks:
            issued.append(issue(node, "KK"))
    for node in kiosks:
        with node.station.uow() as uow:
            nomors.append(complaints.add_complaint(uow, {
                "identitas": "anonim", "instansi": "DUKCAPIL", "waktu_kejadian": "2026-11-23", "tempat": "Lobi",
                "uraian": "Antre", "kerugian": "Waktu", "tuntutan": "Tambah loket", "kanal": "kiosk",
            }, complaints.KIOSK).nomor)  # fmt: skip
    assert len(set(issued)) == len(issued) == 36
    assert len(set(nomors)) == 3
    for node in kiosks:
        node.sync()
    for node in kiosks:
        node.sync()
    assert sorted(t["code"] for t in hub_rows(hub, "ticket")) == sorted(issued)
    assert all(sorted(node.tickets()) == sorted(issued) for node in kiosks)


def test_a_kiosk_cut_off_with_its_numbers_used_up(stations, hub):
    from app.sync.numbers import TICKET_BLOCK_MIN

    kiosk = stations("kiosk-1", lease_ahead=True, proxy=True)
    kiosk.proxy.down()  # cut off from here on
    codes = [issue(kiosk, "KK") for _ in range(TICKET_BLOCK_MIN)]  # the block it holds for KK today
    with pytest.raises(Refused) as refused:
        issue(kiosk, "KK")
    assert refused.value.code == "numbers_offline" and "network" in refused.value.message
    assert issue(kiosk, "KTP")  # another service's block still serves
    with pytest.raises(SyncError):
        kiosk.sync()
    kiosk.proxy.up()  # back: the worker leases again
    kiosk.sync()
    more = issue(kiosk, "KK")
    assert more not in codes
    kiosk.sync()
    assert len({t["code"] for t in hub_rows(hub, "ticket")}) == TICKET_BLOCK_MIN + 2


def test_a_counter_without_numbers_leases_a_few_for_a_walk_in(stations, hub):
    from app.sync.numbers import ON_DEMAND_BLOCK

    counter = stations("loket-1", proxy=True)  # no kiosk: holds no ticket numbers ahead

    def walk_in() -> str:
        with counter.station.uow() as uow:
            code = queue.serve_walk_in(uow, "KTP", 1).code
        with counter.station.uow() as uow:
            queue.start_service(uow, code)
        with counter.station.uow() as uow:
            queue.finish(uow, code)
        return code

    codes = [walk_in()]  # leased a small block on the spot
    counter.proxy.down()
    codes += [walk_in() for _ in range(ON_DEMAND_BLOCK - 1)]  # the rest of the block, cut off
    with pytest.raises(Refused) as refused:
        walk_in()
    assert refused.value.code == "numbers_offline"
    counter.proxy.up()
    codes.append(walk_in())
    counter.sync()
    assert sorted(t["code"] for t in hub_rows(hub, "ticket")) == sorted(codes) and len(set(codes)) == len(codes)


# --- the hub restored, killed stations --------------------------------------------------------------


@pytest.mark.parametrize("how", ["new-epoch", "noticed"])
def test_the_hub_restored_from_an_older_backup(stations, hub, how):
    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    first = issue(kiosk)
    kiosk.sync()
    late_token = hub.hub.add_station("kiosk-2")
    backup = backup_hub(hub)
    late_kiosk = stations("kiosk-2", lease_ahead=True, token=late_token)  # joins, and leases, after the backup
    second, third = issue(kiosk), issue(late_kiosk)
    kiosk.sync()
    late_kiosk.sync()
    counter.sync()
    with counter.station.uow() as uow:
        queue.call_next(uow, 1)
    counter.sync()
    with counter.station.uow() as uow:
        queue.start_service(uow, first)  # not pushed yet when the hub dies

    restore_hub(hub, backup)  # the hub forgot `second`, `third`, the call, kiosk-2's numbers
    if how == "new-epoch":
        hub.hub.new_epoch()  # the restore procedure; "noticed": the hub finds out from the stations
    counter.sync()  # its call and start again
    late_kiosk.sync()  # claims the numbers it holds, pushes `third` again
    kiosk.sync()
    newest = stations("kiosk-3", lease_ahead=True)
    fourth = issue(newest)  # leased after the restore: no clash with what kiosk-2 held
    settle(counter, kiosk, late_kiosk, newest)
    expected = {first: ("serving", 1), second: ("waiting", None), third: ("waiting", None), fourth: ("waiting", None)}
    assert len(expected) == 4
    assert all(node.tickets() == expected for node in (kiosk, counter, late_kiosk, newest))
    assert sorted(t["code"] for t in hub_rows(hub, "ticket")) == sorted(expected)
    assert stations("loket-2").tickets() == expected


def test_a_station_killed_after_its_local_commit_and_before_the_push(stations, hub):
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    kiosk = stations("kiosk-1", lease_ahead=True, proxy=True)
    counter = stations("loket-1")
    env = os.environ | {"MPP_NOW": "2026-11-23T09:00+07:00"}
    # a kiosk process issues a ticket, commits, and is killed before anything is pushed
    script = (
        "import sys, time; from app.cli import station_clock; from app.uow import Station; from app import queue\n"
        "station = Station.open(sys.argv[1], station_clock())\n"
        "with station.uow() as uow: print(queue.issue_ticket(uow, 'KTP').code, flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(kiosk.station.db.path)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    first = process.stdout.readline().strip()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert outbox_waiting(kiosk) == 2 and hub_rows(hub, "ticket") == []
    # a sync process pushes it; the hub commits; the process is killed before it hears the answer
    kiosk.proxy.hold()
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "sync", "--once", "--db", str(kiosk.station.db.path)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    assert wait_for(lambda: len(hub_rows(hub, "ticket")) == 1)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    kiosk.proxy.up()
    assert outbox_waiting(kiosk) == 2  # the station never heard: still waiting
    report = kiosk.sync()
    assert (report.pushed.dup, outbox_waiting(kiosk)) == (2, 0)
    counter.sync()
    assert counter.tickets() == {first: ("waiting", None)}
    assert [t["code"] for t in hub_rows(hub, "ticket")] == [first]


# --- a long offline day, the catalog, changes made at one station for all -----------------------------


def hold_numbers(node: Node, service: str, count: int) -> None:
    """A generous block of today's numbers for a service, as a kiosk holds before a long day cut off."""
    from app.ids import new_id
    from app.sync.numbers import _store, ticket_scope
    from app.sync.station import with_epoch
    from db.models import Service
    from sqlalchemy import select

    with node.station.uow(read_only=True) as uow:
        service_id = uow.session.scalars(select(Service.id).where(Service.code == service)).one()
        scope = ticket_scope(service_id, queue.today(uow))
    with node.client() as client:
        lease = with_epoch(node.station, client, lambda s: client.lease(scope, count, str(new_id()), epoch=s.epoch, seen=s.seen))
    with node.station.uow() as uow:
        _store(uow.session, lease, uow.now())
        uow.commit()


def test_thousands_of_rows_after_a_long_offline_day(stations, hub, clock):
    station, other = stations("loket-1"), stations("loket-2")
    for service in ("KTP", "KK"):
        hold_numbers(station, service, 300)
    station.network.down = True  # all day long
    codes = []
    for i in range(600):
        clock.advance(seconds=20)
        codes.append(issue(station, ("KTP", "KK")[i % 2]))
    for _ in range(150):
        clock.advance(seconds=30)
        with station.station.uow() as uow:
            code = queue.call_next(uow, 1).code
        with station.station.uow() as uow:
            queue.start_service(uow, code)
        with station.station.uow() as uow:
            queue.finish(uow, code)
    waiting = outbox_waiting(station)
    assert waiting > 2000
    with pytest.raises(SyncError):
        station.sync()
    station.network.down = False
    report = station.sync()
    assert (report.pushed.ok, outbox_waiting(station)) == (waiting, 0)
    report = other.sync()
    assert report.pulled == waiting
    assert other.tickets() == station.tickets() and len(other.tickets()) == 600
    assert sum(1 for status, _ in other.tickets().values() if status == "done") == 150
    assert len(hub_rows(hub, "ticket")) == 600 and len(hub_rows(hub, "ticket_event")) == 600 + 3 * 150


def test_catalog_changes_at_the_hub_reach_the_stations(stations, hub):
    from app.catalog import read_catalog_file, show_catalog
    from tests.conftest import TEST_CATALOG

    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    before = issue(kiosk)
    data = read_catalog_file(TEST_CATALOG)
    dukcapil = data["agencies"][0]
    dukcapil["services"][0]["name"] = "KTP Elektronik"
    dukcapil["services"].append({"code": "AKTA", "prefix": "C", "name": "Akta Kelahiran"})
    data["counters"].append({"number": 9, "name": "Loket 9", "services": ["AKTA"]})
    data["counters"][0]["services"] = ["KTP"]  # loket 1 no longer serves KK: a row deleted
    data["closures"] = []  # the MPP opens on 26 November after all: another
    hub.hub.load_catalog(data)  # what `mpp hub init --catalog FILE` does with a changed file
    settle(kiosk, counter)
    for node in (kiosk, counter):
        with node.station.uow(read_only=True) as uow:
            catalog = show_catalog(uow)
        services = {s.code: s.name for a in catalog.agencies for s in a.services}
        assert services["KTP"] == "KTP Elektronik" and services["AKTA"] == "Akta Kelahiran"
        assert [c.number for c in catalog.counters][-1] == 9
        assert catalog.counters[0].services == ["KTP"]
        assert read_rows(node.station.db.path, "SELECT count(*) FROM closure") == [(0,)]
    akta = issue(kiosk, "AKTA")  # the kiosk leases numbers for the new service too
    kiosk.sync()
    counter.sync()
    with counter.station.uow() as uow:
        assert queue.call_next(uow, 9).code == akta
    assert counter.tickets()[before] == ("waiting", None)  # the old ticket keeps its (renamed) service


def test_a_change_made_at_one_station_reaches_every_station(stations):
    from app.display import running_text, set_running_text

    supervisor, display = stations("supervisor"), stations("display-hall")
    with supervisor.station.uow() as uow:
        set_running_text(uow, "Selamat datang di MPP")
    settle(supervisor, display)
    with display.station.uow(read_only=True) as uow:
        assert running_text(uow) == "Selamat datang di MPP"


def test_every_stations_state_as_the_hub_sees_it(stations, hub):
    from app.sync import fetch_hub_status

    kiosk, counter = stations("kiosk-1", lease_ahead=True), stations("loket-1")
    issue(kiosk)
    issue(kiosk)
    with kiosk.client() as client:
        push_waiting(kiosk.station, client)  # one pushed ...
    issue(kiosk)  # ... and one waiting
    counter.sync()
    status = fetch_hub_status(counter.station, transport=counter.network)  # the supervisor's window asks this
    at_hub = hub.hub.status()
    assert (status.hub_id, status.epoch, status.high) == (at_hub.hub_id, at_hub.epoch, at_hub.high)
    states = {s.name: s for s in status.stations}
    assert set(states) == {"kiosk-1", "loket-1"}
    assert states["loket-1"].behind == 0 and states["loket-1"].connected
    assert states["kiosk-1"].waiting == 0  # what it said at its last push
    assert [s.name for s in hub.hub.status().stations] == ["kiosk-1", "loket-1"]
    local = local_sync_status(kiosk.station)
    assert (local.joined, local.station_name, local.waiting) == (True, "kiosk-1", 2)
