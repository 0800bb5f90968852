"""Documents the People's Committees make with the Fatherland Front and other bodies: coordination headings, joint
headers typed without a gap, the Front's committee named in full or abbreviated.

FACTS (Nghị định 30/2020's form; the Front's documents seen on provincial and commune portals, our own counts):
- A plan or programme made together is headed "KẾ HOẠCH PHỐI HỢP", "CHƯƠNG TRÌNH PHỐI HỢP", "QUY CHẾ PHỐI HỢP" (a
  regulation on how two bodies work together), "KẾ HOẠCH LIÊN NGÀNH": the type, then words saying how it was made;
  the trích yếu under it ("giữa Ủy ban nhân dân xã … và Ủy ban MTTQ Việt Nam xã …", "thực hiện …").
Every fixture here is written for the test (names, places and numbers made up)."""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_paragraphs
from pipeline.run import process

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.", "II. NỘI DUNG PHỐI HỢP",
        "1. Văn phòng tổng hợp kết quả, báo cáo trước ngày 30/6/2026.", "Nơi nhận:", "- Các thôn;", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tâm"]


def write(tmp_path, lines: list[str], form: str):
    return write_in_form(tmp_path, lines, form)


COORDINATION = [
    ("KẾ HOẠCH PHỐI HỢP", "15/KH-UBND", "Kế hoạch", "thực hiện công tác tuyên truyền năm 2026"),
    ("CHƯƠNG TRÌNH PHỐI HỢP", "16/CTr-UBND", "Chương trình", "giữa Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã năm 2026"),
    ("QUY CHẾ PHỐI HỢP", "17/QC-UBND", "Quy chế", "công tác giữa Ủy ban nhân dân xã và Ủy ban MTTQ Việt Nam xã"),
    ("KẾ HOẠCH LIÊN NGÀNH", "18/KH-UBND", "Kế hoạch", "kiểm tra an toàn thực phẩm dịp Tết năm 2026"),
    ("CHƯƠNG TRÌNH PHỐI HỢP LIÊN TỊCH", "19/CTr-UBND", "Chương trình", "giám sát việc thực hiện chính sách năm 2026"),
]


@pytest.mark.parametrize("heading, number, doc_type, title", COORDINATION)
@pytest.mark.parametrize("form", ["text", "pdf", "docx", "html"])
def test_a_coordination_heading_is_the_types_heading(tmp_path, heading, number, doc_type, title, form):
    """"KẾ HOẠCH PHỐI HỢP": the type is Kế hoạch and the title the line under the heading (before: the heading taken
    for the title's start, "KẾ HOẠCH PHỐI HỢP thực hiện …")."""
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", f"Số: {number}", *MOTTO, "Tân Phú, ngày 3 tháng 4 năm 2026", heading, title, *BODY]
    meta = process(write(tmp_path, lines, form)).metadata
    assert (meta.doc_type, meta.number, meta.title) == (doc_type, number, title)


@pytest.mark.parametrize("heading, truth", [
    ("KẾ HOẠCH LIÊN TỊCH", "Kế hoạch liên tịch"),  # a type of its own (doc_types.csv KHLT): read as that first
    ("PHỐI HỢP", None),  # the words alone are no type
    ("HỢP", None),
])
def test_heading_words_alone_or_inside_a_types_name(heading, truth):
    from pipeline.stages.parts import doc_type_of_heading

    assert doc_type_of_heading(heading) == truth


