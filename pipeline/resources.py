"""Data files shipped with the pipeline (``pipeline/data``), each loaded once.

Registries and patterns live in these files, not in code, so a clerk can extend them.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from .text import fold, with_letter_classes


def _open(name: str):
    return resources.files("pipeline").joinpath("data", name).open(encoding="utf-8", newline="")


@cache
def csv_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV data file; lines starting with "#" are comments that explain the file to a clerk. Letter classes
    ("[\\p{Lu}]") written out."""
    with _open(name) as handle:
        return tuple(csv.DictReader(with_letter_classes(line) for line in handle if not line.startswith("#")))


@cache
def body_start() -> str:
    """How the name of a body starts (data/body_words.csv, after an optional "các "), as a regex fragment. A collective
    printed in small letters after "các" ("Các sở, ban, ngành", "Các phòng, ban chuyên môn": "phòng" alone would
    start "phòng, chống …")."""
    # ("các phòng" before a comma or an office's words: "Các phòng họp trực tuyến …" are rooms)
    return (r"(?:[Cc]ác\s+(?:(?:bộ|ngành|sở)\b|phòng(?=\s*,|\s+(?:ban|chuyên\s+môn|nghiệp\s+vụ|trực\s+thuộc|thuộc)\b))"
            r"|(?:các\s+|Các\s+)?(?:"
            + "|".join(row["word"] for row in csv_rows("body_words.csv")) + r"))\b")


def data_bytes(name: str) -> bytes:
    return resources.files("pipeline").joinpath("data", name).read_bytes()


@cache
def json_data(name: str) -> dict:
    """A JSON data file, its patterns' letter classes ("[\\p{Lu}]") written out."""
    with _open(name) as handle:
        return _letter_classes_written_out(json.load(handle))


def any_of(patterns: Iterable[str]) -> str:
    """A data file's list of regexes as one alternation, each in a group of its own (its own "|" or anchor stays with
    it): one search a line, not one a pattern."""
    return "|".join(f"(?:{p})" for p in patterns)


def listed_pattern(name: str, key: str, flags: int = 0) -> re.Pattern[str]:
    """The regexes listed under ``key`` in the JSON data file ``name``, compiled as one alternation (``any_of``)."""
    return re.compile(any_of(json_data(name)[key]), flags)


@cache
def _page_marks() -> re.Pattern[str]:
    return listed_pattern("task_tables.json", "page_marks")


def is_page_mark(line: str) -> bool:
    """A line that says it is a page's number ("Trang 6/12", "- 6 -": task_tables.json page_marks): a copy of a PDF's
    pages prints it between, or inside, a table's rows; no row's number nor a day is printed so."""
    return _page_marks().fullmatch(fold(line).strip()) is not None


def _letter_classes_written_out(value):
    if isinstance(value, str):
        return with_letter_classes(value)
    if isinstance(value, list):
        return [_letter_classes_written_out(item) for item in value]
    if isinstance(value, dict):
        return {key: _letter_classes_written_out(item) for key, item in value.items()}
    return value


@cache
def doc_type_by_abbreviation() -> dict[str, str]:
    """"KH" -> "Kế hoạch"; the empty abbreviation is the Công văn (a symbol with no type part)."""
    return {row["abbreviation"]: row["name"] for row in csv_rows("doc_types.csv")}


@cache
def party_doc_type_by_abbreviation() -> dict[str, str]:
    """The types of a number in the Party's form ("640-CV/TU", type before the slash): the state's abbreviations and
    the Party's own (party_doc_types.csv: "CV" Công văn, "QĐi" Quy định), which a state number does not use."""
    table = {abbreviation: name for abbreviation, name in doc_type_by_abbreviation().items() if abbreviation}
    table.update((row["abbreviation"], row["name"]) for row in csv_rows("party_doc_types.csv"))
    return table


@cache
def doc_type_by_folded_name() -> dict[str, str]:
    """"ke hoach" -> "Kế hoạch"; the English names of translations too ("decree" -> "Nghị định")."""
    names = {fold(row["name"]): row["name"] for row in csv_rows("doc_types.csv")}
    names.update({fold(row["english"]): row["name"] for row in csv_rows("doc_types.csv") if row.get("english")})
    names.update({fold(row["name"]): row["name"] for row in csv_rows("party_doc_types.csv")})  # "THÔNG TRI"
    return names


