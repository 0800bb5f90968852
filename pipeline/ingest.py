"""Ingest: files -> documents -> database and JSON. The library function behind ``kehoach ingest``.

A file that cannot be read is reported with its reason and skipped; the run goes on with the others,
and nothing already in the database is touched by a failed file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import parsers

from .errors import PipelineError
from .export import write_json
from .load import load, open_db
from .model import Document
from .run import process

METADATA_FIELDS = ("doc_type", "number", "issued_date", "place", "issuer", "title", "signer", "recipients")


@dataclass
class IngestReport:
    documents: list[Document] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def ok(self) -> bool:
        return not self.failures

    def fields_found(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for doc in self.documents:
            meta = doc.metadata
            if meta is None:
                continue
            present = {
                "doc_type": meta.doc_type, "number": meta.number, "issued_date": meta.issued_date, "place": meta.place,
                "issuer": meta.issuer.name, "title": meta.title, "signer": meta.signer.name, "recipients": meta.recipients,
            }
            counts.update(name for name, value in present.items() if value)
        return {name: counts[name] for name in METADATA_FIELDS}

    def warning_codes(self) -> Counter[str]:
        return Counter(w.code for doc in self.documents for w in doc.warnings)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the files with a supported suffix under folders named, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in parsers.READERS))
        else:
            files.append(path)
    return files


def ingest(
    paths: Iterable[Path],
    db_path: Path,
    json_dir: Path | None,
    on_file: Callable[[int, int, Path, Document | None, str | None], None] | None = None,
) -> IngestReport:
    files = expand(paths)
    db = open_db(db_path)
    report = IngestReport()
    for index, path in enumerate(files, start=1):
        try:
            if not path.exists():
                raise PipelineError(str(path), "no such file")
            doc = process(path)
            load(db, doc)
            if json_dir is not None:
                write_json(doc, json_dir)
        except PipelineError as error:
            report.failures.append((str(path), error.reason))
            if on_file:
                on_file(index, len(files), path, None, error.reason)
            continue
        report.documents.append(doc)
        if on_file:
            on_file(index, len(files), path, doc, None)
    db.close()
    return report
