"""Plans copied from a PDF viewer: each page's number printed alone on a line where the page ends (from the second
page on), in the prose and inside a table copied one cell a line alike.

- Inside the table a bare page number read as a cell: a task's content opened with it ("13 - Tăng cường …"), a lead
  took it ("Sở Nội vụ 13"), or it was read as the next row's number (the rows after it shifted: a task's content was
  another's, its lead the row's before). The page's numbers are told by their sequence (2, 3, 4 …, a page's lines
  apart), a table's row numbers by theirs (a "1" before the "2"): only the first are the page's.
- In the prose a page that broke a sentence ("… Nghị định số" / "12" / "" / "107/2021/NĐ-CP …") lost the citation.

Every fixture is our own plan (a district's plan for its one-stop offices), paginated as a viewer copies it.
"""

from __future__ import annotations

import textwrap

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG", "Số: 341/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Đức Trọng, ngày 09 tháng 4 năm 2026", "KẾ HOẠCH",
          "Triển khai số hóa hồ sơ thủ tục hành chính trên địa bàn huyện năm 2026"]
PROSE = [
    "Căn cứ Kế hoạch số 52/KH-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về chuyển đổi số, Ủy ban "
    "nhân dân huyện ban hành Kế hoạch triển khai số hóa hồ sơ thủ tục hành chính như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Số hóa toàn bộ hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa của huyện và "
    "các xã, bảo đảm việc tái sử dụng dữ liệu đã được số hóa khi người dân thực hiện thủ tục lần sau.",
    "- Nâng cao trách nhiệm của cán bộ, công chức trong việc tiếp nhận, số hóa và lưu trữ hồ sơ điện tử, góp phần "
    "cải thiện chỉ số cải cách hành chính và mức độ hài lòng của người dân, doanh nghiệp.",
    "2. Yêu cầu",
    "- Việc số hóa phải tuân thủ đúng quy định về lưu trữ điện tử, bảo đảm an toàn thông tin và bảo vệ dữ liệu cá "
    "nhân của người dân trong suốt quá trình tiếp nhận và giải quyết hồ sơ.",
    "- Các cơ quan, đơn vị bố trí đủ nhân lực, trang thiết bị, kinh phí để thực hiện các nhiệm vụ được giao đúng "
    "tiến độ, chất lượng, thường xuyên kiểm tra, đôn đốc và báo cáo kết quả thực hiện.",
    "- Tiếp tục thực hiện Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ về thực hiện cơ chế "
    "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và các văn bản hướng dẫn thi hành.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "- Tăng cường công tác tuyên truyền về lợi ích của việc số hóa hồ sơ, khuyến khích người dân nộp hồ sơ trực "
    "tuyến, thanh toán trực tuyến phí, lệ phí và nhận kết quả qua dịch vụ bưu chính công ích.",
    "- Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục "
    "hành chính của tỉnh, công khai đầy đủ tiến độ giải quyết hồ sơ để người dân theo dõi.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch này tổ chức triển khai thực hiện, "
    "định kỳ hằng quý báo cáo kết quả về Ủy ban nhân dân huyện (qua Văn phòng HĐND và UBND huyện) để tổng hợp.",
]
CLOSING = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hải"]
LEADS = ["Phòng Văn hóa, Khoa học và Thông tin", "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tư pháp"]
WORKS = ["Tuyên truyền lợi ích của việc số hóa hồ sơ thủ tục hành chính", "Rà soát danh mục hồ sơ cần số hóa",
         "Bố trí máy quét và thiết bị lưu trữ tại Bộ phận Một cửa", "Tập huấn nghiệp vụ số hóa cho công chức các xã",
         "Kiểm tra việc số hóa hồ sơ tại các xã", "Chuẩn hóa quy trình nội bộ trên hệ thống của tỉnh"]
TASKS = [(f"{work} đợt {round_}", LEADS[k % len(LEADS)], f"Quý {['I', 'II', 'III', 'IV'][k % 4]}/2026")
         for k, (round_, work) in enumerate((r, w) for r in (1, 2, 3) for w in WORKS)]


def _table(blank_between: bool) -> list[str]:
    """The annex's table copied one cell a line (a site's copy prints a blank line after every cell)."""
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    for number, (work, lead, due) in enumerate(TASKS, start=1):
        cells += [str(number), work, lead, "UBND các xã", due]
    return [line for cell in cells for line in ([cell, ""] if blank_between else [cell])]


