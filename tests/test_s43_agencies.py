"""Bodies and cited documents on unseen plans (s43): a region in brackets after a body, a former body and today's named
together, a type printed as its code before a number, a law's revision noted in brackets after its name.

Every fixture below is written for the test (names, numbers and dates made up, in the forms plans print them):
- a body that has regional bodies, its region in brackets ("Kho bạc Nhà nước (khu vực XV)", "TAND (khu vực 2)", "Thuế
  (cơ sở 3)"), resolved to the province's or the nation's body of the bare name: a confident wrong value. The bracket's
  words now read with the name ("Kho bạc Nhà nước khu vực XV"): the region's body; a region none of its bodies has, or
  a name that says the province too ("Tòa án nhân dân tỉnh (khu vực 2)"): unresolved with the reason. A body with no
  regional ones keeps the bracket as a remark ("Sở Xây dựng (khu vực 2)"), a body's premises stay its own ("Sở Khoa
  học và Công nghệ (cơ sở 2)");
- a former body with the body it became in brackets ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)") resolved to the
  former body, which the plan does not assign (a confident wrong value): the bracket's body now (places.json
  successor_marks), unresolved where the registry does not know it; today's body with its predecessor in brackets
  ("Sở Tài chính (Sở Kế hoạch và Đầu tư cũ)") was unresolved as "a former body" (lost): the former mark is the
  bracket's body's, the name today's, the bracket its remark;
- a type printed as its symbol's code before the number ("NĐ 30/2020/NĐ-CP", "QĐ số 1234/QĐ-UBND ngày …", "CV số
  123/UBND-KT") was no citation (lost): the code is the type where the number's own type code is the same (a Công
  văn's "CV" where the number has none); a code that disagrees cites nothing ("QĐ 12/KH-UBND");
- a law's revision in brackets after its name ("Luật Đất đai (sửa đổi) số 31/2024/QH15", "Luật Thủ đô (sửa đổi) năm
  2024", "Căn cứ Luật Đất đai (sửa đổi);") was no citation (lost): the bracket (cited_issuers.json
  named_laws.amending's words, a year at most) is no part of the name, and the citation reads on.
Read right before and kept (guards): unknown bodies near a registry name stay unresolved with the name as printed,
an abbreviation in brackets inside a name is no remark ("Ủy ban nhân dân (UBND) các huyện": one body).
"""

from __future__ import annotations

import pytest

from page_fields import processed
from pipeline.stages.agencies import _with_remark, resolve
from pipeline.stages.citations import find_citations, find_named_laws


def _one(name: str, place: str | None = "lam-dong"):
    found = _with_remark(name, place, True, False)
    assert len(found) == 1
    return found[0]


# --- a region in brackets after a body

