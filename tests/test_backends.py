"""The database on both backends: SQLite and PostgreSQL get the same tables, views and rows from one schema
definition, with the same incremental, transactional ingest (db_target runs each test on both; PostgreSQL is a
throw-away cluster started by tests/conftest.py)."""

import json
import re
import shutil

import pytest
from click.testing import CliRunner

from pipeline.outputs import dbschema
from pipeline.cli import EXIT_OUTPUT_FAILED, EXIT_SOME_FAILED, main
from pipeline.errors import DatabaseVersionError, OutputError
from pipeline.ingest import ingest
from pipeline.outputs.load import is_postgres, open_db
from pipeline.text import fold

from conftest import CORPUS, corpus_files, open_database
from test_database import documented_columns

VIEWS = ("task_list", "task_agency_list", "tasks_per_agency_year", "agency_current", "unresolved_agencies",
         "review_queue", "document_list", "citation_list")


def rows(target, name: str) -> list[tuple]:
    """Every row of a table or view, in a stable order."""
    db = open_database(target)
    try:
        return sorted((tuple(row) for row in db.execute(f'SELECT * FROM "{name}"').fetchall()), key=repr)
    finally:
        db.close()


def count(target, sql: str, params=()) -> int:
    db = open_database(target)
    try:
        return db.execute(sql, list(params)).fetchone()[0]
    finally:
        db.close()


def search(target, table: str, column: str, words: str) -> set[tuple]:
    """(document_id, ordinal) of the rows whose folded ``column`` holds the folded words, as a researcher asks
    each backend: FTS5 in SQLite, the GIN text-search index in PostgreSQL."""
    db = open_database(target)
    key = "id" if table == "documents" else "document_id, ordinal"
    try:
        if is_postgres(target):
            sql = (f"SELECT {key} FROM {table} WHERE to_tsvector('simple', {column}) @@ "
                   "phraseto_tsquery('simple', ?)")
        else:
            sql = (f"SELECT {', '.join('t.' + k.strip() for k in key.split(','))} FROM {table}_fts "
                   f"JOIN {table} t ON t.rowid = {table}_fts.rowid WHERE {table}_fts MATCH ?")
            words = f'{column}:"{words}"'
        return {tuple(row) for row in db.execute(sql, [fold(words) if is_postgres(target) else words]).fetchall()}
    finally:
        db.close()


@pytest.fixture
def inputs(tmp_path):
    """The corpus, one file twice (two paths, one document), an empty file (fails) and a corrections file."""
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    (folder / "copy").mkdir()
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", folder / "copy" / "004.txt")
    (folder / "empty.txt").write_bytes(b"")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("file,sha256,field,value,was,note,who,when\n"
                           f"{folder / '002_4eef9a9c1980f483.txt'},,document.number,461/KH-UBND-X,461/KH-UBND,test,t,2026\n"
                           f"{folder / 'nope.txt'},,document.number,1/KH,,test,t,2026\n", encoding="utf-8")
    return folder, corrections


def test_the_corpus_gives_the_same_rows_json_and_views_in_sqlite_and_postgresql(tmp_path, postgres_url, inputs):
    folder, corrections = inputs
    runs = {}
    for name, target in (("sqlite", tmp_path / "plans.db"), ("postgresql", postgres_url)):
        out = tmp_path / name
        report = ingest([folder], db_path=target, json_dir=out / "json", workers=1, jsonl_path=out / "plans.jsonl",
                        corrections_path=corrections)
        assert [path for path, _ in report.failures] == [str(folder / "empty.txt")]
        assert report.corrections_applied == 1 and len(report.corrections_not_applied) == 1
        runs[name] = target
    for name in (*dbschema.TABLES, *VIEWS):
        lite, pg = rows(runs["sqlite"], name), rows(runs["postgresql"], name)
        assert lite == pg, name
        if name in ("documents", "tasks", "sections", "review_queue", "unresolved_agencies", "corrections"):
            assert lite, f"{name} is empty: the comparison would prove nothing"
    assert count(runs["postgresql"], "SELECT count(*) FROM source_files") == len(corpus_files()) + 1
    for path in (tmp_path / "sqlite" / "json").iterdir():
        assert path.read_bytes() == (tmp_path / "postgresql" / "json" / path.name).read_bytes()
    assert (tmp_path / "sqlite" / "plans.jsonl").read_bytes() == (tmp_path / "postgresql" / "plans.jsonl").read_bytes()


