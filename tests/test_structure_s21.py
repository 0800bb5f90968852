"""Section trees, annexes and citations in shapes the samples do not print (s21), each in several forms.

- Groups lettered with a dash for the full stop ("A – MỤC TIÊU" / "B – NHIỆM VỤ" / "C – TỔ CHỨC THỰC HIỆN"): groups A,
  B, C; "C" is no Roman hundred. A word glued to a letter by a dash ("E-GOV …") is no group.
- A Roman number glued to a word by a dash or bare before it ("X-QUANG …", "V-LEAGUE …", "III NỘI DUNG" after "II."):
  a part only where it follows the part before it; otherwise body text.
- A figure with a decimal comma alone on its line ("94,5", a flattened table's value): text, no item "94.5".
- An item whose label line holds its heading and its text after a colon ("1. Mục tiêu: Nâng cao …"): headed when a
  sibling has a heading of its own; a list of bodies and their tasks ("1. Sở Y tế: Chủ trì …") stays text.
- "Phụ lục 01" / "Phụ lục số 2" with its title in sentence case above its "(Kèm theo …)" line; an annex whose own
  header (issuer, motto, number, date) is printed ABOVE its "PHỤ LỤC" line: the header is the annex's, not the closing's.
- A citation a web page split over two paragraphs ("Căn cứ Nghị định số" | "07/2026/NĐ-CP ngày …"): read whole.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

FORMS = ["text", "docx", "html", "pdf"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 88/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Hà Nam, ngày 9 tháng 5 năm 2026"]
CLOSING = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Thị Lan"]


def _run(tmp_path, body, form, closing=CLOSING, after=()):
    lines = [*HEADER, "KẾ HOẠCH", "Phát triển thư viện số năm 2026", *body, *closing, *after]
    return process(write_in_form(tmp_path, lines, form))


def _numbering(doc):
    return [w.message for w in doc.warnings if w.code.startswith("numbering")]


# ---------------------------------------------------------------------------------------------------
# Lettered groups


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("dash", [" – ", "- ", " - ", " —"])
def test_groups_lettered_with_a_dash(tmp_path, form, dash):
    body = [f"A{dash}MỤC TIÊU", "Số hóa tài liệu của thư viện tỉnh.", f"B{dash}NHIỆM VỤ", "1. Số hóa tài liệu cổ",
            "Hoàn thành trong năm.", f"C{dash}TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì./."]
    doc = _run(tmp_path, body, form)
    groups = [(s.id, s.kind, s.number, s.heading) for s in doc.sections if s.kind not in ("opening", "closing")]
    assert groups == [("group_A", "upper_letter", "A", "MỤC TIÊU"), ("group_B", "upper_letter", "B", "NHIỆM VỤ"),
                      ("group_C", "upper_letter", "C", "TỔ CHỨC THỰC HIỆN")]
    assert [c.id for c in doc.sections[2].children] == ["group_B__item_1"]
    assert not _numbering(doc)


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("mark", [".", " –"])
def test_groups_above_roman_parts(tmp_path, form, mark):
    body = [f"A{mark} KẾT QUẢ NĂM 2025", "I. CÔNG TÁC CHỈ ĐẠO", "Đã ban hành kế hoạch.", "II. KẾT QUẢ CỤ THỂ", "Đạt.",
            f"B{mark} NHIỆM VỤ NĂM 2026", "I. NHIỆM VỤ CHUNG", "Tiếp tục số hóa.", f"C{mark} KIẾN NGHỊ", "Không."]
    doc = _run(tmp_path, body, form)
    tree = [(s.id, [c.id for c in s.children]) for s in doc.sections if s.kind == "upper_letter"]
    assert tree == [("group_A", ["group_A__sec_I", "group_A__sec_II"]), ("group_B", ["group_B__sec_I"]), ("group_C", [])]
    assert not _numbering(doc)


@pytest.mark.parametrize("line", ["E-GOV TRIỂN KHAI TOÀN TỈNH", "B-ROLL CỦA PHÓNG SỰ", "A - Mục tiêu của kế hoạch"])
def test_a_letter_glued_to_a_word_or_over_a_sentence_is_no_group(tmp_path, line):
    doc = _run(tmp_path, ["I. MỤC TIÊU", line, "II. NHIỆM VỤ", "Số hóa."], "text")
    assert [s.id for s in doc.sections if s.kind not in ("opening", "closing")] == ["sec_I", "sec_II"]
    assert line in doc.sections[1].text


# ---------------------------------------------------------------------------------------------------
# Roman numbers that are words, figures that are values


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", ["X-QUANG KỸ THUẬT SỐ ĐƯỢC TRANG BỊ", "V-LEAGUE 2026 KHỞI TRANH", "C-DỰ ÁN SỐ HÓA", "X-Quang di động",
                                  "V-League khởi tranh", "94,5", "12,75"])
def test_a_word_or_a_figure_at_a_line_start_is_no_label(tmp_path, form, line):
    body = ["I. KẾT QUẢ", "Thiết bị và chỉ số đạt được:", line, "II-NHIỆM VỤ", "Duy trì.", "III NỘI DUNG", "Nội dung ba."]
    doc = _run(tmp_path, body, form)
    parts = [(s.id, s.heading, [c.id for c in s.children]) for s in doc.sections if s.kind not in ("opening", "closing")]
    assert parts == [("sec_I", "KẾT QUẢ", []), ("sec_II", "NHIỆM VỤ", []), ("sec_III", "NỘI DUNG", [])]
    assert line in doc.sections[1].text.splitlines()
    assert not _numbering(doc)


def test_a_decimal_comma_label_with_its_heading_stays_a_label(tmp_path):
    doc = _run(tmp_path, ["I. MỤC TIÊU", "1,1 Mục tiêu chung", "Số hóa.", "1,2 Mục tiêu cụ thể", "Đạt."], "text")
    assert [(c.number, c.heading) for c in doc.sections[1].children] == [("1.1", "Mục tiêu chung"), ("1.2", "Mục tiêu cụ thể")]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_decimal_comma_label_alone_in_its_sequence_stays_a_label(tmp_path, form):
    doc = _run(tmp_path, ["I. MỤC TIÊU", "1. Mục tiêu chung", "1,1", "Số hóa.", "1,2", "Đạt.", "94,5"], form)
    item = doc.sections[1].children[0]
    assert [(c.number, c.text) for c in item.children] == [("1.1", "Số hóa."), ("1.2", "Đạt.\n94,5")]
    assert not _numbering(doc)


# ---------------------------------------------------------------------------------------------------
# A heading before a colon


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("labels", [("1.", "2.", "3."), ("a)", "b)", "c)")])
def test_a_heading_before_a_colon_beside_headed_siblings(tmp_path, form, labels):
    one, two, three = labels
    body = ["I. MỤC ĐÍCH, YÊU CẦU", f"{one} Mục tiêu: Nâng cao chất lượng phục vụ bạn đọc.",
            f"{two} Yêu cầu: Bảo đảm tiến độ và hiệu quả.", f"{three} Phạm vi", "Thư viện tỉnh và các huyện."]
    doc = _run(tmp_path, body, form)
    items = [(c.heading, c.text) for c in doc.sections[1].children]
    assert items == [("Mục tiêu", "Nâng cao chất lượng phục vụ bạn đọc."), ("Yêu cầu", "Bảo đảm tiến độ và hiệu quả."),
                     ("Phạm vi", "Thư viện tỉnh và các huyện.")]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_bodies_and_their_tasks_after_a_colon_stay_text(tmp_path, form):
    body = ["I. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa: Chủ trì triển khai Kế hoạch.", "2. Sở Tài chính: Bảo đảm kinh phí."]
    doc = _run(tmp_path, body, form)
    assert [(c.heading, c.text) for c in doc.sections[1].children] == [
        (None, "Sở Văn hóa: Chủ trì triển khai Kế hoạch."), (None, "Sở Tài chính: Bảo đảm kinh phí.")]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("labels", [("1.", "2.", "3."), ("a)", "b)", "c)")])
@pytest.mark.parametrize("bodies", [("Sở Y tế", "Công an tỉnh"), ("UBND các huyện", "Văn phòng UBND tỉnh")])
def test_bodies_and_their_tasks_beside_a_headed_sibling_stay_text(tmp_path, form, labels, bodies):
    # one headed sibling ("Tổ chức thực hiện") makes no body's name a heading: the body is its task's subject
    body = ["I. NHIỆM VỤ", f"{labels[0]} {bodies[0]}: Chủ trì triển khai số hóa hồ sơ.",
            f"{labels[1]} {bodies[1]}: Bố trí nguồn lực thực hiện.", f"{labels[2]} Tổ chức thực hiện",
            "Các đơn vị báo cáo kết quả hằng quý."]
    doc = _run(tmp_path, body, form)
    assert [(c.heading, c.text) for c in doc.sections[1].children][:2] == [
        (None, f"{bodies[0]}: Chủ trì triển khai số hóa hồ sơ."), (None, f"{bodies[1]}: Bố trí nguồn lực thực hiện.")]
    duties = {a.agency.name: a.duty for a in doc.assignments}
    assert duties.get(bodies[0], "").startswith(bodies[0])


# ---------------------------------------------------------------------------------------------------
# Annexes


KEM_THEO = "(Kèm theo Kế hoạch số 88/KH-UBND ngày 09/5/2026 của Ủy ban nhân dân tỉnh)"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label, number", [("Phụ lục 01", "01"), ("Phụ lục số 2", "2"), ("PHỤ LỤC SỐ 03", "03"), ("PHỤ LỤC II", "II")])
def test_an_annex_titled_in_sentence_case(tmp_path, form, label, number):
    annex = [label, "Danh mục tài liệu cổ cần số hóa", "trong năm 2026", KEM_THEO, "Sách Hán Nôm."]
    doc = _run(tmp_path, ["I. MỤC ĐÍCH", "Số hóa."], form, after=annex)
    found = [(s.label, s.number, s.heading, s.text) for s in doc.sections if s.kind == "annex"]
    assert found == [(label, number, "Danh mục tài liệu cổ cần số hóa trong năm 2026", f"{KEM_THEO}\nSách Hán Nôm.")]
    assert doc.sections[-1].attached_to["number"] == "88/KH-UBND"


@pytest.mark.parametrize("under", [["Danh sách đơn vị tham gia", "Thư viện huyện."], ["Các đơn vị báo cáo trước ngày 15/6:", KEM_THEO]])
def test_a_sentence_under_an_annex_label_not_sure_to_be_its_title_stays_text(tmp_path, under):
    doc = _run(tmp_path, ["I. MỤC ĐÍCH", "Số hóa."], "text", after=["Phụ lục số 2", *under])
    annex = doc.sections[-1]
    assert (annex.kind, annex.label, annex.heading) == ("annex", "Phụ lục số 2", None)
    assert annex.text.splitlines()[: len(under)] == under


ISSUER = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header", [[*ISSUER, *MOTTO], [*ISSUER, *MOTTO, "Số: 88/KH-UBND", "Hà Nam, ngày 9 tháng 5 năm 2026"],
                                    [ISSUER[0], MOTTO[0], ISSUER[1], MOTTO[1]], [*MOTTO, "---------------"]])
def test_an_annex_header_printed_above_its_heading_is_the_annex_s(tmp_path, form, header):
    annex = [*header, "PHỤ LỤC", "DANH MỤC TÀI LIỆU SỐ HÓA", KEM_THEO, "Sách Hán Nôm."]
    doc = _run(tmp_path, ["I. MỤC ĐÍCH", "Số hóa."], form, after=annex)
    closing, annex_node = doc.sections[-2], doc.sections[-1]
    assert closing.kind == "closing" and closing.text.splitlines()[-1] == "Trần Thị Lan"
    assert (annex_node.kind, annex_node.label, annex_node.heading) == ("annex", "PHỤ LỤC", "DANH MỤC TÀI LIỆU SỐ HÓA")
    assert annex_node.text.splitlines()[: len(header)] == header
    assert annex_node.attached_to["number"] == "88/KH-UBND"


# ---------------------------------------------------------------------------------------------------
# A citation over two paragraphs of a web page


SPLIT = [
    (["Căn cứ Nghị định số", "07/2026/NĐ-CP ngày 20/01/2026 của Chính phủ về thư viện số;"],
     ("Nghị định", "07/2026/NĐ-CP", "2026-01-20", "Chính phủ")),
    (["Căn cứ Kế hoạch số 57/KH-UBND ngày 12 tháng 3 năm", "2026 của Ủy ban nhân dân tỉnh về dữ liệu số;"],
     ("Kế hoạch", "57/KH-UBND", "2026-03-12", "Ủy ban nhân dân tỉnh")),
    (["Thực hiện Quyết định số 1234/QĐ-UBND ngày 05/3/2026 của Ủy ban", "nhân dân tỉnh về chuyển đổi số, Ủy ban nhân dân tỉnh ban hành Kế hoạch:"],
     ("Quyết định", "1234/QĐ-UBND", "2026-03-05", "Ủy ban nhân dân tỉnh")),
]


@pytest.mark.parametrize("form", ["html", "docx", "text"])
@pytest.mark.parametrize("lines, expected", SPLIT)
def test_a_citation_over_two_paragraphs_is_read_whole(tmp_path, form, lines, expected):
    doc = _run(tmp_path, [*lines, "I. MỤC ĐÍCH", "Số hóa."], form)
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [expected]


def test_paragraphs_of_a_page_apart_stay_apart(tmp_path):
    lines = ["Căn cứ Nghị định số 07/2026/NĐ-CP ngày 20/01/2026 của Chính phủ;", "Ủy ban nhân dân tỉnh ban hành Kế hoạch:"]
    doc = _run(tmp_path, [*lines, "I. MỤC ĐÍCH", "Số hóa."], "html")
    assert [(c.number, c.issuer) for c in doc.metadata.cited_documents] == [("07/2026/NĐ-CP", "Chính phủ")]
