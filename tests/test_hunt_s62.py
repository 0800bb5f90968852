"""s62 hunt: plans of bodies the project had not seen, read against the facts of real legal-site pages (sections,
annexes, agencies, citations; notes in /work/notes/s62/author-hunt.txt). Every document here is our own wording,
laid out the way those pages lay out theirs.

- Annex titles printed as a "BIỂU …" line: an annex's bare heading ("PHỤ LỤC II", "Phụ lục số 02") over its title
  in capitals opening with "BIỂU" ("BIỂU TỔNG HỢP KẾT QUẢ"), above or under its "(Kèm theo …)" line. The title was
  taken for an annex of its own: the annex lost its title and its text (two annex nodes, the first empty). Guards: a
  "BIỂU" line with a number of its own ("BIỂU SỐ 02: …") and one after the annex's text still head annexes of their
  own, as before.
- Bodies of the district level of 1 March - 30 June 2025 (Nghị định 45/2025/NĐ-CP: "Phòng Nông nghiệp và Môi
  trường", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Dân tộc và Tôn giáo")
  and a province's newspaper and radio-television merged in 2025 ("Báo và Phát thanh, Truyền hình <tỉnh>"): reported
  unresolved before, now one entity each per place. Guards: the older bodies of those names still resolve to
  themselves, near-names ("Phòng Văn hóa và Thông tin", "Phòng Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp
  và Môi trường") to theirs, never to the new rows, and a name with no body behind it stays unresolved.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form

from pipeline.run import process
from pipeline.stages.agencies import resolve

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FORMS = ["text", "docx", "pdf"]


def _read(tmp_path, lines, form):
    # a line every 14 points in 10-point type: the plan and its annexes on one A4 page
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 14, 10)))


# --- Annex titles printed as a "BIỂU …" line -------------------------------------------------------------------

LINK = "(Kèm theo Kế hoạch số 301/KH-UBND ngày 05/10/2025 của Ủy ban nhân dân tỉnh)"
PLAN = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", *MOTTO, "Số: 301/KH-UBND", "An Giang, ngày 05 tháng 10 năm 2025",
        "KẾ HOẠCH", "Rà soát văn bản quy phạm pháp luật sau sắp xếp đơn vị hành chính",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Rà soát kịp thời các văn bản của tỉnh.", "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tư pháp chủ trì, tổng hợp kết quả rà soát.", "Nơi nhận:", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Hùng"]
FIRST = ["PHỤ LỤC I", "DANH MỤC VĂN BẢN CẦN RÀ SOÁT", LINK, "1. Quyết định số 12/2020/QĐ-UBND.",
         "2. Quyết định số 25/2021/QĐ-UBND."]
BIEU_TITLED = {
    # the title under the link, the annex the second one
    "second_link_then_title": ([*FIRST, "Phụ lục số 02", LINK, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"],
                               ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"]),
    # the title over the link
    "second_title_then_link": ([*FIRST, "PHỤ LỤC II", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", LINK],
                               ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"]),
    # the only annex, its heading bare, its title on two lines under the link
    "only_annex": (["PHỤ LỤC", LINK, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", "VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025"],
                   ["BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025"]),
    # a form's heading: "BIỂU MẪU …" with no number
    "form_title": ([*FIRST, "PHỤ LỤC II", LINK, "BIỂU MẪU BÁO CÁO KẾT QUẢ RÀ SOÁT"],
                   ["DANH MỤC VĂN BẢN CẦN RÀ SOÁT", "BIỂU MẪU BÁO CÁO KẾT QUẢ RÀ SOÁT"]),
}
REST = ["1. Sở Tư pháp tổng hợp kết quả của các sở.", "2. Các sở báo cáo trước ngày 30/11/2025."]


def _annexes(doc):
    return [node for node in doc.sections if node.kind == "annex"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", sorted(BIEU_TITLED))
def test_annex_titled_by_a_bieu_line_is_one_annex(tmp_path, case, form):
    annex_lines, titles = BIEU_TITLED[case]
    annexes = _annexes(_read(tmp_path, [*PLAN, *annex_lines, *REST], form))
    assert [a.heading for a in annexes] == titles
    last = annexes[-1]
    assert [child.number for child in last.children] == ["1", "2"]  # its text stays its own
    assert last.attached_to is not None and last.attached_to.get("number") == "301/KH-UBND"


# the guards: a "BIỂU" line with a number of its own, or after the annex's text, heads an annex of its own (as on main)
BIEU_APART = {
    "numbered_caption_under_a_bare_heading": [*FIRST, "PHỤ LỤC II", LINK, "BIỂU SỐ 02: TỔNG HỢP KẾT QUẢ RÀ SOÁT"],
    "after_the_annexs_text": [*FIRST, "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", LINK],
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(BIEU_APART))
def test_bieu_line_with_a_number_or_after_text_heads_its_own_annex(tmp_path, case, form):
    annexes = _annexes(_read(tmp_path, [*PLAN, *BIEU_APART[case], *REST], form))
    assert annexes[0].heading == "DANH MỤC VĂN BẢN CẦN RÀ SOÁT"
    assert [child.number for child in annexes[0].children] == ["1", "2"]
    assert "TỔNG HỢP KẾT QUẢ RÀ SOÁT" in (annexes[-1].heading or "")
    assert [child.number for child in annexes[-1].children] == ["1", "2"]


# --- Bodies of the 2025 reorganisation: the district offices of March-June 2025, the merged provincial press ------

DISTRICT = "dong-thap.huyen-cao-lanh"
NEW_DISTRICT_BODIES = {
    "Phòng Nông nghiệp và Môi trường": "phong-nong-nghiep-va-moi-truong",
    "Phòng Nông nghiệp - Môi trường": "phong-nong-nghiep-va-moi-truong",
    "Phòng Nông nghiệp và Môi trường huyện Cao Lãnh": "phong-nong-nghiep-va-moi-truong",
    "Phòng Văn hóa, Khoa học và Thông tin": "phong-van-hoa-khoa-hoc-va-thong-tin",
    "Phòng Văn hóa - Khoa học và Thông tin huyện": "phong-van-hoa-khoa-hoc-va-thong-tin",
    "Phòng Kinh tế, Hạ tầng và Đô thị": "phong-kinh-te-ha-tang-va-do-thi",
    "Phòng Kinh tế - Hạ tầng - Đô thị": "phong-kinh-te-ha-tang-va-do-thi",
    "Phòng Dân tộc và Tôn giáo": "phong-dan-toc-va-ton-giao",
}


@pytest.mark.parametrize("name", sorted(NEW_DISTRICT_BODIES))
def test_district_offices_of_2025_resolve(name):
    mention = resolve(name, DISTRICT)
    assert mention.agency_id == f"{DISTRICT}/{NEW_DISTRICT_BODIES[name]}"


# near-names: the offices they replaced stay themselves; a part of a name, or a province's body, is not one of them
NEAR_DISTRICT_BODIES = {
    "Phòng Văn hóa và Thông tin": f"{DISTRICT}/phong-van-hoa-va-thong-tin",
    "Phòng Văn hóa - Thông tin": f"{DISTRICT}/phong-van-hoa-va-thong-tin",
    "Phòng Nông nghiệp và Phát triển nông thôn": f"{DISTRICT}/phong-nong-nghiep-va-phat-trien-nong-thon",
    "Phòng Tài nguyên và Môi trường": f"{DISTRICT}/phong-tai-nguyen-va-moi-truong",
    "Phòng Kinh tế và Hạ tầng": f"{DISTRICT}/phong-kinh-te-va-ha-tang",
    "Phòng Dân tộc": f"{DISTRICT}/phong-dan-toc",
    "Sở Nông nghiệp và Môi trường": "dong-thap/so-nong-nghiep-va-moi-truong",
    "Phòng Nông nghiệp": None,
    "Phòng Khoa học và Thông tin": None,
    "Phòng Tôn giáo": None,
}


@pytest.mark.parametrize("name", sorted(NEAR_DISTRICT_BODIES))
def test_near_names_of_the_district_offices_keep_their_own(name):
    assert resolve(name, DISTRICT).agency_id == NEAR_DISTRICT_BODIES[name]


def test_district_offices_of_2025_are_no_province_bodies():
    assert resolve("Phòng Nông nghiệp và Môi trường", "dong-thap").agency_id is None


PRESS = {
    ("dong-thap", "Báo và Phát thanh, Truyền hình Đồng Tháp"): "dong-thap/bao-va-phat-thanh-truyen-hinh",
    ("dong-thap", "Báo và Phát thanh, Truyền hình tỉnh"): "dong-thap/bao-va-phat-thanh-truyen-hinh",
    ("dong-thap", "Báo và Phát thanh - Truyền hình tỉnh"): "dong-thap/bao-va-phat-thanh-truyen-hinh",
    ("lam-dong", "Báo và Phát thanh, Truyền hình Lâm Đồng"): "lam-dong/bao-va-phat-thanh-truyen-hinh",
    ("gia-lai", "Báo và Phát thanh, Truyền hình Gia Lai"): "gia-lai/bao-va-phat-thanh-truyen-hinh",
    # the bodies it replaced keep their own entities; another province's press is none of this one's
    ("dong-thap", "Đài Phát thanh và Truyền hình tỉnh"): "dong-thap/dai-phat-thanh-va-truyen-hinh",
    ("dong-thap", "Báo và Phát thanh, Truyền hình Gia Lai"): "gia-lai/bao-va-phat-thanh-truyen-hinh",
}


@pytest.mark.parametrize("place, name", sorted(PRESS))
def test_provincial_press_merged_in_2025_is_one_body_a_province(place, name):
    assert resolve(name, place).agency_id == PRESS[(place, name)]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_district_plan_of_2025_gives_its_new_offices_their_duties(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "HUYỆN CAO LÃNH", *MOTTO, "Số: 85/KH-UBND", "Cao Lãnh, ngày 14 tháng 4 năm 2025",
             "KẾ HOẠCH", "Phòng, chống thiên tai trên địa bàn huyện năm 2025", "I. MỤC ĐÍCH, YÊU CẦU",
             "1. Chủ động phòng ngừa, ứng phó kịp thời.", "II. TỔ CHỨC THỰC HIỆN",
             "1. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin, Phòng Kinh "
             "tế, Hạ tầng và Đô thị rà soát các công trình xung yếu.",
             "2. Phòng Dân tộc và Tôn giáo phối hợp với Ủy ban nhân dân các xã, thị trấn tuyên truyền đến đồng bào.",
             "Nơi nhận:", "- Sở Nông nghiệp và Môi trường;", "- Báo và Phát thanh, Truyền hình Đồng Tháp;", "- Lưu: VT.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Tâm"]
    doc = _read(tmp_path, lines, form)
    duties = {(a.role, a.agency.agency_id) for a in doc.assignments}
    assert {("lead", f"{DISTRICT}/phong-nong-nghiep-va-moi-truong"),
            ("support", f"{DISTRICT}/phong-van-hoa-khoa-hoc-va-thong-tin"),
            ("support", f"{DISTRICT}/phong-kinh-te-ha-tang-va-do-thi"),
            ("lead", f"{DISTRICT}/phong-dan-toc-va-ton-giao")} <= duties
    assert not [a for a in doc.assignments if a.agency.agency_id is None]
    assert [r.agency_id for r in doc.metadata.recipient_agencies] == ["dong-thap/so-nong-nghiep-va-moi-truong",
                                                                      "dong-thap/bao-va-phat-thanh-truyen-hinh"]


# --- A commune's Party standing board (since July 2025): "Thường trực Đảng ủy", "TT Đảng ủy" -----------------------
# Commune plans send to it and name it; it was reported unresolved. A province's plan naming it bare (no commune) and
# the communes' boards as a class stay unresolved: no one body of the province.

COMMUNE_BOARD = {
    ("ho-chi-minh.phuong-ben-thanh", "Thường trực Đảng ủy phường"): "ho-chi-minh.phuong-ben-thanh/thuong-truc-dang-uy",
    ("ho-chi-minh.phuong-ben-thanh", "TT Đảng ủy"): "ho-chi-minh.phuong-ben-thanh/thuong-truc-dang-uy",
    ("ho-chi-minh.phuong-ben-thanh", "TT. Đảng ủy phường"): "ho-chi-minh.phuong-ben-thanh/thuong-truc-dang-uy",
    ("dong-thap", "Thường trực Đảng ủy xã Tân Hòa"): "dong-thap.xa-tan-hoa/thuong-truc-dang-uy",
    # its neighbours keep their own
    ("ho-chi-minh.phuong-ben-thanh", "Ban Thường vụ Đảng ủy phường"): "ho-chi-minh.phuong-ben-thanh/ban-thuong-vu-dang-uy",
    ("ho-chi-minh.phuong-ben-thanh", "Đảng ủy phường"): "ho-chi-minh.phuong-ben-thanh/dang-uy",
    ("ho-chi-minh.phuong-ben-thanh", "Thường trực HĐND phường"): "ho-chi-minh.phuong-ben-thanh/thuong-truc-hoi-dong-nhan-dan",
    ("ho-chi-minh.phuong-ben-thanh", "Thường trực Thành ủy"): "ho-chi-minh/thuong-truc-tinh-uy",
    ("dong-thap", "TT Đảng ủy"): None,
    ("dong-thap", "Thường trực Đảng ủy các xã, phường"): None,
}


@pytest.mark.parametrize("place, name", sorted(COMMUNE_BOARD))
def test_commune_party_standing_board_is_its_communes(place, name):
    assert resolve(name, place).agency_id == COMMUNE_BOARD[(place, name)]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_commune_plan_sends_to_its_party_standing_board(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN THÀNH", *MOTTO, "Số: 12/KH-UBND", "Bến Thành, ngày 02 tháng 9 năm 2025",
             "KẾ HOẠCH", "Thực hiện công tác cải cách hành chính năm 2025", "I. NHIỆM VỤ",
             "1. Công an phường phối hợp Ban Chỉ huy Quân sự phường bảo đảm an ninh, trật tự.", "Nơi nhận:",
             "- UBND Thành phố;", "- Thường trực Đảng ủy phường;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
             "Lê Thị Mai"]
    doc = _read(tmp_path, lines, form)
    assert [r.agency_id for r in doc.metadata.recipient_agencies] == [
        "ho-chi-minh/uy-ban-nhan-dan", "ho-chi-minh.phuong-ben-thanh/thuong-truc-dang-uy"]
    assert not [w for w in doc.warnings if w.code == "unresolved_agency"]


# --- A ministry's own units named bare in its own plan: "Văn phòng Bộ", "Thanh tra Bộ" --------------------------------
# A ministry's plan names its office and inspectorate by the bare word "Bộ": reported unresolved before, though the
# registry lists every ministry's. Now the issuing ministry's. Guards: a unit the registry does not list ("Vụ Pháp chế
# Bộ") and "Văn phòng Bộ" in a province's plan (no ministry issues it) stay unresolved, and reported.

def _ministry_plan(ministry: str, code: str, duties: list[str]) -> list[str]:
    return [ministry.upper(), *MOTTO, f"Số: 1500/KH-{code}", "Hà Nội, ngày 10 tháng 5 năm 2024", "KẾ HOẠCH",
            "Triển khai công tác cải cách hành chính năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "1. Thực hiện đúng tiến độ.",
            "II. TỔ CHỨC THỰC HIỆN", *duties, "Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT.", "KT. BỘ TRƯỞNG",
            "THỨ TRƯỞNG", "Nguyễn Văn Hải"]


OWN_UNITS = ["1. Văn phòng Bộ chủ trì, phối hợp với Thanh tra Bộ theo dõi, đôn đốc thực hiện Kế hoạch.",
             "2. Vụ Pháp chế Bộ rà soát văn bản quy phạm pháp luật."]
MINISTRIES = {"Bộ Tài chính": ("BTC", "viet-nam/van-phong-bo-tai-chinh", "viet-nam/thanh-tra-bo-tai-chinh"),
              "Bộ Y tế": ("BYT", "viet-nam/van-phong-bo-y-te", "viet-nam/thanh-tra-bo-y-te"),
              "Bộ Văn hóa, Thể thao và Du lịch": ("BVHTTDL", "viet-nam/van-phong-bo-van-hoa-the-thao-va-du-lich",
                                                  "viet-nam/thanh-tra-bo-van-hoa-the-thao-va-du-lich")}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("ministry", sorted(MINISTRIES))
def test_ministry_s_own_office_and_inspectorate_in_its_plan(tmp_path, ministry, form):
    code, office, inspectorate = MINISTRIES[ministry]
    doc = _read(tmp_path, _ministry_plan(ministry, code, OWN_UNITS), form)
    duties = {(a.role, a.agency.name, a.agency.agency_id) for a in doc.assignments}
    assert duties == {("lead", "Văn phòng Bộ", office), ("support", "Thanh tra Bộ", inspectorate),
                      ("lead", "Vụ Pháp chế Bộ", None)}
    assert [w.message for w in doc.warnings if w.code == "unresolved_agency"] == [
        "agency not resolved: 'Vụ Pháp chế Bộ' (not in the registry)"]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_ministry_s_office_named_bare_in_a_province_s_plan_stays_unresolved(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", *MOTTO, "Số: 301/KH-UBND", "An Giang, ngày 05 tháng 5 năm 2024",
             "KẾ HOẠCH", "Tiếp đoàn công tác năm 2024", "I. TỔ CHỨC THỰC HIỆN",
             "1. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Văn phòng Bộ chuẩn bị nội dung làm việc.",
             "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hùng"]
    doc = _read(tmp_path, lines, form)
    duties = {(a.role, a.agency.name, a.agency.agency_id) for a in doc.assignments}
    assert ("support", "Văn phòng Bộ", None) in duties
    assert any("'Văn phòng Bộ'" in w.message for w in doc.warnings if w.code == "unresolved_agency")


# --- Joint documents of a province's bodies cited by a joint type's code: "01/HDLN-SNV-STC" ---------------------------
# A joint guidance or plan of two departments ("Hướng dẫn liên ngành số 01/HDLN-SNV-STC … của Sở Nội vụ và Sở Tài
# chính") was read as the first body's alone (issuer "Sở Nội vụ", resolved to it: a wrong value): only symbols of
# central bodies' codes ("TTLT-BNV-BTC") were known as joint. Now a number whose type code ends as a joint type's
# (cited_issuers.json joint_type_codes) and names two bodies or more reads its issuer whole, resolved to no one body.
# Guards: a plain type code ("HD-SNV") keeps its one issuer; a joint code naming one body keeps its one issuer.

def _citing(line: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", *MOTTO, "Số: 501/KH-UBND", "Đồng Tháp, ngày 15 tháng 10 năm 2025",
            "KẾ HOẠCH", "Tinh giản biên chế năm 2025", line, "I. MỤC ĐÍCH", "1. Thực hiện đúng quy định."]


JOINT_CITED = {
    "guidance_of_two_departments": (
        "Căn cứ Hướng dẫn liên ngành số 01/HDLN-SNV-STC ngày 5/9/2025 của Sở Nội vụ và Sở Tài chính về tinh giản "
        "biên chế;", "01/HDLN-SNV-STC", "Sở Nội vụ và Sở Tài chính"),
    "plan_of_police_and_health": (
        "Thực hiện Kế hoạch liên ngành số 05/KHLN-CAT-SYT ngày 12/8/2025 của Công an tỉnh và Sở Y tế;",
        "05/KHLN-CAT-SYT", "Công an tỉnh và Sở Y tế"),
    "guidance_liên_tịch_three_bodies": (
        "Căn cứ Hướng dẫn liên tịch số 02/HDLT-SNV-STC-LĐLĐ ngày 01/9/2025 của Sở Nội vụ, Sở Tài chính và Liên đoàn "
        "Lao động tỉnh;", "02/HDLT-SNV-STC-LĐLĐ", "Sở Nội vụ, Sở Tài chính và Liên đoàn Lao động tỉnh"),
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(JOINT_CITED))
def test_joint_document_of_a_province_s_bodies_cites_every_body(tmp_path, case, form):
    line, number, issuer = JOINT_CITED[case]
    cited = {c.number: c for c in _read(tmp_path, _citing(line), form).metadata.cited_documents}
    assert cited[number].issuer == issuer
    assert cited[number].issuer_agency is None


SINGLE_CITED = {
    # a plain guidance's code: one issuer, as before
    "plain_code": ("Căn cứ Hướng dẫn số 03/HD-SNV ngày 5/9/2025 của Sở Nội vụ về tinh giản biên chế;", "03/HD-SNV",
                   "Sở Nội vụ", "dong-thap/so-noi-vu"),
    # a joint type's code after which one body's code stands
    "joint_code_one_body": ("Căn cứ Kế hoạch số 07/KHLN-SNV ngày 5/9/2025 của Sở Nội vụ;", "07/KHLN-SNV",
                            "Sở Nội vụ", "dong-thap/so-noi-vu"),
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(SINGLE_CITED))
def test_document_of_one_body_keeps_its_one_issuer(tmp_path, case, form):
    line, number, issuer, agency = SINGLE_CITED[case]
    cited = {c.number: c for c in _read(tmp_path, _citing(line), form).metadata.cited_documents}
    assert cited[number].issuer == issuer
    assert cited[number].issuer_agency.agency_id == agency


@pytest.mark.xfail(strict=True, reason="left (s62): a Party conclusion of two central boards joined by a comma ('Kết "
                   "luận số 137-KL/TW … của Bộ Chính trị, Ban Bí thư') gives issuer 'Bộ Chính trị' resolved to it: one "
                   "issuer of two (a partial, wrong value), as on main; a comma leaves a joint list open and the "
                   "one-code symbol 'KL/TW' says no joint document")
@pytest.mark.parametrize("form", ["text"])
def test_conclusion_of_the_politburo_and_the_secretariat_names_both(tmp_path, form):
    line = "Căn cứ Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp đơn vị hành chính;"
    cited = {c.number: c for c in _read(tmp_path, _citing(line), form).metadata.cited_documents}
    assert cited["137-KL/TW"].issuer == "Bộ Chính trị, Ban Bí thư"


# --- Near-names the fuzzy match must keep apart (guards, as on main): one letter or one word from another body -------

NEAR_NAMES = {
    ("an-giang", "Sở Nôi vụ"): "an-giang/so-noi-vu",
    ("an-giang", "Sở Ngọai vụ"): "an-giang/so-ngoai-vu",
    ("an-giang", "Sở Văn hóa và Thể thao"): None,  # Hà Nội's kind of department, none of An Giang's
    ("an-giang", "Sở Giao thông"): None,
    # a commune has a Phòng Văn hóa - Xã hội, no Phòng Văn hóa - Thông tin (a former district's)
    ("dong-thap.xa-tan-hoa", "Phòng Văn hóa - Thông tin"): None,
    ("dong-thap.xa-tan-hoa", "Phòng Văn hóa - Xã hôi"): "dong-thap.xa-tan-hoa/phong-van-hoa-xa-hoi",
    ("dong-thap.xa-tan-hoa", "Phòng Kinh tế - Hạ tầng"): None,
    ("dong-thap.xa-tan-hoa", "Phòng Nội vụ"): None,
    ("dong-thap.xa-tan-hoa", "Công an huyện"): None,
}


@pytest.mark.parametrize("place, name", sorted(NEAR_NAMES))
def test_near_names_resolve_to_their_own_body_or_none(place, name):
    assert resolve(name, place).agency_id == NEAR_NAMES[(place, name)]


@pytest.mark.xfail(strict=True, reason="left (s62): 'Ủy ban nhân dân thành phố Huế' in a ministry's plan of August 2025 "
                   "stays unresolved ('no province known', the provincial city of Thừa Thiên Huế that ended on "
                   "2024-12-31 found first): a loss, not a wrong value, as on main; resolving it needs the document's "
                   "date where a central plan's names are resolved (a plan of the city itself reads it right)")
def test_central_plan_of_2025_names_the_city_of_hue(tmp_path):
    lines = ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", *MOTTO, "Số: 3001/KH-BVHTTDL", "Hà Nội, ngày 20 tháng 8 năm 2025",
             "KẾ HOẠCH", "Tổ chức Tuần lễ văn hóa năm 2025", "I. NHIỆM VỤ",
             "1. Cục Văn hóa cơ sở chủ trì, phối hợp với Ủy ban nhân dân thành phố Huế tổ chức các hoạt động.",
             "Nơi nhận:", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Hồ An Phong"]
    doc = _read(tmp_path, lines, "text")
    assert ("support", "hue/uy-ban-nhan-dan") in {(a.role, a.agency.agency_id) for a in doc.assignments}


# === Review (s62) ======================================================================================================
# Documents the branch's rules were not built on, to tell a new wrong value from an old one (each run on main too).
# - "Văn phòng Bộ" / "Thanh tra Bộ" in a joint plan of two ministries, or in a duty that names another ministry ("Đề
#   nghị Bộ Y tế chỉ đạo Văn phòng Bộ, Thanh tra Bộ"): the branch gave the issuing ministry's units (new wrong values,
#   fixed: a joint issuer, or another ministry in the duty, names no one ministry); "Thanh tra các Bộ, ngành", "Văn
#   phòng Bộ, ngành" and a
#   Cục's plan stay unresolved; a ministry whose inspectorate was kept (Bộ Công an) gets no "not in force" warning.
# - "BIỂU …" under a bare annex heading: a sentence after a whole link line is the annex's text (the branch swallowed the
#   BIỂU line's title, fixed: only a link whose parenthesis is still open wraps); a caption numbered "BIỂU I", "BIỂU SỐ:
#   02" heads a part of its own as "BIỂU SỐ 02" does (as main).
# - Near-names of the new registry rows: Party standing boards of the province's committees in a commune's plan, the
#   2025 district offices in a commune, the interim press names.
# - Joint citations the branch does not reach (strict xfails, as main).

JOINT_MINISTRIES = {"one_line": ["BỘ NỘI VỤ - BỘ TÀI CHÍNH"], "two_lines": ["BỘ NỘI VỤ", "BỘ TÀI CHÍNH"]}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("header", sorted(JOINT_MINISTRIES))
def test_review_joint_plan_of_two_ministries_leaves_the_bare_units_unresolved(tmp_path, header, form):
    lines = _ministry_plan("Bộ Nội vụ", "BNV", OWN_UNITS)
    lines = [*JOINT_MINISTRIES[header], *lines[1:]]
    lines[lines.index("Số: 1500/KH-BNV")] = "Số: 01/KHLT-BNV-BTC"
    duties = {(a.agency.name, a.agency.agency_id) for a in _read(tmp_path, lines, form).assignments}
    assert ("Văn phòng Bộ", None) in duties and ("Thanh tra Bộ", None) in duties


MINISTRY_NEAR_UNITS = ["1. Đề nghị Thanh tra các Bộ, ngành phối hợp thực hiện.",
                       "2. Văn phòng các Bộ, cơ quan ngang Bộ phối hợp.",
                       "3. Văn phòng Bộ, ngành, địa phương báo cáo kết quả."]


def test_review_units_of_every_ministry_stay_unresolved_in_a_ministry_s_plan(tmp_path):
    doc = _read(tmp_path, _ministry_plan("Bộ Tài chính", "BTC", MINISTRY_NEAR_UNITS), "text")
    assert doc.assignments and all(a.agency.agency_id is None for a in doc.assignments)


OTHER_MINISTRY_S_UNITS = {
    # "Bộ" after another ministry named in the same duty may be that ministry: left unresolved (the branch gave the
    # issuer's units: a new wrong value, fixed)
    "asked_of_another_ministry": "1. Đề nghị Bộ Y tế chỉ đạo Văn phòng Bộ, Thanh tra Bộ phối hợp thực hiện.",
    "after_another_ministry_s_office": "1. Cục Thuế chủ trì, phối hợp với Văn phòng Bộ Y tế và Thanh tra Bộ thực hiện.",
}


@pytest.mark.parametrize("case", sorted(OTHER_MINISTRY_S_UNITS))
def test_review_bare_units_after_another_ministry_stay_unresolved(tmp_path, case):
    doc = _read(tmp_path, _ministry_plan("Bộ Tài chính", "BTC", [OTHER_MINISTRY_S_UNITS[case]]), "text")
    duties = {(a.agency.name, a.agency.agency_id) for a in doc.assignments}
    assert ("Thanh tra Bộ", None) in duties
    assert not {agency_id for _, agency_id in duties} & {"viet-nam/thanh-tra-bo-tai-chinh", "viet-nam/van-phong-bo-tai-chinh"}


def test_review_a_cuc_s_plan_names_no_ministry_s_unit(tmp_path):
    lines = _ministry_plan("Bộ Tài chính", "CT", OWN_UNITS)
    lines.insert(1, "CỤC THUẾ")
    duties = {(a.agency.name, a.agency.agency_id) for a in _read(tmp_path, lines, "text").assignments}
    assert ("Văn phòng Bộ", None) in duties and ("Thanh tra Bộ", None) in duties


def test_review_a_kept_inspectorate_is_in_force_in_2026(tmp_path):
    lines = _ministry_plan("Bộ Công an", "BCA", OWN_UNITS)
    lines[lines.index("Hà Nội, ngày 10 tháng 5 năm 2024")] = "Hà Nội, ngày 10 tháng 02 năm 2026"
    doc = _read(tmp_path, lines, "text")
    assert ("Thanh tra Bộ", "viet-nam/thanh-tra-bo-cong-an") in {(a.agency.name, a.agency.agency_id) for a in doc.assignments}
    assert not [w for w in doc.warnings if w.code == "agency_not_in_force"]


BIEU_REVIEW = {
    # a sentence after the whole link line: the annex's text; the BIỂU line keeps its title (as main)
    "sentence_after_the_link": (["PHỤ LỤC II", LINK, "Các sở tổng hợp theo biểu sau:", "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"],
                                "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", 2),
    # the link wrapped over two lines, its parenthesis open on the first: the title under it is the annex's
    "link_wrapped": (["PHỤ LỤC II", "(Kèm theo Kế hoạch số 301/KH-UBND ngày 05/10/2025", "của Ủy ban nhân dân tỉnh)",
                      "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT"], "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT", 1),
    # captions numbered in Roman figures or after "SỐ:": parts of their own, as "BIỂU SỐ 02" (as main)
    "roman_captions": (["PHỤ LỤC", LINK, "BIỂU I: TỔNG HỢP KẾT QUẢ", *REST, "BIỂU II: TỔNG HỢP KINH PHÍ"],
                       "BIỂU II: TỔNG HỢP KINH PHÍ", 3),
    "number_after_a_colon": (["PHỤ LỤC II", LINK, "BIỂU SỐ: 02 TỔNG HỢP KẾT QUẢ"], "BIỂU SỐ: 02 TỔNG HỢP KẾT QUẢ", 2),
}


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("case", sorted(BIEU_REVIEW))
def test_review_bieu_lines_the_title_rule_must_not_take(tmp_path, case, form):
    lines, last_title, count = BIEU_REVIEW[case]
    annexes = _annexes(_read(tmp_path, [*PLAN, *lines, *REST], form))
    assert len(annexes) == count
    assert annexes[-1].heading == last_title
    assert [child.number for child in annexes[-1].children] == ["1", "2"]


REVIEW_NEAR_NAMES = {
    # the province's Party committees' standing boards are no commune's
    ("dong-thap.xa-tan-hoa", "Thường trực Đảng ủy Ủy ban nhân dân tỉnh"): None,
    ("dong-thap.xa-tan-hoa", "Thường trực Đảng ủy Quân sự tỉnh"): None,
    ("dong-thap.xa-tan-hoa", "Thường trực Đảng ủy Công an tỉnh"): None,
    ("dong-thap.xa-tan-hoa", "Thường trực Đảng ủy các cơ quan Đảng tỉnh"): None,
    ("dong-thap.xa-tan-hoa", "Thường trực Đảng ủy huyện"): None,
    ("dong-thap", "Thường trực Đảng ủy xã"): None,
    # the district offices of 2025 are no commune's
    ("dong-thap.xa-tan-hoa", "Phòng Nông nghiệp và Môi trường"): None,
    ("dong-thap.xa-tan-hoa", "Phòng Văn hóa, Khoa học và Thông tin"): None,
    ("dong-thap.xa-tan-hoa", "Phòng Kinh tế, Hạ tầng và Đô thị"): None,
    # parts of their names
    (DISTRICT, "Phòng Văn hóa - Khoa học"): None,
    (DISTRICT, "Phòng Kinh tế và Đô thị"): None,
    (DISTRICT, "Phòng Kinh tế, Hạ tầng"): f"{DISTRICT}/phong-kinh-te-va-ha-tang",
    # the interim press names are not listed; the radio-television alone keeps its own
    ("dong-thap", "Báo và Đài Phát thanh - Truyền hình tỉnh"): None,
    ("dong-thap", "Đài PT-TH tỉnh"): "dong-thap/dai-phat-thanh-va-truyen-hinh",
}


@pytest.mark.parametrize("place, name", sorted(REVIEW_NEAR_NAMES))
def test_review_near_names_of_the_new_rows(place, name):
    assert resolve(name, place).agency_id == REVIEW_NEAR_NAMES[(place, name)]


JOINT_LEFT = {
    "joint_code_bodies_by_comma": ("Căn cứ Hướng dẫn liên ngành số 01/HDLN-SNV-STC ngày 5/9/2025 của Sở Nội vụ, Sở Tài "
                                   "chính về tinh giản biên chế;", "01/HDLN-SNV-STC"),
    "rules_of_two_bodies": ("Căn cứ Quy chế phối hợp số 05/QCPH-CAT-SYT ngày 5/9/2025 của Công an tỉnh và Sở Y tế;",
                            "05/QCPH-CAT-SYT"),
    "plan_of_two_departments": ("Căn cứ Kế hoạch số 12/KH-SNV-STC ngày 5/9/2025 của Sở Nội vụ và Sở Tài chính;",
                                "12/KH-SNV-STC"),
}


@pytest.mark.xfail(strict=True, reason="left (s62): a joint document of a province's bodies whose issuer list is joined "
                   "by a comma, or whose symbol's type code is no joint type's ('QCPH', 'KH' before 'SNV-STC'), gives "
                   "the first body as the issuer, resolved to it: one issuer of two (a wrong value), as on main")
@pytest.mark.parametrize("case", sorted(JOINT_LEFT))
def test_review_joint_documents_the_joint_codes_do_not_reach(tmp_path, case):
    line, number = JOINT_LEFT[case]
    cited = {c.number: c for c in _read(tmp_path, _citing(line), "text").metadata.cited_documents}
    assert cited[number].issuer_agency is None
