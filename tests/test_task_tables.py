"""Task tables as other hands write them: two-line headers, headers that name nothing known (the cells decide),
group rows, repeated headers, agency cells with role labels, and the role vocabulary (pipeline/data)."""

import pytest

from pipeline.stages.agencies import agencies_by_role, resolve_all, split_agencies
from pipeline.stages.columns import column_role, columns_from, header_of, header_role
from pipeline.model import Block, Cell, Provenance, Table
from pipeline.run import process
from pipeline.stages.tables import grid_record


def _table(rows: list[list[str]], spans: dict[tuple[int, int], tuple[int, int]] | None = None, th_rows=()) -> Table:
    """A table from rows of texts; ``spans`` maps (row, col) to (row_span, col_span); covered cells are left out."""
    spans = spans or {}
    covered = {(r + dr, c + dc) for (r, c), (rs, cs) in spans.items() for dr in range(rs) for dc in range(cs)} - set(spans)
    cells = [Cell(r, c, *spans.get((r, c), (1, 1)), text=text, is_header=r in th_rows)
             for r, row in enumerate(rows) for c, text in enumerate(row) if (r, c) not in covered]
    return Table(n_rows=len(rows), n_cols=len(rows[0]), cells=cells)


def _record(table: Table):
    return grid_record(Block(id="b0001", orig="", prov=Provenance(reader="test"), table=table), "table_1")


@pytest.mark.parametrize("header, role", [
    ("Cơ quan chủ trì thẩm tra", "lead"), ("Cơ quan tham gia thẩm tra", "support"), ("Cơ quan trình", "submitter"),
    ("Tiến độ trình UBTVQH", "deadline"), ("Tên dự án", "content"), ("Nội dung công việc", "content"),
    ("Đơn vị/cá nhân thực hiện", "implementer"), ("Cơ quan chủ trì, phối hợp", "lead_support"),
    ("Hình thức văn bản", "output"), ("Lộ trình thực hiện", "deadline"), ("Mốc thời gian", "deadline"),
    ("Cấp trình", "level"), ("Kinh phí thực hiện", "budget"), ("Đơn vị phụ trách", "lead"),
    ("Thời gian / Bắt đầu", "start"), ("Thời gian thực hiện / Hoàn thành", "deadline"),
    ("Cơ quan thực hiện / Chủ trì", "lead"), ("Cơ quan thực hiện / Phối hợp", "support"),
    ("Thời gian hoàn thành (5)", "deadline"), ("Ý kiến", "other"),
])
def test_header_words_give_the_role(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("header, role", [
    # a letter OCR misread in a header (scans): the one role a word a letter away gives
    ("Thời sian bat dau", "start"), ("Thời øian hoàn thành", "deadline"), ("Cơ quan chủ trl", "lead"),
    ("Don vi phoi hqp", "support"), ("Tlến độ", "deadline"), ("Cơ quan phối hcp", "support"),
    # not read otherwise: words the vocabulary has, unknown words no vocabulary word is a letter from, sentences
    ("Ý kiến", "other"), ("Mô tả", "other"), ("Ghi chi", "other"),
    ("Phương pháp tính các tiêu chí phát triển đô thị tăng trưởng xanh theo các nhóm", "other"),
])
def test_a_header_with_a_misread_letter_gives_its_role(header, role):
    assert header_role(header)[0] == role


@pytest.mark.parametrize("header, role", [
    # a misread word that spells no syllable, in a header that names another role as read ("kiểm tra": a note;
    # "thực hiện": an implementer): the respelled name's role
    ("Thời øian kiểm tra", "deadline"), ("Thời sian thực hiện", "deadline"), ("Thời sian thực\nhiện", "deadline"),
    ("Thời gian kiểm tra", "deadline"), ("Cơ quan chủ trì kiểm tra", "lead"), ("Nội dung kiểm tra", "content"),
    # every word a syllable, or an abbreviation: read as it is
    ("Đơn vị thực hiện", "implementer"), ("Ghi chú", "note"), ("Kinh phí (triệu đồng)", "budget"),
])
def test_a_header_with_a_word_no_syllable_spells_is_respelled_though_it_names_a_role(header, role):
    assert header_role(header)[0] == role


def test_a_respelled_header_says_how_it_was_read():
    (start, deadline, other) = columns_from(["Thời sian bat dau", "Thời øian hoàn thành", "Mô tả"])
    assert (start.role, deadline.role, other.role) == ("start", "deadline", "other")
    assert start.evidence == "header: 'Thời sian bat dau' (read as 'thoi gian bat dau')"
    assert other.evidence is None
    # a header that reads as it is keeps the plain evidence
    assert columns_from(["Thời gian hoàn thành"])[0].evidence == "header: 'Thời gian hoàn thành'"


def test_a_two_line_header_gives_one_column_per_leaf():
    table = _table([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian", "", "Sản phẩm"],
        ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""],
        ["1", "Xây dựng kế hoạch", "Sở Nội vụ", "Sở Tài chính", "Tháng 3/2026", "Quý II/2026", "Kế hoạch"],
    ], spans={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (1, 2), (0, 6): (2, 1)})
    header = header_of(table)
    assert header.rows == 2
    assert header.names == ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp",
                            "Thời gian / Bắt đầu", "Thời gian / Hoàn thành", "Sản phẩm"]
    record = _record(table)
    assert [c.role for c in record.columns] == ["number", "content", "lead", "support", "start", "deadline", "output"]
    assert [r.kind for r in record.rows] == ["header", "header", "data"]


def test_a_title_row_across_the_table_and_a_numbering_row_are_not_data():
    table = _table([
        ["DANH MỤC NHIỆM VỤ NĂM 2026"] * 4,
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý I/2026"],
    ], spans={(0, 0): (1, 4)})
    record = _record(table)
    assert record.title == "DANH MỤC NHIỆM VỤ NĂM 2026"
    assert [r.kind for r in record.rows] == ["header", "header", "header", "data"]
    assert record.kind == "tasks"


def test_when_the_header_names_nothing_known_the_cells_decide():
    rows = [["Số", "Các việc", "Giao cho", "Khi nào"]] + [
        [str(i), f"Tổ chức tập huấn nghiệp vụ chuyển đổi số đợt {i} cho cán bộ cấp xã", agency, when]
        for i, (agency, when) in enumerate([("Sở Nội vụ", "Quý I/2026"), ("Sở Tư pháp", "Tháng 6/2026"),
                                            ("Công an tỉnh", "Thường xuyên"), ("UBND cấp xã", "Năm 2026")], start=1)]
    record = _record(_table(rows))
    assert [c.role for c in record.columns] == ["number", "content", "lead", "deadline"]
    assert record.kind == "tasks"
    assert record.columns[2].evidence == "cells: 4 of 4 name agencies"
    assert record.columns[1].evidence.startswith("cells: the longest free text")
    assert record.columns[0].evidence == "cells: 4 of 4 are row numbers"


def test_a_table_of_other_things_stays_other_with_its_cells():
    rows = [["STT", "Hạng mục", "Đơn giá", "Thành tiền"], ["1", "Máy tính", "15.000.000", "30.000.000"],
            ["2", "Máy in", "5.000.000", "5.000.000"]]
    record = _record(_table(rows))
    assert record.kind == "other"
    assert [r.cells for r in record.rows[1:]] == rows[1:]


