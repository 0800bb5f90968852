"""Task tables in text PDFs: two tables ruled round their headers on one page, the header printed again as ruled
rows, cells of small margins (s62).

1. Two tables ruled round their headers only, one under the other on a page (a title between them or none): the four
   rules make one stack, whose band between the first header and the second reads the first table's rows, the title
   and the second header as rows (s61 review: the first's five rows one task, five leads). Variants: the second table
   of other headings or the same, no title between, an indicator table second, over a page break, 10-13 pt, in an
   annex. Left as on main: the author's cut of the stack at each header (``rules.cut_at_headers``) was reverted in
   review, see "Review (s62)" below.
2. The header printed again as rows of its table, ruled above and under as the first is (s61's strict xfail): left as
   on main, as 1. Variants: once, twice, with group rows, over pages in 12 pt, Word repeating the header too.
3. Cells of small margins and justified text (0.05 cm: s61's strict xfail): a row's words come within a word space of
   the white between two cells ("điện|Sở"), which ``rules.column_borders`` took for a line running across the border:
   no border in that row, task and lead one cell ('… đợt 1 Sở Y tế'). A border the header names columns either side
   of now stands in a row of several lines leaving a gutter's white there with no character over it (a title across
   the columns is one line). Variants: margins 0.05 and 0.1 cm, justified and left-aligned, 3-6 columns; no margin at
   all is left (the words touch: no white to tell the columns by, as on main).
4. Guards: a table ruled between its rows (a half-ruled table, each row its own band), a table ruled round its header
   only with a rule under its last row.
5. Review (s62): half-ruled tables whose rows name columns' headings, with group rows, with a header of two rows, over
   pages; small margins in other fonts and sizes (DejaVu Sans 11, Liberation Serif 11 and 14, Liberation Sans 13), a
   one-line and a two-line title merged across the borders; running headers over a header Word prints again.
Every table and text is our own: Word files printed to PDF by LibreOffice (one start for the module).
"""

from __future__ import annotations

from functools import partial

import pytest
from test_tables_s56 import HEADER, ROUNDS, TARGETS, TWO_ROW_HEADER, WORKS, _fields
from test_tables_s57 import NARROW
from test_tables_s58 import PART_AFTER, WIDE_NUMBER, _ruled_round_header
from test_tables_s59 import _ruled_between_rows
from test_tables_s61 import GROUPS, _narrow_margins_justified, _numbered, _repeated, _repeats_ruled, _second_ruled_round

from conftest import cases_left, printed_and_read

OTHER_HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả"]
TITLE = "2. Nhiệm vụ năm 2027"


def _no_title_between(path, **options):
    """``_second_ruled_round`` with nothing between the two tables but the paragraph mark Word needs to keep them two
    (an empty line)."""
    _second_ruled_round(path, title="", **options)


def _both(first: int, second: int, header=OTHER_HEADER, **options):
    """Two tables ruled round their headers, ``first`` and ``second`` rows of ROUNDS, a title between."""
    return partial(_second_ruled_round, rows=[HEADER, *_numbered(ROUNDS[:first])], title=TITLE,
                   second_rows=[header, *_numbered(ROUNDS[first:first + second], first + 1)], **options)


