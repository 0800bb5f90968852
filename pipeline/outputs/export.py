"""Export: one JSON document per source file, deterministic so that golden diffs stay readable.

Field names are a contract for other tools: ``schema.PlanExport`` defines them and
``schema/plan.schema.json`` publishes them; ``schema_version`` changes with them. Fields come in the schema's
order, so that a person opening the file reads the document's number, date and title first.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import tempfile
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Callable

import orjson

if TYPE_CHECKING:  # the model (pydantic) is imported where a document is exported, not by every command
    from ..model import Document
    from .schema import PlanExport


def to_export(doc: Document) -> PlanExport:
    from .schema import PlanExport, Source

    return PlanExport(schema_version=doc.schema_version,
                      source=Source(**doc.origin.model_dump(), site_attributes=doc.site_attributes),
                      document=doc.metadata, sections=doc.sections, tables=doc.tables, tasks=doc.tasks,
                      indicators=doc.indicators, assignments=doc.assignments, warnings=doc.warnings,
                      corrections=doc.corrections)


def to_json_dict(doc: Document) -> dict[str, Any]:
    return to_export(doc).model_dump(mode="json")


def dumps(doc: Document) -> str:
    """The document as the JSON file holds it (``json_bytes``), as text."""
    return json_bytes(doc).decode("utf-8")


def json_bytes(doc: Document) -> bytes:
    """The document as the JSON file holds it, UTF-8 (``data_bytes`` of its data). Bytes, not text: a worker sends
    them to the writer, which writes them as they are (no decoding, no encoding)."""
    return data_bytes(to_json_dict(doc))


def dumps_data(data: dict[str, Any]) -> str:
    """A JSON document's data (``to_json_dict``, or a JSON file read back) as the file holds it, as text."""
    return data_bytes(data).decode("utf-8")


def data_bytes(data: dict[str, Any]) -> bytes:
    """JSON data as a JSON file holds it: two-space indent, non-ASCII as is. orjson writes the same bytes as
    ``json.dumps(…, ensure_ascii=False, indent=2)`` some 30 times faster (the standard library's indented form runs
    in Python); the standard library takes what orjson refuses (a lone surrogate, an integer over 64 bits)."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n"
    except (TypeError, orjson.JSONEncodeError):
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Longest file name most file systems take, in bytes (ext4, XFS, NTFS in UTF-16 units: 255).
MAX_NAME_BYTES = 255


def json_name_for(path: str, taken: Callable[[str], bool]) -> str:
    """The name of a source file's JSON document: ``<file name>.json``; when another source file already has that
    name (``plan.txt`` in two folders) or it would be too long, ``<file name, cut to fit>~<hash of the path>.json``.
    Only the file's own name is used, never a folder from it."""
    name = PurePath(path).name
    plain = f"{name}.json"
    if len(plain.encode("utf-8")) <= MAX_NAME_BYTES and not taken(plain):
        return plain
    tag = f"~{hashlib.sha256(path.encode('utf-8')).hexdigest()[:12]}.json"
    room = MAX_NAME_BYTES - len(tag)
    return name.encode("utf-8")[:room].decode("utf-8", "ignore") + tag


TEMPORARY = (".kehoach-", ".tmp")  # prefix and suffix of the files written before they are renamed


def write_text_atomically(target: Path, text: str | bytes) -> None:
    """Write (``text``, or bytes as they are) through a temporary file in the same folder renamed over ``target``:
    readers never see a half-written file, and a failed write (disk full) leaves neither a temporary file nor a
    damaged target. (Only a kill -9 can leave a temporary file: ``sweep_temporary_files`` removes it on the next
    run.)"""
    data = text.encode("utf-8") if isinstance(text, str) else text
    temporary, handle = _temporary_file(target.parent)
    try:
        try:
            unwritten = memoryview(data)
            while unwritten:
                unwritten = unwritten[os.write(handle, unwritten):]
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