def _plan(blank_between: bool) -> list[str]:
    prose = [line for paragraph in PROSE for line in textwrap.wrap(paragraph, 80)]
    annex = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ SỐ HÓA HỒ SƠ NĂM 2026",
             "(Kèm theo Kế hoạch số 341/KH-UBND ngày 09 tháng 4 năm 2026 của UBND huyện)"]
    return HEADER + prose + CLOSING + annex + _table(blank_between)


def _paginated(lines: list[str], page_lines: int, number_form: str, blank_after: bool) -> list[str]:
    """A viewer's copy: every ``page_lines`` lines the next page's number, alone on its line."""
    out: list[str] = []
    for page, start in enumerate(range(0, len(lines), page_lines), start=1):
        if page > 1:
            out += [number_form.format(page)] + ([""] if blank_after else [])
        out += lines[start:start + page_lines]
    return out


def _read(tmp_path, lines: list[str]):
    path = tmp_path / "copy.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process(path)


LAYOUTS = {  # (page's lines, the number's form, a blank line after it, a blank line after every cell)
    "cells_and_blanks_55": (55, "{}", True, True),
    "cells_and_blanks_30": (30, "{}", True, True),
    "cells_alone_45": (45, "{}", False, False),
    "dashed_numbers_45": (45, "- {} -", True, True),
    "numbers_then_cells_57": (57, "{}", False, True),
    # a page's number a few lines from the row's number of its value, text between: either may be the page's, the
    # page is left as main reads it (a cell)
    "cells_and_blanks_45": (45, "{}", True, True),
    "cells_and_blanks_31": (31, "{}", True, True),
    "cells_alone_38": (38, "{}", False, False),
    "numbers_then_cells_52": (52, "{}", False, True),
}
_BESIDE_A_ROW = {"cells_and_blanks_45", "cells_and_blanks_31", "cells_alone_38", "numbers_then_cells_52"}
_ROW_OF_ITS_VALUE = pytest.mark.xfail(strict=True, reason="a page's number beside a row's of its value is left a cell")


@pytest.mark.parametrize("layout", [pytest.param(k, marks=_ROW_OF_ITS_VALUE) if k in _BESIDE_A_ROW else k
                                    for k in LAYOUTS])
def test_a_viewers_page_numbers_inside_a_table_copied_a_cell_a_line_are_no_cells(tmp_path, layout):
    page_lines, form, blank_after, blank_between = LAYOUTS[layout]
    doc = _read(tmp_path, _paginated(_plan(blank_between), page_lines, form, blank_after))
    read = [(" ".join(t.content.split()), [a.name for a in t.lead]) for t in doc.tasks if t.content.split(" ")[0] in
            {w.split(" ")[0] for w in WORKS}]
    assert read == [(work, [lead]) for work, lead, _ in TASKS]


@pytest.mark.parametrize("blank_between", [True, False])
def test_the_same_table_unpaginated_reads_alike(tmp_path, blank_between):
    """The fixture's sanity: the plan as the site prints it gives every task with its lead (passes on main)."""
    doc = _read(tmp_path, _plan(blank_between))
    read = [(" ".join(t.content.split()), [a.name for a in t.lead]) for t in doc.tasks if t.content.split(" ")[0] in
            {w.split(" ")[0] for w in WORKS}]
    assert read == [(work, [lead]) for work, lead, _ in TASKS]


def _long_rows_plan() -> list[str]:
    """A table copied a cell a line whose rows, numbered 1, 2, 3 …, are each as long as a page (a cell of many
    items): its numbers are the rows'."""
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    items = [f"- {work} tại xã thứ {k}" for k, work in enumerate(WORKS * 4, start=1)][:22]
    for number, (work, lead, due) in enumerate(TASKS[:4], start=1):
        cells += [str(number), work, *items, lead, "UBND các xã", due]
    return HEADER + [line for p in PROSE[:3] for line in textwrap.wrap(p, 80)] + ["1. Nhiệm vụ cụ thể"] + cells + CLOSING


def test_a_tables_row_numbers_a_page_apart_stay_its_rows(tmp_path):
    """A guard (passes on main): rows numbered 1 to 4, each over 25 lines, are no pages."""
    doc = _read(tmp_path, _long_rows_plan())
    leads = [[a.name for a in t.lead] for t in doc.tasks if t.content.split(" ")[0] in {w.split(" ")[0] for w in WORKS}]
    assert leads == [[lead] for _, lead, _ in TASKS[:4]]


CITED = ("- Đẩy mạnh thực hiện Nghị định số", "45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ "
         "tục hành chính trên môi trường điện tử tại Bộ phận Một cửa của huyện và các xã.")


