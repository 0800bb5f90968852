"""Legacy text and foreign words: what the repairs for old fonts and lost spaces must leave as the document wrote it."""

from __future__ import annotations

import pytest

from parsers.textlayer import glued_split

# Foreign names, brands and loanwords whose letters happen to spell Vietnamese syllables ("Má la ga"): Latin-1's
# accented letters are Spanish, French and Portuguese letters too, and a run of Vietnamese words holds one only
# Vietnamese writes.
FOREIGN = ["Málaga", "Bogotá", "Panamá", "Mérida", "Canción", "Gabón", "Mónaco",  # Spanish
           "Hélène", "Ségolène", "Thérèse", "Genève", "Côte", "Québec", "Rémi", "Lomé", "Mélina",  # French
           "Pelé", "Lancôme",  # names and brands ("Pôlô", every syllable marked, reads as Vietnamese glued)
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
    # a part with no mark ("thanh", "Ninh"): nothing else tells it from a foreign word; every part marked ("chính
    # sách", "nhân dân"): that does (tests/test_s35_review_citations.py)
    every_part_marked = word in ("chínhsách", "nhândân")
    assert (glued_split(word, frozenset(page) - {parts.split()[0].lower()}) is None) != every_part_marked


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


# ---------------------------------------------------------------------------------------------------
# A page saved from a file typed in TCVN3 names its fonts in its style block only: by a selector of elements inside
# others, in the "font" shorthand, in a page saved as UTF-16.

_STYLE_VARIANTS = {
    "simple": "p.MsoNormal {font-family:.VnTime}\np.h {font-family:.VnTimeH}",  # read before, but not from UTF-16
    "descendant": ".Section1 p span {font-family:.VnTime}\n.Section1 p.h span {font-family:.VnTimeH}",
    "child": "div.Section1 > p > span {mso-bidi-font-family:Arial; font-family:\".VnTime\"}\n"
             "div.Section1>p.h>span {font-family:'.VnTimeH'}",
    "shorthand": "p.MsoNormal {font: 13.0pt .VnTime; color: black}\np.h {font:bold 14pt/115% \".VnTimeH\", serif}",
    "descendant_shorthand": ".Section1 p span {font: italic 13pt .VnTime}\n.Section1 .h span {font: 13pt/1.2 .VnTimeH}",
}


def _styled_page(style: str | None) -> str:
    from test_legacy_encodings import PLAN, _typed_in

    paragraphs = []
    for line in PLAN:
        text, _ = _typed_in(line, ".VnTime", legacy=style is not None)
        paragraphs.append(f'<p class="{"h" if line.isupper() else "MsoNormal"}"><span>{text}</span></p>')
    head = f"<head><style>\n<!--\n{style}\n-->\n</style></head>" if style else ""
    return f'<html>{head}<body><div class="Section1">{"".join(paragraphs)}</div></body></html>'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
@pytest.mark.parametrize("style", list(_STYLE_VARIANTS))
def test_a_page_whose_style_block_names_its_legacy_fonts_reads_as_the_unicode_one(tmp_path, style, encoding):
    from pipeline.run import process
    from test_legacy_encodings import summary

    (tmp_path / "unicode.html").write_text(_styled_page(None), encoding="utf-8")
    (tmp_path / "legacy.html").write_text(_styled_page(_STYLE_VARIANTS[style]), encoding=encoding)
    legacy, unicode = process(tmp_path / "legacy.html"), process(tmp_path / "unicode.html")
    assert [b.text for b in legacy.blocks] == [b.text for b in unicode.blocks]
    assert summary(legacy)["issuer"] == "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"


def test_a_rule_for_elements_inside_others_picks_those_only():
    from lxml import html

    from parsers.html import _font_named, style_block_fonts

    page = (b"<html><head><style>.Section1 p span {font-family:.VnTime} span {font: 12pt Arial}</style></head><body>"
            b"<div class='Section1'><p><span>a</span></p></div><p><span>b</span></p><div class='Section1'><span>c</span></div>"
            b"</body></html>")
    rules = style_block_fonts(page, "page.html")
    spans = html.fromstring(page).iter("span")
    assert [_font_named(span, rules) for span in spans] == [".VnTime", "Arial", "Arial"]


@pytest.mark.parametrize("key", ["tcvn3", "vni"])
def test_a_glued_page_typed_in_a_legacy_font_keeps_its_foreign_names(tmp_path, key):
    """The same page typed in TCVN3 or VNI, foreign names typed in the font too ("M¸laga"): converted, then repaired
    in its Vietnamese words only."""
    from pipeline.run import process
    from test_legacy_encodings import encode_line

    lines = (HEADER + "I. MỤC ĐÍCH\n" + BODY[0] + "\nII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.\n").splitlines()
    # the title in capitals: TCVN3 types a marked capital in its capitals font only, a line of them
    lines = [line.upper() if line.startswith("TRIỂNKHAI") else line for line in lines]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(encode_line(line, key) for line in lines) + "\n", encoding="utf-8")
    doc = process(path)
    assert doc.metadata.title.startswith("TRIỂN KHAI HỢP TÁC QUỐC TẾ")
    assert any(block.text == BODY[0] for block in doc.blocks), [b.text for b in doc.blocks]
