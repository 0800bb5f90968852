"""Review of the s47-agaudit rules for bodies in task cells (s48): variants where a rule read a confident wrong value or
lost a right one, each written for the test in the forms plans print their agency cells (none copied from a document).

What the merged rules read wrong, now narrowed:
- unit_chain: a list of peers of rising kinds ("Phòng Cảnh sát kinh tế, Sở Tài chính, UBND tỉnh"; "Chi cục Thuế khu
  vực, Sở Tài chính, Bộ Tài chính"; "Trung tâm Y tế, Sở Y tế, UBND huyện") read as one address, unresolved: every
  body of the list lost. A people's committee is no link of an address, and a province's department only ends one;
- clause_openings: a clause that hands over to the bodies it names ("Theo chức năng, nhiệm vụ: Sở Y tế, Sở Xây
  dựng"; "Căn cứ chức năng, nhiệm vụ, các sở, ngành"; "Trường hợp có sự cố: Sở Xây dựng") read as no body at all:
  the lead left empty where the cell names it;
- the apposition after a dash: "Sở Tài chính - cơ quan Thuế" lost the tax authority (a kind word before a name in
  capitals is a body, not a remark);
- a name printed with its abbreviation inside a list joined by "và" ("Sở Y tế và Ủy ban nhân dân UBND cấp xã"): one
  unresolved name, both bodies lost.
Guards: what the s47 rules read right stays (an address chain, a case's sentence, a reference, a remark).
"""

from __future__ import annotations

import pytest

from conftest import write_with_table
from page_fields import processed
from pipeline.run import process
from pipeline.stages.agencies import agencies_by_role, resolve_names, split_agencies

LC = "lao-cai"
LD = "lam-dong"


def _read(cell: str, place: str = LC, column: str = "lead") -> list[str]:
    """"role:agency id" for each body of a cell, "role:?name as printed" for one that does not resolve."""
    return [f"{role}:{m.agency_id or '?' + m.name}" for role, names in agencies_by_role(cell, column).items()
            for m in resolve_names(names, place, True, False)]


