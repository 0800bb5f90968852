"""Forms no earlier test covered, from ~60 forms written after stored openings of legal-site pages (s17): Chỉ thị,
Thông báo kết luận, Báo cáo, Tờ trình, Hướng dẫn, Chương trình, Đề án, Phương án; the sector bodies with their own
systems (Bảo hiểm xã hội, Thuế, Kho bạc, Hải quan, Ngân hàng Nhà nước, Kiểm toán nhà nước, courts, procuracies,
Thanh tra, Thống kê); universities and hospitals; copies, drafts, plans carried by a decision; deputies and acting heads.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a body of the whole country heads a unit's document with its own name, and the unit's name repeats it: "KHO BẠC NHÀ
  NƯỚC" / "KHO BẠC NHÀ NƯỚC KHU VỰC VII", "KIỂM TOÁN NHÀ NƯỚC" / "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV"; a branch is a "CHI
  NHÁNH" under it ("NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM" / "CHI NHÁNH TỈNH QUẢNG NINH", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "CHI
  NHÁNH HUYỆN …");
- an Đề án or a report opens with lettered or numbered parts right under its title: "A. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ
  NHẤT", "Phần I"; a draft prints its mark under the title: "(Dự thảo lần 2)";
- a regional audit office is signed by its "KIỂM TOÁN TRƯỞNG" (KT. … / "PHÓ KIỂM TOÁN TRƯỞNG"), a commune's police by
  its "TRƯỞNG CÔNG AN XÃ/PHƯỜNG", a body without a head by its deputy in charge: "PHÓ GIÁM ĐỐC PHỤ TRÁCH";
- a copy printed above the document it copies ends with its signer's name, and a rule may part it from the
  document's header.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
FORMS = ["text", "html", "docx"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả công tác trong năm.", "II. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def _metadata(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form)).metadata


# --- a body named by its kind over a unit whose name repeats it; a branch under its body

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, issuer, parent", [
    (["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC KHU VỰC VII"], "KHO BẠC NHÀ NƯỚC KHU VỰC VII", "KHO BẠC NHÀ NƯỚC"),
    (["KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV"], "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV", "KIỂM TOÁN NHÀ NƯỚC"),
    (["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM", "CHI NHÁNH TỈNH QUẢNG NINH"], "CHI NHÁNH TỈNH QUẢNG NINH",
     "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
    (["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH HUYỆN CHƯ SÊ"], "CHI NHÁNH HUYỆN CHƯ SÊ",
     "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"),
])
def test_a_unit_under_the_body_its_name_repeats(tmp_path, form, header, issuer, parent):
    """The two lines were read as one body, "KHO BẠC NHÀ NƯỚC KHO BẠC NHÀ NƯỚC KHU VỰC VII": a kind alone was taken for
    a kind whose name wrapped. A kind whose name did wrap stays one body ("VĂN PHÒNG" / "CHÍNH PHỦ")."""
    def issuer_of(lines_above):
        lines = [*lines_above, "-------", *MOTTO, "Số: 45/KH-KV7", "Thanh Hóa, ngày 1 tháng 8 năm 2025", "KẾ HOẠCH",
                 "Chuyển đổi số năm 2025", *BODY, *CLOSING, "GIÁM ĐỐC", "Trịnh Văn Hòa"]
        return _metadata(tmp_path, lines, form).issuer

    assert (issuer_of(header).name, issuer_of(header).parent) == (issuer, parent)
    wrapped = issuer_of(["VĂN PHÒNG", "CHÍNH PHỦ"])
    assert (wrapped.name, wrapped.parent) == ("VĂN PHÒNG CHÍNH PHỦ", None)


# --- bodies of kinds no header had: the tax offices and civil judgment enforcement since 2025, a military region, a
# province's radio

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, issuer, parent", [
    (["CỤC THUẾ", "THUẾ TỈNH NGHỆ AN"], "THUẾ TỈNH NGHỆ AN", "CỤC THUẾ"),
    (["THUẾ TỈNH BẮC NINH", "THUẾ CƠ SỞ 3 TỈNH BẮC NINH"], "THUẾ CƠ SỞ 3 TỈNH BẮC NINH", "THUẾ TỈNH BẮC NINH"),
    (["THI HÀNH ÁN DÂN SỰ", "TỈNH HÀ TĨNH"], "THI HÀNH ÁN DÂN SỰ TỈNH HÀ TĨNH", None),
    (["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN"], "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", "QUÂN KHU 4"),
    (["UBND TỈNH NGHỆ AN", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"], "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "UBND TỈNH NGHỆ AN"),
])
def test_bodies_of_kinds_no_header_had(tmp_path, form, header, issuer, parent):
    """The two bodies were read as one ("UBND TỈNH NGHỆ AN ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"), or, with no known kind on the first
    line, the header was taken for the web page's and the issuer was null."""
    lines = [*header, "-------", *MOTTO, "Số: 45/KH-TCS3", "Bắc Ninh, ngày 1 tháng 9 năm 2025", "KẾ HOẠCH",
             "Công tác năm 2025", *BODY, *CLOSING, "GIÁM ĐỐC", "Lê Văn Hòa"]
    meta = _metadata(tmp_path, lines, form)
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)
    assert (meta.number, meta.title) == ("45/KH-TCS3", "Công tác năm 2025")


