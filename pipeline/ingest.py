"""Ingest: files -> documents -> database and JSON. The library function behind ``kehoach ingest``.

- Parsing is ``run.process``, a pure function from a file to a Document, run in worker processes
  (``workers``); this process alone writes the database, one transaction per document, so a crash or
  Ctrl-C leaves every document either complete or absent.
- A file whose path, size and modification time (or, failing those, content hash) and pipeline
  version are already in the database is skipped without being read again.
- A file that cannot be read gets a one-line reason in ``ingest_errors`` and in the report; the run
  goes on, and nothing already in the database is touched by it.
"""

from __future__ import annotations

import csv
import hashlib
import os
import time
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import parsers

from .errors import PipelineError
from .export import json_path_for, write_json, write_jsonl
from .load import PIPELINE_VERSION, forget_error, known_files, load, open_db, prune, record_error
from .model import Document
from .run import prepare_worker, process

METADATA_FIELDS = ("doc_type", "number", "issued_date", "place", "issuer", "title", "signer", "recipients")
MAX_FILE_BYTES = 100 * 1024 * 1024
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class Ingested:
    """What the report keeps of an ingested document: a few names, not the document (a run of thousands
    of files would otherwise hold every document in memory until it ends)."""

    id: str  # documents.id, the file's SHA-256
    path: str
    name: str
    fields: tuple[str, ...]  # the metadata fields found
    warning_codes: tuple[str, ...]

    @classmethod
    def of(cls, doc: Document) -> Ingested:
        meta = doc.metadata
        present = {} if meta is None else {
            "doc_type": meta.doc_type, "number": meta.number, "issued_date": meta.issued_date, "place": meta.place,
            "issuer": meta.issuer.name, "title": meta.title, "signer": meta.signer.name, "recipients": meta.recipients,
        }
        return cls(doc.origin.sha256, doc.origin.path, doc.origin.name, tuple(name for name, value in present.items() if value),
                   tuple(w.code for w in doc.warnings))


@dataclass
class IngestReport:
    documents: list[Ingested] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    skipped: int = 0  # unchanged since the last run
    pruned: int = 0
    seconds: float = 0.0
    # agency names of the whole database that did not resolve: (name, occurrences), most frequent first
    unresolved_agencies: list[tuple[str, int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def fields_found(self) -> dict[str, int]:
        counts = Counter(name for doc in self.documents for name in doc.fields)
        return {name: counts[name] for name in METADATA_FIELDS}

    def warning_codes(self) -> Counter[str]:
        return Counter(code for doc in self.documents for code in doc.warning_codes)


def write_unresolved_report(db, path: Path) -> None:
    """The agency names that did not resolve, with counts and where they occur: the list a clerk works through to
    add aliases or bodies to pipeline/data/agencies.csv. Cells a spreadsheet would run as formulas are defused."""
    from .spreadsheet import defused_row

    rows = list(db.query("SELECT * FROM unresolved_agencies"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "occurrences", "documents", "reason", "files", "first_places"])
        writer.writeheader()
        writer.writerows(defused_row(row) for row in rows)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the files with a supported suffix under folders named, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in parsers.READERS))
        else:
            files.append(path)
    return files


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def safe_process(path: Path) -> tuple[Path, Document | None, str | None]:
    """``process`` for a worker: a failure is returned with its reason, never raised."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PipelineError(str(path), f"file too large ({size / 2**20:.0f} MB > {MAX_FILE_BYTES / 2**20:.0f} MB)")
        return path, process(path), None
    except FileNotFoundError:
        return path, None, "no such file"
    except PipelineError as error:
        return path, None, error.reason
    except (OSError, MemoryError, RecursionError) as error:
        return path, None, f"{type(error).__name__}: {error}"


def _parsed(paths: list[Path], workers: int) -> Iterator[tuple[Path, Document | None, str | None]]:
    if workers <= 1 or len(paths) <= 1:
        if paths:
            prepare_worker()
        yield from map(safe_process, paths)
        return
    # A bounded window of files in flight, results in order: parsed documents never pile up in memory
    # behind one slow file (pool.map would submit every file at once and hold all their results).
    with ProcessPoolExecutor(max_workers=workers, initializer=prepare_worker) as pool:
        window: deque[Future] = deque()
        for path in paths:
            window.append(pool.submit(safe_process, path))
            if len(window) >= IN_FLIGHT_PER_WORKER * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    json_dir: Path | None,
    workers: int | None = None,
    prune_missing: bool = False,
    jsonl_path: Path | None = None,
    unresolved_path: Path | None = None,
    on_file: Callable[[int, int, Path, Document | None, str | None], None] | None = None,
) -> IngestReport:
    start = time.perf_counter()
    roots = [Path(p) for p in paths]
    files = expand(roots)
    db = open_db(db_path)
    report = IngestReport()
    known = known_files(db)
    todo: list[Path] = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            todo.append(path)
            continue
        seen = known.get(str(path))
        if seen and seen["size"] == stat.st_size and seen["mtime_ns"] == stat.st_mtime_ns and seen["pipeline_version"] == PIPELINE_VERSION:
            report.skipped += 1
            continue
        if seen and seen["pipeline_version"] == PIPELINE_VERSION and seen["size"] == stat.st_size and sha256_of(path) == seen["id"]:
            report.skipped += 1  # touched but unchanged
            continue
        todo.append(path)
    workers = (os.cpu_count() or 1) if workers is None else workers
    for index, (path, doc, reason) in enumerate(_parsed(todo, workers), start=1):
        if doc is not None:
            try:
                load(db, doc, mtime_ns=path.stat().st_mtime_ns)
                if json_dir is not None:
                    write_json(doc, json_dir)
            except PipelineError as error:
                doc, reason = None, error.reason
        if doc is None:
            report.failures.append((str(path), reason or "unknown error"))
            record_error(db, str(path), reason or "unknown error")
        else:
            forget_error(db, str(path))
            report.documents.append(Ingested.of(doc))
        if on_file:
            on_file(index, len(todo), path, doc, reason)
    if prune_missing:
        report.pruned = prune(db, roots)
    # Every document of the database, rewritten only when the database changed (a no-change run stays fast).
    if jsonl_path is not None and json_dir is not None and (report.documents or report.pruned or not Path(jsonl_path).exists()):
        names = [row["source_name"] for row in db.query("SELECT source_name FROM documents ORDER BY source_name")]
        write_jsonl([json_path_for(json_dir, name) for name in names], Path(jsonl_path))
    report.unresolved_agencies = [(row["name"], row["occurrences"]) for row in db.query(
        "SELECT name, occurrences FROM unresolved_agencies")]
    if unresolved_path is not None and (report.documents or report.pruned or not Path(unresolved_path).exists()):
        write_unresolved_report(db, Path(unresolved_path))
    db.close()
    report.seconds = time.perf_counter() - start
    return report

