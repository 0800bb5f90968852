"""s60: header and closing values of documents by other hands — a date that does not exist wherever a date is read (a
cited document's, a task's or a duty's deadline), a comma before a cited document's "của", places run together under a
body's name printed twice, an organisation's national name beside its branch, a Youth Union board's name, a title's
"CỦA BAN BÍ THƯ" over a Party signature.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a typist's slip
prints a day or month that no calendar has ("ngày 31/4/2025", "32/5/2025", "30/02/2026"); a mass organisation prints its
national name where the state's motto stands ("HỘI NÔNG DÂN VIỆT NAM" beside "HỘI NÔNG DÂN TỈNH …"), and a copy runs the
row into one line; a Youth Union province's board prints "BCH ĐOÀN TNCS HỒ CHÍ MINH" over its province; the Party's
central directives print the issuing organ under the type ("CHỈ THỊ" / "CỦA BAN BÍ THƯ") and sign "T/M BAN BÍ THƯ".
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from test_meta_s54 import MOTTO

BODY = ["KẾ HOẠCH", "Kiểm tra công tác lưu trữ năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng công tác.",
        "II. NỘI DUNG", "1. Kiểm tra việc lập hồ sơ."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Mẫu"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026"]
IMPOSSIBLE = ["ngày 31/4/2025", "ngày 32/5/2025", "ngày 30/02/2025", "ngày 31 tháng 4 năm 2025", "ngày 3 tháng 13 năm 2025"]


def _codes(doc) -> list[str]:
    return [w.code for w in doc.warnings]


# --- 1. a cited document's date that does not exist: null, and citation_date_unreadable (the base gave the null alone)
@pytest.mark.parametrize("form", ["text", "docx", "pdf"])
@pytest.mark.parametrize("date", IMPOSSIBLE)
def test_a_cited_date_that_does_not_exist_is_unreadable(tmp_path, date, form):
    lines = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026",
             f"Thực hiện Quyết định số 1234/QĐ-UBND {date} của UBND tỉnh về ban hành quy chế;", "I. MỤC ĐÍCH",
             "1. Nâng cao hiệu quả.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, form))
    assert [(c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [("1234/QĐ-UBND", None, "UBND tỉnh")]
    assert "citation_date_unreadable" in _codes(doc)


@pytest.mark.parametrize("ground, cited", [
    # a list of numbers sharing one issuer: the first's date does not exist
    ("Căn cứ các Quyết định số 12/QĐ-UBND ngày 31/4/2025, số 15/QĐ-UBND ngày 5/4/2025 của UBND tỉnh;",
     [("12/QĐ-UBND", None), ("15/QĐ-UBND", "2025-04-05")]),
    # a law by its name and date
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 30/02/2025;", [(None, None)]),
    # read right on the base, a guard: a date that exists gives no warning
    ("Thực hiện Nghị quyết ngày 30/6/2025 của Hội đồng nhân dân tỉnh về phát triển;", [(None, "2025-06-30")]),
])
def test_impossible_dates_in_every_kind_of_citation(tmp_path, ground, cited):
    lines = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026", ground, "I. MỤC ĐÍCH", "1. Nâng cao hiệu quả.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert [(c.number, c.issued_date) for c in doc.metadata.cited_documents] == cited
    assert ("citation_date_unreadable" in _codes(doc)) == any(date is None for _, date in cited)


# --- 2. a comma before a cited document's "của": the base lost the issuer
@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("citation, cited", [
    ("Quyết định số 1234/QĐ-UBND ngày 3/4/2025, của UBND tỉnh", ("1234/QĐ-UBND", "2025-04-03", "UBND tỉnh")),
    ("Kế hoạch số 45/KH-UBND ngày 03 tháng 4 năm 2025, của Ủy ban nhân dân tỉnh Quảng Ngãi",
     ("45/KH-UBND", "2025-04-03", "Ủy ban nhân dân tỉnh Quảng Ngãi")),
    ("Công văn số 678/BNV-CCVC, của Bộ Nội vụ", ("678/BNV-CCVC", None, "Bộ Nội vụ")),
    # read right on the base, a guard: no comma
    ("Quyết định số 1234/QĐ-UBND ngày 3/4/2025 của UBND tỉnh", ("1234/QĐ-UBND", "2025-04-03", "UBND tỉnh")),
])
def test_a_comma_before_the_cited_issuer_keeps_it(tmp_path, citation, cited, form):
    lines = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026", f"Thực hiện {citation} về triển khai quy chế;",
             "I. MỤC ĐÍCH", "1. Nâng cao hiệu quả.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, form))
    assert [(c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [cited]


def test_a_comma_before_the_issuer_of_a_list(tmp_path):
    ground = "Căn cứ các Quyết định số 12/QĐ-UBND ngày 3/4/2025, số 15/QĐ-UBND ngày 5/4/2025, của UBND tỉnh;"
    lines = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026", ground, "I. MỤC ĐÍCH", "1. Nâng cao hiệu quả.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, "text"))
    assert [c.issuer for c in doc.metadata.cited_documents] == ["UBND tỉnh", "UBND tỉnh"]


# --- 3. a deadline whose date does not exist: kept as printed, no period, deadline_doubt (the base: a silent null;
# in a duty's prose or a content's last clause the base read no deadline at all)
TASK_HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]
BEFORE_TABLE = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026", "I. NHIỆM VỤ"]
AFTER_TABLE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Mẫu"]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("cell, end", [
    ("Trước ngày 31/4/2026", None), ("Trước ngày 32/5/2026", None), ("30/02/2026", None),
    # in words too: no period (s61; the month's end before), the doubt names the day that does not exist
    ("Ngày 31 tháng 6 năm 2026", None),
])
def test_a_task_s_deadline_that_does_not_exist(tmp_path, cell, end, form):
    rows = [TASK_HEADER, ["1", "Rà soát quy chế phối hợp", "Sở Nội vụ", "Sở Tư pháp", cell],
            ["2", "Tổng kết thực hiện", "Sở Nội vụ", "Sở Tài chính", "Tháng 12/2026"]]
    doc = process(write_with_table(tmp_path, BEFORE_TABLE, rows, AFTER_TABLE, form))
    first = doc.tasks[0]
    assert (first.deadline.text, first.deadline.end) == (cell, end)
    doubts = [w.message for w in doc.warnings if w.code == "deadline_doubt"]
    assert len(doubts) == 1 and first.id in doubts[0] and "does not exist" in doubts[0]


# s60 review found a day that does not exist in words ("Ngày 31 tháng 6 năm 2026") kept the month's period; s61 reads
# none (tests/test_meta_s61.py has the variants)
def test_a_day_that_does_not_exist_in_words_gives_no_period(tmp_path):
    rows = [TASK_HEADER, ["1", "Rà soát quy chế phối hợp", "Sở Nội vụ", "Sở Tư pháp", "Ngày 31 tháng 6 năm 2026"]]
    doc = process(write_with_table(tmp_path, BEFORE_TABLE, rows, AFTER_TABLE, "docx"))
    assert (doc.tasks[0].deadline.start, doc.tasks[0].deadline.end) == (None, None)


def test_a_task_s_deadline_that_exists_gives_no_doubt(tmp_path):
    """Read right on the base, a guard."""
    rows = [TASK_HEADER, ["1", "Rà soát quy chế phối hợp", "Sở Nội vụ", "Sở Tư pháp", "Trước ngày 30/4/2026"]]
    doc = process(write_with_table(tmp_path, BEFORE_TABLE, rows, AFTER_TABLE, "docx"))
    assert doc.tasks[0].deadline.end == "2026-04-30"
    assert "deadline_doubt" not in _codes(doc)


def test_a_content_s_deadline_clause_that_does_not_exist(tmp_path):
    rows = [["STT", "Nội dung", "Chủ trì", "Phối hợp"],
            ["1", "Rà soát quy chế phối hợp, hoàn thành trước ngày 31/4/2026", "Sở Nội vụ", "Sở Tư pháp"],
            ["2", "Tổng kết thực hiện, hoàn thành trước ngày 15/12/2026", "Sở Nội vụ", "Sở Tài chính"]]
    doc = process(write_with_table(tmp_path, BEFORE_TABLE, rows, AFTER_TABLE, "docx"))
    first = doc.tasks[0]
    assert first.deadline is not None and (first.deadline.text, first.deadline.end) == ("hoàn thành trước ngày 31/4/2026", None)
    assert any(w.code == "deadline_doubt" and first.id in w.message for w in doc.warnings)


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("duty, deadline", [
    ("Giao Sở Nội vụ chủ trì, phối hợp với các sở rà soát quy chế, hoàn thành trước ngày 32/5/2026.",
     "trước ngày 32/5/2026"),
    ("Sở Tư pháp tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 31/4/2026.", "trước ngày 31/4/2026"),
])
def test_a_duty_s_deadline_that_does_not_exist(tmp_path, duty, deadline, form):
    lines = [*HEADER, "KẾ HOẠCH", "Thực hiện quy chế năm 2026", "I. NHIỆM VỤ", "1. Rà soát quy chế.", duty, *AFTER_TABLE]
    doc = process(write_in_form(tmp_path, lines, form))
    read = {(a.deadline.text, a.deadline.end) for a in doc.assignments if a.deadline}
    assert len(read) == 1 and next(iter(read))[0].endswith(deadline) and next(iter(read))[1] is None
    assert any(w.code == "deadline_doubt" and "does not exist" in w.message for w in doc.warnings)


# --- 4. one body's name printed twice over places run together that cannot be parted: no issuer, a warning (the base
# ran the rows into one issuer: "SỞ Y TẾ SỞ Y TẾ TỈNH LÀO CAI TỈNH MẪU THỬ")
@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("rows", [
    ["SỞ Y TẾ SỞ Y TẾ", "TỈNH LÀO CAI TỈNH MẪU THỬ"],
    ["SỞ TƯ PHÁP SỞ TƯ PHÁP", "TỈNH MẪU THỬ TỈNH YÊN BÁI"],
    ["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "HUYỆN MẪU THỬ HUYỆN NHÁP"],
])
def test_places_that_cannot_be_parted_give_no_issuer(tmp_path, rows, form):
    header = [f"{row} {motto}" for row, motto in zip(rows, MOTTO)]
    doc = process(write_in_form(tmp_path, [*header, "Số: 05/KHLT-SYT", "Lào Cai, ngày 10 tháng 4 năm 2026", *BODY,
                                           *CLOSING], form))
    assert doc.metadata.issuer.name is None
    assert "issuer_columns_run_together" in _codes(doc)


# LEFT (s60 review): one body's name printed twice over a single place the registry does not know: the two rows are
# still one issuer, the name doubled (main too). "THỊ XÃ MẪU THỬ" gives no issuer and issuer_columns_run_together
# instead (its "XÃ" opens a second kind); "XÃ MẪU THỬ" holds none. Null with a warning, or the name once, is wanted.
# s61: fixed (the name once over the place; tests/test_meta_s61.py has the variants)
def test_a_name_twice_over_one_unknown_place_is_not_doubled(tmp_path):
    header = [f"{row} {motto}" for row, motto in zip(["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "XÃ MẪU THỬ"], MOTTO)]
    doc = process(write_in_form(tmp_path, [*header, "Số: 05/KH-UBND", "Mẫu Thử, ngày 10 tháng 4 năm 2026", *BODY,
                                           *CLOSING], "text"))
    assert doc.metadata.issuer.name in (None, "ỦY BAN NHÂN DÂN XÃ MẪU THỬ")


# --- 5. an organisation's national name (printed in the motto's place) after its branch: the branch issues it (the
# base read the national name as the unit under the branch, or ran both into one issuer)
@pytest.mark.parametrize("form", ["text", "docx", "html"])
@pytest.mark.parametrize("rows, issuer", [
    (["HỘI LHPN TỈNH NGHỆ AN HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "***"], "HỘI LHPN TỈNH NGHỆ AN"),
    (["HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN HỘI CỰU CHIẾN BINH VIỆT NAM", "***"], "HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN"),
    (["HỘI NÔNG DÂN HUYỆN NAM ĐÀN HỘI NÔNG DÂN VIỆT NAM", "***"], "HỘI NÔNG DÂN HUYỆN NAM ĐÀN"),
    (["HỘI NÔNG DÂN TỈNH NGHỆ AN", "HỘI NÔNG DÂN VIỆT NAM", "***"], "HỘI NÔNG DÂN TỈNH NGHỆ AN"),
])
def test_an_organisation_s_national_name_after_its_branch(tmp_path, rows, issuer, form):
    lines = [*rows, "Số: 45-KH/HND", "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY, "Nơi nhận:", "- Lưu: VT.",
             "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn Mẫu"]
    meta = process(write_in_form(tmp_path, lines, form)).metadata
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, None)


@pytest.mark.parametrize("rows, issuer", [
    # read right on the base, guards: a national body alone, a unit under a province's committee
    (["HỘI NÔNG DÂN VIỆT NAM", "***"], ("HỘI NÔNG DÂN VIỆT NAM", None)),
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", *MOTTO], ("SỞ Y TẾ", "UBND TỈNH NGHỆ AN")),
])
def test_no_national_name_to_drop(tmp_path, rows, issuer):
    lines = [*rows, "Số: 45/KH-SYT", "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY, *CLOSING]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.issuer.name, meta.issuer.parent) == issuer


# --- 6. LEFT (s60): a Youth Union board named in full over its province ("BCH ĐOÀN TNCS HỒ CHÍ MINH" / "TỈNH NGHỆ AN"):
# the union's name is parted out as the motto and the issuer is "BCH TỈNH NGHỆ AN" (main too). Keeping the name whole
# made "BCH ĐOÀN TNCS HỒ CHÍ MINH" / "TRƯỜNG THPT LÊ LỢI" a school under the board (tests/test_pages_s38b_blind.py): which
# lines under the board are its own unit's name is not settled.
# s61: fixed (a place under the board joins its name; a body under it that is no place stays as in s38b)
@pytest.mark.parametrize("rows, issuer", [
    (["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGHỆ AN"], "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN"),
    (["BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN"], "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN"),
])
def test_a_youth_union_board_named_in_full(tmp_path, rows, issuer):
    lines = [*rows, "***", "Số: 12-KH/TĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY,
             "Nơi nhận:", "- Các huyện đoàn;", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Văn Mẫu"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, None)


# --- 7. the issuing organ printed under the type ("CHỈ THỊ" / "CỦA BAN BÍ THƯ"): its "BÍ THƯ" was read as the
# signature's post and the signer's name was lost
PARTY_HEADER = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 52-CT/TW", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 12 tháng 3 năm 2026"]
PARTY_BODY = ["về tăng cường công tác kiểm tra", "1. Các cấp ủy quán triệt nội dung.", "Nơi nhận:",
              "- Các tỉnh ủy, thành ủy,", "- Lưu Văn phòng Trung ương Đảng."]


@pytest.mark.parametrize("form", ["text", "docx", "pdf"])
@pytest.mark.parametrize("heading, signature", [
    (["CHỈ THỊ", "CỦA BAN BÍ THƯ"], ["T/M BAN BÍ THƯ", "Trần Văn Mẫu"]),
    (["QUY ĐỊNH", "CỦA BAN BÍ THƯ"], ["T/M BAN BÍ THƯ", "(Đã ký)", "Trần Văn Mẫu"]),
    (["THÔNG BÁO KẾT LUẬN", "CỦA BAN BÍ THƯ"], ["T/M BAN BÍ THƯ", "Trần Văn Mẫu"]),
    # read right on the base, a guard: the organ's name ends on no post
    (["NGHỊ QUYẾT", "CỦA BỘ CHÍNH TRỊ"], ["T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ", "Trần Văn Mẫu"]),
])
def test_a_title_s_organ_over_a_party_signature(tmp_path, heading, signature, form):
    doc = process(write_in_form(tmp_path, [*PARTY_HEADER, *heading, *PARTY_BODY, *signature], form))
    assert (doc.metadata.signer.name, doc.metadata.signer.authority) == ("Trần Văn Mẫu", ["TM."])


def test_a_recipients_line_ending_on_a_post_after_an_abbreviation_still_opens_the_signature(tmp_path):
    """Read right on the base, a guard: "VP." ends a recipients' item, the post after it is the signature's."""
    lines = [*HEADER, *BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP. CHỦ TỊCH", "Trần Văn Mẫu"]
    signer = process(write_in_form(tmp_path, lines, "text")).metadata.signer
    assert (signer.name, signer.title) == ("Trần Văn Mẫu", "Chủ tịch")


# --- 8. a signature column's post with its unit ("VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ") on the rows of the recipients beside
# it, under the chain's first line ("TL. BỘ TRƯỞNG" on the label's row), wrapped or not: the base read no post and kept
# the post's words in the recipients ("Như trên; VỤ TRƯỞNG VỤ TỔ CHỨC")
def _pdf_closing(tmp_path, rows: list[tuple[float, float, str]]):
    from pdfmaker import text_pdf

    page = [(60, 60, "BỘ NỘI VỤ"), (300, 60, MOTTO[0]), (320, 76, MOTTO[1]), (60, 92, "Số: 123/KH-BNV"),
            (320, 92, "Hà Nội, ngày 5 tháng 3 năm 2026"), (250, 130, "KẾ HOẠCH"), (200, 146, "Kiểm tra công tác lưu trữ năm 2026"),
            (60, 180, "I. MỤC ĐÍCH, YÊU CẦU"), (60, 196, "1. Nâng cao chất lượng công tác lưu trữ."), *rows]
    path = tmp_path / "doc.pdf"
    path.write_bytes(text_pdf([page], size=11))
    return process(path).metadata


@pytest.mark.parametrize("rows, title, recipients", [
    ([(60, 600, "Nơi nhận:"), (300, 600, "TL. BỘ TRƯỞNG"), (60, 614, "- Như trên;"), (300, 614, "VỤ TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC"),
      (60, 628, "- Lưu: VT, CCVC."), (350, 690, "Trần Văn Mẫu")],
     "Vụ trưởng Vụ Công chức - Viên chức", ["Như trên", "Lưu: VT, CCVC"]),
    ([(60, 600, "Nơi nhận:"), (330, 600, "TL. BỘ TRƯỞNG"), (60, 614, "- Như trên;"), (320, 614, "VỤ TRƯỞNG VỤ TỔ CHỨC"),
      (60, 628, "- Lưu: VT, TCCB."), (340, 628, "CÁN BỘ"), (350, 690, "Trần Văn Mẫu")],
     "Vụ trưởng Vụ Tổ chức cán bộ", ["Như trên", "Lưu: VT, TCCB"]),
    ([(60, 600, "Nơi nhận:"), (330, 600, "TL. CỤC TRƯỞNG"), (60, 614, "- Như trên;"), (320, 614, "CHÁNH VĂN PHÒNG CỤC"),
      (60, 628, "- Lưu: VT."), (350, 690, "Trần Văn Mẫu")],
     "Chánh Văn phòng Cục", ["Như trên", "Lưu: VT"]),
    # read right on the base, a guard: a post alone beside a recipient
    ([(60, 600, "Nơi nhận:"), (330, 600, "KT. CỤC TRƯỞNG"), (60, 614, "- Như trên;"), (340, 614, "PHÓ CỤC TRƯỞNG"),
      (60, 628, "- Lưu: VT."), (350, 690, "Trần Văn Mẫu")],
     "Phó Cục trưởng", ["Như trên", "Lưu: VT"]),
])
def test_a_post_with_its_unit_beside_the_recipients(tmp_path, rows, title, recipients):
    meta = _pdf_closing(tmp_path, rows)
    assert (meta.signer.name, meta.signer.title, meta.recipients) == ("Trần Văn Mẫu", title, recipients)


@pytest.mark.parametrize("closing, title, recipients", [
    (["Nơi nhận: TL. BỘ TRƯỞNG", "- Như trên; VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ", "- Lưu: VT, TCCB.", "Trần Văn Mẫu"],
     "Vụ trưởng Vụ Tổ chức cán bộ", ["Như trên", "Lưu: VT, TCCB"]),
    # review (s60): a unit's initials after a comma go on with the recipient ("Lưu: VT, TCCB"), never the post's
    # wrapped words (the branch read "Vụ trưởng Vụ Tổ chức cán bộ tccb", "Chánh Văn phòng Cục VP")
    (["Nơi nhận: TL. BỘ TRƯỞNG", "- Như trên; VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ", "- Lưu: VT, TCCB", "Trần Văn Mẫu"],
     "Vụ trưởng Vụ Tổ chức cán bộ", ["Như trên", "Lưu: VT, TCCB"]),
    (["Nơi nhận: TL. CỤC TRƯỞNG", "- Như trên; CHÁNH VĂN PHÒNG CỤC", "- Lưu: VT, VP", "Trần Văn Mẫu"],
     "Chánh Văn phòng Cục", ["Như trên", "Lưu: VT, VP"]),
    (["Nơi nhận: TL. BỘ TRƯỞNG", "- Như trên; VỤ TRƯỞNG VỤ PHÁP CHẾ", "- Các Vụ; PC", "- Lưu: VT.", "Trần Văn Mẫu"],
     "Vụ trưởng Vụ Pháp chế", ["Như trên", "Các Vụ; PC", "Lưu: VT"]),
    # a recipient that is a Vụ, in capitals, on a row of its own, stays a recipient
    (["Nơi nhận: TL. BỘ TRƯỞNG", "- Như trên;", "- VỤ TỔ CHỨC CÁN BỘ;", "- Lưu: VT.", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Trần Văn Mẫu"],
     "Vụ trưởng Vụ Pháp chế", ["Như trên", "VỤ TỔ CHỨC CÁN BỘ", "Lưu: VT"]),
    # read right on the base, a guard: a recipient's line under a chain whose last words are no post
    (["Nơi nhận: KT. BỘ TRƯỞNG", "- Như trên; THỨ TRƯỞNG", "- Các Vụ, Cục thuộc Bộ;", "- Lưu: VT, TCCB.", "Trần Văn Mẫu"],
     "Thứ trưởng", ["Như trên", "Các Vụ, Cục thuộc Bộ", "Lưu: VT, TCCB"]),
])
def test_a_post_with_its_unit_on_a_recipient_s_line_of_a_text_copy(tmp_path, closing, title, recipients):
    lines = ["BỘ NỘI VỤ", "Số: 123/KH-BNV", *MOTTO, "Hà Nội, ngày 5 tháng 3 năm 2026", *BODY, *closing]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.signer.name, meta.signer.title, meta.recipients) == ("Trần Văn Mẫu", title, recipients)


# --- LEFT (s60): a Party or Youth Union header run into one line, the date ending it (the type heading on the next):
# the line-break test (linebreaks.lost) sees two run-ons only (the organisation's motto has no "Hạnh phúc" after which
# words run on), rebuilds nothing, and the number and the date stay in the issuer's line (main too). Counting the
# organisation's motto followed by words as a run-on would also count a title in capitals that names the Party.
# s61: fixed (linebreaks counts the union's name after a number's symbol, and either name run on into the date)
@pytest.mark.parametrize("first", [
    "TỈNH ỦY NGHỆ AN * Số 12-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2026",
    "TỈNH ĐOÀN NGHỆ AN *** Số: 12-KH/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Nghệ An, ngày 12 tháng 3 năm 2026",
])
def test_an_organisation_s_header_run_into_one_line(tmp_path, first):
    lines = [first, *BODY, "Nơi nhận:", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Văn Mẫu"]
    meta = process(write_in_form(tmp_path, lines, "text")).metadata
    assert (meta.number is not None, meta.issued_date) == (True, "2026-03-12")