@pytest.mark.parametrize("line", ["BÁO CÁO", "BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2025"])
def test_a_report_heading_is_no_body(tmp_path, line):
    lines = ["UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", "-------", *MOTTO, "Số: 55/BC-STC", "Hà Tĩnh, ngày 2 tháng 7 năm 2025",
             line, "Kết quả thực hiện dự toán 6 tháng đầu năm 2025", "I. TÌNH HÌNH THU", "1. Thu nội địa.", *CLOSING,
             "GIÁM ĐỐC", "Nguyễn Thị Hồng"]
    meta = _metadata(tmp_path, lines, "text")
    assert (meta.doc_type, meta.issuer.name, meta.issuer.parent) == ("Báo cáo", "SỞ TÀI CHÍNH", "UBND TỈNH HÀ TĨNH")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrapped", [["QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT", "QUỸ"], ["QUY ĐỊNH VỀ QUẢN LÝ", "QUỸ PHÁT TRIỂN KHOA HỌC"],
                                     ["HƯỚNG DẪN MỘT SỐ NỘI DUNG VỀ", "THI HÀNH ÁN DÂN SỰ TỈNH, HUYỆN"]])
def test_a_title_line_that_opens_with_a_kinds_words_goes_on(tmp_path, form, wrapped):
    """A decree's title wrapped before a fund's or an enforcement office's words is still one title."""
    lines = ["CHÍNH PHỦ", "-------", *MOTTO, "Số: 45/2026/NĐ-CP", "Hà Nội, ngày 1 tháng 3 năm 2026", "NGHỊ ĐỊNH", *wrapped,
             "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;", "Chính phủ ban hành Nghị định.", "Điều 1. Phạm vi",
             *CLOSING, "TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Phạm Minh Chính"]
    assert _metadata(tmp_path, lines, form).title == " ".join(wrapped)


