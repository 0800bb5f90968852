"""PostgreSQL as the database (``kehoach ingest --db postgresql://…``), with psycopg 3.

The tables, keys and indexes are rendered from ``dbschema`` (the definition the SQLite tables are made from), the
views are views.sql itself (SQLite's group_concat, json_each and json_extract are given to PostgreSQL by
data/postgres_functions.sql), and the rows are written by the same ``load`` functions. Choices:

- Text columns use the "C" collation: text sorts and compares by code point as in SQLite, so the first path of a
  document, the order of a view and every comparison are the same on both backends.
- Search: each folded column (``fold()`` in Python when the row is written, so both backends fold alike) has a GIN
  index on ``to_tsvector('simple', column)``: word search without tone marks, like SQLite's FTS5 table, with
  nothing to install on the server (pg_trgm and unaccent are extensions, and unaccent folds otherwise than
  ``fold``). Query with ``to_tsvector('simple', text_folded) @@ phraseto_tsquery('simple', <folded words>)``.
- The layout's version is in the ``kehoach_layout`` table (SQLite keeps it in ``PRAGMA user_version``).
- One ingest at a time per database: a session advisory lock, taken when the database is opened for writing.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row

from .dbschema import DB_SCHEMA_VERSION, OLDEST_MIGRATED, TABLES, Table, added_columns, index_name
from ..errors import OutputError
from .load import shown_db as redacted

FUNCTIONS_SQL = Path(__file__).parent.parent / "data" / "postgres_functions.sql"
TYPES = {str: 'text COLLATE "C"', int: "bigint", float: "double precision"}
# The key of the advisory lock an ingest holds on its database.
INGEST_LOCK = 0x6B65686F  # "keho"


@lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """The project's SQL (``?`` placeholders, as sqlite3 takes them) in psycopg's form (``%s``)."""
    return sql.replace("%", "%%").replace("?", "%s")


def search_index_name(table: str, column: str) -> str:
    return f"idx_{table}_{column}_search"


def table_ddl(table: Table) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of one table of ``dbschema``."""
    parts = [f'"{name}" {TYPES[kind]}' for name, kind in table.columns.items()]
    if table.pk:
        parts.append(f"PRIMARY KEY ({', '.join(map(_quoted, table.pk))})")
    parts += [f'FOREIGN KEY ("{column}") REFERENCES "{other}" ("{other_column}")'
              for column, other, other_column in table.foreign_keys]
    statements = [f'CREATE TABLE IF NOT EXISTS "{table.name}" ({", ".join(parts)})']
    statements += [f'CREATE INDEX IF NOT EXISTS "{index_name(table.name, columns)}" ON "{table.name}" '
                   f"({', '.join(map(_quoted, columns))})" for columns in table.indexes]
    statements += [f'CREATE UNIQUE INDEX IF NOT EXISTS "{index_name(table.name, columns)}" ON "{table.name}" '
                   f"({', '.join(map(_quoted, columns))})" for columns in table.unique]
    statements += [f'CREATE INDEX IF NOT EXISTS "{search_index_name(table.name, column)}" ON "{table.name}" '
                   f"USING gin (to_tsvector('simple', \"{column}\"))" for column in table.search]
    return statements


def _quoted(name: str) -> str:
    return f'"{name}"'


def schema_ddl() -> list[str]:
    """Every statement that creates the tables and indexes (``IF NOT EXISTS``: run on every open)."""
    return [statement for table in TABLES.values() for statement in table_ddl(table)]


class _Transactions:
    """What ingest's Batch and ``load.transaction`` call on ``db.conn``, as sqlite3's connection has it."""

    def __init__(self, pg: psycopg.Connection):
        self.pg = pg

    @property
    def in_transaction(self) -> bool:
        return self.pg.info.transaction_status != TransactionStatus.IDLE

    def commit(self) -> None:
        self.pg.execute("COMMIT")

    def rollback(self) -> None:
        self.pg.execute("ROLLBACK")


