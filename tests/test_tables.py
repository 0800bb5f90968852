"""Tables recovered from the flattened samples, checked against the documents."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.indicators import parse_vn_number
from pipeline.stages.columns import column_role


def names(mentions):
    return [m.name for m in mentions]


@pytest.mark.parametrize(
    "header, role",
    [
        ("TT", "number"), ("STT", "number"), ("Nhiệm vụ", "content"), ("Nội dung thực hiện", "content"), ("Tên nhiệm vụ", "content"),
        ("Cơ quan chủ trì", "lead"), ("Chủ trì t/m, đầu mối th. dõi, đ.đốc, t/hợp", "lead"), ("Sở, ngành chủ trì tham mưu", "lead"),
        ("Cơ quan phối hợp", "support"), ("Đơn vị phối hợp thực hiện", "support"), ("Đơn vị thực hiện", "implementer"),
        ("Thời gian hoàn thành", "deadline"), ("Tiến độ hoàn thành", "deadline"), ("Thời gian thực hiện", "deadline"),
        ("Sản phẩm", "output"), ("Kết quả", "output"), ("Yêu cầu/Kết quả/ Sản phẩm", "output"),
        ("Điểm tối đa", "max_score"), ("Kết quả năm 2024", "previous_result"), ("Mục tiêu năm 2025", "target"),
        ("Ghi chú", "note"), ("Chỉ số nội dung", "group"), ("Nội dung thành phần", "subgroup"),
    ],
)
def test_column_roles(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("printed, value", [("43,7747", 43.7747), ("9,5", 9.5), ("1,50", 1.5), ("100", 100.0),
                                            ("600.000", 600000.0), ("", None), ("Sở Nội vụ", None), ("88,00", 88.0)])
def test_vietnamese_numbers(printed, value):
    assert parse_vn_number(printed) == value


def _data_rows(table):
    return [r for r in table.rows if r.kind == "data"]


def test_sample_001_annexes(corpus_docs):
    doc = corpus_docs["001"]
    kinds = [(t.kind, t.layout, len(t.columns), len(t.rows)) for t in doc.tables]
    # Phụ lục 1 (lines 58-1143): header + groups A, B, C and their parts + 139 tasks; Phụ lục 2-4 are indicators
    assert [k[:3] for k in kinds] == [("tasks", "pipe", 6), ("indicators", "pipe", 6), ("indicators", "pipe", 6), ("indicators", "pipe", 6)]
    assert all(t.confidence == 1.0 for t in doc.tables)
    tasks = [t for t in doc.tasks if t.table == "table_1"]
    assert len(tasks) == 139  # 35 PAR INDEX + 88 PAPI + 16 SIPAS
    first = tasks[0]  # line 76-81
    assert first.number == "1." and first.group_path == ["A CHỈ SỐ CCHC (PAR INDEX)", "I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"]
    assert (names(first.lead), names(first.support)) == (["Sở Nội vụ"], ["Các sở, ban, ngành", "UBND cấp xã"])
    assert (first.deadline.start, first.deadline.end) == ("2025-07-01", "2025-07-31")
    fifth = tasks[4]  # line 100-105: no lead printed
    assert fifth.lead == [] and fifth.deadline.recurring == "thường xuyên"
    sipas = [t for t in tasks if t.group_path[0].startswith("C ")]
    assert len(sipas) == 16 and sipas[0].group_path[1] == "I XÂY DỰNG, TỔ CHỨC THỰC HIỆN CHÍNH SÁCH"


def test_sample_001_indicators(corpus_docs):
    by_code = {(i.table, i.code): i for i in corpus_docs["001"].indicators}
    parent = by_code[("table_2", "1")]  # line 1154-1159: 1 | CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC | 9,5 | 9,4 | 9,5
    assert (parent.max_score, parent.previous_result, parent.target) == (9.5, 9.4, 9.5)
    child = by_code[("table_2", "1.1")]  # printed "1,1"
    assert child.parent == parent.id and names(child.lead) == ["Sở Nội vụ"]
    assert by_code[("table_2", "1.3.1")].parent == by_code[("table_2", "1.3")].id
    overall = [i for i in corpus_docs["001"].indicators if i.table == "table_4" and i.code is None][0]
    assert (overall.name, overall.max_score, overall.previous_result, overall.target) == ("CHỈ SỐ CHUNG:", 80.0, 43.7747, 46.2)
    mismatches = [w.message for w in corpus_docs["001"].warnings if w.code == "indicator_sum_mismatch"]
    assert any("'2 CẢI CÁCH THỂ CHẾ': previous_result is 9.45 but its 4 parts add up to 9.53" in m for m in mismatches)


def test_sample_003_annex(corpus_docs):
    doc = corpus_docs["003"]
    (table,) = doc.tables
    assert (table.kind, table.layout, table.confidence) == ("tasks", "lines", 1.0)
    assert [c.role for c in table.columns] == ["number", "content", "output", "lead", "support", "deadline"]
    groups = [r.cells[0] for r in table.rows if r.kind == "group"]
    assert groups == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert len(doc.tasks) == 53  # I 12, II 4, III 8 + 2 sub-tasks, IV 8 (two "2"), V 3, VI 5, VII 11
    by_line = {t.line_start: t for t in doc.tasks}
    # III.4 spans two rows (555-575), each with its own product, lead, support and time: two tasks (s47; they had
    # been one with both products, the supports pooled and the times joined)
    task, second = by_line[555], by_line[567]
    assert (task.output, task.deadline.text, names(task.support), task.rows) == (
        "Văn bản hướng dẫn", "Quý I/2021", ["Sở Nội vụ"], [24])
    assert (second.output, second.deadline.recurring, second.rows, second.content) == (
        "Báo cáo kết quả hàng tháng", "hằng tháng", [25], task.content)
    assert names(second.support) == ["Sở, Ban, Ngành", "UBND các quận, huyện, thị xã"]
    sub = by_line[605]  # "-" under III.6
    assert sub.number == "-" and sub.group_path[-1].startswith("6. Chủ trì, phối hợp")
    assert names(by_line[437].support) == ["Sở, Ban, Ngành", "UBND các quận, huyện, thị xã"]


def test_sample_000_summary_table(corpus_docs):
    doc = corpus_docs["000"]
    (table,) = doc.tables
    assert [c.role for c in table.columns] == ["number", "group", "subgroup", "lead", "content", "output", "implementer"]
    first = doc.tasks[:3]  # 1.a (lines 265-289): three task bullets, three results, three implementers
    assert [names(t.implementer) for t in first] == [["Sở TT&TT"], ["Sở TT&TT"], ["UBND cấp huyện", "UBND cấp xã"]]
    assert all(t.group_path == ["1. Tham gia của người dân", "a) Tri thức công dân"] for t in first)
    assert first[1].output == "- 639 người (579 cấp xã, 60 cấp huyện, 30 Trung tâm VHTTTT)."
    rows_5 = [r for r in table.rows if r.cells[0] == "5"]  # 5.b-d print only their label: merged cells of 5.a
    assert [r.cells[2] for r in rows_5][1:] == ["b) Dịch vụ cấp phép xây dựng", "c) Dịch vụ cấp GCN quyền sử dụng đất", "d) Dịch vụ hành chính cấp xã"]
    assert all(r.merged_from_above == [0, 1, 3, 4, 5, 6] for r in rows_5[1:])
    uncertain = [r.line_start for r in table.rows if r.uncertain]
    assert uncertain == [595, 802]  # 4.b and 6.c: one cell holds several leads, each with its own tasks
    assert all(r.raw for r in table.rows if r.uncertain)  # their text is kept as printed


def _viterbi_by_every_move(features, roles):
    """The alignment written out move by move, O(columns²) a paragraph: every previous column tried against
    every column, candidates taken in order of the previous column with strict improvement. The
    reference that ``align``'s O(columns) recurrences must reproduce, ties included."""
    from pipeline.stages import tables as t
    m = len(roles)
    emit = [[t._tenths(t.emission(f, r)) for r in roles] for f in features]
    new_row, before, after, skipped = (t._tenths(x) for x in (t._NEW_ROW, t._MERGED_BEFORE, t._MERGED_AFTER, t._SKIPPED))
    score = [[emit[0][c] + before * c for c in range(m)]]
    back = [None]
    for i in range(1, len(features)):
        join = t.Join.of(features[i - 1], features[i])
        row, moves = [None] * m, [None] * m
        for p in range(m):
            base = score[i - 1][p]
            candidates = [(p, base + t._tenths(join.score(roles[p])) + (0 if roles[p] in ("group", "subgroup") else emit[i][p]), False, False)]
            candidates += [(c, base + emit[i][c] + skipped * (c - p - 1), False, True) for c in range(p + 1, m)]
            candidates += [(c, base + emit[i][c] + new_row + before * c + after * (m - 1 - p), True, True) for c in range(m)]
            for c, value, opens_row, opens_cell in sorted(candidates, key=lambda x: x[2]):  # same row first
                if row[c] is None or value > row[c]:
                    row[c], moves[c] = value, (p, opens_row, opens_cell)
        score.append(row)
        back.append(moves)
    column = max(range(m), key=lambda c: score[-1][c] + after * (m - 1 - c))
    path = []
    for i in range(len(features) - 1, 0, -1):
        p, opens_row, opens_cell = back[i][column]
        path.append((column, opens_row, opens_cell))
        column = p
    path.append((column, True, True))
    return path[::-1]