# --- 1. lists of peers of rising kinds are no address chain
PEERS_OF_RISING_KINDS = [
    ("Phòng Cảnh sát kinh tế, Sở Tài chính, UBND tỉnh",
     ["lead:?Phòng Cảnh sát kinh tế", "lead:lao-cai/so-tai-chinh", "lead:lao-cai/uy-ban-nhan-dan"]),
    ("Chi cục Kiểm lâm, Sở Tài chính, UBND cấp xã",
     ["lead:?Chi cục Kiểm lâm", "lead:lao-cai/so-tai-chinh", "lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Trung tâm Công nghệ thông tin, Sở Khoa học và Công nghệ, Ủy ban nhân dân các xã",
     ["lead:?Trung tâm Công nghệ thông tin", "lead:lao-cai/so-khoa-hoc-va-cong-nghe",
      "lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Phòng Kinh tế, Sở Công Thương, UBND xã", ["lead:?Phòng Kinh tế", "lead:lao-cai/so-cong-thuong", "lead:?UBND xã"]),
    ("Đội Quản lý thị trường số 1, Sở Công Thương, UBND các xã",
     ["lead:?Đội Quản lý thị trường số 1", "lead:lao-cai/so-cong-thuong", "lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Chi cục Thuế khu vực, Sở Tài chính, Bộ Tài chính",
     ["lead:?Chi cục Thuế khu vực", "lead:lao-cai/so-tai-chinh", "lead:viet-nam/bo-tai-chinh"]),
    ("Phòng Quản lý ngân sách, Sở Tài chính, UBND tỉnh",
     ["lead:?Phòng Quản lý ngân sách", "lead:lao-cai/so-tai-chinh", "lead:lao-cai/uy-ban-nhan-dan"]),
]


@pytest.mark.parametrize(("cell", "expected"), PEERS_OF_RISING_KINDS)
def test_peers_of_rising_kinds_stay_a_list(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell", [
    "Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an",
    "Đội 2, Phòng Cảnh sát kinh tế, Công an tỉnh",
    "Trạm Kiểm lâm, Chi cục Kiểm lâm, Sở Nông nghiệp và Môi trường",
    "Đội Kiểm soát số 3, Chi cục Hải quan cửa khẩu, Cục Hải quan, Bộ Tài chính",
])
def test_an_address_chain_is_still_one_body(cell):
    assert split_agencies(cell) == [cell]
    assert _read(cell) == [f"lead:?{cell}"]


# --- 2. a clause that hands over to the bodies it names
HANDED_OVER = [
    ("Theo chức năng, nhiệm vụ: Sở Y tế, Sở Giáo dục và Đào tạo",
     ["lead:lao-cai/so-y-te", "lead:lao-cai/so-giao-duc-va-dao-tao"]),
    ("Căn cứ chức năng, nhiệm vụ, các sở, ngành", ["lead:lao-cai/cac-so-ban-nganh"]),
    ("Theo chức năng, nhiệm vụ, Sở Y tế chủ trì", ["lead:lao-cai/so-y-te"]),
    ("Theo phân công: Sở Nội vụ", ["lead:lao-cai/so-noi-vu"]),
    ("Trường hợp có sự cố: Sở Xây dựng", ["lead:lao-cai/so-xay-dung"]),
    ("Khi có yêu cầu: Công an tỉnh, Sở Y tế", ["lead:lao-cai/cong-an", "lead:lao-cai/so-y-te"]),
    ("- Theo Kế hoạch số 7/KH-UBND, Ủy ban nhân dân các xã, phường", ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
]


@pytest.mark.parametrize(("cell", "expected"), HANDED_OVER)
def test_a_clause_hands_over_to_the_bodies_it_names(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell", [
    "Theo phân công tại Quyết định số 15/QĐ-UBND ngày 02/3/2026 của Chủ tịch UBND tỉnh",
    "Theo chức năng, nhiệm vụ được giao",
    "Trường hợp cần thiết, Sở Công Thương báo cáo UBND tỉnh",  # a case's subject: no lead of the task
    "Nếu có phát sinh, các đơn vị báo cáo",
    "Trường hợp cần thiết: báo cáo UBND tỉnh",  # a colon before no body's name
    "Căn cứ Quyết định số 20/QĐ-UBND của UBND tỉnh",
])
def test_a_clause_naming_no_body_still_names_none(cell):
    assert split_agencies(cell) == []


# --- 3. a kind word before a name in capitals is a body, not a remark
@pytest.mark.parametrize(("cell", "expected"), [
    ("Sở Tài chính - cơ quan Thuế", ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/thue"]),
    ("Sở Tài chính – cơ quan Thuế, Sở Xây dựng", ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/thue",
                                                  "lead:lao-cai/so-xay-dung"]),
    # guards: a role in small letters stays the remark
    ("Bộ Công an - đơn vị thường trực", ["lead:viet-nam/bo-cong-an"]),
    ("Sở Y tế – cơ quan đầu mối, Sở Tài chính", ["lead:lao-cai/so-y-te", "lead:lao-cai/so-tai-chinh"]),
])
def test_a_kind_before_a_name_in_capitals_is_a_body(cell, expected):
    assert _read(cell) == expected


# --- 4. names printed with their abbreviation, several in one piece
@pytest.mark.parametrize(("cell", "expected"), [
    ("Sở Y tế và Ủy ban nhân dân UBND cấp xã", ["lead:lao-cai/so-y-te", "lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Ủy ban nhân dân UBND cấp xã và Công an tỉnh", ["lead:lao-cai/uy-ban-nhan-dan-cap-xa", "lead:lao-cai/cong-an"]),
    ("Ủy ban nhân dân (UBND) tỉnh và Ủy ban nhân dân (UBND) các xã",
     ["lead:lao-cai/uy-ban-nhan-dan", "lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Ủy ban nhân dân UBND tỉnh và các sở, ngành", ["lead:lao-cai/uy-ban-nhan-dan", "lead:lao-cai/cac-so-ban-nganh"]),
    # guards: one name with its abbreviation stays one body of its level
    ("Ủy ban nhân dân UBND cấp xã", ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Mặt trận Tổ quốc MTTQ tỉnh", ["lead:lao-cai/uy-ban-mat-tran-to-quoc-viet-nam"]),
])
def test_names_with_their_abbreviation_joined_by_va(cell, expected):
    assert _read(cell) == expected


# --- 5. the same cells in a plan's task table: a text copy, a Word file, a web page
_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Số: 64/KH-UBND", "Lâm Đồng, ngày 20 tháng 3 năm 2026", "KẾ HOẠCH",
         "Chống thất thu ngân sách năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm thu đúng, thu đủ.", "II. NHIỆM VỤ"]
_END = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT, KT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"]
_ROWS = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Rà soát nguồn thu từ đất", "Sở Nông nghiệp và Môi trường",
          "Chi cục Thuế khu vực, Sở Tài chính, Bộ Tài chính", "Quý II/2026"],
         ["2", "Kiểm tra hộ kinh doanh", "Theo chức năng, nhiệm vụ: Sở Công Thương, Sở Y tế",
          "Sở Tài chính - cơ quan Thuế", "Quý III/2026"],
         ["3", "Đối chiếu số liệu thu", "Căn cứ chức năng, nhiệm vụ, các sở, ngành",
          "Sở Y tế và Ủy ban nhân dân UBND cấp xã", "Hằng tháng"],
         ["4", "Xử lý vi phạm về thuế", "Trường hợp cần thiết, Sở Tài chính báo cáo UBND tỉnh",
          "Đội 2, Phòng Cảnh sát kinh tế, Công an tỉnh", "Khi có vi phạm"]]


def _tasks(tmp_path, form: str):
    if form == "text":
        doc = processed(tmp_path, _HEAD + [" | ".join(row) + " |" for row in _ROWS] + _END, form)
    else:
        doc = process(write_with_table(tmp_path, _HEAD, _ROWS, _END, form))
    return doc, doc.tasks[-4:]


def _ids(mentions) -> list[str]:
    return [m.agency_id or f"?{m.name}" for m in mentions]


@pytest.mark.parametrize("form", ["text", "docx", "html"])
def test_a_task_table_reads_the_bodies_the_rules_lost(tmp_path, form):
    doc, (peers, handed, collective, case) = _tasks(tmp_path, form)
    assert _ids(peers.lead) == ["lam-dong/so-nong-nghiep-va-moi-truong"]
    assert _ids(peers.support) == ["?Chi cục Thuế khu vực", "lam-dong/so-tai-chinh", "viet-nam/bo-tai-chinh"]
    assert _ids(handed.lead) == ["lam-dong/so-cong-thuong", "lam-dong/so-y-te"]
    assert _ids(handed.support) == ["lam-dong/so-tai-chinh", "lam-dong/thue"]
    assert _ids(collective.lead) == ["lam-dong/cac-so-ban-nganh"]
    assert _ids(collective.support) == ["lam-dong/so-y-te", "lam-dong/uy-ban-nhan-dan-cap-xa"]
    # guards: a case's sentence names no lead (warned), an address chain is one body as printed
    assert case.lead == [] and [w.code for w in doc.warnings if case.id in w.message] == ["task_lead_not_a_body"]
    assert _ids(case.support) == ["?Đội 2, Phòng Cảnh sát kinh tế, Công an tỉnh"]
    assert not [w for w in doc.warnings if w.code == "task_lead_not_a_body" and case.id not in w.message]
