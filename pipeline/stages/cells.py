"""What a table cell (or a paragraph of a flattened table) looks like: a row number, an agency's name, a
deadline, a product. The row aligner of flattened tables scores paragraphs with these, and a column whose
header names nothing known is judged by how many of its cells look like each."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..resources import any_of, body_start, csv_rows, json_data, listed_pattern
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, first_character_lookahead, fold

# A row's number: figures, Roman numerals, a capital, "a)", or a bare "a"/"a." of the letters a lettered list runs
# through ("I / 1 / a" annexes; not "m", "t", "x": units and ticks)
_LIST_LETTER = r"[a-eđgh]\.?"
# a figure, a Roman numeral or a capital closed by a bracket or a dash, as legal sites' copies print them ("1)", "2-",
# "II-", "A-")
_CLOSED_NUMBER = r"(?:\d{1,3}|[IVXLC]{1,6}|[A-ZĐ])\s?[)\-–]"
ROW_NUMBER = re.compile(rf"^(?:\d{{1,3}}(?:[.,]\d{{1,3}})*\.?|{_CLOSED_NUMBER}|[IVXLC]{{1,6}}\.?|[IVXLC]{{1,5}}\.\d{{1,2}}|[A-Z]\.?|[a-zđ]\)|{_LIST_LETTER}|[-–+]|Bước\s+\d{{1,2}}\.?)$")
BARE_LETTER = re.compile(rf"^{_LIST_LETTER}$")
# a line that opens a dashed item of a cell's text ("- Tổ chức …", "+ In tờ gấp …"): a bullet, then a word
DASHED_LINE = re.compile(r"^[-–+•]\s*[^\W\d_]")


def dashed_part(text: str, above: str, above_alone: bool) -> bool:
    """A dashed line alone in its row of a copied table ("- Tổ chức hội nghị …") that goes on the task of the row
    above (``above``: that row's task cell; ``above_alone``: it is such a line too): no heading of a group ("- Lĩnh
    vực giáo dục:", ending in ":"), and no item under a row that is a dashed item with its own cells (items of a
    list, each a row)."""
    return (bool(DASHED_LINE.match(text)) and not text.rstrip().endswith(":")
            and (above_alone or not DASHED_LINE.match(above.strip())))
# A task's code where a table prints codes for row numbers ("NV01", "HT.01", "CĐS-02", "CCHC.1.2": capitals, then
# figures): no column's name has that form
TASK_CODE = re.compile(r"^[A-ZĐ]{1,4}[.\-_]?\d{1,3}(?:\.\d{1,3})*$")
_CELL_WORDS = json_data("cell_words.json")
# A paragraph that names a body. Words that also start verbs or nouns are excluded where they do:
# "Ban hành", "Tổ chức", "Hội nghị", "Báo cáo", "Phòng, chống", "Đoàn kết".
AGENCY = re.compile(
    r"^(?:[-+•–]\s*)?(?:các\s+|Các\s+)?(?:Sở|sở|UBND|Ủy ban|Uỷ ban|UBNĐ|Văn phòng|VPUBND|VPUB|VP|Ban(?!\s+hành)|ban(?!\s+hành)|Viện|"
    r"Trung tâm|Thanh tra|Công an|Bảo hiểm|BHXH|Đài|Tòa|Cơ quan|cơ quan|HĐND|Hội đồng|MTTQ|Mặt trận|Tổng Công ty|"
    r"Đoàn(?!\s+kết)|Phòng(?!,)(?!\s+chống)|Chi cục|Cục|Bộ(?!\s+(?:phận|trưởng))|Trường|Đơn vị|đơn vị|Tổ(?!\s+chức)|Hội(?!\s+nghị)|"
    r"Báo(?!\s+cáo)|Đảng|Thành ủy|Tỉnh ủy|Quận ủy|Huyện ủy|Kho bạc|Ngân hàng|Liên đoàn)\b"
    # the residential groups a commune or ward plan names as collectives: "Các tổ dân phố", "Các thôn, bản"
    # (data/cell_words.json); those whose word also starts a noun ("Các bản kế hoạch") only where the name ends
    r"|^(?:[-+•]\s*)?[Cc]ác\s+(?:" + any_of(_CELL_WORDS["residential_groups"])
    + r"|(?:" + any_of(_CELL_WORDS["residential_groups_at_end"]) + r")(?=\s*(?:$|[,;.]|và\b)))\b"
)


def _time_phrases(key: str) -> re.Pattern[str]:
    phrases = _CELL_WORDS[key]
    return re.compile(rf"(?:^|\b){first_character_lookahead(phrases)}(?:{'|'.join(phrases)})", re.IGNORECASE)


DEADLINE = _time_phrases("deadline_phrases")
_LATEST = _time_phrases("latest_phrases")  # "chậm nhất", "cuối năm": no time in a product's own words
PRODUCT = re.compile(r"^(?:[-+•]\s*)?(?:" + any_of(_CELL_WORDS["product_starts"]) + ")")
# A paragraph that starts with a role label ("Chủ trì: Sở Y tế", "- Phối hợp: …"): an agency cell's line
ROLE_LABEL = re.compile(r"^(?:[-+•]\s*)?(?:" + "|".join(map(re.escape, json_data("task_tables.json")["role_labels"]))
                        + r")\s*:\s*\S", re.IGNORECASE)
# The label of a group of rows ("Nhóm 1: …", "Lĩnh vực y tế"), from data/task_tables.json
GROUP_LABEL = listed_pattern("task_tables.json", "group_words", re.IGNORECASE)
# A group's mark and title in one cell merged across its row ("I. CHỈ TIÊU VỀ KINH TẾ", "A. CÁC CHỈ TIÊU XÃ HỘI"): an
# indicator table reads it in the number's column; not a quarter's abbreviation ("Q.II/2026": "Q" | "II/2026")
MARKED_GROUP_LABEL = re.compile(r"(?!Q\.\s*(?:IV|I{1,3})\b)(?P<mark>[IVXLC]{1,6}|[A-ZĐ])[.)]\s*(?P<title>[^\W\d_].*)",
                                re.DOTALL)
# A person named in a cell of "Người thực hiện": two to five capitalised words, a title of address before them
# (the capitals and small letters of Vietnamese by their case, text.CAPITAL_LETTERS: "Đo đạc", "Bảo đảm", tasks of
# two words, had read as names)
PERSON = re.compile(rf"^(?:(?:Ông|Bà|Đ/c|Đồng chí|đồng chí)\s+)?[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*(?:\s+[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*){{1,4}}$")
_MAX_AGENCY_CELL = 160


_TITLE_OF_ADDRESS = re.compile(r"^(?:Ông|Bà|Đ/c|đ/c|Đồng chí|đồng chí)\s+")
_NAME_AND_POST = re.compile(r"\s+[-–]\s+")  # "Nguyễn Văn An - Phó Giám đốc"


@cache
def _person_forms() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The family names (task_tables.json surnames), the places' names (jurisdictions.csv, folded), how a body's
    name starts (body_words.csv) and a post printed before a name (positions.csv, "Phó " before it or not): what
    tells a person's name from a body's."""
    places = {fold(name) for row in csv_rows("jurisdictions.csv")
              for name in (row["name"], *(row.get("aliases") or "").split("|")) if name}
    posts = sorted((row["position"] for row in csv_rows("positions.csv")), key=len, reverse=True)
    post = re.compile(r"^(?:Phó\s+)?(?:" + "|".join(map(re.escape, posts)) + r")\s+", re.IGNORECASE)
    return frozenset(json_data("task_tables.json")["surnames"]), frozenset(places), re.compile(body_start()), post


