"""PDF/A-3b (ISO 19005-3, level B), rule by rule, on the composed and on the signed ruling.

Every test checks one rule of docs/pdfa.md with pyHanko's reader, on the unsigned file that
``compose_ruling`` returns and on the file ``sign_pdf`` makes of it, in three scripts. The clause
numbers are those of ISO 19005-3 (and of veraPDF's rule ids). These tests are no validator: veraPDF is
not run, and rules the ruling cannot break (images, transparency, optional content...) are not tested.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from lxml import etree
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from rulings.samples import make_draft

from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.draft import RulingDraft, ruling_record
from arbitration_desk.rulings.pdfa import ATTACHMENT_NAME, EVIDENCE_ATTACHMENT_NAME

LANGS = ("en", "zh", "ar")
KINDS = ("composed", "signed")

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFIXES = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
}
#: Properties of the predefined XMP schemas (XMP 2005, ISO 19005) that a ruling may carry (6.6.2.3.1).
PREDEFINED = frozenset(
    {
        "dc:title",
        "dc:creator",
        "dc:description",
        "xmp:CreateDate",
        "xmp:ModifyDate",
        "xmp:MetadataDate",
        "xmp:CreatorTool",
        "pdf:Producer",
        "pdf:Keywords",
        "pdf:PDFVersion",
        "pdf:Trapped",
        "pdfaid:part",
        "pdfaid:conformance",
        "pdfaid:amd",
        "pdfaid:corr",
    }
)
#: Info dictionary entry -> its analogous XMP property.
INFO_TO_XMP = {
    "/Title": "dc:title",
    "/Author": "dc:creator",
    "/Subject": "dc:description",
    "/Keywords": "pdf:Keywords",
    "/Creator": "xmp:CreatorTool",
    "/Producer": "pdf:Producer",
    "/CreationDate": "xmp:CreateDate",
    "/ModDate": "xmp:ModifyDate",
    "/Trapped": "pdf:Trapped",
}
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
#: ISO 32000-1 Table 6 without LZWDecode and Crypt (6.1.7.2).
PERMITTED_FILTERS = frozenset(
    {
        "/ASCIIHexDecode",
        "/ASCII85Decode",
        "/FlateDecode",
        "/RunLengthDecode",
        "/CCITTFaxDecode",
        "/JBIG2Decode",
        "/DCTDecode",
        "/JPXDecode",
    }
)
FORBIDDEN_ACTIONS = frozenset(
    {
        "/Launch",
        "/Sound",
        "/Movie",
        "/ResetForm",
        "/ImportData",
        "/Hide",
        "/SetOCGState",
        "/Rendition",
        "/Trans",
        "/GoTo3DView",
        "/JavaScript",
        "/SetState",
        "/NOP",
    }
)
AF_RELATIONSHIPS = frozenset(
    {"/Source", "/Data", "/Alternative", "/Supplement", "/EncryptedPayload", "/FormData", "/Schema", "/Unspecified"}
)
MIME = re.compile(r"[-\w+.]+/[-\w+.]+")


class Doc:
    """One ruling PDF under test and the draft it was made from."""

    def __init__(self, kind: str, lang: str, data: bytes) -> None:
        self.kind, self.lang, self.data = kind, lang, data
        self.draft: RulingDraft = make_draft(lang)  # what conftest.signed_ruling signs, too
        self.reader = PdfFileReader(io.BytesIO(data))
        self.root = self.reader.root


@pytest.fixture(scope="module")
def composed_ruling() -> Callable[[str], bytes]:
    cache: dict[str, bytes] = {}

    def make(lang: str) -> bytes:
        if lang not in cache:
            cache[lang] = compose_ruling(make_draft(lang))
        return cache[lang]

    return make


@pytest.fixture(params=[(kind, lang) for lang in LANGS for kind in KINDS], ids="-".join)
def doc(
    request: pytest.FixtureRequest,
    composed_ruling: Callable[[str], bytes],
    signed_ruling: Callable[[str], bytes],
) -> Doc:
    kind, lang = request.param
    return Doc(kind, lang, (signed_ruling if kind == "signed" else composed_ruling)(lang))


# --- helpers -------------------------------------------------------------------------------------


def _get(dictionary: generic.DictionaryObject, key: str) -> Any:
    """The dereferenced value of ``key``, or None (``dict.get`` would not dereference)."""
    try:
        return dictionary[key]
    except KeyError:
        return None


def _string_bytes(obj: Any) -> bytes:
    """The bytes of a PDF string (pyHanko decodes those that happen to be PDFDocEncoding text)."""
    if isinstance(obj, generic.TextStringObject):
        return bytes(obj.original_bytes)
    assert isinstance(obj, generic.ByteStringObject), type(obj)
    return bytes(obj)


def _items(array: generic.ArrayObject | None) -> list[Any]:
    """The dereferenced items of ``array`` (iterating an ArrayObject gives the raw references)."""
    return [] if array is None else [array[i] for i in range(len(array))]


def _all_objects(reader: PdfFileReader) -> Iterator[generic.PdfObject]:
    """Every object of every revision, and the trailer, each with all its direct sub-objects."""
    stack: list[generic.PdfObject] = [reader.trailer_view]
    seen: set[tuple[int, int]] = set()
    for revision in range(reader.xrefs.total_revisions):
        for ref in reader.xrefs.explicit_refs_in_revision(revision):
            if (ref.idnum, ref.generation) not in seen:
                seen.add((ref.idnum, ref.generation))
                stack.append(reader.get_object(ref))
    while stack:
        obj = stack.pop()
        yield obj
        if isinstance(obj, generic.DictionaryObject):
            children = [obj.raw_get(key) for key in obj]
        elif isinstance(obj, generic.ArrayObject):
            children = list(obj.iterate())
        else:
            continue
        stack.extend(child for child in children if not isinstance(child, generic.IndirectObject))


def _dictionaries(reader: PdfFileReader) -> Iterator[generic.DictionaryObject]:
    return (obj for obj in _all_objects(reader) if isinstance(obj, generic.DictionaryObject))


def _pages(reader: PdfFileReader) -> Iterator[tuple[generic.DictionaryObject, generic.DictionaryObject]]:
    """(page, its resources, inherited from the page tree when the page has none)."""

    def walk(node: generic.DictionaryObject, inherited: Any) -> Iterator[Any]:
        resources = _get(node, "/Resources") or inherited
        if node["/Type"] == "/Pages":
            for kid in _items(node["/Kids"]):
                yield from walk(kid, resources)
        else:
            yield node, resources or generic.DictionaryObject()

    return walk(reader.root["/Pages"], None)


def _fonts(resources: generic.DictionaryObject, seen: set[int] | None = None) -> Iterator[generic.DictionaryObject]:
    """The fonts of ``resources`` and of the form XObjects (and Type 3 glyphs) they use, recursively."""
    seen = set() if seen is None else seen
    fonts = _get(resources, "/Font") or generic.DictionaryObject()
    xobjects = _get(resources, "/XObject") or generic.DictionaryObject()
    for font in (fonts[name] for name in fonts):
        if id(font) not in seen:
            seen.add(id(font))
            yield font
            if font["/Subtype"] == "/Type3" and "/Resources" in font:
                yield from _fonts(font["/Resources"], seen)
    for xobject in (xobjects[name] for name in xobjects):
        if xobject["/Subtype"] == "/Form" and "/Resources" in xobject and id(xobject) not in seen:
            seen.add(id(xobject))
            yield from _fonts(xobject["/Resources"], seen)


def _annotations(reader: PdfFileReader) -> Iterator[generic.DictionaryObject]:
    for page, _resources in _pages(reader):
        yield from _items(_get(page, "/Annots"))


def _all_fonts(reader: PdfFileReader) -> list[generic.DictionaryObject]:
    """Every font the pages and their annotations' appearance streams use, composite fonts' descendants included."""
    seen: set[int] = set()
    fonts: list[generic.DictionaryObject] = []
    for page, resources in _pages(reader):
        fonts.extend(_fonts(resources, seen))
        for annotation in _items(_get(page, "/Annots")):
            normal = _get(_get(annotation, "/AP") or generic.DictionaryObject(), "/N")
            streams = [normal] if isinstance(normal, generic.StreamObject) else [normal[k] for k in normal or {}]
            for stream in streams:
                fonts.extend(_fonts(_get(stream, "/Resources") or generic.DictionaryObject(), seen))
    out = []
    for font in fonts:
        out.append(font)
        if font["/Subtype"] == "/Type0":
            out.extend(_items(font["/DescendantFonts"]))
    return out


def _xmp(root: generic.DictionaryObject) -> tuple[bytes, dict[str, Any]]:
    """The XMP packet and its top-level properties as ``prefix:name`` (unknown namespaces as ``{uri}name``).

    Simple values are strings, ``rdf:Seq``/``rdf:Bag`` lists, ``rdf:Alt`` dictionaries by ``xml:lang``.
    """
    stream = root["/Metadata"]
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    packet = stream.data
    tree = etree.fromstring(packet, etree.XMLParser(resolve_entities=False, no_network=True))

    def name(tag: str) -> str:
        uri, local = tag[1:].split("}")
        return f"{PREFIXES[uri]}:{local}" if uri in PREFIXES else tag

    properties: dict[str, Any] = {}

    def put(key: str, value: Any) -> None:
        assert key not in properties, f"{key} given twice"
        properties[key] = value

    for description in tree.iter(f"{{{RDF}}}Description"):
        if description.getparent().tag != f"{{{RDF}}}RDF":
            continue  # a structure's fields, not a top-level property
        for attribute, value in description.attrib.items():
            if attribute != f"{{{RDF}}}about":
                put(name(attribute), value)
        for element in description:
            container = element[0] if len(element) else None
            if container is None:
                put(name(element.tag), element.text or "")
            elif container.tag == f"{{{RDF}}}Alt":
                put(name(element.tag), {li.get(XML_LANG): li.text for li in container})
            else:
                put(name(element.tag), [li.text for li in container])
    return packet, properties


def _embedded_files(root: generic.DictionaryObject) -> tuple[list[str], dict[str, generic.DictionaryObject]]:
    """The /EmbeddedFiles name tree (one leaf) as its keys in order and key -> file specification."""
    tree = root["/Names"]["/EmbeddedFiles"]
    assert "/Kids" not in tree
    names = tree["/Names"]
    keys = [str(names[i]) for i in range(0, len(names), 2)]
    return keys, {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}


def _raw_ref(container: generic.DictionaryObject | generic.ArrayObject, key: Any) -> tuple[int, int]:
    ref = container.raw_get(key)
    assert isinstance(ref, generic.IndirectObject), f"{key} is not an indirect reference"
    return ref.idnum, ref.generation


def _attachment(doc: Doc, name: str) -> Any:
    _keys, specs = _embedded_files(doc.root)
    return json.loads(specs[name]["/EF"]["/F"].data)


def _truetype_cmaps(program: bytes) -> list[tuple[int, int]]:
    """(platform, encoding) of every subtable of the font program's 'cmap' table."""
    (count,) = struct.unpack_from(">H", program, 4)
    tables = {
        program[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">I", program, 20 + 16 * i)[0] for i in range(count)
    }
    offset = tables[b"cmap"]
    (subtables,) = struct.unpack_from(">H", program, offset + 2)
    return [struct.unpack_from(">HH", program, offset + 4 + 8 * i) for i in range(subtables)]


