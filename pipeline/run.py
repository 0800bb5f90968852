"""The runner: read one file, run the stages in order, check each keeps the contract.

``process(path)`` is a pure function from a file to a ``Document``: nothing here writes files or a
database, so the same function can run in worker processes (or on other machines) unchanged.
"""

from __future__ import annotations

import gc
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Callable

import parsers
from parsers.textlayer import has_motto

from . import facts
from .errors import NotADocument, PipelineError, ProgramTimedOut, SlowProgram, StageError
from .model import Document, Issue
from .stages.registry import registry

Stage = Callable[[Document], Document]
_MOTTO_LINES = 40  # the motto is in the header: the first lines of the first page

# The stages in order, each the function of that name in the module of that name under pipeline/stages/.
STAGE_NAMES = ("clean", "metadata", "tables", "sections", "tasks", "indicators", "deadlines", "assignments", "agencies")


@cache
def pipeline_stages(names: tuple[str, ...] = STAGE_NAMES) -> list[tuple[str, Stage]]:
    """The stages ``names`` (a part of STAGE_NAMES, in its order), their modules imported when first asked for: a
    command that needs a few stages (``kehoach akn``) does not import and compile the patterns of the others."""
    if unknown := [name for name in names if name not in STAGE_NAMES]:
        raise ValueError(f"no such stage: {', '.join(unknown)}")
    return [(name, getattr(import_module(f".stages.{name}", __package__), name))
            for name in sorted(names, key=STAGE_NAMES.index)]


def run_stages(doc: Document, stages: list[tuple[str, Stage]] | None = None) -> Document:
    facts.forget()  # the facts of the document before
    for name, stage in pipeline_stages() if stages is None else stages:
        try:
            result = stage(doc)
        except (PipelineError, SlowProgram):
            raise
        except Exception as error:  # a bug in a stage must name the stage and the file
            raise StageError(doc.origin.path, f"stage '{name}' failed: {type(error).__name__}: {error}") from error
        if not isinstance(result, Document):
            raise StageError(doc.origin.path, f"stage '{name}' returned {type(result).__name__}, not a Document")
        doc = result
    return doc


def prepare_worker() -> None:
    """Ready a process that will parse many files: build the agency registry once, then exempt every object
    alive from the cyclic garbage collector (``gc.freeze``). The registry's 58,000 objects live as long as the
    process, and every full collection used to scan them all again: 15% of the time on the text samples. The stages'
    modules (their compiled patterns) are imported first, so that they are frozen too. Then the collector's first
    threshold is raised (see _WORKER_COLLECTION_OBJECTS)."""
    pipeline_stages()
    registry().read_every_place()
    gc.freeze()
    threshold = gc.get_threshold()
    if threshold[0]:  # 0: collection off, left so
        gc.set_threshold(max(_WORKER_COLLECTION_OBJECTS, threshold[0]), *threshold[1:])


# A document's stages hold a few thousand objects at a time (blocks, cells, outline nodes) and free them by reference
# counting, nearly never in cycles: at the default first threshold (700) the collector ran about twice a document,
# each time scanning thousands of objects none of which was garbage (3% of the CPU time on the HTML pages of
# bench/floors.py). At 10,000 it runs about once in ten documents; cycles are still collected, a little later.
_WORKER_COLLECTION_OBJECTS = 10_000


def process(path: Path, only: tuple[str, ...] = STAGE_NAMES) -> Document:
    """One file to one Document: a pure function of the file's bytes (workers and other machines run it as is).
    ``only``: the stages to run (the fields the others write stay empty), for a command that reads a few fields."""
    try:
        return admissible(run_stages(parsers.read(Path(path)), pipeline_stages(only)))
    except SlowProgram as error:
        raise ProgramTimedOut(str(path), f"{error}: the machine may be overloaded; the file is read again on the next "
                                         f"run") from None


_ADMINISTRATIVE_SECTIONS = frozenset({"part", "roman", "chapter", "article", "annex"})


def admissible(doc: Document) -> Document:
    """Refuse only what is clearly not an administrative document (a letter, a web page about something else).
    A document with no type, number or date is still one when it has a task or indicator table, the national
    motto, an issuing body the registry knows, a signature on a body's behalf or an administrative section tree (a
    Quy trình, an Đề cương, a draft, an annex issued as a file of its own): kept, with a warning that says what was
    missing."""
    meta = doc.metadata
    if meta and (meta.doc_type or meta.number or meta.issued_date or meta.issued_date_partial or doc.site_attributes):
        return doc
    evidence = [what for what, present in (
        ("a task or indicator table", any(t.kind != "other" for t in doc.tables)),
        ("the national motto", has_motto("\n".join(b.orig for b in doc.blocks[:_MOTTO_LINES] if b.prov.page in (None, 1)))),
        ("an issuing body", bool(meta and meta.issuer.agency and meta.issuer.agency.agency_id)),
        # "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ THƯỜNG TRỰC" / a name: a page that dropped the header kept the signature
        ("a signature on a body's behalf", bool(meta and meta.signer.name and meta.signer.authority)),
        ("an administrative section tree", sum(s.kind in _ADMINISTRATIVE_SECTIONS for s in doc.sections) >= 2),
    ) if present]
    if not evidence:
        raise NotADocument(doc.origin.path, "not an administrative document: no document type, number or date found")
    return doc.with_warnings([Issue(
        code="document_unidentified",
        message=f"no document type, number or date found; read as an administrative document for {' and '.join(evidence)}")])
