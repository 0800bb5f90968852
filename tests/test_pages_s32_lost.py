"""Lost values the s32 blind round (tests/test_pages_s32_blind.py) left: null where the document prints the value.

- a signer's post followed by words that name the body it heads, whatever body that is ("GIÁM ĐỐC, THỦ TRƯỞNG CƠ
  QUAN", "THỦ TRƯỞNG ĐƠN VỊ"): the words were no unit, so the line was no signature's line and the block gave only
  the name. Nghị định 30/2020's appendix I writes the signer's post with the body it heads where the block names no
  body above it ("CHỦ TỊCH HỘI ĐỒNG", the forms' "THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC"): the position is the post with those
  words, as printed. A deputy of such a head ("KT. THỦ TRƯỞNG CƠ QUAN" / "PHÓ THỦ TRƯỞNG") was "Thủ trưởng", the
  "PHÓ" lost (a confident wrong position): "Phó Thủ trưởng" is a position of its own;
- a unit dashed after its parent on one header line ("SỞ Y TẾ - TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "BỘ TÀI CHÍNH - CỤC
  THUẾ") was one issuer no body matched: it is the parent and its unit, as on two lines. Two bodies of one kind
  ("SỞ NỘI VỤ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"), two kinds dashed before their shared place ("HĐND - UBND TỈNH SƠN LA",
  "SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH X": a unit puts the place on its parent's line) stay as they were read;
- associations as body kinds of a joint header (association_kinds.csv): "HỘI LUẬT GIA", "HỘI KHUYẾN HỌC", "HỘI NGƯỜI
  CAO TUỔI" dashed after a department over a code for each body were one issuer.

Every fixture is written for the test, names and numbers made up."""

from __future__ import annotations

import pytest

from page_fields import processed as _process
from test_pages_s32_blind import MOTTO, SIGNED

FORMS = ["text", "html", "docx", "pdf"]


# --- a post and the words of the body it heads

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("signature, authority, position", [
    (["GIÁM ĐỐC, THỦ TRƯỞNG CƠ QUAN"], [], "Giám đốc, Thủ trưởng cơ quan"),
    (["THỦ TRƯỞNG ĐƠN VỊ"], [], "Thủ trưởng đơn vị"),
    (["THỦ TRƯỞNG CƠ QUAN"], [], "Thủ trưởng cơ quan"),
    (["THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"], [], "Thủ trưởng cơ quan, đơn vị"),
    (["TL. BỘ TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"], ["TL."], "Thủ trưởng đơn vị"),
    (["KT. THỦ TRƯỞNG CƠ QUAN", "PHÓ THỦ TRƯỞNG"], ["KT."], "Phó Thủ trưởng cơ quan"),  # the head's words, as "KT. TRƯỞNG BAN …" gives (s33)
    (["KT. THỦ TRƯỞNG ĐƠN VỊ", "PHÓ THỦ TRƯỞNG ĐƠN VỊ"], ["KT."], "Phó Thủ trưởng đơn vị"),
    # the other side: a real unit after a post, a council, a bare post, as they were read
    (["CHỦ TỊCH HỘI ĐỒNG"], [], "Chủ tịch Hội đồng"),
    (["KT. CHỦ TỊCH HỘI ĐỒNG", "PHÓ CHỦ TỊCH"], ["KT."], "Phó Chủ tịch Hội đồng"),
    (["GIÁM ĐỐC SỞ Y TẾ"], [], "Giám đốc Sở Y tế"),
    (["GIÁM ĐỐC, THỦ TRƯỞNG"], [], "Giám đốc, Thủ trưởng"),
    (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["KT."], "Thứ trưởng"),
])
def test_a_post_with_the_words_of_the_body_it_heads(tmp_path, form, signature, authority, position):
    signer = _process(tmp_path, [*SIGNED, *signature, "Trần Văn Sơn"], form).metadata.signer
    assert (signer.name, signer.authority, signer.title) == ("Trần Văn Sơn", authority, position)


# --- a unit dashed after its parent on one header line

