"""Metadata on classes of documents the team had not seen (central Party and mass organisations, joint plans, one-line
issuers): every fixture is written here from how such documents are laid out, in its own wording."""

from __future__ import annotations

import pytest

from conftest import write_paragraphs
from pipeline.stages.registry import registry

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
PLAN = "KẾ HOẠCH\nTổ chức các hoạt động hè năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\nII. NHIỆM VỤ\n1. Nội dung.\n"


# ---------------------------------------------------------------------------------------------------
# A place's name inside a person's: "Đoàn TNCS Hồ Chí Minh" is no document of Ho Chi Minh City


@pytest.mark.parametrize("text, place", [
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", None),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", None),
    ("Hội đồng Đội Thiếu niên Tiền phong Hồ Chí Minh", None),
    ("HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH", None),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None),
    ("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH NGHỆ AN", "nghe-an"),  # the place after the union's name still counts
    ("THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH", "ho-chi-minh"),
    ("Ủy ban nhân dân TP. Hồ Chí Minh", "ho-chi-minh"),
    ("Tư tưởng Hồ Chí Minh tại Thành phố Hồ Chí Minh", "ho-chi-minh"),
])
def test_a_place_name_inside_a_persons_name_names_no_place(text, place):
    assert registry().place_named_in(text) == place


@pytest.mark.parametrize("header", [
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 317-KH/TWĐTN-TNNT\n",
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 317 - KH/TWĐTN-TNNT\n",  # spaced hyphen
    "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG\n***\nSố: 41-KH/HĐĐTW\n",
])
def test_a_central_youth_plan_is_the_centres(processed, header):
    doc = processed(f"{header}Hà Nội, ngày 14 tháng 3 năm 2026\n{PLAN}"
                    "Các tỉnh đoàn học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
                    "TM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Minh Khang\n")
    assert doc.metadata.jurisdiction == "viet-nam"
    assert doc.metadata.number.startswith(("317-KH/TWĐTN", "41-KH/HĐĐTW"))


@pytest.mark.parametrize("header", [
    "ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nBAN THƯỜNG TRỰC\n",  # the centre named in the parent's heading
    "ĐOÀN CHỦ TỊCH\nỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM\n",
    "TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\n",
])
def test_a_central_mass_organisations_plan_is_the_centres(processed, header):
    doc = processed(f"{header}Số: 1520/KH-MTTW-BTT\n{MOTTO}Hà Nội, ngày 06 tháng 5 năm 2026\n{PLAN}"
                    "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nHoàng Thị Lan\n")
    assert doc.metadata.jurisdiction == "viet-nam"


def test_a_provincial_body_under_a_central_heading_keeps_its_place(processed):
    doc = processed("ỦY BAN MTTQ VIỆT NAM\nTỈNH NGHỆ AN\nSố: 15/KH-MTTQ-BTT\n"
                    f"{MOTTO}Nghệ An, ngày 06 tháng 5 năm 2026\n{PLAN}TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nHoàng Thị Lan\n")
    assert doc.metadata.jurisdiction == "nghe-an"


def test_a_party_plan_whose_text_names_the_thought_of_ho_chi_minh_is_not_the_citys(processed):
    # no place in the heading nor on the date line: the places the text names decide, and a person's name is none
    doc = processed("ĐẢNG ỦY KHỐI CƠ QUAN\n*\nSố 12-KH/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nngày 5 tháng 3 năm 2026\n"
                    "KẾ HOẠCH\nHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026\n"
                    "I. MỤC ĐÍCH\n1. Các chi bộ học tập tư tưởng Hồ Chí Minh; phong cách Hồ Chí Minh.\n"
                    "2. Phối hợp với Đảng ủy xã Tân Hưng, tỉnh Nghệ An tổ chức hội nghị.\n"
                    "T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Dũng\n")
    assert doc.metadata.jurisdiction == "nghe-an"


# ---------------------------------------------------------------------------------------------------
# An issuer whose first word the document's start did not know ("TRUNG TÂM …", "HỌC VIỆN …", "HỘI ĐỒNG ĐỘI …"):
# its heading was taken for the page around the document and dropped, with the number and date under it


