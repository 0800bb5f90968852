import unicodedata

import pytest

from parsers import html
from pipeline.errors import ReaderError
from pipeline.run import process

PAGE = """<!DOCTYPE html><html><head><title>x</title><script>var menu = "KẾ HOẠCH";</script><style>p{}</style></head>
<body><nav>Trang chủ | Văn bản</nav>
<div class="ant-tabs-tabpane ant-tabs-tabpane-active">
<table><tr><td>ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HÀ NỘI<br>Số: 12/KH-UBND</td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Hà Nội, ngày 9 tháng 6 năm 2025</td></tr></table>
<p>KẾ HOẠCH</p><p>Cải cách hành chính năm 2025</p>
<p>I. NỘI <b>DUNG</b></p><p>1. Tuyên truyền</p>
<p>PHỤ LỤC</p><p>(Kèm theo Kế hoạch số 12/KH-UBND ngày 9/6/2025)</p>
<table border="1">
<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">Xây dựng kế hoạch</td><td>Sở Nội vụ</td><td>Quý I/2025</td></tr>
<tr><td>Sở Tư pháp</td><td>Quý II/2025</td></tr>
<tr><td>2</td><td colspan="2">Tổng kết</td><td>Tháng 12/2025</td></tr>
</table></div><footer>Ý kiến bạn đọc</footer></body></html>"""


def test_document_found_inside_the_page(write_text):
    doc = html.read(write_text(PAGE, "page.html"))
    texts = [b.orig for b in doc.blocks if b.table is None]
    assert "KẾ HOẠCH" in texts and "I. NỘI DUNG" in texts
    assert not any("Trang chủ" in t or "var menu" in t or "Ý kiến" in t for t in texts)  # outside the container


def test_rowspan_and_colspan_become_spans(write_text):
    doc = html.read(write_text(PAGE, "page.html"))
    table = [b.table for b in doc.blocks if b.table is not None][-1]
    assert table.n_rows == 4 and table.n_cols == 4
    grid = table.grid()
    assert grid[2][:2] == ["1", "Xây dựng kế hoạch"]  # repeated down the rows it spans
    assert grid[3][1:3] == ["Tổng kết", "Tổng kết"]  # and across
    assert next(c for c in table.cells if c.text == "Xây dựng kế hoạch").row_span == 2