class PostgresDatabase:
    """A PostgreSQL database with the calls the writer makes on sqlite-utils' Database (``execute``, ``query``,
    ``executemany``, ``atomic``, ``table_names`` …), SQL written with ``?`` placeholders. Transactions are
    explicit (``begin``, ``conn.commit``), as the writer makes them on SQLite."""

    backend = "postgresql"

    def __init__(self, url: str):
        self.name = redacted(url)
        self.pg = psycopg.connect(url, autocommit=True)
        self.conn = _Transactions(self.pg)
        self.holds_ingest_lock = False

    def begin(self) -> None:
        self.pg.execute("BEGIN")

    def execute(self, sql: str, params=None) -> psycopg.Cursor:
        return self.pg.execute(_placeholders(sql), params) if params else self.pg.execute(sql)

    def executescript(self, sql: str) -> None:
        self.pg.execute(sql)  # several statements, no parameters: one simple query

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.pg.cursor() as cursor:
            cursor.executemany(_placeholders(sql), rows)

    def insert_many(self, table: str, rows: list[tuple]) -> None:
        """New rows, tuples in ``dbschema``'s column order, with COPY: half the CPU of an INSERT per row, on both
        sides of the connection."""
        columns = ", ".join(map(_quoted, TABLES[table].columns))
        with self.pg.cursor() as cursor, cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)

    def index_search(self, table: str, doc_ids: list[str]) -> None:
        """Nothing to do: the GIN indexes follow the rows (load calls this for SQLite's FTS5 tables)."""

    def query(self, sql: str, params=None) -> Iterator[dict]:
        with self.pg.cursor(row_factory=dict_row) as cursor:
            cursor.execute(_placeholders(sql) if params else sql, params or None)
            rows = cursor.fetchall()
        return iter(rows)

    @contextmanager
    def atomic(self) -> Iterator[PostgresDatabase]:
        """A savepoint inside an open transaction, else a transaction: all of it or none."""
        if not self.conn.in_transaction:
            self.begin()
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
            return
        self.pg.execute("SAVEPOINT kehoach_atomic")
        try:
            yield self
        except BaseException:
            if self.pg.info.transaction_status != TransactionStatus.IDLE:
                self.pg.execute("ROLLBACK TO SAVEPOINT kehoach_atomic")
                self.pg.execute("RELEASE SAVEPOINT kehoach_atomic")
            raise
        self.pg.execute("RELEASE SAVEPOINT kehoach_atomic")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.pg.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")]

    def view_names(self) -> list[str]:
        return [row[0] for row in self.pg.execute(
            "SELECT viewname FROM pg_views WHERE schemaname = current_schema() ORDER BY viewname")]

    @staticmethod
    def ascii_lower(expression: str) -> str:
        return f'lower({expression} COLLATE "C")'  # in the C collation lower() changes ASCII letters only

    @contextmanager
    def references_unchecked(self) -> Iterator[None]:
        """As SQLite's writer (``load.SQLiteDatabase.references_unchecked``): here the foreign keys stay checked (a
        server checks them at a cost it bears, not the writing process)."""
        yield

    def close(self) -> None:
        """The ingest lock is released before the connection closes: closing alone leaves it to the server process's
        exit, which comes after the client has gone on, so an ingest opened right after this one could find it held."""
        if self.holds_ingest_lock and not self.pg.closed:
            try:
                if self.pg.info.transaction_status != TransactionStatus.IDLE:
                    self.pg.execute("ROLLBACK")  # a failed transaction refuses every command
                self.pg.execute("SELECT pg_advisory_unlock(%s)", [INGEST_LOCK])
            except psycopg.Error:
                pass  # a broken connection: its server process ends and takes the lock along
            self.holds_ingest_lock = False
        self.pg.close()


def open_db(url: str) -> PostgresDatabase:
    """The database at ``url``, for writing: the tables and views created where missing, the registry written, the
    ingest lock taken. Raises OutputError (the URL without its password) when the server cannot be reached or
    written, or another ingest holds the database, DatabaseVersionError for a database of another layout."""
    from .load import describe, sync_registry  # load imports this module only when a URL is given

    try:
        db = PostgresDatabase(url)
    except psycopg.Error as error:
        raise OutputError(redacted(url), f"cannot connect to the database: {describe(error)}") from None
    try:
        if not db.pg.execute("SELECT pg_try_advisory_lock(%s)", [INGEST_LOCK]).fetchone()[0]:
            raise OutputError(db.name, "another kehoach ingest is writing this database; wait for it to finish, "
                                       "or write to another database with --db")
        db.holds_ingest_lock = True
        check_version(db)
        ensure_schema(db)
        sync_registry(db)
        db.executescript(FUNCTIONS_SQL.read_text(encoding="utf-8"))
        # views.sql drops each view before creating it; PostgreSQL refuses to drop a view another one reads
        for view in db.view_names():
            db.execute(f'DROP VIEW IF EXISTS "{view}" CASCADE')
        from .load import VIEWS_SQL

        db.executescript(VIEWS_SQL.read_text(encoding="utf-8"))
    except psycopg.Error as error:
        db.close()
        raise OutputError(db.name, f"cannot open or write the database: {describe(error)}") from None
    except BaseException:
        db.close()
        raise
    return db


def check_version(db: PostgresDatabase) -> None:
    """A database of another layout is refused, never half-written (load.check_version for SQLite)."""
    from .load import layout_refused

    tables = set(db.table_names())
    if "kehoach_layout" in tables:
        found = db.execute("SELECT version FROM kehoach_layout").fetchone()
        found = found[0] if found else 0
    else:
        found = 0
    if found == DB_SCHEMA_VERSION or (found == 0 and not tables & set(TABLES)) or OLDEST_MIGRATED <= found < DB_SCHEMA_VERSION:
        return
    raise layout_refused(db.name, found)


def ensure_schema(db: PostgresDatabase) -> None:
    from .load import json_name_index

    with db.atomic():
        for statement in schema_ddl():
            db.execute(statement)
        db.execute(json_name_index(db))
        db.execute("CREATE TABLE IF NOT EXISTS kehoach_layout (version integer NOT NULL)")
        if db.execute("SELECT count(*) FROM kehoach_layout").fetchone()[0] == 0:
            db.execute("INSERT INTO kehoach_layout (version) VALUES (?)", [DB_SCHEMA_VERSION])
        found = db.execute("SELECT version FROM kehoach_layout").fetchone()[0]
        if found < DB_SCHEMA_VERSION:  # an older layout (check_version let it through): the columns added since
            for table, column, kind in added_columns(found):
                db.execute(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS "{column}" {TYPES[kind]}')
            db.execute("UPDATE kehoach_layout SET version = ?", [DB_SCHEMA_VERSION])