@pytest.mark.parametrize("printed, agency_id", [
    ("Kho bạc Nhà nước (khu vực XV)", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"),
    ("Kho bạc Nhà nước (Khu vực 15)", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"),
    ("KBNN (khu vực XV)", "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"),
    ("Bảo hiểm xã hội (khu vực XXV)", "viet-nam/bao-hiem-xa-hoi-khu-vuc-xxv"),
    ("BHXH (Khu vực 25)", "viet-nam/bao-hiem-xa-hoi-khu-vuc-xxv"),
    ("Ngân hàng Nhà nước (khu vực 10)", "viet-nam/ngan-hang-nha-nuoc-chi-nhanh-khu-vuc-10"),
    ("Tòa án nhân dân (khu vực 2)", "lam-dong/toa-an-nhan-dan-khu-vuc-2"),
    ("TAND (khu vực 2)", "lam-dong/toa-an-nhan-dan-khu-vuc-2"),
    ("Viện kiểm sát nhân dân (khu vực 4)", "lam-dong/vien-kiem-sat-nhan-dan-khu-vuc-4"),
    ("Thuế (cơ sở 3)", "lam-dong/thue-co-so-3"),
])
def test_a_region_in_brackets_names_the_regions_body(printed, agency_id):
    mention = _one(printed)
    assert (mention.name, mention.agency_id, mention.remark) == (printed, agency_id, None)


@pytest.mark.parametrize("printed, wrong", [
    ("Ngân hàng Nhà nước (khu vực 99)", "viet-nam/ngan-hang-nha-nuoc-viet-nam"),  # no such region
    ("Kho bạc Nhà nước (khu vực miền núi)", "lam-dong/kho-bac-nha-nuoc"),  # a region by no number
    ("BHXH tỉnh (khu vực XXV)", "lam-dong/bao-hiem-xa-hoi"),  # the province's and a region's at once
    ("Tòa án nhân dân tỉnh (khu vực 2)", "lam-dong/toa-an-nhan-dan"),
    ("Thuế tỉnh (cơ sở 3)", "lam-dong/thue"),
])
def test_a_region_no_body_has_is_unresolved_never_the_bare_names_body(printed, wrong):
    mention = _one(printed)
    assert mention.agency_id is None and mention.agency_id != wrong
    assert mention.name == printed and "region" in mention.reason


@pytest.mark.parametrize("printed, agency_id, remark", [
    ("Sở Xây dựng (khu vực 2)", "lam-dong/so-xay-dung", "khu vực 2"),
    ("UBND các xã (khu vực I)", "lam-dong/uy-ban-nhan-dan-cap-xa", "khu vực I"),
    ("Sở Khoa học và Công nghệ (cơ sở 2)", "lam-dong/so-khoa-hoc-va-cong-nghe", None),
    ("Sở Y tế (chủ trì)", "lam-dong/so-y-te", "chủ trì"),
    ("Kho bạc Nhà nước (KBNN)", "lam-dong/kho-bac-nha-nuoc", None),
])
def test_a_bracket_on_a_body_with_no_regions_stays_as_it_was(printed, agency_id, remark):
    mention = _one(printed)
    assert (mention.agency_id, mention.remark) == (agency_id, remark)


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_region_in_brackets_among_a_plans_recipients(tmp_path, form):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 231/KH-UBND", "Lâm Đồng, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH", "Đối chiếu số liệu thu, chi ngân sách năm 2025",
             "I. MỤC ĐÍCH", "Bảo đảm số liệu khớp đúng.", "II. NHIỆM VỤ", "Các cơ quan phối hợp đối chiếu số liệu.",
             "Nơi nhận:", "- Sở Tài chính;", "- Kho bạc Nhà nước (khu vực XV);", "- Tòa án nhân dân (khu vực 2);",
             "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"]
    bodies = {m.name: m.agency_id for m in processed(tmp_path, lines, form).metadata.recipient_agencies}
    assert bodies.get("Kho bạc Nhà nước (khu vực XV)") == "viet-nam/kho-bac-nha-nuoc-khu-vuc-xv"
    assert bodies.get("Tòa án nhân dân (khu vực 2)") == "lam-dong/toa-an-nhan-dan-khu-vuc-2"


# --- the 2025 reorganisation: a former body and today's named together

@pytest.mark.parametrize("printed, agency_id, remark", [
    # the body it became in brackets (places.json successor_marks): the work is the successor's
    ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)", "lam-dong/so-tai-chinh", "nay là Sở Tài chính"),
    ("Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ)", "lam-dong/so-khoa-hoc-va-cong-nghe",
     "nay là Sở Khoa học và Công nghệ"),
    ("Sở TT&TT (nay hợp nhất vào Sở KH&CN)", "lam-dong/so-khoa-hoc-va-cong-nghe", "nay hợp nhất vào Sở KH&CN"),
    ("Sở Lao động - Thương binh và Xã hội (Nay là Sở Nội vụ)", "lam-dong/so-noi-vu", "Nay là Sở Nội vụ"),
    ("Ban Dân tộc (nay là Sở Dân tộc và Tôn giáo)", "lam-dong/so-dan-toc-va-ton-giao", "nay là Sở Dân tộc và Tôn giáo"),
    # today's body with its predecessor in brackets: the former mark is the bracket's body's, not the name's
    ("Sở Tài chính (Sở Kế hoạch và Đầu tư cũ)", "lam-dong/so-tai-chinh", "Sở Kế hoạch và Đầu tư cũ"),
    ("Sở Nội vụ (Sở Lao động - Thương binh và Xã hội cũ)", "lam-dong/so-noi-vu", "Sở Lao động - Thương binh và Xã hội cũ"),
    ("Sở Dân tộc và Tôn giáo (Ban Dân tộc cũ)", "lam-dong/so-dan-toc-va-ton-giao", "Ban Dân tộc cũ"),
])
def test_a_former_body_and_todays_name_todays(printed, agency_id, remark):
    mention = _one(printed)
    assert (mention.name, mention.agency_id, mention.remark) == (printed, agency_id, remark)


