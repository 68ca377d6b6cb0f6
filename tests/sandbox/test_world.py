"""The demo world: determinism, contract shapes, realism knobs, internal consistency, pictures and reasons."""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from PIL import Image, ImageChops, ImageStat
from pyhanko.pdf_utils.reader import PdfFileReader

from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox.media import png_bytes
from arbitration_desk.sandbox.media_photos import PHOTO_SCENES, PhotoSpec, render_photo
from arbitration_desk.sandbox.media_screens import SCREEN_KINDS, ScreenSpec, render_screen
from arbitration_desk.sandbox.world import DEMO_PASSWORD, CaseSeed, WorldError, build_world
from arbitration_desk.sandbox.world_case import build_case
from arbitration_desk.sandbox.world_pdf import TableSpec, pdf_document, render_pdf
from arbitration_desk.sandbox.world_scenes import photo_scene, photo_spec, screen_kind, screen_spec
from helpers.contract import CONTRACT_DIR

SPEC_PATH = CONTRACT_DIR / "openapi.yaml"
NOW = datetime(2026, 3, 1, tzinfo=UTC)
DEMO_USERS = ("chair", "member1", "member2", "legal", "otpmember")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def world_cases() -> list[CaseSeed]:
    return list(build_world(seed=7, now=NOW).cases())


