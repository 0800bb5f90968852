"""Load: write a Document into the SQLite database with sqlite-utils.

One row per distinct content in ``documents``, keyed by the file's SHA-256, so that ingesting the same file
again replaces its rows instead of adding new ones; ``source_files`` has one row per path, so identical bytes
at two paths are one document with two paths. A changed file at the same path replaces the old version.
Writes happen inside ``transaction`` (``BEGIN IMMEDIATE``): a document is written completely or not at all.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator


def _import_sqlite_utils():
    """sqlite-utils, imported without numpy and pandas unless something imported them already: it imports them
    when they are installed only to store their values (numpy alone is a third of ``kehoach datapackage``'s CPU),
    and the project stores Python values only."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # an import of it raises ImportError, which sqlite-utils takes as "not installed"
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()
# Python 3.11's sqlite3 binds None as NULL only after looking for an adapter, a lookup that builds an AttributeError
# each time: with one registered (a C call returning None, so still NULL) a null costs half as much, and a sixth of
# the values the writer binds are nulls.
sqlite3.register_adapter(type(None), {}.get)

if TYPE_CHECKING:  # the model (pydantic) is not imported by a run that finds nothing to read
    from ..model import Addressee, AgencyMention, Deadline, Document, DocumentMetadata

from .. import SCHEMA_VERSION, __version__
from .dbschema import (BOOLEAN_COLUMNS, CHILD_TABLES, DATE_COLUMNS, DB_SCHEMA_VERSION, DEADLINE_COLUMNS, FULL_TEXT,  # noqa: F401
                       MENTION_COLUMNS, SEARCHED_CHILDREN, TABLES)
from .reading import BUSY_TIMEOUT_SECONDS, POSTGRES_SCHEMES, describe, is_postgres, open_for_reading, shown_db  # noqa: F401
from .dbschema import OLDEST_MIGRATED, added_columns
from parsers import OCR_TIMEOUT

from ..errors import DatabaseVersionError, OutputError
from ..resources import json_data
from .sqlfunctions import register as register_sql_functions
from ..text import fold


def pipeline_version() -> str:
    """Changes with anything that changes what is extracted: files ingested by another version are read again. The
    registry's digest (the package's files and the registry folder's) is part of it, so an alias a clerk adds reaches
    the documents ingested before."""
    from ..stages.registry import registry_digest  # imported by the commands that write, not by the exports

    return f"{__version__}+schema{SCHEMA_VERSION}+registry{registry_digest()}"


VIEWS_SQL = Path(__file__).parent.parent / "data" / "views.sql"
_SQLITE_TYPES = {str: "TEXT", int: "INTEGER", float: "FLOAT"}  # as sqlite-utils creates the columns

# The text of a block a warning or a field points at, as stored beside it, is cut at this length.
SOURCE_TEXT_CHARS = 2000


# The page size of a SQLite database the writer creates (bytes).
PAGE_SIZE = 16384
# The writer's SQLite page cache (KiB).
WRITER_CACHE_KIB = 64 * 1024
# FTS5's automerge of a new full-text index: how many index segments of one level are merged into one of the next.
# FTS5's default (4) merges the segments each commit adds more often than needed: 8 takes 7% off the writer's work
# per document (16: 4%; instructions counted by cachegrind on text samples), for a few more segments read per query.
# The same rows match either way.
FTS_AUTOMERGE = 8
class SQLiteDatabase(sqlite_utils.Database):
    """sqlite-utils' Database with the few calls the writer makes on either backend (``postgres.PostgresDatabase``
    has the same): ``begin``, ``executemany``, and SQL for the parts the two dialects spell differently."""

    backend = "sqlite"
    copies_images = True  # load_many writes a document's rows with ``copy_images`` (False: ``write_rows``, as PostgreSQL)
    images_attached = False  # whether IMAGE_SCHEMA is attached (``copy_images``)

    def begin(self) -> None:
        """BEGIN IMMEDIATE: a deferred transaction that read first cannot wait for another writer ("database is
        locked" at once); this one waits up to BUSY_TIMEOUT_SECONDS."""
        self.execute("BEGIN IMMEDIATE")

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    def insert_many(self, table: str, rows: list[tuple]) -> None:
        """New rows, tuples in ``dbschema``'s column order."""
        self.conn.executemany(_insert_sql(table, False), rows)

    def index_search(self, table: str, doc_ids: list[str]) -> None:
        """Add the documents' new rows of ``table`` to its FTS5 index, in one statement: six times faster than the
        insert trigger sqlite-utils makes, which ``ensure_schema`` removes for the document's tables (the update and
        delete triggers stay)."""
        columns = ", ".join(f'"{c}"' for c in FULL_TEXT[table])
        self.execute(f'INSERT INTO "{table}_fts" (rowid, {columns}) SELECT rowid, {columns} FROM "{table}" '
                     "WHERE document_id IN (SELECT value FROM json_each(?))", [json.dumps(doc_ids)])

    def copy_images(self, images: list[bytes]) -> None:
        """Write documents whose rows come as ``rows_image``s: each image in turn opened as the attached schema
        ``IMAGE_SCHEMA`` and its tables copied by SQLite itself (``INSERT … SELECT``), the documents and agencies as
        ``write_tuples`` upserts them; no Python object per value, where binding tuples (and unpickling them, as a
        worker sends them) took half the writer's work on the rows. Each table gets its rows in the order of the
        documents, as ``write_rows`` writes them (the same rowids)."""
        if not self.images_attached:
            self.execute(f"ATTACH ':memory:' AS {IMAGE_SCHEMA}")  # SQLite lets an in-memory one in a transaction
            self.images_attached = True
        for image in images:
            self.conn.deserialize(image, name=IMAGE_SCHEMA)
            # the statements below are compiled once for the image schema's root pages: an image of another layout
            # must not be read by them
            if self.execute(f"SELECT name, rootpage, sql FROM {IMAGE_SCHEMA}.sqlite_master").fetchall() != _image_schema():
                raise ValueError("a document's rows come in an image of another layout (another kehoach version)")
            for table in IMAGE_TABLES:
                self.execute(_copy_sql(table))

    @staticmethod
    def ascii_lower(expression: str) -> str:
        return f"lower({expression})"  # SQLite's lower() changes ASCII letters only

    @contextmanager
    def references_unchecked(self) -> Iterator[None]:
        """Foreign keys not enforced for a while (outside a transaction: SQLite ignores the pragma inside one): each
        row the writer inserts would otherwise look its document and agency up again (4% of the writer's instructions
        per document: bench/writer_instructions.py --ingest). The writer makes every reference itself (a document's
        rows with the document, agencies from the registry it wrote or with the document: a commune's bodies); tests
        check an ingest's database with ``PRAGMA foreign_key_check``."""
        self.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            self.execute("PRAGMA foreign_keys = ON")


def connect(path: Path | str) -> SQLiteDatabase:
    """A connection with the project's SQL functions (``fold`` …), whatever it is used for."""
    memory = str(path) == ":memory:"
    # sqlite-utils' plugins are not run: the functions they would register (ours) are registered here
    db = SQLiteDatabase(sqlite3.connect(":memory:" if memory else str(path), timeout=BUSY_TIMEOUT_SECONDS),
                        execute_plugins=False)
    register_sql_functions(db.conn)
    return db


def open_db(path: Path | str):
    """The database, created if missing, with its tables and views, for writing: a SQLite file, or a PostgreSQL
    database when ``path`` is a ``postgresql://`` URL. A database that cannot be opened or written (read-only
    folder, full disk, not a database, server refused) raises OutputError naming it."""
    if is_postgres(path):
        from .postgres import open_db as open_postgres  # psycopg is imported only for a PostgreSQL database

        return open_postgres(str(path))
    memory = str(path) == ":memory:"
    try:
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
        check_version(db)  # before anything writes to it, even the journal mode
        if not memory:
            # a new database's page size (an existing one keeps its own): a fifth less of the writer's CPU than the
            # default 4 KiB with the project's long rows (bench/writer.py), fewer pages written to the WAL and back
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.enable_wal()  # readers (Datasette) and a killed run never see half a transaction
            # WAL with synchronous=NORMAL: a commit is not synced to disk (a checkpoint is), which WAL keeps
            # consistent; a killed process loses nothing committed, a power cut at most the last batches, whose files
            # are read again. A larger page cache keeps the indexes of a large database in memory while it grows.
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        ensure_schema(db)
    except (OSError, sqlite3.Error) as error:
        raise OutputError(str(path), f"cannot open or write the database: {describe(error)}") from None
    return db


def database_error_types() -> tuple[type[BaseException], ...]:
    """The exceptions a database raises when it cannot be written: SQLite's, and psycopg's once it is loaded."""
    psycopg = sys.modules.get("psycopg")
    return (sqlite3.Error,) + ((psycopg.Error,) if psycopg is not None else ())


def read_db(path: Path | str) -> sqlite_utils.Database:
    """A database an ingest wrote, opened to read it (reports, exports): nothing in it is changed, not even the
    registry tables. Raises DatabaseVersionError for a file that is not a database of this layout."""
    db = SQLiteDatabase(open_for_reading(path), execute_plugins=False)
    register_sql_functions(db.conn)
    return db


def begin(db) -> None:
    """Open a write transaction (``SQLiteDatabase.begin``: one that waits for another writer)."""
    db.begin()


@contextmanager
def transaction(db) -> Iterator[None]:
    """One write transaction (``begin``), committed at the end, rolled back on an error."""
    begin(db)
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def layout_refused(name: str, found: int) -> DatabaseVersionError:
    """The error for a database of another layout: its rows would not match the columns, so it is never written."""
    older = found < DB_SCHEMA_VERSION
    if OLDEST_MIGRATED <= found < DB_SCHEMA_VERSION:
        return DatabaseVersionError(name, f"database layout {found} is older than this version's ({DB_SCHEMA_VERSION}): "
                                          "ingest into it once to bring it up to date")
    return DatabaseVersionError(
        name,
        f"database layout {found} was written by {'an older' if older else 'a newer'} version of kehoach "
        f"(this version writes layout {DB_SCHEMA_VERSION}); "
        + ("everything in it comes from the source files: delete it and ingest again" if older
           else "use that version, or write to another database with --db"))


def check_version(db: sqlite_utils.Database) -> None:
    """A database of another layout is refused, never half-written: its rows would not match the columns."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found == DB_SCHEMA_VERSION or (found == 0 and not db.table_names()) or OLDEST_MIGRATED <= found < DB_SCHEMA_VERSION:
        return
    raise layout_refused(str(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"), found)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """The tables of ``dbschema.TABLES`` that are missing, with their indexes and full-text indexes (FTS5 over the
    folded columns: "to chuc thuc hien", đ -> d), the registry, and the views."""
    db.execute("PRAGMA foreign_keys = ON")
    existing = set(db.table_names())
    for table in TABLES.values():
        if table.name in existing:
            continue
        db[table.name].create(table.columns, pk=table.pk[0] if len(table.pk) == 1 else (table.pk or None),
                              foreign_keys=list(table.foreign_keys))
        for columns in table.indexes:
            db[table.name].create_index(list(columns))
        for columns in table.unique:
            db[table.name].create_index(list(columns), unique=True)
        if table.search:
            db[table.name].enable_fts(list(table.search), tokenize="unicode61 remove_diacritics 2", create_triggers=True)
            with db.conn:  # kept in the index's own config table
                db.execute(f'INSERT INTO "{table.name}_fts" ("{table.name}_fts", rank) VALUES (\'automerge\', ?)',
                           [FTS_AUTOMERGE])
    for name in SEARCHED_CHILDREN:  # load() indexes a document's new rows itself
        db.execute(f'DROP TRIGGER IF EXISTS "{name}_ai"')
    db.execute(json_name_index(db))  # a database made before this index gets it too
    if not existing:
        db.execute(f"PRAGMA user_version = {DB_SCHEMA_VERSION}")
    elif (found := db.execute("PRAGMA user_version").fetchone()[0]) < DB_SCHEMA_VERSION:
        with db.conn:  # an older layout (check_version let it through): the columns added since
            for table, column, kind in added_columns(found):
                if column not in db[table].columns_dict:  # as PostgreSQL's ADD COLUMN IF NOT EXISTS
                    db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {_SQLITE_TYPES[kind]}')
            db.execute(f"PRAGMA user_version = {DB_SCHEMA_VERSION}")
    sync_registry(db)
    db.executescript(VIEWS_SQL.read_text(encoding="utf-8"))


def sync_registry(db: sqlite_utils.Database) -> None:
    """Write the agency registry into the database when its files changed since the last run. Agencies no longer in
    the registry are kept while documents still point at them (they go when those documents are read again)."""
    from ..stages.registry import registry, registry_digest

    digest = registry_digest()
    if db.execute("SELECT 1 FROM registry_version WHERE digest = ?", [digest]).fetchone():
        return
    reg = registry()
    with transaction(db):
        upsert_rows(db, "agencies", (agency_row(reg, a) for a in reg.agencies.values()))
        db.execute("DELETE FROM agency_aliases")
        insert_rows(db, "agency_aliases", ({"agency_id": a.id, "alias": alias} for a in reg.agencies.values()
                                           for alias in dict.fromkeys(a.aliases)))
        db.execute("DELETE FROM agency_successions")
        upsert_rows(db, "agency_successions", (
            {"predecessor_id": s.predecessor, "successor_id": s.successor, "date": s.date, "kind": s.kind,
             "legal_basis": s.legal_basis} for s in reg.successions))
        db.execute("DELETE FROM registry_version")
        insert_rows(db, "registry_version", [{"digest": digest}])


def agency_row(reg, agency) -> dict:
    return {"id": agency.id, "name": agency.name, "canonical_name": agency.canonical_name, "kind": agency.kind,
            "level": agency.level, "jurisdiction": agency.jurisdiction,
            "jurisdiction_name": reg.place(agency.jurisdiction).name, "collective": int(agency.collective),
            "valid_from": agency.valid_from, "valid_until": agency.valid_until,
            "canonical_folded": fold(agency.canonical_name)}


# the tables whose rows name an agency, and the column (only these are read for communes' bodies: not every section,
# warning and field of the document)
_AGENCY_COLUMNS = {"documents": "issuer_agency_id", **{t.name: "agency_id" for t in TABLES.values()
                                                       if "agency_id" in t.column_names}}


def _commune_agency_rows(rows: dict[str, list[dict]]) -> list[dict]:
    """The agencies rows of the communes' bodies and the regional bodies a document names: the registry makes them only
    when a name asks for one (3,321 communes × their bodies, a region's number), so ``sync_registry`` does not write
    them; the document's rows bring them."""
    from ..stages.registry import COMMUNE_ID_MARK, registry

    ids = {row[column] for name, column in _AGENCY_COLUMNS.items() for row in rows.get(name, ())}
    ids = sorted(i for i in ids if i and (COMMUNE_ID_MARK in i.partition("/")[0] or i not in registry().agencies))
    if not ids:
        return []
    reg = registry()
    return [agency_row(reg, agency) for agency in map(reg.agency, ids) if agency is not None]


@lru_cache(maxsize=None)
def _insert_sql(table: str, upsert: bool) -> str:
    """INSERT of every column of ``table`` (``?`` placeholders); ``upsert``: a row whose key is taken is updated in
    place (ON CONFLICT … DO UPDATE, which both SQLite and PostgreSQL read, and which keeps SQLite's FTS triggers
    right where INSERT OR REPLACE would not run the delete trigger)."""
    spec = TABLES[table]
    columns = ", ".join(f'"{c}"' for c in spec.columns)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(spec.columns))})'
    return sql + _on_conflict_update(table) if upsert else sql


