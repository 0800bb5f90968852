import pytest

from pipeline.stages.clean import repair_escapes, normalise_block
from pipeline.model import Block, Layer, Provenance
from pipeline.text import fold

from conftest import CORPUS


def _block(text: str) -> Block:
    return normalise_block(Block(id="b0001", orig=text, prov=Provenance(reader="test", line_start=1, line_end=1)))


@pytest.mark.parametrize(
    "printed, repaired",
    [
        ("các Chỉ số cấp tỉnh: 0050AR INDEX, SIPAS, PAPI", "các Chỉ số cấp tỉnh: PAR INDEX, SIPAS, PAPI"),
        ("các mô hình, cơ chế đang0020được triển khai", "các mô hình, cơ chế đang được triển khai"),
        # negative rows: numbers are never escapes
        ("vui lòng gọi 19006192", "vui lòng gọi 19006192"),
        ("Quyết định số 0050/QĐ-UBND", "Quyết định số 0050/QĐ-UBND"),
        ("năm 2020 có 0041 hồ sơ", "năm 2020 có 0041 hồ sơ"),
    ],
)
def test_repair_escapes(printed, repaired):
    block, issues = repair_escapes(_block(printed))
    assert block.text == repaired
    assert len(issues) == (printed != repaired)
    assert all(i.code == "escape_repaired" for i in issues)


def test_cell_end_marker_is_recorded_not_kept():
    assert (_block("Số: 159/KH-UBND |").text, _block("Số: 159/KH-UBND |").cell_end) == ("Số: 159/KH-UBND", True)
    assert (_block("|").text, _block("|").cell_end) == ("", True)
    assert _block("Sở TT&TT | Sở Y tế").cell_end is False


def test_nbsp_and_zero_width_removed():
    assert _block("\u00a0Sở\u200b Nội\u00a0\u00a0vụ\ufeff").text == "Sở Nội vụ"


@pytest.mark.parametrize("printed, text", [
    ("Sở\tNội vụ", "Sở Nội vụ"), ("Sở \t Nội  vụ", "Sở Nội vụ"), ("Sở   Nội\t\tvụ", "Sở Nội vụ"),
    (" \tSở Nội vụ \t", "Sở Nội vụ"), ("Sở Nội vụ", "Sở Nội vụ"),
])
def test_runs_of_spaces_and_tabs_become_one_space(printed, text):
    assert _block(printed).text == text
    assert fold(printed) == "so noi vu"


def _lines(doc, layer):
    return [b.prov.line_start for b in doc.blocks if b.layer == layer]


def test_site_chrome_is_furniture_and_attribute_panel_kept(corpus_docs):
    doc = corpus_docs["000"]
    body = _lines(doc, Layer.BODY)
    assert body[0] == 55  # "ỦY BAN NHÂN DÂN", after LuatVietnam's menus and attribute panel
    assert body[-1] == 974  # the last cell of the annex table, before "Ghi chú" / "LuatVietnam.vn độc quyền …"
    assert doc.site_attributes["Số hiệu"] == "122/KH-UBND"
    assert doc.site_attributes["Ngày ban hành"] == "11/06/2020"
    assert doc.site_attributes["Người ký"] == "Nguyễn Đức Chung"


def test_reader_comments_after_the_document_are_furniture(corpus_docs):
    body = _lines(corpus_docs["001"], Layer.BODY)
    assert body[0] == 1 and body[-1] == 2084  # "Ý kiến bạn đọc" (line 2085) onwards is the site's
    assert _lines(corpus_docs["003"], Layer.BODY)[0] == 5  # after "Hệ thống pháp luật / Đang tải nội dung"


def test_a_document_without_chrome_is_all_body(cleaned):
    doc = cleaned("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nội dung.")
    assert all(b.layer == Layer.BODY for b in doc.blocks)


def _paragraph_at(doc, line):
    return next(b.text for b in doc.blocks if b.prov.line_start <= line <= b.prov.line_end)


