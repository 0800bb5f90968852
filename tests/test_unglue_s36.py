"""Glued words in OCR'd and copied text (s36-unglue): names whose spaces a scan or a copy lost, split alike by the OCR
reader and the text-layer path, with the words a page prints as the one evidence of which syllables stand as words;
loanwords and brands left whole; the onset spelling rules of the written syllable."""

from __future__ import annotations

import pytest

from parsers import ocr
from parsers.textlayer import glued_split, seen_words
from pipeline.resources import name_words

# Capitalised words of a name run together, as an OCR'd annex list or a copied page gives them ("58. XãTânMinh"):
# communes, villages, people, bodies; some parts carry no mark ("Minh", "An", "Binh" read without its tone).
NAMES = [("XãTânMinh", "Xã Tân Minh"), ("PhườngBaĐình", "Phường Ba Đình"), ("ThônHòaBình", "Thôn Hòa Bình"),
         ("XãAnPhú", "Xã An Phú"), ("ThônTânPhong", "Thôn Tân Phong"), ("XãLongHải", "Xã Long Hải"),
         ("ThônAnBinh", "Thôn An Binh"), ("PhườngLaGi", "Phường La Gi"), ("BảnNàPhòn", "Bản Nà Phòn"),
         ("NguyễnVănAn", "Nguyễn Văn An"), ("TrầnVănNam", "Trần Văn Nam"), ("LêThịMinh", "Lê Thị Minh"),
         ("SởNộiVụ", "Sở Nội Vụ"), ("BanDânVận", "Ban Dân Vận"), ("TỉnhĐoànLâmĐồng", "Tỉnh Đoàn Lâm Đồng"),
         ("ĐàLạt", "Đà Lạt"), ("TânMinh", "Tân Minh")]
# Brands and foreign names: ASCII CamelCase, a capital inside a foreign word, Latin-1 letters of syllable shapes
FOREIGN = ["Málaga", "McDonald", "iPhone", "VnExpress", "TikTok", "PowerPoint", "eGov", "VNeID", "YouTube", "LinkedIn",
           "WhatsApp", "McKinsey", "DiCaprio", "Hélène", "Bogotá", "MáLaga", "SãoPaulo", "LaPaz", "HĐNDTỉnh"]


@pytest.mark.parametrize("token, meant", NAMES)
def test_a_capitalised_name_glued_splits_on_the_text_layer_path(token, meant):
    assert glued_split(token) == meant  # no page words needed: the capitals tell the cuts


@pytest.mark.parametrize("token, meant", NAMES)
def test_a_capitalised_name_glued_splits_on_the_ocr_path(token, meant):
    assert ocr._word_text(token) == meant
    assert ocr._word_text(f"|{token}") == f"|{meant}"  # a table's rule read onto the word
    assert ocr._word_text(f"{token},") == f"{meant},"


@pytest.mark.parametrize("token", FOREIGN)
def test_brands_and_foreign_names_stay_whole_on_both_paths(token):
    page = seen_words(["La Paz và Sao Paulo: la ga, la paz"])  # not "má": every part printed apart is evidence
    assert glued_split(token) is None and glued_split(token, page) is None
    assert ocr._word_text(token) == token and ocr._word_text(token, name_words() | page) == token


# a glued token without a letter only Vietnamese writes, a part of it bare ("thu", "kem", "mai"): split only where the
# page prints its parts apart; the OCR reader takes the page's words, as the text-layer path takes the document's
PAGE_PRINTED = [("cáthu", "cá thu", "Cá thu, cá ngừ đại dương"), ("bánhkem", "bánh kem", "Cơ sở bánh, kem"),
                ("vàngmai", "vàng mai", "Hoa mai vàng")]


def _words(line: str) -> list[ocr.Word]:
    return [ocr.Word(text, 95.0, 10 * n, 0, 10 * n + 8, 10, (1, 1, 1)) for n, text in enumerate(line.split())]


