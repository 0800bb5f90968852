"""The section tree, a second blind round (s44): a letter's closing request, chapters and sections an amendment
inserts ("Chương IIa", "Mục 1a"), part numbers OCR printed with look-alikes ("l.", "Il.", "1II.", a Cyrillic "І"), an
Đề án's letter groups inside its second part, a council resolution's last article whose only sentence opens as a
closing does, and an annex whose title its table's first row prints.

FACTS (the shapes, from the openings of stored legal-site pages and from the brief; every fixture below is written for
the test, names and numbers made up):
- A letter (Công văn) lists its requests "1." "2." and ends its body with a request to all addressees ("Đề nghị các cơ
  quan, đơn vị … triển khai thực hiện.", "UBND tỉnh đề nghị các sở, ngành … quan tâm, phối hợp thực hiện./.") and/or
  one about difficulties ("Trong quá trình thực hiện, nếu có vướng mắc, … phản ánh về Sở … để tổng hợp, báo cáo …",
  also "Quá trình triển khai nếu phát sinh khó khăn …") before "Nơi nhận:".
- Consolidated laws print an inserted chapter "Chương IIa" / its heading and an inserted section "Mục 1a".
- Scans read by Tesseract print the Roman "I" of a part's number as "l", "1" or "|" ("l. MỤC TIÊU", "Il. NHIỆM VỤ",
  "1II. KINH PHÍ", "lV."), and a copy may hold a Cyrillic "І".
- An Đề án is cut "PHẦN THỨ NHẤT" / "I." … / "PHẦN THỨ HAI" / "A. THỰC TRẠNG" / "I." … / "B. MỤC TIÊU, NHIỆM VỤ" /
  "I." … / "PHẦN THỨ BA" (a programme "A. / B. / C." over Roman parts, no parts above).
- A council's resolution (Nghị quyết HĐND) ends "Điều 4. Hiệu lực thi hành" / "Nghị quyết này được Hội đồng nhân dân
  tỉnh … Kỳ họp thứ … thông qua ngày … và có hiệu lực từ ngày …./." / "Nơi nhận:"; others print that sentence apart
  after the last article (the closing, as before).
- A Word or web annex may print "PHỤ LỤC" alone and its title (with its "(Kèm theo …)") in its table's first row, one
  cell across the table, over the header "TT | Nhiệm vụ | …".

Before this round (s44-lead, a653a06) 62 of the 147 cases below failed: the letter's requests the last point's text;
"Chương IIa" and "Mục 1a" the article's text above them; look-alike part numbers text (the whole body the opening's
where the first part's was one); "A. THỰC TRẠNG" run into the part's heading and "B. …" the text of a Roman part (the
Roman parts of the first part made the letters groups inside a Roman part, each bodiless, dropped as a ballot's
choices); the last article's sentence the closing, the article empty; the annex's title in its table's row no heading
and no link.
"""

from __future__ import annotations


import pytest
from section_trees import FORMS, tree_tests
from section_trees import read as _read
from test_structure_s29 import N, wrong_nodes

from pipeline.run import process
from pipeline.stages.numbering import classify

