"""Forms sampled in s35 (a blind round aimed at classes earlier rounds had not tried: the provinces' offices of the
central departments as the 2025 reform renamed them, and e-signed copies).

What the forms are (our own notes; every fixture below is written for the test, names and numbers made up):
- since 2025 the statistics and civil judgment enforcement offices of a province are named for the province without
  "Cục" and headed by a "Trưởng", as the tax offices are ("CỤC THỐNG KÊ" over "THỐNG KÊ TỈNH …", signed "TRƯỞNG
  THỐNG KÊ TỈNH"; "THI HÀNH ÁN DÂN SỰ" over "TỈNH …" or "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ …" under "CỤC QUẢN LÝ THI HÀNH
  ÁN DÂN SỰ", signed "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH" and "PHÓ TRƯỞNG …"). Before this round "THỐNG KÊ TỈNH …" was
  no body's line: joined to the department over it ("CỤC THỐNG KÊ THỐNG KÊ TỈNH GIA LAI", a confident wrong issuer)
  or, alone, no issuer; the heads' posts were no position (lost) or the tax office's deputy ("Phó Trưởng Thuế thành
  phố" for "PHÓ TRƯỞNG THỐNG KÊ THÀNH PHỐ", wrong); the civil judgment office was no body of the registry;
- e-signed copies print the signature's details where its widget stood: besides the Vietnamese labels ("Ký bởi:",
  "Thời gian ký: 04.12.2026 10:15:00 +07:00", read right before), a reader's English appearance ("Signature Not
  Verified" or "Signature Valid" / "Digitally signed by …" / "Date: 2026.12.04 …" / "Reason: …" / "Location: …").
"""

from __future__ import annotations

import pytest

from page_fields import wrong_in_form

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
PLAN_BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng công tác.", "II. NHIỆM VỤ", "1. Tổ chức thực hiện đúng tiến độ."]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def plan(header: list[str], number: str, place: str, signature: list[str]) -> list[str]:
    """A plan's lines: its header over a rule, the motto, the number and date, the heading and title, a body, the
    recipients and the signature."""
    return [*header, "-------", *MOTTO, f"Số: {number}", f"{place}, ngày 01 tháng 10 năm 2025", "KẾ HOẠCH", "Công tác năm 2026",
            *PLAN_BODY, *RECIPIENTS, *signature]


