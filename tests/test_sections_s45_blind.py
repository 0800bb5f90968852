"""The section tree and the letter's parts, a third blind round (s45): plans' annexes and long plans, and three classes
left from s44.

FACTS (the shapes, from the openings of stored legal-site pages and from the brief; every fixture below is written for
the test, names and numbers made up):
- A Quyết định whose "Điều 1. Phê duyệt Kế hoạch …" carries the plan printed after its signature, under "KẾ HOẠCH" /
  its title / "(Ban hành kèm theo Quyết định số …)"; the plan's own parts there ("Phần I" / "MỤC TIÊU" / "I." …) and an
  annex after the plan. A Quy chế so carried numbers its chapters and articles anew.
- A long plan cut "Phần I" / its heading on the next line (or "PHẦN I. …" on one line, or "Phần thứ nhất"), Roman parts
  inside each; items numbered four levels deep ("1." / "1.1." / "1.1.1." / "1.1.2."); sections "Mục 1" / "Mục 2" under a
  Roman part, the next Roman part after them; a table between two parts.
- Several annexes after the signature, each "Phụ lục I" / its title / "(Kèm theo Kế hoạch số …)"; annexes of one part
  numbered "Phụ lục I.1", "Phụ lục I.2" (also "PHỤ LỤC I.1. TITLE" on one line).
- Left from s44: a one-paragraph Công văn whose sentence ends in "." under "Kính gửi: X"; a plan's point "Trong quá trình
  triển khai, nếu có vướng mắc, …" in the middle of its last part; a bold sentence ("Đồng thời, …") or a bold line whose
  sentence goes on in small letters.

Before this round (s45-lead, c309ef3) 55 of the 151 cases below failed: "Phụ lục I.1" no annex (its title an annex with
no number, "Phụ lục I.2" the text of the annex above); "Mục 1" under a Roman part a sibling of it, the next Roman part a
child of the last section; the difficulties sentence the closing's first line, the points after it lost into the
closing (a part whose only line it was left empty); the letter's sentence a second addressee and no body; a bold sentence a heading over the lines under it.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form, write_with_table
from section_trees import FORMS, read, tree_tests
from test_structure_s24 import BOLD
from test_structure_s24 import _write as write_bold
from test_structure_s29 import N, wrong_nodes

from pipeline.run import process

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẢO LÂM"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bảo Lâm, ngày 09 tháng 7 năm 2026"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Thắng"]
PLAN = [*PROVINCE, "Số: 140/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030",
        "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 10/3/2026 của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
DECISION = [*PROVINCE, "Số: 915/QĐ-UBND", *MOTTO, "QUYẾT ĐỊNH", "Phê duyệt Kế hoạch phát triển du lịch cộng đồng năm 2027",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẢO LÂM", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
            "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.", "QUYẾT ĐỊNH:"]
APPROVES = ["Điều 1. Phê duyệt Kế hoạch phát triển du lịch cộng đồng năm 2027 (chi tiết tại Kế hoạch kèm theo).",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./."]
ARTICLES = [N("article", "1", None, "Phê duyệt"), N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành")]
REF = "(Kèm theo Kế hoạch số 140/KH-UBND ngày 09/7/2026 của UBND tỉnh)"
ISSUED = "(Ban hành kèm theo Quyết định số 915/QĐ-UBND ngày 09/7/2026 của Chủ tịch UBND tỉnh)"
DIFFICULTIES = "Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các đơn vị báo cáo Sở Văn hóa để tổng hợp."
TASKS = [N("roman", "I", "MỤC TIÊU", "2 triệu"),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "theo dõi"), N("arabic", "2", None, "kinh phí"),
           N("arabic", "3", None, "địa phương"))]


def carried(heading, *children):
    return N("attached", None, heading, "", *children)


# name: (lines, expected tree: the nodes between the opening and the closing, and any annex or carried document)
DOCUMENTS: dict[str, tuple[list[str], list]] = {
    "decision_approves_a_plan_printed_after_it": (
        [*DECISION, *APPROVES, *CLOSE, "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027", ISSUED, "I. MỤC ĐÍCH, YÊU CẦU",
         "1. Mục đích", "Đa dạng hóa sản phẩm du lịch.", "2. Yêu cầu", "Gắn với bảo tồn văn hóa.", "II. NHIỆM VỤ",
         "1. Xây dựng sản phẩm", "Mỗi huyện một làng du lịch.", "III. TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì."],
        [*ARTICLES, carried("Phát triển du lịch cộng đồng năm 2027",
                            N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Đa dạng"),
                              N("arabic", "2", "Yêu cầu", "bảo tồn")),
                            N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Xây dựng sản phẩm", "làng du lịch")),
                            N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì"))]),
    "carried_plan_in_parts_then_its_annex": (
        [*DECISION, *APPROVES, *CLOSE, "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027", ISSUED, "Phần I", "MỤC TIÊU",
         "I. MỤC TIÊU CHUNG", "Phát triển bền vững.", "II. MỤC TIÊU CỤ THỂ", "Đón 1,5 triệu lượt khách.", "Phần II",
         "NHIỆM VỤ", "I. NHIỆM VỤ CHUNG", "Chi tiết tại Phụ lục kèm theo.", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ NĂM 2027",
         "(Kèm theo Kế hoạch phát triển du lịch cộng đồng năm 2027)", "1. Xây dựng làng du lịch.", "2. Đào tạo hướng dẫn viên."],
        [*ARTICLES, carried("Phát triển du lịch cộng đồng năm 2027",
                            N("part", "I", "MỤC TIÊU", "", N("roman", "I", "MỤC TIÊU CHUNG", "bền vững"),
                              N("roman", "II", "MỤC TIÊU CỤ THỂ", "1,5 triệu")),
                            N("part", "II", "NHIỆM VỤ", "", N("roman", "I", "NHIỆM VỤ CHUNG", "Phụ lục"))),
         N("annex", None, "DANH MỤC NHIỆM VỤ NĂM 2027", "Kèm theo", N("arabic", "1", None, "làng du lịch"),
           N("arabic", "2", None, "hướng dẫn viên"))]),
    "decision_carries_a_regulation": (
        [*DECISION[:-4], "Ban hành Quy chế quản lý điểm du lịch cộng đồng", *DECISION[-3:],
         "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý điểm du lịch cộng đồng.", *APPROVES[1:], *CLOSE,
         "QUY CHẾ", "Quản lý điểm du lịch cộng đồng", ISSUED, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
         "Quy chế này quy định việc quản lý điểm du lịch.", "Điều 2. Đối tượng áp dụng", "Các hộ kinh doanh homestay.",
         "Chương II", "QUY ĐỊNH CỤ THỂ", "Điều 3. Điều kiện công nhận", "1. Có ít nhất 5 hộ tham gia.",
         "2. Có nhà vệ sinh công cộng."],
        [N("article", "1", None, "Ban hành kèm theo"), *ARTICLES[1:],
         carried("Quản lý điểm du lịch cộng đồng",
                 N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "quản lý"),
                   N("article", "2", "Đối tượng áp dụng", "homestay")),
                 N("chapter", "II", "QUY ĐỊNH CỤ THỂ", "", N("article", "3", "Điều kiện công nhận", "",
                                                               N("arabic", "1", None, "5 hộ"), N("arabic", "2", None, "vệ sinh"))))]),
    "parts_over_roman_parts": (
        [*PLAN, "Phần I", "KẾT QUẢ GIAI ĐOẠN TRƯỚC", "I. KẾT QUẢ ĐẠT ĐƯỢC", "Đón 1,2 triệu lượt khách.", "II. HẠN CHẾ",
         "Sản phẩm còn đơn điệu.", "Phần II", "KẾ HOẠCH GIAI ĐOẠN 2026 - 2030", "I. MỤC TIÊU", "Đón 2 triệu lượt khách.",
         "II. NHIỆM VỤ, GIẢI PHÁP", "1. Quy hoạch", "Lập quy hoạch các điểm du lịch.", "2. Đào tạo", "Tập huấn cho 500 hộ dân.",
         "Phần III", "TỔ CHỨC THỰC HIỆN", "Sở Văn hóa chủ trì.", *CLOSE],
        [N("part", "I", "KẾT QUẢ GIAI ĐOẠN TRƯỚC", "", N("roman", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "1,2 triệu"),
           N("roman", "II", "HẠN CHẾ", "đơn điệu")),
         N("part", "II", "KẾ HOẠCH GIAI ĐOẠN 2026 - 2030", "", N("roman", "I", "MỤC TIÊU", "2 triệu"),
           N("roman", "II", "NHIỆM VỤ, GIẢI PHÁP", "", N("arabic", "1", "Quy hoạch", "điểm du lịch"),
             N("arabic", "2", "Đào tạo", "500 hộ"))),
         N("part", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    "parts_by_ordinal_words": (
        [*PLAN, "Phần thứ nhất", "ĐÁNH GIÁ TÌNH HÌNH", "I. KẾT QUẢ", "Đón 1,2 triệu lượt khách.", "II. TỒN TẠI",
         "Hạ tầng còn yếu.", "Phần thứ hai", "NHIỆM VỤ NĂM 2027", "I. MỤC TIÊU", "Đón 1,5 triệu lượt khách.", "II. GIẢI PHÁP",
         "1. Hạ tầng", "Nâng cấp 20 km đường.", *CLOSE],
        [N("part", "1", "ĐÁNH GIÁ TÌNH HÌNH", "", N("roman", "I", "KẾT QUẢ", "1,2 triệu"), N("roman", "II", "TỒN TẠI", "yếu")),
         N("part", "2", "NHIỆM VỤ NĂM 2027", "", N("roman", "I", "MỤC TIÊU", "1,5 triệu"),
           N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Hạ tầng", "20 km")))]),
    "items_four_levels_deep": (
        [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. NHIỆM VỤ", "1. Phát triển sản phẩm", "1.1. Du lịch cộng đồng",
         "1.1.1. Làng văn hóa", "Chọn 5 làng làm điểm.", "1.1.2. Homestay", "Hỗ trợ 50 hộ.", "1.2. Du lịch sinh thái",
         "Mở 3 tuyến trekking.", "2. Xúc tiến", "2.1. Trong nước", "Tham gia hội chợ.", "III. TỔ CHỨC THỰC HIỆN",
         "Các sở triển khai.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "2 triệu"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("arabic", "1", "Phát triển sản phẩm", "",
             N("arabic", "1.1", "Du lịch cộng đồng", "", N("arabic", "1.1.1", "Làng văn hóa", "5 làng"),
               N("arabic", "1.1.2", "Homestay", "50 hộ")),
             N("arabic", "1.2", "Du lịch sinh thái", "trekking")),
           N("arabic", "2", "Xúc tiến", "", N("arabic", "2.1", "Trong nước", "hội chợ"))),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "triển khai")]),
    "sections_inside_a_roman_part": (
        [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. NHIỆM VỤ", "Mục 1", "PHÁT TRIỂN SẢN PHẨM", "1. Làng văn hóa",
         "Chọn 5 làng.", "Mục 2", "XÚC TIẾN QUẢNG BÁ", "1. Hội chợ", "Tham gia 2 hội chợ.", "III. TỔ CHỨC THỰC HIỆN",
         "Các sở triển khai.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "2 triệu"),
         N("roman", "II", "NHIỆM VỤ", "", N("muc", "1", "PHÁT TRIỂN SẢN PHẨM", "", N("arabic", "1", "Làng văn hóa", "5 làng")),
           N("muc", "2", "XÚC TIẾN QUẢNG BÁ", "", N("arabic", "1", "Hội chợ", "2 hội chợ"))),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "triển khai")]),
    "several_annexes_each_with_its_link": (
        [*PLAN, "I. NHIỆM VỤ", "Chi tiết tại các Phụ lục kèm theo.", "II. TỔ CHỨC THỰC HIỆN", "Các sở triển khai.", *CLOSE,
         "Phụ lục I", "DANH MỤC NHIỆM VỤ TRỌNG TÂM", REF, "1. Xây dựng làng du lịch.", "2. Đào tạo hướng dẫn viên.",
         "Phụ lục II", "CHỈ TIÊU PHÁT TRIỂN DU LỊCH", REF, "1. Lượt khách: 2 triệu.", "2. Doanh thu: 3.000 tỷ đồng."],
        [N("roman", "I", "NHIỆM VỤ", "Phụ lục"), N("roman", "II", "TỔ CHỨC THỰC HIỆN", "triển khai"),
         N("annex", "I", "DANH MỤC NHIỆM VỤ TRỌNG TÂM", "Kèm theo", N("arabic", "1", None, "làng"),
           N("arabic", "2", None, "hướng dẫn viên")),
         N("annex", "II", "CHỈ TIÊU PHÁT TRIỂN DU LỊCH", "Kèm theo", N("arabic", "1", None, "Lượt khách"),
           N("arabic", "2", None, "Doanh thu"))]),
    "annexes_numbered_within_a_part": (
        [*PLAN, "I. NHIỆM VỤ", "Chi tiết tại các Phụ lục.", *CLOSE, "Phụ lục I.1", "NHIỆM VỤ CỦA CÁC SỞ", REF,
         "1. Sở Văn hóa xây dựng sản phẩm.", "Phụ lục I.2", "NHIỆM VỤ CỦA CÁC HUYỆN", REF, "1. Các huyện bố trí quỹ đất.",
         "Phụ lục II", "KINH PHÍ THỰC HIỆN", REF, "1. Ngân sách tỉnh: 20 tỷ đồng."],
        [N("roman", "I", "NHIỆM VỤ", "Phụ lục"),
         N("annex", "I.1", "NHIỆM VỤ CỦA CÁC SỞ", "Kèm theo", N("arabic", "1", None, "sản phẩm")),
         N("annex", "I.2", "NHIỆM VỤ CỦA CÁC HUYỆN", "Kèm theo", N("arabic", "1", None, "quỹ đất")),
         N("annex", "II", "KINH PHÍ THỰC HIỆN", "Kèm theo", N("arabic", "1", None, "20 tỷ"))]),
    "annexes_numbered_within_a_part_titled_on_their_line": (
        [*PLAN, "I. NHIỆM VỤ", "Chi tiết tại các Phụ lục.", *CLOSE, "PHỤ LỤC I.1. NHIỆM VỤ CỦA CÁC SỞ", REF,
         "1. Sở Văn hóa xây dựng sản phẩm.", "PHỤ LỤC I.2: NHIỆM VỤ CỦA CÁC HUYỆN", REF, "1. Các huyện bố trí quỹ đất."],
        [N("roman", "I", "NHIỆM VỤ", "Phụ lục"),
         N("annex", "I.1", "NHIỆM VỤ CỦA CÁC SỞ", "Kèm theo", N("arabic", "1", None, "sản phẩm")),
         N("annex", "I.2", "NHIỆM VỤ CỦA CÁC HUYỆN", "Kèm theo", N("arabic", "1", None, "quỹ đất"))]),
    "difficulties_in_the_middle_of_the_last_part": (
        [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Văn hóa chủ trì, theo dõi việc thực hiện.", DIFFICULTIES, "2. Sở Tài chính bố trí kinh phí.",
         "3. UBND các huyện triển khai tại địa phương.", *CLOSE],
        TASKS),
    "difficulties_after_the_last_point": (
        [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Văn hóa chủ trì, theo dõi việc thực hiện.", "2. Sở Tài chính bố trí kinh phí.",
         "3. UBND các huyện triển khai tại địa phương.", DIFFICULTIES, *CLOSE],
        TASKS),
}

test_document_tree, test_every_line_is_in_some_node = tree_tests(DOCUMENTS, FORMS)


# --- a request about difficulties opens the closing only as the body's last paragraph ---------------------------------

WORDINGS = [DIFFICULTIES,
            "Trong quá trình triển khai thực hiện Kế hoạch, nếu phát sinh khó khăn, các sở kịp thời phản ánh về Sở Nội vụ.",
            "Trong quá trình thực hiện, trường hợp có vướng mắc, đề nghị các đơn vị liên hệ Sở Kế hoạch và Đầu tư "
            "(số điện thoại 0263.3822.111) để được hướng dẫn."]


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("sentence", WORDINGS)
def test_difficulties_mid_part_keep_the_points_after_them(tmp_path, form, sentence):
    lines = [*PLAN, "I. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa chủ trì, theo dõi việc thực hiện.", sentence,
             "2. Sở Tài chính bố trí kinh phí.", "3. UBND các huyện triển khai tại địa phương.", *CLOSE]
    doc = read(tmp_path, lines, form)
    (part,) = [n for n in doc.sections if n.kind == "roman"]
    assert [n.label for n in part.children] == ["1.", "2.", "3."]
    assert sentence in part.children[0].text
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    assert closing.text.startswith("Nơi nhận")


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("sentence", WORDINGS)
def test_difficulties_as_the_last_paragraph_open_the_closing(tmp_path, form, sentence):
    lines = [*PLAN, "I. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa chủ trì, theo dõi việc thực hiện.",
             "2. Sở Tài chính bố trí kinh phí.", sentence, *CLOSE]
    doc = read(tmp_path, lines, form)
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    assert closing.text.startswith(sentence)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_difficulties_as_the_only_line_under_a_heading_are_its_text(tmp_path, form):
    lines = [*PLAN, "I. MỤC TIÊU", "Đón 2 triệu lượt khách.", "II. TỔ CHỨC THỰC HIỆN", DIFFICULTIES, *CLOSE]
    doc = read(tmp_path, lines, form)
    assert [n.text for n in doc.sections if n.kind == "roman"][-1] == DIFFICULTIES


# --- a letter's one paragraph ending in "." is its content, never an addressee --------------------------------------

LETTER = [*PROVINCE, "Số: 1207/UBND-VX", *MOTTO, "V/v rà soát hộ nghèo năm 2026"]
LETTER_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Thắng"]
PARAGRAPHS = ["Ủy ban nhân dân tỉnh giao Sở Y tế rà soát danh sách hộ nghèo được cấp thẻ bảo hiểm y tế năm 2026.",
              "Sở Nội vụ khẩn trương tổng hợp, báo cáo trước ngày 20/7/2026.",
              "Ban Dân tộc phối hợp với các xã kiểm tra số liệu hộ nghèo.",
              "Ủy ban nhân dân các xã chủ động rà soát hộ nghèo trên địa bàn.",
              "Sở Tài chính hướng dẫn các đơn vị thanh quyết toán kinh phí hỗ trợ."]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_a_letters_one_sentence_is_its_content(tmp_path, form, paragraph):
    doc = process(write_in_form(tmp_path, [*LETTER, "Kính gửi: Sở Lao động - Thương binh và Xã hội", paragraph,
                                           *LETTER_CLOSE], form))
    assert [a.name for a in doc.metadata.addressees] == ["Sở Lao động - Thương binh và Xã hội"]
    (body,) = [n for n in doc.sections if n.kind == "body"]
    assert body.text == paragraph


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("names", [["Sở Nội vụ", "Kho bạc Nhà nước khu vực XV."],
                                   ["Sở Nội vụ;", "Ủy ban nhân dân các xã."],
                                   ["Trung tâm Dịch vụ tổng hợp xã Tân Phú."]])
def test_names_ending_in_a_full_stop_stay_addressees(tmp_path, form, names):
    doc = process(write_in_form(tmp_path, [*LETTER, "Kính gửi: Sở Tài chính;", *names, PARAGRAPHS[1], *LETTER_CLOSE],
                                form))
    assert [a.name for a in doc.metadata.addressees] == ["Sở Tài chính", *(n.rstrip(";.") for n in names)]


# --- a bold line is a heading only where it reads as one ------------------------------------------------------------

HEADER = [*PROVINCE, "Số: 140/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027"]


@pytest.mark.parametrize("form", ["docx", "html_strong", "pdf"])
@pytest.mark.parametrize("bold, after", [
    ("Đồng thời, các huyện bố trí quỹ đất", "Xây dựng bãi đỗ xe."),
    ("Bên cạnh đó, Sở Văn hóa tăng cường quảng bá", "Tham gia hai hội chợ."),
    ("Ngoài ra, các xã vận động người dân", "Giữ gìn cảnh quan."),
    ("Các hộ kinh doanh homestay", "phải đăng ký với UBND xã."),
    ("Sở Văn hóa, Thể thao và Du lịch", "chủ trì thẩm định hồ sơ."),
])
def test_a_bold_sentence_is_the_items_text(tmp_path, form, bold, after):
    lines = [*HEADER, "I. NHIỆM VỤ", "1. Xây dựng sản phẩm", "Mỗi huyện một làng du lịch.", f"{BOLD}{bold}", after,
             "2. Quảng bá", "Tham gia hội chợ.", *CLOSE]
    doc = process(write_bold(tmp_path, lines, form))
    items = [n for n in doc.sections if n.kind == "roman"][0].children
    assert [(n.label, n.children) for n in items] == [("1.", []), ("2.", [])]
    assert bold in items[0].text and after in items[0].text


@pytest.mark.parametrize("form", ["docx", "html_strong", "pdf"])
def test_a_bold_title_over_its_list_is_still_a_heading(tmp_path, form):
    lines = [*HEADER, "I. NHIỆM VỤ", f"{BOLD}Nhiệm vụ trọng tâm", "1. Xây dựng sản phẩm", "Mỗi huyện một làng.",
             f"{BOLD}Nhiệm vụ thường xuyên", "1. Quảng bá", "Tham gia hội chợ.", *CLOSE]
    doc = process(write_bold(tmp_path, lines, form))
    part = [n for n in doc.sections if n.kind == "roman"][0]
    assert [(n.kind, n.heading, [c.label for c in n.children]) for n in part.children] == [
        ("unnumbered", "Nhiệm vụ trọng tâm", ["1."]), ("unnumbered", "Nhiệm vụ thường xuyên", ["1."])]


# --- a table between two parts is the part's ------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_table_between_two_parts_is_the_first_parts(tmp_path, form):
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2027"], ["1", "Lượt khách", "Triệu lượt", "1,5"],
            ["2", "Doanh thu", "Tỷ đồng", "3.000"]]
    doc = process(write_with_table(tmp_path, [*PLAN, "I. MỤC TIÊU", "1. Mục tiêu chung", "Phát triển bền vững.",
                                              "2. Chỉ tiêu cụ thể", "Các chỉ tiêu như sau:"], rows,
                                   ["II. NHIỆM VỤ", "1. Xây dựng sản phẩm", "Mỗi huyện một làng.", *CLOSE], form))
    assert wrong_nodes(doc.sections, [
        N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", "Mục tiêu chung", "bền vững"),
          N("arabic", "2", "Chỉ tiêu cụ thể", "như sau")),
        N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Xây dựng sản phẩm", "làng"))]) == []
    (table,) = [n for top in doc.sections for n in top.walk() if n.kind == "table"]
    assert table.level == 3
