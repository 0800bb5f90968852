"""Duties of a directive (Chỉ thị) and a dispatch (Công điện), read in paragraphs under no heading that names a part.

- An annex with a part of duties ("I. NHIỆM VỤ") or a numbered item that names one ("3. Tổ chức thực hiện") no longer
  keeps the directive's other paragraphs unread: each of its own sections that names no part is read.
- A lead-in that names the bodies asked ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, … thực hiện tốt các nội dung
  sau:") gives its bodies to the paragraphs under it that name none, as a lead-in does over numbered points, with the
  role its asking word gives ("yêu cầu": lead, "đề nghị": requested); one that names no body ("… chỉ thị:") gives none.
- "Thủ trưởng các sở, ngành; Chủ tịch UBND các huyện, thành phố trong tỉnh có trách nhiệm:" over points (a ";" between
  the bodies, "trong tỉnh" a word of their name) and "… trong phạm vi chức năng, nhiệm vụ được giao có kế hoạch …" (the
  bounds of their duty, no stop) name their bodies.
- A Công điện: its type, number, title and addressees ("CHỦ TỊCH UBND TỈNH điện:" / "- Giám đốc các sở …"), and its
  numbered, plain or dashed paragraphs as duties.
- OCR's "." for ",": "Công an tỉnh phối hợp với cơ quan. đơn vị, doanh nghiệp …" leads nothing but Công an tỉnh.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"]
NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Gia Lai, ngày 14 tháng 5 năm 2026"]
DIRECTIVE = [*PROVINCE, "Số: 09/CT-UBND", *NATIONAL, "CHỈ THỊ", "Về tăng cường quản lý chợ và an toàn thực phẩm"]
END = ["Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT, KTTH.", "CHỦ TỊCH", "Lê Minh Khoa"]
SITUATION = "Thời gian qua, việc quản lý các chợ trên địa bàn còn nhiều bất cập, nhất là về an toàn thực phẩm."


def _read(tmp_path, lines, form):
    doc = process(write_in_form(tmp_path, lines, form))
    return doc, {(a.agency.name, a.role) for a in doc.assignments}


def _duties_of(doc, name):
    return [a.duty for a in doc.assignments if a.agency.name == name]


# 1. an annex's part of duties, a numbered item's part: the directive's own paragraphs are read all the same

OWN = ["Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
       "1. Sở Công Thương kiểm tra việc bố trí ngành hàng tại các chợ hạng 1.",
       "2. Ủy ban nhân dân các xã, phường rà soát các điểm kinh doanh tự phát."]
ANNEX = ["Phụ lục", "PHÂN CÔNG NHIỆM VỤ CỤ THỂ",
         "(Kèm theo Chỉ thị số 09/CT-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh)",
         "I. NHIỆM VỤ CỦA CÁC CƠ QUAN", "1. Sở Y tế kiểm tra các bếp ăn tập thể tại khu công nghiệp.",
         "2. Công an tỉnh tăng cường phát hiện hàng giả tại các chợ đầu mối."]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_an_annex_with_a_part_of_duties_leaves_the_directives_own_paragraphs_read(tmp_path, form):
    _, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, *OWN, *END, *ANNEX], form)
    assert duties == {("Sở Công Thương", "lead"), ("Ủy ban nhân dân các xã, phường", "lead"), ("Sở Y tế", "lead"),
                      ("Công an tỉnh", "lead")}


ITEMS_BESIDE_A_PART = [
    SITUATION + " Để khắc phục, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
    "1. Thủ trưởng các sở, ban, ngành của tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã trong tỉnh có trách nhiệm:",
    "a) Quán triệt đến cán bộ, công chức các quy định về an toàn thực phẩm.",
    "b) Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15/12/2026.",
    "2. Trách nhiệm cụ thể:",
    "a) Sở Y tế:",
    "- Chủ trì thanh tra đột xuất các cơ sở sản xuất thực phẩm.",
    "- Hướng dẫn các xã lập sổ theo dõi bếp ăn tập thể.",
    "b) Sở Công Thương:",
    "- Tổ chức thẩm định phương án chuyển đổi mô hình quản lý chợ.",
    "3. Tổ chức thực hiện",
    "a) Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã trong phạm vi chức năng, nhiệm vụ được giao "
    "có kế hoạch triển khai Chỉ thị này.",
    "b) Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.",
]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_numbered_items_beside_an_item_that_names_a_part_are_read(tmp_path, form):
    doc, duties = _read(tmp_path, [*DIRECTIVE, *ITEMS_BESIDE_A_PART, *END], form)
    assert duties == {
        ("các sở, ban, ngành của tỉnh", "lead"), ("Ủy ban nhân dân các huyện, thị xã trong tỉnh", "lead"),
        ("Sở Y tế", "lead"), ("Sở Công Thương", "lead"),
        ("các sở, ngành", "lead"), ("Ủy ban nhân dân các huyện, thị xã", "lead"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "lead")}
    # item 1's bodies do each of its points, item 2's each body its dashes
    assert len(_duties_of(doc, "Ủy ban nhân dân các huyện, thị xã trong tỉnh")) == 2
    assert len(_duties_of(doc, "Sở Y tế")) == 2


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_titled_part_of_another_kind_beside_a_part_of_duties_stays_unread(tmp_path, form):
    lines = ["I. ĐÁNH GIÁ TÌNH HÌNH", "Sở Công Thương đã kiểm tra 40 chợ trong năm 2025.",
             "II. NHIỆM VỤ TRỌNG TÂM", "1. Sở Y tế kiểm tra các bếp ăn tập thể tại khu công nghiệp."]
    _, duties = _read(tmp_path, [*DIRECTIVE, *lines, *END], form)
    assert duties == {("Sở Y tế", "lead")}


# 3. a lead-in that names the bodies asked, over paragraphs that name none

ASKED_PARAGRAPHS = ["Tăng cường kiểm tra hoạt động kinh doanh tại các chợ tạm.",
                    "Rà soát, sắp xếp lại các điểm bán hàng lấn chiếm lòng đường."]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("lead_in, expected", [
    ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các "
     "huyện thực hiện tốt các nội dung sau:", {("các sở, các ban, ngành", "lead"), ("Ủy ban nhân dân các huyện", "lead")}),
    ("Để lập lại trật tự, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường khẩn trương triển khai những việc sau:",
     {("UBND các xã, phường", "lead")}),
    ("Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện các nội dung sau:",
     {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested")}),
])
@pytest.mark.parametrize("numbered", [True, False])
def test_a_lead_in_gives_its_bodies_to_the_paragraphs_under_it(tmp_path, form, lead_in, expected, numbered):
    paragraphs = [f"{k}. {text}" for k, text in enumerate(ASKED_PARAGRAPHS, start=1)] if numbered else ASKED_PARAGRAPHS
    doc, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, lead_in, *paragraphs, *END], form)
    assert duties == expected
    # each paragraph a duty of every body asked; the lead-in itself none
    assert {a.duty for a in doc.assignments} == set(ASKED_PARAGRAPHS)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_the_bodies_a_paragraph_names_take_the_role_of_the_asking_word(tmp_path, form):
    paragraphs = ["1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động tiểu thương ký cam kết an toàn thực phẩm.",
                  "2. Hội Liên hiệp Phụ nữ tỉnh tuyên truyền cách chọn thực phẩm an toàn."]
    _, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, "Ủy ban nhân dân tỉnh đề nghị:", *paragraphs, *END], form)
    assert duties == {("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested"), ("Hội Liên hiệp Phụ nữ tỉnh", "requested")}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("lead_in", ["Để khắc phục tình trạng trên, Chủ tịch UBND tỉnh chỉ thị:",
                                     "Sở Công Thương hướng dẫn Ủy ban nhân dân các xã thực hiện:"])
def test_a_lead_in_that_asks_no_body_gives_its_paragraphs_none(tmp_path, form, lead_in):
    # "chỉ thị" names no one asked; a body that guides others does not do the points: no body is made up
    numbered = [f"{k}. {text}" for k, text in enumerate(ASKED_PARAGRAPHS, start=1)]
    doc, _ = _read(tmp_path, [*DIRECTIVE, SITUATION, lead_in, *numbered, *END], form)
    assert not [a for a in doc.assignments if a.duty in ASKED_PARAGRAPHS]


# 4. a dispatch (Công điện)

DISPATCH = [*PROVINCE, "Số: 21/CĐ-UBND", *NATIONAL, "CÔNG ĐIỆN", "Về việc chủ động ứng phó với áp thấp nhiệt đới",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "- Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh;",
            "- Chủ tịch Ủy ban nhân dân các xã, phường."]
DISPATCH_LEAD_IN = ("Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, "
                    "ngành, Chủ tịch Ủy ban nhân dân các xã, phường khẩn trương thực hiện các nội dung sau:")
DISPATCH_PARAGRAPHS = [
    "Theo dõi chặt chẽ diễn biến của áp thấp nhiệt đới, kịp thời thông tin đến người dân.",
    # "kiểm đếm": a verb the lists lacked (s52: known, so the partner before it is read as the duty's support)
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh kiểm đếm tàu thuyền trên biển.",
    "Công an tỉnh bảo đảm an ninh trật tự tại các khu vực sơ tán."]
DISPATCH_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Lê Minh Khoa"]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("bullet", ["number", "dash", "none"])
def test_a_dispatch_commands_in_its_paragraphs(tmp_path, form, bullet):
    marks = {"number": lambda k: f"{k}. ", "dash": lambda k: "- ", "none": lambda k: ""}[bullet]
    paragraphs = [marks(k) + text for k, text in enumerate(DISPATCH_PARAGRAPHS, start=1)]
    weather = "Theo bản tin của Đài Khí tượng, áp thấp nhiệt đới có khả năng mạnh lên thành bão."
    doc, duties = _read(tmp_path, [*DISPATCH, weather, DISPATCH_LEAD_IN, *paragraphs, *DISPATCH_END], form)
    meta = doc.metadata
    assert (meta.doc_type, meta.number) == ("Công điện", "21/CĐ-UBND")
    assert meta.title == "Về việc chủ động ứng phó với áp thấp nhiệt đới"
    assert [a.name for a in meta.addressees] == ["Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh",
                                                 "Chủ tịch Ủy ban nhân dân các xã, phường"]
    assert duties == {("các sở, các ban, ngành", "lead"), ("Ủy ban nhân dân các xã, phường", "lead"),
                      ("Sở Nông nghiệp và Môi trường", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "support"),
                      ("Công an tỉnh", "lead")}
    assert _duties_of(doc, "Ủy ban nhân dân các xã, phường") == [DISPATCH_PARAGRAPHS[0]]
    assert _duties_of(doc, "Công an tỉnh") == [DISPATCH_PARAGRAPHS[2]]


# 5. OCR's "." for "," inside a duty

@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("duty, expected", [
    ("Công an tỉnh phối hợp với cơ quan. đơn vị, doanh nghiệp trên địa bàn kiểm tra các kho hàng.",
     {("Công an tỉnh", "lead"), ("cơ quan. đơn vị, doanh nghiệp trên địa bàn", "support")}),
    # a verb before the "." ("kiểm tra"): the words after it no subject either
    ("Sở Y tế kiểm tra cùng cơ quan. đơn vị trên địa bàn triển khai việc lấy mẫu thực phẩm.", {("Sở Y tế", "lead")}),
])
def test_a_full_stop_before_a_small_letter_starts_no_subject(tmp_path, form, duty, expected):
    doc, duties = _read(tmp_path, [*DIRECTIVE, SITUATION, "Chủ tịch UBND tỉnh yêu cầu:", f"1. {duty}", *END], form)
    assert duties == expected
    assert {a.duty for a in doc.assignments} == {duty}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("effect", ["Chỉ thị này có hiệu lực kể từ ngày ký.",
                                    "Chỉ thị này có hiệu lực thi hành kể từ ngày ban hành."])
def test_the_directives_effect_is_no_duty_of_the_bodies_asked(tmp_path, form, effect):
    lead_in = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện thực hiện tốt "
               "các nội dung sau:")
    numbered = [f"{k}. {text}" for k, text in enumerate([*ASKED_PARAGRAPHS, effect], start=1)]
    doc, _ = _read(tmp_path, [*DIRECTIVE, SITUATION, lead_in, *numbered, *END], form)
    assert {a.duty for a in doc.assignments} == set(ASKED_PARAGRAPHS)
