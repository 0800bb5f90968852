"""Load: write a Document into the SQLite database with sqlite-utils.

One row per distinct content in ``documents``, keyed by the file's SHA-256, so that ingesting the same file
again replaces its rows instead of adding new ones; ``source_files`` has one row per path, so identical bytes
at two paths are one document with two paths. A changed file at the same path replaces the old version.
Writes happen inside ``transaction`` (``BEGIN IMMEDIATE``): a document is written completely or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import sqlite_utils

if TYPE_CHECKING:  # the model (pydantic) is not imported by a run that finds nothing to read
    from .model import AgencyMention, Document

from . import SCHEMA_VERSION, __version__
from .errors import DatabaseVersionError, OutputError
from .registry import registry, registry_digest
from .resources import json_data
from .sqlfunctions import register as register_sql_functions
from .text import fold


def pipeline_version() -> str:
    """Changes with anything that changes what is extracted: files ingested by another version are read again. The
    registry's digest (the package's files and the registry folder's) is part of it, so an alias a clerk adds reaches
    the documents ingested before."""
    return f"{__version__}+schema{SCHEMA_VERSION}+registry{registry_digest()}"


# The layout of the database (tables, columns, views), in ``PRAGMA user_version``; docs/schema.md documents it.
DB_SCHEMA_VERSION = 5
VIEWS_SQL = Path(__file__).parent / "data" / "views.sql"

CHILD_TABLES = ("cited_documents", "recipients", "recipient_agencies", "sections", "tables", "table_rows", "tasks",
                "task_agencies", "indicators", "assignments", "warnings", "metadata_fields", "corrections")
# How an agency mention is stored, wherever it occurs (task_agencies, assignments, recipient_agencies).
MENTION_COLUMNS = {"name": str, "agency_id": str, "match": str, "score": float, "reason": str, "name_folded": str}
# Columns that hold a yes/no as 0/1, and columns that hold an ISO date, wherever they occur: typed as such in the
# data package and the spreadsheet export.
BOOLEAN_COLUMNS = frozenset({"uncertain", "collective", "deadline_year_from_plan", "open_ended", "corrected"})
DATE_COLUMNS = frozenset({"issued_date", "document_date", "deadline_start", "deadline_end", "valid_from", "valid_until",
                          "active_from", "active_until"})
# The text of a block a warning or a field points at, as stored beside it, is cut at this length.
SOURCE_TEXT_CHARS = 2000


# How long a write waits for another connection's write to finish before it gives up.
BUSY_TIMEOUT_SECONDS = 60.0


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with the project's SQL functions (``fold`` …), whatever it is used for."""
    memory = str(path) == ":memory:"
    db = sqlite_utils.Database(sqlite3.connect(":memory:" if memory else str(path), timeout=BUSY_TIMEOUT_SECONDS))
    register_sql_functions(db.conn)
    return db


def open_db(path: Path | str) -> sqlite_utils.Database:
    """The database, created if missing, with its tables and views, for writing. A database that cannot be opened
    or written (read-only folder, full disk, not a database) raises OutputError naming it."""
    memory = str(path) == ":memory:"
    try:
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
        check_version(db)  # before anything writes to it, even the journal mode
        if not memory:
            db.enable_wal()  # readers (Datasette) and a killed run never see half a transaction
        ensure_schema(db)
    except (OSError, sqlite3.Error) as error:
        raise OutputError(str(path), f"cannot open or write the database: {describe(error)}") from None
    return db


def read_db(path: Path | str) -> sqlite_utils.Database:
    """A database an ingest wrote, opened to read it (reports, exports): nothing in it is changed, not even the
    registry tables. Raises DatabaseVersionError for a file that is not a database of this layout."""
    if not Path(path).is_file():
        raise DatabaseVersionError(str(path), "no such database: ingest files into it first (kehoach ingest)")
    try:
        db = connect(path)
        found = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        raise DatabaseVersionError(str(path), f"cannot read the database: {describe(error)}") from None
    if found != DB_SCHEMA_VERSION:
        check_version(db)  # says which version wrote it
        raise DatabaseVersionError(str(path), "not a database written by kehoach ingest")
    return db


def describe(error: BaseException) -> str:
    """An OS or SQLite error in a few words: "No space left on device", "attempt to write a readonly database"."""
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


