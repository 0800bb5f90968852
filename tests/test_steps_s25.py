"""Steps (s25): a step's word and number alone on a plain line, its text under it ("Bước 1" / "Cán bộ kiểm tra hồ sơ."),
in a run of them; sub-steps ("Bước 1.1:") under their step. Before, a lone step was one only in bold, and "Bước 1.1" text.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from test_structure_s24 import _run, _tree

FORMS = ["text", "html_b", "docx", "pdf"]


# Steps whose word and number stand alone on their line, their text on the next lines ("Bước 1" / "Kiểm tra hồ sơ."):
# in bold they were steps, in plain text (or a PDF's or a page's plain line) text of the node above.
_LONE_STEPS = ["I. QUY TRÌNH", "1. Tiếp nhận", "{word} {one}", "Cán bộ kiểm tra hồ sơ.", "Hồ sơ đủ thì vào sổ.", "{word} {two}",
               "Chuyển hồ sơ cho phòng chuyên môn.", "2. Giải quyết", "Các phòng giải quyết."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("word, one, two", [("Bước", "1", "2"), ("Giai đoạn", "I", "II"), ("GIAI ĐOẠN", "1", "2"), ("Đợt", "01", "02")])
def test_a_step_word_and_number_alone_in_plain_lines_is_a_step(tmp_path, form, word, one, two):
    doc = _run(tmp_path, [line.format(word=word, one=one, two=two) for line in _LONE_STEPS], form)
    item = doc.sections[1].children[0]
    assert [(n.kind, n.number, n.heading, n.text) for n in item.children] == [
        ("step", one, None, "Cán bộ kiểm tra hồ sơ.\nHồ sơ đủ thì vào sổ."), ("step", two, None, "Chuyển hồ sơ cho phòng chuyên môn.")]
    assert item.text == "" and doc.sections[1].children[1].text == "Các phòng giải quyết."


@pytest.mark.parametrize("form", FORMS)
def test_a_lone_step_takes_the_title_under_it_as_its_heading(tmp_path, form):
    lines = ["I. NHIỆM VỤ", "Giai đoạn 1", "Chuẩn bị", "Các sở rà soát hồ sơ.", "Giai đoạn 2", "Triển khai", "Các sở số hóa.",
             "II. KINH PHÍ", "Ngân sách tỉnh."]
    doc = _run(tmp_path, lines, form)
    assert [(n.id, n.heading, n.text) for n in doc.sections[1].children] == [
        ("sec_I__step_1", "Chuẩn bị", "Các sở rà soát hồ sơ."), ("sec_I__step_2", "Triển khai", "Các sở số hóa.")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # a procedure's table flattened into lines, a row a step: its cells under each "Bước n", as many, none a sentence
    ["Bước 1", "Tiếp nhận hồ sơ", "Bộ phận Một cửa", "0,5 ngày", "Bước 2", "Thẩm định hồ sơ", "Phòng chuyên môn", "03 ngày"],
    # one lone step: no run of them
    ["Bước 1", "Cán bộ kiểm tra hồ sơ."],
    # a run that starts at no first number
    ["Bước 3", "Cán bộ kiểm tra hồ sơ.", "Bước 4", "Chuyển hồ sơ."],
])
def test_lone_step_words_that_are_no_run_of_steps_stay_text(tmp_path, form, lines):
    doc = _run(tmp_path, ["I. QUY TRÌNH", "1. Tiếp nhận", *lines, "2. Giải quyết", "Các phòng giải quyết."], form)
    item = doc.sections[1].children[0]
    assert item.children == [] and item.text.splitlines() == lines


_SUB_STEPS = ["I. QUY TRÌNH", "Bước 1: Tiếp nhận", "Bước 1.1: Kiểm tra hồ sơ", "Cán bộ kiểm tra.", "Bước 1.2: Vào sổ",
              "Cán bộ vào sổ.", "Bước 2: Giải quyết", "Các phòng giải quyết.", "II. KINH PHÍ", "Ngân sách tỉnh."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", [":", ".", " -"])
def test_sub_steps_nest_under_their_step(tmp_path, form, mark):
    doc = _run(tmp_path, [line.replace(":", mark) if line.startswith("Bước") else line for line in _SUB_STEPS], form)
    assert _tree(doc.sections[1:3]) == [
        ("sec_I", "QUY TRÌNH", [
            ("sec_I__step_1", "Tiếp nhận", [("sec_I__step_1__step_1-1", "Kiểm tra hồ sơ", []), ("sec_I__step_1__step_1-2", "Vào sổ", [])]),
            ("sec_I__step_2", "Giải quyết", [])]),
        ("sec_II", "KINH PHÍ", [])]
    sub = doc.sections[1].children[0].children
    assert [(n.number, n.text) for n in sub] == [("1.1", "Cán bộ kiểm tra."), ("1.2", "Cán bộ vào sổ.")]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


@pytest.mark.parametrize("form", FORMS)
def test_a_skipped_sub_step_is_reported(tmp_path, form):
    lines = [line.replace("1.2", "1.3") for line in _SUB_STEPS]
    doc = _run(tmp_path, lines, form)
    assert [n.number for n in doc.sections[1].children[0].children] == ["1.1", "1.3"]
    assert [w.code for w in doc.warnings if w.code.startswith("numbering")] == ["numbering_skipped"]


@pytest.mark.parametrize("form", FORMS)
def test_items_named_as_steps_stay_items(tmp_path, form):
    lines = ["I. QUY TRÌNH", "1. Tiếp nhận", "1.1. Bước kiểm tra hồ sơ", "Cán bộ kiểm tra.", "1.2. Bước vào sổ", "Cán bộ vào sổ.",
             "2. Giải quyết", "Các phòng giải quyết."]
    doc = _run(tmp_path, lines, form)
    assert _tree(doc.sections[1:2]) == [("sec_I", "QUY TRÌNH", [
        ("sec_I__item_1", "Tiếp nhận", [("sec_I__item_1__item_1-1", "Bước kiểm tra hồ sơ", []), ("sec_I__item_1__item_1-2", "Bước vào sổ", [])]),
        ("sec_I__item_2", "Giải quyết", [])])]