def _on_conflict_update(table: str) -> str:
    spec = TABLES[table]
    keys = ", ".join(f'"{c}"' for c in spec.pk)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in spec.columns if c not in spec.pk)
    return f" ON CONFLICT ({keys}) DO UPDATE SET {updates}"


def insert_rows(db, table: str, rows: Iterable[dict], upsert: bool = False) -> None:
    """Write rows (dicts by column name; a column missing is null) into ``table`` in one executemany."""
    columns = TABLES[table].column_names
    write_tuples(db, table, [tuple(map(row.get, columns)) for row in rows], upsert)


def write_tuples(db, table: str, rows: list[tuple], upsert: bool = False) -> None:
    """Write rows given as tuples in ``dbschema``'s column order (new rows: ``db.insert_many``, COPY in
    PostgreSQL)."""
    if rows:
        db.executemany(_insert_sql(table, True), rows) if upsert else db.insert_many(table, rows)


def upsert_rows(db, table: str, rows: Iterable[dict]) -> None:
    insert_rows(db, table, rows, upsert=True)


def mention_row(mention: AgencyMention) -> dict:
    return {"name": mention.name, "agency_id": mention.agency_id, "match": mention.match, "score": mention.score,
            "reason": mention.reason, "name_folded": fold(mention.name), "remark": mention.remark}


