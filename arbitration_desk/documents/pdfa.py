"""PDF/A-3b finishing of the composed PDF: metadata, sRGB output intent, the JSON attachments.

reportlab already embeds (subsets of) every font; this step rewrites the file as one clean revision
with pyHanko and adds what PDF/A-3 (ISO 19005-3, level B) asks for:

* XMP metadata identifying the file as PDF/A-3B (``pdfaid:part``/``pdfaid:conformance``), using
  only predefined XMP properties, with the same values as the Info dictionary;
* an output intent ``/GTS_PDFA1`` with an embedded sRGB ICC profile (the page uses DeviceRGB);
* two associated files, listed in the catalog's ``/AF`` and in the ``/EmbeddedFiles`` name tree:
  ``ruling.json`` (:func:`ruling_record`) and ``evidence.json`` (:func:`evidence_record`), both
  ``/AFRelationship /Data``: they are the data the pages present (the decision; the evidence table).

See docs/pdfa.md. The signer (sign.py) appends one incremental update and keeps all of this.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from PIL import ImageCms
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec
from pyhanko.pdf_utils.metadata import model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter, copy_into_new_writer

from arbitration_desk.documents.draft import RulingDraft, ruling_record
from arbitration_desk.documents.errors import ComposeError
from arbitration_desk.domain.phrases import phrase

ATTACHMENT_NAME = "ruling.json"
EVIDENCE_ATTACHMENT_NAME = "evidence.json"
ATTACHMENT_MIME = "application/json"
#: ``schema`` of evidence.json; bump the number on an incompatible change.
EVIDENCE_SCHEMA = "arbitration-desk/evidence-hashes/1"
SUBJECT = "Arbitration committee ruling"
CREATOR = "Arbitration Desk"
SRGB_ID = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class Attachment:
    """One associated file of the ruling PDF."""

    name: str
    data: bytes
    description: str
    relationship: str = "/Data"
    mime_type: str = ATTACHMENT_MIME


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile built by LittleCMS (through Pillow)."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def evidence_record(draft: RulingDraft) -> dict[str, Any]:
    """The content of evidence.json: every evidence item relied on, with the SHA-256 of its content."""
    return {
        "schema": EVIDENCE_SCHEMA,
        "case_id": draft.case_id,
        "case_reference": draft.case_reference,
        "hash_algorithm": "sha256",
        "evidence": [
            {"evidence_id": e.evidence_id, "submitted_by": e.submitted_by, "title": e.title, "sha256": e.sha256}
            for e in draft.evidence
        ],
    }


def _json(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")


def attachments(draft: RulingDraft) -> tuple[Attachment, ...]:
    """The associated files of the ruling, the primary one (ruling.json) first."""
    return (
        Attachment(
            ATTACHMENT_NAME,
            _json(ruling_record(draft)),
            "Machine-readable ruling (filing metadata and evidence hashes)",
        ),
        Attachment(
            EVIDENCE_ATTACHMENT_NAME,
            _json(evidence_record(draft)),
            "The evidence relied on: id, submitter, title and SHA-256 of each item (the evidence table)",
        ),
    )


class _OneClockMetadata(model.DocumentMetadata):
    """pyHanko turns ``last_modified="now"`` into a time twice, once for the Info dictionary and once
    for the XMP; two readings can straddle a second. This reads the clock once, in UTC, on assignment
    (or uses the fixed time it was given: an invariant file)."""

    fixed_time: datetime | None = None

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "last_modified" and value == "now":
            value = self.fixed_time or datetime.now(UTC).replace(microsecond=0)
        super().__setattr__(name, value)


def use_one_clock(writer: BasePdfFileWriter, at: datetime | None = None) -> None:
    """Makes ``writer`` stamp the same modification time into the Info dictionary and the XMP.

    Call it before setting any ``writer.document_meta`` field (it replaces the metadata object).
    ``at``: that time instead of the clock's.
    """
    if isinstance(getattr(writer, "_meta", None), model.DocumentMetadata):
        meta = _OneClockMetadata()
        if at is not None:
            object.__setattr__(meta, "fixed_time", at.astimezone(UTC).replace(microsecond=0))
        writer._meta = meta


def _xmp(*properties: tuple[str, str, str]) -> model.XmpStructure:
    return model.XmpStructure.of(
        *[
            (model.ExpandedName(ns=model.NS[prefix], local_name=name), model.XmpValue(value))
            for prefix, name, value in properties
        ]
    )


def finish_pdfa(pdf: bytes, draft: RulingDraft, title: str, *, invariant: bool = False) -> bytes:
    """``pdf`` rewritten as one revision with PDF/A-3b metadata and the JSON attachments.

    ``invariant``: the modification date is ``decided_at`` and the file ID a hash of ``pdf`` (instead of
    the clock and random bytes), so the same draft gives the same file (the sandbox's seeded world).
    """
    keywords = f"{draft.case_reference},{draft.case_id}"
    created = generic.pdf_date(draft.decided_at)
    # Our own Info dictionary (reportlab's has /Trapped and its own /Producer, which the XMP would lack).
    # pyHanko then overwrites /ModDate and keeps /Producer as is, since it already names pyHanko.
    info = generic.DictionaryObject(
        {
            generic.pdf_name("/Title"): generic.TextStringObject(title),
            generic.pdf_name("/Author"): generic.TextStringObject(draft.chair_name),
            generic.pdf_name("/Subject"): generic.TextStringObject(SUBJECT),
            generic.pdf_name("/Keywords"): generic.TextStringObject(keywords),
            generic.pdf_name("/Creator"): generic.TextStringObject(CREATOR),
            generic.pdf_name("/Producer"): generic.TextStringObject(model.VENDOR),
            generic.pdf_name("/CreationDate"): created,
            generic.pdf_name("/ModDate"): created,
        }
    )
    try:
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf)), writer_kwargs={"info": info})
        use_one_clock(writer, draft.decided_at if invariant else None)
        meta = writer.document_meta
        if invariant:
            digest = hashlib.sha256(pdf).digest()[:16]
            writer._document_id = generic.ArrayObject([generic.ByteStringObject(digest)] * 2)
        meta.title = title
        meta.author = draft.chair_name
        meta.subject = SUBJECT
        meta.creator = CREATOR
        meta.created = draft.decided_at
        # Not meta.keywords: pyHanko writes those as "pdf:keywords", which is no XMP property
        # (the PDF schema's is "pdf:Keywords"), and PDF/A allows predefined properties only.
        meta.xmp_extra = [
            _xmp(("pdfaid", "part", "3"), ("pdfaid", "conformance", "B")),
            _xmp(("pdf", "Keywords", keywords)),
        ]
        _output_intent(writer)
        _attach(writer, attachments(draft), draft.decided_at)
        out = io.BytesIO()
        writer.write(out)
    except Exception as exc:  # pyHanko raises a variety of PdfError/ValueError subclasses
        raise ComposeError(phrase("Documents", "the PDF/A finishing step failed: {error}", error=str(exc))) from exc
    return out.getvalue()


def _output_intent(writer: BasePdfFileWriter) -> None:
    profile = generic.StreamObject({generic.pdf_name("/N"): generic.NumberObject(3)}, stream_data=srgb_profile())
    profile.compress()
    intent = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/OutputIntent"),
            generic.pdf_name("/S"): generic.pdf_name("/GTS_PDFA1"),
            generic.pdf_name("/OutputConditionIdentifier"): generic.pdf_string(SRGB_ID),
            generic.pdf_name("/Info"): generic.pdf_string(SRGB_ID),
            generic.pdf_name("/DestOutputProfile"): writer.add_object(profile),
        }
    )
    writer.root[generic.pdf_name("/OutputIntents")] = generic.ArrayObject([writer.add_object(intent)])


def _attach(writer: BasePdfFileWriter, files: tuple[Attachment, ...], when: datetime) -> None:
    """Embeds ``files`` as associated files of the catalog (without forcing PDF 2.0 as pyHanko's helper does)."""
    specs: list[tuple[str, generic.IndirectObject]] = []
    for file in files:
        stream = EmbeddedFileObject.from_file_data(
            writer,
            data=file.data,
            mime_type=file.mime_type,
            params=EmbeddedFileParams(creation_date=when, modification_date=when),
        )
        spec = FileSpec(
            file_spec_string=file.name,
            file_name=file.name,
            embedded_data=stream,
            description=file.description,
            af_relationship=generic.pdf_name(file.relationship),
        ).as_pdf_object()
        specs.append((file.name, writer.add_object(spec)))
    # A name tree's keys are sorted; the /AF array keeps the order of ``files``.
    names = generic.ArrayObject()
    for name, ref in sorted(specs, key=lambda item: item[0].encode("utf-8")):
        names.extend([generic.pdf_string(name), ref])
    embedded = generic.DictionaryObject({generic.pdf_name("/Names"): names})
    writer.root[generic.pdf_name("/Names")] = generic.DictionaryObject(
        {generic.pdf_name("/EmbeddedFiles"): writer.add_object(embedded)}
    )
    writer.root[generic.pdf_name("/AF")] = generic.ArrayObject([ref for _name, ref in specs])