def _a_name(name: str) -> bool:
    """A person's name by its form: a title of address before capitalised words ("Đ/c Lê Thị Thu"), or a family
    name first that no body's name starts with and that names no place."""
    bare = _TITLE_OF_ADDRESS.sub("", name)
    if not PERSON.match(bare) or AGENCY.match(bare):
        return False
    if bare != name:
        return True
    surnames, places, body, _ = _person_forms()
    return bare.split()[0] in surnames and fold(bare) not in places and not body.match(bare)


def names_a_person(text: str) -> bool:
    """"Đỗ Mạnh Cường", "Đồng chí Lê Thị Hoa, Chủ tịch UBND xã", "Nguyễn Văn An - Phó Giám đốc", "Phó Giám đốc
    Nguyễn Văn An": a person (by name, a post after it or before it), never a body; a post alone ("Phó Chủ tịch UBND
    tỉnh") names none. A person by form only (``_a_name``): "Tỉnh Đoàn", "Trạm Y Tế", "Hà Nội", "Đoàn Thanh Niên"
    are bodies or places; unsure, a cell is read as a body."""
    name = _NAME_AND_POST.split(text.split(",")[0].strip())[0]
    if _a_name(name):
        return True
    post = _person_forms()[3].match(name)
    return bool(post) and _a_name(name[post.end():]) and not _TITLE_OF_ADDRESS.match(name[post.end():])


