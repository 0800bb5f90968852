"""Task tables ruled round their header only whose header is printed again as ordinary rows of the table (s61).

A clerk who cannot make Word repeat a header row copies it into the table every few rows (or a page converted from
another format keeps its repeats as rows). On a page whose header's two rules s60 gave the reading by white
(``unruled_table_rules(ruled_header=…)``), that reading found a table under the ruled header and ended its rows at the
header's repeat, the next table it found opening there: ``rows_told_end`` ended the ruled table's extent at the
repeat, and the rows under it were read by nothing (the task bed's header_ruled_long_small_repeated: 9 tasks of 26;
main read all 26). The header's lines printed again right under the last row now go on with the same table's rows, so
the extent runs on to the rows' true end (the page's foot, or the part after them). Where the header's number
column heading breaks over two lines ("ST" over "T"), each of its repeats is one row (``rules.header_repeats``), which
the tasks stage knows for the header again, not two rows of a task "Nội dung nhiệm vụ" led by "Cơ quan".
Over pages in small type (9 pt), the rest of a row the page break cut, opening the last page (under the header Word
prints again or not), was read with the rows as if their numbers were centred down them: each row's last line went
into the row under it (lead "Sở Khoa học và", the next task "hệ thống đợt 5 Bố trí …", on main too). A line over the band's first number
is now told by its middle: in small type a line's foot comes within a line step of the next line's top.
Variants: the header repeated once, twice, ruled round like the first or not, with group rows under it, in an annex
and in the body with a part after it, over pages. Every table and text is our own: Word files printed to PDF by
LibreOffice (one start for the module).
"""

from __future__ import annotations

from functools import partial

import pytest
from test_tables_s56 import HEADER, ROUNDS, _fields
from test_tables_s57 import NARROW
from test_tables_s58 import PART_AFTER, WIDE_NUMBER, _ruled_round_header
from test_tables_s60 import TITLE, _titled

from conftest import cases_left, printed_and_read


def _numbered(works, first: int = 1) -> list[list[str]]:
    return [[str(k), *w] for k, w in enumerate(works, first)]


def _repeated(works, every: int, groups: tuple[str, ...] = ()) -> list[list[str]]:
    """The header, then the rows numbered on, the header printed again every ``every`` rows as a row of the table;
    with ``groups``, a titled group row ("I", title) opens each run between two headers."""
    rows = [HEADER]
    for run, first in enumerate(range(0, len(works), every)):
        if first:
            rows.append(list(HEADER))
        if groups:
            rows.append([groups[run % len(groups)].split(" ", 1)[0], groups[run % len(groups)].split(" ", 1)[1],
                         "", "", "", ""])
        rows += _numbered(works[first:first + every], first + 1)
    return rows


def _repeats_ruled(path, **options):
    """``_ruled_round_header`` whose header printed again as rows is ruled above and under as the first is."""
    from docx import Document
    from task_layouts.render import _borders

    _ruled_round_header(path, **options)
    document = Document(path)
    for row in document.tables[0].rows[1:]:
        if [cell.text for cell in row.cells] == HEADER:
            for cell in row.cells:
                _borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"top": True, "bottom": True})
    document.save(path)


def _second_ruled_round(path, second_rows, title, **options):
    """``_ruled_round_header`` with a second table ruled round its header right under the first, a title line between
    them."""
    import copy

    from docx import Document

    _ruled_round_header(path, **options)
    other = path.with_name(f"{path.stem}_second.docx")
    _ruled_round_header(other, **{**options, "rows": second_rows})
    document = Document(path)
    first = document.tables[0]._tbl
    first.addnext(copy.deepcopy(Document(other).tables[0]._tbl))
    first.addnext(document.add_paragraph(title)._p)  # moved from the end to between the tables
    document.save(path)
    other.unlink()