@pytest.mark.parametrize("blank_after", [True, False])
@pytest.mark.parametrize("page_lines", [34, 45])
def test_a_page_that_breaks_a_citation_keeps_it(tmp_path, page_lines, blank_after):
    """"… Nghị định số" ends a page, "45/2020/NĐ-CP …" opens the next: the citation is read across the number."""
    prose = HEADER + [line for paragraph in PROSE * 4 for line in textwrap.wrap(paragraph, 72)]
    lines = prose[:page_lines - 1] + [CITED[0]] + textwrap.wrap(CITED[1], 72) + prose[page_lines - 1:]
    doc = _read(tmp_path, _paginated(lines + CLOSING, page_lines, "{}", blank_after))
    assert "45/2020/NĐ-CP" in [c.number for c in doc.metadata.cited_documents]


# A copy with a blank line after every line (a double-spaced save): no line of it was joined, a wrapped paragraph read
# as many (strict xfails until s62). Since s62 the text reader reads such a copy, no two of its lines together, with
# every run of blank lines halved (parsers/txt.py _single_spaced; tests/test_copies_s62.py). Reading one blank line as
# no paragraph's end elsewhere (work of s59, /work/notes/s59/copies-unfinished) joined the cells of tables a site copies
# one cell a line, a blank line after each, under prose that runs line on line: such a copy keeps its blank lines.

def _reading(doc) -> tuple:
    def tree(sections) -> list:
        return [(s.label, s.heading, tree(s.children)) for s in sections]
    return (sorted(c.number or "" for c in doc.metadata.cited_documents), doc.metadata.title, tree(doc.sections),
            [(" ".join(t.content.split()), [a.name for a in t.lead], [a.name for a in t.support]) for t in doc.tasks])


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_double_spaced_copy_reads_as_the_copy(tmp_path, width):
    prose = [line for paragraph in PROSE for line in textwrap.wrap(paragraph, width)]
    lines = HEADER + prose[:9] + [CITED[0]] + textwrap.wrap(CITED[1], width) + prose[9:] + CLOSING
    copy = _read(tmp_path, lines)
    spaced = _read(tmp_path, [line for pair in zip(lines, [""] * len(lines)) for line in pair])
    assert _reading(spaced) == _reading(copy)
    assert "45/2020/NĐ-CP" in _reading(spaced)[0]


def test_a_double_spaced_copy_of_paragraphs_keeps_a_citation_cut_after_so(tmp_path):
    """A copy a paragraph a line, each a blank line apart, one paragraph broken after "số" (s60: the number read on
    across the blank line, clean.number_cut_off)."""
    lines = HEADER + PROSE[:9] + list(CITED) + PROSE[9:] + CLOSING
    doc = _read(tmp_path, [line for pair in zip(lines, [""] * len(lines)) for line in pair])
    assert "45/2020/NĐ-CP" in [c.number for c in doc.metadata.cited_documents]


def test_two_blank_lines_of_a_double_spaced_copy_end_a_paragraph(tmp_path):
    """A guard (passes on main): the copy's paragraphs stood a blank line apart, each of its lines doubled: "I. MỤC ĐÍCH, YÊU CẦU" is
    a part of its own, not the end of the sentence above it."""
    paragraphs = [line for paragraph in PROSE for line in textwrap.wrap(paragraph, 72) + [""]]
    lines = HEADER + paragraphs + CLOSING
    copy = _read(tmp_path, lines)
    spaced = _read(tmp_path, [line for pair in zip(lines, [""] * len(lines)) for line in pair])
    assert _reading(spaced) == _reading(copy)
    assert [s.label for s in spaced.sections if s.label][:3] == ["I.", "II.", "III."]


# A copy of three pages prints two page numbers, "2" and "3": too short a run to tell from a cell's figures; the page
# that broke a citation after its "số" is told by the number under it (s60; was a strict xfail)

def test_a_three_page_copy_keeps_a_citation_its_page_broke(tmp_path):
    """s60: two page numbers are still no run of the pages', but a bare figure between "số" and a number with its
    symbol is a page's (clean.number_cut_off): the paragraph goes on over it."""
    page_lines = 34
    prose = HEADER + [line for paragraph in PROSE * 4 for line in textwrap.wrap(paragraph, 72)]
    lines = prose[:page_lines - 1] + [CITED[0]] + textwrap.wrap(CITED[1], 72) + prose[page_lines - 1:]
    lines = lines[:2 * page_lines + 10] + CLOSING
    doc = _read(tmp_path, _paginated(lines, page_lines, "{}", True))
    assert "45/2020/NĐ-CP" in [c.number for c in doc.metadata.cited_documents]


