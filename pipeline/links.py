"""Documents linked by their citations, over the whole database, after each ingest run.

Incremental ingest often brings a cited document and the one citing it in different runs, so links are worked out
from the database, never from the documents of one run:

- ``document_links``: one row per citation (``cited_documents``) with the document of the database it designates
  (``match_citation``): the same normalised number and symbol, the date of issue to tell apart documents that share
  a number (numbers start again every year). The citing document's JSON carries the same link
  (``document.cited_documents[].cited_id`` and ``match``): database and JSON agree.
- Evidence: a number or day of issue a page does not show legibly, given by the citations of the other documents
  (``stages.evidence.evidence_for``); ``evidence_changes`` lists the documents whose filled values are not (or no
  longer) what the citations of the database give: the ingest reads them again and stores them with the evidence
  there is now. So a value filled from a document that went (``--prune``) or changed goes with it.

Everything is read from the database; a JSON document is read only to be rewritten, when a link it carries changed.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .outputs.export import dumps_data, write_text_atomically
from .outputs.load import insert_rows, transaction
from .text import fold

LINK_COLUMNS = ("cited_id", "match")
_FILLABLE = ("number", "issued_date")


def begin_run(db) -> bool:
    """Mark the database as having links to bring up to date (``links_pending``) before a run stores anything;
    returns whether it was marked already: a run before this one stopped (killed, or a JSON document that could not
    be rewritten) before its link step was done."""
    if db.execute("SELECT 1 FROM links_pending").fetchone():
        return True
    with transaction(db):
        db.execute("INSERT INTO links_pending (since) VALUES (?)", [datetime.now(timezone.utc).isoformat(timespec="seconds")])
    return False


def end_run(db) -> None:
    """The links are up to date."""
    with transaction(db):
        db.execute("DELETE FROM links_pending")


def number_key(number: str) -> str:
    """How a number is compared: "2463 /QĐ - UBND" and "2463/QD-UBND" are one number."""
    from .stages.citations import normalise_number  # its patterns take ~50 ms to compile: not in a run with nothing to link

    return fold(normalise_number(number))


def match_citation(citing_id: str, issued_date: str | None, candidates: list[dict]) -> tuple[str | None, str | None]:
    """(cited_id, match) for a citation of a number that the documents ``candidates`` (id, issued_date,
    issued_date_partial) have: with a cited date, the one document of that date (``number_date``), else the one
    whose date is unknown and agrees as far as it is printed (``number``); without a cited date, the only document
    with that number (``number``). Several: ``ambiguous``, no document named. None: no document of the database."""
    others = [d for d in candidates if d["id"] != citing_id]
    if issued_date:
        same = [d for d in others if d["issued_date"] == issued_date]
        if not same:
            same = [d for d in others if d["issued_date"] is None
                    and issued_date.startswith(d["issued_date_partial"] or "")]
            kind = "number"
        else:
            kind = "number_date"
    else:
        same, kind = others, "number"
    if not same:
        return None, None
    return (same[0]["id"], kind) if len(same) == 1 else (None, "ambiguous")


_CITATION_COLUMNS = ("document_id", "ordinal", "doc_type", "number", "issued_date", "issuer", "text", "block", "line",
                     "page")
_LINK_COLUMNS = (*_CITATION_COLUMNS, "cited_id", "match")


def wanted_links(db) -> dict[tuple[str, int], tuple]:
    """The ``document_links`` row (a tuple in ``_LINK_COLUMNS`` order) of every citation of the database, as the
    documents it holds now designate. (Tuples from ``execute``: building a dict per row costs more than the rest.)"""
    by_number: dict[str, list[dict]] = {}
    for doc_id, number, issued_date, partial in db.execute(
            "SELECT id, number, issued_date, issued_date_partial FROM documents WHERE number IS NOT NULL").fetchall():
        by_number.setdefault(number_key(number), []).append(
            {"id": doc_id, "issued_date": issued_date, "issued_date_partial": partial})
    keys: dict[str, str] = {}
    wanted = {}
    for row in db.execute(f"SELECT {', '.join(_CITATION_COLUMNS)} FROM cited_documents").fetchall():
        number = row[3]
        key = (keys.get(number) or keys.setdefault(number, number_key(number))) if number else None  # a law by name
        wanted[(row[0], row[1])] = (*row, *match_citation(row[0], row[4], by_number.get(key, [])))
    return wanted


@dataclass
class LinkChanges:
    """What the link rows of the database must become, document by document."""

    rows: dict[str, list[dict]] = field(default_factory=dict)  # citing document -> its rows to write (new or changed)
    json: dict[str, dict[int, tuple[str | None, str | None]]] = field(default_factory=dict)  # -> ordinal -> link
    stale: list[tuple[str, int]] = field(default_factory=list)  # rows of citations that no longer exist


def link_changes(db) -> LinkChanges:
    """The difference between the links the database holds and those it should hold. A citing document's JSON
    holds the link of its stored row, or none when it has no row (its JSON was written with the document)."""
    wanted = wanted_links(db)
    stored = {(row[0], row[1]): tuple(row) for row in db.execute(
        f"SELECT {', '.join(_LINK_COLUMNS)} FROM document_links").fetchall()}
    changes = LinkChanges()
    for key, row in wanted.items():
        before = stored.get(key)
        if before == row:
            continue
        changes.rows.setdefault(key[0], []).append(dict(zip(_LINK_COLUMNS, row)))
        if row[-2:] != (before[-2:] if before else (None, None)):
            changes.json.setdefault(key[0], {})[key[1]] = row[-2:]
    changes.stale = [key for key in stored if key not in wanted]
    return changes


def rewrite_links_in_json(target: Path, links: dict[int, tuple[str | None, str | None]]) -> None:
    """Set the links of a JSON document's citations (by ordinal, from 1), rewritten atomically."""
    data = json.loads(target.read_text(encoding="utf-8"))
    cited = data["document"]["cited_documents"]
    for ordinal, (cited_id, match) in links.items():
        cited[ordinal - 1].update({"cited_id": cited_id, "match": match})
    write_text_atomically(target, dumps_data(data))


