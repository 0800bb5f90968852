"""Review of the s51 prose-assignment rules (a central body asking, a request by another body, partners named by their
heads, a unit word after "và", a month, a quarter or a year opening a sentence).

Two readings were wrong. A name the registry gives a central body AND a local one ("Cục Thống kê", "Kho bạc Nhà nước",
"Cục Thuế": in an older province's plan its own office) was taken for a central body above the issuer, so the office
asking lost its duty ("Cục Thống kê đề nghị các sở, ngành cung cấp số liệu": no body): only a name no local body bears
is central now. A head's post in small letters before words that name no body ("phối hợp với chủ tịch hội đồng thẩm
định") was dropped, leaving "hội đồng" as a partner: a post in small letters is dropped only before a body's name. The
other cases hold what the rules read right: a central body named but not asking, a ministry's or a Cục's own plan,
unit words printed for each body, openings with no body after them. Documents of our own, as text and Word files.
"""

from __future__ import annotations

import pytest

from test_assign_s51 import DISTRICT
from test_s48_review_assign import DEPARTMENT, PROVINCE  # a province's plan and a Sở's (Sở Nội vụ)
from test_s49_review_assign import FORMS, assert_sentence_gives, by_point, plan_doc

MINISTRY = ["BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 31/KH-BYT",
            "Hà Nội, ngày 8 tháng 5 năm 2026", "KẾ HOẠCH", "Chuyển đổi số trong ngành y tế năm 2026"]
MINISTRY_DEPARTMENT = ["BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Số: 17/KH-KCB", "Hà Nội, ngày 8 tháng 5 năm 2026", "KẾ HOẠCH",
                       "Kiểm tra chất lượng bệnh viện năm 2026"]

# (header, sentence, the (name, role) a careful clerk writes; set(): the sentence proves no body)
SENTENCES = {
    # a name a province's own office bears too: that office asks, it leads its asking (was no body)
    "statistics_office_requests": (PROVINCE, "Cục Thống kê đề nghị các sở, ngành cung cấp số liệu thống kê.",
                                   {("Cục Thống kê", "lead")}),
    "treasury_requires": (PROVINCE, "Kho bạc Nhà nước yêu cầu các đơn vị sử dụng ngân sách mở tài khoản giao dịch.",
                          {("Kho bạc Nhà nước", "lead")}),
    # a head's post in small letters before words that name no body: nothing (was "hội đồng" as a partner)
    "head_of_an_unnamed_council": (PROVINCE, "Sở Y tế chủ trì, phối hợp với chủ tịch hội đồng thẩm định kiểm tra hồ sơ.",
                                   {("Sở Y tế", "lead")}),
    "head_of_an_unnamed_board": (DISTRICT, "Phòng Y tế chủ trì, phối hợp với trưởng đoàn kiểm tra liên ngành rà soát.",
                                 {("Phòng Y tế", "lead")}),
    # a central body named, not asking: the partner it is (kept)
    "ministry_as_partner": (PROVINCE, "Sở Nội vụ chủ trì, phối hợp với Bộ Nội vụ rà soát hồ sơ công chức.",
                            {("Sở Nội vụ", "lead"), ("Bộ Nội vụ", "support")}),
    "ministry_reported_to": (PROVINCE, "Sở Nội vụ chủ trì tổng hợp, báo cáo Bộ Nội vụ kết quả thực hiện.",
                             {("Sở Nội vụ", "lead")}),
    # a ministry's or its Cục's own plan: the issuer asks, those asked lead (kept)
    "ministry_asks_in_its_own_plan": (MINISTRY, "Bộ Y tế yêu cầu các Sở Y tế kiểm tra cơ sở khám bệnh.",
                                      {("các Sở Y tế", "lead")}),
    "cuc_asks_in_its_own_plan": (MINISTRY_DEPARTMENT, "Cục Quản lý Khám, chữa bệnh yêu cầu các bệnh viện triển khai "
                                                      "đánh giá chất lượng.", {("các bệnh viện", "lead")}),
    "parent_ministry_asks_in_cuc_plan": (MINISTRY_DEPARTMENT, "Bộ Y tế yêu cầu các bệnh viện triển khai đánh giá chất lượng.",
                                         set()),
    # a unit word printed for each body: each keeps its own (kept)
    "province_police_and_district_military": (
        PROVINCE, "Công an tỉnh và Ban Chỉ huy Quân sự huyện chủ trì rà soát địa bàn.",
        {("Công an tỉnh", "lead"), ("Ban Chỉ huy Quân sự huyện", "lead")}),
    "department_and_province_military": (
        PROVINCE, "Sở Y tế và Ban Chỉ huy Quân sự tỉnh chủ trì rà soát địa bàn.",
        {("Sở Y tế", "lead"), ("Ban Chỉ huy Quân sự tỉnh", "lead")}),
    "commune_bodies_each_with_level": (
        DISTRICT, "Công an xã và Ban Chỉ huy Quân sự xã chủ trì rà soát địa bàn.",
        {("Công an xã", "lead"), ("Ban Chỉ huy Quân sự xã", "lead")}),
    # a month, a quarter or a year opening a sentence that names no body after it, or names one inside a clause of
    # its own: no body (kept)
    "month_then_no_subject": (PROVINCE, "Tháng 6/2026, hoàn thành rà soát thủ tục hành chính của các sở, ngành.", set()),
    "year_then_no_subject": (PROVINCE, "Năm 2026, toàn tỉnh phấn đấu 100% hồ sơ được số hóa.", set()),
    "quarter_without_comma": (PROVINCE, "Quý III/2026 Sở Y tế kiểm tra các cơ sở khám bệnh.", set()),
}
SENTENCE_CASES = [(k, fmt) for k in SENTENCES for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), SENTENCE_CASES, ids=[f"{k}-{fmt}" for k, fmt in SENTENCE_CASES])
def test_who_a_sentence_gives_the_duty(k, fmt, tmp_path):
    assert_sentence_gives(tmp_path, *SENTENCES[k], fmt)


POINTS = ["- Sở Tài chính bố trí kinh phí thực hiện;", "- Sở Y tế kiểm tra các cơ sở khám bệnh."]
# a lead-in over points and what each point (section id's last part) gets; "item_1": the lead-in's own
LEAD_INS = {
    # a province's own office whose name a central body bears too: it leads its asking (was none)
    "tax_office_requests_in_province_plan": (
        PROVINCE, ["1. Cục Thuế đề nghị:", *POINTS],
        {"item_1": {("Cục Thuế", "lead")}, "dash_1": {("Sở Tài chính", "requested")},
         "dash_2": {("Sở Y tế", "requested")}}),
    # the ministry above the Sở asks: the points as its word says, no duty of its own (kept)
    "minister_requires_in_department_plan": (
        DEPARTMENT, ["1. Bộ trưởng Bộ Nội vụ yêu cầu:", "- Phòng Tổ chức cán bộ rà soát hồ sơ công chức;",
                     "- Văn phòng Sở tổng hợp kết quả."],
        {"dash_1": {("Phòng Tổ chức cán bộ", "lead")}, "dash_2": {("Văn phòng Sở", "lead")}}),
}
LEAD_IN_CASES = [(k, fmt) for k in LEAD_INS for fmt in FORMS]


@pytest.mark.parametrize(("k", "fmt"), LEAD_IN_CASES, ids=[f"{k}-{fmt}" for k, fmt in LEAD_IN_CASES])
def test_what_the_points_of_a_lead_in_get(k, fmt, tmp_path):
    header, lines, expected = LEAD_INS[k]
    assert by_point(plan_doc(tmp_path, header, lines, fmt)) == expected
