"""The decision records stay reachable: every link to one resolves, and the index lists them all."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECISIONS = ROOT / "docs" / "decisions"
LINK = re.compile(r"docs/decisions/(\d{4}-[a-z0-9-]+\.md)")


def test_every_link_to_a_decision_record_resolves() -> None:
    sources = [*ROOT.glob("arbitration_desk/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("docs/**/*.md")]
    links = {(path.relative_to(ROOT), name) for path in sources for name in LINK.findall(path.read_text("utf-8"))}
    assert links, "no code links to docs/decisions/ (the pattern or the layout changed)"
    missing = sorted(f"{path}: {name}" for path, name in links if not (DECISIONS / name).is_file())
    assert missing == []


def test_the_index_lists_every_record_in_order() -> None:
    records = sorted(path.name for path in DECISIONS.glob("[0-9][0-9][0-9][0-9]-*.md"))
    listed = re.findall(r"\]\((\d{4}-[a-z0-9-]+\.md)\)", (DECISIONS / "README.md").read_text("utf-8"))
    assert listed == records
    assert [name[:4] for name in records] == [f"{n:04d}" for n in range(1, len(records) + 1)]
