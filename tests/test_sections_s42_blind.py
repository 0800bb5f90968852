"""The section tree, a blind round (s42): groups lettered "A)" "B/" "A -", annexes titled in sentence case with no
"PHỤ LỤC" line, a document a decision issues printed with no "(Ban hành kèm theo …)" line, and a resolution's
passing sentence.

FACTS (from the openings of stored legal-site pages; facts, not text; every fixture below is written for the test,
names and numbers made up):
- Decisions issuing a plan (the Prime Minister 2012 and 2014, a province 2007): "QUYẾT ĐỊNH:" / "Điều 1. Ban hành kèm
  theo Quyết định này Kế hoạch …" / "Điều 2. … hiệu lực …" / "Điều 3. … chịu trách nhiệm thi hành …" / "Nơi nhận:";
  the plan printed after, its own "I." "II." parts. A decision approving a project (2022) prints the project inside its
  "Điều 1. Phê duyệt Đề án … với các nội dung chủ yếu sau:" / "I. QUAN ĐIỂM" / "1. …".
- A programme's plan (2014): "Phần I" / "ĐÁNH GIÁ KẾT QUẢ …" / "I. TÌNH HÌNH CHUNG"; a Party resolution (2016): "I-
  Khái quát tình hình"; provinces' plans: "I. Mục đích, yêu cầu" in sentence case (2014), "I. CĂN CỨ XÂY DỰNG KẾ
  HOẠCH" / "1. Quyết định số …;" (2022).
- A resolution of the National Assembly's Standing Committee closes with "Nghị quyết này được Ủy ban Thường vụ Quốc hội
  … thông qua ngày …" after its last article, before the signature (realdocs2 201-203, read in place).
- From the round's brief: capital letters "A)/B)/C)" (and "A./B.") as a level above Roman or under it; annexes titled in
  sentence case without "PHỤ LỤC" ("Danh mục nhiệm vụ …" / "(Kèm theo Kế hoạch số …)"); a decision's "Điều 1. Ban hành
  kèm theo Quyết định này Kế hoạch …" followed by the plan itself.

DOCUMENTS holds 12 documents, each read as text, HTML, DOCX and PDF, and 7 of them as a DOCX whose labels Word's own
numbering prints (``write_auto_numbered``): 55 readings. Before this round 51 of them gave wrong nodes (11 documents in
every form, all 7 Word-numbered ones; the resolution's tree held, its passing sentence in its last item's text, which
its own test checks); the whole file: 215 of 276 cases failed.
  - "A)" "B)" "C)" groups: "A)" and "B)" text, "C)" a Roman part (a hundredth), the items of "B)" under the wrong part;
    so "A/" "B/" (all lost after "A/") and "A -" "B -" in sentence case (text);
  - an annex titled in sentence case with no "PHỤ LỤC" line was lost in the closing;
  - a plan a decision issues, printed with no link line under its type heading, was lost in the closing, or its parts
    were the last article's children; one printed with its link line alone (no type heading) was lost too;
  - a resolution's passing sentence was the last article's (or its last item's) text.
"""

from __future__ import annotations

import re

import docx
import pytest
from conftest import write_in_form
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from test_structure_s29 import N, wrong_nodes

from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ SƠN", "Số: 215/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Hà Sơn, ngày 09 tháng 6 năm 2026", "KẾ HOẠCH", "Chuyển đổi số trong nông nghiệp năm 2026",
        "Thực hiện Quyết định số 88/QĐ-TTg ngày 12/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế "
        "hoạch như sau:"]
CLOSE = ["Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Khoa"]
DECISION = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ SƠN", "Số: 402/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Hà Sơn, ngày 20 tháng 3 năm 2026", "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026", "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN",
            "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;",
            "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.", "QUYẾT ĐỊNH:"]
ARTICLES = ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./."]
DECISION_CLOSE = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                  "Lương Thị Nga"]
PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Chủ động phòng dịch.", "2. Yêu cầu", "Phát hiện sớm.", "II. NHIỆM VỤ",
        "1. Giám sát", "Hằng tuần.", "III. TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp chủ trì."]
PLAN_TREE = [N("roman", "I", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "Chủ động"), N("arabic", "2", "Yêu cầu", "sớm")),
             N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Giám sát", "Hằng tuần")),
             N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]