PROVINCE = ["ỦY BAN NHÂN DÂN", "TỈNH LONG ĐIỀN"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Long Điền, ngày 14 tháng 4 năm 2026"]
CLOSE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quốc Việt"]
LETTER = [*PROVINCE, "Số: 876/UBND-VX", "V/v tăng cường quản lý an toàn thực phẩm", *MOTTO, "Kính gửi:", "- Các sở, ban, ngành;",
          "- UBND các huyện, thị xã.", "Thực hiện Công văn số 21/BYT của Bộ Y tế, UBND tỉnh yêu cầu:",
          "1. Sở Y tế tăng cường kiểm tra các cơ sở chế biến.", "2. UBND các huyện tuyên truyền tới người dân."]
PLAN = [*PROVINCE, "Số: 77/KH-UBND", *MOTTO, "KẾ HOẠCH", "Số hóa hồ sơ đất đai năm 2026",
        "Thực hiện Quyết định số 12/QĐ-TTg, UBND tỉnh ban hành Kế hoạch như sau:"]
LAW = ["QUỐC HỘI", "Luật số: 31/2026/QH15", *MOTTO, "LUẬT", "Sửa đổi, bổ sung Luật Thủy lợi", "Căn cứ Hiến pháp;"]
LAW_CLOSE = ["Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH QUỐC HỘI", "Trần Văn Nam"]
COUNCIL = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH LONG ĐIỀN", "Số: 45/2026/NQ-HĐND", *MOTTO, "NGHỊ QUYẾT",
           "Về nhiệm vụ phát triển kinh tế - xã hội năm 2027", "HỘI ĐỒNG NHÂN DÂN TỈNH LONG ĐIỀN", "KHÓA X, KỲ HỌP THỨ 9",
           "Căn cứ Luật Tổ chức chính quyền địa phương;", "Xét Tờ trình số 310/TTr-UBND của UBND tỉnh;", "QUYẾT NGHỊ:"]
COUNCIL_CLOSE = ["Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Lưu: VT.", "CHỦ TỊCH", "Võ Thị Hạnh"]
PASSED = ("Nghị quyết này được Hội đồng nhân dân tỉnh Long Điền khóa X, Kỳ họp thứ 9 thông qua ngày 08 tháng 12 năm 2026 "
          "và có hiệu lực từ ngày 01 tháng 01 năm 2027./.")
ITEMS = [N("arabic", "1", None, "kiểm tra"), N("arabic", "2", None, "tuyên truyền")]
PARTS = [N("roman", "I", "MỤC TIÊU", "100%"), N("roman", "II", "NHIỆM VỤ", "", N("arabic", "1", "Rà soát", "đo đạc")),
         N("roman", "III", "KINH PHÍ", "ngân sách"), N("roman", "IV", "TỔ CHỨC THỰC HIỆN", "chủ trì")]


def _plan_parts(first: str, second: str, third: str, fourth: str) -> list[str]:
    return [*PLAN, f"{first} MỤC TIÊU", "Số hóa 100% hồ sơ.", f"{second} NHIỆM VỤ", "1. Rà soát", "Rà soát bản đồ đo đạc.",
            f"{third} KINH PHÍ", "Từ ngân sách tỉnh.", f"{fourth} TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp chủ trì.", *CLOSE]


