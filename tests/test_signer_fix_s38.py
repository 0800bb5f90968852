"""Two regressions of s38's places and box posts, fixed (review of s38-places).

a. A signature box's post is compared with positions.csv with its marks, folded only where it is printed without
   them: "Thủ trưởng cơ quan" / "Thủ trưởng đơn vị" (the head of an agency or a unit) folds as "Thứ trưởng" (a deputy
   minister) does, and had given that title; a box with that post under another block's position is warned.
b. A name of three words or more after "Ký bởi:" is a person's though a commune or a street took it ("Nguyễn Văn
   Linh", "Chu Văn An", "Lê Thanh Nghị"): only a province's name is refused there. Two words ("Hoàng Mai", "Lê Chân")
   still need a post row beside them, and an unlabelled row a place's name never is a person.
Names and documents below are made up.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.run import process
from pipeline.stages.metadata import _person_of_box, _position_of_box, _same_post, _stamp_signer
from test_places_s38 import CHAIN, DETAILS, HEAD
from test_signature_box_s38 import NO_POSITION, TIME, codes, signed

# --- a. the box's post, with its marks

HEADS_OF_A_BODY = ["Chức vụ: Thủ trưởng cơ quan", "Chức vụ: Thủ trưởng đơn vị", "Chức danh: THỦ TRƯỞNG CƠ QUAN",
                   "Chức vụ: Thủ trưởng"]


@pytest.mark.parametrize("post", HEADS_OF_A_BODY)
def test_the_head_of_a_body_is_no_deputy_minister(post):
    assert _position_of_box(["Ký bởi: Nguyễn Văn Hùng", post, TIME]) is None


@pytest.mark.parametrize("post, position", [
    ("Chức vụ: Thứ trưởng", "Thứ trưởng"), ("Chức vụ: PHÓ THỦ TRƯỞNG", "Phó Thủ trưởng"),
    ("Chức vụ: Pho Chu tich", "Phó Chủ tịch"), ("Pho Chu tich", "Phó Chủ tịch"), ("Chức danh: Pho Giam doc So", "Phó Giám đốc"),
    ("Chức vụ: Chủ  tịch UBND tỉnh", "Chủ tịch"),
])
def test_a_post_with_its_marks_or_without_any_gives_its_position(post, position):
    assert _position_of_box(["Ký bởi: Nguyễn Văn Hùng", post, TIME]) == position


@pytest.mark.parametrize("post, title, same", [
    ("Thủ trưởng đơn vị", "Thứ trưởng", False), ("Thủ trưởng cơ quan", "Thứ trưởng", False),
    ("Thứ trưởng Bộ Tài chính", "Thứ trưởng", True), ("Chu tich UBND tinh", "Chủ tịch", True),
    ("CHỦ TỊCH UBND TỈNH", "Chủ tịch", True), ("Phó Chủ tịch", "Chủ tịch", False),
])
def test_the_box_s_post_and_the_block_s(post, title, same):
    assert _same_post(post, title) is same


@pytest.mark.parametrize("post", HEADS_OF_A_BODY[:2])
def test_a_box_of_a_body_s_head_gives_no_title(tmp_path, post):
    doc = signed(tmp_path, [["Ký bởi: Nguyễn Văn Hùng", post, TIME]], NO_POSITION)
    assert (doc.metadata.signer.name, doc.metadata.signer.title) == ("Nguyễn Văn Hùng", None)
    assert "missing_signer_title" in codes(doc) and "signer_title_from_signature_box" not in codes(doc)


def test_a_box_of_a_body_s_head_under_a_deputy_minister_s_block_is_warned(tmp_path):
    block = [(330, 600, "KT. BỘ TRƯỞNG"), (360, 618, "THỨ TRƯỞNG")]
    doc = signed(tmp_path, [["Ký bởi: Nguyễn Văn Hùng", "Chức vụ: Thủ trưởng đơn vị", TIME]], block)
    assert doc.metadata.signer.name is None
    assert "signature_box_post_differs" in codes(doc)


# --- b. a labelled name of three words a commune or a street took

PERSONS_PLACES_TOOK = ["Nguyễn Văn Linh", "Lý Văn Lâm", "Lê Thanh Nghị", "Trần Văn Thời", "Chu Văn An", "Hồ Thị Kỷ",
                       "Lương Văn Tri", "Hoàng Văn Thụ", "Nguyen Van Linh"]


@pytest.mark.parametrize("label", ["Ký bởi: ", "Người ký: "])
@pytest.mark.parametrize("person", PERSONS_PLACES_TOOK)
def test_a_labelled_person_s_name_a_commune_took_is_the_stamp_signer(label, person):
    assert _stamp_signer(label + person) == person


@pytest.mark.parametrize("rest", [[TIME], ["Cơ quan: Ủy ban nhân dân tỉnh Ninh Bình", TIME],
                                  ["Cơ quan: Ủy ban nhân dân tỉnh Ninh Bình"]])
@pytest.mark.parametrize("person", PERSONS_PLACES_TOOK[:5])
def test_a_box_naming_a_person_a_commune_took_gives_the_name(person, rest):
    assert _person_of_box([f"Ký bởi: {person}", *rest], "Chủ tịch") == person


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("person", ["Nguyễn Văn Linh", "Lê Thanh Nghị", "Chu Văn An"])
def test_a_page_s_stamp_naming_a_person_a_commune_took(tmp_path, form, person):
    doc = process(write_in_form(tmp_path, [*HEAD, *CHAIN, f"Ký bởi: {person}", *DETAILS], form))
    assert doc.metadata.signer.name == person


@pytest.mark.parametrize("words", ["Thừa Thiên Huế", "Bà Rịa Vũng Tàu", "Hồ Chí Minh", "Hoàng Mai", "Lê Chân", "Trần Phú"])
def test_a_province_s_name_or_a_district_s_two_words_stay_no_stamp_signer(words):
    assert _stamp_signer("Ký bởi: " + words) is None
    assert _person_of_box([f"Ký bởi: {words}", "Cơ quan: Ủy ban nhân dân tỉnh Ninh Bình", TIME], "Chủ tịch") is None


@pytest.mark.parametrize("words", ["Phan Rang Tháp Chàm", "Dương Minh Châu", "Hoàng Su Phì"])
def test_an_unlabelled_row_a_place_s_name_stays_no_person(words):
    assert _person_of_box([words, "15/10/2025 09:12"], "Chủ tịch") is None
