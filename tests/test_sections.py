import pytest

HEADER = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1/KH-UBND\nHà Nội, ngày 9/6/2025\nKẾ HOẠCH\nTiêu đề\nCăn cứ Quyết định số 1/QĐ-UBND;\n"
CLOSING = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"


def tree(doc):
    return [(s.id, s.kind, [c.id for c in s.children]) for s in doc.sections]


def codes(doc):
    return [w.code for w in doc.warnings if w.code.startswith("numbering")]


def node(doc, node_id):
    return next(n for top in doc.sections for n in top.walk() if n.id == node_id)


def test_administrative_ladder(processed):
    body = "I. MỤC ĐÍCH\n1. Mục đích\na) Điểm a\n- gạch một\n+ cộng một\n+ cộng hai\n- gạch hai\nb) Điểm b\n2. Yêu cầu\n2.1. Ý một\n2.2. Ý hai\nII. NỘI DUNG\n1. Một\n"
    doc = processed(HEADER + body + CLOSING)
    assert [s.id for s in doc.sections] == ["opening", "sec_I", "sec_II", "closing"]
    assert [c.id for c in node(doc, "sec_I").children] == ["sec_I__item_1", "sec_I__item_2"]
    assert [c.id for c in node(doc, "sec_I__item_1__point_a").children] == ["sec_I__item_1__point_a__dash_1", "sec_I__item_1__point_a__dash_2"]
    assert [c.id for c in node(doc, "sec_I__item_1__point_a__dash_1").children] == [
        "sec_I__item_1__point_a__dash_1__plus_1", "sec_I__item_1__point_a__dash_1__plus_2"]
    assert [c.id for c in node(doc, "sec_I__item_2").children] == ["sec_I__item_2__item_2-1", "sec_I__item_2__item_2-2"]
    assert node(doc, "sec_I").level == 1 and node(doc, "sec_I__item_1__point_a__dash_1__plus_2").level == 5
    assert node(doc, "sec_I__item_1").heading == "Mục đích"
    assert codes(doc) == []


def test_legal_ladder(processed):
    body = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Khoản một\na) Điểm a\nb) Điểm b\n2. Khoản hai\nĐiều 2. Đối tượng áp dụng\nChương II\nĐiều 3. Hiệu lực thi hành\n"
    doc = processed(HEADER.replace("KẾ HOẠCH", "QUY ĐỊNH") + body)
    assert [s.id for s in doc.sections] == ["opening", "chapter_I", "chapter_II"]
    assert [c.id for c in node(doc, "chapter_I").children] == ["chapter_I__art_1", "chapter_I__art_2"]
    assert [c.id for c in node(doc, "chapter_I__art_1").children] == ["chapter_I__art_1__clause_1", "chapter_I__art_1__clause_2"]
    assert [c.id for c in node(doc, "chapter_I__art_1__clause_1").children] == [
        "chapter_I__art_1__clause_1__point_a", "chapter_I__art_1__clause_1__point_b"]
    assert node(doc, "chapter_I__art_1").heading == "Phạm vi điều chỉnh"
    # the capital line under a label that stands alone is its heading (it was the chapter's text)
    assert (node(doc, "chapter_I").heading, node(doc, "chapter_I").text) == ("QUY ĐỊNH CHUNG", "")


def test_article_that_is_a_sentence_has_no_heading(processed):
    doc = processed(HEADER.replace("KẾ HOẠCH", "QUYẾT ĐỊNH") + "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n")
    article = node(doc, "art_1")
    assert article.heading is None and article.text == "Quyết định này có hiệu lực kể từ ngày ký."


def test_unnumbered_paragraphs_belong_to_the_open_node(processed):
    doc = processed(HEADER + "I. TỔ CHỨC\n2. Sở Nội vụ\nLà cơ quan tham mưu.\nRà soát, nghiên cứu.\n" + CLOSING)
    assert node(doc, "sec_I__item_2").text == "Là cơ quan tham mưu.\nRà soát, nghiên cứu."
    assert node(doc, "opening").text.endswith("Căn cứ Quyết định số 1/QĐ-UBND;")
    assert node(doc, "closing").text.startswith("Nơi nhận:")


@pytest.mark.parametrize(
    "body, code, label",
    [
        ("I. MỘT\nIII. BA\n", "numbering_skipped", "III."),  # sample 001 has no "II."
        ("I. MỘT\n1. a\n2. b\n3. c\n3. d\n4. e\n", "numbering_repeated", "3."),  # sample 004's "3." twice
        ("I. MỘT\n1. Một\na) a\nc) c\nb) b\n", "numbering_out_of_order", "b)"),
        ("II. HAI\n", "numbering_skipped", "II."),  # starts at II
    ],
)
def test_numbering_anomalies_are_warnings_not_renumbering(processed, body, code, label):
    doc = processed(HEADER + body)
    assert code in codes(doc)
    assert any(f"'{label}'" in w.message for w in doc.warnings if w.code == code)
    printed = [n.label for top in doc.sections for n in top.walk() if n.label]
    assert printed == [line.split(" ")[0] for line in body.strip().split("\n")]  # every label kept as printed


def test_annexes_are_top_level_and_linked_to_their_document(processed):
    annex = "PHỤ LỤC 1\nCÁC\nNHIỆM VỤ NĂM 2025\n(Kèm theo Kế hoạch số 1/KH-UBND ngày 09/6/2025 của UBND Thành phố)\nTT |\nNhiệm vụ |\n1. |\nLàm việc |\n"
    doc = processed(HEADER + "I. MỘT\n1. Một\n" + CLOSING + annex)
    assert [s.id for s in doc.sections] == ["opening", "sec_I", "closing", "annex_1"]
    annex_node = node(doc, "annex_1")
    assert (annex_node.label, annex_node.number, annex_node.heading) == ("PHỤ LỤC 1", "1", "CÁC NHIỆM VỤ NĂM 2025")
    assert annex_node.attached_to["number"] == "1/KH-UBND" and annex_node.attached_to["issued_date"] == "2025-06-09"
    assert [c.kind for c in annex_node.children] == ["table"]  # the annex's rows are not read as section numbers
