"""Legacy text and foreign words: what the repairs for old fonts and lost spaces must leave as the document wrote it."""

from __future__ import annotations

import pytest

from parsers.textlayer import glued_split

# Foreign names, brands and loanwords whose letters happen to spell Vietnamese syllables ("Má la ga"): Latin-1's
# accented letters are Spanish, French and Portuguese letters too, and a run of Vietnamese words holds one only
# Vietnamese writes.
FOREIGN = ["Málaga", "Bogotá", "Panamá", "Mérida", "Canción", "Gabón", "Mónaco",  # Spanish
           "Hélène", "Ségolène", "Thérèse", "Genève", "Côte", "Québec", "Rémi", "Lomé", "Mélina",  # French
           "Pelé", "Lancôme", "Pôlô",  # names and brands
           "pôlime", "hêli"]  # chemical names in French spelling
# the words a Vietnamese page prints apart: none of a foreign name's pieces but "la", "ga", "co" a page may hold
PAGE_WORDS = frozenset("kế hoạch triển khai thực hiện năm của ủy ban nhân dân tỉnh la ga co na lo".split())


@pytest.mark.parametrize("word", FOREIGN)
def test_a_foreign_word_of_syllable_shapes_is_not_split(word):
    assert glued_split(word) is None
    assert glued_split(word, PAGE_WORDS) is None


@pytest.mark.parametrize("word, parts", [("TRIỂNKHAI", "TRIỂN KHAI"), ("kếhoạch", "kế hoạch"), ("thànhphố", "thành phố"),
                                         ("Hộiđồng", "Hội đồng"), ("cánbộ", "cán bộ"), ("CHỦTỊCH", "CHỦ TỊCH")])
def test_vietnamese_words_glued_still_split(word, parts):
    assert glued_split(word) == parts


@pytest.mark.parametrize("word, page, parts", [
    ("Phátthanh", {"phát", "thanh"}, "Phát thanh"),  # letters French writes too, each part printed apart
    ("chínhsách", {"chính", "sách"}, "chính sách"),
    ("Ninhbình", {"ninh", "bình"}, "Ninh bình"), ("nhândân", {"nhân", "dân"}, "nhân dân"),
])
def test_a_glued_token_without_a_letter_only_vietnamese_writes_splits_where_the_page_prints_its_parts(word, page, parts):
    assert glued_split(word, frozenset(page)) == parts
    assert glued_split(word, frozenset(page) - {parts.split()[0].lower()}) is None  # nothing tells it from a foreign word


HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 118/KH-UBND\nKhánh Hòa, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTRIỂNKHAI hợp tác quốc tế với các địa phương "
          "nước ngoài năm 2026\nCăn cứ Nghị quyết của Hội đồngnhân dân tỉnh;\n")
BODY = [
    "- Đón đoàn thành phố Málaga (Tây Ban Nha) và tỉnh Bogotá; làm việc với bà Ségolène Thérèse tại Genève.",
    "- Hợp tác với Lancôme, Pelé Foundation về hóa chất pôlime; khảo sát khí hêli.",
    "- Liên hệ: lienhe@kếhoạchđầutư.vn; https://turismo.málaga.eu/Mérida; www.sởkếhoạch.vn/Hélène",
    "- Đầu mối: UBND, HĐND, SNNMT, ĐBSCL, COVID-19, WTO.",
]


@pytest.mark.parametrize("line", BODY, ids=["names", "brands_chemicals", "addresses", "abbreviations"])
def test_a_glued_page_repairs_its_vietnamese_words_only(processed, line):
    doc = processed(HEADER + "I. MỤC ĐÍCH\n" + line + "\nII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.\n")
    assert doc.metadata.title.startswith("TRIỂN KHAI hợp tác quốc tế")
    assert "words_unglued" in {w.code for w in doc.warnings}
    assert any(block.text == line for block in doc.blocks), [b.text for b in doc.blocks if b.text and b.text[0] == "-"]
