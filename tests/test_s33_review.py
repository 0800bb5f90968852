"""Problems the reviews of the s33 merges found (each was a right value before the merge and a confident wrong one
after), written as variants of our own: a Unicode signer's name in Latin-1 letters beside a legacy annex, a task
table with "Kế hoạch | Thực hiện" columns beside a target column, and a table naming each row's project ("Tên đề án")
before a column that describes it ("Nội dung chi tiết")."""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from test_legacy_encodings import ANNEX, PLAN, encode_line


@pytest.mark.parametrize("name", ["Lê Thanh Hà", "Trần Văn Tâm", "Hà Thị Châu"])
@pytest.mark.parametrize("key", ["tcvn3", "vni"])
@pytest.mark.parametrize("form", ["text", "html", "docx"])
def test_a_unicode_signers_name_before_a_legacy_annex_is_not_converted(tmp_path, form, key, name):
    """The name tells no encoding (Latin-1 letters only) and stands one line from each part: it keeps the Unicode
    part it closes ("Lê" had become "Lờ"); the annex after it is converted."""
    lines = [*PLAN[:-1], name, *(encode_line(line, key) for line in ANNEX)]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.signer.name == name
    assert any(b.text == "PHỤ LỤC" for b in doc.blocks)


def _table_page(tmp_path, header: list[str], rows: list[list[str]]):
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [header, *rows])
    body = "".join(f"<p>{line}</p>" for line in PLAN[:8]) + f"<table>{cells}</table>" + "".join(
        f"<p>{line}</p>" for line in PLAN[15:])
    path = tmp_path / "doc.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("done", ["Thực hiện", "Đơn vị thực hiện"])
@pytest.mark.parametrize("target", ["Chỉ tiêu năm 2026", "Chỉ tiêu 2026"])
def test_a_task_table_with_plan_and_done_columns_keeps_its_tasks(tmp_path, target, done):
    """"Kế hoạch" holds the times and "Thực hiện" the bodies: a table of tasks, not a year's target and result."""
    rows = [["1", "Cấp giấy chứng nhận quyền sử dụng đất", "95%", "Quý II/2026", "Sở Nông nghiệp và Môi trường"],
            ["2", "Tuyên truyền, phổ biến pháp luật", "100 buổi", "Quý III/2026", "Sở Tư pháp"]]
    doc = _table_page(tmp_path, ["STT", "Nhiệm vụ", target, "Kế hoạch", done], rows)
    tasks = [t for t in doc.tasks]
    assert [t.content for t in tasks] == [r[1] for r in rows]
    assert [[a.name for a in t.lead] for t in tasks] == [[r[4]] for r in rows]


@pytest.mark.parametrize("named", ["Tên đề án", "Tên nhiệm vụ"])
@pytest.mark.parametrize("detail", ["Nội dung chi tiết", "Nhiệm vụ cụ thể"])
def test_a_column_naming_each_rows_project_keeps_it_as_the_task(tmp_path, named, detail):
    rows = [["1", "Đề án phát triển du lịch cộng đồng", "Khảo sát tiềm năng; xây dựng mô hình thí điểm tại 03 xã",
             "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2026"],
            ["2", "Đề án chuyển đổi số trong giáo dục", "Số hóa học bạ; xây dựng kho học liệu số",
             "Sở Giáo dục và Đào tạo", "Quý IV/2026"]]
    doc = _table_page(tmp_path, ["STT", named, detail, "Cơ quan chủ trì", "Thời gian trình"], rows)
    assert [t.content for t in doc.tasks] == [r[1] for r in rows]
