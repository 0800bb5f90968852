"""The report: one page per document for the person who checks an extraction, and an index of the documents with
how many items each has for review. ``kehoach report`` writes the HTML pages; ``--markdown`` prints one document for
the terminal.

A page shows, top to bottom: the metadata (each field's value, where it was read — printed text, OCR, a form field,
a legal site's panel, a document that cites it, a correction — with its confidence, block, line and page, and the
text of that block); the documents it cites and those that cite it (``document_links``), linked to their pages; what to
review (the ``review_queue`` view, each item with the field path a correction names); every warning next to the source
text it is about, with, for a scan, a crop of the page image; the corrections and what became of them; uncertain
table rows; agency names that did not resolve or resolved only by similarity; deadlines that name no period; the
section tree; the task and indicator tables (each target with what it means: comparator, range, change, unit,
period, and as printed).

Everything comes from the database (which agrees with the JSON documents): the report never reads a document again.
A crop is rendered from the source file when the page is written (pypdfium2 for a PDF, Pillow for an image), from
the box the warning or its block carries (PDF points, or pixels of an image, from the top left); a source file no
longer where it was read gives no crop, and the page says so.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from .load import read_db

SOURCE_NAMES = {"printed": "printed text", "ocr": "OCR", "form": "form field (signature widget)", "signature": "digital signing time",
                "site_panel": "legal site's panel", "cited_by": "cited by another document", "file_name": "file name",
                "correction": "correction"}
CROP_MARGIN = 6.0  # around the box, in its units
CROP_SCALE = 2.0  # a PDF crop is rendered at 144 dpi


def page_name(json_name: str) -> str:
    """A document's page is named after its JSON document: ``plan.txt.json`` -> ``plan.txt.html``."""
    return PurePath(json_name).stem + ".html"


def documents(db) -> list[dict]:
    """The index: every document with its counts, in the order of its file names."""
    return [dict(row) for row in db.query(
        "SELECT d.id, d.doc_type, d.number, d.issued_date, d.title, d.source_name, d.source_path, d.format, "
        "d.warning_count AS warnings, s.json_name, (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks, "
        "(SELECT count(*) FROM review_queue q WHERE q.document_id = d.id) AS review_items "
        "FROM documents d JOIN source_files s ON s.path = d.source_path ORDER BY d.source_name, d.id")]


def _rows(db, sql: str, doc_id: str) -> list[dict]:
    return [dict(row) for row in db.query(sql, [doc_id])]


def _tree(sections: list[dict]) -> list[dict]:
    """Sections in document order, each with its depth (the tree drawn as an indented table)."""
    depth: dict[str, int] = {}
    for section in sections:
        depth[section["node_id"]] = depth.get(section["parent_id"], -1) + 1 if section["parent_id"] else 0
        section["depth"] = depth[section["node_id"]]
    return sections


def _signer_line(row: dict) -> str:
    """A joint document's other signer as a page shows it: "Trần Thị Mai (Chủ tịch, for HỘI LIÊN HIỆP PHỤ NỮ …)"."""
    about = ", ".join(filter(None, (row["title"], row["signs_for"] and f"for {row['signs_for']}")))
    return f"{row['name'] or '(no name)'}" + (f" ({about})" if about else "")