@pytest.mark.parametrize("issuer", [
    "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH AN GIANG",  # one line, the motto beside it
    "TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT",
    "HỌC VIỆN HÀNH CHÍNH VÀ QUẢN TRỊ CÔNG",
    "VIỆN KINH TẾ XÂY DỰNG",
    "BẢO HIỂM XÃ HỘI TỈNH AN GIANG",
    "KHO BẠC NHÀ NƯỚC KHU VỰC XX",
    "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG",
    "HỘI CHỮ THẬP ĐỎ TỈNH AN GIANG",
    "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH AN GIANG",
])
@pytest.mark.parametrize("motto_first", [True, False])
def test_an_issuer_of_any_kind_starts_the_document(processed, issuer, motto_first):
    header = f"{MOTTO}{issuer}\n" if motto_first else f"{issuer}\n{MOTTO}"
    doc = processed(f"{header}Số: 112/KH-TTKSBT\nAn Giang, ngày 3 tháng 6 năm 2026\n{PLAN}GIÁM ĐỐC\nHuỳnh Thanh Tâm\n")
    meta = doc.metadata
    assert (meta.issuer.name, meta.number, meta.issued_date) == (issuer, "112/KH-TTKSBT", "2026-06-03")


def test_a_web_page_before_the_document_is_still_dropped(processed):
    page = ("Trang chủ | Văn bản pháp luật\nTin tức mới\nTRUNG TÂM HỖ TRỢ KHÁCH HÀNG: 1900 0000\n"
            "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH AN GIANG\n")
    doc = processed(f"{page}{MOTTO}Số: 112/KH-TTKSBT\nAn Giang, ngày 3 tháng 6 năm 2026\n{PLAN}GIÁM ĐỐC\nHuỳnh Thanh Tâm\n")
    assert doc.metadata.issuer.name == "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH AN GIANG"


@pytest.mark.parametrize("stamp", [
    "TRUNG TÂM THÔNG TIN VÀ CHUYỂN ĐỔI SỐ\nEmail: ttcds@angiang.gov.vn\nThời gian ký: 12.03.2026 09:10:11 +07:00\n",
    "TRUNG TÂM CÔNG BÁO\nttcb@angiang.gov.vn\n12/03/2026 09:10\n",
])
def test_a_signing_stamp_above_a_one_line_centre_is_no_issuer(processed, stamp):
    doc = processed(f"{stamp}TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH AN GIANG\n{MOTTO}Số: 112/KH-TTKSBT\n"
                    f"An Giang, ngày 3 tháng 6 năm 2026\n{PLAN}GIÁM ĐỐC\nHuỳnh Thanh Tâm\n")
    assert (doc.metadata.issuer.name, doc.metadata.issuer.parent) == ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH AN GIANG", None)


# ---------------------------------------------------------------------------------------------------
# Two signers side by side: a joint plan's bodies each sign for themselves. The first column's signer (the first body
# of the header) is the document's; the other is its co-signer; two names run into one are never one name.

JOINT_HEAD = (f"ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN - HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN\n{MOTTO}Số: 05/KHLT-MTTQ-HLHPN\n"
              "Nghệ An, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp vận động hội viên xây dựng nông thôn mới\n"
              "I. MỤC ĐÍCH\n1. Nâng cao nhận thức của hội viên.\n")
RECIPIENTS = "Nơi nhận:\n- Các xã, phường;\n- Lưu.\n"
LEFT = ["TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"]
RIGHT = ["TM. BAN THƯỜNG VỤ HỘI LHPN", "CHỦ TỊCH", "Nguyễn Thị Mai"]


def codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


@pytest.mark.parametrize("gap", ["\t", "    ", "\t\t", "      "])
def test_two_signature_columns_copied_with_their_gaps(processed, gap):
    lines = "".join(f"{a}{gap}{b}\n" for a, b in zip(LEFT, RIGHT))
    doc = processed(f"{JOINT_HEAD}{lines}{RECIPIENTS}")
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Lê Thị Hoa", "Phó Chủ tịch", ["TM."])
    assert [(c.name, c.title, c.authority) for c in doc.metadata.co_signers] == [("Nguyễn Thị Mai", "Chủ tịch", ["TM."])]


@pytest.mark.parametrize("left_name, right_name", [("Lê Hoa", "Trần Mai"), ("Lê Thị Hoa", "Nguyễn Thị Mai"),
                                                   ("Đặng Văn Tú", "Hà Thu")])
