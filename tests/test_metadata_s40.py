"""Metadata leftovers of s39 (s40-meta).

- A header line in capitals glued where the syllable rules cannot cut it, a one-letter word ("BỘYTẾ") or an
  abbreviation glued to a word ("UBNDTỈNH QUẢNG NAM"), lost the issuer and the number: cut into the words of the
  registry's names where they cut it one way only.
- "Các bộ, ngành" (and "…, địa phương"), marked or not, was no body of the registry: a collective of its own.
- A parent's column beside its unit's, the one number under the unit's and naming it ("UBND TỈNH NGHỆ AN" | "SỞ Y TẾ" /
  "Số: 12/KH-SYT"), gave the parent as the issuer (a text copy: a joint plan of both): the unit, under that parent.
  After review (s40-fixmeta): only a unit of the parent's (its kind's units, the registry's units of it), and no code
  of the number naming the parent; peers beside each other read as before, and PDF, HTML, DOCX and text agree.
- A regional body's own plan ("TÒA ÁN NHÂN DÂN KHU VỰC 3 - TỈNH ĐỒNG NAI", its place the province) resolved a bare "Tòa án"
  to the province's court: the issuer itself; a bare name of another body with regions, unresolved.
- A document carried in another (a joint plan submitted with a Tờ trình) lost its other bodies' numbers: `parts[]`
  has `joint_numbers` too.
- A joint header line whose lines a copy lost ("SỞ TƯ PHÁP - SỞ NỘI VỤ TỈNH LÀO CAI" run on): the rebuild cut it inside
  the second name ("… SỞ NỘI" / "VỤ TỈNH …"); it keeps it whole and reads as the line typed whole.
- A PDF's joint header table whose narrow cells wrap the names, the numbers on one row under the columns ("Số: 05/KH-TA
  Số: 11/KH-VKS Đồng Nai, ngày 14"), gave one body: every column's body, and each number to its body.
"""

import pytest

from pipeline.run import process

FORMS = ["text", "html", "docx"]
MOTTO_AND_DATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 3 năm 2026"]
BODY = ["KẾ HOẠCH", "Phát triển nguồn nhân lực năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


def _read(tmp_path, lines: list[str], form: str):
    from conftest import write_in_form

    return process(write_in_form(tmp_path, lines, form))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("glued, issuer, agency_id", [
    (["BỘYTẾ"], "BỘ Y TẾ", "viet-nam/bo-y-te"),
    (["UBNDTỈNH QUẢNG NAM"], "UBND TỈNH QUẢNG NAM", "quang-nam/uy-ban-nhan-dan"),
    (["UBNDHUYỆN ĐIỆN BIÊN"], "UBND HUYỆN ĐIỆN BIÊN", "dien-bien.huyen-dien-bien/uy-ban-nhan-dan"),
    (["UBND TỈNH LÀO CAI", "SỞYTẾ"], "SỞ Y TẾ", "lao-cai/so-y-te"),
    (["HĐNDTỈNH LÂM ĐỒNG"], "HĐND TỈNH LÂM ĐỒNG", "lam-dong/hoi-dong-nhan-dan"),
])
def test_a_glued_header_line_the_syllables_cannot_cut_is_cut_by_the_registry_s_words(tmp_path, glued, issuer, agency_id, form):
    doc = _read(tmp_path, [*glued, "Số: 41/KH-UBND", *MOTTO_AND_DATE, *BODY], form)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.agency.agency_id) == (issuer, agency_id)
    assert doc.metadata.number == "41/KH-UBND"
    assert "words_unglued" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("glued", [
    "YÊUNƯỚC THI ĐUA",  # "yêu" names no body
    "MỪNGĐẢNG MỪNG XUÂN",  # "mừng" neither
])
def test_a_glued_line_of_other_words_is_kept_as_printed(tmp_path, glued):
    doc = _read(tmp_path, [glued, "UBND TỈNH LÀO CAI", "Số: 41/KH-UBND", *MOTTO_AND_DATE, *BODY], "text")
    assert glued in [b.text for b in doc.blocks]
    assert "words_unglued" not in {w.code for w in doc.warnings}
    assert doc.metadata.issuer.agency.agency_id == "lao-cai/uy-ban-nhan-dan"