def _narrow_margins_justified(path, twips: int = 28, justified: bool = True, **options):
    """``_ruled_round_header`` whose cells have left and right margins of 0.05 cm (28 twips; or ``twips``) and
    justified text (or left-aligned)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _ruled_round_header(path, **options)
    document = Document(path)
    table = document.tables[0]
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)
    for row in table.rows[1:]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if justified else WD_ALIGN_PARAGRAPH.LEFT
    document.save(path)


GROUPS = ("I NHIỆM VỤ HẠ TẦNG SỐ", "II NHIỆM VỤ NHÂN LỰC", "III NHIỆM VỤ DỮ LIỆU")
WRITERS = {
    # the header printed again once, on the page of the first: an annex (landscape, 9 pt), in the body with a part after
    "once_annex": partial(_ruled_round_header, widths=NARROW, landscape=True, font_pt=9,
                          rows=_repeated(ROUNDS[:14], 8)),
    "once_inline_part_after": partial(_ruled_round_header, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                      font_pt=9, rows=_repeated(ROUNDS[:9], 5)),
    # twice on one page; with a group row "I …" under each header
    "twice_annex": partial(_ruled_round_header, widths=NARROW, landscape=True, font_pt=9,
                           rows=_repeated(ROUNDS[:15], 5)),
    "twice_groups": partial(_ruled_round_header, widths=NARROW, landscape=True, font_pt=9,
                            rows=_repeated(ROUNDS[:15], 5, GROUPS)),
    # the repeats ruled above and under as the first header is
    "ruled_repeats": partial(_repeats_ruled, widths=NARROW, landscape=True, font_pt=9, rows=_repeated(ROUNDS[:15], 5)),
    # over pages: every ten rows, Word repeating none; and Word repeating the header too
    "over_pages": partial(_ruled_round_header, widths=WIDE_NUMBER, font_pt=9, rows=_repeated(ROUNDS[:28], 10)),
    "over_pages_word_repeats": partial(_ruled_round_header, widths=WIDE_NUMBER, font_pt=9, repeat_header=True,
                                       rows=_repeated(ROUNDS[:28], 10, GROUPS)),
    # in 12 pt in the body with a part after; Word's equal widths; the last run one row; under a group's title with
    # no label (s60); groups "I …" over pages with Word repeating the header and a part after
    "body_12pt": partial(_ruled_round_header, widths=NARROW, inline=True, after=PART_AFTER, rows=_repeated(ROUNDS[:8], 4)),
    "equal_widths": partial(_ruled_round_header, landscape=True, rows=_repeated(ROUNDS[:10], 5)),
    "last_run_one_row": partial(_ruled_round_header, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                rows=_repeated(ROUNDS[:6], 5)),
    "under_a_title": partial(_ruled_round_header, widths=WIDE_NUMBER, merges=((1, 1, 1, 5),),
                             rows=[HEADER, _titled(TITLE), *_numbered(ROUNDS[:5]), list(HEADER),
                                   *_numbered(ROUNDS[5:10], 6)]),
    "groups_body_pages": partial(_ruled_round_header, widths=NARROW, inline=True, after=PART_AFTER, repeat_header=True,
                                 rows=_repeated(ROUNDS[:24], 8, GROUPS)),
    # no repeat at all, over pages in 9 pt: the last page opens with the rest of the row the page break cut
    "small_type_rest": partial(_ruled_round_header, widths=WIDE_NUMBER, font_pt=9, rows=[HEADER, *_numbered(ROUNDS[:28])]),
    "small_type_rest_word_repeats": partial(_ruled_round_header, widths=WIDE_NUMBER, font_pt=9, repeat_header=True,
                                            rows=[HEADER, *_numbered(ROUNDS[:28])]),
    # the header printed again as rows every six rows in 12 pt over pages, Word repeating none; and every 17 rows, the
    # page break cutting a row right over the page that holds a repeat (s61 review: the rest's rules crossed the
    # repeat's top rule; main lost rows 1-6 and 13-18, the branch before the fix cut task 14 and ran 15-18 into one)
    "repeats_12pt_over_pages": partial(_ruled_round_header, widths=WIDE_NUMBER, rows=_repeated(ROUNDS[:24], 6)),
    "repeat_under_a_cut_row": partial(_ruled_round_header, widths=WIDE_NUMBER, rows=_repeated(ROUNDS[:28], 17)),
    # left (s61 review): a second table ruled round its header, of other headings, under the first and a title
    "second_ruled_round_under": partial(_second_ruled_round, widths=WIDE_NUMBER, inline=True, after=PART_AFTER,
                                        rows=[HEADER, *_numbered(ROUNDS[:5])], title="2. Nhiệm vụ năm 2027",
                                        second_rows=[["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                                                      "Kết quả"], *_numbered(ROUNDS[5:8], 6)]),
    # left (s60 review): cells of 0.05 cm margins, justified, over pages with a part after
    "narrow_margins_justified": partial(_narrow_margins_justified, widths=WIDE_NUMBER, inline=True, repeat_header=True,
                                        after=PART_AFTER, rows=[HEADER, *_numbered(ROUNDS[:24])]),
}
LEFT = {"ruled_repeats": "the header printed again as rows ruled round as the first is: the rules make one stack "
                         "ending under the last repeat, so the rows under it are read by nothing (main read the "
                         "repeats as tasks: 'Nội dung nhiệm vụ' led by 'Cơ quan')",
        "second_ruled_round_under": "two tables ruled round their headers on one page, a title between: the first's "
                                    "rows are one task ('… đợt 1 2 Triển khai … 2. Nhiệm vụ năm 2027', five leads), "
                                    "a confident wrong value, as on main (s62-tables' cut at a second header was "
                                    "reverted in review: it split a row cut by a page break under a running header "
                                    "into two tasks, tests/test_tables_s62.py)"}
# s62: narrow_margins_justified reads right now (rules.column_borders: a border the header names, in a row of white)


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Each case's Word file and the PDF LibreOffice prints from it (one start), both read."""
    return printed_and_read(tmp_path_factory.mktemp("s61tables"), WRITERS)


@pytest.mark.parametrize("case", cases_left(WRITERS, LEFT, "s61"))
def test_rows_under_the_header_printed_again_are_read(read, case):
    """Every numbered row a task, as the Word file reads it (lead, support, deadline, product, group), the header's
    repeats and the part after the table none."""
    _, docx, pdf = read[case]
    keywords = WRITERS[case].keywords  # (and a second table's rows, s62)
    rows = [row for row in keywords["rows"] + keywords.get("second_rows", []) if row[0].isdigit()]
    assert len(_fields(docx)) == len(rows)
    assert _fields(pdf) == _fields(docx)
