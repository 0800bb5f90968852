"""Documents of the two-level local government (since 1 July 2025) and of the months around it, classes found on
stored openings of legal-site pages (s14) and on the registry's dates.

What the forms are (our own notes; every fixture below is written for the test, numbers and wording made up, the
places real since they are the registry's):
- a ward's or a commune's people's committee heads its documents "ỦY BAN NHÂN DÂN" / "PHƯỜNG …" (or "UBND TỈNH …" /
  "UBND PHƯỜNG …"), with no district between; a new ward may be named for the city it replaced ("Xuân Hương - Đà
  Lạt"), and its place line is the ward's name, with or without "Phường";
- a special zone heads "ỦY BAN NHÂN DÂN" / "ĐẶC KHU …";
- a plan of the merged province still names the merged provinces' bodies, with "(cũ)", in citations and duties;
- the departments of 2025 (Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo …) exist from 1 March 2025, the ones
  they replaced until 28 February, the 29 merged provinces and all their bodies until 30 June 2025.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]


def _plan(tmp_path, header: list[str], number: str, date_line: str, duties: list[str] = (), recipients: list[str] = (),
          form: str = "text"):
    lines = [*header, "-------", *MOTTO, f"Số: {number}", date_line, "KẾ HOẠCH",
             "THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm hoạt động thông suốt.",
             "II. TỔ CHỨC THỰC HIỆN", *duties]
    if recipients:
        lines += ["Nơi nhận:", *[f"- {r};" for r in recipients], "- Lưu: VT."]
    return process(write_in_form(tmp_path, lines, form))


def _out_of_time(doc) -> list[str]:
    return [w.message for w in doc.warnings if w.code == "agency_not_in_force"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, number, date_line, named, why", [
    # a merged province's body issuing after its province ended
    (["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"], "88/KH-UBND", "Phan Thiết, ngày 27 tháng 8 năm 2025",
     "Ủy ban nhân dân tỉnh Bình Thuận", "ended on 2025-06-30"),
    (["UBND TỈNH ĐẮK NÔNG", "SỞ Y TẾ"], "12/KH-SYT", "Gia Nghĩa, ngày 4 tháng 11 năm 2025",
     "Sở Y tế tỉnh Đắk Nông", "ended on 2025-06-30"),
    # a department of 2025 in a plan dated before it existed (a year misread, or misprinted)
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "5/KH-SNNMT", "Lâm Đồng, ngày 20 tháng 5 năm 2024",
     "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", "began on 2025-03-01"),
    (["BỘ DÂN TỘC VÀ TÔN GIÁO"], "7/KH-BDTTG", "Hà Nội, ngày 9 tháng 1 năm 2025", "Bộ Dân tộc và Tôn giáo",
     "began on 2025-03-01"),
    # a department merged in March issuing in May
    (["UBND TỈNH GIA LAI", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], "31/KH-SKHĐT", "Gia Lai, ngày 20 tháng 5 năm 2025",
     "Sở Kế hoạch và Đầu tư tỉnh Gia Lai", "ended on 2025-02-28"),
])
def test_issuer_that_did_not_exist_on_the_date_is_warned(tmp_path, form, header, number, date_line, named, why):
    """The issuer resolved to a body that did not exist on the document's date, silently: the name still names that
    body (it stays resolved), but the date or the header is wrong, and the reader is told."""
    doc = _plan(tmp_path, header, number, date_line, form=form)
    assert doc.metadata.issuer.agency.canonical_name == named
    messages = _out_of_time(doc)
    assert len(messages) == 1 and why in messages[0] and named in messages[0]


def test_duty_given_to_a_merged_department_names_its_successor(tmp_path):
    """A plan of October 2025 gives duties to departments merged in March: each is warned once, with the body that took
    its work over."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "140/KH-UBND", "Lâm Đồng, ngày 1 tháng 10 năm 2025",
                ["1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội triển khai.",
                 "2. Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả."],
                ["Sở Kế hoạch và Đầu tư"])
    messages = _out_of_time(doc)
    assert len(messages) == 2
    planning, = [m for m in messages if "Kế hoạch và Đầu tư" in m]
    assert "its successor is Sở Tài chính tỉnh Lâm Đồng" in planning
    labour, = [m for m in messages if "Lao động" in m]
    assert "its successor is Sở Nội vụ tỉnh Lâm Đồng" in labour


