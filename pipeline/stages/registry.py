"""The agency registry: government bodies, the places they serve, and how they succeeded one another.

Read from data files a clerk can extend (``pipeline/data``): ``jurisdictions.csv`` (places), ``agencies.csv`` (bodies,
with "*tỉnh" / "*huyện" rows that every province / district has), ``agency_abbreviations.csv`` and
``agency_successions.csv``. Names are compared on keys built by rule (``name_key``): folded (case, tone marks, đ),
abbreviations expanded ("Sở TT&TT" -> "so thong tin va truyen thong"), punctuation dropped. The trailing place words
("… Thành phố", "… TP", "… tỉnh Lào Cai", "… quận") are split off by ``split_place``, so "Thanh tra TP" and "Thanh tra
tỉnh" are the inspectorate of the place the plan is about.

A clerk's additions live outside the package, in a registry folder beside the database (``use_user_folder``;
``kehoach ingest --registry-dir``): files of the same names and columns as the package's add their rows to it, and
``aliases.csv`` (``agency_id,alias``) gives an agency of the registry another printed form. Their bytes are part of
``registry_digest``, so a change reads again every document it may affect.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import sys
import time
from datetime import date, timedelta
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from ..errors import PipelineError
from ..resources import csv_rows, data_bytes, json_data
from ..text import fold, literal_alternation, longest_first, strip_marks
from ..roman import roman_numeral, roman_value

REGISTRY_FILES = ("jurisdictions.csv", "agencies.csv", "agency_abbreviations.csv", "agency_successions.csv",
                  "communes.csv", "districts.csv", "districts_earlier.csv")
ALIASES_FILE = "aliases.csv"  # in a registry folder only: agency_id,alias
ALIASES_COLUMNS = ("agency_id", "alias")


class RegistryError(PipelineError):
    """Raised when a file of the registry folder cannot be used (unreadable, wrong columns, a row naming an unknown
    place or agency, a body listed twice); ``path`` names the file and its line."""


# The clerk's registry folder merged with the package's registry (None: the package's alone), and what its files
# were (name, size, modification time) when it was taken.
_user_folder: Path | None = None
_user_state: tuple = ()


def user_folder() -> Path | None:
    return _user_folder


def _state(folder: Path | None) -> tuple:
    if folder is None:
        return ()
    found = []
    for name in (*REGISTRY_FILES, ALIASES_FILE):
        try:
            info = (folder / name).stat()
            found.append((name, info.st_size, info.st_mtime_ns))
        except OSError:
            continue
    return tuple(found)


def use_user_folder(folder: Path | str | None) -> None:
    """Merge the registry files of ``folder`` with the package's from now on (None: the package's alone). Every answer
    cached from the registry before (the registry, names resolved, cells split) is forgotten when the folder or one
    of its files changed since it was last taken."""
    global _user_folder, _user_state
    folder = None if folder is None else Path(folder).absolute()
    state = _state(folder)
    if (folder, state) == (_user_folder, _user_state):
        return
    _user_folder, _user_state = folder, state
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith(("pipeline.", "parsers.")):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _district_rows() -> tuple[dict[str, str], ...]:
    """The districts before 1 July 2025 (districts.csv) and those that ended before 2025 (districts_earlier.csv)."""
    return (*registry_rows("districts.csv"), *registry_rows("districts_earlier.csv"))


def _user_rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of one file of the registry folder (none when it has no such file), each with ``_from`` = "file:line"
    for messages. Lines starting with "#" are comments, as in the package's files."""
    if _user_folder is None or not (path := _user_folder / name).is_file():
        return []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise RegistryError(str(path), f"cannot read it: {error}") from None
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    if not numbered:
        return []
    reader = csv.DictReader(line for _, line in numbered)
    if tuple(reader.fieldnames or ()) != columns:
        raise RegistryError(f"{path}:{numbered[0][0]}", f"the columns must be {','.join(columns)} (as in the package's "
                                                        f"{name}), found {','.join(reader.fieldnames or ())}")
    rows = []
    for (n, _), row in zip(numbered[1:], reader):
        if None in row or any(value is None for value in row.values()):
            raise RegistryError(f"{path}:{n}", f"expected {len(columns)} cells ({','.join(columns)})")
        rows.append({**{k: v.strip() for k, v in row.items()}, "_from": f"{path}:{n}"})
    return rows


def registry_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a registry file: the package's, then the registry folder's."""
    rows = csv_rows(name)
    return (*rows, *_user_rows(name, tuple(rows[0]) if rows else ()))
TEMPLATE_LEVEL = {"*tỉnh": "tỉnh", "*huyện": "huyện", "*xã": "xã"}
# The 2025 regional bodies, numbered: "*khu vực tỉnh" rows are one body a region of one province ("Tòa án nhân dân
# khu vực 2 - tỉnh Lâm Đồng"), "*khu vực" rows one a region of several provinces ("Kho bạc Nhà nước khu vực XV",
# the centre's). Made when a name gives the number (``regional_agency``), as the communes' bodies are.
REGIONAL_OF_A_PROVINCE, REGIONAL_ACROSS_PROVINCES = "*khu vực tỉnh", "*khu vực"
REGIONAL_TEMPLATES = (REGIONAL_OF_A_PROVINCE, REGIONAL_ACROSS_PROVINCES)
# How a regional row's canonical prints its number: in figures or in Roman numerals (the id takes the same form)
REGION_IN_FIGURES, REGION_IN_ROMAN = "{số}", "{số La Mã}"
_REGION_NUMBER = r"\d{1,2}|[ivxl]{1,6}"  # in a key: "khu vuc 2", "khu vuc xv"
# The 3,321 communes (communes.csv) are no rows of jurisdictions.csv: their bodies ("*xã") are made for one commune when a
# name resolves to it (``commune_agency``), never for all of them at once.
COMMUNE_TEMPLATE = "*xã"
COMMUNE_COLUMNS = ("id", "name", "kind", "province", "code")
COMMUNE_KIND_WORDS = ("xã", "phường", "đặc khu")
COMMUNE_KINDS = ("xa", "phuong", "dac khu")  # their keys, as they stand before a commune's name
COMMUNE_ID_MARK = "."  # in the id of a commune or a district of districts.csv only ("lam-dong.xa-di-linh",
# "ha-giang.huyen-bac-quang"): a place whose bodies are made when named, told apart without reading either file
# The districts before 1 July 2025 (districts.csv) are read and their "*huyện" bodies made as the communes' are.
DISTRICT_TEMPLATE = "*huyện"
DISTRICT_COLUMNS = ("id", "name", "kind", "province", "province_2025", "code", "valid_until")
# How a place's party committee is called, by the word its display name starts with.
_COMMITTEE = {"thành phố": "Thành ủy", "tỉnh": "Tỉnh ủy", "quận": "Quận ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy"}
COMMITTEE_NAMES = tuple(_COMMITTEE.values())
_LEVEL_WORDS = {"thanh pho": "tỉnh", "tinh": "tỉnh", "quan": "huyện", "huyen": "huyện", "thi xa": "huyện"}
_PARENTHESES = re.compile(r"\([^)]*\)?")
_LEADING = re.compile(r"^(?:cac|giao|de nghi)\s+")
# Words of the sentence a table cell's name ran into ("UBND cấp xã phối hợp với", "… trong việc").
_TRAILING = ("phoi hop", "phoi hop voi", "chu tri", "trong", "trong viec", "de")
_TRAILING_WORDS = re.compile(rf"\s+(?:{'|'.join(_TRAILING)})$")


class _Separators(dict):
    """str.translate table: punctuation and whitespace (what ``[\\W_]`` matches) to a space, every other character to
    itself, each character's answer kept once asked. Translating and splitting on whitespace makes each run of them
    one space, as ``re.sub(r"[\\W_]+", " ", …).strip()`` does, at half its cost on body text."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        answer = " " if _SEPARATOR.match(character) else character
        if code < 0x3000:  # kept for the scripts a document is written in: a page of rare characters adds nothing here
            self[code] = answer
        return answer


