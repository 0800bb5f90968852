"""The runner: read one file, run the stages in order, check each keeps the contract.

``process(path)`` is a pure function from a file to a ``Document``: nothing here writes files or a
database, so the same function can run in worker processes (or on other machines) unchanged.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Callable

import parsers
from parsers.textlayer import has_motto

from .agencies import agencies
from .assignments import assignments
from .clean import clean
from .deadlines import deadlines
from .errors import NotADocument, PipelineError, StageError
from .metadata import metadata
from .sections import sections
from .tables import tables
from .tasks import tasks
from .indicators import indicators
from .model import Document
from .registry import registry

Stage = Callable[[Document], Document]
_MOTTO_LINES = 40  # the motto is in the header: the first lines of the first page

STAGES: list[tuple[str, Stage]] = [
    ("clean", clean),
    ("metadata", metadata),
    ("tables", tables),
    ("sections", sections),
    ("tasks", tasks),
    ("indicators", indicators),
    ("deadlines", deadlines),
    ("assignments", assignments),
    ("agencies", agencies),
]


def run_stages(doc: Document, stages: list[tuple[str, Stage]] = STAGES) -> Document:
    for name, stage in stages:
        try:
            result = stage(doc)
        except PipelineError:
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
    process, and every full collection used to scan them all again: 15% of the time on the text samples."""
    registry()
    gc.freeze()


def process(path: Path) -> Document:
    """One file to one Document: a pure function of the file's bytes (workers and other machines run it as is)."""
    doc = run_stages(parsers.read(Path(path)))
    check_admissible(doc)
    return doc


def check_admissible(doc: Document) -> None:
    """A file with neither a document type, a number, a date nor a site's attribute panel is not an
    administrative document (a letter, a web page about something else): refused, with that reason."""
    meta = doc.metadata
    if meta and (meta.doc_type or meta.number or meta.issued_date or meta.issued_date_partial or doc.site_attributes):
        return
    first_page = [b.orig for b in doc.blocks if b.prov.page in (None, 1)]
    if has_motto("\n".join(first_page[:_MOTTO_LINES])):
        return  # the national motto heads only administrative documents: never refused, whatever else is unread
    raise NotADocument(doc.origin.path, "not an administrative document: no document type, number or date found")