_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>{}%]*|\[|\]|[^\s/\[\]()<>{}%]+", re.S)


def _operators(content: bytes) -> Iterator[tuple[bytes, list[bytes]]]:
    """(operator, operands) of a content stream; strings are skipped as opaque operands.

    Literal strings are matched without nested parentheses: reportlab escapes every parenthesis.
    """
    operands: list[bytes] = []
    for match in _TOKEN.finditer(content):
        token = match.group()
        if token[:1] in b"(<[]/" or re.fullmatch(rb"[-+]?(\d+\.?\d*|\.\d+)", token) or token in (b"true", b"false"):
            operands.append(token)
        else:
            yield token, operands
            operands = []


# --- 6.1 file structure --------------------------------------------------------------------------


def test_header_has_a_version_up_to_1_7_and_a_binary_comment(doc: Doc) -> None:
    """6.1.2: ``%PDF-1.n`` (n ≤ 7), an EOL, then ``%`` and at least four bytes above 127."""
    assert re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)%[\x80-\xff]{4}", doc.data), doc.data[:20]


def test_pdf_version_is_at_most_1_7(doc: Doc) -> None:
    """ISO 19005-3 is based on ISO 32000-1: neither header nor catalog /Version may say 2.0."""
    assert doc.reader.input_version <= (1, 7)
    version = _get(doc.root, "/Version")
    assert version is None or tuple(int(part) for part in str(version)[1:].split(".")) <= (1, 7), version


