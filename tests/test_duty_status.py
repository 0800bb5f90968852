"""A prose duty's status (s18): where a duty's time field states where the work stands ("Tiến độ: Đã hoàn thành",
"thời gian: Đang triển khai", "Mức độ hoàn thành: Chưa thực hiện"), the duty has the status a report table's time cell
gives a task (Assignment.status, status_text; data/task_status.csv). Those words were dropped (no deadline) and the
duty said nothing of them. A date stays the deadline; words the vocabulary does not know give no status. Every
fixture is written for the test."""

from __future__ import annotations

import json

import pytest

from conftest import open_database, write_in_form
from pipeline.run import process
from pipeline.stages.assignments import duty_status

REPORT_DATE = "2026-07-15"


@pytest.mark.parametrize("duty, status, text", [
    ("Phòng Kinh tế theo dõi, tổng hợp tình hình; thời gian: Đang triển khai.", "in_progress", "Đang triển khai"),
    ("Hội Nông dân xã vận động hội viên tham gia; thời gian thực hiện: Chưa thực hiện.", "not_started", "Chưa thực hiện"),
    ("Công an xã triển khai các biện pháp bảo đảm an ninh. Tiến độ: Đã hoàn thành.", "done", "Đã hoàn thành"),
    ("Đoàn Thanh niên tổ chức ra quân; tiến độ thực hiện: Chậm tiến độ.", "overdue", "Chậm tiến độ"),
    ("Văn phòng rà soát quy chế. Mức độ hoàn thành: Đang triển khai.", "in_progress", "Đang triển khai"),
    ("Phòng Văn hóa tổ chức hội thi; tình trạng: Chưa hoàn thành.", "not_done", "Chưa hoàn thành"),
    # a status with a date after it: the status, the date its deadline (as a table's cell)
    ("Sở Nội vụ chủ trì tổng hợp; tiến độ: Đã hoàn thành tháng 6/2026.", "done", "Đã hoàn thành tháng 6/2026"),
    # the field after a comma, inside the duty's sentence
    ("Công an xã triển khai các biện pháp bảo đảm an ninh, tiến độ: Đã hoàn thành.", "done", "Đã hoàn thành"),
    ("Phòng Y tế kiểm tra an toàn thực phẩm, Tiến độ thực hiện: Đang triển khai", "in_progress", "Đang triển khai"),
    ("Trạm Khuyến nông hướng dẫn bà con,  tình trạng : Chưa thực hiện.", "not_started", "Chưa thực hiện"),
])
@pytest.mark.parametrize("reported", [None, REPORT_DATE])
def test_a_duty_states_its_status(duty, status, text, reported):
    found = duty_status(duty, reported)
    assert (found.status, found.text) == (status, text)


@pytest.mark.parametrize("duty", [
    "Sở Nội vụ chủ trì; thời gian hoàn thành: Quý III/2026.",  # a deadline
    "Phòng Kinh tế rà soát các thủ tục; thời gian: Đã trình UBND tỉnh.",  # no status words known: none guessed
    "Phòng Kinh tế rà soát các thủ tục, hoàn thành trước ngày 30/6/2026.",
    "Công an xã đã hoàn thành việc rà soát.",  # words in the sentence, not a field
    # "tiến độ" in prose after a comma: no field opens the clause
    "Ban Quản lý dự án rà soát hồ sơ, đẩy nhanh tiến độ giải ngân: đã hoàn thành 80% kế hoạch vốn.",
    "Phòng Tài chính theo dõi, bảo đảm tiến độ: Đã hoàn thành các hạng mục chính.",
])
def test_no_status_where_no_field_states_one(duty):
    assert duty_status(duty, REPORT_DATE) is None


def test_a_plans_time_field_with_a_date_is_a_deadline_only():
    """"Hoàn thành tháng 6/2026" in a plan is when the work is due; in a report whose date is past it, done."""
    duty = "Sở Nội vụ chủ trì; thời gian: Hoàn thành tháng 6/2026."
    assert duty_status(duty) is None
    assert duty_status(duty, REPORT_DATE).status == "done"


@pytest.mark.parametrize("time", ["Hoàn thành trước ngày 30/6/2026", "Xong trước tháng 6/2026",
                                  "Hoàn thành chậm nhất ngày 30/6/2026"])
def test_a_complete_by_time_is_a_deadline_even_in_a_report_past_it(time):
    """"Hoàn thành trước …" sets the time the work is due by, whatever the date of the report (before: done)."""
    duty = f"Sở Nội vụ chủ trì; thời gian: {time}."
    assert duty_status(duty) is None and duty_status(duty, REPORT_DATE) is None


