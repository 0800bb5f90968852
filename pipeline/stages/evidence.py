"""Evidence outside the page for a number or a date the page does not show legibly (a handwritten number in a scan, a
day left blank in an e-signed PDF): the digital signing time, the file name, another document of the same run that
cites this one. A value is filled only where the evidence agrees with every part the page does show (the symbol,
the typed month and year), always with its source (``signature``, ``file_name``, ``cited_by``), a confidence below a
printed value's, and a warning saying so; never silently, and never over a value the page shows.

Measured on ../shared/realdocs2: a scan's digital signature is the office's, made when the scan was published,
1-5 days after the date of issue on 6 of 13 scans; so the signing time fills the day only of a born-digital page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Iterable

from ..model import CitedDocument, Document, DocumentMetadata, FieldSource, Issue
from ..text import fold

# Under review.json's low_confidence (0.8): a value from outside the page is put before a person.
SIGNATURE_CONFIDENCE = 0.7
FILE_NAME_CONFIDENCE = 0.6
CITED_BY_CONFIDENCE = 0.7
# The warnings that say the page's number is there but cannot be read (handwritten, or no NNN/XX-YYY form).
NUMBER_NOT_READ = ("number_handwritten", "number_unreadable")


def _warn(code: str, message: str, where: dict | None = None) -> Issue:
    return Issue(code=code, message=message, where=where)


def _typed_month(meta: DocumentMetadata) -> str | None:
    """"2025-07" when the page shows the month and year of issue but not the day."""
    partial = meta.issued_date_partial or ""
    return partial if meta.issued_date is None and re.fullmatch(r"\d{4}-\d{2}", partial) else None


def from_signature(meta: DocumentMetadata, doc: Document) -> tuple[DocumentMetadata, list[Issue]]:
    """The day of issue from the earliest digital signature, on a born-digital page whose date line shows the month
    and year but no legible day, when that signature falls in that month. (The signer signs first; the office's
    stamps and copies come later.) A scan's signature is left out: it dates the scan, not the document."""
    month = _typed_month(meta)
    if month is None or not doc.signatures:
        return meta, []
    printed = meta.sources.get("issued_date")
    if printed is not None and printed.source == "ocr":
        return meta, []
    signed = min(signature.signed_at for signature in doc.signatures)
    day = signed[:10]
    if day[:7] != month:
        return meta, [_warn("issue_date_signature_disagrees",
                            f"the day of issue is blank; the earliest digital signature ({signed}) is not in the month "
                            f"the page shows ({month}): not taken", printed.where if printed else None)]
    try:
        date.fromisoformat(day)
    except ValueError:
        return meta, []
    source = FieldSource(source="signature", confidence=SIGNATURE_CONFIDENCE, where=printed.where if printed else None)
    meta = meta.model_copy(update={"issued_date": day, "issued_date_partial": None, "sources": {**meta.sources, "issued_date": source}})
    return meta, [_warn("issue_date_from_signature", f"the day of issue is blank on the page; taken from the earliest "
                                                      f"digital signature ({signed}), which falls in the month it shows",
                        source.where)]


def _symbol_pattern(symbol: str) -> str:
    """"QĐ-BNV" -> a pattern for the folded file name: "qd" and "bnv" with any of "-_. " between."""
    return r"[\s._-]*".join(re.escape(part) for part in re.split(r"[-/]", fold(symbol)) if part)


def from_file_name(meta: DocumentMetadata, doc: Document, issues: list[Issue]) -> tuple[DocumentMetadata, list[Issue]]:
    """The number from a file name that writes it with the symbol the page prints ("1187_QD-BNV.pdf",
    "QD 1187-BNV 2025.pdf" is not: the digits must come right before the symbol), when the page's own number cannot
    be read. A file name is what someone typed: it never overrides the page, and the year it carries, if any, must
    be the year the page shows."""
    if meta.number or not meta.symbol or not any(issue.code in NUMBER_NOT_READ for issue in issues):
        return meta, []
    stem = fold(PurePath(doc.origin.name).stem)
    pattern = rf"(?<![\d.])(?P<number>\d{{1,6}})(?:[\s._-]+(?P<year>(?:19|20)\d{{2}}))?[\s._-]*{_symbol_pattern(meta.symbol)}(?![a-z\d])"
    found = list(re.finditer(pattern, stem))
    if len(found) != 1:
        return meta, []
    match = found[0]
    typed_year = (meta.issued_date_partial or meta.issued_date or "")[:4]
    if match.group("year") and typed_year and match.group("year") != typed_year:
        return meta, []
    number = f"{match.group('number')}/{match.group('year')}/{meta.symbol}" if match.group("year") else f"{match.group('number')}/{meta.symbol}"
    where = {"file_name": doc.origin.name}
    source = FieldSource(source="file_name", confidence=FILE_NAME_CONFIDENCE, where=where)
    meta = meta.model_copy(update={"number": number, "sources": {**meta.sources, "number": source}})
    return meta, [_warn("number_from_file_name", f"the number cannot be read on the page; '{number}' is taken from the "
                                                 f"file name '{doc.origin.name}', which writes it with the printed symbol", where)]


