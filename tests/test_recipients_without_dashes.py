"""A "Nơi nhận:" list whose dashes were lost is still a list.

Each recipient stands on a line of its own after a dash and ends with ";" (the last with "."). A text copy from a site
that drops the dashes (the line keeps only its indent), an OCR that misses the small dash at the left margin, or a
PDF whose dash glyph has no Unicode value gives the lines without them: every line after the first was read as the
first one continued ("Bộ Nội vụ; Lưu: VT" as one recipient). In a list whose first line has no dash, a line whose item
has ended with ";" starts the next one; a line after an item that has not ended (a wrapped name: "Các sở, ban,
ngành," / "đoàn thể tỉnh;") still continues it. In a list with dashes, a line without one still goes on with the item
above: there the missing dash is the writer's (an office's sub-units under its item).
"""

import pytest

from pipeline.run import process

HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 245/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 14 tháng 9 năm 2025", "KẾ HOẠCH",
          "Triển khai cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả cải cách hành chính."]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]
RECIPIENTS = ["Bộ Nội vụ;", "Thường trực Tỉnh ủy;", "Các sở, ban, ngành tỉnh;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, NC."]
EXPECTED = ["Bộ Nội vụ", "Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Lưu: VT, NC"]


def _read(tmp_path, lines):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(HEADER + ["Nơi nhận:"] + lines + SIGNATURE) + "\n", encoding="utf-8")
    return process(path).metadata


@pytest.mark.parametrize("lead", ["", " ", "   ", "\t"])
def test_recipients_whose_dashes_were_lost_are_each_a_recipient(tmp_path, lead):
    assert _read(tmp_path, [lead + line for line in RECIPIENTS]).recipients == EXPECTED


def test_in_a_list_with_dashes_a_line_without_one_goes_on_with_the_item_above(tmp_path):
    """The office's sub-units on a line of their own under its item (corpus/000's list): one recipient, as before."""
    lines = ["- Bộ Nội vụ;", "- VP UBND tỉnh: CVP, các PCVP;", "các phòng: NC, TH, KT;", "- Lưu: VT."]
    assert _read(tmp_path, lines).recipients == ["Bộ Nội vụ", "VP UBND tỉnh: CVP, các PCVP; các phòng: NC, TH, KT", "Lưu: VT"]


def test_a_wrapped_recipient_without_dashes_is_still_one(tmp_path):
    lines = ["Bộ Nội vụ;", "Các sở, ban, ngành,", "đoàn thể tỉnh;", "Lưu: VT."]
    assert _read(tmp_path, lines).recipients == ["Bộ Nội vụ", "Các sở, ban, ngành, đoàn thể tỉnh", "Lưu: VT"]


def test_the_signer_stays_the_signer_under_a_list_without_dashes(tmp_path):
    meta = _read(tmp_path, RECIPIENTS)
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == ("Trần Văn Bình", "Phó Chủ tịch", ["KT."])