def test_cited_document_of_a_body_that_had_ended(tmp_path):
    """A citation dated after its issuer ended (a merged province's plan of August 2025): checked against the cited
    document's own date, not the citing one's."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], "20/KH-UBND", "Quảng Trị, ngày 3 tháng 9 năm 2025",
                ["Căn cứ Kế hoạch số 150/KH-UBND ngày 12/8/2025 của UBND tỉnh Quảng Bình;",
                 "Căn cứ Kế hoạch số 90/KH-UBND ngày 12/5/2025 của UBND tỉnh Quảng Bình (cũ);",
                 "1. Giao Sở Nội vụ chủ trì triển khai."])
    messages = _out_of_time(doc)
    assert len(messages) == 1 and "Ủy ban nhân dân tỉnh Quảng Bình" in messages[0]
    assert "before 2025-08-12" in messages[0]


@pytest.mark.parametrize("header, date_line, duties", [
    # late June 2025: the merged province's bodies still existed, and its departments of March too
    (["ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN"], "Bình Thuận, ngày 27 tháng 6 năm 2025",
     ["1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Dân tộc và Tôn giáo triển khai."]),
    (["UBND TỈNH ĐẮK NÔNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "Đắk Nông, ngày 30 tháng 6 năm 2025", []),
    # a plan of 2024 gives duties to the departments of then
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Đà Lạt, ngày 1 tháng 10 năm 2024",
     ["1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường triển khai."]),
    # the merged province names the old ones' bodies with "(cũ)" in citations of their own time
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Lâm Đồng, ngày 5 tháng 9 năm 2025",
     ["Căn cứ Kế hoạch số 120/KH-UBND ngày 10/3/2025 của UBND tỉnh Bình Thuận (cũ);",
      "1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính triển khai."]),
])
def test_bodies_of_their_own_time_are_not_warned(tmp_path, header, date_line, duties):
    doc = _plan(tmp_path, header, "45/KH-UBND", date_line, duties)
    assert doc.metadata.issuer.agency.agency_id
    assert _out_of_time(doc) == []


@pytest.mark.parametrize("former, warned", [
    ("Sở Tài chính tỉnh Đắk Nông", True),
    ("Sở Tài chính tỉnh Đắk Nông (cũ)", False),
    ("Sở Tài chính tỉnh Đắk Nông (trước sắp xếp)", False),
    ("Sở Tài chính tỉnh Đắk Nông cũ", False),
])
def test_a_body_named_as_former_is_not_held_to_its_last_day(tmp_path, former, warned):
    """The merged province hands over the old ones' records: "(cũ)" says the writer knows the body is gone."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "60/KH-UBND", "Lâm Đồng, ngày 5 tháng 9 năm 2025",
                [f"1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với {former} triển khai."])
    assert "dak-nong/so-tai-chinh" in {a.agency.agency_id for a in doc.assignments}
    assert bool(_out_of_time(doc)) == warned


