"""Review of s48-tables: where a number closed by a bracket or a dash ("1)", "2-") opening a task's text is no row's
number (prose citing items, a cell's numbered items run together by a copy, counts and dates at a cell's start), and
what the stored agency names keep when quotes and doubled spaces are dropped. Tables of our own, built as a Word file,
an HTML page and text copies (tabs, or a phone's runs of spaces between cells).
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 41/KH-UBND", "Ninh Bình, ngày 3 tháng 3 năm 2026", "KẾ HOẠCH", "Phòng chống dịch bệnh năm 2026",
          "I. MỤC ĐÍCH, YÊU CẦU", "1. Chủ động phòng chống dịch bệnh.", "II. NHIỆM VỤ CỤ THỂ", "PHỤ LỤC",
          "DANH MỤC NHIỆM VỤ"]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
HEADER = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
FORMS = ["docx", "html", "tab", "spaced"]


def _document(tmp_path, header: list[str], rows: list[list[str]], form: str):
    if form == "docx":
        import docx

        path = tmp_path / "doc.docx"
        document = docx.Document()
        for line in BEFORE:
            document.add_paragraph(line)
        table = document.add_table(rows=len(rows) + 1, cols=len(header))
        table.style = "Table Grid"
        for r, row in enumerate([header, *rows]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for line in AFTER:
            document.add_paragraph(line)
        document.save(path)
        return process(path)
    if form == "html":
        path = tmp_path / "doc.html"

        def tr(cells):
            return "<tr>" + "".join("<td>" + c.replace("\n", "<br>") + "</td>" for c in cells) + "</tr>"

        path.write_text("<html><body>" + "".join(f"<p>{x}</p>" for x in BEFORE) + "<table border='1'>" + tr(header)
                        + "".join(map(tr, rows)) + "</table>" + "".join(f"<p>{x}</p>" for x in AFTER)
                        + "</body></html>", encoding="utf-8")
        return process(path)
    gap = "\t" if form == "tab" else "   "
    lines = [gap.join(header), *(gap.join(c.replace("\n", " ") for c in row) for row in rows)]
    return process(write_in_form(tmp_path, [*BEFORE, *lines, *AFTER], "text"))


def _numbers_and_contents(doc) -> list[tuple]:
    return [(t.number, t.content) for t in doc.tasks]


# -- A figure closed by a bracket or a dash that numbers no row ---------------------------------------------------------

NOT_ROW_NUMBERS = [
    # prose citing items of the plan: "1)" opens the sentence, "2)" follows
    "1) và 2) của Mục II được triển khai đồng thời",
    # a cell's numbered items run together on one line by a copy (or typed so): the items of one task
    "1) Rà soát danh mục 2) Báo cáo kết quả",
    "1- Tổ chức hội nghị 2- Biên soạn tài liệu",
    "1 - Xây dựng kế hoạch 2 - Triển khai thực hiện",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("content", NOT_ROW_NUMBERS)
def test_items_in_one_cell_give_the_row_no_number(tmp_path, form, content):
    rows = [[content, "Sở Y tế", "Công an tỉnh", "Năm 2026"], ["Tổ chức hội nghị sơ kết", "Sở Nội vụ", "Sở Tư pháp",
                                                            "Quý II/2026"]]
    doc = _document(tmp_path, HEADER, rows, form)
    assert _numbers_and_contents(doc) == [(None, content), (None, "Tổ chức hội nghị sơ kết")]


# what base already read right: a count or a date at a cell's start keeps its text, the row unnumbered
KEPT = ["2- 3 lần/năm kiểm tra an toàn thực phẩm", "15-3 tổ chức lễ phát động", "2025-2030 thực hiện đề án",
        "Quý 1-2 rà soát hồ sơ"]


@pytest.mark.parametrize("form", ["docx", "html", "tab"])
@pytest.mark.parametrize("content", KEPT)
def test_a_count_or_a_date_with_a_dash_is_no_number(tmp_path, form, content):
    rows = [[content, "Sở Y tế", "Công an tỉnh", "Năm 2026"], ["Tổ chức hội nghị sơ kết", "Sở Nội vụ", "Sở Tư pháp",
                                                            "Quý II/2026"]]
    doc = _document(tmp_path, HEADER, rows, form)
    assert _numbers_and_contents(doc) == [(None, content), (None, "Tổ chức hội nghị sơ kết")]


@pytest.mark.parametrize("form", FORMS)
def test_a_single_closed_number_still_numbers_its_row(tmp_path, form):
    """The narrowing keeps the class: one "N)" / "N-" opening a task that cites no other item numbers its row."""
    rows = [["1) Rà soát danh mục thủ tục", "Sở Y tế", "Công an tỉnh", "Năm 2026"],
            ["2- Tổ chức kiểm tra 2 - 3 lần mỗi năm", "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026"]]
    doc = _document(tmp_path, HEADER, rows, form)
    assert _numbers_and_contents(doc) == [("1)", "Rà soát danh mục thủ tục"), ("2-", "Tổ chức kiểm tra 2 - 3 lần mỗi năm")]


# -- Stored agency names ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["docx", "html", "tab"])  # a phone's copy: doubled spaces part its cells
def test_quotes_and_spaces_dropped_without_joining_or_losing_text(tmp_path, form):
    rows = [["Tổ chức hội nghị", "“Sở Y tế”", "“Sở Tài chính”; \"Công an tỉnh\"", "Năm 2026"],
            ["Biên soạn tài liệu", "Ban Chỉ đạo “Ngày vì người nghèo”", "Sở  Nội  vụ", "Năm 2026"],
            ["Rà soát hồ sơ", "‘Sở Tư pháp’", "Hội  Nông dân  “tỉnh”", "Năm 2026"]]
    doc = _document(tmp_path, HEADER, rows, form)
    names = [([m.name for m in t.lead], [m.name for m in t.support]) for t in doc.tasks]
    assert names == [(["Sở Y tế"], ["Sở Tài chính", "Công an tỉnh"]),
                     (["Ban Chỉ đạo “Ngày vì người nghèo”"], ["Sở Nội vụ"]),
                     (["Sở Tư pháp"], ["Hội Nông dân “tỉnh”"])]


@pytest.mark.parametrize("form", ["docx", "html"])
def test_names_on_lines_apart_stay_apart(tmp_path, form):
    rows = [["Tổ chức hội nghị", "Sở Y tế", "Sở Tài chính\n\nSở Tư pháp", "Năm 2026"]]
    doc = _document(tmp_path, HEADER, rows, form)
    assert [[m.name for m in t.support] for t in doc.tasks] == [["Sở Tài chính", "Sở Tư pháp"]]


# -- A blank-numbered row naming bodies -------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["docx", "html", "tab"])
def test_a_row_with_bodies_and_no_task_warns(tmp_path, form):
    header = ["STT", *HEADER]
    rows = [["1", "Tổ chức hội nghị", "Sở Y tế", "", "Năm 2026"], ["", "", "Sở Nội vụ", "", "Quý II/2026"],
            ["2", "Rà soát hồ sơ", "Sở Tư pháp", "", "Năm 2026"]]
    doc = _document(tmp_path, header, rows, form)
    assert [(t.number, t.content, [m.name for m in t.lead]) for t in doc.tasks] == [
        ("1", "Tổ chức hội nghị", ["Sở Y tế"]), ("2", "Rà soát hồ sơ", ["Sở Tư pháp"])]
    assert [w for w in doc.warnings if w.code == "task_row_without_task" and "Sở Nội vụ" in w.message]
