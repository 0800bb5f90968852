"""Section trees of documents written by other hands (s24), each shape in several forms.

- A heading with no number, told only by its bold: a paragraph of its own all in bold ("Mục tiêu", "Nhiệm vụ và giải
  pháp"), in a DOCX (bold runs, a bold paragraph style), a web page (<b>, <strong>, <h3>, a bold inline style), a PDF
  (a bold face: its weight, else its name). It was
  the text of the node above it. It heads the list that starts under it; where the list goes on across it ("1." "2." /
  bold / "3.") it splits nothing; a bold sentence of the body is no heading, nor is a bold line in plain text.
- A number and its heading on two lines ("II." / "Nhiệm vụ trọng tâm", "1." / "Rà soát di tích"): the heading was
  left in the node's text (heading null) unless it was in capitals under a Roman part.
- A sub-item in small letters with no closing full stop ("2.1 triển khai …"): read as a figure and its unit, it was
  the text of the item above it; it is an item where it follows that item's numbering.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import html

import pytest
from docx import Document as Docx

from conftest import write_in_form
from pdfmaker import text_pdf
from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hà Nam, ngày 12 tháng 5 năm 2026", "KẾ HOẠCH",
          "Phát triển thư viện số năm 2026"]
CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Minh Quang"]
BOLD = "**"  # a line led by it is written all in bold


def _write(tmp_path, lines: list[str], form: str):
    """``lines`` as a document of ``form``, the lines led by BOLD in bold: "docx" (bold runs), "docx_style" (a bold
    paragraph style), "html_b", "html_strong", "html_h" (a heading tag), "html_style" (font-weight in a style
    attribute), "pdf" (a bold face), "md_strong" and "md_heading" (Markdown's "**…**", "### …"), or "text" (the marks
    dropped: plain text knows no bold)."""
    marked = [(line.startswith(BOLD), line.removeprefix(BOLD)) for line in lines]
    if form.startswith("md_"):  # Markdown: the line in strong emphasis, or a heading
        mark = "**{}**" if form == "md_strong" else "### {}"
        path = tmp_path / "doc.md"
        path.write_text("\n\n".join(mark.format(line) if bold else line for bold, line in marked) + "\n", encoding="utf-8")
        return path
    if form == "text":
        return write_in_form(tmp_path, [line for _, line in marked], "text")
    if form == "pdf":
        path = tmp_path / "doc.pdf"
        path.write_bytes(text_pdf([[(60.0, 40.0 + 16 * k, line) for k, (_, line) in enumerate(marked)]], size=10,
                                  bold=frozenset(line for bold, line in marked if bold)))
        return path
    if form.startswith("docx"):
        document = Docx()
        for bold, line in marked:
            if bold and form == "docx_style":
                document.add_paragraph(line, style="Heading 2")
            elif bold:
                document.add_paragraph().add_run(line).bold = True
            else:
                document.add_paragraph(line)
        path = tmp_path / "doc.docx"
        document.save(path)
        return path
    wrap = {"html_b": "<p><b>{}</b></p>", "html_strong": "<p><strong>{}</strong></p>", "html_h": "<h3>{}</h3>",
            "html_style": '<p style="font-weight: 700">{}</p>'}[form]
    path = tmp_path / "doc.html"
    path.write_text("<html><body>" + "".join((wrap if bold else "<p>{}</p>").format(html.escape(line)) for bold, line in marked)
                    + "</body></html>", encoding="utf-8")
    return path


def _run(tmp_path, body, form):
    return process(_write(tmp_path, [*HEADER, *body, *CLOSING], form))


def _tree(nodes) -> list:
    """(id, heading) of each node under the opening, children nested."""
    return [(n.id, n.heading, _tree(n.children)) for n in nodes if n.kind not in ("opening", "closing")]


BOLD_FORMS = ["docx", "docx_style", "html_b", "html_strong", "html_h", "html_style", "pdf", "md_strong", "md_heading"]

# ---------------------------------------------------------------------------------------------------
# Headings told by their bold


GROUPED = ["I. NHIỆM VỤ", f"{BOLD}Nhiệm vụ chung", "1. Số hóa tài liệu", "Các thư viện số hóa sách cổ.",
           "2. Đào tạo cán bộ", "Mở hai lớp tập huấn.", f"{BOLD}Nhiệm vụ cụ thể", "1. Sở Văn hóa", "Xây dựng phần mềm.",
           "2. Sở Tài chính", "Bố trí kinh phí.", "II. TỔ CHỨC THỰC HIỆN", "Các sở triển khai."]


@pytest.mark.parametrize("form", BOLD_FORMS)
def test_bold_headings_head_the_lists_under_them(tmp_path, form):
    doc = _run(tmp_path, GROUPED, form)
    assert _tree(doc.sections) == [
        ("sec_I", "NHIỆM VỤ", [
            ("sec_I__heading_1", "Nhiệm vụ chung", [("sec_I__heading_1__item_1", "Số hóa tài liệu", []),
                                                    ("sec_I__heading_1__item_2", "Đào tạo cán bộ", [])]),
            ("sec_I__heading_2", "Nhiệm vụ cụ thể", [("sec_I__heading_2__item_1", "Sở Văn hóa", []),
                                                     ("sec_I__heading_2__item_2", "Sở Tài chính", [])])]),
        ("sec_II", "TỔ CHỨC THỰC HIỆN", [])]
    assert [n.kind for n in doc.sections[1].children] == ["unnumbered", "unnumbered"]
    # each list restarts under its own heading: no number is repeated
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


def test_the_same_lines_in_plain_text_have_no_bold_headings(tmp_path):
    doc = _run(tmp_path, GROUPED, "text")
    assert [n.kind for n in doc.sections[1].children] == ["arabic"] * 4
    assert "Nhiệm vụ cụ thể" in doc.sections[1].children[1].text


DASHES = ["I. MỤC ĐÍCH, YÊU CẦU", f"{BOLD}Mục đích", "- Bảo tồn sách cổ.", "- Phục vụ bạn đọc.", f"{BOLD}Yêu cầu",
          "Bảo đảm an toàn dữ liệu.", "- Đúng tiến độ.", "II. NHIỆM VỤ", "1. Số hóa tài liệu", "Các thư viện số hóa."]


@pytest.mark.parametrize("form", BOLD_FORMS)
def test_bold_headings_over_bullets_and_text(tmp_path, form):
    doc = _run(tmp_path, DASHES, form)
    first = doc.sections[1]
    assert [(n.heading, n.text, [d.label for d in n.children]) for n in first.children] == [
        ("Mục đích", "", ["-", "-"]), ("Yêu cầu", "Bảo đảm an toàn dữ liệu.", ["-"])]
    assert [n.id for n in doc.sections[2:-1]] == ["sec_II"]


ONE_LIST = ["I. NHIỆM VỤ", "1. Số hóa tài liệu", "Các thư viện số hóa.", "2. Đào tạo cán bộ", "Mở lớp tập huấn.",
            f"{BOLD}Nhiệm vụ năm 2027", "Tiếp tục các việc trên.", "3. Sở Văn hóa", "Xây dựng phần mềm.", "II. TỔ CHỨC THỰC HIỆN",
            "Các sở triển khai."]


@pytest.mark.parametrize("form", ["docx", "html_b", "pdf"])
def test_a_bold_line_inside_a_numbered_list_splits_nothing(tmp_path, form):
    doc = _run(tmp_path, ONE_LIST, form)
    items = doc.sections[1].children
    assert [n.id for n in items] == ["sec_I__item_1", "sec_I__item_2", "sec_I__item_3"]
    assert [(n.kind, n.heading, n.text) for n in items[1].children] == [("unnumbered", "Nhiệm vụ năm 2027", "Tiếp tục các việc trên.")]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


@pytest.mark.parametrize("form", ["docx", "html_strong", "pdf"])
@pytest.mark.parametrize("line", ["Các sở khẩn trương hoàn thành trước ngày 30 tháng 6 năm 2026.",
                                  "Đây là nhiệm vụ trọng tâm, xuyên suốt của các cấp, các ngành trong cả giai đoạn tới",
                                  "chú ý bảo mật dữ liệu"])
def test_a_bold_sentence_of_the_body_is_no_heading(tmp_path, form, line):
    doc = _run(tmp_path, ["I. NHIỆM VỤ", "1. Số hóa tài liệu", "Các thư viện số hóa.", f"{BOLD}{line}", "2. Đào tạo cán bộ",
                          "Mở lớp."], form)
    items = doc.sections[1].children
    assert [(n.id, n.children) for n in items] == [("sec_I__item_1", []), ("sec_I__item_2", [])]
    assert items[0].text.splitlines() == ["Các thư viện số hóa.", line]


@pytest.mark.parametrize("form", ["docx", "html_b", "pdf"])
def test_a_bold_item_is_an_item(tmp_path, form):
    """A numbered line in bold is its label's node, as it is in any weight."""
    doc = _run(tmp_path, ["I. NHIỆM VỤ", f"{BOLD}1. Số hóa tài liệu", "Các thư viện số hóa.", f"{BOLD}2. Đào tạo cán bộ",
                          "Mở lớp."], form)
    assert [(n.kind, n.heading) for n in doc.sections[1].children] == [("arabic", "Số hóa tài liệu"), ("arabic", "Đào tạo cán bộ")]


