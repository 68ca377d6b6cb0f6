"""The platform API client: one method per operation of the contract, answers validated.

Every JSON answer is checked against the contract's shapes (:mod:`.shapes`) and returned as a
clean dict, typed by its ``TypedDict`` in :mod:`arbitration_desk.domain.payloads`; a malformed
answer raises :class:`InvalidPayload` naming the place and the request.
After a 401 the client refreshes once and retries once (README "Tokens").
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import requests

from arbitration_desk.domain import payloads
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.platform.bodies import BodyError, parse_json
from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.platform.errors import InvalidPayload, Unauthorized
from arbitration_desk.platform.shapes.annotations import ANNOTATION, ANNOTATION_LIST
from arbitration_desk.platform.shapes.base import Shape, ShapeError
from arbitration_desk.platform.shapes.cases import CASE, CASE_LIST_ENVELOPE
from arbitration_desk.platform.shapes.identity import ME, SIGNING_CERTIFICATE
from arbitration_desk.platform.shapes.messages import MESSAGE, MESSAGE_PAGE_ENVELOPE
from arbitration_desk.platform.shapes.rulings import RULING_PAGE_ENVELOPE, RULING_RECEIPT, RULING_RECORD
from arbitration_desk.platform.shapes.votes import VOTE, VOTE_BOARD
from arbitration_desk.platform.tokens import TokenManager
from arbitration_desk.platform.transport import RetryPolicy, Transport, request_id_of
from arbitration_desk.platform.urls import normalize_api_url

T = TypeVar("T")


@dataclass(frozen=True)
class Answer(Generic[T]):
    """A validated JSON answer (``data``, typed by its payload) with the headers a caller may need."""

    data: T
    request_id: str | None
    etag: str | None = None
    status: int = 200


def _seg(value: str) -> str:
    """An opaque ID as one path segment (IDs are opaque: escape, never interpret)."""
    return quote(value, safe="")


def validate(shape: Shape, payload: Any, request_id: str | None, what: Phrase | str, item: int | None = None) -> Any:
    """``payload`` checked by ``shape``; else :class:`InvalidPayload` naming ``what`` (item ``item`` of it)."""
    try:
        return shape.check(payload)
    except ShapeError as exc:
        if item is not None:  # the item's phrase only when it fails: a page has a thousand items
            what = phrase("Payload", "{what}, item {index}", what=what, index=item)
        message = phrase("Payload", "{what}: {error}", what=what, error=said(exc))
        raise InvalidPayload(message, pointer=exc.pointer, request_id=request_id) from exc


def _json(response: requests.Response, what: Phrase | str) -> Any:
    # parse_json uses orjson: it parses a chat page several times faster than the json module (see
    # docs/decisions/0005-orjson-for-chat-pages.md), and it refuses what RFC 8259 does not allow
    # (NaN, lone surrogates) instead of passing it on; it also bounds size and depth.
    try:
        return parse_json(response.content)
    except BodyError as exc:
        message = phrase("Payload", "{what}: {error}", what=what, error=said(exc))
        raise InvalidPayload(message, request_id=request_id_of(response)) from None


class PlatformClient:
    """A member's connection to the platform.

    Args:
        api_url: ``https://…`` (``http://`` only for a loopback address).
        username: the member's sign-in name; with the address it names the credential-store entry.
        retry: the retry policy (background sync: 6 attempts; actions the member started: fewer).
    """

    def __init__(
        self,
        api_url: str,
        username: str,
        *,
        retry: RetryPolicy | None = None,
        rate: float = 20.0,
        max_in_flight: int = 4,
        verify: bool | str = True,
    ) -> None:
        self.api_url = normalize_api_url(api_url)
        self.username = username
        self.transport = Transport(self.api_url, retry=retry, rate=rate, max_in_flight=max_in_flight, verify=verify)
        self.secrets = SecretStore(f"{self.api_url}|{username}")
        self.tokens = TokenManager(self.transport, self.secrets)

    def close(self) -> None:
        self.transport.close()

    def cancel(self) -> None:
        """Makes every request in progress or to come fail with a TransportError("cancelled")."""
        self.transport.cancelled.set()

    # -- session ----------------------------------------------------------------------------

    def sign_in(self, password: str, otp: str | None = None) -> None:
        self.tokens.sign_in(self.username, password, otp)

    def sign_out(self) -> None:
        self.tokens.sign_out()

    # -- plumbing ---------------------------------------------------------------------------

    def _authed(
        self,
        method: str,
        path: str,
        *,
        retriable: bool,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok_statuses: frozenset[int] = frozenset({200, 201, 204, 304}),
    ) -> requests.Response:
        for attempt in (1, 2):
            auth = self.tokens.authorization()
            try:
                return self.transport.request(
                    method,
                    path,
                    params=params,
                    json_body=json_body,
                    data=data,
                    headers={**(headers or {}), **auth},
                    retriable=retriable,
                    ok_statuses=ok_statuses,
                )
            except Unauthorized:
                if attempt == 2:
                    raise
                self.tokens.invalidate_access(auth["Authorization"].removeprefix("Bearer "))
        raise AssertionError("unreachable")

    def _get(self, path: str, shape: Shape, what: Phrase, params: Mapping[str, Any] | None = None) -> Answer[Any]:
        response = self._authed("GET", path, params=params, retriable=True)
        request_id = request_id_of(response)
        return Answer(validate(shape, _json(response, what), request_id, what), request_id)

    # -- identity and PKI -------------------------------------------------------------------

    def me(self) -> Answer[payloads.Me]:
        return self._get("/v1/me", ME, phrase("Payload", "member"))

    def signing_ca(self) -> str:
        response = self.transport.request("GET", "/v1/pki/ca", retriable=True)
        text = response.content.decode("ascii", errors="strict") if response.content else ""
        if "-----BEGIN CERTIFICATE-----" not in text:
            raise InvalidPayload(
                phrase("Payload", "the CA answer holds no certificate"), request_id=request_id_of(response)
            )
        return text

    def signing_crl(self) -> bytes:
        """The CA's current CRL (DER) from ``GET /v1/pki/crl``; a file download, not rate-counted.

        Parsing and checking it is the caller's (:mod:`arbitration_desk.rulings.revocation`).
        """
        response = self.transport.request("GET", "/v1/pki/crl", retriable=True, counts_toward_rate=False)
        if not response.content:
            raise InvalidPayload(phrase("Payload", "the CRL answer is empty"), request_id=request_id_of(response))
        return response.content

    def request_signing_certificate(self, csr_pem: str) -> Answer[payloads.SigningCertificate]:
        response = self._authed("POST", "/v1/me/signing-certificate", json_body={"csr_pem": csr_pem}, retriable=True)
        request_id = request_id_of(response)
        what = phrase("Payload", "certificate")
        data = validate(SIGNING_CERTIFICATE, _json(response, what), request_id, what)
        return Answer(data, request_id, status=response.status_code)

    def timestamp(self, request_der: bytes) -> bytes:
        response = self._authed(
            "POST",
            "/v1/pki/timestamp",
            data=request_der,
            headers={"Content-Type": "application/timestamp-query"},
            retriable=True,
        )
        return response.content

    # -- cases ------------------------------------------------------------------------------

    def list_cases(self, cursor: str | None = None, limit: int = 200) -> Answer[payloads.CaseSyncPage]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = self._authed("GET", "/v1/cases", params=params, retriable=True)
        request_id = request_id_of(response)
        what = phrase("Payload", "case list")
        return Answer(validate(CASE_LIST_ENVELOPE, _json(response, what), request_id, what), request_id)

    def get_case(self, case_id: str, etag: str | None = None) -> Answer[payloads.Case | None]:
        """The full case; ``data`` is None when ``etag`` is still current (304)."""
        headers = {"If-None-Match": etag} if etag else None
        response = self._authed("GET", f"/v1/cases/{_seg(case_id)}", headers=headers, retriable=True)
        request_id = request_id_of(response)
        new_etag = response.headers.get("ETag")
        if response.status_code == 304:
            return Answer(None, request_id, new_etag or etag, 304)
        what = phrase("Payload", "case {case}", case=case_id)
        data: payloads.Case = validate(CASE, _json(response, what), request_id, what)
        if data["id"] != case_id:
            raise InvalidPayload(
                phrase("Payload", "case {case}: the answer is for another case", case=case_id), request_id=request_id
            )
        return Answer(data, request_id, new_etag)

    def list_messages(self, case_id: str, after: str | None = None, limit: int = 1000) -> Answer[payloads.MessagePage]:
        params: dict[str, Any] = {"limit": limit}
        if after is not None:
            params["after"] = after
        what = phrase("Payload", "messages of case {case}", case=case_id)
        response = self._authed("GET", f"/v1/cases/{_seg(case_id)}/messages", params=params, retriable=True)
        request_id = request_id_of(response)
        page: payloads.MessagePage = validate(MESSAGE_PAGE_ENVELOPE, _json(response, what), request_id, what)
        page["items"] = [validate(MESSAGE, item, request_id, what, index) for index, item in enumerate(page["items"])]
        return Answer(page, request_id)

    def list_annotations(self, case_id: str, since: str | None = None) -> Answer[payloads.AnnotationList]:
        params = {"since": since} if since else None
        return self._get(
            f"/v1/cases/{_seg(case_id)}/annotations",
            ANNOTATION_LIST,
            phrase("Payload", "annotations of case {case}", case=case_id),
            params,
        )

    def put_annotation(
        self,
        case_id: str,
        annotation_id: str,
        body: Mapping[str, Any],
        if_match: str | None,
        *,
        retriable: bool = True,
    ) -> Answer[payloads.Annotation]:
        headers = {"If-Match": if_match} if if_match else None
        response = self._authed(
            "PUT",
            f"/v1/cases/{_seg(case_id)}/annotations/{_seg(annotation_id)}",
            json_body=dict(body),
            headers=headers,
            retriable=retriable,
        )
        request_id = request_id_of(response)
        what = phrase("Payload", "annotation")
        data = validate(ANNOTATION, _json(response, what), request_id, what)
        return Answer(data, request_id, response.headers.get("ETag"), response.status_code)

    def delete_annotation(
        self, case_id: str, annotation_id: str, if_match: str | None, *, retriable: bool = True
    ) -> Answer[None]:
        headers = {"If-Match": if_match} if if_match else None
        response = self._authed(
            "DELETE",
            f"/v1/cases/{_seg(case_id)}/annotations/{_seg(annotation_id)}",
            headers=headers,
            retriable=retriable,
        )
        return Answer(None, request_id_of(response), status=response.status_code)

    def get_votes(self, case_id: str) -> Answer[payloads.VoteBoard]:
        what = phrase("Payload", "votes of case {case}", case=case_id)
        return self._get(f"/v1/cases/{_seg(case_id)}/votes", VOTE_BOARD, what)

    def put_vote(self, case_id: str, vote: Mapping[str, Any], *, retriable: bool = True) -> Answer[payloads.Vote]:
        response = self._authed("PUT", f"/v1/cases/{_seg(case_id)}/votes/me", json_body=dict(vote), retriable=retriable)
        request_id = request_id_of(response)
        what = phrase("Payload", "vote")
        return Answer(validate(VOTE, _json(response, what), request_id, what), request_id)

    # -- rulings ----------------------------------------------------------------------------

    def submit_ruling(
        self, case_id: str, idempotency_key: str, metadata: Mapping[str, Any], pdf: bytes
    ) -> Answer[payloads.RulingReceipt]:
        """Files a ruling; retried only with the same key and identical parts (the caller's duty)."""
        boundary = "arbitration-desk-" + idempotency_key
        body = _multipart(
            boundary,
            [
                ("metadata", "application/json", json.dumps(metadata, ensure_ascii=False).encode("utf-8")),
                ("document", "application/pdf", pdf),
            ],
        )
        response = self._authed(
            "POST",
            f"/v1/cases/{_seg(case_id)}/ruling",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Idempotency-Key": idempotency_key},
            retriable=True,
        )
        request_id = request_id_of(response)
        what = phrase("Payload", "ruling receipt")
        data = validate(RULING_RECEIPT, _json(response, what), request_id, what)
        return Answer(data, request_id, status=response.status_code)

    def list_rulings(
        self, cursor: str | None = None, decided_since: str | None = None, limit: int = 200
    ) -> Answer[payloads.RulingPage]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        elif decided_since is not None:
            params["decided_since"] = decided_since
        response = self._authed("GET", "/v1/rulings", params=params, retriable=True)
        request_id = request_id_of(response)
        what = phrase("Payload", "rulings")
        page: payloads.RulingPage = validate(RULING_PAGE_ENVELOPE, _json(response, what), request_id, what)
        page["items"] = [
            validate(RULING_RECORD, item, request_id, what, index) for index, item in enumerate(page["items"])
        ]
        return Answer(page, request_id)

    # -- files ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def download(self, path: str, offset: int = 0) -> Iterator[requests.Response]:
        """Streams a file (evidence content or ruling document), resuming at ``offset``.

        The caller reads the body with ``iter_content`` and checks 200/206 against the download
        rules; a 416 raises :class:`RangeNotSatisfiable`. :mod:`arbitration_desk.platform.download`
        does all of that (README "Evidence download and verification"). Downloads do not count
        toward the request rate.
        """
        headers = {"Range": f"bytes={offset}-"} if offset > 0 else {}
        for attempt in (1, 2):
            auth = self.tokens.authorization()
            try:
                with self.transport.stream(
                    "GET", path, headers={**headers, **auth}, retriable=True, counts_toward_rate=False
                ) as response:
                    yield response
                    return
            except Unauthorized:
                if attempt == 2:
                    raise
                self.tokens.invalidate_access(auth["Authorization"].removeprefix("Bearer "))

    def evidence_path(self, case_id: str, evidence_id: str) -> str:
        return f"/v1/cases/{_seg(case_id)}/evidence/{_seg(evidence_id)}/content"

    def ruling_document_path(self, ruling_id: str) -> str:
        return f"/v1/rulings/{_seg(ruling_id)}/document"


def _multipart(boundary: str, parts: list[tuple[str, str, bytes]]) -> bytes:
    chunks: list[bytes] = []
    for name, content_type, payload in parts:
        filename = f'; filename="{name}.pdf"' if content_type == "application/pdf" else ""
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"{filename}\r\n'
        chunks += [f"{head}Content-Type: {content_type}\r\n\r\n".encode(), payload, b"\r\n"]
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)
