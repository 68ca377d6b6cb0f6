"""The ruling draft now lives in :mod:`arbitration_desk.documents.draft` (shared with the sandbox).

Re-exported here for the rulings layer's callers (docs/decisions/0016).
"""

from __future__ import annotations

from arbitration_desk.documents.draft import MAX_SUMMARY as MAX_SUMMARY
from arbitration_desk.documents.draft import ChatQuote as ChatQuote
from arbitration_desk.documents.draft import EvidenceRef as EvidenceRef
from arbitration_desk.documents.draft import HistoryEntry as HistoryEntry
from arbitration_desk.documents.draft import MemberVote as MemberVote
from arbitration_desk.documents.draft import OrderLine as OrderLine
from arbitration_desk.documents.draft import Party as Party
from arbitration_desk.documents.draft import RulingDraft as RulingDraft
from arbitration_desk.documents.draft import check_draft as check_draft
from arbitration_desk.documents.draft import draft_from_case as draft_from_case
from arbitration_desk.documents.draft import filing_metadata as filing_metadata
from arbitration_desk.documents.draft import ruling_record as ruling_record
