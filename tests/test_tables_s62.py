"""Task tables in text PDFs whose rules, of one extent, hold a second header (s62).

1. Two tables ruled round their headers only, one under the other on a page (a title between them or none): the four
   rules make one stack, whose band between the first header and the second read the first table's rows, the title
   and the second header as rows, numbers centred or not (s61 review: the first's five rows one task, five leads, the
   title in its wording; the second's rows lost). The stack is now cut at each header the reading by white tells by
   its columns' names (``rules.cut_at_headers``): each table's rows end where that reading ends them (a title over
   the next header is no row), the last header's rows read as a header ruled round alone. Variants: the second table
   of other headings or the same, no title between, an indicator table second, the first long enough to push the
   second over a page break, 10-13 pt, in an annex.
2. The header printed again as rows of its table, ruled above and under as the first is: the rules made one stack
   ending under the last repeat, and the rows under it were read by nothing (s61's strict xfail). The same cut reads
   each repeat as a header of its own, the rows under the last one too. Variants: once, twice, with group rows, over
   pages in 12 pt, Word repeating the header too, in the body with a part after.
3. Cells of small margins and justified text (0.05 cm: s61's strict xfail): a row's words come within a word space of
   the white between two cells ("điện|Sở"), which ``rules.column_borders`` took for a line running across the border:
   no border in that row, task and lead one cell ('… đợt 1 Sở Y tế'). A border the header names columns either side
   of now stands in a row of several lines whose words come near it but none over it (a title across the columns is
   one line). Variants: margins 0.05 and 0.1 cm, justified and left-aligned, 3-6 columns; no margin at all is left
   (the words touch: no white to tell the columns by, as on main).
4. Guards (the cut must not fire): a table ruled between its rows (a half-ruled table, each row its own band), a
   table ruled round its header only with a rule under its last row, the two tables of item 1 read in their Word files.
Every table and text is our own: Word files printed to PDF by LibreOffice (one start for the module).
"""

from __future__ import annotations

from functools import partial

import pytest
from test_tables_s56 import HEADER, ROUNDS, TARGETS, _fields
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
LEFT = {"second_over_the_break": "the second table's header ruled round at the first page's foot, its rows all on the "
                                 "next page under no header: the first page right, the second table's six rows lost (a "
                                 "loss; main read the first table's nine rows and the title as one task, a wrong value)",
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
