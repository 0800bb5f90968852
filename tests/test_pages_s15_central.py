"""Central bodies' documents in forms read on stored pages of legal sites and of the bodies' own portals (the
Procuracy, the Supreme Court, the State Bank, Social Security, the State Audit); the fixtures are written here, none
copied.

What the pages showed, and what these tests hold:
- Pages of the years before 2000 print the place in sentence case: "Hà nội, ngày 11 tháng 11 năm 1995". A place the
  registry knows is the place whatever the case of its words, kept as printed.
- The grounds of a central body's Thông tư or Quyết định cite the laws by their name, then the number: "Căn cứ Luật
  Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm 2010" (test_citations holds the lines).
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FORMS = ["text", "html", "docx", "pdf"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("issuer", "printed", "place", "date"), [
    (["VIỆN KIỂM SÁT NHÂN DÂN", "TỐI CAO"], "Hà nội, ngày 11 tháng 3 năm 1996", "Hà nội", "1996-03-11"),
    (["TÒA ÁN NHÂN DÂN TỐI CAO"], "Hà nội, ngày 5 tháng 12 năm 1998", "Hà nội", "1998-12-05"),
    (["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI", "TỈNH BÌNH ĐỊNH"], "Bình định, ngày 2 tháng 4 năm 1999",
     "Bình định", "1999-04-02"),
    (["NGÂN HÀNG NHÀ NƯỚC", "CHI NHÁNH THÀNH PHỐ HỒ CHÍ MINH"], "TP. Hồ Chí minh, ngày 20 tháng 8 năm 1997",
     "TP. Hồ Chí minh", "1997-08-20"),
])
def test_a_place_printed_in_small_letters(tmp_path, form, issuer, printed, place, date):
    lines = [*issuer, *MOTTO, "Số: 52/CV-VP", printed, "V/v triển khai công tác năm 1996",
             "Kính gửi: Các đơn vị trực thuộc.", "Để thực hiện tốt nhiệm vụ, yêu cầu các đơn vị như sau:",
             "1. Tăng cường kiểm tra."]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert (meta.place, meta.issued_date) == (place, date)


@pytest.mark.parametrize("sentence", ["Hôm nay, ngày 11 tháng 3 năm 1996, tại trụ sở", "Tại trụ sở Hà nội, ngày 11 tháng 3 năm 1996"])
def test_small_letters_that_name_no_place_are_no_place(tmp_path, sentence):
    """Only a place the registry knows, and nothing but it (a unit word aside), is a place in small letters."""
    lines = ["BỘ TƯ PHÁP", *MOTTO, "Số: 52/BTP-VP", sentence, "V/v triển khai công tác năm 1996",
             "Kính gửi: Các đơn vị trực thuộc.", "Để thực hiện tốt nhiệm vụ, yêu cầu các đơn vị như sau:"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.place, meta.issued_date) == (None, None)


# A central body's Nơi nhận names the heads of other bodies and its own leaders beside the bodies: "Chánh án TANDTC
# (để b/c)", "Thống đốc NHNN", "Tổng Giám đốc (để b/c)", "Giám đốc, các Phó Giám đốc", "Ban Lãnh đạo NHNN", and
# "Như kính gửi" for the addressees. They are persons (a position of positions.csv first), not bodies left unresolved;
# the Prime Minister, a position the registry knows as a body, stays one.
PERSONS = ["Chánh án TANDTC (để b/c)", "Viện trưởng VKSNDTC", "Thống đốc NHNN (để b/c)", "Tổng Giám đốc (để b/c)",
           "Giám đốc, các Phó Giám đốc", "các Phó Tổng Giám đốc", "Tổng Kiểm toán nhà nước", "Ban Lãnh đạo NHNN",
           "Chủ nhiệm Văn phòng Chính phủ", "Như kính gửi"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("person", PERSONS)
def test_a_head_among_a_central_bodys_recipients_is_a_person(tmp_path, form, person):
    lines = ["BẢO HIỂM XÃ HỘI VIỆT NAM", *MOTTO, "Số: 1825/BHXH-CSYT", "Hà Nội, ngày 12 tháng 6 năm 2023",
             "V/v hướng dẫn thanh toán chi phí khám chữa bệnh", "Kính gửi: Bộ Y tế.",
             "Bảo hiểm xã hội Việt Nam hướng dẫn như sau:", "1. Thực hiện thanh toán theo quy định.", "Nơi nhận:",
             "- Thủ tướng Chính phủ (để b/c);", f"- {person};", "- Kiểm toán nhà nước;", "- Lưu: VT, CSYT (2b).",
             "KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Lê Thị Hương"]
    doc = process(write_in_form(tmp_path, lines, form))
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == ["viet-nam/thu-tuong-chinh-phu",
                                                                      "viet-nam/kiem-toan-nha-nuoc"]
    assert not [w for w in doc.warnings if w.code == "unresolved_agency"]


# Before 2005 the type heading named its issuer: "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH" on one line, or "QUYẾT ĐỊNH"
# over "CỦA THỦ TƯỚNG CHÍNH PHỦ"; the title ("Về việc …") follows. The issuer's line (a body, or a position and its
# body) is the heading's, not the title's.
OLD_HEADINGS = [
    ("BỘ TÀI CHÍNH", "45/2003/QĐ-BTC", "QUYẾT ĐỊNH", "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "12/2003/CT-TTg", "CHỈ THỊ", "CỦA THỦ TƯỚNG CHÍNH PHỦ"),
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "27/QĐ-VKSTC", "QUYẾT ĐỊNH", "CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO"),
    ("CHÍNH PHỦ", "88/2003/NĐ-CP", "NGHỊ ĐỊNH", "CỦA CHÍNH PHỦ"),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "07/2003/TT-NHNN", "THÔNG TƯ", "CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
]


DOC_TYPES = {"QUYẾT ĐỊNH": "Quyết định", "CHỈ THỊ": "Chỉ thị", "NGHỊ ĐỊNH": "Nghị định", "THÔNG TƯ": "Thông tư"}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("one_line", [True, False])
@pytest.mark.parametrize(("issuer", "number", "heading", "of_issuer"), OLD_HEADINGS)
def test_an_old_heading_that_names_its_issuer(tmp_path, form, one_line, issuer, number, heading, of_issuer):
    headings = [f"{heading} {of_issuer}"] if one_line else [heading, of_issuer]
    lines = [issuer, *MOTTO, f"Số: {number}", "Hà Nội, ngày 14 tháng 4 năm 2003", *headings,
             "Về việc ban hành mức thu phí thẩm định dự án đầu tư",
             "Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;", "Điều 1. Ban hành mức thu phí."]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert meta.title == "Về việc ban hành mức thu phí thẩm định dự án đầu tư"
    assert (meta.doc_type, meta.number) == (DOC_TYPES[heading], number)


# A ministry's plan names in its capitalised title what it carries out ("KẾ HOẠCH / THỰC HIỆN CHỈ THỊ SỐ 18/CT-TTG
# NGÀY … CỦA THỦ TƯỚNG CHÍNH PHỦ"); its body may say only "Thực hiện Chỉ thị nêu trên". The title's citation is listed;
# when the body cites the same document in sentence case, that sentence is the one shown.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("body_cites", [True, False])
def test_a_citation_in_a_capitalised_title(tmp_path, form, body_cites):
    opening = ("Thực hiện Chỉ thị số 18/CT-TTg ngày 20/5/2024 của Thủ tướng Chính phủ, Bộ Công Thương ban hành Kế hoạch."
               if body_cites else "Thực hiện Chỉ thị nêu trên, Bộ Công Thương ban hành Kế hoạch như sau:")
    lines = ["BỘ CÔNG THƯƠNG", *MOTTO, "Số: 3021/KH-BCT", "Hà Nội, ngày 3 tháng 6 năm 2024", "KẾ HOẠCH",
             "THỰC HIỆN CHỈ THỊ SỐ 18/CT-TTG NGÀY 20 THÁNG 5 NĂM 2024", "CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TIẾT KIỆM ĐIỆN",
             opening, "I. MỤC ĐÍCH, YÊU CẦU", "1. Tiết kiệm điện trong các cơ quan."]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    (cited,) = meta.cited_documents
    assert (cited.doc_type, cited.number, cited.issued_date) == ("Chỉ thị", "18/CT-TTg", "2024-05-20")
    assert cited.text == ("Chỉ thị số 18/CT-TTg ngày 20/5/2024 của Thủ tướng Chính phủ" if body_cites
                          else "CHỈ THỊ SỐ 18/CT-TTG NGÀY 20 THÁNG 5 NĂM 2024")


# A consolidated text (văn bản hợp nhất) marks its heading with the footnote that lists the texts it merges:
# "QUYẾT ĐỊNH[1]", "THÔNG TƯ(1)", "NGHỊ ĐỊNH¹". The mark is the footnote's, the heading is the type's.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("heading", "mark"), [("QUYẾT ĐỊNH", "[1]"), ("THÔNG TƯ", "(1)"), ("NGHỊ ĐỊNH", "¹"),
                                               ("QUYẾT ĐỊNH", " [2]")])
def test_a_heading_with_its_footnote_mark(tmp_path, form, heading, mark):
    lines = ["KIỂM TOÁN NHÀ NƯỚC", *MOTTO, "Số: 05/VBHN-KTNN", "Hà Nội, ngày 12 tháng 11 năm 2024", f"{heading}{mark}",
             "BAN HÀNH QUY ĐỊNH TRÌNH TỰ LẬP VÀ PHÁT HÀNH BÁO CÁO KIỂM TOÁN",
             "Căn cứ Luật Kiểm toán nhà nước ngày 24 tháng 6 năm 2015;", "Điều 1. Ban hành kèm theo Quyết định này Quy định."]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.title == "BAN HÀNH QUY ĐỊNH TRÌNH TỰ LẬP VÀ PHÁT HÀNH BÁO CÁO KIỂM TOÁN"
    assert "missing_doc_type_heading" not in [w.code for w in doc.warnings]


# A central unit's name runs long ("VỤ KIỂM SÁT TẠM GIỮ, TẠM GIAM VÀ THI HÀNH ÁN HÌNH SỰ", thirteen words; the
# Procuracy's "VỤ THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT ĐIỀU TRA ÁN TRẬT TỰ XÃ HỘI", sixteen): the signer's unit still.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("chain", "title"), [
    (["TL. VIỆN TRƯỞNG", "VỤ TRƯỞNG", "VỤ KIỂM SÁT TẠM GIỮ, TẠM GIAM VÀ THI HÀNH ÁN HÌNH SỰ"],
     "Vụ trưởng Vụ Kiểm sát tạm giữ, tạm giam và thi hành án hình sự"),
    (["TL. VIỆN TRƯỞNG", "VỤ TRƯỞNG VỤ THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT ĐIỀU TRA ÁN TRẬT TỰ XÃ HỘI"],
     "Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát điều tra án trật tự xã hội"),
    (["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC QUẢN LÝ, GIÁM SÁT KẾ TOÁN, KIỂM TOÁN VÀ BẢO HIỂM"],
     "Phó Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán và bảo hiểm"),
])
def test_a_long_unit_after_the_signers_position(tmp_path, form, chain, title):
    lines = ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", *MOTTO, "Số: 19/HD-VKSTC", "Hà Nội, ngày 14 tháng 02 năm 2023",
             "HƯỚNG DẪN", "CÔNG TÁC KIỂM SÁT NĂM 2023", "I. NHIỆM VỤ TRỌNG TÂM", "1. Tăng cường kiểm sát.",
             "Nơi nhận:", "- Viện trưởng VKSNDTC (để b/c);", "- Lưu: VT, V8.", *chain, "Đỗ Thị Lan"]
    signer = process(write_in_form(tmp_path, lines, form)).metadata.signer
    assert (signer.name, signer.title) == ("Đỗ Thị Lan", title)


@pytest.mark.parametrize(("printed", "named"), [
    ("VỤ THỰC HÀNH QUYỀN CÔNG TỐ VÀ KIỂM SÁT ĐIỀU TRA ÁN TRẬT TỰ XÃ HỘI",
     "Vụ Thực hành quyền công tố và kiểm sát điều tra án trật tự xã hội"),
    ("VỤ BẢO HIỂM XÃ HỘI", "Vụ Bảo hiểm xã hội"),
    ("VỤ VĂN HÓA - XÃ HỘI", "Vụ Văn hóa - Xã hội"),  # s54: each field its capital, as the registry writes names
    ("PHÒNG VĂN HÓA - XÃ HỘI HUYỆN CHỢ MỚI", "Phòng Văn hóa - Xã hội huyện Chợ Mới"),
    ("UBND XÃ HỘI AN", "UBND xã Hội An"),  # the commune: a name follows
    ("UBND XÃ TÂN LẬP", "UBND xã Tân Lập"),
])
def test_society_is_no_commune(printed, named):
    """"XÃ HỘI" (society) closes many units' names; with no name after it, it names no commune."""
    from pipeline.stages.parts import unit_as_named

    assert unit_as_named(printed) == named


