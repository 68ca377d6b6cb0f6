"""The desk's language: which one is chosen, what installing it changes, and the locale's conventions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from arbitration_desk.domain.money import Money
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common import enum_names, i18n


@pytest.mark.parametrize(
    ("requested", "setting", "system", "expected"),
    [
        ("zh_CN", "en", "en_GB", "zh_CN"),  # --lang wins
        (None, "zh_CN", "en_US", "zh_CN"),  # then the member's choice
        (None, "", "zh_CN", "zh_CN"),  # then the system's
        (None, "", "zh_SG", "zh_CN"),
        (None, "", "de_DE", "en"),
        (None, "", "C", "en"),
        (None, "", "zh_TW", "en"),  # Traditional Chinese: not offered in Simplified without being asked
        ("zh", "", "en_GB", "zh_CN"),
        ("zh-CN", "", "en_GB", "zh_CN"),
        ("fr", "", "zh_CN", "en"),  # asked for a language the desk does not have: English
    ],
)
def test_the_language_comes_from_the_option_then_the_setting_then_the_system(
    requested: str | None, setting: str, system: str, expected: str
) -> None:
    assert i18n.language_for(requested, setting, QLocale(system)) == expected


def test_conventions_follow_the_system_when_it_speaks_the_language() -> None:
    assert i18n.conventions_for("en", QLocale("en_US")).name() == "en_US"
    assert i18n.conventions_for("en", QLocale("C")).name() == "en_GB"
    assert i18n.conventions_for("en", QLocale("zh_CN")).name() == "en_GB"
    assert i18n.conventions_for("zh_CN", QLocale("en_US")).name() == "zh_CN"


def test_every_shown_enum_value_has_a_translatable_name() -> None:
    missing = [
        f"{enum.__name__}.{value.name}"
        for enum in enum_names.SHOWN
        for value in enum
        if value.value.replace("_", " ").capitalize() not in enum_names.NAMES
    ]
    assert not missing


def test_english_plurals_and_conventions(qapp: Any) -> None:
    del qapp
    assert fmt.size(1) == "1 byte" and fmt.size(999) == "999 bytes"
    assert fmt.size(2_400_000) == "2.4 MB"
    assert fmt.money(Money(Decimal("1500.00"), "EUR")) == "1,500.00 EUR"
    assert fmt.moment(datetime(2026, 2, 17, 10, 0, tzinfo=UTC).astimezone()).endswith(":00")
    assert "Feb 2026" in fmt.moment(datetime(2026, 2, 17, 12, 0, tzinfo=UTC))
    assert fmt.humanize("not_as_described") == "Not as described"
    assert fmt.time_left(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 3, 5, tzinfo=UTC)) == (
        "overdue by 2 d 5 h",
        True,
    )


@pytest.mark.usefixtures("chinese")
def test_in_chinese_dates_money_and_enum_names_follow_the_language() -> None:
    assert fmt.humanize("not_as_described") == "与描述不符"
    assert fmt.humanize("some_new_value") == "Some new value"  # unknown to the desk: shown as received
    assert "2026年2月17日" in fmt.moment(datetime(2026, 2, 17, 12, 0, tzinfo=UTC))
    assert fmt.money(Money(Decimal("12345.60"), "CNY")) == "12,345.60 CNY"
    assert fmt.size(3) == "3 字节"
    text, overdue = fmt.time_left(
        datetime(2026, 1, 3, tzinfo=UTC) + timedelta(hours=50), datetime(2026, 1, 3, tzinfo=UTC)
    )
    assert (text, overdue) == ("剩余2天2小时", False)


@pytest.mark.usefixtures("chinese")
def test_qt_dialog_buttons_are_translated_too() -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


@pytest.mark.usefixtures("chinese")
def test_what_the_layers_below_say_is_shown_in_the_desks_language() -> None:
    """A store error reaches the desk as a phrase: translated, its nested phrase too, the hostile
    field literal; an error that is not ours shows its own text (docs/decisions/0020)."""
    from arbitration_desk.domain.phrases import phrase
    from arbitration_desk.store.errors import CaseNotFoundError, StoreError

    assert i18n.explain(CaseNotFoundError("{0.__class__}<b>")) == "本地数据中没有该案件：'{0.__class__}<b>'"
    nested = StoreError(
        phrase(
            "StoreError", "{action} failed: {error}", action=phrase("StoreError", "storing a case"), error="disk full"
        )
    )
    assert str(nested) == "storing a case failed: disk full"
    shown = i18n.explain(nested)
    assert "disk full" in shown and "storing a case" not in shown and "failed" not in shown, shown
    assert i18n.explain(OSError("No space left on device")) == "No space left on device"
    assert i18n.explain(KeyError()) == "KeyError"


def test_a_translation_whose_fields_do_not_match_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    from arbitration_desk.domain.phrases import phrase

    monkeypatch.setattr(i18n, "translate", lambda context, source, disambiguation=None, n=-1: "{path.__class__} {0}")
    said = phrase("StoreError", "cannot write {path}: {error}", path="/tmp/x", error="denied")
    assert i18n.say(said) == "cannot write /tmp/x: denied"


@pytest.mark.usefixtures("chinese")
def test_why_a_file_cannot_be_shown_is_translated_with_its_kind() -> None:
    """The decoder's reasons travel as template and fields; the desk shows them as any phrase, the
    file's kind translated too."""
    from arbitration_desk.gui.evidence.kinds import FileKind, UnsafeImageError

    error = UnsafeImageError("no preview for {kind}", kind=FileKind.MP4.label)
    assert str(error) == f"no preview for {FileKind.MP4.label}"
    shown = i18n.explain(error)
    assert "preview" not in shown and i18n.translate("FileKind", FileKind.MP4.label) in shown, shown
    assert i18n.explain(UnsafeImageError("decoder said {0.x}")) == "decoder said {0.x}"  # not ours: as it is