# ---------------------------------------------------------------------------------------------------
# Other documents that cite this one (of the same run, or of the database: pipeline/links.py)

# "1050/QĐ-SCT", "45/2026/NĐ-CP" -> digits, year, symbol
_CITED_NUMBER = re.compile(r"^(?P<digits>\d+[a-zđ]?)(?:/(?P<year>\d{4}))?[/-](?P<symbol>.+)$")


def _agrees(cited_date: str | None, meta: DocumentMetadata) -> bool:
    """The cited date is the one the page shows, as far as it shows it (its typed month and year at least)."""
    if not cited_date:
        return False
    if meta.issued_date:
        return cited_date == meta.issued_date
    partial = meta.issued_date_partial or ""
    return bool(re.fullmatch(r"\d{4}-\d{2}", partial)) and cited_date.startswith(partial)


def _cites(meta: DocumentMetadata, cited: CitedDocument) -> bool:
    """Whether a citation names a document of this type and symbol."""
    parsed = _CITED_NUMBER.match(cited.number) if cited.number else None
    return bool(parsed) and fold(parsed.group("symbol")) == fold(meta.symbol or "") and (
        not cited.doc_type or fold(cited.doc_type) == fold(meta.doc_type or ""))


@dataclass(frozen=True)
class Evidence:
    """What the documents that cite one give it: a number and a day of issue, and the citation taken (``by``: the
    citing file's name)."""

    number: str
    day: str
    by: str
    cited: CitedDocument


def wants_evidence(meta: DocumentMetadata | None, warning_codes: Iterable[str]) -> bool:
    """Whether a document's number or day of issue is one a citation may give: it has a type and a symbol, and
    its number cannot be read (a blank number is an unnumbered draft, which no citation can name) or its day is
    blank. Neither is ever filled over a person's correction."""
    if meta is None or not meta.symbol or not meta.doc_type or (meta.number and meta.issued_date):
        return False
    corrected = {field for field, source in meta.sources.items() if source.source == "correction"}
    if corrected & {"number", "issued_date"}:
        return False
    return bool(meta.number) or any(code in NUMBER_NOT_READ for code in warning_codes)


def evidence_for(meta: DocumentMetadata, citing: Iterable[tuple[str, CitedDocument]]) -> Evidence | None:
    """The number and day the citations (citing file's name, citation) of other documents give a document that
    ``wants_evidence``: same type and symbol, a cited date that agrees with every part of the date the page shows
    (the typed month and year at least), and every citing document giving the same value; None otherwise."""
    found = [(by, cited) for by, cited in citing if _cites(meta, cited) and _agrees(cited.issued_date, meta)]
    if meta.number:  # the number is read: only its day is wanted, from citations of this very number
        found = [(by, cited) for by, cited in found if cited.number == meta.number]
    values = {(cited.number, cited.issued_date) for _, cited in found}
    if len(values) != 1:
        return None
    number, day = values.pop()
    return Evidence(number, day, *found[0])


def with_evidence(doc: Document, evidence: Evidence) -> Document:
    """The document with the number and day it does not show taken from ``evidence`` (source ``cited_by``, ``where``
    names the citing file and its block), each with a warning."""
    meta, cited = doc.metadata, evidence.cited
    where = {"file_name": evidence.by, **(cited.where or {})}
    source = FieldSource(source="cited_by", confidence=CITED_BY_CONFIDENCE, where=where)
    update, issues = {"sources": dict(meta.sources)}, []
    by = f"'{evidence.by}' cites it as '{cited.text}'"
    if not meta.number:
        update["number"], update["sources"]["number"] = evidence.number, source
        issues.append(_warn("number_from_citation", f"the number cannot be read on the page; '{evidence.number}' is "
                                                    f"taken from another document: {by}", where))
    if not meta.issued_date:
        update["issued_date"], update["issued_date_partial"], update["sources"]["issued_date"] = evidence.day, None, source
        issues.append(_warn("issue_date_from_citation", f"the day of issue cannot be read on the page; {evidence.day} is "
                                                        f"taken from another document: {by}", where))
    return doc.with_warnings(issues, metadata=meta.model_copy(update=update)) if issues else doc


def fill_from_citations(docs: list[Document]) -> list[Document]:
    """The documents of one run, a number or a day of issue that a page does not show legibly filled from the others
    that cite it (``evidence_for``). (The ingest does the same over the whole database: pipeline/links.py.)"""
    out = list(docs)
    for k, doc in enumerate(docs):
        if not wants_evidence(doc.metadata, (w.code for w in doc.warnings)):
            continue
        citing = [(other.origin.name, cited) for j, other in enumerate(docs) if j != k and other.metadata is not None
                  for cited in other.metadata.cited_documents]
        evidence = evidence_for(doc.metadata, citing)
        if evidence is not None:
            out[k] = with_evidence(doc, evidence)
    return out
