"""The letters of Vietnamese by case (pipeline/text.py CAPITAL_LETTERS, SMALL_LETTERS; "\\p{Lu}", "\\p{Ll}" in data
files): a regex range "À-Ỹ" holds small letters ("à", "đ", "ư", "ờ") and "à-ỹ" capitals ("Đ", "Ư", "Ờ"), so patterns
meant for a capital took a word in small letters whose first letter carries a mark, and not one whose first is plain."""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import write_in_form
from parsers.footnotes import note_start_apart
from pipeline.resources import csv_rows, json_data
from pipeline.run import process
from pipeline.stages.agencies import _split_people

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_SMALL = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES] + list("bcdđghklmnpqrstvx")


def test_every_vietnamese_letter_is_in_the_class_of_its_case_only():
    from pipeline.text import CAPITAL_LETTERS, SMALL_LETTERS
    capital, small = re.compile(f"[{CAPITAL_LETTERS}]"), re.compile(f"[{SMALL_LETTERS}]")
    for letter in _SMALL:
        assert small.fullmatch(letter) and not capital.fullmatch(letter), letter
        assert capital.fullmatch(letter.upper()) and not small.fullmatch(letter.upper()), letter.upper()


def test_data_files_write_the_classes_out():
    from pipeline.text import CAPITAL_LETTERS, SMALL_LETTERS, with_letter_classes
    assert with_letter_classes(r"^[\p{Lu}][\p{Ll}]+") == f"^[{CAPITAL_LETTERS}][{SMALL_LETTERS}]+"
    for name in ("sections.json", "addressees.json", "task_tables.json"):
        assert r"\p{" not in repr(json_data(name))
    assert not any(r"\p{" in row["word"] for row in csv_rows("body_words.csv"))


@pytest.mark.parametrize("line, apart", [
    ("1Quyết định số 12/QĐ-UBND.", "1 Quyết định số 12/QĐ-UBND."),
    ("2Ủy ban nhân dân tỉnh.", "2 Ủy ban nhân dân tỉnh."),
    ("3ước tính theo giá năm 2025.", "3ước tính theo giá năm 2025."),  # a small letter opens no note
    ("3đồng một năm.", "3đồng một năm."),
])
def test_a_notes_mark_is_set_apart_only_before_a_capital(line, apart):
    assert note_start_apart(line) == apart


@pytest.mark.parametrize("text, names", [
    ("Lê Quang Vinh Phạm Thu Hà", "Lê Quang Vinh ; Phạm Thu Hà"),
    ("Đỗ Văn Ưng Trần Thị Ánh", "Đỗ Văn Ưng ; Trần Thị Ánh"),
    # a word in small letters: no run of names, whatever its first letter
    ("Lê Quang Vinh ủy quyền Phạm Thu", "Lê Quang Vinh ủy quyền Phạm Thu"),
    ("Lê Quang Vinh đôn đốc Phạm Thu", "Lê Quang Vinh đôn đốc Phạm Thu"),
])
def test_names_run_together_are_cut_only_in_capitalised_words(text, names):
    assert _split_people(text) == names


PLAN_HEADER = ["ỦY BAN NHÂN DÂN", "XÃ HẢI AN", "Số: 14/KH-UBND", "Hải An, ngày 03 tháng 3 năm 2026", "KẾ HOẠCH",
               "Phát triển nghề làm muối năm 2026"]
PLAN_CLOSING = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Bình"]


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("first_words", [("nâng", "bảo"), ("ổn định", "ứng dụng"), ("đẩy mạnh", "đúng")])
def test_a_colon_before_words_in_small_letters_reads_alike_whatever_the_first_letter(tmp_path, form, first_words):
    """"1. Mục đích: nâng …" reads as "1. Mục đích: ổn định …" does, whatever the first letter of the words after the
    colon (a range "À-Ỹ" took "ổ" for a capital): in a list of such items each is a run-in heading over its text
    (s34-structure8's rule; s34-tables25 wrote this test when no small-letter text was headed)."""
    items = [f"1. Mục đích: {first_words[0]} thu nhập của diêm dân.", f"2. Yêu cầu: {first_words[1]} tiến độ đề ra."]
    doc = process(write_in_form(tmp_path, [*PLAN_HEADER, "I. NỘI DUNG", *items, "II. TỔ CHỨC THỰC HIỆN",
                                           "Các thôn thực hiện.", *PLAN_CLOSING], form))
    (part, _) = [n for n in doc.sections if n.kind == "roman"]
    assert [(n.heading, n.text) for n in part.children] == [tuple(item.split(" ", 1)[1].split(": ", 1)) for item in items]
