"""Text copied from legal sites and PDF viewers (s61).

- A site's copy of a table, a cell a line: a cell ending with a type's name and "số" (the number left for later),
  then the next row's number and its cell opening with a number and its symbol. The row's number is no viewer's page
  number: the next row's document is no citation of the cell's (main cited it, and in a hard-wrapped copy joined the
  cell with it). A viewer's page number that happens to be the next row's still stands inside the citation (guard).

Every fixture is our own (a ward's plan to review its documents), copied as a site prints a table: "cell |" a line, bare
cells a line, a blank line after each cell, or with the plan's prose hard-wrapped.
"""

from __future__ import annotations

import textwrap

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Tân An, ngày 02 tháng 4 năm 2026", "KẾ HOẠCH",
          "Rà soát, hệ thống hóa văn bản của Ủy ban nhân dân phường năm 2026"]
PROSE = [
    "Căn cứ Quyết định số 112/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân thành phố về công tác kiểm tra, "
    "rà soát văn bản năm 2026, Ủy ban nhân dân phường xây dựng Kế hoạch rà soát văn bản như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát hiện kịp thời văn bản hết hiệu lực, trái pháp luật hoặc không còn phù hợp để sửa đổi, thay thế, bãi bỏ theo "
    "đúng thẩm quyền.",
    "II. DANH MỤC VĂN BẢN CẦN RÀ SOÁT",
]
CLOSING = ["III. TỔ CHỨC THỰC HIỆN",
           "Công chức Tư pháp - Hộ tịch chủ trì, tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân phường.",
           "Nơi nhận:", "- UBND thành phố;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Thị Mỹ Hạnh"]
TITLES = ["Quy chế làm việc của Ủy ban nhân dân phường", "Kế hoạch thu gom rác thải sinh hoạt",
          "Quy định quản lý vỉa hè, lòng đường", "Kế hoạch phòng, chống thiên tai", "Quy chế văn hóa công sở",
          "Kế hoạch cải cách hành chính", "Quy chế dân chủ ở cơ sở", "Kế hoạch phát triển kinh tế tập thể",
          "Quy định tiếp công dân", "Kế hoạch chuyển đổi số", "Quy chế phối hợp quản lý đô thị",
          "Kế hoạch bảo vệ môi trường"]
SYMBOLS = ["KH-UBND", "QĐ-UBND", "KH-UBND", "QĐ-UBND"]


def _symbol(row: int) -> str:
    return f"{10 + row}/{SYMBOLS[row % len(SYMBOLS)]}"


def _rows(number_column: str, rows: int, note: str) -> list[list[str]]:
    """A table of the documents to review, ``rows`` of them; the note of the last row but one ends with ``note``
    (a type's name and "số", its number left for later) and the next row's cell opens with its number and symbol."""
    table = [[number_column, "Số, ký hiệu văn bản", "Trích yếu nội dung", "Ghi chú"]]
    for row in range(1, rows + 1):
        table.append([str(row), f"{_symbol(row)} {TITLES[row - 1].lower()}" if row == rows else _symbol(row),
                      TITLES[row - 1], f"Thay thế {note}" if row == rows - 1 else "Còn hiệu lực"])
    return table


def _copy(rows: list[list[str]], form: str) -> list[str]:
    cells = [cell for row in rows for cell in row]
    if form == "pipes":
        table = [f"{cell} |" for cell in cells]
    elif form == "bare":
        table = cells
    else:  # "double_spaced" / "wrapped": a blank line after each cell
        table = [line for cell in cells for line in (cell, "")]
    prose = PROSE
    if form == "wrapped":  # a hard-wrapped plan: the clean stage rejoins its lines and reads figures as pages
        prose = [line for paragraph in PROSE * 3 for line in textwrap.wrap(paragraph, 60)]
    return HEADER + prose + table + CLOSING


def _read(tmp_path, lines: list[str], name: str = "copy.txt"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return process(path)


def _cited(doc) -> list[str]:
    return sorted(c.number or c.text for c in doc.metadata.cited_documents)


NEXT_ROW = {  # the note's end, the number column's name, the rows (the figure after the note is the last row's number)
    "resolution_2": ("Nghị quyết số", "STT", 2),
    "decision_tt_5": ("Quyết định số", "TT", 5),
    "joint_circular_12": ("Thông tư liên tịch số", "STT", 12),
    "plan_tt_9": ("Kế hoạch số", "TT", 9),
}


@pytest.mark.parametrize("form", ["pipes", "bare", "double_spaced", "wrapped"])
@pytest.mark.parametrize("variant", list(NEXT_ROW))
def test_the_next_rows_number_after_a_cell_ending_with_so_is_no_page(tmp_path, variant, form):
    note, number_column, rows = NEXT_ROW[variant]
    doc = _read(tmp_path, _copy(_rows(number_column, rows, note), form))
    assert _symbol(rows) not in _cited(doc)
    assert not any(f"{note} {_symbol(rows)}" in (b.text or "") for b in doc.body())
    assert str(rows) in [(b.text or "").strip(" |") for b in doc.body()]


# A guard (passes on main): a PDF viewer's copy whose page broke inside a cell's citation, the page's number that of the
# next row (its own number comes under the cell): the citation is read on over the page's number.

@pytest.mark.parametrize("spacing", ["single", "double"])
@pytest.mark.parametrize("rows", [2, 7])
def test_a_page_number_that_is_also_the_next_rows_stands_inside_the_citation(tmp_path, rows, spacing):
    table = _rows("STT", rows, "Nghị quyết số")
    cells = [cell for row in table[:-1] for cell in row]
    cells += [str(rows), "05/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân phường"] + table[-1]
    # the page's number with a blank line under it, or every line with one
    lines = [line for cell in cells for line in ((cell, "") if spacing == "double" or cell == str(rows) else (cell,))]
    doc = _read(tmp_path, HEADER + PROSE + lines + CLOSING)
    assert "05/NQ-HĐND" in _cited(doc)
    assert _symbol(rows) not in _cited(doc)