def test_every_table_and_view_has_the_documented_columns_in_postgresql(postgres_url):
    open_db(postgres_url).close()
    db = open_database(postgres_url)
    names = db.table_names()
    assert set(dbschema.TABLES) <= set(names) and set(VIEWS) <= set(db.view_names())
    for name in (*dbschema.TABLES, *VIEWS):
        columns = [row[0] for row in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
            "ORDER BY ordinal_position", [name])]
        assert columns == documented_columns(name), name
    db.close()


def test_an_unchanged_file_is_skipped_and_a_changed_one_replaces_its_rows(db_target, tmp_path):
    plan = tmp_path / "plan.txt"
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", plan)
    first = ingest([plan], db_path=db_target, json_dir=tmp_path / "json")
    again = ingest([plan], db_path=db_target, json_dir=tmp_path / "json")
    assert len(first.documents) == 1 and (again.skipped, len(again.documents)) == (1, 0)
    before = count(db_target, "SELECT count(*) FROM recipients")
    plan.write_text(plan.read_text(encoding="utf-8").replace("- Lưu: VT.", "- Sở Nội vụ;\n- Lưu: VT."), encoding="utf-8")
    ingest([plan], db_path=db_target, json_dir=tmp_path / "json")
    assert count(db_target, "SELECT count(*) FROM documents") == 1
    assert count(db_target, "SELECT count(*) FROM recipients") == before + 1  # the new version's list, not both
    stored = json.loads((tmp_path / "json" / "plan.txt.json").read_text(encoding="utf-8"))
    assert count(db_target, "SELECT count(*) FROM documents WHERE id = ?", [stored["source"]["sha256"]]) == 1


def test_a_failed_file_is_recorded_not_read_again_and_the_rest_is_kept(db_target, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    shutil.copy(CORPUS / "002_4eef9a9c1980f483.txt", folder)
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db_target), "--json-dir", str(tmp_path / "json")])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    assert f"FAILED {folder / 'empty.txt'}: empty file" in result.output
    assert count(db_target, "SELECT count(*) FROM documents") == 1
    assert count(db_target, "SELECT count(*) FROM ingest_errors WHERE source_path = ? AND sha256 IS NOT NULL",
                 [str(folder / "empty.txt")]) == 1
    again = ingest([folder], db_path=db_target, json_dir=tmp_path / "json")
    assert (again.failed_before, again.skipped, again.failures) == (1, 1, [])


def test_identical_bytes_at_two_paths_are_one_document_and_pruning_one_keeps_it(db_target, tmp_path):
    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", folder / "z.txt")
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", folder / "b" / "a.txt")
    ingest([folder], db_path=db_target, json_dir=tmp_path / "json")
    assert count(db_target, "SELECT count(*) FROM documents") == 1
    assert count(db_target, "SELECT count(*) FROM documents WHERE source_path = ?", [str(folder / "b" / "a.txt")]) == 1
    (folder / "b" / "a.txt").unlink()
    report = ingest([folder], db_path=db_target, json_dir=tmp_path / "json", prune_missing=True)
    assert report.pruned == 1
    assert count(db_target, "SELECT count(*) FROM documents WHERE source_path = ?", [str(folder / "z.txt")]) == 1
    (folder / "z.txt").unlink()
    ingest([folder], db_path=db_target, json_dir=tmp_path / "json", prune_missing=True)
    assert count(db_target, "SELECT count(*) FROM documents") == count(db_target, "SELECT count(*) FROM tasks") == 0