# --- "các bộ, ngành": a collective the registry lacked, with marks or without (a site's copy)

def _unmarked(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize("printed, agency_id", [
    ("Các Bộ, ngành", "viet-nam/cac-bo-nganh"),
    ("các bộ, ngành Trung ương", "viet-nam/cac-bo-nganh"),
    ("CÁC BỘ, NGÀNH", "viet-nam/cac-bo-nganh"),
    ("Các bộ, ngành, địa phương", "viet-nam/cac-bo-nganh-va-dia-phuong"),
    ("Các Bộ, ngành và địa phương liên quan", "viet-nam/cac-bo-nganh-va-dia-phuong"),
])
@pytest.mark.parametrize("marks", [True, False])
@pytest.mark.parametrize("place", ["viet-nam", "lao-cai"])
def test_the_ministries_and_sectors_resolve_with_marks_or_without(printed, agency_id, marks, place):
    from pipeline.stages.agencies import resolve_all

    name = printed if marks else _unmarked(printed)
    assert [m.agency_id for m in resolve_all(name, place)] == [agency_id]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("marks", [True, False])
def test_a_ministry_s_recipients_name_the_ministries_and_sectors(tmp_path, form, marks):
    lines = ["BỘ TƯ PHÁP", "Số: 7/KH-BTP", *MOTTO_AND_DATE, *BODY[:5], "- Các Bộ, ngành;", "- Bộ Nội vụ;", "- Lưu: VT.",
             "BỘ TRƯỞNG", "Trần Văn Hải"]
    doc = _read(tmp_path, lines if marks else [_unmarked(line) for line in lines], form)
    assert [a.agency_id for a in doc.metadata.recipient_agencies] == ["viet-nam/cac-bo-nganh", "viet-nam/bo-noi-vu"]
    assert "unresolved_agency" not in {w.code for w in doc.warnings}


# --- a parent's column beside its unit's, the one number under the unit's: the unit issued it

def _header_of_columns(tmp_path, form: str, columns: list[list[str]], numbers: list[str]):
    from test_pages_s39_blind import _SIGNED, _joint_header

    return process(_joint_header(tmp_path, form, columns, numbers, [_SIGNED["police"]]))


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, number, issuer, parent, agency_id", [
    ([["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ"]], "Số: 12/KH-SYT", "SỞ Y TẾ", "UBND TỈNH NGHỆ AN", "nghe-an/so-y-te"),
    ([["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]], "Số: 30/KH-SGDĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
     "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "nghe-an/so-giao-duc-va-dao-tao"),
    ([["BỘ CÔNG AN"], ["CÔNG AN TỈNH NGHỆ AN"]], "Số: 7/KH-CAT", "CÔNG AN TỈNH NGHỆ AN", "BỘ CÔNG AN", "nghe-an/cong-an"),
])
def test_the_number_under_a_unit_s_column_beside_its_parent_s_names_the_issuer(tmp_path, form, columns, number, issuer,
                                                                              parent, agency_id):
    doc = _header_of_columns(tmp_path, form, columns, ["", number])
    meta = doc.metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (issuer, parent, [])
    assert meta.issuer.agency.agency_id == agency_id
    assert meta.number == number.split(": ")[1]


@pytest.mark.parametrize("rows", [
    ["UBND TỈNH NGHỆ AN | SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", " | ------- | Độc lập - Tự do - Hạnh phúc",
     " | Số: 12/KH-SYT | Nghệ An, ngày 3 tháng 3 năm 2026"],
    ["UBND TỈNH NGHỆ AN      SỞ Y TẾ      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "      Số: 12/KH-SYT      Nghệ An, ngày 3 tháng 3 năm 2026"],
])
def test_a_text_copy_of_the_columns_names_the_unit_not_a_joint_plan(tmp_path, rows):
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*rows, *BODY[:7], "GIÁM ĐỐC", "Nguyễn Văn An"]) + "\n", encoding="utf-8")
    issuer = process(path).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint, issuer.agency.agency_id) == (
        "SỞ Y TẾ", "UBND TỈNH NGHỆ AN", [], "nghe-an/so-y-te")


