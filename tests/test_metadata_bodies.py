"""Red-team classes of header and signature (fixtures written here, in the forms real documents take): mass
organisations' issuers (the Fatherland Front, the Youth Union, the Women's Union, trade unions), the Youth Union's motto,
a ward's number in the place (wards named after the 2025 merger: "Bảo Lộc 1"), the date printed in figures after the
place ("Hà Nội, 03-02-2026")."""

from __future__ import annotations

import pytest

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
PLAN_BODY = ("KẾ HOẠCH\nTổ chức các hoạt động năm 2026\nCăn cứ Chương trình công tác năm 2026;\nI. MỤC ĐÍCH, YÊU CẦU\n"
             "1. Nội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


@pytest.mark.parametrize("header, issuer, parent", [
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\nBAN THƯỜNG TRỰC\n" + MOTTO + "Số: 30/KH-MTTQ-BTT\n",
     # the committee's standing board under its name: one issuer, the board of that committee (party_boards.json)
     "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", None),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH LÀO CAI\n" + MOTTO + "Số: 12/KH-MTTQ-BTT\n",
     "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", None),
    ("HỘI LHPN VIỆT NAM\nBCH HỘI LHPN TỈNH KHÁNH HÒA\n" + MOTTO + "Số: 17/KH-HPN\n",
     "BCH HỘI LHPN TỈNH KHÁNH HÒA", "HỘI LHPN VIỆT NAM"),
    ("HỘI NÔNG DÂN TỈNH QUẢNG NGÃI\n" + MOTTO + "Số: 40/KH-HND\n", "HỘI NÔNG DÂN TỈNH QUẢNG NGÃI", None),
    # the Youth Union prints its own motto where the national one stands, under a row of stars
    ("BCH ĐOÀN TỈNH QUẢNG NGÃI\n***\nSố: 112-KH/TĐTN-TTN\nĐOÀN TNCS HỒ CHÍ MINH\n", "BCH ĐOÀN TỈNH QUẢNG NGÃI", None),
    ("BCH ĐOÀN TỈNH LÂM ĐỒNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 225 - KH/TĐTN-TTN\n", "BCH ĐOÀN TỈNH LÂM ĐỒNG", None),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI\n" + MOTTO + "Số: 56/KH-LĐLĐ\n", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", None),
])
def test_a_mass_organisations_header(processed, header, issuer, parent):
    doc = processed(f"{header}Quảng Ngãi, ngày 05 tháng 02 năm 2026\n{PLAN_BODY}TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Thị Hoa\n")
    meta = doc.metadata
    assert (meta.issuer.name, meta.issuer.parent) == (issuer, parent)
    assert (meta.issued_date, meta.doc_type, meta.title) == ("2026-02-05", "Kế hoạch", "Tổ chức các hoạt động năm 2026")
    assert meta.number is not None


@pytest.mark.parametrize("line", ["Đoàn TNCS Hồ Chí Minh tỉnh tổ chức tuyên truyền.",
                                  "ĐOÀN TNCS HỒ CHÍ MINH TỈNH LÂM ĐỒNG PHÁT ĐỘNG"])
def test_the_youth_unions_name_in_a_line_is_no_motto(line):
    from pipeline.stages.parts import MOTTO as MOTTO_LINE

    assert MOTTO_LINE.match(line) is None and MOTTO_LINE.match("ĐOÀN TNCS HỒ CHÍ MINH")


@pytest.mark.parametrize("issuer, date_line, place, iso", [
    # a ward's number in the place (wards named after the 2025 merger)
    ("UBND PHƯỜNG BẢO LỘC 1", "Bảo Lộc 1, ngày 10 tháng 3 năm 2026", "Bảo Lộc 1", "2026-03-10"),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG 3", "Phường 3, ngày 10 tháng 3 năm 2026", "Phường 3", "2026-03-10"),
    # the date in figures after the place
    ("BỘ NỘI VỤ", "Hà Nội, 03-02-2026", "Hà Nội", "2026-02-03"),
    ("BỘ NỘI VỤ", "Hà Nội, 03/02/2026", "Hà Nội", "2026-02-03"),
    ("BỘ NỘI VỤ", "TP. Hồ Chí Minh, 3.2.2026", "TP. Hồ Chí Minh", "2026-02-03"),
])
def test_a_place_and_date_line_of_these_forms(processed, issuer, date_line, place, iso):
    doc = processed(f"{issuer}\n{MOTTO}Số: 145/UBND-VP\nV/v triển khai thu phí vệ sinh năm 2026\n{date_line}\n"
                    "Kính gửi: Các tổ dân phố.\nỦy ban nhân dân phường đề nghị triển khai.\nNơi nhận:\n- Như trên;\n"
                    "- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrịnh Văn Long\n")
    meta = doc.metadata
    assert (meta.place, meta.issued_date, meta.title) == (place, iso, "triển khai thu phí vệ sinh năm 2026")