def test_a_document_whose_json_cannot_be_written_leaves_no_row(db_target, tmp_path, monkeypatch):
    from pipeline import ingest as ingest_module

    real = ingest_module.write_text_atomically

    def failing(target, data):
        if target.name.startswith("004"):
            raise OSError(28, "No space left on device")
        return real(target, data)

    monkeypatch.setattr(ingest_module, "write_text_atomically", failing)
    report = ingest(corpus_files()[3:5], db_path=db_target, json_dir=tmp_path / "json", workers=1)
    assert len(report.documents) == 1 and "No space left on device" in report.failures[0][1]
    assert count(db_target, "SELECT count(*) FROM documents") == 1
    for table in dbschema.CHILD_TABLES:  # nothing of the failed document, in any table
        assert count(db_target, f'SELECT count(*) FROM "{table}" WHERE document_id NOT IN (SELECT id FROM documents)') == 0
    assert count(db_target, "SELECT count(*) FROM tasks") > 0


def tokens(text: str) -> str:
    """The words of a text, as both full-text indexes split it, one space apart."""
    return " ".join(re.findall(r"\w+", text))


@pytest.mark.parametrize("table, column, words", [
    ("tasks", "content_folded", "Sở Nội vụ"),
    ("sections", "heading_folded", "TỔ CHỨC THỰC HIỆN"),
    ("sections", "text_folded", "đầu tư"),  # đ is folded to d
    ("documents", "search_folded", "Hà Nội"),
])
def test_search_without_tone_marks_finds_what_folding_finds(db_target, tmp_path, table, column, words):
    ingest(corpus_files(), db_path=db_target, json_dir=None, workers=1)
    key = "id" if table == "documents" else "document_id, ordinal"
    db = open_database(db_target)
    expected = {tuple(row[:-1]) for row in db.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
                if f" {tokens(fold(words))} " in f" {tokens(row[-1] or '')} "}
    db.close()
    assert expected and search(db_target, table, column, fold(words)) == expected


def test_postgresql_search_reads_the_gin_index(postgres_url):
    ingest(corpus_files(), db_path=postgres_url, json_dir=None, workers=1)
    db = open_database(postgres_url)
    db.execute("SET enable_seqscan = off")
    plan = "\n".join(row[0] for row in db.execute(
        "EXPLAIN SELECT node_id FROM sections WHERE to_tsvector('simple', text_folded) @@ phraseto_tsquery('simple', ?)",
        ["dau tu"]).fetchall())
    db.close()
    assert "idx_sections_text_folded_search" in plan


def test_a_json_name_is_looked_up_in_an_index_not_in_every_source_file(db_target):
    """Choosing a new document's JSON name asks whether another file has it (``json_name_taken``): a lookup in the
    folded names' index, not a read of every row of source_files, which grew with the database."""
    from pipeline.outputs.load import json_name_taken

    db = open_db(db_target)
    sql = ("SELECT 1 FROM source_files WHERE {lower} = {lower_param} AND path != ?"
           .format(lower=db.ascii_lower("json_name"), lower_param=db.ascii_lower("?")))
    if is_postgres(db_target):
        db.execute("SET enable_seqscan = off")
        plan = "\n".join(row[0] for row in db.execute("EXPLAIN " + sql, ["Plan.txt.json", "/x"]).fetchall())
    else:
        plan = "\n".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, ["Plan.txt.json", "/x"]).fetchall())
    assert "idx_source_files_json_name_folded" in plan
    db.execute("INSERT INTO documents (id) VALUES ('d')")
    db.execute("INSERT INTO source_files (path, document_id, json_name) VALUES ('/a/plan.txt', 'd', 'Plan.txt.json')")
    assert json_name_taken(db, "PLAN.TXT.json", "/b/plan.txt") and not json_name_taken(db, "plan.txt.json", "/a/plan.txt")
    db.close()


