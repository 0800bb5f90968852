"""Readers: one per input format, each exposing ``read(path) -> Document`` and nothing else.

A reader fills ``Document.origin`` and ``Document.blocks`` (with ``orig`` text and provenance). It fixes
the quirks of its format but does not clean text, guess metadata or find sections: the stages do that.
"""

from __future__ import annotations

import re
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
    ".md": _reader("txt"),  # Markdown: read as the text it prints (parsers/txt.py)
    ".markdown": _reader("txt"),
    ".html": _reader("html"),
    ".htm": _reader("html"),
    ".mht": _reader("html"),  # a web archive: the page inside it (parsers/html.py)
    ".mhtml": _reader("html"),
    ".docx": _reader("docx"),
    ".pdf": _reader("pdf"),
    ".png": _reader("ocr"),
    ".jpg": _reader("ocr"),
    ".jpeg": _reader("ocr"),
    ".tif": _reader("ocr"),
    ".tiff": _reader("ocr"),
    ".jfif": _reader("ocr"),  # a JPEG as Windows saves one from a browser
    ".webp": _reader("ocr"),  # as browsers save images, and chat apps send photos of a page
    ".bmp": _reader("ocr"),
    ".doc": _reader("legacy"),
    ".rtf": _reader("legacy"),
    ".odt": _reader("legacy"),
}


# The warning of a page a call of Tesseract over its time limit left not fully read (``parsers.ocr.timed_out``). A
# reading that carries it is the machine's load as often as the file's: shown to clerks, never kept in a cache of
# readings (``read_in_full``), so that the next run reads the file again.
OCR_TIMEOUT = "ocr_timeout"


def read_in_full(doc: Document) -> bool:
    """Whether no time limit cut the reading of ``doc`` short: only such a reading may be cached."""
    return not any(issue.code == OCR_TIMEOUT for issue in doc.warnings)


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


# What a file's first bytes say it is (format facts, not a vocabulary), and the reader's suffix for each.
_MAGIC = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"), (b"{\\rtf", "rtf"), (b"\x89PNG\r\n\x1a\n", "png"),
          (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"))
_WEBP = (b"RIFF", b"WEBP")  # the file's first four bytes, and bytes 8-12 (its size between)
_SUFFIX_OF = {"pdf": ".pdf", "docx": ".docx", "doc": ".doc", "rtf": ".rtf", "odt": ".odt", "html": ".html", "png": ".png",
              "jpeg": ".jpg", "tiff": ".tif", "mhtml": ".mht",
              "webp": ".webp"}
_NAMED = {"pdf": "a PDF", "docx": "a DOCX document", "doc": "a Word 97–2003 document", "rtf": "an RTF document",
          "odt": "an OpenDocument text", "html": "a web page", "png": "a PNG image", "jpeg": "a JPEG image",
          "tiff": "a TIFF image", "mhtml": "a web archive (MHTML)", "webp": "a WebP image"}
_HEAD = 4096


def content_format(path: Path) -> str | None:
    """The format a file's bytes say it is ("pdf", "docx", "doc", "rtf", "odt", "html", "mhtml", "png", "jpeg", "tiff",
    "webp"), or None when they name none of them (plain text, or a format no reader takes)."""
    with open(path, "rb") as file:
        head = file.read(_HEAD)
    if b"%PDF-" in head[:1024]:  # the header may follow some junk bytes; readers find it there too
        return "pdf"
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    if head.startswith(_WEBP[0]) and head[8:12] == _WEBP[1]:
        return "webp"
    if head.startswith(b"PK\x03\x04"):
        return _zipped_format(path)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if is_web_archive(start):
        return "mhtml"
    if start.startswith((b"<!doctype html", b"<html")) or start.startswith(b"<?xml") and b"<html" in start:
        return "html"
    return None


def is_web_archive(head: bytes) -> bool:
    """Whether a file's first bytes are MIME headers announcing a multipart/related message: a web archive (".mht",
    ".mhtml"), a page saved as one file by a browser, or by Word as a "single file web page"."""
    top = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    headers = top.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    return (all(_HEADER_LINE.match(line) for line in headers) and any(line.startswith(b"mime-version:") for line in headers)
            and any(b"multipart/related" in line for line in headers))


_HEADER_LINE = re.compile(rb"[a-z0-9-]+:|[ \t]")  # a field's name and colon, or a field's value going on


def _zipped_format(path: Path) -> str | None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text":
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        pass
    return None


def read(path: Path) -> Document:
    """The file read by its format's reader: the one its name says, or, when its bytes are another format a reader
    takes (a web page or a DOCX saved as ".doc", a PDF downloaded as ".doc", a Word 97 file renamed ".docx"), that
    one, with a warning ``format_from_content`` naming both."""
    reader = reader_for(path)
    module = getattr(reader, "module", None)  # a reader put in by hand reads what it is given
    actual = content_format(path) if module is not None else None
    if actual is None or (other := READERS[_SUFFIX_OF[actual]]).module == module:
        return reader(path)
    from pipeline.model import Issue

    return other(path).with_warnings([Issue(
        code="format_from_content", message=f"the file is named '{path.suffix}' but holds {_NAMED[actual]}: read as such")])