def test_a_plan_may_name_a_body_about_to_exist(tmp_path):
    """A plan of February 2025 preparing the merger gives duties to the department of 1 March: only an issuer is held
    to the day its body began."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "25/KH-UBND", "Gia Lai, ngày 20 tháng 2 năm 2025",
                ["1. Giao Sở Nông nghiệp và Môi trường tiếp nhận, phối hợp với Sở Kế hoạch và Đầu tư triển khai."],
                ["Sở Dân tộc và Tôn giáo"])
    assert "gia-lai/so-nong-nghiep-va-moi-truong" in {a.agency.agency_id for a in doc.assignments}
    assert _out_of_time(doc) == []


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, date_line, recipients, expected", [
    # Thành phố Hồ Chí Minh keeps departments of its own (Nghị định 45/2025/NĐ-CP): a special zone's plan sends to them
    (["UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO"], "Côn Đảo, ngày 20 tháng 8 năm 2025",
     ["UBND Thành phố", "Sở Du lịch", "Sở Quy hoạch - Kiến trúc", "Sở Văn hóa và Thể thao"],
     ["ho-chi-minh/uy-ban-nhan-dan", "ho-chi-minh/so-du-lich", "ho-chi-minh/so-quy-hoach-kien-truc",
      "ho-chi-minh/so-van-hoa-va-the-thao"]),
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN THÀNH"], "Bến Thành, ngày 2 tháng 9 năm 2025",
     ["Sở Du lịch Thành phố", "Đảng ủy phường"], ["ho-chi-minh/so-du-lich", "ho-chi-minh.phuong-ben-thanh/dang-uy"]),
])
def test_city_departments_of_its_own(tmp_path, form, header, date_line, recipients, expected):
    doc = _plan(tmp_path, header, "15/KH-UBND", date_line, recipients=recipients, form=form)
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == expected


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("header, date_line, jurisdiction, place", [
    (["UBND TỈNH LÂM ĐỒNG", "UBND PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT"], "Xuân Hương - Đà Lạt, ngày 15 tháng 8 năm 2025",
     "lam-dong.phuong-xuan-huong-da-lat", "Xuân Hương - Đà Lạt"),
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT"], "Phường Xuân Hương - Đà Lạt, ngày 15 tháng 8 năm 2025",
     "lam-dong.phuong-xuan-huong-da-lat", "Phường Xuân Hương - Đà Lạt"),
    # a ward named for the province it replaced: the ward, in the province that took it over
    (["ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC GIANG"], "Bắc Giang, ngày 5 tháng 9 năm 2025", "bac-ninh.phuong-bac-giang", "Bắc Giang"),
    (["UBND TỈNH AN GIANG", "UBND ĐẶC KHU PHÚ QUỐC"], "Phú Quốc, ngày 20 tháng 10 năm 2025", "an-giang.dac-khu-phu-quoc",
     "Phú Quốc"),
])
def test_ward_and_special_zone_headers_without_a_district(tmp_path, form, header, date_line, jurisdiction, place):
    doc = _plan(tmp_path, header, "45/KH-UBND", date_line, ["1. Giao Công an chủ trì, phối hợp với Sở Nội vụ triển khai."],
                ["UBND tỉnh"], form=form)
    meta = doc.metadata
    assert (meta.jurisdiction, meta.place) == (jurisdiction, place)
    province = jurisdiction.split(".")[0]
    assert [m.agency_id for m in meta.recipient_agencies] == [f"{province}/uy-ban-nhan-dan"]
    assert {a.agency.agency_id for a in doc.assignments} == {f"{jurisdiction}/cong-an", f"{province}/so-noi-vu"}
    assert _out_of_time(doc) == []


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("printed, role", [
    ("Công an các xã, phường, đặc khu", "cong-an-cap-xa"),
    ("Công an các xã, phường", "cong-an-cap-xa"),
    ("Trạm Y tế các phường, xã", "tram-y-te-cap-xa"),
    ("HĐND các xã, phường, thị trấn", "hoi-dong-nhan-dan-cap-xa"),
    ("Ủy ban MTTQ Việt Nam các xã, phường và đặc khu", "uy-ban-mat-tran-to-quoc-viet-nam-cap-xa"),
    ("Trung tâm Phục vụ hành chính công cấp xã", "trung-tam-phuc-vu-hanh-chinh-cong-cap-xa"),
    ("Văn phòng HĐND và UBND các xã, phường, đặc khu", "van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-cap-xa"),
    ("Đảng ủy các xã, phường", "dang-uy-cap-xa"),
])
def test_every_commune_body_together_is_a_collective_role(tmp_path, form, printed, role):
    """A province's plan of the two-level government gives duties to a body of every commune at once ("Công an các xã,
    phường, đặc khu"): the collective role of the province, as "UBND các xã, phường, đặc khu" was (these were
    unresolved: "not in the registry")."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "77/KH-UBND", "Gia Lai, ngày 2 tháng 9 năm 2025",
                [f"1. Giao Sở Nội vụ chủ trì, phối hợp với {printed} triển khai."], [printed], form=form)
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == [f"gia-lai/{role}"]
    assert f"gia-lai/{role}" in {a.agency.agency_id for a in doc.assignments}
    assert _out_of_time(doc) == []


def test_the_district_level_named_after_it_ended(tmp_path):
    """A plan of September 2025 still sends to the districts' committees (a list copied from an older plan): the
    collective resolves as before, and the reader is told the district level had ended."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "78/KH-UBND", "Gia Lai, ngày 2 tháng 9 năm 2025",
                recipients=["UBND các huyện, thị xã, thành phố", "UBND các xã, phường, đặc khu"])
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == ["gia-lai/uy-ban-nhan-dan-cap-huyen",
                                                                     "gia-lai/uy-ban-nhan-dan-cap-xa"]
    messages = _out_of_time(doc)
    assert len(messages) == 1 and "ended on 2025-06-30" in messages[0]


@pytest.mark.parametrize("printed", ["UBND các phường", "UBND các xã, thị trấn", "Ủy ban nhân dân các phường, thị trấn",
                                     "UBND các xã"])
def test_the_communes_of_a_plan_before_2025_are_the_commune_level(tmp_path, printed):
    """"UBND các phường" was the district level by a fuzzy match ("các phường" one letter from "cấp huyện"'s key
    words), "UBND các xã, thị trấn" unresolved: both name the commune level, by rule."""
    doc = _plan(tmp_path, ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "12/KH-UBND", "Đà Lạt, ngày 3 tháng 4 năm 2023",
                recipients=[printed])
    mention, = doc.metadata.recipient_agencies
    assert (mention.agency_id, mention.match) == ("lam-dong/uy-ban-nhan-dan-cap-xa", "rule")