def test_a_row_and_a_column_number_after_a_page_number_are_no_pages(tmp_path):
    """A guard (passes on main; the first version of the run took them): one page's number "2" over an annex whose
    columns are numbered "1" … "5" and whose rows "1" … "4" are each a page long: "3" and "4" a page after the "2" go
    on from the rows' and columns' own "2", no page's."""
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "1", "2", "3", "4", "5"]
    items = "\n".join(f"- Kiểm tra tại xã thứ {k}" for k in range(1, 15))  # the task's cell, an item a line
    for number, (work, lead, due) in enumerate(TASKS[:4], start=1):
        cells += [str(number), f"{work}\n{items}", lead, "UBND các xã", due]
    prose = [line for paragraph in PROSE for line in textwrap.wrap(paragraph, 80)]
    table = [line for cell in cells for line in (*cell.split("\n"), "")]
    lines = HEADER + prose + CLOSING + ["Phụ lục - Kế hoạch số hóa hồ sơ", "", "2", "", "PHỤ LỤC",
                                        "DANH MỤC NHIỆM VỤ NĂM 2026"] + table
    doc = _read(tmp_path, lines)
    leads = [[a.name for a in t.lead] for t in doc.tasks if t.content.split(" ")[0] in {w.split(" ")[0] for w in WORKS}]
    assert leads == [[lead] for _, lead, _ in TASKS[:4]]


def _paginated_by(lines: list[str], page_lengths: list[int]) -> list[str]:
    """A viewer's copy whose pages hold ``page_lengths`` lines each (a table's pages differ: its cells wrap)."""
    out, start = [], 0
    for page, length in enumerate(page_lengths, start=1):
        out += ([str(page)] if page > 1 else []) + lines[start:start + length]
        start += length
    return out + lines[start:]


def test_a_rows_number_beside_the_page_of_its_value_is_no_page():
    """Pages of 27, 27, 23 and 30 lines: the fifth row's "5" stands eight lines before the page's "5" (inside that
    row), nearer where the page should end: neither is taken (the first version took the row's: its content lost its
    number, the rows after it shifted); the pages before are found."""
    from parsers.txt import page_number_lines

    lines = _paginated_by(_plan(True), [27, 27, 23, 30, 27, 25, 26])
    rows_five = lines.index(TASKS[4][0]) - 2  # the row's number, a blank line, its content
    assert lines[rows_five] == "5"
    found = page_number_lines(list(enumerate(lines)))
    assert rows_five not in found
    assert [lines[at] for at in sorted(found)][:2] == ["2", "3"]


def test_the_last_row_of_a_group_after_a_page_number_is_no_page(tmp_path):
    """A guard: one page's number "2" over an annex whose groups number their rows from 1 again,
    each row half a page long: the first group's last row "3", a page after the "2", goes on from its own "1", "2",
    and the second group's "4" from its "3": no pages' (a version that looked at the figures on both sides of the
    "3", "2" before and "1" after, took them as pages 3 and 4; the tasks read right there, the rows' numbers were
    furniture: the reading passes on main, the run is checked too)."""
    from parsers.txt import page_number_lines

    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    items = "\n".join(f"- Kiểm tra tại xã thứ {k}" for k in range(1, 12))
    for group, tasks in (("I", TASKS[:3]), ("II", TASKS[3:7])):
        cells.append(f"{group}. Nhóm nhiệm vụ {group}")
        for number, (work, lead, due) in enumerate(tasks, start=1):
            cells += [str(number), f"{work}\n{items}", lead, "UBND các xã", due]
    prose = [line for paragraph in PROSE for line in textwrap.wrap(paragraph, 80)]
    table = [line for cell in cells for line in (*cell.split("\n"), "")]
    lines = HEADER + prose + CLOSING + ["Phụ lục - Kế hoạch số hóa hồ sơ", "", "2", "", "PHỤ LỤC",
                                        "DANH MỤC NHIỆM VỤ NĂM 2026"] + table
    assert not page_number_lines(list(enumerate(lines)))
    doc = _read(tmp_path, lines)
    leads = [[a.name for a in t.lead] for t in doc.tasks if t.content.split(" ")[0] in {w.split(" ")[0] for w in WORKS}]
    assert leads == [[lead] for _, lead, _ in TASKS[:7]]
