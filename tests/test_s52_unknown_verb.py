"""A sentence whose verb the lists lack names no body made of the sentence.

Where no verb, role word or stop of data/assignments.json ends the list of bodies a clause opens with, its last name
runs to the clause's end: "Sở Công Thương đăng tin hằng tháng." would be the body "Sở Công Thương đăng tin hằng tháng"
(a confident wrong value: s51's full run found it, a one-sentence item over an unnumbered title). Such a name is read
only where the registry knows it; else the clause gives no body (as a clause after an opening does). A list the
registry knows ("Sở Y tế, Sở Tài chính.") and a name a known verb ends ("Tổ công tác liên ngành kiểm tra …") are read
as before.

Every fixture is written for the test: names, numbers and places made up.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages import assignments as stage

PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 3 tháng 4 năm 2028", "KẾ HOẠCH",
        "Phát triển làng nghề truyền thống năm 2028",
        "Thực hiện Nghị quyết số 11/NQ-HĐND của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "Lò Văn Sơn"]
DISPATCH = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC HÀ", "Số: 05/CĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Bắc Hà, ngày 9 tháng 8 năm 2028", "CÔNG ĐIỆN",
            "Về việc ứng phó với bão số 3", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
            "- Giám đốc các sở, ban, ngành của tỉnh;", "- Chủ tịch Ủy ban nhân dân các huyện, thành phố.",
            "Để chủ động ứng phó với bão số 3, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"]
DISPATCH_CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Đinh Công Hào"]

# sentences opened by a body the registry knows, their verb one the lists lack (checked below, so that a verb added
# to the lists one day does not leave the test passing for another reason)
UNKNOWN_VERB = {
    "monthly_news": ("Sở Công Thương", "đăng tin hằng tháng"),
    "livestream": ("Sở Văn hóa, Thể thao và Du lịch", "livestream giới thiệu sản phẩm làng nghề"),
    "headcount": ("Công an tỉnh", "đếm lại số hộ còn ở lại vùng trũng"),
    "two_bodies": ("Sở Y tế và Sở Tài chính", "quay phim tư liệu về trạm y tế thôn bản"),
}


def _unknown(verb_phrase: str) -> bool:
    return stage._rules()["subject_end"].search(" " + verb_phrase) is None


def test_the_verbs_of_the_fixtures_are_unknown_to_the_lists():
    assert [case for case, (_, verb) in UNKNOWN_VERB.items() if not _unknown(verb)] == []


def _names(doc) -> set[str]:
    return {a.agency.name for a in doc.assignments}


def _made_of_the_sentence(names: set[str], verb: str) -> list[str]:
    return [name for name in names if verb.split()[0] in name]


@pytest.mark.parametrize("case", sorted(UNKNOWN_VERB))
def test_duty_bodies_name_no_body_made_of_the_sentence(case):
    bodies, verb = UNKNOWN_VERB[case]
    found = stage.duty_bodies(f"{bodies} {verb}.")
    assert _made_of_the_sentence({n for names in found.values() for n in names}, verb) == []


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("case", sorted(UNKNOWN_VERB))
def test_a_plan_items_one_sentence_names_no_body_made_of_it(tmp_path, form, case):
    """The sentence alone under a titled item, over an unnumbered title and its points (the s51 shape), and alone as a
    numbered item's text: no name holds its verb; the points below keep their own leads."""
    bodies, verb = UNKNOWN_VERB[case]
    lines = [*PLAN, "I. MỤC TIÊU", "Khôi phục 12 làng nghề.", "II. NHIỆM VỤ", "1. Quảng bá", f"{bodies} {verb}.",
             "Đào tạo nhân lực", "a) Sở Lao động mở 10 lớp, hoàn thành trước ngày 30/6/2028;",
             "b) UBND các huyện cử học viên.", f"3. {bodies} {verb}.", "4. Sở Tài chính bố trí kinh phí.", *CLOSE]
    names = _names(process(write_in_form(tmp_path, lines, form)))
    assert _made_of_the_sentence(names, verb) == []
    assert {"Sở Lao động", "UBND các huyện", "Sở Tài chính"} <= names


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(UNKNOWN_VERB))
def test_a_dispatchs_paragraph_names_no_body_made_of_it(tmp_path, form, case):
    """A Công điện's paragraphs are each a point under its lead-in: one whose verb the lists lack names no body made of
    it; the paragraph after it, with a known verb, keeps its body."""
    bodies, verb = UNKNOWN_VERB[case]
    lines = [*DISPATCH, f"1. {bodies} {verb}.", "2. Bộ Chỉ huy Quân sự tỉnh tổ chức sơ tán dân ra khỏi vùng nguy hiểm.",
             *DISPATCH_CLOSE]
    names = _names(process(write_in_form(tmp_path, lines, form)))
    assert _made_of_the_sentence(names, verb) == []
    assert "Bộ Chỉ huy Quân sự tỉnh" in names


# --- what still reads: names the registry knows, a name a known verb ends ------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Công an tỉnh kiểm tra hằng quý.", {"lead": ["Công an tỉnh"]}),
    ("Tổ công tác liên ngành kiểm tra các cơ sở kinh doanh.", {"lead": ["Tổ công tác liên ngành"]}),
    ("Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các chợ.", {"lead": ["Sở Y tế"], "support": ["Công an tỉnh"]}),
])
def test_a_name_a_known_word_ends_is_read(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


# --- partners: "phối hợp với …" to the clause's end ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "partners"), [
    ("Sở Y tế chủ trì, phối hợp với Công an tỉnh.", ["Công an tỉnh"]),
    ("Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.", ["các sở, ngành liên quan"]),
    ("Sở Tư pháp chủ trì, phối hợp với Sở Tài chính và Công an tỉnh;", ["Sở Tài chính", "Công an tỉnh"]),
    ("Sở Xây dựng chủ trì, phối hợp với Thủ trưởng các sở, ngành.", ["các sở, ngành"]),
])
def test_partners_the_registry_knows_are_read_to_the_clauses_end(sentence, partners):
    """No word ends the partners' list (on the base none was read: a lost value); every name known, each is read."""
    assert stage.duty_bodies(sentence).get("support") == partners


@pytest.mark.parametrize("case", sorted(UNKNOWN_VERB))
def test_partners_holding_an_unknown_verb_are_not_read(case):
    bodies, verb = UNKNOWN_VERB[case]
    found = stage.duty_bodies(f"Sở Nông nghiệp và Môi trường chủ trì, phối hợp với {bodies} {verb}.")
    assert found.get("lead") == ["Sở Nông nghiệp và Môi trường"]
    assert _made_of_the_sentence(set(found.get("support", [])), verb) == []


@pytest.mark.parametrize("form", ["text", "docx"])
def test_an_item_naming_only_known_bodies_keeps_them(tmp_path, form):
    """"Sở Y tế, Sở Tài chính." under a titled item: no verb ends the list, but the registry knows both names."""
    lines = [*PLAN, "I. NHIỆM VỤ", "1. Kiểm tra an toàn thực phẩm", "Sở Y tế, Sở Tài chính.", "2. Báo cáo",
             "Sở Nội vụ tổng hợp kết quả.", *CLOSE]
    doc = process(write_in_form(tmp_path, lines, form))
    item_one = {a.agency.name for a in doc.assignments if a.section and a.section.endswith("item_1")}
    assert item_one == {"Sở Y tế", "Sở Tài chính"}