def document_data(db, doc_id: str) -> dict[str, Any]:
    """Everything a document's page shows, as plain rows."""
    doc = dict(next(db.query("SELECT * FROM documents WHERE id = ?", [doc_id])))
    tasks = _rows(db, "SELECT t.*, (SELECT group_concat(a.name || CASE WHEN a.agency_id IS NULL THEN ' (?)' ELSE '' END, '; ') "
                      "FROM task_agencies a WHERE a.document_id = t.document_id AND a.task_id = t.task_id AND a.role = 'lead') AS lead, "
                      "(SELECT group_concat(a.name, '; ') FROM task_agencies a WHERE a.document_id = t.document_id "
                      "AND a.task_id = t.task_id AND a.role IN ('support', 'implementer')) AS support "
                      "FROM tasks t WHERE t.document_id = ? ORDER BY t.ordinal", doc_id)
    corrections = _rows(db, "SELECT * FROM corrections WHERE document_id = ? ORDER BY line", doc_id)
    return {
        "document": doc,
        "applied": {c["field"]: c for c in corrections if c["status"] == "applied"},
        "files": _rows(db, "SELECT path, json_name FROM source_files WHERE document_id = ? ORDER BY path", doc_id),
        "fields": _rows(db, "SELECT * FROM metadata_fields WHERE document_id = ? ORDER BY ordinal", doc_id),
        "signer_authority": json.loads(doc["signer_authority"] or "[]"),
        # the citations it makes, with the document of the database each designates, and those that cite it
        "cites": _rows(db, "SELECT l.*, c.doc_type AS target_type, c.number AS target_number, c.title AS target_title, "
                           "c.source_name AS target_name, s.json_name AS target_json FROM document_links l "
                           "LEFT JOIN documents c ON c.id = l.cited_id LEFT JOIN source_files s ON s.path = c.source_path "
                           "WHERE l.document_id = ? ORDER BY l.ordinal", doc_id),
        "cited_by": _rows(db, "SELECT l.text, l.match, l.line, l.page, d.id, d.doc_type, d.number, d.issued_date, d.title, "
                              "d.source_name, s.json_name FROM document_links l JOIN documents d ON d.id = l.document_id "
                              "JOIN source_files s ON s.path = d.source_path WHERE l.cited_id = ? "
                              "ORDER BY d.issued_date, d.number, l.ordinal", doc_id),
        "addressees": [r["name"] for r in _rows(db, "SELECT name FROM addressees WHERE document_id = ? ORDER BY ordinal", doc_id)],
        "co_signers": [_signer_line(r) for r in _rows(db, "SELECT * FROM signers WHERE document_id = ? AND ordinal > 1 "
                                                          "ORDER BY ordinal", doc_id)],
        "recipients": [r["name"] for r in _rows(db, "SELECT name FROM recipients WHERE document_id = ? ORDER BY ordinal", doc_id)],
        "review": _rows(db, "SELECT * FROM review_queue WHERE document_id = ? ORDER BY kind, item", doc_id),
        "warnings": _rows(db, "SELECT * FROM warnings WHERE document_id = ? ORDER BY ordinal", doc_id),
        "corrections": corrections,
        "uncertain_rows": _rows(db, "SELECT * FROM table_rows WHERE document_id = ? AND uncertain = 1 ORDER BY ordinal", doc_id),
        "agencies": _rows(db, "SELECT 'task ' || task_id || ' (' || role || ')' AS place, name, match, score, reason, "
                              "(SELECT canonical_name FROM agencies g WHERE g.id = a.agency_id) AS read_as "
                              "FROM task_agencies a WHERE document_id = ? AND match IN ('unresolved', 'fuzzy') "
                              "UNION ALL SELECT 'duty in ' || coalesce(section_id, 'prose'), name, match, score, reason, "
                              "(SELECT canonical_name FROM agencies g WHERE g.id = s.agency_id) FROM assignments s "
                              "WHERE document_id = ?1 AND match IN ('unresolved', 'fuzzy') "
                              "UNION ALL SELECT 'addressees', name, match, score, reason, "
                              "(SELECT canonical_name FROM agencies g WHERE g.id = k.agency_id) FROM addressees k "
                              "WHERE document_id = ?1 AND match IN ('unresolved', 'fuzzy') "
                              "UNION ALL SELECT 'recipients', name, match, score, reason, "
                              "(SELECT canonical_name FROM agencies g WHERE g.id = r.agency_id) FROM recipient_agencies r "
                              "WHERE document_id = ?1 AND match IN ('unresolved', 'fuzzy')", doc_id),
        "unparsed_deadlines": [t for t in tasks if t["deadline_text"] and not (
            t["deadline_start"] or t["deadline_end"] or t["deadline_recurring"] or t["deadline_duration"])],
        "sections": _tree(_rows(db, "SELECT * FROM sections WHERE document_id = ? ORDER BY ordinal", doc_id)),
        "tables": _rows(db, "SELECT * FROM tables WHERE document_id = ? ORDER BY ordinal", doc_id),
        "tasks": tasks,
        "indicators": _rows(db, "SELECT * FROM indicators WHERE document_id = ? ORDER BY ordinal", doc_id),
    }


# ---------------------------------------------------------------------------------------------------
# Crops of the page image


@dataclass(frozen=True)
class Crop:
    png: bytes

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


def crop(path: str, fmt: str, page: int | None, bbox: list[float] | None) -> Crop | None:
    """The part of a page ``bbox`` (x0, top, x1, bottom) marks, with a margin: PDF points for a PDF (rendered with
    its form fields, which e-signing draws the number and date in), pixels for an image. None when the file is gone
    or the format has no pages to crop."""
    if not page or not bbox or not Path(path).is_file():
        return None
    x0, top, x1, bottom = bbox
    try:
        if fmt.startswith("pdf"):
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(path)
            try:
                pdf.init_forms()
                sheet = pdf[page - 1]
                width, height = sheet.get_size()
                cut = (max(0.0, x0 - CROP_MARGIN), max(0.0, height - bottom - CROP_MARGIN),
                       max(0.0, width - x1 - CROP_MARGIN), max(0.0, top - CROP_MARGIN))
                image = sheet.render(scale=CROP_SCALE, crop=cut, may_draw_forms=True).to_pil()
            finally:
                pdf.close()
        elif fmt == "image":
            from PIL import Image

            with Image.open(path) as source:
                source.seek(page - 1)
                image = source.convert("RGB").crop((max(0, int(x0 - CROP_MARGIN)), max(0, int(top - CROP_MARGIN)),
                                                    min(source.width, int(x1 + CROP_MARGIN)),
                                                    min(source.height, int(bottom + CROP_MARGIN))))
        else:
            return None
    except Exception:  # a damaged file gives no crop; the page still shows the text
        return None
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return Crop(out.getvalue())