# --- the title ends where the parts or a draft's mark begin

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title, after", [
    (["Phát triển du lịch cộng đồng giai đoạn 2024 - 2030"], ["Phần I", "SỰ CẦN THIẾT"]),
    (["Phát triển du lịch cộng đồng giai đoạn 2024 - 2030"], ["Phần thứ nhất", "SỰ CẦN THIẾT"]),
    (["PHÁT TRIỂN CHĂN NUÔI GIAI ĐOẠN 2024 - 2030"], ["PHẦN THỨ NHẤT", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN"]),
    (["THỰC HIỆN ĐỀ ÁN SẮP XẾP TỔ CHỨC BỘ MÁY", "CỦA NGÀNH BẢO HIỂM XÃ HỘI"], ["A. MỤC ĐÍCH, YÊU CẦU"]),
    (["Phát triển kinh tế tập thể năm 2025"], ["(Dự thảo lần 2)"]),
    (["PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2025"], ["(DỰ THẢO)"]),
])
def test_the_title_ends_at_a_part_or_a_drafts_mark(tmp_path, form, title, after):
    """The part's label or the draft's mark was read as the title's last line ("… 2024 - 2030 Phần I")."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "-------", *MOTTO, "Số: 03/ĐA-UBND", "Sơn La, ngày 15 tháng 1 năm 2024",
             "ĐỀ ÁN", *title, *after, "1. Cơ sở pháp lý.", *CLOSING, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Ngọc Hậu"]
    meta = _metadata(tmp_path, lines, form)
    assert (meta.doc_type, meta.title) == ("Đề án", " ".join(title))


# --- positions of the sector bodies and of a deputy in charge

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("chain, title, authority", [
    (["KT. KIỂM TOÁN TRƯỞNG", "PHÓ KIỂM TOÁN TRƯỞNG"], "Phó Kiểm toán trưởng", ["KT."]),
    (["KIỂM TOÁN TRƯỞNG"], "Kiểm toán trưởng", []),
    (["TRƯỞNG CÔNG AN PHƯỜNG"], "Trưởng Công an phường", []),
    (["KT. TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ"], "Phó Trưởng Công an xã", ["KT."]),
    (["PHÓ GIÁM ĐỐC PHỤ TRÁCH"], "Phó Giám đốc Phụ trách", []),
    (["PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH"], "Phó Chánh Văn phòng Phụ trách", []),
])
def test_a_sector_bodys_position_and_a_deputy_in_charge(tmp_path, form, chain, title, authority):
    """No position of positions.csv: the title was null (and the chain no signature block at all)."""
    lines = ["KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV", "-------", *MOTTO, "Số: 33/KH-KV IV",
             "Đà Nẵng, ngày 5 tháng 1 năm 2024", "KẾ HOẠCH", "Kiểm toán năm 2024", *BODY, *CLOSING, *chain, "Ngô Văn Lực"]
    signer = _metadata(tmp_path, lines, form).signer
    assert (signer.name, signer.title, signer.authority) == ("Ngô Văn Lực", title, authority)


@pytest.mark.parametrize("form", FORMS)
def test_a_newspapers_editor_in_chief(tmp_path, form):
    lines = ["BÁO NHÂN DÂN", "-------", *MOTTO, "Số: 12/KH-BND", "Nghệ An, ngày 1 tháng 9 năm 2025",
             "KẾ HOẠCH", "Tuyên truyền năm 2025", *BODY, *CLOSING, "KT. TỔNG BIÊN TẬP", "PHÓ TỔNG BIÊN TẬP", "Lê Văn Hòa"]
    signer = _metadata(tmp_path, lines, form).signer
    assert (signer.name, signer.title, signer.authority) == ("Lê Văn Hòa", "Phó Tổng Biên tập", ["KT."])


# --- a copy above the document, parted from it by a rule

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("rule", ["----------", "_______________", ""])
def test_a_copy_above_the_document_leaves_the_documents_header(tmp_path, form, rule):
    """With a rule between the copy and the document, the issuer was null: the header stopped at the rule."""
    copy = ["UBND TỈNH BẾN TRE", "VĂN PHÒNG", "Số: 35/SY-VP", "SAO Y BẢN CHÍNH", "Bến Tre, ngày 22 tháng 3 năm 2024",
            "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Phan Văn Mười"]
    lines = [*copy, *([rule] if rule else []), "BỘ NỘI VỤ", "-------", *MOTTO, "Số: 1200/BNV-CCVC",
             "V/v tuyển dụng công chức năm 2024", "Hà Nội, ngày 15 tháng 3 năm 2024",
             "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.", "Bộ Nội vụ đề nghị như sau:", "1. Tổ chức tuyển dụng.",
             *CLOSING, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Hải Long"]
    meta = _metadata(tmp_path, lines, form)
    assert (meta.issuer.name, meta.number, meta.issued_date, meta.place) == ("BỘ NỘI VỤ", "1200/BNV-CCVC", "2024-03-15", "Hà Nội")
    assert (meta.signer.name, meta.signer.title) == ("Trương Hải Long", "Thứ trưởng")


# --- a court's or a procuracy's kind printed alone, the line under it lost by the site

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("kind, number, issuer, agency_id", [
    ("VIỆN KIỂM SÁT NHÂN DÂN", "02/2024/CT-VKSNDTC", "Viện kiểm sát nhân dân tối cao", "viet-nam/vien-kiem-sat-nhan-dan-toi-cao"),
    ("VIỆN KIỂM SÁT NHÂN DÂN", "02/CT-VKSTC", "Viện kiểm sát nhân dân tối cao", "viet-nam/vien-kiem-sat-nhan-dan-toi-cao"),
    ("TÒA ÁN NHÂN DÂN", "15/KH-TANDTC", "Tòa án nhân dân tối cao", "viet-nam/toa-an-nhan-dan-toi-cao"),
])
def test_a_bare_court_or_procuracy_is_completed_by_its_symbol(tmp_path, form, kind, number, issuer, agency_id):
    """"VIỆN KIỂM SÁT NHÂN DÂN" alone, dated in Hà Nội, was resolved as Hà Nội's own procuracy, with no warning; the
    symbol names the supreme one."""
    lines = [kind, "-------", *MOTTO, f"Số: {number}", "Hà Nội, ngày 08 tháng 01 năm 2024", "KẾ HOẠCH",
             "Công tác năm 2024", *BODY, *CLOSING, "VIỆN TRƯỞNG", "Lê Minh Trí"]
    doc = process(write_in_form(tmp_path, lines, form))
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency.agency_id) == (issuer, agency_id)
    assert "issuer_from_symbol" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("kind", ["TÒA ÁN NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN", "VKSND"])
def test_a_bare_court_or_procuracy_without_a_central_symbol_is_incomplete(tmp_path, kind):
    lines = [kind, "-------", *MOTTO, "Số: 15/KH-VKS", "Bình Định, ngày 10 tháng 1 năm 2024", "KẾ HOẠCH",
             "Công tác năm 2024", *BODY, *CLOSING, "VIỆN TRƯỞNG", "Lê Minh Trí"]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert doc.metadata.issuer.name == kind
    assert "issuer_incomplete" in [w.code for w in doc.warnings]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, issuer, parent", [
    (["VKSND TỈNH BÌNH ĐỊNH"], "VKSND TỈNH BÌNH ĐỊNH", None),
    (["TAND TỈNH BÌNH ĐỊNH"], "TAND TỈNH BÌNH ĐỊNH", None),
    (["VKSND TỈNH BÌNH ĐỊNH", "VKSND HUYỆN TUY PHƯỚC"], "VKSND HUYỆN TUY PHƯỚC", "VKSND TỈNH BÌNH ĐỊNH"),
])
def test_a_court_or_procuracy_abbreviated_in_the_header(tmp_path, form, header, issuer, parent):
    """"VKSND …" and "TAND …" started no document: the header was taken for the web page's, the issuer null."""
    lines = [*header, "-------", *MOTTO, "Số: 45/KH-VKS", "Tuy Phước, ngày 1 tháng 9 năm 2024", "KẾ HOẠCH",
             "Công tác năm 2024", *BODY, *CLOSING, "VIỆN TRƯỞNG", "Lê Văn Hòa"]
    meta = _metadata(tmp_path, lines, form)
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)