def test_trailer_has_a_file_id_and_nothing_follows_the_last_eof(doc: Doc) -> None:
    """6.1.3: the (last) trailer has /ID; after the last %%EOF at most one EOL."""
    file_id = doc.reader.trailer_view["/ID"]
    assert len(file_id) == 2 and all(len(_string_bytes(file_id[i])) >= 16 for i in range(2))
    assert doc.data[doc.data.rindex(b"%%EOF") + 5 :] in (b"", b"\n", b"\r\n", b"\r")


def test_not_encrypted(doc: Doc) -> None:
    """6.1.3: no /Encrypt in any trailer."""
    assert not doc.reader.encrypted
    trailers = [doc.reader.trailer.flatten(revision) for revision in range(doc.reader.total_revisions)]
    assert len(trailers) == (2 if doc.kind == "signed" else 1)
    assert all("/Encrypt" not in trailer for trailer in trailers)


def test_streams_use_permitted_filters_only(doc: Doc) -> None:
    """6.1.7: no LZWDecode or Crypt filter, no external stream data (/F, /FFilter, /FDecodeParms)."""
    streams = [obj for obj in _all_objects(doc.reader) if isinstance(obj, generic.StreamObject)]
    assert streams
    for stream in streams:
        assert not {"/F", "/FFilter", "/FDecodeParms"} & set(stream)
        filters = _get(stream, "/Filter")
        names = [filters] if isinstance(filters, generic.NameObject) else _items(filters)
        assert set(names) <= PERMITTED_FILTERS, names


