"""The agency registry: government bodies, the places they serve, and how they succeeded one another.

Read from data files a clerk can extend (``pipeline/data``): ``jurisdictions.csv`` (places), ``agencies.csv`` (bodies,
with "*tỉnh" / "*huyện" rows that every province / district has), ``agency_abbreviations.csv`` and
``agency_successions.csv``. Names are compared on keys built by rule (``name_key``): folded (case, tone marks, đ),
abbreviations expanded ("Sở TT&TT" -> "so thong tin va truyen thong"), punctuation dropped. The trailing place words
("… Thành phố", "… TP", "… tỉnh Lào Cai", "… quận") are split off by ``split_place``, so "Thanh tra TP" and "Thanh tra
tỉnh" are the inspectorate of the place the plan is about.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .resources import csv_rows, data_bytes
from .text import fold, strip_marks

REGISTRY_FILES = ("jurisdictions.csv", "agencies.csv", "agency_abbreviations.csv", "agency_successions.csv")
TEMPLATE_LEVEL = {"*tỉnh": "tỉnh", "*huyện": "huyện"}
# How a place's party committee is called, by the word its display name starts with.
_COMMITTEE = {"thành phố": "Thành ủy", "tỉnh": "Tỉnh ủy", "quận": "Quận ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy"}
_LEVEL_WORDS = {"thanh pho": "tỉnh", "tinh": "tỉnh", "quan": "huyện", "huyen": "huyện", "thi xa": "huyện"}
_PARENTHESES = re.compile(r"\([^)]*\)?")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:cac|giao|de nghi)\s+")
# Words of the sentence a table cell's name ran into ("UBND cấp xã phối hợp với", "… trong việc").
_TRAILING_WORDS = re.compile(r"\s+(?:phoi hop(?: voi)?|chu tri|trong(?: viec)?|de)$")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    id: str
    name: str
    display: str
    level: str
    parent: str | None
    aliases: tuple[str, ...]
    valid_until: str | None

    @property
    def committee(self) -> str:
        return next((c for word, c in _COMMITTEE.items() if self.display.startswith(word)), "Tỉnh ủy")


@dataclass(frozen=True, slots=True)
class Agency:
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
class Succession:
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
    rows = sorted(csv_rows("agency_abbreviations.csv"), key=lambda r: -len(r["abbreviation"]))
    alternatives, expansions = [], []
    for row in rows:
        if in_capitals and row["is_word"] == "1":
            continue
        if not re.match(r"[A-Z]", strip_marks(row["abbreviation"])):
            raise ValueError(f"agency_abbreviations.csv: {row['abbreviation']!r} does not start with a capital")
        parts = [re.escape(part) for part in strip_marks(row["abbreviation"]).split("&")]
        alternatives.append("(" + r"\s*(?:&|-|\bva\b|\bVA\b)?\s*".join(parts) + ")")
        expansions.append(fold(row["expansion"]))
    # Every abbreviation starts with a capital: the lookahead lets re skip all other positions at once instead of
    # trying each alternative there (eight times faster on body text).
    return re.compile(rf"(?=[A-Z])(?<![A-Za-z0-9])(?:{'|'.join(alternatives)})(?![A-Za-z0-9])"), tuple(expansions)


def key_of(text: str) -> str:
    """The form names are compared on: folded, remarks in parentheses dropped, abbreviations expanded,
    punctuation removed, a leading "các" / "Giao" dropped. "Sở TT&TT" and "Sở Thông tin và Truyền thông" share one key.
    Abbreviations are matched in capitals only ("tư pháp" is not "TU"), and in a name printed all in capitals not
    at all where they are also words."""
    key = _PARENTHESES.sub(" ", strip_marks(text))
    pattern, expansions = _abbreviations(key == key.upper())
    key = pattern.sub(lambda m: f" {expansions[m.lastindex - 1]} ", key)
    key = _SPACES.sub(" ", _PUNCTUATION.sub(" ", key.lower().replace("&", " va "))).strip()
    return _TRAILING_WORDS.sub("", _LEADING.sub("", key))


# Agency names repeat across documents: cached, and bounded so that a long ingest's memory stays flat.
name_key = lru_cache(maxsize=65536)(key_of)


class Registry:
    """Everything in the registry files, with the indexes resolution needs; built once per process."""

    def __init__(self) -> None:
        self.jurisdictions = {row["id"]: Jurisdiction(
            id=row["id"], name=row["name"], display=row["display"], level=row["level"], parent=row["parent"] or None,
            aliases=_split_list(row["aliases"]), valid_until=row["valid_until"] or None) for row in csv_rows("jurisdictions.csv")}
        self.agencies: dict[str, Agency] = {}
        rows = csv_rows("agencies.csv")
        # A body every province has comes first; a row for one place replaces it there (its own aliases, dates).
        for row in (r for r in rows if r["jurisdiction"] in TEMPLATE_LEVEL):
            for place in self._places_for(row["jurisdiction"]):
                agency = self._agency(row, place)
                self.agencies[agency.id] = agency
        placed: set[str] = set()
        for row in (r for r in rows if r["jurisdiction"] not in TEMPLATE_LEVEL):
            agency = self._agency(row, self._places_for(row["jurisdiction"])[0])
            if agency.id in placed:
                raise ValueError(f"agencies.csv: {row['name']!r} is listed twice for {row['jurisdiction']}")
            placed.add(agency.id)
            self.agencies[agency.id] = agency
        self.successions = [s for row in csv_rows("agency_successions.csv") for s in self._successions(row)]

    def _places_for(self, jurisdiction: str) -> list[Jurisdiction]:
        if jurisdiction in TEMPLATE_LEVEL:
            return [j for j in self.jurisdictions.values() if j.level == TEMPLATE_LEVEL[jurisdiction]]
        if jurisdiction not in self.jurisdictions:
            raise ValueError(f"agencies.csv: unknown jurisdiction {jurisdiction!r} (add it to jurisdictions.csv)")
        return [self.jurisdictions[jurisdiction]]

    def _agency(self, row: dict[str, str], place: Jurisdiction) -> Agency:
        default = "{name} ({nơi})" if row["collective"] == "1" else "{name} {nơi}"
        template = row["canonical"] or (default if place.display else "{name}")
        canonical = template.format(name=row["name"], nơi=place.display, tên=place.name, ủy=place.committee)
        return Agency(id=f"{place.id}/{slug(row['name'])}", name=row["name"], canonical_name=canonical.strip(),
                      kind=row["kind"], level=row["level"], jurisdiction=place.id, collective=row["collective"] == "1",
                      aliases=_split_list(row["aliases"]), valid_from=row["valid_from"] or None,
                      valid_until=row["valid_until"] or place.valid_until)

    def _successions(self, row: dict[str, str]):
        before_place, _, before = row["predecessor"].partition("/")
        after_place, _, after = (row["successor"] or "").partition("/")
        for place in self._places_for(before_place):
            successor = None
            if after:
                successor = f"{place.id if after_place == before_place else after_place}/{slug(after)}"
            yield Succession(predecessor=f"{place.id}/{slug(before)}", successor=successor, date=row["date"],
                             kind=row["kind"], legal_basis=row["legal_basis"])

    # Indexes ------------------------------------------------------------------------------------------------

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
            for form in (agency.name, agency.canonical_name, *agency.aliases):
                key = name_key(form)
                for variant in {key, self.split_place(key)[0]}:
                    by_key.setdefault(variant, set()).add(agency.id)
        return index

    @cached_property
    def all_keys(self) -> frozenset[str]:
        """Every key of every place: a name the registry knows somewhere."""
        return frozenset(key for by_key in self.keys.values() for key in by_key)

    @cached_property
    def head_words(self) -> frozenset[str]:
        """First words of registry names ("so", "bo", "phong", "ban" …): the kind of body a name starts with."""
        return frozenset(key.split(" ", 1)[0] for key in self.all_keys)

    @cached_property
    def _place_ids(self) -> dict[str, str]:
        """Folded place name or alias ("ha noi", "tphcm") -> jurisdiction id."""
        return {fold(alias): j.id for j in self.jurisdictions.values() if j.level != "Trung ương"
                for alias in (j.name, *j.aliases)}

    @cached_property
    def _place_names(self) -> str:
        return "|".join(re.escape(n) for n in sorted(self._place_ids, key=len, reverse=True))

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
        return key[: match.start()].strip(), level, place

    @cached_property
    def _any_place(self) -> re.Pattern:
        return re.compile(rf"(?<![a-z0-9])(?:{self._place_names})(?![a-z0-9])")

    def place_named_in(self, text: str) -> str | None:
        """The jurisdiction a heading or a place line names: "ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN" -> "binh-tan"; the longest
        name wins ("Thành phố Hồ Chí Minh" over a shorter one inside it)."""
        found = [m.group() for m in self._any_place.finditer(key_of(text))]  # body text: not cached
        return self._place_ids[max(found, key=len)] if found else None

    def chain(self, place: str | None) -> list[str]:
        """The jurisdictions whose bodies a plan of ``place`` names without saying where: itself, its parents, the centre."""
        out = []
        while place and place in self.jurisdictions and place not in out:
            out.append(place)
            place = self.jurisdictions[place].parent
        if "viet-nam" not in out:
            out.append("viet-nam")
        return out


@cache
def registry() -> Registry:
    return Registry()


@cache
def registry_digest() -> str:
    """A hash of the registry files: a clerk's new alias makes the next ingest read every file again."""
    digest = hashlib.sha256()
    for name in REGISTRY_FILES:
        digest.update(data_bytes(name))
    return digest.hexdigest()[:12]