# name: (lines, expected tree: the nodes between the opening and the closing, and any annex)
DOCUMENTS: dict[str, tuple[list[str], list]] = {
    "letter_request_then_difficulties": (
        [*LETTER, "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
         "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Y tế để tổng hợp, báo cáo UBND tỉnh.", *CLOSE],
        ITEMS),
    "letter_request_alone": (
        [*LETTER, "Ủy ban nhân dân tỉnh đề nghị các sở, ngành, địa phương quan tâm, phối hợp thực hiện./.", *CLOSE], ITEMS),
    "letter_difficulties_then_request": (
        [*LETTER, "Quá trình triển khai nếu phát sinh khó khăn, vướng mắc, các đơn vị kịp thời báo cáo về Sở Y tế.",
         "Đề nghị Thủ trưởng các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.", *CLOSE], ITEMS),
    # a request carrying a task (a report by a day) is the body's
    "plan_request_with_a_task": (
        [*PLAN, "I. NHIỆM VỤ", "1. Các sở rà soát hồ sơ.", "II. TỔ CHỨC THỰC HIỆN",
         "Đề nghị các sở, ngành báo cáo kết quả thực hiện trước ngày 30/6/2026.", *CLOSE],
        [N("roman", "I", "NHIỆM VỤ", "", N("arabic", "1", None, "rà soát")),
         N("roman", "II", "TỔ CHỨC THỰC HIỆN", "30/6/2026")]),
    "law_with_inserted_chapter_and_section": (
        [*LAW, "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "Luật này quy định về thủy lợi.", "Chương II",
         "QUẢN LÝ CÔNG TRÌNH", "Điều 2. Phân cấp", "Công trình được phân cấp.", "Chương IIa", "THỦY LỢI NỘI ĐỒNG",
         "Mục 1", "QUY HOẠCH", "Điều 2a. Quy hoạch nội đồng", "Xã lập quy hoạch.", "Mục 1a", "ĐẦU TƯ",
         "Điều 2b. Đầu tư nội đồng", "Nhà nước hỗ trợ đầu tư.", "Chương III", "ĐIỀU KHOẢN THI HÀNH",
         "Điều 3. Hiệu lực thi hành", "Luật này có hiệu lực từ ngày 01/7/2027./.", *LAW_CLOSE],
        [N("chapter", "I", "QUY ĐỊNH CHUNG", "", N("article", "1", "Phạm vi điều chỉnh", "thủy lợi")),
         N("chapter", "II", "QUẢN LÝ CÔNG TRÌNH", "", N("article", "2", "Phân cấp", "phân cấp")),
         N("chapter", "IIa", "THỦY LỢI NỘI ĐỒNG", "",
           N("muc", "1", "QUY HOẠCH", "", N("article", "2a", "Quy hoạch nội đồng", "Xã lập")),
           N("muc", "1a", "ĐẦU TƯ", "", N("article", "2b", "Đầu tư nội đồng", "hỗ trợ"))),
         N("chapter", "III", "ĐIỀU KHOẢN THI HÀNH", "", N("article", "3", "Hiệu lực thi hành", "01/7/2027"))]),
    "ocr_roman_l_Il_1II": (_plan_parts("l.", "Il.", "1II.", "IV."), PARTS),
    "ocr_roman_cyrillic_and_lV": (_plan_parts("I.", "\u0406I.", "III.", "lV."), PARTS),
    "ocr_roman_pipe": (_plan_parts("|.", "II.", "I|I.", "IV."), PARTS),
    "de_an_letters_in_the_second_part": (
        [*PROVINCE, "Số: 09/ĐA-UBND", *MOTTO, "ĐỀ ÁN", "Phát triển làng nghề giai đoạn 2026 - 2030", "PHẦN THỨ NHẤT",
         "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "I. BỐI CẢNH", "Làng nghề còn nhỏ lẻ.", "II. CĂN CỨ", "1. Luật Đầu tư.",
         "PHẦN THỨ HAI", "NỘI DUNG ĐỀ ÁN", "A. THỰC TRẠNG", "I. KẾT QUẢ", "Có 40 làng nghề.", "II. HẠN CHẾ",
         "Thiếu vốn.", "B. MỤC TIÊU, GIẢI PHÁP", "I. MỤC TIÊU", "Đến năm 2030 có 60 làng nghề.", "II. GIẢI PHÁP",
         "1. Hỗ trợ vốn", "Cho vay ưu đãi.", "PHẦN THỨ BA", "TỔ CHỨC THỰC HIỆN", "1. Sở Công Thương chủ trì.", *CLOSE],
        [N("part", "1", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "", N("roman", "I", "BỐI CẢNH", "nhỏ lẻ"),
           N("roman", "II", "CĂN CỨ", "", N("arabic", "1", None, "Luật Đầu tư"))),
         N("part", "2", "NỘI DUNG ĐỀ ÁN", "",
           N("upper_letter", "A", "THỰC TRẠNG", "", N("roman", "I", "KẾT QUẢ", "40 làng"), N("roman", "II", "HẠN CHẾ", "Thiếu vốn")),
           N("upper_letter", "B", "MỤC TIÊU, GIẢI PHÁP", "", N("roman", "I", "MỤC TIÊU", "60 làng"),
             N("roman", "II", "GIẢI PHÁP", "", N("arabic", "1", "Hỗ trợ vốn", "ưu đãi")))),
         N("part", "3", "TỔ CHỨC THỰC HIỆN", "", N("arabic", "1", None, "Công Thương"))]),
    "council_resolution_last_article": (
        [*COUNCIL, "Điều 1. Mục tiêu và chỉ tiêu chủ yếu", "1. Mục tiêu tổng quát", "Tăng trưởng nhanh, bền vững.",
         "2. Các chỉ tiêu chủ yếu", "a) Tốc độ tăng trưởng GRDP đạt 8,5%;", "b) Thu ngân sách đạt 9.000 tỷ đồng.",
         "Điều 2. Tổ chức thực hiện", "1. Giao UBND tỉnh tổ chức thực hiện Nghị quyết.",
         "2. Thường trực HĐND tỉnh giám sát việc thực hiện.", "Điều 3. Hiệu lực thi hành", PASSED, *COUNCIL_CLOSE],
        [N("article", "1", "Mục tiêu và chỉ tiêu chủ yếu", "", N("arabic", "1", "Mục tiêu tổng quát", "bền vững"),
           N("arabic", "2", "Các chỉ tiêu chủ yếu", "", N("letter", "a", None, "8,5%"), N("letter", "b", None, "9.000"))),
         N("article", "2", "Tổ chức thực hiện", "", N("arabic", "1", None, "Giao UBND"), N("arabic", "2", None, "giám sát")),
         N("article", "3", "Hiệu lực thi hành", "thông qua ngày 08")]),
    # the same sentence printed apart after the last article's own text stays the closing's
    "council_resolution_passed_apart": (
        [*COUNCIL, "Điều 1. Thông qua chỉ tiêu tăng trưởng 8,5%.", "Điều 2. Giao UBND tỉnh tổ chức thực hiện Nghị quyết.",
         PASSED, *COUNCIL_CLOSE],
        [N("article", "1", None, "8,5%"), N("article", "2", None, "Giao UBND")]),
}