_SEPARATOR = re.compile(r"[\W_]")
_SEPARATORS = _Separators()


class _Record:
    """A registry record pickled as its class and field values: unpickled by its ``__init__``, faster than the
    ``__setstate__`` a frozen dataclass with slots gets, which looks its fields up again for each of the thousands
    the cache file holds."""

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in self.__slots__)


@dataclass(frozen=True, slots=True)
class Jurisdiction(_Record):
    id: str
    name: str
    display: str
    level: str
    parent: str | None
    aliases: tuple[str, ...]
    valid_until: str | None

    @property
    def committee(self) -> str:
        # "Thành phố Hồ Chí Minh" is printed with a capital: its committee is a Thành ủy all the same
        return next((c for word, c in _COMMITTEE.items() if self.display.lower().startswith(word)), "Tỉnh ủy")


@dataclass(frozen=True, slots=True)
class Agency(_Record):
    id: str
    name: str
    canonical_name: str
    kind: str
    level: str
    jurisdiction: str
    collective: bool
    aliases: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_until: str | None = None


@dataclass(frozen=True, slots=True)
class Succession(_Record):
    predecessor: str
    successor: str | None
    date: str
    kind: str
    legal_basis: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _split_list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


@cache
def _abbreviations(in_capitals: bool) -> tuple[re.Pattern, tuple[str, ...]]:
    """Every abbreviation in one pattern, longest first, each alternative its own group, and the folded expansion of
    each group. Marks are stripped and case kept; "&" also matches "-", "và" or nothing. In a name printed all in
    capitals the abbreviations that are also words are left out."""
    rows = sorted(registry_rows("agency_abbreviations.csv"), key=lambda r: -len(r["abbreviation"]))
    by_first: dict[str, list[tuple[str, str, str]]] = {}  # first letter -> (the rest as a pattern, expansion, second letter)
    for row in rows:
        if in_capitals and row["is_word"] == "1":
            continue
        plain = strip_marks(row["abbreviation"])
        if not re.match(r"[A-Z]", plain):
            _fail(row, "agency_abbreviations.csv", f"{row['abbreviation']!r} does not start with a capital")
        parts = [re.escape(part) for part in plain.split("&")]
        rest = r"\s*(?:&|-|\bva\b|\bVA\b)?\s*".join([parts[0][1:], *parts[1:]])
        by_first.setdefault(plain[0], []).append((rest, fold(row["expansion"]), plain.split("&")[0][1:2]))
    # Alternatives grouped under their first letter, which the pattern starts with: re then skips in C every position
    # not holding one of those capitals, where a pattern starting with a look-around is tried at each character
    # (three times faster on body text). The look-behind two characters wide, after that letter, is the one before
    # it: no letter or digit before the abbreviation. Each group's second letters are a look-ahead when every one of
    # its abbreviations has one before any "&". Groups keep the longest-first order among alternatives that can
    # start at one position; the expansions are listed in the groups' order, as their groups are numbered.
    alternatives, expansions = [], []
    for first, group in by_first.items():
        seconds = {second for _, _, second in group}
        ahead = "" if "" in seconds else f"(?=[{''.join(sorted(map(re.escape, seconds)))}])"
        alternatives.append(f"{first}(?<![A-Za-z0-9].){ahead}(?:{'|'.join(f'({rest})' for rest, _, _ in group)})")
        expansions += [expansion for _, expansion, _ in group]
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"), tuple(expansions)


@cache
def _marked_abbreviations() -> tuple[re.Pattern | None, dict[str, str]]:
    """The abbreviations whose tone marks tell them from another ("TƯ" Trung ương, "TU" Tỉnh ủy): matched with their
    marks, before marks are dropped, and their expansions (whose keys, looked for in C first, are the cheap test: the
    pattern, which starts with a lookbehind, is tried at every character of a text holding none of them)."""
    rows = registry_rows("agency_abbreviations.csv")
    plain = {strip_marks(row["abbreviation"]) for row in rows if strip_marks(row["abbreviation"]) == row["abbreviation"]}
    marked = {row["abbreviation"]: row["expansion"] for row in rows
              if row["abbreviation"] != strip_marks(row["abbreviation"]) and strip_marks(row["abbreviation"]) in plain}
    if not marked:
        return None, {}
    words = literal_alternation(sorted(marked, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})(?![\w.])"), marked


@cache
def named_as_former() -> re.Pattern:
    """"Sở Tài chính tỉnh Đắk Nông (cũ)", "… cũ": words after a name saying the body is gone (data/places.json
    ``former_marks``); they name no other body, so names are compared without them."""
    words = "|".join(map(re.escape, json_data("places.json")["former_marks"]["words"]))
    return re.compile(rf"(?:\(\s*|\s)(?:{words})\s*\)?\s*$", re.IGNORECASE)


def _words(phrase: str) -> str:
    return " ".join(fold(phrase).translate(_SEPARATORS).split())