@pytest.mark.parametrize("token, meant, line", PAGE_PRINTED)
def test_the_ocr_path_takes_the_words_its_page_prints(token, meant, line):
    seen = ocr.page_evidence(_words(line) + _words(token))
    assert ocr._word_text(token, seen) == meant
    assert ocr._line_text(_words(f"Nuôi {token}"), seen) == f"Nuôi {meant}"
    assert ocr._word_text(token) == token  # no page that prints them: left as read


@pytest.mark.parametrize("token, meant, line", PAGE_PRINTED)
def test_the_text_layer_path_takes_the_same_evidence(token, meant, line):
    assert glued_split(token, seen_words([line])) == meant
    assert glued_split(token) is None


def test_the_page_words_leave_punctuation_and_a_tables_rule_out():
    assert seen_words(["|Minh", "(Tân,", "“Xã”", "Hòa;"]) == {"minh", "tân", "xã", "hòa"}


def test_a_copied_annex_list_of_glued_names_is_split_with_a_warning(processed):
    doc = processed("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    "Số: 12/KH-UBND\nLâm Đồng, ngày 03 tháng 10 năm 2025\nKẾ HOẠCH\nRà soát địa bàn\n"
                    "Danh sách: XãTânMinh; PhườngBaĐình; ThônHòaBình; XãAnPhú.\nI. Mục đích\n")
    text = "\n".join(b.text for b in doc.blocks if b.text)
    assert "Xã Tân Minh; Phường Ba Đình; Thôn Hòa Bình; Xã An Phú." in text
    assert "words_unglued" in {w.code for w in doc.warnings}


# ---------------------------------------------------------------------------------------------------
# The onset's spelling before the rhyme (quốc ngữ): k/gh/ngh before e, ê, i (k also y); c/ng never there, g not
# before e, ê, y (before i it is "gi"); q only in "qu"

def _rhymes() -> list[str]:
    from pipeline.resources import json_data

    return json_data("vietnamese_syllables.json")["rhymes"]


def _spelt(onset: str, fits) -> list[str]:
    return [onset + rhyme for rhyme in _rhymes() if fits(rhyme[0])]


FRONT = "eêiy"
INVALID = sorted({*_spelt("k", lambda v: v not in FRONT), *_spelt("gh", lambda v: v not in "eêi"),
                  *_spelt("ngh", lambda v: v not in "eêi"), *_spelt("c", lambda v: v in FRONT),
                  *_spelt("ng", lambda v: v in FRONT), *_spelt("g", lambda v: v in "eêy"),
                  *_spelt("q", lambda v: v != "u")})  # "qa", "qo"; "q" + a rhyme on "u" is "qu…"
VALID = sorted({*_spelt("k", lambda v: v in FRONT), *_spelt("gh", lambda v: v in "eêi"), *_spelt("ngh", lambda v: v in "eêi"),
                *_spelt("c", lambda v: v not in FRONT), *_spelt("ng", lambda v: v not in FRONT),
                *_spelt("g", lambda v: v not in "eêy"), *_spelt("qu", lambda v: v not in "uo")})


def test_the_generated_lists_are_hundreds():
    assert len(INVALID) > 300 and len(VALID) > 300


@pytest.mark.parametrize("word", INVALID)
def test_an_onset_before_a_vowel_quoc_ngu_does_not_write_it_before_is_no_syllable(word):
    from parsers.textlayer import is_syllable

    assert not is_syllable(word)


@pytest.mark.parametrize("word", VALID)
def test_an_onset_before_a_vowel_it_is_written_before_is_a_syllable(word):
    from parsers.textlayer import is_syllable

    assert is_syllable(word)


# words of real documents that must stay syllables: tones, capitals, "gi" before i, names of minority languages
REAL = ["kế", "Kế", "KẾ", "kỳ", "kiểm", "kênh", "kịp", "ghi", "ghế", "nghe", "nghị", "Nghị", "NGHỊ", "nghiêng",
        "nghiệp", "gì", "gìn", "giếng", "gia", "giữ", "gieo", "gỗ", "gắn", "cũng", "của", "cơ", "quốc", "quy", "quyết",
        "ngày", "ngoài", "nguyễn", "Kon", "KON", "Kạn", "KẠN", "Ka", "Kông", "Kơ"]


