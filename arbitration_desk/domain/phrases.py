"""Sentences written below the GUI, kept translatable: a template and its fields, not finished text.

The layers below the GUI (store, platform, sync, rulings, documents, domain) never import Qt, yet
much of what they say reaches a member: why a sync item failed, why a ruling does not verify, why a
party looks like a serial complainant. They say it as a :class:`Phrase`:

* ``phrase("Sync", "cannot reach {host}: connection refused", host=host)``: the context and the
  template are string literals, so that ``packaging/translations.py`` finds them like any
  ``translate()`` of the GUI; values go in as named fields (text, numbers, or other phrases);
* a count uses Qt's plural forms: ``phrase("AbuseSignals", "opened %n dispute(s)", n=opened)``;
* ``str(p)`` is the English sentence, for the command line and the log (an English ``(s)`` after a
  count follows the count: "1 dispute", "2 disputes");
* the GUI shows it translated with ``gui.common.i18n.say(p)``, which translates nested phrases too.
  Fields that are not phrases (a platform's text, an operating system's message, a file name) go in
  as they are: they are never translated and never parsed as a template.

An exception raised below the GUI carries its phrase in ``error.phrase`` (see :func:`phrase_of`).
``docs/decisions/0020-phrases-below-the-gui.md`` says why.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

#: A field's value: text and numbers are shown as they are; a phrase is translated in its turn.
Field = Union[str, int, float, "Phrase"]

#: Where Qt puts the count: ``%n``, or ``%Ln`` with the locale's digit grouping.
COUNT = re.compile(r"%L?n")
#: "dispute(s)" after a count, in the English source.
_ENGLISH_PLURAL = re.compile(r"\(s\)")


@dataclass(frozen=True)
class Phrase:
    """A translatable sentence: its context, English template, fields and (for plurals) count."""

    context: str
    template: str
    fields: tuple[tuple[str, Field], ...] = ()
    count: int | None = None

    @property
    def values(self) -> dict[str, Field]:
        return dict(self.fields)

    def __str__(self) -> str:
        return render(self.template, {name: str(value) for name, value in self.fields}, self.count) or self.template


def phrase(context: str, template: str, /, *, n: int | None = None, **fields: Field) -> Phrase:
    """A phrase (see the module's rules); ``context`` and ``template`` must be string literals."""
    return Phrase(context, template, tuple(fields.items()), n)


def render(template: str, fields: Mapping[str, str], count: int | None = None) -> str | None:
    """``template`` with its ``{name}`` fields and its count filled; None when the template has a field
    that is not a plain name of ``fields`` (an index, an attribute, a conversion, a format), or a stray brace.

    A template may come from a translation, or from the decoder process (which decodes hostile
    files): neither is trusted to be well-formed, so it is never handed to ``str.format`` unchecked.
    """
    if count is not None:
        template = COUNT.sub(str(count), template)
        template = _ENGLISH_PLURAL.sub("" if count == 1 else "s", template)
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for _text, name, spec, conversion in parts:
        if name is not None and (name not in fields or spec or conversion):
            return None
    return template.format(**fields)


def phrase_of(error: BaseException) -> Phrase | None:
    """The phrase an exception of ours carries (``error.phrase``), or None (its text is not ours)."""
    value = getattr(error, "phrase", None)
    return value if isinstance(value, Phrase) else None


def said(error: BaseException) -> Phrase | str:
    """What an error says, as a field of another phrase: its phrase when it is one of ours (translated
    in its turn), else its own text (an operating system's or a library's, shown as it is)."""
    return phrase_of(error) or str(error)


class PhrasedError(Exception):
    """Base of an exception whose message is a :class:`Phrase`: ``str(error)`` is its English text.

    ``raise StoreError(phrase("StoreError", "cannot write {path}", path=path))``; a plain ``str``
    is accepted too (for text that is not ours to translate) and shown as it is.
    """

    def __init__(self, message: Phrase | str = "", *args: object) -> None:
        self.phrase: Phrase | None = message if isinstance(message, Phrase) else None
        super().__init__(str(message), *args)