BODY = dict(widths=WIDE_NUMBER, inline=True, after=PART_AFTER)
WRITERS = {
    # a second table ruled round its header under the first: other headings, the same, no title between (an empty
    # line), an indicator table (Word's equal widths: seven columns)
    "other_headings": _both(5, 3, **BODY),
    "same_headings": _both(5, 3, header=HEADER, **BODY),
    "no_title": partial(_no_title_between, rows=[HEADER, *_numbered(ROUNDS[:5])],
                        second_rows=[OTHER_HEADER, *_numbered(ROUNDS[5:8], 6)], **BODY),
    "indicators_second": partial(_second_ruled_round, rows=[HEADER, *_numbered(ROUNDS[:4])], title=TITLE,
                                 second_rows=TARGETS, inline=True, after=PART_AFTER),
    # in 10, 11 and 13 pt (12 above); in an annex (landscape, 9 pt)
    "size_10": _both(6, 4, font_pt=10, **BODY),
    "size_11": _both(5, 4, font_pt=11, **BODY),
    "size_13": _both(4, 3, font_pt=13, **BODY),
    "annex": _both(6, 5, widths=NARROW, landscape=True, font_pt=9),
    # the first long enough that the second's header falls low on the page and its rows go on the next (Word
    # repeating the header or not), or the second table opens the next page
    "second_over_the_break": _both(9, 6, **BODY),
    "second_over_the_break_repeated": _both(9, 6, repeat_header=True, **BODY),
    "second_on_next_page": _both(12, 4, **BODY),
    # the header printed again as rows ruled round as the first (s61: "ruled_repeats" in an annex): once in the body
    # with a part after; twice with group rows; over pages in 12 pt (Word repeating the header, or not)
    "repeats_once_body": partial(_repeats_ruled, widths=WIDE_NUMBER, inline=True, after=PART_AFTER, font_pt=9,
                                 rows=_repeated(ROUNDS[:9], 5)),
    "repeats_groups": partial(_repeats_ruled, widths=NARROW, landscape=True, font_pt=9,
                              rows=_repeated(ROUNDS[:15], 5, GROUPS)),
    "repeats_over_pages": partial(_repeats_ruled, widths=WIDE_NUMBER, rows=_repeated(ROUNDS[:24], 6)),
    "repeats_over_pages_word": partial(_repeats_ruled, widths=WIDE_NUMBER, repeat_header=True, after=PART_AFTER,
                                       inline=True, rows=_repeated(ROUNDS[:24], 6)),
    # cells of small margins (0, 0.05, 0.1 cm), justified or left-aligned, over pages with Word repeating the header
    # and a part after; 3, 4 and 5 columns
    **{f"margins_{twips}_{'justified' if justified else 'left'}": partial(
        _narrow_margins_justified, twips=twips, justified=justified, widths=WIDE_NUMBER, inline=True,
        repeat_header=True, after=PART_AFTER, rows=[HEADER, *_numbered(ROUNDS[:24])])
       for twips in (0, 28, 57) for justified in (True, False)},
    **{f"margins_justified_{len(columns)}_columns": partial(
        _narrow_margins_justified, widths=widths, inline=True, after=PART_AFTER,
        rows=[[row[k] for k in columns] for row in [HEADER, *_numbered(ROUNDS[:10])]])
       for columns, widths in (((0, 1, 2), [1.5, 10.0, 5.0]), ((0, 1, 2, 4), [1.5, 8.0, 4.0, 3.0]),
                               ((0, 1, 2, 3, 4), [1.5, 6.0, 3.5, 3.5, 3.0]))},
    # guards: a half-ruled table (a rule over and under each row), with its header printed again as a row; ruled round
    # its header with a rule under its last row
    "half_ruled": partial(_ruled_between_rows, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                          rows=[HEADER, *_numbered(ROUNDS[:8])]),
    "half_ruled_repeat": partial(_ruled_between_rows, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                 rows=_repeated(ROUNDS[:8], 4)),
    "last_rule": partial(_ruled_round_header, widths=WIDE_NUMBER, inline=True, after=PART_AFTER, last_rule=True,
                         rows=[HEADER, *_numbered(ROUNDS[:8])]),
}
# s62-tables' cut of a stack of rules at a second header (``rules.cut_at_headers``) was reverted in review: on a table
# ruled round its header, its repeats ruled as it is and Word printing the header again under a running header and the
# page's number (review_repeats_running_header below), it read the row the page break cut as two tasks ('Bố trí kinh
# phí thực' due 'Tháng', and 'hiện đợt 2'), where main lost the rows: a new wrong value. Its cases are left as on main.
CUT = "(the cut at a second header reverted in review, s62)"
SECOND = ("two tables ruled round their headers on one page: the rules make one stack, the first table's rows, the "
          "title and the second header read as rows (tasks run together, several leads): a confident wrong value, as "
          "on main " + CUT)
