"""Task tables of forms the other beds lacked: the tenth test bed (tests/task_layouts, layouts 113-116, --bed tenth)
in the text forms a reader can tell cells apart in, and small tables of other wordings built here (our own rows).

What real documents print (FACTS.md, tenth test bed; our own words, nothing copied): a ward's reform plan after July
2025 (the product and the time before the agencies, "Các tổ dân phố" among the supports), a ministry's annex whose
supports are ticked "x" under one column per ministry ("Cơ quan phối hợp" over "Bộ Công an | Bộ Quốc phòng | …"), a
table of deliverables whose task carries its number inside and whose other columns hold figures ("14, 26": the
numbers of the Government's tasks it serves), a table whose first column is the body ("Cơ quan, đơn vị | Nhiệm vụ
được giao | Thời hạn | Ghi chú").

What was lost before (scripts/evaluate_tasks.py --bed tenth, eleven formats: 141 of 280 rows matched, lead 45.7%,
support 35.7%, deadline 49.6%): the ticks were read as a body named "x" (every format), "Nhiệm vụ được giao" was a
performer column and the body-first table gave no task, the figures' column was taken as the task, a first cell
opening with its number over several lines was lost in tab.txt, and "Các tổ dân phố" ran into the lead one cell a line.
"""

from __future__ import annotations

import pytest

from pipeline.run import process
from pipeline.stages.cells import looks_like_agency
from pipeline.stages.columns import column_role, columns_from
from task_layouts import text_form_failures
from task_layouts.layouts import TENTH_BED
from task_layouts.render import TEXT_RENDERERS

_RENDER = {fmt: TEXT_RENDERERS[fmt] for fmt in ("html", "pipe.txt", "tab.txt", "md.txt", "mdonce.txt")}


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in TENTH_BED for fmt in sorted(_RENDER)])
def test_tenth_bed_keeps_every_task(tmp_path, name, fmt):
    failures = text_form_failures(tmp_path, name, fmt)
    assert not failures, "\n".join(failures)


_HEAD = ("BỘ TƯ PHÁP\nSố: 77/KH-BTP\nHà Nội, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai Luật sửa đổi năm 2026\n"
         "PHỤ LỤC\n(Kèm theo Kế hoạch số 77/KH-BTP ngày 03/3/2026 của Bộ Tư pháp)\n")
_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n"


def _tasks(tmp_path, lines: list[str]) -> list[tuple]:
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + "\n".join(lines) + _TAIL, encoding="utf-8")
    return [(t.content[:20], [m.name for m in t.lead], sorted(m.name for m in t.support),
             t.deadline.text if t.deadline else None) for t in process(path).tasks]


def _pipe(cells) -> str:
    return "| " + " | ".join(cells) + " |"


@pytest.mark.parametrize("parent", ["Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan, đơn vị phối hợp"])
@pytest.mark.parametrize("tick", ["x", "X"])
def test_ticks_under_a_support_parent_are_supports(tmp_path, parent, tick):
    """A column per ministry under a parent that names the support role: a tick there makes that ministry a support
    (before: the tick itself was read as a body named "x")."""
    bodies = ("Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao")
    rows = [("1", "Rà soát quy định về lưu trữ điện tử", "Bộ Nội vụ", tick, "", tick, "Quý II/2026"),
            ("2", "Xây dựng cơ sở dữ liệu hộ tịch", "Bộ Tư pháp", "", tick, "", "Năm 2026"),
            ("3", "Tập huấn cho cán bộ làm công tác pháp chế", "Văn phòng Chính phủ", tick, tick, tick, "Tháng 9/2026")]
    top = _pipe(("TT", "Nhiệm vụ", "Cơ quan chủ trì", parent, "", "", "Thời hạn"))
    below = _pipe(("", "", "", *bodies, ""))
    got = _tasks(tmp_path, [top, below, *map(_pipe, rows)])
    assert got == [("Rà soát quy định về ", ["Bộ Nội vụ"], ["Bộ Công an", "Bộ Ngoại giao"], "Quý II/2026"),
                   ("Xây dựng cơ sở dữ li", ["Bộ Tư pháp"], ["Bộ Quốc phòng"], "Năm 2026"),
                   ("Tập huấn cho cán bộ ", ["Văn phòng Chính phủ"], sorted(bodies), "Tháng 9/2026")]


