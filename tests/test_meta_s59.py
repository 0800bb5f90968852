"""s59: header and closing values of documents by other hands — a body's name printed twice at the end of its header's
first row, one kind of body twice over two places, one body in both columns of a header, a joint closing's table
whose rows print each post with its unit over the names.

What the forms are (our own notes; every fixture is written for the test, names and numbers made up): a mass
organisation prints its own name where the motto stands, beside the issuer's line that ends on the same name; a site
copies that row as one line ("… HỘI NÔNG DÂN VIỆT NAM HỘI NÔNG DÂN VIỆT NAM"). Two bodies of one kind in two provinces
make a joint plan, each column naming its body over its province; with the gaps lost the rows read "SỞ TƯ PHÁP SỞ TƯ
PHÁP" / "TỈNH LÀO CAI TỈNH YÊN BÁI". A joint plan's signatures in a Word or web table may take a row for the posts
("GIÁM ĐỐC SỞ Y TẾ" | "GIÁM ĐỐC SỞ TÀI CHÍNH"), one for the signed mark or the space, one for the names.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process
from test_meta_s54 import MOTTO

BODY = ["KẾ HOẠCH", "Phối hợp tuyên truyền năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả phối hợp.",
        "II. NHIỆM VỤ", "1. Rà soát quy chế phối hợp."]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Mẫu"]


def _meta(tmp_path, lines: list[str], form: str):
    return process(write_in_form(tmp_path, lines, form)).metadata


# --- 1. a body's name printed twice at the end of the header's first row (the name in the motto's place beside the
# issuer's line that ends on it): the base gave the name twice in the issuer
@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("rows, issuer", [
    (["BAN CHẤP HÀNH TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM HỘI NÔNG DÂN VIỆT NAM", "***"],
     ("BAN CHẤP HÀNH TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM", None)),
    (["TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "***"],
     ("TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", None)),
    (["ỦY BAN NHÂN DÂN TỈNH LÀO CAI " + MOTTO[0], "SỞ TƯ PHÁP SỞ TƯ PHÁP " + MOTTO[1]],
     ("SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")),
    (["SỞ TƯ PHÁP SỞ TƯ PHÁP", *MOTTO], ("SỞ TƯ PHÁP", None)),
])
def test_a_body_s_name_printed_twice_at_a_row_s_end_is_taken_once(tmp_path, rows, issuer, form):
    meta = _meta(tmp_path, [*rows, "Số: 45/KH-HND", "Hà Nội, ngày 12 tháng 3 năm 2026", *BODY, *CLOSING], form)
    assert ((meta.issuer.name, meta.issuer.parent), meta.issuer.joint, meta.issued_date) == (issuer, [], "2026-03-12")


# --- 2. one kind of body twice over two places, the gaps between the columns lost: the base ran the two rows into one
# issuer ("SỞ TƯ PHÁP SỞ TƯ PHÁP TỈNH LÀO CAI TỈNH YÊN BÁI"); one body in both columns was a joint of one body twice
SAME_KIND = {
 "a_department_of_two_provinces": (["SỞ TƯ PHÁP SỞ TƯ PHÁP", "TỈNH LÀO CAI TỈNH YÊN BÁI"],
                                   ["SỞ TƯ PHÁP TỈNH LÀO CAI", "SỞ TƯ PHÁP TỈNH YÊN BÁI"]),
 "two_provinces_committees": (["ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI TỈNH KON TUM"],
                              ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN TỈNH KON TUM"]),
 "a_union_of_two_provinces": (["HỘI NÔNG DÂN HỘI NÔNG DÂN", "TỈNH BẮC NINH TỈNH BẮC GIANG"],
                              ["HỘI NÔNG DÂN TỈNH BẮC NINH", "HỘI NÔNG DÂN TỈNH BẮC GIANG"]),
 "one_body_in_both_columns": (["SỞ TƯ PHÁP SỞ TƯ PHÁP", "TỈNH LÀO CAI TỈNH LÀO CAI"], ["SỞ TƯ PHÁP TỈNH LÀO CAI"]),
 # review (s59): the two places open with units of other kinds, or an abbreviation (the branch's first reading took the
 # name once and ran both places on: "SỞ TƯ PHÁP TỈNH LÀO CAI THÀNH PHỐ HÀ NỘI")
 "a_province_and_a_city": (["SỞ TƯ PHÁP SỞ TƯ PHÁP", "TỈNH LÀO CAI THÀNH PHỐ HÀ NỘI"],
                           ["SỞ TƯ PHÁP TỈNH LÀO CAI", "SỞ TƯ PHÁP THÀNH PHỐ HÀ NỘI"]),
 "a_city_abbreviated": (["SỞ Y TẾ SỞ Y TẾ", "TP. HỒ CHÍ MINH TỈNH ĐỒNG NAI"], ["SỞ Y TẾ TP. HỒ CHÍ MINH", "SỞ Y TẾ TỈNH ĐỒNG NAI"]),
 # read right on the base, a guard: two kinds over one place
 "two_kinds_over_one_place": (["SỞ TƯ PHÁP SỞ NỘI VỤ", "TỈNH LÀO CAI TỈNH LÀO CAI"],
                              ["SỞ TƯ PHÁP TỈNH LÀO CAI", "SỞ NỘI VỤ TỈNH LÀO CAI"]),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("name", SAME_KIND)
def test_one_kind_of_body_twice_over_two_places(tmp_path, name, form):
    rows, bodies = SAME_KIND[name]
    header = [f"{row} {motto}" for row, motto in zip(rows, MOTTO)]
    meta = _meta(tmp_path, [*header, "Số: 05/KHLT-STP", "Lào Cai, ngày 10 tháng 4 năm 2026", *BODY, *CLOSING], form)
    assert (meta.issuer.name, meta.issuer.joint) == (bodies[0], bodies if len(bodies) > 1 else [])


# review (s59): one kind twice over two places of which one is no place the registry knows: the name is two columns',
# never taken once with both places run on ("SỞ Y TẾ TỈNH LÀO CAI TỈNH MẪU THỬ", the branch's first reading)
UNREAD_PLACES = ["SỞ Y TẾ SỞ Y TẾ", "TỈNH LÀO CAI TỈNH MẪU THỬ"]


@pytest.mark.parametrize("form", ["text", "html"])
def test_one_kind_twice_over_places_that_cannot_be_parted_is_not_one_body(tmp_path, form):
    header = [f"{row} {motto}" for row, motto in zip(UNREAD_PLACES, MOTTO)]
    meta = _meta(tmp_path, [*header, "Số: 05/KHLT-SYT", "Lào Cai, ngày 10 tháng 4 năm 2026", *BODY, *CLOSING], form)
    assert meta.issuer.name != "SỞ Y TẾ TỈNH LÀO CAI TỈNH MẪU THỬ"


# s60: fixed (null and issuer_columns_run_together); tests/test_meta_s60.py has the variants
def test_one_kind_twice_over_places_that_cannot_be_parted_gives_no_issuer(tmp_path):
    header = [f"{row} {motto}" for row, motto in zip(UNREAD_PLACES, MOTTO)]
    meta = _meta(tmp_path, [*header, "Số: 05/KHLT-SYT", "Lào Cai, ngày 10 tháng 4 năm 2026", *BODY, *CLOSING], "text")
    assert meta.issuer.name is None


# --- 3. a joint closing's table whose first row prints each post with its unit over a row of names (a row of signed
# marks or of space between them): the base kept it as a table of data and read no signer
JOINT_HEADER = ["SỞ Y TẾ - SỞ TÀI CHÍNH", "Số: 12/KHLT-SYT-STC", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026", *BODY,
                "Nơi nhận:", "- Như trên;", "- Lưu: VT."]
POSTS = ["GIÁM ĐỐC SỞ Y TẾ", "GIÁM ĐỐC SỞ TÀI CHÍNH"]
NAMES = ["Trần Văn Mẫu", "Lê Thị Thử"]


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("rows, signers", [
    ([POSTS, NAMES], [("Trần Văn Mẫu", "Giám đốc Sở Y tế"), ("Lê Thị Thử", "Giám đốc Sở Tài chính")]),
    ([POSTS, ["(Đã ký)", "(Đã ký)"], NAMES], [("Trần Văn Mẫu", "Giám đốc Sở Y tế"), ("Lê Thị Thử", "Giám đốc Sở Tài chính")]),
    ([POSTS, ["", ""], NAMES], [("Trần Văn Mẫu", "Giám đốc Sở Y tế"), ("Lê Thị Thử", "Giám đốc Sở Tài chính")]),
    ([["BỘ TRƯỞNG BỘ Y TẾ", "BỘ TRƯỞNG BỘ TÀI CHÍNH"], NAMES],
     [("Trần Văn Mẫu", "Bộ trưởng Bộ Y tế"), ("Lê Thị Thử", "Bộ trưởng Bộ Tài chính")]),
    ([[*POSTS, "GIÁM ĐỐC SỞ NỘI VỤ"], [*NAMES, "Hồ Văn Nháp"]],
     [("Trần Văn Mẫu", "Giám đốc Sở Y tế"), ("Lê Thị Thử", "Giám đốc Sở Tài chính"), ("Hồ Văn Nháp", "Giám đốc Sở Nội vụ")]),
    # read right on the base, a guard: the prefix's row makes the table a closing already
    ([["KT. GIÁM ĐỐC SỞ Y TẾ", "KT. GIÁM ĐỐC SỞ TÀI CHÍNH"], ["PHÓ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], NAMES],
     [("Trần Văn Mẫu", "Phó Giám đốc Sở Y tế"), ("Lê Thị Thử", "Phó Giám đốc Sở Tài chính")]),
])
def test_a_joint_closing_table_of_posts_over_names(tmp_path, rows, signers, form):
    meta = process(write_with_table(tmp_path, JOINT_HEADER, rows, [], form)).metadata
    assert [(s.name, s.title) for s in (meta.signer, *meta.co_signers)] == signers
    assert meta.recipients == ["Như trên", "Lưu: VT"]


# review (s59): a small task table (four rows or fewer) that names a lead by its post and unit in capitals is data, not a
# joint closing; only a row whose every cell (two or more) opens on a post is one. The branch's first reading (any such
# line) unfolded these tables and lost their tasks
TASK_TABLE_BEFORE = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026",
                     "KẾ HOẠCH", "Thực hiện quy chế năm 2026", "I. MỤC ĐÍCH", "1. Nâng cao hiệu quả.", "II. NHIỆM VỤ",
                     "Các nhiệm vụ cụ thể như sau:"]
TASK_TABLE_AFTER = ["III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Mẫu"]


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("rows", [
    [["STT", "NHIỆM VỤ", "CHỦ TRÌ"], ["1", "Rà soát quy chế phối hợp", "GIÁM ĐỐC SỞ Y TẾ"],
     ["2", "Tổ chức tập huấn", "GIÁM ĐỐC SỞ NỘI VỤ"]],
    [["NHIỆM VỤ", "CHỦ TỊCH UBND HUYỆN", "THỜI GIAN"], ["Rà soát quy chế phối hợp", "Chủ trì", "Tháng 6/2026"],
     ["Tổ chức tập huấn", "Phối hợp", "Quý III/2026"]],
    [["Nhiệm vụ", "Chủ trì"], ["Rà soát quy chế phối hợp", "GIÁM ĐỐC SỞ Y TẾ"], ["Tổ chức tập huấn", "GIÁM ĐỐC SỞ NỘI VỤ"]],
])
def test_a_small_task_table_naming_posts_stays_a_table(tmp_path, rows, form):
    doc = process(write_with_table(tmp_path, TASK_TABLE_BEFORE, rows, TASK_TABLE_AFTER, form))
    assert [task.content for task in doc.tasks] == ["Rà soát quy chế phối hợp", "Tổ chức tập huấn"]
    assert (doc.metadata.signer.name, doc.metadata.co_signers) == ("Trần Văn Mẫu", [])


# --- 4. a joint document's signature rows flattened, each name after its rank or degree ("Đại tá Trần Văn Mẫu Đại tá
# Lê Văn Thử"), or the ranks on a row of their own: the base read no signer (or no names)
RANKED_HEADER = ["CÔNG AN TỈNH - BỘ CHỈ HUY QUÂN SỰ TỈNH", "Số: 12/KHLT-CAT-BCH", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026",
                 *BODY, "Nơi nhận:", "- Như trên;", "- Lưu: VT."]
POSTS_RUN_TOGETHER = "GIÁM ĐỐC CÔNG AN TỈNH CHỈ HUY TRƯỞNG BỘ CHỈ HUY QUÂN SỰ TỈNH"
RANKED_SIGNERS = [("Trần Văn Mẫu", "Giám đốc Công an tỉnh"), ("Lê Văn Thử", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("lines, signers", [
    ([POSTS_RUN_TOGETHER, "Đại tá Trần Văn Mẫu Đại tá Lê Văn Thử"], RANKED_SIGNERS),
    ([POSTS_RUN_TOGETHER, "Đại tá Đại tá", "Trần Văn Mẫu Lê Văn Thử"], RANKED_SIGNERS),
    ([POSTS_RUN_TOGETHER, "Đại tá Trần Văn Mẫu Lê Văn Thử"], RANKED_SIGNERS),
    (["GIÁM ĐỐC SỞ Y TẾ GIÁM ĐỐC SỞ TÀI CHÍNH", "PGS.TS Trần Văn Mẫu TS. Lê Văn Thử"],
     [("Trần Văn Mẫu", "Giám đốc Sở Y tế"), ("Lê Văn Thử", "Giám đốc Sở Tài chính")]),
    (["KT. GIÁM ĐỐC KT. CHỈ HUY TRƯỞNG", "PHÓ GIÁM ĐỐC PHÓ CHỈ HUY TRƯỞNG", "Thượng tá Trần Văn Mẫu Thượng tá Lê Văn Thử"],
     [("Trần Văn Mẫu", "Phó Giám đốc"), ("Lê Văn Thử", "Phó Chỉ huy trưởng")]),
    # read right on the base, guards: no rank; names that part two ways after a rank give no signer
    ([POSTS_RUN_TOGETHER, "Trần Văn Mẫu Lê Văn Thử"], RANKED_SIGNERS),
    (["GIÁM ĐỐC SỞ Y TẾ GIÁM ĐỐC SỞ TÀI CHÍNH", "Đại tá Lê Mẫu Hà Mai Thị Thử"], [(None, None)]),
])
def test_joint_signature_rows_flattened_with_ranks(tmp_path, lines, signers, form):
    meta = _meta(tmp_path, [*RANKED_HEADER, *lines], form)
    assert [(s.name, s.title) for s in (meta.signer, *meta.co_signers)] == signers


# --- 5. a province's organisation beside its national name in the motto's place, the row copied as one line: the
# national name is read as the body and the province's as its parent (main too; a table's cells read right)
# s60: fixed (metadata._national_name_beside_its_branch); tests/test_meta_s60.py has the variants
@pytest.mark.parametrize("first_row, issuer", [
    ("HỘI NÔNG DÂN TỈNH NGHỆ AN HỘI NÔNG DÂN VIỆT NAM", "HỘI NÔNG DÂN TỈNH NGHỆ AN"),
    ("HỘI CCB TỈNH NGHỆ AN HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CCB TỈNH NGHỆ AN"),
])
def test_a_province_s_organisation_beside_its_national_name(tmp_path, first_row, issuer):
    meta = _meta(tmp_path, [first_row, "***", "Số: 45-KH/HND", "Nghệ An, ngày 12 tháng 3 năm 2026", *BODY, *CLOSING], "text")
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, None)


# --- 6. a cited document whose day is left blank ("ngày   /5/2025", "ngày … tháng 5 năm 2025"): the date is null with
# citation_date_unreadable, and the issuer after it is still read (the base lost it: the unreadable date took the space
# before "của"; a blank day in words gave no warning either)
CITING_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 12/KH-UBND", *MOTTO, "Quảng Ngãi, ngày 5 tháng 3 năm 2026",
                 "KẾ HOẠCH", "Thực hiện quy chế năm 2026"]


@pytest.mark.parametrize("form", ["text", "docx", "pdf"])
@pytest.mark.parametrize("date", ["ngày   /5/2025", "ngày __/5/2025", "ngày …/5/2025", "ngày ... /5/2025", "ngày    tháng 5 năm 2025",
                                  "ngày … tháng 5 năm 2025", "ngày 12/5"])
def test_a_cited_document_whose_day_is_blank_keeps_its_issuer(tmp_path, date, form):
    lines = [*CITING_HEADER, f"Thực hiện Quyết định số 1234/QĐ-UBND {date} của UBND tỉnh về ban hành quy chế;",
             "I. MỤC ĐÍCH", "1. Nâng cao hiệu quả.", *CLOSING]
    doc = process(write_in_form(tmp_path, lines, form))
    cited = [(c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents]
    assert cited == [("1234/QĐ-UBND", None, "UBND tỉnh")]
    assert "citation_date_unreadable" in [w.code for w in doc.warnings]
