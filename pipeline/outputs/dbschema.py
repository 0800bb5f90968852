"""The database's layout, once, for both backends: tables, columns and their types, keys, indexes and the folded
columns that search reads. ``load`` creates the SQLite tables from it (with sqlite-utils, FTS5 for search) and
``postgres`` renders the PostgreSQL DDL from it (a GIN index for search); the rows both write are built from the
column lists here, so a column added here reaches both. docs/schema.md documents every column (a test checks).

Importing this module imports nothing else: the command line's start-up stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

# The layout of the database (tables, columns, views): ``PRAGMA user_version`` in SQLite, the ``kehoach_layout``
# table in PostgreSQL; docs/schema.md documents it.
DB_SCHEMA_VERSION = 15
# The columns each layout added to the one before, as (table, column): a database of an older layout listed here is
# brought up to date in place (ALTER TABLE … ADD COLUMN) when it is opened for writing; the new pipeline version
# makes the ingest read every document again, which fills them. A table a layout added is created like any missing
# table (layout 10: ``addressees``; layout 11: ``signers``). An older layout still is refused.
ADDED_COLUMNS: dict[int, tuple[tuple[str, str], ...]] = {
    7: (("tasks", "section"),),
    8: tuple(("indicators", c) for c in ("target_high", "comparator", "change", "unit", "target_printed", "target_period",
                                          "target_from", "period_values")),
    9: tuple(("assignments", c) for c in ("deadline_text", "deadline_start", "deadline_end", "deadline_recurring",
                                          "deadline_year_from_plan", "deadline_duration")),
    10: (),  # the table addressees
    11: (),  # the table signers
    12: tuple(("tasks", c) for c in ("status", "status_text", "result")),
    13: (("assignments", "status"), ("assignments", "status_text")),
    14: (("documents", "joint_numbers"),),
    15: (*((t, "remark") for t in ("addressees", "recipient_agencies", "task_agencies", "assignments")),
         ("indicators", "target_unit")),
}
OLDEST_MIGRATED = min(ADDED_COLUMNS) - 1


@dataclass(frozen=True)
class Table:
    """One table: ``columns`` in order with their Python type (str, int, float), the primary key (none: the
    rows have no key of their own), foreign keys as (column, other table, other column), the columns indexed one
    index each (``indexes``: tuples, several columns in one index), ``unique`` indexes, and ``search``: the folded
    columns a word search reads (FTS5 ``<table>_fts`` in SQLite, a GIN text-search index in PostgreSQL)."""

    name: str
    columns: dict[str, type]
    pk: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()
    search: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(self.columns)


# Columns that hold a yes/no as 0/1, and columns that hold an ISO date, wherever they occur: typed as such in the
# data package and the spreadsheet export.
BOOLEAN_COLUMNS = frozenset({"uncertain", "collective", "deadline_year_from_plan", "open_ended", "corrected", "person"})
DATE_COLUMNS = frozenset({"issued_date", "document_date", "deadline_start", "deadline_end", "valid_from", "valid_until",
                          "active_from", "active_until"})

# How a deadline is stored, wherever it occurs (tasks, assignments): its fields, "deadline_" before each name.
DEADLINE_COLUMNS: dict[str, type] = {"deadline_text": str, "deadline_start": str, "deadline_end": str,
                                     "deadline_recurring": str, "deadline_year_from_plan": int, "deadline_duration": str}
# How an agency mention is stored, wherever it occurs (task_agencies, assignments, addressees, recipient_agencies).
MENTION_COLUMNS = {"name": str, "agency_id": str, "match": str, "score": float, "reason": str, "name_folded": str,
                   "remark": str}

DOCUMENTS = Table(
    "documents",
    {
        "id": str, "source_path": str, "source_name": str, "format": str, "size": int, "schema_version": str,
        "doc_type": str, "number": str, "symbol": str, "issued_date": str, "issued_date_partial": str, "place": str,
        "issuer_name": str, "issuer_parent": str, "title": str, "signer_name": str, "signer_title": str,
        "signer_title_as_printed": str, "signer_authority": str, "attached": str, "site_attributes": str,
        "warning_count": int, "pipeline_version": str, "search_folded": str,
        "issuer_agency_id": str, "jurisdiction": str, "issuer_joint": str, "joint_numbers": str, "field_sources": str,
        "parts": str,
        "issuer_folded": str, "signer_folded": str, "corrections_digest": str,
    },
    pk=("id",),
    indexes=(("source_path",), ("number",), ("issued_date",), ("doc_type",), ("issuer_name",), ("issuer_agency_id",)),
    search=("search_folded",),
)

AGENCIES = Table("agencies", {"id": str, "name": str, "canonical_name": str, "kind": str, "level": str,
                              "jurisdiction": str, "jurisdiction_name": str, "collective": int, "valid_from": str,
                              "valid_until": str, "canonical_folded": str}, pk=("id",))
AGENCY_ALIASES = Table("agency_aliases", {"agency_id": str, "alias": str}, pk=("agency_id", "alias"),
                       foreign_keys=(("agency_id", "agencies", "id"),))
AGENCY_SUCCESSIONS = Table("agency_successions", {"predecessor_id": str, "successor_id": str, "date": str, "kind": str,
                                                  "legal_basis": str}, pk=("predecessor_id", "date"),
                           foreign_keys=(("predecessor_id", "agencies", "id"), ("successor_id", "agencies", "id")),
                           indexes=(("successor_id",),))
REGISTRY_VERSION = Table("registry_version", {"digest": str}, pk=("digest",))
SOURCE_FILES = Table("source_files", {"path": str, "document_id": str, "name": str, "size": int, "mtime_ns": int,
                                      "json_name": str}, pk=("path",),
                     foreign_keys=(("document_id", "documents", "id"),), indexes=(("document_id",), ("json_name",)))
# size, mtime_ns and sha256 are those of a file whose failure is its own (corrupt, empty …): it is not read again
# until it changes or the pipeline does; null when the failure came from outside the file
INGEST_ERRORS = Table("ingest_errors", {"source_path": str, "reason": str, "pipeline_version": str, "size": int,
                                        "mtime_ns": int, "sha256": str}, pk=("source_path",))
# a row while a run may have stored documents whose links (document_links, evidence from citations) are not brought
# up to date yet: written when a run starts, deleted when its link step is done (pipeline/links.py)
LINKS_PENDING = Table("links_pending", {"since": str})
# one row per line of the corrections file: with the document it is aimed at (null when no document has the file or
# the bytes it names); written with that document's rows
CORRECTIONS = Table("corrections", {"document_id": str, "line": int, "file": str, "sha256": str, "field": str,
                                    "value": str, "was": str, "note": str, "who": str, "when": str, "status": str,
                                    "detail": str},
                    foreign_keys=(("document_id", "documents", "id"),), indexes=(("document_id",),))


def _child(name: str, columns: dict[str, type], indexes: tuple[tuple[str, ...], ...] = (),
           unique: tuple[tuple[str, ...], ...] = (), search: tuple[str, ...] = ()) -> Table:
    """A table of a document's rows: keyed by (document_id, ordinal), which is also the index a document's rows are
    found (and deleted) by; indexed on agency_id where it has one."""
    columns = {"document_id": str, "ordinal": int, **columns}
    agency = "agency_id" in columns
    return Table(name, columns, pk=("document_id", "ordinal"),
                 foreign_keys=(("document_id", "documents", "id"),) + ((("agency_id", "agencies", "id"),) if agency else ()),
                 indexes=((("agency_id",),) if agency else ()) + indexes, unique=unique, search=search)


CHILDREN = (
    _child("cited_documents", {"doc_type": str, "number": str, "issued_date": str, "issuer": str, "agency_id": str,
                               "text": str, "line": int, "block": str, "page": int}, indexes=(("number",),)),
    # one row per citation (the cited_documents row of the same document_id and ordinal) and the document of the
    # database it designates: written over the whole database after each run (pipeline/links.py). cited_id has no
    # foreign key: a cited document can go (--prune) before the link step sets it to null.
    _child("document_links", {"cited_id": str, "match": str, "doc_type": str, "number": str, "issued_date": str,
                              "issuer": str, "text": str, "block": str, "line": int, "page": int},
           indexes=(("cited_id",), ("number",), ("match",))),
    # "Kính gửi": one row per addressee, a body (resolved as a mention is) or a person (person 1: no agency)
    _child("addressees", {**MENTION_COLUMNS, "person": int, "block": str, "line": int, "page": int}),
    # every signature column: ordinal 1 the document's signer (as documents.signer_*), 2 … a joint document's co-signers
    _child("signers", {"name": str, "title": str, "title_as_printed": str, "authority": str, "signs_for": str,
                       "name_folded": str, "block": str, "line": int, "page": int}),
    _child("recipients", {"name": str}),
    _child("recipient_agencies", dict(MENTION_COLUMNS)),
    _child("warnings", {"code": str, "message": str, "block": str, "line": int, "page": int, "bbox": str,
                        "source_text": str}),
    _child("metadata_fields", {"field": str, "path": str, "value": str, "source": str, "confidence": float,
                               "status": str, "warnings": str, "block": str, "line": int, "page": int, "bbox": str,
                               "source_text": str}),
    _child("sections", {"node_id": str, "parent_id": str, "kind": str, "label": str, "number": str, "level": int,
                        "heading": str, "text": str, "line_start": int, "line_end": int, "page_start": int,
                        "page_end": int, "blocks": str, "attached_to": str, "heading_folded": str, "text_folded": str},
           unique=(("document_id", "node_id"),), search=("heading_folded", "text_folded")),
    _child("tables", {"table_id": str, "title": str, "kind": str, "layout": str, "confidence": float, "columns": str,
                      "roles": str, "evidence": str, "row_count": int}),
    _child("table_rows", {"table_id": str, "row": int, "kind": str, "cells": str, "line_start": int, "line_end": int,
                          "page": int, "merged_from_above": str, "uncertain": int, "raw": str}),
    # a task has a table_id (a row of a task table) or a section (the node of a task written as an item), never both
    _child("tasks", {"task_id": str, "table_id": str, "section": str, "number": str, "group_path": str, "content": str,
                     **DEADLINE_COLUMNS, "output": str, "note": str, "status": str, "status_text": str, "result": str,
                     "line_start": int, "line_end": int, "page": int, "uncertain": int, "content_folded": str,
                     "agencies_folded": str},
           unique=(("document_id", "task_id"),), search=("content_folded", "agencies_folded")),
    _child("task_agencies", {"task_id": str, "role": str, "position": int, **MENTION_COLUMNS},
           indexes=(("document_id", "task_id"), ("name",))),
    _child("indicators", {"indicator_id": str, "table_id": str, "code": str, "parent_id": str, "name": str,
                          "max_score": float, "previous_result": float, "target": float, "lead": str,
                          "line_start": int, "target_high": float, "comparator": str, "change": str, "unit": str,
                          "target_printed": str, "target_period": str, "target_from": str, "period_values": str,
                          "target_unit": str}),
    _child("assignments", {"assignment_id": str, "role": str, **MENTION_COLUMNS, "duty": str, "section_id": str,
                           "line_start": int, "line_end": int, "page": int, **DEADLINE_COLUMNS, "status": str,
                           "status_text": str}),
)

# In the order they are created (a table after those its foreign keys name).
TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, AGENCIES, AGENCY_ALIASES, AGENCY_SUCCESSIONS,
                                                REGISTRY_VERSION, SOURCE_FILES, INGEST_ERRORS, LINKS_PENDING, CORRECTIONS,
                                                *CHILDREN)}
# The tables that hold a document's rows (deleted and written again with it).
CHILD_TABLES = ("cited_documents", "document_links", "addressees", "signers", "recipients", "recipient_agencies", "sections",
                "tables", "table_rows", "tasks",
                "task_agencies", "indicators", "assignments", "warnings", "metadata_fields", "corrections")
# Folded columns searched, per table (FTS5 ``<table>_fts`` in SQLite, a GIN index in PostgreSQL).
FULL_TEXT = {t.name: list(t.search) for t in TABLES.values() if t.search}
# The document's tables among them: SQLite's writer indexes their new rows itself (``load``), without a trigger.
SEARCHED_CHILDREN = tuple(name for name in FULL_TEXT if name in CHILD_TABLES)


def added_columns(found: int) -> list[tuple[str, str, type]]:
    """(table, column, type) of every column the layouts after ``found`` added, in order."""
    return [(table, column, TABLES[table].columns[column]) for version in range(found + 1, DB_SCHEMA_VERSION + 1)
            for table, column in ADDED_COLUMNS.get(version, ())]


def index_name(table: str, columns: tuple[str, ...]) -> str:
    """sqlite-utils' name for an index, used by both backends."""
    return f"idx_{table}_{'_'.join(columns)}"