def test_two_signature_columns_run_together(processed, left_name, right_name):
    # the gaps lost: "TM. … TM. …", "PHÓ CHỦ TỊCH CHỦ TỊCH", "Lê Hoa Trần Mai"
    lines = "".join(f"{a} {b}\n" for a, b in zip(LEFT[:2], RIGHT[:2])) + f"{left_name} {right_name}\n"
    doc = processed(f"{JOINT_HEAD}{lines}{RECIPIENTS}")
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == (left_name, "Phó Chủ tịch", ["TM."])


def test_two_names_run_together_that_part_two_ways_are_not_taken(processed):
    # "Lê Văn Minh | Hoàng Trần Mai" or "Lê Văn Minh Hoàng | Trần Mai": no sure cut (so "Đặng Văn Lâm Hà Thu" too)
    lines = "".join(f"{a} {b}\n" for a, b in zip(LEFT[:2], RIGHT[:2])) + "Lê Văn Minh Hoàng Trần Mai\n"
    doc = processed(f"{JOINT_HEAD}{lines}{RECIPIENTS}")
    assert doc.metadata.signer.name is None
    assert {"signer_name_unreadable", "missing_signer_name"} <= codes(doc)


def test_two_deputies_run_together(processed):
    lines = "KT. GIÁM ĐỐC SỞ TƯ PHÁP KT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC PHÓ GIÁM ĐỐC\nLê Văn Hùng Trần Thị Lan\n"
    signer = processed(f"{JOINT_HEAD}{lines}{RECIPIENTS}").metadata.signer
    assert (signer.name, signer.authority, signer.title_as_printed) == ("Lê Văn Hùng", ["KT."], "PHÓ GIÁM ĐỐC")


@pytest.mark.parametrize("suffix", ["html", "docx"])
def test_two_signature_columns_of_a_layout_table(tmp_path, suffix):
    from pipeline.run import process

    body = [line for line in JOINT_HEAD.splitlines()]
    path = tmp_path / f"joint.{suffix}"
    if suffix == "html":
        paragraphs = "".join(f"<p>{line}</p>" for line in body)
        cells = "".join(f"<td>{'<br>'.join(column)}</td>" for column in (LEFT, RIGHT))
        path.write_text(f"<html><body>{paragraphs}<table><tr>{cells}</tr></table>"
                        f"{''.join(f'<p>{line}</p>' for line in RECIPIENTS.splitlines())}</body></html>", encoding="utf-8")
    else:
        from docx import Document as Docx

        document = Docx()
        for line in body:
            document.add_paragraph(line)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "\n".join(LEFT), "\n".join(RIGHT)
        for line in RECIPIENTS.splitlines():
            document.add_paragraph(line)
        document.save(path)
    signer = process(path).metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Lê Thị Hoa", "Phó Chủ tịch", ["TM."])


def test_one_signer_beside_the_recipients_is_read_as_before(processed):
    # the usual two columns: the recipients on the left, the one signature on the right
    closing = ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\tTrần Văn Nam\n")
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n{MOTTO}Số: 7/KH-UBND\nNghệ An, ngày 1 tháng 4 năm 2026\n{PLAN}{closing}")
    signer = doc.metadata.signer
    assert (signer.name, signer.title, signer.authority) == ("Trần Văn Nam", "Phó Chủ tịch", ["TM.", "KT."])
    assert doc.metadata.co_signers == []


# ---------------------------------------------------------------------------------------------------
# A Party document's title: its capitals, then the subject in sentence case ("KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY" /
# "về …"). The subject was left out.

PARTY = "TỈNH ỦY NINH BÌNH\n*\nSố 456-{symbol}/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNinh Bình, ngày 14 tháng 11 năm 2026\n"
PARTY_BODY = "Ngày 10/11/2026, Thường trực Tỉnh ủy nghe báo cáo và kết luận như sau:\n1. Nội dung.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nNguyễn Văn Tùng\n"