# ---------------------------------------------------------------------------------------------------
# A number alone on its line, its heading on the next


FORMS = ["text", "docx", "html", "pdf"]
SPLIT = ["I.", "Mục đích, yêu cầu", "Bảo tồn sách cổ.", "II.", "NHIỆM VỤ TRỌNG TÂM", "1.", "Số hóa tài liệu",
         "Các thư viện số hóa.", "2.", "Đào tạo cán bộ", "a)", "Tập huấn nghiệp vụ", "Mở lớp.", "III.", "Tổ chức thực hiện",
         "Các sở triển khai."]


@pytest.mark.parametrize("form", FORMS)
def test_a_number_and_its_heading_on_two_lines(tmp_path, form):
    doc = process(write_in_form(tmp_path, [*HEADER, *SPLIT, *CLOSING], form))
    nodes = {n.id: n for top in doc.sections for n in top.walk()}
    assert [(i, nodes[i].heading, nodes[i].text) for i in ("sec_I", "sec_II", "sec_II__item_1", "sec_II__item_2",
                                                           "sec_II__item_2__point_a", "sec_III")] == [
        ("sec_I", "Mục đích, yêu cầu", "Bảo tồn sách cổ."), ("sec_II", "NHIỆM VỤ TRỌNG TÂM", ""),
        ("sec_II__item_1", "Số hóa tài liệu", "Các thư viện số hóa."), ("sec_II__item_2", "Đào tạo cán bộ", ""),
        ("sec_II__item_2__point_a", "Tập huấn nghiệp vụ", "Mở lớp."), ("sec_III", "Tổ chức thực hiện", "Các sở triển khai.")]


