"""The ruling composer now lives in :mod:`arbitration_desk.documents.compose` (shared with the sandbox).

Re-exported here for the rulings layer's callers (docs/decisions/0016).
"""

from __future__ import annotations

from arbitration_desk.documents.compose import SignerInfo as SignerInfo
from arbitration_desk.documents.compose import compose_ruling as compose_ruling
from arbitration_desk.documents.compose import outcome_label as outcome_label