def test_a_postgresql_database_of_another_layout_is_refused_untouched(postgres_url, tmp_path):
    db = open_database(postgres_url)
    db.execute("CREATE TABLE documents (id text PRIMARY KEY, number text)")
    db.execute("INSERT INTO documents VALUES ('x', '1/KH-UBND')")
    db.close()
    with pytest.raises(DatabaseVersionError, match="older"):
        open_db(postgres_url)
    result = CliRunner().invoke(main, ["ingest", str(corpus_files()[0]), "--db", postgres_url, "--json-dir", str(tmp_path / "j")])
    assert result.exit_code != 0 and "older" in result.output
    assert rows(postgres_url, "documents") == [("x", "1/KH-UBND")]


def test_one_ingest_at_a_time_per_postgresql_database(postgres_url):
    first = open_db(postgres_url)
    try:
        with pytest.raises(OutputError, match="another kehoach ingest"):
            open_db(postgres_url)
    finally:
        first.close()
    open_db(postgres_url).close()  # free again once the first is closed


def _ingest_locks_held(watcher) -> int:
    from pipeline.outputs.postgres import INGEST_LOCK

    return watcher.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = ?",
                           [INGEST_LOCK & 0xFFFFFFFF]).fetchone()[0]


@pytest.mark.parametrize("state", ["idle", "failed_transaction"])
def test_closing_the_database_frees_the_ingest_lock_before_close_returns(postgres_url, state):
    """The lock is a session lock: left to the connection's end, the server frees it when its process exits, after
    the client has gone on, and an ingest started right after the last one was refused at random (CI, s47). Watched
    from a connection opened before, so no connection time hides the gap."""
    import psycopg

    from pipeline.outputs.postgres import PostgresDatabase

    watcher = PostgresDatabase(postgres_url)
    try:
        db = open_db(postgres_url)
        assert _ingest_locks_held(watcher) == 1
        # a session with temporary tables drops them when it ends, before its locks go: the gap a loaded machine
        # makes, made here every time
        db.execute("DO $$ BEGIN FOR i IN 1..500 LOOP EXECUTE format('CREATE TEMP TABLE t%s (a int)', i); END LOOP; "
                   "END $$")
        if state == "failed_transaction":  # an ingest that failed inside a transaction closes in that state
            db.begin()
            with pytest.raises(psycopg.Error):
                db.execute("SELECT * FROM no_such_table")
        db.close()
        assert _ingest_locks_held(watcher) == 0
        open_db(postgres_url).close()
    finally:
        watcher.close()


def test_a_server_that_cannot_be_reached_fails_the_run_without_showing_the_password(tmp_path, monkeypatch):
    url = f"postgresql://kh:s3cret@/plans?host={tmp_path}/no-server"
    monkeypatch.setenv("KEHOACH_DB", url)  # --db from the environment
    result = CliRunner().invoke(main, ["ingest", str(corpus_files()[0]), "--json-dir", str(tmp_path / "j")])
    assert result.exit_code == EXIT_OUTPUT_FAILED
    assert "cannot connect" in result.output and "kh:***@" in result.output and "s3cret" not in result.output


def test_a_local_server_starts_once_per_folder_and_stops(postgres_cluster):
    """pipeline.outputs.pglocal, as the README has a user try the backend: a second start finds the server running
    and gives the same URL; stop stops it and start takes its data up again."""
    import psycopg

    from pipeline.outputs import pglocal

    folder = postgres_cluster.parent / f"{postgres_cluster.name}-second"  # beside the session's, reachable alike
    try:
        url = pglocal.start(folder, "first")
        assert pglocal.start(folder, "first") == url and pglocal.running(folder)
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("CREATE TABLE kept (x int)")
        pglocal.stop(folder)
        assert not pglocal.running(folder)
        with psycopg.connect(pglocal.start(folder, "first")) as db:
            assert db.execute("SELECT count(*) FROM kept").fetchone() == (0,)
    finally:
        pglocal.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
