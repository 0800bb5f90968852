"""Plain-text reader: text copied from legal websites, one block per non-blank source line.

Decodes UTF-8 (with or without BOM), UTF-16 and Windows-1258 and normalises to NFC (Windows-1258 text
decodes to letters followed by combining tone marks). A line that holds only a non-breaking space is
kept as an empty block: in text copied from a web page it stands for an empty table cell.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Iterator

from pipeline.errors import ReaderError
from pipeline.model import Block, Document, Provenance
from pipeline.text import nfc

from .common import origin_of

READER = "txt"
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Encodings that can hold Vietnamese, tried in this order when the bytes are not UTF-8.
_VIETNAMESE_CODECS = ("cp1258",)
_MAX_CONTROL_RATIO = 0.01


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
EIGHT_BIT = "8-bit"  # no byte-order mark and not UTF-16: UTF-8, else Windows-1258


def sniff(data: bytes, path: str) -> tuple[str, int]:
    """(the encoding the bytes announce, their count of control characters), without decoding them: a codec
    from a byte-order mark or from the NUL bytes of UTF-16, else ``EIGHT_BIT``. Raises ReaderError for empty
    or binary input. (The HTML reader hands 8-bit pages to lxml undecoded: decoding 1 MB costs a third of a parse.)"""
    if not data.strip():
        raise ReaderError(path, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, 0
    controls = _control_count(data)  # NUL bytes among them: only past a quarter of NULs can the bytes be UTF-16
    if controls > len(data) // 4 and data.count(b"\x00") > len(data) // 4:  # UTF-16 without a byte-order mark
        return ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), 0
    if controls > max(1, len(data) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    return EIGHT_BIT, controls


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises ReaderError for empty, binary or undecodable input."""
    codec, controls = sniff(data, path)
    if codec in ("utf-8-sig", "utf-16"):
        return _checked(data.decode(codec, errors="strict"), path), codec
    if codec != EIGHT_BIT:
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            raise ReaderError(path, "binary data, not text") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # UTF-8 keeps control characters as single bytes: the text has as many as the bytes
        return _checked(text, path, controls), "utf-8"
    for codec in _VIETNAMESE_CODECS:
        try:
            return _checked(data.decode(codec), path), codec
        except UnicodeDecodeError:
            continue
    raise ReaderError(path, "undecodable text: not UTF-8, UTF-16 or Windows-1258")


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL_CHARS.match(chr(b)))


def _control_count(data: bytes | str) -> int:
    """Control characters other than line breaks and tabs: text has (almost) none, binary data many.
    (For bytes, deleting every other byte in C is ten times quicker than a regex.)"""
    if isinstance(data, bytes):
        return len(data.translate(None, _NOT_CONTROL_BYTES))
    return len(_CONTROL_CHARS.findall(data))


def _checked(text: str, path: str, controls: int | None = None) -> str:
    if (_control_count(text) if controls is None else controls) > max(1, len(text) * _MAX_CONTROL_RATIO):
        raise ReaderError(path, "binary data, not text")
    return nfc(text)


def read(path: Path) -> Document:
    data = Path(path).read_bytes()
    text, _encoding = decode(data, str(path))
    blocks: list[Block] = []
    for line_no, start, line in _lines(text):
        if not line.strip(" \t\f\v"):
            continue
        # positional arguments: this runs once per line, and keywords cost a third more
        prov = Provenance(READER, None, line_no, line_no, start, start + len(line))
        blocks.append(Block(f"b{len(blocks) + 1:04d}", line, prov))
    return Document(origin=origin_of(Path(path), data, "txt"), blocks=blocks)


# A page whose line breaks were stored escaped, as the four characters "\r\n" (a legal site's text copied with them).
_ANY_BREAK = re.compile(r"\\r\\n|\\r|\\n|\r\n|\r|\n")
_MIN_ESCAPED_BREAKS = 3


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset, text) of each line; a line ends at "\r\n", "\r" or "\n", or at their escaped forms when
    the text has several (Vietnamese documents print no backslash before r or n)."""
    if text.count("\\n") + text.count("\\r") >= _MIN_ESCAPED_BREAKS:
        start = line_no = 0
        for line_no, line_end in enumerate(_ANY_BREAK.finditer(text), start=1):
            yield line_no, start, text[start : line_end.start()]
            start = line_end.end()
        if start < len(text):
            yield line_no + 1, start, text[start:]
        return
    if "\r" not in text:  # most files: str.split is three times quicker than the regex
        start = 0
        for line_no, line in enumerate(text.split("\n"), start=1):
            yield line_no, start, line
            start += len(line) + 1
        return
    end = len(text)
    for line_no, match in enumerate(_LINE.finditer(text), start=1):
        if match.start() == end:
            break
        yield line_no, match.start(), match.group().rstrip("\r\n")
