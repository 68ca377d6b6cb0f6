"""Amounts in words now live in :mod:`arbitration_desk.documents.words`.

Re-exported here for the rulings layer's callers (docs/decisions/0016).
"""

from __future__ import annotations

from arbitration_desk.documents.words import integer_in_words as integer_in_words
from arbitration_desk.documents.words import money_in_words as money_in_words