# --- a department's head whose position holds the department's kind

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("chain, title", [
    (["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG NGÂN SÁCH"], "Trưởng phòng Ngân sách"),
    (["TL. GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"], "Trưởng phòng Tổ chức cán bộ"),
    (["TRƯỞNG BAN TUYÊN GIÁO"], "Trưởng ban Tuyên giáo"),
    (["KT. TRƯỞNG PHÒNG NỘI VỤ", "PHÓ TRƯỞNG PHÒNG"], "Phó Trưởng phòng Nội vụ"),
    (["TRƯỞNG BAN BAN CHÍNH SÁCH"], "Trưởng ban Ban Chính sách"),
    (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Chánh Văn phòng"),
])
def test_a_heads_unit_named_without_the_kind_its_position_holds(tmp_path, form, chain, title):
    """The unit's name was dropped ("Trưởng phòng"), or read as a unit of another kind ("TỔ" of "TỔ CHỨC": "Trưởng
    phòng Tổ Chức cán bộ")."""
    lines = ["UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", "-------", *MOTTO, "Số: 45/KH-STC", "Hà Tĩnh, ngày 1 tháng 9 năm 2024",
             "KẾ HOẠCH", "Công tác năm 2024", *BODY, *CLOSING, *chain, "Lê Văn Hòa"]
    signer = _metadata(tmp_path, lines, form).signer
    assert (signer.name, signer.title) == ("Lê Văn Hòa", title)
