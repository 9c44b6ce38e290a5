"""The hub over HTTP: a Starlette app under uvicorn (`mpp hub serve`).

It keeps no state of its own beyond a wake-up for long polls in this process,
so several instances can serve one database behind a load balancer (a long poll
on one instance sees another's pushes within POLL_SECONDS). Database work runs
in the thread pool; each request is one or two short transactions.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import threading
from datetime import date, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.errors import MppError, NotFound
from app.sync.hub import Hub, HubStation
from app.sync.protocol import (
    CLOCK_HEADER,
    LONG_POLL_SECONDS,
    MIN_PROTOCOL,
    PROTOCOL,
    PROTOCOL_HEADER,
    PULL_PAGE,
    STATION_HEADER,
    SyncError,
)

log = logging.getLogger(__name__)
POLL_SECONDS = 0.5  # a long poll looks at the database this often besides being woken
STATUS = {
    "unauthorized": 401, "revoked": 403, "wrong_station": 409, "epoch": 409, "protocol": 426,
    "bad_request": 400, "not_found": 404,
}  # fmt: skip


class _Wakeup:
    """Wakes the long polls of this process when a push stored something."""

    def __init__(self):
        self.event = asyncio.Event()

    def fire(self) -> None:
        self.event.set()
        self.event = asyncio.Event()


def _error(error: MppError) -> JSONResponse:
    status = STATUS.get(error.code, 422 if not isinstance(error, SyncError) else 400)
    if isinstance(error, NotFound):
        status = 404
    body = {"code": error.code, "message": error.message, "protocol": PROTOCOL}
    body.update({k: v for k, v in error.details.items() if isinstance(v, (str, int, float, bool, type(None)))})
    return JSONResponse(body, status_code=status)


class _JSON(JSONResponse):
    """JSON whose dates and times are ISO text."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, default=_iso, ensure_ascii=False, separators=(",", ":")).encode()


