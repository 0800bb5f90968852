"""Bodies "thuộc" another body, and plurals, in agency cells (s48): variants written for the test in the forms plans
print their cells (none copied from a document).

- "Các đơn vị thuộc Sở Y tế", "Đơn vị thuộc Bộ Công an", "Các cơ quan, đơn vị thuộc UBND tỉnh": the units under one
  body, a collective the registry does not hold. The name was cut after "thuộc" into the province's bodies ("Các cơ
  quan, đơn vị thuộc" is their alias) and the parent, a lead of its own: now one name, unresolved as printed (warned).
- "Các Chi cục Thuế, Hải quan" -> "Các Chi cục Hải quan", and "Các Sở Y tế": the registry drops "các" from a name's
  key, so a plural resolved to the province's one body of that name: now unresolved as printed.
Guards: the collectives the registry holds under "thuộc" ("Các cơ quan chuyên môn thuộc UBND tỉnh"), a name cut where
two bodies ran together, a list of one kind word's bodies ("Các Sở Tài chính, Tư pháp"), a body's own name.
"""

from __future__ import annotations

import pytest

from conftest import write_with_table
from page_fields import processed
from pipeline.run import process
from pipeline.stages.agencies import agencies_by_role, resolve_names

LC = "lao-cai"


def _read(cell: str, column: str = "lead", place: str = LC) -> list[str]:
    """"role:agency id" for each body of a cell, "role:?name as printed" for one that does not resolve."""
    return [f"{role}:{m.agency_id or '?' + m.name}" for role, names in agencies_by_role(cell, column).items()
            for m in resolve_names(names, place, True, False)]


# --- 1. the units under a body: one collective, never the province's bodies and the parent
UNITS_UNDER_A_BODY = [
    "Các đơn vị thuộc Sở Y tế",
    "Đơn vị thuộc Bộ Công an",
    "Các cơ quan, đơn vị thuộc UBND tỉnh",
    "Các đơn vị thuộc Ủy ban nhân dân tỉnh",
    "Các đơn vị thuộc Bộ Tài chính",
    "Các đơn vị thuộc Công an tỉnh",
    "Các phòng thuộc Sở Tài chính",
    "Các trung tâm thuộc Sở Y tế",
    "Các chi cục thuộc Sở Nông nghiệp và Môi trường",
    "Các trường thuộc Sở Giáo dục và Đào tạo",
    "Đơn vị sự nghiệp thuộc Sở Nội vụ",
    "Các đơn vị sự nghiệp thuộc Ban Quản lý các khu công nghiệp tỉnh",
    "Các phòng chuyên môn thuộc UBND cấp xã",
    "Các phòng thuộc Ủy ban nhân dân xã",
    "Các đơn vị trực thuộc Sở Y tế",
    "Các đơn vị của Sở Xây dựng",
    "Các phòng, trung tâm thuộc Sở Tư pháp",
]


@pytest.mark.parametrize("column", ["lead", "support"])
@pytest.mark.parametrize("cell", UNITS_UNDER_A_BODY)
def test_the_units_under_a_body_are_one_name_as_printed(cell, column):
    assert _read(cell, column) == [f"{column}:?{cell}"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Công an tỉnh, các đơn vị thuộc Bộ Công an", ["lead:lao-cai/cong-an", "lead:?các đơn vị thuộc Bộ Công an"]),
    ("Sở Y tế; các đơn vị thuộc Sở Y tế", ["lead:lao-cai/so-y-te", "lead:?các đơn vị thuộc Sở Y tế"]),
    ("Sở Y tế, các trung tâm thuộc Sở Y tế", ["lead:lao-cai/so-y-te", "lead:?các trung tâm thuộc Sở Y tế"]),
])
def test_the_units_under_a_body_beside_a_body(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # collectives the registry holds under "thuộc", and the province's bodies printed bare
    ("Các cơ quan chuyên môn thuộc UBND tỉnh", ["lead:lao-cai/cac-co-quan-chuyen-mon-thuoc-uy-ban-nhan-dan"]),
    ("Các đơn vị sự nghiệp trực thuộc UBND tỉnh", ["lead:lao-cai/cac-don-vi-su-nghiep-truc-thuoc-uy-ban-nhan-dan"]),
    ("Các cơ quan, đơn vị thuộc tỉnh", ["lead:lao-cai/cac-co-quan-don-vi-thuoc-tinh"]),
    ("Các cơ quan, đơn vị thuộc", ["lead:lao-cai/cac-co-quan-don-vi-thuoc-tinh"]),
    ("Các Ban của Hội đồng nhân dân tỉnh", ["lead:lao-cai/cac-ban-cua-hoi-dong-nhan-dan"]),
    # two bodies a copy ran together are still cut apart
    ("Sở Y tế Văn phòng UBND tỉnh", ["lead:lao-cai/so-y-te", "lead:lao-cai/van-phong-uy-ban-nhan-dan"]),
    ("Sở Nội vụ và Sở Tài chính", ["lead:lao-cai/so-noi-vu", "lead:lao-cai/so-tai-chinh"]),
])
def test_what_the_registry_knows_stays(cell, expected):
    assert _read(cell) == expected


