"""A station's HTTP client for its hub. Every failure is a SyncError: code
"unreachable" when no answer came (a timeout: the request may or may not have
been done), else the hub's own code ("epoch", "protocol", "revoked", ...)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from app.clock import Clock, system_clock
from app.sync.protocol import (
    CLOCK_HEADER,
    LONG_POLL_SECONDS,
    PROTOCOL,
    PROTOCOL_HEADER,
    PULL_PAGE,
    STATION_HEADER,
    SyncError,
)

TIMEOUT = 15.0  # seconds for a push, a lease, a snapshot; a long poll gets its wait on top


class HubClient:
    def __init__(
        self,
        url: str,
        token: str,
        station_id: str,
        clock: Clock = system_clock,
        *,
        timeout: float = TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        protocol: int = PROTOCOL,
    ):
        if not url.startswith(("http://", "https://")):
            raise SyncError(f"a hub address starts with http:// or https://, not {url!r}", code="bad_request")
        self.url = url.rstrip("/")
        self.clock = clock
        self.timeout = timeout
        self._headers = {
            PROTOCOL_HEADER: str(protocol),
            "Authorization": f"Bearer {token}",
            STATION_HEADER: station_id,
        }
        self._http = httpx.Client(base_url=self.url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, method: str, path: str, *, epoch: str | None = None, seen: int | None = None,
              timeout: float | None = None, **kwargs) -> dict[str, Any]:
        headers = dict(self._headers)
        headers[CLOCK_HEADER] = self.clock().isoformat()
        if epoch is not None:
            headers["X-Mpp-Epoch"] = epoch
            headers["X-Mpp-Seen"] = str(seen or 0)
        try:
            response = self._http.request(method, path, headers=headers, timeout=timeout or self.timeout, **kwargs)
        except httpx.TimeoutException:
            raise SyncError(f"the hub at {self.url} did not answer in time (whether it was done is unknown)",
                            code="unreachable", unknown=True) from None  # fmt: skip
        except httpx.HTTPError as error:
            raise SyncError(f"the hub at {self.url} cannot be reached: {error}", code="unreachable") from None
        try:
            body = response.json()
        except ValueError:
            raise SyncError(f"the hub at {self.url} answered {response.status_code} without JSON",
                            code="hub_error") from None  # fmt: skip
        if response.status_code >= 400 or not isinstance(body, dict):
            body = body if isinstance(body, dict) else {}
            details = {k: v for k, v in body.items() if k not in ("code", "message")}
            raise SyncError(body.get("message") or f"the hub answered {response.status_code}",
                            code=body.get("code") or "hub_error", **details)  # fmt: skip
        return body

    def hello(self) -> dict[str, Any]:
        return self._call("GET", "/v1/hello")

    def push(self, changes: list[dict[str, Any]], *, epoch: str, seen: int, waiting: int = 0,
             oldest_waiting_at: datetime | None = None) -> dict[str, Any]:
        body = {"changes": changes, "waiting": waiting,
                "oldest_waiting_at": oldest_waiting_at.isoformat() if oldest_waiting_at else None}  # fmt: skip
        return self._call("POST", "/v1/push", epoch=epoch, seen=seen, json=body)

    def pull(self, after: int, *, epoch: str, seen: int, wait: float = 0.0, limit: int = PULL_PAGE,
             waiting: int = 0, oldest_waiting_at: datetime | None = None) -> dict[str, Any]:
        params = {"after": after, "wait": min(wait, LONG_POLL_SECONDS), "limit": limit, "waiting": waiting}
        if oldest_waiting_at is not None:
            params["oldest_waiting_at"] = oldest_waiting_at.isoformat()
        return self._call("GET", "/v1/pull", epoch=epoch, seen=seen, params=params, timeout=self.timeout + wait)

    def lease(self, scope: str, count: int, request_id: str, *, epoch: str, seen: int) -> dict[str, Any]:
        body = {"scope": scope, "count": count, "request_id": request_id}
        return self._call("POST", "/v1/lease", epoch=epoch, seen=seen, json=body)

    def claim(self, leases: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/claim", json={"leases": leases})

    def snapshot(self, now: datetime) -> dict[str, Any]:
        return self._call("GET", "/v1/snapshot", params={"now": now.isoformat()}, timeout=max(self.timeout, 60.0))

    def status(self) -> dict[str, Any]:
        return self._call("GET", "/v1/status")["status"]
