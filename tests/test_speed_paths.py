"""Fast paths taken for speed give the answers of the plain code they replace (each test compares the two on
variants built here: punctuation, other scripts, leading and trailing words, nested outlines)."""

import re

import pytest
from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.resources import json_data
from pipeline.stages import registry
from pipeline.text import fold, is_upper_line, strip_marks


def _plain_key(text: str) -> str:
    """key_of as it was written before its separators became a translate table and its trailing words a cheap test
    (with the steps it gained since: abbreviations told apart by their marks, "TƯ" / "TU", expanded first; a former
    body's mark "(cũ)" dropped first; a closing "các xã, phường" read as "cấp xã")."""
    text = registry.named_as_former().sub("", text)
    pattern, marked = registry._marked_abbreviations()
    if pattern is not None and text != text.upper():
        text = pattern.sub(lambda m: f" {marked[m.group()]} ", text)
    key = registry._PARENTHESES.sub(" ", strip_marks(text))
    pattern, expansions = _plain_abbreviations(key == key.upper())
    key = pattern.sub(lambda m: f" {expansions[m.lastindex - 1]} ", key)
    key = re.sub(r"[\W_]+", " ", key.lower().replace("&", " va ")).strip()
    key = re.sub(r"^(?:cac|giao|de nghi)\s+", "", key)
    key = re.sub(r"\s+(?:phoi hop(?: voi)?|chu tri|trong(?: viec)?|de)$", "", key)
    places = json_data("places.json")
    words_of = lambda phrase: re.sub(r"[\W_]+", " ", fold(phrase)).strip()  # noqa: E731
    levels = {words_of(phrase): level for section, level in (("commune_level_phrases", "cap xa"), ("district_level_phrases", "cap huyen"))
              for phrase in places[section]["phrases"]}
    for area in sorted({words_of(words) for words in places["area_words"]["words"]}, key=len, reverse=True):
        if any(key.endswith(f" {words} {area}") for words in levels):  # "… các xã trên địa bàn tỉnh": where, dropped
            key = key[: -len(area) - 1]
            break
    for words in sorted(levels, key=len, reverse=True):
        if key.endswith(" " + words):
            return key[: -len(words)] + levels[words]
    return key


def _plain_abbreviations(in_capitals: bool) -> tuple[re.Pattern, tuple[str, ...]]:
    """registry._abbreviations as it was written before its alternatives were grouped under their first letter: one
    alternation of every abbreviation, longest first, behind a look-ahead of a capital and a look-behind."""
    rows = sorted(registry.registry_rows("agency_abbreviations.csv"), key=lambda r: -len(r["abbreviation"]))
    rows = [row for row in rows if not (in_capitals and row["is_word"] == "1")]
    alternatives = ["(" + r"\s*(?:&|-|\bva\b|\bVA\b)?\s*".join(map(re.escape, strip_marks(row["abbreviation"]).split("&"))) + ")"
                    for row in rows]
    return (re.compile(rf"(?=[A-Z])(?<![A-Za-z0-9])(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"),
            tuple(fold(row["expansion"]) for row in rows))


def _abbreviation_pieces() -> list[str]:
    """Each abbreviation as the registry lists it and cut after its first letter, and what goes around one: a letter
    or digit glued to it, spaces, "&", "-", "va", punctuation, a non-Latin letter."""
    listed = [strip_marks(row["abbreviation"]) for row in registry.registry_rows("agency_abbreviations.csv")]
    return [*listed, *(a.replace("&", " va ") for a in listed), *(a[:1] for a in listed), *(a[1:] for a in listed),
            " ", "&", "-", " va ", "VA", "a", "x", "Z", "9", "_", ".", "(", "ß", "Đ"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_abbreviation_pieces()), max_size=8), st.booleans())
@example(["TT&TT"], False)
@example(["xUBND", " ", "UBND"], False)
@example(["ß", "UBND", "ß"], True)
def test_abbreviations_grouped_by_first_letter_match_as_the_plain_alternation(pieces, in_capitals):
    text = "".join(pieces)
    (fast, fast_expansions), (plain, plain_expansions) = registry._abbreviations(in_capitals), _plain_abbreviations(in_capitals)
    assert fast.sub(lambda m: f" {fast_expansions[m.lastindex - 1]} ", text) == \
        plain.sub(lambda m: f" {plain_expansions[m.lastindex - 1]} ", text)