@pytest.mark.parametrize("label", ["I", "II.", "A", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ", "Nhóm 2: Cải cách thủ tục hành chính"])
def test_group_rows_are_not_tasks(label):
    number, text = (label, "Công tác chỉ đạo, điều hành") if len(label) < 4 else ("", label)
    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"], [number, text, "", "", ""],
            ["1", "Ban hành kế hoạch", "Sở Nội vụ", "Các sở, ngành", "Quý I/2026"],
            ["2", "Kiểm tra việc thực hiện", "Sở Nội vụ", "", "Quý IV/2026"]]
    record = _record(_table(rows))
    assert [r.kind for r in record.rows] == ["header", "group", "data", "data"]


def test_a_number_the_rows_below_are_numbered_under_is_a_group():
    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], ["1", "Cải cách thể chế", "", ""],
            ["1.1", "Rà soát văn bản", "Sở Tư pháp", "Quý II/2026"], ["1.2", "Ban hành quy chế", "Sở Nội vụ", ""],
            ["2", "Hiện đại hóa nền hành chính", "Sở Khoa học và Công nghệ", "Năm 2026"]]
    assert [r.kind for r in _record(_table(rows)).rows] == ["header", "group", "data", "data", "data"]


def test_a_task_with_no_agency_stays_a_task_in_a_table_that_often_has_none():
    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], ["1", "Rà soát văn bản", "", ""], ["2", "Ban hành quy chế", "", "Quý I"],
            ["3", "Tập huấn", "Sở Nội vụ", ""], ["4", "Kiểm tra", "", ""]]
    assert [r.kind for r in _record(_table(rows)).rows] == ["header", "data", "data", "data", "data"]


def test_the_header_printed_again_after_a_page_break_is_a_header_row():
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    rows = [header, ["1", "Việc một", "Sở Nội vụ", "Quý I/2026"], header, ["2", "Việc hai", "Sở Tư pháp", "Quý II/2026"]]
    assert [r.kind for r in _record(_table(rows)).rows] == ["header", "data", "header", "data"]