_temporary_numbers = itertools.count()
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _temporary_file(folder: Path) -> tuple[Path, int]:
    """A new file in ``folder`` (named ``TEMPORARY``: ``sweep_temporary_files`` finds it), open for writing, readable
    by its owner only, as ``tempfile`` makes them: named by this process and a count, not by tempfile's random
    letters, and written by file descriptor (the writer writes a JSON file per document: tempfile's names and file
    object took some 15% of the time of writing one). A name taken (a file left by a killed process of the same
    number) is skipped."""
    while True:
        path = folder / f"{TEMPORARY[0]}{os.getpid()}-{next(_temporary_numbers)}{TEMPORARY[1]}"
        try:
            return path, os.open(path, _NEW_FILE, 0o600)
        except FileExistsError:
            continue


def sweep_temporary_files(folder: Path) -> None:
    """Remove the temporary files a killed run left in ``folder`` (the caller holds the ingest lock)."""
    for leftover in folder.glob(f"{TEMPORARY[0]}*{TEMPORARY[1]}"):
        leftover.unlink(missing_ok=True)


def write_json(doc: Document, target: Path, text: str | bytes | None = None) -> Path:
    """Write the document's JSON (``text``, when it was made already: ``dumps(doc)`` or ``json_bytes(doc)``)."""
    write_text_atomically(target, json_bytes(doc) if text is None else text)
    return target


# In a line of plans.jsonl (fields in the schema's order), the document's source: the second field, whose "path",
# "name" and "format" come before its "sha256" (a JSON string cannot hold an unescaped quote, so no text inside the
# document can look like it).
_STRING = rb'"(?:[^"\\]|\\.)*"'
_LINE_SOURCE = re.compile(rb'^\{"schema_version": ' + _STRING + rb', "source": \{"path": (' + _STRING + rb'), "name": '
                          + _STRING + rb', "format": ' + _STRING + rb', "sha256": "([0-9a-f]{64})"')


# The layout of a JSON file (``data_bytes``: two-space indent) taken out: after a comma a line break and indent become
# one space, elsewhere nothing. A JSON string never holds a raw line break, so every one is layout.
_BREAK_AFTER_COMMA = re.compile(rb",\n *")
_BREAK = re.compile(rb"\n *")
# A number under 1e-4: the one token orjson and Python's json spell differently (orjson "0.00001" and "2.5e-7",
# json "1e-05" and "2.5e-07"; every other float the same, checked over random bit patterns). Such a number starts
# "0.0000" or has an exponent ("e-", and "e+" for safety), which a hexadecimal digest never has; the line that holds it
# is the number's line when it is nothing else (in a string it is only a false alarm, which costs the slow way).
_TINY_NUMBER = (re.compile(rb"e[-+][0-9]"), re.compile(rb"0\.0000"))
_NUMBER_LINE = re.compile(rb' *(?:' + _STRING + rb': )?-?[0-9][0-9.]*(?:e[-+][0-9]+)?,?')


def _may_hold_tiny_number(data: bytes) -> bool:
    for pattern in _TINY_NUMBER:
        for found in pattern.finditer(data):
            at = found.start()
            end = data.find(b"\n", at)
            if _NUMBER_LINE.fullmatch(data, data.rfind(b"\n", 0, at) + 1, len(data) if end == -1 else end):
                return True
    return False


def jsonl_line(json_file: Path) -> bytes:
    """A JSON document as one compact line, its fields in the order of the file (``compact_line`` of its bytes)."""
    return compact_line(json_file.read_bytes())


def compact_line(data: bytes) -> bytes:
    """A JSON file's bytes as one compact line: the bytes of ``json.dumps(json.loads(data), ensure_ascii=False)``,
    made from the text by taking its layout out (a third of the cost of parsing and writing it again, which a file
    that may hold a number under 1e-4 still takes)."""
    if data.startswith(b"{\n  \"") and data.endswith(b"\n}\n") and not _may_hold_tiny_number(data):  # as ``data_bytes`` writes
        return _BREAK.sub(b"", _BREAK_AFTER_COMMA.sub(b", ", data.rstrip(b"\n"))) + b"\n"
    return reserialised_line(data)


