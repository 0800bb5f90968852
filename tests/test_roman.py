"""pipeline/roman.py: one spelling of Roman numerals for Word's list numbers (parsers/docx.py), section numbers
(numbering) and regional offices (registry)."""

import pytest

from pipeline.roman import roman_numeral, roman_value


@pytest.mark.parametrize("number, numeral", [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (89, "LXXXIX"),
                                             (90, "XC"), (400, "CD"), (1994, "MCMXCIV"), (2026, "MMXXVI")])
def test_a_number_is_spelt_the_standard_way(number, numeral):
    assert roman_numeral(number) == numeral
    assert roman_value(numeral) == number


def test_every_numeral_reads_back_as_its_number():
    assert all(roman_value(roman_numeral(n)) == n for n in range(1, 4000))


def test_a_numeral_written_no_standard_way_sums_but_does_not_spell_back():
    assert roman_value("IIII") == 4 and roman_numeral(4) != "IIII"