def _plan(header: list[str], number: str, signature: list[str]) -> list[str]:
    return [*header, "-------", *MOTTO, f"Số: {number}", "Bến Tre, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH",
            "Phòng, chống dịch bệnh mùa mưa năm 2025", "I. MỤC ĐÍCH", "1. Chủ động phòng, chống dịch.", "Nơi nhận:",
            "- Như trên;", "- Lưu: VT.", *signature, "Lê Văn Ba"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, number, name, parent, agency", [
    (["SỞ Y TẾ - TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "45/KH-KSBT", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "SỞ Y TẾ", None),
    (["SỞ Y TẾ – TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "45/KH-KSBT", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "SỞ Y TẾ", None),
    (["UBND TỈNH BẾN TRE", "SỞ Y TẾ - TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "45/KH-KSBT", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "SỞ Y TẾ", None),
    (["SỞ Y TẾ TỈNH BẾN TRE - BỆNH VIỆN ĐA KHOA KHU VỰC"], "45/KH-BVĐK", "BỆNH VIỆN ĐA KHOA KHU VỰC", "SỞ Y TẾ TỈNH BẾN TRE", None),
    (["BỘ TÀI CHÍNH - CỤC THUẾ"], "45/KH-CT", "CỤC THUẾ", "BỘ TÀI CHÍNH", "viet-nam/cuc-thue-bo-tai-chinh"),
    (["TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG - CÔNG TY ĐIỆN LỰC KON TUM"], "45/KH-PCKT", "CÔNG TY ĐIỆN LỰC KON TUM",
     "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", "kon-tum/dien-luc"),  # as on two lines (tests/test_pages_s32_blind.py)
])
def test_a_unit_dashed_after_its_parent(tmp_path, form, header, number, name, parent, agency):
    issuer = _process(tmp_path, _plan(header, number, ["GIÁM ĐỐC"]), form).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint, issuer.agency.agency_id if issuer.agency else None) == (name, parent, [], agency)


@pytest.mark.parametrize("form", FORMS)
def test_a_letter_of_a_unit_dashed_after_its_parent_is_no_directive(tmp_path, form):
    """"BỘ TÀI CHÍNH - CỤC THUẾ" over "3127/CT-CS": with the unit read, "CT" is its initials (no type part), as on
    two lines; the line read as one issuer made it a Chỉ thị."""
    lines = ["BỘ TÀI CHÍNH - CỤC THUẾ", "-------", *MOTTO, "Số: 3127/CT-CS", "Hà Nội, ngày 20 tháng 8 năm 2025",
             "Kính gửi: Công ty TNHH Hòa Phát Đạt.", "Cục Thuế nhận được văn bản số 15/CV-HPĐ ngày 04/8/2025 của Công ty.",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT, CS.", "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Đặng Ngọc Minh"]
    meta = _process(tmp_path, lines, form).metadata
    assert (meta.doc_type, meta.number, meta.issuer.name) == ("Công văn", "3127/CT-CS", "CỤC THUẾ")


@pytest.mark.parametrize("header, number, name", [
    (["SỞ NỘI VỤ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "45/KH-SNV", "SỞ NỘI VỤ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"),  # one kind: no unit
    (["HĐND - UBND TỈNH SƠN LA"], "45/KH-UBND", "HĐND - UBND TỈNH SƠN LA"),  # a bare kind: the place is shared
    (["SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH BẾN TRE"], "45/KH-STP", "SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH BẾN TRE"),  # the place on the right
    (["ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE - HỘI NÔNG DÂN TỈNH BẾN TRE"], "45/KH-MTTQ", "ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE - HỘI NÔNG DÂN TỈNH BẾN TRE"),
    (["UBND TỈNH BẾN TRE", "VĂN PHÒNG HĐND - UBND TỈNH"], "45/KH-VP", "VĂN PHÒNG HĐND - UBND TỈNH"),
    (["UBND TỈNH BẾN TRE", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "45/KH-SLĐTBXH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
])
def test_a_dash_that_parts_no_parent_from_its_unit(tmp_path, header, number, name):
    """The other side: two bodies of one kind, kinds dashed before the place they share, a dash inside one name: as
    they were read, one issuer as printed (never the right-hand body alone)."""
    issuer = _process(tmp_path, _plan(header, number, ["GIÁM ĐỐC"]), "text").metadata.issuer
    assert (issuer.name, issuer.joint) == (name, [])


# --- associations in a joint header

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header, number, joint", [
    (["SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH BẾN TRE"], "05/KHLT-STP-HLG", ["SỞ TƯ PHÁP TỈNH BẾN TRE", "HỘI LUẬT GIA TỈNH BẾN TRE"]),
    (["SỞ TƯ PHÁP - HỘI LUẬT GIA TỈNH BẾN TRE"], "05/KH-STP-HLG", ["SỞ TƯ PHÁP TỈNH BẾN TRE", "HỘI LUẬT GIA TỈNH BẾN TRE"]),
    (["SỞ GIÁO DỤC VÀ ĐÀO TẠO - HỘI KHUYẾN HỌC TỈNH BẾN TRE"], "05/KH-SGDĐT-HKH",
     ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE", "HỘI KHUYẾN HỌC TỈNH BẾN TRE"]),
    (["SỞ Y TẾ - HỘI NGƯỜI CAO TUỔI TỈNH BẾN TRE"], "05/KHPH-SYT-HNCT", ["SỞ Y TẾ TỈNH BẾN TRE", "HỘI NGƯỜI CAO TUỔI TỈNH BẾN TRE"]),
    (["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - HỘI NHÀ BÁO TỈNH BẾN TRE"], "05/KH-SVHTTDL-HNB",
     ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẾN TRE", "HỘI NHÀ BÁO TỈNH BẾN TRE"]),
    (["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - HỘI NÔNG DÂN TỈNH BẾN TRE"], "05/KH-SNNMT-HND",
     ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẾN TRE", "HỘI NÔNG DÂN TỈNH BẾN TRE"]),
])
def test_an_association_in_a_dashed_joint_header(tmp_path, form, header, number, joint):
    """Two bodies dashed over a code for each: joint, the department first. Its name is read with the place printed
    after the association (two kinds before one place, ``_dashed_bodies_of_one_place``) or as printed (a joint type
    part, "KHLT", splits at the dash alone): either is the department."""
    signature = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Ngô Văn Sáu", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    issuer = _process(tmp_path, _plan(header, number, signature), form).metadata.issuer
    department = header[0].split(" - ")[0]
    assert issuer.name == issuer.joint[0] in (department, joint[0]) and issuer.joint[1:] == joint[1:]


@pytest.mark.parametrize("header, number, name", [
    (["SỞ TƯ PHÁP TỈNH BẾN TRE", "HỘI LUẬT GIA TỈNH BẾN TRE"], "05/KHLT-STP-HLG", "SỞ TƯ PHÁP TỈNH BẾN TRE"),
    (["UBND TỈNH BẾN TRE", "HỘI NGƯỜI CAO TUỔI TỈNH"], "05/KH-HNCT", "HỘI NGƯỜI CAO TUỔI TỈNH"),  # one body under its province
])
def test_an_association_on_a_line_of_its_own(tmp_path, header, number, name):
    issuer = _process(tmp_path, _plan(header, number, ["CHỦ TỊCH"]), "text").metadata.issuer
    assert issuer.name == name
