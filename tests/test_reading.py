"""The read-only database access of the exports (pipeline/outputs/reading.py): the same tables, columns and keys as
sqlite-utils reads, and the same refusals as ``load.read_db``."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import DatabaseVersionError
from pipeline.outputs import reading
from pipeline.outputs.dbschema import OLDEST_MIGRATED
from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db, read_db


@pytest.fixture()
def database(tmp_path):
    """A database of this layout (every table and view), with a table of a compound primary key and a compound
    foreign key added, and a table without a key."""
    path = tmp_path / "plans.db"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pairs (a TEXT, b INTEGER, note, PRIMARY KEY (b, a))")
    conn.execute('CREATE TABLE "odd ""name""" (x TEXT, a TEXT, b INTEGER, FOREIGN KEY (b, a) REFERENCES pairs (b, a))')
    conn.close()
    return path


def test_tables_columns_and_keys_are_those_sqlite_utils_reads(database):
    expected = sqlite_utils.Database(database)
    conn = reading.open_for_reading(database)
    assert reading.table_names(conn) == expected.table_names() and "pairs" in expected.table_names()
    assert reading.view_names(conn) == expected.view_names() and expected.view_names()
    for name in expected.table_names() + expected.view_names():
        assert [(c.name, c.type) for c in reading.columns(conn, name)] == [(c.name, c.type) for c in expected[name].columns]
    for name in expected.table_names():
        pks = expected[name].pks
        assert reading.primary_key(conn, name) == ([] if pks == ["rowid"] else pks)
        assert reading.foreign_keys(conn, name) == [(list(k.columns), k.other_table, list(k.other_columns))
                                                   for k in expected[name].foreign_keys]
    assert reading.primary_key(conn, "pairs") == ["b", "a"]
    assert reading.foreign_keys(conn, 'odd "name"') == [(["b", "a"], "pairs", ["b", "a"])]
    assert any(reading.foreign_keys(conn, name) for name in expected.table_names() if name not in ("pairs", 'odd "name"'))


def _layout(version):
    def make(path):
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE documents (id TEXT)")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
    return make


_older = _layout(OLDEST_MIGRATED - 1)
_migratable = _layout(DB_SCHEMA_VERSION - 1)  # an ingest adds its new columns; a report asks for that ingest first


def _empty(path):
    sqlite3.connect(path).close()
    path.write_bytes(b"")


def _not_sqlite(path):
    path.write_bytes(b"not a database at all, just text " * 200)


@pytest.mark.parametrize("make, words", [
    (_older, "written by an older version of kehoach"),
    (_migratable, "ingest into it once to bring it up to date"),
    (_empty, "not a database written by kehoach ingest"),
    (_not_sqlite, "cannot read the database"),
    (None, "no such database"),
])
def test_a_file_that_is_not_a_database_of_this_layout_is_refused_as_read_db_refuses_it(tmp_path, make, words):
    path = tmp_path / "x.db"
    if make:
        make(path)
    with pytest.raises(DatabaseVersionError) as light:
        reading.open_for_reading(path)
    with pytest.raises(DatabaseVersionError) as full:
        read_db(path)
    assert words in light.value.reason and (light.value.path, light.value.reason) == (full.value.path, full.value.reason)
    result = CliRunner().invoke(main, ["datapackage", "--db", str(path), "--out", str(tmp_path / "dp")])
    if make:  # (click refuses a missing --db itself)
        assert result.exit_code == 1 and words in result.output and not (tmp_path / "dp").exists()


def test_a_server_database_is_refused():
    with pytest.raises(DatabaseVersionError, match="read a SQLite database"):
        reading.open_for_reading("postgresql://kh@localhost/plans")
