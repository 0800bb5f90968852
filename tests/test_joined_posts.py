"""A commune's posts run together with a space where a site's copy joins a cell's lines ("Công an xã Công chức Tư pháp -
Hộ tịch", the task beds' cells.txt form): cut where a post starts (task_tables.json post_starts), each part a post, a body
the registry knows, or a body's name beside a post; a join that cannot be told apart stays one name, as printed, with
its unresolved_agency warning."""

from __future__ import annotations

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 41/KH-UBND", "Tân Phú, ngày 09 tháng 4 năm 2026", "KẾ HOẠCH",
          "Chăm lo đời sống nhân dân năm 2026", "I. PHÂN CÔNG NHIỆM VỤ",
          "TT | Công việc | Người chủ trì | Người phối hợp | Thời hạn |"]
CLOSING = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Sáu"]


def _tasks(tmp_path, rows: list[tuple[str, str]]):
    lines = [f"{i} | Việc thứ {i} của xã | {lead} | {support} | Quý {i % 4 + 1}/2026 |" for i, (lead, support) in
             enumerate(rows, 1)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*HEADER, *lines, *CLOSING]) + "\n", encoding="utf-8")
    doc = process(path)
    return [([m.name for m in t.lead], [m.name for m in t.support]) for t in doc.tasks], doc


CUT = [
    ("Công chức Tư pháp - Hộ tịch Công chức Văn hóa - Xã hội Trưởng các thôn",
     ["Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội", "Trưởng các thôn"]),
    ("Công an xã Công chức Địa chính - Xây dựng", ["Công an xã", "Công chức Địa chính - Xây dựng"]),
    ("Ủy ban MTTQ Việt Nam xã Công chức Văn hóa - Xã hội", ["Ủy ban MTTQ Việt Nam xã", "Công chức Văn hóa - Xã hội"]),
    ("Trưởng các ấp Ủy ban MTTQ Việt Nam xã", ["Trưởng các ấp", "Ủy ban MTTQ Việt Nam xã"]),
    ("Chủ tịch UBND xã Phó Chủ tịch UBND xã", ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"]),
    ("Trưởng Công an xã Chỉ huy trưởng Ban Chỉ huy Quân sự xã", ["Trưởng Công an xã", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]),
    ("Bí thư Đoàn xã Chủ tịch Hội Phụ nữ xã", ["Bí thư Đoàn xã", "Chủ tịch Hội Phụ nữ xã"]),
    ("Phó Chủ tịch UBND xã Công chức Văn phòng - Thống kê", ["Phó Chủ tịch UBND xã", "Công chức Văn phòng - Thống kê"]),
]


@pytest.mark.parametrize("joined, names", CUT)
@pytest.mark.parametrize("role", ["lead", "support"])
def test_posts_joined_by_a_space_are_cut_apart(tmp_path, joined, names, role):
    row = (joined, "Công an xã") if role == "lead" else ("Chủ tịch UBND xã", joined)
    (task,), _ = _tasks(tmp_path, [row])
    assert task[0 if role == "lead" else 1] == names


@pytest.mark.parametrize("printed", [
    "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",  # one post, its field in small letters
    "Phòng Tổ chức - Công chức Sở Nội vụ",  # "Công chức" after a dash: the second field of an office's name
    "Trưởng ban Công tác Mặt trận các khu dân cư",  # "Trưởng ban" is no hamlet's head
])
def test_one_post_or_body_is_not_cut(tmp_path, printed):
    (task,), _ = _tasks(tmp_path, [("Chủ tịch UBND xã", printed)])
    assert task[1] == [printed]


def test_a_join_of_two_names_neither_a_post_stays_as_printed_with_a_warning(tmp_path):
    printed = "Nhà văn hóa thôn Đông Hội người cao tuổi thôn Tây"
    (task,), doc = _tasks(tmp_path, [("Chủ tịch UBND xã", printed)])
    assert task[1] == [printed]
    assert any(w.code == "unresolved_agency" and printed in w.message for w in doc.warnings)


@pytest.mark.parametrize("name", ["commune_chairman_posts", "commune_posts_one_a_line", "commune_posts_under_a_band"])
def test_the_beds_commune_posts_in_a_sites_row_copy(tmp_path, name):
    """The task beds' commune layouts (172, 173, 180) as a site's row copy (cells.txt: a cell's lines joined by a space)."""
    from task_layouts import text_form_failures

    failures = text_form_failures(tmp_path, name, "cells.txt")
    assert not failures, "\n".join(failures)
