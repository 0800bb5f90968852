"""A .txt that holds a page's markup: its source saved as text, an editor's HTML view copied, or plain text with a few
tags and entities left in it ("<br />" at line ends, "&nbsp;" in cells, "&amp;").

Before, the text reader read the markup as the document's words: a fragment's lines ("<p><strong>KẾ HOẠCH</strong></p>",
a table's "<td>" lines) gave no type, number, date or title and no table, and "Số: 45/KH-UBND<br />" no number. Now a
text laid out by its tags is read by the HTML reader (warning ``format_from_content``), and stray markup is turned into
what it stands for before the text reader's own work. Each variant below is one plan, written here in our own words,
and must read as the same plan written as a web page: the same metadata and the same tasks.
"""

from __future__ import annotations

import pytest

import parsers
from pipeline.run import process

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN", "Số: 118/KH-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Sơn, ngày 9 tháng 4 năm 2026"]
HEADING = ["KẾ HOẠCH", "Thực hiện cải cách hành chính năm 2026"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân & doanh nghiệp.", "II. NHIỆM VỤ CỤ THỂ"]
COLUMNS = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [["1", "Rà soát thủ tục hành chính cấp huyện", "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "Quý II/2026"],
        ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục", "Phòng Văn hóa và Thông tin", "", "Tháng 10/2026"],
        ["3", "Đánh giá mức độ hài lòng của người dân", "Phòng Nội vụ", "UBND các xã, thị trấn", "Tháng 12/2026"]]
CLOSING = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]


def _cells(row, tag="td"):
    return "".join(f"<{tag}>{cell or '&nbsp;'}</{tag}>" for cell in row)


def _body_markup(upper: bool = False) -> str:
    """The document as an editor's HTML view prints it: a block a line, the header and the tasks as tables."""
    lines = ["<table><tr><td>" + "".join(f"<p>{x}</p>" for x in HEADER_LEFT) + "</td><td>"
             + "".join(f"<p>{x}</p>" for x in HEADER_RIGHT) + "</td></tr></table>",
             f'<p style="text-align:center"><strong>{HEADING[0]}</strong></p>', f"<p><b>{HEADING[1]}</b></p>",
             *(f"<p>{x.replace('&', '&amp;')}</p>" for x in BODY),
             "<table border=\"1\">", "<tr>" + _cells(COLUMNS, "th") + "</tr>", *("<tr>" + _cells(r) + "</tr>" for r in ROWS),
             "</table>", *(f"<p>{x}</p>" for x in CLOSING)]
    text = "\n".join(lines)
    if upper:  # tags as old editors print them
        import re

        text = re.sub(r"</?[a-z0-9]+", lambda m: m.group().upper(), text)
    return text


def _page() -> str:
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Kế hoạch</title></head>\n<body>\n{_body_markup()}\n</body></html>\n'


def _text_lines() -> list[str]:
    """The plan as copied text (one line a paragraph, the header's two columns one after the other)."""
    return [*HEADER_LEFT, *HEADER_RIGHT, *HEADING, *BODY]


def _tabbed_rows(empty: str) -> list[str]:
    return ["\t".join(COLUMNS), *("\t".join(cell or empty for cell in row) for row in ROWS)]


VARIANTS = {
    # the page's source saved as .txt, with the line a browser's "Save as" puts before it
    "page source": lambda: _page(),
    "page source after a comment": lambda: "<!-- saved from url=(0022)http://example.org/ -->\n" + _page(),
    "body fragment": lambda: _body_markup(),
    "body fragment on one line": lambda: _body_markup().replace("\n", ""),
    "tags in upper case": lambda: _body_markup(upper=True),
    # typed text above a table pasted in as markup
    "table markup inside text": lambda: "\n".join([*_text_lines(), _body_markup().split("\n", 6)[6].rsplit("</table>", 1)[0]
                                                   + "</table>", *CLOSING]),
    # plain text with "<br />" at each line's end, entities for "&" and the empty cell
    "br line ends": lambda: "\n".join(f"{x.replace('&', '&amp;')}<br />" for x in _text_lines())
    + "\n" + "\n".join(_tabbed_rows("&nbsp;")) + "\n" + "\n".join(f"{x}<br />" for x in CLOSING),
    "entities only": lambda: "\n".join(x.replace("&", "&amp;") for x in _text_lines())
    + "\n" + "\n".join(_tabbed_rows("&nbsp;")) + "\n" + "\n".join(CLOSING),
    "br between lines": lambda: "<br>".join(x.replace("&", "&amp;") for x in _text_lines())
    + "\n" + "\n".join(_tabbed_rows("&#160;")) + "\n" + "<BR/>".join(CLOSING),
}


def _read(path):
    doc = process(path)
    meta = doc.metadata
    tasks = [(t.number, t.content, [m.name for m in t.lead], [m.name for m in t.support],
              t.deadline.model_dump() if t.deadline else None) for t in doc.tasks]
    return (meta.doc_type, meta.number, meta.issued_date, meta.title, meta.issuer.name), tasks, doc


@pytest.fixture(scope="module")
def as_html(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "plan.html"
    path.write_text(_page(), encoding="utf-8")
    return _read(path)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_text_file_with_markup_reads_as_the_page(tmp_path, as_html, variant):
    path = tmp_path / "plan.txt"
    path.write_text(VARIANTS[variant](), encoding="utf-8")
    metadata, tasks, doc = _read(path)
    assert metadata == as_html[0]
    assert metadata[1] == "118/KH-UBND" and metadata[3] == HEADING[1]
    assert tasks == as_html[1] and len(tasks) == len(ROWS)
    assert not any("<" in block.orig or "&nbsp;" in block.orig or "&amp;" in block.orig for block in doc.blocks)


@pytest.mark.parametrize("variant", ["body fragment", "tags in upper case", "table markup inside text"])
def test_a_text_laid_out_by_its_tags_says_it_was_read_as_a_page(tmp_path, variant):
    path = tmp_path / "plan.txt"
    path.write_text(VARIANTS[variant](), encoding="utf-8")
    doc = parsers.read(path)
    assert doc.origin.format == "html"
    [warning] = [w for w in doc.warnings if w.code == "format_from_content"]
    assert "'.txt'" in warning.message


def test_typed_lines_above_pasted_markup_stay_lines_of_their_own(tmp_path):
    """Text outside every element would run together in a browser; the user typed it as lines, and each is a block."""
    path = tmp_path / "plan.txt"
    path.write_text(VARIANTS["table markup inside text"](), encoding="utf-8")
    blocks = [b.orig for b in parsers.read(path).blocks]
    assert blocks[: len(_text_lines())] == _text_lines()


@pytest.mark.parametrize("text", ["Tổng vốn < 5 tỷ đồng và tỷ lệ <=10%.", "Công ty R&D Việt Nam; AT&T.",
                                  "Dự án A&B (giai đoạn 2)"])
def test_text_that_only_looks_like_markup_is_kept(write_text, text):
    doc = parsers.read(write_text(f"KẾ HOẠCH\n{text}\n"))
    assert [b.orig for b in doc.blocks] == ["KẾ HOẠCH", text]
    assert doc.origin.format == "txt"


def test_a_stray_tag_and_entity_keep_the_line_s_place_in_the_file(write_text):
    doc = parsers.read(write_text("KẾ HOẠCH<br />\nSố lượng:&nbsp;12 &amp; 3<br>Hạn: quý II\n"))
    assert [(b.orig, b.prov.line_start) for b in doc.blocks] == [
        ("KẾ HOẠCH", 1), ("Số lượng:\u00a012 & 3", 2), ("Hạn: quý II", 2)]
    assert doc.blocks[1].prov.char_end == len("KẾ HOẠCH<br />\nSố lượng:&nbsp;12 &amp; 3<br>Hạn: quý II")


def test_a_br_inside_a_pipe_row_still_breaks_the_cell(write_text):
    rows = ["| STT | Nội dung | Chủ trì |", "|---|---|---|", "| 1 | Rà soát<br>thủ tục &amp; hồ sơ | Phòng Nội vụ |",
            "| 2 | Báo cáo | Phòng Tư pháp |"]
    [table] = [b.table for b in parsers.read(write_text("\n".join(rows) + "\n")).blocks if b.table is not None]
    assert table.grid()[1][1] == "Rà soát\nthủ tục & hồ sơ"