DECISION_TREE = [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"),
                 N("article", "3", None, "thi hành")]
REF = "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026 của Ủy ban nhân dân tỉnh)"
TITLE = "Phòng, chống dịch bệnh trên cây trồng năm 2026"
LINK = "(Kèm theo Quyết định số 402/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)"


# Review of s42 (finding 4): a link line alone after the closing that reads "(Kèm theo Quyết định số 402/QĐ-UBND …)"
# is the decision's own annex where its parts list things ("I. DANH MỤC CÁC LOẠI DỊCH BỆNH" / "1. Bệnh đạo ôn", in
# tests/test_s42_review_sec.py); the plan the article issues where its parts are a plan's own ("I. MỤC ĐÍCH, YÊU CẦU" …
# "III. TỔ CHỨC THỰC HIỆN", sections.json issued_part_openings; s43, tests/test_sections_s43_blind.py).


def carried(heading, *children):
    """A document the decision carries (its opening, the type heading and the title, left out as every opening is)."""
    return N("attached", None, heading, "", *children)


# name: (lines, expected tree: the nodes between the opening and the closing, and any annex or carried document)
DOCUMENTS: dict[str, tuple[list[str], list]] = {
    # groups "A)" "B)" in capitals above Roman parts that restart under each
    "groups_in_brackets_over_roman": (
        [*HEAD, "A) KẾT QUẢ THỰC HIỆN NĂM 2025", "I. CÔNG TÁC CHỈ ĐẠO", "1. Ban hành văn bản", "Ban hành 12 văn bản.",
         "II. KẾT QUẢ CỤ THỂ", "Hoàn thành 9/10 chỉ tiêu.", "B) NHIỆM VỤ NĂM 2026", "I. MỤC TIÊU", "Số hóa 80% hồ sơ.",
         "II. GIẢI PHÁP", "1. Đào tạo", "Mở 5 lớp.", *CLOSE],
        [N("upper_letter", "A", "KẾT QUẢ THỰC HIỆN NĂM 2025", "",
           N("roman", "I", "CÔNG TÁC CHỈ ĐẠO", "", N("arabic", "1", "Ban hành văn bản", "12 văn bản")),
           N("roman", "II", "KẾT QUẢ CỤ THỂ", "9/10")),
         N("upper_letter", "B", "NHIỆM VỤ NĂM 2026", "", N("roman", "I", "MỤC TIÊU", "80%"),
           N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Đào tạo", "5 lớp")))]),
    # groups "A)" "B)" "C)" in sentence case inside a Roman part
    "groups_in_brackets_under_roman": (
        [*HEAD, "I. MỤC TIÊU", "Số hóa 80% hồ sơ.", "II. NHIỆM VỤ", "A) Nhiệm vụ chung", "1. Hoàn thiện thể chế",
         "Ban hành quy chế.", "2. Phát triển hạ tầng", "Lắp 40 trạm.", "B) Nhiệm vụ cụ thể", "1. Cấp tỉnh",
         "Xây dựng kho dữ liệu.", "C) Nhiệm vụ của các xã", "1. Cập nhật dữ liệu", "Hằng tháng.",
         "III. TỔ CHỨC THỰC HIỆN", "Sở Khoa học và Công nghệ chủ trì.", *CLOSE],
        [N("roman", "I", "MỤC TIÊU", "80%"),
         N("roman", "II", "NHIỆM VỤ", "",
           N("upper_letter", "A", "Nhiệm vụ chung", "", N("arabic", "1", "Hoàn thiện thể chế", "quy chế"),
             N("arabic", "2", "Phát triển hạ tầng", "40 trạm")),
           N("upper_letter", "B", "Nhiệm vụ cụ thể", "", N("arabic", "1", "Cấp tỉnh", "kho dữ liệu")),
           N("upper_letter", "C", "Nhiệm vụ của các xã", "", N("arabic", "1", "Cập nhật dữ liệu", "Hằng tháng"))),
         N("roman", "III", "TỔ CHỨC THỰC HIỆN", "chủ trì")]),
    # groups "A)" … "C)" in capitals in a plan with no Roman part
    "groups_in_brackets_no_roman": (
        [*HEAD, "A) MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao năng suất.", "2. Yêu cầu", "Thiết thực.", "B) NHIỆM VỤ",
         "1. Số hóa", "Cập nhật dữ liệu.", "C) TỔ CHỨC THỰC HIỆN", "Các sở thực hiện.", *CLOSE],
        [N("upper_letter", "A", "MỤC ĐÍCH, YÊU CẦU", "", N("arabic", "1", "Mục đích", "năng suất"),
           N("arabic", "2", "Yêu cầu", "Thiết thực")),
         N("upper_letter", "B", "NHIỆM VỤ", "", N("arabic", "1", "Số hóa", "dữ liệu")),
         N("upper_letter", "C", "TỔ CHỨC THỰC HIỆN", "Các sở")]),
    # groups with a slash in capitals over Roman parts with a slash
    "groups_with_slashes": (
        [*HEAD, "A/ KẾT QUẢ NĂM 2025", "I/ CÔNG TÁC CHỈ ĐẠO", "Ban hành 12 văn bản.", "B/ NHIỆM VỤ NĂM 2026", "I/ MỤC TIÊU",
         "Số hóa 80% hồ sơ.", *CLOSE],
        [N("upper_letter", "A", "KẾT QUẢ NĂM 2025", "", N("roman", "I", "CÔNG TÁC CHỈ ĐẠO", "12 văn bản")),
         N("upper_letter", "B", "NHIỆM VỤ NĂM 2026", "", N("roman", "I", "MỤC TIÊU", "80%"))]),
    # groups with a dash in sentence case inside a Roman part
    "groups_with_dashes_in_sentence_case": (
        [*HEAD, "I. NHIỆM VỤ", "A - Nhiệm vụ chung", "1. Hoàn thiện thể chế", "Ban hành quy chế.", "B - Nhiệm vụ cụ thể",
         "1. Cấp tỉnh", "Xây dựng kho.", "C - Nhiệm vụ của các xã", "1. Cập nhật dữ liệu", "Hằng tháng.", "II. KINH PHÍ",
         "Ngân sách tỉnh.", *CLOSE],
        [N("roman", "I", "NHIỆM VỤ", "",
           N("upper_letter", "A", "Nhiệm vụ chung", "", N("arabic", "1", "Hoàn thiện thể chế", "quy chế")),
           N("upper_letter", "B", "Nhiệm vụ cụ thể", "", N("arabic", "1", "Cấp tỉnh", "kho")),
           N("upper_letter", "C", "Nhiệm vụ của các xã", "", N("arabic", "1", "Cập nhật dữ liệu", "Hằng tháng"))),
         N("roman", "II", "KINH PHÍ", "Ngân sách")]),
    # two annexes titled in sentence case, the first's link wrapped onto two lines
    "annexes_titled_in_sentence_case": (
        [*HEAD, "I. NHIỆM VỤ", "Chi tiết tại các danh mục kèm theo.", *CLOSE, "Danh mục các nhiệm vụ trọng tâm",
         "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026", "của Ủy ban nhân dân tỉnh)", "1. Xây dựng kho dữ liệu.",
         "2. Cấp mã vùng trồng.", "Dự toán kinh phí thực hiện", "(Ban hành kèm theo Kế hoạch số 215/KH-UBND)",
         "1. Ngân sách tỉnh: 3.000 triệu đồng."],
        [N("roman", "I", "NHIỆM VỤ", "danh mục"),
         N("annex", None, "Danh mục các nhiệm vụ trọng tâm", "Kèm theo", N("arabic", "1", None, "kho dữ liệu"),
           N("arabic", "2", None, "mã vùng")),
         N("annex", None, "Dự toán kinh phí thực hiện", "Ban hành kèm theo", N("arabic", "1", None, "3.000"))]),
    # an annex with "PHỤ LỤC", then one titled in sentence case on two lines
    "annex_in_sentence_case_after_phu_luc": (
        [*HEAD, "I. NHIỆM VỤ", "Chi tiết tại các phụ lục.", *CLOSE, "PHỤ LỤC I", "DANH MỤC XÃ", REF, "1. Xã Tân Lập.",
         "Bảng phân công nhiệm vụ", "cho các sở, ngành và địa phương", REF, "1. Sở Nông nghiệp: chủ trì.",
         "2. Sở Tài chính: bố trí kinh phí."],
        [N("roman", "I", "NHIỆM VỤ", "phụ lục"),
         N("annex", "I", "DANH MỤC XÃ", "Kèm theo", N("arabic", "1", None, "Tân Lập")),
         N("annex", None, "Bảng phân công nhiệm vụ cho các sở, ngành và địa phương", "Kèm theo",
           N("arabic", "1", None, "Sở Nông nghiệp"), N("arabic", "2", None, "Sở Tài chính"))]),
    # a decision issuing a plan printed after its closing with no link line
    "carried_plan_with_no_link": (
        [*DECISION, *ARTICLES, *DECISION_CLOSE, "KẾ HOẠCH", TITLE, *PLAN],
        [*DECISION_TREE, carried(TITLE, *PLAN_TREE)]),
    # … printed with its link line alone
    "carried_plan_with_a_link_alone": (
        [*DECISION, *ARTICLES, *DECISION_CLOSE, LINK, *PLAN],
        [*DECISION_TREE, carried("Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026", *PLAN_TREE)]),
    # … printed between the last article and the closing, no link line
    "carried_plan_before_the_closing": (
        [*DECISION, *ARTICLES, "KẾ HOẠCH", TITLE, *PLAN, *DECISION_CLOSE],
        [*DECISION_TREE, carried(TITLE, *PLAN_TREE)]),
    # a decision issuing rules printed with chapters and articles, no link line
    "carried_rules_with_no_link": (
        [*DECISION[:7], "Ban hành Quy chế phối hợp quản lý cây trồng", *DECISION[8:],
         "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cây trồng.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành./.",
         *DECISION_CLOSE, "QUY CHẾ", "Phối hợp quản lý cây trồng", "Chương I", "QUY ĐỊNH CHUNG",
         "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp.", "Điều 2. Đối tượng áp dụng", "Các sở, ngành."],
        [N("article", "1", None, "Ban hành kèm theo"), N("article", "2", None, "hiệu lực"), N("article", "3", None, "thi hành"),
         carried("Phối hợp quản lý cây trồng",
                N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "phối hợp"),
                  N("article", "2", "Đối tượng áp dụng", "Các sở")))]),
    # a resolution's passing sentence after its last article
    "resolution_passing_sentence": (
        ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ SƠN", "Số: 12/NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "Hà Sơn, ngày 10 tháng 12 năm 2025", "NGHỊ QUYẾT",
         "Về kế hoạch phát triển kinh tế - xã hội năm 2026", "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ SƠN", "KHÓA XVII, KỲ HỌP THỨ 30",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
         "Xét Tờ trình số 150/TTr-UBND của Ủy ban nhân dân tỉnh;", "QUYẾT NGHỊ:",
         "Điều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2026 như sau:", "1. Mục tiêu tổng quát",
         "Tăng trưởng nhanh.", "2. Các chỉ tiêu chủ yếu", "a) Tốc độ tăng trưởng 8%.", "b) Thu ngân sách 12.000 tỷ đồng.",
         "Điều 2. Tổ chức thực hiện", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.", "2. Thường trực HĐND giám sát.",
         "Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XVII, kỳ họp thứ 30 thông qua ngày 10 tháng 12 năm 2025./.",
         "Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Lưu: VT.", "CHỦ TỊCH", "Vũ Văn Thắng"],
        [N("article", "1", None, "Thông qua", N("arabic", "1", "Mục tiêu tổng quát", "nhanh"),
           N("arabic", "2", "Các chỉ tiêu chủ yếu", "", N("letter", "a", None, "8%"), N("letter", "b", None, "12.000"))),
         N("article", "2", "Tổ chức thực hiện", "", N("arabic", "1", None, "Giao"), N("arabic", "2", None, "giám sát"))]),
}


