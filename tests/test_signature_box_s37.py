"""The signer's name printed only in an e-signature's box: a signature field's (or an annotation's) appearance drawn
over the signature block's space, its rows the name, the post and the time, with labels or without. The page's own
signature block prints the body and the position, no name. Only a person's name is the signer's: a body's ("Ký bởi:
Văn phòng …"), a post's or a place's is not, nor one of two different persons' boxes."""

from __future__ import annotations

import pytest

from pdfmaker import text_pdf, with_signing_stamp, with_widgets
from pipeline.run import process
from test_forms import BODY, HEADER, rect

DATE = (300, 110, "Lào Cai, ngày 15 tháng 10 năm 2025")
NUMBER = (60, 110, "Số: 1234/QĐ-UBND")
NO_NAME = [(330, 600, "TM. ỦY BAN NHÂN DÂN"), (360, 618, "CHỦ TỊCH")]


def signed(tmp_path, boxes: list[list[str]], signature=NO_NAME, subtype="/Widget"):
    data = text_pdf([HEADER + [NUMBER, DATE] + BODY + signature])
    for k, rows in enumerate(boxes):
        data = with_signing_stamp(data, (320 + 10 * k, 640 + 40 * k), rows, subtype=subtype, size=8)
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    return process(path)


def codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


PERSON_BOXES = [
    (["Nguyễn Văn Hùng", "Chủ tịch", "15/10/2025 09:12"], "Nguyễn Văn Hùng"),
    (["Ký bởi: Trần Thị Mai Anh", "Chức vụ: Chủ tịch", "Thời gian ký: 15.10.2025 09:12:40 +07:00"], "Trần Thị Mai Anh"),
    (["Người ký: Lê Quang Vinh", "Cơ quan: Ủy ban nhân dân tỉnh Lào Cai", "Ngày ký: 15/10/2025"], "Lê Quang Vinh"),
    (["Digitally signed by Nguyen Van Hung", "Date: 2025.10.15 09:12:40 +07'00'"], "Nguyen Van Hung"),
    (["Phạm Minh Đức", "15/10/2025"], "Phạm Minh Đức"),
]


@pytest.mark.parametrize("rows, name", PERSON_BOXES, ids=lambda v: v if isinstance(v, str) else v[0])
def test_the_person_an_e_signature_box_names_is_the_signer(tmp_path, rows, name):
    doc = signed(tmp_path, [rows])
    assert doc.metadata.signer.name == name
    assert doc.metadata.signer.title == "Chủ tịch"
    assert "missing_signer_name" not in codes(doc)
    assert "signer_name_from_signature_box" in codes(doc)  # inferred, not printed: the reviewer is told where from
    assert doc.metadata.sources["signer"].source == "form"
    assert doc.metadata.sources["signer"].confidence < 1.0


@pytest.mark.parametrize("subtype", ["/FreeText", "/Stamp"])
def test_a_name_typed_on_as_an_annotation_is_the_signer_too(tmp_path, subtype):
    doc = signed(tmp_path, [["Nguyễn Văn Hùng", "15/10/2025"]], subtype=subtype)
    assert doc.metadata.signer.name == "Nguyễn Văn Hùng"


@pytest.mark.parametrize("text, name", [("Signed by: Nguyen Van Hung", "Nguyen Van Hung"), ("Nguyen Van Hung", None)])
def test_a_one_row_widget_with_the_name_apart_from_any_line(tmp_path, text, name):
    """A widget drawing one row in a standard font (no embedded one), over the signature's space, on no line of text:
    a labelled name is the signer's; a bare one, with no day of signing beside it, is not told from a place's."""
    data = text_pdf([HEADER + [NUMBER, DATE] + BODY + NO_NAME])
    path = tmp_path / "signed.pdf"
    path.write_bytes(with_widgets(data, [(rect(330, 660, 480, 678), text)]))
    doc = process(path)
    assert doc.metadata.signer.name == name