test_document_tree, test_every_line_is_in_some_node = tree_tests(DOCUMENTS, FORMS)


LETTERS = sorted(name for name in DOCUMENTS if name.startswith("letter_"))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", LETTERS)
def test_the_letters_closing_opens_at_its_request(tmp_path, name, form):
    """The line after the last item opens the closing; the last item holds its own sentence only."""
    lines = DOCUMENTS[name][0]
    doc = _read(tmp_path, lines, form)
    closing = next(n for n in doc.sections if n.kind == "closing")
    assert closing.text.startswith(lines[len(LETTER)])
    assert [n for n in doc.sections if n.kind == "arabic"][-1].text == LETTER[-1][3:]


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("closing_line", [
    "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.",
    "Đề nghị Quý cơ quan quan tâm, phối hợp./.",
    "Trong quá trình tổ chức triển khai, trường hợp có khó khăn, các đơn vị báo cáo về Văn phòng UBND tỉnh để tổng hợp.",
])
def test_a_letters_closing_request_is_the_closing(tmp_path, form, closing_line):
    doc = _read(tmp_path, [*LETTER, closing_line, *CLOSE], form)
    closing = next(n for n in doc.sections if n.kind == "closing")
    assert closing.text.startswith(closing_line)
    assert wrong_nodes(doc.sections, ITEMS) == []


@pytest.mark.parametrize("form", ["text", "docx"])
@pytest.mark.parametrize("line", [
    "Đề nghị Sở Tài chính bố trí kinh phí thực hiện.",  # one body's task, no request to all
    "Đề nghị các sở, ngành giao chỉ tiêu cho các đơn vị trực thuộc.",  # a task ("giao")
])
def test_a_request_naming_one_body_or_a_task_stays_the_last_points(tmp_path, form, line):
    doc = _read(tmp_path, [*LETTER, line, *CLOSE], form)
    last = [n for n in doc.sections if n.kind == "arabic"][-1]
    assert line in last.text


@pytest.mark.parametrize("line, number", [("l. MỤC TIÊU", "I"), ("Il. NHIỆM VỤ", "II"), ("1II. KINH PHÍ", "III"),
                                          ("lV. TỔ CHỨC THỰC HIỆN", "IV"), ("\u0406I. NỘI DUNG", "II"),
                                          ("V\u0406. GIẢI PHÁP", "VI"), ("Chương IIa", "IIa"), ("Mục 1a", "1a")])