def begin(db: sqlite_utils.Database) -> None:
    """Open a write transaction with BEGIN IMMEDIATE: a deferred transaction that read first cannot wait for
    another writer ("database is locked" at once); this one waits up to BUSY_TIMEOUT_SECONDS."""
    db.execute("BEGIN IMMEDIATE")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction (``begin``), committed at the end, rolled back on an error."""
    begin(db)
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def check_version(db: sqlite_utils.Database) -> None:
    """A database of another layout is refused, never half-written: its rows would not match the columns."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found == DB_SCHEMA_VERSION or (found == 0 and not db.table_names()):
        return
    older = found < DB_SCHEMA_VERSION
    raise DatabaseVersionError(
        str(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"),
        f"database layout {found} was written by {'an older' if older else 'a newer'} version of kehoach "
        f"(this version writes layout {DB_SCHEMA_VERSION}); "
        + ("everything in it comes from the source files: delete it and ingest again" if older
           else "use that version, or write to another database with --db"))


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if "documents" not in db.table_names():
        db["documents"].create(
            {
                "id": str, "source_path": str, "source_name": str, "format": str, "size": int, "schema_version": str,
                "doc_type": str, "number": str, "symbol": str, "issued_date": str, "issued_date_partial": str, "place": str,
                "issuer_name": str, "issuer_parent": str, "title": str, "signer_name": str, "signer_title": str,
                "signer_title_as_printed": str, "signer_authority": str, "attached": str, "site_attributes": str,
                "warning_count": int, "pipeline_version": str, "search_folded": str,
                "issuer_agency_id": str, "jurisdiction": str, "issuer_joint": str, "field_sources": str, "parts": str,
                "issuer_folded": str, "signer_folded": str, "corrections_digest": str,
            },
            pk="id",
        )
        for column in ("source_path", "number", "issued_date", "doc_type", "issuer_name"):
            db["documents"].create_index([column])
    child = {
        "cited_documents": {"document_id": str, "ordinal": int, "doc_type": str, "number": str, "issued_date": str,
                            "issuer": str, "agency_id": str, "text": str, "line": int},
        "recipients": {"document_id": str, "ordinal": int, "name": str},
        "recipient_agencies": {"document_id": str, "ordinal": int, **MENTION_COLUMNS},
        "warnings": {"document_id": str, "ordinal": int, "code": str, "message": str, "block": str, "line": int, "page": int,
                     "bbox": str, "source_text": str},
        "metadata_fields": {"document_id": str, "ordinal": int, "field": str, "path": str, "value": str, "source": str,
                            "confidence": float, "status": str, "warnings": str, "block": str, "line": int, "page": int,
                            "bbox": str, "source_text": str},
        "sections": {"document_id": str, "ordinal": int, "node_id": str, "parent_id": str, "kind": str, "label": str,
                     "number": str, "level": int, "heading": str, "text": str, "line_start": int, "line_end": int,
                     "page_start": int, "page_end": int, "blocks": str, "attached_to": str,
                     "heading_folded": str, "text_folded": str},
        "tables": {"document_id": str, "ordinal": int, "table_id": str, "title": str, "kind": str, "layout": str,
                   "confidence": float, "columns": str, "roles": str, "evidence": str, "row_count": int},
        "table_rows": {"document_id": str, "ordinal": int, "table_id": str, "row": int, "kind": str, "cells": str,
                       "line_start": int, "line_end": int, "page": int, "merged_from_above": str, "uncertain": int, "raw": str},
        "tasks": {"document_id": str, "ordinal": int, "task_id": str, "table_id": str, "number": str, "group_path": str,
                  "content": str, "deadline_text": str, "deadline_start": str, "deadline_end": str, "deadline_recurring": str,
                  "deadline_year_from_plan": int, "deadline_duration": str, "output": str, "note": str, "line_start": int, "line_end": int, "page": int,
                  "uncertain": int, "content_folded": str, "agencies_folded": str},
        "task_agencies": {"document_id": str, "ordinal": int, "task_id": str, "role": str, "position": int, **MENTION_COLUMNS},
        "assignments": {"document_id": str, "ordinal": int, "assignment_id": str, "role": str, **MENTION_COLUMNS,
                        "duty": str, "section_id": str, "line_start": int, "line_end": int, "page": int},
        "indicators": {"document_id": str, "ordinal": int, "indicator_id": str, "table_id": str, "code": str, "parent_id": str,
                       "name": str, "max_score": float, "previous_result": float, "target": float, "lead": str, "line_start": int},
    }
    if "agencies" not in db.table_names():
        db["agencies"].create({"id": str, "name": str, "canonical_name": str, "kind": str, "level": str, "jurisdiction": str,
                               "jurisdiction_name": str, "collective": int, "valid_from": str, "valid_until": str,
                               "canonical_folded": str}, pk="id")
        db["agency_aliases"].create({"agency_id": str, "alias": str}, pk=("agency_id", "alias"),
                                    foreign_keys=[("agency_id", "agencies", "id")])
        db["agency_successions"].create({"predecessor_id": str, "successor_id": str, "date": str, "kind": str,
                                         "legal_basis": str}, pk=("predecessor_id", "date"),
                                        foreign_keys=[("predecessor_id", "agencies", "id"), ("successor_id", "agencies", "id")])
        db["registry_version"].create({"digest": str}, pk="digest")
    if "source_files" not in db.table_names():
        db["source_files"].create({"path": str, "document_id": str, "name": str, "size": int, "mtime_ns": int,
                                   "json_name": str}, pk="path", foreign_keys=[("document_id", "documents", "id")])
        db["source_files"].create_index(["document_id"])
        db["source_files"].create_index(["json_name"])
    if "ingest_errors" not in db.table_names():
        # size, mtime_ns and sha256 are those of a file whose failure is its own (corrupt, empty …): it is not read
        # again until it changes or the pipeline does; null when the failure came from outside the file
        db["ingest_errors"].create({"source_path": str, "reason": str, "pipeline_version": str, "size": int,
                                    "mtime_ns": int, "sha256": str}, pk="source_path")
    if "corrections" not in db.table_names():
        # one row per line of the corrections file: with the document it is aimed at (null when no document has
        # the file or the bytes it names); written with that document's rows
        db["corrections"].create({"document_id": str, "line": int, "file": str, "sha256": str, "field": str, "value": str,
                                  "was": str, "note": str, "who": str, "when": str, "status": str, "detail": str},
                                 foreign_keys=[("document_id", "documents", "id")])
        db["corrections"].create_index(["document_id"])
    for name, columns in child.items():
        if name not in db.table_names():
            links = [("document_id", "documents", "id")] + ([("agency_id", "agencies", "id")] if "agency_id" in columns else [])
            db[name].create(columns, pk=("document_id", "ordinal"), foreign_keys=links)
            db[name].create_index(["document_id"])
            if "agency_id" in columns:
                db[name].create_index(["agency_id"])
    if "sections_fts" not in db.table_names():
        db["sections"].create_index(["document_id", "node_id"], unique=True)
        db["tasks"].create_index(["document_id", "task_id"], unique=True)
        db["task_agencies"].create_index(["document_id", "task_id"])
        db["task_agencies"].create_index(["name"])
        db["cited_documents"].create_index(["number"])
        db["documents"].create_index(["issuer_agency_id"])
        db["agency_successions"].create_index(["successor_id"])
        # Search without tone marks: the folded copies ("to chuc thuc hien", đ -> d) are indexed.
        for table, columns in FULL_TEXT.items():
            db[table].enable_fts(columns, tokenize="unicode61 remove_diacritics 2", create_triggers=True)
        db.execute(f"PRAGMA user_version = {DB_SCHEMA_VERSION}")
    sync_registry(db)
    db.executescript(VIEWS_SQL.read_text(encoding="utf-8"))


def sync_registry(db: sqlite_utils.Database) -> None:
    """Write the agency registry into the database when its files changed since the last run. Agencies no longer in
    the registry are kept while documents still point at them (they go when those documents are read again)."""
    digest = registry_digest()
    if db.execute("SELECT 1 FROM registry_version WHERE digest = ?", [digest]).fetchone():
        return
    reg = registry()
    with transaction(db):
        db["agencies"].upsert_all(
            ({"id": a.id, "name": a.name, "canonical_name": a.canonical_name, "kind": a.kind, "level": a.level,
              "jurisdiction": a.jurisdiction, "jurisdiction_name": reg.jurisdictions[a.jurisdiction].name,
              "collective": int(a.collective), "valid_from": a.valid_from, "valid_until": a.valid_until,
              "canonical_folded": fold(a.canonical_name)}
             for a in reg.agencies.values()), pk="id")
        db.execute("DELETE FROM agency_aliases")
        db["agency_aliases"].insert_all(({"agency_id": a.id, "alias": alias} for a in reg.agencies.values()
                                         for alias in dict.fromkeys(a.aliases)))
        db.execute("DELETE FROM agency_successions")
        db["agency_successions"].insert_all(
            ({"predecessor_id": s.predecessor, "successor_id": s.successor, "date": s.date, "kind": s.kind,
              "legal_basis": s.legal_basis} for s in reg.successions), replace=True)
        db.execute("DELETE FROM registry_version")
        db["registry_version"].insert({"digest": digest})


def mention_row(mention: AgencyMention) -> dict:
    return {"name": mention.name, "agency_id": mention.agency_id, "match": mention.match, "score": mention.score,
            "reason": mention.reason, "name_folded": fold(mention.name)}


# Folded columns searched with FTS5 (``<table>_fts``).
FULL_TEXT = {"documents": ["search_folded"], "sections": ["heading_folded", "text_folded"],
             "tasks": ["content_folded", "agencies_folded"]}


def _folded(value: str | None) -> str | None:
    return fold(value) if value else None



def document_row(doc: Document) -> dict:
    from .corrections import digest_of

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
    from .model import TASK_AGENCY_ROLES  # the model is loaded by now: the document is one

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
        deadline = task.deadline
        out["tasks"].append({"document_id": doc_id, "ordinal": i, "task_id": task.id, "table_id": task.table,
                             "number": task.number, "group_path": " > ".join(task.group_path), "content": task.content,
                             "deadline_text": deadline.text if deadline else None, "deadline_start": deadline.start if deadline else None,
                             "deadline_end": deadline.end if deadline else None,
                             "deadline_recurring": deadline.recurring if deadline else None,
                             "deadline_year_from_plan": int(deadline.year_from_plan) if deadline else None,
                             "deadline_duration": deadline.duration if deadline else None,
                             "output": task.output, "note": task.note, "line_start": task.line_start, "line_end": task.line_end,
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
                                  "line_start": ind.line_start})
    return out


def _agency_names_folded(task) -> str:
    """The task's agencies, as printed and by their registry names, folded: found by the task search."""
    from .model import TASK_AGENCY_ROLES

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


def warning_rows(doc: Document, blocks: dict) -> list[dict]:
    rows = []
    for i, w in enumerate(doc.warnings, start=1):
        where = w.where or {}
        block = blocks.get(where.get("block"))
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
        block = blocks.get(where.get("block"))
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
    version of the pipeline that read it and the digest of the corrections applied to it."""
    return {row["path"]: row for row in db.query(
        "SELECT s.path, s.document_id AS id, s.size, s.mtime_ns, s.json_name, d.pipeline_version, d.corrections_digest "
        "FROM source_files s JOIN documents d ON d.id = s.document_id")}


def known_failures(db: sqlite_utils.Database) -> dict[str, dict]:
    """Files that failed for a reason of their own, with what they were when they failed, in the form of
    ``known_files`` (path -> row; ``id`` is the hash of the bytes that failed)."""
    return {row["path"]: row for row in db.query(
        "SELECT source_path AS path, sha256 AS id, size, mtime_ns, NULL AS json_name, pipeline_version "
        "FROM ingest_errors WHERE sha256 IS NOT NULL")}


def touch(db: sqlite_utils.Database, path: str, mtime_ns: int) -> None:
    """A file touched but unchanged: its new modification time, so that the next run need not hash it again."""
    db.execute("UPDATE source_files SET mtime_ns = ? WHERE path = ?", [mtime_ns, path])


def json_name_taken(db: sqlite_utils.Database, json_name: str, path: str) -> bool:
    """Whether another source file's JSON document has this name (ASCII letters compared without case, for
    file systems that ignore it)."""
    return db.execute("SELECT 1 FROM source_files WHERE json_name = ? COLLATE NOCASE AND path != ?",
                      [json_name, path]).fetchone() is not None


def stored_json_name(db: sqlite_utils.Database, path: str) -> str | None:
    row = db.execute("SELECT json_name FROM source_files WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def record_error(db: sqlite_utils.Database, path: str, reason: str, file: dict | None = None) -> None:
    """A file that could not be ingested; ``file`` (size, mtime_ns, sha256) when the failure is the file's own,
    so that it is not read again until it or the pipeline changes."""
    file = file or {}
    db["ingest_errors"].upsert({"source_path": path, "reason": reason, "pipeline_version": pipeline_version(),
                                "size": file.get("size"), "mtime_ns": file.get("mtime_ns"), "sha256": file.get("sha256")},
                               pk="source_path")


def forget_error(db: sqlite_utils.Database, path: str) -> None:
    db.execute("DELETE FROM ingest_errors WHERE source_path = ?", [path])


def delete_rows(db: sqlite_utils.Database, doc_id: str) -> None:
    """Every row a document has in the child tables (the document's own row stays)."""
    for table in CHILD_TABLES:
        db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [doc_id])