REPEATS = ("the header printed again as rows ruled round as the first: the rules make one stack ending under the last "
           "repeat, the rows under it read by nothing or the repeats read as tasks, as on main " + CUT)
LEFT = {**{case: SECOND for case in ("other_headings", "same_headings", "no_title", "indicators_second", "size_10",
                                     "size_11", "size_13", "annex", "second_over_the_break")},
        **{case: REPEATS for case in ("repeats_once_body", "repeats_groups", "repeats_over_pages",
                                      "repeats_over_pages_word")},
        "second_on_next_page": "the first table's last row cut by the page break, its rest and one row opening the next "
                               "page over the title and the second table's header ruled round: the rest and that row "
                               "lost, the cut row keeping its first page's half (support 'Sở Khoa học và Công'): a "
                               "confident wrong value, as on main",
        **{f"margins_0_{how}": f"cells of no margin, {how}: a row's words touch across the task and lead columns' "
                               "border (no white between 'điện' and 'Sở'), so the columns run together, the header's "
                               "names too ('Nội dung nhiệm vụ Cơ quan chủ trì'): no task read (a loss, as on main)"
           for how in ("justified", "left")}}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Each case's Word file and the PDF LibreOffice prints from it (one start), both read."""
    return printed_and_read(tmp_path_factory.mktemp("s62tables"), WRITERS)


@pytest.mark.parametrize("case", cases_left(WRITERS, LEFT, "s62"))
def test_every_table_under_its_own_header(read, case):
    """Every numbered row of a task table a task, as the Word file reads it (lead, support, deadline, product, group);
    the title between the tables, the headers and the part after them none."""
    _, docx, pdf = read[case]
    tasks = [row for row in WRITERS[case].keywords["rows"] if row[0].isdigit()]
    second = WRITERS[case].keywords.get("second_rows", [])
    if second and second[0][1] != TARGETS[0][1]:  # an indicator table holds no task
        tasks += [row for row in second if row[0].isdigit()]
    assert len(_fields(docx)) == len(tasks)
    assert _fields(pdf) == _fields(docx)


# ---------------------------------------------------------------------------------------------------------------
# Review (s62): where the cut at a header, the border a header names and the rest over a repeat could fire on a
# document they were not meant for. A half-ruled table (ruled between every row) whose rows' words name columns'
# headings, with group rows "Nhiệm vụ trọng tâm", a header of two ruled rows (merged headings), Word repeating the
# header over pages; small margins in other fonts and sizes, a one-line merged title crossing the borders; a running
# header and the page's number over a repeated ruled header.

NAMED_ROWS = [["1", "Rà soát Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện và Sản phẩm của từng nhiệm vụ",
               "Sở Nội vụ", "Sở Tư pháp", "Quý II/2026", "Báo cáo rà soát"],
              ["2", "Cập nhật Nội dung nhiệm vụ và Thời gian hoàn thành trên hệ thống", "Văn phòng UBND tỉnh",
               "Sở Khoa học và Công nghệ", "Quý III/2026", "Hệ thống cập nhật"]]


def _in_font(write, font: str):
    """``write``, its text in ``font`` (the Normal style's, every script)."""
    def written(path, **options):
        from docx import Document
        from docx.oxml.ns import qn

        write(path, **options)
        document = Document(path)
        style = document.styles["Normal"]
        style.font.name = font
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(script), font)
        document.save(path)
    return written


def _running_header(write):
    """``write``, each page headed by a running line and the page's number (a PAGE field) in the page header."""
    def written(path, **options):
        from docx import Document
        from task_layouts.render import _page_number_foot

        write(path, **options)
        document = Document(path)
        for section in document.sections:
            header = section.header
            header.is_linked_to_previous = False
            header.paragraphs[0].text = "Kế hoạch chuyển đổi số ngành y tế năm 2026"
            _page_number_foot(section, header.add_paragraph())
        document.save(path)
    return written