# Sample 002 is hard-wrapped at ~80 characters, inside sentences, names and headings.
@pytest.mark.parametrize(
    "line, paragraph_starts, paragraph_ends",
    [
        (63, "II. NHIỆM VỤ VÀ GIẢI PHÁP", "GIẢI PHÁP"),  # heading wrapped
        (310, "III. TỔ CHỨC THỰC HIỆN", "THỰC HIỆN"),
        (24, "Căn cứ Kế hoạch số 434/KH-UBND ngày 19 tháng 9 năm 2016", "ban hành Kế hoạch thực hiện như sau:"),
        (223, "- Thực hiện Nghị định số 158/2007/NĐ-CP", "đối với cán bộ, công chức, viên chức."),
        (92, "- Ủy ban nhân dân phường thực hiện công khai", "Pháp lệnh thực hiện dân chủ ở phường - xã, thị trấn."),
        (358, "- Chủ trì, phối hợp Trung tâm Văn hóa - Thể dục Thể thao quận", "hiểu rõ."),
        (327, "2. Giao Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận", "Ủy ban nhân dân quận"),
        (84, "- Ủy ban nhân dân phường triển khai kế hoạch", "Ban Giám sát đầu tư của cộng đồng phường."),
    ],
)
def test_rejoins_hard_wrapped_lines(corpus_docs, line, paragraph_starts, paragraph_ends):
    paragraph = _paragraph_at(corpus_docs["002"], line)
    assert paragraph.startswith(paragraph_starts)
    assert paragraph.endswith(paragraph_ends)


@pytest.mark.parametrize(
    "line, paragraph",
    [
        # real paragraphs stay apart
        (328, "Tham mưu công tác kiểm soát thủ tục hành chính"),  # after the heading "2. Giao Chánh Văn phòng …"
        (313, "- Thủ trưởng các cơ quan chuyên môn, đơn"),  # a new bullet after a full-width line
        (33, "1. Mục đích"),
        (388, "CHỦ TỊCH"),
        (389, "Lê Văn Thinh"),
        (376, "- UBND Thành phố;"),
    ],
)
def test_keeps_real_paragraphs_apart(corpus_docs, line, paragraph):
    block = next(b for b in corpus_docs["002"].blocks if b.prov.line_start <= line <= b.prov.line_end)
    assert block.prov.line_start == line  # not glued to the line before
    assert block.text.startswith(paragraph)


def test_text_that_is_not_hard_wrapped_is_left_alone(corpus_docs):
    source = (CORPUS / "004_bb67436c3e8d90f2.txt").read_text(encoding="utf-8").splitlines()
    doc = corpus_docs["004"]
    assert all(b.prov.line_start == b.prov.line_end for b in doc.blocks)
    assert len(doc.blocks) == sum(1 for line in source if line.strip(" \t"))


def test_joined_block_keeps_original_lines(corpus_docs):
    block = next(b for b in corpus_docs["002"].blocks if b.prov.line_start == 62)
    assert block.orig == "II. NHIỆM VỤ VÀ GIẢI\nPHÁP" and block.prov.line_end == 63


# Real strings from documents typed with legacy fonts: the national motto and the motto line
@pytest.mark.parametrize(
    "legacy, unicode",
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nUû ban nh©n d©n", "TCVN3 (ABC)"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nUÛy ban nhaân daân", "VNI"),
    ],
    ids=["tcvn3", "vni"],
)
def test_legacy_encodings_are_converted(cleaned, legacy, unicode):
    doc = cleaned(legacy)
    texts = [b.text for b in doc.blocks]
    assert fold(texts[0]) == "cong hoa xa hoi chu nghia viet nam"  # "hoà" (TCVN3) or "hòa" (VNI): where the mark sits
    assert texts[1] == "Độc lập - Tự do - Hạnh phúc"
    assert [w.message for w in doc.warnings if w.code == "legacy_encoding_converted"] == [
        f"the text is in the {unicode} encoding; converted to Unicode"]


def test_unicode_text_is_not_taken_for_a_legacy_encoding(corpus_docs):
    assert not any(w.code == "legacy_encoding_converted" for doc in corpus_docs.values() for w in doc.warnings)


def test_a_first_character_lookahead_finds_what_the_alternation_finds():
    import re

    from pipeline.text import first_character_lookahead

    phrases = [r"\d{1,2}/\d{4}", "quý I", "Sở", r"tháng\s+\d", "-"]
    plain = re.compile("|".join(phrases), re.IGNORECASE)
    fast = re.compile(first_character_lookahead(phrases) + f"(?:{'|'.join(phrases)})", re.IGNORECASE)
    text = "Hoàn thành 12/2025, QUÝ I, sở Nội vụ, Tháng  6, - a - b"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 6