@cache
def _former_word_at_end() -> tuple[re.Pattern, int]:
    """One of ``named_as_former``'s words ending a text, and the longest word's length: a cheap test before it."""
    words = json_data("places.json")["former_marks"]["words"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\Z", re.IGNORECASE), max(map(len, words))


def without_former_mark(text: str) -> str:
    """``text`` with ``named_as_former``'s mark at its end removed. That pattern is tried at every space of a line
    (a quarter of key_of's time on body text): first, whether the text, once its closing spaces and parenthesis are
    cut, ends in one of the words, which a match needs (the same words, matched as it matches them)."""
    core = text.rstrip()
    if core.endswith(")"):
        core = core[:-1].rstrip()
    ending, longest = _former_word_at_end()
    return named_as_former().sub("", text) if ending.search(core, max(0, len(core) - longest)) else text


@cache
def _level_tail() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    """"… các xã, phường, đặc khu" or "… các huyện, thị xã, thành phố" closing a name, maybe followed by words that
    only say where ("trên địa bàn tỉnh"), as a key's words; the level each phrase means ("cap xa", "cap huyen"):
    data/places.json ``commune_level_phrases``, ``district_level_phrases``, ``area_words``; and the key endings a
    match needs (a test in C first: the pattern is tried at every space of a key)."""
    places = json_data("places.json")
    level_of = {_words(phrase): level for section, level in (("commune_level_phrases", "cap xa"),
                                                              ("district_level_phrases", "cap huyen"))
                for phrase in places[section]["phrases"]}
    phrases = longest_first(level_of)
    areas = longest_first({_words(w) for w in places["area_words"]["words"]})
    endings = tuple(f" {words}" for words in (*level_of, *(_words(w) for w in places["area_words"]["words"])))
    return re.compile(rf" ({phrases})(?: (?:{areas}))?$"), level_of, endings


@cache
def _spelling_variants() -> tuple[re.Pattern, dict[str, str]]:
    """A word of the older spelling as a key's word -> the newer's ("qui" -> "quy"): data/places.json
    ``spelling_variants``."""
    words = {fold(old): fold(new) for old, new in json_data("places.json")["spelling_variants"]["words"].items()}
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b"), words


def _newer_spelling(key: str) -> str:
    """The key with its words of the older spelling written the newer way. The words are looked for in C first: the
    pattern, tried at every position, is a fifth of key_of's time on body text, where they are rare."""
    pattern, newer = _spelling_variants()
    return pattern.sub(lambda m: newer[m.group()], key) if any(word in key for word in newer) else key


def key_of(text: str) -> str:
    """The form names are compared on: folded, remarks in parentheses dropped, abbreviations expanded,
    punctuation removed, a leading "các" / "Giao" dropped. "Sở TT&TT" and "Sở Thông tin và Truyền thông" share one key.
    Abbreviations are matched in capitals only ("tư pháp" is not "TU"), and in a name printed all in capitals not
    at all where they are also words. One that differs from another only in its marks is matched with them first
    ("Ban Tuyên giáo và Dân vận TƯ" is the central board, "… TU" the province's)."""
    text = without_former_mark(text)
    pattern, marked = _marked_abbreviations()
    if pattern is not None and any(word in text for word in marked) and text != text.upper():
        text = pattern.sub(lambda m: f" {marked[m.group()]} ", text)
    key = _PARENTHESES.sub(" ", strip_marks(text))
    pattern, expansions = _abbreviations(key == key.upper())
    key = pattern.sub(lambda m: f" {expansions[m.lastindex - 1]} ", key)
    key = " ".join(key.lower().replace("&", " va ").translate(_SEPARATORS).split())
    key = _LEADING.sub("", key)
    key = _newer_spelling(key)
    key = _TRAILING_WORDS.sub("", key) if key.endswith(_TRAILING) else key
    pattern, level_of, endings = _level_tail()
    return pattern.sub(lambda m: f" {level_of[m.group(1)]}", key) if key.endswith(endings) else key


# Agency names repeat across documents: cached, and bounded so that a long ingest's memory stays flat.
name_key = lru_cache(maxsize=65536)(key_of)


class Registry:
    """Everything in the registry files, with the indexes resolution needs; built once per process."""

    def __init__(self) -> None:
        self.jurisdictions = {row["id"]: Jurisdiction(
            id=row["id"], name=row["name"], display=row["display"], level=row["level"], parent=row["parent"] or None,
            aliases=_split_list(row["aliases"]), valid_until=row["valid_until"] or None) for row in registry_rows("jurisdictions.csv")}
        self.agencies: dict[str, Agency] = {}
        rows = registry_rows("agencies.csv")
        # A body every province has comes first; a row for one place replaces it there (its own aliases, dates).
        for row in (r for r in rows if r["jurisdiction"] in TEMPLATE_LEVEL):
            for place in self._places_for(row["jurisdiction"]):
                agency = self._agency(row, place)
                self.agencies[agency.id] = agency
        placed: set[str] = set()
        for row in (r for r in rows if r["jurisdiction"] not in (*TEMPLATE_LEVEL, *REGIONAL_TEMPLATES)):
            agency = self._agency(row, self._places_for(row["jurisdiction"], row)[0])
            if agency.id in placed:
                _fail(row, "agencies.csv", f"{row['name']!r} is listed twice for {row['jurisdiction']}"
                      + (" (give it another printed form in aliases.csv)" if "_from" in row else ""))
            placed.add(agency.id)
            self.agencies[agency.id] = agency
        for row in _user_rows(ALIASES_FILE, ALIASES_COLUMNS):
            agency = self.agencies.get(row["agency_id"])
            if agency is None:
                _fail(row, ALIASES_FILE, f"no agency has the id {row['agency_id']!r} (the agencies table lists them)")
            self.agencies[agency.id] = replace(agency, aliases=(*agency.aliases, *_split_list(row["alias"])))
        self.successions = [s for row in registry_rows("agency_successions.csv") for s in self._successions(row)]
        self.commune_bodies = tuple(row for row in rows if row["jurisdiction"] == COMMUNE_TEMPLATE)
        self.regional_bodies = {key_of(form): row for row in rows if row["jurisdiction"] in REGIONAL_TEMPLATES
                                for form in (row["name"], *_split_list(row["aliases"]))}
        for row in {id(row): row for row in self.regional_bodies.values()}.values():
            styles = sum(row["canonical"].count(style) for style in (REGION_IN_FIGURES, REGION_IN_ROMAN))
            if styles > 1:
                _fail(row, "agencies.csv", f"a regional body's canonical prints its number once, in figures "
                                           f"({REGION_IN_FIGURES}) or Roman numerals ({REGION_IN_ROMAN}): "
                                           f"{row['canonical']!r}")
            if not styles:  # a row written before the numbering styles: figures after the name, as it was then
                row["canonical"] = (row["canonical"] or "{name}").replace("{name}", f"{{name}} {REGION_IN_FIGURES}", 1)
        self.district_bodies = tuple(row for row in rows if row["jurisdiction"] == DISTRICT_TEMPLATE)
        # the package's communes are read when first needed; a clerk's are checked now, before any file is read
        for row in _user_rows("communes.csv", COMMUNE_COLUMNS):
            self._check_commune(row)
        for row in _user_rows("districts.csv", DISTRICT_COLUMNS):
            if row["province"] not in self.jurisdictions or COMMUNE_ID_MARK not in row["id"]:
                _fail(row, "districts.csv", f"unknown province {row['province']!r} or an id without "
                                            f"{COMMUNE_ID_MARK!r} ({row['province']}.huyen-…)")

    def __getstate__(self) -> dict:
        """What the cache file keeps: the agencies and indexes, not the compiled patterns (built again when used); each
        text once (``_shared``), so that the file holds it once; the agencies and the indexes by place, each place's
        part read when first looked in (``_ByPlace``), and also whole, for a process that reads many files
        (``read_every_place``: one pickle whose texts are shared across places loads faster than every place's)."""
        shared: dict[str, str] = {}
        state = {name: by_place.of(value) if (by_place := _BY_PLACE.get(name)) and type(value) is dict else _shared(value, shared)
                 for name, value in vars(self).items() if not isinstance(value, re.Pattern)}
        if "_every_place" not in state:
            texts: dict[str, str] = {}
            whole = {name: _shared(vars(self)[name], texts) for name in _BY_PLACE if type(vars(self).get(name)) is dict}
            state["_every_place"] = pickle.dumps(whole, protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def read_every_place(self) -> None:
        """The agencies and indexes the cache file keeps by place, read now whole (a process that parses many files,
        before it exempts what it holds from the garbage collector)."""
        if (whole := vars(self).pop("_every_place", None)) is not None:
            vars(self).update(pickle.loads(whole))

    def _places_for(self, jurisdiction: str, row: dict[str, str] | None = None) -> list[Jurisdiction]:
        if jurisdiction in TEMPLATE_LEVEL:
            return [j for j in self.jurisdictions.values() if j.level == TEMPLATE_LEVEL[jurisdiction]]
        if jurisdiction not in self.jurisdictions:
            _fail(row or {}, "agencies.csv", f"unknown jurisdiction {jurisdiction!r} (add it to jurisdictions.csv)")
        return [self.jurisdictions[jurisdiction]]

    def _agency(self, row: dict[str, str], place: Jurisdiction, number: str = "") -> Agency:
        """The body of ``row`` in ``place``; a regional row's of region ``number`` (printed as its canonical says)."""
        default = "{name} ({nơi})" if row["collective"] == "1" else "{name} {nơi}"
        template = row["canonical"] or (default if place.display else "{name}")
        canonical = template.format(name=row["name"], nơi=place.display, tên=place.name, ủy=place.committee,
                                    **{REGION_IN_FIGURES[1:-1]: number, REGION_IN_ROMAN[1:-1]: number})
        name = f"{row['name']} {number}" if number else row["name"]
        return Agency(id=f"{place.id}/{slug(name)}", name=name, canonical_name=canonical.strip(),
                      kind=row["kind"], level=row["level"], jurisdiction=place.id, collective=row["collective"] == "1",
                      aliases=_own_committee_aliases(row["name"], _split_list(row["aliases"]), place),
                      valid_from=row["valid_from"] or None,
                      # a body ends with its place at the latest (a district merged in 2019 took its offices along)
                      valid_until=min(filter(None, (row["valid_until"], place.valid_until)), default=None))

    def _check_commune(self, row: dict[str, str]) -> None:
        if row["province"] not in self.jurisdictions:
            _fail(row, "communes.csv", f"unknown province {row['province']!r} (add it to jurisdictions.csv)")
        if row["kind"] not in COMMUNE_KIND_WORDS or COMMUNE_ID_MARK not in row["id"]:
            _fail(row, "communes.csv", f"kind must be one of {', '.join(COMMUNE_KIND_WORDS)} and the id hold a "
                                       f"{COMMUNE_ID_MARK!r} ({row['province']}.xa-…)")

    def commune_agency(self, body: dict[str, str], commune: Jurisdiction) -> Agency:
        """One "*xã" body of one commune ("Ủy ban nhân dân" of "xã Di Linh" -> "lam-dong.xa-di-linh/uy-ban-nhan-dan"),
        or one "*huyện" body of one district of districts.csv."""
        return self._agency(body, commune)

    @cached_property
    def _regional_name(self) -> re.Pattern:
        names = longest_first(self.regional_bodies) or "(?!)"
        return re.compile(rf"({names}) ({_REGION_NUMBER})")

    def regional_body(self, core: str) -> tuple[dict[str, str], int] | None:
        """A regional body's row and its number, as a key without its place words names them ("toa an nhan dan khu
        vuc 2", "kho bac nha nuoc khu vuc xv"); None: no regional body's name and number (a numeral no region has,
        "khu vực 0" or "khu vực IIII", is none)."""
        match = self._regional_name.fullmatch(core)
        number = match and region_number(match.group(2))
        return (self.regional_bodies[match.group(1)], number) if number else None

    def has_regions_below(self, agency: Agency) -> bool:
        """Whether a province's body has namesakes below the province: a "*khu vực tỉnh" row below its level whose
        name extends the body's ("Tòa án nhân dân" -> "Tòa án nhân dân khu vực", "Thuế" -> "Thuế cơ sở")."""
        return agency.level == "tỉnh" and key_of(agency.name) in self._names_with_regions_below

    @cached_property
    def _names_with_regions_below(self) -> frozenset[str]:
        regions = [key for key, row in self.regional_bodies.items()
                   if row["jurisdiction"] == REGIONAL_OF_A_PROVINCE and row["level"] != "tỉnh"]
        return frozenset(key_of(agency.name) for agency in self.agencies.values() if agency.level == "tỉnh"
                         and any(region.startswith(f"{key_of(agency.name)} ") for region in regions))

    def regional_agency(self, row: dict[str, str], number: int, province: Jurisdiction | None) -> Agency:
        """The body of region ``number`` of a regional row: of ``province`` ("*khu vực tỉnh"), or the centre's; one
        body however the number was printed, named as the row's canonical prints it."""
        place = province if row["jurisdiction"] == REGIONAL_OF_A_PROVINCE else self.jurisdictions["viet-nam"]
        return self._agency(row, place, roman_numeral(number) if REGION_IN_ROMAN in row["canonical"] else str(number))

    def _regional_agency_of(self, agency_id: str) -> Agency | None:
        place_id, _, body_slug = agency_id.partition("/")
        place = self.jurisdictions.get(place_id)
        for row in {id(row): row for row in self.regional_bodies.values()}.values():
            start = slug(row["name"]) + "-"
            number = body_slug[len(start):]
            if place and body_slug.startswith(start) and re.fullmatch(_REGION_NUMBER, number) and region_number(number):
                agency = self.regional_agency(row, region_number(number), place)
                if agency.id == agency_id:
                    return agency
        return None

    def agency(self, agency_id: str) -> Agency | None:
        """An agency by id, a commune's, a district's or a regional body included (made when asked:
        "lam-dong.xa-di-linh/uy-ban-nhan-dan", "ha-giang.huyen-bac-quang/phong-noi-vu",
        "lam-dong/toa-an-nhan-dan-khu-vuc-2")."""
        if agency_id in self.agencies:
            return self.agencies[agency_id]
        if COMMUNE_ID_MARK not in agency_id.partition("/")[0]:
            return self._regional_agency_of(agency_id)
        place_id, _, body_slug = agency_id.partition("/")
        place = self.place(place_id)
        bodies = self.district_bodies if place and place.level == "huyện" else self.commune_bodies
        body = next((row for row in bodies if slug(row["name"]) == body_slug), None)
        return self.commune_agency(body, place) if place and body else None

    def _successions(self, row: dict[str, str]):
        before_place, _, before = row["predecessor"].partition("/")
        after_place, _, after = (row["successor"] or "").partition("/")
        for place in self._places_for(before_place, row):
            successor = None
            if after:
                successor = f"{place.id if after_place == before_place else after_place}/{slug(after)}"
            yield Succession(predecessor=f"{place.id}/{slug(before)}", successor=successor, date=row["date"],
                             kind=row["kind"], legal_basis=row["legal_basis"])

    # Indexes ------------------------------------------------------------------------------------------------

    @cached_property
    def successor_of(self) -> dict[str, str]:
        """The id of the body that took over from a body, by that body's id (the successions that name one)."""
        return {s.predecessor: s.successor for s in self.successions if s.successor}

    @cached_property
    def printed_forms(self) -> dict[tuple[str, str], set[tuple[str, str]]]:
        """(jurisdiction, folded printed form) -> {(agency id, "exact" | "alias")}."""
        index: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for agency in self.agencies.values():
            for form, how in ((agency.name, "exact"), (agency.canonical_name, "exact"), *((a, "alias") for a in agency.aliases)):
                index.setdefault((agency.jurisdiction, fold(form)), set()).add((agency.id, how))
        return index

    @cached_property
    def keys(self) -> dict[str, dict[str, set[str]]]:
        """jurisdiction -> key (whole, and with the place words split off) -> agency ids."""
        index: dict[str, dict[str, set[str]]] = {}
        for agency in self.agencies.values():
            by_key = index.setdefault(agency.jurisdiction, {})
            for form in (agency.name, agency.canonical_name, *agency.aliases, *_under_parent(agency.canonical_name, agency.aliases)):
                key = name_key(form)
                # a name closed by "cấp tỉnh" in the registry is its own ("Ủy ban nhân dân cấp tỉnh": every province's
                # committee, in a central document), never the bare body a printed "Công an cấp tỉnh" is read as
                for variant in {key, key if key.endswith(" cap tinh") else self.split_place(key)[0]}:
                    by_key.setdefault(variant, set()).add(agency.id)
        return index

    @cached_property
    def all_keys(self) -> frozenset[str]:
        """Every key of every place: a name the registry knows somewhere."""
        return frozenset(key for by_key in self.keys.values() for key in by_key)

    def knows_whole(self, key: str) -> bool:
        """A name the registry knows somewhere, a commune's body included, with or without the commune's kind after it
        ("trung tam dich vu tong hop xa": the commune's "Trung tâm Dịch vụ tổng hợp")."""
        body, _, kind = key.rpartition(" ")
        return key in self.all_keys or key in self._commune_body_keys or (kind in COMMUNE_KINDS and body in self._commune_body_keys)

    @cached_property
    def head_words(self) -> frozenset[str]:
        """First words of registry names ("so", "bo", "phong", "ban" …): the kind of body a name starts with."""
        return frozenset(key.split(" ", 1)[0] for key in self.all_keys)

    @cached_property
    def name_openings(self) -> frozenset[str]:
        """The first one to four words of every key, a commune's bodies' too ("phong van hoa", "tram y te"): words
        that open a name the registry knows."""
        keys = (*self.all_keys, *self._commune_body_keys)
        return frozenset(" ".join(key.split()[:n]) for key in keys for n in range(1, 5))

    # Communes: read the first time a name may be a commune's body, and not kept in the cache file (most documents
    # name no commune, and unpickling 3,321 places would cost every process).

    @cached_property
    def _commune_body_keys(self) -> dict[str, dict[str, str]]:
        """Key of a "*xã" body's name or alias ("uy ban nhan dan", "cong an", "dang uy") -> its row."""
        return _keys_of_bodies(self.commune_bodies)

    @cached_property
    def _commune_name(self) -> re.Pattern:
        return _body_kind_name(self._commune_body_keys, COMMUNE_KINDS)

    @cached_property
    def communes(self) -> dict[tuple[str, str], tuple[Jurisdiction, ...]]:
        """(kind key, name key) -> the communes of that kind and name ("xa", "tan lap" -> four, in four provinces)."""
        index: dict[tuple[str, str], list[Jurisdiction]] = {}
        for row in registry_rows("communes.csv"):
            kind = name_key(row["kind"])
            commune = Jurisdiction(id=row["id"], name=row["name"], display=f"{row['kind']} {row['name']}", level="xã",
                                   parent=row["province"], aliases=(), valid_until=None)
            # the name's key as it ends a body's key ("xa giao thuy", where a name alone would lose its "Giao")
            index.setdefault((kind, key_of(f"{row['kind']} {row['name']}")[len(kind) + 1:]), []).append(commune)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def communes_since(self) -> str:
        """The day the communes of communes.csv came into being (their bodies' valid_from): "2025-07-01"."""
        return min((row["valid_from"] for row in self.commune_bodies if row["valid_from"]), default="")

    @cached_property
    def _communes_by_id(self) -> dict[str, Jurisdiction]:
        return {c.id: c for communes in self.communes.values() for c in communes}

    def place(self, place_id: str) -> Jurisdiction | None:
        """A jurisdiction by id: a place of jurisdictions.csv, a commune ("lam-dong.xa-di-linh") or a district of
        districts.csv ("ha-giang.huyen-bac-quang"); None: no such place."""
        if place_id in self.jurisdictions or COMMUNE_ID_MARK not in place_id:
            return self.jurisdictions.get(place_id)
        if place_id.partition(COMMUNE_ID_MARK)[2].startswith(self._district_id_starts):
            return self._districts_by_id.get(place_id)
        return self._communes_by_id.get(place_id)

    def own_commune_body(self, key: str, commune: Jurisdiction) -> dict[str, str] | None:
        """The "*xã" body a commune's own plan names without its name: "cong an", "cong an phuong" (a ward's plan); for
        a district's plan its "*huyện" body: "phong noi vu", "uy ban nhan dan huyen", "thanh uy" (a provincial city's)."""
        body_keys = self._district_body_keys if commune.level == "huyện" else self._commune_body_keys
        kind = key_of(commune.display[: -len(commune.name)])  # "phường An Tường" -> "phuong"
        if key_of(self.place(commune.parent).display).startswith(f"{kind} "):
            # thành phố Thủ Đức of Thành phố Hồ Chí Minh: "UBND Thành phố", "Thành ủy" in its plan are the province's
            return body_keys.get(key)
        committee = key_of(commune.committee) if commune.level == "huyện" else None
        if committee and (key == committee or key.endswith(f" {committee}")):  # "Thành ủy" in a provincial city's plan
            return self._district_committee_name[2].get(key[: -len(committee)].strip())
        if key not in body_keys:
            if not key.endswith(f" {kind}"):
                return None
            key = key[: -len(kind) - 1]
        body = body_keys.get(key)
        return body if body is None or commune.level == "huyện" or self.commune_has(body, kind) else None

    @cached_property
    def _kinds_having(self) -> dict[str, frozenset[str]]:
        """Name of a "*xã" body only some kinds of commune have -> the keys of those kinds (places.json)."""
        bodies = json_data("places.json")["commune_kind_bodies"]["bodies"]
        return {name: frozenset(map(key_of, kinds)) for name, kinds in bodies.items()}

    def commune_has(self, body: dict[str, str], kind: str) -> bool:
        """Whether a commune of kind ``kind`` (its key: "phuong") has the "*xã" body ``body``: a phường has no Phòng Kinh tế."""
        kinds = self._kinds_having.get(body["name"])
        return kinds is None or kind in kinds

    # Districts before 1 July 2025 (districts.csv): read as the communes are, the first time a name may be a
    # district's body; a district jurisdictions.csv lists (quận Bình Tân) is that row's.

    @cached_property
    def _district_kind_words(self) -> dict[str, str]:
        """Key of a district kind's printed form ("huyen", "h", "tx") -> the kind as districts.csv writes it."""
        kinds = json_data("places.json")["district_kind_words"]["kinds"]
        return {key_of(word): kind for kind, words in kinds.items() for word in words}

    @cached_property
    def _district_id_starts(self) -> tuple[str, ...]:
        return tuple(f"{slug(kind)}-" for kind in json_data("places.json")["district_kind_words"]["kinds"])

    @cached_property
    def _district_body_keys(self) -> dict[str, dict[str, str]]:
        """Key of a "*huyện" body's name or alias ("uy ban nhan dan", "phong noi vu") -> its row."""
        return _keys_of_bodies(self.district_bodies)

    @cached_property
    def _district_name(self) -> re.Pattern:
        return _body_kind_name(self._district_body_keys, self._district_kind_words)

    @cached_property
    def districts(self) -> dict[tuple[str, str], tuple[Jurisdiction, ...]]:
        """(kind, name key) -> the districts of that kind and name ("huyện", "chau thanh" -> ten, in ten provinces)."""
        listed = {(j.parent, key_of(j.display)) for j in self.jurisdictions.values() if j.level == "huyện"}
        index: dict[tuple[str, str], list[Jurisdiction]] = {}
        for row in _district_rows():
            display = f"{row['kind']} {row['name']}"
            if (row["province"], key_of(display)) in listed:
                continue
            district = Jurisdiction(id=row["id"], name=row["name"], display=display, level="huyện",
                                    parent=row["province"], aliases=(), valid_until=row["valid_until"] or None)
            index.setdefault((row["kind"], key_of(display)[len(key_of(row["kind"])) + 1:]), []).append(district)
        return {k: tuple(v) for k, v in index.items()}

    @cached_property
    def _districts_by_id(self) -> dict[str, Jurisdiction]:
        return {d.id: d for districts in self.districts.values() for d in districts}

    @cached_property
    def province_since_2025(self) -> dict[str, str]:
        """A province before 1 July 2025 -> the province of the 34 its districts went into ("ha-giang" -> "tuyen-quang")."""
        return {row["province"]: row["province_2025"] for row in _district_rows()}

    def district_provinces(self, provinces: set[str]) -> set[str]:
        """The provinces whose districts a plan of ``provinces`` names without printing the province: those, the old
        provinces merged into one in 2025 ("ha-giang" for "tuyen-quang"), and the place one was renamed into, under
        which districts.csv files its districts ("hue" for "thua-thien-hue": places.json ``renamed_provinces``)."""
        found = set(provinces) | {old for old, new in self.province_since_2025.items() if new in provinces}
        return found | {self.renamed_provinces[p] for p in found if p in self.renamed_provinces}

    @cached_property
    def renamed_provinces(self) -> dict[str, str]:
        """A province -> the place it became with the same districts ("thua-thien-hue" -> "hue")."""
        return dict(json_data("places.json")["renamed_provinces"]["provinces"])

    def began(self, place_id: str) -> str | None:
        """The day a place a province was renamed into began ("hue": 2025-01-01, the day after tỉnh Thừa Thiên Huế
        ended); None for any other place (in force as far back as the registry knows)."""
        ends = [old.valid_until for old_id, new in self.renamed_provinces.items()
                if new == place_id and (old := self.jurisdictions.get(old_id)) and old.valid_until]
        return (date.fromisoformat(max(ends)) + timedelta(days=1)).isoformat() if ends else None

    def district_body(self, key: str) -> tuple[dict[str, str], tuple[Jurisdiction, ...]] | None:
        """The "*huyện" body and the districts a key names ("uy ban nhan dan huyen bac quang", "cong an h bac quang"):
        None when it names none. The kind must be the file's: "huyện Sa Pa" (before it became a thị xã) may as well be
        another unit than thị xã Sa Pa ("huyện Kỳ Anh" and "thị xã Kỳ Anh" were two), and stays unresolved."""
        if not self.district_bodies:
            return None
        if found := self._district_name.match(key):
            body, kind = self._district_body_keys[found.group(1)], self._district_kind_words[found.group(2)]
        elif found := self._district_committee_name[0].match(key):
            committees, bodies = self._district_committee_name[1:]
            body, kind = bodies[found.group(1) or ""], committees[found.group(2)]
        else:
            return None
        districts = self.districts.get((kind, found.group(3)))
        return (body, districts) if districts else None

    @cached_property
    def _district_committee_name(self) -> tuple[re.Pattern, dict[str, str], dict[str, dict[str, str]]]:
        """"Huyện ủy Bắc Quang", "Thường trực Quận ủy Ba Đình", "Thành ủy Lào Cai" (a provincial city's): the "*huyện"
        bodies named after the district's Party committee ({ủy} in their canonical name), whose word says the kind. The
        pattern, the committee words' keys -> kind, and the words before them -> the body's row."""
        committees = {key_of(word): kind for kind, word in _COMMITTEE.items() if kind != "tỉnh"}
        bodies = {key_of(row["canonical"].partition("{ủy}")[0]): row for row in self.district_bodies
                  if row["canonical"].endswith("{ủy} {tên}")}
        # the words before the committee in an alias too: "TT Huyện ủy" -> "tt"
        bodies |= {key[: -len(committee)].strip(): row for row in bodies.values()
                   for key in map(key_of, _split_list(row["aliases"]))
                   for committee in committees if key.endswith(f" {committee}")}
        before = literal_alternation(sorted(filter(None, bodies), key=len, reverse=True))
        pattern = re.compile(rf"^(?:({before}) )?({literal_alternation(sorted(committees, key=len, reverse=True))}) (.+)$")
        return pattern, committees, bodies

    def commune_name_parts(self, key: str) -> tuple[dict[str, str], str, str] | None:
        """The "*xã" body, the kind key and the name key a key is made of ("uy ban nhan dan xa tan lap" -> the UBND row,
        "xa", "tan lap"), whether or not a commune has that name: None when the key is no commune body's shape."""
        if not self.commune_bodies or not (found := self._commune_name.match(key)):
            return None
        return self._commune_body_keys[found.group(1)], found.group(2), found.group(3)

    @cached_property
    def communes_by_province(self) -> dict[tuple[str, str], tuple[tuple[str, Jurisdiction], ...]]:
        """(province id, kind key) -> (name key, commune) for its communes of that kind."""
        index: dict[tuple[str, str], list[tuple[str, Jurisdiction]]] = {}
        for (kind, name), communes in self.communes.items():
            for commune in communes:
                index.setdefault((commune.parent, kind), []).append((name, commune))
        return {k: tuple(v) for k, v in index.items()}

    def commune_body(self, key: str) -> tuple[dict[str, str], tuple[Jurisdiction, ...]] | None:
        """The "*xã" body and the communes a key names ("uy ban nhan dan xa tan lap"): None when it names none."""
        if not self.commune_bodies or not (found := self._commune_name.match(key)):
            return None
        communes = self.communes.get((found.group(2), found.group(3)))
        body = self._commune_body_keys[found.group(1)]
        return (body, communes) if communes and self.commune_has(body, found.group(2)) else None

    @cached_property
    def _place_ids(self) -> dict[str, str]:
        """Folded place name or alias ("ha noi", "tphcm") -> jurisdiction id."""
        return {fold(alias): j.id for j in self.jurisdictions.values() if j.level != "Trung ương"
                for alias in (j.name, *j.aliases)}

    @cached_property
    def _place_names(self) -> str:
        return literal_alternation(sorted(self._place_ids, key=len, reverse=True))

    @cached_property
    def _place_pattern(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s)(?:(thanh pho|tinh|quan|huyen|thi xa)\s*)?({self._place_names})?$")

    def split_place(self, key: str) -> tuple[str, str | None, str | None]:
        """"thanh tra thanh pho" -> ("thanh tra", "tỉnh", None); "so noi vu tinh lao cai" -> ("so noi vu", "tỉnh", "lao-cai")."""
        match = self._place_pattern.search(key)
        if not match or not (match.group(1) or match.group(2)) or match.start() == 0:
            return key, None, None
        level = _LEVEL_WORDS.get(match.group(1) or "")
        place = self._place_ids.get(match.group(2)) if match.group(2) else None
        core = key[: match.start()].strip()
        if core.endswith(" cap") and not place:
            # "cấp tỉnh" is the province's own body ("Công an cấp tỉnh"); "cấp huyện" names a level below, a
            # collective's name ("Ủy ban nhân dân cấp huyện"), never a body called "… cấp" of the place
            return (core[: -len(" cap")], level, None) if level == "tỉnh" and match.group(1) == "tinh" else (key, None, None)
        return core, level, place

    @cached_property
    def _any_place(self) -> re.Pattern:
        return re.compile(rf"(?<![a-z0-9])(?:{self._place_names})(?![a-z0-9])")

    @cached_property
    def _any_place_after_space(self) -> re.Pattern:
        """``_any_place`` for an ASCII key behind one space: in such a key (words of a-z and 0-9 joined by single
        spaces) a name starts where a space ends, and re finds the spaces in C instead of trying every name at every
        character (twice as fast on body text)."""
        return re.compile(rf" (?:{self._place_names})(?![a-z0-9])")

    def _places_in(self, key: str) -> list[tuple[str, int, int]]:
        """Each place name ``_any_place`` finds in a key, with its span."""
        if key.isascii():
            return [(m.group()[1:], m.start(), m.end() - 1) for m in self._any_place_after_space.finditer(f" {key}")]
        return [(m.group(), *m.span()) for m in self._any_place.finditer(key)]

    @cached_property
    def _place_hint(self) -> tuple[re.Pattern, re.Pattern | None]:
        """What a text holds, once without its marks, wherever ``place_named_in`` finds a place in its key: in small
        letters, after no letter or digit (a name starts a word of the key, and key_of keeps the letters and digits
        next to a name's first letter as they are), a name's words with only what key_of makes one space of between
        them (punctuation, spaces, a remark in parentheses, read as _PARENTHESES reads it); or, as printed, a text key_of
        replaces with words a name shares (an abbreviation, in capitals as it is matched, with its expansion; "&" with
        "va"; an older spelling with the newer): the key's other words are the text's own. Of the body lines the agencies stage reads for the place named most,
        about 3 in 100 name one; the two searches cost a third of key_of and the name search."""
        names = {tuple(_words(name).split()) for name in self._place_ids} - {()}
        between = r"(?:[^\w(]|_|\([^)]*+\)?)*+"  # possessive: _PARENTHESES' remark ends where its match ends
        rests: dict[str, set[str]] = {}  # a name's first word -> the rest of each name it starts, as a pattern
        for words in names:
            rests.setdefault(words[0], set()).add(between.join(map(re.escape, words[1:])))
        # grouped under the first letter, as literal_alternation groups words: re tries at each position only the names
        # that start with its letter (half the time of one alternative a first word)
        by_letter: dict[str, list[str]] = {}
        for first, rest in sorted(rests.items()):
            by_letter.setdefault(first[0], []).append(
                re.escape(first[1:]) if "" in rest else f"{re.escape(first[1:])}{between}(?:{'|'.join(sorted(rest))})")
        # after a character that is no letter or digit (a space put before the text for its start): re then tries the
        # names only where a word starts, found in C, not at every letter (a third faster on body text)
        names_pattern = "|".join(f"{re.escape(letter)}(?:{'|'.join(group)})" for letter, group in by_letter.items())
        in_names = re.compile(f"[^a-z0-9](?:{names_pattern})")
        _, level_of, _ = _level_tail()
        replaced = [("&", ("va",)), *((f"(?i:{re.escape(old)})", (new,)) for old, new in _spelling_variants()[1].items()),
                    *(("", tuple(level.split())) for level in level_of.values()),  # its phrases: any text
                    *((_abbreviation_start(row["abbreviation"]), words)
                      for row in registry_rows("agency_abbreviations.csv")  # a marked one's expansion is read on as text
                      for words in (tuple(_newer_spelling(_words(row["expansion"])).split()), tuple(key_of(row["expansion"]).split())))]
        relevant = sorted({text for text, words in replaced if not words or any(_overlap(words, name) for name in names)})
        return in_names, re.compile("|".join(relevant)) if relevant else None

    def place_named_in(self, text: str) -> str | None:
        """The jurisdiction a heading or a place line names: "ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN" -> "binh-tan"; the longest
        name wins ("Thành phố Hồ Chí Minh" over a shorter one inside it)."""
        if not self.may_name_a_place(text):
            return None
        return self.place_named_in_key(key_of(text))  # body text: not cached

    def may_name_a_place(self, text: str) -> bool:
        """False where no place name can be in the text's key (``_place_hint``)."""
        in_names, replaced = self._place_hint
        unmarked = strip_marks(text)
        return bool(in_names.search(f" {unmarked.lower()}") or (replaced and replaced.search(unmarked)))

    def place_named_in_key(self, key: str) -> str | None:
        """``place_named_in`` of the text whose key (``key_of``) this is."""
        found = self._places_in(key)
        if found and (names := _not_places()):
            # a place's name inside a person's ("Đoàn TNCS Hồ Chí Minh") names no place
            spans = [m.span() for m in names.finditer(key)]
            found = [f for f in found if not any(start <= f[1] and f[2] <= end for start, end in spans)]
        # "xã Hòa Bình" is a commune of that name, not the province
        found = [f for f in found if not _after_commune_word(key[:f[1]])]
        return self._place_ids[max((name for name, _, _ in found), key=len)] if found else None

    def chain(self, place: str | None) -> list[str]:
        """The jurisdictions whose bodies a plan of ``place`` names without saying where: itself, its parents, the centre."""
        out = []
        while place and place not in out and (found := self.place(place)):
            out.append(place)
            place = found.parent
        if "viet-nam" not in out:
            out.append("viet-nam")
        return out


_PARENT_AFTER = re.compile(r"^(?P<body>[^()]+?)\s*\((?P<parent>(?:Bộ|Ủy ban|Văn phòng|Tổng cục)\b[^()]+)\)$")


def region_number(printed: str) -> int | None:
    """A region's number printed in figures or in Roman numerals ("3", "III", "xv"); None for one no region has: 0, 90
    and above (none is numbered so high: "khu vực 95" is a misreading), or a numeral written no standard way
    ("IIII", "VX": a misreading, not a number to guess)."""
    value = int(printed) if printed.isdecimal() else roman_value(printed.upper())
    return value if 0 < value < 90 and (printed.isdecimal() or roman_numeral(value) == printed.upper()) else None


def _under_parent(canonical: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A central department's name, or an alias without the ministry ("Cục C06"), as plans print it with its ministry
    after it ("Cục Cảnh sát giao thông - Bộ Công an", "… thuộc Bộ Công an", "… của Bộ Công an") when the registry's
    canonical name holds the ministry in parentheses ("Cục Cảnh sát giao thông (Bộ Công an)"): a key drops the
    parentheses, not the words after a dash."""
    if not (found := _PARENT_AFTER.match(canonical)):
        return ()
    parent = found.group("parent")
    bodies = [found.group("body"), *(a for a in aliases if fold(parent) not in fold(a))]
    return tuple(f"{body} {joint} {parent}" for body in bodies for joint in ("", "thuộc", "của"))


def _own_committee_aliases(name: str, aliases: tuple[str, ...], place: Jurisdiction) -> tuple[str, ...]:
    """The aliases that can name a province's committee or one of its organs (a name with "Tỉnh ủy") in ``place``:
    "Ban Tuyên giáo Thành ủy" is a centrally governed city's board, never a tỉnh's ("Thành ủy" in a tỉnh's plan is a
    provincial city's committee, a district's level before 2025). Other bodies keep theirs ("Các huyện ủy, thị ủy,
    thành ủy")."""
    if place.committee == _COMMITTEE["thành phố"]:
        return aliases
    # the same for the youth union: "Thành đoàn" in a tỉnh's plan is a provincial city's (places.json
    # city_forms_of_province_bodies)
    cities = [fold(city) for province, city in json_data("places.json")["city_forms_of_province_bodies"]["pairs"]
              if fold(province) in fold(name)]
    return tuple(a for a in aliases if not any(re.search(rf"(?<!\w){city}(?!\w)", fold(a)) for city in cities))


def _keys_of_bodies(rows) -> dict[str, dict[str, str]]:
    """Key of each template row's name and aliases -> the row."""
    return {name_key(form): row for row in rows for form in (row["name"], *_split_list(row["aliases"]))}


def _body_kind_name(body_keys, kind_keys) -> re.Pattern:
    """A body's key, a unit's kind and its name: "uy ban nhan dan" "xa" "tan lap" (groups 1, 2, 3)."""
    bodies = literal_alternation(sorted(body_keys, key=len, reverse=True))
    return re.compile(rf"^({bodies}) ({literal_alternation(sorted(kind_keys, key=len, reverse=True))}) (.+)$")


@cache
def _unit_word_keys() -> tuple[tuple[str, ...], frozenset[str]]:
    """The unit words as keys, longest first ("thi xa" before "xa"), and those of the communes."""
    places = json_data("places.json")
    units = sorted({key_of(word) for word in places["unit_words"]["words"]}, key=len, reverse=True)
    return tuple(units), frozenset(key_of(word) for word in places["commune_words"]["words"])


def commune_word_keys() -> frozenset[str]:
    """The communes' unit words as keys ("xa", "phuong", "dac khu", "thi tran")."""
    return _unit_word_keys()[1]


def _abbreviation_start(abbreviation: str) -> str:
    """What the text holds where ``_abbreviations`` matches one (marks dropped): its part before any "&", no letter or
    digit before it, and none after a whole one."""
    first, joined, _ = strip_marks(abbreviation).partition("&")
    return rf"{re.escape(first)}(?<![A-Za-z0-9]{re.escape(first)}){'' if joined else '(?![A-Za-z0-9])'}"


def _overlap(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether words put into a key can make part of a name there: the one inside the other, or one's end the other's
    start."""
    def inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
        return any(whole[k:k + len(part)] == part for k in range(len(whole) - len(part) + 1))

    return inside(words, name) or inside(name, words) or any(
        words[-k:] == name[:k] or name[-k:] == words[:k] for k in range(1, min(len(words), len(name)) + 1))


def _after_commune_word(before: str) -> bool:
    """Whether the key before a place's name ends in a commune's unit word (and not in a longer one ending in it)."""
    units, communes = _unit_word_keys()
    before = before.rstrip()
    unit = next((u for u in units if before.endswith(u) and (len(before) == len(u) or before[-len(u) - 1] == " ")), None)
    return unit in communes


@cache
def _not_places() -> re.Pattern | None:
    """The names in places.json that carry a place's name but name no place, as keys."""
    keys = {key_of(name) for name in json_data("places.json")["not_places"]["names"]}
    return re.compile(rf"(?<![a-z0-9])(?:{literal_alternation(sorted(keys, key=len, reverse=True))})(?![a-z0-9])") if keys else None


def _shared(value, texts: dict[str, str]):
    """``value`` (the registry's records, and dicts, lists, tuples and sets of them and of texts) with each text
    replaced by the first equal text ``texts`` met: pickle writes an object met before as a reference, so the cache
    file holds each of the thousands of ids, keys and names that the agencies and the indexes repeat once, not once
    per copy: a fifth smaller, its loading (every process that reads a file) 40% faster."""
    kind = type(value)  # exact types: a subclass (a dict with __missing__) is kept as it is
    if kind is str:
        return texts.setdefault(value, value)
    if kind is dict:
        return {_shared(key, texts): _shared(item, texts) for key, item in value.items()}
    if kind in (list, tuple, set, frozenset):
        return kind(_shared(item, texts) for item in value)
    if isinstance(value, _Record):
        return type(value)(*(_shared(getattr(value, name), texts) for name in value.__slots__))
    return value


def _fail(row: dict[str, str], name: str, reason: str):
    """A row that cannot be used: a RegistryError naming the registry folder's file and line, or a ValueError for
    the package's own files (a bug the tests catch)."""
    if "_from" in row:
        raise RegistryError(row["_from"], reason)
    raise ValueError(f"{name}: {reason}")


@cache
def registry() -> Registry:
    """The registry with its indexes, from the cache file when one was built from the same files by the same code
    (``_cache_path``), else built and cached: building it costs a command that reads one file most of its time."""
    _abbreviations(False)  # the abbreviations are read now, so that a wrong one is reported before any file is read
    path = _cache_path()
    built = _read_cache(path) if path is not None else None
    if built is None:
        built = Registry()
        for index in CACHED_INDEXES:
            getattr(built, index)
        if path is not None:
            _write_cache(path, built)
    return built


class _ByPlace(Mapping):
    """One of the registry's large mappings (the agencies, their printed forms, their keys) as the cache file keeps it:
    a pickle for each place's part, unpickled the first time that part is looked in. A command that reads one file
    looks in the parts of its document's places and the centre's, not in those of all 65 places: unpickling them all
    was a tenth of ``kehoach akn``'s time. Going through it (its keys, values, items) reads every part, in the order
    of the mapping it was made of."""

    def __init__(self, parts: dict[str | None, bytes], order: bytes):
        self._parts, self._order = parts, order
        self._read: dict[str | None, dict] = {}
        self._whole: dict | None = None

    @staticmethod
    def place_of(key) -> str | None:
        raise NotImplementedError

    @classmethod
    def of(cls, mapping: dict) -> _ByPlace:
        grouped: dict[str | None, dict] = {}
        for key, value in mapping.items():
            grouped.setdefault(cls.place_of(key), {})[key] = value
        # the first order kept as the place of each key in turn (a byte each, up to 256 places), each part keeping
        # its keys' order
        places = list(grouped)
        number = {place: n for n, place in enumerate(places)}
        turns = [number[cls.place_of(key)] for key in mapping]
        turns = bytes(turns) if len(places) <= 256 else turns
        return cls({place: pickle.dumps(_shared(part, {}), protocol=pickle.HIGHEST_PROTOCOL) for place, part in grouped.items()},
                   pickle.dumps((places, turns), protocol=pickle.HIGHEST_PROTOCOL))

    def __reduce__(self):
        return type(self), (self._parts, self._order)

    def _part(self, key) -> dict:
        return self._part_of_place(self.place_of(key))

    def _part_of_place(self, place: str | None) -> dict:
        part = self._read.get(place)
        if part is None:
            blob = self._parts.get(place)
            part = self._read[place] = pickle.loads(blob) if blob is not None else {}
        return part

    def __getitem__(self, key):
        return self._part(key)[key]

    def __contains__(self, key) -> bool:
        return key in self._part(key)

    def get(self, key, default=None):
        return self._part(key).get(key, default)

    def read_every_place(self) -> dict:
        """The whole mapping, every part read, in its first order."""
        if self._whole is None:
            places, turns = pickle.loads(self._order)
            parts = [iter(self._part_of_place(place).items()) for place in places]
            self._whole = dict(next(part) for part in map(parts.__getitem__, turns))
        return self._whole

    def __iter__(self):
        return iter(self.read_every_place())

    def __len__(self) -> int:
        return len(self.read_every_place())

    def keys(self):
        return self.read_every_place().keys()

    def values(self):
        return self.read_every_place().values()

    def items(self):
        return self.read_every_place().items()


def _text_before_slash(key) -> str | None:
    return key.partition("/")[0] if isinstance(key, str) else None


class _AgenciesByPlace(_ByPlace):
    place_of = staticmethod(_text_before_slash)  # an agency's id starts with its place's: "lam-dong/so-noi-vu"


class _FormsByPlace(_ByPlace):
    place_of = staticmethod(lambda key: key[0] if isinstance(key, tuple) and key else None)  # (place, folded form)


class _KeysByPlace(_ByPlace):
    place_of = staticmethod(lambda key: key if isinstance(key, str) else None)  # place -> its keys


# The registry's mappings the cache file keeps by place, and how.
_BY_PLACE: dict[str, type[_ByPlace]] = {"agencies": _AgenciesByPlace, "printed_forms": _FormsByPlace, "keys": _KeysByPlace}

# The indexes kept in the cache file beside the agencies (compiled patterns are not: they are built when used).
CACHED_INDEXES = ("printed_forms", "keys", "all_keys", "head_words", "_place_ids", "_place_names")
# The modules whose code decides what the registry holds: a change to any of them builds it again.
CACHE_CODE = ("stages/registry.py", "text.py", "resources.py")
# Where the registry is cached: this variable's folder (empty: no cache), else the user's cache folder.
CACHE_VARIABLE = "KEHOACH_CACHE_DIR"
# Cache files of other registries (an older registry folder, an older version) older than this are removed.
STALE_CACHE_SECONDS = 7 * 24 * 3600


def _cache_path() -> Path | None:
    """The registry's cache file, named by the digest of the registry files (the registry folder's included), of the
    code that builds it, and of the Python version that pickles it; None when caching is off."""
    folder = os.environ.get(CACHE_VARIABLE)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "kehoach")
    if not folder:
        return None
    digest = hashlib.sha256(f"{registry_digest()} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    package = Path(__file__).resolve().parent.parent
    try:
        for name in CACHE_CODE:
            digest.update((package / name).read_bytes())
    except OSError:
        return None
    return Path(folder) / f"registry-{digest.hexdigest()[:16]}.pickle"


def _read_cache(path: Path) -> Registry | None:
    """The registry a cache file holds; None when there is none or it cannot be read (cut short, another format):
    it is then built again and the file replaced."""
    try:
        with open(path, "rb") as handle:
            built = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a damaged cache file of any kind is rebuilt, never fatal
        return None
    return built if isinstance(built, Registry) else None


def _write_cache(path: Path, built: Registry) -> None:
    """Write the cache file atomically (two runs at once each write a whole file, and a killed one leaves no half file
    under the name); a folder that cannot be written means no cache, not an error."""
    from ..outputs.export import write_text_atomically  # only when the cache is written

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        now = time.time()
        for other in path.parent.glob("registry-*.pickle"):
            if other != path and now - other.stat().st_mtime > STALE_CACHE_SECONDS:
                other.unlink(missing_ok=True)
    except OSError:
        pass


@cache
def registry_digest() -> str:
    """A hash of the registry files, the registry folder's included: a clerk's new alias makes the next ingest read
    every file again."""
    digest = hashlib.sha256()
    for name in REGISTRY_FILES:
        digest.update(data_bytes(name))
    digest.update(data_bytes("places.json"))  # its word lists shape the keys and aliases the registry builds
    if _user_folder is not None:
        for name in (*REGISTRY_FILES, ALIASES_FILE):
            if (path := _user_folder / name).is_file():
                digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
