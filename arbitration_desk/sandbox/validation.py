"""Strict validation of request bodies against the contract's schemas (field errors as JSON Pointers)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from arbitration_desk.domain.enums import AnnotationTargetType, VoteOutcome
from arbitration_desk.domain.money import is_amount_text
from arbitration_desk.domain.timeutil import is_timestamp, parse_timestamp
from arbitration_desk.sandbox.problems import FieldErrors, validation_failed

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_OTP = re.compile(r"^[0-9]{6,8}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _pointer(base: str, key: str) -> str:
    return f"{base}/{key.replace('~', '~0').replace('/', '~1')}"


def obj(value: Any, at: str, errors: FieldErrors, *, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> bool:
    """Checks an object's type, required and unknown members; True when it is an object."""
    if not isinstance(value, dict):
        errors.append((at or "/", "Must be an object."))
        return False
    for name in required:
        if name not in value:
            errors.append((_pointer(at, name), "Required."))
    for name in value:
        if name not in required and name not in optional:
            errors.append((_pointer(at, str(name)), "Unknown field."))
    return True


def text(value: Any, at: str, errors: FieldErrors, *, min_len: int = 0, max_len: int | None = None) -> bool:
    if not isinstance(value, str):
        errors.append((at, "Must be a string."))
        return False
    if len(value) < min_len:
        errors.append((at, "Must not be empty." if min_len == 1 else f"At least {min_len} characters."))
        return False
    if max_len is not None and len(value) > max_len:
        errors.append((at, f"At most {max_len} characters."))
        return False
    return True


def enum(value: Any, at: str, errors: FieldErrors, allowed: tuple[str, ...]) -> bool:
    if not isinstance(value, str) or value not in allowed:
        errors.append((at, f"Must be one of {', '.join(allowed)}."))
        return False
    return True


def timestamp(value: Any, at: str, errors: FieldErrors) -> bool:
    if not isinstance(value, str) or not is_timestamp(value):
        errors.append((at, "Must be an RFC 3339 UTC timestamp ending in Z."))
        return False
    return True


def money(value: Any, at: str, errors: FieldErrors) -> bool:
    if not obj(value, at, errors, required=("amount", "currency")):
        return False
    ok = True
    if "amount" in value and (not isinstance(value["amount"], str) or not is_amount_text(value["amount"])):
        errors.append((at + "/amount", "Must be a decimal string with exactly two fraction digits."))
        ok = False
    if "currency" in value and (not isinstance(value["currency"], str) or not _CURRENCY.match(value["currency"])):
        errors.append((at + "/currency", "Must be an ISO 4217 code such as EUR."))
        ok = False
    return ok and "amount" in value and "currency" in value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def token_request(body: Any) -> None:
    errors: FieldErrors = []
    if not isinstance(body, dict):
        raise validation_failed([("/", "Must be an object.")])
    grant = body.get("grant_type")
    if grant == "password":
        if obj(body, "", errors, required=("grant_type", "username", "password"), optional=("otp",)):
            for name in ("username", "password"):
                if name in body:
                    text(body[name], "/" + name, errors, min_len=1)
            if "otp" in body and (not isinstance(body["otp"], str) or not _OTP.match(body["otp"])):
                errors.append(("/otp", "Must be 6 to 8 digits."))
    elif grant == "refresh_token":
        if obj(body, "", errors, required=("grant_type", "refresh_token")) and "refresh_token" in body:
            text(body["refresh_token"], "/refresh_token", errors, min_len=1)
    else:
        errors.append(("/grant_type", "Must be password or refresh_token."))
    if errors:
        raise validation_failed(errors)


def single_string(body: Any, name: str, *, min_len: int = 1) -> str:
    """Validates ``{name: string}`` and returns the string."""
    errors: FieldErrors = []
    if obj(body, "", errors, required=(name,)) and name in body:
        text(body[name], "/" + name, errors, min_len=min_len)
    if errors:
        raise validation_failed(errors)
    return str(body[name])


