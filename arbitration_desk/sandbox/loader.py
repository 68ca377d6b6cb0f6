"""Loads a demo World into an empty database: bulk inserts, evidence files, signed demo rulings.

An appeal case's ``appeal`` object names the ruling appealed against, whose ID comes from its signed
file: the loader completes it from the first-instance case (loaded earlier), then composes and signs
the appeal case's own ruling, if any, from the completed case.
"""

from __future__ import annotations

import json
import secrets
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.accounts import hash_password
from arbitration_desk.sandbox.appeal_rules import complete_appeal
from arbitration_desk.sandbox.files import FileStore
from arbitration_desk.sandbox.pki import IssuedCertificate, SandboxPki
from arbitration_desk.sandbox.state import Store, sort_key
from arbitration_desk.sandbox.world import CaseSeed, MemberSeed, World, WorldError

BATCH_CASES = 50
BATCH_ROWS = 5000
DYNAMIC_FIELDS = ("evidence", "panel", "version", "updated_at", "message_count", "status")

Log = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class ChairKeys:
    """Signing keys of chairs for the demo rulings, kept in ``directory`` (0600) across restarts."""

    def __init__(self, pki: SandboxPki, directory: Path) -> None:
        self.pki = pki
        self.directory = directory
        self._cache: dict[str, tuple[bytes, IssuedCertificate]] = {}
        self.issued: list[tuple[str, IssuedCertificate]] = []

    def get(self, member_id: str, display_name: str) -> tuple[bytes, IssuedCertificate]:
        if member_id in self._cache:
            return self._cache[member_id]
        key_path = self.directory / f"{member_id}.key.pem"
        cert_path = self.directory / f"{member_id}.cert.json"
        if key_path.exists() and cert_path.exists():
            data = json.loads(cert_path.read_text())
            cert = IssuedCertificate(
                data["certificate_pem"], data["chain_pem"], datetime.fromisoformat(data["not_after"]), data["serial"]
            )
            found = (key_path.read_bytes(), cert)
        else:
            found = self.pki.new_member_credentials(member_id, display_name)
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            key_path.touch(mode=0o600)
            key_path.write_bytes(found[0])
            cert = found[1]
            cert_path.write_text(
                json.dumps(
                    {
                        "certificate_pem": cert.certificate_pem,
                        "chain_pem": cert.chain_pem,
                        "not_after": cert.not_after.isoformat(),
                        "serial": cert.serial,
                    }
                )
            )
            self.issued.append((member_id, cert))
        self._cache[member_id] = found
        return found


def _member_rows(members: tuple[MemberSeed, ...]) -> list[dict[str, Any]]:
    hashes: dict[str, str] = {}
    rows = []
    for m in members:
        if m.password not in hashes:
            hashes[m.password] = hash_password(m.password)
        rows.append(
            {
                "member_id": m.member_id,
                "username": m.username,
                "password_hash": hashes[m.password],
                "display_name": m.display_name,
                "email": m.email,
                "roles": json.dumps(list(m.roles)),
                "locale": m.locale,
                "timezone": m.timezone,
                "otp_secret": m.otp_secret,
            }
        )
    return rows


