"""Ticket and complaint numbers on a station that syncs, from blocks leased from the hub.

The hub hands out each number of a scope (one service's tickets of one day, or
the complaints of a year) once, in blocks, to one station. A station numbers
from its blocks alone, in its own transaction, so numbers stay unique across
kiosks also while they are cut off, and issuing never waits for the network
while a block lasts.

- A kiosk (SyncState.lease_ahead) holds numbers for every active service for
  today and the next working day: a block of twice what it used of that scope
  today (at least 20, at most 200, at most the daily quota), renewed when half
  is gone. Cut off, it issues what it holds; when a service's numbers run out
  it refuses that service's tickets with a clear message (code numbers_offline)
  until the hub is back. The numbers of a day are therefore unique but not in
  the order they were issued across kiosks: the queue runs by arrival time.
- Any station holds a few complaint numbers of the year.
- A station holding none of a scope (a counter's walk-in) leases a small block
  on the spot, within ON_DEMAND_TIMEOUT; cut off, that is refused clearly.

A station without a hub numbers as before (app.queue, app.complaints).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app.errors import Refused
from app.ids import new_id
from app.sync.client import HubClient
from app.sync.protocol import SyncError
from app.uow import Station, UnitOfWork
from app.workdays import business_date, is_working_day
from db.models import NumberLease, Service, SyncState

TICKET_BLOCK_MIN, TICKET_BLOCK_MAX = 20, 200
COMPLAINT_BLOCK = 10
ON_DEMAND_BLOCK = 5
ON_DEMAND_TIMEOUT = 3.0

_HELD = (
    select(NumberLease.id, NumberLease.next_number)
    .where(NumberLease.scope == bindparam("scope"), NumberLease.next_number <= NumberLease.last_number)
    .order_by(NumberLease.first_number)
    .limit(1)
)
_TAKE = (
    update(NumberLease)
    .where(NumberLease.id == bindparam("lease_id"))
    .values(next_number=NumberLease.next_number + 1)
)


def ticket_scope(service_id: uuid.UUID, day: date) -> str:
    return f"ticket:{service_id}:{day.isoformat()}"


def complaint_scope(year: int) -> str:
    return f"complaint:{year}"


def take_ticket_number(uow: UnitOfWork, service: Service, day: date) -> int:
    return _take(uow, ticket_scope(service.id, day), f"ticket numbers for {service.name}")


def take_complaint_number(uow: UnitOfWork, year: int) -> int:
    return _take(uow, complaint_scope(year), f"complaint numbers for {year}")


def _take(uow: UnitOfWork, scope: str, what: str) -> int:
    """The next number this station holds of a scope, leasing a small block when it holds none.
    Inside the caller's write transaction: a rollback gives the number back."""
    number = _take_held(uow.session, scope)
    if number is None:
        _lease_now(uow, scope, what)
        number = _take_held(uow.session, scope)
    return number


def _take_held(session: Session, scope: str) -> int | None:
    held = session.execute(_HELD, {"scope": scope}).first()
    if held is None:
        return None
    session.execute(_TAKE, {"lease_id": held.id}, execution_options={"synchronize_session": False})
    return held.next_number


def _lease_now(uow: UnitOfWork, scope: str, what: str) -> None:
    state = uow.session.get(SyncState, 1)
    try:
        with HubClient(state.hub_url, state.hub_token, str(uow.station_id), uow.station.clock,
                       timeout=ON_DEMAND_TIMEOUT) as client:  # fmt: skip
            lease = client.lease(scope, ON_DEMAND_BLOCK, str(new_id()), epoch=state.epoch, seen=state.seen)
    except SyncError as error:
        raise Refused(
            f"this station has no {what} left and cannot get more from the hub now ({error.message}); "
            "try again when the network is back",
            code="numbers_offline",
        ) from None
    _store(uow.session, lease, uow.now())


def _store(session: Session, lease: dict, now: datetime) -> None:
    first, last = int(lease["first"]), int(lease["last"])
    session.add(NumberLease(scope=lease["scope"], first_number=first, last_number=last, next_number=first, leased_at=now))


def _next_working_day(session: Session, settings, day: date) -> date:
    for ahead in range(1, 31):
        candidate = day + timedelta(days=ahead)
        if is_working_day(session, settings, candidate):
            return candidate
    return day + timedelta(days=1)


def held_numbers(session: Session, scopes: list[str]) -> dict[str, tuple[int, int]]:
    """Per scope: (numbers still held, numbers used)."""
    rows = session.execute(
        select(
            NumberLease.scope,
            func.sum(NumberLease.last_number - NumberLease.next_number + 1),
            func.sum(NumberLease.next_number - NumberLease.first_number),
        )
        .where(NumberLease.scope.in_(scopes))
        .group_by(NumberLease.scope)
    ).all()
    return {scope: (int(held), int(used)) for scope, held, used in rows}


def wanted_leases(uow: UnitOfWork) -> list[tuple[str, int]]:
    """(scope, block size) of each block this station should lease now."""
    state = uow.session.get(SyncState, 1)
    if state is None or uow.session.scalars(select(Service.id).limit(1)).first() is None:
        return []
    settings = uow.settings()
    today = business_date(settings, uow.now())
    complaint_block = COMPLAINT_BLOCK * (2 if state.lease_ahead else 1)
    wants = {complaint_scope(today.year): complaint_block}
    if state.lease_ahead:
        services = uow.session.scalars(select(Service).where(Service.active)).all()
        for day in (today, _next_working_day(uow.session, settings, today)):
            for service in services:
                wants[ticket_scope(service.id, day)] = service.daily_quota or TICKET_BLOCK_MAX
    have = held_numbers(uow.session, list(wants))
    result = []
    for scope, cap in wants.items():
        held, used = have.get(scope, (0, 0))
        if scope.startswith("complaint:"):
            block = cap
        else:
            block = max(1, min(max(TICKET_BLOCK_MIN, 2 * used), TICKET_BLOCK_MAX, cap))
        if held <= block // 2:
            result.append((scope, block))
    return result


def top_up_leases(station: Station, client: HubClient) -> int:
    """Lease what this station should hold ahead; returns how many blocks it leased."""
    with station.uow(read_only=True) as uow:
        wants = wanted_leases(uow)
    from app.sync.station import with_epoch

    leases = []
    try:
        for scope, count in wants:
            request_id = str(new_id())
            leases.append(with_epoch(
                station, client, lambda state: client.lease(scope, count, request_id, epoch=state.epoch, seen=state.seen)
            ))  # fmt: skip
    finally:  # what was leased is kept, also when the network failed half-way
        if leases:
            with station.uow() as uow:
                for lease in leases:
                    _store(uow.session, lease, uow.now())
                uow.commit()
    return len(leases)