def write_links(db, rows: list[dict], json_files: Iterable[Path],
                links: dict[int, tuple[str | None, str | None]]) -> None:
    """A citing document's link rows and the JSON documents of its paths, together (call inside a savepoint: an
    OSError writing a JSON rolls the rows back)."""
    insert_rows(db, "document_links", rows, upsert=True)
    if links:
        for target in json_files:
            rewrite_links_in_json(target, links)


# ---------------------------------------------------------------------------------------------------
# Evidence for a number or a day a page does not show


@dataclass(frozen=True)
class Fill:
    """A document whose values filled from citations are not what the database's citations give now."""

    doc_id: str
    path: str  # its first source path


def _as_read(row: dict, sources: dict):
    """A stored document's metadata as the page gave it, before any value was filled from citations."""
    from .model import DocumentMetadata, FieldSource

    filled = {f for f, s in sources.items() if s.get("source") == "cited_by"}
    date = row["issued_date"]
    return DocumentMetadata(
        doc_type=row["doc_type"], symbol=row["symbol"], number=None if "number" in filled else row["number"],
        issued_date=None if "issued_date" in filled else date,
        issued_date_partial=date[:7] if "issued_date" in filled and date else row["issued_date_partial"],
        sources={f: FieldSource(**s) for f, s in sources.items() if f not in filled})


def citations_in_database(db) -> list[tuple[str, str, object]]:
    """(citing document, its file name, CitedDocument) for every citation of the database, in the order of the
    citing files' names."""
    from .model import CitedDocument

    return [(row["document_id"], row["source_name"], CitedDocument(
        doc_type=row["doc_type"], number=row["number"], issued_date=row["issued_date"], text=row["text"],
        where={"block": row["block"], "line": row["line"], "page": row["page"]}))
        for row in db.query("SELECT c.document_id, d.source_name, c.doc_type, c.number, c.issued_date, c.text, c.block, "
                            "c.line, c.page FROM cited_documents c JOIN documents d ON d.id = c.document_id "
                            "ORDER BY d.source_name, c.document_id, c.ordinal")]


def evidence_changes(db) -> list[Fill]:
    """The documents whose number or day filled from citations (source ``cited_by``) differs from what the
    citations of the database give now: filled where nothing was, gone where the citing document went or changed,
    or another citation. Only documents with a missing or filled number or day are looked at."""
    rows = list(db.query(
        "SELECT id, source_path, doc_type, number, symbol, issued_date, issued_date_partial, field_sources FROM documents "
        "WHERE symbol IS NOT NULL AND doc_type IS NOT NULL "
        "AND (number IS NULL OR issued_date IS NULL OR field_sources LIKE '%\"cited_by\"%')"))
    if not rows:
        return []
    # the stages' model (pydantic) is imported only now: a run whose documents all have their number and day does not
    # pay for it in the writing process
    from .stages.evidence import NUMBER_NOT_READ, evidence_for, wants_evidence

    codes: dict[str, set[str]] = {}
    for row in db.query(f"SELECT document_id, code FROM warnings WHERE code IN ({', '.join('?' * len(NUMBER_NOT_READ))})",
                        list(NUMBER_NOT_READ)):
        codes.setdefault(row["document_id"], set()).add(row["code"])
    citations = None
    fills = []
    for row in rows:
        sources = json.loads(row["field_sources"] or "{}")
        stored = {f: (row[f], sources[f].get("where")) for f in _FILLABLE if sources.get(f, {}).get("source") == "cited_by"}
        meta = _as_read(row, sources)
        wanted = {}
        if wants_evidence(meta, codes.get(row["id"], ())):
            if citations is None:
                citations = citations_in_database(db)
            evidence = evidence_for(meta, ((name, cited) for doc_id, name, cited in citations if doc_id != row["id"]))
            if evidence is not None:
                where = {"file_name": evidence.by, **(evidence.cited.where or {})}
                wanted = {f: (value, where) for f, value in (("number", evidence.number), ("issued_date", evidence.day))
                          if getattr(meta, f) is None}
        if wanted != stored:
            fills.append(Fill(row["id"], row["source_path"]))
    return fills


def with_database_evidence(db, doc):
    """A document read again (``evidence_changes``) with the number and day the citations of the database give it."""
    from .stages.evidence import evidence_for, wants_evidence, with_evidence

    if not wants_evidence(doc.metadata, (w.code for w in doc.warnings)):
        return doc
    evidence = evidence_for(doc.metadata, ((name, cited) for doc_id, name, cited in citations_in_database(db)
                                           if doc_id != doc.origin.sha256))
    return doc if evidence is None else with_evidence(doc, evidence)
