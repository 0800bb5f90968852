"""The unit printed after a signer's position ("GIÁM ĐỐC SỞ TÀI CHÍNH", "CHỦ TỊCH UBND HUYỆN").

A unit that starts with an abbreviation of a body ("UBND", "HĐND", "BCĐ": agency_abbreviations.csv) was no unit, so a
line "CHỦ TỊCH UBND TỈNH" was no position and the signer lost the title (missing_signer_title). A unit was written in
sentence case ("Giám đốc Sở nội vụ"): it is written as names of bodies are (Nghị định 30/2020, Phụ lục II), from the
registry's spelling of the body where it knows it, with a place's name capitalised after its unit word, abbreviations
kept; title_as_printed keeps the line as printed.
"""

import pytest

from pipeline.run import process
from pipeline.stages.parts import unit_as_named

HEADER = ["UBND TỈNH KIÊN GIANG", "Số: 88/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Kiên Giang, ngày 3 tháng 3 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025", "I. MỤC ĐÍCH, YÊU CẦU",
          "Đẩy mạnh chuyển đổi số.", "Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT."]


def _signer(tmp_path, chain: list[str], form: str):
    from conftest import write_in_form

    return process(write_in_form(tmp_path, HEADER + chain + ["Lê Thị Hồng"], form)).metadata.signer


@pytest.mark.parametrize("fmt", ["text", "docx", "pdf", "html"])
@pytest.mark.parametrize("chain, title", [
    (["CHỦ TỊCH UBND TỈNH"], "Chủ tịch UBND tỉnh"),
    (["CHỦ TỊCH UBND HUYỆN"], "Chủ tịch UBND huyện"),
    (["KT. CHỦ TỊCH UBND XÃ", "PHÓ CHỦ TỊCH"], "Phó Chủ tịch UBND xã"),
    (["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH HĐND HUYỆN"], "Chủ tịch HĐND huyện"),
    (["TRƯỞNG BAN BCĐ TỈNH"], "Trưởng ban BCĐ tỉnh"),
])
def test_a_unit_starting_with_an_abbreviation_keeps_the_title(tmp_path, chain, title, fmt):
    signer = _signer(tmp_path, chain, fmt)
    assert signer.title == title
    assert signer.name == "Lê Thị Hồng"


@pytest.mark.parametrize("chain, title", [
    (["GIÁM ĐỐC SỞ NỘI VỤ"], "Giám đốc Sở Nội vụ"),
    (["KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÓ GIÁM ĐỐC"], "Phó Giám đốc Sở Giáo dục và Đào tạo"),
    (["GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KIÊN GIANG"], "Giám đốc Sở Tài nguyên và Môi trường tỉnh Kiên Giang"),
    (["CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"], "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"),
    (["VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ"], "Vụ trưởng Vụ Tổ chức cán bộ"),
])
def test_the_unit_is_written_as_the_body_is_named(tmp_path, chain, title):
    signer = _signer(tmp_path, chain, "text")
    assert signer.title == title
    assert signer.title_as_printed == chain[-1]  # the line as printed is kept


@pytest.mark.parametrize("printed, named", [
    ("SỞ TƯ PHÁP", "Sở Tư pháp"),  # "TƯ" is also an abbreviation that is a word: not kept in capitals
    ("UBND TP CẦN THƠ", "UBND TP Cần Thơ"),  # "TP" stands for a unit word: a place follows
    ("HĐND XÃ TÂN PHÚ", "HĐND xã Tân Phú"),
    ("ỦY BAN NHÂN DÂN THỊ XÃ HÀ TIÊN", "Ủy ban nhân dân thị xã Hà Tiên"),
    ("BAN QUẢN LÝ DỰ ÁN", "Ban Quản lý dự án"),
    ("THƯỜNG TRỰC", "Thường trực"),
])
def test_unit_as_named(printed, named):
    assert unit_as_named(printed) == named


def test_a_smudge_is_still_no_unit(tmp_path):
    """An abbreviation that names no kind of body ("TP") does not start a unit: "CHỦ TỊCH TP" stays unread as a
    post of a unit, as a seal's smudge after a position did before."""
    from pipeline.stages.parts import is_unit
    assert not is_unit("TP HỒ")
    assert is_unit("UBND TỈNH")