# name: (lines, expected fields)
PROVINCIAL_OFFICES = {
    "statistics_under_its_department": (
        plan(["CỤC THỐNG KÊ", "THỐNG KÊ TỈNH PHÚ THỌ"], "30/KH-TKPT", "Phú Thọ", ["TRƯỞNG THỐNG KÊ TỈNH", "Bùi Văn Hùng"]),
        dict(issuer="THỐNG KÊ TỈNH PHÚ THỌ", agency="phu-tho/thong-ke", position="Trưởng Thống kê tỉnh", signer="Bùi Văn Hùng")),
    "statistics_under_ministry_and_department": (
        plan(["BỘ TÀI CHÍNH", "CỤC THỐNG KÊ", "THỐNG KÊ TỈNH GIA LAI"], "20/KH-TKGL", "Gia Lai", ["TRƯỞNG THỐNG KÊ TỈNH", "Ksor Tin"]),
        dict(issuer="THỐNG KÊ TỈNH GIA LAI", agency="gia-lai/thong-ke", position="Trưởng Thống kê tỉnh", signer="Ksor Tin")),
    "statistics_of_a_city_signed_by_a_deputy": (
        plan(["CỤC THỐNG KÊ", "THỐNG KÊ THÀNH PHỐ CẦN THƠ"], "20/KH-TKCT", "Cần Thơ",
             ["KT. TRƯỞNG THỐNG KÊ THÀNH PHỐ", "PHÓ TRƯỞNG THỐNG KÊ THÀNH PHỐ", "Lý Văn Nhơn"]),
        dict(issuer="THỐNG KÊ THÀNH PHỐ CẦN THƠ", agency="can-tho/thong-ke", position="Phó Trưởng Thống kê thành phố",
             authority=["KT."], signer="Lý Văn Nhơn")),
    "statistics_alone": (
        plan(["THỐNG KÊ TỈNH PHÚ THỌ"], "20/KH-TKPT", "Phú Thọ", ["TRƯỞNG THỐNG KÊ TỈNH", "Bùi Văn Hùng"]),
        dict(issuer="THỐNG KÊ TỈNH PHÚ THỌ", agency="phu-tho/thong-ke", position="Trưởng Thống kê tỉnh")),
    "civil_judgment_office": (
        plan(["THI HÀNH ÁN DÂN SỰ", "TỈNH HƯNG YÊN"], "55/KH-THADS", "Hưng Yên", ["TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "Đinh Văn Hùng"]),
        dict(issuer="THI HÀNH ÁN DÂN SỰ TỈNH HƯNG YÊN", agency="hung-yen/thi-hanh-an-dan-su",
             position="Trưởng Thi hành án dân sự tỉnh", signer="Đinh Văn Hùng")),
    "civil_judgment_office_of_a_city_signed_by_a_deputy": (
        plan(["CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ", "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HẢI PHÒNG"], "55/KH-THADS", "Hải Phòng",
             ["KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ", "PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ THÀNH PHỐ", "Đinh Văn Hùng"]),
        dict(issuer="THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HẢI PHÒNG", agency="hai-phong/thi-hanh-an-dan-su",
             position="Phó Trưởng Thi hành án dân sự thành phố", authority=["KT."])),
    "civil_judgment_department_before_2025": (
        plan(["BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH"], "55/KH-CTHADS", "Nam Định", ["CỤC TRƯỞNG", "Đinh Văn Hùng"]),
        dict(issuer="CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM ĐỊNH", agency="nam-dinh/thi-hanh-an-dan-su", position="Cục trưởng")),
}

# read right before and kept: the statistics department of a province before 2025, and a title's line that names the
# office after a wrap
KEPT = {
    "statistics_department_before_2025": (
        plan(["TỔNG CỤC THỐNG KÊ", "CỤC THỐNG KÊ TỈNH PHÚ THỌ"], "20/KH-CTK", "Phú Thọ", ["CỤC TRƯỞNG", "Bùi Văn Hùng"]),
        dict(issuer="CỤC THỐNG KÊ TỈNH PHÚ THỌ", agency="phu-tho/thong-ke", position="Cục trưởng", signer="Bùi Văn Hùng")),
    "a_title_wrapped_before_the_office_s_name": (
        ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "-------", *MOTTO, "Số: 20/KH-UBND", "Phú Thọ, ngày 01 tháng 10 năm 2025", "KẾ HOẠCH",
         "ĐIỀU TRA", "THỐNG KÊ TỈNH PHÚ THỌ NĂM 2026", *PLAN_BODY, *RECIPIENTS, "CHỦ TỊCH", "Bùi Văn Hùng"],
        dict(issuer="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", title="ĐIỀU TRA THỐNG KÊ TỈNH PHÚ THỌ NĂM 2026")),
}


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("name", [*PROVINCIAL_OFFICES, *KEPT])
def test_a_province_s_office_of_a_central_department_since_2025(tmp_path, name, form):
    """"CỤC THỐNG KÊ" / "THỐNG KÊ TỈNH GIA LAI" was one garbled issuer and "TRƯỞNG THỐNG KÊ TỈNH" no position (or the
    tax office's deputy); the civil judgment office no body of the registry and its head no position. The office's
    line now starts a body (metadata's kinds, boilerplate document_start), its heads are positions (positions.csv), the
    civil judgment office is the registry's (agencies.csv)."""
    assert wrong_in_form(tmp_path, {**PROVINCIAL_OFFICES, **KEPT}[name], form) == {}


# --- e-signed copies: a reader's English appearance of the digital signature

SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
E_SIGNED = dict(number="215/KH-UBND", issued_date="2026-12-04", place="Quảng Trị", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
                title="Chuyển đổi số năm 2027", signer="Nguyễn Văn Bình", position="Phó Chủ tịch", authority=["TM.", "KT."])


def e_signed(header=("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------"), signature=(*SIGNATURE, "Nguyễn Văn Bình")) -> list[str]:
    return [*header, *MOTTO, "Số: 215/KH-UBND", "Quảng Trị, ngày 04 tháng 12 năm 2026", "KẾ HOẠCH", "Chuyển đổi số năm 2027",
            *PLAN_BODY, *RECIPIENTS, *signature]


def appearance(valid: bool, who: str, *more: str) -> list[str]:
    return ["Signature Valid" if valid else "Signature Not Verified", f"Digitally signed by {who}", "Date: 2026.12.04 10:15:00 +07:00", *more]


APPEARANCES = {
    # between the position and the name: its first line had been the signer ("Signature Not Verified")
    "between_position_and_name": [*SIGNATURE, *appearance(False, "Nguyễn Văn Bình"), "Nguyễn Văn Bình"],
    "valid_with_reason_and_place": [*SIGNATURE, *appearance(True, "Nguyễn Văn Bình", "Reason: Phê duyệt", "Location: Quảng Trị"),
                                    "Nguyễn Văn Bình"],
    "signed_by_the_body": [*SIGNATURE, *appearance(False, "Ủy ban Nhân dân tỉnh Quảng Trị"), "Nguyễn Văn Bình"],
    # run on after the position's line by a PDF's text layer: the position had been lost with the name
    "run_on_after_the_position": [*SIGNATURE[:-1], "PHÓ CHỦ TỊCH Signature Not Verified", "Digitally signed by Nguyễn Văn Bình",
                                  "Date: 2026.12.04 10:15:00 +07:00", "Nguyễn Văn Bình"],
    "run_on_after_the_authority": [*SIGNATURE[:-2], "KT. CHỦ TỊCH Digitally signed by Nguyễn Văn Bình", "PHÓ CHỦ TỊCH",
                                   "Nguyễn Văn Bình"],
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", APPEARANCES)
def test_a_signature_s_english_appearance_is_no_signer(tmp_path, name, form):
    """A reader's appearance of a digital signature between the position and the name ("Signature Not Verified" /
    "Digitally signed by …" / "Date: 2026.12.04 …") gave its first line as the signer, a confident wrong name; run on
    after the position's line, the signer was lost. Its lines stand for the signature (sections.json
    unlabelled_stamp_openings, signed_marks), and a line it runs on after is what comes before it."""
    assert wrong_in_form(tmp_path, (e_signed(signature=APPEARANCES[name]), E_SIGNED), form) == {}


HEADERS = {
    # run on after the header's lines: the issuer had been lost
    "run_on_after_the_header": ["ỦY BAN NHÂN DÂN Signature Not Verified",
                                "TỈNH QUẢNG TRỊ Digitally signed by Ủy ban Nhân dân tỉnh Quảng Trị",
                                "------- Date: 2026.12.04 10:15:00 +07:00"],
    "run_on_after_the_body_s_kind": ["ỦY BAN NHÂN DÂN Digitally signed by Ủy ban Nhân dân tỉnh Quảng Trị", "TỈNH QUẢNG TRỊ", "-------"],
    # read right before and kept: the appearance on lines of its own over the header
    "over_the_header": [*appearance(False, "Ủy ban Nhân dân tỉnh Quảng Trị"), "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------"],
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", HEADERS)
def test_a_header_with_a_signature_s_english_appearance(tmp_path, name, form):
    """A PDF's text layer runs the appearance on after the header's lines ("ỦY BAN NHÂN DÂN Signature Not Verified"):
    the issuer was lost. Each line is what comes before it (clean.without_stamp_after)."""
    assert wrong_in_form(tmp_path, (e_signed(header=HEADERS[name]), E_SIGNED), form) == {}



def run_on(after: str, stamp: str) -> list[str]:
    """The e-signed plan with ``stamp`` run on after its line ``after``, as a PDF's text layer runs a widget's row."""
    return [f"{line} {stamp}" if line == after else line for line in e_signed()]


RUN_ONS = {
    # the appearance's date run on after the title or the name: the title had held it, the signer had been lost
    "date_after_the_title": run_on("Chuyển đổi số năm 2027", "Date: 2026.12.04 10:15:00 +07:00"),
    "date_after_the_name": run_on("Nguyễn Văn Bình", "Date: 2026.12.04 10:15:00 +07:00"),
    # read right before and kept: its other lines after the number, the date line, the motto, the name
    "opening_after_the_number": run_on("Số: 215/KH-UBND", "Signature Not Verified"),
    "signer_after_the_date_line": run_on("Quảng Trị, ngày 04 tháng 12 năm 2026", "Digitally signed by Ủy ban Nhân dân tỉnh Quảng Trị"),
    "opening_after_the_motto": run_on("Độc lập - Tự do - Hạnh phúc", "Signature Not Verified"),
    "signer_after_the_name": run_on("Nguyễn Văn Bình", "Digitally signed by Nguyễn Văn Bình"),
}


@pytest.mark.parametrize("form", ["text", "html", "pdf"])
@pytest.mark.parametrize("name", RUN_ONS)
def test_a_signature_s_english_appearance_run_on_after_a_line(tmp_path, name, form):
    """The appearance's "Date: 2026.12.04 …" run on after the title's line was read into the title (a confident wrong
    title), after the name it lost the signer: its English "Date:" opens an appearance too (no Vietnamese document's
    label is one)."""
    assert wrong_in_form(tmp_path, (RUN_ONS[name], E_SIGNED), form) == {}

@pytest.mark.parametrize("line", ["Ngày 04/12/2026, Ủy ban nhân dân tỉnh ký ban hành.", "Địa điểm: Hội trường tỉnh",
                                  "Signatures of the parties", "Dated 04/12/2026"])
def test_lines_that_only_look_alike_are_no_signature(line):
    """The other side: a sentence or a label that only starts alike stands for no signature."""
    from pipeline.stages.metadata import _signed_mark

    assert not _signed_mark(line)


# --- a public service unit's signer: degrees chained before the name, the last without its dot

def hospital_plan(name: str, signature=("GIÁM ĐỐC",)) -> list[str]:
    return ["SỞ Y TẾ TỈNH NGHỆ AN", "BỆNH VIỆN ĐA KHOA TỈNH", "-------", *MOTTO, "Số: 88/KH-BVĐK", "Nghệ An, ngày 05 tháng 01 năm 2026",
            "KẾ HOẠCH", "Cải tiến chất lượng năm 2026", *PLAN_BODY, *RECIPIENTS, *signature, name]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("printed", [
    "Ths.Bs Lê Văn Nam", "Ths.Ds Lê Văn Nam", "Ths Lê Văn Nam", "ThS.BS Lê Văn Nam", "TS.BS Lê Văn Nam", "PGS.TS.BS Lê Văn Nam",
    "ThS. BS Lê Văn Nam", "BSCKII Lê Văn Nam", "Ths.BSCKII Lê Văn Nam", "BS Lê Văn Nam", "KS Lê Văn Nam",
    # read right before and kept: each degree with its dot, a rank
    "BS.CKII Lê Văn Nam", "TS. Lê Văn Nam", "Bs. Lê Văn Nam", "Đại tá Lê Văn Nam",
])
def test_a_degree_without_its_dot_is_no_part_of_the_name(tmp_path, printed, form):
    """A hospital's or a school's signer printed after degrees whose last lost its dot ("Ths.Bs Lê Văn Nam", "BSCKII
    Lê Văn Nam") was "Bs Lê Văn Nam", "Ths Lê Văn Nam" (a confident wrong name) or none: a degree of degrees.csv is
    no part of the name with its dot or without it before a space (no name's word is one)."""
    page = (hospital_plan(printed), dict(signer="Lê Văn Nam", position="Giám đốc"))
    assert wrong_in_form(tmp_path, page, form) == {}
