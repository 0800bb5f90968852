"""Copies, joint documents, council resolutions: forms of documents the team had not seen, each fixture written here
from how such documents are laid out, in its own wording.

FACTS (Nghị định 30/2020 Điều 25-27 and its Phụ lục I; copies seen on provincial sites and in ../shared/realdocs2/126):
- A copy is "sao y" (the whole document, same form), "sao lục" (a copy of a copy) or "trích sao" (an excerpt). The
  copying body prints a copy block of its own, after the last page of the copy (below a rule) or, on many scans, at
  the top of the first page: its name (often its parent above it, "UBND TỈNH …" / "VĂN PHÒNG"), the mark ("SAO Y",
  "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO") on the right, its own number with a copy type ("Số: 15/SY-VP",
  "Số: 03/SL-UBND", "Số: 7/TrS-SNV") on the left, place and date on the right, "Nơi nhận:" with a short list on the left,
  and its signer, usually "TL." or "TM." + position + name, on the right.
- Its number, date and signer are the copy's: the document's own are those of the copied text.
- An electronic copy carries no block but a one-line stamp "SAO Y; <copying body>; <dd/mm/yyyy>; <time>; +07:00".
- A stamp "SAO Y BẢN CHÍNH" alone (no number) is a mark on a photocopy, nothing more.
"""

from __future__ import annotations

import pytest

from conftest import write_paragraphs
from tests.pdfmaker import text_pdf

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 86/KH-UBND\n" + MOTTO + "Gia Lai, ngày 9 tháng 2 năm 2026\nKẾ HOẠCH\n"
        "Triển khai chuyển đổi số trong cơ quan nhà nước năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng dịch vụ công.\n"
        "II. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì, hoàn thành trong quý III năm 2026.\n"
        "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Các sở, ngành;\n- Lưu: VT, KGVX.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Quốc Hưng\n")
TRUTH = ("Kế hoạch", "86/KH-UBND", "2026-02-09", "Gia Lai", "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
         "Triển khai chuyển đổi số trong cơ quan nhà nước năm 2026", "Phạm Quốc Hưng", ["TM.", "KT."])

COPY_BLOCKS = {
    "sao_y": "UBND TỈNH GIA LAI\nVĂN PHÒNG\nSAO Y\nSố: 41/SY-VP\nGia Lai, ngày 12 tháng 2 năm 2026\n"
             "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nVõ Thị Ngân\n",
    "sao_luc": "SỞ TÀI CHÍNH\nSố: 03/SL-STC\nSAO LỤC\nPleiku, ngày 20 tháng 2 năm 2026\nNơi nhận:\n- Các phòng;\n- Lưu: VT.\n"
               "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐinh Văn Tú\n",
    "trich_sao": "ỦY BAN NHÂN DÂN\nXÃ IA GRAI\nTRÍCH SAO\nSố: 7/TrS-UBND\nIa Grai, ngày 2 tháng 3 năm 2026\n"
                 "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nRơ Mah Hlim\n",
    # printed from a table: the mark beside the body, the date beside the number, the signer beside the recipients
    "columns": "UBND TỈNH GIA LAI\tSAO Y BẢN CHÍNH\nVĂN PHÒNG\nSố: 41/SY-VP\tGia Lai, ngày 12 tháng 2 năm 2026\n"
               "Nơi nhận:\tTL. CHỦ TỊCH\n- Sở Nội vụ;\tKT. CHÁNH VĂN PHÒNG\n- Lưu: VT.\tPHÓ CHÁNH VĂN PHÒNG\n\tVõ Thị Ngân\n",
    # the same with the gaps lost (a PDF's text layer, a scan)
    "run_together": "UBND TỈNH GIA LAI SAO Y BẢN CHÍNH\nVĂN PHÒNG\nSố: 41/SY-VP Gia Lai, ngày 12 tháng 2 năm 2026\n"
                    "Nơi nhận: TL. CHỦ TỊCH\n- Sở Nội vụ; KT. CHÁNH VĂN PHÒNG\n- Lưu: VT. PHÓ CHÁNH VĂN PHÒNG\nVõ Thị Ngân\n",
}


def fields(doc) -> tuple:
    m = doc.metadata
    return (m.doc_type, m.number, m.issued_date, m.place, m.issuer.name, m.title, m.signer.name, m.signer.authority)


def codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


@pytest.mark.parametrize("block", COPY_BLOCKS)
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_copy_blocks_number_date_and_signer_are_never_the_documents(processed, block, where):
    text = COPY_BLOCKS[block] + PLAN if where == "before" else PLAN + COPY_BLOCKS[block]
    doc = processed(text)
    assert fields(doc) == TRUTH
    assert doc.metadata.recipients == ["Bộ Khoa học và Công nghệ", "Các sở, ngành", "Lưu: VT, KGVX"]
    assert doc.metadata.parts == []  # the copy block is no document of its own
    assert "copy_block" in codes(doc)


