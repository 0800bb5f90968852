"""The section tree's headings and lettered groups.

- A part, chapter or section whose label stands alone on its line has its heading on the next line(s) in capitals:
  "Chương I" / "QUY ĐỊNH CHUNG", "PHẦN THỨ NHẤT" / "KẾT QUẢ THỰC HIỆN NĂM 2024". The heading was left in the node's
  text (heading null).
- Plans and reports group their Roman parts under capital letters: "A. KẾT QUẢ ĐẠT ĐƯỢC", "B. TỒN TẠI, HẠN CHẾ". The
  letters were no label: "B. …" and its text ran into the last item before it (a node holding another's text).
- A part headed so is searched for assigned duties as a Roman part is ("PHẦN THỨ HAI" / "NHIỆM VỤ NĂM 2025"); a
  law's chapter ("Chương II" / "NHIỆM VỤ CỦA NHÀ GIÁO") is not: its articles state rules, not a plan's work.

Each document is our own, read as plain text, as a DOCX and as a web page.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: 145/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Tây Ninh, ngày 10 tháng 12 năm 2025", "KẾ HOẠCH",
        "Thực hiện công tác cải cách hành chính năm 2026"]
CLOSE = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Tâm"]

PLAN = HEAD + [
    "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NĂM 2025",
    "A. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về thể chế", "Đã ban hành 12 văn bản.", "2. Về tổ chức bộ máy", "Đã sắp xếp 5 đơn vị.",
    "B. TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ còn chậm.",
    "C. NGUYÊN NHÂN", "Nhân lực còn thiếu.",
    "PHẦN THỨ HAI", "NHIỆM VỤ, GIẢI PHÁP", "NĂM 2026",
    "I. MỤC TIÊU", "Hoàn thành các chỉ tiêu cải cách hành chính.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu ban hành quy chế; thời gian hoàn thành trong quý II/2026.",
] + CLOSE

# (node id, kind, heading, text)
EXPECTED = [
    ("part_1", "part", "KẾT QUẢ THỰC HIỆN NĂM 2025", ""),
    ("part_1__group_A", "upper_letter", "KẾT QUẢ ĐẠT ĐƯỢC", ""),
    ("part_1__group_A__item_2", "arabic", "Về tổ chức bộ máy", "Đã sắp xếp 5 đơn vị."),
    ("part_1__group_B", "upper_letter", "TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ còn chậm."),
    ("part_1__group_C", "upper_letter", "NGUYÊN NHÂN", "Nhân lực còn thiếu."),  # C: the third group, not Roman 100
    ("part_2", "part", "NHIỆM VỤ, GIẢI PHÁP NĂM 2026", ""),  # a heading wrapped onto two lines
    ("part_2__sec_I", "roman", "MỤC TIÊU", "Hoàn thành các chỉ tiêu cải cách hành chính."),
]

LAW = ["CHÍNH PHỦ", "Số: 12/2026/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
       "Hà Nội, ngày 05 tháng 01 năm 2026", "NGHỊ ĐỊNH", "Quy định chế độ làm việc của nhà giáo",
       "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;", "Chính phủ ban hành Nghị định quy định chế độ làm việc của nhà giáo.",
       "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định chế độ làm việc của nhà giáo.",
       "Chương II", "NHIỆM VỤ VÀ THỜI GIAN LÀM VIỆC", "CỦA NHÀ GIÁO", "Điều 2. Thời gian nghỉ",
       "Trường hợp nhà giáo nghỉ thai sản thì thời gian nghỉ hè được tính vào thời gian nghỉ thai sản.",
       "Chương III", "Điều khoản thi hành",  # sentence case under the label: no heading taken from it
       "Điều 3. Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày 01 tháng 3 năm 2026.",
       "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Lê Văn Minh"]


def _nodes(sections) -> dict:
    nodes = {}
    for node in sections:
        nodes[node.id] = node
        nodes.update(_nodes(node.children))
    return nodes


FORMATS = ["text", "docx", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plans_parts_and_lettered_groups(tmp_path, fmt):
    doc = process(write_in_form(tmp_path, PLAN, fmt))
    nodes = _nodes(doc.sections)
    assert [(i, nodes[i].kind, nodes[i].heading, nodes[i].text) for i, *_ in EXPECTED if i in nodes] == EXPECTED
    assert [n.id for n in doc.sections if n.kind not in ("opening", "closing")] == ["part_1", "part_2"]
    # the part headed so is searched for duties, as a Roman part is
    assert {(a.agency.name, a.role) for a in doc.assignments} == {("Sở Nội vụ", "lead"), ("Sở Tài chính", "support")}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_laws_chapters(tmp_path, fmt):
    doc = process(write_in_form(tmp_path, LAW, fmt))
    chapters = [n for n in doc.sections if n.kind == "chapter"]
    assert [(n.label, n.heading) for n in chapters] == [
        ("Chương I", "QUY ĐỊNH CHUNG"), ("Chương II", "NHIỆM VỤ VÀ THỜI GIAN LÀM VIỆC CỦA NHÀ GIÁO"), ("Chương III", None)]
    assert chapters[2].text == "Điều khoản thi hành"
    # a chapter whose heading holds "nhiệm vụ" states rules: no case of a teacher is a body assigned work
    assert doc.assignments == []


@pytest.mark.parametrize("line", ["A. Nguyễn Văn Bình, Phó Giám đốc Sở", "B. 12 đơn vị đạt chuẩn"])
def test_a_capital_letter_before_a_sentence_is_no_group(tmp_path, line):
    lines = HEAD + ["I. KẾT QUẢ", "1. Về thể chế", line, "Đã ban hành 12 văn bản."] + CLOSE
    nodes = _nodes(process(write_in_form(tmp_path, lines, "text")).sections)
    assert not any(n.kind == "upper_letter" for n in nodes.values())
    assert line in nodes["sec_I__item_1"].text


# Capital letters under a Roman part ("II. NHIỆM VỤ" / "A. NHIỆM VỤ CHUNG" / "B. NHIỆM VỤ CỤ THỂ"): groups inside that
# part, above its items; the next Roman part is the Roman part's sibling, not a child of the last group.
LETTERS_UNDER_ROMAN = HEAD + [
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng phục vụ người dân.",
    "II. NHIỆM VỤ", "A. NHIỆM VỤ CHUNG", "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.",
    "B. NHIỆM VỤ CỤ THỂ", "1. Sở Tài chính bố trí kinh phí thực hiện.",
    "III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế báo cáo kết quả trước ngày 15/12/2026.",
] + CLOSE


@pytest.mark.parametrize("fmt", FORMATS)
def test_capital_letters_under_a_roman_part(tmp_path, fmt):
    doc = process(write_in_form(tmp_path, LETTERS_UNDER_ROMAN, fmt))
    assert [n.id for n in doc.sections if n.kind not in ("opening", "closing")] == ["sec_I", "sec_II", "sec_III"]
    nodes = _nodes(doc.sections)
    assert [(n.kind, n.heading) for n in nodes["sec_II"].children] == [
        ("upper_letter", "NHIỆM VỤ CHUNG"), ("upper_letter", "NHIỆM VỤ CỤ THỂ")]
    assert {a.agency.name for a in doc.assignments} == {"Sở Nội vụ", "Sở Tài chính", "Sở Y tế"}
