"""Section trees (s25): the annexes' own numbered trees, a bold heading before the first numbered label.

- An annex after the signature ("PHỤ LỤC I" / its title / "(Kèm theo Kế hoạch số …)") whose text is numbered
  ("I. NHIỆM VỤ CHUNG", "1. Rà soát") kept all of it as one text: it holds its own tree, its tables in their places
  (not an annex of several forms, each with its own signature: their bounds are not read).
- A bold heading right above the body's first label ("Mục đích, yêu cầu" / "1. Mục đích") was left in the opening.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from test_structure_s24 import BOLD, _run, _tree

FORMS = ["text", "html_b", "docx", "pdf"]

_REFERENCE = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 12/5/2026 của UBND tỉnh Hà Nam)"
_BODY = ["I. MỤC TIÊU", "Nâng cao chất lượng thư viện.", "II. NHIỆM VỤ", "1. Rà soát", "Các sở rà soát."]
_TASKS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành",
          "1", "Rà soát thủ tục hành chính nội bộ", "Sở Tư pháp", "Quý III/2026",
          "2", "Số hóa hồ sơ một cửa", "Văn phòng UBND tỉnh", "Tháng 10/2026"]


def _with_annexes(tmp_path, annexes: list[str], form: str):
    from test_structure_s24 import CLOSING, HEADER, _write
    from pipeline.run import process

    return process(_write(tmp_path, [*HEADER, *_BODY, *CLOSING, *annexes], form))


def _annexes(doc):
    return [n for n in doc.sections if n.kind == "annex"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("heading, title", [("PHỤ LỤC I", ["DANH MỤC NHIỆM VỤ NĂM 2026"]),
                                            ("Phụ lục 02", ["Danh mục nhiệm vụ năm 2026"]),
                                            ("PHỤ LỤC", ["DANH MỤC NHIỆM VỤ", "NĂM 2026"])])
def test_an_annex_holds_its_own_numbered_tree(tmp_path, form, heading, title):
    annex = [heading, *title, _REFERENCE, "I. NHIỆM VỤ CHUNG", "1. Rà soát", "Các sở rà soát.", "2. Tổng hợp",
             "Văn phòng tổng hợp.", "II. NHIỆM VỤ CỤ THỂ", "1. Số hóa", "Các sở số hóa."]
    doc = _with_annexes(tmp_path, annex, form)
    (node,) = _annexes(doc)
    assert (node.label, node.heading) == (heading, " ".join(title))
    assert node.text == _REFERENCE and node.attached_to["number"] == "77/KH-UBND"
    assert _tree(node.children) == [
        ("annex_1__sec_I", "NHIỆM VỤ CHUNG", [("annex_1__sec_I__item_1", "Rà soát", []), ("annex_1__sec_I__item_2", "Tổng hợp", [])]),
        ("annex_1__sec_II", "NHIỆM VỤ CỤ THỂ", [("annex_1__sec_II__item_1", "Số hóa", [])])]
    assert node.children[0].children[1].text == "Văn phòng tổng hợp."
    assert [n.level for n in (node, node.children[0], node.children[0].children[0])] == [1, 2, 3]
    # nothing of the annex in the body's last section or the closing
    assert doc.sections[2].children[-1].text == "Các sở rà soát."
    assert "NHIỆM VỤ CHUNG" not in doc.sections[3].text and doc.sections[3].kind == "closing"


@pytest.mark.parametrize("form", FORMS)
def test_several_annexes_each_with_its_tree_or_its_table(tmp_path, form):
    annexes = ["PHỤ LỤC I", "DANH MỤC NHIỆM VỤ NĂM 2026", _REFERENCE, *_TASKS,
               "PHỤ LỤC II", "HƯỚNG DẪN THỰC HIỆN", _REFERENCE, "1. Đối tượng", "Các cơ quan, đơn vị.", "2. Thời gian",
               "Hoàn thành trong năm 2026.", "a) Đợt đầu", "Quý II/2026.", "b) Đợt cuối", "Quý IV/2026."]
    doc = _with_annexes(tmp_path, annexes, form)
    first, second = _annexes(doc)
    assert [(n.label, n.heading) for n in (first, second)] == [("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ NĂM 2026"),
                                                                ("PHỤ LỤC II", "HƯỚNG DẪN THỰC HIỆN")]
    assert [n.kind for n in first.children] == ["table"] and first.children[0].table is not None
    assert _tree(second.children) == [
        ("annex_2__item_1", "Đối tượng", []),
        ("annex_2__item_2", "Thời gian", [("annex_2__item_2__point_a", "Đợt đầu", []), ("annex_2__item_2__point_b", "Đợt cuối", [])])]
    assert second.text == _REFERENCE and second.attached_to["number"] == "77/KH-UBND"


@pytest.mark.parametrize("form", FORMS)
def test_a_numbered_annex_keeps_its_table_under_the_item_it_follows(tmp_path, form):
    annex = ["PHỤ LỤC", "KẾ HOẠCH CHI TIẾT", _REFERENCE, "1. Kinh phí", "Ngân sách tỉnh bảo đảm.", "2. Nhiệm vụ trọng tâm",
             *_TASKS]
    doc = _with_annexes(tmp_path, annex, form)
    (node,) = _annexes(doc)
    item_1, item_2 = node.children
    assert (item_1.id, item_1.heading, item_1.text, item_2.heading) == ("annex_1__item_1", "Kinh phí", "Ngân sách tỉnh bảo đảm.",
                                                                        "Nhiệm vụ trọng tâm")
    assert [(n.kind, n.table is not None) for n in item_2.children] == [("table", True)]
    table = next(t for t in doc.tables if t.id == item_2.children[0].table)
    assert table.kind == "tasks" and "Rà soát thủ tục hành chính nội bộ" not in item_2.text


def test_a_skipped_number_in_an_annex_is_warned_once(tmp_path):
    """The annex's tree is checked as the body's is, and its warning is not given twice (the document's numbering
    warned of it before the annex had a tree). (A title that is a type heading, "HƯỚNG DẪN", makes the lines under it
    a document the annex carries, an 'attached' node after an empty annex: not this test's shape.)"""
    annex = ["PHỤ LỤC", "ĐỐI TƯỢNG VÀ THỜI GIAN", _REFERENCE, "1. Đối tượng", "Các cơ quan.", "3. Thời gian", "Năm 2026."]
    doc = _with_annexes(tmp_path, annex, "text")
    assert [n.number for n in _annexes(doc)[0].children] == ["1", "3"]
    assert [w.code for w in doc.warnings if w.code.startswith("numbering")] == ["numbering_skipped"]


_PREAMBLE = "Thực hiện Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Văn hóa ban hành Kế hoạch như sau:"


@pytest.mark.parametrize("form", ["html_b", "docx", "pdf"])
@pytest.mark.parametrize("heading, above", [(["Mục đích, yêu cầu"], _PREAMBLE),
                                            (["Mục đích và yêu cầu của việc", "triển khai kế hoạch"], "Kế hoạch gồm các nội dung sau."),
                                            (["Mục đích, yêu cầu"], "Căn cứ tình hình thực tế của địa phương;")])
def test_a_bold_heading_above_the_first_label_heads_the_list(tmp_path, form, heading, above):
    """It was left in the opening, the list under it at the top level."""
    lines = [above, *(BOLD + line for line in heading), "1. Mục đích", "Nâng cao chất lượng.", "2. Yêu cầu", "Bảo đảm tiến độ.",
             f"{BOLD}Nhiệm vụ cụ thể", "1. Rà soát", "Các sở rà soát."]
    doc = _run(tmp_path, lines, form)
    assert doc.sections[0].kind == "opening" and doc.sections[0].text.splitlines()[-1] == above
    assert _tree(doc.sections) == [
        ("heading_1", " ".join(heading), [("heading_1__item_1", "Mục đích", []), ("heading_1__item_2", "Yêu cầu", [])]),
        ("heading_2", "Nhiệm vụ cụ thể", [("heading_2__item_1", "Rà soát", [])])]
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]