# --- 6.6 metadata --------------------------------------------------------------------------------


def test_xmp_identifies_pdfa_3b(doc: Doc) -> None:
    """6.6.2.1, 6.6.4: XMP metadata stream whose packet header has no bytes/encoding, pdfaid part 3 level B."""
    packet, properties = _xmp(doc.root)
    header = re.match(rb"<\?xpacket begin=[^?]*\?>", packet)
    assert header is not None and b"bytes=" not in header.group() and b"encoding=" not in header.group()
    assert properties["pdfaid:part"] == "3"
    assert properties["pdfaid:conformance"] == "B"


def test_xmp_uses_only_predefined_properties(doc: Doc) -> None:
    """6.6.2.3.1: only properties of predefined schemas (no extension schema is declared), with valid values."""
    _packet, properties = _xmp(doc.root)
    assert set(properties) <= PREDEFINED, set(properties) - PREDEFINED
    for key in ("xmp:CreateDate", "xmp:ModifyDate"):
        assert datetime.fromisoformat(properties[key]).tzinfo is not None
    assert isinstance(properties["dc:title"], dict) and isinstance(properties["dc:creator"], list)


def test_info_dictionary_and_xmp_agree(doc: Doc) -> None:
    """Every Info entry has its XMP analogue with the same value (title, author, dates, producer...)."""
    _packet, xmp = _xmp(doc.root)
    info = doc.reader.trailer_view["/Info"]
    assert set(info) <= set(INFO_TO_XMP), set(info) - set(INFO_TO_XMP)
    for key in info:
        value, analogue = info[key], xmp[INFO_TO_XMP[key]]
        if key in ("/CreationDate", "/ModDate"):
            assert generic.parse_pdf_date(str(value)) == datetime.fromisoformat(analogue), key
        elif key in ("/Title", "/Subject"):
            assert analogue == {"x-default": str(value)}, key
        elif key == "/Author":
            assert analogue == [str(value)]
        else:
            assert str(value).lstrip("/") == analogue, key
    assert str(info["/Title"]) == f"Ruling {doc.draft.case_reference}"
    assert generic.parse_pdf_date(str(info["/CreationDate"])) == doc.draft.decided_at
    assert {"/Title", "/Author", "/CreationDate", "/ModDate", "/Producer", "/Keywords"} <= set(info)