def annotation(body: Any) -> None:
    errors: FieldErrors = []
    if obj(body, "", errors, required=("target", "body", "created_at", "updated_at")):
        if "target" in body:
            _target(body["target"], errors)
        if "body" in body:
            text(body["body"], "/body", errors, min_len=1, max_len=10000)
        created = "created_at" in body and timestamp(body["created_at"], "/created_at", errors)
        updated = "updated_at" in body and timestamp(body["updated_at"], "/updated_at", errors)
        if created and updated and parse_timestamp(body["updated_at"]) < parse_timestamp(body["created_at"]):
            errors.append(("/updated_at", "Must not be earlier than created_at."))
    if errors:
        raise validation_failed(errors)


def _target(target: Any, errors: FieldErrors) -> None:
    if not obj(target, "/target", errors, required=("type",), optional=("id", "region", "quote")):
        return
    kinds = tuple(t.value for t in AnnotationTargetType)
    kind_ok = "type" in target and enum(target["type"], "/target/type", errors, kinds)
    if "id" in target:
        text(target["id"], "/target/id", errors, min_len=1, max_len=128)
    if kind_ok and target["type"] in ("evidence", "message") and "id" not in target:
        errors.append(("/target/id", "Required for evidence and message targets."))
    if kind_ok and target["type"] == "case" and "id" in target:
        errors.append(("/target/id", "Must be absent for a case target."))
    if "quote" in target:
        text(target["quote"], "/target/quote", errors, max_len=2000)
    if "region" in target:
        _region(target["region"], errors)


def _region(region: Any, errors: FieldErrors) -> None:
    at = "/target/region"
    if not obj(region, at, errors, required=("x", "y", "width", "height")):
        return
    good = True
    for name in ("x", "y", "width", "height"):
        if name not in region:
            good = False
            continue
        value = region[name]
        strict = name in ("width", "height")
        if not _number(value) or value > 1 or value < 0 or (strict and value == 0):
            errors.append((f"{at}/{name}", "Must be a number " + ("in (0, 1]." if strict else "in [0, 1].")))
            good = False
    if good:
        if region["x"] + region["width"] > 1:
            errors.append((f"{at}/width", "x + width must be at most 1."))
        if region["y"] + region["height"] > 1:
            errors.append((f"{at}/height", "y + height must be at most 1."))


def vote(body: Any) -> None:
    errors: FieldErrors = []
    if obj(body, "", errors, required=("outcome", "award", "rationale")):
        if "outcome" in body:
            enum(body["outcome"], "/outcome", errors, tuple(v.value for v in VoteOutcome))
        if "award" in body:
            money(body["award"], "/award", errors)
        if "rationale" in body:
            text(body["rationale"], "/rationale", errors, min_len=1, max_len=20000)
    if errors:
        raise validation_failed(errors)


def ruling_metadata(body: Any) -> None:
    errors: FieldErrors = []
    required = ("outcome", "award", "vote_tally", "summary", "decided_at", "document_sha256")
    if obj(body, "", errors, required=required):
        if "outcome" in body:
            enum(body["outcome"], "/outcome", errors, tuple(v.value for v in VoteOutcome))
        if "award" in body:
            money(body["award"], "/award", errors)
        if "vote_tally" in body:
            tally = body["vote_tally"]
            keys = tuple(v.value for v in VoteOutcome)
            if obj(tally, "/vote_tally", errors, required=keys):
                for key in keys:
                    value = tally.get(key, 0)
                    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                        errors.append((f"/vote_tally/{key}", "Must be a non-negative integer."))
        if "summary" in body:
            text(body["summary"], "/summary", errors, min_len=1, max_len=10000)
        if "decided_at" in body:
            timestamp(body["decided_at"], "/decided_at", errors)
        if "document_sha256" in body and (
            not isinstance(body["document_sha256"], str) or not _SHA256.match(body["document_sha256"])
        ):
            errors.append(("/document_sha256", "Must be 64 lowercase hexadecimal characters."))
    if errors:
        raise validation_failed(errors)


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", value))
