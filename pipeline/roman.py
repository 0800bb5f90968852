"""Roman numerals both ways, for the readers (Word's list numbering writes them) and the stages (section numbers,
regional offices' numbers) alike."""

from __future__ import annotations

_NUMERALS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
             (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_numeral(number: int) -> str:
    """15 -> "XV"; the standard (subtractive) spelling, "" for 0."""
    out = ""
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        out += numeral * count
    return out


def roman_value(numeral: str) -> int:
    """ "XIV" -> 14, in capitals; a numeral written no standard way still sums ("IIII" -> 4): compare with
    roman_numeral where that matters."""
    values = [_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_roman_numeral(word: str) -> bool:
    """ "IV", "XII": a numeral in capitals in its standard spelling; "IIII", "VX", "IL" (sums, spelt no standard way)
    are not."""
    return bool(word) and all(c in _VALUES for c in word) and roman_numeral(roman_value(word)) == word
