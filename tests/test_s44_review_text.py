"""s44 review of the copied-table traits (s44-tabtext), text forms: each case a plan copied from a legal site with its
annex table in one form, read end to end.

- TCVN3 tables: the table reader's NBSP-as-space step also replaced look-alike glyphs, among them the minus sign that
  stands in for TCVN3's "ư" (legacy_fonts.soft_hyphens_kept) and the eth that is TCVN3's "é": "Sở Công Th-ơng",
  "Th-ờng xuyên" (recurring lost). Table lines get only the space part (text.plain_spaces).
- Bare Markdown rows ("STT | Nội dung" / "--- | ---"): the run swept every later line holding a "|" (a signature block
  "Nơi nhận: | TM. ỦY BAN NHÂN DÂN", a site's footer "Trang chủ | Giới thiệu | Liên hệ", a note "CT | chủ trì"), and
  took over framed "| … |" tables: every row lost, or a footer read as a task. A framed table is read as before; a bare
  run ends at the first line whose cells are not the delimiter row's count.
- A page's number as a cell ("Trang 2", "- 2 -" a product): dropped as a page mark, the row's cell shifted. A mark is
  dropped only where the row it sits in is whole without it.
- A page's mark between two copied "cell | cell |" tables joined them (the second's header read as a task, its rows
  lost): a mark followed by a header row ends the table.
"""

from __future__ import annotations

import copy

import pytest

from pipeline.run import process
from test_legacy_encodings import PLAN, encode_line

PRE = """Quản lý khoáng sản năm 2026
Văn bản pháp luật

ỦY BAN NHÂN DÂN

TỈNH QUẢNG NGÃI

Số: 81/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 17 tháng 4 năm 2026

KẾ HOẠCH

Quản lý khoáng sản năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Triển khai đồng bộ, hiệu quả các nhiệm vụ về quản lý khoáng sản năm 2026.

II. TỔ CHỨC THỰC HIỆN

Các sở, ban, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.

Nơi nhận:

- Như mục II;

- Lưu: VT.

TM. ỦY BAN NHÂN DÂN

KT. CHỦ TỊCH

PHÓ CHỦ TỊCH

Nguyễn Văn Thành

PHỤ LỤC

DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH

(Kèm theo Kế hoạch số 81/KH-UBND ngày 17 tháng 4 năm 2026 của UBND tỉnh Quảng Ngãi)

"""
POST = "\n\nÝ kiến bạn đọc\n"

H = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
R = [["1", "Rà soát quy hoạch sử dụng đất cấp xã", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Quý II/2026"],
     ["2", "Xây dựng cơ sở dữ liệu đất đai", "Sở Tài chính", "Sở Tư pháp", "Quý III/2026"],
     ["3", "Tổ chức tập huấn nghiệp vụ", "Sở Nội vụ", "Sở Y tế", "Tháng 9/2026"],
     ["4", "Kiểm tra, đánh giá kết quả", "Thanh tra tỉnh", "Công an tỉnh", "Tháng 11/2026"]]
EXPECTED = [(r[0], r[1], [r[2]], [r[3]], r[4]) for r in R]


def run(tmp_path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process(path)


def tasks(doc) -> list[tuple]:
    return [(t.number, t.content, [a.name for a in t.lead], [a.name for a in t.support], t.deadline and t.deadline.text)
            for t in doc.tasks]


def site(table: str, after: str = "") -> str:
    return PRE + table + ("\n\n" + after if after else "") + POST


def framed(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(r) + " |" for r in rows]


def bare(rows: list[list[str]]) -> list[str]:
    return [" | ".join(r) for r in rows]


# --- TCVN3 text tables: "ư" (and "é") kept ----------------------------------------------------------------------

LEGACY_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
LEGACY_ROWS = [["1", "Xây dựng cơ sở dữ liệu về đất đai", "Sở Công Thương", "Sở Tư pháp", "Quý II/2026"],
               ["2", "Cấp phép khai thác khoáng sản", "Sở Tư pháp", "UBND các phường", "Tháng 9/2026"],
               ["3", "Tập huấn kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "Sở Công Thương", "Thường xuyên"]]


def _legacy_table(form: str) -> list[str]:
    rows = [LEGACY_HEADER, *LEGACY_ROWS]
    if form == "tab":
        return ["\t".join(r) for r in rows]
    if form == "md":
        return [framed([LEGACY_HEADER])[0], "|---|---|---|---|---|", *framed(LEGACY_ROWS)]
    if form == "md_bare":
        return [bare([LEGACY_HEADER])[0], "--- | --- | --- | --- | ---", *bare(LEGACY_ROWS)]
    return [" | ".join(r) + " |" for r in rows]  # a site's "cell | cell |"


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
@pytest.mark.parametrize("form", ["tab", "md", "md_bare", "site"])
def test_a_legacy_typed_table_keeps_its_letters(tmp_path, key, form):
    """Before: in TCVN3 every "ư" of a table's cells read "-" ("Sở Công Th-ơng", "Th-ờng xuyên": recurring lost) and
    "é" read "Đ"; VNI is a guard (none of its letters is a look-alike)."""
    at = PLAN.index("II. TỔ CHỨC THỰC HIỆN")
    lines = PLAN[:at] + _legacy_table(form) + PLAN[at:]
    doc = run(tmp_path, "\n".join(encode_line(line, key) for line in lines) + "\n")
    assert tasks(doc) == [(r[0], r[1], [r[2]], [r[3]], r[4]) for r in LEGACY_ROWS]
    assert not any("-" in t.content for t in doc.tasks)


def test_a_nbsp_in_a_table_line_is_still_a_space(tmp_path):
    """Guard: the space part of the table lines' step stays (a site's "Ủy&nbsp;ban")."""
    rows = [[cell.replace(" ", "\xa0") for cell in r] for r in [H, *R]]
    doc = run(tmp_path, site("\n".join("\t".join(r) for r in rows)))
    assert tasks(doc) == EXPECTED


# --- Markdown rows: framed tables as before, bare runs end where the cells do --------------------------------------

SIGNATURE = "Nơi nhận: | TM. ỦY BAN NHÂN DÂN\n- Như trên; | KT. CHỦ TỊCH\n- Lưu: VT. | PHÓ CHỦ TỊCH"
FOOTER = "Trang chủ | Giới thiệu | Liên hệ | Sơ đồ trang"
NOTE = "Ghi chú: CT | chủ trì; PH | phối hợp; các đơn vị báo cáo về Sở Nội vụ trước ngày 15/12/2026."
FOOTER_WIDE = "Trang chủ | Giới thiệu | Liên hệ | Sơ đồ trang | Hỏi đáp | Tìm kiếm"


def _md(form: str) -> str:
    if form == "framed":
        return "\n".join([framed([H])[0], "|---|---|---|---|---|", *framed(R)])
    return "\n".join([bare([H])[0], "--- | --- | --- | --- | ---", *bare(R)])


@pytest.mark.parametrize("form", ["framed", "bare"])
@pytest.mark.parametrize("after", [SIGNATURE, FOOTER, NOTE, FOOTER_WIDE], ids=["signature", "footer", "note", "wide"])
def test_lines_after_a_markdown_table_are_no_rows(tmp_path, form, after):
    """Before: a signature block after the table ("Nơi nhận: | TM. ỦY BAN NHÂN DÂN") left no table (every row lost); a
    site's footer was a task led by "Liên hệ"; a note's "CT | chủ trì" ran into row 4 (its lead, support and
    deadline changed)."""
    doc = run(tmp_path, site(_md(form), after))
    assert tasks(doc) == EXPECTED


@pytest.mark.parametrize("after", [SIGNATURE, FOOTER, NOTE], ids=["signature", "footer", "note"])
def test_lines_right_after_a_bare_table_are_no_rows(tmp_path, after):
    """The same with no blank line between the table and the lines after it."""
    doc = run(tmp_path, site(_md("bare") + "\n" + after))
    assert tasks(doc) == EXPECTED


@pytest.mark.parametrize("after", [SIGNATURE, FOOTER, NOTE], ids=["signature", "footer", "note"])
def test_a_framed_table_with_a_bare_row_ends_at_its_rows(tmp_path, after):
    """A framed table one of whose rows lost its borders (a converter's row with empty end cells framed, the others
    not) is read with its bare rows, and no line after it."""
    lines = [framed([H])[0], "|---|---|---|---|---|", *framed(R[:2]), bare(R[2:3])[0], framed(R[3:])[0]]
    doc = run(tmp_path, site("\n".join(lines), after))
    assert tasks(doc) == EXPECTED


# --- a page's number as a cell ------------------------------------------------------------------------------------

H6 = [*H, "Sản phẩm"]
R6 = [[*r, p] for r, p in zip(R, ["Báo cáo", "Cơ sở dữ liệu", "Tài liệu tập huấn", "Báo cáo kết quả"])]


def _cells(rows, between: dict[int, list[str]] | None = None) -> str:
    out = list(H6)
    for k, row in enumerate(rows):
        out += (between or {}).get(k, [])
        out += row
    return "\n\n".join(out)


@pytest.mark.parametrize("row,cell", [(1, "Trang 2"), (1, "- 2 -"), (2, "Trang 3/9"), (0, "- 1 -")])
def test_a_cell_that_reads_as_a_page_mark_stays(tmp_path, row, cell):
    """Before: row 2's product "Trang 2" (or "- 2 -") was dropped as a page's number and row 1's product shown."""
    rows = copy.deepcopy(R6)
    rows[row][5] = cell
    doc = run(tmp_path, site(_cells(rows)))
    assert [t.output for t in doc.tasks] == [r[5] for r in rows]


@pytest.mark.parametrize("mark", ["Trang 2/9", "- 2 -", "Trang 2"])
def test_a_page_mark_between_two_whole_rows_is_still_dropped(tmp_path, mark):
    """Guard: a page's number alone between two rows (each whole) goes."""
    doc = run(tmp_path, site(_cells(R6, {2: [mark]})))
    assert [t.output for t in doc.tasks] == [r[5] for r in R6]
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]


# --- a page's mark between two copied "cell | cell |" tables ---------------------------------------------------------

IND_H = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2026"]
IND_R = [["1", "Tỷ lệ hồ sơ trực tuyến", "%", "80"], ["2", "Số xã đạt chuẩn", "xã", "12"],
         ["3", "Số lao động được đào tạo", "người", "1.500"]]


@pytest.mark.parametrize("mark", ["Trang 5/9", "- 5 -", "Trang 5 trên 9"])
def test_a_page_mark_before_a_new_header_ends_the_table(tmp_path, mark):
    """Before: the mark joined the task table and the indicator table after it: a task "STT | Chỉ tiêu" made and the
    3 indicators lost."""
    lines = [" | ".join(r) + " |" for r in [H, *R]] + [mark] + [" | ".join(r) + " |" for r in [IND_H, *IND_R]]
    doc = run(tmp_path, site("\n".join(lines)))
    assert tasks(doc) == EXPECTED
    assert [(i.code, i.target) for i in doc.indicators] == [("1", 80.0), ("2", 12.0), ("3", 1500.0)]


def test_a_page_mark_between_rows_of_one_site_table_still_goes(tmp_path):
    """Guard: a mark between two rows (no header after it) is still no row."""
    lines = [" | ".join(r) + " |" for r in [H, *R[:2]]] + ["Trang 2/9"] + [" | ".join(r) + " |" for r in R[2:]]
    doc = run(tmp_path, site("\n".join(lines)))
    assert tasks(doc) == EXPECTED


def test_a_page_mark_before_the_tables_own_header_repeated_goes_on(tmp_path):
    """Guard: the page's mark, then the table's header printed again at the next page's top: one table still."""
    lines = [" | ".join(r) + " |" for r in [H, *R[:2]]] + ["Trang 2/9"] + [" | ".join(r) + " |" for r in [H, *R[2:]]]
    doc = run(tmp_path, site("\n".join(lines)))
    assert tasks(doc) == EXPECTED


def test_a_numbered_bare_row_of_other_cells_is_warned(tmp_path):
    """A bare row after the run that prints another count of cells but a row's number ("4 | … | Thanh tra tỉnh"): the
    table ends before it, with a warning that rows were left as text."""
    rows = bare(R)
    rows[3] = " | ".join(R[3][:4])
    doc = run(tmp_path, site("\n".join([bare([H])[0], "--- | --- | --- | --- | ---", *rows])))
    assert tasks(doc) == EXPECTED[:3]
    assert any(w.code == "table_rows_left_as_text" for w in doc.warnings)