# --- a DOCX whose labels Word's numbering prints, not its text -------------------------------------------------------

_AUTO = [("letter_group", re.compile(r"^(?P<n>[A-E])(?P<c>[.)/])\s+")), ("roman", re.compile(r"^(?P<n>[IVX]+)(?P<c>[./])\s+")),
         ("arabic", re.compile(r"^(?P<n>\d{1,2})(?P<c>\.)\s+")), ("letter", re.compile(r"^(?P<n>[a-h])(?P<c>\))\s+")),
         ("article", re.compile(r"^Điều (?P<n>\d+)(?P<c>\.)\s+"))]
_FORMATS = {"letter_group": "upperLetter", "roman": "upperRoman", "arabic": "decimal", "letter": "lowerLetter"}


def _level(ilvl: int, kind: str, closer: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{_FORMATS[kind]}"/>'
            f'<w:lvlText w:val="%{ilvl + 1}{closer}"/></w:lvl>')


def write_auto_numbered(tmp_path, lines: list[str]):
    """``lines`` as a DOCX whose labels of a numbered part (A. A) A/, I. I/, 1., a), Điều 1.) Word's numbering prints:
    one multi-level list over the document's kinds in the order they first come, its levels restarting as Word's do,
    a new instance of it after each "Nơi nhận" (a carried document or an annex numbers anew); the parts' lines in
    Word's heading styles. Other lines stay as typed."""
    found = [(kind, m) for line in lines for kind, rx in _AUTO if (m := rx.match(line))]
    kinds = [k for k in dict.fromkeys(kind for kind, _ in found) if k != "article"]
    closers = {kind: m.group("c") for kind, m in reversed(found)}
    levels = "".join(_level(i, kind, closers[kind]) for i, kind in enumerate(kinds))
    xml = (f'<w:numbering {nsdecls("w")}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
           '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="Điều %1."/></w:lvl></w:abstractNum>'
           + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/></w:num>' for n in range(1, 6))
           + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/></w:num>' for n in range(11, 16)) + "</w:numbering>")
    document = docx.Document()
    instance = 1
    for line in lines:
        if line.startswith("Nơi nhận"):
            instance += 1
        match = next(((kind, m) for kind, rx in _AUTO if (m := rx.match(line))), None)
        if match is None:
            document.add_paragraph(line)
            continue
        kind, m = match
        ilvl = 0 if kind == "article" else kinds.index(kind)
        style = f"Heading {ilvl + 1}" if kind != "article" and ilvl < 2 else None
        paragraph = document.add_paragraph(line[m.end():], style=style)
        num_id = instance + 10 if kind == "article" else instance
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    part = document.part
    for rel in list(part.rels.values()):
        if rel.reltype == RT.NUMBERING:
            rel.target_part._element = parse_xml(xml)
            break
    else:
        part.relate_to(Part(PackURI("/word/numbering.xml"),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                            xml.encode(), part.package), RT.NUMBERING)
    path = tmp_path / "auto.docx"
    document.save(path)
    return path


# the documents whose every label Word can print in one list, numbered on as the text numbers them
AUTO_NUMBERED = ["groups_in_brackets_no_roman", "groups_in_brackets_under_roman", "groups_with_slashes",
                 "carried_plan_with_no_link", "carried_plan_before_the_closing", "carried_plan_with_a_link_alone",
                 "groups_in_brackets_over_roman"]


def _read(tmp_path, name: str, form: str):
    lines = DOCUMENTS[name][0]
    if form == "auto":
        return process(write_auto_numbered(tmp_path, lines))
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9)))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_tree(tmp_path, name, form):
    assert wrong_nodes(_read(tmp_path, name, form).sections, DOCUMENTS[name][1]) == []


