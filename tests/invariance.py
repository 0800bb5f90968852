"""What must not depend on the input format: a document's summary, compared across formats."""

from __future__ import annotations

from pipeline.model import Document
from pipeline.text import fold


def metadata_summary(doc: Document) -> dict:
    m = doc.metadata
    return {
        "doc_type": m.doc_type, "number": m.number, "issued_date": m.issued_date, "place": m.place,
        "issuer": fold(m.issuer.name or ""), "title": fold(m.title or ""), "signer": m.signer.name, "signer_title": m.signer.title,
        "authority": m.signer.authority, "recipients": len(m.recipients), "cited": sorted(c.number or c.text for c in m.cited_documents),
    }


def tree_summary(doc: Document) -> list[tuple[str, int]]:
    return [(s.id, len(s.children)) for s in doc.sections]


def task_summary(doc: Document) -> list[tuple]:
    # a task's words, however its lines are broken (a converter may join a cell's paragraphs with spaces)
    return [(t.number, fold(" ".join(t.content.split()))[:60], tuple(fold(x.name) for x in t.lead), tuple(fold(x.name) for x in t.support),
             t.deadline.end if t.deadline else None) for t in doc.tasks]


def differences(reference: Document, variant: Document) -> list[str]:
    found = []
    a, b = metadata_summary(reference), metadata_summary(variant)
    found += [f"metadata {k}: {a[k]!r} != {b[k]!r}" for k in a if a[k] != b[k]]
    if tree_summary(reference) != tree_summary(variant):
        found.append(f"tree: {tree_summary(reference)} != {tree_summary(variant)}")
    ta, tb = task_summary(reference), task_summary(variant)
    if len(ta) != len(tb):
        found.append(f"tasks: {len(ta)} != {len(tb)}")
    found += [f"task {i}: {x} != {y}" for i, (x, y) in enumerate(zip(ta, tb)) if x != y][:5]
    if len(reference.indicators) != len(variant.indicators):
        found.append(f"indicators: {len(reference.indicators)} != {len(variant.indicators)}")
    return found
