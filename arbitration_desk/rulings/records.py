"""Decision records as legal staff keep them: safe file names, and the manifest in JSON and CSV.

The output directory holds ``<case_reference>_<ruling_id>.pdf`` files, ``manifest.json`` (the
rulings cursor, the filter, and one entry per record: the platform's data plus our verdict) and
``manifest.csv`` (the same entries for a spreadsheet). References and IDs are untrusted: a name keeps
only ``[A-Za-z0-9._-]``, never starts with a dot, and gains a short hash when anything was replaced,
so two different IDs never share a file.

Appeals (contract 1.1): an appeal ruling's entry names the ruling it decides on (``appeal_of``) and
whether it upholds or replaces it; that ruling's entry names the appeal ruling (``appealed_by``).
``dispute`` is the first-instance case's reference (the same on both entries), ``final_ruling_id``
the ruling that decides the dispute as far as the platform has recorded (the appeal ruling once
there is one; until then the first ruling stands, as the contract says), and ``final`` whether this
entry is that ruling.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from arbitration_desk.domain.appeals import effect_of
from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.payloads import RulingRecord
from arbitration_desk.domain.phrases import PhrasedError, phrase
from arbitration_desk.rulings.errors import RulingError

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
FORMAT = 1
VALID = "valid"
FAILED = "failed"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_PART = 80
#: Spreadsheet cells starting with these run as formulas: prefixed with ' in the CSV.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "case_reference",
    "ruling_id",
    "outcome",
    "award_amount",
    "award_currency",
    "decided_at",
    "received_at",
    "chair_id",
    "dispute",
    "appeal_of",
    "appeal_effect",
    "appealed_by",
    "final",
    "final_ruling_id",
    "sha256",
    "verdict",
    "problems",
    "file",
    "archival_file",
    "archival_sha256",
)


class ManifestError(RulingError, PhrasedError):
    """The output directory's manifest cannot be read or written."""


def safe_part(text: str) -> str:
    """``text`` reduced to ``[A-Za-z0-9._-]`` (at most 80 characters), no leading dot, never empty."""
    cleaned = _UNSAFE.sub("_", text)[:_PART].lstrip(".") or "_"
    if cleaned != text:
        cleaned = f"{cleaned[: _PART - 9]}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"
    return cleaned


def file_name(case_reference: str, ruling_id: str) -> str:
    """``<case_reference>_<ruling_id>.pdf`` with both parts made safe."""
    return f"{safe_part(case_reference)}_{safe_part(ruling_id)}.pdf"


def archival_name(case_reference: str, ruling_id: str) -> str:
    """``<case_reference>_<ruling_id>.archival.pdf``: the archival copy beside the filed ruling."""
    return f"{safe_part(case_reference)}_{safe_part(ruling_id)}.archival.pdf"


@dataclass
class DecisionRecord:
    """One ruling of ``GET /v1/rulings`` and what the export concluded about its document."""

    ruling_id: str
    case_id: str
    case_reference: str
    outcome: str
    award_amount: str
    award_currency: str
    decided_at: str
    received_at: str
    chair_id: str
    sha256: str
    size: int
    file: str = ""
    verdict: str = ""
    #: Why the record failed: English sentences (``str()`` of the verifier's phrases), as the manifest keeps them.
    problems: list[str] = field(default_factory=list)
    signer: str = ""
    request_id: str = ""
    #: The archival copy (PAdES B-LTA) beside ``file``, and its SHA-256 (``sha256`` stays the filed one's).
    archival_file: str = ""
    archival_sha256: str = ""
    #: Since contract 1.1, on an appeal ruling: the ``ruling_id`` it decides on.
    appeal_of: str = ""
    #: Derived from the whole manifest (:meth:`Manifest.link`), see the module's docstring.
    dispute: str = ""
    appeal_effect: str = ""
    appealed_by: str = ""
    final: bool = True
    final_ruling_id: str = ""

    @classmethod
    def from_platform(cls, item: RulingRecord) -> DecisionRecord:
        return cls(
            ruling_id=item["ruling_id"],
            case_id=item["case_id"],
            case_reference=item["case_reference"],
            outcome=item["outcome"],
            award_amount=item["award"]["amount"],
            award_currency=item["award"]["currency"],
            decided_at=item["decided_at"],
            received_at=item["received_at"],
            chair_id=item["chair_id"],
            sha256=item["document_sha256"],
            size=int(item["document_size"]),
            appeal_of=item.get("appeal_of", ""),
        )

    @property
    def valid(self) -> bool:
        return self.verdict == VALID


@dataclass
class Manifest:
    """What an output directory holds: the rulings cursor, its filter and every record seen."""

    cursor: str | None = None
    decided_since: str | None = None
    records: dict[str, DecisionRecord] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        path = Path(out_dir) / MANIFEST_JSON
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:  # the system's or the JSON reader's words: a field
            raise ManifestError(
                phrase("Export", "cannot read {path}: {error}", path=str(path), error=str(exc))
            ) from None
        try:
            names = {f.name for f in fields(DecisionRecord)}
            records = [DecisionRecord(**{k: v for k, v in r.items() if k in names}) for r in data["records"]]
            return cls(data.get("cursor"), data.get("decided_since"), {r.ruling_id: r for r in records})
        except (KeyError, TypeError, AttributeError) as exc:
            raise ManifestError(
                phrase(
                    "Export", "{path} is not a manifest of this application: {error}", path=str(path), error=repr(exc)
                )
            ) from None

    def link(self) -> None:
        """Fills each record's derived appeal fields from ``appeal_of`` across the manifest."""
        for record in self.records.values():
            record.dispute, record.appealed_by, record.appeal_effect = record.case_reference, "", ""
        for record in self.records.values():
            first = self.records.get(record.appeal_of) if record.appeal_of else None
            if first is None:
                continue
            record.dispute = first.case_reference
            first.appealed_by = record.ruling_id
            record.appeal_effect = _effect(first, record)
        for record in self.records.values():
            record.final_ruling_id = record.appealed_by or record.ruling_id
            record.final = not record.appealed_by

    def save(self, out_dir: Path) -> None:
        """Writes ``manifest.json`` and ``manifest.csv`` atomically (records in decision order)."""
        self.link()
        ordered = sorted(self.records.values(), key=lambda r: (r.decided_at, r.ruling_id))
        document = {
            "format": FORMAT,
            "cursor": self.cursor,
            "decided_since": self.decided_since,
            "records": [asdict(r) for r in ordered],
        }
        _write_atomic(Path(out_dir) / MANIFEST_JSON, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        _write_atomic(Path(out_dir) / MANIFEST_CSV, to_csv(ordered))


def _effect(first: DecisionRecord, appeal: DecisionRecord) -> str:
    """ "upholds" or "replaces" (""  when an award cannot be read)."""
    try:
        before = Money.parse(first.award_amount, first.award_currency)
        after = Money.parse(appeal.award_amount, appeal.award_currency)
    except MoneyError:
        return ""
    return effect_of(first.outcome, before, appeal.outcome, after).value


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(records: list[DecisionRecord]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        values = asdict(record)
        writer.writerow([_cell(values[column] if column != "sha256" else record.sha256) for column in CSV_COLUMNS])
    return buffer.getvalue()


def _write_atomic(path: Path, text: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"), mode=0o644)  # the export folder is for legal staff to read
    except OSError as exc:
        raise ManifestError(phrase("Export", "cannot write {path}: {error}", path=str(path), error=str(exc))) from None
