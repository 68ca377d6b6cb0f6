"""“Verify a ruling PDF…”: the same verdict as ``arbitration-desk verify``, off the GUI thread.

The file is checked against the pinned platform CA by every rule of the contract, and its signer's
revocation against the CRL fetched from the platform (or an archival copy's own). The verdict
banner says valid or NOT valid and why; below it, each finding of the
:class:`~arbitration_desk.rulings.verify.VerificationReport` on its own line. The report's own words
(its kind, revocation and problems) are phrases, shown translated with :func:`say`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from arbitration_desk.domain.phrases import Phrase
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, explain, say, translate
from arbitration_desk.gui.common.plaintext import make_plain, plain_label, set_plain_text
from arbitration_desk.gui.common.workers import Runner

if TYPE_CHECKING:  # verifying loads pyHanko: imported where a file is verified, off the desk's start-up path
    from arbitration_desk.rulings.verify import VerificationReport

VALID_STYLE = "background: #dcfce7; color: #14532d; padding: 8px; font-weight: 600;"
INVALID_STYLE = "background: #fee2e2; color: #7f1d1d; padding: 8px; font-weight: 600;"
#: The rows of the report (English keys of :attr:`VerifyDialog.rows`; shown translated).
FIELDS = (
    QT_TRANSLATE_NOOP("VerifyDialog", "Kind"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Intact"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Signature"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Signer"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Case"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Signing time"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Time-stamp"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Trust chain"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Revocation"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Coverage"),
    QT_TRANSLATE_NOOP("VerifyDialog", "Modified"),
)


@dataclass(frozen=True)
class Verdict:
    """A file's report, and a note when no pinned CA (or no CRL) could be had."""

    path: Path | None
    report: VerificationReport
    ca_note: Phrase | str = ""


def verify_document(
    data: bytes,
    home: Path,
    *,
    path: Path | None = None,
    case: str | None = None,
    chair: str | None = None,
    received_at: datetime | None = None,
) -> Verdict:
    """Verifies a ruling PDF against ``<home>``'s pinned CA and the platform's CRL, by ``verify``'s
    rules (blocking: call it in a worker). ``case``, ``chair`` and ``received_at`` are what the
    platform's listing says of it, checked against the document (see :class:`Expectations`)."""
    # Here, in the worker, not at the top: pyHanko, asn1crypto and the CRL client cost the desk's
    # start-up a third of a second, and most sessions verify nothing (issue 16, start-up).
    from arbitration_desk.rulings.crl_source import home_trust_roots, platform_crl
    from arbitration_desk.rulings.verify import Expectations, verify_pdf

    roots, note = home_trust_roots(home)
    crl, crl_note = platform_crl(home, roots) if roots else (None, "")
    expect = Expectations(crl=crl, require_revocation=True, case=case, chair=chair, received_at=received_at)
    report = verify_pdf(data, roots, expect=expect)
    if crl is None and crl_note and not report.ok:
        note = note or crl_note
    return Verdict(path, report, note)


def verify_file(path: Path, home: Path) -> Verdict:
    """Reads ``path`` and verifies it (:func:`verify_document`)."""
    return verify_document(path.read_bytes(), home, path=path)


def not_valid(problem: Phrase | str) -> str:
    """The banner of a file that does not verify, ``problem`` (the first finding) translated."""
    return translate("VerifyDialog", "NOT valid — {problem}").format(problem=say(problem))


def cannot_verify(error: BaseException) -> str:
    """The banner of a file whose verification failed outright (``error`` explained)."""
    return translate("VerifyDialog", "NOT valid — the file cannot be verified: {error}").format(error=explain(error))


def verdict_line(verdict: Verdict) -> tuple[str, bool]:
    """The verdict in one line (plain text) and whether it is valid: the banner of every view.

    The GUI's words are translated, and so are the report's own (its kind, revocation and problems,
    phrases of the headless verifier); the signer's name is shown as received.
    """
    report = verdict.report
    if report.ok:
        who = report.signer or translate("VerifyDialog", "the signer")
        text = translate("VerifyDialog", "VALID {kind} — signed by {signer}; {revocation}.")
        return text.format(kind=say(report.kind), signer=who, revocation=say(report.revocation)), True
    if not report.problems:
        first = translate("VerifyDialog", "the signature does not verify")
    else:
        first = say(report.problems[0])
    if verdict.ca_note:
        return translate("VerifyDialog", "NOT valid — {problem} ({note})").format(
            problem=first, note=say(verdict.ca_note)
        ), False
    return not_valid(first), False


def _yes(flag: bool, yes: str, no: str) -> str:
    return f"✔ {yes}" if flag else f"✘ {no}"


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S %Z}".strip() if moment else translate("VerifyDialog", "not stated")


def _signer(report: VerificationReport) -> str:
    signer = report.signer or translate("VerifyDialog", "unknown", "signer")
    if report.signer_member_id:
        return translate("VerifyDialog", "{signer} (member {member})").format(
            signer=signer, member=report.signer_member_id
        )
    return signer


def _stamp(report: VerificationReport) -> str:
    if report.timestamp_time is None:
        return translate("VerifyDialog", "none (PAdES B-B)")
    when = _when(report.timestamp_time)
    if report.timestamp_ok:
        return translate("VerifyDialog", "{time} — valid").format(time=when)
    return translate("VerifyDialog", "{time} — NOT valid").format(time=when)


