"""s48 review of the s48-sections rules (tests/test_sections_blind_s48.py): a plain title standing for numbers a copy lost
(sections._lost_numbers_rank) and a directive's or dispatch's closing paragraph (sections.json concluding_formulas).

FACTS (the shapes; every fixture is written for the test, names and numbers made up):
- Some plans number their items on across the Roman parts or the "A." / "B." groups ("I." / "1." / "II." / "2." …),
  with a subtitle in sentence case over a paragraph at the head of a part. No number is lost there: the title is the
  part's text, not a stand-in for a lost "1.".
- A plan's task items often head with the lead body ("1. Sở Văn hóa, Thể thao và Du lịch" / its duty). A copy that lost
  one of those numbers leaves the body's name as a plain line; once it is a heading, its duty is that body's, with the
  deadline, at the line it stands on.
- A directive's last paragraph may carry a real duty with a deadline counted from the signing ("Trong 30 ngày kể từ
  ngày ký, …"): that is the last item's text, never the closing.
"""

from __future__ import annotations

import pytest
from section_trees import lines_lost, read
from test_structure_s29 import N, wrong_nodes

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 3 tháng 4 năm 2028"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Lò Văn Sơn"]
PLAN = [*PROVINCE, "Số: 77/KH-UBND", *MOTTO, "KẾ HOẠCH", "Phát triển làng nghề truyền thống năm 2028",
        "Thực hiện Nghị quyết số 11/NQ-HĐND của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
DIRECTIVE = [*PROVINCE, "Số: 02/CT-UBND", *MOTTO, "CHỈ THỊ", "Về tăng cường phòng cháy, chữa cháy mùa khô",
             "Mùa khô năm nay dự báo nắng nóng kéo dài. Để chủ động phòng cháy, Chủ tịch UBND tỉnh chỉ thị:"]
CHAIR_CLOSE = ["Nơi nhận:", "- Bộ Công an;", "- Lưu: VT.", "CHỦ TỊCH", "Đinh Công Hào"]
FORMS = ["text", "html", "docx"]

# --- numbers that go on across parts: no number lost, the subtitle stays the part's text ----------------------------

GOING_ON = {
    "items_numbered_on_across_roman_parts": (
        [*PLAN, "I. MỤC TIÊU", "1. Khôi phục 12 làng nghề.", "II. NHIỆM VỤ", "Nhiệm vụ trọng tâm",
         "Tập trung phát triển sản phẩm đặc trưng của từng làng.", "2. Sở Công Thương hỗ trợ xúc tiến thương mại.",
         "3. Sở Tài chính bố trí kinh phí.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "", N("arabic", "1", None, "12 làng nghề")),
         N("roman", "II", "NHIỆM VỤ", "Nhiệm vụ trọng tâm", N("arabic", "2", None, "xúc tiến"),
           N("arabic", "3", None, "bố trí kinh phí"))]),
    "items_numbered_on_across_letter_groups": (
        [*PLAN, "A. NHIỆM VỤ CHUNG", "1. Tuyên truyền về làng nghề.", "B. NHIỆM VỤ CỤ THỂ", "Phân công thực hiện",
         "Các cơ quan được giao triển khai theo chức năng, nhiệm vụ.", "2. Sở Công Thương hỗ trợ xúc tiến thương mại.",
         "3. UBND các huyện quy hoạch mặt bằng.", *CLOSE],
        [N("upper_letter", "A", "NHIỆM VỤ CHUNG", "", N("arabic", "1", None, "Tuyên truyền")),
         N("upper_letter", "B", "NHIỆM VỤ CỤ THỂ", "Phân công thực hiện", N("arabic", "2", None, "xúc tiến"),
           N("arabic", "3", None, "mặt bằng"))]),
    "points_lettered_on_across_items": (
        [*PLAN, "I. NHIỆM VỤ", "1. Quảng bá", "a) Đăng tin trên báo tỉnh.", "2. Đào tạo", "Mở lớp cho hộ",
         "Các lớp mở tại nhà văn hóa thôn.", "b) Sở Lao động mở 10 lớp.", "c) UBND các huyện cử học viên.", *CLOSE],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("arabic", "1", "Quảng bá", "", N("letter", "a", None, "báo tỉnh")),
           N("arabic", "2", "Đào tạo", "Mở lớp cho hộ", N("letter", "b", None, "10 lớp"),
             N("letter", "c", None, "học viên")))]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(GOING_ON))
def test_numbers_going_on_across_parts_lose_no_number(tmp_path, name, form):
    """The run before the part ends right before the part's next number ("1." under I, "2." under II): that number is
    not lost, so the subtitle over a paragraph is the part's text, not an unnumbered sibling of its items."""
    lines, expected = GOING_ON[name]
    doc = read(tmp_path, lines, form)
    assert wrong_nodes(doc.sections, expected) == []
    assert lines_lost(doc, lines) == []


