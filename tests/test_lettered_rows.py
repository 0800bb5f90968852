"""Tasks lettered under numbered sub-groups ("I" group, "1" sub-group, "a", "b" tasks: the "I / 1 / a" numbering of
many annexes). A bare "a" or "a." first cell is the task's number: in a copy made one cell a line, or with "|" after each cell, the
lettered rows had joined the sub-group row above (two leads and two deadlines in one task) or been cut one cell off (a
task "b" given the row above's bodies). A bare letter whose row prints no text of its own is still no task
(tests/test_seventeenth_bed.py: a label and a body's name under a table's last row)."""

from __future__ import annotations

import html

import pytest

from pipeline.run import process

HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH", "Số: 27/KH-UBND", "Đông Anh, ngày 4 tháng 3 năm 2026", "KẾ HOẠCH",
        "Chuyển đổi số năm 2026", "PHỤ LỤC"]
HEADER = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn")


def _rows(letter: str) -> list[tuple[str, ...]]:
    return [
        ("I", "HẠ TẦNG SỐ", "", "", ""),
        ("1", "Mạng truyền số liệu chuyên dùng", "", "", ""),
        (f"a{letter}", "Kết nối mạng tới các trường học trên địa bàn", "Phòng Văn hóa và Thông tin", "Trung tâm Y tế huyện", "Quý I/2026"),
        (f"b{letter}", "Nâng cấp đường truyền của bộ phận một cửa", "Văn phòng HĐND và UBND huyện", "Phòng Tài chính - Kế hoạch", "Tháng 8/2026"),
        ("2", "An toàn thông tin", "", "", ""),
        (f"a{letter}", "Diễn tập ứng cứu sự cố an toàn thông tin", "Công an huyện", "Phòng Nội vụ", "Quý III/2026"),
        ("II", "DỊCH VỤ SỐ", "", "", ""),
        ("1", "Đưa thủ tục hành chính lên cổng dịch vụ công", "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "Tháng 11/2026"),
    ]


def _write(tmp_path, form: str, letter: str):
    rows = _rows(letter)
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in [HEADER, *rows])
        path = tmp_path / "plan.html"
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in HEAD)
                        + f"<table border='1'>{cells}</table><p>Nơi nhận:</p><p>- Lưu: VT.</p></body></html>", encoding="utf-8")
        return path
    cells = [c for row in [HEADER, *rows] for c in row]
    if form == "pipe":  # each cell a line ending "|", as a site's table copies
        body = "\n".join(f"{c} |".lstrip() for c in cells)
    else:  # one cell a line, an empty cell a no-break space
        body = "\n\n".join(c or "\xa0" for c in cells)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("letter", ["", "."])
@pytest.mark.parametrize("form", ["cells", "pipe", "html"])
def test_lettered_tasks_under_numbered_sub_groups_are_rows_of_their_own(tmp_path, form, letter):
    doc = process(_write(tmp_path, form, letter))
    tasks = {task.content: task for task in doc.tasks}
    expected = {
        "Kết nối mạng tới các trường học trên địa bàn": ("Phòng Văn hóa và Thông tin", "Trung tâm Y tế huyện", "2026-03-31"),
        "Nâng cấp đường truyền của bộ phận một cửa": ("Văn phòng HĐND và UBND huyện", "Phòng Tài chính - Kế hoạch", "2026-08-31"),
        "Diễn tập ứng cứu sự cố an toàn thông tin": ("Công an huyện", "Phòng Nội vụ", "2026-09-30"),
        "Đưa thủ tục hành chính lên cổng dịch vụ công": ("Văn phòng HĐND và UBND huyện", "Phòng Tư pháp", "2026-11-30"),
    }
    for content, (lead, support, end) in expected.items():
        assert content in tasks, sorted(tasks)
        task = tasks[content]
        assert [m.name for m in task.lead] == [lead]
        assert [m.name for m in task.support] == [support]
        assert task.deadline.end == end
    # no task holds another's text or a lone letter
    assert not [t.content for t in doc.tasks if len(t.content) <= 2 or "\n" in t.content]
    assert [(t.number or "").rstrip(".") for t in doc.tasks if t.content in expected] == ["a", "b", "a", "1"]


@pytest.mark.parametrize("unit", ["m", "t", "x"])
def test_a_one_letter_unit_or_tick_in_a_later_column_opens_no_row(tmp_path, unit):
    """A unit ("m", "t") or a tick ("x") in a later column of a copy made one cell a line stays that row's cell
    (letters are row numbers only as far as a lettered list runs)."""
    header = ("STT", "Nội dung", "Đơn vị tính", "Đơn vị chủ trì", "Thời hạn")
    rows = [("1", "Cứng hóa kênh mương nội đồng", unit, "Phòng Kinh tế", "Tháng 6/2026"),
            ("2", "Làm mới đường giao thông liên xã", unit, "Ban Quản lý dự án huyện", "Tháng 10/2026")]
    body = "\n\n".join(c for row in [header, *rows] for c in row)
    path = tmp_path / "plan.txt"
    path.write_text("\n\n".join(HEAD) + "\n\n" + body + "\n\nNơi nhận:\n- Lưu: VT.\n", encoding="utf-8")
    doc = process(path)
    leads = {t.content: [m.name for m in t.lead] for t in doc.tasks}
    assert leads.get("Cứng hóa kênh mương nội đồng") == ["Phòng Kinh tế"]
    assert leads.get("Làm mới đường giao thông liên xã") == ["Ban Quản lý dự án huyện"]
