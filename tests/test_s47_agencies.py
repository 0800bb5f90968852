"""Bodies in task cells and prose duties, fifth round (s47): wrong values the s46 audit of real documents found.

Every cell and sentence below is written for the test, in the forms plans print their agency cells and their duties
(none copied from a document). What the code read wrong before:
- a name printed with its abbreviation after it ("Ủy ban nhân dân UBND cấp xã", "Hội đồng nhân dân (HĐND) tỉnh"):
  cut at the abbreviation into two bodies, the first the province's people's committee; now one name, its level kept;
- an address chain ("Phòng 5, Cục …, Bộ Công an"; "Đội 2, Phòng PC04, Công an tỉnh"): one lead per link; now one body
  named as printed (unresolved), never the parent and the grandparent as leads;
- a collective with a qualifying clause ("Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước"): cut to the
  generic "các cơ quan, đơn vị liên quan"; now kept whole, unresolved;
- a cell that is a clause: a case ("Trường hợp phát hiện …"), a reference ("Theo phân công tại Quyết định số …") named
  as a lead; a body followed by its verb ("Bộ Quốc phòng dự kiến mục tiêu …", "Đoàn kiểm tra được …") lost;
- the tax authority of 2025 ("Thuế tỉnh", "Thuế cơ sở 2") not read as a body's start: "Sở Tài chính, Thuế tỉnh" one
  unresolved name, a duty's "phối hợp với Thuế tỉnh, …" with no support;
- a place word printed once at a list's end ("Đảng ủy, HĐND, UBND xã") and a plural head shared with no colon ("Các
  Chi cục Thuế, Hải quan");
- "Yêu cầu các đơn vị …" under a body's heading: the object of the request as the lead, the heading's body lost.
Guards, read right before and kept: lists of peers, names the registry knows with commas, collectives with a role
clause, a body and its role clause.
"""

from __future__ import annotations

import pytest

from pipeline.stages.agencies import agencies_by_role, is_recipient_body, resolve_names, split_agencies
from conftest import write_with_table
from page_fields import processed
from pipeline.run import process

LC = "lao-cai"
LD = "lam-dong"


def _read(cell: str, place: str = LC, column: str = "lead") -> list[str]:
    """"role:agency id" for each body of a cell, "role:?name as printed" for one that does not resolve."""
    return [f"{role}:{m.agency_id or '?' + m.name}" for role, names in agencies_by_role(cell, column).items()
            for m in resolve_names(names, place, True, False)]


# --- 1. a name then its abbreviation: one name, its level kept
DOUBLED = [
    ("Ủy ban nhân dân UBND cấp xã", LC, ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Ủy ban nhân dân (UBND) cấp xã", LC, ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Ủy ban nhân dân UBND các xã, phường", LD, ["lead:lam-dong/uy-ban-nhan-dan-cap-xa"]),
    ("Hội đồng nhân dân HĐND tỉnh", LC, ["lead:lao-cai/hoi-dong-nhan-dan"]),
    ("Ủy ban nhân dân UBND tỉnh, Sở Y tế", LC, ["lead:lao-cai/uy-ban-nhan-dan", "lead:lao-cai/so-y-te"]),
    ("Sở Tài chính; Ủy ban nhân dân (UBND) cấp xã", LD,
     ["lead:lam-dong/so-tai-chinh", "lead:lam-dong/uy-ban-nhan-dan-cap-xa"]),
]


@pytest.mark.parametrize(("cell", "place", "expected"), DOUBLED)
def test_a_name_with_its_abbreviation_is_one_body(cell, place, expected):
    assert _read(cell, place) == expected


@pytest.mark.parametrize("cell", ["Chủ tịch Ủy ban nhân dân UBND cấp xã", "Ủy ban nhân dân UBND cấp xã"])
def test_never_the_province_s_committee_from_a_doubled_name(cell):
    assert "lead:lao-cai/uy-ban-nhan-dan" not in _read(cell)


# --- 2. an address chain: one body, as printed
CHAINS = [
    "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
    "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an - đơn vị thường trực",
    "Đội 2, Phòng Cảnh sát kinh tế, Công an tỉnh",
    "Đội Kiểm soát, Chi cục Quản lý thị trường, Cục Quản lý thị trường, Bộ Công Thương",
    "Phòng Tổng hợp, Vụ Kế hoạch - Tài chính, Bộ Nội vụ",
    "Tổ công tác, Phòng PC04, Công an tỉnh",
    "Trạm Kiểm lâm, Chi cục Kiểm lâm, Sở Nông nghiệp và Môi trường",
]