def test_ticks_under_a_support_parent_copied_as_tabbed_rows(tmp_path):
    """Copied from a browser: the parent once on the upper line, the ministries on the lower one."""
    lines = ["STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành", "Bộ Y tế\tBộ Tài chính\tBộ Công Thương",
             "1\tĐánh giá tác động của chính sách\tBộ Nội vụ\tx\t\tx\tQuý III/2026",
             "2\tSơ kết hai năm thi hành Luật\tBộ Tư pháp\t\tx\t\tNăm 2027"]
    assert _tasks(tmp_path, lines) == [
        ("Đánh giá tác động củ", ["Bộ Nội vụ"], ["Bộ Công Thương", "Bộ Y tế"], "Quý III/2026"),
        ("Sơ kết hai năm thi h", ["Bộ Tư pháp"], ["Bộ Tài chính"], "Năm 2027")]


@pytest.mark.parametrize("header,role", [
    ("Nhiệm vụ được giao", "content"), ("Nội dung công việc được giao", "content"), ("Công việc được giao", "content"),
    ("Đơn vị được giao", "implementer"), ("Cơ quan được giao chủ trì", "lead"), ("Cơ quan, đơn vị", "implementer"),
])
def test_the_task_given_is_the_task_the_body_given_it_is_not(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("figures", [["14, 26", "21", "-", "9; 8"], ["1", "2", "1", "3"]])
def test_a_task_column_of_figures_is_a_reference(figures):
    """"Nhiệm vụ của Chính phủ" holding the numbers of the tasks a row serves is no task column; with no task column
    left, the first product column ("Kết quả đầu ra", "Sản phẩm") holds the task."""
    rows = [[f"Xây dựng văn bản hướng dẫn số {k}", "Thể chế", figure, "Bộ Tư pháp", "2026"] for k, figure in enumerate(figures)]
    for product in ("Kết quả đầu ra", "Sản phẩm đầu ra"):
        roles = [c.role for c in columns_from([product, "Mục tiêu", "Nhiệm vụ của Chính phủ", "Đơn vị chủ trì", "Thời hạn"], rows)]
        assert roles == ["content", "goal", "note", "lead", "deadline"]
    # beside a task column of words the product stays the product
    words = [[r[0], "Quyết định", r[2], r[3], r[4]] for r in rows]
    roles = [c.role for c in columns_from(["Nhiệm vụ", "Sản phẩm", "Nhiệm vụ số", "Cơ quan chủ trì", "Thời hạn"], words)]
    assert roles == ["content", "output", "note", "lead", "deadline"]


@pytest.mark.parametrize("form", ["tab", "pipe"])
def test_a_first_cell_that_opens_with_its_number_over_several_lines(tmp_path, form):
    """No number column: the task's cell opens with "1." and lists its steps one a line; copied as tabbed rows the
    first line has no tab. Before, such rows were lost with no warning."""
    header = ("Kết quả đầu ra", "Chương trình", "Nhiệm vụ của Chính phủ", "Đơn vị chủ trì", "Thời hạn hoàn thành")
    first = ("1. Ban hành quy chuẩn kỹ thuật về dữ liệu, gồm:\n- Quy chuẩn về cấu trúc dữ liệu;\n- Quy chuẩn về kết nối",
             "2", "14, 26", "Bộ Khoa học và Công nghệ", "6/2026")
    second = ("2. Đào tạo kỹ năng số cho công chức", "3", "30", "Bộ Nội vụ", "Năm 2026")
    third = ("3. Rà soát các thủ tục hành chính về đầu tư, cụ thể:\n- Thủ tục cấp phép;\n- Thủ tục điều chỉnh dự án", "1",
             "-", "Bộ Tài chính", "Quý IV/2026")
    if form == "tab":
        lines = ["\t".join(header), *("\t".join(row) for row in (first, second, third))]
    else:
        lines = [_pipe(header), *(_pipe((row[0].replace("\n", "<br>"), *row[1:])) for row in (first, second, third))]
    assert _tasks(tmp_path, lines) == [("Ban hành quy chuẩn k", ["Bộ Khoa học và Công nghệ"], [], "6/2026"),
                                       ("Đào tạo kỹ năng số c", ["Bộ Nội vụ"], [], "Năm 2026"),
                                       ("Rà soát các thủ tục ", ["Bộ Tài chính"], [], "Quý IV/2026")]


@pytest.mark.parametrize("heading", [["2. Nhiệm vụ về kiểm tra"], ["2.1. Nhiệm vụ về kiểm tra", "Các sở thực hiện như sau:"],
                                     ["3) Kiểm tra công vụ"]])
@pytest.mark.parametrize("numbered", [True, False])
def test_a_numbered_heading_between_two_tabbed_tables_is_no_row(tmp_path, heading, numbered):
    """A numbered heading between two tables of the same width, copied as tabbed rows: the next table's header is
    no cell of a row the heading opens (before: a task "Nội dung" led by "Cơ quan chủ trì", due "Thời hạn")."""
    names = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn") if numbered else ("Nội dung", "Đơn vị chủ trì", "Thời gian")
    first = [("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý I/2026"), ("2", "Tập huấn nghiệp vụ", "Sở Nội vụ", "Quý II/2026")]
    second = [("1", "Kiểm tra công vụ", "Sở Nội vụ", "Quý III/2026"), ("2", "Sơ kết", "Sở Tài chính", "Năm 2026")]
    rows = lambda table: ["\t".join(row if numbered else row[1:]) for row in table]  # noqa: E731
    lines = ["\t".join(names), *rows(first), *heading, "\t".join(names), *rows(second)]
    assert _tasks(tmp_path, lines) == [(r[1][:20], [r[2]], [], r[3]) for r in (*first, *second)]


@pytest.mark.parametrize("first_name", ["Cơ quan, đơn vị", "Đơn vị thực hiện", "Cơ quan chủ trì"])
def test_a_body_first_table_copied_as_cells_keeps_its_first_row(tmp_path, first_name):
    """"cell | cell |" lines with the body's column first and no number column: the first row's body, a short name,
    is no header name (before, the rows ran one cell off: the deadline read as the task)."""
    header = (first_name, "Nhiệm vụ được giao", "Thời hạn", "Ghi chú")
    rows = [("Sở Văn hóa, Thể thao và Du lịch", "Tổ chức liên hoan văn nghệ quần chúng toàn tỉnh", "Quý III/2026",
             "Báo cáo về Sở Nội vụ"),
            ("Công an tỉnh", "Tuyên truyền phòng, chống tội phạm công nghệ cao trong trường học", "Năm 2026", ""),
            ("Sở Y tế", "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán", "Tháng 01/2026", "Phối hợp với Công an tỉnh")]
    lines = [f"{cell} |" for row in (header, *rows) for cell in row]
    # the last note names the help in a table with no support column (the twenty-second bed): Công an tỉnh supports
    supports = ([], [], ["Công an tỉnh"])
    assert _tasks(tmp_path, lines) == [(r[1][:20], [r[0]], support, r[2]) for r, support in zip(rows, supports)]


@pytest.mark.parametrize("name", ["Các tổ dân phố", "Các thôn, bản", "Các ấp", "Các khu phố", "- Các buôn, làng",
                                  "Các bản", "Các làng, bản", "Các bản và tổ dân phố", "Các bản; các thôn"])
def test_residential_groups_are_collective_bodies(name):
    assert looks_like_agency(name)


@pytest.mark.parametrize("text", ["Các tổ chức xã hội tham gia", "các thông tin liên quan", "Cải tạo các ấp chiến lược cũ",
                                  "Các bản kế hoạch đã ban hành", "Các bản sao giấy tờ hộ tịch", "Các bản đồ quy hoạch",
                                  "Các làng nghề truyền thống", "- Các làng văn hóa kiểu mẫu"])
def test_words_that_only_begin_like_them_are_not(text):
    """"bản" and "làng" also begin nouns ("bản sao", "làng nghề"): a village only where the name ends."""
    assert not looks_like_agency(text)


@pytest.mark.parametrize("form", ["one cell a line", "pipe"])
def test_a_task_that_opens_like_a_village_keeps_its_row(tmp_path, form):
    """A task cell opening "Các bản …" (documents) or "Các làng nghề …" is no body: one cell a line, its row was
    left uncertain and lost (the task read as an agency)."""
    header = ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
    rows = [("1", "Các làng nghề truyền thống được khôi phục", "Phòng Văn hóa - Xã hội", "Hội Nông dân phường", "Quý II/2026"),
            ("2", "Các bản kế hoạch đã ban hành được rà soát", "Phòng Nội vụ", "Công an phường", "Năm 2026"),
            ("3", "Tổ chức lễ hội du lịch", "Phòng Kinh tế", "Các thôn, bản", "Tháng 9/2026")]
    lines = [cell if form == "one cell a line" else f"{cell} |" for row in (header, *rows) for cell in row]
    assert _tasks(tmp_path, lines) == [(r[1][:20], [r[2]], [r[3]], r[4]) for r in rows]
