"""Plain-text reader: text copied from legal websites, one block per non-blank source line.

Decodes UTF-8 (with or without BOM), UTF-16 and Windows-1258 and normalises to NFC (Windows-1258 text
decodes to letters followed by combining tone marks). A line that holds only a non-breaking space is
kept as an empty block: in text copied from a web page it stands for an empty table cell.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from pipeline.errors import ReaderError
from pipeline.model import Block, Document, Provenance
from pipeline.text import nfc

from .common import origin_of

READER = "txt"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Encodings that can hold Vietnamese, tried in this order when the bytes are not UTF-8.
_VIETNAMESE_CODECS = ("cp1258",)
_MAX_CONTROL_RATIO = 0.01


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises ReaderError for empty, binary or undecodable input."""
    if not data.strip():
        raise ReaderError(path, "empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="strict"), path), codec
    if data.count(b"\x00") > len(data) // 4:  # UTF-16 without a byte-order mark
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            raise ReaderError(path, "binary data, not text") from None
    if _control_count(data) > max(1, len(data) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in _VIETNAMESE_CODECS:
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            continue
    raise ReaderError(path, "undecodable text: not UTF-8, UTF-16 or Windows-1258")


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_count(data: bytes | str) -> int:
    """Control characters other than line breaks and tabs: text has (almost) none, binary data many."""
    pattern = _CONTROL_BYTES if isinstance(data, bytes) else _CONTROL_CHARS
    return len(pattern.findall(data))


def _checked(text: str, path: str) -> str:
    if _control_count(text) > max(1, len(text) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    return nfc(text)


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    text, _encoding = decode(data, str(path))
    blocks: list[Block] = []
    for line_no, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group().rstrip("\r\n")
        if match.start() == len(text):
            break
        if not line.strip(" \t\f\v"):
            continue
        blocks.append(Block(id=f"b{len(blocks) + 1:04d}", orig=line,
                            prov=Provenance(reader=READER, line_start=line_no, line_end=line_no,
                                            char_start=match.start(), char_end=match.start() + len(line))))
    return Document(origin=origin_of(Path(path), data, "txt"), blocks=blocks)
