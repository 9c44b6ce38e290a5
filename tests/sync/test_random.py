"""Many stations, random operations, random faults; and concurrent pushes read
while they happen. After the network heals, every station and the hub agree and
every ticket, complaint and survey response exists exactly once.

The seed is printed; MPP_SYNC_SEED=N repeats a run.
"""

from __future__ import annotations

import os
import random
import threading
import uuid

from sqlalchemy import select

from app import complaints, queue, survey
from app.errors import MppError
from app.ikm import ELEMENT_KEYS
from app.sync import rows
from app.sync.client import HubClient
from db.hub import hub_entity
from db.models import SYNCED_MODELS
from db.outbox import row_payload
from tests.sync.helpers import Killed, Node, outbox_waiting, settle

STEPS = 400


def test_sequence_numbers_become_visible_in_order_under_concurrent_pushes(hub):
    """Six stations push at once while a seventh pulls small pages: every page starts
    right after the cursor and has no gap, so no change is ever passed over."""
    pushers = {f"pusher-{i}": hub.hub.add_station(f"pusher-{i}") for i in range(6)}
    reader_token = hub.hub.add_station("reader")
    start = hub.hub.newest()
    epoch = hub.hub.status().epoch
    accepted: dict[str, int] = {}
    lock = threading.Lock()
    done = threading.Event()
    problems: list[str] = []

    def push(name: str, token: str) -> None:
        try:
            with HubClient(hub.url, token, str(uuid.uuid4())) as client:
                for batch in range(20):
                    tx = str(uuid.uuid4())
                    changes = []
                    for k in range(8):
                        entity_id = str(uuid.uuid4())
                        payload = {"id": entity_id, "code": f"{name[-1]}B{batch}N{k}", "name": "Instansi", "active": True}
                        changes.append({"change_id": str(uuid.uuid4()), "tx_id": tx, "entity": "agency",
                                        "entity_id": entity_id, "op": "insert", "payload": payload, "base": None})
                    answer = client.push(changes, epoch=epoch, seen=0)
                    with lock:
                        accepted.update({r["change_id"]: r["seq"] for r in answer["results"] if r["status"] == "ok"})
        except Exception as error:  # noqa: BLE001 - reported below
            problems.append(f"{name}: {error!r}")

    threads = [threading.Thread(target=push, args=item) for item in pushers.items()]
    for thread in threads:
        thread.start()
    received: list[int] = []
    cursor = start
    with HubClient(hub.url, reader_token, str(uuid.uuid4())) as reader:
        while True:
            finished = done.is_set()
            answer = reader.pull(cursor, epoch=epoch, seen=cursor, limit=7)
            seqs = [c["seq"] for c in answer["changes"]]
            assert seqs == list(range(cursor + 1, cursor + 1 + len(seqs))), f"after {cursor} came {seqs}"
            received += seqs
            cursor = answer["next"]
            if finished and not seqs:
                break
            if all(not t.is_alive() for t in threads):
                done.set()
    for thread in threads:
        thread.join()
    assert problems == []
    assert len(accepted) == 6 * 20 * 8
    assert sorted(received) == sorted(accepted.values()) == list(range(start + 1, start + 1 + len(accepted)))


def _synced_rows(node: Node) -> dict[str, dict[str, dict]]:
    """Every synced row a station holds, as the outbox would send it, received_at aside."""
    found = {}
    with node.station.uow(read_only=True) as uow:
        for model in SYNCED_MODELS:
            found[model.__tablename__] = {str(r.id): _without_received(row_payload(r)) for r in uow.session.scalars(select(model))}
    return found


def _hub_rows(hub) -> dict[str, dict[str, dict]]:
    found = {entity: {} for entity in rows.TABLES}
    with hub.hub.engine.connect() as conn:
        for r in conn.execute(select(hub_entity).where(~hub_entity.c.deleted)):
            found[r.entity][r.entity_id] = _without_received(r.payload)
    return found


def _without_received(payload: dict) -> dict:
    return {k: v for k, v in payload.items() if k != "received_at"}


