"""The database: keyed by content, re-ingest replaces, a failed file leaves everything else intact."""

import shutil

import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import EXIT_SOME_FAILED, main
from pipeline.ingest import ingest

from conftest import CORPUS, corpus_files


def _dump(db_path):
    """Every table's rows; the full-text index's internal segments are left out (rewritten on re-insert)."""
    return "\n".join(line for line in sqlite_utils.Database(db_path).iterdump() if "sections_fts" not in line)


def _counts(db_path):
    db = sqlite_utils.Database(db_path)
    return {t: db[t].count for t in ("documents", "cited_documents", "recipients", "warnings")}


def test_ingest_corpus_twice_gives_the_same_database(tmp_path):
    db_path = tmp_path / "plans.db"
    first = ingest([CORPUS], db_path=db_path, json_dir=tmp_path / "json")
    counts = _counts(db_path)
    dump = _dump(db_path)
    ingest([CORPUS], db_path=db_path, json_dir=tmp_path / "json")
    assert first.ok and len(first.documents) == len(corpus_files())
    assert counts["documents"] == len(corpus_files())
    assert _counts(db_path) == counts
    assert _dump(db_path) == dump
    assert sorted(p.name for p in (tmp_path / "json").iterdir()) == sorted(f"{p.name}.json" for p in corpus_files())


def test_rows_match_the_document(tmp_path):
    db_path = tmp_path / "plans.db"
    ingest([CORPUS / "002_4eef9a9c1980f483.txt"], db_path=db_path, json_dir=None)
    db = sqlite_utils.Database(db_path)
    (row,) = db.query("SELECT number, issued_date, signer_name, signer_authority FROM documents")
    assert row == {"number": "461/KH-UBND", "issued_date": "2018-10-05", "signer_name": "Lê Văn Thinh", "signer_authority": "[]"}
    assert db["recipients"].count == 11 and db["cited_documents"].count == 13


def test_changed_file_at_same_path_replaces_its_rows(tmp_path):
    db_path = tmp_path / "plans.db"
    plan = tmp_path / "plan.txt"
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", plan)
    ingest([plan], db_path=db_path, json_dir=None)
    plan.write_text(plan.read_text(encoding="utf-8").replace("- Lưu: VT.", "- Sở Nội vụ;\n- Lưu: VT."), encoding="utf-8")
    ingest([plan], db_path=db_path, json_dir=None)
    counts = _counts(db_path)
    assert counts["documents"] == 1
    assert counts["recipients"] == 12  # the new version's list, not both


