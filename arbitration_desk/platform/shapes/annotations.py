"""Shared annotations: ``Annotation``, its target and region, and the ``AnnotationList``."""

from __future__ import annotations

from arbitration_desk.domain import enums as E
from arbitration_desk.platform.shapes.base import Arr, Enum, Num, Obj, Str
from arbitration_desk.platform.shapes.primitives import OPAQUE_ID, TEXT, TIMESTAMP, UUID

REGION = Obj(
    {
        "x": Num(minimum=0, maximum=1),
        "y": Num(minimum=0, maximum=1),
        "width": Num(minimum=0, maximum=1, exclusive_minimum=True),
        "height": Num(minimum=0, maximum=1, exclusive_minimum=True),
    }
)
ANNOTATION_TARGET = Obj(
    {"type": Enum(E.AnnotationTargetType)},
    {"id": OPAQUE_ID, "region": REGION, "quote": Str(max_len=2000)},
)
ANNOTATION = Obj(
    {
        "annotation_id": UUID,
        "author_id": OPAQUE_ID,
        "author_name": TEXT,
        "etag": Str(min_len=1, max_len=1024),
        "target": ANNOTATION_TARGET,
        "body": Str(min_len=1, max_len=10000),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }
)
ANNOTATION_LIST = Obj(
    {
        "items": Arr(ANNOTATION),
        "deleted": Arr(Obj({"annotation_id": UUID, "deleted_at": TIMESTAMP})),
        "as_of": TIMESTAMP,
    }
)
