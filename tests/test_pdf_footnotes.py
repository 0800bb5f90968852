"""Footnotes in a text PDF: the reference marks and the notes.

A plan made in Word and saved as PDF prints a footnote's reference mark as a figure raised in a smaller font right
after a word or a stop ("tỉnh¹", "năm 2026.¹"); the text layer glues it to the word: "Sở Tư pháp1" was a body the
registry does not know, "2026.1" a number. The note at the page's foot starts with its mark glued to its first word
("1Quyết định số 1234/QĐ-UBND …": LibreOffice prints that mark in the note's own size), so the document it cites was
not read. Marks are now left out of the text, as the DOCX reader leaves Word's out, and a note's mark is set apart
from its first word. A raised figure after a unit ("m²") is an exponent and stays; a figure in the line's own size
("khoản 2.1") is no mark. Notes under a paragraph that goes on to the next page cut it: they are put after the line
that ends it. Layout, names and numbers made up for the test.
"""

import shutil
from html import escape

import pytest
from PIL import ImageFont
from pdfmaker import SERIF, text_pdf

from parsers import pdf as pdf_reader
from pipeline.run import process
from task_layouts.render import convert

SIZE = 13.0
MARK = 8.0  # a superscript's size (Word: two thirds of the text's)
HEAD = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Ninh Bình, ngày 5 tháng 5 năm 2026", "KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2026", "I. NHIỆM VỤ"]
CLOSING = ["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Sơn"]


def _width(text: str, size: float) -> float:
    return ImageFont.truetype(str(SERIF), size).getlength(text)


def _with_mark(x: float, top: float, text: str, mark: str, size: float = SIZE, mark_size: float = MARK) -> list[tuple]:
    """A line whose last word carries a raised mark, drawn right after it as Word draws a superscript."""
    return [(x, top, text, size), (x + _width(text, size), top - size * 0.1, mark, mark_size)]


def _page(body: list, notes: list | None = None) -> bytes:
    """HEAD, then ``body`` (a line's text, or its pieces), then CLOSING; ``notes`` at the page's foot."""
    pieces, top = [], 40.0
    for line in [*HEAD, *body, *CLOSING]:
        pieces += [(60.0, top, line, SIZE)] if isinstance(line, str) else [(px, top + dt, t, s) for px, dt, t, s in line]
        top += 20
    for line in notes or []:
        pieces += line
    return text_pdf([pieces], size=SIZE)


def _lines(tmp_path, data: bytes) -> list[str]:
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    return [b.orig for b in pdf_reader.read(path).blocks if b.layer.value == "body"]  # a page's number aside


def _mark_line(text: str, mark: str) -> list[tuple]:
    return _with_mark(60.0, 0.0, text, mark)  # tops relative to the line's, which _page adds


@pytest.mark.parametrize("text, mark, read", [
    ("1. Rà soát thủ tục hành chính theo Quyết định của Ủy ban nhân dân tỉnh", "1",
     "1. Rà soát thủ tục hành chính theo Quyết định của Ủy ban nhân dân tỉnh"),
    ("2. Hoàn thành trong năm 2026.", "2", "2. Hoàn thành trong năm 2026."),
    ("3. Thực hiện theo Kế hoạch số 12/KH-UBND;", "12", "3. Thực hiện theo Kế hoạch số 12/KH-UBND;"),
])
def test_a_raised_mark_is_left_out_of_the_line(tmp_path, text, mark, read):
    assert read in _lines(tmp_path, _page([_mark_line(text, mark)]))


@pytest.mark.parametrize("text, mark, read", [
    ("6. Tỷ lệ hồ sơ trực tuyến đạt 70", "1", "6. Tỷ lệ hồ sơ trực tuyến đạt 70"),  # a number standing alone: not 701
    ("7. Số lao động có việc làm mới 18", "2", "7. Số lao động có việc làm mới 18"),
    ("8. Kế hoạch năm 2026", "3", "8. Kế hoạch năm 2026"),
])
def test_a_raised_mark_after_a_number_standing_alone_is_left_out(tmp_path, text, mark, read):
    """A target cell's "70¹" (the mark refers to a note under the table) was read "701": a confident wrong number."""
    assert read in _lines(tmp_path, _page([_mark_line(text, mark)]))