def _with_crops(data: dict[str, Any]) -> None:
    """A crop for every warning and doubtful field that has a page and a box."""
    doc = data["document"]
    for item in (*data["warnings"], *data["fields"]):
        box = json.loads(item["bbox"]) if item.get("bbox") and (item.get("status") or "doubtful") != "ok" else None
        item["crop"] = crop(doc["source_path"], doc["format"], item.get("page"), box) if box else None
        item["crop_missing"] = bool(box) and item["crop"] is None


# ---------------------------------------------------------------------------------------------------
# Rendering


_SIGNS = {">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "~": "≈ "}  # "=" and "range" need no sign


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def target_reading(indicator: dict[str, Any]) -> str:
    """An indicator's target as read, with what it means: "≥ 80 %", "90 – 95 %", "decrease 10 thủ tục", "≈ 8.5 %",
    "40 xã" in a row of "%" (its ``target_unit``);
    '' when no number was read (the printed cell, shown beside it, says what was there)."""
    if indicator["target"] is None:
        return ""
    number = _number(indicator["target"])
    if indicator["target_high"] is not None:
        number += " – " + _number(indicator["target_high"])
    unit = indicator.get("target_unit") or indicator["unit"]  # a target read in another unit than its row's keeps its own
    reading = _SIGNS.get(indicator["comparator"] or "", "") + number + (" " + unit if unit else "")
    return f"{indicator['change']} {reading}" if indicator["change"] else reading


def period_cells(indicator: dict[str, Any]) -> str:
    """Every result and target column of the row as printed: "Thực hiện năm 2025: 72,5; Kế hoạch năm 2026: ≥ 80%"."""
    return "; ".join(f"{v['column']}: {v['printed']}" for v in json.loads(indicator["period_values"] or "[]"))


def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline", "data"),
                             autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["source_name"] = lambda source: SOURCE_NAMES.get(source, source or "")
    env.filters["cell"] = lambda value: "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
    env.filters["json_list"] = lambda value: json.loads(value) if value else []
    env.filters["target_reading"] = target_reading
    env.filters["period_cells"] = period_cells
    return env


def render_html(data: dict[str, Any]) -> str:
    _with_crops(data)
    return _environment().get_template("report.html").render(**data, page_name=page_name)


def render_markdown(data: dict[str, Any]) -> str:
    return _environment().get_template("report.md").render(**data)


def render_index(rows: list[dict]) -> str:
    return _environment().get_template("report_index.html").render(documents=rows, page_name=page_name)


def _select(db, rows: list[dict], wanted: list[str] | None) -> list[dict]:
    """The documents named by a sha256 or the path of any file they were read from (as given, or absolute: of files
    with identical bytes, every path names their one document); all when none is named."""
    if not wanted:
        return rows
    from ..ingest import absolute, path_key

    ids = {row["id"] for row in rows}
    chosen = set()
    for name in wanted:
        found = db.execute("SELECT document_id FROM source_files WHERE path = ?", [path_key(absolute(name))]).fetchone()
        document_id = name.lower() if name.lower() in ids else found[0] if found else None
        if document_id is None:
            from ..errors import PipelineError

            raise PipelineError(name, "not in the database: ingest it first, or give the path it was ingested from")
        chosen.add(document_id)
    return [row for row in rows if row["id"] in chosen]


def write_report(db_path: Path, out_dir: Path, wanted: list[str] | None = None) -> Path:
    """Write ``index.html`` and one page per document (those ``wanted``, or all) into ``out_dir``; returns the index."""
    db = read_db(db_path)
    try:
        rows = documents(db)
        out_dir.mkdir(parents=True, exist_ok=True)
        for row in _select(db, rows, wanted):
            (out_dir / page_name(row["json_name"])).write_text(render_html(document_data(db, row["id"])), encoding="utf-8")
        index = out_dir / "index.html"
        index.write_text(render_index(rows), encoding="utf-8")
    finally:
        db.close()
    return index


def markdown_report(db_path: Path, wanted: list[str]) -> str:
    db = read_db(db_path)
    try:
        return "\n\n".join(render_markdown(document_data(db, row["id"])) for row in _select(db, documents(db), wanted))
    finally:
        db.close()