def test_a_bad_file_is_reported_and_the_rest_is_kept(tmp_path):
    db_path = tmp_path / "plans.db"
    ingest([CORPUS / "002_4eef9a9c1980f483.txt"], db_path=db_path, json_dir=None)
    before = _counts(db_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", tmp_path / "in")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(db_path), "--json-dir", str(tmp_path / "json")])
    assert result.exit_code == EXIT_SOME_FAILED
    assert f"FAILED {tmp_path / 'in' / 'empty.txt'}: empty file" in result.output
    after = _counts(db_path)
    assert after["documents"] == before["documents"] + 1  # 002 kept, 004 added, the empty file not


def test_missing_path_is_a_failure_not_a_crash(tmp_path):
    report = ingest([tmp_path / "nope.txt"], db_path=tmp_path / "plans.db", json_dir=None)
    assert report.failures == [(str(tmp_path / "nope.txt"), "no such file")]


def test_sections_table_and_search_without_tone_marks(tmp_path):
    db_path = tmp_path / "plans.db"
    ingest([CORPUS], db_path=db_path, json_dir=None)
    db = sqlite_utils.Database(db_path)
    parts = [r["heading"] for r in db.query(
        "SELECT s.heading FROM sections s JOIN documents d ON d.id = s.document_id "
        "WHERE d.number = '461/KH-UBND' AND s.level = 1 AND s.kind = 'roman' ORDER BY s.ordinal")]
    assert parts == ["MỤC ĐÍCH YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]
    found = {r["node_id"] for r in db.query(
        "SELECT s.node_id FROM sections_fts JOIN sections s ON s.rowid = sections_fts.rowid "
        "WHERE sections_fts MATCH 'heading_folded:\"to chuc thuc hien\"'")}
    assert {"sec_III", "sec_V", "attached_1__sec_V"} <= found
    # "đ" is folded to "d" in the indexed copy, so "dau tu" finds "đầu tư"
    assert db.execute("SELECT count(*) FROM sections_fts WHERE sections_fts MATCH 'dau tu'").fetchone()[0] > 0
    child = db.execute("SELECT parent_id FROM sections WHERE node_id = 'sec_II__item_3__dash_1'").fetchone()
    assert child == ("sec_II__item_3",)


def test_documents_written_together_make_the_database_written_one_by_one(tmp_path):
    """load_many writes a batch's rows one statement per table: the database is the one the documents written in
    turn make (same bytes at a new path and twice in the batch, a path that now holds other bytes, a document
    written again), and the full-text indexes agree with their tables."""
    from dataclasses import replace

    from pipeline.outputs.load import SourceFile, image_rows, load, load_many, open_db, prepare, rows_image
    from pipeline.run import process

    a, b, c, d = (prepare(process(path), with_json=False) for path in corpus_files()[:4])
    d_rows = image_rows(d.image)
    d_read_again = replace(d, image=rows_image({**d_rows, "warnings": d_rows["warnings"][:1]}))  # the same bytes read otherwise
    at = lambda path, prepared: (SourceFile(str(tmp_path / path), 1, 1, f"{path}.json"), prepared)  # noqa: E731
    before = [at("p1", a), at("p2", b)]
    batch = [at("p3", a), at("p2", c), at("p4", d), at("p5", d_read_again), at("p1", a)]
    dumps = []
    for name, write in (("in_turn", lambda db: [load(db, None, *item) for item in batch]),
                        ("together", lambda db: load_many(db, batch))):
        db = open_db(tmp_path / f"{name}.db")
        for item in before:
            load(db, None, *item)
        write(db)
        db.conn.commit()
        for table in ("documents", "sections", "tasks"):
            db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')")
        dumps.append(sorted(line for line in db.conn.iterdump() if "_fts" not in line))
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3  # b lost its only path
        db.close()
    assert dumps[0] == dumps[1]


def test_a_new_database_gets_the_writers_page_size_and_an_old_one_keeps_its_own(tmp_path):
    import sqlite3

    from pipeline.outputs.load import PAGE_SIZE, open_db

    ingest([CORPUS / "004_bb67436c3e8d90f2.txt"], db_path=tmp_path / "new.db", json_dir=None)
    old = sqlite3.connect(tmp_path / "old.db")
    old.execute("PRAGMA page_size = 4096")
    old.execute("PRAGMA journal_mode = WAL")
    old.close()
    open_db(tmp_path / "old.db").close()  # its tables made with 4 KiB pages, as an earlier version made them
    assert ingest([CORPUS / "004_bb67436c3e8d90f2.txt"], db_path=tmp_path / "old.db", json_dir=None).ok
    sizes = {name: sqlite3.connect(tmp_path / name).execute("PRAGMA page_size").fetchone()[0] for name in ("new.db", "old.db")}
    assert sizes == {"new.db": PAGE_SIZE, "old.db": 4096} and PAGE_SIZE != 4096


def test_none_is_bound_as_null_through_the_adapter_the_writer_registers():
    """load registers an adapter for None (Python 3.11 looks for one on every null, at a cost); a null must still be
    stored as SQL NULL, never as text or an empty value, by executemany as by execute."""
    import sqlite3

    import pipeline.outputs.load  # noqa: F401  (registers the adapter)

    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a, b)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(None, 1), ("", None)])
    db.execute("INSERT INTO t VALUES (?, ?)", [None, None])
    assert db.execute("SELECT typeof(a), typeof(b) FROM t ORDER BY rowid").fetchall() == [
        ("null", "integer"), ("text", "null"), ("null", "null")]


def test_replaced_documents_written_together_get_the_rowids_they_get_in_turn(tmp_path):
    """Random histories of four documents, each read two ways (the same bytes, other rows: a new version), at five
    paths, then a batch of them: load_many gives the database the documents written in turn give, rowid for rowid,
    full-text indexes included (a batch that wrote every replacing document together fails here)."""
    import random
    import shutil
    import sys
    from dataclasses import replace

    from conftest import ROOT
    from pipeline.outputs.load import SourceFile, image_rows, load, load_many, open_db, prepare, rows_image
    from pipeline.run import process

    sys.path.insert(0, str(ROOT / "scripts"))
    from compare_engines import database_differences

    versions = []
    for path in corpus_files()[:4]:
        read = prepare(process(path), with_json=False)
        rows = image_rows(read.image)
        other = {table: found[: max(1, len(found) // 2)] for table, found in rows.items()}  # fewer rows, same id
        versions.append((read, replace(read, image=rows_image({**rows, **other}))))
    template = tmp_path / "template.db"
    open_db(template).close()
    at = lambda path, prepared: (SourceFile(str(tmp_path / path), 1, 1, f"{path}.json"), prepared)  # noqa: E731
    rng = random.Random(20261201)
    histories = [([at(f"p{i}", versions[i][0]) for i in range(4)], [at(f"p{i}", versions[i][1]) for i in (0, 1)])]
    for _ in range(14):
        before = [at(f"p{rng.randrange(5)}", rng.choice(rng.choice(versions))) for _ in range(rng.randint(2, 6))]
        chosen = rng.sample(range(4), rng.randint(1, 3))
        histories.append((before, [at(f"p{rng.randrange(5)}", rng.choice(versions[i])) for i in chosen]))
    for number, (before, batch) in enumerate(histories):
        written = []
        for name, write in (("in_turn", lambda db: [load(db, None, *item) for item in batch]),
                            ("together", lambda db: load_many(db, batch))):
            target = tmp_path / f"{number}-{name}.db"
            shutil.copy(template, target)
            db = open_db(target)
            for item in before:
                load(db, None, *item)
            write(db)
            db.conn.commit()
            db.close()
            written.append(target)
        assert database_differences(*written) == [], (number, before, batch)