# --- 6.2 graphics --------------------------------------------------------------------------------


def test_output_intent_embeds_an_srgb_profile(doc: Doc) -> None:
    """6.2.3: one /GTS_PDFA1 output intent; its ICC profile is a v2/v4 monitor or printer profile whose
    colour space has N components; RGB, since the pages paint in DeviceRGB (6.2.4.3)."""
    intents = [intent for intent in _items(doc.root["/OutputIntents"]) if intent["/S"] == "/GTS_PDFA1"]
    assert len(intents) == 1
    intent = intents[0]
    assert intent["/Type"] == "/OutputIntent" and str(intent["/OutputConditionIdentifier"])
    assert "/DestOutputProfileRef" not in intent
    stream = intent["/DestOutputProfile"]
    icc = stream.data
    assert struct.unpack_from(">I", icc)[0] == len(icc) and icc[36:40] == b"acsp"
    assert icc[8] in (2, 4), f"ICC version {icc[8]}"
    assert icc[12:16] in (b"mntr", b"prtr")
    channels = {b"GRAY": 1, b"RGB ": 3, b"CMYK": 4}[icc[16:20]]
    assert stream["/N"] == channels
    assert icc[16:20] == b"RGB "


def test_pages_paint_in_rgb_or_gray_only(doc: Doc) -> None:
    """6.2.4.3: with an RGB output intent, DeviceRGB and DeviceGray may be used, DeviceCMYK not."""
    painted = 0
    for page, resources in _pages(doc.reader):
        assert not (_get(resources, "/ColorSpace") or {}), "named colour spaces are not expected"
        contents = page["/Contents"]
        streams = _items(contents) if isinstance(contents, generic.ArrayObject) else [contents]
        for operator, operands in _operators(b"\n".join(stream.data for stream in streams)):
            assert operator not in (b"k", b"K"), "DeviceCMYK colour"
            if operator in (b"cs", b"CS"):
                assert operands[-1] in (b"/DeviceRGB", b"/DeviceGray"), operands
            painted += operator in (b"rg", b"RG")
    assert painted, "the ruling paints its table rules and footer in DeviceRGB"


