"""PDF/A-3b finishing of the composed PDF: XMP identification, sRGB output intent, attached ruling JSON.

reportlab already embeds (subsets of) every font; this step rewrites the file as one clean revision
with pyHanko and adds what PDF/A-3 asks for: XMP metadata matching the Info dictionary, an sRGB
output intent, and the machine-readable ruling as an associated file (``/AFRelationship /Data``).
"""

from __future__ import annotations

import io
import json
from functools import cache

from PIL import ImageCms
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec
from pyhanko.pdf_utils.metadata import model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter, copy_into_new_writer

from arbitration_desk.rulings.draft import RulingDraft, ruling_record
from arbitration_desk.rulings.errors import ComposeError

ATTACHMENT_NAME = "ruling.json"
ATTACHMENT_MIME = "application/json"
SRGB_ID = "sRGB IEC61966-2.1"


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile built by LittleCMS (through Pillow)."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _pdfaid() -> model.XmpStructure:
    ns = model.NS["pdfaid"]
    return model.XmpStructure.of(
        (model.ExpandedName(ns=ns, local_name="part"), model.XmpValue("3")),
        (model.ExpandedName(ns=ns, local_name="conformance"), model.XmpValue("B")),
    )


def finish_pdfa(pdf: bytes, draft: RulingDraft, title: str) -> bytes:
    """``pdf`` rewritten as one revision with PDF/A-3b metadata and the ruling JSON attached."""
    try:
        writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf)))
        meta = writer.document_meta
        meta.title = title
        meta.author = draft.chair_name
        meta.subject = "Arbitration committee ruling"
        meta.creator = "Arbitration Desk"
        meta.keywords = [draft.case_reference, draft.case_id]
        meta.created = draft.decided_at
        meta.xmp_extra = [_pdfaid()]
        _output_intent(writer)
        _attach(writer, json.dumps(ruling_record(draft), ensure_ascii=False, indent=1).encode("utf-8"), draft)
        out = io.BytesIO()
        writer.write(out)
    except Exception as exc:  # pyHanko raises a variety of PdfError/ValueError subclasses
        raise ComposeError(f"the PDF/A finishing step failed: {exc}") from exc
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


def _attach(writer: BasePdfFileWriter, data: bytes, draft: RulingDraft) -> None:
    """Embeds ``data`` as an associated file of the catalog (without forcing PDF 2.0 as pyHanko's helper does)."""
    stream = EmbeddedFileObject.from_file_data(
        writer,
        data=data,
        mime_type=ATTACHMENT_MIME,
        params=EmbeddedFileParams(creation_date=draft.decided_at, modification_date=draft.decided_at),
    )
    spec = FileSpec(
        file_spec_string=ATTACHMENT_NAME,
        file_name=ATTACHMENT_NAME,
        embedded_data=stream,
        description="Machine-readable ruling (filing metadata and evidence hashes)",
        af_relationship=generic.pdf_name("/Data"),
    ).as_pdf_object()
    spec_ref = writer.add_object(spec)
    names = generic.ArrayObject([generic.pdf_string(ATTACHMENT_NAME), spec_ref])
    embedded = generic.DictionaryObject({generic.pdf_name("/Names"): names})
    writer.root[generic.pdf_name("/Names")] = generic.DictionaryObject(
        {generic.pdf_name("/EmbeddedFiles"): writer.add_object(embedded)}
    )
    writer.root[generic.pdf_name("/AF")] = generic.ArrayObject([spec_ref])