@pytest.mark.parametrize("symbol, heading, title_lines, title", [
    ("TB", "THÔNG BÁO", ["KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "về tiến độ các dự án trọng điểm"],
     "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY về tiến độ các dự án trọng điểm"),
    # the organ's or the meeting's line is the heading's (sections.json organ_lines), also when it wraps
    ("NQ", "NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ BẢY", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XXI)", "về phát triển hạ tầng số"], None),
    ("NQ", "NGHỊ QUYẾT", ["HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XXI)", "về phát triển hạ tầng số"], None),
    ("KL", "KẾT LUẬN", ["CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về công tác cán bộ năm 2026"], None),
])
def test_a_party_titles_subject_under_its_capitals_is_part_of_it(processed, symbol, heading, title_lines, title):
    doc = processed(PARTY.format(symbol=symbol) + f"{heading}\n" + "\n".join(title_lines) + "\n" + PARTY_BODY)
    assert doc.metadata.title == (title or title_lines[-1])


def test_a_sentence_under_a_capitals_title_is_still_the_bodys(processed):
    doc = processed(PARTY.format(symbol="TB") + "THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n" + PARTY_BODY)
    assert doc.metadata.title == "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY"


# ---------------------------------------------------------------------------------------------------
# A joint document's bodies side by side in the header, each over its own lines, beside the motto: they were read as
# one garbled body ("ỦY BAN MTTQ VIỆT NAM HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN TỈNH NGHỆ AN").

SIDE_BY_SIDE = [
    (["ỦY BAN MTTQ VIỆT NAM", "TỈNH NGHỆ AN"], ["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH NGHỆ AN"],
     ["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH NGHỆ AN"]),
    (["SỞ TƯ PHÁP", "TỈNH LÀO CAI"], ["SỞ NỘI VỤ", "TỈNH LÀO CAI"], ["SỞ TƯ PHÁP TỈNH LÀO CAI", "SỞ NỘI VỤ TỈNH LÀO CAI"]),
    (["BAN CHẤP HÀNH ĐOÀN", "TỈNH BẮC NINH"], ["HỘI NÔNG DÂN", "TỈNH BẮC NINH"],
     ["BAN CHẤP HÀNH ĐOÀN TỈNH BẮC NINH", "HỘI NÔNG DÂN TỈNH BẮC NINH"]),
]


@pytest.mark.parametrize("left, right, joint", SIDE_BY_SIDE)
@pytest.mark.parametrize("gap", ["\t", "      ", " "])  # a tab, a run of spaces, the gaps lost
@pytest.mark.parametrize("heading", ["KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH"])  # a joint plan need not say so in its heading
def test_two_bodies_side_by_side_in_the_header(processed, left, right, joint, gap, heading):
    motto = MOTTO.splitlines()
    header = "".join(f"{a}{gap}{b}{gap}{m}\n" for a, b, m in zip(left, right, motto))
    doc = processed(f"{header}Số: 05/KHLT-MTTQ-HLHPN\nNghệ An, ngày 10 tháng 4 năm 2026\n{heading}\n"
                    "Phối hợp tuyên truyền năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    issuer = doc.metadata.issuer
    assert (issuer.name, issuer.joint, issuer.parent) == (joint[0], joint, None)


def test_one_body_over_its_place_is_no_joint_header(processed):
    doc = processed("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc\n"
                    "Số: 5/KH-UBND\nNghệ An, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\nTuyên truyền năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert (doc.metadata.issuer.name, doc.metadata.issuer.joint) == ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", [])


@pytest.mark.parametrize("suffix", ["txt", "docx"])
def test_a_cells_wrapped_line_with_its_centring_spaces_is_one_column(tmp_path, suffix):
    # Word keeps a header cell's or a signature cell's wrapped line with the spaces that centred it
    from pipeline.run import process

    lines = ["ỦY BAN NHÂN DÂN                                  TỈNH LÀO CAI", "Số: 12/KH-UBND", *MOTTO.splitlines(),
             "Lào Cai, ngày 5 tháng 1 năm 2026", *PLAN.splitlines(), "KT. CHỦ TỊCH                     PHÓ CHỦ TỊCH",
             "Nguyễn Văn Bình"]
    path = tmp_path / f"doc.{suffix}"
    if suffix == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        write_paragraphs(path, lines)
    doc = process(path)
    meta = doc.metadata
    assert meta.co_signers == []
    assert (meta.issuer.name, meta.issuer.joint) == ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", [])
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == ("Nguyễn Văn Bình", "Phó Chủ tịch", ["KT."])


# ---------------------------------------------------------------------------------------------------
# A ward's name in the header that folds into a type name: "PHƯỜNG AN KHÁNH" is no "Phương án"


def _wards_named_an() -> list[str]:
    from pipeline.resources import csv_rows
    from pipeline.text import fold

    return sorted({row["name"] for row in csv_rows("communes.csv") if row["kind"] == "phường"
                   and fold(row["name"]).startswith("an ")})


def test_some_wards_fold_into_a_type_name():
    """The case below is no invention: the communes file has wards whose heading folds into "phuong an …"."""
    assert len(_wards_named_an()) >= 10


@pytest.mark.parametrize("ward", _wards_named_an())
def test_a_wards_heading_is_no_type_heading(processed, ward):
    doc = processed(f"ỦY BAN NHÂN DÂN\nPHƯỜNG {ward.upper()}\nSố: 15/KH-UBND\n{MOTTO}{ward}, ngày 10 tháng 9 năm 2025\n"
                    f"{PLAN}")
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date) == ("Kế hoạch", "15/KH-UBND", "2025-09-10")
    assert meta.title == "Tổ chức các hoạt động hè năm 2026"


@pytest.mark.parametrize("heading, title", [
    ("PHƯƠNG ÁN\nPhòng, chống thiên tai năm 2026", "Phòng, chống thiên tai năm 2026"),
    ("PHƯƠNG ÁN PHÒNG, CHỐNG THIÊN TAI NĂM 2026", None),  # the type and its title on one line
    ("PHUONG AN\nPhong, chong thien tai nam 2026", "Phong, chong thien tai nam 2026"),  # copied without marks
])
def test_a_real_phuong_an_heading_is_still_one(processed, heading, title):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/PA-UBND\n{MOTTO}Lâm Đồng, ngày 10 tháng 3 năm 2026\n"
                    f"{heading}\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.doc_type == "Phương án"
    if title:
        assert doc.metadata.title == title


# ---------------------------------------------------------------------------------------------------
# A page that dropped the type heading: "QUYẾT ĐỊNH" missing above "BAN HÀNH KẾ HOẠCH …", the plan's own "KẾ HOẠCH"
# heading further down is the annex's, not the document's


_DROPPED_HEADING = [
    # (issuer lines, number, date line, title lines, authority line, grounds, type from the symbol)
    ("THỦ TƯỚNG CHÍNH PHỦ", "Số: 1720/QĐ-TTg", "Hà Nội, ngày 12 tháng 8 năm 2025",
     "BAN HÀNH KẾ HOẠCH THỰC HIỆN LUẬT\nPHÒNG, CHỐNG THIÊN TAI NĂM 2025", "THỦ TƯỚNG CHÍNH PHỦ",
     "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Quyết định"),
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "Số: 88/QĐ-UBND", "Quảng Trị, ngày 03 tháng 02 năm 2026",
     "VỀ VIỆC BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
     "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.", "Quyết định"),
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG", "Số: 14/NQ-HĐND", "Cao Bằng, ngày 20 tháng 3 năm 2026",
     "THÔNG QUA KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026", "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG",
     "Xét đề nghị của Ủy ban nhân dân tỉnh tại Tờ trình số 20/TTr-UBND;", "Nghị quyết"),
]


