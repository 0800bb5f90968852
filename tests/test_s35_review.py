"""The review of the s35 metadata and structure merge (s35-blind35, s35-structure9): each case changed output that was
right before it. A table's caption at the top of a page in the middle of the body, a title wrapped at the words "dự
thảo", the Party's central boards under "BAN CHẤP HÀNH TRUNG ƯƠNG", an English "Date:" in a title's words, a Word
column break in a web page."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK

from page_fields import processed
from parsers.html import _PAGE_BREAK_STYLE
from pdfmaker import text_pdf
from pipeline.run import process
from test_structure_s34 import PLAN_CLOSING, PLAN_HEADER, TASK_TABLE
from test_structure_s35 import _table

# 1. A table's caption at the top of a page (a landscape section, a page break) with the body going on after its table

ABOVE = [*PLAN_HEADER, "I. KẾT QUẢ NĂM 2025", "1. Thu ngân sách", "Kết quả thu như biểu sau:"]
CAPTION = "Biểu 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025"
# what follows the table: the body's numbering going on and its closing, the numbering alone (a copy without its
# closing), the closing alone (the table in the last part), a Roman part alone
AFTER = {
    "numbered_and_closing": (["2. Chi ngân sách", "Chi đúng dự toán.", "II. NHIỆM VỤ NĂM 2026", "1. Tăng thu ngân sách.",
                              "III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai kế hoạch này.", *PLAN_CLOSING],
                             [("roman", "I", ["1", "2"]), ("roman", "II", ["1"]), ("roman", "III", []), ("closing", None, [])]),
    "numbered_only": (["2. Chi ngân sách", "Chi đúng dự toán."], [("roman", "I", ["1", "2"])]),
    "roman_only": (["II. NHIỆM VỤ NĂM 2026", "Tăng thu ngân sách."], [("roman", "I", ["1"]), ("roman", "II", [])]),
    "closing_only": (["Các sở triển khai kế hoạch này.", *PLAN_CLOSING], [("roman", "I", ["1"]), ("closing", None, [])]),
}


def _docx(path, how: str, after: list[str]):
    document = Docx()
    for line in ABOVE:
        document.add_paragraph(line)
    if how == "landscape_section":  # the usual way to put a wide table in the body: a section of its own
        document.add_section(WD_SECTION.NEW_PAGE).orientation = WD_ORIENT.LANDSCAPE
    else:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(CAPTION)
    _table(document, TASK_TABLE)
    if how == "landscape_section":
        document.add_section(WD_SECTION.NEW_PAGE)
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return path


def _html(path, after: list[str]):
    rows = [TASK_TABLE[k : k + 4] for k in range(0, len(TASK_TABLE), 4)]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    paragraphs = lambda lines: "".join(f"<p>{line}</p>" for line in lines)  # noqa: E731
    path.write_text("<html><body>" + paragraphs(ABOVE) + f"<p style='page-break-before:always'>{CAPTION}</p>" + table
                    + paragraphs(after) + "</body></html>", encoding="utf-8")
    return path


def _pdf(path, after: list[str]):
    page = lambda lines: [(60.0, 60.0 + 18 * k, text) for k, text in enumerate(lines)]  # noqa: E731
    path.write_bytes(text_pdf([page(ABOVE), page([CAPTION, *TASK_TABLE]), page(after)], size=10))
    return path


def _outline(doc):
    return [(n.kind, n.number, [c.number for c in n.children if c.kind == "arabic"]) for n in doc.sections if n.kind != "opening"]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("form", ["docx_landscape_section", "docx_page_break", "html", "pdf"])
def test_a_caption_at_the_top_of_a_page_with_the_body_after_its_table_stays_the_bodys(tmp_path, form, after):
    lines, expected = AFTER[after]
    if form.startswith("docx"):
        path = _docx(tmp_path / "plan.docx", form.removeprefix("docx_"), lines)
    elif form == "html":
        path = _html(tmp_path / "plan.html", lines)
    else:
        path = _pdf(tmp_path / "plan.pdf", lines)
    doc = process(path)
    assert _outline(doc) == expected


# 2. "dự thảo" as a title's words

WRAPPED_TITLES = {
    ("Tổ chức lấy ý kiến nhân dân về", "dự thảo", "Luật Đất đai (sửa đổi)"): "Tổ chức lấy ý kiến nhân dân về dự thảo Luật Đất đai (sửa đổi)",
    ("TỔ CHỨC LẤY Ý KIẾN NHÂN DÂN VỀ", "DỰ THẢO", "LUẬT ĐẤT ĐAI (SỬA ĐỔI)"): "TỔ CHỨC LẤY Ý KIẾN NHÂN DÂN VỀ DỰ THẢO LUẬT ĐẤT ĐAI (SỬA ĐỔI)",
    ("Góp ý các", "dự thảo", "văn bản quy phạm pháp luật"): "Góp ý các dự thảo văn bản quy phạm pháp luật",
    ("TUYÊN TRUYỀN, LẤY Ý KIẾN ĐỐI VỚI", "DỰ THẢO", "NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"):
        "TUYÊN TRUYỀN, LẤY Ý KIẾN ĐỐI VỚI DỰ THẢO NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH",
    ("Lấy ý kiến về Luật Đất đai (dự thảo)",): "Lấy ý kiến về Luật Đất đai (dự thảo)",
    ("Thẩm định Quy hoạch tỉnh (dự thảo)",): "Thẩm định Quy hoạch tỉnh (dự thảo)",
    # a note: bracketed with its round or date, or in capitals after words that are not, or under a whole title
    ("Công tác năm 2026 (Dự thảo lần 2)",): "Công tác năm 2026",
    ("Công tác năm 2026 (DỰ THẢO)",): "Công tác năm 2026",
    ("Phát triển nghề nuôi ong giai đoạn 2026 - 2030 (dự thảo)",): "Phát triển nghề nuôi ong giai đoạn 2026 - 2030",
    ("Công tác năm 2026", "(Dự thảo lần 2)"): "Công tác năm 2026",
    ("Công tác năm 2026", "DỰ THẢO"): "Công tác năm 2026",
    ("Góp ý các văn bản", "Dự thảo 15/11"): "Góp ý các văn bản",
}


def _plan(title: tuple[str, ...], header=("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"), position="CHỦ TỊCH") -> list[str]:
    return [*header, "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 20/KH-UBND",
            "Nghệ An, ngày 01 tháng 10 năm 2025", "KẾ HOẠCH", *title, "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao chất lượng công tác.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", position, "Bùi Văn Hùng"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("title", WRAPPED_TITLES)
def test_draft_words_in_a_title_stay_and_a_drafts_note_goes(tmp_path, form, title):
    assert processed(tmp_path, _plan(title), form).metadata.title == WRAPPED_TITLES[title]


# 3. The Party's central boards under "BAN CHẤP HÀNH TRUNG ƯƠNG", and mass organisations' central committees

BOARDS = {
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC", "*"): ("BAN TỔ CHỨC", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*"): ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG", "*"): ("VĂN PHÒNG", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA", "*"): ("ỦY BAN KIỂM TRA", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    # guards: an organisation's central committee over or under its name is one issuer
    ("HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"): ("BAN CHẤP HÀNH TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM", None),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH"): ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", None),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header", BOARDS)
def test_a_central_board_is_under_the_central_committee(tmp_path, form, header):
    issuer = processed(tmp_path, _plan(("Công tác năm 2026",), header=header, position="TRƯỞNG BAN"), form).metadata.issuer
    assert (issuer.name, issuer.parent) == BOARDS[header]


# 4. A signature appearance's English words in a title's sentence, and the appearance's own shape run on after a title

ENGLISH_TITLES = {
    "Cách điền mục Date: và Location: trong biểu mẫu điện tử": "Cách điền mục Date: và Location: trong biểu mẫu điện tử",
    "Xử lý tệp báo Signature Not Verified khi mở": "Xử lý tệp báo Signature Not Verified khi mở",
    "Dùng chức năng Digitally signed by trên phần mềm": "Dùng chức năng Digitally signed by trên phần mềm",
    "Công tác năm 2026 Date:2026.12.04 10:15:00 +07:00": "Công tác năm 2026",
    "Công tác năm 2026 Digitally signed by Nguyễn Văn Bình": "Công tác năm 2026",
    "Công tác năm 2026 Signature Not Verified": "Công tác năm 2026",
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("title", ENGLISH_TITLES)
def test_a_signature_appearances_words_cut_a_title_only_in_their_shape(tmp_path, form, title):
    assert processed(tmp_path, _plan((title,)), form).metadata.title == ENGLISH_TITLES[title]


# 5. A web page's column break is no page break

@pytest.mark.parametrize("style, breaks", [
    ("mso-column-break-before:always", False), ("mso-column-break-after: always", False), ("column-break-before:always", False),
    ("page-break-before:always", True), ("mso-special-character:line-break;page-break-before:always", True),
    ("break-after: page", True), ("color:red;break-before:page", True),
])
def test_a_column_break_is_no_page_break(style, breaks):
    assert bool(_PAGE_BREAK_STYLE.search(style)) is breaks
