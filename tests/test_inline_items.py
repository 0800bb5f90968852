"""A task cell whose items a converter joined into one paragraph ("- Tổ chức …. - Rà soát …", as docling writes a
cell's paragraphs): one task per item where the content, result and implementer cells split into as many items, the
dash inside a body's name ("Sở Lao động - Thương binh và Xã hội") or between two years no split; one task where they
do not line up."""

import html

import pytest

from pipeline.run import process

_HEADER = ["TT", "Nhiệm vụ", "Kết quả", "Đơn vị thực hiện"]


def _plan(rows: list[list[str]], form: str) -> str:
    top = ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 45/KH-UBND", "Lâm Đồng, ngày 14 tháng 3 năm 2026", "KẾ HOẠCH",
           "Cải cách hành chính năm 2026", "I. NHIỆM VỤ"]
    end = ["II. TỔ CHỨC THỰC HIỆN", "Các sở, ngành triển khai thực hiện."]
    if form == "md":
        table = ["| " + " | ".join(_HEADER) + " |", "|" + "---|" * len(_HEADER),
                 *("| " + " | ".join(cell.replace("- ", "\\- ") for cell in row) + " |" for row in rows)]
        return "\n\n".join([*top, "\n".join(table), *end]) + "\n"
    cells = "".join(f"<th>{name}</th>" for name in _HEADER)
    body = "".join("<tr>" + "".join(f"<td><p>{html.escape(c)}</p></td>" for c in row) + "</tr>" for row in rows)
    paragraphs = lambda lines: "".join(f"<p>{html.escape(x)}</p>" for x in lines)  # noqa: E731
    return (f"<html><body>{paragraphs(top)}<table border='1'><tr>{cells}</tr>{body}</table>{paragraphs(end)}"
            "</body></html>")


def _tasks(tmp_path, rows, form):
    path = tmp_path / f"plan.{form}"
    path.write_text(_plan(rows, form), encoding="utf-8")
    doc = process(path)
    return doc, [(t.content, t.output, [a.name for a in (*t.lead, *t.implementer)]) for t in doc.tasks]


@pytest.mark.parametrize("form", ["md", "html"])
@pytest.mark.parametrize("implementers, names", [
    ("- Sở Nội vụ - Sở Lao động - Thương binh và Xã hội - UBND cấp huyện",
     ["Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "UBND cấp huyện"]),
    ("- Sở Quy hoạch - Kiến trúc - Sở Tư pháp - Sở Tài chính", ["Sở Quy hoạch - Kiến trúc", "Sở Tư pháp", "Sở Tài chính"]),
])
def test_items_joined_in_a_cell_are_one_task_each_when_the_cells_line_up(tmp_path, form, implementers, names):
    content = ("- Tổ chức tập huấn nghiệp vụ cho cán bộ giai đoạn 2026 - 2030. - Rà soát hồ sơ thủ tục hành chính; "
               "công khai trên cổng thông tin - Công khai kết quả giải quyết hồ sơ")
    _doc, tasks = _tasks(tmp_path, [["1", content, "- 100% cán bộ được tập huấn. - Theo quy định - Quý IV/2026",
                                     implementers]], form)
    assert [t[0].lstrip("- ").split()[0] for t in tasks] == ["Tổ", "Rà", "Công"]
    assert tasks[0][0].endswith("2026 - 2030.")
    assert [t[1] for t in tasks] == ["- 100% cán bộ được tập huấn.", "- Theo quy định", "- Quý IV/2026"]
    assert [t[2] for t in tasks] == [[name] for name in names]


@pytest.mark.parametrize("form", ["md", "html"])
def test_joined_items_that_do_not_line_up_stay_one_task(tmp_path, form):
    content = "- Tổ chức tập huấn nghiệp vụ cho cán bộ. - Rà soát hồ sơ thủ tục hành chính - Công khai kết quả"
    doc, tasks = _tasks(tmp_path, [["1", content, "- 100% cán bộ được tập huấn. - Theo quy định",
                                    "- Sở Nội vụ - Sở Tư pháp - UBND cấp huyện"]], form)
    assert len(tasks) == 1 and tasks[0][0] == content
    assert "task_bullets_not_aligned" in {w.code for w in doc.warnings}
