"""Identity and tokens: ``TokenResponse``, ``Me``, ``SigningCertificate``."""

from __future__ import annotations

from arbitration_desk.domain import enums as E
from arbitration_desk.platform.shapes.base import Arr, Enum, Int, Obj, Str
from arbitration_desk.platform.shapes.primitives import LANGUAGE, OPAQUE_ID, TEXT, TIMESTAMP

TOKEN_RESPONSE = Obj(
    {
        "access_token": Str(min_len=1, max_len=4096),
        "refresh_token": Str(min_len=1, max_len=4096),
        "token_type": Str(pattern="Bearer"),
        "expires_in": Int(minimum=1),
    }
)
ME = Obj(
    {
        "member_id": OPAQUE_ID,
        "display_name": TEXT,
        "email": TEXT,
        "roles": Arr(Enum(E.MemberRole)),
        "locale": LANGUAGE,
        "timezone": Str(max_len=200),
    }
)
SIGNING_CERTIFICATE = Obj(
    {"certificate_pem": TEXT, "chain_pem": Arr(TEXT, min_items=1), "not_after": TIMESTAMP},
)
