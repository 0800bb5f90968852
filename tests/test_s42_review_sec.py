"""Review of s42's section tree (s42-sections' rules): the reviewer's inputs and variants of them, each a wrong node
on s42-lead (33a40ac).

1. A resolution's passing formula (sections.json closing_start) fired on "thông qua" meaning "by means of" ("Nghị
   quyết này được cụ thể hóa thông qua các chương trình …"): the items after it fell into the closing. The closing
   opens only at the passing formula itself, a council or a congress named after "được" and "thông qua ngày …".
2. An annex titled in sentence case (_sentence_titled_annex_at) started at a wrapped sentence whose next line opens
   "kèm theo …" ("Danh sách học sinh được hỗ trợ do nhà trường lập" / "kèm theo hồ sơ gửi …"), or at a caption over a
   link inside a numbered item's run: its link must be a link line ("(Kèm theo …)", "Kèm theo …", "Ban hành kèm
   theo …") citing a document, and the lines after it must not go on with the run above.
3. Capital letters with a bracket or a slash ("A) CẤP TỈNH" / "B) CẤP HUYỆN") under an open item, the items not
   restarting under them, are the item's text, not groups taking the later items.
4. A decision's own annex after its closing ("(Kèm theo Quyết định số 402/QĐ-UBND …)" / "I. DANH MỤC …") is an annex,
   not the plan its article issues; a type heading "KẾ HOẠCH" inside an article starts no plan.
5. A sentence naming an annex after the signature ("Nội dung chi tiết các nhiệm vụ" / "kèm theo Phụ lục I ban hành
   cùng Kế hoạch này") is text, not an empty annex.

Every fixture is written for the test; names and numbers made up.
"""

from __future__ import annotations

import pytest
from conftest import write_in_form
from test_sections_s42_blind import ARTICLES, CLOSE, DECISION, DECISION_CLOSE, DOCUMENTS, HEAD, PLAN

from pipeline.run import process

FORMS = ["text", "html", "docx", "pdf"]


def _sections(tmp_path, lines, form):
    return process(write_in_form(tmp_path, lines, form, pdf_rows=(30.0, 13, 9))).sections


def _tree(nodes) -> list:
    return [(n.kind, n.label, _tree(n.children)) for n in nodes if n.kind not in ("opening", "closing")]


# --- 1. "thông qua" meaning "by means of" ------------------------------------------------------------------------------

BY_MEANS_OF = [
    "Nghị quyết này được cụ thể hóa thông qua các chương trình, kế hoạch hành động của các cấp ủy.",
    "Nghị quyết này được phổ biến đến các chi bộ thông qua các hình thức sinh hoạt chuyên đề.",
    "Nghị quyết này được quán triệt đến cán bộ, đảng viên thông qua hội nghị trực tuyến.",
    "Nghị quyết này được Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện thông qua các đảng đoàn, ban cán sự đảng.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sentence", BY_MEANS_OF, ids=lambda s: s.split()[4])
def test_a_sentence_carried_out_through_something_opens_no_closing(tmp_path, form, sentence):
    lines = [*HEAD, "I. MỤC TIÊU", "Nâng cao năng lực.", "III. TỔ CHỨC THỰC HIỆN", "1. Các cấp ủy tổ chức quán triệt.",
             sentence, "2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch, hoàn thành trong năm 2026.",
             "3. Ủy ban Kiểm tra Tỉnh ủy giám sát.", *CLOSE]
    sections = _sections(tmp_path, lines, form)
    assert _tree(sections) == [("roman", "I.", []), ("roman", "III.", [("arabic", "1.", []), ("arabic", "2.", []),
                                                                         ("arabic", "3.", [])])]
    assert sections[-1].text.startswith("Nơi nhận")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sentence", ["Nghị quyết này được triển khai thông qua Ủy ban nhân dân tỉnh; các sở, ngành theo "
                                      "chức năng, nhiệm vụ tổ chức thực hiện.",
                                      "Nghị quyết này được giám sát thông qua Thường trực Hội đồng nhân dân tỉnh."],
                         ids=["trien khai", "giam sat"])
def test_a_councils_article_carried_out_through_a_body_keeps_its_items_and_the_next_article(tmp_path, form, sentence):
    lines, _ = DOCUMENTS["resolution_passing_sentence"]
    at = lines.index("Điều 2. Tổ chức thực hiện")
    lines = [*lines[: at + 1], sentence, *lines[at + 1:]]
    at = next(i for i, line in enumerate(lines) if line.startswith("Nghị quyết này đã"))
    lines = [*lines[:at], "Điều 3. Hiệu lực thi hành", "Nghị quyết có hiệu lực từ ngày 01/01/2026.", *lines[at:]]
    sections = _sections(tmp_path, lines, form)
    assert [n.label for n in sections if n.kind == "article"] == ["Điều 1.", "Điều 2.", "Điều 3."]
    (article,) = [n for n in sections if n.label == "Điều 2."]
    assert [n.label for n in article.children] == ["1.", "2."]
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("Nghị quyết này đã")


