"""The database a researcher opens: documented column by column, versioned, with views that agree
with the tables they summarise and search that ignores tone marks."""

import json
import re
import sqlite3

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import DatabaseVersionError
from pipeline.ingest import ingest
from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db
from pipeline.text import fold

from conftest import ROOT, corpus_files
from test_schema import validator

DOCS = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("db")
    report = ingest(corpus_files(), db_path=folder / "plans.db", json_dir=folder / "json", workers=1,
                    jsonl_path=folder / "plans.jsonl")
    assert report.ok
    return folder


def documented_columns(name: str) -> list[str]:
    section = re.search(rf"^### {name}\n(.*?)(?=^##)", DOCS + "\n##", re.S | re.M)
    assert section, f"docs/schema.md has no section for {name}"
    return re.findall(r"^\| `(\w+)` \|", section.group(1), re.M)


def test_every_table_and_view_is_documented_column_by_column():
    db = open_db(":memory:")
    names = [t for t in db.table_names() if "_fts" not in t] + db.view_names()
    for name in names:
        assert documented_columns(name) == [c.name for c in db[name].columns], name


REGISTRY_TABLES = ("agencies", "agency_aliases", "agency_successions", "registry_version")


def test_every_join_column_is_indexed():
    db = open_db(":memory:")
    for table in db.tables:
        if "_fts" in table.name:
            continue
        leading = {index.columns[0] for index in table.indexes} | set(table.pks[:1])
        for key in table.foreign_keys:
            assert key.column in leading, f"{table.name}.{key.column} is a join column without an index"
        if table.name not in ("documents", "ingest_errors", "links_pending", *REGISTRY_TABLES):
            assert "document_id" in leading and "documents" in {k.other_table for k in table.foreign_keys}, table.name
    assert ["document_id", "task_id"] in [i.columns for i in db["task_agencies"].indexes]
    assert {key.other_table for key in db["task_agencies"].foreign_keys} == {"documents", "agencies"}


def test_user_version_is_recorded(database):
    assert sqlite3.connect(database / "plans.db").execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION


@pytest.mark.parametrize("found, word", [(0, "older"), (DB_SCHEMA_VERSION + 1, "newer")])
def test_a_database_of_another_layout_is_refused_untouched(tmp_path, found, word):
    path = tmp_path / "plans.db"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, number TEXT)")
    old.execute("INSERT INTO documents VALUES ('x', '1/KH-UBND')")
    old.execute(f"PRAGMA user_version = {found}")
    old.commit()
    old.close()
    with pytest.raises(DatabaseVersionError, match=word):
        open_db(path)
    result = CliRunner().invoke(main, ["ingest", str(corpus_files()[0]), "--db", str(path), "--json-dir", str(tmp_path / "j")])
    assert result.exit_code != 0 and str(path) in result.output and word in result.output
    assert sqlite3.connect(path).execute("SELECT number FROM documents").fetchall() == [("1/KH-UBND",)]


def test_task_list_has_one_row_per_task_with_its_agencies(database):
    db = sqlite_utils.Database(database / "plans.db")
    assert db["task_list"].count == db["tasks"].count > 0
    for row in db.query("SELECT * FROM task_list WHERE lead IS NOT NULL LIMIT 50"):
        leads = list(db.query(
            "SELECT a.name, COALESCE(g.canonical_name, a.name) AS canonical FROM task_agencies a "
            "LEFT JOIN agencies g ON g.id = a.agency_id WHERE a.document_id = ? AND a.task_id = ? AND a.role = 'lead' "
            "ORDER BY a.ordinal", [row["document_id"], row["task_id"]]))
        assert row["lead"].split("; ") == [r["canonical"] for r in leads]
        assert row["lead_as_printed"].split("; ") == [r["name"] for r in leads]
        number = db.execute("SELECT number FROM documents WHERE id = ?", [row["document_id"]]).fetchone()[0]
        assert row["document_number"] == number


def test_tasks_per_agency_year_adds_up(database):
    db = sqlite_utils.Database(database / "plans.db")
    total = db.execute("SELECT sum(tasks) FROM tasks_per_agency_year WHERE role = 'lead'").fetchone()[0]
    assert total == db.execute("SELECT count(*) FROM task_agencies WHERE role = 'lead'").fetchone()[0] > 0
    years = {row[0] for row in db.execute("SELECT DISTINCT year FROM tasks_per_agency_year")}
    assert years and all(y is None or (isinstance(y, int) and 1900 < y < 2100) for y in years)  # typed: year = 2025


def test_document_list_counts_warnings_and_tasks(database):
    db = sqlite_utils.Database(database / "plans.db")
    for row in db.query("SELECT * FROM document_list"):
        assert row["warnings"] == db.execute("SELECT count(*) FROM warnings WHERE document_id = ?", [row["id"]]).fetchone()[0]
        assert row["tasks"] == db.execute("SELECT count(*) FROM tasks WHERE document_id = ?", [row["id"]]).fetchone()[0]


@pytest.mark.parametrize("table, column, query", [
    ("tasks", "content", "so noi vu"),            # finds "Sở Nội vụ"
    ("sections", "heading", "to chuc thuc hien"),  # finds "TỔ CHỨC THỰC HIỆN"
    ("documents", "place", "ha noi"),              # finds "Hà Nội"
])
def test_search_without_tone_marks_finds_what_folding_finds(database, table, column, query):
    db = sqlite_utils.Database(database / "plans.db")
    found = {r[0] for r in db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [f'"{query}"'])}
    expected = {r[0] for r in db.execute(f"SELECT rowid, {column} FROM {table}") if query in fold(r[1] or "")}
    assert expected and found >= expected


def test_plans_jsonl_holds_every_document_valid(database):
    lines = (database / "plans.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(corpus_files())
    check = validator()
    for line in lines:
        assert check.is_valid(json.loads(line))


def test_full_text_indexes_merge_less_often_and_stay_whole_over_many_commits(tmp_path, monkeypatch):
    """A new database's full-text indexes merge more segments of a level at a time than FTS5's default of 4 (more work
    for the writer); over many small commits (one per document here) each index still holds exactly its table's rows,
    and a phrase finds what folding finds."""
    from pipeline import ingest as ingest_module
    from pipeline.outputs.load import FTS_AUTOMERGE

    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 1)
    files = corpus_files()
    for count in (len(files) // 2, len(files)):  # two runs: the second adds segments to an index that has some
        assert ingest(files[:count], db_path=tmp_path / "plans.db", json_dir=None, workers=1).ok
    db = sqlite3.connect(tmp_path / "plans.db")
    for table in ("documents", "sections", "tasks"):
        assert db.execute(f"SELECT v FROM {table}_fts_config WHERE k = 'automerge'").fetchone() == (FTS_AUTOMERGE,) != (4,)
        db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")  # raises when not whole
    found = {r[0] for r in db.execute("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?", ['"so noi vu"'])}
    expected = {r[0] for r in db.execute("SELECT rowid, content FROM tasks") if "so noi vu" in fold(r[1] or "")}
    assert expected and found >= expected
