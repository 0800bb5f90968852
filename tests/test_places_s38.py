"""One check that words are a place's name (``resources.names_a_place``), for the signer a stamp's "Ký bởi:" names, the
signature box's names and the place of a place-and-date line (s38). Two checks stood side by side: the registry's
provinces (metadata's stamp signer, the date line) and the places with the districts and communes (the signature box).

a. A district's or a commune's name after "Ký bởi:" ("Hoàng Mai", "Lê Chân", "Ngô Quyền") is no signer: it had been,
   read in the page's lines or in an e-signature's box, with nothing but the label to say it is a person's.
b. Many districts and communes took a person's name ("Trần Phú", "Lê Lợi", "Nguyễn Trãi"): where the box corroborates
   a person (the label and a post row beside it), the name is read; a province's name never is.
c. A place-and-date line whose place is printed in small letters: a district's or a commune's name is a place as a
   province's is ("Hoàng mai, ngày …"); words that are no place's still are not ("Hôm nay, ngày …").
Names and documents below are made up.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form
from pipeline.resources import names_a_place
from pipeline.run import process
from pipeline.stages.metadata import _person_of_box, _stamp_signer

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 412/KH-UBND", "Ninh Bình, ngày 14 tháng 8 năm 2025", "KẾ HOẠCH", "Sửa chữa trường học năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Hoàn thành trước năm học mới.", "II. TỔ CHỨC THỰC HIỆN",
        "Các phòng, ban triển khai thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT."]
CHAIN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
DETAILS = ["Cơ quan: Ủy ban nhân dân tỉnh Ninh Bình", "Thời gian ký: 14.08.2025 10:20:00 +07:00"]

# districts before the reform and communes after it that open with a family name, in several forms
PLACES = ["Hoàng Mai", "Lê Chân", "Ngô Quyền", "Trần Phú", "Lê Lợi", "Hà Đông", "Lý Sơn", "Quận Hoàng Mai",
          "phường Trần Phú", "H. Mai Châu", "TX Hà Tiên"]
PERSONS = ["Nguyễn Văn Khải", "Lê Thị Hồng", "Trần Đức Long", "Hoàng Minh Tuấn", "Ngô Thị Bích"]


@pytest.mark.parametrize("words", [*PLACES, "Hà Nội", "Thành phố Đà nẵng", "TP. Hồ Chí Minh", "Tp. Hải Phòng",
                                   "tỉnh Kon Tum", "Thừa Thiên Huế"])
def test_a_place_s_name_alone_or_after_its_kind(words):
    assert names_a_place(words)


@pytest.mark.parametrize("words", [*PERSONS, "Hôm nay", "Tại trụ sở Hà Nội", "Hà Nội mới", "Thành phố", "Quận",
                                   "Huyện Nguyễn Văn Khải", ""])
def test_words_that_are_no_place_s_name(words):
    assert not names_a_place(words)


@pytest.mark.parametrize("words", ["Hà Nội", "Ninh Bình", "tỉnh Kon Tum", "TP. Hồ Chí Minh"])
def test_a_province_is_a_province_s_name(words):
    assert names_a_place(words, provinces_only=True)


@pytest.mark.parametrize("words", ["Hoàng Mai", "Trần Phú", "Lê Lợi", "Nguyễn Văn Khải"])
def test_a_district_commune_or_person_is_no_province_s_name(words):
    assert not names_a_place(words, provinces_only=True)


# --- a. a district's name after the label is no signer

@pytest.mark.parametrize("place", ["Hoàng Mai", "Lê Chân", "Ngô Quyền", "Trần Phú", "Lê Lợi", "Hà Đông"])
@pytest.mark.parametrize("label", ["Ký bởi: ", "Người ký: ", "Ký số bởi: "])
def test_a_labelled_place_s_name_is_no_stamp_signer(place, label):
    assert _stamp_signer(label + place) is None


@pytest.mark.parametrize("person", PERSONS)
def test_a_labelled_person_is_the_stamp_signer(person):
    assert _stamp_signer("Ký bởi: " + person) == person


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("place", ["Hoàng Mai", "Lê Chân", "Ngô Quyền"])
def test_a_stamp_naming_a_district_over_a_block_with_no_name(tmp_path, form, place):
    doc = process(write_in_form(tmp_path, [*HEAD, *CHAIN, f"Ký bởi: {place}", *DETAILS], form))
    assert doc.metadata.signer.name is None
    assert "missing_signer_name" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("person", PERSONS[:3])
def test_a_stamp_naming_a_person_over_a_block_with_no_name(tmp_path, form, person):
    doc = process(write_in_form(tmp_path, [*HEAD, *CHAIN, f"Ký bởi: {person}", *DETAILS], form))
    assert doc.metadata.signer.name == person


@pytest.mark.parametrize("place", ["Hoàng Mai", "Lê Chân", "Trần Phú"])
@pytest.mark.parametrize("rest", [["Thời gian ký: 14.08.2025"], ["Cơ quan: Ủy ban nhân dân tỉnh Ninh Bình"], []])
def test_a_box_s_label_alone_does_not_make_a_place_a_person(place, rest):
    assert _person_of_box([f"Ký bởi: {place}", *rest], "Chủ tịch") is None


# --- b. the label and a post row: a person whose name a place took too

@pytest.mark.parametrize("name", ["Trần Phú", "Lê Lợi", "Ngô Quyền", "Hoàng Mai", "Nguyễn Trãi"])
@pytest.mark.parametrize("post", ["Chức vụ: Chủ tịch", "Chức danh: Chủ tịch UBND tỉnh", "Chủ tịch"])
def test_a_place_s_name_the_box_corroborates_is_the_person(name, post):
    assert _person_of_box([f"Ký bởi: {name}", post, "Thời gian ký: 14.08.2025"], "Chủ tịch") == name


@pytest.mark.parametrize("province", ["Hà Nội", "Ninh Bình", "Lâm Đồng", "Cao Bằng"])
def test_a_province_is_never_the_person_a_box_names(province):
    assert _person_of_box([f"Ký bởi: {province}", "Chức vụ: Chủ tịch", "Thời gian ký: 14.08.2025"], "Chủ tịch") is None


def test_a_corroborated_name_whose_post_is_not_the_block_s_is_no_signer():
    assert _person_of_box(["Ký bởi: Trần Phú", "Chức vụ: Chánh Văn phòng", "Thời gian ký: 14.08.2025"], "Chủ tịch") is None


# --- c. a place-and-date line whose place is in small letters

@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("place", ["Hoàng mai", "Lê chân", "Thành phố Đà nẵng", "Hà nội"])
def test_a_place_line_in_small_letters_is_read(tmp_path, form, place):
    lines = [HEAD[0], "QUẬN HOÀNG MAI", *HEAD[2:4], "Số: 87/KH-UBND", f"{place}, ngày 3 tháng 9 năm 2024", *HEAD[6:]]
    doc = process(write_in_form(tmp_path, lines, form))
    assert doc.metadata.issued_date == "2024-09-03"
    assert doc.metadata.place == place


@pytest.mark.parametrize("words", ["Hôm nay", "Tại trụ sở", "Sáng nay"])
def test_words_in_small_letters_before_a_date_are_no_place(words):
    from pipeline.stages.metadata import _known_place_in_small_letters

    assert _known_place_in_small_letters(f"{words}, ngày 3 tháng 9 năm 2024") is None
