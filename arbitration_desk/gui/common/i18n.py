"""The desk's language: one way to translate a string, one place that picks and installs the language.

**How to write a user-facing string** (the only way; ``tests/packaging/test_translations.py`` checks it):

* ``translate("CaseList", "Overdue")``: the context (first argument) names the class or part of the
  desk the string belongs to; both arguments are string literals, so that
  ``packaging/translations.py`` finds them. Never ``self.tr()``: PySide6 takes its context from the
  object's *runtime* class, so a subclass silently loses every translation.
* values go in as named fields, filled after translating:
  ``translate("CaseView", "Ruling due {when}").format(when=...)``; never an f-string or ``+``
  inside ``translate`` (the translator must see the whole sentence, with its fields).
* counts use Qt's plural forms: ``translate("CaseList", "%n case(s)", n=count)``; the English
  forms ("1 case", "2 cases") come from ``arbitration_desk_en.ts`` like any other language's.
* a string defined before the application exists (a module constant, a table of column titles) is
  marked with ``QT_TRANSLATE_NOOP("Context", "Text")`` where it is written and translated where it
  is shown: ``translate("Context", TITLE)``.
* platform text (names, titles, chat lines) is never translated: it passes through
  :mod:`arbitration_desk.gui.common.plaintext` as before.
* what the layers below say (an error, a reason, a verdict) arrives as a
  :class:`~arbitration_desk.domain.phrases.Phrase`: show it with :func:`say`, and an exception with
  :func:`explain` (never ``str(error)``, which is English).

The sources of the translations are ``resources/translations/arbitration_desk_<lang>.ts``
(``packaging/translations.py update`` writes them from the code, keeping what is translated); the
build compiles them to ``.qm`` (``setup.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from arbitration_desk.domain.phrases import Phrase, phrase_of, render
from arbitration_desk.resources import resource_dir

log = logging.getLogger(__name__)

#: The languages of the desk: code -> name in that language (shown as such in every language).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
#: The language of the source strings (and of anything not translated).
SOURCE_LANGUAGE = "en"
#: Whose conventions (dates, numbers) an English desk follows when the system names no language.
ENGLISH_CONVENTIONS = "en_GB"
#: ``gui.ini`` key of the member's choice ("" or missing: the system's language).
SETTING = "ui/language"
#: The compiled translations of the desk: ``<PREFIX><lang>.qm`` in ``resources/translations``.
PREFIX = "arbitration_desk_"


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the desk's language (``source`` itself when there is no translation).

    Args:
        context: the class or part of the desk (a literal; see the module's rules).
        source: the English text (a literal, or a value marked with :func:`QT_TRANSLATE_NOOP`).
        disambiguation: tells apart two uses of the same English text that translate differently.
        n: for a text with ``%n``: the count, which picks the plural form and replaces ``%n``.
    """
    return QCoreApplication.translate(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation where it is written; returns it unchanged (see the module's rules)."""
    del context
    return source


def say(value: Phrase | str) -> str:
    """A phrase from below the GUI in the desk's language, its nested phrases translated too; a plain
    ``str`` (text that is not ours: the platform's, the operating system's) as it is.

    A translation whose fields do not match the English template's is not trusted: the English
    sentence is shown instead.
    """
    if not isinstance(value, Phrase):
        return value
    fields = {name: say(field) if isinstance(field, Phrase) else str(field) for name, field in value.fields}
    translated = translate(value.context, value.template, None, -1 if value.count is None else value.count)
    shown = render(translated, fields)
    return shown if shown is not None else str(value)


def explain(error: BaseException) -> str:
    """What went wrong, in the desk's language: the error's phrase when it is one of ours, else its
    own text (an operating system's or a library's message, shown as it is), else its kind."""
    said = phrase_of(error)
    if said is not None:
        return say(said)
    return str(error) or type(error).__name__


def language_for(requested: str | None, setting: str, system: QLocale | None = None) -> str:
    """The language to run in: ``--lang`` if given, else the member's choice, else the system's.

    A request for a language the desk does not have is not an error: the nearest one is used
    (``zh``, ``zh_SG`` and ``zh_Hans_CN`` -> ``zh_CN``), else English.
    """
    for candidate in (requested, setting):
        if candidate:
            code = candidate.strip().replace("-", "_").split(".", 1)[0]
            return code if code in LANGUAGES else _nearest(QLocale(code))
    return _nearest(system if system is not None else QLocale.system())


def _nearest(locale: QLocale) -> str:
    """The desk's language nearest ``locale``'s: Simplified Chinese for any Chinese not written in
    Traditional characters, else English."""
    if locale.language() == QLocale.Language.Chinese and locale.script() != QLocale.Script.TraditionalChineseScript:
        return "zh_CN"
    return SOURCE_LANGUAGE


def conventions_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale whose conventions (dates, numbers, money) the desk follows in ``language``.

    The system's own when it speaks that language (an American member keeps US dates), else the
    language's usual one (English: United Kingdom, the desk's long-standing day-first dates).
    """
    system = system if system is not None else QLocale.system()
    wanted = QLocale(ENGLISH_CONVENTIONS if language == SOURCE_LANGUAGE else language)
    if system.language() == wanted.language() and system.language() != QLocale.Language.C:
        return system
    return wanted


@dataclass
class Installed:
    """What :func:`install` put in place (kept alive: a QTranslator must outlive its use)."""

    language: str
    translators: list[QTranslator]


def install(app: QCoreApplication, language: str, system: QLocale | None = None) -> Installed:
    """Installs the desk's translation of ``language`` (with its English plural forms for ``en``),
    Qt's own for its dialogs' buttons, and the language's conventions as the default ``QLocale``.

    A missing or unreadable translation is logged and the desk stays in English: never fatal.
    """
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    path = resource_dir("translations") / f"{PREFIX}{language}.qm"
    if ours.load(str(path)):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("the desk's %s translation could not be loaded from %s", language, path)
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            translators.append(qt)
    QLocale.setDefault(conventions_for(language, system))
    return Installed(language, translators)


def uninstall(app: QCoreApplication, installed: Installed) -> None:
    """Removes what :func:`install` installed (tests that switch languages)."""
    for translator in installed.translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(ENGLISH_CONVENTIONS))