def test_every_font_is_embedded(doc: Doc) -> None:
    """6.2.11.4.1: every font used (simple fonts, the descendants of Type 0 fonts) embeds its program."""
    fonts = _all_fonts(doc.reader)
    assert fonts
    for font in fonts:
        if font["/Subtype"] in ("/Type3", "/Type0"):
            continue  # Type 3 glyphs are content streams; a Type 0 font's program is in its descendant
        descriptor = font["/FontDescriptor"]
        programs = [key for key in FONT_FILES if key in descriptor]
        assert len(programs) == 1, f"{font['/BaseFont']}: {programs or 'not embedded'}"
        assert len(descriptor[programs[0]].data) > 0, font["/BaseFont"]
    base_fonts = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert "NotoSans-Regular" in base_fonts
    assert {"zh": "DroidSansFallback", "ar": "NotoSansArabic-Regular"}.get(doc.lang, "NotoSans-Bold") in base_fonts


def test_font_dictionaries_are_complete(doc: Doc) -> None:
    """6.2.11.2, 6.2.11.3.2: simple fonts give FirstChar, LastChar and one width per code; a CIDFontType2
    has a CIDToGIDMap."""
    for font in _all_fonts(doc.reader):
        if font["/Subtype"] in ("/Type1", "/MMType1", "/TrueType", "/Type3"):
            assert len(font["/Widths"]) == font["/LastChar"] - font["/FirstChar"] + 1, font["/BaseFont"]
        if font["/Subtype"] == "/CIDFontType2":
            assert "/CIDToGIDMap" in font, font["/BaseFont"]


def test_truetype_encoding_matches_the_cmap(doc: Doc) -> None:
    """6.2.11.6: a symbolic TrueType font has no /Encoding and one cmap subtable (or a (3,0) one);
    a non-symbolic one uses WinAnsi/MacRoman encoding."""
    truetype = [font for font in _all_fonts(doc.reader) if font["/Subtype"] == "/TrueType"]
    assert truetype
    for font in truetype:
        descriptor = font["/FontDescriptor"]
        cmaps = _truetype_cmaps(descriptor["/FontFile2"].data)
        if descriptor["/Flags"] & 4:  # symbolic
            assert "/Encoding" not in font, font["/BaseFont"]
            assert len(cmaps) == 1 or (3, 0) in cmaps, (font["/BaseFont"], cmaps)
        else:
            encoding = font["/Encoding"]
            base = encoding if isinstance(encoding, generic.NameObject) else encoding["/BaseEncoding"]
            assert base in ("/WinAnsiEncoding", "/MacRomanEncoding"), font["/BaseFont"]
            assert {(3, 1), (1, 0)} & set(cmaps), (font["/BaseFont"], cmaps)


# --- 6.3 to 6.5 annotations, forms, actions -----------------------------------------------------


def test_annotations_are_printed_and_forms_need_no_appearance_generation(doc: Doc) -> None:
    """6.3.2, 6.3.3, 6.4.1, 6.4.2: annotations (the signature widget) have the Print flag and no hiding
    flag, an appearance (only /N) unless their rectangle is empty; no NeedAppearances, no XFA."""
    annotations = list(_annotations(doc.reader))
    assert annotations or doc.kind == "composed"  # the signed file has the (invisible) signature widget
    for annotation in annotations:
        assert annotation["/Subtype"] not in ("/3D", "/Sound", "/Screen", "/Movie")
        flags = annotation["/F"]
        assert flags & 4 and not flags & (1 | 2 | 32 | 256), f"/F {flags}"
        appearance = _get(annotation, "/AP")
        if appearance is None:
            left, bottom, right, top = (float(value) for value in annotation["/Rect"])
            assert (right - left == 0 and top - bottom == 0) or annotation["/Subtype"] in ("/Popup", "/Link")
        else:
            assert set(appearance) == {"/N"}
        assert "/A" not in annotation and "/AA" not in annotation
    form = _get(doc.root, "/AcroForm")
    if form is not None:
        assert not _get(form, "/NeedAppearances") and "/XFA" not in form
    assert "/NeedsRendering" not in doc.root and "/Requirements" not in doc.root


