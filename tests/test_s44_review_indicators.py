"""The s44 review of indicator tables (rev2: /tmp/rev2/ind, /tmp/rev2/t/h_*.txt; names and numbers made up).

- Findings 1 and 4: one figure only English notation reads ("98.5%", "6.5", "1.5" in a row of %, a version "2.0", a
  month "12.2025") proved English for the whole document, so every "1.200" of it became 1,2 with no warning (or, beside
  a "7,5", null with ``indicator_notation_untold``). Such a figure is read in its notation alone and proves nothing;
  only figures that prove a notation beyond doubt (both separators "12,345.6"; several groups "1,234,567") decide the
  figures that read two ways, in their own table; a document whose tables prove both leaves those null with a warning.
  A month and its year ("12.2025", "6/2026") is never a value.
- Finding 5: a numbered line right before a table's header printed again was left out of the row above as a heading
  ("2. Dự thảo Quyết định phê duyệt", a task's product; "2. Sở Y tế", a body): now only a heading naming a group of
  indicators, over an indicator table's header, where the row above is whole without it.
- Finding 6: "2.2. Các chỉ tiêu …" and "b) Các chỉ tiêu …" over the next field's header are such headings too.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages import indicators
from test_indicators_s44 import _fields_as_text
from test_report_tables import _BACK, _PLAN, _front

_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 2025", "Kế hoạch 2026"]
_COUNTS = [["1", "Số lao động được tạo việc làm", "người", "18.500", "19.000"],
           ["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.250", "1.400"],
           ["3", "Tổng vốn đầu tư", "tỷ đồng", "45.120", "50.000"]]
_COUNTS_READ = [(18500, 19000), (1250, 1400), (45120, 50000)]


def _plan(tmp_path, fmt: str, tables: list[list[list[str]]], header: list[str] = _HEADER):
    """A plan with its annexes, one table each (a title over it), as a copied text one cell a line, a web page or a
    Word file."""
    front, path = [*_front(*_PLAN), *_BACK], tmp_path / f"doc.{fmt}"
    annexes = [(f"PHỤ LỤC {'I' * (n + 1)}", f"CHỈ TIÊU NHÓM {n + 1}", rows) for n, rows in enumerate(tables)]
    if fmt == "txt":
        lines = [*front]
        for annex, title, rows in annexes:
            lines += [annex, title, *header, *(c for r in rows for c in r)]
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        p = lambda lines: "".join(f"<p>{line}</p>" for line in lines)  # noqa: E731
        tr = lambda r, tag="td": "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>"  # noqa: E731
        body = "".join(f"{p([annex, title])}<table border='1'>{tr(header, 'th')}{''.join(tr(r) for r in rows)}</table>"
                       for annex, title, rows in annexes)
        path.write_text(f"<html><body>{p(front)}{body}</body></html>", encoding="utf-8")
    else:
        from docx import Document as Docx

        document = Docx()
        for line in front:
            document.add_paragraph(line)
        for annex, title, rows in annexes:
            document.add_paragraph(annex)
            document.add_paragraph(title)
            table = document.add_table(rows=len(rows) + 1, cols=len(header))
            for i, r in enumerate([header, *rows]):
                for j, c in enumerate(r):
                    table.cell(i, j).text = c
        document.save(path)
    return process(path)


def _read(doc, names=None):
    return [(i.previous_result, i.target) for i in doc.indicators if names is None or i.name in names]


def _untold(doc):
    return [w.message for w in doc.warnings if w.code == "indicator_notation_untold"]


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_a_stray_english_figure_in_another_annex_leaves_the_thousands_read(tmp_path, fmt):
    """ind/cross.docx: annex I's "98.5%" turned annex II's "18.500" into 18,5 (before: 18500)."""
    first = [["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "98.5%", "99%"],
             ["2", "Tỷ lệ dân số tham gia BHYT", "%", "95", "96"]]
    doc = _plan(tmp_path, fmt, [first, _COUNTS])
    assert _read(doc) == [(98.5, 99), (95, 96), *_COUNTS_READ]
    assert not _untold(doc)


@pytest.mark.parametrize("stray, unit, read", [
    ("6.5%", "%", 6.5), ("6.5", "%", 6.5), ("1.5", "%", 1.5), ("2.0", "cấp độ", 2.0), ("0.5", "điểm", 0.5),
])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_stray_english_figure_in_the_table_proves_nothing(tmp_path, fmt, stray, unit, read):
    """ind/stray_en_pct, decimals_dot, version: a figure only English reads is read so, the table's "1.200" as before
    (main read 1,2); beside a "7,5" (ind/stray_en_mixed) they were null with a warning."""
    if fmt == "txt" and stray == "2.0":
        pytest.skip("a cell '2.0' alone on a line is read as a row's number by the text table reader: another class")
    rows = [["1", "Chỉ tiêu thứ nhất", unit, stray, "7,5" if unit == "%" else "3"], *_COUNTS[:2]]
    doc = _plan(tmp_path, fmt, [rows])
    assert _read(doc) == [(read, 7.5 if unit == "%" else 3), *_COUNTS_READ[:2]]
    assert not _untold(doc)


@pytest.mark.parametrize("printed", ["12.2025", "6.2026", "12/2025", "tháng 6/2026", "1.2026"])
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_month_and_its_year_is_no_value(tmp_path, fmt, printed):
    """ind/date_cell: "12.2025" and "6.2026" came out as 12.2025 and 6.2026, and turned "1.200" into 1,2."""
    rows = [["1", "Hoàn thành quy hoạch", "thời điểm", "3.2025", printed], _COUNTS[1]]
    doc = _plan(tmp_path, fmt, [rows])
    assert _read(doc) == [(None, None), (1250, 1400)]
    first = doc.indicators[0]
    assert first.target_printed == printed and [v.value for v in first.values] == [None, None]
    assert "indicator_target_unread" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_proof_beyond_doubt_decides_its_own_table_only(tmp_path, fmt):
    """"12,345.6" proves its table English ("14,500" is 14500) but not the next annex's "1.250"."""
    english = [["1", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "12,345.6", "14,500"]]
    doc = _plan(tmp_path, fmt, [english, _COUNTS])
    assert _read(doc) == [(12345.6, 14500), *_COUNTS_READ]
    assert not _untold(doc)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_document_proving_both_notations_reads_neither_where_a_figure_reads_two_ways(tmp_path, fmt):
    english = [["1", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "12,345.6", "14,500"]]
    vietnamese = [["1", "Dân số trung bình", "người", "1.234.567", "1.250.000"], _COUNTS[1]]
    doc = _plan(tmp_path, fmt, [english, vietnamese])
    assert _read(doc) == [(12345.6, None), (1234567, 1250000), (None, None)]
    assert len(_untold(doc)) == 3