def _header_rows_ruled(path, **options):
    """``_ruled_round_header`` whose second header row is ruled above and under too (a header of two ruled rows)."""
    from docx import Document
    from task_layouts.render import _borders

    _ruled_round_header(path, **options)
    document = Document(path)
    for cell in document.tables[0].rows[1].cells:
        _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"top": True, "bottom": True})
    document.save(path)


TWO_ROWS = dict(header_rows=2, merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)))
GROUPED_ROWS = [HEADER, ["I", "Nhiệm vụ trọng tâm", "", "", "", ""], *_numbered(ROUNDS[:4]),
                ["II", "Nhiệm vụ thường xuyên", "", "", "", ""], *_numbered(ROUNDS[4:8], 5)]
REVIEW = {
    # a half-ruled table: rows naming the columns' headings, group rows, two header rows, over pages with Word's header
    "review_half_ruled_named_rows": partial(_ruled_between_rows, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                            rows=[HEADER, *NAMED_ROWS, *_numbered(ROUNDS[:5], 3)]),
    "review_half_ruled_groups": partial(_ruled_between_rows, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                        rows=GROUPED_ROWS),
    "review_half_ruled_two_row_header": partial(
        _ruled_between_rows, inline=True, after=PART_AFTER, **TWO_ROWS,
        rows=[*TWO_ROW_HEADER, *[[str(k), w[0], w[1], w[2], "Tháng 1/2026", w[3], w[4]] for k, w in enumerate(ROUNDS[:6], 1)]]),
    "review_half_ruled_over_pages_word": partial(_ruled_between_rows, widths=WIDE_NUMBER, inline=True, repeat_header=True,
                                                 after=PART_AFTER, rows=[HEADER, *_numbered(ROUNDS[:24])]),
    # ruled round a header of two rows, rules between its two rows; a second such table under it
    "review_round_two_row_header": partial(
        _header_rows_ruled, inline=True, after=PART_AFTER, **TWO_ROWS,
        rows=[*TWO_ROW_HEADER, *[[str(k), w[0], w[1], w[2], "Tháng 1/2026", w[3], w[4]] for k, w in enumerate(WORKS, 1)]]),
    "review_second_named_rows": partial(
        _second_ruled_round, rows=[HEADER, *NAMED_ROWS, *_numbered(ROUNDS[:3], 3)], title=TITLE,
        second_rows=[OTHER_HEADER, *_numbered(ROUNDS[3:6], 6)], **BODY),
    # small margins in other fonts and sizes
    **{f"review_margins_{font.split()[0].lower()}_{font.split()[-1].lower()}_{pt}": partial(
        _in_font(_narrow_margins_justified, font), twips=28, widths=WIDE_NUMBER, inline=True, font_pt=pt,
        after=PART_AFTER, rows=[HEADER, *_numbered(ROUNDS[:8])])
       for font, pt in (("DejaVu Sans", 11), ("Liberation Serif", 14), ("Liberation Sans", 13), ("Liberation Serif", 11))},
    # a one-line title merged over the columns after the number, its words over the borders, small margins
    "review_margins_title": partial(_narrow_margins_justified, twips=28, widths=WIDE_NUMBER, inline=True,
                                    after=PART_AFTER, merges=((1, 1, 1, 5), (5, 1, 5, 5)),
                                    rows=[HEADER, ["I", "Nhóm nhiệm vụ về hạ tầng và dữ liệu số của ngành y tế", "", "", "", ""],
                                          *_numbered(WORKS[:3]), ["II", "Nhóm nhiệm vụ về nguồn nhân lực của ngành", "",
                                                                  "", "", ""], *_numbered(WORKS[3:], 4)]),
    # a title of two lines merged over the columns after the number (justified, small margins): no border splits it
    "review_margins_long_title": partial(_narrow_margins_justified, twips=28, widths=WIDE_NUMBER, inline=True,
                                         after=PART_AFTER, merges=((1, 1, 1, 5),),
                                         rows=[HEADER, ["I", "Nhóm nhiệm vụ về hạ tầng, dữ liệu số và các nền tảng dùng "
                                                        "chung phục vụ chuyển đổi số của ngành y tế tỉnh trong giai đoạn "
                                                        "tới", "", "", "", ""], *_numbered(WORKS)]),
    # a title row ruled round over the header ruled round (the cut's first band no header), then the rows
    "review_title_row_over_header": partial(_header_rows_ruled, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                            merges=((0, 0, 0, 5),),
                                            rows=[["Biểu 1. Nhiệm vụ chuyển đổi số năm 2026", "", "", "", "", ""],
                                                  HEADER, *_numbered(WORKS)]),
    # a running header and the page's number over the header repeated as rows ruled round, over pages
    "review_repeats_running_header": partial(_running_header(_repeats_ruled), widths=WIDE_NUMBER, repeat_header=True,
                                             after=PART_AFTER, inline=True, rows=_repeated(ROUNDS[:24], 6)),
    "review_round_running_header": partial(_running_header(_ruled_round_header), widths=WIDE_NUMBER, repeat_header=True,
                                           after=PART_AFTER, inline=True, rows=[HEADER, *_numbered(ROUNDS[:24])]),
}
REVIEW_LEFT = {
    "review_second_named_rows": SECOND,
    "review_title_row_over_header": "a title row ruled round over the header ruled round: no task read (a loss, as on "
                                    "main; the cut reverted in review read it right) " + CUT,
    "review_repeats_running_header": "the header's repeats ruled round, Word printing the header again under a "
                                     "running header and the page's number: the rows under the repeats lost (as on "
                                     "main; the cut read them but split the row the page break cut into two tasks, a "
                                     "new wrong value) " + CUT,
    "review_round_running_header": "a table ruled round its header, Word printing it again under a running header and "
                                   "the page's number: the row the page break cut keeps its first page's half (support "
                                   "'Sở Khoa học và Công'): a confident wrong value, as on main",
    "review_round_two_row_header": "a header of two rows each ruled round (merged headings 'Cơ quan thực hiện' over "
                                   "'Chủ trì' | 'Phối hợp'): the second header row read as a task's first line (a "
                                   "sixth task, no lead, deadline 'n'; the first task's lead and support lost): a "
                                   "confident wrong value, as on main",
    "review_margins_liberation_serif_11": "small margins, Liberation Serif 11 pt: 'và' and 'Đa' at a wrapped support "
                                          "cell's line end lost ('Sở Khoa học Công nghệ', 'Bệnh viện khoa tỉnh') and "
                                          "the last row's deadline and product one cell ('Tháng 12/2026 Dự toán'): "
                                          "wrong values, as on main (where the task and lead also ran together)",
    "review_margins_liberation_sans_13": "small margins, Liberation Sans 13 pt: the row the page break cuts keeps its "
                                         "first page's half ('Bảo đảm an toàn thông', support 'Sở Khoa học', due "
                                         "'Thường') and the rows after it are lost: a wrong value and a loss, as on "
                                         "main (where the first rows' cells also ran together)",
    "review_margins_long_title": "a group title of two lines merged over the columns after the number: read as two "
                                 "group levels, one a line (as on main, where the cells also ran together); no border "
                                 "splits its words",
}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    return printed_and_read(tmp_path_factory.mktemp("s62review"), REVIEW)


@pytest.mark.parametrize("case", cases_left(REVIEW, REVIEW_LEFT, "s62"))
def test_review_reads_as_its_word_file(reviewed, case):
    """The PDF's tasks those of its Word file (where the Word file reads any)."""
    _, docx, pdf = reviewed[case]
    assert _fields(pdf) == _fields(docx)