def _iso(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SyncError(f"not an ISO date-time: {text!r}", code="bad_request") from None
    if moment.tzinfo is None:
        raise SyncError(f"a date-time needs its zone: {text!r}", code="bad_request")
    return moment


def _int(text: str | None, name: str, default: int = 0) -> int:
    if text is None or text == "":
        return default
    try:
        return int(text)
    except ValueError:
        raise SyncError(f"{name} must be a whole number, not {text!r}", code="bad_request") from None


def create_app(hub: Hub) -> Starlette:
    """The hub's app; app.state.stop_long_polls() ends the waiting long polls (within
    POLL_SECONDS), so that a server shutting down does not wait for them."""
    wakeup = _Wakeup()
    stopping = threading.Event()

    async def station_of(request: Request) -> HubStation:
        raw = request.headers.get(PROTOCOL_HEADER, "")
        protocol = int(raw) if raw.isdigit() else 0
        if not MIN_PROTOCOL <= protocol <= PROTOCOL:
            raise SyncError(
                f"this hub speaks sync protocol {MIN_PROTOCOL} to {PROTOCOL}, the station {protocol or 'none'}: "
                "update mpp-desk on the station (its changes stay in its outbox until then)",
                code="protocol", hub_protocol=PROTOCOL, min_protocol=MIN_PROTOCOL,
            )  # fmt: skip
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else None
        clock = _parse_time(request.headers.get(CLOCK_HEADER))
        return await run_in_threadpool(hub.authenticate, token, request.headers.get(STATION_HEADER), protocol, clock)

    async def check_epoch(request: Request) -> None:
        epoch = request.headers.get("x-mpp-epoch")
        seen = _int(request.headers.get("x-mpp-seen"), "X-Mpp-Seen")
        await run_in_threadpool(hub.check_epoch, epoch, seen)

    def endpoint(handler):
        async def wrapped(request: Request) -> JSONResponse:
            try:
                station = await station_of(request)
                body = await handler(request, station)
            except MppError as error:
                return _error(error)
            return _JSON(body | {"protocol": PROTOCOL})

        return wrapped

    async def hello(request: Request, station: HubStation) -> dict:
        return await run_in_threadpool(hub.hello, station)

    async def push(request: Request, station: HubStation) -> dict:
        await check_epoch(request)
        try:
            body = await request.json()
        except ValueError:
            raise SyncError("the push is not JSON", code="bad_request") from None
        changes = body.get("changes") if isinstance(body, dict) else None
        if not isinstance(changes, list):
            raise SyncError("a push is {\"changes\": [...]}", code="bad_request")
        waiting = _int(str(body.get("waiting", 0)), "waiting")
        oldest = _parse_time(body.get("oldest_waiting_at"))
        answer = await run_in_threadpool(hub.push, station, changes, waiting, oldest)
        if any(r["status"] == "ok" for r in answer["results"]):
            wakeup.fire()
        return answer

    async def pull(request: Request, station: HubStation) -> dict:
        await check_epoch(request)
        query = request.query_params
        after = _int(query.get("after"), "after")
        limit = max(1, min(_int(query.get("limit"), "limit", PULL_PAGE), PULL_PAGE))
        wait = max(0.0, min(float(query.get("wait") or 0), LONG_POLL_SECONDS + 5))
        said = {"waiting": _int(query.get("waiting"), "waiting"),
                "oldest_waiting_at": _parse_time(query.get("oldest_waiting_at"))}  # fmt: skip
        answer = await long_poll(station, after, limit, wait)
        # one write per pull: where the station is and what it has waiting, for the status
        await run_in_threadpool(hub.note_station, station, last_pull_at=hub.clock(), cursor=answer["next"], **said)
        return answer

    async def long_poll(station: HubStation, after: int, limit: int, wait: float) -> dict:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            event = wakeup.event  # taken before looking, so a push in between still wakes us
            if await run_in_threadpool(hub.newest) > after:
                answer = await run_in_threadpool(hub.pull, station, after, limit)
                if answer["changes"] or answer["next"] != after:
                    return answer
            remaining = deadline - loop.time()
            if remaining <= 0 or stopping.is_set():
                return {"changes": [], "next": after, "high": await run_in_threadpool(hub.newest)}
            try:
                await asyncio.wait_for(event.wait(), timeout=min(POLL_SECONDS, remaining))
            except TimeoutError:
                pass

    async def lease(request: Request, station: HubStation) -> dict:
        await check_epoch(request)  # a restored hub hears of the numbers held before it leases more
        try:
            body = await request.json()
        except ValueError:
            raise SyncError("the lease request is not JSON", code="bad_request") from None
        if not isinstance(body, dict) or not isinstance(body.get("request_id"), str):
            raise SyncError("a lease is {\"scope\", \"count\", \"request_id\"}", code="bad_request")
        return await run_in_threadpool(hub.lease, station, body.get("scope"), body.get("count"), body["request_id"])

    async def claim(request: Request, station: HubStation) -> dict:
        try:
            body = await request.json()
        except ValueError:
            raise SyncError("the claim is not JSON", code="bad_request") from None
        leases = body.get("leases") if isinstance(body, dict) else None
        if not isinstance(leases, list) or not all(isinstance(x, dict) for x in leases):
            raise SyncError("a claim is {\"leases\": [{\"scope\", \"last\"}, ...]}", code="bad_request")
        return await run_in_threadpool(hub.claim, station, leases)

    async def snapshot(request: Request, station: HubStation) -> dict:
        now = _parse_time(request.query_params.get("now")) or hub.clock()
        return await run_in_threadpool(hub.snapshot, station, now)

    async def status(request: Request, station: HubStation) -> dict:
        return {"status": dataclasses.asdict(await run_in_threadpool(hub.status))}

    async def not_json(request: Request, exc: Exception) -> JSONResponse:
        code = getattr(exc, "status_code", 500)
        if code >= 500:  # the station hears that the hub failed; the details go to the hub's log
            log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
            return JSONResponse({"code": "hub_error", "message": "the hub failed on this request (see its log)"},
                                status_code=500)  # fmt: skip
        return JSONResponse({"code": "bad_request", "message": str(getattr(exc, "detail", exc))}, status_code=code)

    app = Starlette(
        routes=[
            Route("/v1/hello", endpoint(hello), methods=["GET"]),
            Route("/v1/push", endpoint(push), methods=["POST"]),
            Route("/v1/pull", endpoint(pull), methods=["GET"]),
            Route("/v1/lease", endpoint(lease), methods=["POST"]),
            Route("/v1/claim", endpoint(claim), methods=["POST"]),
            Route("/v1/snapshot", endpoint(snapshot), methods=["GET"]),
            Route("/v1/status", endpoint(status), methods=["GET"]),
        ],
        exception_handlers={404: not_json, 405: not_json, 500: not_json},
    )
    app.state.stop_long_polls = stopping.set
    return app


def serve(url: str, host: str = "127.0.0.1", port: int = 8765, clock=None) -> None:
    """Run the hub until interrupted."""
    import uvicorn

    hub = Hub(url, **({"clock": clock} if clock else {}))
    hub.check()
    app = create_app(hub)

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            app.state.stop_long_polls()
            super().handle_exit(sig, frame)

    try:
        Server(uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)).run()
    finally:
        hub.close()