@pytest.mark.parametrize("line", ["Hà Nội, 03-02-2026 và các năm tiếp theo", "Sở Nội vụ, 03-02-2026 họp"])
def test_a_sentence_with_a_date_in_figures_is_no_date_line(line):
    from pipeline.stages.metadata import _DATE_LINE

    assert _DATE_LINE.match(line) is None


def test_the_youth_unions_name_under_its_central_committee_is_the_issuers(processed):
    doc = processed("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 225-KH/TWĐTN-CTTN\n"
                    f"Hà Nội, ngày 16 tháng 5 năm 2026\n{PLAN_BODY}TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ\nNguyễn Văn A\n")
    assert doc.metadata.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"


# ---------------------------------------------------------------------------------------------------
# A title that opens as a body can ("KẾ HOẠCH" / "Thực hiện Nghị quyết số …"): plans very often carry one

HEADER = f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n{MOTTO}Số: 7/KH-UBND\nLào Cai, ngày 14 tháng 3 năm 2026\n"


@pytest.mark.parametrize("heading", ["KẾ HOẠCH", "CHƯƠNG TRÌNH"])
@pytest.mark.parametrize("title_lines, title", [
    (["Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ"],
     "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ"),
    (["Thực hiện Chương trình hành động của Chính phủ", "giai đoạn 2026 - 2030"],
     "Thực hiện Chương trình hành động của Chính phủ giai đoạn 2026 - 2030"),
])
def test_a_title_that_opens_with_thuc_hien_is_read(processed, heading, title_lines, title):
    lines = "\n".join(title_lines)
    doc = processed(f"{HEADER}{heading}\n{lines}\nCăn cứ Luật Tổ chức chính quyền địa phương;\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.title == title


def test_a_body_sentence_that_opens_with_thuc_hien_is_no_title(processed):
    doc = processed(f"{HEADER}KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2026\n"
                    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở ban hành Kế hoạch như sau:\n"
                    "I. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.title == "Triển khai công tác chuyển đổi số năm 2026"


def test_a_clause_under_the_heading_is_no_title(processed):
    # no title printed: the body's first sentence is not taken for one
    doc = processed(f"{HEADER}KẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Nội vụ "
                    "ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.title is None


# ---------------------------------------------------------------------------------------------------
# The same headers in the layout tables of HTML and DOCX

LAYOUTS = {
    "front": (["ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK", "BAN THƯỜNG TRỰC", "Số: 30/KH-MTTQ-BTT"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Đắk Lắk, ngày 20 tháng 3 năm 2026"],
              ("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", None, "30/KH-MTTQ-BTT", "2026-03-20", "Đắk Lắk")),
    "youth": (["BCH ĐOÀN TỈNH QUẢNG NGÃI", "***", "Số: 112-KH/TĐTN-TTN"],
              ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Quảng Ngãi, ngày 05 tháng 02 năm 2026"],
              ("BCH ĐOÀN TỈNH QUẢNG NGÃI", None, "112-KH/TĐTN-TTN", "2026-02-05", "Quảng Ngãi")),
    "women": (["HỘI LHPN VIỆT NAM", "BCH HỘI LHPN TỈNH KHÁNH HÒA", "Số: 17/KH-HPN"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khánh Hòa, ngày 8 tháng 1 năm 2026"],
              ("BCH HỘI LHPN TỈNH KHÁNH HÒA", "HỘI LHPN VIỆT NAM", "17/KH-HPN", "2026-01-08", "Khánh Hòa")),
    "ward": (["ỦY BAN NHÂN DÂN", "PHƯỜNG BẢO LỘC 1", "Số: 145/KH-UBND"],
             ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bảo Lộc 1, ngày 10 tháng 3 năm 2026"],
             ("ỦY BAN NHÂN DÂN PHƯỜNG BẢO LỘC 1", None, "145/KH-UBND", "2026-03-10", "Bảo Lộc 1")),
}
LAYOUT_BODY = ["KẾ HOẠCH", "Tổ chức các hoạt động năm 2026", "Căn cứ Chương trình công tác năm 2026;", "I. MỤC ĐÍCH",
               "1. Nội dung."]
LAYOUT_CLOSING = (["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "Lê Thị Hoa"])


def _html(left, right) -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(left, right))
    body = "".join(f"<p>{line}</p>" for line in LAYOUT_BODY)
    closing = "".join(f"<td>{'<br>'.join(cell)}</td>" for cell in LAYOUT_CLOSING)
    return f"<html><body><table>{rows}</table>{body}<table><tr>{closing}</tr></table></body></html>"


def _docx(path, left, right) -> None:
    from docx import Document as Docx

    document = Docx()
    table = document.add_table(rows=len(left), cols=2)
    for i, (a, b) in enumerate(zip(left, right)):
        table.cell(i, 0).text, table.cell(i, 1).text = a, b
    for line in LAYOUT_BODY:
        document.add_paragraph(line)
    closing = document.add_table(rows=1, cols=2)
    for j, cell in enumerate(LAYOUT_CLOSING):
        closing.cell(0, j).text = "\n".join(cell)
    document.save(path)


@pytest.mark.parametrize("suffix", ["html", "docx"])
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_mass_organisations_or_wards_header_in_a_layout_table(tmp_path, name, suffix):
    from pipeline.run import process

    left, right, (issuer, parent, number, iso, place) = LAYOUTS[name]
    path = tmp_path / f"doc.{suffix}"
    if suffix == "html":
        path.write_text(_html(left, right), encoding="utf-8")
    else:
        _docx(path, left, right)
    meta = process(path).metadata
    assert (meta.issuer.name, meta.issuer.parent, meta.number, meta.issued_date, meta.place) == (issuer, parent, number, iso, place)
    assert (meta.title, meta.signer.name, meta.signer.title) == ("Tổ chức các hoạt động năm 2026", "Lê Thị Hoa", "Chủ tịch")


@pytest.mark.parametrize("heading, announcing", [
    ("GIẤY MỜI", "Văn phòng HĐND và UBND huyện trân trọng kính mời:"),
    ("THÔNG BÁO", "Ủy ban nhân dân huyện thông báo như sau:"),
])
def test_a_sentence_announcing_a_list_under_the_title_is_the_bodys(processed, heading, announcing):
    doc = processed(f"UBND HUYỆN BẢO LÂM\nVĂN PHÒNG HĐND VÀ UBND\n{MOTTO}Số: 21/GM-VP\nBảo Lâm, ngày 3 tháng 6 năm 2025\n"
                    f"{heading}\nDự hội nghị sơ kết công tác 6 tháng đầu năm 2025\n{announcing}\n- Lãnh đạo các phòng, ban;\n"
                    "Thời gian: 8 giờ 00 ngày 10/6/2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n"
                    "Lê Minh Tâm\n")
    assert doc.metadata.title == "Dự hội nghị sơ kết công tác 6 tháng đầu năm 2025"


# ---------------------------------------------------------------------------------------------------
# A Party document's organ or meeting under its type heading is the heading's, not the title

PARTY_HEADER = "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*\nSố 12-{symbol}/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 15 tháng 4 năm 2026\n"


@pytest.mark.parametrize("heading, symbol, organ, title", [
    ("CHỈ THỊ", "CT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai"),
    ("NGHỊ QUYẾT", "NQ", "HỘI NGHỊ LẦN THỨ 12 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI", "về phát triển kinh tế số giai đoạn 2026 - 2030"),
    ("KẾT LUẬN", "KL", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về chủ trương sắp xếp tổ chức bộ máy"),
    ("CHỈ THỊ", "CT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI"),
])
def test_a_party_documents_organ_line_is_no_title(processed, heading, symbol, organ, title):
    doc = processed(PARTY_HEADER.format(symbol=symbol) + f"{heading}\n{organ}\n{title}\n"
                    "Thời gian qua, công tác trên địa bàn tỉnh đạt nhiều kết quả.\n1. Các cấp ủy tăng cường lãnh đạo.\n"
                    "Nơi nhận:\n- Ban Bí thư,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nBùi Thị Quỳnh Vân\n")
    assert doc.metadata.title == title


def test_a_caps_title_that_opens_with_cua_and_no_line_after_is_kept(processed):
    # "CỦA …" with the body right under it: it is all the title there is
    doc = processed(PARTY_HEADER.format(symbol="CT") + "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ\n"
                    "Căn cứ Điều lệ Đảng;\n1. Nội dung.\n")
    assert doc.metadata.title == "CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ"


@pytest.mark.parametrize("issuer", ["CÔNG AN TỈNH LÂM ĐỒNG", "TRƯỜNG THPT BẢO LỘC", "BỆNH VIỆN ĐA KHOA TỈNH LÂM ĐỒNG",
                                    "CHI CỤC THUẾ KHU VỰC XII", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"])
def test_a_one_line_issuer_of_another_kind_under_a_sites_menu(processed, issuer):
    doc = processed(f"Trang chủ\nTin tức\n{issuer}\n{MOTTO}Số: 12/KH-XX\nLâm Đồng, ngày 5 tháng 9 năm 2026\n{PLAN_BODY}"
                    "GIÁM ĐỐC\nPhạm Thị Hồng\n")
    assert doc.metadata.issuer.name == issuer
    assert doc.blocks[0].layer.value == "furniture"  # the site's menu is still no part of the document


def test_a_digital_signatures_stamp_above_the_header_does_not_start_the_document(processed):
    # an e-signed page's stamp names the signing service ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC"): no body of the header
    doc = processed(f"TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n06.02.2025 16:42:22\n+07:00\nỦY BAN NHÂN DÂN\n"
                    f"TỈNH QUẢNG NGÃI\n{MOTTO}Số: 88/QĐ-UBND\nQuảng Ngãi, ngày 05 tháng 02 năm 2025\nQUYẾT ĐỊNH\n"
                    "Về việc giao đất\nCăn cứ Luật Đất đai;\nĐiều 1. Giao đất.\n")
    assert (doc.metadata.issuer.name, doc.metadata.issuer.parent) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None)
