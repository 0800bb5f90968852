"""s58-speed: bench/shared_questions.py counts each regex call the stages make by the stage, the project function that
made it and its pattern, over the second of two passes (the first fills the worker's caches and counts nothing)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from shared_questions import counted_calls  # noqa: E402

from pipeline.text import _TWO_LETTERS, is_upper_line  # noqa: E402

_OUTSIDE = re.compile(r"nhận")  # a pattern asked by code outside pipeline/


def _stages():
    def headings(lines):
        for line in lines:
            is_upper_line(line)  # one search of _TWO_LETTERS for a line in capitals, none for one in small letters
        return lines

    def first_heading_again(lines):
        is_upper_line(lines[0])
        _OUTSIDE.search(lines[-1])
        return lines

    return [("sections", headings), ("metadata", first_heading_again)]


def test_each_call_counted_once_by_its_stage_and_asking_function():
    by_function, _ = counted_calls([["KẾ HOẠCH", "II. NỘI DUNG", "Sở Nội vụ"]], _stages())
    assert dict(by_function["text.is_upper_line"]) == {"sections": 2, "metadata": 1}


def test_a_call_made_outside_the_project_has_no_asking_function():
    by_function, by_pattern = counted_calls([["KẾ HOẠCH", "Nơi nhận"]], _stages())
    assert dict(by_function["?"]) == {"metadata": 1}
    assert dict(by_pattern[_OUTSIDE.pattern]) == {"metadata": 1}


def test_a_pattern_two_stages_ask_is_counted_under_each():
    _, by_pattern = counted_calls([["KẾ HOẠCH", "NĂM 2026"], ["QUYẾT ĐỊNH"]], _stages())
    assert dict(by_pattern[_TWO_LETTERS.pattern[:70]]) == {"sections": 3, "metadata": 2}