def _dropped_heading_text(issuer, number, date, title, authority, grounds, with_annex=True) -> str:
    annex = ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n(Kèm theo Quyết định số 1 ngày 1 tháng 1 năm 2026)\n"
             "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n") if with_annex else ""
    return (f"{issuer}\n{number}\n{MOTTO}{date}\n{title}\n{authority}\n{grounds}\nQUYẾT ĐỊNH:\n"
            f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2026.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"
            f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hải\n{annex}")


@pytest.mark.parametrize("case", _DROPPED_HEADING, ids=["central", "province", "council"])
@pytest.mark.parametrize("with_annex", [True, False], ids=["annex", "alone"])
def test_a_dropped_type_heading_takes_the_symbols_type_and_the_title_under_the_date(processed, case, with_annex):
    issuer, number, date, title, authority, grounds, doc_type = case
    doc = processed(_dropped_heading_text(issuer, number, date, title, authority, grounds, with_annex))
    meta = doc.metadata
    assert meta.doc_type == doc_type  # not the annex's "Kế hoạch"
    assert meta.title == title.replace("\n", " ")  # the authority's line under it is not the title's
    assert "missing_doc_type_heading" in codes(doc) and "doc_type_mismatch" not in codes(doc)


def test_a_capitalised_line_under_the_date_with_no_grounds_after_it_is_no_title(processed):
    # no "Căn cứ" under it: nothing says the line is a title, so none is made up
    doc = processed("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 88/QĐ-UBND\n" + MOTTO + "Quảng Trị, ngày 03 tháng 02 năm 2026\n"
                    "LỊCH TIẾP CÔNG DÂN THÁNG 3\nNội dung của lịch.\n")
    assert doc.metadata.title is None
    assert "missing_doc_type_heading" in codes(doc)


def test_a_type_heading_above_the_grounds_is_still_the_documents(processed):
    case = _DROPPED_HEADING[1]
    text = _dropped_heading_text(*case[:6]).replace(case[3], "QUYẾT ĐỊNH\n" + case[3], 1)
    meta = processed(text).metadata
    assert (meta.doc_type, meta.title) == ("Quyết định", case[3])
    assert "missing_doc_type_heading" not in codes(processed(text))


@pytest.mark.parametrize("authority", ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"])
@pytest.mark.parametrize("wrapped", ["PHÒNG, CHỐNG THAM NHŨNG NĂM 2026", "PHÒNG, CHỐNG MA TÚY GIAI ĐOẠN 2026 - 2030"])
def test_a_titles_line_wrapped_at_phong_chong_is_the_titles(processed, authority, wrapped):
    # "PHÒNG, CHỐNG …" starts with a body's kind ("PHÒNG") but a body's name follows its kind, not a comma
    doc = processed("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 88/QĐ-UBND\n" + MOTTO + "Quảng Trị, ngày 03 tháng 02 năm 2026\n"
                    f"QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH\n{wrapped}\n{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
                    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n")
    assert doc.metadata.title == f"VỀ VIỆC BAN HÀNH KẾ HOẠCH {wrapped}"


# ---------------------------------------------------------------------------------------------------
# A plan posted as a news article: its title in capitals, then a lead sentence that starts with the date


@pytest.mark.parametrize("title", ["KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2026"])
@pytest.mark.parametrize("lead", [
    "Ngày 05 tháng 3 năm 2026 Ủy ban nhân dân xã Tân Lập đã ban hành Quyết định số 45/QĐ-UBND về việc ban hành Kế hoạch",
    "Ngày 05 tháng 3 năm 2026, UBND phường Cam Đường ban hành Kế hoạch số 12/KH-UBND",
    "Ngày 5/3/2026 Sở Nội vụ đã ban hành kế hoạch thực hiện trên địa bàn tỉnh",
])
def test_a_news_articles_lead_sentence_is_not_the_title(processed, title, lead):
    doc = processed(f"{title}\n{lead}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao hiệu quả.\n")
    assert doc.metadata.title == title


@pytest.mark.parametrize("wrapped", ["ngày 05 tháng 3 năm 2026 của Thủ tướng Chính phủ",
                                     "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026"])
def test_a_title_that_names_a_date_or_a_day_keeps_it(processed, wrapped):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\n{MOTTO}Quảng Trị, ngày 10 tháng 3 năm 2026\n"
                    f"KẾ HOẠCH\nTriển khai Quyết định số 45/QĐ-TTg và tổ chức\n{wrapped}\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.title == f"Triển khai Quyết định số 45/QĐ-TTg và tổ chức {wrapped}"


@pytest.mark.parametrize("chrome", ["12/03/2026", "Thứ Năm, 12/03/2026 08:15", "12/03/2026\nLượt xem: 215",
                                    "Lượt xem: 1.024", "Ngày đăng: 12/03/2026", "Số lượt đọc: 37"])
def test_a_portals_posting_date_and_view_count_are_not_the_title(processed, chrome):
    title = "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI NĂM 2026"
    doc = processed(f"Trang chủ\nTin tức - Sự kiện\n{title}\n{chrome}\nThực hiện Kế hoạch số 35/KH-UBND ngày "
                    "20/02/2026 của UBND tỉnh Quảng Trị, Ủy ban nhân dân xã Cam Lộ ban hành Kế hoạch như sau:\n"
                    "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng ngừa.\n")
    assert doc.metadata.title == title


@pytest.mark.parametrize("related", ["Tin liên quan", "Bài viết liên quan:", "Các tin khác", "Tin cùng chuyên mục"])
def test_a_portals_related_articles_are_not_the_documents(processed, related):
    doc = processed("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nNgày 05 tháng 3 năm 2026, UBND xã Tân Lập ban hành Kế hoạch.\n"
                    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chỉ số hài lòng.\nII. NHIỆM VỤ\n1. Công an xã rà soát địa bàn.\n"
                    f"{related}\nKẾ HOẠCH PHÒNG, CHỐNG MA TÚY NĂM 2026\nUBND xã tổ chức hội nghị sơ kết quý I\n")
    body = " ".join(b.text or "" for b in doc.body())
    assert "Công an xã rà soát địa bàn" in body
    assert "PHÒNG, CHỐNG MA TÚY" not in body and "hội nghị sơ kết" not in body


# ---------------------------------------------------------------------------------------------------
# A place-and-date line without its "ngày": a day printed bare, or a draft that gives only the month


@pytest.mark.parametrize("line, date, partial", [
    ("Quảng Trị, 05 tháng 3 năm 2026", "2026-03-05", None),
    ("Quảng Trị, 5 tháng 03 năm 2026.", "2026-03-05", None),
    ("Quảng Trị, tháng 3 năm 2026", None, "2026-03"),
    ("Quảng Trị, ngày 05 tháng 3 năm 2026", "2026-03-05", None),
])
def test_a_date_line_without_its_day_word(processed, line, date, partial):
    doc = processed(f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\n{MOTTO}{line}\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
                    "I. MỤC ĐÍCH\n1. Nội dung.\n")
    meta = doc.metadata
    assert (meta.place, meta.issued_date, meta.issued_date_partial) == ("Quảng Trị", date, partial)
    assert ("issue_date_incomplete" in {w.code for w in doc.warnings}) == (partial is not None)


# ---------------------------------------------------------------------------------------------------
# The closing's two columns copied into one line each: the signer's name beside the last recipient


_CLOSING_HEAD = (f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 35/KH-UBND\n{MOTTO}Quảng Ngãi, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
                 "Triển khai công tác năm 2026\nI. MỤC ĐÍCH\n1. Nội dung.\n")


@pytest.mark.parametrize("gap", ["\t", "        ", " "])
@pytest.mark.parametrize("last, name", [("- Lưu: VT.", "Võ Tấn Đức"), ("- Lưu: VT, NC.", "Nguyễn Thị Thanh Hương"),
                                        ("- Như trên;", "Trần Phước Hiền")])
def test_the_signers_name_beside_the_last_recipient(processed, gap, last, name):
    doc = processed(f"{_CLOSING_HEAD}Nơi nhận:{gap}TM. ỦY BAN NHÂN DÂN\n- Bộ Nội vụ;{gap}KT. CHỦ TỊCH\n"
                    f"- CT, PCT UBND tỉnh;{gap}PHÓ CHỦ TỊCH\n{last}{gap}{name}\n")
    meta = doc.metadata
    assert (meta.signer.name, meta.signer.title) == (name, "Phó Chủ tịch")
    assert meta.recipients[-1] == last.lstrip("- ").rstrip(";.,")


@pytest.mark.parametrize("last", ["- Đồng chí Nguyễn Văn An;", "- UBND các xã, phường Trần Phú", "- Sở Nội vụ, Sở Tư pháp"])
def test_a_recipient_that_ends_in_a_name_of_its_own_is_no_signer(processed, last):
    doc = processed(f"{_CLOSING_HEAD}Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Nội vụ;\tCHỦ TỊCH\n{last}\n- Lưu: VT.\n\nLê Văn Hùng\n")
    assert doc.metadata.signer.name == "Lê Văn Hùng"
    assert doc.metadata.recipients[-2:] == [last.lstrip("- ").rstrip(";.,"), "Lưu: VT"]


def test_the_signers_name_under_a_list_that_has_ended_is_no_recipient(processed):
    """No "Lưu" line: the list's last item ends with its stop, the name on the next line is the signer's."""
    doc = processed(f"{_CLOSING_HEAD}Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Nội vụ;\tCHỦ TỊCH\n- Sở Tư pháp.\nLê Văn Hùng\n")
    assert doc.metadata.signer.name == "Lê Văn Hùng"
    assert doc.metadata.recipients == ["Bộ Nội vụ", "Sở Tư pháp"]