@pytest.mark.parametrize("form", ["html_b", "docx", "pdf"])
def test_a_bold_title_right_above_the_first_label_stays_in_the_opening(tmp_path, form):
    """A title printed in bold under the type heading, the body's first label under it, no preamble between: the title."""
    from test_structure_s24 import CLOSING, HEADER, _write
    from pipeline.run import process

    lines = [*HEADER[:-1], f"{BOLD}Phát triển thư viện số năm 2026", "1. Mục đích", "Nâng cao.", "2. Yêu cầu", "Đúng hạn.", *CLOSING]
    doc = process(_write(tmp_path, lines, form))
    assert doc.sections[0].text.splitlines()[-1] == "Phát triển thư viện số năm 2026"
    assert [n.id for n in doc.sections[1:-1]] == ["item_1", "item_2"]


def test_the_same_heading_in_plain_text_stays_in_the_opening(tmp_path):
    lines = [_PREAMBLE, "Mục đích, yêu cầu", "1. Mục đích", "Nâng cao.", "2. Yêu cầu", "Đúng hạn."]
    doc = _run(tmp_path, lines, "text")
    assert doc.sections[0].text.splitlines()[-1] == "Mục đích, yêu cầu"
    assert [n.id for n in doc.sections[1:-1]] == ["item_1", "item_2"]


@pytest.mark.parametrize("form", ["html_b", "docx", "pdf"])
def test_bold_lines_at_the_end_of_a_document_with_no_label_change_nothing(tmp_path, form):
    """No numbered label: the opening runs on to the end; bold lines there (a signer's title and name) head nothing."""
    from test_structure_s24 import HEADER, _write
    from pipeline.run import process

    lines = [*HEADER, "Ủy ban nhân dân tỉnh đề nghị các sở thực hiện.", "Thời gian hoàn thành trong năm 2026.",
             f"{BOLD}KT. CHỦ TỊCH", f"{BOLD}PHÓ CHỦ TỊCH", f"{BOLD}Lê Minh Quang"]
    (tmp_path / "plain").mkdir()
    plain = process(_write(tmp_path / "plain", [line.removeprefix(BOLD) for line in lines], "text"))
    doc = process(_write(tmp_path, lines, form))
    assert [(n.kind, n.text) for n in doc.sections] == [(n.kind, n.text) for n in plain.sections]


_FORM = ["Mẫu số {n}. Mẫu báo cáo", "CƠ QUAN BÁO CÁO", "BÁO CÁO", "1. Tên dự án:", "2. Chủ đầu tư:", "Nơi nhận:", "- Như trên;",
         "ĐẠI DIỆN CƠ QUAN", "(Ký, ghi rõ họ tên)"]


@pytest.mark.parametrize("form", FORMS)
def test_an_annex_of_several_forms_stays_text(tmp_path, form):
    """Numbered text after the annex's own closing: several documents (forms) in one annex, their bounds not read."""
    annex = ["PHỤ LỤC", "CÁC MẪU BIỂU", _REFERENCE, *(line.format(n=n) for n in ("01", "02") for line in _FORM)]
    doc = _with_annexes(tmp_path, annex, form)
    (node,) = _annexes(doc)
    assert node.children == [] and node.text.splitlines()[0] == _REFERENCE and "Mẫu số 02. Mẫu báo cáo" in node.text.splitlines()