def addressee_row(addressee: Addressee) -> dict:
    """An addressee's columns: a body's mention (its name as printed), a person's name alone."""
    where = addressee.where or {}
    mention = mention_row(addressee.agency) if addressee.agency else {**dict.fromkeys(MENTION_COLUMNS),
                                                                      "name_folded": fold(addressee.name)}
    return {**mention, "name": addressee.name, "person": int(addressee.person), "block": where.get("block"),
            "line": where.get("line"), "page": where.get("page")}


def signer_rows(meta: DocumentMetadata) -> Iterator[dict]:
    """Every signature column's signer: the document's (ordinal 1, where its source says), then the co-signers; a
    signer with neither a name nor a position is no row."""
    signer_at = meta.sources["signer"].where if "signer" in meta.sources else None
    signers = [(meta.signer, signer_at), *((c, c.where) for c in meta.co_signers)]
    for ordinal, (signer, where) in enumerate(signers, start=1):
        if ordinal == 1 and signer.name is None and signer.title is None:
            continue
        where = where or {}
        yield {"ordinal": ordinal, "name": signer.name, "title": signer.title, "title_as_printed": signer.title_as_printed,
               "authority": json.dumps(signer.authority, ensure_ascii=False), "signs_for": signer.signs_for,
               "name_folded": _folded(signer.name), "block": where.get("block"), "line": where.get("line"),
               "page": where.get("page")}


