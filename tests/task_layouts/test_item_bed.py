"""The item bed prints tasks as a reader of the page sees them: items with labelled fields in the body, no table
(how the pipeline does on them is tests/test_task_layouts.py's business)."""

from __future__ import annotations

from task_layouts import BY_NAME, ITEM_BED, LAYOUTS, truth
from task_layouts.layouts import BEDS_AFTER_ITEMS
from task_layouts.render import to_html, to_text
from task_layouts.spec import Group, TaskItems


def test_the_item_bed_is_its_own_set_after_the_others():
    end = len(LAYOUTS) - sum(map(len, BEDS_AFTER_ITEMS))  # the fifth bed and later come after it
    assert len(ITEM_BED) >= 6 and LAYOUTS[end - len(ITEM_BED):end] == [BY_NAME[name] for name in ITEM_BED]
    layouts = [BY_NAME[name] for name in ITEM_BED]
    assert all(layout.note and layout.task_items and not layout.tables for layout in layouts)
    styles = {(items.style, items.bold_labels, items.field_mark) for layout in layouts for items in layout.task_items}
    assert {"lines", "inline", "break", "bracket", "prose", "do", "duty", "comma"} <= {style for style, _, _ in styles} and any(bold for _, bold, _ in styles)
    numbers = {t.number[-1:] if t.number != "-" else "-" for layout in layouts for items in layout.task_items
               for t in items.rows if not isinstance(t, Group)}
    assert {".", ")", "-"} <= numbers


def test_items_print_their_fields_and_leave_out_those_they_do_not_have():
    layout = BY_NAME["items_ministry_lines"]
    text = to_text(layout)
    rows = truth(layout)
    assert len(rows) == sum(1 for r in layout.task_items[0].rows if not isinstance(r, Group))
    missing = [r for r in rows if r.deadline is None]
    assert missing and all(r.group_path[0] == "II. NHIỆM VỤ CỤ THỂ" for r in rows)
    assert "- Cơ quan chủ trì: " in text and "- Sản phẩm: " in text
    # an item without a deadline prints no deadline line among its fields
    paragraphs = layout.task_items[0].paragraphs()
    start = next(i for i, p in enumerate(paragraphs) if missing[0].content in p)
    fields = [p for p in paragraphs[start + 1:start + 5] if p.startswith("- ")]
    assert fields and not any("Thời gian hoàn thành" in p for p in fields)


def test_bold_labels_are_bold_in_html_and_a_label_can_stand_over_its_value():
    html = to_html(BY_NAME["items_roman_bold_break"])
    assert "<b>Đơn vị chủ trì:</b>" in html
    lines = [line for line in to_text(BY_NAME["items_roman_bold_break"]).splitlines() if line]
    first = lines.index("- Đơn vị chủ trì:")
    assert lines[first + 1] == truth(BY_NAME["items_roman_bold_break"])[0].lead[0]


def test_inline_fields_follow_the_item_text():
    layout = BY_NAME["items_province_inline"]
    row = truth(layout)[0]
    line = next(line for line in to_text(layout).splitlines() if row.content in line)
    assert line.startswith(f"{row.number}.") and f"Chủ trì: {row.lead[0]}" in line and "; thời gian: " in line
    assert isinstance(layout.task_items[0], TaskItems) and layout.task_items[0].separator == "; "


def test_lettered_field_lines_start_again_at_a_for_each_item():
    layout = BY_NAME["items_lettered_fields"]
    lines = [line for line in to_text(layout).splitlines() if line]
    first, second = (lines.index(f"{row.number}. {row.content.split(chr(10))[0]}") for row in truth(layout)[:2])
    fields = [line[:3] for line in lines[first + 1:second] if not line.startswith("- ")]
    assert fields == ["a) ", "b) ", "c) ", "d) "] and lines[first + 1].startswith("a) Cơ quan chủ trì: ")
