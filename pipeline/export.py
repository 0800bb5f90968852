"""Export: one JSON document per source file, deterministic so that golden diffs stay readable.

Field names are a contract for other tools: ``schema.PlanExport`` defines them and
``schema/plan.schema.json`` publishes them; ``schema_version`` changes with them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .model import Document
from .schema import PlanExport, Source


def to_export(doc: Document) -> PlanExport:
    return PlanExport(schema_version=doc.schema_version,
                      source=Source(**doc.origin.model_dump(), site_attributes=doc.site_attributes),
                      document=doc.metadata, sections=doc.sections, tables=doc.tables, tasks=doc.tasks,
                      indicators=doc.indicators, assignments=doc.assignments, warnings=doc.warnings)


def to_json_dict(doc: Document) -> dict[str, Any]:
    return to_export(doc).model_dump(mode="json")


def dumps(doc: Document) -> str:
    return json.dumps(to_json_dict(doc), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def json_path(json_dir: Path, doc: Document) -> Path:
    return json_path_for(json_dir, doc.origin.name or doc.origin.sha256)


def json_path_for(json_dir: Path, source_name: str) -> Path:
    """``<json_dir>/<source file name>.json``; only the file's own name is used, never a path from it."""
    return Path(json_dir) / f"{Path(source_name).name}.json"


def write_json(doc: Document, json_dir: Path) -> Path:
    target = json_path(json_dir, doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(dumps(doc), encoding="utf-8")
    tmp.replace(target)  # readers never see a half-written file
    return target


def write_jsonl(json_files: list[Path], target: Path) -> int:
    """All documents in one file, one compact JSON document per line, for bulk consumers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    written = 0
    with open(tmp, "w", encoding="utf-8") as out:
        for path in json_files:
            if path.exists():
                out.write(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False, sort_keys=True) + "\n")
                written += 1
    tmp.replace(target)
    return written