def without_person_at_end(text: str) -> str:
    """``text`` less the person's name that ends it after a post ("Phó Thủ tướng Lê Văn Minh" -> "Phó Thủ tướng",
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình" -> "Phó Chủ tịch UBND tỉnh"); as it is where no name ends it. Three
    words at least: two after a post are as often a place the lists lack ("Chủ tịch UBND huyện Lâm Hà")."""
    words = text.split()
    for count in (4, 3):
        if len(words) > count and _a_name(" ".join(words[-count:])):
            return " ".join(words[:-count])
    return text


# "Năm", "Trước ngày", "Giai đoạn": a period's opening words alone on a line, its time on the next one
# (data/task_tables.json period_openers)
PERIOD_OPENER_ALONE = re.compile(r"\s*(?:" + any_of(json_data("task_tables.json")["period_openers"]) + r")\s*", re.IGNORECASE)


def find_time_words(text: str) -> re.Match[str] | None:
    """The first words that make a cell a time ("Quý II/2026", "Chậm nhất ngày 06 …", a period's opening words alone:
    "Năm" wrapped before its "2026"); "chậm nhất …" and "cuối năm" not in a cell that opens as a product ("Báo cáo
    tổng kết cuối năm": what is made, not when)."""
    found = DEADLINE.search(text) or PERIOD_OPENER_ALONE.fullmatch(text)
    if PRODUCT.match(text) or not (latest := _LATEST.search(text)):
        return found
    return latest if found is None or latest.start() < found.start() else found
_MAX_DEADLINE_CELL = 120
# the words that name a phase or round ("Giai đoạn", "Đợt", "Lần"), as alternatives of a regex to match case-insensitively
PHASE_WORDS = any_of(json_data("task_tables.json")["phase_words"])
_PHASE_LABEL = re.compile(json_data("task_tables.json")["phase_labels"].replace("PHASE", PHASE_WORDS))


@lru_cache(maxsize=4096)
def names_a_phase_only(text: str) -> bool:
    """"Giai đoạn 1", "Đợt 2", "II": a phase of the work printed with no time (data/task_tables.json phase_labels), no
    deadline; "Giai đoạn 1 (2026)", "Giai đoạn 2026-2030", "Bước 1: tháng 3/2026" name their time after the label."""
    text = text.strip()
    label = _PHASE_LABEL.match(text)
    return label is not None and find_time_words(text[label.end():]) is None


