"""The tables stage finds flattened tables (``find_regions``) as the plain code it replaced did: that code read each
paragraph again for every paragraph whose look-ahead reached it; today each is read once. Compared on runs of
paragraphs generated here (column names, row numbers, cell values, sentences, headings, empty lines) and on the samples."""

from __future__ import annotations

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

import parsers
from pipeline.model import Block, Layer, Provenance
from pipeline.run import pipeline_stages
from pipeline.stages import tables
from pipeline.stages.cells import ROW_NUMBER
from pipeline.stages.columns import column_role
from pipeline.stages.parts import annex_heading
from pipeline.text import is_upper_line


def _plain_names_columns(blocks: list[Block], i: int) -> bool:
    """``_names_columns`` as it was: the look-ahead from ``i`` read from the blocks at every call."""
    if not (blocks[i].text or "").strip():
        return False
    names: list[str] = []
    for block in blocks[i:i + 3 * tables._MAX_LAYOUT_COLUMNS]:
        text = (block.text or "").strip()
        if not text:
            continue
        if ROW_NUMBER.match(text) or len(text) > tables._MAX_HEADER_NAME or text[-1] in ".;!?:" or tables._CELL_VALUE.match(text):
            break
        names.append(text)
    else:
        return False
    roles = [column_role(n) for n in names]
    if names and tables._PART_HEADING.match(names[0]) and is_upper_line(names[0]):
        return False
    if any(tables._HEADER_START.match(n) for n in names[1:]):
        return False
    return len(names) >= 3 and roles[0] != "other" and (
        len(tables._TASK_COLUMN_ROLES & set(roles)) >= 2 or tables._names_targets(names, roles))


def _plain_find_regions(blocks: list[Block]) -> list[tables.Region]:
    regions = []
    title = None
    texts = [(b.text or "").strip() for b in blocks]
    i = 0
    while i < len(blocks):
        text = blocks[i].text or ""
        if annex_heading(text):
            title = tables._annex_title(blocks, i)
        if (title is not None and tables._HEADER_START.match(text)) or _plain_names_columns(blocks, i):
            if tables._number_column_name(blocks, i):
                i -= 1
            elif tables._title_over_names(texts, [bool(t) and tables._ends_names(t) for t in texts], i):
                i += 1  # s38-periods2: a title over the column names
            end = next((j for j in range(i + 1, len(blocks)) if tables._ends_table(blocks[j].text or "")
                        and not tables._group_row_across(blocks, j)), len(blocks))
            regions.append(tables.Region(i, end, title))
            i = end
            continue
        i += 1
    return regions


# Paragraphs of flattened task and target tables and of the text around them.
PARAGRAPHS = ["TT", "STT", "Số", "Nội dung công việc", "Nội dung", "Đơn vị chủ trì", "Cơ quan phối hợp", "Đơn vị phối hợp",
              "Thời gian hoàn thành", "Tiến độ", "Sản phẩm", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ghi chú", "1", "2",
              "1.1", "I.", "II", "a)", "-", "A", "Quý I/2026", "15/3/2026", "Trước ngày 05/3", "Sở Nội vụ", "UBND các xã",
              "Tổ chức hội nghị.", "Xây dựng kế hoạch triển khai:", "Tháng 3", "%", "PHỤ LỤC I", "PHỤ LỤC", "III. TỔ CHỨC THỰC HIỆN",
              "PHÂN CÔNG NHIỆM VỤ", "Nơi nhận:", "Điều 2.", "", " ", "\xa0", "Triển khai thực hiện có hiệu quả các nhiệm vụ "
              "trọng tâm về chuyển đổi số trên địa bàn trong năm 2026 và các năm tiếp theo"]


def _blocks(texts: list[str], ends: list[bool]) -> list[Block]:
    return [Block(id=f"b{k:04d}", orig=t, prov=Provenance(reader="txt", line_start=k + 1, line_end=k + 1), text=t, cell_end=e)
            for k, (t, e) in enumerate(zip(texts, ends))]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PARAGRAPHS), st.booleans()), max_size=60))
def test_regions_are_the_plain_codes(paragraphs):
    blocks = _blocks([t for t, _ in paragraphs], [e for _, e in paragraphs])
    assert tables.find_regions(blocks) == _plain_find_regions(blocks)


def test_regions_are_the_plain_codes_on_every_sample():
    stages = dict(pipeline_stages())
    found = 0
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        doc = stages["metadata"](stages["clean"](parsers.read(path)))
        blocks = [b for b in doc.body() if b.table is None and b.layer == Layer.BODY]
        regions = tables.find_regions(blocks)
        assert regions == _plain_find_regions(blocks), path.name
        found += len(regions)
    assert found  # the samples hold flattened tables: the comparison saw some


def test_regions_are_the_plain_codes_at_the_end_of_the_look_ahead():
    # a header of as many names as the look-ahead reaches, or one more, then its first row: no break inside the
    # window means no header
    names = ["Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú", "Sản phẩm"]
    window = 3 * tables._MAX_LAYOUT_COLUMNS
    for count in range(window - 2, window + 2):
        texts = [names[k % len(names)] for k in range(count)] + ["1", "Tổ chức hội nghị."]
        blocks = _blocks(texts, [False] * len(texts))
        assert tables.find_regions(blocks) == _plain_find_regions(blocks), count
