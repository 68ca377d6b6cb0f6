"""The demo world's seed records, as the sandbox server loads them (re-exported by ``world``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MemberSeed:
    """A committee member account; ``otp_secret`` is base32 (RFC 6238, SHA-1, 6 digits, 30 s)."""

    member_id: str
    username: str
    password: str
    display_name: str
    email: str
    roles: tuple[str, ...]
    locale: str
    timezone: str
    otp_secret: str | None = None


@dataclass(frozen=True)
class EvidenceSeed:
    """An EvidenceItem JSON object and its content (``sha256`` and ``size_bytes`` match)."""

    item: dict[str, Any]
    content: bytes


@dataclass(frozen=True)
class VoteSeed:
    member_id: str
    outcome: str
    award: dict[str, str]
    rationale: str
    cast_at: str


@dataclass(frozen=True)
class AnnotationSeed:
    """A shared (panel) annotation."""

    annotation_id: str
    author_id: str
    target: dict[str, Any]
    body: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class RulingSeed:
    """The ruling of a decided case; ``pdf`` is unsigned, the loader signs it as the chair.

    An appeal ruling's document names the ruling appealed against, known only once the loader has
    signed that one: then ``pdf`` is empty and ``compose`` makes it from the completed case JSON.
    """

    outcome: str
    award: dict[str, str]
    summary: str
    decided_at: str
    pdf: bytes
    compose: Callable[[dict[str, Any]], bytes] | None = None

    def document(self, case: dict[str, Any]) -> bytes:
        """The unsigned PDF for ``case`` (the seed's case JSON, completed by the loader)."""
        return self.compose(case) if self.compose is not None else self.pdf


@dataclass(frozen=True)
class CaseSeed:
    """A case without ``version``, ``updated_at`` and ``message_count`` (the server computes them).

    ``appeal_of`` is set on an appeal case: the ID of its first-instance case, which comes earlier in
    the world. Its ``case["appeal"]`` lacks ``ruling_id`` and ``document_sha256`` until the loader,
    having signed that case's ruling, fills them in.
    """

    case: dict[str, Any]
    messages: list[dict[str, Any]]
    evidence: list[EvidenceSeed]
    votes: list[VoteSeed]
    annotations: list[AnnotationSeed]
    ruling: RulingSeed | None
    appeal_of: str | None = None


@dataclass(frozen=True)
class World:
    """Members, and a lazy source of cases: ``cases()`` returns a fresh iterator each call."""

    members: tuple[MemberSeed, ...]
    case_count: int
    cases: Callable[[], Iterator[CaseSeed]]