def test_whole_pipeline_on_an_html_page(write_text):
    doc = process(write_text(PAGE, "page.html"))
    meta = doc.metadata
    assert (meta.number, meta.issued_date, meta.issuer.name) == ("12/KH-UBND", "2025-06-09", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")
    # task 1 merged down over two rows, each its own lead and time: a task each (s47; they had been pooled)
    assert [(t.number, [m.name for m in t.lead], t.deadline.end) for t in doc.tasks] == [
        ("1", ["Sở Nội vụ"], "2025-03-31"), ("1", ["Sở Tư pháp"], "2025-06-30"), ("2", [], "2025-12-31")]


def test_a_page_without_a_document_is_an_error(write_text):
    page = "<html><body><div class='ant-tabs-tabpane ant-tabs-tabpane-active'>Văn bản không tồn tại</div></body></html>"
    with pytest.raises(ReaderError, match="the page holds no document"):
        html.read(write_text(page, "none.html"))


def test_html_nested_too_deeply_is_refused_with_that_reason(tmp_path):
    """libxml2 keeps 255 levels and silently drops the rest: 100,000 nested elements read as "no text"."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body><p>KẾ HOẠCH</p>" + "<div>" * 100_000 + "<p>Số: 12/KH-UBND</p>" + "</div>" * 100_000
                    + "</body></html>", encoding="utf-8")
    with pytest.raises(ReaderError, match="HTML nested too deeply"):
        html.read(page)
    page.write_text("<html><body>" + "<div>" * 200 + "<p>KẾ HOẠCH</p>" + "</div>" * 200 + "</body></html>", encoding="utf-8")
    assert [b.orig for b in html.read(page).blocks] == ["KẾ HOẠCH"]  # deep, but within the limit


def _cp1258(text: str) -> bytes:
    """Windows-1258 holds some letters whole (â, ơ, đ) and the tone marks as combining characters."""
    def one(char: str) -> bytes:
        try:
            return char.encode("cp1258")
        except UnicodeEncodeError:  # the letter with its vowel mark (Ô), then the tone mark apart
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            return (letter + tones).encode("cp1258")

    return b"".join(one(char) for char in text)


# UTF-8 pages go to lxml undecoded and unnormalised; the blocks and cells must still be NFC, and every other
# encoding must read the same as UTF-8 does.
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "nfd-utf-8"])
def test_every_encoding_reads_the_same_nfc_text(write_text, encoding):
    expected = html.read(write_text(PAGE, "page.html"))
    if encoding == "nfd-utf-8":  # letters followed by combining tone marks, as some editors save them
        path = write_text(unicodedata.normalize("NFD", PAGE), "nfd.html")
    elif encoding == "cp1258":  # Windows-1258 only holds the decomposed forms
        path = write_text("", "cp.html")
        path.write_bytes(_cp1258(PAGE))
    else:
        path = write_text(PAGE, f"{encoding}.html", encoding=encoding)
    doc = html.read(path)
    assert [b.orig for b in doc.blocks] == [b.orig for b in expected.blocks]
    cells = [c.text for b in doc.blocks if b.table is not None for c in b.table.cells]
    assert cells == [c.text for b in expected.blocks if b.table is not None for c in b.table.cells]
    assert all(unicodedata.is_normalized("NFC", text) for text in cells + [b.orig for b in doc.blocks])


def test_a_text_node_split_before_a_tone_mark_is_joined_in_nfc(write_text):
    """"Hà" written as "Ha" + <b>combining grave</b>: one block, composed."""
    doc = html.read(write_text("<html><body><p>Ha<b>\u0300</b> Nội</p><table><tr><td>Sơ\u0309 Nội vụ</td></tr></table></body></html>", "split.html"))
    assert doc.blocks[0].orig == "Hà Nội"
    assert doc.blocks[1].table.cells[0].text == "Sở Nội vụ"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_xhtml_page_with_an_xml_declaration_is_read(write_text, encoding):
    page = '<?xml version="1.0" encoding="%s"?>\n' % encoding + PAGE.replace("<!DOCTYPE html>", "")
    doc = html.read(write_text(page, f"x.{encoding}.html", encoding=encoding))
    assert "KẾ HOẠCH" in [b.orig for b in doc.blocks]


def test_a_page_of_nothing_but_a_comment_is_refused_with_its_reason(tmp_path):
    page = tmp_path / "comment.html"
    page.write_bytes(b"<!-- nothing here -->")
    with pytest.raises(ReaderError) as error:
        html.read(page)
    assert error.value.reason == "not an HTML page: Document is empty"


@pytest.mark.parametrize("cell, text", [
    ("Sở  Nội\n   vụ", "Sở Nội vụ"),  # whitespace runs, a line break in the source
    ("Ho\u0300a Bi\u0300nh", "Hòa Bình"),  # tone marks typed apart: NFC
    ("   ", ""), ("", ""),
    ("Sở Y tế<br>Sở Tài chính", "Sở Y tế\nSở Tài chính"),  # a line break: two lines
    ("Sở <b>Y</b> tế <!-- x --> chủ trì", "Sở Y tế chủ trì"),  # inline elements and a comment: one line
    ("<p>Sở Y tế</p><p> </p><p>Sở Tư pháp</p>", "Sở Y tế\nSở Tư pháp"),  # paragraphs: one line each
])
def test_a_cells_text_is_its_lines_in_nfc_with_whitespace_collapsed(write_text, cell, text):
    page = f"<html><body><table><tr><td>TT</td><td>Cơ quan</td></tr><tr><td>1</td><td>{cell}</td></tr></table></body></html>"
    table = next(b.table for b in html.read(write_text(page, "cell.html")).blocks if b.table is not None)
    assert table.grid()[1][1] == text


def test_breaks_a_site_printed_escaped_are_whitespace(write_text):
    """A page whose text carries its source's line breaks escaped ("ỦY BAN NHÂN DÂN \\r\\n TỈNH …") reads as the same
    page without them, in paragraphs and in cells."""
    escaped = PAGE.replace("<br>", " \\r\\n<br>").replace("<p>KẾ HOẠCH</p><p>Cải cách", "<p>\\r\\n KẾ HOẠCH \\r\\n</p><p>Cải\\r\\ncách")
    assert escaped.count("\\r\\n") > 5
    plain, with_escapes = process(write_text(PAGE, "a.html")), process(write_text(escaped, "b.html"))
    assert with_escapes.metadata.title == "Cải cách hành chính năm 2025"
    assert with_escapes.metadata.model_dump() == plain.metadata.model_dump()
    assert [t.model_dump(exclude={"where", "id"}) for t in with_escapes.tasks] == [t.model_dump(exclude={"where", "id"}) for t in plain.tasks]
    assert not any("\\r" in b.orig for b in with_escapes.blocks)


# A plan published on a commune's or a department's portal: the site prints the plan's name as the article's headline
# (an <h1>, a <div class="title">, a bold paragraph), then the posting date, then the document with its header table.
_HEADER_CELLS = {
    "paragraphs": ("<p>ỦY BAN NHÂN DÂN</p><p>XÃ CAM LỘ</p><p>Số: 35/KH-UBND</p>",
                   "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
                   "<p><i>Cam Lộ, ngày 10 tháng 3 năm 2026</i></p>"),
    "breaks": ("ỦY BAN NHÂN DÂN<br>XÃ CAM LỘ<br>Số: 35/KH-UBND",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập – Tự do – Hạnh phúc<br>Cam Lộ, ngày 10 tháng 3 năm 2026"),
}
_HEADLINES = {"h1": '<h1 class="title">{}</h1>', "div": '<div class="news-title">{}</div>', "bold": "<p><b>{}</b></p>"}


@pytest.mark.parametrize("cells", _HEADER_CELLS)
@pytest.mark.parametrize("headline", _HEADLINES)
@pytest.mark.parametrize("posted", ["", '<div class="meta">12/03/2026 08:15 | Lượt xem: 215</div>'])
def test_a_portals_headline_above_the_header_table_leaves_the_header_the_documents(write_text, cells, headline, posted):
    left, right = _HEADER_CELLS[cells]
    page = (f"<html><body><nav><a>Trang chủ</a> <a>Tin tức - Sự kiện</a></nav><main>"
            f"{_HEADLINES[headline].format('KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2026')}{posted}"
            f"<table><tr><td>{left}</td><td>{right}</td></tr></table>"
            "<p>KẾ HOẠCH</p><p>Triển khai công tác phòng, chống thiên tai năm 2026</p>"
            "<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>1. Chủ động phòng ngừa.</p>"
            "<table><tr><td><p>Nơi nhận:</p><p>- UBND tỉnh;</p><p>- Lưu: VT.</p></td>"
            "<td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Lê Văn Hùng</p></td></tr></table>"
            "</main><footer>Bản quyền thuộc UBND xã Cam Lộ</footer></body></html>")
    meta = process(write_text(page, "portal.html")).metadata
    assert (meta.number, meta.issued_date, meta.place) == ("35/KH-UBND", "2026-03-10", "Cam Lộ")
    assert meta.issuer.name == "ỦY BAN NHÂN DÂN XÃ CAM LỘ"
    assert meta.title == "Triển khai công tác phòng, chống thiên tai năm 2026"
    assert meta.signer.name == "Lê Văn Hùng"


def test_a_small_data_table_after_the_heading_is_not_unfolded_as_a_header(write_text):
    """A three-row table of totals after the heading holds "Cộng" but no motto: it stays a table."""
    page = ("<html><body><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG TRỊ<br>Số: 12/KH-UBND</td><td>CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Quảng Trị, ngày 9 tháng 3 năm 2026</td></tr></table>"
            "<p>KẾ HOẠCH</p><p>Phân bổ kinh phí năm 2026</p><p>I. KINH PHÍ</p>"
            "<table border='1'><tr><td>Sở Nội vụ</td><td>120</td></tr><tr><td>Sở Tư pháp</td><td>80</td></tr>"
            "<tr><td>Cộng</td><td>200</td></tr></table><p>II. TỔ CHỨC THỰC HIỆN</p></body></html>")
    doc = process(write_text(page, "totals.html"))
    assert any(b.table is not None and "Sở Tư pháp" in (b.text or "") for b in doc.body())