def findings(report: VerificationReport) -> dict[str, str]:
    """One line per field of :data:`FIELDS` (keyed by its English name)."""
    return {
        "Kind": say(report.kind),
        "Intact": _yes(
            report.intact,
            translate("VerifyDialog", "the signed bytes are unchanged"),
            translate("VerifyDialog", "the signed bytes were changed"),
        ),
        "Signature": _yes(
            report.valid,
            translate("VerifyDialog", "the signature value verifies"),
            translate("VerifyDialog", "the signature value does not verify"),
        ),
        "Signer": _signer(report),
        "Case": report.case_reference or translate("VerifyDialog", "not stated in the file"),
        "Signing time": translate("VerifyDialog", "{time} (claimed by the signer)").format(
            time=_when(report.signing_time)
        ),
        "Time-stamp": _stamp(report),
        "Trust chain": _yes(
            report.trusted,
            translate("VerifyDialog", "issued by the pinned platform CA"),
            translate("VerifyDialog", "not trusted"),
        ),
        "Revocation": say(report.revocation),
        "Coverage": _yes(
            report.covers_whole_file,
            translate("VerifyDialog", "covers the whole file"),
            translate("VerifyDialog", "does not cover the whole file"),
        ),
        "Modified": _yes(
            not report.modified_after_signing,
            translate("VerifyDialog", "not modified after signing"),
            translate("VerifyDialog", "modified after signing"),
        ),
    }


class VerifyDialog(QDialog):
    """Picks a PDF and shows whether its signature is valid.

    Args:
        home: the member's home (its pinned CA is the trust anchor).
        runner: runs the verification.
        parent: the owner window.

    """

    def __init__(self, home: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home, self.runner = home, runner
        self.verdict: Verdict | None = None
        self.busy = False
        self.setWindowTitle(translate("VerifyDialog", "Verify a ruling PDF"))
        self.setAccessibleName(translate("VerifyDialog", "Verify a ruling PDF"))
        self.resize(720, 460)
        self.file_label = plain_label(translate("VerifyDialog", "No file chosen."), self)
        self.file_label.setAccessibleName(translate("VerifyDialog", "File being verified"))
        choose = QPushButton(translate("VerifyDialog", "&Choose a PDF…"), self)
        choose.setAccessibleName(translate("VerifyDialog", "Choose a PDF to verify"))
        choose.clicked.connect(self.choose)
        self.banner = plain_label("", self)
        self.banner.setAccessibleName(translate("VerifyDialog", "Verdict"))
        self.banner.hide()
        self.rows: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FIELDS:
            label = plain_label("", self)
            label.setAccessibleName(translate("VerifyDialog", name))
            self.rows[name] = label
            form.addRow(translate("VerifyDialog", "{field}:").format(field=translate("VerifyDialog", name)), label)
        self.problems = plain_label("", self)
        self.problems.setAccessibleName(translate("VerifyDialog", "Problems found"))
        close = QPushButton(translate("VerifyDialog", "&Close"), self)
        close.setAccessibleName(translate("VerifyDialog", "Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def choose(self) -> None:
        """Asks for a file, then verifies it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("VerifyDialog", "Verify a ruling PDF"),
            "",
            translate("VerifyDialog", "PDF files (*.pdf);;All files (*)"),
        )
        if name:
            self.verify(Path(name))

    def verify(self, path: Path) -> None:
        """Verifies ``path`` in the Runner and shows the verdict."""
        self.verdict = None
        self.busy = True
        self.banner.hide()
        set_plain_text(self.file_label, translate("VerifyDialog", "Verifying {file}…").format(file=path.name))
        home = self.home
        self.runner.run(lambda: verify_file(path, home), guarded(self, self._done), guarded(self, self._failed(path)))

    def _done(self, verdict: Verdict) -> None:
        self.busy = False
        self.verdict = verdict
        report = verdict.report
        set_plain_text(
            self.file_label,
            translate("VerifyDialog", "{path} ({size} bytes)").format(path=verdict.path, size=f"{report.size:,}"),
        )
        for name, text in findings(report).items():
            set_plain_text(self.rows[name], text)
        problems = [say(problem) for problem in [*report.problems, *([verdict.ca_note] if verdict.ca_note else [])]]
        if report.ok:
            self._banner(
                translate(
                    "VerifyDialog", "VALID — signed by the platform-certified signer, unrevoked, intact, to every rule."
                ),
                True,
            )
        else:
            first = problems[0] if problems else translate("VerifyDialog", "the signature does not verify")
            self._banner(not_valid(first), False)
        set_plain_text(self.problems, "\n".join(f"• {p}" for p in problems))

    def _failed(self, path: Path) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self.busy = False
            set_plain_text(self.file_label, str(path))
            for label in self.rows.values():
                label.clear()
            self.problems.clear()
            self._banner(cannot_verify(exc), False)

        return show

    def _banner(self, text: str, ok: bool) -> None:
        make_plain(self.banner)
        set_plain_text(self.banner, text)
        self.banner.setStyleSheet(VALID_STYLE if ok else INVALID_STYLE)
        self.banner.show()
