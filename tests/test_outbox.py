"""The transactional outbox: every change to a synced row leaves an outbox row
in the same transaction; a failure leaves neither. Counted with sqlite3 on the
file itself, as another process (the sync worker) would see it."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import queue
from app.catalog import load_catalog, read_catalog_file
from app.errors import Refused
from app.workdays import business_date
from db.models import Outbox, Service, Ticket, TicketEvent
from tests.conftest import read_rows

TEST_CATALOG = Path(__file__).parent / "fixtures" / "catalog.toml"


# --- helpers ---------------------------------------------------------------------


query = read_rows


def last_seq(station) -> int:
    return query(station.db.path, "SELECT coalesce(max(seq), 0) FROM outbox")[0][0]


def outbox_since(station, seq) -> Counter:
    """(entity, op) -> rows written after outbox seq `seq`."""
    rows = query(station.db.path, "SELECT entity, op FROM outbox WHERE seq > ?", seq)
    return Counter(rows)


def run(station, service, *args, **kwargs):
    with station.uow() as uow:
        return service(uow, *args, **kwargs)


def changes(station, service, *args, **kwargs) -> Counter:
    """The outbox rows one use case writes."""
    before = last_seq(station)
    run(station, service, *args, **kwargs)
    return outbox_since(station, before)


TICKET_STEP = Counter({("ticket", "update"): 1, ("ticket_event", "insert"): 1})


# --- every state change writes its outbox rows ------------------------------------------


def test_loading_the_catalog_writes_one_insert_per_row(station):
    rows = Counter(query(station.db.path, "SELECT entity, op FROM outbox"))
    assert rows == Counter(
        {
            ("mpp_settings", "insert"): 1,
            ("closure", "insert"): 1,
            ("agency", "insert"): 2,
            ("service", "insert"): 3,
            ("counter", "insert"): 3,
            ("counter_service", "insert"): 4,  # loket 1: KTP+KK, loket 2: KTP, loket 5: PASPOR
            ("staff", "insert"): 2,
        }
    )
    # one outbox row per synced row, by id
    for table in ("mpp_settings", "closure", "agency", "service", "counter", "counter_service", "staff"):
        ids = {r[0] for r in query(station.db.path, f"SELECT id FROM {table}")}
        outbox_ids = {
            uuid.UUID(r[0]).hex
            for r in query(station.db.path, "SELECT entity_id FROM outbox WHERE entity = ?", table)
        }
        assert {uuid.UUID(i).hex for i in ids} == outbox_ids, table


def test_every_queue_step_writes_its_outbox_rows(station, clock):
    assert changes(station, queue.issue_ticket, "KTP") == Counter(
        {("ticket", "insert"): 1, ("ticket_event", "insert"): 1}
    )
    run(station, queue.issue_ticket, "KTP")
    # the counter's state row exists before the calls (it may be flushed
    # twice in its first transaction: inserted, then given its rhythm day)
    first = changes(station, queue.set_counter_status, 1, "open")
    assert first[("counter_state", "insert")] == 1
    assert set(first) <= {("counter_state", "insert"), ("counter_state", "update")}
    assert changes(station, queue.call_next, 1) == TICKET_STEP + Counter({("counter_state", "update"): 1})
    assert changes(station, queue.recall, "A001") == TICKET_STEP
    assert changes(station, queue.start_service, "A001") == TICKET_STEP
    assert changes(station, queue.hold, "A001") == TICKET_STEP
    assert changes(station, queue.resume, "A001") == TICKET_STEP
    assert changes(station, queue.finish, "A001", "selesai") == TICKET_STEP
    assert changes(station, queue.call_next, 1) == TICKET_STEP + Counter({("counter_state", "update"): 1})
    run(station, queue.recall, "A002")
    run(station, queue.recall, "A002")
    assert changes(station, queue.mark_absent, "A002") == TICKET_STEP
    assert changes(station, queue.return_ticket, "A002") == TICKET_STEP
    assert changes(station, queue.transfer, "A002", "KK") == TICKET_STEP
    assert changes(station, queue.cancel, "A002") == TICKET_STEP
    assert changes(station, queue.set_counter_status, 1, "paused") == Counter({("counter_state", "update"): 1})
    run(station, queue.issue_ticket, "KTP")
    run(station, queue.issue_ticket, "KK")
    with station.uow() as uow:
        before = last_seq(station)
        assert queue.close_day(uow) == 2
    assert outbox_since(station, before) == Counter({("ticket", "update"): 2, ("ticket_event", "insert"): 2})
    # every ticket event is in the outbox, once
    events = {r[0] for r in query(station.db.path, "SELECT id FROM ticket_event")}
    boxed = [r[0] for r in query(station.db.path, "SELECT entity_id FROM outbox WHERE entity = 'ticket_event'")]
    assert len(boxed) == len(set(boxed)) == len(events) == 19  # A001: 7, A002: 8, A003 and B001: issued + expired
    assert {uuid.UUID(e) for e in boxed} == {uuid.UUID(e) for e in events}


def test_reading_writes_nothing(station):
    run(station, queue.issue_ticket, "KTP")
    before = last_seq(station)
    with station.uow(read_only=True) as uow:
        queue.queue_overview(uow)
        queue.list_tickets(uow)
        queue.ticket_history(uow, "A001")
        queue.ticket_details(uow, "A001")
    assert last_seq(station) == before


def test_a_catalog_reload_writes_updates_for_what_changed(station, clock):
    data = read_catalog_file(TEST_CATALOG)
    data["agencies"][0]["services"][0]["name"] = "KTP-el (baru)"
    before = last_seq(station)
    with station.uow() as uow:
        load_catalog(uow, data)
        uow.commit()
    # same clock, so touch() changes nothing but the renamed service
    assert outbox_since(station, before) == Counter({("service", "update"): 1})
    (raw,) = query(station.db.path, "SELECT payload FROM outbox WHERE seq > ?", before)[0]
    payload = json.loads(raw)
    assert (payload["code"], payload["name"]) == ("KTP", "KTP-el (baru)")
    clock.advance(minutes=1)
    before = last_seq(station)
    with station.uow() as uow:
        load_catalog(uow, data)
        uow.commit()
    # a minute later every catalog row is touched (updated_at) and sent again
    rows = outbox_since(station, before)
    assert rows[("service", "update")] == 3
    assert rows[("agency", "update")] == 2
    assert rows[("counter", "update")] == 3
    assert rows[("mpp_settings", "update")] == 1
    assert sum(n for (_, op), n in rows.items() if op == "insert") == 0


def test_a_link_removed_from_a_counter_goes_out_as_a_delete(station):
    data = read_catalog_file(TEST_CATALOG)
    data["counters"][0]["services"] = ["KTP"]  # loket 1 no longer serves KK
    link_id = query(
        station.db.path,
        "SELECT cs.id FROM counter_service cs JOIN counter c ON c.id = cs.counter_id "
        "JOIN service s ON s.id = cs.service_id WHERE c.number = 1 AND s.code = 'KK'",
    )[0][0]
    before = last_seq(station)
    with station.uow() as uow:
        load_catalog(uow, data)
        uow.commit()
    assert query(station.db.path, "SELECT count(*) FROM counter_service") == [(3,)]
    rows = query(station.db.path, "SELECT entity, entity_id, op, payload FROM outbox WHERE seq > ?", before)
    assert [(e, uuid.UUID(i), op) for e, i, op, _ in rows] == [("counter_service", uuid.UUID(link_id), "delete")]
    assert json.loads(rows[0][3]) == {"id": str(uuid.UUID(link_id))}


# --- payloads ---------------------------------------------------------------------------------


def test_payloads_are_json_rows_with_utc_stamps(station, clock):
    view = run(station, queue.issue_ticket, "KTP", "lansia")
    columns = [r[1] for r in query(station.db.path, "PRAGMA table_info(ticket)")]
    rows = query(
        station.db.path,
        "SELECT entity_id, op, payload, created_at, pushed_at FROM outbox WHERE entity = 'ticket' ORDER BY seq",
    )
    assert len(rows) == 1
    entity_id, op, raw, created_at, pushed_at = rows[0]
    payload = json.loads(raw)  # plain JSON text in the file
    assert set(payload) == set(columns)
    assert payload["id"] == view.id == entity_id
    assert payload["station_id"] == str(station.station_id)
    assert (payload["code"], payload["number"], payload["status"], payload["priority_group"]) == (
        "A001",
        1,
        "waiting",
        "lansia",
    )
    assert payload["business_date"] == "2026-11-23"
    assert payload["received_at"] is None
    for key in ("created_at", "updated_at", "issued_at", "queue_at"):
        moment = datetime.fromisoformat(payload[key])
        assert moment.utcoffset() == timedelta(0), key
        assert moment == clock(), key
    assert payload["created_at"] == "2026-11-23T02:00:00+00:00"
    assert pushed_at is None
    assert created_at.startswith("2026-11-23 02:00:00")
    # the event row too
    (raw_event,) = query(station.db.path, "SELECT payload FROM outbox WHERE entity = 'ticket_event'")[0]
    event = json.loads(raw_event)
    assert set(event) == {r[1] for r in query(station.db.path, "PRAGMA table_info(ticket_event)")}
    assert (event["ticket_id"], event["kind"], event["to_status"], event["note"]) == (view.id, "issued", "waiting", "lansia")


def test_update_payload_carries_the_new_state(station, clock):
    view = run(station, queue.issue_ticket, "KTP")
    clock.advance(minutes=5)
    run(station, queue.call_next, 2)
    (raw,) = query(
        station.db.path, "SELECT payload FROM outbox WHERE entity = 'ticket' AND op = 'update' ORDER BY seq DESC"
    )[0]
    payload = json.loads(raw)
    counter_id = query(station.db.path, "SELECT id FROM counter WHERE number = 2")[0][0]
    assert payload["id"] == view.id
    assert payload["status"] == "called"
    assert payload["call_count"] == 1
    assert uuid.UUID(payload["counter_id"]) == uuid.UUID(counter_id)
    assert payload["called_at"] == payload["updated_at"] == "2026-11-23T02:05:00+00:00"
    assert payload["created_at"] == "2026-11-23T02:00:00+00:00"  # the row's creation, not the change


# --- a failure rolls back the change and its outbox rows together ---------------------------------


def test_a_failure_after_flush_leaves_neither_ticket_nor_outbox_row(station):
    before = last_seq(station)
    ticket_id = None
    with pytest.raises(RuntimeError, match="power cut"):
        with station.uow() as uow:
            settings = uow.settings()
            service = uow.session.scalars(select(Service).where(Service.code == "KTP")).one()
            day = business_date(settings, uow.now())
            number = queue._allocate_number(uow, service, day)
            ticket = uow.new(
                Ticket,
                business_date=day,
                issued_service_id=service.id,
                service_id=service.id,
                number=number,
                code=queue.format_code(service.prefix, number),
                status="waiting",
                issued_at=uow.now(),
                queue_at=uow.now(),
                call_count=0,
            )
            uow.new(TicketEvent, ticket=ticket, kind="issued", from_status=None, to_status="waiting", service_id=service.id)
            uow.session.flush()
            ticket_id = ticket.id
            # inside the transaction the outbox rows are there, beside the rows
            in_tx = uow.session.scalars(select(Outbox.entity).where(Outbox.seq > before)).all()
            assert sorted(in_tx) == ["ticket", "ticket_event"]
            # another connection (the sync worker) sees neither before commit
            assert query(station.db.path, "SELECT count(*) FROM outbox WHERE seq > ?", before) == [(0,)]
            assert query(station.db.path, "SELECT count(*) FROM ticket") == [(0,)]
            raise RuntimeError("power cut")
    assert ticket_id is not None
    assert last_seq(station) == before
    assert query(station.db.path, "SELECT count(*) FROM ticket") == [(0,)]
    assert query(station.db.path, "SELECT count(*) FROM ticket_event") == [(0,)]
    assert query(station.db.path, "SELECT count(*) FROM number_sequence") == [(0,)]
    # the number was given back
    assert run(station, queue.issue_ticket, "KTP").code == "A001"


def test_a_commit_publishes_the_row_and_its_outbox_row_together(station):
    before = last_seq(station)
    with station.uow() as uow:
        service = uow.session.scalars(select(Service).where(Service.code == "KK")).one()
        uow.touch(service)
        service.service_minutes = 12
        uow.session.flush()
        assert query(station.db.path, "SELECT service_minutes FROM service WHERE code = 'KK'") == [(10,)]
        assert outbox_since(station, before) == Counter()
        uow.commit()
    assert query(station.db.path, "SELECT service_minutes FROM service WHERE code = 'KK'") == [(12,)]
    assert outbox_since(station, before) == Counter({("service", "update"): 1})
    (raw,) = query(station.db.path, "SELECT payload FROM outbox WHERE seq > ?", before)[0]
    assert json.loads(raw)["service_minutes"] == 12


def test_a_refused_issue_leaves_no_ticket_no_outbox_row_and_no_number(station):
    for _ in range(3):
        run(station, queue.issue_ticket, "PASPOR")
    before = last_seq(station)
    with pytest.raises(Refused) as exc:
        run(station, queue.issue_ticket, "PASPOR")
    assert exc.value.code == "quota_full"
    assert last_seq(station) == before
    assert query(station.db.path, "SELECT count(*) FROM ticket WHERE code LIKE 'P%'") == [(3,)]
    assert query(station.db.path, "SELECT max(number) FROM ticket WHERE code LIKE 'P%'") == [(3,)]
    assert query(station.db.path, "SELECT last_number FROM number_sequence") == [(3,)]


def test_a_refused_step_writes_no_outbox_row(station):
    run(station, queue.issue_ticket, "KTP")
    before = last_seq(station)
    with pytest.raises(Refused) as exc:
        run(station, queue.finish, "A001", "selesai")
    assert exc.value.code == "bad_transition"
    assert last_seq(station) == before


def test_a_refused_call_rolls_back_the_counter_state_it_flushed(station):
    """call_next creates the counter's state row (autoflushed with its outbox
    row) before it finds the queue empty: both must go."""
    before = last_seq(station)
    with pytest.raises(Refused) as exc:
        run(station, queue.call_next, 1)
    assert exc.value.code == "queue_empty"
    assert last_seq(station) == before
    assert query(station.db.path, "SELECT count(*) FROM counter_state") == [(0,)]
    with station.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Outbox).where(Outbox.seq > before)) == 0


def test_a_closure_removed_from_the_catalog_goes_out_as_a_delete(station):
    closure_id = query(station.db.path, "SELECT id FROM closure")[0][0]
    data = read_catalog_file(TEST_CATALOG)
    data["closures"] = []
    before = last_seq(station)
    with station.uow() as uow:
        load_catalog(uow, data)
        uow.commit()
    assert query(station.db.path, "SELECT count(*) FROM closure") == [(0,)]
    rows = query(station.db.path, "SELECT entity_id, op, payload FROM outbox WHERE seq > ? AND entity = 'closure'", before)
    assert [(uuid.UUID(i), op, json.loads(p)) for i, op, p in rows] == [
        (uuid.UUID(closure_id), "delete", {"id": str(uuid.UUID(closure_id))})
    ]