@pytest.mark.parametrize("printed", [
    "Sở Kế hoạch và Đầu tư (nay là Sở Kinh tế)",  # a successor the registry does not know: never the former body
    "Phòng Tư pháp (nay là Phòng Văn hóa - Xã hội)",
    "Sở Lao động - Thương binh và Xã hội (nay là Sở Nội vụ, Sở Y tế)",
])
def test_a_successor_no_body_is_unresolved(printed):
    mention = _one(printed)
    assert (mention.name, mention.agency_id) == (printed, None)


@pytest.mark.parametrize("printed", ["Sở Tài chính tỉnh Đắk Nông (cũ)", "Sở Tài chính (cũ)", "Sở Tài chính cũ"])
def test_a_former_mark_of_the_name_itself_still_says_former(printed):
    mention = _one(printed)
    assert mention.agency_id != "lam-dong/so-tai-chinh"


# --- guards: read right before, kept

@pytest.mark.parametrize("printed", [
    "Hội Nhà giáo tỉnh", "Hội Nhà văn", "Trường Cao đẳng Đà Lạt", "Trường Đại học Đà Lạt", "Bệnh viện Mắt",
    "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng", "Hiệp hội Du lịch tỉnh", "Hội Kiến trúc sư tỉnh",
])
def test_an_unknown_body_near_a_registry_name_stays_unresolved_as_printed(printed):
    mention = resolve(printed, "lam-dong")
    assert (mention.agency_id, mention.name) == (None, printed)


@pytest.mark.parametrize("printed, agency_id", [
    ("Ủy ban nhân dân (UBND) các huyện", "lam-dong/uy-ban-nhan-dan-cap-huyen"),
    ("Ủy ban nhân dân (UBND) các xã, phường, đặc khu", "lam-dong/uy-ban-nhan-dan-cap-xa"),
    ("Văn phòng Ủy ban nhân dân (VP UBND) tỉnh", "lam-dong/van-phong-uy-ban-nhan-dan"),
])
def test_an_abbreviation_in_brackets_inside_a_name_is_one_body(printed, agency_id):
    mention = _one(printed)
    assert (mention.agency_id, mention.remark) == (agency_id, None)


# --- a type printed as its code before the number