@pytest.mark.parametrize("anchor", ["", "$"])
def test_a_literal_alternation_grouped_by_first_character_matches_as_the_plain_one(anchor):
    import re

    from pipeline.text import literal_alternation

    # order decides between words that match at one place: "ha" before "ha noi" takes "ha", "lao cai" before "lao"
    words = ["tp. hcm", "ha", "ha noi", "lao cai", "lao", "ha giang", "h.n", "hai phong"]
    text = "so noi vu ha noi, lao cai va lao; tp. hcm. ha giang hai phong h.n x"
    for listed in (words, [*words[:4], "", *words[4:]]):  # the empty word matches anywhere, before the words after it
        for template in (r"(?<![a-z])(?:{})(?![a-z])" + anchor, r"(?:^|\s)({})" + anchor):
            plain = re.compile(template.format("|".join(map(re.escape, listed))))
            grouped = re.compile(template.format(literal_alternation(listed)))
            for start in range(len(text)):
                assert [m.span() for m in grouped.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
    assert literal_alternation(["lao cai", "lao"]).startswith("l(?:ao\\ cai|ao)")


def test_strip_marks_is_decomposition_without_combining_marks():
    import unicodedata

    from pipeline.text import strip_marks

    def by_definition(text: str) -> str:
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    every_character = "".join(chr(c) for c in range(0x2FFFF) if not 0xD800 <= c < 0xE000)
    assert strip_marks(every_character) == by_definition(every_character)
    # decomposed input (a base letter then its marks), and Vietnamese as printed
    for text in ("Sở Tài nguyên", unicodedata.normalize("NFD", "Sở Tài nguyên"), "ĐỒNG Ý", "ǅ ﬁ ẞ"):
        assert strip_marks(text) == by_definition(text)
    assert strip_marks("Sở TN&MT Đà Nẵng") == "So TN&MT Da Nang"


def test_body_follows_the_block_list_of_each_document():
    from pipeline.model import Document, Origin

    def block(n: int, layer: Layer) -> Block:
        return Block(f"b{n}", f"line {n}", Provenance("txt", None, n, n), layer=layer, text=f"line {n}")

    origin = Origin(path="x.txt", name="x.txt", format="txt", sha256="0", size=0)
    first = Document(origin=origin, blocks=[block(1, Layer.FURNITURE), block(2, Layer.BODY)])
    second = Document(origin=origin, blocks=[block(3, Layer.BODY), block(4, Layer.FURNITURE), block(5, Layer.BODY)])
    assert [b.id for b in first.body()] == ["b2"]
    assert [b.id for b in second.body()] == ["b3", "b5"]
    first.body().clear()  # a caller's changes to the list it got do not reach the next caller
    assert [b.id for b in first.body()] == ["b2"]
    derived = first.model_copy(update={"blocks": [first.blocks[0].model_copy(update={"layer": Layer.BODY}), *first.blocks[1:]]})
    assert [b.id for b in derived.body()] == ["b1", "b2"] and [b.id for b in first.body()] == ["b2"]


@pytest.mark.parametrize("above", [
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh",  # an annex line, cut short
    "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026 CỦA",  # a title that a dangling word would carry on
    "các cơ quan, đơn vị thực hiện theo bảng phân công sau đây và",  # a paragraph of the body
])
def test_a_table_is_never_joined_to_the_line_above_or_below(above):
    """Hard-wrapped text (so that lines are rejoined) with a table on the very next source line, as
    OCR and PDF readers number them: the table stays a block of its own, with its cells."""
    from pipeline.stages.clean import rejoin_wrapped_lines
    from pipeline.model import Cell, Table

    wrapped = ["Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai các nhiệm vụ trọng tâm của năm với các nội",
               "dung cụ thể như sau để các cơ quan, đơn vị trên địa bàn tỉnh tổ chức thực hiện đúng thời hạn và"] * 6
    texts = [*wrapped, above]
    blocks = [normalise_block(Block(id=f"b{i:04d}", orig=t, prov=Provenance(reader="test", line_start=i, line_end=i)))
              for i, t in enumerate(texts, start=1)]
    table = Table(n_rows=2, n_cols=2, cells=[Cell(0, 0, text="Nhiệm vụ"), Cell(0, 1, text="Chủ trì"),
                                             Cell(1, 0, text="xây dựng kế hoạch"), Cell(1, 1, text="Sở Nội vụ")])
    n = len(texts) + 1
    blocks.append(Block(id="t", orig="Nhiệm vụ\tChủ trì", text="Nhiệm vụ\tChủ trì", table=table,
                        prov=Provenance(reader="test", line_start=n, line_end=n)))
    blocks.append(normalise_block(Block(id="after", orig="thực hiện", prov=Provenance(reader="test", line_start=n + 1, line_end=n + 1))))
    joined = rejoin_wrapped_lines(blocks)
    assert any("\n" in b.orig for b in joined)  # the wrapped text was rejoined
    tables = [b for b in joined if b.table is not None]
    assert [b.id for b in tables] == ["t"] and tables[0].table is table
    assert joined[joined.index(tables[0]) - 1].text.endswith(above)
    assert joined[joined.index(tables[0]) + 1].id == "after"


def test_a_cong_van_header_is_not_rejoined_though_it_has_no_type_heading():
    """A công văn has no "KẾ HOẠCH"-like heading to end its header: its number, date, "V/v" and "Kính gửi" lines
    stay lines of their own even in text whose short lines are rejoined (e-signed PDF 122 lost its number so)."""
    from pipeline.stages.clean import rejoin_wrapped_lines

    header = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Số: 507/UBND-KGVX", "Quảng Ngãi, ngày 24 tháng 01 năm 2025", "V/v góp ý dự thảo", "Kính gửi: Bộ Nội vụ"]
    body = ["Thực hiện đề nghị của Bộ Nội vụ tại văn", "bản số 12, Ủy ban nhân dân tỉnh có ý kiến"] * 6
    blocks = [normalise_block(Block(id=f"b{i:04d}", orig=t, prov=Provenance(reader="test", line_start=i, line_end=i)))
              for i, t in enumerate([*header, *body], start=1)]
    texts = [b.text for b in rejoin_wrapped_lines(blocks)]
    assert texts[: len(header)] == header
    assert len(texts) < len(blocks)  # the body was rejoined


APART = ("Sô ́: 45/KH-UBND Ha Nôi, ngay ̀ 5 thang ́ 3 năm 2026\nKÊ HOACH ́ ̣\nThưc hiên công tac ̣ ̣ ́ cai cach hanh chinh ̉ ̉ ̀ ́ "
         "năm 2026 trên đia ban ̣ ̀ thanh phô ̀ ́\nGiao Sơ Nôi vu chu tri ̉ ̣ ̣ ̉ ̀ thưc hiên kê hoach ̣ ̣ ́ ̣ trong năm.")


def test_tone_marks_apart_from_their_letters_are_dropped_with_a_warning(cleaned):
    """Text copied from a PDF whose font draws tone marks as glyphs of their own: the marks come after the words."""
    doc = cleaned(APART)
    assert [b.text for b in doc.blocks][:2] == ["Sô : 45/KH-UBND Ha Nôi, ngay 5 thang 3 năm 2026", "KÊ HOACH"]
    assert [w.code for w in doc.warnings] == ["tone_marks_apart"] and doc.warnings[0].where["block"] == doc.blocks[0].id
    assert doc.blocks[0].orig.startswith("Sô ́:")  # the source line is kept as it was


@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2026 trên địa bàn tỉnh.",
    "Ký hiệu ́ trong bảng: ̀ nghĩa là đã xong.\nCác nhiệm vụ còn lại thực hiện trong năm 2026 theo kế hoạch đã ban hành.",  # two
    "Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2026 trên địa bàn tỉnh.".replace("ế", "e\u0302\u0301"),
])
def test_text_with_its_marks_on_their_letters_gets_no_warning(cleaned, text):
    doc = cleaned(text)
    assert "tone_marks_apart" not in [w.code for w in doc.warnings]
    assert doc.blocks[0].text == doc.blocks[0].orig.replace("e\u0302\u0301", "ế")