def deadline_row(deadline: Deadline | None) -> dict:
    """A deadline's columns (dbschema.DEADLINE_COLUMNS), all null for none."""
    if deadline is None:
        return dict.fromkeys(DEADLINE_COLUMNS)
    return {"deadline_text": deadline.text, "deadline_start": deadline.start, "deadline_end": deadline.end,
            "deadline_recurring": deadline.recurring, "deadline_year_from_plan": int(deadline.year_from_plan),
            "deadline_duration": deadline.duration}


def _folded(value: str | None) -> str | None:
    return fold(value) if value else None



def document_row(doc: Document) -> dict:
    from ..stages.corrections import digest_of

    meta = doc.metadata
    assert meta is not None, "load runs after the metadata stage"
    return {
        "id": doc.origin.sha256,
        "source_path": doc.origin.path,
        "source_name": doc.origin.name,
        "format": doc.origin.format,
        "size": doc.origin.size,
        "schema_version": doc.schema_version,
        "doc_type": meta.doc_type,
        "number": meta.number,
        "symbol": meta.symbol,
        "issued_date": meta.issued_date,
        "issued_date_partial": meta.issued_date_partial,
        "place": meta.place,
        "issuer_name": meta.issuer.name,
        "issuer_parent": meta.issuer.parent,
        "title": meta.title,
        "signer_name": meta.signer.name,
        "signer_title": meta.signer.title,
        "signer_title_as_printed": meta.signer.title_as_printed,
        "signer_authority": json.dumps(meta.signer.authority, ensure_ascii=False),
        "attached": json.dumps([a.model_dump(mode="json") for a in meta.attached], ensure_ascii=False),
        "site_attributes": json.dumps(doc.site_attributes, ensure_ascii=False, sort_keys=True),
        "warning_count": len(doc.warnings),
        "pipeline_version": pipeline_version(),
        "search_folded": fold(" ".join(filter(None, (meta.doc_type, meta.number, meta.title, meta.issuer.name, meta.place)))),
        "issuer_agency_id": meta.issuer.agency.agency_id if meta.issuer.agency else None,
        "jurisdiction": meta.jurisdiction,
        "issuer_joint": json.dumps(meta.issuer.joint, ensure_ascii=False) if meta.issuer.joint else None,
        "joint_numbers": json.dumps([n.model_dump(mode="json") for n in meta.joint_numbers], ensure_ascii=False)
        if meta.joint_numbers else None,
        "field_sources": json.dumps({f: s.model_dump(mode="json") for f, s in meta.sources.items()}, ensure_ascii=False, sort_keys=True),
        "parts": json.dumps([p.model_dump(mode="json", exclude={"issuer": {"agency"}}) for p in meta.parts], ensure_ascii=False)
        if meta.parts else None,
        "issuer_folded": _folded(meta.issuer.name),
        "signer_folded": _folded(meta.signer.name),
        "corrections_digest": digest_of(doc.corrections),
    }


def section_rows(doc: Document):
    ordinal = 0
    for top in doc.sections:
        stack = [(top, None)]
        while stack:
            node, parent = stack.pop()
            ordinal += 1
            yield {
                "document_id": doc.origin.sha256, "ordinal": ordinal, "node_id": node.id, "parent_id": parent,
                "kind": node.kind, "label": node.label, "number": node.number, "level": node.level, "heading": node.heading,
                "text": node.text, "line_start": node.line_start, "line_end": node.line_end, "page_start": node.page_start,
                "page_end": node.page_end, "blocks": json.dumps(node.blocks),
                "attached_to": json.dumps(node.attached_to, ensure_ascii=False) if node.attached_to else None,
                "heading_folded": fold(node.heading or ""), "text_folded": fold(node.text),
            }
            stack.extend((child, node.id) for child in reversed(node.children))