class _Batch:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {
            name: [] for name in ("cases", "panel", "evidence", "messages", "votes", "annotations", "appeals")
        }

    def flush(self, conn: Connection) -> None:
        for name, rows in self.rows.items():
            table = db.metadata.tables[name]
            for start in range(0, len(rows), BATCH_ROWS):
                conn.execute(table.insert(), rows[start : start + BATCH_ROWS])
            rows.clear()

    def size(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


class WorldLoader:
    def __init__(self, store: Store, files: FileStore, pki: SandboxPki, keys_dir: Path, log: Log = _stderr) -> None:
        self.store = store
        self.files = files
        self.keys = ChairKeys(pki, keys_dir)
        self.pki = pki
        self.log = log
        self.seq = 0
        self.names: dict[str, str] = {}
        self.rulings: list[dict[str, Any]] = []
        #: The signed seeded rulings by case ID (ruling_id, document_sha256), for the appeals against them.
        self.signed: dict[str, tuple[str, str]] = {}

    def load(self, world: World) -> None:
        started = time.monotonic()
        self.names = {m.member_id: m.display_name for m in world.members}
        with self.store.write() as conn:
            conn.execute(db.members.insert(), _member_rows(world.members))
        batch = _Batch()
        loaded = 0
        for seed in world.cases():
            self._add_case(batch, seed)
            loaded += 1
            if loaded % BATCH_CASES == 0 or batch.size() > 20000:
                with self.store.write() as conn:
                    batch.flush(conn)
                self.log(f"sandbox: loaded {loaded}/{world.case_count} cases")
        with self.store.write() as conn:
            batch.flush(conn)
            self.rulings.sort(key=lambda r: (sort_key(r["_received_at"]), r["ruling_id"]))
            for ruling in self.rulings:
                del ruling["_received_at"]
            if self.rulings:
                conn.execute(db.rulings.insert(), self.rulings)
            for member_id, cert in self.keys.issued:
                conn.execute(
                    db.certificates.insert().values(
                        serial=str(cert.serial),
                        member_id=member_id,
                        not_after=format_timestamp(cert.not_after),
                        certificate_pem=cert.certificate_pem,
                        revoked=False,
                    )
                )
            self.store.set_meta(conn, "seq", str(self.seq))
            self.store.set_meta(conn, "loaded", "1")
        self.log(f"sandbox: world of {loaded} cases loaded in {time.monotonic() - started:.1f} s")

    def _add_case(self, batch: _Batch, seed: CaseSeed) -> None:
        case = seed.case
        case_id = case["id"]
        if seed.appeal_of is not None:
            case = self._complete_appeal(batch, seed)
        self.seq += 1
        stamps = [case.get("escalated_at"), case.get("opened_at")]
        stamps += [h.get("at") for h in case.get("history", [])]
        stamps += [e.item.get("submitted_at") for e in seed.evidence]
        stamps += [v.cast_at for v in seed.votes] + [a.updated_at for a in seed.annotations]
        if seed.messages:
            stamps.append(seed.messages[-1]["sent_at"])
        keys = [sort_key(s) for s in stamps if isinstance(s, str)]
        ruling_rows = self._ruling(seed, case) if seed.ruling is not None else []
        keys += [sort_key(r["_received_at"]) for r in ruling_rows]
        updated = format_timestamp(parse_timestamp(max(keys))) if keys else format_timestamp(datetime.now())
        panel = case["panel"]
        data = {k: v for k, v in case.items() if k not in DYNAMIC_FIELDS}
        batch.rows["cases"].append(
            {
                "case_id": case_id,
                "reference": case["reference"],
                "data": json.dumps(data, ensure_ascii=False),
                "status": case["status"],
                "version": 1,
                "updated_at": updated,
                "change_seq": self.seq,
                "chair_id": panel["chair_id"],
                "message_count": len(seed.messages),
                "last_message_key": sort_key(seed.messages[-1]["sent_at"]) if seed.messages else "",
            }
        )
        for position, seat in enumerate(panel["members"]):
            batch.rows["panel"].append(
                {
                    "case_id": case_id,
                    "member_id": seat["member_id"],
                    "role": seat["role"],
                    "position": position,
                    "active": True,
                    "assigned_seq": self.seq,
                    "unassigned_seq": 0,
                }
            )
        for position, ev in enumerate(seed.evidence):
            sha = self.files.put(ev.content)
            batch.rows["evidence"].append(
                {
                    "case_id": case_id,
                    "evidence_id": ev.item["evidence_id"],
                    "position": position,
                    "item": json.dumps(ev.item, ensure_ascii=False),
                    "media_type": ev.item["media_type"],
                    "served_sha256": sha,
                    "served_size": len(ev.content),
                    "removed": False,
                }
            )
        for message in seed.messages:
            batch.rows["messages"].append(
                {
                    "case_id": case_id,
                    "sort_key": sort_key(message["sent_at"]),
                    "message_id": message["message_id"],
                    "data": json.dumps(message, ensure_ascii=False, separators=(",", ":")),
                }
            )
        for vote in seed.votes:
            batch.rows["votes"].append(
                {
                    "case_id": case_id,
                    "member_id": vote.member_id,
                    "outcome": vote.outcome,
                    "award": json.dumps(vote.award),
                    "rationale": vote.rationale,
                    "cast_at": vote.cast_at,
                }
            )
        for note in seed.annotations:
            write = {
                "target": note.target,
                "body": note.body,
                "created_at": note.created_at,
                "updated_at": note.updated_at,
            }
            batch.rows["annotations"].append(
                {
                    "case_id": case_id,
                    "annotation_id": note.annotation_id,
                    "author_id": note.author_id,
                    "data": json.dumps(write, ensure_ascii=False),
                    "etag": f'"an-{secrets.token_hex(8)}"',
                    "written_at": sort_key(note.updated_at),
                    "deleted_at": None,
                }
            )
        self.rulings += ruling_rows

    def _complete_appeal(self, batch: _Batch, seed: CaseSeed) -> dict[str, Any]:
        """The appeal case with its ``appeal`` object naming the signed first ruling; records the link."""
        assert seed.appeal_of is not None
        found = self.signed.get(seed.appeal_of)
        if found is None:
            raise WorldError(f"appeal case {seed.case['id']} comes before a signed ruling of {seed.appeal_of}")
        ruling_id, sha = found
        batch.rows["appeals"].append({"case_id": seed.case["id"], "of_case_id": seed.appeal_of, "ruling_id": ruling_id})
        return dict(seed.case, appeal=complete_appeal(seed.case["appeal"], ruling_id, sha))

    def _ruling(self, seed: CaseSeed, case: dict[str, Any]) -> list[dict[str, Any]]:
        ruling = seed.ruling
        assert ruling is not None
        chair = case["panel"]["chair_id"]
        key_pem, cert = self.keys.get(chair, self.names.get(chair, chair))
        signed = self.pki.sign_pdf(ruling.document(case), key_pem, cert)
        sha = self.files.put(signed)
        received_at = format_timestamp(parse_timestamp(ruling.decided_at) + timedelta(minutes=7))
        ruling_id = "rl_" + sha[:12].upper()
        record = {
            "ruling_id": ruling_id,
            "case_id": case["id"],
            "case_reference": case["reference"],
            "outcome": ruling.outcome,
            "award": ruling.award,
            "decided_at": ruling.decided_at,
            "received_at": received_at,
            "chair_id": chair,
            "document_sha256": sha,
            "document_size": len(signed),
        }
        if seed.appeal_of is not None:
            record["appeal_of"] = self.signed[seed.appeal_of][0]
        self.signed[case["id"]] = (ruling_id, sha)
        receipt = {k: record[k] for k in ("ruling_id", "case_id", "case_reference", "received_at", "document_sha256")}
        return [
            {
                "ruling_id": ruling_id,
                "case_id": case["id"],
                "record": json.dumps(record),
                "decided_key": sort_key(ruling.decided_at),
                "panel_ids": json.dumps([m["member_id"] for m in case["panel"]["members"]]),
                "idempotency_key": None,
                "fingerprint": None,
                "receipt": json.dumps(receipt),
                "_received_at": received_at,
            }
        ]
