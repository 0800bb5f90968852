import re

import pytest

from pipeline.resources import csv_rows, json_data
from pipeline.stages import registry
from pipeline.text import fold

# (file, key column, matched on the folded form?). Type abbreviations are matched exactly: folded,
# "HĐ" (Hợp đồng) and "HD" (Hướng dẫn) would be one.
KEYS = [
    ("doc_types.csv", "abbreviation", False),
    ("authority_prefixes.csv", "prefix", False),
    ("positions.csv", "position", True),
    ("site_attributes.csv", "label", False),
    ("issuer_codes.csv", "code", False),
    ("ranks.csv", "rank", True),
    ("issuer_prefixes.csv", "words", True),
    ("bare_kinds.csv", "words", True),
]


@pytest.mark.parametrize("name, key, folded", KEYS)
def test_data_files_parse_without_duplicate_keys(name, key, folded):
    rows = csv_rows(name)
    keys = [fold(row[key]) if folded else row[key] for row in rows]
    assert rows and len(keys) == len(set(keys))


def test_type_names_that_fold_alike_are_one_name():
    """Two abbreviations may write one type ("CTr" and "CTPH": Chương trình); two types must not fold alike."""
    names = {row["name"] for row in csv_rows("doc_types.csv")}
    assert names and len({fold(name) for name in names}) == len(names)


def test_cell_words_compile_without_duplicates():
    data = json_data("cell_words.json")
    for key in ("deadline_phrases", "latest_phrases", "residential_groups", "residential_groups_at_end"):
        assert data[key] and len(data[key]) == len(set(data[key]))
        for pattern in data[key]:
            re.compile(pattern)


def test_boilerplate_patterns_compile():
    data = json_data("boilerplate.json")
    for key in ("document_start", "document_end", "chrome_before_end"):
        assert data[key]
        for pattern in data[key]:
            re.compile(pattern)


def test_an_abbreviation_that_does_not_start_with_a_capital_is_refused(monkeypatch):
    """The abbreviation pattern skips every position that is not a capital: an abbreviation in small letters
    would never match, so the registry refuses to load it."""
    from pipeline.stages import registry
    rows = [*csv_rows("agency_abbreviations.csv"), {"abbreviation": "sNV", "expansion": "sở nội vụ", "is_word": "0"}]
    registry._abbreviations.cache_clear()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(registry, "csv_rows", lambda name: rows if name == "agency_abbreviations.csv" else csv_rows(name))
            with pytest.raises(ValueError, match="'sNV' does not start with a capital"):
                registry._abbreviations(False)
    finally:
        registry._abbreviations.cache_clear()
    assert registry.key_of("Sở TT&TT") == registry.key_of("Sở Thông tin và Truyền thông")


@pytest.mark.parametrize("printed", ["Sở Nội vụ", "Sở  Nội-vụ", "Sở Nội_vụ,", " - Sở\tNội vụ;", "Sở (*) Nội...vụ"])
def test_a_names_key_turns_every_run_of_punctuation_and_spaces_into_one_space(printed):
    assert registry.key_of(printed) == "so noi vu"


@pytest.mark.parametrize("text, place", [
    ("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN", "binh-tan"),
    ("Ủy ban nhân dân tỉnh Lào Cai, Sở Nội vụ", "lao-cai"),
    ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
    ("các xã của huyện", None),
    ("Sở Nội vụ Laocai", None),  # no word boundary: no place
])
def test_the_place_a_line_names(text, place):
    assert registry.registry().place_named_in(text) == place


def test_every_signing_stamp_label_ends_in_a_colon():
    """forms.signature_detail passes over a line without a colon unread: it must hold for every label."""
    for name in ("signing_stamp_labels", "signing_stamp_signing_labels"):
        for pattern in json_data("boilerplate.json")[name]:
            alternatives = re.compile(pattern)
            assert pattern.endswith(":") and not alternatives.match("kyboi thoigianky coquan email"), pattern