@pytest.mark.parametrize("text, doc_type, number, date", [
    ("Thực hiện NĐ 30/2020/NĐ-CP về công tác văn thư;", "Nghị định", "30/2020/NĐ-CP", None),
    ("theo QĐ số 1234/QĐ-UBND ngày 12/3/2024 của UBND tỉnh", "Quyết định", "1234/QĐ-UBND", "2024-03-12"),
    ("Căn cứ NQ số: 12/2024/NQ-HĐND ngày 10 tháng 7 năm 2024;", "Nghị quyết", "12/2024/NQ-HĐND", "2024-07-10"),
    ("hướng dẫn tại TT số 01/2011/TT-BNV", "Thông tư", "01/2011/TT-BNV", None),
    ("Thực hiện CV số 123/UBND-KT ngày 1/2/2025", "Công văn", "123/UBND-KT", "2025-02-01"),
    ("triển khai KH 56/KH-UBND ngày 03/3/2025", "Kế hoạch", "56/KH-UBND", "2025-03-03"),
    ("quán triệt CT số 05-CT/TW ngày 15/5/2016", "Chỉ thị", "05-CT/TW", "2016-05-15"),
    ("theo CTr số 12/CTr-UBND", "Chương trình", "12/CTr-UBND", None),
    ("THỰC HIỆN QĐ SỐ 12/QĐ-UBND NGÀY 1/2/2025 CỦA UBND TỈNH", "Quyết định", "12/QĐ-UBND", "2025-02-01"),
])
def test_a_type_printed_as_its_code_is_cited(text, doc_type, number, date):
    found = [(c.doc_type, c.number, c.issued_date) for c in find_citations(text)]
    assert found == [(doc_type, number, date)]


@pytest.mark.parametrize("text", [
    "theo QĐ 12/KH-UBND",  # the code and the number's type disagree
    "TT 1/2020/QĐ-TTg",
    "NQ số 15/KH-UBND ngày 1/2/2025",
])
def test_a_code_the_number_does_not_agree_with_cites_nothing(text):
    assert find_citations(text) == []


def test_a_cited_code_in_a_plans_grounds(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Số: 77/KH-UBND", "Lâm Đồng, ngày 9 tháng 9 năm 2025", "KẾ HOẠCH", "Chỉnh lý tài liệu lưu trữ năm 2025",
             "Thực hiện QĐ số 418/QĐ-UBND ngày 02/4/2025 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
             "I. MỤC ĐÍCH", "Bảo đảm tài liệu được chỉnh lý.", "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hải"]
    cited = processed(tmp_path, lines, "text").metadata.cited_documents
    assert ("Quyết định", "418/QĐ-UBND", "2025-04-02") in [(c.doc_type, c.number, c.issued_date) for c in cited]


# --- a law's revision in brackets after its name

@pytest.mark.parametrize("text, number, date", [
    ("Căn cứ Luật Đất đai (sửa đổi) số 31/2024/QH15 ngày 18/01/2024;", "31/2024/QH15", "2024-01-18"),
    ("Căn cứ Luật Thủ đô (sửa đổi) số 39/2024/QH15;", "39/2024/QH15", None),
    ("Căn cứ Luật Đầu tư công (sửa đổi, bổ sung) số 58/2024/QH15 ngày 29 tháng 11 năm 2024;", "58/2024/QH15", "2024-11-29"),
])
def test_a_numbered_law_with_its_revision_in_brackets_is_cited(text, number, date):
    assert [(c.doc_type, c.number, c.issued_date) for c in find_citations(text)] == [("Luật", number, date)]


@pytest.mark.parametrize("text, name, cited", [
    ("Căn cứ Luật Đất đai (sửa đổi) năm 2024;", "Đất đai", "Luật Đất đai (sửa đổi) năm 2024"),
    ("triển khai Luật Thủ đô (sửa đổi) năm 2024 trên địa bàn", "Thủ đô", "Luật Thủ đô (sửa đổi) năm 2024"),
    ("Căn cứ Luật Đất đai (sửa đổi);", "Đất đai", "Luật Đất đai (sửa đổi)"),
    ("Căn cứ Bộ luật Lao động (sửa đổi) ngày 20 tháng 11 năm 2019;", "Lao động", "Bộ luật Lao động (sửa đổi) ngày 20 tháng 11 năm 2019"),
    ("Căn cứ Luật Nhà ở (sửa đổi năm 2023);", "Nhà ở", "Luật Nhà ở (sửa đổi năm 2023)"),
])
def test_a_named_law_with_its_revision_in_brackets_is_cited(text, name, cited):
    assert [(c.name, c.text) for c in find_named_laws(text)] == [(name, cited)]
