"""Schema 0.25.0 (s42; fixtures written for the test, names and numbers made up):
- ``AgencyMention.remark``: a remark in brackets after a body in a lead or support cell ("Sở Y tế (đầu mối tổng hợp)",
  "UBND các huyện (theo chức năng)", "Sở Tài chính (nếu có)") is kept apart, the body resolved; the name stays as
  printed. Brackets that hold an abbreviation, a code or a body ("(UBND)", "(PC06)", "(Bộ Tư pháp)") are no remark. A
  remark opening with a kind of body in small letters ("(đơn vị đầu mối tham mưu, tổng hợp)") named a body of its own
  ("đơn vị đầu mối", unresolved). The database's mention tables and views, the CSV files and the workbook carry it;
- ``Indicator.target_unit``: a target cell counted in another unit than its row's ("40 xã" in a row of "%", "Giảm 10%"
  in a row of "vụ") keeps its warning ``indicator_target_unit_differs`` and now holds its figure in its own unit where
  data/indicator_units.csv knows that unit; another unit ("12 vụ việc") still gives no value;
- an assessment in words with its figure ("Đạt 100%", "Vượt 2 xã") in a copy a cell a line no longer goes on the result
  cell before it (the result was lost: "2,4\\nĐạt 100%" is no number).
"""

from __future__ import annotations

import csv
import sqlite3

import pytest

from pipeline.ingest import ingest
from pipeline.run import process
from pipeline.stages.agencies import remark_of
from test_copied_task_rows_s41 import _dropped
from test_eighteenth_bed import _write
from test_report_tables import _PLAN, _document

# -- AgencyMention.remark ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, remark", [
    ("Sở Y tế (đầu mối tổng hợp)", "đầu mối tổng hợp"),
    ("Sở Tài chính (nếu có)", "nếu có"),
    ("UBND các huyện (theo chức năng)", "theo chức năng"),
    ("Sở Khoa học và Công nghệ (cơ quan thường trực)", "cơ quan thường trực"),
    ("Thường trực Tỉnh ủy (để báo cáo)", "để báo cáo"),
    ("Công an tỉnh ( phối hợp khi cần thiết )", "phối hợp khi cần thiết"),
    ("Sở Văn hóa, Thể thao và Du lịch (Đầu mối)", "Đầu mối"),
    ("TT HĐND tỉnh (để b/c)", "để b/c"),
])
def test_a_remark_after_a_body_is_cut_off(name, remark):
    assert remark_of(name) == remark


@pytest.mark.parametrize("name", [
    "Sở Nội vụ", "Công an tỉnh (PC06)", "Sở Giáo dục và Đào tạo (GD&ĐT)", "Ủy ban nhân dân (UBND) các huyện",
    "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Cục Thuế (Bộ Tài chính)", "Văn phòng Chính phủ (HN-TPHCM)",
    "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)", "UBND thành phố (1A,B,C,D,E)", "(nếu có)",
])
def test_an_abbreviation_a_code_or_a_body_in_brackets_is_no_remark(name):
    assert remark_of(name) is None


_HEADER = ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
_ROWS = [("1", "Rà soát quy trình tiếp nhận hồ sơ trực tuyến", "Sở Y tế (đầu mối tổng hợp)", "Sở Tài chính (nếu có)",
          "Quý III/2026"),
         ("2", "Tổ chức hội nghị tập huấn nghiệp vụ cho công chức", "Sở Nội vụ",
          "UBND các huyện (theo chức năng); Sở Tư pháp", "Tháng 9/2026"),
         ("3", "Xây dựng cơ sở dữ liệu đất đai cấp xã", "Sở Khoa học và Công nghệ (đơn vị đầu mối tham mưu, tổng hợp)",
          "Công an tỉnh (PC06)", "Quý IV/2026"),
         ("4", "Kiểm tra việc thực hiện quy chế văn hóa công sở", "Văn phòng UBND tỉnh (là cơ quan thường trực)",
          "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Thường xuyên")]
_EXPECTED = [
    ([("so-y-te", "đầu mối tổng hợp")], [("so-tai-chinh", "nếu có")]),
    ([("so-noi-vu", None)], [("uy-ban-nhan-dan-cap-huyen", "theo chức năng"), ("so-tu-phap", None)]),
    ([("so-khoa-hoc-va-cong-nghe", "đơn vị đầu mối tham mưu, tổng hợp")], [("cong-an", None)]),
    ([("van-phong-uy-ban-nhan-dan", "là cơ quan thường trực")], [("so-noi-vu", None)]),
]
_FORMS = ["html", "lines", "pipe", "markdown", "tabs", "dropped"]


def _read(tmp_path, form):
    return process(_dropped(tmp_path, _HEADER, _ROWS) if form == "dropped" else _write(tmp_path, _HEADER, _ROWS, form))


def _mentions(mentions):
    return [(m.agency_id.split("/", 1)[1] if m.agency_id else None, m.remark) for m in mentions]


@pytest.mark.parametrize("form", _FORMS)
def test_a_lead_or_support_cells_remark_is_kept_and_its_body_resolved(tmp_path, form):
    doc = _read(tmp_path, form)
    assert [(_mentions(t.lead), _mentions(t.support)) for t in doc.tasks] == _EXPECTED
    assert doc.tasks[0].lead[0].name == "Sở Y tế (đầu mối tổng hợp)"  # the name as printed, remark and all