def table_rows(doc: Document) -> dict[str, list[dict]]:
    """Rows for the tables, table_rows, tasks, task_agencies and indicators tables."""
    from ..model import TASK_AGENCY_ROLES  # the model is loaded by now: the document is one

    doc_id = doc.origin.sha256
    out: dict[str, list[dict]] = {"tables": [], "table_rows": [], "tasks": [], "task_agencies": [], "indicators": []}
    for i, t in enumerate(doc.tables, start=1):
        out["tables"].append({"document_id": doc_id, "ordinal": i, "table_id": t.id, "title": t.title, "kind": t.kind,
                              "layout": t.layout, "confidence": t.confidence,
                              "columns": json.dumps([c.name for c in t.columns], ensure_ascii=False),
                              "roles": json.dumps([c.role for c in t.columns]),
                              "evidence": json.dumps([c.evidence for c in t.columns], ensure_ascii=False),
                              "row_count": len(t.rows)})
        for r, row in enumerate(t.rows):
            out["table_rows"].append({"document_id": doc_id, "ordinal": len(out["table_rows"]) + 1, "table_id": t.id, "row": r,
                                      "kind": row.kind, "cells": json.dumps(row.cells, ensure_ascii=False),
                                      "line_start": row.line_start, "line_end": row.line_end, "page": row.page,
                                      "merged_from_above": json.dumps(row.merged_from_above), "uncertain": int(row.uncertain),
                                      "raw": row.raw})
    for i, task in enumerate(doc.tasks, start=1):
        out["tasks"].append({"document_id": doc_id, "ordinal": i, "task_id": task.id, "table_id": task.table,
                             "section": task.section,
                             "number": task.number, "group_path": " > ".join(task.group_path), "content": task.content,
                             **deadline_row(task.deadline),
                             "output": task.output, "note": task.note, "status": task.status,
                             "status_text": task.status_text, "result": task.result, "line_start": task.line_start, "line_end": task.line_end,
                             "page": task.page, "uncertain": int(task.uncertain), "content_folded": fold(task.content),
                             "agencies_folded": _agency_names_folded(task)})
        for role in TASK_AGENCY_ROLES:
            for position, mention in enumerate(getattr(task, role), start=1):
                out["task_agencies"].append({"document_id": doc_id, "ordinal": len(out["task_agencies"]) + 1,
                                             "task_id": task.id, "role": role, "position": position, **mention_row(mention)})
    for i, ind in enumerate(doc.indicators, start=1):
        out["indicators"].append({"document_id": doc_id, "ordinal": i, "indicator_id": ind.id, "table_id": ind.table,
                                  "code": ind.code, "parent_id": ind.parent, "name": ind.name, "max_score": ind.max_score,
                                  "previous_result": ind.previous_result, "target": ind.target,
                                  "lead": json.dumps([m.model_dump() for m in ind.lead], ensure_ascii=False),
                                  "line_start": ind.line_start, "target_high": ind.target_high,
                                  "comparator": ind.comparator, "change": ind.change, "unit": ind.unit,
                                  "target_printed": ind.target_printed, "target_period": ind.target_period,
                                  "target_from": ind.target_from, "target_unit": ind.target_unit,
                                  "period_values": json.dumps([v.model_dump() for v in ind.values], ensure_ascii=False)})
    return out


def _agency_names_folded(task) -> str:
    """The task's agencies, as printed and by their registry names, folded: found by the task search."""
    from ..model import TASK_AGENCY_ROLES

    names = (name for role in TASK_AGENCY_ROLES for m in getattr(task, role) for name in (m.name, m.canonical_name) if name)
    return fold(" ; ".join(dict.fromkeys(names)))


def _source_text(block) -> str | None:
    if block is None:
        return None
    text = block.text if block.text is not None else block.orig
    return text[:SOURCE_TEXT_CHARS] if text else None


def _bbox(where: dict, block) -> str | None:
    """The box to look at, in PDF points from the page's top left: the warning's own (a handwritten field), else its
    block's (a line of a scan or a PDF)."""
    box = where.get("bbox") or (block.prov.bbox if block is not None else None)
    return json.dumps([round(float(v), 1) for v in box]) if box else None


def _own_block(where: dict, blocks: dict):
    """The document's block ``where`` points at; none when it points into another file (a value or a warning from
    a document that cites this one names that file and its block)."""
    return None if "file_name" in where else blocks.get(where.get("block"))


def warning_rows(doc: Document, blocks: dict) -> list[dict]:
    rows = []
    for i, w in enumerate(doc.warnings, start=1):
        where = w.where or {}
        block = _own_block(where, blocks)
        rows.append({"document_id": doc.origin.sha256, "ordinal": i, "code": w.code, "message": w.message,
                     "block": where.get("block"), "line": where.get("line"),
                     "page": where.get("page") or (block.prov.page if block is not None else None),
                     "bbox": _bbox(where, block), "source_text": _source_text(block)})
    return rows