# A legal site wraps a long body's name in the header's narrow cell: "NGÂN HÀNG NHÀ" / "NƯỚC" / "VIỆT NAM", "KIỂM
# TOÁN" / "NHÀ NƯỚC", "TÒA ÁN NHÂN" / "DÂN TỐI CAO". The document starts at its first line, not at the motto.
@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize(("wrapped", "issuer", "number"), [
    (["NGÂN HÀNG NHÀ", "NƯỚC", "VIỆT NAM"], "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "09/2024/TT-NHNN"),
    (["KIỂM TOÁN", "NHÀ NƯỚC"], "KIỂM TOÁN NHÀ NƯỚC", "09/2024/QĐ-KTNN"),
    (["TÒA ÁN NHÂN", "DÂN TỐI CAO"], "TÒA ÁN NHÂN DÂN TỐI CAO", "09/2024/TT-TANDTC"),
])
def test_a_body_wrapped_inside_its_kind(tmp_path, form, wrapped, issuer, number):
    lines = ["Trang chủ", "Văn bản pháp luật", *wrapped, "-------", *MOTTO, f"Số: {number}",
             "Hà Nội, ngày 21 tháng 3 năm 2024", "THÔNG TƯ", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ",
             "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Điều 1. Sửa đổi, bổ sung."]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issuer.name == issuer
    assert "issuer_from_symbol" not in [w.code for w in doc.warnings]


# A central body's letter goes to one kind of provincial body in every province: "Viện kiểm sát nhân dân các tỉnh,
# thành phố trực thuộc Trung ương", "VKSND các tỉnh, thành phố trực thuộc TW", "Bảo hiểm xã hội tỉnh, thành phố trực
# thuộc Trung ương", "TAND các tỉnh, thành phố". Each is the collective of that body, as the Sở and the Công an are.
@pytest.mark.parametrize(("printed", "agency_id"), [
    ("Viện kiểm sát nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     "viet-nam/vien-kiem-sat-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("VKSND các tỉnh, thành phố trực thuộc TW", "viet-nam/vien-kiem-sat-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("Các Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương",
     "viet-nam/toa-an-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("TAND các tỉnh, thành phố", "viet-nam/toa-an-nhan-dan-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương",
     "viet-nam/bao-hiem-xa-hoi-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("BHXH tỉnh, thành phố trực thuộc Trung ương", "viet-nam/bao-hiem-xa-hoi-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
    ("Kho bạc Nhà nước các tỉnh, thành phố trực thuộc Trung ương",
     "viet-nam/kho-bac-nha-nuoc-cac-tinh-thanh-pho-truc-thuoc-trung-uong"),
])
def test_one_provincial_body_of_every_province(tmp_path, printed, agency_id):
    lines = ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", *MOTTO, "Số: 52/VKSTC-V9", "Hà Nội, ngày 11 tháng 3 năm 2024",
             "V/v triển khai công tác kiểm sát năm 2024", "Kính gửi: Các đơn vị trực thuộc.",
             "Để thực hiện tốt nhiệm vụ năm 2024, yêu cầu như sau:", "1. Tăng cường kiểm sát.", "Nơi nhận:",
             f"- {printed};", "- Lưu: VT, V9.", "KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "Trần Văn Hải"]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert [m.agency_id for m in doc.metadata.recipient_agencies] == [agency_id]


@pytest.mark.parametrize(("printed", "agency_id"), [
    ("TANDTC", "viet-nam/toa-an-nhan-dan-toi-cao"), ("VKSNDTC", "viet-nam/vien-kiem-sat-nhan-dan-toi-cao"),
    ("TAND tối cao", "viet-nam/toa-an-nhan-dan-toi-cao"), ("VKSND tối cao", "viet-nam/vien-kiem-sat-nhan-dan-toi-cao"),
])
def test_the_supreme_court_and_procuracy_abbreviated(printed, agency_id):
    from pipeline.stages.agencies import resolve

    assert resolve(printed, None).agency_id == agency_id


# A cited document's issuer is often its signer's position, and some positions hold their body's name: "Quyết định
# số 02/2022/QĐ-KTNN … của Tổng Kiểm toán nhà nước", "Thông tư … của Tổng Thanh tra Chính phủ", "Chỉ thị … của Thủ
# tướng". The body is the one the position heads (positions.csv heads); no other position names one.
@pytest.mark.parametrize(("sentence", "agency_id"), [
    ("Căn cứ Quyết định số 02/2022/QĐ-KTNN ngày 18/3/2022 của Tổng Kiểm toán nhà nước ban hành Quy định;",
     "viet-nam/kiem-toan-nha-nuoc"),
    ("Căn cứ Quyết định số 02/2022/QĐ-KTNN ngày 18/3/2022 của Phó Tổng Kiểm toán Nhà nước;",
     "viet-nam/kiem-toan-nha-nuoc"),
    ("Căn cứ Thông tư số 05/2024/TT-TTCP ngày 30/6/2024 của Tổng Thanh tra Chính phủ quy định;",
     "viet-nam/thanh-tra-chinh-phu"),
    ("Thực hiện Chỉ thị số 18/CT-TTg ngày 20/5/2024 của Thủ tướng về tiết kiệm điện;", "viet-nam/thu-tuong-chinh-phu"),
])
def test_a_cited_issuer_named_by_a_position_that_holds_its_body(tmp_path, sentence, agency_id):
    lines = ["KIỂM TOÁN NHÀ NƯỚC", *MOTTO, "Số: 1688/QĐ-KTNN", "Hà Nội, ngày 01 tháng 12 năm 2024", "QUYẾT ĐỊNH",
             "Về việc ban hành Kế hoạch kiểm toán năm 2025", sentence, "Điều 1. Ban hành Kế hoạch kiểm toán năm 2025."]
    (cited,) = process(write_in_form(tmp_path, lines, "text")).metadata.cited_documents
    assert cited.issuer_agency.agency_id == agency_id