def test_an_exponent_after_a_unit_and_a_figure_in_the_lines_size_stay(tmp_path):
    lines = _lines(tmp_path, _page([_mark_line("4. Cải tạo 250 m", "2"), "5. Thực hiện khoản 2.1 Điều 3 của Quy chế.",
                                    "6. Đạt 701 hồ sơ trong năm 2026."]))
    assert "4. Cải tạo 250 m2" in lines
    assert "5. Thực hiện khoản 2.1 Điều 3 của Quy chế." in lines
    assert "6. Đạt 701 hồ sơ trong năm 2026." in lines  # a number's figures all in the line's size stay


def test_a_body_with_a_mark_is_still_the_body(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(_page([_mark_line("1. Sở Tư pháp", "1"), "chủ trì rà soát văn bản quy phạm pháp luật, hoàn thành trong quý III/2026."]))
    assignments = process(path).assignments
    assert [(a.agency.name, a.agency.agency_id) for a in assignments] == [("Sở Tư pháp", "ninh-binh/so-tu-phap")]


@pytest.mark.parametrize("note_mark_size", [MARK, 10.0], ids=["raised mark", "mark in the note's size"])
def test_a_note_at_the_foot_is_read_with_its_mark_apart(tmp_path, note_mark_size):
    note = [(60.0, 780.0, "1", note_mark_size),
            (60.0 + _width("1", note_mark_size), 780.0, "Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh.", 10.0)]
    path = tmp_path / "plan.pdf"
    path.write_bytes(_page([_mark_line("1. Triển khai Chương trình chuyển đổi số của tỉnh", "1")], notes=[note]))
    doc = process(path)
    assert "1 Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh." in [b.orig for b in doc.blocks]
    assert "1234/QĐ-UBND" in [c.number for c in doc.metadata.cited_documents]


@pytest.mark.parametrize("line", ["5G phủ sóng toàn tỉnh.", "3D hóa bản đồ địa chính."])
def test_a_figure_glued_to_capitals_is_no_note(tmp_path, line):
    assert line in _lines(tmp_path, _page([line]))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_plan_with_a_footnote_printed_by_libreoffice(tmp_path):
    """The same through a word processor: an OpenDocument file with a footnote, printed to PDF by LibreOffice."""
    note = ('<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            '<text:p>Quyết định số 1234/QĐ-UBND ngày 10 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh.</text:p></text:note-body></text:note>')
    paragraphs = [escape(t) for t in [*HEAD, "1. Sở Tư pháp chủ trì rà soát văn bản theo Chương trình của tỉnh"]]
    paragraphs[-1] += note
    paragraphs += [escape(t) for t in ["hoàn thành trong quý III/2026.", *CLOSING]]
    body = "".join(f"<text:p>{t}</text:p>" for t in paragraphs)
    (tmp_path / "plan.fodt").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
        f'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>{body}</office:text></office:body></office:document>',
        encoding="utf-8")
    convert([tmp_path / "plan.fodt"], "pdf", tmp_path)  # its own LibreOffice profile: test workers convert at once
    doc = process(tmp_path / "plan.pdf")
    lines = [b.orig for b in doc.blocks]
    assert "1. Sở Tư pháp chủ trì rà soát văn bản theo Chương trình của tỉnh" in lines
    assert "1234/QĐ-UBND" in [c.number for c in doc.metadata.cited_documents]


def _two_pages(first_page_ends: str) -> bytes:
    """Page 1: HEAD and a paragraph whose first line carries mark 1, ending with ``first_page_ends``; a note at the
    foot. Page 2: the paragraph's last line (when page 1 did not end it), then CLOSING."""
    page1, top = [], 40.0
    for line in HEAD:
        page1.append((60.0, top, line, SIZE))
        top += 20
    page1 += [(x, top + dt, t, s) for x, dt, t, s in _mark_line("1. Sở Tư pháp chủ trì rà soát văn bản theo Chương trình", "1")]
    page1.append((60.0, top + 20, first_page_ends, SIZE))
    page1 += [(60.0, 770.0, "1", MARK), (60.0 + _width("1", MARK), 772.0, "Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của", 10.0),
              (60.0, 784.0, "Ủy ban nhân dân tỉnh về chuyển đổi số.", 10.0), (290.0, 810.0, "1", 10.0)]  # the page's number
    page2, top = [], 40.0
    for line in ["hoàn thành trong quý III/2026."] + CLOSING if not first_page_ends.endswith(".") else CLOSING:
        page2.append((60.0, top, line, SIZE))
        top += 20
    return text_pdf([page1, page2], size=SIZE)


def test_notes_under_a_paragraph_going_on_come_after_its_end(tmp_path):
    lines = _lines(tmp_path, _two_pages("chuyển đổi số của tỉnh, bảo đảm tiến độ,"))
    paragraph_end = lines.index("hoàn thành trong quý III/2026.")
    assert lines[paragraph_end + 1 : paragraph_end + 3] == [
        "1 Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của", "Ủy ban nhân dân tỉnh về chuyển đổi số."]
    assert lines[paragraph_end - 1] == "chuyển đổi số của tỉnh, bảo đảm tiến độ,"
    path = tmp_path / "plan.pdf"
    assert "1234/QĐ-UBND" in [c.number for c in process(path).metadata.cited_documents]


def test_notes_under_a_paragraph_ending_on_their_page_stay(tmp_path):
    lines = _lines(tmp_path, _two_pages("chuyển đổi số của tỉnh trong quý III/2026."))
    note = lines.index("1 Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của")
    assert lines[note - 1] == "chuyển đổi số của tỉnh trong quý III/2026." and lines[note + 2] == "Nơi nhận:"


# A letter whose paragraphs its editor wrapped (the lines that go on start in small letters), with three notes at the
# foot in 10 points, each of whose first lines fills the width as the wrapped body's do.
WRAPPED_BODY = [
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về kiểm tra điều kiện an toàn trong",
    "vận chuyển vật liệu nổ công nghiệp trên địa bàn, các sở, ngành đã phối hợp chặt",
    "chẽ với chính quyền địa phương, tổ chức kiểm tra định kỳ và đột xuất đối với các",
    "doanh nghiệp hoạt động vật liệu nổ, xử lý nghiêm các trường hợp vi phạm theo quy",
    "định của pháp luật, bảo đảm an toàn tuyệt đối cho người và tài sản của Nhân dân.",
    ("Căn cứ Luật số 42/2024/QH15", "1"),
    "và Nghị định số 105/2025/NĐ-CP của Chính phủ, việc cấp giấy phép vận chuyển được",
    ("thực hiện theo Quy chuẩn QCVN 01:2019/BCT", "2"),
    "và hướng dẫn của Bộ Công Thương tại Thông tư số 13/2018/TT-BCT về quản lý an toàn",
    ("trong hoạt động vật liệu nổ công nghiệp", "3"),
    "để bảo đảm thống nhất trên phạm vi toàn tỉnh.",
]
NOTE_LINES = [
    ("1", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 ngày 29 tháng 6 năm 2024"),
    ("2", "Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất, thử nghiệm, nghiệm thu, bảo quản, vận chuyển"),
    (None, "vật liệu nổ công nghiệp ban hành kèm theo Thông tư số 13/2018/TT-BCT ngày 15/6/2018"),
    ("3", "Nghị định số 71/2018/NĐ-CP ngày 15 tháng 5 năm 2018 quy định chi tiết Luật Quản lý, sử dụng vũ khí"),
]


def _letter_with_notes(lone_mark_rise: float) -> bytes:
    """The wrapped letter; note 3's mark drawn ``lone_mark_rise`` points above its line (pdfium then gives the
    raised figure to the end of the line above)."""
    pieces, top = [], 40.0
    for line in HEAD[:5] + ["V/v kiểm tra an toàn vật liệu nổ", "Kính gửi: Bộ Công Thương."]:
        pieces.append((60.0, top, line, SIZE))
        top += 20
    for line in WRAPPED_BODY:
        pieces += [(60.0, top, line, SIZE)] if isinstance(line, str) else [(x, top + dt, t, s) for x, dt, t, s in _mark_line(*line)]
        top += 17
    for line in CLOSING:
        top += 20
        pieces.append((60.0, top, line, SIZE))
    top = 730.0
    for mark, text in NOTE_LINES:
        if mark is None:
            pieces.append((60.0, top, text, 10.0))
        else:
            rise = lone_mark_rise if mark == "3" else 1.0
            pieces += [(60.0, top - rise, mark, MARK), (60.0 + _width(mark + " ", MARK), top, text, 10.0)]
        top += 12
    return text_pdf([pieces], size=SIZE)


@pytest.mark.parametrize("lone_mark_rise", [1.0, 9.0], ids=["mark on its line", "mark at the end of the line above"])
def test_notes_filling_the_width_stay_apart(tmp_path, lone_mark_rise):
    path = tmp_path / "letter.pdf"
    path.write_bytes(_letter_with_notes(lone_mark_rise))
    doc = process(path)
    texts = [b.text for b in doc.blocks]
    assert f"1 {NOTE_LINES[0][1]}" in texts
    assert f"2 {NOTE_LINES[1][1]} {NOTE_LINES[2][1]}" in texts  # a note's own lines still joined
    assert f"3 {NOTE_LINES[3][1]}" in texts
    cited = [c.number for c in doc.metadata.cited_documents]
    assert "71/2018/NĐ-CP" in cited and "13/2018/TT-BCT" in cited


def _note_blocks(lines: list[str]) -> list:
    from pipeline.model import Block, Provenance

    return [Block(id=f"b{k:04d}", orig=line, prov=Provenance(reader="pdf", page=1, line_start=k, line_end=k))
            for k, line in enumerate(lines, start=40)]


@pytest.mark.parametrize("lines, notes", [
    # the mark alone on its line (realdocs2/116's third note)
    (["2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều",
      "và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "3", " QCVN 01:2019/BCT quy chuẩn kỹ thuật"],
     ["2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ quy định chi tiết một số điều|và biện pháp thi hành "
      "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "3 QCVN 01:2019/BCT quy chuẩn kỹ thuật"]),
    # the mark at the end of the line above
    (["4 Thông tư số 13/2018/TT-BCT ngày 15/6/2018 5", "Nghị định số 71/2018/NĐ-CP"],
     ["4 Thông tư số 13/2018/TT-BCT ngày 15/6/2018", "5 Nghị định số 71/2018/NĐ-CP"]),
    # a figure that is not the next note's number stays where it is
    (["1 Quyết định số 12/QĐ-UBND, phụ lục 3", "kèm theo, mục 2", "2 Kế hoạch số 45/KH-UBND"],
     ["1 Quyết định số 12/QĐ-UBND, phụ lục 3|kèm theo, mục 2", "2 Kế hoạch số 45/KH-UBND"]),
])
def test_note_paragraphs(lines, notes):
    from parsers.footnotes import note_paragraphs

    read, paragraphs = note_paragraphs(_note_blocks(lines)), []
    for block in read:
        if block.starts_paragraph or not paragraphs:
            paragraphs.append(block.orig)
        else:
            paragraphs[-1] += "|" + block.orig
    assert paragraphs == notes


@pytest.mark.parametrize("text, mark, read", [
    ("9. Tổng số vi khuẩn không quá 10", "5", "9. Tổng số vi khuẩn không quá 105"),  # 10⁵: an exponent, as before
    ("10. Lượng nước thải 1,5 x 10", "3", "10. Lượng nước thải 1,5 x 103"),
    ("11. Thực hiện theo Điều 10", "1", "11. Thực hiện theo Điều 10"),  # an article's number: a note's mark
])
def test_a_raised_figure_after_ten_standing_alone_is_its_exponent(tmp_path, text, mark, read):
    """A power of ten in a technical annex ("không quá 10⁵ CFU/g") keeps its exponent where it was read (glued, as the
    readers always read a raised figure they keep); the note's mark after a number standing alone is left out only
    when that number is no power's base. An article's "10" is a number a mark follows."""
    assert read in _lines(tmp_path, _page([_mark_line(text, mark)]))