def settle(db: sqlite_utils.Database, doc_id: str) -> None:
    """After a document gained or lost a path: it names its first path (in sort order) in ``source_path`` and
    ``source_name``, so the row does not depend on the order files were read in; without paths it goes."""
    first = db.execute("SELECT path, name FROM source_files WHERE document_id = ? ORDER BY path LIMIT 1", [doc_id]).fetchone()
    if first is None:
        delete_rows(db, doc_id)
        db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    else:
        db.execute("UPDATE documents SET source_path = ?, source_name = ? WHERE id = ?", [*first, doc_id])


def remove_source(db: sqlite_utils.Database, path: str) -> None:
    """Forget one source file: its document goes with it unless another path has the same bytes."""
    row = db.execute("SELECT document_id FROM source_files WHERE path = ?", [path]).fetchone()
    db.execute("DELETE FROM source_files WHERE path = ?", [path])
    db.execute("DELETE FROM ingest_errors WHERE source_path = ?", [path])
    if row:
        settle(db, row[0])


def load(db: sqlite_utils.Database, doc: Document, source: SourceFile) -> None:
    """Write one document read from ``source``, replacing the rows of the same bytes and the document the path
    held before. Call it inside ``transaction``: the caller decides where a batch of documents ends."""
    doc_id = doc.origin.sha256
    meta = doc.metadata
    assert meta is not None
    with db.atomic():  # a savepoint inside the caller's transaction: all of the document or none
        previous = db.execute("SELECT document_id FROM source_files WHERE path = ?", [source.path]).fetchone()
        delete_rows(db, doc_id)
        db["documents"].upsert(document_row(doc), pk="id")
        db["source_files"].upsert({"path": source.path, "document_id": doc_id, "name": Path(source.path).name,
                                   "size": source.size, "mtime_ns": source.mtime_ns, "json_name": source.json_name},
                                  pk="path")
        db["cited_documents"].insert_all(
            {"document_id": doc_id, "ordinal": i, "doc_type": c.doc_type, "number": c.number, "issued_date": c.issued_date,
             "issuer": c.issuer, "agency_id": c.issuer_agency.agency_id if c.issuer_agency else None, "text": c.text,
             "line": (c.where or {}).get("line")}
            for i, c in enumerate(meta.cited_documents, start=1)
        )
        db["recipients"].insert_all(
            {"document_id": doc_id, "ordinal": i, "name": name} for i, name in enumerate(meta.recipients, start=1)
        )
        db["recipient_agencies"].insert_all(
            {"document_id": doc_id, "ordinal": i, **mention_row(m)} for i, m in enumerate(meta.recipient_agencies, start=1))
        db["assignments"].insert_all(
            {"document_id": doc_id, "ordinal": i, "assignment_id": a.id, "role": a.role, **mention_row(a.agency),
             "duty": a.duty, "section_id": a.section, "line_start": a.line_start, "line_end": a.line_end, "page": a.page}
            for i, a in enumerate(doc.assignments, start=1))
        db["sections"].insert_all(section_rows(doc))
        for table, rows in table_rows(doc).items():
            db[table].insert_all(rows)
        blocks = {b.id: b for b in doc.blocks}
        db["warnings"].insert_all(warning_rows(doc, blocks))
        db["metadata_fields"].insert_all(field_rows(doc, blocks))
        db["corrections"].insert_all(correction_rows(doc_id, doc.corrections))
        if previous and previous[0] != doc_id:
            settle(db, previous[0])
        settle(db, doc_id)