def field_rows(doc: Document, blocks: dict) -> list[dict]:
    """One row per metadata field (pipeline/data/review.json): its value, where it was read, and whether a person
    should look at it (``status``: ok, missing, handwritten, low_confidence, corrected)."""
    review = json_data("review.json")
    meta = doc.metadata
    codes = list(dict.fromkeys(w.code for w in doc.warnings))
    rows = []
    for i, (name, path) in enumerate(review["fields"].items(), start=1):
        value = meta
        for attribute in path.split(".")[1:]:
            value = getattr(value, attribute)
        source = meta.sources.get(name)
        related = [code for code in codes if code in review["field_warnings"].get(name, ())]
        # where it was read; for a field not read, where the warning that says why points (a scan's number line)
        where = (source.where if source else None) or next(
            (w.where for w in doc.warnings if w.code in related and w.where and w.where.get("block")), None) or {}
        block = _own_block(where, blocks)
        if source is not None and source.source == "correction":
            status = "corrected"
        elif not value:
            status = "handwritten" if set(related) & set(review["handwritten"]) else "missing"
        elif source is not None and source.confidence is not None and source.confidence < review["low_confidence"]:
            status = "low_confidence"
        else:
            status = "ok"
        rows.append({"document_id": doc.origin.sha256, "ordinal": i, "field": name, "path": path, "value": value or None,
                     "source": source.source if source else None, "confidence": source.confidence if source else None,
                     "status": status, "warnings": ", ".join(related) or None, "block": where.get("block"),
                     "line": where.get("line"), "page": where.get("page"), "bbox": _bbox(where, block),
                     "source_text": _source_text(block)})
    return rows


def correction_rows(doc_id: str | None, corrections) -> list[dict]:
    """Rows of the corrections table: ``corrections`` are the model's Correction (with the file and sha256 the
    ingest read them with) or corrections.Row."""
    return [{"document_id": doc_id, "line": c.line, "file": getattr(c, "file", None), "sha256": getattr(c, "sha256", None),
             "field": c.field, "value": c.value, "was": c.was, "note": c.note, "who": c.who, "when": c.when,
             "status": c.status, "detail": c.detail} for c in corrections]


@dataclass(frozen=True)
class SourceFile:
    """A file a document was read from, as ``source_files`` stores it."""

    path: str  # absolute
    size: int
    mtime_ns: int
    json_name: str  # the file name of its JSON document in --json-dir


def known_files(db: sqlite_utils.Database) -> dict[str, dict]:
    """What the database holds of each source path: content hash (``id``), size, modification time, JSON name, the
    version of the pipeline that read it, the digest of the corrections applied to it and whether a time limit cut its
    reading short (``cut_short``: warning ``ocr_timeout``, the machine's load as often as the file's)."""
    return {row["path"]: row for row in db.query(
        "SELECT s.path, s.document_id AS id, s.size, s.mtime_ns, s.json_name, d.pipeline_version, d.corrections_digest, "
        "EXISTS (SELECT 1 FROM warnings w WHERE w.document_id = d.id AND w.code = ?) AS cut_short "
        "FROM source_files s JOIN documents d ON d.id = s.document_id", [OCR_TIMEOUT])}


def known_failures(db: sqlite_utils.Database) -> dict[str, dict]:
    """Files that failed for a reason of their own, with what they were when they failed, in the form of
    ``known_files`` (path -> row; ``id`` is the hash of the bytes that failed)."""
    return {row["path"]: row for row in db.query(
        "SELECT source_path AS path, sha256 AS id, size, mtime_ns, NULL AS json_name, pipeline_version "
        "FROM ingest_errors WHERE sha256 IS NOT NULL")}


def touch(db: sqlite_utils.Database, path: str, mtime_ns: int) -> None:
    """A file touched but unchanged: its new modification time, so that the next run need not hash it again."""
    db.execute("UPDATE source_files SET mtime_ns = ? WHERE path = ?", [mtime_ns, path])


def json_name_index(db) -> str:
    """The index ``json_name_taken`` looks names up in (their ASCII letters in lower case), on either backend: without
    it each new document read every row of ``source_files``."""
    return (f'CREATE INDEX IF NOT EXISTS "idx_source_files_json_name_folded" ON "source_files" '
            f"({db.ascii_lower('json_name')})")


def json_name_taken(db: sqlite_utils.Database, json_name: str, path: str) -> bool:
    """Whether another source file's JSON document has this name (ASCII letters compared without case, for
    file systems that ignore it), looked up in ``json_name_index``."""
    return db.execute(f"SELECT 1 FROM source_files WHERE {db.ascii_lower('json_name')} = {db.ascii_lower('?')} "
                      "AND path != ?", [json_name, path]).fetchone() is not None