@pytest.mark.parametrize("line", ["Các thư viện số hóa sách cổ.", "các thư viện phối hợp thực hiện",
                                  "Giao các thư viện huyện:"])
def test_a_sentence_under_a_lone_number_stays_its_text(tmp_path, line):
    doc = process(write_in_form(tmp_path, [*HEADER, "I. NHIỆM VỤ", "1.", line, "Mở lớp.", "2. Đào tạo", "Mở lớp.", *CLOSING], "text"))
    first = doc.sections[1].children[0]
    assert (first.heading, first.text.splitlines()) == (None, [line, "Mở lớp."])


# ---------------------------------------------------------------------------------------------------
# Sub-items in small letters


SMALL = ["I. NHIỆM VỤ", "1. Số hóa tài liệu", "1.1 rà soát kho sách cổ", "Các thư viện rà soát.", "1.2 số hóa sách quý",
         "Thuê đơn vị tư vấn.", "2. Mở rộng kho", "Diện tích mở rộng", "12.5 ha đất được giao thêm.", "2.1 xây dựng kho mới",
         "Sở Xây dựng chủ trì.", "II. TỔ CHỨC THỰC HIỆN", "Các sở triển khai."]


@pytest.mark.parametrize("form", FORMS)
def test_sub_items_in_small_letters(tmp_path, form):
    doc = process(write_in_form(tmp_path, [*HEADER, *SMALL, *CLOSING], form))
    items = doc.sections[1].children
    assert [(n.label, n.heading, [(c.label, c.heading, c.text) for c in n.children]) for n in items] == [
        ("1.", "Số hóa tài liệu", [("1.1", "rà soát kho sách cổ", "Các thư viện rà soát."),
                                   ("1.2", "số hóa sách quý", "Thuê đơn vị tư vấn.")]),
        ("2.", "Mở rộng kho", [("2.1", "xây dựng kho mới", "Sở Xây dựng chủ trì.")])]
    # a figure and its unit that follows no item's numbering stays text
    assert items[1].text.splitlines() == ["Diện tích mở rộng", "12.5 ha đất được giao thêm."]


@pytest.mark.parametrize("form", ["docx", "html_b", "pdf"])
def test_a_bold_heading_wrapped_onto_two_lines_is_one_heading(tmp_path, form):
    doc = _run(tmp_path, ["I. NHIỆM VỤ", f"{BOLD}Nhiệm vụ số hóa tài liệu và", f"{BOLD}phát triển thư viện số", "1. Số hóa",
                          "Các thư viện số hóa.", "2. Đào tạo", "Mở lớp."], form)
    [group] = doc.sections[1].children
    assert (group.kind, group.heading, [n.label for n in group.children]) == (
        "unnumbered", "Nhiệm vụ số hóa tài liệu và phát triển thư viện số", ["1.", "2."])


@pytest.mark.parametrize("form", ["docx", "html_b", "pdf"])
@pytest.mark.parametrize("tail", [[f"{BOLD}Thủ tướng Chính phủ", f"{BOLD}Nguyễn Văn An"], [f"{BOLD}XII", "Các thư viện mở cửa."],
                                  [f"{BOLD}ĐẦU TƯ, SỬ", f"{BOLD}DỤNG"]])
def test_bold_lines_that_head_nothing_or_go_on_a_line_are_no_headings(tmp_path, form, tail):
    """The last bold lines of a part with nothing under them (a signer's title and name where no closing was found),
    a bold word alone, a bold line under another bold line that is no heading."""
    lines = [*HEADER, "I. NHIỆM VỤ", "1. Số hóa tài liệu", "Các thư viện số hóa.", *tail]
    doc = process(_write(tmp_path, lines, form))
    [item] = doc.sections[1].children
    assert item.children == [] and item.text.splitlines()[-len(tail):] == [line.removeprefix(BOLD) for line in tail]
