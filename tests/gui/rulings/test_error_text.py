"""The ruling dialog's words for what went wrong: the rulings layer's phrases, translated with their fields."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.gui.rulings.state import error_text
from arbitration_desk.rulings.errors import KeyNotFound
from arbitration_desk.rulings.filing import SubmissionPending, VotesChanged

#: (context, English template) -> a stand-in translation (the real ones come from the .qm).
WORDS = {
    ("RulingError", "the ruling of case {case} is already filed"): "案件 {case} 的裁决已提交",
    ("RulingError", "the votes changed since the draft was prepared: review them and prepare it again"): "投票已变更",
    ("RulingDialog", "The votes changed since the draft: {error}. Review the preview and sign again."): (
        "草稿之后投票有变：{error}。请查看预览后重新签名。"
    ),
}


class _Words(QTranslator):
    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        return WORDS.get((context, source), source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def words(qapp: Any) -> Iterator[None]:
    translator = _Words(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_errors_in_english_are_their_own_text(qapp: Any) -> None:
    pending = SubmissionPending(phrase("RulingError", "the ruling of case {case} is already filed", case="C-7"))
    assert str(pending) == "the ruling of case C-7 is already filed"
    assert error_text(pending) == "the ruling of case C-7 is already filed"


@pytest.mark.usefixtures("words")
def test_errors_are_shown_in_the_desk_language_with_their_fields() -> None:
    pending = SubmissionPending(phrase("RulingError", "the ruling of case {case} is already filed", case="C-7"))
    assert error_text(pending) == "案件 C-7 的裁决已提交"
    changed = VotesChanged(
        phrase("RulingError", "the votes changed since the draft was prepared: review them and prepare it again")
    )
    assert error_text(changed) == "草稿之后投票有变：投票已变更。请查看预览后重新签名。"
    # a template without a translation stays English; the file name is a field, never translated
    missing = KeyNotFound(phrase("RulingError", "no signing key at {path}: create one first", path="/k/ключ.pem"))
    assert "no signing key at /k/ключ.pem: create one first" in error_text(missing)
