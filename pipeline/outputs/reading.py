"""A database an ingest wrote, opened to read it, with the standard library's ``sqlite3`` alone.

Exports that only read tables and views (``kehoach datapackage``) use this, so that their start-up does not pay for
sqlite-utils (and what it imports: a fifth of such a command's CPU); ``load.read_db`` wraps the same connection in
sqlite-utils for the readers that query through it. Importing this module imports nothing else of the project but
the database's layout version.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .dbschema import DB_SCHEMA_VERSION
from ..errors import DatabaseVersionError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")  # what ``--db`` takes for a PostgreSQL database
BUSY_TIMEOUT_SECONDS = 60.0  # how long a read waits for another connection's write to finish


def is_postgres(target: Path | str) -> bool:
    """Whether ``--db`` names a PostgreSQL database (a URL) rather than a SQLite file."""
    return str(target).startswith(POSTGRES_SCHEMES)


def shown_db(target: Path | str) -> str:
    """The database as messages name it: a URL without its password."""
    if not is_postgres(target):
        return str(target)
    return re.sub(r"(password=)[^&]*", r"\1***", re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", str(target)))


def open_for_reading(path: Path | str) -> sqlite3.Connection:
    """The SQLite database an ingest wrote at ``path``; nothing in it is changed. Raises DatabaseVersionError for a
    PostgreSQL URL, a missing file, or a file that is not a database of this layout."""
    if is_postgres(path):
        raise DatabaseVersionError(str(path), "reports and exports read a SQLite database: give its file with --db")
    if not Path(path).is_file():
        raise DatabaseVersionError(str(path), "no such database: ingest files into it first (kehoach ingest)")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        empty = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is None
    except sqlite3.Error as error:
        raise DatabaseVersionError(str(path), f"cannot read the database: {describe(error)}") from None
    if found != DB_SCHEMA_VERSION:
        name = conn.execute("PRAGMA database_list").fetchone()[2]
        conn.close()
        if found == 0 and empty:
            raise DatabaseVersionError(str(path), "not a database written by kehoach ingest")
        from .load import layout_refused  # only on this error: it imports sqlite-utils

        raise layout_refused(name, found)
    return conn


def describe(error: BaseException) -> str:
    """An OS or SQLite error in a few words: "No space left on device", "attempt to write a readonly database"."""
    return getattr(error, "strerror", None) or str(error).strip() or type(error).__name__


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def view_names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]


@dataclass(frozen=True)
class Column:
    """A column of a table or view as ``PRAGMA table_info`` gives it (``type`` empty for a view's computed column;
    ``is_pk`` its 1-based place in the primary key, 0 when not in it)."""

    name: str
    type: str
    is_pk: int


def columns(conn: sqlite3.Connection, name: str) -> list[Column]:
    return [Column(row[1], row[2], row[5]) for row in conn.execute(f"PRAGMA table_info({_quoted(name)})")]


def primary_key(conn: sqlite3.Connection, name: str) -> list[str]:
    """The primary key's columns in their declared order; empty when the table has none (its rows have a rowid)."""
    return [c.name for c in sorted((c for c in columns(conn, name) if c.is_pk), key=lambda c: c.is_pk)]


def foreign_keys(conn: sqlite3.Connection, name: str) -> list[tuple[list[str], str, list[str]]]:
    """Each foreign key of a table as (its columns, the other table, the other table's columns), in key order."""
    keys: dict[int, list] = {}
    for key_id, seq, other, column, other_column, *_ in conn.execute(f"PRAGMA foreign_key_list({_quoted(name)})"):
        keys.setdefault(key_id, []).append((seq, other, column, other_column))
    out = []
    for key_id in sorted(keys):
        parts = sorted(keys[key_id])
        out.append(([p[2] for p in parts], parts[0][1], [p[3] for p in parts]))
    return out


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