def validator(spec: dict[str, Any], name: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def fingerprint(seeds: list[CaseSeed]) -> str:
    digest = hashlib.sha256()
    for seed in seeds:
        record = {
            "case": seed.case,
            "messages": seed.messages,
            "evidence": [hashlib.sha256(e.content).hexdigest() for e in seed.evidence],
            "votes": [vars(v) for v in seed.votes],
            "annotations": [vars(a) for a in seed.annotations],
            "ruling": None if seed.ruling is None else hashlib.sha256(seed.ruling.pdf).hexdigest(),
        }
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def test_same_arguments_give_the_same_world() -> None:
    first = list(build_world(seed=3, cases=8, now=NOW).cases())
    second = list(build_world(seed=3, cases=8, now=NOW).cases())
    other = list(build_world(seed=4, cases=8, now=NOW).cases())
    assert fingerprint(first) == fingerprint(second)
    assert fingerprint(first) != fingerprint(other)


def test_a_case_does_not_depend_on_the_cases_after_it() -> None:
    small = list(build_world(seed=3, cases=4, now=NOW).cases())
    large = build_world(seed=3, cases=9, now=NOW).cases()
    assert fingerprint(small) == fingerprint([next(large) for _ in range(4)])


def test_cases_iterator_is_fresh_and_lazy() -> None:
    world = build_world(seed=2, cases=3, now=NOW)
    assert world.case_count == 3
    first = next(world.cases())
    again = next(world.cases())
    assert first.case == again.case
    assert len(list(world.cases())) == 3


def test_objects_validate_against_the_contract(spec: dict[str, Any], world_cases: list[CaseSeed]) -> None:
    case_schema, message_schema = validator(spec, "Case"), validator(spec, "Message")
    annotation_schema, vote_schema = validator(spec, "Annotation"), validator(spec, "Vote")
    for seed in world_cases:
        case = dict(seed.case, version=1, updated_at=seed.case["escalated_at"], message_count=len(seed.messages))
        case_schema.validate(case)
        assert seed.case["evidence"] == [e.item for e in seed.evidence]
        for message in seed.messages:
            message_schema.validate(message)
        for note in seed.annotations:
            annotation_schema.validate(dict(vars(note), author_name="x", etag='"1"'))
        for vote in seed.votes:
            vote_schema.validate(dict(vars(vote), display_name="x"))
    me_schema = validator(spec, "Me")
    for member in build_world(now=NOW).members:
        me = {k: getattr(member, k) for k in ("member_id", "display_name", "email", "locale", "timezone")}
        me_schema.validate(dict(me, roles=list(member.roles)))


def test_default_world_covers_statuses_claims_and_deadlines(world_cases: list[CaseSeed]) -> None:
    assert len(world_cases) == 40
    statuses = Counter(s.case["status"] for s in world_cases)
    assert set(statuses) == {"awaiting_panel", "in_deliberation", "decided", "withdrawn"}
    assert 3 <= statuses["decided"] <= 5 and statuses["withdrawn"] >= 2
    assert statuses["in_deliberation"] > len(world_cases) / 2
    claim_types = {s.case["claim_type"] for s in world_cases}
    assert claim_types == {
        "not_received",
        "not_as_described",
        "counterfeit",
        "damaged",
        "wrong_item",
        "partial_delivery",
        "other",
    }
    open_dues = [parse_timestamp(s.case["ruling_due_at"]) for s in world_cases if s.case["status"] == "in_deliberation"]
    assert any(due < NOW for due in open_dues)
    assert any(NOW < due <= NOW + timedelta(hours=48) for due in open_dues)
    assert sum(due > NOW + timedelta(hours=48) for due in open_dues) > len(open_dues) / 2
    references = [s.case["reference"] for s in world_cases]
    assert len(set(references)) == len(references)
    assert all(r.startswith("ARB-20") and len(r) == 15 for r in references)


def test_demo_members(world_cases: list[CaseSeed]) -> None:
    members = {m.username: m for m in build_world(now=NOW).members}
    assert set(DEMO_USERS) <= set(members)
    assert len(members) > len(DEMO_USERS)
    assert all(m.password == DEMO_PASSWORD == "demo" for m in members.values())
    assert "chair" in members["chair"].roles and members["legal"].roles == ("legal",)
    assert members["otpmember"].otp_secret is not None
    assert len(base64.b32decode(members["otpmember"].otp_secret)) >= 10
    assert all(m.otp_secret is None for name, m in members.items() if name != "otpmember")
    ids = [m.member_id for m in members.values()]
    assert len(set(ids)) == len(ids) and all(i.startswith("mb_") for i in ids)
    # Each panel-member demo user sees a different set of cases, never all of them.
    seen = {}
    for name in ("chair", "member1", "member2", "otpmember"):
        member_id = members[name].member_id
        seen[name] = frozenset(
            s.case["id"] for s in world_cases if member_id in {p["member_id"] for p in s.case["panel"]["members"]}
        )
        assert 0 < len(seen[name]) < len(world_cases)
    assert len(set(seen.values())) == 4


def test_panels_votes_and_rulings(world_cases: list[CaseSeed]) -> None:
    chair_id = next(m.member_id for m in build_world(now=NOW).members if m.username == "chair")
    demo_vote_counts = set()
    for seed in world_cases:
        case, panel = seed.case, seed.case["panel"]
        members = [p["member_id"] for p in panel["members"]]
        assert panel["chair_id"] in members and len(set(members)) == len(members)
        claimed = Decimal(case["claim"]["amount_claimed"]["amount"])
        for vote in seed.votes:
            assert vote.member_id in members
            assert vote.award["currency"] == case["value"]["currency"]
            assert Decimal(vote.award["amount"]) <= claimed
            if vote.outcome == "favor_seller":
                assert vote.award["amount"] == "0.00"
            assert parse_timestamp(vote.cast_at) < NOW
        assert len({v.member_id for v in seed.votes}) == len(seed.votes)
        if case["status"] == "in_deliberation" and panel["chair_id"] == chair_id:
            demo_vote_counts.add(len(seed.votes))
        if case["status"] == "decided":
            assert seed.ruling is not None and panel["chair_id"] == chair_id
            assert len(seed.votes) == len(members)
            tally = Counter(v.outcome for v in seed.votes)
            assert tally.most_common(1)[0] == (seed.ruling.outcome, max(tally.values()))
            assert all(v.award == seed.ruling.award for v in seed.votes if v.outcome == seed.ruling.outcome)
            assert max(v.cast_at for v in seed.votes) <= seed.ruling.decided_at
            assert seed.ruling.pdf.startswith(b"%PDF") and case["reference"].encode() in seed.ruling.pdf
        else:
            assert seed.ruling is None
        if case["status"] in ("awaiting_panel", "withdrawn"):
            assert seed.votes == []
    assert {0, 3} <= demo_vote_counts and demo_vote_counts & {1, 2}


def test_parties_orders_and_history(world_cases: list[CaseSeed]) -> None:
    appearances: Counter[str] = Counter()
    countries, currencies = set(), set()
    for seed in world_cases:
        case = seed.case
        buyer, seller = case["parties"]
        assert (buyer["role"], seller["role"]) == ("buyer", "seller")
        appearances.update([buyer["party_id"], seller["party_id"]])
        countries.update([buyer["country"], seller["country"]])
        order = case["order"]
        currency = case["value"]["currency"]
        currencies.add(currency)
        assert case["value"] == case["claim"]["amount_claimed"]
        total = sum(Decimal(i["unit_price"]["amount"]) * i["quantity"] for i in order["items"])
        assert Decimal(order["total"]["amount"]) == total >= Decimal(case["value"]["amount"])
        assert {i["unit_price"]["currency"] for i in order["items"]} == {currency}
        events = [e["at"] for e in order["shipping"]["events"]]
        history = [e["at"] for e in case["history"]]
        assert events == sorted(events) and history == sorted(history)
        assert all(parse_timestamp(at) < NOW for at in events + history)
        assert case["history"][0]["kind"] == "opened"
    recurring = [party for party, count in appearances.items() if count >= 3]
    assert len(recurring) >= 2
    stats = [p["stats_12m"] for s in world_cases for p in s.case["parties"] if p["party_id"] in recurring]
    assert any(s["disputes_opened"] >= 10 for s in stats)
    assert any(s["late_responses"] >= 10 and s["disputes_against"] >= 30 for s in stats)
    assert len(countries) >= 8 and len(currencies) >= 5


def test_messages_are_ordered_multilingual_and_linked(world_cases: list[CaseSeed]) -> None:
    languages, channels, roles = set(), set(), set()
    hostile = total = 0
    for seed in world_cases:
        messages = seed.messages
        keys = [(m["sent_at"], m["message_id"]) for m in messages]
        assert keys == sorted(keys)
        assert len({m["message_id"] for m in messages}) == len(messages)
        assert all(parse_timestamp(m["sent_at"]) < NOW for m in messages)
        by_id = {m["message_id"]: m for m in messages}
        evidence_ids = {e.item["evidence_id"] for e in seed.evidence}
        for message in messages:
            languages.add(message["language"].split("-")[0])
            channels.add(message["channel"])
            roles.add(message["sender"]["role"])
            assert message["language"] not in message["translations"]
            hostile += "<" in message["text"] or "\u202e" in message["text"]
            total += 1
            for evidence_id in message["attachments"]:
                assert evidence_id in evidence_ids
        for evidence in seed.evidence:
            for message_id in evidence.item["referenced_message_ids"]:
                assert evidence.item["evidence_id"] in by_id[message_id]["attachments"]
        attached = sum(len(m["attachments"]) for m in messages)
        assert attached == sum(len(e.item["referenced_message_ids"]) for e in seed.evidence)
    assert {"en", "zh", "es", "ru", "ar", "pt"} <= languages
    assert channels == {"buyer_seller", "buyer_platform", "seller_platform"}
    assert roles == {"buyer", "seller", "agent", "system"}
    assert 0 < hostile < total / 20
    assert sum(bool(m["attachments"]) for s in world_cases for m in s.messages) > 10


def _magic_matches(media_type: str, content: bytes) -> bool:
    magic = {
        "image/jpeg": b"\xff\xd8\xff",
        "image/png": b"\x89PNG\r\n\x1a\n",
        "application/pdf": b"%PDF-",
        "video/mp4": content[:4] + b"ftyp",
    }
    return content.startswith(magic[media_type]) if media_type in magic else media_type == "text/plain"


def test_evidence_is_real_content(world_cases: list[CaseSeed]) -> None:
    owners: dict[str, list[str]] = {}
    media_types: Counter[str] = Counter()
    ids = set()
    for seed in world_cases:
        for evidence in seed.evidence:
            item, content = evidence.item, evidence.content
            assert item["size_bytes"] == len(content)
            assert item["sha256"] == hashlib.sha256(content).hexdigest()
            assert _magic_matches(item["media_type"], content), item
            assert parse_timestamp(item["submitted_at"]) < NOW
            assert item["evidence_id"] not in ids
            ids.add(item["evidence_id"])
            owners.setdefault(item["sha256"], []).append(seed.case["id"])
            media_types[item["media_type"]] += 1
            if item["media_type"] == "image/jpeg":
                assert 100_000 <= len(content) <= 2_100_000
            if item["media_type"] == "application/pdf":
                assert 15_000 <= len(content) <= 320_000
    shared = [cases for cases in owners.values() if len(cases) > 1]
    assert len(shared) == 1 and len(set(shared[0])) == 2
    assert {"image/jpeg", "image/png", "application/pdf", "text/plain"} <= set(media_types)
    sample = [e for s in world_cases[:6] for e in s.evidence if e.item["media_type"].startswith("image/")]
    for evidence in sample:
        with Image.open(io.BytesIO(evidence.content)) as image:
            image.load()
            assert image.width >= 160


def test_annotations_point_at_real_targets(world_cases: list[CaseSeed]) -> None:
    kinds: Counter[str] = Counter()
    for seed in world_cases:
        texts = {m["message_id"]: m["text"] for m in seed.messages}
        evidence = {e.item["evidence_id"]: e.item for e in seed.evidence}
        panel = {p["member_id"] for p in seed.case["panel"]["members"]}
        for note in seed.annotations:
            target = note.target
            kinds[target["type"]] += 1
            assert note.author_id in panel and note.created_at <= note.updated_at
            if target["type"] == "message":
                assert target["quote"] in texts[target["id"]]
            elif target["type"] == "evidence":
                assert evidence[target["id"]]["media_type"].startswith("image/")
                region = target["region"]
                assert region["x"] + region["width"] <= 1 and region["y"] + region["height"] <= 1
    assert set(kinds) == {"case", "evidence", "message"}


def test_knobs_set_exact_counts_and_sizes() -> None:
    world = build_world(
        seed=5,
        cases=3,
        now=NOW,
        messages_per_case=30,
        evidence_per_case=6,
        evidence_kb=40,
        large_chat=500,
        large_evidence=9,
    )
    seeds = list(world.cases())
    assert [len(s.messages) for s in seeds] == [500, 30, 30]
    assert [len(s.evidence) for s in seeds] == [9, 6, 6]
    contents = [e.content for s in seeds for e in s.evidence]
    assert len({hashlib.sha256(c).digest() for c in contents}) == len(contents)
    for content in contents:
        assert 0.9 * 40 * 1024 <= len(content) <= 1.1 * 40 * 1024


def test_empty_knobs_and_bad_arguments() -> None:
    seeds = list(build_world(seed=1, cases=2, now=NOW, messages_per_case=0, evidence_per_case=0).cases())
    assert all(s.messages == [] and s.evidence == [] and s.case["evidence"] == [] for s in seeds)
    assert list(build_world(cases=0, now=NOW).cases()) == []
    with pytest.raises(WorldError):
        build_world(cases=-1)
    with pytest.raises(WorldError):
        build_world(evidence_kb=0)
    with pytest.raises(WorldError):
        build_world(now=datetime(2026, 3, 1))  # naive on purpose


def test_default_now_is_today_at_midnight_utc() -> None:
    seed = next(build_world(cases=1).cases())
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    assert parse_timestamp(seed.case["escalated_at"]) < today
    assert all(parse_timestamp(m["sent_at"]) < today for m in seed.messages)


# ---------------------------------------------------------------- rationales

#: Words one of which every rationale on a claim of the type uses: it must talk about the claim's matter.
CLAIM_WORDS = {
    "not_received": ("deliver", "parcel", "carrier", "tracking", "signature", "mailbox"),
    "not_as_described": ("listing", "descri", "colour", "material", "finish"),
    "counterfeit": ("authentic", "genuine", "serial", "counterfeit", "brand"),
    "damaged": ("damage", "broken", "crushed", "packing", "packed", "padding", "transit", "repair"),
    "wrong_item": ("different", "wrong", "exchange", "mix-up", "variant", "return"),
    "partial_delivery": ("missing", "part of the order", "weight", "packing", "packed"),
    "other": ("answer", "repl", "respon", "delay", "fulfil", "request", "loss"),
}
DISSENT_WORDS = ("dissent", "majority", "differently")
DISMISSAL_WORDS = ("dismiss", "no award", "fails", "no refund")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


def test_rationales_fit_the_claim_and_the_outcome(world_cases: list[CaseSeed]) -> None:
    for seed in world_cases:
        claim = seed.case["claim_type"]
        for vote in seed.votes:
            text = vote.rationale
            assert 1 <= len(text) <= 20000 and 2 <= len(_sentences(text)) <= 5, text
            assert any(word in text.lower() for word in CLAIM_WORDS[claim]), (claim, text)
            if vote.outcome == "favor_seller":
                assert any(word in text.lower() for word in DISMISSAL_WORDS), text
            else:  # the award the vote asks for is the one it states
                assert f"{vote.award['amount']} {vote.award['currency']}" in text, (vote.award, text)
            assert "{" not in text and "}" not in text, text


def test_rationales_are_varied(world_cases: list[CaseSeed]) -> None:
    texts = [v.rationale for s in world_cases for v in s.votes]
    assert len(texts) > 40 and len(set(texts)) >= 0.95 * len(texts)
    for seed in world_cases:  # two members of one panel never write the same reasons
        sentences = [set(_sentences(v.rationale)) for v in seed.votes if v.outcome == seed.votes[0].outcome]
        for first, second in itertools.combinations(sentences, 2):
            assert len(first & second) <= 1, (first, second)
    openings: dict[str, list[str]] = {}  # cases of one kind are argued in different words too
    for seed in world_cases:
        for vote in seed.votes:
            openings.setdefault(seed.case["claim_type"], []).append(_sentences(vote.rationale)[0])
    assert all(len(set(found)) >= min(3, len(found)) for found in openings.values()), openings


def test_a_dissent_reads_like_one(world_cases: list[CaseSeed]) -> None:
    dissents = 0
    for seed in world_cases:
        if seed.ruling is None:
            continue
        for vote in seed.votes:
            dissenting = vote.outcome != seed.ruling.outcome
            assert any(w in vote.rationale.lower() for w in DISSENT_WORDS) == dissenting, vote.rationale
            dissents += dissenting
        majority = [_sentences(v.rationale)[0] for v in seed.votes if v.outcome == seed.ruling.outcome]
        assert seed.ruling.summary.endswith(majority[0])
    assert dissents >= 1


# ---------------------------------------------------------------- pictures


@pytest.mark.parametrize(
    ("title", "description", "claim", "scene"),
    [
        ("Crushed box", "Photo of the damaged parcel as delivered.", "damaged", "damaged_box"),
        ("Damaged item", None, "damaged", "broken"),
        ("Packing photo before shipping", None, "damaged", "open_box"),
        ("Serial number label", None, "counterfeit", "serial"),
        ("Logo and stitching close-up", None, "counterfeit", "stitching"),
        ("Courier's delivery photo", "Taken by the driver at the door.", "not_received", "doorstep"),
        ("Mailbox and building entrance", "Photo of my mailbox.", "not_received", "mailbox"),
        ("Warehouse photo", "The parcel labelled and ready for pick-up.", "other", "warehouse"),
        ("Repair estimate", "Quote from a local repair shop.", "damaged", "receipt"),
        ("Contents of the parcel", "Only part of the order was inside.", "partial_delivery", "open_box"),
        ("Item as received", "The colour and material differ.", "not_as_described", "product"),
        ("Listing photo", "The photo shown on our product page.", "wrong_item", "studio"),
        ("Photo 3", None, "counterfeit", "serial"),  # a bare caption: the claim decides
        ("Photo 4", None, "damaged", "broken"),
    ],
)
def test_a_photo_shows_what_its_caption_says(title: str, description: str | None, claim: str, scene: str) -> None:
    assert photo_scene(title, description, claim) == scene


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Chat with the seller", "chat"),
        ("Order page", "order"),
        ("Listing page screenshot", "listing"),
        ("Tracking page", "tracking"),
    ],
)
def test_a_screenshot_shows_what_its_caption_says(title: str, kind: str) -> None:
    assert screen_kind(title, None) == kind