@pytest.mark.parametrize("text", [
    "Sở TT&TT", "Sở Thông tin và Truyền thông", "  UBND tỉnh Lào Cai (chủ trì)  ", "Các sở, ban, ngành phối hợp với",
    "Giao Sở Nội vụ chủ trì", "Đề nghị Công an tỉnh", "Phòng_Tư pháp — huyện; Bát Xát…", "Sở KH&ĐT trong việc",
    "Ban Chỉ đạo\t\t«Chuyển đổi số»\u00a0tỉnh", "Sở Y tế để", "Sở Y tế đề", "UBND 省 Hà Nội № 5 ½ ² ٣", "de", "",
    "Sở GD&ĐT phối hợp", "HĐND&UBND huyện", "Văn phòng HĐND và UBND TP. Hà Nội", "VPUBND-TPHN (kèm theo)", "Ủy ban MTTQVN",
    "SỞ TN&MT TỈNH", "Sở LĐ-TB&XH", "Sở TN - MT", "Bộ KH và ĐT", "UBMTTQ VN", "TƯ Đoàn", "Ban Dân vận TƯ, Sở Tư pháp", "Ủy ban TƯ.", "Hội đồng Đội TƯ (cũ)", "NHÂN DÂN TƯ", "TƯƠNG TƯ", "ƯTƯ", "BCĐ 389", "UB", "U B N D", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH", "Sở Tài chính\u200b\u2028trong",
    "Sở Tài chính tỉnh Đắk Nông (cũ)", "UBND huyện Đức Trọng (trước sắp xếp)", "Công an các xã, phường, đặc khu",
    "Trạm Y tế các phường, xã", "HĐND các xã, phường và đặc khu phối hợp",
    "Phòng GD&ĐT các huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn trên địa bàn tỉnh", "Hội Nông dân các huyện",
])
def test_key_is_the_plain_codes(text):
    assert registry.key_of(text) == _plain_key(text)


def _former_variants() -> list[str]:
    """Each former mark at a name's end and elsewhere: in any case, in parentheses or not, with spaces, tabs, line
    breaks and a second parenthesis around it, glued to the word before, alone; and the closing commune phrases."""
    words = json_data("places.json")["former_marks"]["words"]
    shapes = ["{n} {w}", "{n} ({w})", "{n} ( {w} )  ", "{n}({w})", "{n}\t{w}\n", "{n} {w})", "{n} ({w}", "{n} {w} ))",
              "{n}{w}", "{w}", " {w}", "({w})", "{n} {w} và Sở Y tế", "{n} ({w}) x", "{n} {w}\n)", "{n} x{w}", "{n} {w}\n\n"]
    names = ["Sở Tài chính tỉnh Đắk Nông", "UBND huyện Đức Trọng", "Công an các xã, phường", "TRẠM Y TẾ CÁC XÃ, PHƯỜNG, ĐẶC KHU"]
    cases = (str, str.upper, str.title, str.capitalize)
    return [shape.format(n=name, w=case(word)) for shape in shapes for name in names for word in words for case in cases]


def test_former_mark_cut_as_its_pattern_cuts_it():
    variants = _former_variants()
    assert sum(registry.named_as_former().search(v) is not None for v in variants) > 100  # the variants hold many
    assert [registry.without_former_mark(v) for v in variants] == [registry.named_as_former().sub("", v) for v in variants]


def test_key_is_the_plain_codes_on_former_marks_and_commune_phrases():
    places = json_data("places.json")
    phrases = places["commune_level_phrases"]["phrases"] + places["district_level_phrases"]["phrases"]
    areas = [f" {word}" for word in places["area_words"]["words"]]
    variants = _former_variants() + [f"{body} {phrase}{end}" for body in ("Công an", "UBND", "Trạm Y tế")
                                     for phrase in phrases
                                     for end in ("", " (cũ)", " phối hợp", ".", "\n", " x", *areas, *(a + " x" for a in areas))]
    assert [registry.key_of(v) for v in variants] == [_plain_key(v) for v in variants]


def test_key_is_the_plain_codes_on_every_sample_line():
    lines = [line for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    assert [registry.key_of(line) for line in lines] == [_plain_key(line) for line in lines]


def test_separators_table_is_the_regex_on_every_character_class():
    # one character of each kind between two letters: a run of separators is one space, a letter of any script kept
    samples = "".join(map(chr, [*range(0x20, 0x250), *range(0x2000, 0x2070), 0x3000, 0x4E00, 0x0660, 0xFF10, 0x1F600]))
    for character in samples:
        text = f"a{character}b"
        assert " ".join(text.translate(registry._SEPARATORS).split()) == re.sub(r"[\W_]+", " ", text).strip(), hex(ord(character))


HEADER = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1/KH-UBND\nHà Nội, ngày 9/6/2025\nKẾ HOẠCH\nTiêu đề\n"


def test_sibling_ids_count_their_kind_and_stay_unique(processed):
    # unnumbered siblings are counted by kind (a "+" between dashes is not a dash); a repeated number gets a suffix
    body = "I. MỘT\n- x\n- y\n+ p\n- z\n1. a\n1. b\n1. c\n1_2. e\n2. d\nII. HAI\n- w\n"
    doc = processed(HEADER + body)
    ids = [n.id for top in doc.sections for n in top.walk() if n.label]
    assert ids == ["sec_I", "sec_I__dash_1", "sec_I__dash_2", "sec_I__dash_2__plus_1", "sec_I__dash_3", "sec_I__item_1",
                   "sec_I__item_1_2", "sec_I__item_1_3", "sec_I__item_2", "sec_II", "sec_II__dash_1"]


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH", "II. NỘI DUNG", "Căn cứ Luật Tổ chức", "KẾ HOẠCh", "ỦY BAN NHÂN DÂN tỉnh", "123 - 456", "A", "AB",
    "1. A B", "ǅ", "STRAßE", "ŉ", "ﬁ", "ª BC", "ΣΑΣ", "ɐ", "ĐĂNG KÝ", "đĂNG", "  KẾ", "", "Ⅻ Ⅷ", "ⓐⓑ", "ĀĀĀĀĀĀĀā",
])
def test_upper_line_is_the_plain_test(text):
    assert is_upper_line(text) == (text == text.upper() and re.search(r"[^\W\d_].*?[^\W\d_]", text, re.DOTALL) is not None)


