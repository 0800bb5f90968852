"""A document's rows travel from the worker to the writer as a SQLite database image (``rows_image``) that the writer
copies with ``INSERT … SELECT`` (``copy_images``): the database must be the one binding the rows as tuples
(``write_rows``, still PostgreSQL's way) makes, rowids and full-text search results included."""

import math
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.outputs.dbschema import TABLES
from pipeline.outputs.load import (IMAGE_TABLES, SourceFile, image_rows, load_many, open_db, prepare, rows_image,
                                   transaction)

from conftest import corpus_files


def _distinct(doc, number: int):
    """The document made another one (other bytes, another path), as bench/writer.py makes copies of a sample."""
    origin = doc.origin.model_copy(update={"sha256": f"{number:08d}{doc.origin.sha256[8:]}",
                                           "path": f"/generated/{number:03d}/{doc.origin.name}"})
    return doc.model_copy(update={"origin": origin})


def _tables(db) -> dict[str, list[tuple]]:
    """Every table's rows with their rowids (a table without rowid by its key), and the types SQLite stored."""
    out = {}
    for name in db.table_names():
        if name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue
        columns = ", ".join(f'"{c}", typeof("{c}")' for c in TABLES[name].columns) if name in TABLES else "*"
        out[name] = db.execute(f'SELECT rowid, {columns} FROM "{name}" ORDER BY rowid').fetchall()
    return out


def _searches(db, words: list[str]) -> list:
    """What a word search finds in each full-text index, and the index's own check."""
    found = []
    for table in ("documents", "sections", "tasks"):
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')")
        for word in words:
            found.append(db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid",
                                    [word]).fetchall())
    return found


def _write(tmp_path, name: str, batches, by_image: bool):
    """A database written batch by batch with load_many, each batch in one transaction."""
    db = open_db(tmp_path / f"{name}.db")
    db.copies_images = by_image
    for batch in batches:
        with transaction(db):
            load_many(db, batch)
    return db


def test_a_database_written_from_images_is_the_one_written_from_tuples(tmp_path, corpus_docs):
    docs = list(corpus_docs.values())
    prepared = [prepare(_distinct(doc, i), with_json=False) for i, doc in enumerate(docs * 3)]
    at = lambda i, p: (SourceFile(f"/generated/{i:03d}/file", 1, 1, f"{i:03d}.json"), p)  # noqa: E731
    first = [at(i, p) for i, p in enumerate(prepared)]
    # then: the same bytes at a new path and twice in a batch, a path that now holds other bytes, documents again
    again = [at(900, prepared[0]), at(1, prepared[5]), at(2, prepared[2]), at(901, prepared[0]), at(3, prepared[3])]
    batches = [first[:7], first[7:], again]
    words = ["ubnd", "thuc hien", "ke hoach", "so", "nam 2025", "trien khai"]
    old, new = (_write(tmp_path, name, batches, by_image) for name, by_image in (("tuples", False), ("images", True)))
    assert _tables(new) == _tables(old)
    assert _searches(new, words) == _searches(old, words)
    assert any(_searches(new, words))  # the searches find something


def test_a_document_written_again_from_its_image_is_found_by_its_new_text_only(tmp_path, corpus_docs):
    from dataclasses import replace

    doc = _distinct(next(iter(corpus_docs.values())), 1)
    before = prepare(doc, with_json=False)
    rows = image_rows(before.image)
    cols = TABLES["sections"].column_names
    text, folded = cols.index("text"), cols.index("text_folded")
    changed = [r[:text] + ("Noi dung moi xyzzy",) + r[text + 1:folded] + ("noi dung moi xyzzy",) + r[folded + 1:]
               if i == 0 else r for i, r in enumerate(rows["sections"])]
    old_word = rows["sections"][0][folded].split()[0]
    after = replace(before, image=rows_image({**rows, "sections": changed}))
    source = SourceFile("/generated/001/file", 1, 1, "001.json")
    again = _write(tmp_path, "again", [[(source, before)], [(source, after)]], by_image=True)
    only_after = _write(tmp_path, "after", [[(source, after)]], by_image=True)
    match = "SELECT count(*) FROM sections_fts WHERE sections_fts MATCH ?"
    assert again.execute(match, ["xyzzy"]).fetchone()[0] == 1
    # the old text of the section is gone from the index: its word found as often as where it was never written
    found = [db.execute(match, [f'"{old_word}"']).fetchone()[0] for db in (again, only_after)]
    assert found[0] == found[1] < _write(tmp_path, "before", [[(source, before)]], True).execute(
        match, [f'"{old_word}"']).fetchone()[0] + 1
    again.execute("INSERT INTO sections_fts(sections_fts) VALUES('integrity-check')")


@lru_cache(maxsize=None)
def _sample():
    """A corpus document's rows (hypothesis is not given the session's documents: it would print them all)."""
    from pipeline.run import process

    return prepare(_distinct(process(corpus_files()[0]), 7), with_json=False)


VALUES = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False),
                   st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                   st.sampled_from(["12", "1.5", "1e3", " 7", "0x10", "-0", "9223372036854775808"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(VALUES, min_size=len(TABLES["warnings"].columns), max_size=len(TABLES["warnings"].columns)),
                max_size=5))
def test_every_value_is_stored_as_binding_it_stores_it(tmp_path_factory, values):
    """Any value in any column (a number as text in an INTEGER column, a float in a TEXT one …): the copy of an image
    stores what binding the tuple stores, value and type."""
    tmp_path = tmp_path_factory.mktemp("values")
    rows = [(f"{'d' * 64}", i, *row[2:]) for i, row in enumerate(values, start=1)]
    doc = _sample()
    doc_rows = {**image_rows(doc.image), "warnings": [(doc.doc_id, *row[1:]) for row in rows]}
    got = image_rows(rows_image(doc_rows))
    assert got.get("warnings", []) == doc_rows["warnings"]
    assert all(math.copysign(1, a) == math.copysign(1, b) for r, s in zip(got.get("warnings", []), doc_rows["warnings"])
               for a, b in zip(r, s) if isinstance(a, float) and isinstance(b, float))
    from dataclasses import replace

    prepared = replace(doc, image=rows_image(doc_rows))
    batch = [[(SourceFile("/generated/007/file", 1, 1, "007.json"), prepared)]]
    old, new = (_write(tmp_path, name, batch, by_image) for name, by_image in (("tuples", False), ("images", True)))
    assert _tables(new) == _tables(old)


def test_an_image_of_another_layout_is_refused(tmp_path, corpus_docs):
    import sqlite3

    doc = prepare(_distinct(next(iter(corpus_docs.values())), 3), with_json=False)
    conn = sqlite3.connect(":memory:")
    conn.deserialize(doc.image)
    conn.execute('ALTER TABLE "warnings" ADD COLUMN "extra"')  # a column of another version
    conn.commit()
    from dataclasses import replace

    other = replace(doc, image=conn.serialize())
    db = open_db(tmp_path / "p.db")
    with pytest.raises(ValueError, match="another layout"):
        with transaction(db):
            load_many(db, [(SourceFile("/generated/003/file", 1, 1, "003.json"), other)])
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_the_image_holds_the_tables_prepare_writes(corpus_docs):
    assert set(IMAGE_TABLES) <= set(TABLES)
    doc = prepare(_distinct(next(iter(corpus_docs.values())), 4), with_json=False)
    assert {"documents", "sections", "metadata_fields"} <= set(image_rows(doc.image))