# a body beside a peer, the one number under the peer's column and naming it: no unit of the first, read as before
# (HTML/DOCX: the first column's body alone)
_PEERS = [
    ([["TÒA ÁN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], ["VIỆN KIỂM SÁT NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]], "Số: 11/KH-VKS"),
    ([["BỘ Y TẾ"], ["BỘ TÀI CHÍNH"]], "Số: 12/KH-BTC"),  # a ministry beside a ministry
    ([["BỘ CÔNG AN"], ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]], "Số: 7/KH-BLĐTBXH"),
    ([["BỘ Y TẾ"], ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"]], "Số: 5/KH-HLHPN"),  # a union beside a ministry
    ([["BỘ Y TẾ"], ["CÔNG AN TỈNH NGHỆ AN"]], "Số: 7/KH-CAT"),  # the police are the Ministry of Public Security's
    ([["BỘ TÀI CHÍNH"], ["CỤC QUẢN LÝ DƯỢC"]], "Số: 3/KH-QLD"),  # the registry keeps it under Bộ Y tế
    ([["UBND TỈNH NGHỆ AN"], ["VIỆN KIỂM SÁT NHÂN DÂN"]], "Số: 7/KH-VKS"),  # a procuracy, a court beside a committee
    ([["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], ["TÒA ÁN NHÂN DÂN"]], "Số: 5/KH-TA"),
    # names the registry does not know: no unit by their first word (a CDC is a Sở's, a board is a union's)
    ([["UBND TỈNH NGHỆ AN"], ["CÔNG ĐOÀN NGÀNH Y TẾ"]], "Số: 5/KH-CĐN"),
    ([["UBND TỈNH NGHỆ AN"], ["TRUNG TÂM KIỂM SOÁT BỆNH TẬT"]], "Số: 5/KH-KSBT"),
    ([["UBND TỈNH NGHỆ AN"], ["BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH"]], "Số: 5/KH-HND"),
    ([["UBND HUYỆN NAM ĐÀN"], ["UBND XÃ NAM HƯNG"]], "Số: 7/KH-UBND"),  # a committee beside a committee
    ([["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ TỈNH HÀ TĨNH"]], "Số: 9/KH-SYT"),  # a department of another province
    # the number's codes name the committee too: the committee's with its department, not the department's alone
    ([["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ"]], "Số: 12/KH-UBND-SYT"),
    ([["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]], "Số: 30/KH-UBND-SGDĐT"),
    # the number's code names the committee, not the department
    ([["UBND TỈNH NGHỆ AN"], ["SỞ Y TẾ"]], "Số: 12/KH-UBND"),
]


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, number", _PEERS)
def test_a_number_under_a_peer_s_column_makes_it_no_unit(tmp_path, form, columns, number):
    meta = _header_of_columns(tmp_path, form, columns, ["", number]).metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (" ".join(columns[0]), None, [])
    assert meta.number == number.split(": ")[1]


@pytest.mark.parametrize("columns, number", [(columns, number) for columns, number in _PEERS if len(columns[0]) == 1])
def test_a_text_copy_of_a_peer_s_columns_stays_a_joint_plan(tmp_path, columns, number):
    # the text copy of the same header (before the unit rule it was a joint plan of both, and it stays one)
    first, second = columns[0][0], " ".join(columns[1])
    rows = [f"{first}      {second}      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"      {number}      Hà Nội, ngày 3 tháng 3 năm 2026"]
    path = tmp_path / "doc.txt"
    path.write_text("\n".join([*rows, *BODY[:7], "GIÁM ĐỐC", "Nguyễn Văn An"]) + "\n", encoding="utf-8")
    issuer = process(path).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint) == (first, None, [first, second])


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("columns, number, issuer, parent", [
    # a unit of a kind the parent's has, the registry's or its name's: the unit issued it, under its parent
    ([["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], ["SỞ NỘI VỤ"]], "Số: 4/KH-SNV", "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ([["UBND TỈNH NGHỆ AN"], ["BAN QUẢN LÝ KHU KINH TẾ"]], "Số: 4/KH-BQLKKT", "BAN QUẢN LÝ KHU KINH TẾ", "UBND TỈNH NGHỆ AN"),
    ([["BỘ Y TẾ"], ["CỤC QUẢN LÝ DƯỢC"]], "Số: 3/KH-QLD", "CỤC QUẢN LÝ DƯỢC", "BỘ Y TẾ"),  # the registry's units of it
    ([["BỘ Y TẾ"], ["CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"]], "Số: 3/KH-KCB", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "BỘ Y TẾ"),
])
def test_a_unit_of_its_parent_s_kind_beside_it_issued_the_plan(tmp_path, form, columns, number, issuer, parent):
    meta = _header_of_columns(tmp_path, form, columns, ["", number]).metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (issuer, parent, [])


# --- a regional body's own plan: a bare "Tòa án" is the issuer, not the province's court

_COURT_ROWS = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
               ["1", "Tổ chức phiên tòa rút kinh nghiệm", "{lead}", "{support}", "Quý I/2026"]]


def _regional_plan(tmp_path, form: str, header: list[str], number: str, lead: str, support: str):
    from conftest import write_with_table

    rows = [_COURT_ROWS[0], [cell.format(lead=lead, support=support) for cell in _COURT_ROWS[1]]]
    before = [*header, f"Số: {number}", *MOTTO_AND_DATE[:2], "Đồng Nai, ngày 3 tháng 9 năm 2025", "KẾ HOẠCH",
              "Công tác năm 2026", "I. MỤC ĐÍCH", "Nội dung.", "II. NHIỆM VỤ"]
    return process(write_with_table(tmp_path, before, rows, ["Nơi nhận:", "- Lưu: VT.", "CHÁNH ÁN", "Nguyễn Văn An"], form))


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize("header, number, lead, agency_id", [
    (["TÒA ÁN NHÂN DÂN", "KHU VỰC 3 - TỈNH ĐỒNG NAI"], "15/KH-TA", "Tòa án", "dong-nai/toa-an-nhan-dan-khu-vuc-3"),
    (["TÒA ÁN NHÂN DÂN TỈNH ĐỒNG NAI", "TÒA ÁN NHÂN DÂN KHU VỰC 3"], "15/KH-TA", "TAND", "dong-nai/toa-an-nhan-dan-khu-vuc-3"),
    (["VIỆN KIỂM SÁT NHÂN DÂN", "KHU VỰC 3 - TỈNH ĐỒNG NAI"], "15/KH-VKS", "Viện kiểm sát", "dong-nai/vien-kiem-sat-nhan-dan-khu-vuc-3"),
])
def test_a_bare_name_in_a_regional_body_s_own_plan_is_the_issuer(tmp_path, form, header, number, lead, agency_id):
    doc = _regional_plan(tmp_path, form, header, number, lead, "Tòa án nhân dân tỉnh")
    assert doc.metadata.issuer.agency.agency_id == agency_id
    (task,) = doc.tasks
    assert [m.agency_id for m in task.lead] == [agency_id]
    assert [m.agency_id for m in task.support] == ["dong-nai/toa-an-nhan-dan"]  # named with the province: the province's


@pytest.mark.parametrize("form", ["html", "docx"])
def test_another_body_s_bare_name_in_a_regional_plan_is_unresolved(tmp_path, form):
    # the regional court's plan names the procuracy of its region, whose number it does not print: none, not the province's
    doc = _regional_plan(tmp_path, form, ["TÒA ÁN NHÂN DÂN", "KHU VỰC 3 - TỈNH ĐỒNG NAI"], "15/KH-TA", "Tòa án", "Viện kiểm sát")
    (task,) = doc.tasks
    assert [m.agency_id for m in task.support] == [None]
    assert "unresolved_agency" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_province_s_plan_names_the_province_s_court(tmp_path, form):
    doc = _regional_plan(tmp_path, form, ["UBND TỈNH ĐỒNG NAI"], "15/KH-UBND", "Tòa án", "Viện kiểm sát")
    (task,) = doc.tasks
    assert [m.agency_id for m in task.lead + task.support] == ["dong-nai/toa-an-nhan-dan", "dong-nai/vien-kiem-sat-nhan-dan"]


# --- a document carried in another keeps its joint numbers

_TO_TRINH = ["TÒA ÁN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Số: 21/TTr-TA", *MOTTO_AND_DATE[:2], "Cần Thơ, ngày 1 tháng 10 năm 2025",
             "TỜ TRÌNH", "Về việc ban hành kế hoạch phối hợp", "Kính gửi: Ủy ban nhân dân thành phố",
             "Tòa án nhân dân thành phố kính trình Ủy ban nhân dân thành phố xem xét./.", "Nơi nhận:", "- Như trên;",
             "- Lưu: VT.", "CHÁNH ÁN", "Lê Văn Tám"]


@pytest.mark.parametrize("columns, numbers, expected", [
    (["court", "procuracy"], ["05/KH-TA", "11/KH-VKS"], [("VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ", "11/KH-VKS")]),
    (["court", "procuracy", "police"], ["05/KH-TA", "11/KH-VKS", "30/KH-CAT"],
     [("VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ CẦN THƠ", "11/KH-VKS"), ("CÔNG AN THÀNH PHỐ CẦN THƠ", "30/KH-CAT")]),
    (["court", "procuracy"], ["05/KH-TA-VKS"], []),  # one number for both: none
])
def test_a_joint_plan_submitted_with_a_to_trinh_keeps_its_joint_numbers(tmp_path, columns, numbers, expected):
    import json

    from test_pages_s39_blind import _COURT, _POLICE, _PROCURACY, _SIGNED, _joint_header

    bodies = {"court": _COURT, "procuracy": _PROCURACY, "police": _POLICE}
    path = _joint_header(tmp_path, "html", [bodies[c] for c in columns], [f"Số: {n}" for n in numbers],
                         [_SIGNED[c] for c in columns])
    path.write_text(path.read_text(encoding="utf-8").replace("<body>", "<body>" + "".join(f"<p>{x}</p>" for x in _TO_TRINH)),
                    encoding="utf-8")
    doc = process(path)
    meta = doc.metadata
    assert (meta.number, meta.joint_numbers) == ("21/TTr-TA", [])  # the file's own document: the Tờ trình
    plan = meta.parts[1]
    assert (plan.doc_type, plan.number) == ("Kế hoạch", numbers[0])
    assert [(n.body, n.number) for n in plan.joint_numbers] == expected
    written = json.loads(doc.model_dump_json())["metadata"]["parts"][1]["joint_numbers"]  # the JSON carries them
    assert [(n["body"], n["number"]) for n in written] == expected



# --- a joint header whose lines a copy lost: the rebuild keeps the second body's name whole

@pytest.mark.parametrize("variant", ["one_line", "wrapped_90", "html_one_paragraph"])
@pytest.mark.parametrize("line, number", [
    ("SỞ TƯ PHÁP - SỞ NỘI VỤ TỈNH NGHỆ AN", "02/KHLT-STP-SNV"),
    ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN", "05/KHLT-SYT-SGDĐT"),
])
def test_a_joint_line_reads_alike_with_its_lines_lost(tmp_path, variant, line, number):
    from test_metadata_linebreaks import LOST

    lines = [line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"Số: {number}",
             "Vinh, ngày 9 tháng 1 năm 2026", "KẾ HOẠCH LIÊN TỊCH", "Phối hợp tuyên truyền năm 2026",
             "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;", "I. MỤC ĐÍCH", "1. Nâng cao nhận thức.", "Nơi nhận:",
             "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Bình"]
    intact = _read(tmp_path, lines, "text").metadata.issuer
    make, suffix = LOST[variant]
    path = tmp_path / f"lost.{suffix}"
    path.write_text(make(lines), encoding="utf-8")
    doc = process(path)
    assert "line_breaks_rebuilt" in {w.code for w in doc.warnings}
    assert (doc.metadata.issuer.name, doc.metadata.issuer.joint) == (intact.name, intact.joint)
    assert len(intact.joint) == 2


# --- a PDF's joint header table whose narrow cells wrap the names, the numbers on one row under the columns

def _narrow_joint_pdf(tmp_path, columns: list[list[str]], numbers: list[str]):
    from pdfmaker import text_pdf

    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    under = [[f"Số: {n}"] for n in numbers] + [["Đồng Nai, ngày 14", "tháng 10 năm 2025"]]
    xs = [40.0 + 110.0 * k for k in range(len(columns) + 1)]
    top = 40.0 + 12 * max(len(c) + 1 for c in [*columns, motto])
    items = [(xs[k], 40.0 + 12 * row, text) for k, column in enumerate([*[[*c, "-------"] for c in columns], motto])
             for row, text in enumerate(column)]
    items += [(xs[k], top + 12 * row, text) for k, column in enumerate(under) for row, text in enumerate(column)]
    items += [(60.0, top + 40 + 16 * row, text) for row, text in enumerate(["KẾ HOẠCH PHỐI HỢP", "Bảo đảm an ninh năm 2026",
                                                                           "I. MỤC ĐÍCH", "1. Giữ vững an ninh."])]
    path = tmp_path / "doc.pdf"
    path.write_bytes(text_pdf([items], size=8))
    return process(path).metadata


_COURT_DN = ["TÒA ÁN NHÂN DÂN", "TỈNH ĐỒNG NAI"]
_PROCURACY_DN = ["VIỆN KIỂM SÁT", "NHÂN DÂN TỈNH", "ĐỒNG NAI"]
_POLICE_DN = ["CÔNG AN TỈNH", "ĐỒNG NAI"]


@pytest.mark.parametrize("columns, numbers", [
    ([_COURT_DN, _PROCURACY_DN], ["05/KH-TA", "11/KH-VKS"]),
    ([_PROCURACY_DN, _POLICE_DN], ["11/KH-VKS", "40/KH-CAT"]),
    ([_POLICE_DN, _PROCURACY_DN, _COURT_DN], ["40/KH-CAT", "11/KH-VKS", "05/KH-TA"]),
])
def test_a_pdf_s_narrow_joint_header_gives_each_body_and_its_number(tmp_path, columns, numbers):
    meta = _narrow_joint_pdf(tmp_path, columns, numbers)
    names = [" ".join(column) for column in columns]
    assert (meta.number, meta.issued_date) == (numbers[0], "2025-10-14")
    assert meta.issuer.joint == names
    assert [(n.body, n.number) for n in meta.joint_numbers] == list(zip(names[1:], numbers[1:]))


def test_numbers_whose_codes_name_no_column_s_body_make_no_joint_plan(tmp_path):
    meta = _narrow_joint_pdf(tmp_path, [_COURT_DN, _PROCURACY_DN], ["05/KH-VKS", "11/KH-TA"])  # each the other's code
    assert (meta.issuer.joint, meta.joint_numbers) == ([], [])


# --- a committee's column beside its own department's: the formats agree

_COMMITTEE_DN = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"]


@pytest.mark.parametrize("unit, number", [(["SỞ Y TẾ"], "30/KH-SYT"), (["SỞ GIÁO DỤC", "VÀ ĐÀO TẠO"], "18/KH-SGDĐT")])
def test_a_pdf_s_one_number_under_a_committee_and_its_department_is_the_department_s(tmp_path, unit, number):
    # the numbers' row read after the narrow columns, as HTML and DOCX read the number under the unit's column
    meta = _narrow_joint_pdf(tmp_path, [_COMMITTEE_DN, unit], [number])
    assert (meta.issuer.name, meta.issuer.parent, meta.issuer.joint) == (" ".join(unit), " ".join(_COMMITTEE_DN), [])
    assert meta.number == number


@pytest.mark.parametrize("form", ["pdf", "html", "docx"])
def test_a_committee_and_its_own_department_numbering_each_make_no_joint_plan(tmp_path, form):
    # a department is the committee's unit, no peer: the committee's column and number, as a ministry's beside its Cục
    columns, numbers = [_COMMITTEE_DN, ["SỞ Y TẾ"]], ["12/KH-UBND", "30/KH-SYT"]
    if form == "pdf":
        meta = _narrow_joint_pdf(tmp_path, columns, numbers)
    else:
        meta = _header_of_columns(tmp_path, form, columns, [f"Số: {n}" for n in numbers]).metadata
    assert (meta.issuer.name, meta.issuer.joint, meta.joint_numbers) == (" ".join(_COMMITTEE_DN), [], [])
    assert meta.number == "12/KH-UBND"