@pytest.mark.parametrize("cell", CHAINS)
def test_an_address_chain_is_one_body(cell):
    names = split_agencies(cell)
    assert len(names) == 1 and names[0].startswith(cell.split(",")[0])
    assert len(_read(cell)) == 1


@pytest.mark.parametrize(("cell", "expected"), [
    ("Sở Y tế - đơn vị đầu mối, Sở Tài chính", ["lead:lao-cai/so-y-te", "lead:lao-cai/so-tai-chinh"]),
    ("Công an tỉnh – cơ quan thường trực", ["lead:lao-cai/cong-an"]),
    ("Sở Nội vụ - cơ quan thường trực; Sở Tư pháp", ["lead:lao-cai/so-noi-vu", "lead:lao-cai/so-tu-phap"]),
])
def test_a_kind_in_apposition_after_a_dash_is_no_body(cell, expected):
    assert _read(cell) == expected


def test_the_apposition_is_the_remark_and_the_name_as_printed():
    first = resolve_names(split_agencies("Sở Y tế - đơn vị đầu mối, Sở Tài chính"), LC, True, False)[0]
    assert (first.name, first.agency_id, first.remark) == ("Sở Y tế - đơn vị đầu mối", "lao-cai/so-y-te", "đơn vị đầu mối")


PEERS = [
    ("Sở Tài chính, Sở Xây dựng, Công an tỉnh", LC,
     ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/so-xay-dung", "lead:lao-cai/cong-an"]),
    ("Bộ Công an, Bộ Quốc phòng, Bộ Tài chính", LC,
     ["lead:viet-nam/bo-cong-an", "lead:viet-nam/bo-quoc-phong", "lead:viet-nam/bo-tai-chinh"]),
    ("Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Quốc phòng", LC,
     ["lead:viet-nam/cuc-canh-sat-dieu-tra-toi-pham-ve-ma-tuy-bo-cong-an", "lead:viet-nam/bo-quoc-phong"]),
    ("Sở Y tế, Sở Nội vụ, Bộ Y tế", LC, ["lead:lao-cai/so-y-te", "lead:lao-cai/so-noi-vu", "lead:viet-nam/bo-y-te"]),
]


@pytest.mark.parametrize(("cell", "place", "expected"), PEERS)
def test_a_list_of_peers_stays_a_list(cell, place, expected):
    assert _read(cell, place) == expected


# --- 3. a collective with a qualifying clause: not the generic collective
QUALIFIED = [
    "Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước",
    "Các cơ quan, đơn vị được giao vốn đầu tư công",
    "các cơ quan, đơn vị được phân bổ kinh phí",
    "Các đơn vị trực tiếp quản lý tài sản công",
    "Các sở, ngành được giao nhiệm vụ tại Phụ lục",
]


@pytest.mark.parametrize("cell", QUALIFIED)
def test_a_qualified_collective_is_not_the_generic_one(cell):
    read = _read(cell)
    assert read == [f"lead:?{cell}"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Các cơ quan, đơn vị liên quan", ["lead:lao-cai/cac-co-quan-don-vi-lien-quan"]),
    ("UBND các xã, phường trực tiếp triển khai", ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Sở Tài chính được giao chủ trì", ["lead:lao-cai/so-tai-chinh"]),
    ("Các cơ quan, đơn vị được", ["lead:?Các cơ quan, đơn vị được"]),  # a prose subject cut at "… được phân công"
])
def test_a_role_clause_is_still_cut(cell, expected):
    assert _read(cell) == expected


# --- 4. cells that are clauses
NO_BODY = [
    "Trường hợp phát hiện sai phạm, Đoàn kiểm tra lập biên bản",
    "Trường hợp cần thiết, Sở Công Thương báo cáo UBND tỉnh",
    "Theo phân công tại Quyết định số 15/QĐ-UBND ngày 02/3/2026 của Chủ tịch UBND tỉnh",
    "Theo phân công tại Phương án số 88/PA-UBND ngày 10/4/2026",
    "Như phân công tại Kế hoạch số 7/KH-UBND",
    "- Theo Quyết định số 20/QĐ-UBND của UBND tỉnh",
    "Căn cứ chức năng, nhiệm vụ được giao",
    "Nếu có phát sinh, các đơn vị báo cáo",
]


@pytest.mark.parametrize("cell", NO_BODY)
def test_a_clause_or_a_reference_names_no_lead(cell):
    assert split_agencies(cell) == []
    assert _read(cell) == []


@pytest.mark.parametrize(("cell", "expected"), [
    ("Bộ Quốc phòng dự kiến mục tiêu, nhiệm vụ", ["lead:viet-nam/bo-quoc-phong"]),
    ("Sở Y tế dự kiến danh mục", ["lead:lao-cai/so-y-te"]),
    ("Đoàn kiểm tra được thành lập theo Quyết định", ["lead:?Đoàn kiểm tra"]),
    ("Công an tỉnh được giao chủ trì", ["lead:lao-cai/cong-an"]),
    ("Trường Đại học Y Dược", ["lead:?Trường Đại học Y Dược"]),
])
def test_a_body_before_its_verb_is_kept(cell, expected):
    assert _read(cell) == expected


# --- 5. the tax authority of 2025
TAX = [
    ("Sở Tài chính, Thuế tỉnh, Công an tỉnh", LC, ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/thue", "lead:lao-cai/cong-an"]),
    ("Thuế tỉnh, Sở Tài chính", LD, ["lead:lam-dong/thue", "lead:lam-dong/so-tai-chinh"]),
    ("Sở Công Thương; Thuế tỉnh Lâm Đồng", LD, ["lead:lam-dong/so-cong-thuong", "lead:lam-dong/thue"]),
    ("Sở Nội vụ\nThuế tỉnh", LC, ["lead:lao-cai/so-noi-vu", "lead:lao-cai/thue"]),
    ("- Sở Tài chính - Thuế tỉnh", LC, ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/thue"]),
]


@pytest.mark.parametrize(("cell", "place", "expected"), TAX)
def test_the_tax_authority_starts_a_body(cell, place, expected):
    assert _read(cell, place) == expected


def test_a_tax_s_cell_in_both_roles():
    assert _read("Sở Tài chính (chủ trì), Thuế tỉnh, Công an tỉnh", LC, "lead") == [
        "lead:lao-cai/so-tai-chinh", "support:lao-cai/thue", "support:lao-cai/cong-an"]


@pytest.mark.parametrize("text", ["Thuế thu nhập cá nhân", "Thuế giá trị gia tăng", "Thuế TNDN", "Hải quan Việt Nam"])
def test_a_tax_s_name_is_no_body(text):
    assert split_agencies(f"Sở Tài chính, {text}") == [f"Sở Tài chính, {text}"]


# --- 6. a place word or a plural head printed once
SHARED = [
    ("Đảng ủy, HĐND, UBND xã", ["Đảng ủy xã", "HĐND xã", "UBND xã"]),
    ("Đảng ủy, HĐND, UBND phường", ["Đảng ủy phường", "HĐND phường", "UBND phường"]),
    ("Đảng ủy, HĐND, UBND phường Xuân Hương", ["Đảng ủy phường Xuân Hương", "HĐND phường Xuân Hương",
                                              "UBND phường Xuân Hương"]),
    ("HĐND, UBND xã", ["HĐND xã", "UBND xã"]),
    ("Các Chi cục Thuế, Hải quan", ["Các Chi cục Thuế", "Các Chi cục Hải quan"]),
    ("Các Phòng Kinh tế, Nội vụ", ["Phòng Kinh tế", "Phòng Nội vụ"]),  # names the registry knows
]


@pytest.mark.parametrize(("cell", "expected"), SHARED)
def test_a_word_printed_once_is_each_body_s(cell, expected):
    assert split_agencies(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("Sở Y tế, Công an xã", ["Sở Y tế", "Công an xã"]),
    ("Sở Tài chính, Sở Xây dựng, Công an tỉnh", ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]),
    ("Các Sở, ban, ngành", ["Các Sở, ban, ngành"]),
    ("Sở Công thương, UBND huyện", ["Sở Công thương", "UBND huyện"]),
    ("Trung tâm Phục vụ hành chính công, UBND xã", ["Trung tâm Phục vụ hành chính công", "UBND xã"]),
    ("Phòng Văn hóa - Xã hội, Phòng Kinh tế, Công an xã", ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã"]),
])
def test_no_word_is_shared_where_the_items_have_their_own(cell, expected):
    assert split_agencies(cell) == expected


# --- prose duties: the same classes in sentences, a province's plan read whole
_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 41/KH-UBND", "Lào Cai, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Tăng cường quản lý khoáng sản năm 2026",
         "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu lực quản lý nhà nước.", "II. TỔ CHỨC THỰC HIỆN"]


def _duties(tmp_path, items: list[str]) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(_HEAD + items) + "\n", encoding="utf-8")
    return [(a.role, a.agency.name, a.agency.agency_id) for a in process(path).assignments]


