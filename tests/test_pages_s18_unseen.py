"""Forms the s17 round found and left, and forms sampled in s18 from stored openings of legal-site pages.

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- a date of issue written out in words, wholly or in part: "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi
  sáu", "ngày 05 tháng Ba năm 2026", "ngày mùng năm tháng Mười năm 2025"; a lunar month's name ("tháng Chạp",
  "tháng Giêng") is no Gregorian month;
- a body that belongs to another, under the other's line, whose kind is no state body's: a fund under the province's
  Ủy ban ("UBND TỈNH …" / "QUỸ ĐẦU TƯ PHÁT TRIỂN"), the Party committee's newspaper ("TỈNH ỦY …" / "BÁO …"), a city's
  publishing house ("NHÀ XUẤT BẢN …");
- a decision's title that ends in a verb ("BAN HÀNH QUY CHẾ LÀM VIỆC", "… ĐÃ ĐƯỢC PHÊ DUYỆT", "… ĐƯỢC GIAO") over the
  issuing authority's line, the header's body alone, then the grounds.
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


def _process(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form))


def _plan(header: list[str], date_line: str, signature: list[str]) -> list[str]:
    return [*header, *MOTTO, "Số: 112/KH-UBND", date_line, "KẾ HOẠCH", "Chuyển đổi số năm 2026", *BODY, *CLOSING,
            *signature]


# --- a date of issue written in words

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("date_line, issued, partial", [
    ("Hà Tĩnh, ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu", "2026-03-15", None),
    ("Hà Tĩnh, ngày 05 tháng Ba năm 2026", "2026-03-05", None),
    ("Hà Tĩnh, ngày 05 tháng Mười Hai năm 2025", "2025-12-05", None),
    ("Hà Tĩnh, ngày hai mươi mốt tháng mười một năm hai nghìn hai mươi lăm", "2025-11-21", None),
    ("Hà Tĩnh, ngày mùng năm tháng Năm năm 2026", "2026-05-05", None),
    ("Hà Tĩnh, ngày        tháng Tư năm 2026", None, "2026-04"),  # a draft's blank day
    ("Hà Tĩnh, ngày rnười lăm tháng Tư năm 2026", None, "2026-04"),  # OCR's "rn" for "m": not read, never guessed
])
def test_a_date_of_issue_written_in_words(tmp_path, form, date_line, issued, partial):
    """The date line was found but its words were not read: issued_date null. Each part is read on its own; a part
    whose words make no number is null with a warning (the date partial), never a guess."""
    doc = _process(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], date_line,
                                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Trọng Hải"]), form)
    assert (doc.metadata.issued_date, doc.metadata.issued_date_partial, doc.metadata.place) == (issued, partial, "Hà Tĩnh")
    assert "issue_date_in_words" in {w.code for w in doc.warnings}
    for lunar in ("Chạp", "Giêng"):  # a lunar month's name is no Gregorian month: the date stays unread
        lunar_line = date_line.split(" tháng ")[0] + f" tháng {lunar} năm 2026"
        doc = _process(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], lunar_line,
                                       ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Trọng Hải"]), form)
        assert (doc.metadata.issued_date, doc.metadata.issued_date_partial) == (None, None)
        assert "issue_date_unreadable" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("date_line, issued", [
    ("Hà Tĩnh, ngày mùng 5 tháng 3 năm 2026", "2026-03-05"),
    ("Hà Tĩnh, ngày mồng 10 tháng 10 năm 2025", "2025-10-10"),
    ("Hà Tĩnh, ngày mùng 8 tháng Ba năm 2026", "2026-03-08"),
])
def test_a_day_of_the_first_ten_in_figures_after_mung(tmp_path, form, date_line, issued):
    """"mùng 5", "mồng 10": the word that opens a day of the first ten before its figure; the day was lost (the date
    read as its month alone, with a warning that the day was left blank)."""
    doc = _process(tmp_path, _plan(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], date_line,
                                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Trọng Hải"]), form)
    assert (doc.metadata.issued_date, doc.metadata.issued_date_partial) == (issued, None)
    assert "issue_date_incomplete" not in {w.code for w in doc.warnings}


# --- a body of another kind under the body that holds it

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, issuer, parent", [
    (["UBND TỈNH THÁI NGUYÊN", "QUỸ ĐẦU TƯ PHÁT TRIỂN"], "QUỸ ĐẦU TƯ PHÁT TRIỂN", "UBND TỈNH THÁI NGUYÊN"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG"], "QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG",
     "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
    (["TỈNH ỦY NGHỆ AN", "BÁO NGHỆ AN"], "BÁO NGHỆ AN", "TỈNH ỦY NGHỆ AN"),
    (["UBND THÀNH PHỐ HÀ NỘI", "NHÀ XUẤT BẢN HÀ NỘI"], "NHÀ XUẤT BẢN HÀ NỘI", "UBND THÀNH PHỐ HÀ NỘI"),
])
def test_a_body_of_another_kind_under_its_holder(tmp_path, form, header, issuer, parent):
    """The two lines were read as one body ("UBND TỈNH THÁI NGUYÊN QUỸ ĐẦU TƯ PHÁT TRIỂN"): a fund, a newspaper or a
    publishing house is no kind a header was split at. The upper line must name its place whole: a place's name that
    wrapped ("ỦY BAN NHÂN DÂN THÀNH PHỐ" / "HỘI AN") or a name with no place ("TRUNG TÂM PHÁT TRIỂN" / "QUỸ ĐẤT …")
    stays one body."""
    def issuer_of(lines_above):
        lines = _plan(lines_above, "Lạng Sơn, ngày 5 tháng 3 năm 2026", ["GIÁM ĐỐC", "Nguyễn Văn An"])
        return _process(tmp_path, lines, form).metadata.issuer

    assert (issuer_of(header).name, issuer_of(header).parent) == (issuer, parent)
    for one_body in (["ỦY BAN NHÂN DÂN THÀNH PHỐ", "HỘI AN"], ["TRUNG TÂM PHÁT TRIỂN", "QUỸ ĐẤT TỈNH BẮC NINH"]):
        assert (issuer_of(one_body).name, issuer_of(one_body).parent) == (" ".join(one_body), None)


# --- a title ending in a verb over the issuing authority's line

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title", [
    "BAN HÀNH QUY CHẾ LÀM VIỆC",
    "VỀ VIỆC ĐIỀU CHỈNH KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 ĐÃ ĐƯỢC PHÊ DUYỆT",
    "VỀ VIỆC THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO",
])
def test_a_title_ending_in_a_verb_stops_at_the_authority(tmp_path, form, title):
    """The issuer's line under the title was read as the verb's object ("BAN HÀNH QUY CHẾ LÀM VIỆC ỦY BAN NHÂN DÂN
    TỈNH ĐỒNG THÁP"). The header's body alone right over the grounds is the authority; a title that goes on names the
    body, then the authority follows it ("… LÀM VIỆC CỦA" / "ỦY BAN …" / "ỦY BAN …"), and a verb's object that is
    another body stays in the title ("VỀ VIỆC THÀNH LẬP" / "BAN CHỈ ĐẠO …")."""
    def title_of(title_lines):
        lines = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", *MOTTO, "Số: 35/QĐ-UBND", "Đồng Tháp, ngày 10 tháng 4 năm 2026",
                 "QUYẾT ĐỊNH", *title_lines, "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:",
                 "Điều 1. Ban hành kèm theo Quyết định này.", "Điều 2. Quyết định có hiệu lực từ ngày ký.", *CLOSING,
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hai"]
        return _process(tmp_path, lines, form).metadata.title

    assert title_of([title]) == title
    assert title_of(["BAN HÀNH QUY CHẾ LÀM VIỆC CỦA", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"]) == (
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP")
    assert title_of(["VỀ VIỆC THÀNH LẬP", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH ĐỒNG THÁP"]) == (
        "VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH ĐỒNG THÁP")


# --- a document with no number or date of its own, issued with another

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading, title, carrier, number, issued", [
    ("KẾ HOẠCH", "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030",
     "(Ban hành kèm theo Quyết định số 245/QĐ-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Quảng Trị)",
     "245/QĐ-UBND", "2026-02-12"),
    ("QUY CHẾ", "Làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026",
     "(Kèm theo Quyết định số 120/QĐ-UBND ngày 05/3/2026 của UBND tỉnh)", "120/QĐ-UBND", "2026-03-05"),
    ("QUY ĐỊNH", "Phân cấp quản lý cây xanh đô thị",
     "(Ban hành kèm theo Quyết định số 35/2026/QĐ-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh)",
     "35/2026/QĐ-UBND", "2026-02-12"),
])
def test_a_document_issued_with_another_has_its_date(tmp_path, form, heading, title, carrier, number, issued):
    """A plan or a regulation that prints no number and no date line, only the decision that issues it: its date of
    issue was null. It is the carrier's date, with the warning issued_with naming the carrier; the number stays null
    (the carrier's number is no number of this document). A page with a date line of its own keeps it."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, heading, title, carrier, *BODY]
    doc = _process(tmp_path, lines, form)
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.title) == (None, issued, title)
    assert doc.metadata.sources["issued_date"].where["block"] == next(b.id for b in doc.blocks if b.text == carrier)
    [warning] = [w for w in doc.warnings if w.code == "issued_with"]
    assert number in warning.message and "missing_number" in {w.code for w in doc.warnings}
    own_date = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", *MOTTO, "Quảng Trị, ngày 20 tháng 02 năm 2026", heading, title,
                carrier, *BODY]
    doc = _process(tmp_path, own_date, form)
    assert doc.metadata.issued_date == "2026-02-20" and "issued_with" not in {w.code for w in doc.warnings}


