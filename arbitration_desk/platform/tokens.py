"""Sign-in and tokens, exactly as the contract's README says.

The refresh token lives only in the OS credential store; the access token only in memory. One
refresh runs at a time; other requests wait for it. The new refresh token is stored before the
new access token is used. A refresh may be retried with the same token within 60 s of its first
use (the platform answers the same pair); after that it would count as theft, so we stop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, cast

import requests

from arbitration_desk.domain.payloads import TokenResponse
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.bodies import BodyError, parse_json
from arbitration_desk.platform.credentials import REFRESH_TOKEN, SecretStore
from arbitration_desk.platform.errors import InvalidGrant, InvalidPayload, NotSignedIn, SignInRequired
from arbitration_desk.platform.shapes.base import ShapeError
from arbitration_desk.platform.shapes.identity import TOKEN_RESPONSE
from arbitration_desk.platform.transport import Transport, request_id_of

REFRESH_MARGIN = 60.0
REFRESH_RETRY_WINDOW = 50.0  # stay well inside the platform's 60 s grace


def _token_answer(response: requests.Response) -> Any:
    """The token answer's JSON (None for an empty body), parsed with the same bounds as every answer."""
    if not response.content:
        return None
    try:
        return parse_json(response.content)
    except BodyError as exc:
        message = phrase("Payload", "token answer: {error}", error=said(exc))
        raise InvalidPayload(message, request_id=request_id_of(response)) from None


class TokenManager:
    """Holds the session of one member on one platform.

    Args:
        transport: the platform's transport.
        secrets: the credential-store entries of this account.
    """

    def __init__(self, transport: Transport, secrets: SecretStore, clock: Callable[[], float] = time.monotonic) -> None:
        self.transport = transport
        self.secrets = secrets
        self._clock = clock
        self._access: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    # -- public -----------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, otp: str | None = None) -> None:
        """Password sign-in. Raises OtpRequired (ask for the code and call again), InvalidGrant."""
        self.secrets.check_available()  # before sending a password we could not keep a session for
        body: dict[str, Any] = {"grant_type": "password", "username": username, "password": password}
        if otp:
            body["otp"] = otp
        response = self.transport.request("POST", "/v1/auth/token", json_body=body, retriable=False)
        self._accept(_token_answer(response), request_id_of(response))

    def has_session(self) -> bool:
        return self._access is not None or self.secrets.get(REFRESH_TOKEN) is not None

    def authorization(self) -> dict[str, str]:
        """The Authorization header, refreshing first when under 60 s remain."""
        with self._lock:
            access, expires_at = self._access, self._expires_at
        if access is None or expires_at - self._clock() < REFRESH_MARGIN:
            self.refresh(seen=access)
            with self._lock:
                access = self._access
        assert access is not None
        return {"Authorization": f"Bearer {access}"}

    def refresh(self, seen: str | None = None) -> None:
        """Exchanges the refresh token; if another thread already replaced ``seen``, does nothing."""
        with self._lock:
            if self._access is not None and self._access != seen:
                return  # someone refreshed while we waited
            refresh_token = self.secrets.get(REFRESH_TOKEN)
            if refresh_token is None:
                raise NotSignedIn(phrase("PlatformError", "Not signed in."))
            try:
                response = self.transport.request(
                    "POST",
                    "/v1/auth/token",
                    json_body={"grant_type": "refresh_token", "refresh_token": refresh_token},
                    retriable=True,  # the same refresh token, within the platform's 60 s grace
                    retry_window=REFRESH_RETRY_WINDOW,
                )
            except InvalidGrant as exc:
                self._forget()
                raise SignInRequired(
                    phrase("PlatformError", "Your session has ended; please sign in again."), request_id=exc.request_id
                ) from exc
            self._accept_locked(_token_answer(response), request_id_of(response))

    def sign_out(self) -> None:
        """Revokes the refresh token (ending its family) and forgets both tokens."""
        with self._lock:
            refresh_token = self.secrets.get(REFRESH_TOKEN)
            access = self._access
        try:
            if refresh_token is not None:
                headers = {"Authorization": f"Bearer {access}"} if access else self.authorization()
                self.transport.request(
                    "POST",
                    "/v1/auth/revoke",
                    json_body={"token": refresh_token},
                    headers=headers,
                    retriable=True,
                )
        finally:
            with self._lock:
                self._forget()

    def invalidate_access(self, seen: str) -> None:
        """Called after a 401: the next request refreshes first."""
        with self._lock:
            if self._access == seen:
                self._expires_at = 0.0

    @property
    def access_token(self) -> str | None:
        return self._access

    # -- internals --------------------------------------------------------------------------

    def _accept(self, payload: Any, request_id: str | None) -> None:
        with self._lock:
            self._accept_locked(payload, request_id)

    def _accept_locked(self, payload: Any, request_id: str | None) -> None:
        try:
            tokens = cast(TokenResponse, TOKEN_RESPONSE.check(payload))
        except ShapeError as exc:
            message = phrase("Payload", "token answer malformed: {error}", error=said(exc))
            raise InvalidPayload(message, pointer=exc.pointer, request_id=request_id) from exc
        # Store the new refresh token before using the new access token.
        self.secrets.set(REFRESH_TOKEN, tokens["refresh_token"])
        self._access = tokens["access_token"]
        self._expires_at = self._clock() + tokens["expires_in"]

    def _forget(self) -> None:
        self._access = None
        self._expires_at = 0.0
        self.secrets.delete(REFRESH_TOKEN)
