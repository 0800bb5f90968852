"""Signers' names printed with a degree before them or in capitals.

Health, education and science bodies print the signer's degree before the name ("TS. Trần Văn Bình", "PGS.TS. Lê Thị
Hoa", "BS.CKII Ngô Văn Cường", "ThS.Nguyễn Văn An" with no space after the dot), as the armed forces print a rank
(pipeline/data/ranks.csv); some offices print the name in capitals ("TRẦN VĂN BÌNH"). Both gave no name
(``missing_signer_name``). Web copies mark the signature with "(Đã ký)", on a line of its own (read before) or inside
the position's or the name's line ("PHÓ GIÁM ĐỐC (đã ký)", "CỤC TRƯỞNG (đã ký) Ngô Văn A" once flattened), which lost
the name or the whole signature. The degree is not part of the name (pipeline/data/degrees.csv); a name in capitals under
the signature's chain is the name when it has three to five words and a known family name first: two words in
capitals there are more often a place ("HÀ NỘI") than a name, and stay unread.
"""

import docx
import pytest

from pipeline.run import process

HEADER = ["SỞ Y TẾ TỈNH AN GIANG", "Số: 245/KH-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "An Giang, ngày 14 tháng 9 năm 2025", "KẾ HOẠCH", "Phòng chống dịch bệnh năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
          "Chủ động phòng chống dịch bệnh.", "Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT."]
CHAIN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def _signer(tmp_path, name_line: str, fmt: str = "txt"):
    lines = HEADER + CHAIN + [name_line]
    path = tmp_path / f"plan.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(path)
    return process(path).metadata.signer


@pytest.mark.parametrize("printed", ["TS. Trần Văn Bình", "ThS. Trần Văn Bình", "ThS.Trần Văn Bình", "PGS.TS. Trần Văn Bình",
                                     "PGS. TS. Trần Văn Bình", "BS.CKII Trần Văn Bình", "BSCKI. Trần Văn Bình",
                                     "TTND. Trần Văn Bình"])
def test_a_degree_before_the_name_is_left_out(tmp_path, printed):
    signer = _signer(tmp_path, printed)
    assert (signer.name, signer.title, signer.authority) == ("Trần Văn Bình", "Phó Giám đốc", ["KT."])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("printed, name", [("TRẦN VĂN BÌNH", "Trần Văn Bình"), ("NGUYỄN THỊ NGỌC ÁNH", "Nguyễn Thị Ngọc Ánh"),
                                           ("TS. LÊ VĂN HÙNG", "Lê Văn Hùng")])
def test_a_name_in_capitals_is_read_as_the_name(tmp_path, fmt, printed, name):
    assert _signer(tmp_path, printed, fmt).name == name


@pytest.mark.parametrize("printed", ["HÀ NỘI", "HOÀNG MAI", "SỞ Y TẾ TỈNH AN GIANG"])
def test_capitals_that_may_be_a_place_or_a_body_are_no_name(tmp_path, printed):
    assert _signer(tmp_path, printed).name is None


@pytest.mark.parametrize("chain_and_name", [
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC (đã ký)", "Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC (Đã ký) Trần Văn Bình"],
    ["KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký) Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC [daky] Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký và đóng dấu) TS. Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đã ký: Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "ĐÃ KÝ : Trần Văn Bình"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "đã ký: TRẦN VĂN BÌNH"]])
def test_a_web_copy_s_signed_mark_inside_a_line_is_passed_over(tmp_path, chain_and_name):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(HEADER + chain_and_name) + "\n", encoding="utf-8")
    signer = process(path).metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Trần Văn Bình", "Phó Giám đốc", ["KT."])


def test_a_signed_mark_with_no_name_after_it_gives_no_name(tmp_path):
    """"Đã ký: 05/3/2024": a mark with the day it was signed, not a name."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(HEADER + CHAIN + ["Đã ký: 05/3/2024"]) + "\n", encoding="utf-8")
    assert process(path).metadata.signer.name is None


def test_a_misread_position_under_the_chain_is_no_name_in_capitals(tmp_path):
    """A scan's position printed again under the seal, misread ("CHU TỊCH UBND TỈNH": "Chu" is a family name too):
    no name, and the name under it is the signer's (realdocs2/121's layout)."""
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(HEADER + CHAIN + ["CHU TỊCH UBND TỈNH", "Nguyễn Hoàng Giang"]) + "\n", encoding="utf-8")
    assert process(path).metadata.signer.name == "Nguyễn Hoàng Giang"
