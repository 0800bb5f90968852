"""s56-speed: work cut without changing any output. A cited issuer cut short by the issuer pattern is read to the end
of the registry name it starts (``citations._whole_issuer``) down a tree of the names' words (``citations.NameTree``):
at each place a name may start, only the first words that open with the text's run of word characters there are
tried (the others either are not there or end inside that run, before a word character), not every first word; and
only the names that start before the cut are read, not those of the window's words after it."""

from __future__ import annotations

import itertools
import re

import pytest

from pipeline.stages import citations

# first words that share their run of word characters ("so", "so.", "so.y"), one with a sign inside ("tn&mt"), one run
# the start of another ("tn" / "tnmt", "y" / "ytế"), a marked letter ("ytế", "đoàn")
NAMES = [["so", "y", "te"], ["so.", "noi", "vu"], ["so.y", "te"], ["so"], ["tn&mt", "tinh"], ["tn", "mt"],
         ["tnmt", "tinh"], ["ytế", "xa"], ["y", "te"], ["đoàn", "tn"], ["bo", "y", "te", "tinh"], ["bo", "y"]]
PIECES = ["so", "so.", "so.y", ".", " ", ", ", " - ", "y", "te", "ytế", "tn", "&", "mt", "tnmt", "tinh", "noi", "vu", "xa",
          "đoàn", "bo", "x", "1", "\n"]


def _plain(names: list[list[str]]) -> re.Pattern:
    """The alternation the tree reads as (tests/test_speed_paths.py's reference)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(citations._SEPARATOR.join(map(re.escape, words)) for words in names)})(?!\w)")


def _texts() -> list[str]:
    texts = ["".join(combo) for combo in itertools.product(PIECES, repeat=3)]
    return texts + [" ".join(" ".join(words) for words in NAMES), "so.y te, tn&mt tinh - tnmt tinh ytế xa y te đoàn tn"]


def test_first_words_sharing_a_run_match_as_the_plain_alternation():
    names = sorted(NAMES, key=lambda words: len(" ".join(words)), reverse=True)
    tree, plain = citations.NameTree(names), _plain(names)
    texts = _texts()
    assert sum(1 for text in texts if plain.search(text)) > 1000
    for text in texts:
        assert list(tree.spans(text)) == [m.span() for m in plain.finditer(text)], text
        for start in range(len(text)):
            assert next(tree.spans(text, start), None) == (m.span() if (m := plain.search(text, start)) else None)


class _CountedText(str):
    """A text that counts the first words tested against it (``str.startswith``)."""

    tested: list[str]

    def startswith(self, prefix, *args):
        self.tested.append(prefix)
        return super().startswith(prefix, *args)


@pytest.mark.parametrize("text, tried", [("so y te", {"so", "so.", "so.y"}), ("tn mt", {"tn&mt", "tn"}),
                                         ("tnmt tinh", {"tnmt"}), ("ytế xa", {"ytế"}), ("xa y te", {"y"})])
def test_only_the_first_words_of_the_text_s_run_are_tried(text, tried):
    tree = citations.NameTree(NAMES)
    counted = _CountedText(text)
    counted.tested = []
    assert next(tree.spans(counted), None) == _plain(NAMES).search(text).span()
    assert set(counted.tested) - {word for words in NAMES for word in words[1:]} <= tried


def _reference_whole_issuer(text: str, start: int, end: int, in_capitals: bool) -> tuple[str, int] | None:
    """``_whole_issuer`` as the base wrote it: every name of the window read, those starting after the cut too."""
    names = citations._names_cut_by_the_issuer_pattern()
    window = max(0, start - 1)
    unmarked = citations.strip_marks(text[window : end + citations._LONGEST_CUT_NAME]).lower()
    found = next(((name_start, name_end) for name_start, name_end in names.spans(unmarked, start - window)
                  if name_start + window < end < name_end + window
                  and citations._may_open_an_issuer(text[start : name_start + window])), None)
    if found is None:
        return None
    found_end = found[1] + window
    tail = re.compile(citations._ISSUER_TAIL, re.IGNORECASE if in_capitals else 0).match(text, found_end)
    end = tail.end() if tail and citations._names_a_place(tail.group()) else found_end
    return text[start:end].strip(), end


ISSUERS = ["Bộ Lao động, Thương binh và Xã hội", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
           "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai", "Bộ Tài nguyên và Môi trường", "Sở Y tế",
           "UBND tỉnh và Sở Lao động - Thương binh và Xã hội", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]
AFTER = ["", " về việc hướng dẫn", ", Bộ Tài nguyên và Môi trường", " và Sở Văn hóa, Thể thao và Du lịch",
         " hướng dẫn Sở Lao động, Thương binh và Xã hội tỉnh"]


@pytest.mark.parametrize("issuer, after", list(itertools.product(ISSUERS, AFTER)))
def test_a_cut_issuer_is_read_as_before(issuer, after):
    text = f"Thực hiện Công văn số 12/LĐTBXH-VP ngày 5/6/2026 của {issuer}{after}."
    start = text.index(issuer)
    for end in range(start + 1, min(len(text), start + len(issuer) + 20)):
        for in_capitals in (False, True):
            assert citations._whole_issuer(text, start, end, in_capitals) \
                == _reference_whole_issuer(text, start, end, in_capitals), (text, end)


def test_no_name_after_the_cut_is_read(monkeypatch):
    """The window runs _LONGEST_CUT_NAME characters past the cut: its names there can hold no cut, and are not read."""
    tree = citations._names_cut_by_the_issuer_pattern()
    read: list[tuple[int, int]] = []

    class _Recorded:
        def spans(self, text, pos=0):
            for span in tree.spans(text, pos):
                read.append(span)
                yield span

    monkeypatch.setattr(citations, "_names_cut_by_the_issuer_pattern", lambda: _Recorded())
    text = "của Sở Y tế, Bộ Lao động, Thương binh và Xã hội và Bộ Văn hóa, Thể thao và Du lịch"
    start, end = text.index("Sở Y tế"), text.index("Sở Y tế") + len("Sở Y tế")
    assert citations._whole_issuer(text, start, end, False) is None
    # the first name after the cut stops the reading (the base read the second too)
    assert [name_start + start - 1 >= end for name_start, _ in read] == [True]