# --- 2. a wrapped sentence over "kèm theo …", a caption inside an item's run ---------------------------------------------

REGULATION = [*DECISION[:7], "Ban hành Quy định hỗ trợ học sinh", "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN",
              "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;", "QUYẾT ĐỊNH:",
              "Điều 1. Ban hành kèm theo Quyết định này Quy định hỗ trợ học sinh.",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", *DECISION_CLOSE, "ỦY BAN NHÂN DÂN", "TỈNH HÀ SƠN",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUY ĐỊNH", "Hỗ trợ học sinh",
              "(Ban hành kèm theo Quyết định số 402/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)", "Chương I",
              "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "Quy định này quy định việc hỗ trợ.", "Điều 2. Hồ sơ"]
WRAPPED = [["Danh sách học sinh được hỗ trợ do nhà trường lập", "kèm theo hồ sơ gửi Phòng Giáo dục trước ngày 15 hằng tháng."],
           ["Bảng kê chi tiết do kế toán lập", "kèm theo chứng từ gửi Kho bạc Nhà nước."],
           ["Danh sách đề nghị hỗ trợ của Ủy ban nhân dân xã", "kèm theo Quyết định số 15/QĐ-UBND của xã gửi về Sở."]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wrapped", WRAPPED, ids=lambda w: w[0].split()[0] + w[0].split()[1])
def test_a_wrapped_sentence_over_kem_theo_inside_a_regulation_starts_no_annex(tmp_path, form, wrapped):
    sections = _sections(tmp_path, [*REGULATION, *wrapped, "Điều 3. Mức hỗ trợ", "Mức hỗ trợ 150.000 đồng.", "Chương II",
                                    "TỔ CHỨC THỰC HIỆN", "Điều 4. Trách nhiệm", "Sở Giáo dục chủ trì."], form)
    assert not [n for n in sections if n.kind == "annex"]
    (regulation,) = [n for n in sections if n.kind == "attached"]
    assert [(n.label, [c.label for c in n.children]) for n in regulation.children if n.kind == "chapter"] == [
        ("Chương I", ["Điều 1.", "Điều 2.", "Điều 3."]), ("Chương II", ["Điều 4."])]


ANNEX = ["I. NHIỆM VỤ", "Theo phụ lục.", *CLOSE, "PHỤ LỤC I", "DANH MỤC NHIỆM VỤ",
         "(Kèm theo Kế hoạch số 215/KH-UBND ngày 09/6/2026 của Ủy ban nhân dân tỉnh)",
         "1. Rà soát hồ sơ - Sở Tư pháp - Quý II"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("inside", [
    ["Kết quả rà soát gửi Sở Tư pháp", "kèm theo biểu mẫu số 01 trước ngày 30/6/2026."],
    ["Danh sách thành viên tổ kiểm tra liên ngành", "(Kèm theo Quyết định số 12/QĐ-UBND ngày 02/3/2026 của UBND tỉnh)"],
    ["Danh mục hồ sơ cần rà soát", "(Kèm theo Công văn số 35/STP-HCTP ngày 05/5/2026 của Sở Tư pháp)"],
    ["Báo cáo tổng hợp kết quả", "kèm theo số liệu gửi Sở Nội vụ."],
], ids=["bieu mau", "danh sach qd", "danh muc cv", "tong hop"])
def test_a_line_over_kem_theo_inside_an_annexs_numbered_run_starts_no_annex(tmp_path, form, inside):
    sections = _sections(tmp_path, [*HEAD, *ANNEX, *inside, "2. Kiểm tra thực tế - Sở Nội vụ - Quý III",
                                    "3. Tổng kết - Sở Tư pháp - Quý IV"], form)
    (annex,) = [n for n in sections if n.kind == "annex"]
    assert annex.heading == "DANH MỤC NHIỆM VỤ"
    assert [n.label for n in annex.children] == ["1.", "2.", "3."]


# --- 3. capital letters in brackets under an open item ---------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", [")", "/"])
@pytest.mark.parametrize("groups", [["CẤP TỈNH", "CẤP HUYỆN"], ["KHU VỰC ĐÔ THỊ", "KHU VỰC NÔNG THÔN", "KHU VỰC MIỀN NÚI"]],
                         ids=lambda g: g[0])
def test_capital_letters_in_brackets_under_an_item_stay_its_text(tmp_path, form, mark, groups):
    lines = ["II. NHIỆM VỤ", "1. Phát triển hạ tầng"]
    for letter, group in zip("ABC", groups):
        lines += [f"{letter}{mark} {group}", "Đơn vị thực hiện chủ trì."]
    sections = _sections(tmp_path, [*HEAD, *lines, "2. Phát triển nguồn nhân lực", "Sở Nội vụ chủ trì.", "3. Kinh phí",
                                    "Ngân sách tỉnh.", *CLOSE], form)
    assert _tree(sections) == [("roman", "II.", [("arabic", "1.", []), ("arabic", "2.", []), ("arabic", "3.", [])])]
    assert f"A{mark} {groups[0]}" in sections[1].children[0].text


# --- 4. a decision's own annex; a type heading inside an article -------------------------------------------------------

OWN_LINK = "(Kèm theo Quyết định số 402/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("link", [OWN_LINK, OWN_LINK.strip("()")], ids=["bracketed", "bare"])
@pytest.mark.parametrize("part", [["I. DANH MỤC CÁC LOẠI DỊCH BỆNH", "1. Bệnh đạo ôn", "2. Bệnh khô vằn"],
                                  ["I. CÁC LOẠI SINH VẬT GÂY HẠI", "1. Rầy nâu", "2. Sâu cuốn lá"]], ids=lambda p: p[1])
def test_the_decisions_own_annex_after_its_closing_is_an_annex(tmp_path, form, link, part):
    sections = _sections(tmp_path, [*DECISION, *ARTICLES, *DECISION_CLOSE, link, *part], form)
    assert not [n for n in sections if n.kind == "attached"]
    (annex,) = [n for n in sections if n.kind == "annex"]
    assert [n.label for n in annex.children] == ["I."]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("inside", [["KẾ HOẠCH"], ["KẾ HOẠCH", "Phòng, chống dịch bệnh trên cây trồng năm 2026"]],
                         ids=["heading", "heading and title"])
def test_a_type_heading_inside_an_article_starts_no_plan(tmp_path, form, inside):
    articles = [ARTICLES[0], "Điều 2. Sở Nông nghiệp và Môi trường tổ chức triển khai", *inside,
                "theo đúng tiến độ./.", ARTICLES[2]]
    sections = _sections(tmp_path, [*DECISION, *articles, *DECISION_CLOSE], form)
    assert not [n for n in sections if n.kind == "attached"]
    assert [n.label for n in sections if n.kind == "article"] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert sections[-1].kind == "closing" and sections[-1].text.startswith("Nơi nhận")


# --- 5. a sentence naming an annex after the signature -----------------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lines", [
    ["Nội dung chi tiết các nhiệm vụ", "kèm theo Phụ lục I ban hành cùng Kế hoạch này"],
    ["Danh mục các dự án", "kèm theo Phụ lục II của Kế hoạch này."],
    ["Tiến độ thực hiện chi tiết", "(kèm theo phụ lục đính kèm)"],
], ids=lambda lines: lines[0].split()[0])
def test_a_sentence_naming_an_annex_after_the_signature_starts_no_annex(tmp_path, form, lines):
    sections = _sections(tmp_path, [*HEAD, "I. NHIỆM VỤ", "Theo phụ lục.", *CLOSE, *lines], form)
    assert not [n for n in sections if n.kind == "annex"]


ISSUING_LINK = "(Ban hành kèm theo Quyết định số 402/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh)"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("link", [ISSUING_LINK, ISSUING_LINK.strip("()")], ids=["bracketed", "bare"])
@pytest.mark.parametrize("annex", [[], ["Danh mục các xã trọng điểm"], ["DANH MỤC CÁC XÃ TRỌNG ĐIỂM"]],
                         ids=["no annex", "annex in sentence case", "annex in capitals"])
def test_a_plan_under_its_issuing_link_alone_holds_its_own_tree(tmp_path, form, link, annex):
    """The cases of tests/test_sections_s42_blind.py given up with "(Kèm theo …)", with "(Ban hành kèm theo …)"."""
    after = [*annex, "(Kèm theo Kế hoạch ban hành theo Quyết định số 402/QĐ-UBND)", "1. Xã Tân Lập.", "2. Xã Mỹ Thuận."] if annex else []
    sections = _sections(tmp_path, [*DECISION, *ARTICLES, *DECISION_CLOSE, link, *PLAN, *after], form)
    assert [n.kind for n in sections] == ["opening", "article", "article", "article", "closing", "attached",
                                          *(["annex"] if annex else [])]
    (plan,) = [n for n in sections if n.kind == "attached"]
    assert plan.heading == "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026"
    assert [n.label for n in plan.children if n.kind != "opening"] == ["I.", "II.", "III."]
    if annex:
        assert (sections[-1].heading, [n.label for n in sections[-1].children]) == (annex[0], ["1.", "2."])
