"""Section trees, annexes and citations in shapes the samples do not print, each in several forms.

- A Roman part numbered with a dash for its full stop ("I – MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ"): a part, its heading
  the capitals after the dash, never the end of a title in capitals above it.
- A form annexed under "Biểu mẫu số 1", "Mẫu số 02", "BIỂU MẪU SỐ 3": an annex of its own, labelled and numbered so;
  a form's number with a symbol ("Mẫu số 01/BC") or a sentence after it stays body text.
- An annex that prints a header of its own (the issuer, the national motto, the number, the place and date) under its
  "PHỤ LỤC" line: its title is the capitals under that header, never the header's lines.
- A citation cut by a copy's hard wrap in a text too short for the wrap to be measured ("Căn cứ Nghị định số" |
  "07/2026/NĐ-CP ngày …", "… ngày 12 tháng 3 năm" | "2026 của …", a list's issuer on the next line): read whole.
- A table of tasks after the signature with no heading above it (an appendix printed bare): an annex of its own, no
  label, no heading, the table its child; not the closing's text. A table inside a part stays that part's.

The documents are invented; each shape is stated by hand.
"""

from __future__ import annotations

import pytest

from conftest import write_in_form, write_with_table
from pipeline.run import process

FORMS = ["text", "docx", "html", "pdf"]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "Số: 214/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày 16 tháng 4 năm 2026"]
CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Khang"]


def _run(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form))


# ---------------------------------------------------------------------------------------------------
# Roman parts with a dash


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("dash", [" – ", "- ", " - ", " —"])
@pytest.mark.parametrize("title", ["Chuyển đổi số trong trường học năm 2026", "CHUYỂN ĐỔI SỐ TRONG TRƯỜNG HỌC NĂM 2026"])
def test_roman_parts_with_a_dash(tmp_path, form, dash, title):
    body = [f"I{dash}MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao kỹ năng số của giáo viên.",
            f"II{dash}NHIỆM VỤ TRỌNG TÂM", "Hoàn thiện hạ tầng mạng của các trường.",
            f"III{dash}TỔ CHỨC THỰC HIỆN", "Các phòng, ban triển khai Kế hoạch này./."]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", title, *body, *CLOSING], form)
    parts = [(s.id, s.kind, s.number, s.heading) for s in doc.sections if s.kind == "roman"]
    assert parts == [("sec_I", "roman", "I", "MỤC ĐÍCH, YÊU CẦU"), ("sec_II", "roman", "II", "NHIỆM VỤ TRỌNG TÂM"),
                     ("sec_III", "roman", "III", "TỔ CHỨC THỰC HIỆN")]
    assert [s.label for s in doc.sections if s.kind == "roman"] == [f"I{dash}".strip(), f"II{dash}".strip(), f"III{dash}".strip()]
    assert [c.id for c in doc.sections[1].children] == ["sec_I__item_1"]
    assert doc.metadata.title == title


@pytest.mark.parametrize("line", ["I - Mục đích của kế hoạch", "V-League khởi tranh", "C - D"])
def test_a_dash_after_a_roman_letter_in_a_sentence_is_no_part(tmp_path, line):
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Tổ chức giải bóng đá năm 2026", "I. MỤC ĐÍCH", line, *CLOSING], "text")
    assert [s.id for s in doc.sections if s.kind == "roman"] == ["sec_I"]
    assert line in doc.sections[1].text


# ---------------------------------------------------------------------------------------------------
# Forms annexed


@pytest.mark.parametrize("form", FORMS)
def test_forms_annexed_are_annexes(tmp_path, form):
    annexes = ["PHỤ LỤC I", "DANH MỤC TRƯỜNG HỌC THAM GIA", "(Kèm theo Kế hoạch số 214/KH-UBND ngày 16/4/2026 của UBND tỉnh)",
               "Các trường trung học cơ sở.",
               "Biểu mẫu số 1", "BÁO CÁO TIẾN ĐỘ HẰNG QUÝ", "Tên đơn vị báo cáo.",
               "Mẫu số 02", "Nội dung mẫu hai.",
               "BIỂU MẪU SỐ 3 – DANH SÁCH GIÁO VIÊN", "Họ và tên, môn dạy."]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Chuyển đổi số trong trường học năm 2026", "I. MỤC ĐÍCH",
                          "Nâng cao kỹ năng số.", *CLOSING, *annexes], form)
    found = [(s.id, s.label, s.number, s.heading) for s in doc.sections if s.kind == "annex"]
    assert found == [("annex_1", "PHỤ LỤC I", "I", "DANH MỤC TRƯỜNG HỌC THAM GIA"),
                     ("annex_2", "Biểu mẫu số 1", "1", "BÁO CÁO TIẾN ĐỘ HẰNG QUÝ"),
                     ("annex_3", "Mẫu số 02", "02", None),
                     ("annex_4", "BIỂU MẪU SỐ 3", "3", "DANH SÁCH GIÁO VIÊN")]
    assert doc.sections[-2].text == "Nội dung mẫu hai."


