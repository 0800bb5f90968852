"""The published JSON document: one ``PlanExport`` per source file, and its JSON Schema.

Fields are written in the order they are declared here (the document's metadata first, then its parts), not sorted.

The export is built through this model, so the schema in ``schema/plan.schema.json`` cannot drift
from what ``export`` writes: a test regenerates it and compares it with the committed file.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import Field

from ..model import (SCHEMA_VERSION, Assignment, Correction, DocumentMetadata, Indicator, Issue, Origin, Section, Strict,
                    TableRecord, Task)

SCHEMA_ID = "https://github.com/kehoach/kehoach/schema/plan.schema.json"


class Source(Origin):
    """The file the document was read from."""

    site_attributes: dict[str, str] = Field(
        default_factory=dict,
        description="The attribute panel of a legal-database page (Số ký hiệu, Ngày ban hành …) as printed.")


class PlanExport(Strict):
    """One Vietnamese administrative document (a plan, or a decision carrying one) as structured data."""

    schema_version: str = Field(description="Changes when field names or meanings change.")
    source: Source
    document: DocumentMetadata | None = Field(
        description="Type, number, date, place, issuer, title, signer and co-signers, addressees, recipients, cited "
                    "documents; null when the file holds no document header at all.")
    sections: list[Section] = Field(description="The numbered section tree (I. → 1. → a) → - → +), annexes last.")
    tables: list[TableRecord] = Field(description="Every table, with its columns' roles and its rows as printed.")
    tasks: list[Task] = Field(description="One task per data row of a task table (chủ trì, phối hợp, thời hạn …).")
    indicators: list[Indicator] = Field(description="Rows of indicator tables, scores and targets as numbers.")
    assignments: list[Assignment] = Field(
        description="Duties given in prose (TỔ CHỨC THỰC HIỆN …): one per body and role, the body resolved.")
    warnings: list[Issue] = Field(description="What was missing, contradictory or repaired, with where it was.")
    corrections: list[Correction] = Field(
        description="The corrections of the corrections file aimed at this document, applied or not, and why not.")


def json_schema() -> dict[str, Any]:
    schema = PlanExport.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": f"Kế hoạch JSON document, schema_version {SCHEMA_VERSION}", **schema}


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