@pytest.mark.parametrize("name", AUTO_NUMBERED)
def test_document_tree_numbered_by_word(tmp_path, name):
    assert wrong_nodes(_read(tmp_path, name, "auto").sections, DOCUMENTS[name][1]) == []


def test_word_prints_the_labels_of_the_auto_numbered_documents(tmp_path):
    """The DOCX of ``write_auto_numbered`` holds no label in its text: Word's numbering prints them."""
    path = write_auto_numbered(tmp_path, DOCUMENTS["groups_in_brackets_over_roman"][0])
    assert not any(p.text.startswith(("A)", "B)", "I.", "II.", "1.")) for p in docx.Document(path).paragraphs)


# --- each class on variants of its own -------------------------------------------------------------------------------

def _doc(tmp_path, lines: list[str], form: str, closing=CLOSE):
    return process(write_in_form(tmp_path, [*HEAD, *lines, *closing], form, pdf_rows=(30.0, 13, 9)))


def _body(tmp_path, lines: list[str], form: str):
    return [n for n in _doc(tmp_path, lines, form).sections if n.kind not in ("opening", "closing")]


def _outline(nodes) -> list:
    return [(n.kind, n.label, _outline(n.children)) for n in nodes]


MARKS = [")", "/", " -", " –"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", MARKS)
def test_groups_in_capitals_over_roman_parts_with_any_mark(tmp_path, form, mark):
    body = _body(tmp_path, [f"A{mark} KẾT QUẢ NĂM 2025", "I. CHỈ ĐẠO", "Ban hành 12 văn bản.", "II. KẾT QUẢ", "Đạt 9 chỉ tiêu.",
                            f"B{mark} NHIỆM VỤ NĂM 2026", "I. MỤC TIÊU", "Số hóa hồ sơ.", f"C{mark} KIẾN NGHỊ",
                            "Bố trí kinh phí."], form)
    assert _outline(body) == [("upper_letter", f"A{mark}", [("roman", "I.", []), ("roman", "II.", [])]),
                              ("upper_letter", f"B{mark}", [("roman", "I.", [])]), ("upper_letter", f"C{mark}", [])]
    assert [n.heading for n in body] == ["KẾT QUẢ NĂM 2025", "NHIỆM VỤ NĂM 2026", "KIẾN NGHỊ"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("groups", [["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Các thôn, bản vùng cao"],
                                    ["Cấp tỉnh", "Cấp xã"]], ids=lambda g: g[-1])
def test_groups_in_sentence_case_inside_a_part_with_any_mark(tmp_path, form, mark, groups):
    lines = ["I. NHIỆM VỤ"]
    for letter, group in zip("ABC", groups):
        lines += [f"{letter}{mark} {group}", "1. Khảo sát", "Trong quý I.", "2. Triển khai", "Trong năm."]
    body = _body(tmp_path, [*lines, "II. KINH PHÍ", "Ngân sách tỉnh."], form)
    assert _outline(body) == [("roman", "I.", [("upper_letter", f"{letter}{mark}", [("arabic", "1.", []), ("arabic", "2.", [])])
                                               for letter in "ABC"[: len(groups)]]), ("roman", "II.", [])]
    assert [n.heading for n in body[0].children] == groups


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # one letter alone in sentence case
    ["I. NHIỆM VỤ", "A) Nhiệm vụ chung", "1. Khảo sát", "Trong quý I."],
    # choices on a form, nothing under them
    ["I. Ý KIẾN", "Đề nghị đánh dấu một ô:", "A) Đồng ý", "B) Không đồng ý"],
    # persons in a list
    ["I. TỔ CÔNG TÁC", "1. Thành viên gồm:", "A) Lò Văn Xuân", "Tổ trưởng.", "B) Giàng Thị Mỷ", "Tổ viên."],
])
def test_a_capital_letter_in_brackets_that_heads_no_group_stays_text(tmp_path, form, lines):
    assert "upper_letter" not in [n.kind for top in _doc(tmp_path, lines, form).sections for n in top.walk()]