# ---------------------------------------------------------------------------------------------------
# Words glued where a site dropped a line break without a space


@pytest.mark.parametrize("word, parts", [("TRIỂNKHAI", "TRIỂN KHAI"), ("CHÍNHPHỦ", "CHÍNH PHỦ"), ("kếhoạch", "kế hoạch"),
                                         ("đồngnhân", "đồng nhân"), ("thànhphố", "thành phố")])
def test_a_glued_word_splits_into_its_two_syllables(word, parts):
    from parsers.textlayer import glued_split

    assert glued_split(word) == parts


@pytest.mark.parametrize("word", ["trường", "Nguyễn", "COVID", "Internet", "UBND", "anhem"])  # anhem: "anh em" or "an hem"
def test_syllables_loanwords_and_ambiguous_tokens_are_left_whole(word):
    from parsers.textlayer import glued_split

    assert glued_split(word) is None


def test_a_page_with_glued_words_is_repaired_with_a_warning(processed):
    doc = processed("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    "Số: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nTRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ "
                    "34/2014/QĐ-TTG CỦA THỦ TƯỚNG CHÍNHPHỦ\nCăn cứ Luật Tổ chức Hội đồngnhân dân;\nI. Mục đích\n")
    assert doc.metadata.title == "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ"
    assert "words_unglued" in {w.code for w in doc.warnings}


