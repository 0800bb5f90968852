"""Duties in prose and in dispatches that read wrong or got lost (the s52 authors' and reviewers' leftovers).

1. A dispatch's (Công văn) point that opens with bodies and a verb other than a role word ("Sở Nội vụ rà soát, tổng
   hợp …", "Công an tỉnh tăng cường …") gives them the work; not where it tells what was done or is being done ("Sở Y
   tế đã …", "đang …", "được giao …"), names a body the registry does not know, the issuer itself, or stands under a
   lead-in that quotes a rule ("Điều 50 Nghị định … quy định:"); only after a lead-in by which the dispatch turns to
   giving work ("… có ý kiến như sau:", "… chỉ đạo như sau:": tests/test_s53_review_duties.py).
2. A report asked of a body ("Sở Tài chính báo cáo kết quả … về UBND tỉnh trước ngày 15/12/2026") is its duty; a body
   reporting in the text itself ("Sở Tài chính báo cáo như sau:") or the issuer reporting in its own dispatch none.
3. "Thường trực HĐND, UBND các xã, phường, thị trấn" (commas inside the level): both organs of the communes, never
   "phường" or "thị trấn" a body, never a bare "HĐND" (the province's).
4. A sentence that opens with a time and tells what was done then ("Năm 2025, Sở Y tế đã hoàn thành …"): no duty, no
   deadline.
5. "Lãnh đạo các đơn vị" / "Thủ trưởng các cơ quan, đơn vị" as a subject or a partner: the units, as printed.

Every fixture is written for the test: numbers, places, people and wording made up.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages import assignments as stage

FORMS = ["text", "docx"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PROVINCE_DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 2417/UBND-NC", "V/v rà soát biên chế năm 2026",
                     "Quảng Ngãi, ngày 9 tháng 6 năm 2026", "Kính gửi: Các sở, ban, ngành tỉnh; UBND các xã, phường."]
DISTRICT_DISPATCH = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC PHỔ", *MOTTO, "Số: 318/UBND-VP", "V/v bảo đảm an toàn giao thông",
                     "Đức Phổ, ngày 3 tháng 4 năm 2026", "Kính gửi: Các cơ quan, đơn vị thuộc huyện."]
OWN_REPORT = ["UBND TỈNH QUẢNG NGÃI", "SỞ TÀI CHÍNH", *MOTTO, "Số: 905/STC-QLNS", "V/v báo cáo tình hình thực hiện dự toán",
              "Quảng Ngãi, ngày 12 tháng 6 năm 2026", "Kính gửi: Ủy ban nhân dân tỉnh."]
CENTRAL_DISPATCH = ["THỦ TƯỚNG CHÍNH PHỦ", *MOTTO, "Số: 512/TTg-KSTT", "V/v triển khai các nghị quyết về thủ tục hành chính",
                    "Hà Nội, ngày 6 tháng 5 năm 2026", "Kính gửi:", "- Các bộ, cơ quan ngang bộ;",
                    "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương."]
INTRO = "Thực hiện văn bản số 77/BNV-TCBC của Bộ Nội vụ, Ủy ban nhân dân tỉnh có ý kiến như sau:"
END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


def _duties(doc) -> set[tuple[str, str, str | None]]:
    return {(a.role, a.agency.name, a.deadline.end if a.deadline else None) for a in doc.assignments}


# --- 1 and 2. a dispatch's point that opens with bodies and the work they shall do ---------------------------------

GIVES_WORK = {
    "review_and_report": (
        PROVINCE_DISPATCH, ["1. Sở Nội vụ rà soát, tổng hợp số lượng biên chế của các cơ quan, đơn vị; báo cáo Ủy ban "
                            "nhân dân tỉnh trước ngày 15/7/2026."],
        {("lead", "Sở Nội vụ", "2026-07-15")}),
    "strengthen": (
        PROVINCE_DISPATCH, ["2. Công an tỉnh tăng cường công tác bảo đảm an ninh, trật tự tại các khu dân cư."],
        {("lead", "Công an tỉnh", None)}),
    "dashed_with_partner": (
        PROVINCE_DISPATCH, ["- Sở Y tế phối hợp với Sở Tài chính rà soát danh mục thuốc, bố trí kinh phí mua sắm, hoàn "
                            "thành trong quý III/2026."],
        {("lead", "Sở Y tế", "2026-09-30"), ("support", "Sở Tài chính", "2026-09-30")}),
    "plain_paragraph_district_level": (
        DISTRICT_DISPATCH, ["Để bảo đảm trật tự, an toàn giao thông trong dịp lễ, Ủy ban nhân dân huyện chỉ đạo như sau:",
                            "Công an huyện tổ chức tuần tra, kiểm soát trên các tuyến đường trọng điểm trong dịp lễ.",
                            "UBND các xã, thị trấn khẩn trương rà soát các điểm đen về tai nạn giao thông trên địa bàn."],
        {("lead", "Công an huyện", None), ("lead", "UBND các xã, thị trấn", None)}),
    # a report asked of a body, with or without its time: the body's duty
    "report_asked": (
        PROVINCE_DISPATCH, ["3. Sở Tài chính báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2026.",
                            "4. Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh kết quả kiểm tra các công trình."],
        {("lead", "Sở Tài chính", "2026-12-15"), ("lead", "Sở Xây dựng", None)}),
    # a later sentence that hands work on to a body the reader cannot take out of its condition: no part of the duty
    # before it, nor its deadline
    "another_body_s_work_after_it": (
        PROVINCE_DISPATCH, ["1. Sở Nội vụ rà soát hồ sơ, gửi kết quả về Sở Tài chính trước ngày 30/6/2026. Trường hợp "
                            "còn vướng mắc giữa các sở, ngành, giao Sở Tư pháp chủ trì thống nhất phương án, trình Ủy ban "
                            "nhân dân tỉnh trước ngày 15/7/2026."],
        {("lead", "Sở Nội vụ", "2026-06-30")}),
    # the central government's points under "…, yêu cầu:" (letters), the collective as printed
    "central_letters_under_an_asking_line": (
        CENTRAL_DISPATCH, ["Thủ tướng Chính phủ có ý kiến như sau:", "1. Về triển khai các nghị quyết",
                           "Để triển khai kịp thời các nghị quyết đã ban hành, yêu cầu:",
                           "a) Ủy ban nhân dân các tỉnh, thành phố khẩn trương tiếp nhận các thủ tục hành chính đã "
                           "phân cấp, hoàn thành trước ngày 31/5/2026.",
                           "b) Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên."],
        {("lead", "Ủy ban nhân dân các tỉnh, thành phố", "2026-05-31"), ("lead", "Văn phòng Chính phủ", None)}),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(GIVES_WORK))
def test_a_dispatchs_point_that_opens_with_bodies_gives_them_work(tmp_path, case, form):
    head, body, expected = GIVES_WORK[case]
    doc = _read(tmp_path, [*head, *([INTRO] if head is PROVINCE_DISPATCH else []), *body, *END], form)
    assert doc.metadata.doc_type == "Công văn"
    assert _duties(doc) == expected


GIVES_NONE = {
    "done": ["1. Sở Y tế đã tổ chức kiểm tra 25 cơ sở khám bệnh, chữa bệnh tư nhân."],
    "being_done": ["- Sở Tài chính đang hoàn thiện dự thảo phương án phân bổ kinh phí."],
    "led_before": ["- Sở Tài chính đã chủ trì, phối hợp với các huyện rà soát 120 hồ sơ đất đai."],
    "done_and_being_done": ["Công an tỉnh đã và đang triển khai các biện pháp bảo đảm an ninh mạng."],
    "given_before": ["2. Sở Nội vụ được giao tổng hợp số lượng biên chế tại văn bản số 12/UBND-NC."],
    "not_yet": ["3. Sở Xây dựng chưa gửi báo cáo kết quả kiểm tra các công trình."],
    "unknown_body": ["- Cơ quan có thẩm quyền kiểm tra việc chấp hành các điều kiện kinh doanh định kỳ 03 năm."],
    "the_issuer_itself": ["Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến với các bộ, ngành trung ương."],
    "a_central_body_quoted": ["1. Bộ Nội vụ hướng dẫn các địa phương rà soát biên chế theo vị trí việc làm."],
    "reporting_in_the_text": ["Sở Tài chính báo cáo như sau:", "- Tổng dự toán đã giao là 1.250 tỷ đồng."],
    # a label over the text of a list ("who is surveyed: how many"), no subject
    "a_label_over_its_text": ["2. Đối tượng khảo sát gồm:", "- Lãnh đạo UBND cấp xã: Khảo sát tất cả lãnh đạo UBND cấp xã.",
                              "- Công an xã: Khảo sát 02 người mỗi xã."],
    "a_rule_quoted": ["3. Về nghĩa vụ báo cáo:", "Điều 50 Nghị định số 268/2025/NĐ-CP quy định:",
                      "- Sở Tài chính có trách nhiệm tổng hợp tình hình thực hiện dự toán hằng quý.",
                      "- Ủy ban nhân dân cấp xã kiểm tra việc chấp hành các điều kiện định kỳ hằng năm."],
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(GIVES_NONE))
def test_a_dispatchs_point_that_tells_what_was_done_gives_none(tmp_path, case, form):
    doc = _read(tmp_path, [*PROVINCE_DISPATCH, INTRO, *GIVES_NONE[case], *END], form)
    assert doc.metadata.doc_type == "Công văn"
    assert doc.assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_a_bodys_report_in_its_own_dispatch_gives_none(tmp_path, form):
    # the Sở reports to the province: what it did and what it will do are no duty this dispatch gives
    body = ["Sở Tài chính báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện dự toán 6 tháng đầu năm 2026 như sau:",
            "1. Sở Tài chính tổng hợp dự toán của các đơn vị, trình Ủy ban nhân dân tỉnh trước ngày 30/6/2026.",
            "2. Sở Tài chính báo cáo Ủy ban nhân dân tỉnh kết quả thẩm định quyết toán."]
    doc = _read(tmp_path, [*OWN_REPORT, *body, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Phạm Văn An"], form)
    assert doc.metadata.doc_type == "Công văn"
    assert doc.assignments == []


# --- 3. a level printed once for two organs, with commas inside it -----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thường trực HĐND, UBND các xã, phường, thị trấn tổ chức giám sát việc bảo vệ rừng.",
     {"lead": ["Thường trực HĐND các xã, phường, thị trấn", "UBND các xã, phường, thị trấn"]}),
    ("HĐND, UBND các huyện, thị xã, thành phố tổ chức tiếp xúc cử tri.",
     {"lead": ["HĐND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"]}),
    ("Hội đồng nhân dân, Ủy ban nhân dân các xã, phường tuyên truyền đến Nhân dân.",
     {"lead": ["Hội đồng nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường"]}),
    ("UBND và HĐND các xã, phường, thị trấn tổ chức giám sát.",
     {"lead": ["UBND các xã, phường, thị trấn", "HĐND các xã, phường, thị trấn"]}),
    ("Thường trực Hội đồng nhân dân và Ủy ban nhân dân các huyện, thị xã rà soát.",
     {"lead": ["Thường trực Hội đồng nhân dân các huyện, thị xã", "Ủy ban nhân dân các huyện, thị xã"]}),
    ("Sở Nội vụ chủ trì, phối hợp với Thường trực HĐND, UBND các xã, phường, thị trấn tổ chức giám sát.",
     {"lead": ["Sở Nội vụ"], "support": ["Thường trực HĐND các xã, phường, thị trấn", "UBND các xã, phường, thị trấn"]}),
    # a body with its own level, or one that is no organ, keeps its name
    ("HĐND tỉnh, UBND các xã, phường tổ chức giám sát.", {"lead": ["HĐND tỉnh", "UBND các xã, phường"]}),
    ("Sở Nội vụ, UBND các xã, phường, thị trấn rà soát.", {"lead": ["Sở Nội vụ", "UBND các xã, phường, thị trấn"]}),
])
def test_two_organs_share_the_level_printed_once(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 88/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 2 tháng 3 năm 2026", "KẾ HOẠCH",
        "Bảo vệ rừng đầu nguồn năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo vệ diện tích rừng hiện có.",
        "II. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("form", FORMS)
def test_the_communes_organs_in_a_plan(tmp_path, form):
    lines = [*PLAN, "1. Thường trực HĐND, UBND các xã, phường, thị trấn tổ chức giám sát việc bảo vệ rừng.",
             "2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với HĐND, UBND các xã, phường kiểm tra hiện trạng rừng.",
             *END]
    doc = _read(tmp_path, lines, form)
    names = {a.agency.name for a in doc.assignments}
    assert not names & {"phường", "thị trấn", "HĐND", "Thường trực HĐND"}
    assert ("lead", "UBND các xã, phường, thị trấn", None) in _duties(doc)
    assert ("support", "HĐND các xã, phường", None) in _duties(doc)
    # the communes' council leads nothing in the province's plan: left out, its name whole in the warning
    assert [w for w in doc.warnings if w.code == "duty_council_not_assigned"
            and "'Thường trực HĐND các xã, phường, thị trấn'" in w.message]


# --- 4. a time opening a sentence that tells what was done ---------------------------------------------------------

DIRECTIVE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 09/CT-UBND", *MOTTO, "Quảng Ngãi, ngày 4 tháng 3 năm 2026",
             "CHỈ THỊ", "Về tăng cường kiểm tra an toàn thực phẩm",
             "Thời gian qua, tình hình ngộ độc thực phẩm có chiều hướng tăng.", "Chủ tịch UBND tỉnh yêu cầu:"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("head", ["plan", "directive"])
def test_a_time_opening_what_was_done_is_no_duty(tmp_path, form, head):
    lines = [*(PLAN if head == "plan" else DIRECTIVE),
             "1. Năm 2025, Sở Y tế đã hoàn thành kiểm tra 30 cơ sở khám bệnh trên địa bàn tỉnh.",
             "2. Quý I/2026, Công an tỉnh đang điều tra 4 vụ sản xuất thực phẩm giả.",
             "3. Tháng 6/2026, Sở Công Thương tổ chức kiểm tra các chợ đầu mối.",
             "4. Ban Quản lý an toàn thực phẩm kiểm tra các bếp ăn tập thể. Năm 2025, Ban đã kiểm tra 40 bếp ăn.", *END]
    doc = _read(tmp_path, lines, form)
    assert _duties(doc) == {("lead", "Sở Công Thương", "2026-06-30"), ("lead", "Ban Quản lý an toàn thực phẩm", None)}
    assert not any("đã" in a.duty or "đang" in a.duty for a in doc.assignments)


@pytest.mark.parametrize(("sentence", "done"), [
    ("Năm 2025, Sở Y tế đã hoàn thành kiểm tra 30 cơ sở.", True),
    ("Quý I/2026, Công an tỉnh đang điều tra 4 vụ.", True),
    ("Tháng 3/2026, đã tổ chức 2 hội nghị.", True),
    ("Năm 2027, Sở Nội vụ trình phương án kiện toàn.", False),
    ("Tháng 6/2026, Sở Y tế tổ chức kiểm tra các bếp ăn.", False),
    ("Sở Y tế đã tổ chức kiểm tra.", False),  # no time opens it: read as before
])
def test_done_at_its_opening_time(sentence, done):
    assert stage._done_at_its_opening_time(sentence) is done


# --- 5. the heads of units as a subject or a partner: the units ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lãnh đạo các đơn vị chỉ đạo rà soát diện tích rừng.", {"lead": ["các đơn vị"]}),
    ("Lãnh đạo các cơ quan, đơn vị, địa phương quán triệt Kế hoạch.", {"lead": ["các cơ quan, đơn vị, địa phương"]}),
    ("Thủ trưởng các cơ quan, đơn vị tổ chức quán triệt Kế hoạch.", {"lead": ["các cơ quan, đơn vị"]}),
    ("Lãnh đạo, Thủ trưởng các cơ quan, đơn vị khẩn trương triển khai.", {"lead": ["các cơ quan, đơn vị"]}),
    ("Sở Y tế chủ trì, phối hợp với lãnh đạo các đơn vị rà soát.", {"lead": ["Sở Y tế"], "support": ["các đơn vị"]}),
])
def test_the_heads_of_units_are_the_units(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


# --- 6. a table copied a cell a line leaves the paragraph after it to the body (fixed in s54: test_tables_s54.py) ----------

DIRECTIVE_TABLE = [*DIRECTIVE[:-1], "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:",
                   "1. Phân công nhiệm vụ cụ thể theo bảng sau:",
                   "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
                   "1", "Kiểm tra các bếp ăn tập thể", "Sở Y tế", "Tháng 6/2026",
                   "2", "Lấy mẫu thực phẩm tại các chợ", "Sở Công Thương", "Quý III/2026"]


def test_the_paragraph_after_a_table_copied_a_cell_a_line_stays_prose(tmp_path):
    doc = _read(tmp_path, [*DIRECTIVE_TABLE, "Giao Công an tỉnh điều tra nguyên nhân các vụ ngộ độc.", *END], "text")
    assert ("lead", "Công an tỉnh", None) in _duties(doc)
    assert all("Công an tỉnh" not in (task.deadline.text if task.deadline else "") for task in doc.tasks)