def stored_json_name(db: sqlite_utils.Database, path: str) -> str | None:
    row = db.execute("SELECT json_name FROM source_files WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def record_error(db: sqlite_utils.Database, path: str, reason: str, file: dict | None = None) -> None:
    """A file that could not be ingested; ``file`` (size, mtime_ns, sha256) when the failure is the file's own,
    so that it is not read again until it or the pipeline changes."""
    file = file or {}
    upsert_rows(db, "ingest_errors", [{"source_path": path, "reason": reason, "pipeline_version": pipeline_version(),
                                       "size": file.get("size"), "mtime_ns": file.get("mtime_ns"),
                                       "sha256": file.get("sha256")}])


def forget_error(db: sqlite_utils.Database, path: str) -> None:
    db.execute("DELETE FROM ingest_errors WHERE source_path = ?", [path])


def delete_rows(db: sqlite_utils.Database, doc_id: str) -> None:
    """Every row a document has in the child tables (the document's own row stays)."""
    for table in CHILD_TABLES:
        db.execute(f'DELETE FROM "{table}" WHERE document_id = ?', [doc_id])


def settle(db: sqlite_utils.Database, doc_id: str) -> None:
    """After a document gained or lost a path: it names its first path (in sort order) in ``source_path`` and
    ``source_name``, so the row does not depend on the order files were read in; without paths it goes."""
    first = db.execute("SELECT path, name FROM source_files WHERE document_id = ? ORDER BY path LIMIT 1", [doc_id]).fetchone()
    if first is None:
        delete_rows(db, doc_id)
        db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    else:
        # only when they differ: an update runs the documents' full-text trigger (the row is indexed again)
        db.execute("UPDATE documents SET source_path = ?, source_name = ? WHERE id = ? AND "
                   "(source_path != ? OR source_name != ?)", [*first, doc_id, *first])


def remove_source(db: sqlite_utils.Database, path: str) -> None:
    """Forget one source file: its document goes with it unless another path has the same bytes."""
    row = db.execute("SELECT document_id FROM source_files WHERE path = ?", [path]).fetchone()
    db.execute("DELETE FROM source_files WHERE path = ?", [path])
    db.execute("DELETE FROM ingest_errors WHERE source_path = ?", [path])
    if row:
        settle(db, row[0])


# The tables of a document's rows as ``prepare`` builds them (``source_files`` aside: it depends on the path), in the
# order ``copy_images`` writes them: agencies and the document before the rows that name them.
IMAGE_TABLES = ("agencies", "documents", *(name for name in CHILD_TABLES if name != "document_links"))
# Those of them a document shares with others (agencies), or has when the same bytes are written again: upserted.
UPSERTED = ("agencies", "documents")
# The name the writer's connection attaches a document's image under.
IMAGE_SCHEMA = "prepared_rows"


def _image_tables_sql() -> list[str]:
    """An image's tables: the columns without types, so that a value is stored as it was bound and the writer's
    copy applies the database's column types, as binding it there would."""
    return [f'CREATE TABLE "{name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in TABLES[name].columns)})'
            for name in IMAGE_TABLES]


@lru_cache(maxsize=None)
def _empty_image() -> bytes:
    conn = sqlite3.connect(":memory:")
    for sql in _image_tables_sql():
        conn.execute(sql)
    conn.commit()
    return conn.serialize()


@lru_cache(maxsize=None)
def _image_schema() -> list[tuple]:
    """What an image's ``sqlite_master`` holds: the same in every image (the same tables, made in the same order)."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(_empty_image())
    return conn.execute("SELECT name, rootpage, sql FROM sqlite_master").fetchall()


def rows_image(rows: dict[str, list[tuple]]) -> bytes:
    """A document's rows (table -> tuples in ``dbschema``'s column order) as a SQLite database image: what a worker
    sends the writer, which copies it into the database without a Python object per value (``copy_images``)."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(_empty_image())
    for table, table_rows in rows.items():
        conn.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(TABLES[table].columns))})', table_rows)
    conn.commit()
    return conn.serialize()


