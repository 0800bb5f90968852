"""Review of s43-sections' new rules (s43 fixsec): a mistyped quotation mark swallowing the document's own parts
(``sections._quoted_out``), concluding formulas moving real body text into the closing (sections.json
concluding_formulas, read only as the body's last paragraph), and a decision's own annex under "(Kèm theo Quyết định
…)" read as the plan it issues (``sections._own_parts_under``). The reviewer's inputs (on 323315f) and variants written
here; every name and number made up."""

from __future__ import annotations

import pytest
from conftest import write_in_form
from test_sections_s42_blind import ARTICLES, DECISION, DECISION_CLOSE
from test_sections_s43_blind import CLOSE, DIRECTIVE, DIRECTIVE_CLOSE, HEAD, LINK, MINISTRY, MINISTRY_CLOSE, MOTTO, NOTICE, \
    NOTICE_CLOSE, PROVINCE

from pipeline.run import process

ALL = ["text", "html", "docx", "pdf"]
TWO = ["text", "docx"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9)))


def _tree(nodes) -> list:
    return [(n.kind, n.label, _tree(n.children)) for n in nodes if n.kind not in ("opening", "closing")]


# 1. a quotation mark typed wrong --------------------------------------------------------------------------------------

PLAN_TREE = [("roman", "I.", []), ("roman", "II.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("roman", "III.", [])]


def _plan(line_in_i: str, line_in_iii: str = "Các sở hưởng ứng cuộc vận động ”Người Việt dùng hàng Việt”.") -> list[str]:
    return [*HEAD, "I. MỤC ĐÍCH, YÊU CẦU", line_in_i, "II. NHIỆM VỤ",
            "1. Sở Nội vụ chủ trì số hóa hồ sơ, hoàn thành trước ngày 30/6/2026.",
            "2. Sở Tài chính bố trí kinh phí trong Quý III/2026.", "III. TỔ CHỨC THỰC HIỆN", line_in_iii, *CLOSE]


@pytest.mark.parametrize("form", ALL)
def test_a_curly_quote_closed_with_a_straight_mark_swallows_no_part(tmp_path, form):
    doc = _read(tmp_path, _plan("“Năm 2026 - Năm dữ liệu số\" là chủ đề của năm."), form)
    assert _tree(doc.sections) == PLAN_TREE


@pytest.mark.parametrize("form", TWO)
@pytest.mark.parametrize("line_in_i, line_in_iii", [
    # a closing mark typed as an opening one
    ("“Năm 2026 - Năm dữ liệu số“ là chủ đề của năm.", "Các sở hưởng ứng cuộc vận động “Người Việt dùng hàng Việt”."),
    # doubled marks
    ("““Năm 2026 - Năm dữ liệu số” là chủ đề của năm.", "Các sở hưởng ứng cuộc vận động ”Người Việt dùng hàng Việt””."),
    # straight marks and inch signs
    ('"Phòng họp số" trang bị màn hình 55" cho mỗi xã.', 'Các sở trang bị máy tính 14" cho cán bộ.'),
], ids=["wrong side", "doubled", "inches"])
def test_a_mark_typed_wrong_swallows_no_part(tmp_path, form, line_in_i, line_in_iii):
    assert _tree(_read(tmp_path, _plan(line_in_i, line_in_iii), form).sections) == PLAN_TREE


@pytest.mark.parametrize("form", TWO)
@pytest.mark.parametrize("first, second", [
    ("“2. Hồ sơ gồm đơn đề nghị và bản sao giấy tờ.\"", "\"1. Thời hạn cấp mã số là 15 ngày.”"),
    ('"2. Hồ sơ gồm đơn đề nghị và bản sao giấy tờ.”', '“1. Thời hạn cấp mã số là 15 ngày."'),
], ids=["curly then straight", "straight then curly"])
def test_an_amending_clause_is_not_swallowed_by_the_clause_before(tmp_path, form, first, second):
    lines = [*MINISTRY, "Điều 1. Sửa đổi, bổ sung Thông tư số 05/2025/TT-BNNMT", "1. Sửa đổi khoản 2 Điều 3 như sau:", first,
             "2. Sửa đổi khoản 1 Điều 5 như sau:", second, "Điều 2. Hiệu lực", "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    assert _tree(_read(tmp_path, lines, form).sections) == [
        ("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("article", "Điều 2.", [])]


@pytest.mark.parametrize("form", TWO)
def test_a_quotation_after_no_colon_holds_no_labels(tmp_path, form):
    """A quotation opening a line that follows no "… như sau:" quotes no article: the parts stay the document's."""
    lines = [*MINISTRY, "Điều 1. Phạm vi", "“Vùng trồng” là khu vực sản xuất.", "“Mã số vùng trồng là mã định danh.",
             "1. Cấp mã số.", "2. Giám sát.”", "Điều 2. Hiệu lực", "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    assert _tree(_read(tmp_path, lines, form).sections) == [
        ("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("article", "Điều 2.", [])]


@pytest.mark.parametrize("form", TWO)
def test_a_quotation_taking_in_labels_at_its_own_rank_is_none(tmp_path, form):
    """"“1. …" left open over the next "2. Sửa đổi …": the second is the document's clause, not the quoted text's."""
    lines = [*MINISTRY, "Điều 1. Sửa đổi, bổ sung Thông tư số 05/2025/TT-BNNMT", "1. Sửa đổi khoản 2 Điều 3 như sau:",
             "“2. Hồ sơ gồm đơn đề nghị.", "2. Sửa đổi khoản 1 Điều 5 như sau:", "“1. Thời hạn cấp mã số là 15 ngày.”",
             "Điều 2. Hiệu lực", "Có hiệu lực từ ngày ký./.", *MINISTRY_CLOSE]
    assert _tree(_read(tmp_path, lines, form).sections) == [
        ("article", "Điều 1.", [("arabic", "1.", []), ("arabic", "2.", [])]), ("article", "Điều 2.", [])]


# 2. concluding formulas only as the body's last paragraph -------------------------------------------------------------

OFFICE_TASK = ("Văn phòng UBND tỉnh thông báo cho các sở, ngành biết ý kiến chỉ đạo của Chủ tịch UBND tỉnh; theo dõi, đôn "
               "đốc việc thực hiện Kế hoạch này, báo cáo UBND tỉnh trước ngày 20/12/2026.")


@pytest.mark.parametrize("form", ALL)
def test_an_office_task_after_a_plans_last_point_stays_the_points(tmp_path, form):
    lines = [*HEAD, "I. MỤC ĐÍCH, YÊU CẦU", "Hoàn thành số hóa.", "II. NHIỆM VỤ", "1. Số hóa hồ sơ.", "III. TỔ CHỨC THỰC HIỆN",
             "1. Các sở chủ trì thực hiện.", "2. Văn phòng UBND tỉnh", OFFICE_TASK, *CLOSE]
    sections = _read(tmp_path, lines, form).sections
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("Nơi nhận")
    last = [n for n in sections if n.kind == "roman"][-1].children[-1]
    assert last.label == "2." and "20/12/2026" in last.text


LETTER = [*PROVINCE, "Số: 1234/UBND-KT", "V/v phối hợp chuyển đổi số", *MOTTO, "Kính gửi: Bộ Nông nghiệp và Môi trường."]
LETTER_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Mai"]


@pytest.mark.parametrize("form", ALL)
@pytest.mark.parametrize("body", [
    ["Trân trọng cảm ơn Quý Bộ đã quan tâm hỗ trợ tỉnh trong thời gian qua.",
     "UBND tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Quý Bộ hoàn thiện hồ sơ, trước ngày 30/4/2026.",
     "Trân trọng./."],
    ["Văn phòng UBND tỉnh thông báo để các sở, ngành biết: Chủ tịch UBND tỉnh giao Sở Tài chính bố trí kinh phí, trước "
     "ngày 30/4/2026."],
], ids=["letter", "notice"])
def test_a_body_with_no_points_stays_the_body(tmp_path, form, body):
    sections = _read(tmp_path, [*LETTER, *body, *LETTER_CLOSE], form).sections
    closing = sections[-1]
    assert closing.kind == "closing" and "30/4/2026" not in closing.text
    assert any("30/4/2026" in n.text for n in sections[:-1])


DIRECTIVE_POINTS = ["1. Các sở, ngành tăng cường kiểm tra.", "2. UBND các xã tổ chức trực 24/24 trong mùa khô."]


@pytest.mark.parametrize("form", ALL)
@pytest.mark.parametrize("last", [
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này; giao Sở Nông nghiệp và Môi trường "
    "theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026.",
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này. Sở Nông nghiệp và Môi trường "
    "theo dõi, báo cáo kết quả trước ngày 15/12/2026./.",
], ids=["giao", "two sentences"])
def test_a_directive_formula_carrying_a_task_stays_the_part(tmp_path, form, last):
    sections = _read(tmp_path, [*DIRECTIVE, *DIRECTIVE_POINTS, "3. Tổ chức thực hiện", last, *DIRECTIVE_CLOSE], form).sections
    assert sections[-1].kind == "closing" and "15/12/2026" not in sections[-1].text
    part = [n for n in sections if n.kind == "arabic"][-1]
    assert part.label == "3." and "15/12/2026" in part.text


@pytest.mark.parametrize("form", ALL)
def test_a_directive_formula_over_its_points_opens_no_closing(tmp_path, form):
    lines = [*DIRECTIVE, "1. Các sở, ngành tăng cường kiểm tra.", "2. Tổ chức thực hiện",
             "Chủ tịch UBND tỉnh yêu cầu các Sở, ngành khẩn trương triển khai Chỉ thị này, cụ thể như sau:",
             "a) Công an tỉnh chủ trì kiểm tra, hoàn thành trước ngày 15/11/2025;", "b) Sở Tài chính bố trí kinh phí.",
             "3. Sở Nội vụ theo dõi, báo cáo kết quả trước ngày 15/12/2025.", *DIRECTIVE_CLOSE]
    sections = _read(tmp_path, lines, form).sections
    assert _tree(sections) == [("arabic", "1.", []), ("arabic", "2.", [("letter", "a)", []), ("letter", "b)", [])]),
                               ("arabic", "3.", [])]
    assert sections[-1].text.startswith("Nơi nhận")


@pytest.mark.parametrize("form", TWO)
def test_a_formula_under_a_heading_alone_is_that_parts_text(tmp_path, form):
    """"3. Tổ chức thực hiện" printed as a heading, the formula the only line under it: the part's text, not an empty part."""
    formula = "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện Chỉ thị này./."
    sections = _read(tmp_path, [*DIRECTIVE, *DIRECTIVE_POINTS, "3. Tổ chức thực hiện", formula, *DIRECTIVE_CLOSE], form).sections
    part = [n for n in sections if n.kind == "arabic"][-1]
    assert part.label == "3." and "Chỉ thị này" in part.text


# 4. formulas the last-paragraph rule makes safe -----------------------------------------------------------------------

@pytest.mark.parametrize("form", TWO)
@pytest.mark.parametrize("formula", [
    "Văn phòng UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh để các cơ quan, đơn vị biết, thực hiện./.",
    "Sở Nội vụ thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các xã có trách nhiệm tổ chức triển khai thực hiện nghiêm túc "
    "Chỉ thị này./.",
    "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã thực hiện nghiêm Chỉ thị này./.",
], ids=["ket luan", "so noi vu", "trach nhiem", "thuc hien nghiem"])
def test_a_formula_as_the_last_paragraph_opens_the_closing(tmp_path, form, formula):
    sections = _read(tmp_path, [*NOTICE, "1. Đánh giá cao kết quả.", "2. Giao Sở Tài chính bố trí kinh phí.", formula,
                                *NOTICE_CLOSE], form).sections
    assert sections[-1].kind == "closing" and sections[-1].text.startswith(formula.split()[0])
    assert "Chỉ thị này" not in sections[-2].text and "biết" not in sections[-2].text


@pytest.mark.parametrize("form", TWO)
def test_a_formula_with_a_point_after_it_stays_the_points(tmp_path, form):
    formula = "Sở Nội vụ thông báo để các cơ quan, đơn vị biết, thực hiện."
    sections = _read(tmp_path, [*NOTICE, "1. Đánh giá cao kết quả.", formula, "2. Giao Sở Tài chính bố trí kinh phí.",
                                *NOTICE_CLOSE], form).sections
    assert [n.label for n in sections if n.kind == "arabic"] == ["1.", "2."]
    assert sections[-1].text.startswith("Nơi nhận")


# 3. a decision's own annex under "(Kèm theo Quyết định …)" ------------------------------------------------------------

OWN_ANNEX = ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026.",
             "Điều 2. Phân công nhiệm vụ cụ thể cho các cơ quan, đơn vị tại Phụ lục kèm theo Quyết định này.",
             "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./."]


@pytest.mark.parametrize("form", ALL)
@pytest.mark.parametrize("articles, parts", [
    (OWN_ANNEX, ["I. NHIỆM VỤ TRỌNG TÂM", "1. Giám sát dịch hại", "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "1. Sở Nông nghiệp chủ trì."]),
    (ARTICLES, ["I. NỘI DUNG CHI", "1. Chi mua thuốc: 200 triệu đồng.", "II. KINH PHÍ THỰC HIỆN", "Ngân sách tỉnh."]),
    (ARTICLES, ["I. NHIỆM VỤ TRỌNG TÂM", "1. Giám sát dịch hại", "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "1. Sở Nông nghiệp chủ trì."]),
    (ARTICLES, ["I. MỤC TIÊU", "Kiểm soát dịch.", "II. GIẢI PHÁP", "Giám sát.", "III. KINH PHÍ", "Ngân sách tỉnh."]),
    (OWN_ANNEX, ["I. MỤC ĐÍCH, YÊU CẦU", "Chủ động.", "II. NHIỆM VỤ", "Giám sát.", "III. TỔ CHỨC THỰC HIỆN", "Các sở."]),
], ids=["own annex named", "budget", "tasks", "no closing part", "plan parts but own annex named"])
def test_a_decisions_own_annex_under_a_link_is_no_issued_plan(tmp_path, form, articles, parts):
    sections = _read(tmp_path, [*DECISION, *articles, *DECISION_CLOSE, LINK, *parts], form).sections
    assert not [n for n in sections if n.kind == "attached"]
    assert sections[-1].kind == "annex"


@pytest.mark.parametrize("form", TWO)
def test_a_plan_under_a_link_with_an_opening_and_a_closing_part_is_the_issued_plan(tmp_path, form):
    parts = ["I. MỤC TIÊU", "Kiểm soát dịch.", "II. GIẢI PHÁP", "Giám sát.", "III. TỔ CHỨC THỰC HIỆN", "Các sở."]
    sections = _read(tmp_path, [*DECISION, *ARTICLES, *DECISION_CLOSE, LINK, *parts], form).sections
    assert sections[-1].kind == "attached"