@pytest.mark.parametrize("word", REAL)
def test_real_words_stay_syllables(word):
    from parsers.textlayer import is_syllable

    assert is_syllable(word)


@pytest.mark.parametrize("word", ["kon", "kạn", "ka", "ce", "ci", "cy", "ge", "gê", "nge", "ngi", "ghu", "gha", "nghơ",
                                  "qa", "qo", "cế", "Ce", "GHU", "Nge"])
def test_a_misspelt_onset_is_no_syllable_in_small_letters_and_a_name_only_writes_k(word):
    from parsers.textlayer import is_syllable

    assert not is_syllable(word)


def test_every_word_of_the_samples_that_spells_onset_and_rhyme_stays_a_syllable():
    import re
    import unicodedata
    from pathlib import Path

    from parsers.textlayer import is_syllable, spelling

    rules = spelling()

    tones = "\u0300\u0301\u0303\u0309\u0323"

    def onset_and_rhyme(word: str) -> bool:  # the spelling without the onset rules: one tone, an onset, a rhyme
        decomposed = unicodedata.normalize("NFD", word.lower())
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        return sum(c in tones for c in decomposed) < 2 and any(base.startswith(o) and base[len(o):] in rules.rhymes
                                                              for o in rules.onsets)

    samples = Path(__file__).resolve().parent.parent / "corpus"
    words = {w for path in samples.glob("*.txt") for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))}
    assert len(words) > 1000
    assert [w for w in words if onset_and_rhyme(w) and not is_syllable(w)] == []


# ---------------------------------------------------------------------------------------------------
# Loanwords, chemical and unit names: written whole, never cut as syllables glued

LOANWORDS = ["nitơ", "Nitơ", "NITƠ", "bazơ", "môtơ", "tơrớt", "nitơrat", "vắcxin", "sơmi", "tuốcbin", "kilômét",
             "KILÔMÉT", "xentimét", "kilôgam", "ôxi", "ôzôn", "hêli", "pôlime", "rađiô", "amiăng", "ampe", "Pari"]
# a word that is a syllable on its own, or a hyphenated spelling whose pieces are: never cut either
WHOLE = ["gam", "mét", "lít", "vôn", "oát", "tấn", "Pa-ri", "ô-xi", "vắc-xin", "ra-đi-ô", "xăng-dầu", "ki-lô-mét",
         "tơ-rớt", "mô-tơ", "ni-tơ"]


@pytest.mark.parametrize("word", LOANWORDS + WHOLE)
def test_a_loanword_or_a_unit_stays_whole_on_both_paths(word):
    page = seen_words(["ni tơ mô tơ sơ mi vắc xin ki lô mét"])  # its pieces printed apart elsewhere: still whole
    assert glued_split(word) is None and glued_split(word, page) is None
    assert ocr._word_text(word) == word and ocr._word_text(f"{word},") == f"{word},"


@pytest.mark.parametrize("token, meant", [("khínitơ", "khí nitơ"), ("KhíNitơ", "Khí Nitơ"), ("tiêmvắcxin", "tiêm vắcxin"),
                                          ("sốkilômét", "số kilômét")])
def test_a_loanword_glued_to_a_word_is_one_piece_of_the_cut(token, meant):
    assert glued_split(token) == meant
    assert ocr._word_text(token) == meant


@pytest.mark.parametrize("token, meant", [("nguycơ", "nguy cơ"), ("độngcơ", "động cơ"), ("xăngdầu", "xăng dầu"),
                                          ("lítxăng", "lít xăng"), ("thờicơ", "thời cơ")])
def test_vietnamese_words_that_end_like_a_loanword_still_split(token, meant):
    assert glued_split(token) == meant