def image_rows(image: bytes) -> dict[str, list[tuple]]:
    """The rows of a ``rows_image``, table by table (tables without rows left out), as tuples in column order."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    tables = {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in IMAGE_TABLES}
    return {name: rows for name, rows in tables.items() if rows}


@lru_cache(maxsize=None)
def _copy_sql(table: str) -> str:
    """The copy of an image's table into the database's (documents and agencies upserted, as ``write_rows`` does)."""
    spec = TABLES[table]
    columns = ", ".join(f'"{c}"' for c in spec.columns)
    sql = f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM {IMAGE_SCHEMA}."{table}" WHERE true ORDER BY rowid'
    return sql + _on_conflict_update(table) if table in UPSERTED else sql


@dataclass(frozen=True)
class Prepared:
    """A document as the writer writes it: its rows (``rows_image`` of the rows of the tables it has, tuples in
    ``dbschema``'s column order; ``source_files`` aside: it depends on the path), and its JSON. Built where the
    document is parsed (a worker: ``ingest.safe_process``), so that the one process that writes only writes."""

    doc_id: str
    image: bytes
    json_bytes: bytes | None = None  # the JSON document as its file holds it (export.json_bytes)
    jsonl_line: bytes | None = None  # its line in plans.jsonl (export.compact_line of json_bytes)


def prepare(doc: Document, with_json: bool = True) -> Prepared:
    """The rows of every table a document has (``documents`` and the child tables), and its JSON text and
    plans.jsonl line."""
    from .export import compact_line, json_bytes

    doc_id = doc.origin.sha256
    meta = doc.metadata
    assert meta is not None, "load runs after the metadata stage"
    blocks = {b.id: b for b in doc.blocks}
    tables: dict[str, Iterable[dict]] = {
        "documents": [document_row(doc)],
        "cited_documents": (
            {"document_id": doc_id, "ordinal": i, "doc_type": c.doc_type, "number": c.number, "issued_date": c.issued_date,
             "issuer": c.issuer, "agency_id": c.issuer_agency.agency_id if c.issuer_agency else None, "text": c.text,
             "line": (c.where or {}).get("line"), "block": (c.where or {}).get("block"), "page": (c.where or {}).get("page")}
            for i, c in enumerate(meta.cited_documents, start=1)),
        "addressees": ({"document_id": doc_id, "ordinal": i, **addressee_row(a)} for i, a in enumerate(meta.addressees, start=1)),
        "signers": ({"document_id": doc_id, **row} for row in signer_rows(meta)),
        "recipients": ({"document_id": doc_id, "ordinal": i, "name": name} for i, name in enumerate(meta.recipients, start=1)),
        "recipient_agencies": ({"document_id": doc_id, "ordinal": i, **mention_row(m)}
                               for i, m in enumerate(meta.recipient_agencies, start=1)),
        "assignments": (
            {"document_id": doc_id, "ordinal": i, "assignment_id": a.id, "role": a.role, **mention_row(a.agency),
             "duty": a.duty, "section_id": a.section, "line_start": a.line_start, "line_end": a.line_end, "page": a.page,
             **deadline_row(a.deadline), "status": a.status, "status_text": a.status_text}
            for i, a in enumerate(doc.assignments, start=1)),
        "sections": section_rows(doc),
        **table_rows(doc),
        "warnings": warning_rows(doc, blocks),
        "metadata_fields": field_rows(doc, blocks),
        "corrections": correction_rows(doc_id, doc.corrections),
    }
    tables.update({name: list(tables[name]) for name in _AGENCY_COLUMNS if name in tables})  # read twice below
    if communes := _commune_agency_rows(tables):
        tables["agencies"] = communes  # written before the rows that name them (load_many)
    image = rows_image({name: [tuple(map(row.get, TABLES[name].column_names)) for row in dicts]
                        for name, dicts in tables.items()})
    if not with_json:
        return Prepared(doc_id, image)
    data = json_bytes(doc)
    return Prepared(doc_id, image, data, compact_line(data))


def load(db: sqlite_utils.Database, doc: Document | None, source: SourceFile, prepared: Prepared | None = None) -> None:
    """Write one document read from ``source`` (its rows ``prepared`` when given, else built here from ``doc``):
    ``load_many`` of one."""
    load_many(db, [(source, prepared or prepare(doc, with_json=False))])


def load_many(db: sqlite_utils.Database, documents: list[tuple[SourceFile, Prepared]]) -> None:
    """Write documents, each read from its source file, as if each were written in turn: a document replaces the
    rows of the same bytes and the document its path held before. Each table gets one statement for the new
    documents in a row (a statement per document and table cost the writer more than the rows); a document that
    replaces rows is written alone, in its turn, so that the rowids do not depend on where a batch ends. Call it
    inside ``transaction``: the caller decides where a batch of documents ends; a savepoint makes it all or nothing."""
    with db.atomic():
        for group in _written_together(db, documents):
            _load_together(db, group)


def _written_together(db, documents: list[tuple[SourceFile, Prepared]]) -> Iterator[list[tuple[SourceFile, Prepared]]]:
    """The documents in runs that can be written with one statement a table: new documents at new paths together,
    each one that replaces rows (its bytes known, or its path another document's) alone. Written together, the rows
    of all are deleted before any is inserted, and SQLite gives an inserted row the rowid after the largest left: a
    document deleted later in turn would free the top rowids before an earlier one's rows went in."""
    known = {row[0] for row in _rows_in(db, "SELECT id FROM documents WHERE id", [p.doc_id for _, p in documents])}
    held = dict(_rows_in(db, "SELECT path, document_id FROM source_files WHERE path", [s.path for s, _ in documents]))
    run: list[tuple[SourceFile, Prepared]] = []
    for source, prepared in documents:
        if prepared.doc_id in known or held.get(source.path, prepared.doc_id) != prepared.doc_id:
            if run:
                yield run
                run = []
            yield [(source, prepared)]
        else:
            run.append((source, prepared))
    if run:
        yield run


def _load_together(db, documents: list[tuple[SourceFile, Prepared]]) -> None:
    """Write documents with one statement a table: their old rows deleted, their new rows inserted."""
    latest = {prepared.doc_id: prepared for _, prepared in documents}  # the same bytes twice: the last one stands
    ids = list(latest)
    paths = [source.path for source, _ in documents]
    touched = dict.fromkeys(ids)  # the documents whose paths change, in a stable order
    touched.update(dict.fromkeys(row[0] for row in _rows_in(db, "SELECT document_id FROM source_files WHERE path",
                                                             paths)))
    for (doc_id,) in _rows_in(db, "SELECT id FROM documents WHERE id", ids):  # new documents have no rows to delete
        delete_rows(db, doc_id)
    if getattr(db, "copies_images", False):
        db.copy_images([prepared.image for prepared in latest.values()])
    else:
        write_rows(db, [image_rows(prepared.image) for prepared in latest.values()])
    upsert_rows(db, "source_files", [{"path": source.path, "document_id": prepared.doc_id,
                                      "name": Path(source.path).name, "size": source.size,
                                      "mtime_ns": source.mtime_ns, "json_name": source.json_name}
                                     for source, prepared in documents])
    for table in SEARCHED_CHILDREN:
        db.index_search(table, ids)
    for doc_id in touched:
        settle(db, doc_id)


def write_rows(db, documents: list[dict[str, list[tuple]]]) -> None:
    """Write documents' rows (``image_rows``) with one statement per table (a statement per document and table cost
    the writer more than the rows): communes' bodies the documents name first, then the documents, before the rows
    that refer to them. The way a database without ``copy_images`` (PostgreSQL) is written."""
    tables = dict.fromkeys(("agencies", "documents", *(table for rows in documents for table in rows)))
    for table in tables:
        write_tuples(db, table, [row for rows in documents for row in rows.get(table, ())],
                     upsert=table in UPSERTED)


def _rows_in(db, select: str, values: list[str]) -> list[tuple]:
    """``select`` (ending in a column name) with ``IN (values)``, a few hundred values at a time."""
    rows = []
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        rows += db.execute(f"{select} IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
    return rows