def test_alignment_matches_the_move_by_move_viterbi_ties_included(corpus_docs):
    import random

    from pipeline.stages.tables import Features, align

    paragraphs = [Features.of(b) for doc in corpus_docs.values() for b in doc.body() if b.text is not None][:3000]
    roles_seen = ["number", "content", "lead", "support", "deadline", "output", "group", "subgroup", "note", "implementer"]
    rng = random.Random(7)
    for _ in range(400):
        start = rng.randrange(len(paragraphs) - 30)
        window = paragraphs[start : start + rng.randint(1, 30)] if rng.random() < 0.5 else rng.sample(paragraphs, rng.randint(1, 30))
        roles = [rng.choice(roles_seen) for _ in range(rng.randint(1, 8))]
        expected = _viterbi_by_every_move(window, roles)
        assert [(p.column, p.new_row, p.new_cell) for p in align(window, roles)] == expected, (roles, [f.text for f in window])


# The header printed again inside a table's body, as the plain scan it replaced found it (a window at every block):
# the faster scan in tables.py must keep exactly what this keeps, on bodies of any shape.
def _reference_without_repeated_header(body, header):
    from pipeline.text import fold

    names = [fold(b.text or "") for b in header if (b.text or "").strip()]
    if len(names) < 2:
        return body
    kept, i = [], 0
    while i < len(body):
        run = [k for k in range(i, min(len(body), i + 2 * len(names))) if (body[k].text or "").strip()][: len(names)]
        if len(run) == len(names) and [fold(body[k].text or "") for k in run] == names:
            if header[0].cell_end and kept and not kept[-1].cell_end:
                kept.pop()
            i = run[-1] + 1
            continue
        kept.append(body[i])
        i += 1
    return kept