def test_a_copy_stamp_alone_is_a_mark_and_the_header_under_it_is_the_documents(processed):
    doc = processed("SAO Y BẢN CHÍNH\n" + PLAN)
    assert fields(doc) == TRUTH
    assert "copy_block" in codes(doc)


def test_an_electronic_copys_stamp_line_is_recorded(processed):
    doc = processed("SAO Y; VĂN PHÒNG UBND TỈNH GIA LAI; 12/02/2026; 09:14:51; +07:00\n" + PLAN)
    assert fields(doc) == TRUTH
    assert any(w.code == "copy_block" and "VĂN PHÒNG UBND TỈNH GIA LAI" in w.message for w in doc.warnings)


@pytest.mark.parametrize("sentence", [
    "2. Văn phòng sao y bản chính và gửi các xã trước ngày 15/3/2026.",
    "Sao lục",  # a body line that happens to be the word, with no copy number: only a mark, the document unchanged
])
def test_copy_words_in_the_body_change_no_field(processed, sentence):
    text = PLAN.replace("Nơi nhận:", f"{sentence}\nNơi nhận:")
    assert fields(processed(text)) == TRUTH


@pytest.mark.parametrize("where", ["first page", "last page"])
def test_a_copy_block_on_a_pdf_page(tmp_path, where):
    from pipeline.run import process

    def page(text: str) -> list[tuple[float, float, str]]:
        return [(60, 60 + 18 * k, line) for k, line in enumerate(text.splitlines())]

    copy = [(60, 60, "UBND TỈNH GIA LAI"), (60, 78, "VĂN PHÒNG"), (330, 60, "SAO Y"), (60, 100, "Số: 41/SY-VP"),
            (300, 100, "Gia Lai, ngày 12 tháng 2 năm 2026"), (60, 130, "Nơi nhận:"), (330, 130, "TL. CHỦ TỊCH"),
            (60, 148, "- Sở Nội vụ;"), (330, 148, "CHÁNH VĂN PHÒNG"), (60, 166, "- Lưu: VT."), (330, 220, "Võ Thị Ngân")]
    pages = [copy, page(PLAN)] if where == "first page" else [page(PLAN), copy]
    path = tmp_path / "copy.pdf"
    path.write_bytes(text_pdf(pages))
    doc = process(path)
    assert fields(doc) == TRUTH
    assert "copy_block" in codes(doc)


@pytest.mark.parametrize("suffix", ["docx", "html"])
def test_a_copy_block_before_the_document_in_docx_and_html(tmp_path, suffix):
    from pipeline.run import process

    lines = (COPY_BLOCKS["sao_y"] + PLAN).splitlines()
    path = tmp_path / f"copy.{suffix}"
    if suffix == "html":
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    else:
        write_paragraphs(path, lines)
    doc = process(path)
    assert fields(doc) == TRUTH
    assert "copy_block" in codes(doc)


# ---------------------------------------------------------------------------------------------------
# Joint documents (Kế hoạch liên tịch / phối hợp, Thông tư liên tịch): each body heads its own column of the header,
# one line each when the name fits; or the bodies stand one under the other. The number has a code for each body
# ("12/KH-UBND-MTTQ", "12/2026/TTLT-BTC-BNV") or the joint type ("KHLT").

JOINT_BODY = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy sức mạnh khối đại đoàn kết.\nNơi nhận:\n- Các xã;\n- Lưu: VT.\n"
              "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Văn Tâm\n")
UBND, MTTQ = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI"


def joint_plan(header: str, number: str, heading: str = "KẾ HOẠCH LIÊN TỊCH") -> str:
    return (f"{header}{MOTTO}Số: {number}\nQuảng Ngãi, ngày 15 tháng 4 năm 2026\n{heading}\n"
            f"Phối hợp thực hiện cuộc vận động năm 2026\n{JOINT_BODY}")


@pytest.mark.parametrize("gap", ["\t", "      "])
@pytest.mark.parametrize("left, right", [(UBND, MTTQ), ("SỞ TƯ PHÁP", "SỞ NỘI VỤ")])
def test_two_bodies_each_on_one_line_side_by_side(processed, gap, left, right):
    doc = processed(joint_plan(f"{left}{gap}{right}\n", "12/KH-UBND-MTTQ"))
    assert (doc.metadata.issuer.name, doc.metadata.issuer.joint, doc.metadata.issuer.parent) == (left, [left, right], None)
    assert "doc_type_mismatch" not in codes(doc)  # a joint plan numbered KH is no mismatch