# --- a heading standing for a lost number keeps its duty, its lead, its deadline and its place ----------------------

AGENCY_LOST = [*PLAN, "I. MỤC TIÊU", "Khôi phục 12 làng nghề.", "II. NHIỆM VỤ", "1. Sở Công Thương",
               "Chủ trì xúc tiến thương mại, hoàn thành trước ngày 30/9/2028.", "Sở Tài chính",
               "Tham mưu bố trí kinh phí, hoàn thành trong quý II năm 2028.", "3. UBND các huyện",
               "Quy hoạch mặt bằng cho các làng nghề.", "III. TỔ CHỨC THỰC HIỆN", "Sở Công Thương theo dõi.", *CLOSE]
POINTS_LOST = [*PLAN, "I. MỤC TIÊU", "Khôi phục 12 làng nghề.", "II. NHIỆM VỤ", "1. Quảng bá",
               "Sở Công Thương đăng tin hằng tháng.", "Đào tạo nhân lực",
               "a) Sở Lao động mở 10 lớp, hoàn thành trước ngày 30/6/2028;", "b) UBND các huyện cử học viên.",
               "3. Kiểm tra", "Sở Công Thương kiểm tra hằng quý.", *CLOSE]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_body_named_on_a_lost_numbers_line_leads_its_duty(tmp_path, form):
    """"Sở Tài chính" stands for the lost "2.": its duty is led by that body alone (not "Sở Tài chính Tham mưu" read
    into the item before), keeps its deadline, and the node and the duty stand at the lines they are printed on."""
    doc = read(tmp_path, AGENCY_LOST, form)
    (node,) = [n for top in doc.sections for n in top.walk() if n.heading == "Sở Tài chính"]
    at = AGENCY_LOST.index("Sở Tài chính") + 1
    assert node.kind == "unnumbered" and (node.line_start, node.line_end) == (at, at + 1)
    (duty,) = [a for a in doc.assignments if a.deadline and "quý II" in a.deadline.text]
    assert (duty.agency.name, duty.role, duty.section, duty.line_start) == ("Sở Tài chính", "lead", node.id, at)
    assert [a.agency.name for a in doc.assignments if a.section == "sec_II__item_1"] == ["Sở Công Thương"]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_points_under_a_lost_numbers_title_keep_their_leads(tmp_path, form):
    """The points under "Đào tạo nhân lực" (standing for the lost "2.") are its, each led by its own body with its own
    deadline; the item before gets no lead made of its text."""
    doc = read(tmp_path, POINTS_LOST, form)
    (node,) = [n for top in doc.sections for n in top.walk() if n.heading == "Đào tạo nhân lực"]
    points = {a.agency.name: a for a in doc.assignments if a.section and a.section.startswith(node.id + "__")}
    assert sorted(points) == ["Sở Lao động", "UBND các huyện"]
    assert points["Sở Lao động"].deadline.text == "hoàn thành trước ngày 30/6/2028"
    assert points["UBND các huyện"].deadline is None
    assert [a.agency.name for a in doc.assignments if "hằng tháng" in a.agency.name or a.duty == node.heading] == []


# --- a directive's last paragraph with a duty counted from the signing stays the item's --------------------------------

ITEMS = ["1. Công an tỉnh kiểm tra các cơ sở kinh doanh xăng dầu.", "2. Sở Nông nghiệp và Môi trường bảo vệ rừng."]
DUTIES_FROM_SIGNING = [
    "Trong 30 ngày kể từ ngày ký, Giám đốc Sở Xây dựng có trách nhiệm triển khai thực hiện Chỉ thị này./.",
    "Chỉ thị này có hiệu lực kể từ ngày ký. Giám đốc Sở Xây dựng có trách nhiệm rà soát trong 30 ngày kể từ ngày ký "
    "và tổ chức thực hiện Chỉ thị này./.",
    "Chỉ thị này có hiệu lực kể từ ngày ký. Các sở hoàn thành rà soát trong 30 ngày kể từ ngày ký ban hành./.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("last", DUTIES_FROM_SIGNING, ids=["within_30_days", "effect_then_duty", "effect_then_deadline"])
def test_a_duty_counted_from_the_signing_stays_the_last_items(tmp_path, form, last):
    """A deadline counted from the signing ("trong 30 ngày kể từ ngày ký") in the body's last paragraph is a duty: the
    paragraph stays the last item's text; the closing starts at the recipients."""
    doc = read(tmp_path, [*DIRECTIVE, *ITEMS, last, *CHAIR_CLOSE], form)
    (item,) = [n for n in doc.sections if n.kind == "arabic" and n.label == "2."]
    assert "30 ngày" in item.text
    (closing,) = [n for n in doc.sections if n.kind == "closing"]
    assert closing.text.startswith("Nơi nhận")
