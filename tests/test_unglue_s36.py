"""Glued words in OCR'd and copied text (s36-unglue): names whose spaces a scan or a copy lost, split alike by the OCR
reader and the text-layer path, with the words a page prints as the one evidence of which syllables stand as words;
loanwords and brands left whole; the onset spelling rules of the written syllable."""

from __future__ import annotations

import pytest

from parsers import ocr
from parsers.textlayer import glued_split, seen_words

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
    assert ocr._word_text(token) == token and ocr._word_text(token, ocr._name_words() | page) == token


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