def test_a_request_under_a_body_s_heading_is_that_body_s(tmp_path):
    found = _duties(tmp_path, ["1. Sở Nông nghiệp và Môi trường",
                               "- Yêu cầu các đơn vị hoạt động khai thác khoáng sản lắp đặt thiết bị giám sát.",
                               "- Yêu cầu các doanh nghiệp báo cáo định kỳ hằng quý."])
    assert found == [("lead", "Sở Nông nghiệp và Môi trường", "lao-cai/so-nong-nghiep-va-moi-truong")] * 2


def test_a_request_with_no_body_above_keeps_its_bodies(tmp_path):
    found = _duties(tmp_path, ["1. Yêu cầu các sở, ban, ngành triển khai thực hiện Kế hoạch này."])
    assert [name for _, name, _ in found] == ["các sở, ban, ngành"]


@pytest.mark.parametrize("support", ["Thuế tỉnh, Sở Công Thương, Sở Xây dựng", "Thuế cơ sở 2, Sở Xây dựng"])
def test_a_duty_s_partners_start_with_the_tax_authority(tmp_path, support):
    found = _duties(tmp_path, ["1. Sở Nông nghiệp và Môi trường",
                               f"- Chủ trì, phối hợp với {support} triển khai các biện pháp kiểm soát sản lượng."])
    assert [(role, name) for role, name, _ in found[1:]] == [("support", name.strip()) for name in support.split(",")]


