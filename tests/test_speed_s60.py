"""s60-speed (issue 20, the stages every format runs): the clean stage's test for a line printed with every letter
twice ("KKẾẾ  HHOOẠẠCCHH") asks a cheaper pattern first, any two characters each twice, with the same answers.

``clean.doubled_letters_halved`` searched every block of every document for two letters each twice
(``_DOUBLED_PAIRS``, a category looked up at each character): the stages' costliest regex call on the HTML row. Every
match of it is a match of ``_DOUBLED_CHARACTERS``, which about one block in a hundred holds.
"""

from __future__ import annotations

import itertools
import random

import pytest

from pipeline.stages import clean

# Characters a block may hold: letters with and without marks, digits, "_", spaces, line breaks, punctuation.
_ALPHABET = "aAăĂđĐếẾơƠ bBx1_9 \n.,-–()\t"


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(count)]


# Every text of four characters or fewer over a smaller alphabet: each way two pairs can stand or not.
_SMALL = "aẾ1_ \n."
_EVERY_SHORT = ["".join(chars) for n in range(5) for chars in itertools.product(_SMALL, repeat=n)]


@pytest.mark.parametrize("texts", [_texts(4000, seed) for seed in range(3)] + [_EVERY_SHORT],
                         ids=["random-0", "random-1", "random-2", "every-short"])
def test_every_doubled_pair_of_letters_is_a_pair_of_characters(texts):
    for text in texts:
        if clean._DOUBLED_PAIRS.search(text):
            assert clean._DOUBLED_CHARACTERS.search(text), text


class _Recorder:
    """A pattern that records the texts it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, []

    def search(self, text, *args):
        self.asked.append(text)
        return self.pattern.search(text, *args)


# No two characters each twice side by side: one pair ("xoong"), pairs apart ("abab", "a a b b"), a pair and a single.
@pytest.mark.parametrize("text", [
    "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.",
    "1. Hoàn thành trước ngày 30/6/2026",
    "UBND TỈNH LÀO CAI\nSố: 12/KH-UBND",
    "xoong nồi, Hello",
    "abab", "aab", "aaba", "a a b b", "", "a",
])
def test_a_line_with_no_two_characters_doubled_skips_the_letters_pattern(monkeypatch, text):
    recorder = _Recorder(clean._DOUBLED_PAIRS)
    monkeypatch.setattr(clean, "_DOUBLED_PAIRS", recorder)
    assert clean.doubled_letters_halved(text) is None
    assert recorder.asked == []


# Two characters each twice, whatever they are (spaces, digits, dots, line breaks, "_" and "-"): the letters' pattern
# is asked, and finds no letters doubled.
@pytest.mark.parametrize("text", ["Mời    Ông vào", "Tổng cộng: 1100 đồng", "Đường ....sắt", "Sở  \n\nNội vụ",
                                  "Ký hiệu __--", "Mục\n\n\n\nII"])
def test_a_line_with_doubled_characters_but_no_doubled_letters_is_asked_and_left(monkeypatch, text):
    recorder = _Recorder(clean._DOUBLED_PAIRS)
    monkeypatch.setattr(clean, "_DOUBLED_PAIRS", recorder)
    assert clean.doubled_letters_halved(text) is None
    assert recorder.asked == [text]


# The function's answers, as main gives them (guards: they pass on main and must stay so).
@pytest.mark.parametrize("text,halved", [
    ("KKẾẾ  HHOOẠẠCCHH", "KẾ HOẠCH"),
    ("QQUUYYẾẾTT  ĐĐỊỊNNHH::", "QUYẾT ĐỊNH:"),
    ("UBND tỉnh\nCCHHỦỦ  TTỊỊCCHH\nSố: 12", "UBND tỉnh\nCHỦ TỊCH\nSố: 12"),
    ("xoong", None),
    ("Hello world", None),
    ("AABBCC", None),  # ASCII only: a code, not a Vietnamese line
    ("KKẾẾ  HHOOẠẠCCHH số 12", None),  # one word printed once: the line is not doubled
    ("II..  MMỤỤCC  TTIIÊÊUU", "I. MỤC TIÊU"),
    ("ĐĐiiềềuu  11..", "Điều 1."),
    ("((ĐĐãã  kkýý))", "(Đã ký)"),
    # the first two characters each twice are not letters; the doubled line comes after them
    ("Số:  1100\nKKẾẾ  HHOOẠẠCCHH", "Số:  1100\nKẾ HOẠCH"),
    ("....  \n\nNNGGHHỊỊ  QQUUYYẾẾTT", "....  \n\nNGHỊ QUYẾT"),
    ("AABB  CCDD  2020", None),
    ("", None),
])
def test_doubled_letters_halved_answers(text, halved):
    assert clean.doubled_letters_halved(text) == halved


def test_the_clean_stage_halves_a_doubled_heading():
    from pipeline.model import Block, Document, Origin, Provenance

    blocks = [Block(id=f"b{i:04d}", orig=text, prov=Provenance(reader="txt", line_start=i, line_end=i))
              for i, text in enumerate(["UBND TỈNH LÀO CAI", "KKẾẾ  HHOOẠẠCCHH", "Triển khai nhiệm vụ năm 2026."], 1)]
    doc = Document(origin=Origin(path="x.txt", name="x.txt", format="txt", sha256="0" * 64, size=1), blocks=blocks)
    texts = [b.text for b in clean.clean(doc).blocks]
    assert "KẾ HOẠCH" in texts and "Triển khai nhiệm vụ năm 2026." in texts
