"""Tables continued over pages (parsers/common.py): joined into one block whose text is the whole table, the
header each page repeats dropped, once however many pages the table runs over."""

from parsers.common import grid_text, join_continued_tables
from pipeline.model import Block, BlockKind, Cell, Provenance, Table

HEADER = [["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["(1)", "(2)", "(3)"]]


def _page_table(page: int, rows: list[list[str]], header: bool) -> Block:
    lines = (HEADER if header else []) + rows
    table = Table(n_rows=len(lines), n_cols=3, cells=[Cell(row=r, col=c, row_span=1, col_span=1, text=text)
                                                      for r, line in enumerate(lines) for c, text in enumerate(line)])
    return Block(id=f"b{page:04d}", kind=BlockKind.TABLE, orig=grid_text(table), table=table,
                 prov=Provenance(reader="pdf", page=page, line_start=1, line_end=1))


def test_a_table_over_many_pages_is_one_table_with_its_header_once():
    pages = [[[str(n), f"Nhiệm vụ {n}", "Sở Nội vụ"] for n in range(3 * p + 1, 3 * p + 4)] for p in range(30)]
    blocks = [_page_table(p + 1, rows, header=True) for p, rows in enumerate(pages)]
    joined = join_continued_tables(blocks)
    assert len(joined) == 1
    table = joined[0].table
    assert table.n_rows == 2 + 90 and table.grid()[:3] == [*HEADER, ["1", "Nhiệm vụ 1", "Sở Nội vụ"]]
    assert table.grid()[-1] == ["90", "Nhiệm vụ 90", "Sở Nội vụ"]
    assert joined[0].orig == grid_text(table)  # the text of the whole table, not of its first page


def test_a_table_whose_first_row_differs_from_the_header_keeps_it():
    first = _page_table(1, [["1", "Nhiệm vụ 1", "Sở Y tế"]], header=True)
    second = _page_table(2, [["2", "Nhiệm vụ 2", "Sở Tư pháp"], ["3", "Nhiệm vụ 3", "Sở Tài chính"]], header=False)
    joined = join_continued_tables([first, second])
    assert len(joined) == 1 and joined[0].table.n_rows == 5
    assert [row[0] for row in joined[0].table.grid()] == ["TT", "(1)", "1", "2", "3"]


def test_the_rows_moved_from_a_later_page_keep_every_other_field_of_their_cells():
    first = _page_table(1, [["1", "Nhiệm vụ 1", "Sở Y tế"]], header=True)
    second = _page_table(2, [["2", "Nhiệm vụ 2", "Sở Tư pháp"]], header=False)
    for k, cell in enumerate(second.table.cells):
        cell.page, cell.bbox, cell.unsure, cell.is_header, cell.row_span = 2, (1.0, 2.0, 3.0 + k, 4.0), ("x",), k == 1, 1
    second.table.cells[2].col_span = 1
    joined = join_continued_tables([first, second]).pop().table
    moved = [c for c in joined.cells if c.page == 2]
    assert [(c.row, c.col, c.bbox, c.unsure, c.is_header) for c in moved] == [
        (3, k, (1.0, 2.0, 3.0 + k, 4.0), ("x",), k == 1) for k in range(3)]
    assert all(c is not o for c, o in zip(moved, second.table.cells))  # copies: the page's table is left as it was
    assert [c.row for c in second.table.cells] == [0, 0, 0]
