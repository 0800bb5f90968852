"""Readers: one per input format, each exposing ``read(path) -> Document`` and nothing else.

A reader fills ``Document.origin`` and ``Document.blocks`` (with ``orig`` text and provenance). It fixes
the quirks of its format but does not clean text, guess metadata or find sections: the stages do that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from pipeline.errors import UnsupportedFormat
from pipeline.model import Document

from . import docx, html, legacy, ocr, pdf, txt

READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": txt.read,
    ".html": html.read,
    ".htm": html.read,
    ".docx": docx.read,
    ".pdf": pdf.read,
    ".png": ocr.read,
    ".jpg": ocr.read,
    ".jpeg": ocr.read,
    ".tif": ocr.read,
    ".tiff": ocr.read,
    ".doc": legacy.read,
    ".rtf": legacy.read,
    ".odt": legacy.read,
}


def reader_for(path: Path) -> Callable[[Path], Document]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(READERS))
        raise UnsupportedFormat(str(path), f"no reader for '{path.suffix or 'no suffix'}' files (supported: {supported})")
    return reader


def read(path: Path) -> Document:
    return reader_for(path)(path)