def test_a_duty_s_subject_with_its_abbreviation(tmp_path):
    found = _duties(tmp_path, ["1. Chủ tịch Ủy ban nhân dân UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh về "
                               "tình trạng khai thác trái phép."])
    assert [(name, agency) for _, name, agency in found] == [
        ("Ủy ban nhân dân UBND cấp xã", "lao-cai/uy-ban-nhan-dan-cap-xa")]


def test_a_section_headed_by_the_tax_authority(tmp_path):
    found = _duties(tmp_path, ["1. Thuế tỉnh", "- Tổ chức kiểm tra, đối chiếu khối lượng kê khai."])
    assert found == [("lead", "Thuế tỉnh", "lao-cai/thue")]


# --- 7. the archive line is no recipient body
@pytest.mark.parametrize("line", ["Lưu: VT, KT", "Lưu: VT, NC.", "Lưu VT, TH", "Luu: VT", "Lưu: VT, Vụ TCCB"])
def test_the_archive_line_is_no_body(line):
    assert not is_recipient_body(line)


# --- a task table: a lead cell that refers elsewhere, in a text copy and in HTML
_TABLE_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Số: 52/KH-UBND", "Lâm Đồng, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
               "Cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm các nhiệm vụ được triển khai.",
               "II. NHIỆM VỤ"]
_TABLE_END = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
              "PHÓ CHỦ TỊCH", "Trần Minh Đức"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("cell", ["Theo phân công tại Quyết định số 77/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND tỉnh",
                                  "Theo phân công tại Phương án số 12/PA-UBND"])
def test_a_lead_cell_that_refers_elsewhere_leaves_the_lead_empty_and_warns(tmp_path, form, cell):
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["I", "Nhiệm vụ do Sở Nội vụ chủ trì", "", "", ""],
            ["1", "Rà soát thủ tục hành chính", cell, "Sở Tư pháp", "Quý II/2026"],
            ["2", "Cắt giảm thủ tục hành chính", "Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước",
             "Sở Tài chính", "Quý III/2026"]]
    doc = process(write_with_table(tmp_path, _TABLE_HEAD, rows, _TABLE_END, form)) if form != "text" else \
        processed(tmp_path, _TABLE_HEAD + [" | ".join(row) + " |" for row in rows] + _TABLE_END, form)
    first, second = doc.tasks[-2:]
    assert first.lead == [] and [m.agency_id for m in first.support] == ["lam-dong/so-tu-phap"]
    assert [w.code for w in doc.warnings if first.id in w.message] == ["task_lead_not_a_body"]
    assert [(m.name, m.agency_id) for m in second.lead] == [
        ("Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước", None)]
