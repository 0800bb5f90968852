"""A decision's issuing-authority line under a title in capitals, in a text whose lines a site or an editor wrapped.

A decision prints, under its title, the authority that issues it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ
TÀI CHÍNH"). In a copy whose lines were wrapped at a width (legal sites' pages, a PDF's text), the title's last line
is as long as the others, so the line under it was joined to it as a wrapped line's rest: the title came out ending
"… GIAI ĐOẠN 2013-2015 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" (a confident wrong title). A line in capitals that is a
position and the unit it heads now starts its own paragraph after a title line that does not end mid-phrase.
"""

from __future__ import annotations

import textwrap

import pytest

from pipeline.run import process

GROUNDS = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
           "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
PROPOSAL = ("Xét đề nghị của cơ quan chủ trì tại Tờ trình số 66/TTr-SYT ngày 17 tháng 5 năm 2026 về việc ban hành "
            "quy chế hoạt động của ban chỉ đạo,")
ARTICLES = ["Điều 1. Ban hành kèm theo Quyết định này quy chế hoạt động của ban chỉ đạo, áp dụng từ ngày ký ban hành "
            "cho đến khi có quyết định thay thế của cấp có thẩm quyền.",
            "Điều 2. Chánh Văn phòng, thủ trưởng các cơ quan, đơn vị và các thành viên ban chỉ đạo chịu trách nhiệm "
            "thi hành Quyết định này kể từ ngày ký ban hành."]


def _wrapped(text: str, width: int = 80) -> list[str]:
    return textwrap.wrap(text, width)


def _decision(issuer: list[str], place: str, title: list[str], authority: str, signer: list[str]) -> str:
    """A decision wrapped at 80 characters, its title's lines as given (each as long as a wrapped line)."""
    lines = [*issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1209/QĐ-UBND",
             f"{place}, ngày 24 tháng 6 năm 2026", "QUYẾT ĐỊNH", *title, authority,
             *_wrapped(GROUNDS), *_wrapped(PROPOSAL), "QUYẾT ĐỊNH:"]
    for article in ARTICLES:
        lines += _wrapped(article)
    lines += ["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", *signer]
    return "\n".join(lines) + "\n"


PROVINCE = (["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"], "Hà Giang", ["CHỦ TỊCH", "Nguyễn Văn Sơn"])
TITLE = ["VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ VÀ PHÁT TRIỂN",
         "TỈNH HÀ GIANG GIAI ĐOẠN 2026-2030 VÀ NHỮNG NĂM TIẾP THEO TRÊN ĐỊA BÀN TOÀN TỈNH"]


@pytest.mark.parametrize("issuer, place, signer, authority", [
    (*PROVINCE, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
    (*PROVINCE, "CHỦ TỊCH UBND TỈNH HÀ GIANG"),
    (["BỘ TÀI CHÍNH"], "Hà Nội", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn An"], "BỘ TRƯỞNG BỘ TÀI CHÍNH"),
    (["UBND TỈNH BẮC NINH", "SỞ Y TẾ"], "Bắc Ninh", ["GIÁM ĐỐC", "Lê Thị Hoa"], "GIÁM ĐỐC SỞ Y TẾ"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN BA VÌ"], "Ba Vì", ["CHỦ TỊCH", "Phạm Văn Nam"], "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BA VÌ"),
])
def test_the_authority_line_is_not_the_titles(tmp_path, issuer, place, signer, authority):
    path = tmp_path / "decision.txt"
    path.write_text(_decision(issuer, place, TITLE, authority, signer), encoding="utf-8")
    assert process(path).metadata.title == " ".join(TITLE)


@pytest.mark.parametrize("title", [
    # the title wraps before a position it names: after a linking word or a comma, or the position followed by posts
    ["VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC CƠ QUAN CHUYÊN MÔN TRONG CÔNG TÁC THAM MƯU CHO",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"],
    ["VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP CÔNG TÁC GIỮA BAN THƯỜNG VỤ TỈNH ỦY, THƯỜNG TRỰC,",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"],
    ["VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC NHIỆM KỲ 2026-2031 CỦA ỦY BAN NHÂN DÂN TỈNH, THƯỜNG TRỰC,",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG VÀ CÁC THÀNH VIÊN ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"],
    ["VỀ VIỆC PHÂN CÔNG NHIỆM VỤ TRONG NHIỆM KỲ 2026-2031 CỦA ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
     "CHỦ TỊCH, CÁC PHÓ CHỦ TỊCH VÀ CÁC ỦY VIÊN ỦY BAN NHÂN DÂN TỈNH THEO LĨNH VỰC CÔNG TÁC"],
])
def test_a_title_that_wraps_before_a_position_stays_whole(tmp_path, title):
    path = tmp_path / "decision.txt"
    path.write_text(_decision(*PROVINCE[:2], title, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", PROVINCE[2]), encoding="utf-8")
    assert process(path).metadata.title == " ".join(title)
