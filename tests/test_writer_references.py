"""The writer does not have SQLite enforce the foreign keys while it writes documents (each inserted row would look
its document and agency up again): every reference it writes must still hold. ``PRAGMA foreign_key_check`` after
ingests that add, replace, share, correct, link and prune documents finds no row pointing nowhere."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.ingest import ingest
from pipeline.outputs.load import open_db

from conftest import corpus_files


def broken_references(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("PRAGMA foreign_key_check").fetchall()


def test_every_reference_holds_after_ingests_that_add_replace_share_and_prune(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = corpus_files()
    for source in files:
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "copy.txt").write_bytes(files[0].read_bytes())  # the same bytes at two paths: one document
    db_path = tmp_path / "plans.db"
    run = dict(db_path=db_path, json_dir=tmp_path / "json", workers=1, prune_missing=True)
    report = ingest([folder], **run)
    assert report.ok and report.stored_documents == len(files) and broken_references(db_path) == []

    (folder / files[1].name).write_bytes(files[1].read_bytes() + b"\nMot dong moi.\n")  # changed: replaced
    (folder / files[2].name).unlink()  # gone: pruned
    (folder / files[0].name).unlink()  # its copy keeps the document
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(f"file,field,value,was\n{folder / files[3].name},document.title,Một tiêu đề sửa,\n", encoding="utf-8")
    report = ingest([folder], corrections_path=corrections, **run)
    assert report.ok and report.pruned == 2
    assert report.corrections_applied + len(report.corrections_not_applied) == 1  # a row of that document either way
    assert broken_references(db_path) == []
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(files) - 1
        for table in ("sections", "tasks", "task_agencies", "warnings", "corrections"):  # rows to check are there
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE document_id IS NOT NULL").fetchone()[0] > 0, table


def test_the_check_sees_a_row_whose_document_is_missing(tmp_path):
    """The check above can fail: a row of a document the database does not hold is reported."""
    db = open_db(tmp_path / "plans.db")
    with db.references_unchecked():
        db.execute("INSERT INTO warnings (document_id, ordinal, code) VALUES ('no-such-document', 1, 'x')")
        db.conn.commit()
    db.close()
    assert [row[0] for row in broken_references(tmp_path / "plans.db")] == ["warnings"]


def test_the_foreign_keys_are_enforced_again_afterwards(tmp_path):
    db = open_db(tmp_path / "plans.db")
    with pytest.raises(RuntimeError), db.references_unchecked():
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        raise RuntimeError("a failure while writing")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO warnings (document_id, ordinal, code) VALUES ('no-such-document', 1, 'x')")
    db.close()