# The Fatherland Front's committee of a place, its name in full or abbreviated, its standing board ("BAN THƯỜNG TRỰC")
# under it: the committee of that place, as issuer and as a recipient.
FRONT_HEADERS = [
    (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH QUẢNG NGÃI", "BAN THƯỜNG TRỰC"], "Quảng Ngãi", "quang-ngai"),
    (["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "BAN THƯỜNG TRỰC"], "Quảng Ngãi", "quang-ngai"),
    (["ỦY BAN MTTQ VIỆT NAM", "XÃ BA GIA", "BAN THƯỜNG TRỰC"], "Ba Gia", "quang-ngai.xa-ba-gia"),
    (["BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"], "Ba Gia", "quang-ngai.xa-ba-gia"),
]
FRONT_RECIPIENTS = ["- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;", "- Ủy ban MTTQ VN tỉnh;", "- UBMTTQ tỉnh Quảng Ngãi;",
                    "- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;"]


@pytest.mark.parametrize("header, place, jurisdiction", FRONT_HEADERS)
@pytest.mark.parametrize("form", ["text", "pdf", "docx", "html"])
def test_the_fronts_standing_board_is_its_committee(tmp_path, header, place, jurisdiction, form):
    """(before: issuer "BAN THƯỜNG TRỰC" under a parent, unresolved, and the commune's document with no jurisdiction;
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" among the recipients unresolved)"""
    lines = [*header, *MOTTO, "Số: 21/KH-MTTQ-BTT", f"{place}, ngày 3 tháng 4 năm 2026", "KẾ HOẠCH",
             "thực hiện cuộc vận động năm 2026", *BODY[:4], "Nơi nhận:", *FRONT_RECIPIENTS, "- Lưu: VT.",
             "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Tâm"]
    meta = process(write(tmp_path, lines, form)).metadata
    assert meta.issuer.parent is None and meta.jurisdiction == jurisdiction
    assert meta.issuer.agency.agency_id == f"{jurisdiction}/uy-ban-mat-tran-to-quoc-viet-nam"
    assert [r.agency_id for r in meta.recipient_agencies] == ["quang-ngai/uy-ban-mat-tran-to-quoc-viet-nam"] * 4


# A joint header whose two bodies a text copy typed on one line with no gap ("ỦY BAN NHÂN DÂN XÃ A ỦY BAN MTTQ VIỆT NAM
# XÃ A"), or on consecutive lines: joint only when the number has a code for each body (as test_metadata_copies decides
# joint vs parent and unit), else read as before.
JOINT_HEADERS = [
    (["ỦY BAN NHÂN DÂN XÃ BA GIA ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"], "Ba Gia", "12/KH-UBND-MTTQ",
     ["ỦY BAN NHÂN DÂN XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"]),
    (["UBND PHƯỜNG AN KHÁNH UBMTTQ PHƯỜNG AN KHÁNH"], "An Khánh", "13/KHLT-UBND-MTTQ",
     ["UBND PHƯỜNG AN KHÁNH", "UBMTTQ PHƯỜNG AN KHÁNH"]),
    (["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI"], "Quảng Ngãi", "14/KH-UBND-MTTQ",
     ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI"]),
    # consecutive lines of a commune's two bodies, no blank, no dash
    (["ỦY BAN NHÂN DÂN", "XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM", "XÃ BA GIA"], "Ba Gia", "15/KH-UBND-MTTQ",
     ["ỦY BAN NHÂN DÂN XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"]),
    (["ỦY BAN NHÂN DÂN XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"], "Ba Gia", "16/KH-UBND-MTTQ",
     ["ỦY BAN NHÂN DÂN XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"]),
]


def _joint_plan(header: list[str], place: str, number: str) -> list[str]:
    return [*header, *MOTTO, f"Số: {number}", f"{place}, ngày 15 tháng 4 năm 2026", "KẾ HOẠCH",
            "Phối hợp thực hiện cuộc vận động năm 2026", *BODY]


@pytest.mark.parametrize("header, place, number, joint", JOINT_HEADERS)
@pytest.mark.parametrize("form", ["text", "pdf", "docx", "html"])
def test_a_joint_header_typed_without_a_gap(tmp_path, header, place, number, joint, form):
    """(before: the fused line one issuer, unresolved, no jurisdiction; a commune's two bodies a unit under a parent)"""
    meta = process(write(tmp_path, _joint_plan(header, place, number), form)).metadata
    assert (meta.issuer.name, meta.issuer.joint, meta.issuer.parent) == (joint[0], joint, None)
    assert meta.issuer.agency.agency_id and meta.issuer.agency.agency_id.endswith("/uy-ban-nhan-dan")


@pytest.mark.parametrize("header, number", [
    (["ỦY BAN NHÂN DÂN XÃ BA GIA ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"], "17/KH-UBND"),  # one body's code: not said joint
    (["ỦY BAN NHÂN DÂN XÃ BA GIA ỦY BAN MTTQ VIỆT NAM XÃ AN KHÁNH"], "18/KH-UBND-MTTQ"),  # two places: no pair
    (["ỦY BAN NHÂN DÂN XÃ BA GIA", "ỦY BAN MTTQ VIỆT NAM XÃ BA GIA"], "19/KH-UBND"),  # parent and unit, as before
])
def test_no_joint_issuer_unless_the_number_says_so(processed, header, number):
    meta = processed("\n".join(_joint_plan(header, "Ba Gia", number)) + "\n").metadata
    assert meta.issuer.joint == []


# ---------------------------------------------------------------------------------------------------
# A joint header under the body its units belong to: "UBND TỈNH …" over "SỞ A - SỞ B" is the parent, not a body (it
# was read as the first of the joint bodies, the issuer); a joint line's second body lost the dash before it


@pytest.mark.parametrize("lines, parent, joint", [
    (["UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "UBND TỈNH QUẢNG NGÃI", ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]),
    (["UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "UBND TỈNH QUẢNG NGÃI", ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]),
    (["ỦY BAN NHÂN DÂN HUYỆN MỘ ĐỨC", "PHÒNG NỘI VỤ – PHÒNG TƯ PHÁP"], "ỦY BAN NHÂN DÂN HUYỆN MỘ ĐỨC", ["PHÒNG NỘI VỤ", "PHÒNG TƯ PHÁP"]),
    # bodies of their own, each with its place, or none with one: no parent
    (["ỦY BAN NHÂN DÂN TỈNH KON TUM", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"], None,
     ["ỦY BAN NHÂN DÂN TỈNH KON TUM", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"]),
    (["BỘ TÀI CHÍNH", "BỘ NỘI VỤ", "BỘ Y TẾ"], None, ["BỘ TÀI CHÍNH", "BỘ NỘI VỤ", "BỘ Y TẾ"]),
    (["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN - HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN"], None,
     ["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN"]),
])
@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_joint_headers_parent(tmp_path, lines, parent, joint, form):
    front = [*lines, *MOTTO, "Số: 05/KHLT-SYT-SGDĐT", "Quảng Ngãi, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH LIÊN TỊCH",
             "Phối hợp chăm sóc sức khỏe học đường"]
    path = write_in_form(tmp_path, front + BODY, form) if form == "text" else write_paragraphs(tmp_path / "doc.docx", front + BODY)
    issuer = process(path).metadata.issuer
    assert (issuer.name, issuer.parent, issuer.joint) == (joint[0], parent, joint)


# ---------------------------------------------------------------------------------------------------
# A symbol that writes how the document was made after its type's code ("CTrPH": Chương trình phối hợp, "KHLN": Kế
# hoạch liên ngành) was no type: read as a Công văn (doc_type_mismatch beside its heading), and its bodies' codes did
# not make the header joint


@pytest.mark.parametrize("heading, code, doc_type", [
    ("CHƯƠNG TRÌNH PHỐI HỢP", "CTrPH", "Chương trình"), ("KẾ HOẠCH PHỐI HỢP", "KHPH", "Kế hoạch"),
    ("QUY CHẾ PHỐI HỢP", "QCPH", "Quy chế"), ("KẾ HOẠCH LIÊN NGÀNH", "KHLN", "Kế hoạch"),
])
@pytest.mark.parametrize("header", [
    ["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN - HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN"],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN"],
])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_symbols_coordination_code(tmp_path, heading, code, doc_type, header, form):
    lines = [*header, *MOTTO, f"Số: 03/{code}-MTTQ-HLHPN", "Bắc Kạn, ngày 8 tháng 3 năm 2026", heading,
             "Vận động phụ nữ tham gia xây dựng nông thôn mới", *BODY]
    doc = process(write(tmp_path, lines, form))
    meta = doc.metadata
    assert (meta.doc_type, meta.issuer.joint) == (doc_type, ["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN"])
    assert "doc_type_mismatch" not in {w.code for w in doc.warnings}


@pytest.mark.parametrize("symbol, doc_type", [("KHPH-UBND", "Kế hoạch"), ("PH-UBND", "Công văn"), ("CTr-UBND", "Chương trình"),
                                             ("KHLT-SNV-STP", "Kế hoạch liên tịch"), ("UBND-VX", "Công văn")])
def test_the_type_of_a_symbol(symbol, doc_type):
    from pipeline.stages.metadata import doc_type_of_symbol

    assert doc_type_of_symbol(symbol) == doc_type
