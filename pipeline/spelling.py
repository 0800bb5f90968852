"""The spelling rules of a written Vietnamese syllable (onset + rhyme + one tone), from
``pipeline/data/vietnamese_syllables.json``: read by the readers (is a PDF's text layer Vietnamese, where a glued
word splits, an OCR letter respelt) and by the stages (does a table's line go on in words, is a name written as one)
alike, so they live apart from both."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .resources import json_data
from .text import fold

SYLLABLES = "vietnamese_syllables.json"
# combining tone marks (NFD) and the tone each writes
_TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
_STOP_FINALS = ("p", "t", "c", "ch")


@dataclass(frozen=True)
class Spelling:
    onsets: tuple[str, ...]  # longest first, so "ngh" is tried before "ng" and "n"
    rhymes: frozenset[str]
    tone_on_stop: frozenset[str]
    letter_only_vietnamese: re.Pattern[str]  # "ơ", "ạ", "ế": no other Latin alphabet writes it
    only_before: dict[str, str]  # onset -> the letters its rhyme may open on ("k": "eêiy")
    never_before: dict[str, str]  # onset -> the letters its rhyme may not open on ("c": "eêiy")
    in_names_before_any: frozenset[str]  # onsets a capitalised name writes before any vowel ("Kon Tum")
    loanwords: frozenset[str]  # written as one word, never cut ("nitơ", "kilômét")

    def onset_fits(self, onset: str, rhyme: str, capitalised: bool) -> bool:
        """Whether the onset is written before the rhyme's first letter ("ke", "ca"; not "ce", "ka", "nge")."""
        first = rhyme[:1]
        if onset in self.only_before and first not in self.only_before[onset]:
            return capitalised and onset in self.in_names_before_any
        return first not in self.never_before.get(onset, "")


@cache
def spelling() -> Spelling:
    data = json_data(SYLLABLES)
    return Spelling(tuple(sorted(data["onsets"], key=len, reverse=True)), frozenset(data["rhymes"]),
                    frozenset(data["tone_on_stop"]), re.compile(data["letters_only_vietnamese"], re.IGNORECASE),
                    data["onset_only_before"], data["onset_never_before"], frozenset(data["onset_in_names_before_any"]),
                    frozenset(data["loanwords_written_whole"]))


@cache
def is_syllable(word: str) -> bool:
    """"Nghị", "quyết", "ĐỒNG", "Kon" are written Vietnamese syllables; "ndm", "D6ng", "THƢƠNG", "hƣớng", "nge", "ka"
    are not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [_TONES[c] for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    rules = spelling()
    for onset in rules.onsets:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset):]
        if rhyme in rules.rhymes and rules.onset_fits(onset, rhyme, word[:1].isupper()):
            return not (rhyme.endswith(_STOP_FINALS) and tones and tones[0] not in rules.tone_on_stop)
    return False


@cache
def _folded_parts() -> tuple[tuple[str, ...], frozenset[str]]:
    """The onsets (longest first) and the rhymes without their marks."""
    rules = spelling()
    return tuple(sorted({fold(o) for o in rules.onsets}, key=len, reverse=True)), frozenset(map(fold, rules.rhymes))


@cache
def may_be_syllable(folded: str) -> bool:
    """Whether a word written without its marks, in lower case ("truong", "thuoc", "bieu"), is a syllable once they are
    put back (an onset and a rhyme of the spelling rules, marks aside): a name's key keeps no marks, and "truong" is
    "trường" as much as "thong" is "thông". Its onset must be written before the rhyme's first letter (``onset_fits``,
    as a name's capital allows: "kon"): "ngiep", "nge", "nghan" are no syllable, whatever their marks."""
    onsets, rhymes = _folded_parts()
    fits = spelling().onset_fits
    return any(folded.startswith(onset) and (rhyme := folded[len(onset):]) in rhymes and fits(onset, rhyme, True)
               for onset in onsets)
