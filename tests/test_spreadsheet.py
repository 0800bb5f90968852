"""CSV files meant for spreadsheets never carry a live formula; the database, the JSON and the data package (data that
programs read) keep the text as printed."""

import csv
import json

import pytest
import sqlite_utils

from pipeline.outputs.datapackage import write_datapackage
from pipeline.ingest import ingest
from pipeline.outputs.spreadsheet import defused

from conftest import ROOT

PLAN = ROOT / "tests" / "bad_inputs" / "formula_recipients.txt"
PRINTED = ['=HYPERLINK("http://127.0.0.1:9/x","Sở Nội vụ")', "+Sở Tài chính", "@SUM(A1)", "-2+3"]


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"), ("+Sở Tài chính", "'+Sở Tài chính"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Sở Nội vụ", "Sở Nội vụ"), ("1 = 1", "1 = 1"), (-5, -5), (2.5, 2.5),
])
def test_cells_that_would_run_are_defused_and_numbers_left_alone(value, cell):
    assert defused(value) == cell


def test_formula_recipients_are_defused_in_the_spreadsheet_csv_only(tmp_path):
    report = ingest([PLAN], db_path=tmp_path / "plans.db", json_dir=tmp_path / "json", workers=1,
                    unresolved_path=tmp_path / "unresolved-agencies.csv")
    assert report.ok
    db = sqlite_utils.Database(tmp_path / "plans.db")
    stored = [row["name"] for row in db.query("SELECT name FROM recipients ORDER BY ordinal")]
    assert stored[:4] == PRINTED  # as printed in the database …
    exported = json.loads((tmp_path / "json" / f"{PLAN.name}.json").read_text(encoding="utf-8"))
    assert exported["document"]["recipients"][:4] == PRINTED  # … and in the JSON
    write_datapackage(tmp_path / "plans.db", tmp_path / "dp")
    with (tmp_path / "dp" / "recipients.csv").open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert names[:4] == PRINTED  # the data package is data: no spreadsheet guard a program would read as text
    # a byte-order mark (declared utf-8-sig), or Excel reads the UTF-8 as Windows-1252
    assert (tmp_path / "dp" / "recipients.csv").read_bytes().startswith(b"\xef\xbb\xbfdocument_id,")
    assert (tmp_path / "unresolved-agencies.csv").read_bytes().startswith(b"\xef\xbb\xbfname,")
    with (tmp_path / "unresolved-agencies.csv").open(encoding="utf-8-sig", newline="") as handle:
        unresolved = [row["name"] for row in csv.DictReader(handle)]
    assert unresolved and not any(name.startswith(("=", "+", "-", "@")) for name in unresolved)
    assert "'@SUM(A1)" in unresolved


def test_the_spreadsheet_export_keeps_formulas_as_text_types_its_cells_and_freezes_filtered_headers(tmp_path):
    from openpyxl import load_workbook

    from pipeline.outputs.xlsx import write_xlsx

    assert ingest([PLAN, ROOT / "corpus" / "001_7ff9224151ac323a.txt"], db_path=tmp_path / "plans.db", json_dir=None,
                  workers=1).ok
    write_xlsx(tmp_path / "plans.db", tmp_path / "plans.xlsx")
    book = load_workbook(tmp_path / "plans.xlsx")
    assert book.sheetnames == ["documents", "tasks", "task_agencies", "indicators", "review_queue"]
    for sheet in book:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    review = book["review_queue"]
    header = [c.value for c in review[1]]
    values = [row[header.index("value")] for row in review.iter_rows(min_row=2)]
    formulas = [cell for cell in values if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "@"))]
    assert formulas and all(cell.data_type == "s" and cell.quotePrefix for cell in formulas)  # text, never run
    assert "document_id" not in header and "document_number" in header
    tasks = book["tasks"]
    header = [c.value for c in tasks[1]]
    first = {name: cell.value for name, cell in zip(header, tasks[2])}
    assert first["document_number"] == "159/KH-UBND" and first["document_year"] == 2025
    assert first["deadline_end"].isoformat().startswith("2025-07-31") and tasks[2][header.index("deadline_end")].number_format == "yyyy-mm-dd"
    assert first["uncertain"] is False and first["lead"] == "Sở Nội vụ thành phố Hà Nội"
    assert tasks.max_row - 1 == sqlite_utils.Database(tmp_path / "plans.db")["tasks"].count


def test_export_says_what_is_wrong(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["export", "--xlsx", str(tmp_path / "x.xlsx"), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db: no such database" in result.output
    assert CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.db")]).exit_code == 2


def test_the_indicators_sheet_shows_each_target_with_what_it_means(tmp_path):
    # a year's targets table (tests/indicator_layouts.py): comparators, units, a range, a decrease, a cell not a number
    from openpyxl import load_workbook

    from indicator_layouts import beds
    from pipeline.outputs.xlsx import write_xlsx
    from task_layouts.render import build

    bed = next(b for b in beds() if b.layout.name == "year_plan_unit")
    files = build(tmp_path / "bed", [bed.layout], ("txt",))
    assert ingest(list(files.values()), db_path=tmp_path / "plans.db", json_dir=None, workers=1).ok
    write_xlsx(tmp_path / "plans.db", tmp_path / "plans.xlsx")
    sheet = load_workbook(tmp_path / "plans.xlsx")["indicators"]
    header = [c.value for c in sheet[1]]
    rows = {row["name"]: row for row in (dict(zip(header, (c.value for c in cells))) for cells in sheet.iter_rows(min_row=2))}
    for expected in bed.expected:
        row = rows[expected.name]
        assert (row["target"], row["comparator"], row["unit"], row["target_high"], row["change"], row["target_period"],
                row["target_unit"]) == (expected.target, expected.comparator, expected.unit, expected.high,
                                        expected.change, expected.period, expected.target_unit), expected.name
        assert row["target_printed"] and row["target_from"] == "cell"
    ranged = rows[bed.expected[7].name]
    assert ranged["target_printed"] == "90 – 95%" and ranged["period_values"] == "Thực hiện năm 2025: 90; Kế hoạch năm 2026: 90 – 95%"
    assert isinstance(ranged["target_high"], (int, float))  # a number in the sheet, not text


def test_the_data_package_csv_holds_an_indicator_comparator_as_stored(tmp_path):
    # a year's targets table (tests/indicator_layouts.py) with "=", ">", ">=" and a range: each comparator in the
    # package's CSV is the database's value, "=" not the spreadsheet guard's "'=", and the package declares it so
    from indicator_layouts import beds
    from task_layouts.render import build

    bed = next(b for b in beds() if b.layout.name == "year_plan_unit")
    files = build(tmp_path / "bed", [bed.layout], ("txt",))
    assert ingest(list(files.values()), db_path=tmp_path / "plans.db", json_dir=None, workers=1).ok
    stored = [(row["name"], row["comparator"], row["change"])
              for row in sqlite_utils.Database(tmp_path / "plans.db").query("SELECT * FROM indicators ORDER BY rowid")]
    assert "=" in {comparator for _, comparator, _ in stored}
    write_datapackage(tmp_path / "plans.db", tmp_path / "dp")
    with (tmp_path / "dp" / "indicators.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = [(row["name"], row["comparator"] or None, row["change"] or None) for row in csv.DictReader(handle)]
    assert rows == stored
    descriptor = json.loads((tmp_path / "dp" / "datapackage.json").read_text(encoding="utf-8"))
    assert "apostrophe" not in descriptor["description"]
