"""Review of s52-articles: wordings of the same classes that read a confident wrong value on the branch.

- The closing formula in its "thực hiện" wording ("Chánh Văn phòng …, Giám đốc các sở … chịu trách nhiệm (tổ chức)
  thực hiện Quyết định này", "… căn cứ Quyết định thực hiện"): no duty; a body's own "Sở Nội vụ chịu trách nhiệm tổ
  chức thực hiện Quyết định này" stays its duty.
- What a body set up is ("… là đơn vị trực thuộc …", "… có chức năng …", "… chịu sự chỉ đạo …"): no duty; "Giao Ban … làm chủ đầu tư …": the name whole.
- A dispatch's paragraph that reports what was done after an opening ("Năm 2025, Sở Tài chính chủ trì, …"), and a
  Sở's proposal to the body above it ("Đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định."): no duty.
Our own wordings, laid out as real decisions and dispatches are.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

FORMS = ["text", "docx"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 845/QĐ-UBND", "Quảng Trị, ngày 9 tháng 4 năm 2026",
            "QUYẾT ĐỊNH", "Về việc tổ chức bộ máy", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
            "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:"]
SIGNED = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình"]
ISSUES = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026."
EFFECT = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."


def _duties(doc) -> set[tuple[str, str]]:
    return {(a.role, a.agency.name) for a in doc.assignments}


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


CLOSINGS = [
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các cơ quan, đơn vị có liên quan "
    "chịu trách nhiệm tổ chức thực hiện Quyết định này./.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban, ngành và Chủ tịch UBND các huyện có trách nhiệm thực "
    "hiện Quyết định này./.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và các cá nhân có tên tại Điều 1 căn "
    "cứ Quyết định thực hiện./.",
    # no office head first: the heads it addresses
    "Điều 3. Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thực hiện Quyết định này./.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_the_closing_formula_in_its_thuc_hien_wording_gives_no_duty(tmp_path, closing, form):
    assert _read(tmp_path, [*DECISION, ISSUES, EFFECT, closing, *SIGNED], form).assignments == []


DIRECTIVE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 08/CT-UBND", "Quảng Trị, ngày 9 tháng 4 năm 2026",
             "CHỈ THỊ", "Về tăng cường kỷ luật hành chính", "Để tăng cường kỷ luật hành chính, Chủ tịch Ủy ban nhân dân "
             "tỉnh yêu cầu:", "1. Sở Nội vụ hướng dẫn, kiểm tra việc chấp hành kỷ luật hành chính.",
             "2. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm tổ chức thực hiện Chỉ thị này.",
             "CHỦ TỊCH", "Lê Văn Bình"]


@pytest.mark.parametrize("form", FORMS)
def test_a_directives_heads_carrying_it_out_are_read_as_before(tmp_path, form):
    # the "thực hiện" wording is the formula of a decision only: a directive's point gives its heads the work
    assert {("lead", "Sở Nội vụ"), ("lead", "các sở")} <= _duties(_read(tmp_path, DIRECTIVE, form))


@pytest.mark.parametrize("form", FORMS)
def test_a_bodys_own_duty_to_carry_out_the_decision_is_read(tmp_path, form):
    article = "Điều 3. Sở Tư pháp chịu trách nhiệm tổ chức thực hiện Quyết định này."
    assert _duties(_read(tmp_path, [*DECISION, ISSUES, EFFECT, article, *SIGNED], form)) == {("lead", "Sở Tư pháp")}


SET_UP = {
    "a_unit_under": "Điều 2. Ban Quản lý dự án là đơn vị trực thuộc Ủy ban nhân dân huyện, có tư cách pháp nhân, có "
                    "con dấu và tài khoản riêng.",
    "its_function": "Điều 2. Trung tâm Phục vụ hành chính công tỉnh có chức năng tiếp nhận, trả kết quả giải quyết "
                    "thủ tục hành chính.",
    "directed_by": "Điều 2. Trung tâm Kiểm soát bệnh tật tỉnh chịu sự chỉ đạo, quản lý trực tiếp của Sở Y tế; đồng "
                   "thời chịu sự hướng dẫn, kiểm tra về chuyên môn của Bộ Y tế.",
    "how_it_works": "Điều 2. Ban Chỉ đạo hoạt động theo chế độ kiêm nhiệm.",
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(SET_UP))
def test_what_a_body_set_up_is_gives_no_duty(tmp_path, case, form):
    lines = [*DECISION, "Điều 1. Thành lập đơn vị theo đề nghị của Giám đốc Sở Nội vụ.", SET_UP[case],
             "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", *SIGNED]
    assert _read(tmp_path, lines, form).assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_an_investor_named_whole(tmp_path, form):
    article = "Điều 1. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư dự án đường tỉnh 550."
    doc = _read(tmp_path, [*DECISION, article, EFFECT, *SIGNED], form)
    assert _duties(doc) == {("lead", "Ban Quản lý dự án đầu tư xây dựng tỉnh")}


SO_DISPATCH = ["UBND TỈNH QUẢNG TRỊ", "SỞ TÀI CHÍNH", *MOTTO, "Số: 604/STC-QLG", "V/v kết quả kiểm tra giá",
               "Quảng Trị, ngày 16 tháng 6 năm 2026", "Kính gửi: Ủy ban nhân dân tỉnh.",
               "Sở Tài chính báo cáo kết quả như sau:"]
SO_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Hồ Văn Nam"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("paragraph", [
    "Năm 2025, Sở Tài chính chủ trì, phối hợp với các huyện tổ chức 12 đợt kiểm tra giá.",
    "Đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định.",
    "- Đề nghị UBND tỉnh xem xét, cho ý kiến chỉ đạo.",
])
def test_a_report_and_a_proposal_to_the_body_above_give_no_duty(tmp_path, paragraph, form):
    doc = _read(tmp_path, [*SO_DISPATCH, paragraph, *SO_END], form)
    assert doc.metadata.doc_type == "Công văn"
    assert doc.assignments == []


@pytest.mark.parametrize("form", FORMS)
def test_a_provinces_proposal_to_a_ministry_gives_no_duty(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Số: 1904/UBND-KGVX", "V/v hỗ trợ kinh phí",
             "Quảng Trị, ngày 16 tháng 6 năm 2026", "Kính gửi: Bộ Y tế.",
             "1. Đề nghị Bộ Y tế xem xét, hỗ trợ kinh phí mua sắm trang thiết bị cho Trung tâm Y tế huyện.",
             "2. Giao Sở Y tế chủ trì hoàn thiện hồ sơ, gửi Bộ Y tế trước ngày 30/7/2026.", *SO_END]
    assert _duties(_read(tmp_path, lines, form)) == {("lead", "Sở Y tế")}


@pytest.mark.parametrize("form", FORMS)
def test_a_sos_dispatch_asking_those_below_is_read(tmp_path, form):
    # the guard above is narrow: the Sở's own ask to the bodies it guides still gives their duty
    lines = [*SO_DISPATCH[:-2], "Kính gửi: Ủy ban nhân dân các huyện.",
             "Đề nghị Ủy ban nhân dân các huyện rà soát giá dịch vụ, báo cáo Sở Tài chính trước ngày 30/7/2026.",
             *SO_END]
    assert _duties(_read(tmp_path, lines, form)) == {("requested", "Ủy ban nhân dân các huyện")}