@pytest.mark.parametrize("form", ["html", "tabs"])
def test_the_database_its_views_and_the_workbook_show_the_remark(tmp_path, form):
    from openpyxl import load_workbook

    from pipeline.outputs.datapackage import write_datapackage
    from pipeline.outputs.xlsx import write_xlsx

    source = tmp_path / "in"
    source.mkdir()
    _read(source, form)  # writes the plan into ``source``
    db_path = tmp_path / "plans.db"
    assert ingest(sorted(source.iterdir()), db_path=db_path, json_dir=None, workers=1).ok
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT name, remark FROM task_agencies WHERE remark IS NOT NULL ORDER BY ordinal").fetchall()
    assert rows == [("Sở Y tế (đầu mối tổng hợp)", "đầu mối tổng hợp"), ("Sở Tài chính (nếu có)", "nếu có"),
                    ("UBND các huyện (theo chức năng)", "theo chức năng"),
                    ("Sở Khoa học và Công nghệ (đơn vị đầu mối tham mưu, tổng hợp)", "đơn vị đầu mối tham mưu, tổng hợp"),
                    ("Văn phòng UBND tỉnh (là cơ quan thường trực)", "là cơ quan thường trực")]
    assert db.execute("SELECT count(*) FROM task_agency_list WHERE remark = 'nếu có'").fetchone() == (1,)
    write_datapackage(db_path, tmp_path / "dp")
    with open(tmp_path / "dp" / "task_agency_list.csv", encoding="utf-8-sig", newline="") as handle:
        assert "nếu có" in [row["remark"] for row in csv.DictReader(handle)]
    workbook = write_xlsx(db_path, tmp_path / "plans.xlsx")
    sheet = load_workbook(workbook, read_only=True)["task_agencies"]
    header, *values = list(sheet.values)
    assert "remark" in header
    assert "đầu mối tổng hợp" in [row[header.index("remark")] for row in values]


# -- Indicator.target_unit ----------------------------------------------------------------------------------------------

_UNITS_HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2025", "Kế hoạch năm 2026"]]
_OTHER_UNITS = [["1", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "85", "40 xã"],
                ["2", "Số vụ tai nạn giao thông", "vụ", "120", "Giảm 10%"],
                ["3", "Số lao động có việc làm mới", "người", "15.200", "15,5 nghìn người"],
                ["4", "Tổng thu ngân sách trên địa bàn", "tỷ đồng", "7.213,5", "Tăng 8 - 10%"],
                ["5", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "97", "1.200 hồ sơ"],
                ["6", "Tỷ lệ hòa giải thành", "%", "80", "12 vụ việc"],
                ["7", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.100", "1.200 doanh nghiệp"],
                ["8", "Tỷ lệ che phủ rừng", "%", "43,5", "45%"]]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt", "pipe.txt"])
def test_a_target_in_another_unit_is_held_in_its_own_unit(tmp_path, fmt):
    doc = _document(tmp_path, fmt, _UNITS_HEADER, _OTHER_UNITS, kind=_PLAN)
    got = [(i.unit, i.target, i.target_high, i.comparator, i.change, i.target_unit) for i in doc.indicators]
    assert got == [("%", 40, None, "=", None, "xã"), ("vụ", 10, None, "=", "decrease", "%"),
                   ("người", 15.5, None, "=", None, "nghìn người"), ("tỷ đồng", 8, 10, "range", "increase", "%"),
                   ("%", 1200, None, "=", None, "hồ sơ"),
                   ("%", None, None, None, None, None),  # "vụ việc": a unit the registry of units does not know
                   ("doanh nghiệp", 1200, None, "=", None, None), ("%", 45, None, "=", None, None)]
    assert [i.previous_result for i in doc.indicators] == [85, 120, 15200, 7213.5, 97, 80, 1100, 43.5]
    differs = [w.message for w in doc.warnings if w.code == "indicator_target_unit_differs"]
    assert len(differs) == 6 and "'40 xã'" in differs[0] and "no value" in differs[5]
    assert all(v.value is None for i in doc.indicators if i.target_unit for v in i.values if v.kind == "target")


def test_the_database_holds_the_target_unit(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    _document(source, "html", _UNITS_HEADER, _OTHER_UNITS[:2], kind=_PLAN)
    assert ingest(sorted(source.iterdir()), db_path=tmp_path / "plans.db", json_dir=None, workers=1).ok
    db = sqlite3.connect(tmp_path / "plans.db")
    assert db.execute("SELECT unit, target, target_unit FROM indicators ORDER BY ordinal").fetchall() == [
        ("%", 40, "xã"), ("vụ", 10, "%")]


# -- An assessment with its figure in a copy a cell a line ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "pipe.txt", "html", "docx"])
@pytest.mark.parametrize("assessments", [("Đạt 100%", "Vượt 1,2%", "Vượt 2 xã"),
                                         ("Đạt 98%", "Vượt 5%", "Đạt 105%"),
                                         ("Không đạt 96%", "Tăng 0,5%", "Vượt 2")])
def test_an_assessment_with_its_figure_does_not_join_the_result_before_it(tmp_path, fmt, assessments):
    doc = _document(tmp_path, fmt, [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Thực hiện năm 2025",
                                     "Đánh giá"]],
                    [["1", "Tỷ lệ hộ nghèo", "%", "2,5", "2,4", assessments[0]],
                     ["2", "Tỷ lệ che phủ rừng", "%", "42", "42,5", assessments[1]],
                     ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "40", "42", assessments[2]]], kind=_PLAN)
    got = [(i.previous_result, i.target, [v.printed for v in i.values]) for i in doc.indicators]
    assert got == [(2.4, 2.5, ["2,5", "2,4"]), (42.5, 42, ["42", "42,5"]), (42, 40, ["40", "42"])]