@pytest.mark.parametrize("line", ["Mẫu số 01/BC-UBND", "Mẫu số 2 kèm theo Kế hoạch này", "Mẫu số"])
def test_a_form_named_in_a_sentence_or_by_its_symbol_is_no_annex(tmp_path, line):
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Chuyển đổi số trong trường học năm 2026", "I. CHẾ ĐỘ BÁO CÁO",
                          "Các trường báo cáo theo", line, *CLOSING], "text")
    assert not [s for s in doc.sections if s.kind == "annex"]


# ---------------------------------------------------------------------------------------------------
# An annex with a header of its own


ANNEX_HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("extra", [[], ["Số: 214/KH-UBND", "Bắc Giang, ngày 16 tháng 4 năm 2026"], ["-------------"]])
@pytest.mark.parametrize("label", ["PHỤ LỤC", "PHỤ LỤC II"])
def test_an_annex_header_of_its_own_is_no_title(tmp_path, form, extra, label):
    annex = [label, *ANNEX_HEADER, *extra, "DANH MỤC THỦ TỤC HÀNH CHÍNH", "LIÊN THÔNG CẤP XÃ",
             "(Kèm theo Kế hoạch số 214/KH-UBND ngày 16/4/2026 của Ủy ban nhân dân tỉnh)", "Thủ tục đăng ký khai sinh."]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Cải cách thủ tục hành chính năm 2026", "I. MỤC ĐÍCH",
                          "Giảm thời gian giải quyết.", *CLOSING, *annex], form)
    annexes = [s for s in doc.sections if s.kind == "annex"]
    assert [(s.label, s.heading) for s in annexes] == [(label, "DANH MỤC THỦ TỤC HÀNH CHÍNH LIÊN THÔNG CẤP XÃ")]
    assert annexes[0].text.splitlines()[: len(ANNEX_HEADER)] == ANNEX_HEADER
    assert annexes[0].attached_to["number"] == "214/KH-UBND"


# ---------------------------------------------------------------------------------------------------
# Citations over a hard wrap


WRAPPED = [
    (["Căn cứ Nghị định số", "07/2026/NĐ-CP ngày 20/01/2026 của Chính phủ về quản lý dữ liệu;"],
     ("Nghị định", "07/2026/NĐ-CP", "2026-01-20", "Chính phủ")),
    (["Căn cứ Kế hoạch số 57/KH-UBND ngày 12 tháng 3 năm", "2026 của Ủy ban nhân dân tỉnh về dữ liệu số;"],
     ("Kế hoạch", "57/KH-UBND", "2026-03-12", "Ủy ban nhân dân tỉnh")),
    (["Thực hiện Công văn số 1234/UBND-KT ngày 03/3/2026", "của Ủy ban nhân dân tỉnh về dữ liệu số;"],
     ("Công văn", "1234/UBND-KT", "2026-03-03", "Ủy ban nhân dân tỉnh")),
    (["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của", "Bộ Chính trị về đột phá phát triển khoa học;"],
     ("Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")),
    (["Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày", "30/11/2024;"], ("Luật", "60/2024/QH15", "2024-11-30", "Quốc hội")),
]


@pytest.mark.parametrize("form", ["text", "pdf"])
@pytest.mark.parametrize("lines, expected", WRAPPED)
def test_a_citation_cut_by_a_hard_wrap_is_read_whole(tmp_path, form, lines, expected):
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], form)
    assert [(c.doc_type, c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [expected]


@pytest.mark.parametrize("form", ["text", "pdf"])
def test_a_list_whose_issuer_the_wrap_cut(tmp_path, form):
    lines = ["Căn cứ các Quyết định số 12/QĐ-UBND, 34/QĐ-UBND", "của Ủy ban nhân dân tỉnh;"]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], form)
    assert [(c.number, c.issuer) for c in doc.metadata.cited_documents] == [
        ("12/QĐ-UBND", "Ủy ban nhân dân tỉnh"), ("34/QĐ-UBND", "Ủy ban nhân dân tỉnh")]


