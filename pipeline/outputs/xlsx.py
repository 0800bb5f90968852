"""The database as a spreadsheet for people (``kehoach export --xlsx``): one sheet per question a clerk asks —
the documents, the tasks with their agencies (one row per task, and one per task and agency), the indicators and
the review queue — each with a filter on its header row and the header frozen.

Cells are typed: ISO dates as dates, yes/no columns as booleans, numbers as numbers. Text that a spreadsheet would
run as a formula ("=HYPERLINK(…)" printed in a document) is written as a text cell marked to stay text
(``spreadsheet.looks_like_formula``); characters a workbook cannot hold (control characters) are dropped, and a
cell is cut at the 32,767 characters a cell holds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .load import BOOLEAN_COLUMNS, DATE_COLUMNS, read_db
from .spreadsheet import looks_like_formula

# sheet -> the query that fills it
SHEETS = {
    "documents": "SELECT * FROM document_list ORDER BY source_name",
    "tasks": "SELECT * FROM task_list ORDER BY document_number, document_id, task_id",
    "task_agencies": "SELECT * FROM task_agency_list ORDER BY document_number, document_id, task_id, role, position",
    # the target with what it means (comparator, unit, range, change, period) and as printed; every period's cell as
    # "column: printed" (the JSON list period_values is for programs)
    "indicators": "SELECT d.number AS document_number, i.indicator_id, i.table_id, i.code, i.parent_id, i.name, i.max_score, "
                  "i.previous_result, i.comparator, i.target, i.target_high, i.unit, i.target_unit, i.change, i.target_period, "
                  "i.target_printed, i.target_from, (SELECT group_concat(json_extract(v.value, '$.column') || ': ' || "
                  "json_extract(v.value, '$.printed'), '; ') FROM json_each(i.period_values) v) AS period_values, "
                  "(SELECT group_concat(json_extract(j.value, '$.name'), '; ') "
                  "FROM json_each(i.lead) j) AS lead, i.line_start, i.document_id "
                  "FROM indicators i JOIN documents d ON d.id = i.document_id ORDER BY d.number, i.document_id, i.ordinal",
    "review_queue": "SELECT * FROM review_queue ORDER BY document_number, kind, item",
}
# columns of internal use, left out of the sheets
HIDDEN = {"document_id", "ordinal", "agencies_folded", "content_folded", "name_folded", "agency_folded",
          "issuer_folded", "signer_folded", "bbox"}
WIDE = {"content", "title", "document_title", "detail", "value", "name", "output", "group_path", "issuer_name",
        "period_values"}
MAX_CELL = 32767


def _typed(column: str, value):
    if value is None:
        return None
    if column in DATE_COLUMNS and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if column in BOOLEAN_COLUMNS and isinstance(value, int):
        return bool(value)
    return value


def write_xlsx(db_path: Path, target: Path) -> Path:
    """Write the workbook; raises DatabaseVersionError for a file that is not a database of this layout."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    db = read_db(db_path)
    workbook = Workbook(write_only=True)
    try:
        for name, sql in SHEETS.items():
            cursor = db.execute(sql)
            columns = [c[0] for c in cursor.description]
            keep = [i for i, c in enumerate(columns) if c not in HIDDEN]
            sheet = workbook.create_sheet(name)
            for position, i in enumerate(keep, start=1):
                sheet.column_dimensions[get_column_letter(position)].width = 60 if columns[i] in WIDE else max(10, len(columns[i]) + 2)
            sheet.freeze_panes = "A2"
            header = []
            for i in keep:
                cell = WriteOnlyCell(sheet, value=columns[i])
                cell.font = Font(bold=True)
                header.append(cell)
            sheet.append(header)
            count = 0
            for row in cursor:
                cells = []
                for i in keep:
                    value = _typed(columns[i], row[i])
                    if isinstance(value, str):
                        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
                    cell = WriteOnlyCell(sheet, value=value)
                    if looks_like_formula(value):
                        cell.data_type, cell.quotePrefix = "s", True
                    elif isinstance(value, date):
                        cell.number_format = "yyyy-mm-dd"
                    cells.append(cell)
                sheet.append(cells)
                count += 1
            sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(keep)))}{count + 1}"
        target.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(target)
    finally:
        db.close()
    return target