@cache
def positions_by_folded_name() -> dict[str, str]:
    """"pho chu tich" -> "Phó Chủ tịch"; matching on the folded form tolerates "CHÚ TỊCH"-style typos of marks."""
    return {fold(row["position"]): row["position"] for row in csv_rows("positions.csv")}


@cache
def issuer_codes() -> dict[str, str]:
    """"TTg" -> "Thủ tướng Chính phủ": the central body a symbol names."""
    return {row["code"]: row["issuer"] for row in csv_rows("issuer_codes.csv")}


@cache
def authority_prefixes() -> tuple[str, ...]:
    return tuple(row["prefix"] for row in csv_rows("authority_prefixes.csv"))


@cache
def authority_spellings() -> dict[str, str]:
    """Every way a prefix is printed -> the prefix: "TM." and the Party's "T/M" (Hướng dẫn 36-HD/VPTW), longest
    first so that "T/UQ" is tried before "T/U"."""
    spellings = {spelling: row["prefix"] for row in csv_rows("authority_prefixes.csv")
                 for spelling in (row["prefix"], *filter(None, (row.get("also_printed") or "").split("|")))}
    return dict(sorted(spellings.items(), key=lambda item: -len(item[0])))


@cache
def authority_words() -> dict[str, str]:
    """A prefix written out in words -> the prefix: "QUYỀN" -> "Q." ("QUYỀN BỘ TRƯỞNG"), "THỪA LỆNH" -> "TL.", longest
    first. Words are a prefix only where a signature's line starts (a single word only before a position), so they are
    kept apart from the spellings, which are cues wherever they stand."""
    words = {word: row["prefix"] for row in csv_rows("authority_prefixes.csv") for word in filter(None, (row.get("written_out") or "").split("|"))}
    return dict(sorted(words.items(), key=lambda item: -len(item[0])))


@cache
def _bare_kinds() -> frozenset[str]:
    return frozenset(fold(row["words"]) for row in csv_rows("bare_kinds.csv"))


def is_bare_kind(name: str) -> bool:
    """A kind of body printed alone, which names no one body ("ỦY BAN NHÂN DÂN", "VIỆN KIỂM SÁT NHÂN DÂN"): bare_kinds.csv."""
    return fold(name) in _bare_kinds()


@cache
def site_placeholders() -> frozenset[str]:
    """What a legal site's panel prints where it has no value ("Đang cập nhật", "Chưa xác định"), folded."""
    return frozenset(fold(row["value"]) for row in csv_rows("site_placeholders.csv"))


@cache
def site_attribute_fields() -> dict[str, str]:
    """Label printed in a legal site's attribute panel -> metadata field it repeats ('' if none)."""
    return {row["label"]: row["field"] for row in csv_rows("site_attributes.csv")}


# The columns of the data files that hold names: of bodies (their aliases too, "|" between them), places, document
# types and posts.
NAME_COLUMNS = {"agencies.csv": ("name", "aliases"), "communes.csv": ("name",), "districts.csv": ("name",), "districts_earlier.csv": ("name",),
                "jurisdictions.csv": ("name", "aliases"), "doc_types.csv": ("name",), "positions.csv": ("position",)}
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _names(files: tuple[str, ...], small_letters: bool = True):
    """Each name the files hold (``NAME_COLUMNS``; a registry file's rows with the registry folder's), each alias
    apart, in small letters unless asked to keep its capitals."""
    from .stages.registry import REGISTRY_FILES, registry_rows  # the registry reads this module

    for file in files:
        for row in registry_rows(file) if file in REGISTRY_FILES else csv_rows(file):
            for column in NAME_COLUMNS[file]:
                names = row.get(column) or ""
                yield from (names.lower() if small_letters else names).split("|")


@cache
def name_words(files: tuple[str, ...] = ("agencies.csv",)) -> frozenset[str]:
    """The words of the names the files hold, in small letters with their marks, runs of letters only ("GD&ĐT": "gd",
    "đt"): where a glued token splits, whether a word stands in some name. The bodies' names alone by default."""
    return frozenset(word for name in _names(files) for word in _LETTER_RUN.findall(name))


def names_a_place(words: str, *, provinces_only: bool = False) -> bool:
    """The words are the name of a province (or one of its aliases), of a district before the reform or of a commune,
    alone or after a unit's kind as printed, and nothing else ("Hoàng Mai", "Lê Chân", "Phan Rang Tháp Chàm", "Thành
    phố Đà nẵng", "TP. Hồ Chí Minh", "tỉnh Kon Tum"): words that read as a person's name may be a place's. Compared
    folded, by their runs of letters (a hyphen apart). ``provinces_only``: a province's name (a former one's too) only,
    never a person's; the districts and communes took many a person's name ("Trần Phú", "Lê Lợi")."""
    names = _province_names() if provinces_only else _place_names()
    folded = _letters_folded(words)
    return folded in names or (after := _after_a_unit_kind(folded)) is not None and after in names