# --- a Công điện's addressees: its sender in capitals, then "điện:"

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, number, sender, names", [
    (["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "12/CĐ-UBND", ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:",
     "- Giám đốc các Sở, ban, ngành cấp tỉnh;", "- Chủ tịch Ủy ban nhân dân các xã, phường."],
     ["Giám đốc các Sở, ban, ngành cấp tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"]),
    (["THỦ TƯỚNG CHÍNH PHỦ"], "25/CĐ-TTg", ["THỦ TƯỚNG CHÍNH PHỦ điện: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố."],
     ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]),
    (["UBND TỈNH HÀ TĨNH", "BAN CHỈ HUY PHÒNG THỦ DÂN SỰ"], "05/CĐ-BCH", ["BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH ĐIỆN:",
     "- Ban Chỉ huy phòng thủ dân sự các xã, phường;", "- Công ty Điện lực Hà Tĩnh."],
     ["Ban Chỉ huy phòng thủ dân sự các xã, phường", "Công ty Điện lực Hà Tĩnh"]),
])
def test_the_addressees_of_a_cong_dien(tmp_path, form, header, number, sender, names):
    """A Công điện names whom it is sent to under its sender's line ("… ĐIỆN:"), not under "Kính gửi:": its addressees
    were empty. A numbered heading that ends in the word ("II. TIẾT KIỆM ĐIỆN:") is the content's, no label."""
    lines = [*header, *MOTTO, f"Số: {number}", "Hà Tĩnh, ngày 21 tháng 7 năm 2025", "CÔNG ĐIỆN",
             "Về việc chủ động ứng phó với bão số 3", *sender, "Bão đang di chuyển vào đất liền.",
             "1. Các đơn vị theo dõi chặt chẽ diễn biến.", *CLOSING, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hải"]
    meta = _process(tmp_path, lines, form).metadata
    assert ([a.name for a in meta.addressees], meta.title, meta.doc_type) == (
        names, "Về việc chủ động ứng phó với bão số 3", "Công điện")
    lines = [*header, *MOTTO, f"Số: {number}", "Hà Tĩnh, ngày 21 tháng 7 năm 2025", "KẾ HOẠCH", "Tiết kiệm điện năm 2025",
             "II. TIẾT KIỆM ĐIỆN:", "Các đơn vị thực hiện.", *CLOSING, "GIÁM ĐỐC", "Trần Văn Hải"]
    assert _process(tmp_path, lines, form).metadata.addressees == []


# --- a unit named by its kind alone under its parent

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, place, agency_id", [
    (["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], "Quảng Trị", "quang-tri/van-phong-uy-ban-nhan-dan"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "VĂN PHÒNG"], "Hà Nội", "ha-noi/van-phong-uy-ban-nhan-dan"),
    (["TỈNH ỦY LÂM ĐỒNG", "VĂN PHÒNG"], "Lâm Đồng", "lam-dong/van-phong-tinh-uy"),
    (["UBND HUYỆN BẮC QUANG", "VĂN PHÒNG"], "Bắc Quang",
     "ha-giang.huyen-bac-quang/van-phong-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"),
])
def test_a_unit_named_by_its_kind_under_its_parent_resolves(tmp_path, form, header, place, agency_id):
    """A Giấy mời of "UBND TỈNH QUẢNG TRỊ" / "VĂN PHÒNG": the issuer "VĂN PHÒNG" named no body of the registry. With its
    parent's name it is the office of the parent; the name stays as printed. A kind that with the parent names a body
    of another kind stays unresolved ("SỞ Y TẾ TỈNH NGHỆ AN" / "VĂN PHÒNG" is no Sở Y tế)."""
    def issuer_of(lines_above, where):
        lines = [*lines_above, *MOTTO, "Số: 120/GM-VP", f"{where}, ngày 14 tháng 4 năm 2024", "GIẤY MỜI",
                 "Họp nghe báo cáo tiến độ dự án", "Trân trọng kính mời:", "- Lãnh đạo Sở Tài chính.", *CLOSING,
                 "CHÁNH VĂN PHÒNG", "Lê Thị Hoa"]
        return _process(tmp_path, lines, form).metadata.issuer

    issuer = issuer_of(header, place)
    assert (issuer.name, issuer.agency.agency_id, issuer.agency.name) == (header[-1], agency_id, header[-1])
    assert issuer_of(["SỞ Y TẾ TỈNH NGHỆ AN", "VĂN PHÒNG"], "Nghệ An").agency.agency_id is None


# --- a numbered item right under a title in sentence case

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, number, heading, title, signature", [
    (["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY XÃ IA HRÚNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Hrúng, ngày 15 tháng 8 năm 2025"],
     "Số 05-NQ/ĐU", "NGHỊ QUYẾT", "về phát triển kinh tế nông nghiệp giai đoạn 2025 - 2030", ["T/M ĐẢNG ỦY", "BÍ THƯ", "Rơ Châm Ngơm"]),
    (["ĐẢNG BỘ TỈNH THANH HÓA", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Thanh Hóa, ngày 10 tháng 9 năm 2025"], "Số 12-HD/BTGDVTU", "HƯỚNG DẪN", "tuyên truyền kỷ niệm 80 năm Quốc khánh",
     ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Văn Trung"]),
    (["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", *MOTTO], "Số: 30/KH-UBND", "KẾ HOẠCH", "Tổ chức lễ hội truyền thống năm 2026",
     ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Văn Khánh"]),
])
def test_a_sentence_case_title_stops_at_a_numbered_item(tmp_path, form, header, number, heading, title, signature):
    """The title ran on into the body's first item ("về phát triển … 2030 1. Mục tiêu"): an arabic item is no body
    start a run-on line is cut at, and a title in sentence case went on into it. A title's line that opens with a
    figure goes on ("Chăm sóc dinh dưỡng trong" / "1.000 ngày đầu đời")."""
    def title_of(title_lines):
        lines = [*header, number, heading, *title_lines, "1. Mục tiêu.", "Nâng cao đời sống nhân dân.",
                 "2. Nhiệm vụ.", "Các đơn vị thực hiện.", *CLOSING, *signature]
        return _process(tmp_path, lines, form).metadata.title

    assert title_of([title]) == title
    assert title_of(["Chăm sóc dinh dưỡng trong", "1.000 ngày đầu đời của trẻ em"]) == (
        "Chăm sóc dinh dưỡng trong 1.000 ngày đầu đời của trẻ em")


@pytest.mark.parametrize("line,is_label", [
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:", True),
    ("THỦ TƯỚNG CHÍNH PHỦ điện: Chủ tịch Ủy ban nhân dân các tỉnh.", True),
    ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ TỈNH ĐIỆN:", True),
    ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG ĐIỆN:", True),
    ("UBND TỈNH QUẢNG BÌNH ĐIỆN:", True),
    # a heading in capitals that ends in the word "điện" names no sender (s18-review)
    ("A. TIẾT KIỆM ĐIỆN:", False),
    ("Đ. NGÀNH ĐIỆN:", False),
    ("PHẦN I. SỬ DỤNG ĐIỆN:", False),
    ("MỘT SỐ GIẢI PHÁP TIẾT KIỆM ĐIỆN:", False),
    ("NHIỆM VỤ CỦA NGÀNH ĐIỆN:", False),
])
def test_a_cong_dien_sender_is_a_post_or_a_body(line, is_label):
    from pipeline.stages.addressees import is_addressee_label

    assert is_addressee_label(line) is is_label