SENTENCE_TITLES = [["Danh mục nhiệm vụ trọng tâm năm 2026"], ["Bảng phân công nhiệm vụ", "cho các sở, ngành"],
                   ["Dự toán kinh phí thực hiện"], ["Danh sách các hợp tác xã tham gia thí điểm"],
                   ["Lộ trình thực hiện các chỉ tiêu"]]
LINKS = [REF, "Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026 của Ủy ban nhân dân tỉnh",
         "(Ban hành kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026)"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title", SENTENCE_TITLES, ids=lambda t: t[0])
@pytest.mark.parametrize("link", LINKS, ids=["bracketed", "bare", "ban hanh"])
def test_an_annex_titled_in_sentence_case_with_no_phu_luc_line_is_an_annex(tmp_path, form, title, link):
    doc = _doc(tmp_path, ["I. NHIỆM VỤ", "Chi tiết tại danh mục kèm theo.", *CLOSE, *title, link, "1. Xã Tân Lập.",
                          "2. Xã Mỹ Thuận."], form, closing=[])
    (annex,) = [n for n in doc.sections if n.kind == "annex"]
    assert (annex.label, annex.heading) == (None, " ".join(title))
    assert annex.attached_to["number"] == "215/KH-UBND"
    assert [n.label for n in annex.children] == ["1.", "2."]
    assert doc.sections[-2].kind == "closing" and doc.sections[-2].text.endswith("Đinh Văn Khoa")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    # in the body, before the closing: a list's caption and its note
    ["I. NHIỆM VỤ", "Các xã gồm:", "Danh sách các xã điểm", "(Kèm theo danh sách của Sở Nông nghiệp)", "1. Xã Tân Lập.",
     "II. KINH PHÍ", "Ngân sách tỉnh.", *CLOSE],
    # after the closing, a line that opens as no annex's title does over a link
    ["I. NHIỆM VỤ", "Theo danh mục.", *CLOSE, "Ghi chú về số liệu", REF, "1. Xã Tân Lập."],
    # a sentence of the closing over a link
    ["I. NHIỆM VỤ", "Theo danh mục.", *CLOSE, "Danh mục này được cập nhật hằng năm.", REF, "1. Xã Tân Lập."],
])
def test_a_line_in_sentence_case_over_a_link_that_starts_no_annex(tmp_path, form, lines):
    assert not [n for n in _doc(tmp_path, lines, form, closing=[]).sections if n.kind == "annex"]