def test_no_javascript_and_no_forbidden_actions(doc: Doc) -> None:
    """6.5: no JavaScript anywhere (/JS, /JavaScript actions or name tree), no additional actions (/AA),
    no Launch, Sound, Movie, ResetForm, ImportData, Hide... actions; an /OpenAction is at most a GoTo."""
    count = 0
    for dictionary in _dictionaries(doc.reader):
        count += 1
        assert "/JS" not in dictionary and "/JavaScript" not in dictionary and "/AA" not in dictionary
        if "/S" in dictionary and isinstance(dictionary["/S"], generic.NameObject):
            assert dictionary["/S"] not in FORBIDDEN_ACTIONS, dictionary["/S"]
        if _get(dictionary, "/S") == "/Named":
            assert dictionary["/N"] in ("/NextPage", "/PrevPage", "/FirstPage", "/LastPage")
    assert count > 20  # the walk saw the whole file
    action = _get(doc.root, "/OpenAction")
    assert action is None or isinstance(action, generic.ArrayObject) or action["/S"] == "/GoTo"


# --- 6.8 associated files ------------------------------------------------------------------------


def test_embedded_files_are_associated_files(doc: Doc) -> None:
    """6.8: every embedded file has a MIME /Subtype and /Params /ModDate; its file specification has /F,
    /UF, /Desc and an /AFRelationship, and is listed in the catalog's /AF array (and nothing else is)."""
    keys, specs = _embedded_files(doc.root)
    assert keys == sorted(keys) == sorted([ATTACHMENT_NAME, EVIDENCE_ATTACHMENT_NAME])  # name trees are sorted
    names = doc.root["/Names"]["/EmbeddedFiles"]["/Names"]
    tree_refs = {_raw_ref(names, i + 1) for i in range(0, len(names), 2)}
    af = doc.root["/AF"]
    assert {_raw_ref(af, i) for i in range(len(af))} == tree_refs and len(af) == len(tree_refs)
    for name, spec in specs.items():
        assert spec["/Type"] == "/Filespec"
        assert str(spec["/F"]) == str(spec["/UF"]) == name
        assert str(spec["/Desc"]).strip()
        assert spec["/AFRelationship"] == "/Data", name  # both are the data the pages present (docs/pdfa.md)
        assert spec["/AFRelationship"] in AF_RELATIONSHIPS
        stream = spec["/EF"]["/F"]
        assert stream["/Type"] == "/EmbeddedFile"
        assert MIME.fullmatch(str(stream["/Subtype"])[1:]), stream["/Subtype"]
        assert stream["/Subtype"] == "/application/json"
        params = stream["/Params"]
        assert generic.parse_pdf_date(str(params["/ModDate"])) == doc.draft.decided_at
        data = stream.data
        assert params["/Size"] == len(data)
        assert _string_bytes(params["/CheckSum"]) == hashlib.md5(data).digest()  # noqa: S324 - ISO 32000-1 says MD5


def test_ruling_json_is_the_ruling_record(doc: Doc) -> None:
    """ruling.json holds the filing metadata: exactly :func:`ruling_record` of the draft."""
    assert _attachment(doc, ATTACHMENT_NAME) == ruling_record(doc.draft)


def test_evidence_json_lists_the_evidence_hashes(doc: Doc) -> None:
    """evidence.json lists every evidence item relied on: id, submitter, title and SHA-256, in order."""
    record = _attachment(doc, EVIDENCE_ATTACHMENT_NAME)
    assert record["schema"] == "arbitration-desk/evidence-hashes/1"
    assert (record["case_id"], record["case_reference"]) == (doc.draft.case_id, doc.draft.case_reference)
    assert record["hash_algorithm"] == "sha256"
    assert record["evidence"] == [
        {"evidence_id": e.evidence_id, "submitted_by": e.submitted_by, "title": e.title, "sha256": e.sha256}
        for e in doc.draft.evidence
    ]
    assert len(record["evidence"]) == 2
    assert all(re.fullmatch(r"[0-9a-f]{64}", item["sha256"]) for item in record["evidence"])
