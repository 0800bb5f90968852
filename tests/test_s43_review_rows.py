"""Review of s43's rows under a text-copied task table's last row (s43 rev1). A last row "3" | "Công an tỉnh" |
"Sở Tư pháp" (its task merged down from the row above) was dropped as lines under the table when the row above ended
with a one-word note in small letters ("mới", "x"): the note was taken for a stray word before a figure of a body's
cell (tables._only_a_body_after_the_last). A word is a stray only where it does not fit the row's columns: the cells
from the row's number to it outnumber the header's columns. Guards: a stray word beyond a full row still ends the
table ("các" / "3" / "Sở Y tế"; a page's number; a signature's name)."""

from __future__ import annotations

import pytest

from pipeline.run import process

_HEAD = ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH", "Số: 88/KH-UBND", "Bình Định, ngày 2 tháng 6 năm 2026", "KẾ HOẠCH",
         "Triển khai công tác chuyển đổi số năm 2026", "PHỤ LỤC")
_HEADER = ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Ghi chú")
_FORMS = ["pipe", "bar", "txt"]
_TASK = "Tập huấn kỹ năng số cho cán bộ cấp xã"


def _write(tmp_path, form: str, lines, under=("Nơi nhận:", "- Lưu: VT.")):
    cells = {"txt": list(lines), "pipe": [f"{c} |" for c in lines], "bar": [x for c in lines for x in (c, "|")]}[form]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*_HEAD, *cells, *under]), encoding="utf-8")
    return path


def _tasks(doc):
    return [(t.number, " ".join(t.content.split()), [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.text if t.deadline else None)
            for t in sorted(doc.tasks, key=lambda t: int(t.id.rsplit("_", 1)[-1]))]


def _rows(note: str, header=_HEADER):
    first = ["1", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ", "Sở Tài chính", "Quý III/2026", "chuyển tiếp"]
    second = ["2", _TASK, "Sở Khoa học và Công nghệ", "Sở Tài chính", "Tháng 10/2026", note]
    width = len(header)
    return [*header, *first[:width - 1], first[-1], *second[:width - 1], note] if width == 6 else \
        [*header, *first[:width - 1], note, *second[:width - 1], note]


# "-" as the note: a dash alone right before the next row's number had read as a dashed row's mark of its own (a task
# "-" of the row above's cells merged down: tables._dashes_before_a_number)
_NOTES = ["mới", "x", "Đạt", "-", "–", "đạt"]


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("note", _NOTES)
@pytest.mark.parametrize("last, deadline", [(("3", "Công an tỉnh", "Sở Tư pháp"), None),
                                            (("3", "Công an tỉnh", "Sở Tư pháp", "Quý IV/2026"), "Quý IV/2026"),
                                            (("3", "Sở Y tế"), None)],
                         ids=["merged-task-and-time", "own-deadline", "lead-only"])
def test_a_last_row_under_a_one_word_note_is_a_row(tmp_path, form, note, last, deadline):
    """The reviewer's input ("mới" / "3" / "Công an tỉnh" / "Sở Tư pháp", pipe, bar and txt) and variants: other
    one-word notes, a last row printing its own deadline, a last row with a lead only."""
    doc = process(_write(tmp_path, form, [*_rows(note), *last]))
    tasks = _tasks(doc)
    assert len(tasks) == 3, tasks
    number, task, lead, support, time = tasks[-1]
    want = ("3", _TASK, [last[1]], [last[2]] if len(last) > 2 else [])
    if len(last) == 2 and not lead:
        # a row of two cells: where the copy cannot tell its columns, kept with its bodies empty and a warning
        assert (number, task, lead, support) == ("3", _TASK, [], [])
        assert any(w.code == "table_row_uncertain" for w in doc.warnings)
    else:
        assert (number, task, lead, support) == want
    # a time merged down from the row above, or none: never another row's value
    assert time in ((deadline,) if deadline else (None, "Tháng 10/2026"))


_NO_NOTE = ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú")


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("note", ["mới", "x"])
def test_a_last_row_under_a_note_in_a_table_with_no_time(tmp_path, form, note):
    doc = process(_write(tmp_path, form, [*_rows(note, _NO_NOTE), "3", "Công an tỉnh", "Sở Tư pháp"]))
    tasks = _tasks(doc)
    assert [t[:4] for t in tasks][-1] == ("3", _TASK, ["Công an tỉnh"], ["Sở Tư pháp"])
    assert len(tasks) == 3


# a stray word under a full row (its note printed): beyond the row's columns, the lines from it on are no rows
_STRAYS = [("các", "3", "Sở Y tế"), ("ở", "3", "Công an tỉnh", "TỈNH BÌNH ĐỊNH"),
           ("các", "3", "Sở Giáo dục và Đào tạo", "Nguyễn Văn An"), ("tại", "3", "UBND huyện Tuy Phước")]


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("stray", _STRAYS, ids=["/".join(s[:3]) for s in _STRAYS])
def test_a_stray_word_beyond_a_full_row_still_opens_no_row(tmp_path, form, stray):
    doc = process(_write(tmp_path, form, [*_rows("mới"), *stray]))
    assert [t[:4] for t in _tasks(doc)] == [
        ("1", "Số hóa hồ sơ thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tài chính"]),
        ("2", _TASK, ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"])]


# a row above short of a cell (one not printed in a copy a cell a line, or a table whose last column is a time): the
# copy cannot tell which column the word is in; a stray as before, no row made of the lines under it
_SHORT = [(("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
           ["2", _TASK, "Sở Khoa học và Công nghệ", "Tháng 10/2026"]),
          (_HEADER, ["2", _TASK, "Sở Khoa học và Công nghệ", "Tháng 10/2026", "mới"]),
          (("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"), ["2", _TASK, "Sở Khoa học và Công nghệ"])]


@pytest.mark.parametrize("form", ["txt", "pipe"])
@pytest.mark.parametrize("short", _SHORT, ids=["time-last", "note-last-support-not-printed", "time-not-printed"])
@pytest.mark.parametrize("stray", [("các", "3", "Sở Y tế"), ("ở", "3", "Công an tỉnh", "Nguyễn Văn An")],
                         ids=["các", "ở"])
def test_a_stray_word_under_a_row_short_of_a_cell_opens_no_row(tmp_path, form, short, stray):
    header, second = short
    first = ["1", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ", "Sở Tài chính", "Quý III/2026", "chuyển tiếp"]
    first = first[:len(header)]
    tasks = _tasks(process(_write(tmp_path, form, [*header, *first, *second, *stray])))
    assert [t[0] for t in tasks] == ["1", "2"]
    assert all(stray[-1] not in t[2] + t[3] for t in tasks)
