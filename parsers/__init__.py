"""Readers: one per input format, each exposing ``read(path) -> Document`` and nothing else.

A reader fills ``Document.origin`` and ``Document.blocks`` (with ``orig`` text and provenance). It fixes
the quirks of its format but does not clean text, guess metadata or find sections: the stages do that.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from pipeline.errors import UnsupportedFormat

if TYPE_CHECKING:
    from pipeline.model import Document


def _reader(module: str) -> Callable[[Path], Document]:
    """``parsers.<module>.read``, imported on first use: listing files or checking what changed imports no
    reader, and a run of text files never imports pdfplumber, numpy or the OCR."""

    def read(path: Path) -> Document:
        return import_module(f"{__name__}.{module}").read(path)

    read.__qualname__ = f"{module}.read"
    read.module = f"{__name__}.{module}"
    return read


READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": _reader("txt"),
    ".html": _reader("html"),
    ".htm": _reader("html"),
    ".docx": _reader("docx"),
    ".pdf": _reader("pdf"),
    ".png": _reader("ocr"),
    ".jpg": _reader("ocr"),
    ".jpeg": _reader("ocr"),
    ".tif": _reader("ocr"),
    ".tiff": _reader("ocr"),
    ".doc": _reader("legacy"),
    ".rtf": _reader("legacy"),
    ".odt": _reader("legacy"),
}


def reader_for(path: Path) -> Callable[[Path], Document]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(READERS))
        raise UnsupportedFormat(str(path), f"no reader for '{path.suffix or 'no suffix'}' files (supported: {supported})")
    return reader


def import_reader(path: Path) -> None:
    """Import the reader of ``path``'s format, and the libraries it uses, if it has one. A worker does it before a
    file's limits apply: importing numpy (OpenBLAS) alone reserves tens of MiB of address space."""
    module = getattr(READERS.get(path.suffix.lower()), "module", None)  # a reader put in by hand may have none
    if module is not None:
        import_module(module)


def read(path: Path) -> Document:
    return reader_for(path)(path)