def test_two_central_bodies_beside_the_motto(processed):
    doc = processed("BỘ TÀI CHÍNH\tBỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2026/TTLT-BTC-BNV\t\tĐộc lập - Tự do - Hạnh phúc\n"
                    "Hà Nội, ngày 15 tháng 4 năm 2026\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn chế độ phụ cấp\nCăn cứ Luật Cán bộ, công chức;\n"
                    "Điều 1. Phạm vi điều chỉnh\n" + JOINT_BODY)
    assert (doc.metadata.issuer.name, doc.metadata.issuer.joint) == ("BỘ TÀI CHÍNH", ["BỘ TÀI CHÍNH", "BỘ NỘI VỤ"])


@pytest.mark.parametrize("number, heading", [
    ("12/KHLT-UBND-MTTQ", "KẾ HOẠCH"),  # the joint type in the symbol, not in the heading
    ("12/KH-UBND-MTTQ", "KẾ HOẠCH"),  # a code for each body, each body of the same province
])
def test_two_bodies_one_under_the_other_of_a_joint_plan(processed, number, heading):
    doc = processed(joint_plan(f"{UBND}\n{MTTQ}\n", number, heading))
    assert (doc.metadata.issuer.name, doc.metadata.issuer.joint, doc.metadata.issuer.parent) == (UBND, [UBND, MTTQ], None)


@pytest.mark.parametrize("upper, lower, number", [
    ("BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG", "91/TTr-CAT-PC04"),  # a unit's code after its body's: no joint document
    ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ TƯ PHÁP", "12/KH-STP-PBGDPL"),
])
def test_a_body_under_its_parent_is_still_no_joint_issuer(processed, upper, lower, number):
    doc = processed(joint_plan(f"{upper}\n{lower}\n", number, "KẾ HOẠCH"))
    assert (doc.metadata.issuer.name, doc.metadata.issuer.parent, doc.metadata.issuer.joint) == (lower, upper, [])


# ---------------------------------------------------------------------------------------------------
# Council resolutions (Nghị quyết of a Hội đồng nhân dân): the council's name and "KHÓA X, KỲ HỌP THỨ Y" under the title
# (one line or two), the adoption sentence at the end ("… thông qua ngày …"), "CHỦ TỊCH" with or without "TM. HỘI ĐỒNG
# NHÂN DÂN". These read right already; the tests keep them so (they pass before and after this branch's changes).

GROUNDS = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nXét Tờ trình số 52/TTr-UBND ngày 01 tháng 12 "
           "năm 2025 của Ủy ban nhân dân; ý kiến thảo luận của đại biểu tại kỳ họp.\nQUYẾT NGHỊ:\n"
           "Điều 1. Thông qua kế hoạch đầu tư công năm 2026.\nĐiều 2. Giao Ủy ban nhân dân tổ chức thực hiện.\n")


@pytest.mark.parametrize("council, place, session, date_line, signature, truth", [
    ("XÃ TÂN PHÚ", "Tân Phú", "KHÓA I\nKỲ HỌP THỨ NĂM", "Tân Phú, ngày 19 tháng 12 năm 2025\n", "TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n",
     ("2025-12-19", "Tân Phú", ["TM."])),
    # no place-and-date line: the date is the adoption's
    ("TỈNH ĐỒNG NAI", "Đồng Nai", "KHÓA X, KỲ HỌP THỨ 12", "", "CHỦ TỊCH\n", ("2025-12-19", None, [])),
])
def test_a_council_resolution(processed, council, place, session, date_line, signature, truth):
    doc = processed(f"HỘI ĐỒNG NHÂN DÂN\n{council}\nSố: 18/NQ-HĐND\n{MOTTO}{date_line}NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2026\n"
                    f"HỘI ĐỒNG NHÂN DÂN {council}\n{session}\n{GROUNDS}Nghị quyết này đã được Hội đồng nhân dân {place} "
                    "thông qua ngày 19 tháng 12 năm 2025./.\nNơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: VT.\n"
                    f"{signature}Lê Văn Dũng\n")
    m = doc.metadata
    assert (m.doc_type, m.number, m.issuer.name, m.title) == ("Nghị quyết", "18/NQ-HĐND", f"HỘI ĐỒNG NHÂN DÂN {council}",
                                                              "Về kế hoạch đầu tư công năm 2026")
    assert (m.issued_date, m.place, m.signer.authority) == truth
    assert (m.signer.name, m.signer.title) == ("Lê Văn Dũng", "Chủ tịch")
