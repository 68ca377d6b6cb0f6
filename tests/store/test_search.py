"""store/search.py: full-text search in the languages the platform carries, with snippets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.store import search as search_module
from arbitration_desk.store import testing as t
from arbitration_desk.store.home import DB_NAME
from arbitration_desk.store.store import Store
from helpers.stores import connect_database, open_store

MESSAGES = [
    t.message("en", "The tracking says delivered but I received nothing.", language="en"),
    t.message(
        "es",
        "El envío llegó dañado y la caja estaba rota.",
        language="es",
        translations={"en": "The shipment arrived damaged and the box was broken."},
    ),
    t.message("ru", "Посылка не пришла, трекинг показывает «доставлено».", language="ru"),
    t.message(
        "zh",
        "您好，包裹一直没有送到。物流显示已签收，但我什么也没收到。",
        language="zh-CN",
        translations={"en": "Hello, the parcel never arrived."},
    ),
    t.message("ar", "الطرد لم يصل، والتتبع يقول إنه تم التسليم.", language="ar"),
    t.message("ja", "荷物がまだ届いていません。", language="ja"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        opened.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
        opened.sync.store_messages("cs_1", MESSAGES, None)
        assert opened.search.index_messages() == len(MESSAGES)
        yield opened


def _ids(store: Store, text: str, **kwargs: object) -> set[str | None]:
    return {hit.item_id for hit in store.search.search(text, kinds=frozenset({"message"}), **kwargs)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("received nothing", {"en"}),
        ("RECEIVED", {"en"}),
        ("envio", {"es"}),  # without the accent
        ("dañado", {"es"}),  # with it
        ("ENVÍO llego", {"es"}),
        ("посылка", {"ru"}),
        ("ПОСЫЛКА трекинг", {"ru"}),
        ("包裹", {"zh"}),  # a two-character word inside an unspaced sentence
        ("签收", {"zh"}),
        ("包", {"zh"}),
        ("الطرد", {"ar"}),
        ("届いて", {"ja"}),
        ("shipment", {"es"}),  # found through the machine translation
        ("parcel", {"zh"}),
        ("deliv", {"en"}),  # last term as prefix
        ("zzz", set()),
    ],
)
def test_messages_found_in_each_language(store: Store, query: str, expected: set[str]) -> None:
    assert _ids(store, query) == expected


def test_snippet_marks_the_match_and_names_the_field(store: Store) -> None:
    (hit,) = store.search.search("包裹")
    assert hit.kind == "message" and hit.case_id == "cs_1" and hit.field == "text"
    assert ("包裹", True) in hit.parts
    assert "\u200b" not in hit.snippet and hit.snippet.startswith("您好")
    (translated,) = store.search.search("shipment")
    assert translated.field == "translation"
    assert [text for text, marked in translated.parts if marked] == ["shipment"]


def test_case_filter_and_newest_first(store: Store) -> None:
    store.sync.store_messages("cs_2", [t.message("en2", "nothing received here either", minutes=5)], None)
    assert _ids(store, "received") == {"en"}  # stored, not yet indexed
    assert store.search.messages_to_index() == 1
    assert store.search.index_messages() == 1
    assert store.search.messages_to_index() == 0
    assert _ids(store, "received") == {"en", "en2"}
    assert _ids(store, "received", case_id="cs_2") == {"en2"}
    newest = store.search.search("received", kinds=frozenset({"message"}), newest_first=True)
    assert [hit.item_id for hit in newest] == ["en2", "en"]


def test_annotations_notes_and_cases_are_searchable(store: Store) -> None:
    store.sync.apply_annotations(
        "cs_1",
        [{**t.annotation("a-1", "Seller ignored the address discrepancy"), "target": {"type": "case"}}],
        [],
        t.ts(),
    )
    store.work.create_note("cs_1", {"type": "message", "id": "zh", "quote": "物流显示"}, "Ask about the carrier proof")
    store.sync.store_case(t.full_case("cs_2", description="Commande jamais reçue"))
    assert [(h.kind, h.item_id) for h in store.search.search("discrepancy")] == [("annotation", "a-1")]
    (note,) = store.search.search("carrier proof")
    assert note.kind == "note"
    assert {(h.kind, h.item_id) for h in store.search.search("物流")} == {("message", "zh"), ("note", note.item_id)}
    quote_hits = store.search.search("物流", kinds=frozenset({"note"}))
    assert quote_hits[0].field == "quote"
    (case_hit,) = store.search.search("recue")
    assert (case_hit.kind, case_hit.case_id, case_hit.field) == ("case", "cs_2", "description")
    assert store.search.search("discrepancy", kinds=frozenset({"note"})) == []


def test_deleted_and_edited_rows_leave_the_index(store: Store) -> None:
    note = store.work.create_note("cs_1", {"type": "case"}, "alpha bravo")
    store.work.edit_annotation("cs_1", note.annotation_id, "charlie")
    assert store.search.search("bravo") == [] and len(store.search.search("charlie")) == 1
    store.work.delete_annotation("cs_1", note.annotation_id)
    assert store.search.search("charlie") == []


def test_build_query_results_are_valid_fts(store: Store) -> None:
    for typed in ['"', '""', "a OR b", "-x", "^start", "col:x", "x*", "\u202e", "'", "\\", "(", "AND"]:
        store.search.search(typed)  # raises StoreError if the query were invalid FTS5


@pytest.mark.parametrize("sql", [search_module._MESSAGES, search_module._ANNOTATIONS, search_module._CASES])
def test_a_search_in_one_case_is_driven_by_the_full_text_index(store: Store, tmp_path: Path, sql: str) -> None:
    # SQLite 3.51 would otherwise start from the case's rows and run the match once per row (2.5 s
    # instead of 2 ms for one rare word in a 50,000-message case: bench_store_messages.py).
    connection = connect_database(tmp_path / "home" / DB_NAME)
    try:
        query = sql.format(case_filter="AND c.case_id = :case_id", order="messages_fts.rowid DESC")
        plan = connection.execute(f"EXPLAIN QUERY PLAN {query}", {"query": "x", "case_id": "cs_1", "limit": 5})
        first = plan.fetchall()[0][3]
    finally:
        connection.close()
    assert first.startswith("SCAN") and "_fts VIRTUAL TABLE" in first, first
