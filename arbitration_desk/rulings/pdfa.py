"""The PDF/A-3b finishing step now lives in :mod:`arbitration_desk.documents.pdfa`.

Re-exported here for the rulings layer's callers (docs/decisions/0016).
"""

from __future__ import annotations

from arbitration_desk.documents.pdfa import ATTACHMENT_NAME as ATTACHMENT_NAME
from arbitration_desk.documents.pdfa import EVIDENCE_ATTACHMENT_NAME as EVIDENCE_ATTACHMENT_NAME
from arbitration_desk.documents.pdfa import EVIDENCE_SCHEMA as EVIDENCE_SCHEMA
from arbitration_desk.documents.pdfa import attachments as attachments
from arbitration_desk.documents.pdfa import evidence_record as evidence_record
from arbitration_desk.documents.pdfa import finish_pdfa as finish_pdfa
from arbitration_desk.documents.pdfa import use_one_clock as use_one_clock