def test_pictures_carry_the_case_facts() -> None:
    ctx = build_case(random.Random("7:0"), 7, 0, NOW, case_number=100)  # case 0 is a "not received" claim
    assert ctx.claim_type == "not_received"
    photo = photo_spec(ctx, "Crushed box", None, random.Random(1))
    assert photo.scene == "damaged_box"
    assert ctx.tracking in photo.texts and ctx.buyer.name in photo.texts and ctx.seller.latin_name in photo.texts
    order = screen_spec(ctx, "Order page", None, "buyer", [], random.Random(2))
    cells = {cell for row in order.rows for cell in row}
    assert order.kind == "order" and ctx.order_id in order.title and ctx.tracking in cells
    assert {item["title"] for item in ctx.case["order"]["items"]} <= cells
    assert f"{ctx.case['order']['total']['amount']} {ctx.currency}" in cells
    chat = screen_spec(ctx, "Chat with the seller", None, "buyer", [], random.Random(3))
    assert chat.kind == "chat" and chat.title == ctx.seller.name and chat.rows


def _signature(image: Image.Image) -> bytes:
    return image.convert("L").resize((16, 12), Image.Resampling.BILINEAR).tobytes()


def test_scenes_draw_different_pictures() -> None:
    spec_texts = ("TRACKED PACKET", "EX123456789CN", "Emily R.", "Austin, US", "Example Shop", "0.84 kg")
    photos = {
        scene: render_photo(PhotoSpec(scene, 1, "tablet", (40, 40, 44), spec_texts), (160, 120))
        for scene in PHOTO_SCENES
    }
    pages = {
        kind: render_screen(ScreenSpec(kind, 1, "Title", (("me", "Hello", "09:00"),)), (180, 320))
        for kind in SCREEN_KINDS
    }
    for group in (photos, pages):
        for (first, a), (second, b) in itertools.combinations(group.items(), 2):
            difference = ImageStat.Stat(ImageChops.difference(a, b).convert("L")).mean[0]
            assert difference > 6, (first, second, difference)
    for scene, image in photos.items():  # photographic: shaded, not a few flat fills
        assert len(image.getcolors(1 << 20) or []) > 500, scene