_HEADER_WORDS = ["TT", "Nhiệm vụ", "NHIỆM VỤ", "Cơ quan chủ trì", "", "  ", "Thời gian", "x"]


@settings(max_examples=500, deadline=None)
@given(header=st.lists(st.sampled_from(_HEADER_WORDS), min_size=0, max_size=4), header_cells=st.booleans(),
       data=st.data())
def test_a_repeated_header_is_dropped_as_the_plain_scan_drops_it(header, header_cells, data):
    from pipeline.model import Block, Provenance
    from pipeline.stages.tables import _without_repeated_header

    def block(i, text, cell_end):
        return Block(id=f"b{i:04d}", orig=text, text=text, prov=Provenance(reader="txt"), cell_end=cell_end)

    # a body made of the header's lines (the header again, whole or in part), empty lines and other lines
    lines = st.one_of(st.sampled_from(header or ["TT"]), st.sampled_from(["", " ", "x"]))
    body = data.draw(st.lists(st.tuples(lines, st.booleans()), max_size=40))
    header_blocks = [block(i, text, header_cells) for i, text in enumerate(header)]
    body_blocks = [block(100 + i, text, cell_end) for i, (text, cell_end) in enumerate(body)]
    expected = [b.id for b in _reference_without_repeated_header(body_blocks, header_blocks)]
    assert [b.id for b in _without_repeated_header(body_blocks, header_blocks)] == expected