@pytest.mark.parametrize("cell, default, expected", [
    ("Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, Sở Tư pháp", "lead",
     {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính", "Sở Tư pháp"]}),
    ("Sở Nội vụ (chủ trì), Sở Tài chính", "lead_support", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính"]}),
    ("Sở Y tế (phối hợp)", "lead", {"support": ["Sở Y tế"]}),
    ("Sở Giáo dục và Đào tạo, Sở Y tế", "lead_support", {"lead": ["Sở Giáo dục và Đào tạo"], "support": ["Sở Y tế"]}),
    ("Các sở, ban, ngành; UBND cấp xã", "support", {"support": ["Các sở, ban, ngành", "UBND cấp xã"]}),
])
def test_an_agency_cell_gives_each_body_its_role(cell, default, expected):
    assert agencies_by_role(cell, default) == expected


@pytest.mark.parametrize("cell, names", [
    ("UBND các xã, phường trực tiếp triển khai tại địa bàn", ["UBND các xã, phường"]),
    ("UBND cấp xã phối hợp với", ["UBND cấp xã"]),
    ("Đề nghị Ủy ban MTTQ tỉnh", ["Ủy ban MTTQ tỉnh"]),
    ("Ban quản lý dự án đầu tư xây dựng tỉnh", ["Ban quản lý dự án đầu tư xây dựng tỉnh"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Ủy ban Khoa học, Công nghệ và Môi trường", ["Ủy ban Khoa học, Công nghệ và Môi trường"]),
    ("Hội đồng Dân tộc, các Ủy ban khác của Quốc hội", ["Hội đồng Dân tộc", "các Ủy ban khác của Quốc hội"]),
    ("Bộ Tài chính, các bộ, ngành liên quan", ["Bộ Tài chính", "các bộ, ngành liên quan"]),
])
def test_agency_cells_split_into_names_without_role_clauses(cell, names):
    assert split_agencies(cell) == names


@pytest.mark.parametrize("printed, place, ids", [
    ("Sở Nội vụ/Sở Tài chính", "lao-cai", ["lao-cai/so-noi-vu", "lao-cai/so-tai-chinh"]),
    ("Công an tỉnh và UBND cấp xã", "lao-cai", ["lao-cai/cong-an", "lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "lao-cai", ["lao-cai/so-van-hoa-the-thao-va-du-lich"]),
])
def test_two_bodies_joined_by_a_slash_or_va_resolve_as_two(printed, place, ids):
    assert [m.agency_id for m in resolve_all(printed, place)] == ids


def _html(tmp_path, body: str):
    path = tmp_path / "doc.html"
    path.write_text(f"<html><body><div>{body}</div></body></html>", encoding="utf-8")
    return path


_TASKS = ("<table border=1><tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị/cá nhân thực hiện</th><th>Thời gian</th></tr>"
          "<tr><td>1</td><td>Tiếp nhận hồ sơ và kiểm tra tính đầy đủ</td><td>Bộ phận một cửa</td><td>01 ngày</td></tr>"
          "<tr><td>2</td><td>Thẩm định hồ sơ, trình lãnh đạo ký</td><td>Phòng Nội vụ</td><td>05 ngày</td></tr></table>")


@pytest.mark.parametrize("body", [
    "<p>QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</p>" + _TASKS,  # a procedure: no number, no date
    "<p>PHỤ LỤC</p><p>PHÂN CÔNG NHIỆM VỤ</p>" + _TASKS,  # an annex issued as a file of its own
])
def test_a_document_with_a_task_table_but_no_number_or_date_is_read(tmp_path, body):
    from pipeline.run import process

    doc = process(_html(tmp_path, body))
    assert [t.content for t in doc.tasks] == ["Tiếp nhận hồ sơ và kiểm tra tính đầy đủ", "Thẩm định hồ sơ, trình lãnh đạo ký"]
    assert [[m.name for m in t.lead] for t in doc.tasks] == [["Bộ phận một cửa"], ["Phòng Nội vụ"]]
    assert "document_unidentified" in {w.code for w in doc.warnings}


def test_a_draft_under_the_motto_is_read_and_a_letter_is_refused(tmp_path):
    from pipeline.errors import NotADocument
    from pipeline.run import process

    draft = process(_html(tmp_path, "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
                                    "<p>ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT</p><p>I. Tình hình</p><p>II. Kết quả</p>"))
    assert "the national motto" in next(w.message for w in draft.warnings if w.code == "document_unidentified")
    with pytest.raises(NotADocument):
        process(_html(tmp_path, "<p>Thân gửi các bạn,</p><p>1. Họp lớp</p><p>2. Ăn trưa</p>"))


# PDFs drawn the ways other producers draw them (tests/pdf_tables.py): every data cell must land under its header.
_PDF_HEADER = [["TT", "Nội dung nhiệm vụ", ("Cơ quan thực hiện", 2), None, "Thời hạn"], ["", "", "Chủ trì", "Phối hợp", ""]]
_PDF_ROWS = [[str(i), f"Xây dựng kế hoạch số {i}", "Sở Nội vụ", "Sở Tài chính", f"Quý {'I' * (1 + i % 3)}/2026"]
             for i in range(1, 31)]


@pytest.mark.parametrize("jitter, word_boxes", [(0.0, False), (0.6, False), (0.0, True), (0.6, True)])
def test_a_pdf_table_keeps_its_columns_whatever_draws_its_borders(tmp_path, jitter, word_boxes):
    """Borders drawn as thin rectangles a fraction of a point apart (Word), a hidden box around each header word,
    a two-line header, and 30 rows over two pages with the header printed again on the second."""
    from pdf_tables import Grid, write_pdf
    from pipeline.run import process

    grid = Grid(widths=[30, 200, 90, 90, 80], header=_PDF_HEADER, rows=_PDF_ROWS, jitter=jitter, word_boxes=word_boxes)
    doc = process(write_pdf(grid, tmp_path / "t.pdf", title="PHỤ LỤC"))
    tasks = doc.tables[0]
    assert [c.role for c in tasks.columns] == ["number", "content", "lead", "support", "deadline"]
    assert [t.number for t in doc.tasks] == [str(i) for i in range(1, 31)]
    assert all([m.name for m in t.lead] == ["Sở Nội vụ"] and [m.name for m in t.support] == ["Sở Tài chính"] for t in doc.tasks)
    assert [t.deadline.end for t in doc.tasks[:3]] == ["2026-06-30", "2026-09-30", "2026-03-31"]


def test_a_table_ruled_by_horizontal_lines_only_is_read(tmp_path):
    from pdf_tables import ruled_rows_pdf
    from pipeline.run import process

    doc = process(ruled_rows_pdf(tmp_path / "h.pdf", ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
                                 [["1", "Rà soát thủ tục", "Sở Tư pháp", "Quý I/2026"],
                                  ["2", "Kiểm tra công vụ", "Sở Nội vụ", "Tháng 6/2026"],
                                  ["3", "Đo lường sự hài lòng", "Văn phòng UBND tỉnh", "Quý IV/2026"]]))
    assert [(t.number, t.content, [m.name for m in t.lead], t.deadline.end) for t in doc.tasks] == [
        ("1", "Rà soát thủ tục", ["Sở Tư pháp"], "2026-03-31"), ("2", "Kiểm tra công vụ", ["Sở Nội vụ"], "2026-06-30"),
        ("3", "Đo lường sự hài lòng", ["Văn phòng UBND tỉnh"], "2026-12-31")]


@pytest.mark.parametrize("cell, names", [
    ("Trần Thị Mai\nLê Quang Vinh", ["Trần Thị Mai", "Lê Quang Vinh"]),  # one person a line
    ("Lê Quang Vinh Phạm Thu Hà Nguyễn Văn Hải", ["Lê Quang Vinh", "Phạm Thu Hà", "Nguyễn Văn Hải"]),  # run together
    ("Trần Thị Mai Lê Quang Vinh", ["Trần Thị Mai", "Lê Quang Vinh"]),  # "Mai" is a given name here, not a family name
    ("Nguyễn Văn Hải", ["Nguyễn Văn Hải"]),
    ("Thanh tra\nThành phố", ["Thanh tra Thành phố"]),  # a body's name over two lines is one name
    ("Công An Tỉnh Lào Cai", ["Công An Tỉnh Lào Cai"]),  # capitalised, but no family name starts it
])
def test_people_in_a_cell_are_one_name_each(cell, names):
    assert split_agencies(cell) == names


def test_a_pdf_cell_keeps_the_line_breaks_its_author_typed(tmp_path):
    """A line that stops short of where the cell's lines can reach, when the next word would have fitted, was
    ended by its author: "Trần Thị Mai" / "Lê Quang Vinh" are two people. A wrapped line fills the cell."""
    from pdf_tables import Grid, write_pdf
    from pipeline.run import process

    rows = [["1", "Rà soát hồ sơ", "Trần Thị Mai\nLê Quang Vinh", "Quý I/2026"],
            ["2", "Kiểm tra", "Trung tâm Phục vụ hành chính\ncông tỉnh Lào Cai", "Quý II/2026"]]
    header = [["TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Thời hạn"]]
    doc = process(write_pdf(Grid(widths=[30, 150, 120, 80], header=header, rows=rows), tmp_path / "p.pdf"))
    cells = [r.cells[2] for r in doc.tables[0].rows[1:]]
    assert cells[0] == "Trần Thị Mai\nLê Quang Vinh"
    assert cells[1] == "Trung tâm Phục vụ hành chính công tỉnh Lào Cai"


@pytest.mark.parametrize("names, folded", [
    (["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Chủ trì", "Phối hợp"],
     ["STT", "Nhiệm vụ", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời hạn"]),
    (["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Ghi chú", "Bắt đầu", "Hoàn thành"],
     ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian / Bắt đầu", "Thời gian / Hoàn thành", "Ghi chú"]),
    (["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp"], ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp"]),  # one line: left alone
])
def test_a_two_line_header_flattened_into_text_is_folded(names, folded):
    from pipeline.stages.tables import fold_two_line_header

    assert fold_two_line_header(names) == folded


@pytest.mark.parametrize("cells, length", [
    (["STT", "Nhiệm vụ", "Chủ trì", "1", "Việc một"], 3),
    (["TT", "Nhiệm vụ", "Người thực hiện", "", "Cập nhật thủ tục hành chính trên cổng dịch vụ công"], 3),  # blank number
    (["STT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời hạn", "Chủ trì", "Phối hợp", "A"], 7),  # a merged cell
    (["STT", "Nhiệm vụ", "Chủ trì", "Nhóm 1: Thể chế", "", ""], 3),  # a group's label opens the body
    (["Bước", "Nội dung công việc", "Thời gian", "Bước 1", "Tiếp nhận hồ sơ"], 3),
])
def test_the_header_of_a_flattened_table_ends_where_its_rows_begin(cells, length):
    from pipeline.stages.tables import header_length

    assert header_length(cells) == length


def test_a_numbering_row_under_part_of_the_columns_adds_nothing_to_their_names():
    table = _table([["TT", "Tên nhiệm vụ", "Chủ trì", "Thời gian"], ["", "(1)", "(2)", "(3)"],
                    ["1", "Quán triệt chỉ thị", "Sở Nội vụ", "Quý I/2026"]])
    assert [c.name for c in _record(table).columns] == ["TT", "Tên nhiệm vụ", "Chủ trì", "Thời gian"]


def test_a_numbered_row_over_lettered_or_dashed_items_is_their_group():
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"], ["1.", "Về công tác chỉ đạo", "", ""],
            ["a)", "Ban hành kế hoạch", "Sở Nội vụ", "Quý I/2026"], ["b)", "Kiểm tra", "Sở Tư pháp", "Quý II/2026"],
            ["2.", "Về tuyên truyền", "", ""], ["", "- Tổ chức hội nghị", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026"]]
    assert [r.kind for r in _record(_table(rows)).rows] == ["header", "group", "data", "data", "group", "data"]


def test_a_number_printed_in_the_content_cell_numbers_the_task(tmp_path):
    from pipeline.run import process

    rows = "".join(f"<tr><td>{n}. {task}</td><td>{lead}</td><td>Quý II/2026</td></tr>"
                   for n, task, lead in [(1, "Rà soát thủ tục", "Sở Tư pháp"), (2, "Kiểm tra công vụ", "Sở Nội vụ")])
    doc = process(_html(tmp_path, "<p>KẾ HOẠCH</p><table border=1><tr><th>Nội dung nhiệm vụ</th><th>Cơ quan chủ trì</th>"
                                  f"<th>Thời gian</th></tr>{rows}</table>"))
    assert [(t.number, t.content) for t in doc.tasks] == [("1.", "Rà soát thủ tục"), ("2.", "Kiểm tra công vụ")]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_page_turned_by_rotate_reads_as_it_is_shown(tmp_path, rotation):
    """A landscape annex is often a portrait page drawn sideways and turned by /Rotate: text and ruling lines are
    read in the page as shown, so the table keeps its rows and columns."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    from pdf_tables import Grid, write_pdf
    from pipeline.run import process

    rows = [[str(i), f"Xây dựng kế hoạch số {i}", "Sở Nội vụ", "Sở Tài chính", "Quý II/2026"] for i in range(1, 6)]
    upright = write_pdf(Grid(widths=[30, 200, 90, 90, 80], header=_PDF_HEADER, rows=rows), tmp_path / "upright.pdf")
    writer = PdfWriter(clone_from=upright)
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turn, box = {90: (Transformation().rotate(90).translate(height, 0), (0, 0, height, width)),
                     180: (Transformation().rotate(180).translate(width, height), (0, 0, width, height)),
                     270: (Transformation().rotate(270).translate(0, width), (0, 0, height, width))}[rotation]
        page.add_transformation(turn)
        page.mediabox = page.cropbox = RectangleObject(box)
        page.rotate(rotation)  # drawn turned one way, shown turned back
    writer.write(tmp_path / "turned.pdf")
    doc = process(tmp_path / "turned.pdf")
    assert [(t.number, [m.name for m in t.lead], [m.name for m in t.support]) for t in doc.tasks] == [
        (str(i), ["Sở Nội vụ"], ["Sở Tài chính"]) for i in range(1, 6)]


# -- Third test bed: traits written blind to the reader (tests/task_layouts/FACTS.md) ---------------------------------


@pytest.mark.parametrize("header, role", [
    ("Chỉ tiêu, nhiệm vụ", "content"), ("Nhiệm vụ, chỉ tiêu", "content"), ("Chỉ tiêu và nhiệm vụ", "content"),
    ("Lãnh đạo UBND tỉnh phụ trách", "note"), ("Lãnh đạo phụ trách", "note"), ("Lãnh đạo Sở chỉ đạo", "note"),
    ("Cơ quan tham mưu", "implementer"), ("Đơn vị phụ trách", "lead"), ("Chỉ tiêu", "output"),
])
def test_header_words_of_programmes_and_indicator_tables(header, role):
    assert column_role(header) == role


def _tasks_of(tmp_path, header: list[str], rows: list[list[str]]):
    from pipeline.run import process

    html = "<table border=1><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(
        "<tr>" + "".join(f'<td colspan="{len(header) - 1}">{c[1:]}</td>' if c.startswith("*") else f"<td>{c}</td>"
                         for c in row) + "</tr>" for row in rows) + "</table>"
    return process(_html(tmp_path, "<p>KẾ HOẠCH</p><p>Thực hiện nhiệm vụ năm 2026</p>" + html)).tasks


@pytest.mark.parametrize("title", ["Sở Tài chính", "SỞ TÀI CHÍNH", "Sở Tài chính:", "1. Sở Tài chính"])
def test_a_group_row_that_names_a_body_leads_its_tasks_in_a_table_without_agency_columns(tmp_path, title):
    label = "" if title.startswith("1.") else "1."
    rows = [[label, f"*{title}"] if label else [f"*{title}", ""],  # a label cell, or the number in a title across
            ["1.1", "Rà soát dự toán năm 2026", "Quý I/2026"],
            ["1.2", "Kiểm tra giải ngân vốn", "Quý III/2026"], ["2.", "*Công an tỉnh"], ["2.1", "Tuần tra kiểm soát", "Thường xuyên"]]
    tasks = _tasks_of(tmp_path, ["TT", "Nhiệm vụ", "Thời hạn"], rows)
    assert [t.content for t in tasks] == ["Rà soát dự toán năm 2026", "Kiểm tra giải ngân vốn", "Tuần tra kiểm soát"]
    assert [fold_names(t.lead) for t in tasks] == [["so tai chinh"], ["so tai chinh"], ["cong an tinh"]]


def fold_names(mentions) -> list[str]:
    from pipeline.text import fold

    return [fold(m.name).strip(" :") for m in mentions]


def test_a_group_title_that_is_no_body_gives_no_lead(tmp_path):
    rows = [["1.", "*Công tác chỉ đạo, điều hành"], ["1.1", "Rà soát dự toán năm 2026", "Quý I/2026"],
            ["2.", "*Trường học an toàn, thân thiện và bình đẳng cho mọi trẻ em trên địa bàn tỉnh"],
            ["2.1", "Kiểm tra cơ sở vật chất", "Quý II/2026"]]
    tasks = _tasks_of(tmp_path, ["TT", "Nhiệm vụ", "Thời hạn"], rows)
    assert [t.lead for t in tasks] == [[], []]


def test_a_group_row_whose_lead_cell_names_a_body_leads_the_tasks_under_it(tmp_path):
    rows = [["1", "Hoàn thiện thể chế", "Sở Tư pháp", "", ""],
            ["1.1", "Rà soát văn bản quy phạm", "", "Sở Nội vụ", "Quý II/2026"],
            ["1.2", "Xây dựng quy chế phối hợp", "", "", "Quý III/2026"],
            ["2", "Chuyển đổi số", "Sở Khoa học và Công nghệ", "", ""],
            ["2.1", "Nâng cấp hệ thống một cửa", "", "Văn phòng UBND tỉnh", "Năm 2026"],
            ["2.2", "Số hóa hồ sơ", "Sở Nội vụ", "", "Năm 2026"]]
    tasks = _tasks_of(tmp_path, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], rows)
    assert [t.content for t in tasks] == ["Rà soát văn bản quy phạm", "Xây dựng quy chế phối hợp", "Nâng cấp hệ thống một cửa",
                                          "Số hóa hồ sơ"]
    assert [[m.name for m in t.lead] for t in tasks] == [["Sở Tư pháp"], ["Sở Tư pháp"], ["Sở Khoa học và Công nghệ"], ["Sở Nội vụ"]]
    assert [t.group_path for t in tasks][0] == ["1 Hoàn thiện thể chế"]


def test_a_numbered_task_with_its_own_lead_over_unnumbered_rows_stays_a_task(tmp_path):
    rows = [["1", "Rà soát văn bản quy phạm", "Sở Tư pháp", "", "Quý II/2026"],
            ["2", "Xây dựng quy chế phối hợp", "Sở Nội vụ", "", "Quý III/2026"]]
    tasks = _tasks_of(tmp_path, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], rows)
    assert [t.content for t in tasks] == ["Rà soát văn bản quy phạm", "Xây dựng quy chế phối hợp"]


@pytest.mark.parametrize("cell, expected", [
    ("Sở Y tế chủ trì, phối hợp với Sở Tư pháp, Công an tỉnh", {"lead": ["Sở Y tế"], "support": ["Sở Tư pháp", "Công an tỉnh"]}),
    ("Sở Y tế chủ trì và phối hợp cùng UBND các xã, phường", {"lead": ["Sở Y tế"], "support": ["UBND các xã, phường"]}),
    ("Sở Nội vụ chủ trì; Sở Tài chính, Văn phòng UBND tỉnh phối hợp.",
     {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính", "Văn phòng UBND tỉnh"]}),
    ("Công an tỉnh chủ trì,\nphối hợp với\nBộ Chỉ huy Quân sự tỉnh", {"lead": ["Công an tỉnh"], "support": ["Bộ Chỉ huy Quân sự tỉnh"]}),
    ("Sở Y tế chủ trì", {"implementer": ["Sở Y tế"]}),  # no support named: the column's role
    ("Chủ trì: Sở Y tế\nPhối hợp: Sở Tư pháp, Công an tỉnh", {"lead": ["Sở Y tế"], "support": ["Sở Tư pháp", "Công an tỉnh"]}),
    ("- Chủ trì: Sở Y tế.\n- Phối hợp: Sở Tư pháp.", {"lead": ["Sở Y tế"], "support": ["Sở Tư pháp"]}),
])
def test_a_performer_cell_written_as_a_sentence_gives_both_roles(cell, expected):
    assert agencies_by_role(cell, "implementer") == expected


@pytest.mark.parametrize("cell, names", [
    ("1. Sở Tài chính\n2. Sở Y tế\n3. Công an tỉnh", ["Sở Tài chính", "Sở Y tế", "Công an tỉnh"]),
    ("1) Sở Tài chính\n2) UBND các xã, phường", ["Sở Tài chính", "UBND các xã, phường"]),
    ("1. Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("-", []),
])
def test_numbered_lines_in_an_agency_cell_are_one_body_each(cell, names):
    assert split_agencies(cell) == names


@pytest.mark.parametrize("content, clause, end", [
    ("Rà soát thủ tục, hoàn thành trước ngày 30/6/2026", "hoàn thành trước ngày 30/6/2026", "2026-06-30"),
    ("Tổ chức hội nghị; hoàn thành trong quý III/2026.", "hoàn thành trong quý III/2026", "2026-09-30"),
    ("Tập huấn cán bộ (xong trước ngày 15/10/2026)", "xong trước ngày 15/10/2026", "2026-10-15"),
    ("Đánh giá kết quả, báo cáo UBND tỉnh trước ngày 20/12/2026", "báo cáo UBND tỉnh trước ngày 20/12/2026", "2026-12-20"),
    ("Kiểm tra việc thực hiện, theo Quyết định số 15/QĐ-UBND ngày 12/12/2025", None, None),
    ("Rà soát văn bản, trong đó ưu tiên các xã vùng cao", None, None),
    ("Tuyên truyền, phổ biến pháp luật thường xuyên", None, None),
])
def test_a_content_that_ends_with_its_deadline(tmp_path, content, clause, end):
    from pipeline.stages.deadlines import deadline_clause

    assert deadline_clause(content, 2026) == clause
    tasks = _tasks_of(tmp_path, ["TT", "Nội dung công việc", "Đơn vị chủ trì"], [["1", content, "Sở Nội vụ"]])
    assert [(t.deadline.text, t.deadline.end) if t.deadline else None for t in tasks] == [(clause, end) if clause else None]


def test_a_deadline_column_wins_over_the_content(tmp_path):
    tasks = _tasks_of(tmp_path, ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"],
                      [["1", "Rà soát thủ tục, hoàn thành trước ngày 30/6/2026", "Sở Nội vụ", ""]])
    assert tasks[0].deadline is None


@pytest.mark.parametrize("text, end", [
    ("Năm 2026 và các năm tiếp theo", None), ("Từ năm 2026 trở đi", None), ("Kỳ họp thường lệ giữa năm 2026", None),
    ("Đầu năm 2027", None), ("Kỳ họp thường lệ cuối năm 2026", "2026-12-31"), ("Hằng năm, giai đoạn 2026-2030", "2030-12-31"),
    ("Năm 2026", "2026-12-31"),
])
def test_open_ended_and_unbounded_parts_of_a_year_name_no_end(text, end):
    from pipeline.stages.deadlines import parse_deadline

    assert parse_deadline(text, 2026).end == end


def test_a_flattened_two_line_header_merged_across_only_keeps_its_rows_in_place(tmp_path):
    """Copied with "|" after each cell, a header merged across only prints an empty cell under each one-level column:
    those belong to the header, not to the first row."""
    from pipeline.run import process

    cells = ["STT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian", "", "", "Chủ trì", "Phối hợp", "",
             "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Sở Nội vụ", "Quý II/2026",
             "2", "Kiểm tra công vụ", "Sở Nội vụ", "", "Năm 2026"]
    path = tmp_path / "doc.txt"
    path.write_text("KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2026\n" + "\n".join(f"{c} |".lstrip() for c in cells), encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.number, [m.name for m in t.lead], [m.name for m in t.support], t.deadline.text) for t in tasks] == [
        ("1", ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý II/2026"), ("2", ["Sở Nội vụ"], [], "Năm 2026")]


@pytest.mark.parametrize("names, folded", [
    (["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn", "Nội dung", "Sản phẩm", "Chủ trì", "Phối hợp"],
     ["TT", "Nhiệm vụ / Nội dung", "Nhiệm vụ / Sản phẩm", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Thời hạn"]),
    (["TT", "Nhiệm vụ", "Sản phẩm", "Kết quả"], ["TT", "Nhiệm vụ", "Sản phẩm", "Kết quả"]),  # no content child: one line
])
def test_a_task_parent_over_its_content_and_product_is_folded(names, folded):
    from pipeline.stages.tables import fold_two_line_header

    assert fold_two_line_header(names) == folded



@pytest.mark.parametrize("pipe", [False, True])
def test_a_roman_group_row_across_a_copied_table_is_a_group_not_the_next_part(tmp_path, pipe):
    from pipeline.run import process

    nbsp = "\u00a0"
    cells = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "I. CẢI CÁCH THỂ CHẾ", nbsp, nbsp, nbsp,
             "1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Quý II/2026",
             "II. HIỆN ĐẠI HÓA HÀNH CHÍNH", nbsp, nbsp, nbsp, "2", "Nâng cấp hệ thống một cửa", "Văn phòng UBND tỉnh", "Năm 2026"]
    after = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành báo cáo kết quả về Sở Nội vụ."]
    if pipe:
        lines = [f"{c.strip()} |".lstrip() for c in cells] + after
        text = "\n".join(["KẾ HOẠCH", "Cải cách hành chính năm 2026", *lines])
    else:
        text = "\n\n".join(["KẾ HOẠCH", "Cải cách hành chính năm 2026", *cells, *after])
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.content, t.group_path) for t in tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", ["I. CẢI CÁCH THỂ CHẾ"]), ("Nâng cấp hệ thống một cửa", ["II. HIỆN ĐẠI HÓA HÀNH CHÍNH"])]


@pytest.mark.parametrize("pipe", [False, True])
def test_a_copied_table_with_its_time_column_first_has_a_header_of_names_only(tmp_path, pipe):
    """A conference plan's "Thời gian | Nội dung công việc | Đơn vị thực hiện" table under "III. PHÂN CÔNG …" and a
    lead-in ending with ":": neither is a column name, and the first row's day ends the header."""
    from pipeline.run import process

    cells = ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện", "Ngày 10/3/2026", "Gửi giấy mời đại biểu dự hội nghị",
             "Văn phòng UBND tỉnh", "Ngày 17/3/2026", "Tổ chức hội nghị xúc tiến đầu tư", "Sở Tài chính"]
    before = ["III. PHÂN CÔNG THỰC HIỆN", "Tiến độ và phân công cụ thể như sau:"]
    lines = before + ([f"{c} |" for c in cells] if pipe else cells)
    path = tmp_path / "doc.txt"
    path.write_text(("\n" if pipe else "\n\n").join(["KẾ HOẠCH", "Tổ chức hội nghị năm 2026", *lines]), encoding="utf-8")
    doc = process(path)
    assert [c.name for c in doc.tables[0].columns] == ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện"]
    assert [(t.deadline.text, [m.name for m in t.lead]) for t in doc.tasks] == [
        ("Ngày 10/3/2026", ["Văn phòng UBND tỉnh"]), ("Ngày 17/3/2026", ["Sở Tài chính"])]


@pytest.mark.parametrize("total", ["TỔNG CỘNG", "Tổng số", "Cộng:"])
def test_a_totals_row_printed_first_ends_a_flattened_header(tmp_path, total):
    from pipeline.run import process

    cells = ["STT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư", total, "", "", "127.500",
             "1", "Đường nối trung tâm xã với quốc lộ", "Sở Xây dựng", "85.000",
             "2", "Kè chống sạt lở bờ sông", "UBND xã Bảo Nhai", "42.500"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(["NGHỊ QUYẾT", "Danh mục dự án đầu tư công năm 2026", *(f"{c} |".lstrip() for c in cells)]),
                    encoding="utf-8")
    doc = process(path)
    assert [c.name for c in doc.tables[0].columns] == ["STT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư"]
    assert [(t.content, [m.name for m in t.lead]) for t in doc.tasks] == [
        ("Đường nối trung tâm xã với quốc lộ", ["Sở Xây dựng"]), ("Kè chống sạt lở bờ sông", ["UBND xã Bảo Nhai"])]


@pytest.mark.parametrize("previous, number, follows", [
    ((1,), (2,), True), ((2,), (4,), True), ((1, 3), (2,), True), ((1,), (1, 1), True), ((2, 3), (3, 1), True),
    ((7,), (1,), True), ((1, 2), (1, 3), True), ((1,), (80,), False), ((1,), (1, 200), False), ((3,), (120,), False),
])
def test_row_numbers_run_on_from_the_one_before(previous, number, follows):
    from pipeline.stages.tables import _follows

    assert _follows(previous, number) is follows


def test_a_figure_alone_on_its_line_is_a_cell_not_a_row_number(tmp_path):
    """Copied one cell a line, a target "80" or an amount "1.200" looks like a row number; it does not follow one."""
    from pipeline.run import process

    nbsp = "\u00a0"
    lines = ["TT", "Chỉ tiêu, nhiệm vụ", "ĐVT", "Kế hoạch", "Cơ quan chủ trì", "Thời gian hoàn thành",
             "1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "%", "80", "Sở Nội vụ", "Năm 2026",
             "2", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "1.200", "Sở Tài chính", "Năm 2026",
             "3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,5", "Sở Y tế", "Năm 2026",
             "4", "Rà soát thủ tục hành chính", nbsp, nbsp, "Sở Tư pháp", "Quý II/2026"]
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join(["NGHỊ QUYẾT", "Kế hoạch phát triển kinh tế - xã hội năm 2026", *lines]), encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.number, [m.name for m in t.lead]) for t in tasks] == [
        ("1", ["Sở Nội vụ"]), ("2", ["Sở Tài chính"]), ("3", ["Sở Y tế"]), ("4", ["Sở Tư pháp"])]


def test_piped_rows_under_merged_cells_print_fewer_cells_and_keep_their_places(tmp_path):
    """A task with two products: its number, content, lead and deadline merged down two rows, so the second row
    prints one cell ("Báo cáo |"); the cells after it must not shift into the wrong columns."""
    from pipeline.run import process

    cells = ["STT", "Nội dung", "Sản phẩm", "Cơ quan chủ trì", "Thời hạn",
             "1", "Rà soát thủ tục hành chính", "Quyết định công bố", "Sở Tư pháp", "Quý I/2026", "Báo cáo kết quả",
             "2", "Kiểm tra công vụ", "Kết luận kiểm tra", "Sở Nội vụ", "Quý II/2026",
             "3", "Tập huấn nghiệp vụ", "Hội nghị", "Văn phòng UBND tỉnh", "Quý III/2026"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(["KẾ HOẠCH", "Cải cách hành chính năm 2026", *(f"{c} |" for c in cells)]), encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.number, [m.name for m in t.lead], t.deadline.text) for t in tasks] == [
        ("1", ["Sở Tư pháp"], "Quý I/2026"), ("2", ["Sở Nội vụ"], "Quý II/2026"), ("3", ["Văn phòng UBND tỉnh"], "Quý III/2026")]
    assert tasks[0].output.split("\n") == ["Quyết định công bố", "Báo cáo kết quả"]


@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("first", ["Số", "Thứ tự"])
def test_a_number_column_whose_name_nobody_knows_starts_a_copied_table(tmp_path, pipe, first):
    from pipeline.run import process

    cells = [first, "Hạng mục", "Đơn vị", "Thời điểm", "1", "Nâng cấp hệ thống một cửa điện tử", "Văn phòng UBND tỉnh",
             "Quý II/2026", "2", "Chỉnh trang vỉa hè các tuyến phố chính", "Sở Xây dựng", "Năm 2026"]
    lines = [f"{c} |" for c in cells] if pipe else cells
    path = tmp_path / "doc.txt"
    path.write_text(("\n" if pipe else "\n\n").join(["KẾ HOẠCH", "Chỉnh trang đô thị năm 2026", "Phụ lục", *lines]),
                    encoding="utf-8")
    doc = process(path)
    assert [c.role for c in doc.tables[0].columns][1:] == ["content", "implementer", "deadline"]
    assert [(t.content, [m.name for m in t.lead]) for t in doc.tasks] == [
        ("Nâng cấp hệ thống một cửa điện tử", ["Văn phòng UBND tỉnh"]), ("Chỉnh trang vỉa hè các tuyến phố chính", ["Sở Xây dựng"])]


@pytest.mark.parametrize("names, joined", [
    (["STT", "Nội dung", "nhiệm vụ", "Cơ quan", "chủ trì", "Thời gian", "hoàn thành"],
     ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]),
    (["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"], ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]),
])
def test_header_names_broken_over_two_lines_are_one_name(names, joined):
    from pipeline.stages.tables import _rejoined_names

    assert _rejoined_names(names) == joined


def test_the_items_a_content_cell_introduces_with_a_colon_stay_in_it(tmp_path):
    from pipeline.run import process

    lines = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn",
             "1", "Xây dựng các văn bản quy định chi tiết thi hành Luật, gồm:", "- Nghị định quy định chi tiết một số điều;",
             "- Thông tư hướng dẫn thời hạn bảo quản tài liệu", "Vụ Pháp chế", "Quý IV/2026",
             "2", "Kiểm tra việc thi hành Luật tại các địa phương", "Thanh tra Bộ", "Năm 2027"]
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join(["KẾ HOẠCH", "Triển khai thi hành Luật Lưu trữ", *lines]), encoding="utf-8")
    tasks = process(path).tasks
    assert [[m.name for m in t.lead] for t in tasks] == [["Vụ Pháp chế"], ["Thanh tra Bộ"]]
    assert tasks[0].content.endswith("- Thông tư hướng dẫn thời hạn bảo quản tài liệu")


def test_piped_cells_of_several_lines_are_placed_whole(tmp_path):
    """A '|' cell that runs over two lines, in a table whose rows do not all print every cell: no crash, the cell whole."""
    from pipeline.run import process

    lines = ["STT |", "Nội dung |", "Sản phẩm |", "Cơ quan chủ trì |", "Thời hạn |",
             "1 |", "Rà soát thủ tục hành chính |", "Quyết định công bố |", "Sở Tư pháp;", "Sở Nội vụ |", "Quý I/2026 |",
             "Báo cáo kết quả |", "2 |", "Kiểm tra công vụ |", "Kết luận kiểm tra |", "Sở Nội vụ |", "Quý II/2026 |"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(["KẾ HOẠCH", "Cải cách hành chính năm 2026", *lines]), encoding="utf-8")
    tasks = process(path).tasks
    assert [(t.number, [m.name for m in t.lead]) for t in tasks] == [("1", ["Sở Tư pháp", "Sở Nội vụ"]), ("2", ["Sở Nội vụ"])]


# -- Fourth test bed: what the first three missed ----------------------------------------------------------------------


@pytest.mark.parametrize("header,role", [
    ("Cơ quan chủ trì/Cơ quan phối hợp", "lead_support"), ("Đơn vị chủ trì, đơn vị phối hợp", "lead_support"),
    ("Cơ quan chủ trì/ phối hợp", "lead_support"), ("Mục tiêu", "goal"), ("Mục tiêu cụ thể", "goal"),
    ("Mục tiêu, nhiệm vụ", "content"), ("Mục tiêu năm 2025", "target"), ("Mục tiêu năm 2025 (%)", "target"),
    ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "support"),
    ("Các biện pháp thực hiện", "content"), ("Biện pháp", "content"), ("Việc cần làm", "content"),
    ("Đơn vị chịu trách nhiệm chính", "lead"), ("Cơ quan soạn thảo", "lead"), ("Cơ quan, đơn vị liên quan", "support"),
    ("Các cơ quan liên quan", "support"), ("Đơn vị có liên quan", "support"), ("Dự kiến hoàn thành", "deadline"),
    ("Dự kiến thời gian hoàn thành", "deadline"), ("Năm thực hiện", "deadline"), ("Dự kiến kết quả", "output"),
])
def test_header_words_the_first_three_beds_lacked(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("cell,expected", [
    ("Sở Nội vụ/Sở Tài chính, Sở Tư pháp", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính", "Sở Tư pháp"]}),
    ("Sở Nội vụ, Sở Y tế / Sở Tài chính", {"lead": ["Sở Nội vụ", "Sở Y tế"], "support": ["Sở Tài chính"]}),
    ("Sở Văn hóa, Thể thao và Du lịch/Các sở, ban, ngành",
     {"lead": ["Sở Văn hóa, Thể thao và Du lịch"], "support": ["Các sở, ban, ngành"]}),
    ("Sở Nội vụ; Sở Y tế\nSở Tài chính; Công an tỉnh", {"lead": ["Sở Nội vụ", "Sở Y tế"], "support": ["Sở Tài chính", "Công an tỉnh"]}),
    ("Sở Nội vụ\n- Sở Tài chính\n- Công an tỉnh", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính", "Công an tỉnh"]}),
    # a name wrapped over two lines is no divider, nor a "/" inside a collective's name
    ("Sở Văn hóa, Thể thao\nvà Du lịch\nSở Tài chính", {"lead": ["Sở Văn hóa, Thể thao và Du lịch"], "support": ["Sở Tài chính"]}),
    ("UBND các xã/phường", {"lead": ["UBND các xã/phường"]}),
    ("Sở Nội vụ, UBND các xã/phường", {"lead": ["Sở Nội vụ"], "support": ["UBND các xã/phường"]}),
])
def test_a_cell_for_both_roles_divides_leads_from_supports_by_a_slash_or_a_line(cell, expected):
    assert agencies_by_role(cell, "lead_support") == expected


def test_a_slash_between_leads_in_a_lead_column_divides_no_roles():
    assert agencies_by_role("Sở Nội vụ/Sở Tài chính", "lead") == {"lead": ["Sở Nội vụ/Sở Tài chính"]}


@pytest.mark.parametrize("cell,expected", [
    ("CT: Sở Nội vụ; PH: Sở Tài chính, Công an tỉnh", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính", "Công an tỉnh"]}),
    ("CT: Sở Nội vụ\nPH: Sở Tài chính", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính"]}),
    ("Sở Nội vụ (CT); Sở Tài chính", {"lead": ["Sở Nội vụ"], "support": ["Sở Tài chính"]}),
    ("Sở Nội vụ (CT), Sở Y tế (CT); Sở Tài chính (PH)", {"lead": ["Sở Nội vụ", "Sở Y tế"], "support": ["Sở Tài chính"]}),
])
def test_abbreviated_role_labels_give_the_roles(cell, expected):
    assert agencies_by_role(cell, "implementer") == expected


def test_a_goal_column_beside_the_activities_keeps_the_table_a_task_table(tmp_path):
    rows = [["1", "Nâng cao nhận thức của người dân", "Tổ chức tuyên truyền trên báo, đài", "Sở Y tế", "Quý II/2026"],
            ["2", "Nâng cao nhận thức của người dân", "Tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "Năm 2026"]]
    tasks = _tasks_of(tmp_path, ["TT", "Mục tiêu", "Hoạt động", "Đơn vị chủ trì", "Thời gian thực hiện"], rows)
    assert [t.content for t in tasks] == ["Tổ chức tuyên truyền trên báo, đài", "Tập huấn cho cán bộ cấp xã"]
    assert [fold_names(t.lead) for t in tasks] == [["so y te"], ["so noi vu"]]


@pytest.mark.parametrize("text,start,end", [
    ("Qúy II/2026", "2026-04-01", "2026-06-30"), ("Quí III năm 2026", "2026-07-01", "2026-09-30"),
    ("QÚY IV/2026", "2026-10-01", "2026-12-31"), ("Qúy I, II/2026", "2026-01-01", "2026-06-30"), ("Qúy II", "2026-04-01", "2026-06-30"),
])
def test_a_quarter_spelled_quy_with_the_tone_elsewhere_is_a_quarter(text, start, end):
    from pipeline.stages.cells import looks_like_deadline
    from pipeline.stages.deadlines import parse_deadline

    deadline = parse_deadline(text, 2026)
    assert (deadline.text, deadline.start, deadline.end) == (text, start, end)  # the printed spelling is kept
    assert looks_like_deadline(text)


def _doc_of(tmp_path, header: list[str], rows: list[list[str]]):
    from pipeline.run import process

    html = "<table border=1><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    return process(_html(tmp_path, "<p>KẾ HOẠCH</p><p>Thực hiện nhiệm vụ năm 2026</p>" + html))


@pytest.mark.parametrize("lead_mark,support_mark", [("CT", "PH"), ("Chủ trì", "Phối hợp"), ("ct", "TG")])
def test_a_table_of_assignments_gives_each_marked_body_its_role(tmp_path, lead_mark, support_mark):
    doc = _doc_of(tmp_path, ["STT", "Nội dung", "Sở Nội vụ", "Sở Tài chính", "Công an tỉnh"], [
        ["1", "Rà soát văn bản quy phạm pháp luật", lead_mark, support_mark, ""],
        ["2", "Kiểm tra công tác cải cách hành chính", support_mark, "", lead_mark]])
    assert [c.role for c in doc.tables[0].columns][2:] == ["agency_mark"] * 3
    assert [fold_names(t.lead) for t in doc.tasks] == [["so noi vu"], ["cong an tinh"]]
    assert [fold_names(t.support) for t in doc.tasks] == [["so tai chinh"], ["so noi vu"]]


def test_a_mark_that_gives_no_role_leaves_its_body_out_with_a_warning(tmp_path):
    doc = _doc_of(tmp_path, ["STT", "Nội dung", "Sở Nội vụ", "Sở Tài chính", "Thời hạn"], [
        ["1", "Rà soát văn bản quy phạm pháp luật", "x", "CT", "Quý II/2026"],
        ["2", "Kiểm tra công tác cải cách hành chính", "CT", "x", "Quý III/2026"]])
    assert [fold_names(t.lead) for t in doc.tasks] == [["so tai chinh"], ["so noi vu"]]
    assert [t.support for t in doc.tasks] == [[], []]
    warned = [w for w in doc.warnings if w.code == "task_mark_without_role"]
    assert len(warned) == 2 and "'x' under 'Sở Nội vụ'" in warned[0].message


def test_a_column_under_a_body_s_name_that_holds_more_than_marks_is_no_mark_column(tmp_path):
    doc = _doc_of(tmp_path, ["STT", "Nội dung", "Sở Nội vụ", "Thời hạn"], [
        ["1", "Rà soát văn bản quy phạm pháp luật", "CT", "Quý II/2026"],
        ["2", "Kiểm tra công tác cải cách hành chính", "Tổng hợp báo cáo", "Quý III/2026"]])
    assert "agency_mark" not in [c.role for c in doc.tables[0].columns]
    assert [t.lead for t in doc.tasks] == [[], []]


@pytest.mark.parametrize("text", ["Năm học 2026-2027", "năm học 2026 - 2027", "Học kỳ I năm học 2026-2027", "Năm học 2026/2027"])
def test_a_school_year_names_no_calendar_period(text):
    from pipeline.stages.deadlines import parse_deadline

    deadline = parse_deadline(text, 2026)
    assert (deadline.start, deadline.end) == (None, None)  # not 2026-01-01..2027-12-31
    assert parse_deadline("Năm 2026-2027", 2026).end == "2027-12-31"


def _schedule(tmp_path, periods: list[str], marks: list[list[str]]):
    from pipeline.run import process

    head = (f"<tr><th rowspan=2>STT</th><th rowspan=2>Nội dung</th><th rowspan=2>Cơ quan chủ trì</th>"
            f"<th colspan={len(periods)}>Thời gian thực hiện</th></tr><tr>" + "".join(f"<th>{p}</th>" for p in periods) + "</tr>")
    body = "".join(f"<tr><td>{i}</td><td>Nhiệm vụ số {i} của kế hoạch</td><td>Sở Nội vụ</td>"
                   + "".join(f"<td>{m}</td>" for m in row) + "</tr>" for i, row in enumerate(marks, 1))
    page = (f"<p>ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</p><p>KẾ HOẠCH</p><p>Công tác dân vận năm 2026</p>"
            f"<table border=1>{head}{body}</table>")
    return process(_html(tmp_path, page))


def test_a_schedule_s_marked_quarters_make_the_deadline(tmp_path):
    doc = _schedule(tmp_path, ["Quý I", "Quý II", "Quý III", "Quý IV"],
                    [["", "x", "x", ""], ["X", "", "", ""], ["", "", "", "✓"]])
    assert {c.role for c in doc.tables[0].columns[3:]} == {"period_mark"}
    assert [t.deadline.text for t in doc.tasks] == ["Quý II, Quý III", "Quý I", "Quý IV"]
    assert [(t.deadline.start, t.deadline.end) for t in doc.tasks] == [
        ("2026-04-01", "2026-09-30"), ("2026-01-01", "2026-03-31"), ("2026-10-01", "2026-12-31")]


def test_a_schedule_of_months_and_a_row_with_no_mark(tmp_path):
    doc = _schedule(tmp_path, ["Tháng 3", "Tháng 4", "Tháng 5"], [["x", "x", ""], ["", "", ""]])
    assert [t.deadline.text if t.deadline else None for t in doc.tasks] == ["Tháng 3, Tháng 4", None]
    assert doc.tasks[0].deadline.end == "2026-04-30"


def test_a_time_column_that_holds_more_than_marks_stays_a_deadline(tmp_path):
    doc = _schedule(tmp_path, ["Quý I", "Quý II"], [["x", "Tháng 6/2026"]])
    assert [c.role for c in doc.tables[0].columns[3:]] == ["period_mark", "deadline"]
    assert doc.tasks[0].deadline.text == "Tháng 6/2026"


_SENTENCE_ROWS = [("Hướng dẫn các xã xây dựng mô hình dân vận khéo, hoàn thành trước ngày 30/6/2026", "Sở Nội vụ", "2026-06-30"),
                  ("Thực hiện công khai ngân sách nhà nước trên cổng thông tin, xong trong quý III/2026", "Sở Tài chính", "2026-09-30"),
                  ("Rà soát thủ tục hành chính theo Quyết định số 1520/QĐ-UBND ngày 12/12/2025 của UBND tỉnh", "Sở Tư pháp", None),
                  ("Tổ chức kiểm tra, sát hạch cấp chứng chỉ hành nghề, thực hiện trong tháng 5/2026", "Công an tỉnh", "2026-05-31")]


@pytest.mark.parametrize("content_header", ["Nội dnnøg công việc", "Nôi dnng cônø vịêc", "Nhiêm vu øiao", ""])
@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_content_column_whose_header_is_misread_is_no_deadline_column_for_the_times_its_sentences_end_in(
        tmp_path, content_header, separator):
    """A scan misread "Nội dung công việc" (deadline_in_content, worn): the column named by nothing known was read
    from its cells, 5 of 7 of which name a time at their end, and taken for the deadline column; with no content
    the table gave no task. Where no header names the content, the longest text is it."""
    head = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 150/KH-UBND", "KẾ HOẠCH", "Thực hiện nhiệm vụ chuyển đổi số năm 2026", ""]
    rows = [["STT", content_header, "Đơn vị chủ trì", "Đơn vị phối hợp"]]
    rows += [[str(n), content, lead, "Sở Y tế"] for n, (content, lead, _) in enumerate(_SENTENCE_ROWS, 1)]
    wrap = (lambda cells: "| " + " | ".join(cells) + " |") if separator == " | " else "\t".join
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(head + [wrap(r) for r in rows]) + "\n", encoding="utf-8")
    got = [(t.content, [m.name for m in t.lead], t.deadline.end if t.deadline else None) for t in process(path).tasks]
    assert got == [(content, [lead], end) for content, lead, end in _SENTENCE_ROWS]


def test_a_short_time_column_named_by_nothing_known_is_still_the_deadline_column():
    names = ["STT", "Công việc cụ thể", "Đơn vị chủ trì", "Mốc"]
    rows = [[str(n), content, lead, end] for n, (content, lead, end) in
            enumerate([("Xây dựng kế hoạch tuyên truyền về chuyển đổi số trên địa bàn", "Sở Nội vụ", "Quý II/2026"),
                       ("Tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "Sở Tài chính", "Tháng 9/2026")], 1)]
    assert [c.role for c in columns_from(names, rows)][1:] == ["content", "lead", "deadline"]


@pytest.mark.parametrize("times", [
    ["Hoàn thành trước ngày 30/6/2026", "Hoàn thành trong tháng 9 năm 2026", "Trước ngày 31/12/2026"],
    ["Chậm nhất ngày 15/10/2026 hằng năm", "Thực hiện trong quý III năm 2026", "Thường xuyên trong năm 2026"],
])
def test_a_time_column_longer_than_the_content_stays_the_deadline_where_no_header_names_them(times):
    """The longest text is the content where no header names it only when its times end sentences of its own ("…,
    hoàn thành trước ngày 30/6/2026"): a column of time phrases ("Hoàn thành trước ngày 30/6/2026"), longer than short
    task names, is still the deadline column (it had become the content, its tasks' names lost)."""
    names = ["STT", "Nội dnnøg", "Đơn vị chủ trì", ""]
    contents = ["Tập huấn nghiệp vụ cho cán bộ", "Rà soát thủ tục hành chính", "Kiểm tra công vụ tại các xã"]
    rows = [[str(n), content, "Sở Nội vụ", time] for n, (content, time) in enumerate(zip(contents, times), 1)]
    assert [c.role for c in columns_from(names, rows)] == ["number", "content", "lead", "deadline"]


@pytest.mark.parametrize("names, roles", [
    (["Nội dung", "Đơn vị thực hiện", "Người phụ trách"], ["content", "implementer", "note"]),
    (["Nội dung", "Cán bộ đầu mối", "Cơ quan chủ trì"], ["content", "note", "lead"]),
    (["Nội dung", "Cơ quan chủ trì, phối hợp", "Chuyên viên theo dõi"], ["content", "lead_support", "note"]),
    (["Nội dung", "Cơ quan thực hiện / Chủ trì", "Cơ quan thực hiện / Phối hợp", "Người phụ trách"],
     ["content", "lead", "support", "note"]),
    # no column of bodies beside the people: theirs is the performers' column, as read before
    (["Nội dung", "Người phụ trách"], ["content", "lead"]),
    (["Nội dung", "Cán bộ đầu mối", "Cơ quan phối hợp"], ["content", "lead", "support"]),
    (["Nội dung", "Đơn vị, cá nhân thực hiện"], ["content", "implementer"]),
])
def test_a_column_of_people_is_a_note_beside_a_column_of_bodies(names, roles):
    """task_tables.json people_columns: who answers for a task in the body that does it, not a body."""
    assert [c.role for c in columns_from(names)] == roles