# --- 2. a plural names no one body
@pytest.mark.parametrize("column", ["lead", "support"])
@pytest.mark.parametrize(("cell", "expected"), [
    ("Các Chi cục Thuế, Hải quan", ["?Các Chi cục Thuế", "?Các Chi cục Hải quan"]),
    ("Các Chi cục Hải quan", ["?Các Chi cục Hải quan"]),
    ("Các Cục Hải quan", ["?Các Cục Hải quan"]),
    ("Các Sở Y tế", ["?Các Sở Y tế"]),
])
def test_a_plural_of_one_body_s_name_is_unresolved(cell, expected, column):
    assert _read(cell, column) == [f"{column}:{e}" for e in expected]


def test_a_plural_says_why_it_is_unresolved():
    (mention,) = resolve_names(["Các Chi cục Hải quan"], LC, True, False)
    assert mention.agency_id is None and "several bodies" in mention.reason


@pytest.mark.parametrize(("cell", "expected"), [
    ("Chi cục Hải quan", ["lead:lao-cai/hai-quan"]),
    ("Các sở, ban, ngành", ["lead:lao-cai/cac-so-ban-nganh"]),
    ("UBND các xã", ["lead:lao-cai/uy-ban-nhan-dan-cap-xa"]),
    ("Các Ban Đảng Tỉnh ủy", ["lead:lao-cai/cac-ban-dang-tinh-uy"]),
    # one kind word shared by a list: each item is one body
    ("Các Sở Tài chính, Tư pháp", ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/so-tu-phap"]),
    ("Các Sở: Tài chính, Tư pháp", ["lead:lao-cai/so-tai-chinh", "lead:lao-cai/so-tu-phap"]),
])
def test_one_body_and_the_registry_s_collectives_stay(cell, expected):
    assert _read(cell) == expected


# --- 3. the same cells in a plan's task table (a text copy, a Word file) and a prose duty
_HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Số: 73/KH-UBND", "Lào Cai, ngày 23 tháng 3 năm 2026", "KẾ HOẠCH",
         "Phòng, chống buôn lậu qua biên giới năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Ngăn chặn buôn lậu.",
         "II. NHIỆM VỤ"]
_END = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH", "Hoàng Văn Minh"]
_ROWS = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
         ["1", "Kiểm tra hàng hóa tại cửa khẩu", "Các Chi cục Thuế, Hải quan", "Các đơn vị thuộc Bộ Công an",
          "Quý II/2026"],
         ["2", "Kiểm tra thuốc lưu hành trên thị trường", "Các trung tâm thuộc Sở Y tế", "Sở Công Thương",
          "Quý III/2026"],
         ["3", "Tuyên truyền trong trường học", "Sở Giáo dục và Đào tạo",
          "Các trường thuộc Sở Giáo dục và Đào tạo", "Hằng năm"]]


def _ids(mentions) -> list[str]:
    return [m.agency_id or f"?{m.name}" for m in mentions]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_task_table_reads_the_units_under_a_body_and_plurals(tmp_path, form):
    if form == "text":
        doc = processed(tmp_path, _HEAD + [" | ".join(row) + " |" for row in _ROWS] + _END, form)
    else:
        doc = process(write_with_table(tmp_path, _HEAD, _ROWS, _END, form))
    customs, health, schools = doc.tasks[-3:]
    assert _ids(customs.lead) == ["?Các Chi cục Thuế", "?Các Chi cục Hải quan"]
    assert _ids(customs.support) == ["?Các đơn vị thuộc Bộ Công an"]
    assert _ids(health.lead) == ["?Các trung tâm thuộc Sở Y tế"]
    assert _ids(health.support) == ["lao-cai/so-cong-thuong"]
    assert _ids(schools.lead) == ["lao-cai/so-giao-duc-va-dao-tao"]
    assert _ids(schools.support) == ["?Các trường thuộc Sở Giáo dục và Đào tạo"]
    # what stays unresolved is warned
    warned = " ".join(w.message for w in doc.warnings)
    assert "Các Chi cục Hải quan" in warned and "Các trung tâm thuộc Sở Y tế" in warned


def test_a_prose_duty_of_the_units_under_a_body(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(_HEAD[:-1] + ["III. TỔ CHỨC THỰC HIỆN",
                                            "1. Các đơn vị thuộc Sở Y tế chủ trì kiểm tra thuốc lưu hành, phối hợp "
                                            "với Công an tỉnh xử lý vi phạm."]) + "\n", encoding="utf-8")
    found = [(a.role, a.agency.name, a.agency.agency_id) for a in process(path).assignments]
    assert ("lead", "Các đơn vị thuộc Sở Y tế", None) in found
    assert not [f for f in found if f[2] in ("lao-cai/so-y-te", "lao-cai/cac-co-quan-don-vi-thuoc-tinh")]