@pytest.mark.parametrize("cells, proven", [
    (["98.5%", "99%"], set()), (["6.5", "7,5", "65,2", "1.150"], set()), (["2.0", "1.200"], set()),
    (["12.2025", "1.200"], set()), (["12,345.6"], {"en"}), (["1,234,567"], {"en"}), (["1.234,5"], {"vn"}),
    (["1.234.567", "1,500"], {"vn"}), (["9,5", "9,905"], {"vn"}), (["0,125"], {"vn"}),
    # a proof beside a figure only the other notation reads: English beside "12,5" is both, Vietnamese beside "6.5"
    # nothing (the national notation's "1.200" read, "1,500" not)
    (["12,345.6", "12,5"], {"vn", "en"}), (["1.234.567", "6.5"], set()), (["7,5", "6.5", "1,500"], set()),
])
def test_what_a_tables_figures_prove(cells, proven):
    assert indicators.notations(cells) == proven


_TASK_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"]
_TASK_ROWS = [["1", "Rà soát quy hoạch sử dụng đất cấp xã", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường",
               "Quý II/2026", "Báo cáo"],
              ["3", "Tổ chức tập huấn nghiệp vụ", "Sở Nội vụ", "Sở Y tế", "Tháng 9/2026", "Tài liệu tập huấn"]]


def _tasks_as_text(tmp_path, second: list[str], header: list[str] = _TASK_HEADER, rows: list[list[str]] = _TASK_ROWS):
    """rev2 t/h_*.txt: a task table copied as text one cell a line, its header printed again after row 2."""
    lines = [*_front(*_PLAN), "DANH MỤC NHIỆM VỤ", *header, *rows[0], *second, *header, *rows[1], *_BACK]
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return process(path)


