"""The sandbox application: collaborators and the request pipeline (faults, routing, auth, limits)."""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from arbitration_desk.sandbox.cursors import CursorCodec
from arbitration_desk.sandbox.faults import AFTER, FaultInjector
from arbitration_desk.sandbox.files import FileStore
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.problems import ApiError
from arbitration_desk.sandbox.ratelimit import LoginThrottle, RateLimiter
from arbitration_desk.sandbox.state import Store
from arbitration_desk.sandbox.tokens import TokenService

if TYPE_CHECKING:
    from arbitration_desk.sandbox.pki import SandboxPki
    from arbitration_desk.sandbox.rulings_idem import IdempotencyGuard

JSON_LIMIT = 1024 * 1024


@dataclass
class Sandbox:
    """Everything a request handler may use."""

    store: Store
    tokens: TokenService
    cursors: CursorCodec
    limiter: RateLimiter
    throttle: LoginThrottle
    faults: FaultInjector
    files: FileStore
    pki: SandboxPki
    router: Router
    idempotency: IdempotencyGuard
    data_dir: Path
    verbose: bool = False

    def dispatch(self, request: Request) -> tuple[Response, str | None]:
        """Answers ``request``; the second value is a fault to apply while sending (drop/truncate)."""
        fault = self.faults.pick()
        if fault is not None and fault not in AFTER:
            response = self._fault_response(fault, request.path)
            fault = None
        else:
            response = self._process(request)
        response.headers["X-Request-Id"] = request.request_id
        return response, fault

    @staticmethod
    def _fault_response(kind: str, path: str) -> Response:
        if kind == "503":
            error = ApiError("unavailable", "Injected fault: try again later.", headers={"Retry-After": "1"})
        elif kind == "429":
            error = ApiError("rate-limited", "Injected fault: slow down.", headers={"Retry-After": "1"})
        else:
            error = ApiError("internal-error", "Injected fault.")
        return Response.problem(error, path)

    def _process(self, request: Request) -> Response:
        key: str | None = None
        try:
            route, params = self.router.match(request.method, request.path)
            request.params = params
            if request.body_size > route.max_body:
                raise ApiError("payload-too-large", f"The body is larger than {route.max_body} bytes.")
            if route.auth:
                key = self._authenticate(request)
                if not self.limiter.enter(key):
                    key = None
                    raise ApiError(
                        "rate-limited", "At most 4 requests in flight per access token.",
                        headers={"Retry-After": "1"},
                    )  # fmt: skip
                if route.counted:
                    wait = self.limiter.take(key)
                    if wait is not None:
                        raise ApiError(
                            "rate-limited",
                            f"Limit is {self.limiter.rate:g} requests per second per access token.",
                            headers={"Retry-After": str(wait)},
                        )
            return route.handler(self, request)
        except ApiError as error:
            return Response.problem(error, request.path)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return Response.problem(ApiError("internal-error", "Unexpected server error."), request.path)
        finally:
            if key is not None:
                self.limiter.leave(key)

    def _authenticate(self, request: Request) -> str:
        header = request.header("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError("unauthorized", "An access token is required.")
        found = self.tokens.authenticate(token.strip())
        if found is None:
            raise ApiError("unauthorized", "The access token is expired, revoked or unknown.")
        request.member_id, request.token_hash = found
        return found[1]