def test_demo_pictures_are_valid_and_all_different(world_cases: list[CaseSeed]) -> None:
    signatures: dict[bytes, str] = {}
    kinds: Counter[str] = Counter()
    for seed in world_cases:
        for evidence in seed.evidence:
            item = evidence.item
            if not item["media_type"].startswith("image/"):
                continue
            with Image.open(io.BytesIO(evidence.content)) as image:
                image.load()
                assert image.format == {"image/jpeg": "JPEG", "image/png": "PNG"}[item["media_type"]]
                assert min(image.size) >= 320 and image.mode == "RGB"
                if item["title"] != "Listing photo":  # the one picture two cases share
                    signature = _signature(image)
                    assert signature not in signatures, (item["title"], signatures.get(signature))
                    signatures[signature] = item["title"]
                if item["media_type"] == "image/png":
                    assert image.height > image.width  # phone screenshots
            kinds[item["title"]] += 1
    assert len(signatures) > 60 and len(kinds) >= 15


def test_png_encoder_round_trips() -> None:
    image = render_screen(ScreenSpec("chat", 2, "Shop", (("them", "Bonjour", "10:00"),)), (120, 200))
    with Image.open(io.BytesIO(png_bytes(image))) as decoded:
        assert decoded.format == "PNG" and ImageChops.difference(decoded.convert("RGB"), image).getbbox() is None


@pytest.mark.parametrize("target", [100, 9_000, 40_960, 300_001])
def test_padded_pdfs_are_valid_and_sized(target: int) -> None:
    table = TableSpec(("Time", "Status"), (("2026-01-02", "delivered"),))
    document = pdf_document(random.Random(target), target, "Proof of delivery", ["Delivered to the mailbox."], table)
    unpadded = len(render_pdf("Proof of delivery", ["Delivered to the mailbox."], table, seed=0))
    assert len(document) == max(target, len(document)) and len(document) >= unpadded + 64
    if target > unpadded + 64:
        assert len(document) == target
    reader = PdfFileReader(io.BytesIO(document), strict=True)  # strict: every cross-reference offset checks out
    assert reader.root["/Pages"]["/Count"] == 1
    start = int(document.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert document[start : start + 4] == b"xref"