def test_a_clause_ended_is_not_read_on_into_the_next_line(tmp_path):
    lines = ["Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026;", "2026 là năm chuyển đổi số của tỉnh.",
             "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/02/2026", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Phát triển dữ liệu số năm 2026", *lines, "I. MỤC ĐÍCH",
                          "Khai thác dữ liệu dùng chung.", *CLOSING], "text")
    assert [(c.number, c.issued_date, c.issuer) for c in doc.metadata.cited_documents] == [
        ("12/QĐ-UBND", "2026-01-05", None), ("15/KH-UBND", "2026-02-02", None)]


# ---------------------------------------------------------------------------------------------------
# A table of tasks after the signature, no heading above it


TASK_ROWS = ["TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
             "1\tRà soát thủ tục hành chính liên thông\tSở Tư pháp\tQuý II/2026",
             "2\tSố hóa hồ sơ lưu trữ\tSở Nội vụ\tTháng 9/2026"]


def _with_table(tmp_path, before: list[str], after: list[str], form: str):
    """The lines with the task table between ``before`` and ``after``: tab-separated lines in a text, a real table in
    a Word file, an HTML page or a PDF (the Word file converted by LibreOffice)."""
    if form == "text":
        return process(write_in_form(tmp_path, [*before, *TASK_ROWS, *after], "text"))
    return process(write_with_table(tmp_path, before, [row.split("\t") for row in TASK_ROWS], after, form))


KEM_THEO = "(Kèm theo Kế hoạch số 214/KH-UBND ngày 16/4/2026 của Ủy ban nhân dân tỉnh)"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("above, heading, text", [
    ([], None, ""),
    (["PHÂN CÔNG NHIỆM VỤ CÁC SỞ, NGÀNH", KEM_THEO], "PHÂN CÔNG NHIỆM VỤ CÁC SỞ, NGÀNH", KEM_THEO),
    (["DANH MỤC NHIỆM VỤ", "CẢI CÁCH THỦ TỤC NĂM 2026", KEM_THEO], "DANH MỤC NHIỆM VỤ CẢI CÁCH THỦ TỤC NĂM 2026", KEM_THEO),
])
def test_a_task_table_after_the_signature_is_an_annex(tmp_path, form, above, heading, text):
    doc = _with_table(tmp_path, [*HEADER, "KẾ HOẠCH", "Cải cách thủ tục hành chính năm 2026", "I. MỤC ĐÍCH",
                                 "Giảm thời gian giải quyết.", "II. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện./.", *CLOSING, *above],
                      [], form)
    assert len(doc.tasks) == 2
    annex = doc.sections[-1]
    # a PDF's line wrapped in the "(Kèm theo …)" line keeps its break in the text
    assert (annex.id, annex.kind, annex.label, annex.heading, " ".join(annex.text.split())) == ("annex_1", "annex", None, heading, text)
    assert (annex.attached_to or {}).get("number") == ("214/KH-UBND" if above else None)
    assert [(c.kind, c.table) for c in annex.children] == [("table", doc.tables[0].id)]
    assert doc.sections[-2].kind == "closing" and "Sở Tư pháp" not in doc.sections[-2].text


@pytest.mark.parametrize("form", ["text", "docx", "html"])
def test_a_task_table_inside_the_body_stays_in_its_part(tmp_path, form):
    doc = _with_table(tmp_path, [*HEADER, "KẾ HOẠCH", "Cải cách thủ tục hành chính năm 2026", "I. NHIỆM VỤ"],
                      ["II. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện./.", *CLOSING], form)
    assert [s.kind for s in doc.sections] == ["opening", "roman", "roman", "closing"]
    assert [c.kind for c in doc.sections[1].children] == ["table"]


@pytest.mark.parametrize("form", ["text", "docx"])
def test_a_motto_inside_a_form_the_annex_holds_is_no_header_of_the_annex(tmp_path, form):
    annex = ["PHỤ LỤC", "CÁC MẪU BIỂU", "(Kèm theo Kế hoạch số 214/KH-UBND ngày 16/4/2026 của Ủy ban nhân dân tỉnh)",
             "Mẫu số 01. Tờ trình đề nghị", *ANNEX_HEADER, "TỜ TRÌNH", "Về việc đề nghị thẩm định."]
    doc = _run(tmp_path, [*HEADER, "KẾ HOẠCH", "Cải cách thủ tục hành chính năm 2026", "I. MỤC ĐÍCH",
                          "Giảm thời gian giải quyết.", *CLOSING, *annex], form)
    annexes = [s for s in doc.sections if s.kind == "annex"]
    assert [(s.label, s.heading) for s in annexes] == [("PHỤ LỤC", "CÁC MẪU BIỂU")]