def _plain_grid(table, across=True):
    grid = [["" for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    for cell in table.cells:
        last_col = cell.col + cell.col_span if across else cell.col + 1
        for r in range(cell.row, min(cell.row + cell.row_span, table.n_rows)):
            for c in range(cell.col, min(last_col, table.n_cols)):
                grid[r][c] = cell.text
    return grid


def test_grid_is_the_plain_loops_on_spans_overlaps_and_cells_past_the_edge():
    import random

    from pipeline.model import Cell, Table

    rng = random.Random(20)
    for _ in range(300):
        n_rows, n_cols = rng.randint(0, 6), rng.randint(0, 6)
        cells = [Cell(rng.randint(0, 7), rng.randint(0, 7), rng.choice([0, 1, 1, 1, 2, 3, 9]), rng.choice([0, 1, 1, 1, 2, 4]),
                      f"t{i}") for i in range(rng.randint(0, 20))]
        table = Table.model_construct(n_rows=n_rows, n_cols=n_cols, cells=cells)
        for across in (True, False):
            assert table.grid(across) == _plain_grid(table, across)


INNER = "<table><tr><th>TT</th><th>Nhiệm vụ</th></tr><tr><td>1</td><td>Rà soát</td></tr></table>"


@pytest.mark.parametrize("page, tables", [
    # a frame: the one cell that holds a table, its other cells empty -> the table it holds
    (f"<table><tr><td></td><td>{INNER}</td></tr><tr><td> </td><td></td></tr></table>", [[["TT", "Nhiệm vụ"], ["1", "Rà soát"]]]),
    # text beside the nested table: no frame, the nested table's rows are lines of its cell
    (f"<table><tr><td>Ghi chú</td><td>{INNER}</td></tr></table>", [[["Ghi chú", "TT Nhiệm vụ\n1 Rà soát"]]]),
    # spans that are missing, odd or too large, and a cell under a rowspan
    ("<table><tr><td rowspan='x'>a</td><td colspan='0'>b</td><td rowspan='3'>c</td></tr><tr><td colspan='2'>d</td></tr></table>",
     [[["a", "b", "c"], ["d", "d", "c"], ["", "", "c"]]]),
])
def test_html_tables_frames_and_spans(write_text, page, tables):
    from parsers import html

    doc = html.read(write_text(f"<html><body><p>KẾ HOẠCH</p>{page}</body></html>", "page.html"))
    assert [b.table.grid() for b in doc.blocks if b.table is not None] == tables


# ---------------------------------------------------------------------------------------------------------------
# Issue 20 (HTML): searches bounded to where a match can be


def _texts_ending_in_punctuation() -> list[str]:
    """Endings each pattern of clean._ends may match: a mark alone, before one or two line breaks, after spaces, in a
    long paragraph that holds marks inside; and texts of one or two characters."""
    endings = [".", "!", "?", ";", ":", ".\n", ";\n", "?\n\n", ". ", "\n", "\n\n", ".\n.", "a", "", "…", "。", ".\r", ".\r\n"]
    bodies = ["", "x", "Rà soát. Báo cáo; kết quả: xong! " * 40, "Hoàn thành trước ngày 30/6/2026"]
    return [body + ending for body in bodies for ending in endings]


@pytest.mark.parametrize("text", _texts_ending_in_punctuation())
def test_line_end_tests_search_from_two_characters_before_the_end(text):
    from pipeline.stages import clean

    for pattern in (clean._ENDS_SENTENCE, clean._ENDS_CLAUSE):
        assert clean._ends(pattern, text) == (text[-1:] in ".;:!?\n" and pattern.search(text) is not None)


def _plain_whole_issuer(text: str, start: int, end: int, in_capitals: bool):
    """citations._whole_issuer as written before it unmarked only the window a name can span (the whole text), and before
    s54-speed read the names down a tree (the plain alternation)."""
    from pipeline.stages import citations

    names = _plain_names_cut()
    unmarked = strip_marks(text).lower()
    found = next((name for name in names.finditer(unmarked, start, end + citations._LONGEST_CUT_NAME)
                  if name.start() < end < name.end() and citations._may_open_an_issuer(text[start:name.start()])), None)
    if found is None:
        return None
    tail = re.compile(citations._ISSUER_TAIL, re.IGNORECASE if in_capitals else 0).match(text, found.end())
    end = tail.end() if tail and citations._names_a_place(tail.group()) else found.end()
    return text[start:end].strip(), end


_ISSUER_CITATIONS = [
    "theo Thông tư số 01/2020/TT-BLĐTBXH ngày 05/01/2020 của Bộ Lao động, Thương binh và Xã hội hướng dẫn",
    "Quyết định số 12/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tỉnh Lào Cai về việc",
    "CĂN CỨ QUYẾT ĐỊNH SỐ 5/QĐ-STNMT CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "Kế hoạch số 7/KH-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch",
    "Kế hoạch số 8/KH-UBND của UBND tỉnh Báo cáo, Sở Tài chính",
]


@pytest.mark.parametrize("before", ["", "x", "Căn cứ ", "Các sở, ngành: " * 300, "| ô | ô |\n" * 200, "Bộ"])
@pytest.mark.parametrize("citation", _ISSUER_CITATIONS)
@pytest.mark.parametrize("after", ["", ".", " và các văn bản khác; " * 300, "Xã hội"])
def test_whole_issuer_reads_only_the_window_and_gives_the_whole_texts_answer(before, citation, after):
    """Citations at the start, deep inside a long block (a flattened table), glued to a word before them, with text
    or nothing after the name: the same issuer and end as when the whole block was unmarked."""
    from pipeline.stages import citations

    text = before + citation + after
    for found in citations.CITATION.finditer(text) if not citation.isupper() else citations._CITATION_IN_CAPITALS.finditer(text):
        if found.group("issuer"):
            args = (text, found.start("issuer"), found.end("issuer"), citation.isupper())
            assert citations._whole_issuer(*args) == _plain_whole_issuer(*args)


def test_whole_issuer_unmarks_a_window_not_the_block(monkeypatch):
    """A citation in a block of 40,000 characters: the text unmarked is the name's window, not the block."""
    from pipeline.stages import citations

    seen: list[int] = []
    monkeypatch.setattr(citations, "strip_marks", lambda text: seen.append(len(text)) or strip_marks(text))
    text = "Các sở, ngành: " * 3000 + _ISSUER_CITATIONS[0]
    assert [c.issuer for c in citations.find_citations(text)] == ["Bộ Lao động, Thương binh và Xã hội"]
    assert seen and max(seen) < 200


@pytest.mark.parametrize("clause", [
    "hoàn thành trước ngày 30/6/2026", "Báo cáo kết quả chậm nhất là ngày 15/12", "xong trong quý III/2026",
    "thời gian thực hiện từ tháng 3/2026", "định kỳ 6 tháng báo cáo", "nhiệm vụ thường xuyên", "thực hiện thường xuyên",
    "hằng năm tổ chức", "Tổ chức hằng năm", "Hàng tháng báo cáo", "HOÀN THÀNH TRƯỚC QUÝ IV", "trong giai đoạn 2026-2030",
    "Rà soát các văn bản", "", "trước", "đến hết Q.2/2026", "hoàn tất 6 tháng đầu năm",
])
def test_clause_deadline_after_one_search_for_any_phrase_is_the_phrase_by_phrase_answer(clause):
    from pipeline.stages import assignments

    plain = sorted(m.start() for pattern in assignments._rules()["deadline_phrases"] if (m := pattern.search(clause)))
    assert bool(assignments._rules()["any_deadline_phrase"].search(clause)) == bool(plain)


def _listed_variants() -> list[str]:
    """Numbers listed after each separator _LISTED's lookbehinds accept (a comma, a semicolon, a colon, "và", "và các",
    the text's start) and after ones they do not ("và" glued to a word, "và  các" with two spaces, "hoặc"), with a tab, a
    line break or a no-break space before "và", a number right after a match, and long runs between them; and separators
    followed by what cannot open a number ("và các văn bản", "Số" in capitals, a letter), which _listed passes over."""
    numbers = ["số 12/QĐ-UBND", "15/KH-SYT ngày 05/3/2026", "số: 7/2025/TT-BTC ngày 1 tháng 2 năm 2025 của Bộ Tài chính",
               "18-NQ/TW", "3/BC-UBND, 4/BC-UBND"]
    separators = [", ", ";", ": ", " và ", " và các ", "\tvà ", "\nvà các ", "\u00a0và ", "Xvà ", " và  các ", " hoặc ", "", ",,",
                  " và các  ", " vàcác ", " và các văn bản ", ", Số ", ", x ", ":\n", " và\u00a0các "]
    texts = []
    for i, separator in enumerate(separators):
        first, second = numbers[i % len(numbers)], numbers[(i + 1) % len(numbers)]
        texts += [f"Quyết định {first}{separator}{second}", f"{second}{separator}{first} của Sở Y tế",
                  f"các Thông tư của Bộ Tài chính: {first}{separator}{second}" + " và các văn bản khác" * 50]
    return texts


@pytest.mark.parametrize("text", _listed_variants())
def test_listed_numbers_found_where_a_list_can_go_on_are_the_patterns_matches(text):
    from pipeline.stages import citations

    assert [m.span() for m in citations._listed(text)] == [m.span() for m in citations._LISTED.finditer(text)]
    assert [m.groupdict() for m in citations._listed(text)] == [m.groupdict() for m in citations._LISTED.finditer(text)]


def _plain_spellings(name: str) -> list[str]:
    """columns._spellings as it was written: every word of the vocabulary compared with every word of the header."""
    from pipeline.stages import columns

    known = columns._header_words()
    variants = [""]
    for word in columns.folded_name(name).split():
        near = [k for k in known if len(k) == len(word) and sum(a != b for a, b in zip(k, word)) == 1] \
            if len(word) >= 3 and word not in known else []
        variants = [f"{v} {w}".strip() for v in variants for w in near or [word]][: columns._MAX_SPELLINGS]
    return variants


def _misread_headers() -> list[str]:
    """Headers with a letter misread at the start, middle and end of a word, a letter dropped or added (no word one letter
    away then), two letters misread, short words, an OCR's symbol, every word misread (many spellings: the cap), none."""
    from pipeline.stages import columns

    words = sorted(columns._header_words())
    headers = ["Thời sian bắt đầu", "Thời øian hoàn thành", "Cơ quan chủ trì", "Cơ quan chu trỉ", "Thoi gian hoan thanx",
               "Đơn vị phối hơp", "Don vi phoi hop thuc hien", "Tiến độ", "Ghi chú", "STT", "", "Nhiêm vụ", "Nhiệm vu cụ thê",
               "ab cd", "xyzw", "Thờigian", "Thời giann", "Kết qủa", "Sản phâm"]
    for word in words[:: max(1, len(words) // 12)]:
        headers += ["x" + word[1:], word[:-1] + "q", word[: len(word) // 2] + "z" + word[len(word) // 2 + 1 :], word + "s"]
    headers.append(" ".join("x" + w[1:] for w in words[:10]))
    return headers


@pytest.mark.parametrize("name", _misread_headers())
def test_spellings_by_blanked_letter_are_the_word_by_word_comparisons(name):
    from pipeline.stages import columns

    assert columns._spellings(name) == _plain_spellings(name)


@pytest.mark.parametrize("key", [
    "", "qui", "huyen phu qui", "xa my qui va xa my quy", "quinh luu", "qui nhon qui", "aqui", "quia", "qui2", "qui qui",
    "so tai chinh", "tinh binh dinh thanh pho qui nhon", "qu i", "q ui",
])
def test_newer_spelling_after_a_test_in_c_is_the_patterns_answer(key):
    pattern, newer = registry._spelling_variants()
    plain = pattern.sub(lambda m: newer[m.group()], key)
    assert registry._newer_spelling(key) == plain


def test_key_spells_older_words_the_newer_way_in_every_form():
    # printed with marks, in capitals, after punctuation, inside a longer word (kept)
    assert registry.key_of("huyện Phú Quí") == registry.key_of("HUYỆN PHÚ QUÝ") == "huyen phu quy"
    assert registry.key_of("xã Mỹ Quí, Tháp Mười") == "xa my quy thap muoi"
    assert registry.key_of("Quinh Lưu") == "quinh luu"


def _registry_prefixes() -> list[str]:
    """Texts an agency list's last name can be: the start of a registry name (one letter, a word, all but the last
    letter, the whole name), the same with a letter changed or added at its end, names past the last one in order and
    before the first, and words no name starts with."""
    from pipeline.stages import assignments

    names = assignments._registry_names()
    texts = ["", "a", "zzz", "~", names[0], names[-1], names[-1] + "z", names[0][:-1] + chr(ord(names[0][-1]) - 1)]
    for name in names[:: max(1, len(names) // 150)]:
        texts += [name[:1], name[: len(name) // 2], name[:-1], name, name + " x", name[:-1] + "q", name.split()[0] + " zz"]
    return texts


def test_a_registry_name_starting_with_the_text_found_in_order_is_the_scan_of_every_name():
    from pipeline.stages import assignments

    names = assignments._registry_names()
    texts = _registry_prefixes()
    assert sum(assignments._starts_a_registry_name(t) for t in texts) > 100  # many are starts of names
    assert [assignments._starts_a_registry_name(t) for t in texts] == [any(n.startswith(t) for n in names) for t in texts]


def _plain_names_cut() -> re.Pattern:
    """citations._names_cut_by_the_issuer_pattern as it was: one alternative a name, in order, all tried everywhere."""
    from pipeline.stages import citations

    stop = re.compile(rf"[,\-–]|\b(?:{strip_marks(citations._ISSUER_STOP).lower()})\b")
    rows = registry.registry_rows("agencies.csv")
    forms = {strip_marks(form).lower().strip() for row in rows for form in (row["name"], *row["aliases"].split("|")) if form}
    cut = sorted((form for form in forms if stop.search(form)), key=len, reverse=True)
    words = "|".join(citations._SEPARATOR.join(map(re.escape, re.split(citations._SEPARATOR, form))) for form in cut)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _cut_name_texts() -> list[str]:
    """Registry names in a citation's words: as printed, with other separators ("," glued, " - ", "–", two spaces, a
    line break), cut short, run on into a longer word or a name of the registry, after a word glued to them, twice."""
    from pipeline.stages import citations

    stop = re.compile(rf"[,\-–]|\b(?:{strip_marks(citations._ISSUER_STOP).lower()})\b")
    forms = sorted({strip_marks(row["name"]).lower() for row in registry.registry_rows("agencies.csv")})
    cut = [f for f in forms if stop.search(f)]
    texts = []
    for form in cut[:: max(1, len(cut) // 60)]:
        texts += [f"cua {form} huong dan", form.replace(", ", ",") + ".", form.replace(" ", "  ").replace(",", " - "),
                  form.replace(" ", "\n", 2), form[: len(form) // 2], form + "x", "x" + form, f"{form}, {form} tinh lao cai",
                  form.replace(",", " –")]
    # a name after a word character or a digit (no name there: s30-speed8 reads the look-behind after the first letter)
    texts += [f"{glue}{form}" for form in cut[:: max(1, len(cut) // 20)] for glue in ("x", "1", "_", "đ", "ß", "(", " ", "\n")]
    return texts + ["", "so lao dong", "bo van hoa, the thao va du lich tinh", "so.lao dong, thuong binh va xa hoi"]


def test_names_cut_read_down_their_tree_match_as_the_plain_alternation():
    from pipeline.stages import citations

    tree, plain = citations._names_cut_by_the_issuer_pattern(), _plain_names_cut()
    texts = _cut_name_texts()
    assert sum(1 for t in texts if plain.search(t)) > 100
    for text in texts:
        assert list(tree.spans(text)) == [m.span() for m in plain.finditer(text)], text
        for start in range(0, len(text), 7):  # searched from inside the text, as _whole_issuer does
            assert next(tree.spans(text, start), None) == (m.span() if (m := plain.search(text, start)) else None)


def test_names_of_one_word_or_an_empty_first_word_match_as_the_plain_alternation():
    """s54-speed: the names are read down a tree in Python (no pattern of them compiled); a name of one word ("so"
    before "so."), or one whose form starts with a separator (an empty first word), is found as the alternation finds it."""
    from pipeline.stages import citations

    for names in ([["so", "lao"], ["so."], ["so"]], [["", "y", "te"], ["so", "y", "te"]], [["bo", "y", "te"], ["bo", "y"]]):
        tree = citations.NameTree(names)
        plain = re.compile(rf"(?<!\w)(?:{'|'.join(citations._SEPARATOR.join(map(re.escape, words)) for words in names)})(?!\w)")
        for text in ("so. lao", "so lao dong", "x so", "so", "- y te", "so - y te", "bo y tế", "bo y te", "bo, y", "(so.)"):
            assert list(tree.spans(text)) == [m.span() for m in plain.finditer(text)], (names, text)
            for start in range(len(text)):
                assert next(tree.spans(text, start), None) == (m.span() if (m := plain.search(text, start)) else None)


# Names that share words, one a word of another with a full stop after it, or ending where another goes on: the tree
# must try the longer first, as the plain alternation (longest first) does.
_SHARED_NAMES = ["so y te", "so y te tinh", "so y te, tinh lao cai", "so y", "so y.te", "so y.te moi", "so ytế",
                 "uy ban nhan dan", "uy ban nhan dan tinh", "uy ban - nhan dan", "uy ban, nhan dan tinh lao cai",
                 "uy ban mat tran", "uy ban mat tran to quoc", "ban to", "ban to chuc"]
_SHARED_TEXT = st.lists(st.sampled_from([*_SHARED_NAMES, " ", ", ", " - ", "–", ".", "x", "\n", "tinh", "lao cai", "moi"]),
                        max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_SHARED_TEXT)
@example("so y.te moi")
@example("uy ban nhan dan tinh lao cai")
@example("uy ban, nhan dan tinh lao cai")
def test_names_sharing_words_match_as_the_plain_alternation(text):
    from pipeline.stages import citations

    names = [re.split(citations._SEPARATOR, name) for name in sorted(_SHARED_NAMES, key=len, reverse=True)]
    tree = citations.NameTree(names)
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(citations._SEPARATOR.join(map(re.escape, words)) for words in names)})(?!\w)")
    assert list(tree.spans(text)) == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):
        assert next(tree.spans(text, start), None) == (m.span() if (m := plain.search(text, start)) else None)


@pytest.mark.parametrize("lead", ["các Thông tư của Bộ Tài chính: số 12/2025/TT-BTC", "Quyết định của UBND tỉnh :số:3/QĐ-UBND",
                                  "các Nghị định của Chính phủ  :\n số 10/2020/NĐ-CP", "Kế hoạch của Sở Y tế:số  :  7/KH-SYT",
                                  "Công văn của Sở: Số 12/SYT", "Thông tư của Bộ: số x", "Luật của Quốc hội số 12/QH14"])
def test_list_leads_are_looked_for_only_where_their_end_is(lead):
    """_with_listed searches _LIST_LEAD only in a text where _LIST_LEAD_END is: never where a lead could be."""
    from pipeline.stages import citations

    for text in (lead, f"Căn cứ {lead}, {lead}; và các văn bản khác", "x " * 200 + lead):
        assert not citations._LIST_LEAD.search(text) or citations._LIST_LEAD_END.search(text)


# ---------------------------------------------------------------------------------------------------------------
# Issue 20 (HTML): tables drawn by styles looked for among the elements that have a style or a role


_DRAWN_TAGS = ["div", "section", "ul", "ol", "span", "p", "li"]
_DRAWN_ATTRIBUTES = ["", ' style="display: table"', ' style="display: TaBlE-row-GROUP"', ' style="display: \u0130table"',
                     ' style="font-weight: bold; display:table-cell"', " role='Row'", ' style="Display: TABLE"', ' style="DISPLAY:TABLE-ROW"', ' style="color:red; display : Table-Cell"',
                     ' style="display: tablex"', ' style="width: 5px"', ' style="display:flex; /* table */"', ' style=""',
                     ' role="table"', ' role=" GRID "', ' role="row"', ' role="cell"', ' role=""', ' role="tab"',
                     ' style="display: table" role="row"', ' style="display: block" role="table"', ' class="table"']


@st.composite
def _drawn_pages(draw, depth=3):
    """Elements of a page nested a few deep, each with a style or role that may draw it as a table's part."""
    def element(level):
        tag = draw(st.sampled_from(_DRAWN_TAGS))
        children = "".join(element(level + 1) for _ in range(draw(st.integers(0, 3 if level < depth else 0))))
        return f"<{tag}{draw(st.sampled_from(_DRAWN_ATTRIBUTES))}>t{children}</{tag}>"
    return "<html><body>" + "".join(element(0) for _ in range(draw(st.integers(1, 3)))) + "</body></html>"


@settings(max_examples=500, deadline=None)
@given(_drawn_pages())
def test_elements_drawn_as_tables_are_those_of_every_div(page):
    from lxml import etree

    from parsers import html

    root = etree.fromstring(page, etree.HTMLParser())
    plain = [e for e in root.iter("div", "section", "ul", "ol") if html._drawn_as(e) == "table"]
    assert [e for e in html._may_be_drawn_as_table(root) if html._drawn_as(e) == "table"] == plain


# A cell's lines joined in a PDF: whether a line goes on a year the line before broke, read at the end of that line
# only and after a test of the line's first character; the reference searches the whole line.
def _year_goes_on_by_the_pattern(before: str, line: str) -> bool:
    from parsers.pdf import _YEAR_CUT, _YEAR_REST

    cut, rest = _YEAR_CUT.search(before), _YEAR_REST.match(line)
    return bool(cut and rest) and len(year := cut.group(1) + rest.group(1)) == 4 and year.startswith(("19", "20"))


_DATE_PIECES = ["31", "10", "/", "202", "20", "2", "1", "9", "6", "026", "26", "Quý", "IV", "III", " ", "Tháng", "ngày", "x",
                "/2", "-", "a", "đ"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=10).map("".join), st.lists(st.sampled_from(_DATE_PIECES), max_size=4).map("".join))
@example("Hoàn thành trước 31/10/202", "6")
@example("a" * 30 + " Quý IV/20", "26 năm")
def test_year_goes_on_is_the_pattern(before, line):
    from parsers.pdf import _year_goes_on

    assert _year_goes_on(before, line) == _year_goes_on_by_the_pattern(before, line)


def _place_pieces() -> list[str]:
    """What a line naming a place is made of: every place name and alias the registry knows, whole and word by word in
    each case, the abbreviations and their expansions, and what key_of reads around them (separators, remarks in
    parentheses, "&" and "và", an older spelling, a former body's mark, a commune word, a name that is no place's, the
    characters whose small letter re's ignore-case reads otherwise)."""
    reg = registry.registry()
    names = sorted({name for j in reg.jurisdictions.values() if j.level != "Trung ương" for name in (j.name, *j.aliases)})
    words = sorted({case(word) for name in names for word in name.split() for case in (str, str.upper, str.lower, str.title)})
    rows = registry.registry_rows("agency_abbreviations.csv")
    around = [" ", "", "-", "_", "(", ")", "(cũ)", "(chủ trì)", ",", ".", "&", " và ", "\t", "\n", "İ", "\u212a", "ı", "ſ", "qui",
              "Quí", "QUÍ", "các xã, phường", "xã ", "Xã ", "Đoàn TNCS ", "Sở Y tế", "a", "1", "Ư"]
    return names + words + [row["abbreviation"] for row in rows] + [row["expansion"] for row in rows] + around


def _place_by_the_key(text: str) -> str | None:
    reg = registry.registry()
    return reg.place_named_in_key(registry.key_of(text))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_place_pieces()), max_size=8).map("".join))
@example("Hà TU")  # "tỉnh ủy" after "Hà": Hà Tĩnh
@example("\u212aHÁNH HÒA")  # the Kelvin sign, whose small letter is "k"
@example("Hà (chủ trì) Nội")
@example("Hà (Nội")
def test_place_named_after_its_pre_test_is_the_keys(text):
    assert registry.registry().place_named_in(text) == _place_by_the_key(text)


def test_place_named_after_its_pre_test_is_the_keys_on_every_sample_line():
    lines = [line for path in sorted((ROOT / "corpus").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    reg = registry.registry()
    assert [reg.place_named_in(line) for line in lines] == [_place_by_the_key(line) for line in lines]
    # the pre-test rules out most lines (those that name no place), and no line that names one
    passed = sum(map(reg.may_name_a_place, lines))
    named = sum(_place_by_the_key(line) is not None for line in lines)
    assert named <= passed < len(lines) / 4


# A bold heading (s24-structure): the bold test before the words are counted, most lines being in plain type
def _bold_heading_line_as_written(block, label) -> bool:
    from pipeline.stages import sections

    words = len((block.text or "").split())
    return sections._bold_line(block, label) and sections._title_line(block.text or "") and 1 < words <= sections._MAX_BOLD_HEADING_WORDS


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.none(), st.lists(st.sampled_from(["Mục", "tiêu", "NHIỆM", "vụ", "1.", ";", ":", ".", " ", "\u00a0", "\n", "a" * 60]),
                                     max_size=16).map("".join)),
       st.booleans(), st.booleans(), st.booleans())
@example("Mục tiêu", True, False, False)
@example("Mục tiêu chung của kế hoạch này là bảo đảm thực hiện", True, False, False)
def test_bold_heading_test_answers_as_written(text, bold, in_table, labelled):
    from pipeline.model import Block, Provenance, Table
    from pipeline.stages import sections
    from pipeline.stages.numbering import classify

    table = Table(n_rows=1, n_cols=1) if in_table else None
    block = Block(id="b0001", orig=text or "", prov=Provenance(reader="html"), text=text, table=table, bold=bold)
    label = classify("1. Mục tiêu") if labelled else None
    assert sections._bold_heading_line(block, label) == _bold_heading_line_as_written(block, label)


# Issue 20 (HTML, s26-htmlspeed3): a line's first character tested before the site-bullet pattern; the short lines
# outside tables folded once for the tables stage's three counts of running lines

@given(st.lists(st.sampled_from(["•", "·", " ", "\t", "-", "*", "B", "Ộ", " Số: 1/KH", "|", "\n"]), max_size=12).map("".join))
@example("• BỘ GIÁO DỤC")
@example("·")
@example(" • BỘ")
def test_first_cell_tests_the_bullet_first_as_the_pattern_would(text):
    from pipeline.model import Block, Provenance
    from pipeline.stages import clean

    def plain_first_cell(block):  # clean._first_cell as written before its first-character test
        line = clean.without_star(clean._SITE_BULLET.sub("", block.text or ""))  # s38-fixstar: the star ornament too
        if "Số" in line:
            line = clean._NUMBER_AFTER.sub("", line)
        if "|" not in line or block.prov.reader != "txt":
            return line
        return line.lstrip("| ").split("|", 1)[0].rstrip()

    assert clean._SITE_BULLETS  # the characters the pattern's class holds
    for reader in ("txt", "html"):
        block = Block(id="b0001", orig=text, prov=Provenance(reader=reader), text=text)
        assert clean._first_cell(block) == plain_first_cell(block)


_LINES = st.sampled_from(["Trang 2", "TRANG 2", "trang 2", "", "  ", "Kế hoạch số 12/KH-UBND", "x" * 101, "Sở Y tế", "2"])


@given(st.lists(st.tuples(_LINES, st.booleans()), max_size=12), st.booleans())
def test_running_lines_from_lines_folded_once_are_the_plain_count(lines, once):
    from collections import Counter

    from pipeline.model import Block, Provenance
    from pipeline.stages import tables

    blocks = [Block(id=f"b{k:04d}", orig=text, prov=Provenance(reader="html"), text=text, table="table_1" if in_table else None)
              for k, (text, in_table) in enumerate(lines)]
    # tables._running_lines as written before it took the folded lines: each call folds its blocks
    seen = Counter(fold(b.text).strip() for b in blocks if b.table is None and b.text and len(b.text) <= tables._RUNNING_LINE)
    plain = frozenset(text for text, count in seen.items() if text and (once or count > 1))
    short = tables._short_lines(blocks)
    assert tables._running_lines(blocks, short, once=once) == plain
    # counted over a part of the blocks, with the folded lines of all of them (as the stage counts the text outside tables)
    part = blocks[::2]
    seen = Counter(fold(b.text).strip() for b in part if b.table is None and b.text and len(b.text) <= tables._RUNNING_LINE)
    assert tables._running_lines(part, short, once=once) == frozenset(t for t, c in seen.items() if t and (once or c > 1))


# The place pre-test looks for a name only where a word starts (s30-speed8): a name run on from a letter or a digit of
# the same word is no name of the key, and is ruled out before key_of; one after any other character is tried.
@pytest.mark.parametrize("text", ["xHà Nội", "1Hà Nội", "Sở Nội vụhà nội", "2Tiền Giang", "phaLào Cai", "abchue"])
def test_place_pre_test_rules_out_a_name_run_on_from_a_word(text):
    reg = registry.registry()
    assert _place_by_the_key(text) is None
    assert not reg.may_name_a_place(text)


@pytest.mark.parametrize("text", ["Hà Nội", "Tại: Hà Nội.", "ßHà Nội", "中Lào Cai", "-Tiền Giang", "tỉnh_Huế", "“Hà Nam”"])
def test_place_pre_test_keeps_a_name_after_any_other_character(text):
    reg = registry.registry()
    assert _place_by_the_key(text) is not None
    assert reg.may_name_a_place(text)
