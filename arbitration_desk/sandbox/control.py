"""Direct state operations for tests and demos (no HTTP): panel changes, new messages, faults in data."""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import Connection, delete, func, select, update

from arbitration_desk.domain.enums import MemberRole
from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox import appeal_filing, db, otp
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.control_errors import ControlError
from arbitration_desk.sandbox.pki import Revocation
from arbitration_desk.sandbox.pki_crl import revocation_reason
from arbitration_desk.sandbox.state import sort_key


class SandboxControl:
    def __init__(self, app: Sandbox) -> None:
        self._app = app
        self._store = app.store

    def member(self, username: str) -> dict[str, Any]:
        """The member's record (member_id, username, display_name, email, roles, locale, timezone, otp_secret)."""
        with self._store.read() as conn:
            row = conn.execute(select(db.members).where(db.members.c.username == username)).first()
        if row is None:
            raise ControlError(f"no member named {username!r}")
        data = dict(row._mapping)
        data.pop("password_hash")
        data["roles"] = json.loads(data["roles"])
        return data

    def otp_code(self, username: str) -> str:
        secret = self.member(username)["otp_secret"]
        if not secret:
            raise ControlError(f"{username!r} has no one-time password")
        return otp.totp(secret)

    def case_ids(self, username: str) -> list[str]:
        """IDs of the cases on whose panel ``username`` currently sits, in feed order."""
        member_id = self.member(username)["member_id"]
        with self._store.read() as conn:
            return list(
                conn.execute(
                    select(db.panel.c.case_id)
                    .join(db.cases, db.cases.c.case_id == db.panel.c.case_id)
                    .where(db.panel.c.member_id == member_id, db.panel.c.active.is_(True))
                    .order_by(db.cases.c.case_id)
                ).scalars()
            )

    def case_row(self, case_id: str) -> dict[str, Any]:
        with self._store.read() as conn:
            row = conn.execute(select(db.cases).where(db.cases.c.case_id == case_id)).first()
        if row is None:
            raise ControlError(f"no case {case_id!r}")
        return dict(row._mapping)

    def add_messages(self, case_id: str, n: int, *, text: str = "A new message.") -> list[str]:
        """Appends ``n`` platform messages (sorting after all others); bumps the case version."""
        with self._store.write() as conn:
            row = conn.execute(select(db.cases).where(db.cases.c.case_id == case_id)).first()
            if row is None:
                raise ControlError(f"no case {case_id!r}")
            last = conn.execute(
                select(func.max(db.messages.c.sort_key)).where(db.messages.c.case_id == case_id)
            ).scalar_one_or_none()
            moment = self._store.now().replace(microsecond=0)
            if last and moment <= parse_timestamp(last):
                moment = parse_timestamp(last).replace(microsecond=0) + timedelta(seconds=1)
            sent_at = format_timestamp(moment)
            tag = secrets.token_hex(3)
            ids = [f"msg_{moment:%Y%m%d%H%M%S}_{tag}_{i:06d}" for i in range(n)]
            rows = []
            for message_id in ids:
                message = {
                    "message_id": message_id,
                    "channel": "buyer_platform",
                    "sender": {"role": "agent", "display_name": "Platform agent"},
                    "sent_at": sent_at,
                    "language": "en",
                    "text": text,
                    "translations": {},
                    "attachments": [],
                }
                rows.append(
                    {
                        "case_id": case_id,
                        "sort_key": sort_key(sent_at),
                        "message_id": message_id,
                        "data": json.dumps(message, separators=(",", ":")),
                    }
                )
            if rows:
                conn.execute(db.messages.insert(), rows)
            self._store.touch_case(conn, case_id, message_count=row.message_count + n)
        return ids

    def unassign(self, case_id: str, member_id: str) -> None:
        """Takes ``member_id`` off the panel: its vote is discarded, the case leaves its feed."""
        with self._store.write() as conn:
            seq = self._store.touch_case(conn, case_id)
            found = conn.execute(
                update(db.panel)
                .where(db.panel.c.case_id == case_id, db.panel.c.member_id == member_id, db.panel.c.active.is_(True))
                .values(active=False, unassigned_seq=seq)
            ).rowcount
            if not found:
                raise ControlError(f"{member_id!r} is not on the panel of {case_id!r}")
            conn.execute(delete(db.votes).where(db.votes.c.case_id == case_id, db.votes.c.member_id == member_id))

    def assign(self, case_id: str, member_id: str, role: str = "member") -> None:
        """Puts ``member_id`` on the panel (quorum grows; votes may seal again)."""
        with self._store.write() as conn:
            if conn.execute(select(db.members.c.member_id).where(db.members.c.member_id == member_id)).first() is None:
                raise ControlError(f"no member {member_id!r}")
            self._store.case_row(conn, case_id)
            seq = self._store.touch_case(conn, case_id)
            position = conn.execute(
                select(func.coalesce(func.max(db.panel.c.position), -1)).where(db.panel.c.case_id == case_id)
            ).scalar_one()
            conn.execute(delete(db.panel).where(db.panel.c.case_id == case_id, db.panel.c.member_id == member_id))
            conn.execute(
                db.panel.insert().values(
                    case_id=case_id,
                    member_id=member_id,
                    role=role,
                    position=position + 1,
                    active=True,
                    assigned_seq=seq,
                    unassigned_seq=0,
                )
            )
            if role == "chair":
                conn.execute(update(db.cases).where(db.cases.c.case_id == case_id).values(chair_id=member_id))

    def set_status(self, case_id: str, status: str) -> None:
        with self._store.write() as conn:
            self._store.case_row(conn, case_id)
            self._store.touch_case(conn, case_id, status=status)

    def add_evidence(
        self,
        case_id: str,
        content: bytes,
        media_type: str,
        *,
        kind: str = "document",
        title: str = "Additional evidence",
        filename: str = "evidence.bin",
        submitted_by: str = "platform",
    ) -> str:
        """Adds an evidence item with ``content``; returns its evidence_id."""
        sha = self._app.files.put(content)
        evidence_id = "ev_" + secrets.token_hex(6).upper()
        item = {
            "evidence_id": evidence_id,
            "submitted_by": submitted_by,
            "kind": kind,
            "title": title,
            "filename": filename,
            "media_type": media_type,
            "size_bytes": len(content),
            "sha256": sha,
            "submitted_at": format_timestamp(self._store.now()),
            "referenced_message_ids": [],
        }
        with self._store.write() as conn:
            self._store.case_row(conn, case_id)
            position = conn.execute(
                select(func.coalesce(func.max(db.evidence.c.position), -1)).where(db.evidence.c.case_id == case_id)
            ).scalar_one()
            conn.execute(
                db.evidence.insert().values(
                    case_id=case_id,
                    evidence_id=evidence_id,
                    position=position + 1,
                    item=json.dumps(item),
                    media_type=media_type,
                    served_sha256=sha,
                    served_size=len(content),
                    removed=False,
                )
            )
            self._store.touch_case(conn, case_id)
        return evidence_id

    def file_appeal(
        self,
        case_id: str,
        appellant: str,
        grounds: str,
        *,
        new_evidence: Sequence[appeal_filing.AppealEvidence] = (),
        at: datetime | None = None,
        panel: Sequence[str] | None = None,
        grounds_translations: Mapping[str, str] | None = None,
    ) -> str:
        """Files a party's appeal against the case's ruling; returns the appeal case's ID.

        Raises ``AppealRefused`` (a ``ControlError``) when the platform's rule refuses it; see
        :func:`appeal_filing.file_appeal`.
        """
        return appeal_filing.file_appeal(
            self._app,
            case_id,
            appellant,
            grounds,
            new_evidence=new_evidence,
            at=at,
            panel=panel,
            grounds_translations=grounds_translations,
        )

    def _evidence_update(self, case_id: str, evidence_id: str, **values: Any) -> None:
        with self._store.write() as conn:
            found = conn.execute(
                update(db.evidence)
                .where(db.evidence.c.case_id == case_id, db.evidence.c.evidence_id == evidence_id)
                .values(**values)
            ).rowcount
            if not found:
                raise ControlError(f"no evidence {evidence_id!r} in {case_id!r}")
            self._store.touch_case(conn, case_id)

    def remove_evidence(self, case_id: str, evidence_id: str) -> None:
        self._evidence_update(case_id, evidence_id, removed=True)

    def corrupt_evidence(self, case_id: str, evidence_id: str, content: bytes) -> None:
        """Serves ``content`` for the item from now on while its listed sha256 stays the same."""
        sha = self._app.files.put(content)
        assert sha == hashlib.sha256(content).hexdigest()
        self._evidence_update(case_id, evidence_id, served_sha256=sha, served_size=len(content))

    def corrupt_ruling_document(self, ruling_id: str) -> bytes:
        """Damages the served copy of a ruling's PDF (same size, other bytes: a platform's bit rot);
        returns the original bytes, to put back with :meth:`restore_ruling_document`."""
        path = self._ruling_document_path(ruling_id)
        original = path.read_bytes()
        path.write_bytes(bytes(b ^ 0xFF for b in original[:64]) + original[64:])
        return original

    def restore_ruling_document(self, ruling_id: str, original: bytes) -> None:
        self._ruling_document_path(ruling_id).write_bytes(original)

    def _ruling_document_path(self, ruling_id: str) -> Path:
        with self._store.read() as conn:
            record = conn.execute(select(db.rulings.c.record).where(db.rulings.c.ruling_id == ruling_id)).scalar_one()
        return self._app.files.path(json.loads(record)["document_sha256"])

    def counts(self) -> dict[str, int]:
        """Accepted writes per kind: annotation_put, annotation_delete, vote, ruling."""
        with self._store.read() as conn:
            found = self._store.counts(conn)
        return {kind: found.get(kind, 0) for kind in ("annotation_put", "annotation_delete", "vote", "ruling")}

    def expire_cursors(self) -> None:
        """Makes every case, message and ruling cursor issued so far invalid."""
        moment = time.time()
        self._app.cursors.not_before = moment
        with self._store.write() as conn:
            self._store.set_meta(conn, "cursor_not_before", repr(moment))

    def revoke_certificate(self, serial: int, reason: str = "unspecified") -> Revocation:
        """Revokes a certificate the sandbox issued; from now on the CRL lists it with ``reason``.

        Args:
            serial: the certificate's serial number.
            reason: an RFC 5280 reason name: ``keyCompromise``, ``affiliationChanged`` (the member
                left the committee), ``superseded`` (key lost or replaced), ``unspecified``, ...

        Returns:
            The revocation; revoking again keeps the first one's time and reason.

        Raises:
            ControlError: the sandbox issued no certificate with this serial, or an unknown reason.
        """
        with self._store.read() as conn:
            found = conn.execute(
                select(db.certificates.c.serial).where(db.certificates.c.serial == str(serial))
            ).first()
        if found is None:
            raise ControlError(f"no certificate with serial {serial}")
        try:
            revocation = self._app.pki.revoke(serial, reason)
        except ValueError as exc:
            raise ControlError(str(exc)) from None
        with self._store.write() as conn:
            conn.execute(update(db.certificates).where(db.certificates.c.serial == str(serial)).values(revoked=True))
        return revocation

    def replace_chair(self, case_id: str, new_chair_id: str, *, reason: str | None) -> list[Revocation]:
        """Makes ``new_chair_id`` the chair of the case's panel in place of its chair.

        The replaced chair leaves the panel and their vote is discarded (as :meth:`unassign` does);
        the new chair joins it in the chair's seat, or, already on it, takes the chair's role and
        keeps their vote. The case changes once (version + 1).

        The contract revokes a certificate when its member leaves the committee, replaces a lost key,
        or on compromise; being replaced on one panel is none of these, and a certificate is the
        member's, not the case's. So the caller says why the chair goes:

        Args:
            reason: None when the replaced chair stays on the committee (their certificates stay
                valid: they may chair other panels); otherwise an RFC 5280 reason name, with which
                every still-valid (unrevoked, unexpired) signing certificate of the replaced chair
                is revoked: ``keyCompromise``, ``superseded`` (key lost or replaced),
                ``affiliationChanged`` (leaving the committee; then see :meth:`remove_from_committee`).

        Returns:
            The revocations made, by serial (none when ``reason`` is None).

        Raises:
            ControlError: no such case, or its ruling is already recorded (the record names its
                chair); the new chair is unknown, lacks the chair role or is the chair already; an
                unknown or not final reason. Nothing has changed then.
        """
        flag = self._final_reason(reason) if reason is not None else None
        with self._store.lock:
            with self._store.write() as conn:
                case = conn.execute(select(db.cases).where(db.cases.c.case_id == case_id)).first()
                if case is None:
                    raise ControlError(f"no case {case_id!r}")
                if self._has_ruling(conn, case_id):
                    raise ControlError(f"the ruling of {case_id!r} is recorded: its chair cannot change")
                roles = self._roles(conn, new_chair_id)
                if roles is None:
                    raise ControlError(f"no member {new_chair_id!r}")
                if MemberRole.CHAIR not in roles:
                    raise ControlError(f"{new_chair_id!r} does not hold the chair role")
                old_chair_id: str = case.chair_id
                if new_chair_id == old_chair_id:
                    raise ControlError(f"{new_chair_id!r} chairs {case_id!r} already")
                seq = self._store.touch_case(conn, case_id, chair_id=new_chair_id)
                seat = conn.execute(
                    select(db.panel.c.position).where(
                        db.panel.c.case_id == case_id, db.panel.c.member_id == old_chair_id
                    )
                ).scalar_one_or_none()
                self._leave_panel(conn, case_id, old_chair_id, seq)
                joined = conn.execute(
                    update(db.panel)
                    .where(
                        db.panel.c.case_id == case_id,
                        db.panel.c.member_id == new_chair_id,
                        db.panel.c.active.is_(True),
                    )
                    .values(role="chair")
                ).rowcount
                if not joined:
                    if seat is None:
                        seat = conn.execute(
                            select(func.coalesce(func.max(db.panel.c.position), -1) + 1).where(
                                db.panel.c.case_id == case_id
                            )
                        ).scalar_one()
                    conn.execute(
                        delete(db.panel).where(db.panel.c.case_id == case_id, db.panel.c.member_id == new_chair_id)
                    )
                    conn.execute(
                        db.panel.insert().values(
                            case_id=case_id,
                            member_id=new_chair_id,
                            role="chair",
                            position=seat,
                            active=True,
                            assigned_seq=seq,
                            unassigned_seq=0,
                        )
                    )
            return self._revoke_member_certificates(old_chair_id, flag) if flag is not None else []

    def remove_from_committee(self, member_id: str, reason: str = "affiliationChanged") -> list[Revocation]:
        """The member leaves the committee: every still-valid signing certificate of theirs is revoked.

        They also leave the panel of every case whose ruling is not recorded (their votes there are
        discarded; recorded rulings keep the panel they were filed with) and lose their roles, so
        they may request no new certificate (403 ``role-required``). Their tokens are left alone.

        Args:
            reason: the RFC 5280 reason of the revocations; ``affiliationChanged`` (the member's
                relation to the committee ended, no suspicion on the key) unless, say, a compromise
                is why they go (``keyCompromise``).

        Returns:
            The revocations made, by serial.

        Raises:
            ControlError: an unknown member or reason, or the member still chairs a case whose ruling
                is not recorded (replace them first with :meth:`replace_chair`). Nothing has changed then.
        """
        flag = self._final_reason(reason)
        with self._store.lock:
            with self._store.write() as conn:
                if self._roles(conn, member_id) is None:
                    raise ControlError(f"no member {member_id!r}")
                recorded = select(db.rulings.c.case_id)
                chaired = list(
                    conn.execute(
                        select(db.cases.c.case_id)
                        .where(db.cases.c.chair_id == member_id, db.cases.c.case_id.not_in(recorded))
                        .order_by(db.cases.c.case_id)
                    ).scalars()
                )
                if chaired:
                    raise ControlError(f"{member_id!r} chairs {', '.join(map(repr, chaired))}: replace them first")
                seats = conn.execute(
                    select(db.panel.c.case_id).where(
                        db.panel.c.member_id == member_id,
                        db.panel.c.active.is_(True),
                        db.panel.c.case_id.not_in(recorded),
                    )
                ).scalars()
                for case_id in list(seats):
                    self._leave_panel(conn, case_id, member_id, self._store.touch_case(conn, case_id))
                conn.execute(update(db.members).where(db.members.c.member_id == member_id).values(roles="[]"))
            # Still under the store's lock: a certificate being issued now either is recorded
            # already (and revoked here) or meets the dropped role (endpoints_pki checks it when recording).
            return self._revoke_member_certificates(member_id, flag)

    @staticmethod
    def _final_reason(reason: str) -> x509.ReasonFlags:
        try:
            return revocation_reason(reason)
        except ValueError as exc:
            raise ControlError(str(exc)) from None

    @staticmethod
    def _roles(conn: Connection, member_id: str) -> list[str] | None:
        found = conn.execute(select(db.members.c.roles).where(db.members.c.member_id == member_id)).scalar()
        return None if found is None else list(json.loads(found))

    @staticmethod
    def _has_ruling(conn: Connection, case_id: str) -> bool:
        return conn.execute(select(db.rulings.c.seq).where(db.rulings.c.case_id == case_id)).first() is not None

    @staticmethod
    def _leave_panel(conn: Connection, case_id: str, member_id: str, seq: int) -> None:
        """Takes ``member_id`` off the case's panel (if on it) and discards their vote."""
        conn.execute(
            update(db.panel)
            .where(db.panel.c.case_id == case_id, db.panel.c.member_id == member_id, db.panel.c.active.is_(True))
            .values(active=False, unassigned_seq=seq)
        )
        conn.execute(delete(db.votes).where(db.votes.c.case_id == case_id, db.votes.c.member_id == member_id))

    def _revoke_member_certificates(self, member_id: str, reason: x509.ReasonFlags) -> list[Revocation]:
        """Revokes every certificate issued to ``member_id`` that is neither revoked nor expired."""
        now = datetime.now(UTC)
        with self._store.read() as conn:
            rows = conn.execute(
                select(db.certificates.c.serial, db.certificates.c.not_after).where(
                    db.certificates.c.member_id == member_id, db.certificates.c.revoked.is_(False)
                )
            ).all()
        pki = self._app.pki
        serials = sorted(int(row.serial) for row in rows if parse_timestamp(row.not_after) > now)
        revocations = [pki.revoke(serial, reason) for serial in serials if not pki.is_revoked(serial)]
        if serials:
            with self._store.write() as conn:
                conn.execute(
                    update(db.certificates)
                    .where(db.certificates.c.serial.in_([str(serial) for serial in serials]))
                    .values(revoked=True)
                )
        return revocations

    def set_refresh_grace(self, seconds: float) -> None:
        """Shortens the refresh-token reuse grace window (tests)."""
        self._app.tokens.grace_seconds = seconds

    def hold_ruling_keys(self, seconds: float) -> None:
        """Keeps ruling idempotency keys busy this long before processing (tests of in-use)."""
        self._app.idempotency.hold_seconds = seconds