NO_PERSON_BOXES = [
    ["Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Lào Cai", "Thời gian ký: 15.10.2025 09:12:40 +07:00"],
    ["Ủy ban nhân dân tỉnh Lào Cai", "Chủ tịch", "15/10/2025 09:12"],
    ["Lào Cai", "15/10/2025"],
    ["Phó Chủ tịch", "15/10/2025"],
    ["Sở Tài chính tỉnh Lào Cai", "ngày 15/10/2025"],
    # a district's, a phrase's, a street's: two words opening with a family name, a date beside them or not
    ["Hoàng Mai", "15/10/2025"],
    ["Lưu Hành Nội Bộ"],
    ["Lê Lợi", "15/10/2025 09:12"],
    # a copy's stamp: the office chief certifying it, not the signer
    ["SAO Y BẢN CHÍNH", "Ký bởi: Trần Thị Mai Anh", "Chức vụ: Chánh Văn phòng", "Thời gian ký: 16.10.2025 08:00:00 +07:00"],
    ["Bản sao", "Nguyễn Thị Thu Hà", "16/10/2025"],
    # a person whose post is not the block's (CHỦ TỊCH)
    ["Lê Văn Nam", "Phó Chánh Văn phòng", "15/10/2025"],
    ["Ký bởi: Lê Văn Nam", "Chức vụ: Phó Chủ tịch", "Ngày ký: 15/10/2025"],
    # an unlabelled name with nothing to corroborate it, and one the label contradicts
    ["Nguyễn Văn Hùng", "Chủ tịch"],
    ["Nguyễn Văn Hùng", "Ký bởi: Trần Thị Mai Anh", "15/10/2025"],
    # a three-word commune's name
    ["Phan Rang Tháp Chàm", "15/10/2025"],
]

# Districts, communes, streets and words that open with a family name: none is a person's name a box gives.
LOOK_ALIKES = ["Hoàng Mai", "Lưu Hành Nội Bộ", "Lê Chân", "Ngô Quyền", "Mai Châu", "Hà Đông", "Lý Sơn", "Cao Lãnh", "Hà Tiên",
               "Phan Rang", "Đỗ Lương", "La Gi", "Tạ Xá", "Lưu Trữ", "Lưu Văn Thư", "Cao Su", "Trần Phú", "Lê Lợi", "Hồ Gươm"]


@pytest.mark.parametrize("words", LOOK_ALIKES)
def test_a_place_or_a_phrase_over_a_day_is_no_person(words):
    from pipeline.stages.metadata import _person_of_box

    assert _person_of_box([words, "15/10/2025 09:12"], "Chủ tịch") is None


@pytest.mark.parametrize("rows, name", [(["Lê Chân", "Ký bởi: Lê Chân"], None), (["Ký bởi: Hồ Gươm"], "Hồ Gươm"),
                                        (["Ký bởi: Lê Chân", "Chức vụ: Chủ tịch"], "Lê Chân")])
def test_a_two_word_name_needs_its_label(rows, name):
    """A labelled name of two words is a person's (the label says so); the label is what tells it from a place's
    words, but not from a district's or a commune's name: that one needs a post row beside it too (s38)."""
    from pipeline.stages.metadata import _person_of_box

    assert _person_of_box(rows, "Chủ tịch") == name


@pytest.mark.parametrize("rows", NO_PERSON_BOXES, ids=lambda v: v[0])
def test_a_box_naming_no_person_gives_no_signer(tmp_path, rows):
    doc = signed(tmp_path, [rows])
    assert doc.metadata.signer.name is None
    assert "missing_signer_name" in codes(doc)


def test_two_boxes_naming_two_persons_give_no_signer(tmp_path):
    doc = signed(tmp_path, [["Nguyễn Văn Hùng", "15/10/2025"], ["Ký bởi: Trần Thị Mai Anh", "Ngày ký: 15/10/2025"]])
    assert doc.metadata.signer.name is None
    assert "missing_signer_name" in codes(doc)


def test_a_printed_name_is_kept_over_a_box_naming_another(tmp_path):
    doc = signed(tmp_path, [["Ký bởi: Trần Thị Mai Anh", "Ngày ký: 15/10/2025"]], signature=[*NO_NAME, (350, 700, "Nguyễn Văn Hùng")])
    assert doc.metadata.signer.name == "Nguyễn Văn Hùng"


@pytest.mark.parametrize("rows, name", [
    (["Đặng Văn Minh", "Chức vụ: Chủ tịch UBND tỉnh", "15/10/2025"], "Đặng Văn Minh"),  # the block's post, named longer
    (["Lê Minh Giang", "CHỦ TỊCH", "2025-10-15 09:12"], "Lê Minh Giang"),
    (["Nguyễn Văn Hùng", "Ký bởi: Nguyễn Văn Hùng"], "Nguyễn Văn Hùng"),  # the label corroborates the row
])
def test_a_person_s_box_with_the_block_s_post(rows, name):
    from pipeline.stages.metadata import _person_of_box

    assert _person_of_box(rows, "Chủ tịch") == name
