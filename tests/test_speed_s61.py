"""Speed (s61, issue 20): the tasks stage reads an item's siblings' field lines (``_fields_after_siblings``: every
child asked ``field_line``) once per node; ``_Items.visit`` read them for its children and ``_Items.item`` read them
again for the same node. The tasks read stay the same (guards below, the same plans as tests/test_items_s58.py and
_s59.py and lists of other shapes); bench/html_instructions.py counts any row of bench/floors.py against its floor.

    1. Rà soát, hoàn thiện quy chế …                - Rà soát, hoàn thiện quy chế …
    - Cơ quan chủ trì: Sở Nội vụ.                   – Cơ quan chủ trì: Sở Nội vụ.
    - Thời gian hoàn thành: Quý II/2026.            – Thời gian hoàn thành: Quý II/2026.

The plans here are this file's own words.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from test_items_s56 import _doc, _tasks
from test_items_s58 import STORE, TWO_TASKS, WORK, _two_items

from pipeline.stages import tasks as tasks_stage

ROOT = Path(__file__).resolve().parent.parent
FORMS = ("text", "docx")

NUMBERED = (f"1. {WORK}\n- Cơ quan chủ trì: Sở Nội vụ.\n- Cơ quan phối hợp: Sở Tư pháp.\n"
            f"- Thời gian hoàn thành: Quý II/2026.\n2. {STORE}\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n"
            "- Thời hạn: tháng 10/2026.")
LETTERED = (f"1. Nhiệm vụ chuyển đổi số\na) {WORK}\n+ Chủ trì: Sở Nội vụ.\n+ Phối hợp: Sở Tư pháp.\n"
            f"+ Thời gian: Quý II/2026.\nb) {STORE}\n+ Chủ trì: Sở Khoa học và Công nghệ.\n+ Thời gian: tháng 10/2026.")
LISTS = {
    # items whose field lines are their siblings (s59): a hyphen and an en dash are one list
    "hyphen_over_en_dash": _two_items("-", "–"),
    "one_glyph": _two_items("-", "-"),
    # items whose field lines are their children
    "bullet_over_dash": _two_items("•", "-"),
    "numbered_over_dash": NUMBERED,
    "lettered_over_plus": LETTERED,
}


@pytest.fixture
def siblings_read(monkeypatch) -> Counter:
    """How many times ``_fields_after_siblings`` is asked about each node (by id) while the stages run."""
    asked: Counter = Counter()
    read = tasks_stage._fields_after_siblings

    def counted(node):
        asked[node.id] += 1
        return read(node)

    monkeypatch.setattr(tasks_stage, "_fields_after_siblings", counted)
    return asked


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("shape", sorted(LISTS))
def test_an_item_s_siblings_field_lines_are_read_once(tmp_path, siblings_read, shape, form):
    """Main: twice for every item node (once in visit for its children, once in item for its own field lines)."""
    doc = _doc(tmp_path, LISTS[shape], form)
    assert siblings_read, "the tasks stage read no node's children"
    assert max(siblings_read.values()) == 1, [node for node, times in siblings_read.items() if times > 1]
    assert _tasks(doc) == TWO_TASKS


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("shape", sorted(LISTS))
def test_the_tasks_read_are_the_same(tmp_path, shape, form):
    """Guard (as main): each item's own lead, support and deadline, whether its field lines are its children or its
    siblings."""
    assert _tasks(_doc(tmp_path, LISTS[shape], form)) == TWO_TASKS


def test_one_run_of_field_lines_after_a_list_s_steps_stays_the_item_s(tmp_path):
    """Guard (as main): one run of field lines after a list's steps is the numbered item's (no sibling item's)."""
    items = (f"1. {STORE}, gồm các bước:\n- Chuẩn hóa dữ liệu;\n- Số hóa tài liệu;\n"
             "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Thời hạn: tháng 10/2026.")
    found = _tasks(_doc(tmp_path, items))
    assert [(task[1], task[3]) for task in found] == [(["Sở Khoa học và Công nghệ"], "2026-10-31")]


@pytest.mark.parametrize(("fmt", "step"), [("html", "floor"), ("html", "process"), ("pdf", "floor")])
def test_the_instructions_child_runs_each_row_s_steps(tmp_path, fmt, step):
    """bench/html_instructions.py's counted process, run without valgrind on one file of the row: the floor's code is
    bench/floors.py's (main: lxml's parse alone, and no format to ask)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from html_instructions import CHILD
    finally:
        sys.path.remove(str(ROOT / "bench"))
    if fmt == "pdf":
        path = tmp_path / "blank.pdf"
        pdf = pdfium.PdfDocument.new()
        pdf.new_page(595, 842)
        pdf.save(path)
    else:
        path = tmp_path / "page.html"
        path.write_text("<html><body><p>KẾ HOẠCH</p><p>Triển khai thực hiện nhiệm vụ năm 2026</p></body></html>",
                        encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(ROOT / "bench"), fmt, step, "1", str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
