"""The s45 review of the sections round (s45-sections, reviewed on 8487c5e): the inputs the reviewer found read wrong,
and variants of them. Each case names its finding.

1. A wrapped addressee name ("- Ban Quản lý dự án đầu tư xây dựng" / "các công trình giao thông tỉnh.") was cut where
   its continuation was read as the letter's content.
2. A real last addressee ending in "." whose name holds a verb-looking word ("Hội đồng thẩm định …", "Ban Chỉ đạo thực
   hiện …") went to the body.
3. A content sentence wrapped over two lines under "Kính gửi: X" was an addressee.
4. "Trong quá trình …, nếu có khó khăn, vướng mắc, …" followed by a closing request ("Đề nghị các đơn vị … ./.") no
   longer opened the closing.
5. The same sentence printed over two lines no longer opened the closing.
6. A bold group heading opening with a linking word ("Ngoài ra, các nhiệm vụ khác") over a new "1." list was demoted.
7. "II." / "Mục 1." / "Điều 1." / "Mục 2." / "Điều 2." / "III.": articles at the top, levels inverted.
8. "Mục 1." / "Tiểu mục 1." under a Roman part: Tiểu mục siblings of Mục.
9. A bold title followed by a line in small letters (not a sentence's start) was folded into the part's text.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form
from test_structure_s24 import BOLD
from test_structure_s24 import _write as write_bold

from pipeline.run import process

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẢO LÂM"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bảo Lâm, ngày 09 tháng 7 năm 2026"]
LETTER = [*PROVINCE, "Số: 1207/UBND-VX", *MOTTO, "V/v rà soát hộ nghèo năm 2026"]
LETTER_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Thắng"]
BODY = "Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh đề nghị các đơn vị rà soát danh sách hộ nghèo năm 2026."
PLAN = [*PROVINCE, "Số: 140/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030",
        "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 10/3/2026 của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Thắng"]
HEADER = [*PROVINCE, "Số: 140/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027"]


def tree(sections, depth=0):
    """(depth, kind, label) of every node between the opening and the closing."""
    out = []
    for node in sections:
        if node.kind in ("opening", "closing"):
            continue
        out.append((depth, node.kind, node.label or node.heading))
        out += tree(node.children, depth + 1)
    return out


# --- 1. a wrapped addressee name is read whole ----------------------------------------------------------------------

WRAPPED = {
    "bql": (["- Sở Y tế;", "- Ban Quản lý dự án đầu tư xây dựng", "các công trình giao thông tỉnh."],
            ["Sở Y tế", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]),
    "trung_tam": (["- Sở Tài chính;", "- Trung tâm Quản lý và khai thác", "công trình công cộng thành phố."],
                  ["Sở Tài chính", "Trung tâm Quản lý và khai thác công trình công cộng thành phố"]),
    "bql_short": (["- Sở Y tế;", "- Ban Quản lý dự án", "đầu tư xây dựng tỉnh."],
                  ["Sở Y tế", "Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    "hoi_dong": (["- Sở Xây dựng;", "- Hội đồng thẩm định dự án", "đầu tư xây dựng công trình tỉnh."],
                 ["Sở Xây dựng", "Hội đồng thẩm định dự án đầu tư xây dựng công trình tỉnh"]),
}


@pytest.mark.parametrize("form", ["text", "pdf", "docx"])
@pytest.mark.parametrize("case", sorted(WRAPPED))
def test_1_a_wrapped_addressee_is_read_whole(tmp_path, form, case):
    lines, names = WRAPPED[case]
    doc = process(write_in_form(tmp_path, [*LETTER, "Kính gửi:", *lines, BODY, *LETTER_CLOSE], form,
                                pdf_rows=(30.0, 13, 9)))
    assert [a.name for a in doc.metadata.addressees] == names


# --- 2. a last addressee ending in "." whose name holds a verb-looking word stays an addressee ----------------------

LAST_NAMES = [
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh.",
    "Hội đồng thẩm định dự án đầu tư tỉnh.",
    "Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh.",
    "Văn phòng Ban Chỉ đạo xây dựng nông thôn mới tỉnh.",
    "Tổ công tác triển khai Đề án 06 tỉnh.",
    "Ban An toàn giao thông tỉnh.",
    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.",
    "Ông Nguyễn Văn An, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh.",
    "Trung tâm Phát triển quỹ đất.",
]


@pytest.mark.parametrize("first", ["Kính gửi:", "Kính gửi: Sở Kế hoạch và Đầu tư;"])
@pytest.mark.parametrize("name", LAST_NAMES)
def test_2_a_last_addressee_ending_in_a_full_stop_stays_an_addressee(tmp_path, first, name):
    doc = process(write_in_form(tmp_path, [*LETTER, first, "Sở Y tế;", name, BODY, *LETTER_CLOSE], "text"))
    names = [a.name for a in doc.metadata.addressees]
    assert "Sở Y tế" in names and names[-1] != "Sở Y tế"
    (body,) = [n for n in doc.sections if n.kind == "body"]
    assert body.text.startswith("Thực hiện chỉ đạo")


# --- 3. a content sentence wrapped over two lines is the content ----------------------------------------------------

@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("lines", [
    ["Ủy ban nhân dân tỉnh giao Sở Y tế rà soát danh sách hộ nghèo được", "cấp thẻ bảo hiểm y tế năm 2026."],
    ["UBND tỉnh đề nghị Sở Tài chính bố trí kinh phí hỗ trợ các hộ nghèo", "được cấp thẻ bảo hiểm y tế năm 2026."],
])
def test_3_a_wrapped_content_sentence_is_the_content(tmp_path, form, lines):
    doc = process(write_in_form(tmp_path, [*LETTER, "Kính gửi: Sở Lao động - Thương binh và Xã hội", *lines,
                                           *LETTER_CLOSE], form, pdf_rows=(30.0, 13, 9)))
    assert [a.name for a in doc.metadata.addressees] == ["Sở Lao động - Thương binh và Xã hội"]


# --- 4. the difficulties sentence before a closing request opens the closing -----------------------------------------

D1 = ("Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời về Sở Văn hóa, "
      "Thể thao và Du lịch để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết.")
PLAN_BODY = ["I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa chủ trì theo dõi.",
             "2. Sở Tài chính bố trí kinh phí."]
LETTER_OPEN = [*LETTER, "Kính gửi: Các sở, ban, ngành tỉnh",
               "Thực hiện Công văn số 12/BYT ngày 1/7/2026 của Bộ Y tế, UBND tỉnh đề nghị:",
               "1. Sở Y tế rà soát danh sách.", "2. Sở Tài chính bố trí kinh phí."]


def closing_text(doc):
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    return closing.text


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("opening, after", [
    (PLAN + PLAN_BODY, "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
    (PLAN + PLAN_BODY, "UBND tỉnh yêu cầu các đơn vị nghiêm túc thực hiện./."),
    (LETTER_OPEN, "Đề nghị các đơn vị khẩn trương triển khai./."),
    (LETTER_OPEN, "UBND tỉnh đề nghị các sở, ngành, địa phương quan tâm, phối hợp thực hiện./."),
])
def test_4_difficulties_then_a_closing_request_open_the_closing(tmp_path, form, opening, after):
    doc = process(write_in_form(tmp_path, [*opening, D1, after, *CLOSE], form))
    assert closing_text(doc).startswith("Trong quá trình")
    items = [n for top in doc.sections for n in top.walk() if n.kind == "arabic"]
    assert all("Trong quá trình" not in (n.text or "") for n in items)


# --- 5. the difficulties sentence printed over two lines opens the closing ------------------------------------------

W = ["Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh",
     "kịp thời về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết."]
W3 = ["Trong quá trình triển khai thực hiện Kế hoạch, các cơ quan, đơn vị nếu có khó khăn,",
      "vướng mắc kịp thời phản ánh về Sở Văn hóa để tổng hợp, báo cáo UBND tỉnh."]


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("lines", [W, [W[0], W[1][:-1] + "./."], W3])
def test_5_difficulties_over_two_lines_open_the_closing(tmp_path, form, lines):
    doc = process(write_in_form(tmp_path, [*PLAN, *PLAN_BODY, *lines, *CLOSE], form, pdf_rows=(30.0, 13, 9)))
    assert closing_text(doc).startswith("Trong quá trình")


# --- 6. a bold group heading opening with a linking word over a new list is a heading -------------------------------

@pytest.mark.parametrize("form", ["docx", "html_strong", "pdf"])
@pytest.mark.parametrize("first, second", [
    ("Nhiệm vụ trọng tâm", "Ngoài ra, các nhiệm vụ khác"),
    ("Nhiệm vụ chung", "Đặc biệt, đối với các xã vùng cao"),
    ("Nhiệm vụ chung", "Bên cạnh đó, các nhiệm vụ thường xuyên"),
])
def test_6_a_bold_group_heading_with_a_linking_word_is_a_heading(tmp_path, form, first, second):
    lines = [*HEADER, "I. NHIỆM VỤ", f"{BOLD}{first}", "1. Xây dựng sản phẩm", "Mỗi huyện một làng.", f"{BOLD}{second}",
             "1. Quảng bá", "Tham gia hội chợ.", "2. Đào tạo", "Mở lớp tập huấn.", "II. TỔ CHỨC THỰC HIỆN",
             "Các sở triển khai.", *CLOSE]
    doc = process(write_bold(tmp_path, lines, form))
    part = [n for n in doc.sections if n.kind == "roman"][0]
    assert [(n.kind, n.heading, [c.label for c in n.children]) for n in part.children] == [
        ("unnumbered", first, ["1."]), ("unnumbered", second, ["1.", "2."])]


# --- 7. articles follow their Mục under a Roman part ----------------------------------------------------------------

@pytest.mark.parametrize("form", ["text", "docx"])
def test_7_articles_under_a_section_under_a_roman_part(tmp_path, form):
    lines = [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. QUY ĐỊNH CỤ THỂ", "Mục 1. ĐỐI TƯỢNG",
             "Điều 1. Đối tượng", "Các cơ quan.", "Mục 2. TRÁCH NHIỆM", "Điều 2. Trách nhiệm", "Sở chủ trì.",
             "III. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa chủ trì.", *CLOSE]
    doc = process(write_in_form(tmp_path, lines, form))
    assert [(d, k) for d, k, _ in tree(doc.sections)] == [
        (0, "roman"), (0, "roman"), (1, "muc"), (2, "article"), (1, "muc"), (2, "article"), (0, "roman"), (1, "arabic")]


# --- 8. Tiểu mục one level below its Mục ----------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["text", "docx"])
def test_8_subsections_under_their_section(tmp_path, form):
    lines = [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. NHIỆM VỤ", "Mục 1. SẢN PHẨM", "Tiểu mục 1. LÀNG NGHỀ",
             "1. Gốm", "Làng gốm.", "Tiểu mục 2. HOMESTAY", "1. Nhà sàn", "Hai hộ.", "Mục 2. QUẢNG BÁ", "1. Hội chợ",
             "Tham gia.", "III. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa chủ trì.", *CLOSE]
    doc = process(write_in_form(tmp_path, lines, form))
    assert [(d, k) for d, k, _ in tree(doc.sections)] == [
        (0, "roman"), (0, "roman"), (1, "muc"), (2, "tieu_muc"), (3, "arabic"), (2, "tieu_muc"), (3, "arabic"),
        (1, "muc"), (2, "arabic"), (0, "roman"), (1, "arabic")]


# --- 9. a bold title followed by a line in small letters stays a heading --------------------------------------------

@pytest.mark.parametrize("form", ["docx", "html_strong", "pdf"])
@pytest.mark.parametrize("title, next_line, then", [
    ("Nhiệm vụ trọng tâm", "xây dựng sản phẩm du lịch cộng đồng ở mỗi huyện.", []),
    ("Nhiệm vụ nâng cao chất lượng", "nguồn nhân lực du lịch", ["1. Đào tạo", "Mở hai lớp tập huấn."]),
    ("Nhiệm vụ thường xuyên", "e-Government: triển khai chính phủ số.", []),
])
def test_9_a_bold_title_over_a_line_in_small_letters_is_a_heading(tmp_path, form, title, next_line, then):
    lines = [*HEADER, "I. NHIỆM VỤ", f"{BOLD}{title}", next_line, *then, f"{BOLD}Nhiệm vụ phát triển sản phẩm",
             "1. Làng nghề", "Mỗi huyện một làng.", "II. TỔ CHỨC THỰC HIỆN", "Các sở triển khai.", *CLOSE]
    doc = process(write_bold(tmp_path, lines, form))
    part = [n for n in doc.sections if n.kind == "roman"][0]
    assert [(n.kind, n.heading) for n in part.children] == [
        ("unnumbered", title), ("unnumbered", "Nhiệm vụ phát triển sản phẩm")]
    assert title not in (part.text or "")


# --- 2, the other side: the narrower proof still reads a letter's sentence as its content ---------------------------

@pytest.mark.parametrize("first", [["Kính gửi: Sở Lao động - Thương binh và Xã hội"], ["Kính gửi:", "- Sở Y tế;", "- Sở Tài chính."]])
@pytest.mark.parametrize("sentence", [
    "Chủ tịch UBND tỉnh đồng ý chủ trương như đề xuất của Sở Y tế tại Tờ trình số 12.",
    "Chủ tịch UBND tỉnh yêu cầu Sở Y tế khẩn trương rà soát.",
    "Sở Nội vụ xin gửi kèm theo danh sách hộ nghèo để các đơn vị biết.",
    "Ban Dân tộc phối hợp với các xã kiểm tra số liệu hộ nghèo.",
])
def test_2_a_letters_sentence_is_still_its_content(tmp_path, first, sentence):
    doc = process(write_in_form(tmp_path, [*LETTER, *first, sentence, *LETTER_CLOSE], "text"))
    assert sentence.rstrip(".") not in [a.name for a in doc.metadata.addressees]
    (body,) = [n for n in doc.sections if n.kind == "body"]
    assert body.text.startswith(sentence[:20])