_REPORT = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Số: 41/BC-UBND", "Tân Hòa, ngày 15 tháng 7 năm 2026", "BÁO CÁO",
           "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026", "I. KẾT QUẢ THỰC HIỆN", "1. Kết quả chung.",
           "II. TỔ CHỨC THỰC HIỆN",
           # (an item with a "Tiến độ:" or "Thời hạn:" field is a task, whose status tests/test_item_tasks.py reads)
           "1. Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã triển khai các biện pháp bảo đảm an ninh; "
           "thời gian thực hiện: Đã hoàn thành.",
           "2. Phòng Kinh tế theo dõi, tổng hợp tình hình; thời gian: Đang triển khai.",
           "3. Hội Nông dân xã vận động hội viên tham gia; thời gian: Quý IV/2026.",
           "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
def test_a_reports_duties_have_their_status(tmp_path, form):
    doc = process(write_in_form(tmp_path, _REPORT, form))
    leads = {a.agency.name: (a.status, a.status_text, a.deadline.text if a.deadline else None)
             for a in doc.assignments if a.role == "lead"}
    assert leads == {"Công an xã": ("done", "Đã hoàn thành", None),
                     "Phòng Kinh tế": ("in_progress", "Đang triển khai", None),
                     "Hội Nông dân xã": (None, None, "Quý IV/2026")}
    support = next(a for a in doc.assignments if a.role == "support")
    assert support.status == "done"  # the duty's status, for each body it names


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_status_field_after_a_comma(tmp_path, form):
    """"…, tiến độ: Đã hoàn thành" inside the duty's sentence is its status; "đẩy nhanh tiến độ" in prose is none."""
    lines = [*_REPORT[:11], "1. Đoàn Thanh niên xã tổ chức ra quân làm sạch môi trường, tiến độ: Đã hoàn thành.",
             "2. Ban Quản lý dự án xã rà soát hồ sơ, đẩy nhanh tiến độ giải ngân vốn đầu tư công.", *_REPORT[14:]]
    doc = process(write_in_form(tmp_path, lines, form))
    leads = {a.agency.name: (a.status, a.status_text) for a in doc.assignments if a.role == "lead"}
    assert leads == {"Đoàn Thanh niên xã": ("done", "Đã hoàn thành"), "Ban Quản lý dự án xã": (None, None)}


def test_the_status_in_json_and_the_database(tmp_path):
    from pipeline.ingest import ingest

    source = write_in_form(tmp_path, _REPORT, "text")
    out = tmp_path / "json"
    assert ingest([source], db_path=tmp_path / "plans.db", json_dir=out, workers=1).ok
    exported = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert {(a["agency"]["name"], a["status"]) for a in exported["assignments"] if a["role"] == "lead"} == {
        ("Công an xã", "done"), ("Phòng Kinh tế", "in_progress"), ("Hội Nông dân xã", None)}
    db = open_database(tmp_path / "plans.db")
    rows = {tuple(r) for r in db.execute("SELECT name, status, status_text FROM assignments WHERE role = 'lead'")}
    db.close()
    assert rows == {("Công an xã", "done", "Đã hoàn thành"), ("Phòng Kinh tế", "in_progress", "Đang triển khai"),
                    ("Hội Nông dân xã", None, None)}


def test_a_database_of_layout_12_gets_the_columns(tmp_path):
    from pipeline.ingest import ingest
    from pipeline.outputs.dbschema import ADDED_COLUMNS
    from pipeline.outputs.load import DB_SCHEMA_VERSION, open_db

    path, source = tmp_path / "plans.db", write_in_form(tmp_path, _REPORT, "text")
    assert ingest([source], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    db.execute("DROP VIEW task_agency_list")  # it reads a column layout 15 added
    for table, column in (pair for version in range(13, DB_SCHEMA_VERSION + 1) for pair in ADDED_COLUMNS[version]):
        db.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')  # the columns layout 13 added, and those since
    db.execute("PRAGMA user_version = 12")
    db.execute("UPDATE documents SET pipeline_version = 'older'")
    db.conn.commit()
    db.close()
    open_db(path).close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == DB_SCHEMA_VERSION
    db.close()
    assert ingest([source], db_path=path, json_dir=None, workers=1).ok
    db = open_database(path)
    assert {tuple(r) for r in db.execute("SELECT status FROM assignments WHERE role = 'lead'")} == {
        ("done",), ("in_progress",), (None,)}
    db.close()