@pytest.mark.parametrize("word, parts", [("ỦYBANNHÂNDÂN", "ỦY BAN NHÂN DÂN"), ("Hộiđồngnhândân", "Hội đồng nhân dân"),
                                         ("kếhoạchtriển", "kế hoạch triển")])
def test_a_word_of_three_or_four_syllables_glued_splits_when_one_way_only(word, parts):
    from parsers.textlayer import glued_split

    assert glued_split(word) == parts


@pytest.mark.parametrize("word, parts", [("thựchiệnkếhoạch", "thực hiện kế hoạch"), ("tổchứcthựchiện", "tổ chức thực hiện"),
                                         ("BANCHẤPHÀNH", "BAN CHẤP HÀNH"), ("XÃHỘICHỦNGHĨA", "XÃ HỘI CHỦ NGHĨA")])
def test_a_glued_word_that_cuts_several_ways_takes_the_syllables_the_page_prints(word, parts):
    # "thự chiện" and "thực hiện" both spell; only the second are words the page prints apart elsewhere
    from parsers.textlayer import glued_split

    assert glued_split(word) is None
    page = frozenset("ban chấp hành xã hội chủ nghĩa thực hiện kế hoạch tổ chức".split())
    assert glued_split(word, page) == parts
    assert glued_split(word, page - {parts.split()[-1].lower()}) is None  # a syllable the page never prints: no cut


def test_a_page_with_words_glued_three_syllables_long(processed):
    doc = processed("BAN CHẤPHÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 317-KH/TWĐTN-TNNT\nHà Nội, ngày 14 tháng 3 năm 2026\n"
                    "KẾ HOẠCH\nTổchứcthựchiện chiến dịch tình nguyện hè năm 2026\nCăn cứ Nghị quyết của Ban Chấp hành Trung "
                    "ương Đoàn, Ban Bí thư ban hành kế hoạch tổ chức thực hiện như sau:\nI. MỤC ĐÍCH\n1. Nội dung.\n")
    assert doc.metadata.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
    assert doc.metadata.title == "Tổ chức thực hiện chiến dịch tình nguyện hè năm 2026"


def test_one_odd_token_is_no_glued_page(cleaned):
    doc = cleaned("KẾ HOẠCH\nTRIỂNKHAI công tác năm 2026\nNội dung.\n")
    assert doc.blocks[1].text == "TRIỂNKHAI công tác năm 2026" and not doc.warnings


@pytest.mark.parametrize("panel", [
    "Số hiệu: 22/KH-UBND\nNgười ký: Võ Văn Hải\nLĩnh vực: Bộ máy hành chính",
    "Số hiệu:22/KH-UBNDNgười ký:Võ Văn HảiLĩnh vực:Bộ máy hành chính",  # run together
    "| Số hiệu | 22/KH-UBND |\n| Người ký | Võ Văn Hải |\n| Lĩnh vực | Bộ máy hành chính |",  # a table's rows
    "Số hiệu | 22/KH-UBND |\nNgười ký | Võ Văn Hải |\nLĩnh vực | Bộ máy hành chính |",
    "Số hiệu\t22/KH-UBND\nNgười ký\tVõ Văn Hải\nLĩnh vực\tBộ máy hành chính",  # copied from a browser
    "Số hiệu 22/KH-UBND\nNgười ký Võ Văn Hải\nLĩnh vực: Bộ máy hành chính",  # label and value a space apart
], ids=["colon", "run_together", "bars", "bars_after", "tabs", "spaces"])
def test_a_sites_panel_is_read_whatever_the_separator(panel):
    from pipeline.model import Block, Provenance
    from pipeline.stages.clean import site_attributes

    blocks = [Block(id=f"b{i}", orig=line, prov=Provenance(reader="txt"), text=line) for i, line in enumerate(panel.split("\n"))]
    assert site_attributes(blocks) == {"Số hiệu": "22/KH-UBND", "Người ký": "Võ Văn Hải", "Lĩnh vực": "Bộ máy hành chính"}


@pytest.mark.parametrize("line", ["Lĩnh vực quản lý nhà nước về nội vụ", "Hiệu lực thi hành của văn bản", "Số hiệu"])
def test_a_line_opening_with_a_label_that_repeats_no_field_is_no_panel(line):
    # only labels that repeat a metadata field are taken when a space, not a colon, ends them
    from pipeline.model import Block, Provenance
    from pipeline.stages.clean import site_attributes

    assert site_attributes([Block(id="b0", orig=line, prov=Provenance(reader="txt"), text=line)]) == {}