@pytest.mark.parametrize("last", ["2. Dự thảo Quyết định phê duyệt", "2. Báo cáo kết quả", "3. Kế hoạch triển khai"])
def test_a_tasks_numbered_last_cell_over_the_header_again_is_kept(tmp_path, last):
    """t/h_single.txt: the product "2. Dự thảo Quyết định phê duyệt" was deleted as a heading, row 1's "Báo cáo"
    shown instead."""
    doc = _tasks_as_text(tmp_path, ["2", "Xây dựng cơ sở dữ liệu đất đai", "Sở Tài chính", "Sở Tư pháp", "Quý III/2026",
                                    last])
    second = next(t for t in doc.tasks if t.number == "2")
    assert second.output == last and [a.name for a in second.support] == ["Sở Tư pháp"]
    assert "table_row_uncertain" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize("products", [["1. Báo cáo đánh giá", "2. Dự thảo Quyết định phê duyệt"],
                                      ["1. Báo cáo", "2. Các chỉ tiêu về xã hội được rà soát"]])
def test_a_two_paragraph_product_over_the_header_again_is_kept_whole(tmp_path, products):
    """t/h_two_par.txt: "1. Báo cáo đánh giá" / "2. Dự thảo Quyết định phê duyệt" lost its second paragraph (a task
    table's, even where the paragraph names indicators)."""
    doc = _tasks_as_text(tmp_path, ["2", "Xây dựng cơ sở dữ liệu đất đai", "Sở Tài chính", "Sở Tư pháp", "Quý III/2026",
                                    *products])
    second = next(t for t in doc.tasks if t.number == "2")
    assert products[1] in (second.output or "")


@pytest.mark.parametrize("bodies", [["1. Sở Tư pháp", "2. Sở Y tế"], ["1. Sở Tư pháp", "2. Sở Kế hoạch và Đầu tư"]])
def test_numbered_bodies_over_the_header_again_are_kept(tmp_path, bodies):
    """t/h_support.txt: "1. Sở Tư pháp" / "2. Sở Y tế" in the last column dropped Sở Y tế."""
    header = ["STT", "Nhiệm vụ", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    rows = [["1", "Rà soát quy hoạch sử dụng đất cấp xã", "Quý II/2026", "Sở Nông nghiệp và Môi trường",
             "UBND các xã, phường"], ["3", "Tổ chức tập huấn nghiệp vụ", "Tháng 9/2026", "Sở Nội vụ", "Sở Y tế"]]
    doc = _tasks_as_text(tmp_path, ["2", "Xây dựng cơ sở dữ liệu đất đai", "Quý III/2026", "Sở Tài chính", *bodies],
                         header, rows)
    second = next(t for t in doc.tasks if t.number == "2")
    assert bodies[1][3:] in {a.name for a in [*second.lead, *second.support]}


@pytest.mark.parametrize("headings", [
    ["2.1. Các chỉ tiêu về kinh tế", "2.2. Các chỉ tiêu về xã hội", "2.3. Các chỉ tiêu về môi trường"],
    ["a) Các chỉ tiêu về kinh tế", "b) Các chỉ tiêu về xã hội", "c) Các chỉ tiêu về môi trường"],
    ["1.1. Chỉ tiêu kinh tế", "1.2. Chỉ tiêu xã hội", "1.3. Chỉ tiêu môi trường"],
    ["a) Nhóm chỉ tiêu kinh tế", "b) Nhóm chỉ tiêu xã hội", "c) Nhóm chỉ tiêu môi trường"],
])
def test_a_sub_numbered_or_lettered_heading_over_the_next_fields_header_is_no_cell(tmp_path, headings):
    """ind/hd_sub.txt, hd_letter.txt: the heading was read as the row's last cell (unit "6.840,2", 7200 as the
    previous result, no target)."""
    doc = _fields_as_text(tmp_path, headings)
    assert [(i.name, i.unit, i.previous_result, i.target) for i in doc.indicators] == [
        ("Tốc độ tăng trưởng kinh tế", "%", 7.9, 8.2), ("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 6840.2, 7200),
        ("Tỷ lệ lao động qua đào tạo", "%", 69.5, 71), ("Số giường bệnh trên một vạn dân", "giường", 33.1, 34),
        ("Tỷ lệ che phủ rừng", "%", 51.6, 52)]