@lru_cache(maxsize=8192)
def looks_like_agency(text: str) -> bool:
    """A cell that starts with a body's name ("Sở Nội vụ; UBND các xã") or is a name the registry knows
    ("Chính phủ", "Tòa án nhân dân tối cao")."""
    text = text.strip()
    if not text or len(text) > _MAX_AGENCY_CELL:
        return False
    if AGENCY.match(text):
        return True
    from .agencies import split_agencies
    from .registry import name_key, registry

    names = split_agencies(text)
    return bool(names) and name_key(names[0]) in registry().all_keys


def reads_as_agency(name: str) -> bool:
    """A body's name as printed, or a title in capitals read in title case ("SỞ NỘI VỤ") or in sentence case ("CÔNG AN
    TỈNH": "Công an tỉnh"; its title case "Công An Tỉnh" starts no body's name)."""
    return looks_like_agency(name) or (name.isupper() and (looks_like_agency(name.title())
                                                           or looks_like_agency(name.capitalize())))


@lru_cache(maxsize=8192)
def looks_like_deadline(text: str) -> bool:
    """A short cell that names a date, a period or a recurrence ("Quý II/2026", "Thường xuyên", "Phiên họp tháng 9")."""
    text = text.strip()
    return 0 < len(text) <= _MAX_DEADLINE_CELL and find_time_words(text) is not None


@lru_cache(maxsize=1)
def _matrix_marks() -> dict[str, str | None]:
    return {fold(mark): role for mark, role in json_data("task_tables.json")["matrix_marks"].items()}


def is_role_mark(text: str) -> bool:
    """"CT", "PH", "x": what a cell under a body's column says in a table of assignments (data/task_tables.json)."""
    return " ".join(fold(text).split()).strip(" .") in _matrix_marks()


def role_of_mark(text: str) -> str | None:
    """The role a mark gives ("CT" -> lead, "PH" -> support); None for a mark that gives none ("x") or no mark."""
    return _matrix_marks().get(" ".join(fold(text).split()).strip(" ."))


@lru_cache(maxsize=1)
def _period_marks() -> frozenset[str]:
    return frozenset(fold(mark) for mark in json_data("task_tables.json")["period_marks"])


def is_period_mark(text: str) -> bool:
    """"x", "✓": a schedule's mark in the column of a period a task runs in (data/task_tables.json)."""
    return " ".join(fold(text).split()).strip(" .") in _period_marks()


@lru_cache(maxsize=1)
def _ditto_marks() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["ditto_marks"])


def is_ditto(text: str) -> bool:
    """"Như trên", "nt", "-nt-": a cell that repeats the cell above it in words (data/task_tables.json)."""
    return " ".join(re.sub(r"[-–.()]", " ", fold(text)).split()) in _ditto_marks()


@lru_cache(maxsize=1)
def _total_labels() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["total_labels"])


@lru_cache(maxsize=1)
def _total_with_count() -> re.Pattern[str]:
    data = json_data("task_tables.json")
    labels = "|".join(sorted(map(re.escape, data["total_labels"]), key=len, reverse=True))
    return re.compile(rf"(?:{labels}){data['total_counts']}")


def is_total_label(text: str) -> bool:
    """"TỔNG CỘNG", "Tổng số", "Tổng cộng: 08 nhiệm vụ": a totals row's label, alone or with the count or sum it gives
    (data/task_tables.json): never a task, never a column's name."""
    folded = " ".join(fold(text).split()).strip(" :")
    return folded in _total_labels() or _total_with_count().fullmatch(folded) is not None


@cache
def _field_roles() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"^(?:{p})$", re.IGNORECASE), role) for p, role in json_data("assignments.json")["field_labels"].items())


def field_role(label: str) -> str | None:
    """The role a task item's field label gives ("Cơ quan chủ trì" -> lead, "Thời gian thực hiện" -> time, "Kinh phí"
    -> budget; data/assignments.json field_labels), None for words that are no such label."""
    label = " ".join(label.split())
    return next((role for pattern, role in _field_roles() if pattern.match(label)), None)