def test_look_alike_and_inserted_numbers(line, number):
    assert classify(line).number == number


@pytest.mark.parametrize("line", ["11. MỤC TIÊU", "l. Mục tiêu chung", "Il faut lire", "1. MỤC TIÊU", "Mục 2 quy định"])
def test_no_look_alike_where_the_line_is_no_part(line):
    label = classify(line)
    assert label is None or label.kind != "roman"


@pytest.mark.parametrize("line", ["Chương Il", "CHƯƠNG Il", "Mục 1l", "Chương Ii"])
def test_no_inserted_chapter_lettered_as_a_roman_look_alike(line):
    """"Chương Il" is OCR's "Chương II", no chapter "Il" an amendment inserted."""
    label = classify(line)
    assert label is None or label.number not in ("Il", "1l", "Ii")


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_look_alike_out_of_its_sequence_stays_text(tmp_path, form):
    """"Il." after "I." and "II." is no third part: the line stays the text of the part before it."""
    lines = [*PLAN, "I. MỤC TIÊU", "Số hóa hồ sơ.", "II. NHIỆM VỤ", "Rà soát bản đồ.", "Il. CHÚ THÍCH BẢN ĐỒ", *CLOSE]
    body = [n for n in _read(tmp_path, lines, form).sections if n.kind not in ("opening", "closing")]
    assert [(n.kind, n.number) for n in body] == [("roman", "I"), ("roman", "II")]
    assert "CHÚ THÍCH BẢN ĐỒ" in body[-1].text


# --- an annex whose title its table's first row prints across it ------------------------------------------------------

PLAN_BODY = [*PLAN, "I. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo.", "II. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện.", *CLOSE]
TASK_ROWS = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["1", "Số hóa hồ sơ địa chính", "Sở Nông nghiệp", "Tháng 6/2026"],
             ["2", "Cập nhật bản đồ", "Sở Xây dựng", "Tháng 9/2026"]]
LINK = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 14/4/2026 của UBND tỉnh)"


@pytest.mark.parametrize("form", ["docx", "html", "pdf"])
@pytest.mark.parametrize("title_row, heading, linked", [
    ("DANH MỤC NHIỆM VỤ SỐ HÓA NĂM 2026 " + LINK, "DANH MỤC NHIỆM VỤ SỐ HÓA NĂM 2026", True),
    ("DANH MỤC NHIỆM VỤ SỐ HÓA NĂM 2026", "DANH MỤC NHIỆM VỤ SỐ HÓA NĂM 2026", False),
])
@pytest.mark.parametrize("annex_line", [["PHỤ LỤC"], []])
def test_an_annex_title_in_its_tables_first_row(tmp_path, form, title_row, heading, linked, annex_line):
    """Under "PHỤ LỤC" alone, or the table alone after the signature."""
    from conftest import write_with_table
    rows = [[title_row, "", "", ""], *TASK_ROWS]
    doc = process(write_with_table(tmp_path, [*PLAN_BODY, *annex_line], rows, [], form))
    annex = next(n for n in doc.sections if n.kind == "annex")
    assert annex.heading == heading
    assert (annex.attached_to or {}).get("number") == ("77/KH-UBND" if linked else None)


@pytest.mark.parametrize("form", ["docx", "html"])
@pytest.mark.parametrize("first_row", [["ĐƠN VỊ TÍNH: TRIỆU ĐỒNG", "", "", ""], ["I. NHIỆM VỤ CHUNG", "", "", ""], TASK_ROWS[0]])
def test_no_title_from_a_first_row_that_is_none(tmp_path, form, first_row):
    """A unit line, a group's row or the header across the table's top gives the annex no title."""
    from conftest import write_with_table
    doc = process(write_with_table(tmp_path, [*PLAN_BODY, "PHỤ LỤC"], [first_row, *TASK_ROWS[1:]], [], form))
    assert next(n for n in doc.sections if n.kind == "annex").heading is None