def opens_with_a_unit_kind(words: str) -> bool:
    """The words open with a unit's kind as printed ("TỈNH …", "THÀNH PHỐ …", "TP. …", "xã …"), a place's name or not."""
    return _after_a_unit_kind(_letters_folded(words)) is not None


def unit_levels(words: str) -> frozenset[str]:
    """The levels the unit's kind that opens the words may name: "commune" (places.json commune_words), "district"
    (district_kind_words), "province" ("tỉnh", "thành phố", "TP"); empty where no unit's kind opens them."""
    folded = _letters_folded(words)
    kind = next((kind for kind in _unit_kinds() if folded.startswith(kind + " ")), None)
    return _levels_of_kinds().get(kind, frozenset()) if kind else frozenset()


@cache
def _levels_of_kinds() -> dict[str, frozenset[str]]:
    places = json_data("places.json")
    levels: dict[str, set[str]] = {}
    for level, kinds in (("commune", places["commune_words"]["words"]), ("province", ["tỉnh", "thành phố", "TP"]),
                         ("district", [w for forms in places["district_kind_words"]["kinds"].values() for w in forms])):
        for kind in kinds:
            levels.setdefault(_letters_folded(kind), set()).add(level)
    return {kind: frozenset(level) for kind, level in levels.items()}


def same_place(words: str, other: str) -> bool:
    """Both name one place, its unit's kind printed or not ("tỉnh Gia Lai" and "Gia Lai", "Quảng Trị" and "Quảng Trị");
    never a place and the larger unit it lies in ("xã Tân Lập" and "huyện Lạng Giang", "Mường Tè" and "Lai Châu")."""
    def bare(folded: str) -> str:
        return _after_a_unit_kind(folded) or folded
    return names_a_place(words) and bare(_letters_folded(words)) == bare(_letters_folded(other))


def _letters_folded(words: str) -> str:
    return " ".join(_LETTER_RUN.findall(fold(words)))


def _after_a_unit_kind(folded: str) -> str | None:
    """The folded words after the unit's kind that opens them ("thanh pho da nang", "tp da nang": "da nang"; places.json
    unit_words and the districts' kinds as printed), or None where none opens them."""
    kind = next((kind for kind in _unit_kinds() if folded.startswith(kind + " ")), None)
    return folded[len(kind) + 1:] if kind else None


@cache
def _unit_kinds() -> tuple[str, ...]:
    places = json_data("places.json")
    printed = [*places["unit_words"]["words"], *(w for forms in places["district_kind_words"]["kinds"].values() for w in forms)]
    return tuple(sorted({_letters_folded(kind) for kind in printed}, key=len, reverse=True))


@cache
def _place_names() -> frozenset[str]:
    return frozenset(folded for name in _names(("jurisdictions.csv", "districts.csv", "districts_earlier.csv", "communes.csv"))
                     if (folded := _letters_folded(name)))


@cache
def _province_names() -> frozenset[str]:
    return frozenset(folded for name in _names(("jurisdictions.csv",)) if (folded := _letters_folded(name)))


@cache
def name_openings(files: tuple[str, ...]) -> frozenset[str]:
    """The first one to three words of each name the files hold where the name goes on with a capitalised word, in
    small letters ("trung tâm" of "Trung tâm Y tế"; not "sở tư pháp" of "Sở Tư pháp các tỉnh"): words a name may go
    on after over a line's break ("… Trung tâm" / "Hỗ trợ phát triển doanh nghiệp")."""
    return frozenset(" ".join(words[:n]).lower() for name in _names(files, small_letters=False)
                     for words in [_LETTER_RUN.findall(name)] for n in range(1, min(3, len(words) - 1) + 1)
                     if words[n][:1].isupper())


@cache
def name_word_pairs(files: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Each two words that follow one another in a name the files hold ("khánh", "hòa"), as ``name_words`` reads them:
    a word read beside its neighbour as a name's, where alone it could be a word of its own."""
    return frozenset(pair for name in _names(files) for words in [_LETTER_RUN.findall(name)]
                     for pair in zip(words, words[1:]))
