"""A score table's points given to each criterion (PAR INDEX, SIPAS self-assessments: "Tiêu chí | Điểm tối đa | Điểm tự
đánh giá"): a result value of the indicator, whatever the header's wording and however the table came. Before, the
column was "other" (or "output", or a status) and the points were lost."""

from __future__ import annotations

import pytest

from pipeline.run import process

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN\nSố: 41/BC-UBND\nVị Xuyên, ngày 12 tháng 11 năm 2024\nBÁO CÁO\n"
        "Kết quả tự chấm điểm Chỉ số cải cách hành chính năm 2024\nI. KẾT QUẢ\n")
FOOT = "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Minh Tuấn\n"
# code, criterion, maximum, points given: 1 = 1.1 + 1.2 in both columns
ROWS = [("1", "Công tác chỉ đạo, điều hành", "6", "5,5"), ("1.1", "Ban hành kế hoạch năm", "2,5", "2,5"),
        ("1.2", "Tổ chức kiểm tra cải cách hành chính", "3,5", "3")]
SCORE_HEADERS = ["Điểm tự đánh giá", "Tự đánh giá", "Tự chấm điểm", "Điểm thẩm định", "Điểm đạt được", "ĐIỂM TỰ CHẤM"]


def _html(header: str, rows=ROWS) -> str:
    cells = lambda values: "<tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"  # noqa: E731
    table = "<table border='1'>" + cells(("STT", "Tiêu chí", "Điểm tối đa", header, "Ghi chú")) + "".join(
        cells((*row, "")) for row in rows) + "</table>"
    paragraphs = lambda text: "".join(f"<p>{line}</p>" for line in text.splitlines())  # noqa: E731
    return f"<html><body>{paragraphs(HEAD)}{table}{paragraphs(FOOT)}</body></html>"


def _copied(header: str, rows=ROWS) -> str:
    lines = ["| STT | Tiêu chí | Điểm tối đa | " + header + " | Ghi chú |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |  |" for row in rows]
    return HEAD + "\n".join(lines) + "\n" + FOOT


def _indicators(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process(path).indicators


@pytest.mark.parametrize("header", SCORE_HEADERS)
@pytest.mark.parametrize("form", ["html", "txt"])
def test_the_points_given_are_each_criterion_s_result(tmp_path, header, form):
    text = _html(header) if form == "html" else _copied(header)
    found = _indicators(tmp_path, f"scores.{form}", text)
    assert [i.code for i in found] == ["1", "1.1", "1.2"]
    assert [i.max_score for i in found] == [6.0, 2.5, 3.5]
    assert [[(v.kind, v.value, v.column) for v in i.values] for i in found] == [
        [("result", 5.5, header)], [("result", 2.5, header)], [("result", 3.0, header)]]
    assert [i.previous_result for i in found] == [5.5, 2.5, 3.0]  # the last result column's number


def test_points_that_do_not_add_up_are_reported(tmp_path):
    rows = [ROWS[0], ROWS[1], (*ROWS[2][:3], "2")]  # 2,5 + 2 is not 5,5
    path = tmp_path / "scores.html"
    path.write_text(_html("Điểm tự đánh giá", rows), encoding="utf-8")
    warnings = [w for w in process(path).warnings if w.code == "indicator_sum_mismatch"]
    assert len(warnings) == 1 and "previous_result is 5.5" in warnings[0].message


def test_a_report_s_evaluation_column_in_a_task_table_stays_a_status(tmp_path):
    """A task table's "Đánh giá" ("Đã hoàn thành") is where a task stands, not a score: no indicator."""
    table = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Đánh giá |\n|---|---|---|---|\n"
             "| 1 | Rà soát thủ tục hành chính | Văn phòng HĐND và UBND huyện | Đã hoàn thành |\n"
             "| 2 | Số hóa hồ sơ, kết quả giải quyết thủ tục | Phòng Nội vụ | Đang thực hiện |\n")
    path = tmp_path / "report.txt"
    path.write_text(HEAD + table + FOOT, encoding="utf-8")
    doc = process(path)
    assert doc.indicators == []
    assert [t.status for t in doc.tasks] == ["done", "in_progress"]


def test_a_column_headed_only_points_is_no_score_given(tmp_path):
    """"Điểm" alone may be the points a criterion can get (a rubric) as well as those given: no value is read from it."""
    found = _indicators(tmp_path, "rubric.html", _html("Điểm"))
    assert [i.code for i in found] == ["1", "1.1", "1.2"]
    assert all(i.values == [] and i.previous_result is None for i in found)