def _decision(tmp_path, lines: list[str], form: str, articles=ARTICLES):
    return process(write_in_form(tmp_path, [*DECISION, *articles, *lines], form, pdf_rows=(30.0, 13, 9))).sections


CARRIED = [
    ("no link", [*DECISION_CLOSE, "KẾ HOẠCH", TITLE], "KẾ HOẠCH", TITLE),
    ("title in capitals", [*DECISION_CLOSE, "KẾ HOẠCH", TITLE.upper()], "KẾ HOẠCH", TITLE.upper()),
    ("header of its own", [*DECISION_CLOSE, "ỦY BAN NHÂN DÂN", "TỈNH HÀ SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                           "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", TITLE], "KẾ HOẠCH", TITLE),
    ("link alone", [*DECISION_CLOSE, LINK], None, "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026"),
    ("bare link alone", [*DECISION_CLOSE, LINK.strip("()")], None, "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026"),
    ("before the closing", ["KẾ HOẠCH", TITLE], "KẾ HOẠCH", TITLE),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("case", CARRIED, ids=[c[0] for c in CARRIED])
def test_a_plan_the_decision_issues_with_no_link_under_its_heading_holds_its_own_tree(tmp_path, form, case):
    name, above, label, heading = case
    sections = _decision(tmp_path, [*above, *PLAN], form)
    (plan,) = [n for n in sections if n.kind == "attached"]
    assert (plan.label, plan.heading) == (label, heading)
    assert [n.label for n in plan.children if n.kind not in ("opening", "closing")] == ["I.", "II.", "III."]
    assert [n.label for n in sections if n.kind == "article"] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert all(not n.children for n in sections if n.kind == "article")


@pytest.mark.parametrize("form", FORMS)
def test_a_carried_plan_with_no_link_keeps_its_annex(tmp_path, form):
    sections = _decision(tmp_path, [*DECISION_CLOSE, "KẾ HOẠCH", TITLE, *PLAN, "PHỤ LỤC", "DANH MỤC CÁC XÃ TRỌNG ĐIỂM",
                                    "(Kèm theo Kế hoạch ban hành theo Quyết định số 402/QĐ-UBND)", "1. Xã Tân Lập."], form)
    assert [n.kind for n in sections] == ["opening", "article", "article", "article", "closing", "attached", "annex"]
    assert sections[-1].heading == "DANH MỤC CÁC XÃ TRỌNG ĐIỂM"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title", [["DANH MỤC CÁC XÃ TRỌNG ĐIỂM"], ["Danh mục các xã trọng điểm"],
                                   ["Bảng phân công nhiệm vụ", "cho các sở, ngành"]], ids=lambda t: t[0])
@pytest.mark.parametrize("above", [[*DECISION_CLOSE, "KẾ HOẠCH", TITLE], [*DECISION_CLOSE, LINK]], ids=["heading", "link alone"])
def test_an_annex_with_no_phu_luc_line_after_a_carried_plan_with_no_link(tmp_path, form, title, above):
    sections = _decision(tmp_path, [*above, *PLAN, *title, "(Kèm theo Kế hoạch ban hành theo Quyết định số 402/QĐ-UBND)",
                                    "1. Xã Tân Lập.", "2. Xã Mỹ Thuận."], form)
    assert [n.kind for n in sections] == ["opening", "article", "article", "article", "closing", "attached", "annex"]
    assert (sections[-1].heading, [n.label for n in sections[-1].children]) == (" ".join(title), ["1.", "2."])
    assert [n.label for n in sections[-2].children if n.kind != "opening"] == ["I.", "II.", "III."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("title", [["DANH SÁCH CÁC XÃ ĐIỂM"], ["Danh sách các xã điểm"]], ids=lambda t: t[0])
def test_a_caption_over_a_note_inside_a_carried_plan_with_no_link_is_its_text(tmp_path, form, title):
    sections = _decision(tmp_path, [*DECISION_CLOSE, "KẾ HOẠCH", TITLE, "I. NHIỆM VỤ", "Các xã điểm gồm:", *title,
                                    "(Kèm theo danh sách của Sở Nông nghiệp)", "1. Xã Tân Lập.", "II. KINH PHÍ",
                                    "Ngân sách tỉnh."], form)
    assert [n.kind for n in sections][-1] == "attached"
    assert [n.label for n in sections[-1].children if n.kind != "opening"] == ["I.", "II."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("articles, lines", [
    # the article issues rules, the line is a plan's type: no document of the article's
    ([ARTICLES[0].replace("Kế hoạch phòng", "Quy chế phòng"), *ARTICLES[1:]], [*DECISION_CLOSE, "KẾ HOẠCH", TITLE, *PLAN]),
    # an article that approves, the plan inside it
    (["Điều 1. Phê duyệt Kế hoạch phòng, chống dịch bệnh với các nội dung sau:", *PLAN, *ARTICLES[1:]], DECISION_CLOSE),
    # the decision's own annex after the closing: a link over a table's caption, no numbered part
    (ARTICLES, [*DECISION_CLOSE, LINK, "Danh sách các xã điểm", "Xã Tân Lập, xã Mỹ Thuận."]),
])
def test_no_carried_plan_where_the_article_issues_none(tmp_path, form, articles, lines):
    assert not [n for n in _decision(tmp_path, lines, form, articles=articles) if n.kind == "attached"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sentence", [
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa XVII, kỳ họp thứ 30 thông qua ngày 10 tháng 12 năm 2025./.",
    "Nghị quyết này được Hội đồng nhân dân huyện Mường Tè khóa XXI, Kỳ họp thứ 12 thông qua ngày 08/12/2025 và có hiệu "
    "lực từ ngày thông qua.",
    "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 14 tháng 5 năm 2026.",
])
def test_a_resolutions_passing_sentence_opens_its_closing(tmp_path, form, sentence):
    lines, _ = DOCUMENTS["resolution_passing_sentence"]
    at = next(i for i, line in enumerate(lines) if line.startswith("Nghị quyết này"))
    sections = process(write_in_form(tmp_path, [*lines[:at], sentence, *lines[at + 1:]], form, pdf_rows=(30.0, 13, 9))).sections
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("Nghị quyết này")
    assert "thông qua ngày" not in "\n".join(n.text for top in sections[:-1] for n in top.walk())


@pytest.mark.parametrize("form", FORMS)
def test_a_sentence_citing_a_resolution_passed_stays_the_articles(tmp_path, form):
    lines, _ = DOCUMENTS["resolution_passing_sentence"]
    at = lines.index("2. Thường trực HĐND giám sát.")
    cited = "Nghị quyết số 05/NQ-HĐND được Hội đồng nhân dân tỉnh thông qua ngày 10/7/2025 hết hiệu lực."
    sections = process(write_in_form(tmp_path, [*lines[: at + 1], cited, *lines[at + 1:]], form, pdf_rows=(30.0, 13, 9))).sections
    (article,) = [n for n in sections if n.kind == "article" and n.label == "Điều 2."]
    assert cited in "\n".join(n.text for n in article.walk())