def reserialised_line(data: bytes) -> bytes:
    """``jsonl_line`` the slow way: the JSON parsed and written again."""
    return (json.dumps(json.loads(data.decode("utf-8")), ensure_ascii=False) + "\n").encode("utf-8")


def line_source(line: bytes) -> tuple[str, str] | None:
    """(path, sha256) of the document on a whole line of plans.jsonl; None for a line cut short."""
    found = _LINE_SOURCE.match(line) if line.endswith(b"\n") else None
    return (json.loads(found.group(1)), found.group(2).decode("ascii")) if found else None


def update_jsonl(target: Path, wanted: dict[tuple[str, str], Path], rewritten: set[Path] = frozenset(),
                 line_of: Callable[[Path], bytes] | None = None) -> int:
    """Bring ``target`` (every document, one compact JSON document per line) to hold exactly the documents
    ``wanted`` ((path, sha256) of a document -> its JSON file), without rewriting what has not changed: a line
    stays while its document is wanted, its JSON file is not among those ``rewritten`` by this run and is no newer
    than ``target`` (written again by a run that stopped before this file was: its line would be stale); the other
    lines are dropped; the documents then missing are appended from their JSON files (``line_of`` a file: default
    ``jsonl_line``; ``JsonlLines.line`` gives those the run kept). The file is rewritten (atomically) only when a
    line is dropped. Returns how many lines were written."""
    line_of = line_of or jsonl_line
    target.parent.mkdir(parents=True, exist_ok=True)
    written_at = target.stat().st_mtime_ns if target.exists() else -1
    fresh = {key for key, json_file in wanted.items()
             if json_file not in rewritten and json_file.exists() and json_file.stat().st_mtime_ns <= written_at}
    kept: set[tuple[str, str]] = set()
    dropped = False
    if written_at >= 0:
        with open(target, "rb") as old:
            for line in old:
                key = line_source(line)
                if key in fresh and key not in kept:
                    kept.add(key)
                else:
                    dropped = True
    missing = [wanted[key] for key in wanted if key not in kept and wanted[key].exists()]
    new = (line_of(json_file) for json_file in missing)  # one line in memory at a time, however many documents
    if not dropped:
        with open(target, "ab") as out:  # only documents added: appended in place
            out.writelines(new)
        return len(missing)
    handle = tempfile.NamedTemporaryFile("wb", dir=target.parent, prefix=TEMPORARY[0], suffix=TEMPORARY[1], delete=False)
    try:
        with handle, open(target, "rb") as old:
            for line in old:
                key = line_source(line)
                if key in kept:
                    handle.write(line)
                    kept.discard(key)  # a document repeated on two lines is kept once
            handle.writelines(new)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return len(missing)


class JsonlLines:
    """The plans.jsonl lines of the JSON documents a run writes, as the workers made them (``Prepared.jsonl_line``:
    ``compact_line`` of the JSON bytes), kept in an unnamed temporary file (gone when closed or killed) until
    plans.jsonl is brought up to date: the one writing process then neither reads those JSON files again nor takes
    their layout out. A JSON file written again afterwards (its links) must be ``forget``-ed: its line is then made
    from the file."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile(dir=folder, prefix=TEMPORARY[0], suffix=TEMPORARY[1])
        self.where: dict[Path, tuple[int, int]] = {}  # JSON file -> (offset, length) of its line in ``file``

    def keep(self, json_file: Path, line: bytes | None) -> None:
        """The line of the JSON file just written (None: not known, made from the file when needed)."""
        if line is None:
            self.forget(json_file)
            return
        self.where[json_file] = (self.file.seek(0, os.SEEK_END), len(line))
        self.file.write(line)

    def forget(self, json_file: Path) -> None:
        self.where.pop(json_file, None)

    def line(self, json_file: Path) -> bytes:
        """The line of a JSON file: the one kept, else made from the file (``jsonl_line``)."""
        found = self.where.get(json_file)
        if found is None:
            return jsonl_line(json_file)
        self.file.seek(found[0])
        return self.file.read(found[1])

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> JsonlLines:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
