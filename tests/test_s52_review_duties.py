"""Review of s52-duties: values the branch's new rules read wrong or lost where the base (s52-lead) read them right.

1. The new verbs of directives ("kiểm đếm", "khắc phục", "di dời" …) cut a kind's name they are part of: "Tổ kiểm
   đếm" was read as "Tổ", "Ban Chỉ đạo khắc phục hậu quả bom mìn tỉnh" as "Ban Chỉ đạo" (verbs_after_kinds).
2. A name's abbreviation ("UBND TP.") kept the next sentence in its own when that sentence opens with a marker
   ("… về UBND TP. Giao Văn phòng UBND thành phố theo dõi."): the body it assigns was lost.
3. A time opening a sentence made the duty's deadline the month's end over the date the duty states ("Tháng 5/2026,
   …, hoàn thành trước ngày 15/5/2026": 31/5, not 15/5).
4. A heading whose sentence runs on into its text (a line cut: "c) Theo dõi … hoặc tiến độ" / "thực hiện dự án chậm
   …") was read as a title and lost its duty; so was a heading that names a work ("1. Kiểm tra các cơ sở kinh doanh
   xăng dầu" over a paragraph that says how).
5. "tự" read as an adverb everywhere cut "trật tự" from a name before a verb ("Tổ tự quản an ninh trật tự tuần tra …"
   -> "Tổ tự quản an ninh trật"): it is dropped only after a name the registry knows ('adverbs_in_names').

Every fixture is written for the test: numbers, places, people and wording made up.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.model import Section
from pipeline.run import process
from pipeline.stages import assignments as stage

NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
DIRECTIVE = ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 21/CT-UBND", *NATIONAL, "Kon Tum, ngày 11 tháng 5 năm 2026",
             "CHỈ THỊ", "Về tăng cường quản lý đất đai và giải phóng mặt bằng",
             "Thời gian qua, công tác giải phóng mặt bằng một số dự án còn chậm."]
CITY_DIRECTIVE = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "Số: 14/CT-UBND", *NATIONAL,
                  "Đà Nẵng, ngày 6 tháng 5 năm 2026", "CHỈ THỊ", "Về phòng, chống dịch bệnh mùa hè",
                  "Mùa hè năm nay dự báo nắng nóng kéo dài, nguy cơ dịch bệnh bùng phát."]
END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"]


def _read(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


# --- 1. a kind's name keeps its verb --------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tổ kiểm đếm phối hợp với UBND xã lập biên bản hiện trạng.", {"lead": ["Tổ kiểm đếm"], "support": ["UBND xã"]}),
    ("Tổ công tác kiểm đếm lập biên bản hiện trạng nhà, đất.", {"lead": ["Tổ công tác kiểm đếm"]}),
    ("Ban Chỉ đạo khắc phục hậu quả bom mìn tỉnh chủ trì tổng hợp kết quả.",
     {"lead": ["Ban Chỉ đạo khắc phục hậu quả bom mìn tỉnh"]}),
    ("Ban Chỉ đạo di dời các cơ sở gây ô nhiễm chủ trì rà soát danh mục.",
     {"lead": ["Ban Chỉ đạo di dời các cơ sở gây ô nhiễm"]}),
    # the verbs still end a list after a name that is no bare kind (the branch's own reading kept)
    ("Công an tỉnh kiểm đếm số phương tiện vi phạm.", {"lead": ["Công an tỉnh"]}),
    ("Tổ tuần tra cơ động phát hiện kịp thời các điểm cháy.", {"lead": ["Tổ tuần tra cơ động"]}),
])
def test_a_kind_s_name_keeps_the_new_verb(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_counting_team_in_a_directive(tmp_path, form):
    lines = [*DIRECTIVE, "Chủ tịch UBND tỉnh yêu cầu:",
             "1. Tổ kiểm đếm phối hợp với UBND xã lập biên bản hiện trạng nhà, đất của các hộ bị ảnh hưởng.",
             "2. Ban Chỉ đạo khắc phục hậu quả bom mìn tỉnh chủ trì rà soát các khu vực còn ô nhiễm.", *END]
    doc = _read(tmp_path, lines, form)
    assert {(a.agency.name, a.role) for a in doc.assignments} == {
        ("Tổ kiểm đếm", "lead"), ("UBND xã", "support"), ("Ban Chỉ đạo khắc phục hậu quả bom mìn tỉnh", "lead")}


# --- 2. a sentence after an abbreviation that opens with a marker ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các sở, ngành báo cáo kết quả về UBND TP. Giao Văn phòng UBND thành phố theo dõi.",
     {"lead": ["Các sở, ngành", "Văn phòng UBND thành phố"]}),
    ("Sở Y tế báo cáo UBND TP. Yêu cầu Trung tâm Y tế các quận giám sát chặt chẽ.",
     {"lead": ["Sở Y tế", "Trung tâm Y tế các quận"]}),
    # a place name after the abbreviation that begins with a marker's word: no body after it, one name
    ("UBND TT. Giao Thủy rà soát các điểm đốt rơm rạ.", {"lead": ["UBND TT. Giao Thủy"]}),
])
def test_a_marker_after_an_abbreviation_starts_a_sentence(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_marker_after_an_abbreviation_in_a_directive(tmp_path, form):
    lines = [*CITY_DIRECTIVE, "Chủ tịch UBND thành phố yêu cầu:",
             "1. Các sở, ngành kiểm tra các bếp ăn tập thể, báo cáo kết quả về UBND TP. Giao Văn phòng UBND thành phố "
             "theo dõi, tổng hợp.", *END]
    pairs = {(a.agency.name, a.role) for a in _read(tmp_path, lines, form).assignments}
    assert pairs == {("Các sở, ngành", "lead"), ("Văn phòng UBND thành phố", "lead")}


# --- 3. a time opening the sentence and the duty's own deadline ------------------------------------------------------

@pytest.mark.parametrize(("duty", "end"), [
    ("Tháng 5/2026, Sở Y tế tổ chức kiểm tra, hoàn thành trước ngày 15/5/2026.", "2026-05-15"),
    ("Quý III/2026, Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 31/7/2026.", "2026-07-31"),
    ("Tháng 6/2026, Sở Y tế tổ chức kiểm tra các bếp ăn tập thể.", "2026-06-30"),  # the opening alone: still read
])
def test_the_duty_s_own_deadline_before_the_opening_s(duty, end):
    assert stage.duty_deadline(duty, 2026).end == end


@pytest.mark.parametrize("form", ["text", "docx"])
def test_the_duty_s_own_deadline_in_a_directive(tmp_path, form):
    lines = [*DIRECTIVE, "Chủ tịch UBND tỉnh yêu cầu:",
             "1. Tháng 5/2026, Sở Nông nghiệp và Môi trường rà soát diện tích đất chưa sử dụng, hoàn thành trước ngày "
             "20/5/2026.", *END]
    ends = {a.agency.name: a.deadline.end for a in _read(tmp_path, lines, form).assignments}
    assert ends == {"Sở Nông nghiệp và Môi trường": "2026-05-20"}


# --- 4. a heading that runs on into its text ------------------------------------------------------------------------

def test_a_heading_that_runs_on_into_its_text_is_no_title():
    """A heading cut from its sentence (a scan's line break) is the duty of the lead-in's body."""
    parent = Section(id="art_2__item_1", kind="arabic", level=1, text="UBND huyện Đăk Hà chịu trách nhiệm:", children=[
        Section(id="art_2__item_1__point_c", kind="letter", level=2,
                heading="Theo dõi việc sử dụng đất của Ban Quản lý dự án; trường hợp chậm tiến độ",
                text="thực hiện dự án thì xử lý theo thẩm quyền.")])
    found: list = []
    stage._visit(parent, [], found, frozenset())
    assert {(a.agency.name, a.role) for a in found} == {("UBND huyện Đăk Hà", "lead")}
    assert any(a.duty.startswith("Theo dõi việc sử dụng đất") for a in found)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_title_over_its_own_paragraph_is_still_no_duty(tmp_path, form):
    """The branch's reading kept: a title over a paragraph that opens with a capital is no duty."""
    lines = [*DIRECTIVE, "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:",
             "1. Về công tác giải phóng mặt bằng", "Rà soát các dự án chậm bàn giao mặt bằng, đề xuất giải pháp.",
             *END]
    duties = {a.duty for a in _read(tmp_path, lines, form).assignments}
    assert "Về công tác giải phóng mặt bằng" not in duties
    assert "Rà soát các dự án chậm bàn giao mặt bằng, đề xuất giải pháp." in duties


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_heading_that_opens_with_a_verb_is_a_duty(tmp_path, form):
    """"1. Kiểm tra các cơ sở kinh doanh xăng dầu" over a paragraph that says how: a work, no title (the base read it;
    the branch's title rule lost it)."""
    lines = [*DIRECTIVE, "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:",
             "1. Kiểm tra các cơ sở kinh doanh xăng dầu", "Tập trung vào các cơ sở ở vùng sâu, vùng xa.",
             "2. Tổ chức tập huấn nghiệp vụ cho cán bộ quản lý đất đai", "- Bồi dưỡng kỹ năng đo đạc cho cán bộ cấp xã.",
             *END]
    duties = {a.duty for a in _read(tmp_path, lines, form).assignments}
    assert {"Kiểm tra các cơ sở kinh doanh xăng dầu", "Tổ chức tập huấn nghiệp vụ cho cán bộ quản lý đất đai",
            "Tập trung vào các cơ sở ở vùng sâu, vùng xa."} <= duties


# --- 5. "tự" ends no name it is a word of --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tổ tự quản an ninh trật tự tuần tra ban đêm tại khu dân cư.", {"lead": ["Tổ tự quản an ninh trật tự"]}),
    ("Đội Cảnh sát trật tự tuần tra các tuyến phố trung tâm.", {"lead": ["Đội Cảnh sát trật tự"]}),
    ("Sở Y tế tự tổ chức kiểm tra các cơ sở của ngành.", {"lead": ["Sở Y tế"]}),  # the branch's reading kept
])
def test_tu_of_trat_tu_stays_in_the_name(sentence, expected):
    assert stage.duty_bodies(sentence) == expected


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_security_team_in_a_directive(tmp_path, form):
    lines = [*DIRECTIVE, "Chủ tịch UBND tỉnh yêu cầu:",
             "1. Tổ tự quản an ninh trật tự tuần tra ban đêm tại các khu dân cư giáp ranh.", *END]
    names = {a.agency.name for a in _read(tmp_path, lines, form).assignments}
    assert names == {"Tổ tự quản an ninh trật tự"}