class World:
    """The stations and what each operation made, for the checks at the end."""

    COUNTERS = {"loket-1": 1, "loket-2": 2, "loket-3": 1}  # two desks may act as loket 1

    def __init__(self, nodes: list[Node], rng: random.Random, clock):
        self.nodes = nodes
        self.rng = rng
        self.clock = clock
        self.made: dict[str, set[str]] = {"ticket": set(), "complaint": set(), "survey_response": set()}
        self.kills = 0

    def step(self) -> None:
        rng = self.rng
        self.clock.advance(seconds=rng.randint(5, 90))
        node = rng.choice(self.nodes)
        counter = self.COUNTERS.get(node.name)
        weights = {"sync": 6, "complaint": 1, "survey": 3, "partition": 1}
        weights |= {"call": 4, "advance": 8} if counter else {"issue": 10}
        action = rng.choices(list(weights), list(weights.values()))[0]
        try:
            if action == "issue":
                with node.station.uow() as uow:
                    service = rng.choice(["KTP", "KTP", "KK", "PASPOR"])
                    ticket = queue.issue_ticket(uow, service, rng.choice([None, None, None, "lansia"]))
                self.made["ticket"].add(ticket.id)
            elif action == "call":
                with node.station.uow() as uow:
                    queue.call_next(uow, counter)
            elif action == "advance":
                self._advance(node, counter)
            elif action == "survey":
                self._survey(node)
            elif action == "complaint":
                with node.station.uow() as uow:
                    filed = complaints.add_complaint(uow, {
                        "identitas": "anonim", "instansi": "DUKCAPIL", "waktu_kejadian": "2026-11-23",
                        "tempat": node.name, "uraian": f"Keluhan {rng.randint(1, 10**6)}", "kerugian": "Waktu",
                        "tuntutan": "Perbaikan", "kanal": "kiosk" if counter is None else "loket",
                    }, complaints.KIOSK if counter is None else complaints.CLI)  # fmt: skip
                self.made["complaint"].add(filed.id)
            elif action == "partition":
                node.network.down = not node.network.down
            else:
                node.sync()
        except Killed:
            self.kills += 1
            node.reopen()
        except MppError:
            pass  # refused by the rules (nobody waiting, a busy counter, numbers cut off, the hub away)

    def _advance(self, node: Node, counter: int) -> None:
        with node.station.uow(read_only=True) as uow:
            mine = [t for t in queue.list_tickets(uow) if t.counter_number == counter and t.status in ("called", "serving")]
        if not mine:
            return
        ticket = mine[0]
        with node.station.uow() as uow:
            if ticket.status == "serving":
                queue.finish(uow, ticket.code, counter=counter)
            elif ticket.call_count >= 3 and self.rng.random() < 0.5:
                queue.mark_absent(uow, ticket.code, counter)
            elif self.rng.random() < 0.2:
                queue.recall(uow, ticket.code, counter)
            else:
                queue.start_service(uow, ticket.code, counter)

    def _survey(self, node: Node) -> None:
        with node.station.uow(read_only=True) as uow:
            done = [t for t in queue.list_tickets(uow) if t.status == "done"]
        if not done:
            return
        ticket = self.rng.choice(done)
        answers = {key: self.rng.randint(1, 4) for key in ELEMENT_KEYS}
        with node.station.uow() as uow:
            response = survey.record_response(uow, ticket_ref=ticket.id, answers=answers)
        self.made["survey_response"].add(response.id)


def test_many_stations_random_operations_random_faults(stations, hub, clock, capsys):
    seed = int(os.environ.get("MPP_SYNC_SEED") or random.randrange(1 << 30))
    with capsys.disabled():
        print(f"\nrandomized sync test: seed {seed} (MPP_SYNC_SEED={seed} repeats it)")
    rng = random.Random(seed)
    nodes = [stations(name, lease_ahead=name.startswith("kiosk"))
             for name in ("kiosk-1", "kiosk-2", "loket-1", "loket-2", "loket-3")]  # fmt: skip
    for node in nodes:
        node.network.rng = random.Random(rng.random())
        node.network.chaos = 0.25  # drop, lose, duplicate, delay, kill
    world = World(nodes, rng, clock)
    for _ in range(STEPS):
        world.step()

    for node in nodes:  # the network heals
        node.network.down, node.network.chaos, node.network.plan = False, 0.0, []
    settle(*nodes, rounds=8)

    at_hub = _hub_rows(hub)
    for node in nodes:
        assert outbox_waiting(node) == 0
        held = _synced_rows(node)
        for entity in rows.TABLES:
            assert held[entity] == at_hub[entity], f"{node.name} and the hub differ on {entity} (seed {seed})"
    # exactly once: every ticket and complaint made is at the hub, under one number
    assert set(at_hub["ticket"]) == world.made["ticket"]
    assert set(at_hub["complaint"]) == world.made["complaint"]
    codes = [(t["issued_service_id"], t["number"]) for t in at_hub["ticket"].values()]
    assert len(codes) == len(set(codes))
    assert len({c["nomor"] for c in at_hub["complaint"].values()}) == len(at_hub["complaint"])
    # a survey response is refused only when another station answered for the same ticket first
    surveyed = [s["ticket_id"] for s in at_hub["survey_response"].values()]
    assert len(surveyed) == len(set(surveyed))
    refused = world.made["survey_response"] - set(at_hub["survey_response"])
    assert set(at_hub["survey_response"]) <= world.made["survey_response"]
    notices = [n for node in nodes for n in _notices(node) if n == ("duplicate", "survey_response")]
    assert len(notices) == len(refused)
    faults = [f for node in nodes for f in node.network.faults]
    with capsys.disabled():
        print(f"  {len(world.made['ticket'])} tickets, {len(world.made['complaint'])} complaints, "
              f"{len(at_hub['survey_response'])} survey responses ({len(refused)} refused as second answers), "
              f"{len(faults)} faults ({', '.join(f'{k} {faults.count(k)}' for k in sorted(set(faults)))}), "
              f"{world.kills} stations killed")  # fmt: skip


def _notices(node: Node) -> list[tuple[str, str]]:
    """(code, entity) of each refusal a station was told of."""
    from app.sync.status import local_sync_status

    return [(n.code, n.entity) for n in local_sync_status(node.station).notices]
