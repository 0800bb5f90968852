"""Assignments in prose: which body is given which duty, in plans that assign work in sentences, not tables.

Under "TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ VÀ GIẢI PHÁP" … a duty is a clause whose subject is a list of bodies:

- "Phòng Tư pháp quận chủ trì phối hợp với Phòng Nội vụ quận hướng dẫn …" -> lead Phòng Tư pháp, support Phòng Nội vụ;
- "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam quận chủ trì, …" -> requested (a body outside the issuer's command);
- "3. Giao Trưởng phòng Nội vụ quận" heading, then "- Chủ trì, phối hợp với các cơ quan … mở các lớp …" -> the
  heading's body leads each duty below it.

The subject ends at the first verb (``assignments.json``), so no sentence parser is needed; names are resolved by the
agencies stage that follows. A clause with no body in it is not an assignment.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile
from typing import NamedTuple

from .agencies import BODY_START, agencies_by_role, known_anywhere, known_as_printed, names_no_one_body, split_agencies, without_head
from .cells import field_role, without_person_at_end
from .dates import blank_days, impossible_dates
from .deadlines import (CLAUSE_COMMA, cites_document, deadline_doubt, names_year_in_words_only, parse_deadline, plan_year,
                        starts_with_deadline_words, year_of_date_in_december)
from ..facts import per_document
from ..model import AgencyMention, Assignment, Deadline, Document, Issue, Section
from .registry import key_of, name_key, registry, registry_rows
from .status import read_status, report_date, time_roles
from ..resources import any_of, json_data
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, fold, may_start_lookahead

# A full stop before a small letter ends no sentence where it follows the kind of body a list names ("phối hợp với cơ
# quan. đơn vị, doanh nghiệp …": OCR's "." for ","); elsewhere it does ("… hàng giả. ủy ban nhân dân các xã rà soát …":
# a capital OCR read small), and so before a lettered point run into the text ("… kinh phí. b) Sở Y tế …")
_NOT_BEFORE_SMALL_LETTER = rf"(?![{SMALL_LETTERS}](?!\)))"


def _not_after_abbreviation(abbreviations: list[str], markers: list[str]) -> str:
    """At a full stop's end, that no abbreviation of a name precedes it ("TP. Hồ Chí Minh", "UBND TX. Sơn Tây": no
    sentence ends there), unless a body's name follows, or a marker that assigns to one ("… báo cáo UBND TP. Sở Y tế
    tổ chức …", "… báo cáo UBND TP. Giao Văn phòng UBND thành phố theo dõi."; not "TT. Giao Thủy": no body after
    the word); "Sở TT&TT." is no abbreviation of a place."""
    behinds = "".join(rf"(?<!(?<![\w&-]){re.escape(word)}\.)" for word in abbreviations)
    return rf"(?:{behinds}|(?=\s+(?:(?:{_alternatives(markers)})\s+)?{BODY_START}))"


def _sentence_end(kinds: list[str], abbreviations: list[str], markers: list[str]) -> str:
    """Where a full stop ends a sentence: the space after it, unless a body kind of ``kinds`` precedes it and a small
    letter follows, or it ends an abbreviation of ``abbreviations``."""
    after_no_kind = "".join(rf"(?<!(?<![\w-])(?i:{re.escape(kind)})\.)" for kind in kinds)
    return rf"(?<=\.){_not_after_abbreviation(abbreviations, markers)}(?:{after_no_kind}\s+|\s+{_NOT_BEFORE_SMALL_LETTER})"


@cache
def _last_sentence() -> re.Pattern:
    """All of a text up to its last sentence (a full stop, not an abbreviation's, before a capital)."""
    data = json_data("assignments.json")
    abbreviations = _not_after_abbreviation(data["abbreviations"], list(data["markers"]))
    return re.compile(rf".*(?<=\.){abbreviations}\s+(?=[{CAPITAL_LETTERS}])", re.DOTALL)


_LEADING_BULLET = re.compile(r"^[-+•–]\s*")
_SUBJECT_START = re.compile(rf"^{BODY_START}", re.IGNORECASE)
_SUBJECT_START_CASED = re.compile(rf"^{BODY_START}")
_BODY_HERE = re.compile(BODY_START)  # matched at a clause's opening (``match(text, pos)``: "^" holds only at 0)
# a field's label in the plural ("Các cơ quan phối hợp: Sở Tư pháp"), which may as well open the bodies' own heading
_COLLECTIVE_LABEL = re.compile(r"các\s", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"\s[-–]\s*$")  # a field after a dash ("1. Rà soát … - Chủ trì: Sở Nội vụ")
_CLAUSE_OPENINGS = re.compile(r"(?:^|[;,])\s*")
_DATE_LIKE = re.compile(r"\d\s*/\s*\d")


class Issuers(NamedTuple):
    """The keys (registry.key_of) of the bodies that issue a document, for the askers' rule: a body that asks ("UBND
    tỉnh yêu cầu các sở …") hands the work to those it names only when it issues the plan."""

    own: tuple[str, ...] = ()  # every body of a joint document; () while the issuer is unknown
    above: tuple[str, ...] = ()  # the body the header prints above the issuer ("UBND TỈNH …" over "SỞ NỘI VỤ")


_ISSUERS: ContextVar[Issuers] = ContextVar("issuers", default=Issuers())
# The role a body a point names takes under a lead-in where the issuer asks no one named ("UBND tỉnh đề nghị:" /
# "- Ủy ban MTTQ tỉnh tuyên truyền …": requested), as if the point opened with the asking word.
_ASKED_ROLE: ContextVar[str] = ContextVar("asked_role", default="lead")
# The paragraphs a task or indicator table was read from that a section's text holds (a table copied a cell a line, in
# the body): block id -> its text. Its cells are the table's rows, no prose of the section's.
_TABLE_CELLS: ContextVar[dict[str, str]] = ContextVar("table_cells", default={})
# Whether the document is a resolution (Nghị quyết), whose formulas of execution and supervision give no duty
# (assignments.json resolution_clauses): elsewhere the same words are work given ("Sở Y tế tổ chức thực hiện Nghị quyết")
_IN_RESOLUTION: ContextVar[bool] = ContextVar("in_resolution", default=False)
# Whether a dispatch's writer has turned to giving work in a lead-in ("Ủy ban nhân dân tỉnh có ý kiến như sau:"), not
# to telling what happened ("… báo cáo kết quả như sau:"), in the order its points are read: set per document
_DIRECTING: ContextVar[list[bool]] = ContextVar("directing", default=[False])
# The time field of the heading of bodies the duties below it are given under ("1. Sở Nội vụ chủ trì; Sở Tư pháp phối
# hợp; thời hạn: quý III/2026:"): their deadline where their own words give none
_HEADING_TIME: ContextVar[str | None] = ContextVar("heading_time", default=None)
_PASSIVE = re.compile(r"(?<![\w-])được\s*$")  # "… được phân công": those the work was given to (named_after_duoc)
_ITEM_MARKER = r"(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[IVXLC]{1,6}\.|[-+•–])\s"
# Where a labelled field can start: the text's start, after "; " or ". ", after a line break, after an opening bracket
# ("1. Rà soát … (cơ quan chủ trì: Sở Nội vụ; thời gian: quý II/2026)"), after a dash between spaces ("1. Rà soát …
# - Chủ trì: Sở Nội vụ; phối hợp: …"); and, for ``_field_matches``, what ends right before each of those places but the
# first ("[;.]\s|\n|(|\s-\s", written to start with one character class: re then skips to those characters in C)
_FIELD_START = r"(?:^|(?<=[;.]\s)|(?<=\n)|(?<=\()|(?<=\s[-–]\s))"
_FIELD_STARTS = re.compile(r"[;.\n(\-–](?:(?<=[\n(])|(?<=[;.])\s|(?<=\s[-–])\s)")
# and after ", " for a duty's status ("…, tiến độ: Đã hoàn thành"): a label must open the clause, so prose that only
# holds its words ("đẩy nhanh tiến độ giải ngân") is no field
_BRACKETED = re.compile(r"\([^()\n]*\)?")
_FIELD_OR_CLAUSE_START = r"(?:^|(?<=[;.,]\s)|(?<=\n)|(?<=\())"
_FIELD_OR_CLAUSE_STARTS = re.compile(r"[;.,\n(](?:(?<=[\n(])|\s)")
_AGENCY_FIELDS = ("lead", "support", "implementer")
_MORE_BODIES = re.compile(rf"\s*;\s*(?P<more>{BODY_START}[^;:\n]*?)\s*(?=[;.]\s|[;.]?$|\n)")  # the field roles that name bodies (the others: deadline, output, note)
# the lines a task item's fields are printed on, a field to a line: bullets ("-", "+", "*"), or letters ("a) Cơ quan chủ
# trì: Bộ Nội vụ." / "b) Thời gian hoàn thành: Quý IV/2025.", as the Government's plans for a law's implementation print
# them); a line but a dash's that opens with words of its own before a label is an item of its own
FIELD_LINE_KINDS = frozenset({"dash", "plus", "star", "letter"})
TIME_FIELDS = ("deadline", "time")  # the field roles whose values are a deadline, as a task item reads them
# a duty's clauses, where a deadline can start: the task reader's clause breaks, a parenthesis's end, sentence ends
_DUTY_CLAUSE_BREAK = re.compile(rf"(?:{CLAUSE_COMMA}|[;()])\s*|\.\s+")  # not inside a list of months


def _alternatives(phrases) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between their words; grouped under their first
    character ("c(?:ăn\\s+cứ|ó\\s+trách\\s+nhiệm)|t(?:riển\\s+khai|…)"), as text.literal_alternation groups words: re
    then tries at a word's start only the phrases that start with its character, not each of a hundred verbs (a phrase
    in ignored case is tried whole, its first character too). Only one group can match where no two first characters
    are one letter in two cases, so the longest phrase matching still wins; a list that has two such is not grouped."""
    ordered = sorted(phrases, key=len, reverse=True)
    as_pattern = lambda phrase: re.escape(phrase).replace(r"\ ", r"\s+")  # noqa: E731
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[:1], []).append(phrase[1:])
    if "" in groups or len({first.lower() for first in groups}) < len(groups):
        return "|".join(map(as_pattern, ordered))
    return "|".join(f"{as_pattern(first)}(?:{'|'.join(map(as_pattern, rests))})" for first, rests in groups.items())


@cache
def _rules() -> dict:
    data = json_data("assignments.json")
    registry_words = " ".join(fold(a.name) for a in registry().agencies.values())
    verbs = data["verbs"]
    # a verb that is also a word of a body's name ("Sở Xây dựng") ends a subject only in lower case
    in_names = {fold(v) for v in data["verbs_in_names"]}
    anycase = [v for v in verbs if fold(v) not in registry_words and fold(v) not in in_names]
    lowercase = [v for v in verbs if fold(v) in registry_words or fold(v) in in_names]
    verb = (rf"(?<![\w-])(?<![Cc]ác )(?<![Nn]hững )(?:(?i:{_alternatives(anycase)})|{_alternatives(lowercase)}"
            rf"|(?:{_alternatives(data['verbs_before_bodies'])})(?=\s+{BODY_START}))(?![\w-])")
    # "… các huyện, thành phố trong tỉnh": the words of the name ("trong" stops elsewhere)
    stop = (rf"(?<![\w-])(?!(?:{_alternatives(data['stops_in_names'])})(?![\w-]))"
            rf"(?P<stop>{_alternatives(data['stops'])})(?![\w-])")
    # "… Chủ tịch UBND các huyện | trong phạm vi chức năng, nhiệm vụ được giao có kế hoạch …": a subject's bounds
    scope = rf"(?<![\w-])(?:{_alternatives(data['subject_scopes'])})(?![\w-])"
    # "Bộ Nội vụ, cơ quan chủ trì Đề án, …": a role in apposition, after a comma, a dash or "với vai trò" (data:
    # apposition_words) only, and not after a kind
    # of body ("Giao cơ quan, đơn vị chủ trì …", "Các Sở, cơ quan chủ trì chương trình …": a collective, then its role
    # word; "Văn phòng Bộ, cơ quan thường trực …", "Bộ Nội vụ, cơ quan chủ trì …" are bodies' names)
    shared_kinds = json_data("cell_words.json")["shared_heads"]["words"]
    collective_kinds = [*data["kinds_before_ocr_comma"],
                        *(f"{article} {kind}" for kind in {*shared_kinds, *map(str.lower, shared_kinds)}
                          for article in ("Các", "các"))]
    # nor after a small kind word a collective's list goes on with ("Các sở, ban, cơ quan chủ trì …": its third item)
    list_items = {*map(str.lower, shared_kinds), *json_data("cell_words.json")["shared_heads"]["other_kinds"]}
    after_no_kind = "".join(rf"(?<!\b{re.escape(kind)})" for kind in collective_kinds) \
        + "".join(rf"(?<!, {re.escape(item)})" for item in sorted(list_items) if item.islower())
    # (in small letters: "Bộ Công an - Cơ quan Thường trực Chương trình …" is a title printed after the name)
    apposition = (rf"{after_no_kind}\s*(?:,|\s[-–]|\s+(?:{_alternatives(data['apposition_words'])}))\s*"
                  rf"(?-i:{_alternatives(data['lead_appositions'])})(?![\w-])")
    role_word = rf"(?:[\s,]+(?i:{_alternatives(data['lead'] + data['support'])})(?![\w-])|{apposition})"
    positions = _alternatives(data["positions"])
    # "Phó | Thủ tướng Chính phủ yêu cầu …": the deputy of a head whose title names no body of its own
    deputy = rf"{re.escape(data['office_deputy'])}\s+(?=(?:{_alternatives(data['office_heads'])})(?![\w-]))"
    field = (r"[-+•–]?\s*(?P<label>" + any_of(data["field_labels"])
             + r")\s*:\s*(?P<value>[^;:\n]+?)\s*(?=[;.]\s|[;.]?$|\n)")
    # a line break inside a field's value is a space; one before an item's marker, or before a field's label opening a
    # line in capitals ("Số hóa tài liệu" over "Cơ quan chủ trì: Văn phòng Chính phủ" with no mark or stop between),
    # ends the field ("9. Thời gian thực hiện:" over "10. …" in a form to fill in is a blank, not "10")
    label_opening = rf"\s*(?=[A-ZĐ])(?i:{any_of(data['field_labels'])})\s*:"
    line_in_field = re.compile(rf"\n(?!\s*{_ITEM_MARKER}|{label_opening})")
    any_phrase = rf"(?<!\w)(?:{any_of(data['deadline_phrases'])})"
    sentence_end = _sentence_end(data["kinds_before_ocr_comma"], data["abbreviations"], list(data["markers"]))
    handing = [word for word in data["askers"] if fold(word) not in {fold(w) for w in data["asks_in_context"]}]
    return {
        "parts": tuple(data["parts"]),
        "commanding_types": frozenset(data["commanding_types"]),
        "article_types": frozenset(data["article_types"]),
        "marked_point_types": frozenset(data["marked_point_types"]),
        "marked_points_only": frozenset(data["marked_points_only"]),
        "execution_clause": re.compile(any_of(data["execution_clauses"]), re.IGNORECASE),
        "resolution_clause": re.compile(any_of(data["resolution_clauses"]), re.IGNORECASE),
        # "Theo đề nghị của Sở Y tế tại Tờ trình …, | Chủ tịch UBND tỉnh giao …": a ground (or any preamble) before the
        # issuer asks, read past as many commas as it holds
        "ground_opening": re.compile(rf"^(?:{any_of(data['ground_openings'] + data['subject_preambles'])})"),
        "marker": re.compile(rf"^({_alternatives(data['markers'])})\s+"),
        "marker_role": data["markers"],
        # "Ủy ban nhân dân tỉnh yêu cầu …", "UBND tỉnh giao Sở Nội vụ …": the body that asks, then the word that asks
        "asker": re.compile(rf"^(?P<asker>(?:(?:{positions})\s+|{deputy})?{BODY_START}[^:;]*?)\s+"
                            rf"(?P<word>{_alternatives(data['askers'])})(?![\w-])\s*"),
        # "Trường hợp còn ý kiến khác nhau giữa các bộ, cơ quan, giao Bộ Tài chính chủ trì …": work handed to a body
        # after a clause's comma (its end: where the bodies start)
        "handed_on": re.compile(rf",\s*(?:{_alternatives(data['askers'])})\s+(?={BODY_START})"),
        # "Rà soát …, giao Sở Nội vụ chủ trì …" (handed_after_work), "Rà soát …; giao Sở Nội vụ …" (handed_at_start: a
        # word that gives work in small letters opening the clause after the work's ";"; not "…; đề nghị Ủy ban MTTQ
        # tỉnh tham gia giám sát …", a resolution's formula, as before); never "yêu cầu" (asks_in_context: under a
        # body's heading that body asks, "…; yêu cầu các đơn vị lắp đặt trạm cân …": the firms it oversees, no body)
        "handed_after_work": re.compile(rf",\s*(?:{_alternatives(handing)})\s+(?={BODY_START})"),
        "handed_at_start": re.compile(rf"^\s*(?:{_alternatives([w for w in handing if data['askers'][w] == 'lead'])})"
                                      rf"\s+(?={BODY_START})"),
        # "- Yêu cầu các đơn vị khai thác …" under "2. Sở Nông nghiệp và Môi trường": the heading's body asks
        "asks_in_context": re.compile(rf"^(?:{_alternatives(data['asks_in_context'])})(?![\w-])"),
        "asker_role": data["askers"],
        "office_deputy": re.compile(rf"^{deputy}"),
        # "VĂN PHÒNG" / "Văn phòng Chính phủ": an office, then the body it issues for (or none printed)
        "office": re.compile(rf"^(?i:{_alternatives(data['offices'])})(?P<body>(?:\s+.*)?)$"),
        # "Sở Tài chính đã | thực hiện …": words before the verb that are no part of the name
        "adverbs": re.compile(rf"(?P<first>\s+(?:{_alternatives(data['subject_adverbs'])}))"
                              rf"(?:\s+(?:{_alternatives(data['subject_adverbs'])}))*[\s,]*$"),
        "adverbs_in_names": {fold(w) for w in data["adverbs_in_names"]},
        # "Trường hợp cần thiết, | Sở Nội vụ tham mưu …": an opening before the subject, up to its first comma
        "preamble": re.compile(rf"^({any_of(data['subject_preambles'] + data['deadline_openings'])})[^,;:]*,\s*"),
        # "Tháng 6/2026, | Sở Y tế tổ chức …": a time opening a sentence, up to its comma, is the duty's deadline
        # (not "Quý I, II/2026, …": the comma inside the time)
        "deadline_opening": re.compile(rf"(?:^|(?<=[.;]\s))(?:{any_of(data['deadline_openings'])})[^,;:.]*"
                                       rf"(?=,(?!\s*(?:[IVX]+|\d+)\b))"),
        "named_after_duoc": {fold(v) for v in data["named_after_duoc"]},
        # "Sở Y tế đã | tổ chức …": the adverbs before a verb that tell what was done, not work given
        "report_adverbs": re.compile(rf"(?<![\w-])(?:{_alternatives(data['report_adverbs'])})(?![\w-])"),
        "reports_in_text": re.compile(data["reports_in_text"], re.IGNORECASE),
        "quoting_lead_in": re.compile(data["quoting_lead_ins"], re.IGNORECASE),
        "shared_level_organ": re.compile(data["shared_level_organs"]),
        "directing_lead_in": re.compile(data["directing_lead_ins"], re.IGNORECASE),
        # "Tổ | kiểm tra liên ngành | lập …": a bare kind, then a verb that its descriptive words follow
        "kinds_with_descriptors": {fold(k) for k in data["kinds_with_descriptors"]},
        "kind_descriptor": re.compile(rf"\s+(?:{_alternatives(data['kind_descriptors'])})(?![\w-])", re.IGNORECASE),
        "verbs_after_kinds": {fold(v) for v in data["verbs_after_kinds"]},
        "council": re.compile(any_of(data["councils"]), re.IGNORECASE),
        "council_commanders": tuple(fold(word) for word in data["council_commanders"]),
        "not_subject": re.compile(rf"^(?:{_alternatives(data['not_subjects'])})(?![\w-])", re.IGNORECASE),
        # "Giám đốc, Thủ trưởng các sở, ban, ngành" -> "các sở, ban, ngành"
        "position": re.compile(rf"(^|[,;]\s*|\bvà\s+)(?:(?:{positions})(?:\s*,\s*|\s+))+"),
        # "các sở, ngành và trưởng thôn, tổ dân phố": "và" before a head's post, in any case, starts a new name
        "and_head": re.compile(rf"\s+và\s+(?=(?i:{positions})\s)"),
        # the same in small letters too, for partners named by their heads ("phối hợp với thủ trưởng các sở, ngành"),
        # only before a body's name: "trưởng thôn" is a village's head, "chủ tịch hội đồng thẩm định" no body named
        "position_any_case": re.compile(rf"(^\s*|[,;]\s*|\bvà\s+)(?:(?i:{positions})(?:\s*,\s*|\s+))+"
                                        rf"(?={BODY_START})"),
        # "… đơn vị sự nghiệp thuộc quận Chủ tịch Ủy ban nhân dân phường": a head between two bodies separates them
        "inner_position": re.compile(rf"\s+(?:{positions})\s+(?={BODY_START})"),
        "lead": re.compile(rf"^(?:,?\s*(?:{_alternatives(data['lead'])})\b|{apposition})[\s,]*", re.IGNORECASE),
        # "- Là cơ quan thường trực, chủ trì, phối hợp với …" under a body's heading, "Sở Y tế: Là cơ quan đầu mối; …":
        # the body's role (to its comma) opens the clause, no word of its work
        "role_opening": re.compile(rf"^\s*là\s+(?:{_alternatives(data['lead_appositions'])})(?![\w-])[^,;:.]*?"
                                   rf"(?:[,;]\s*|\s+(?=(?:{_alternatives(data['lead'] + data['support'])})(?![\w-])))",
                                   re.IGNORECASE),
        "closing_remark_lead": re.compile(data["closing_remark_lead"], re.IGNORECASE),
        # "… phối hợp thực hiện", "… phối hợp." right after bodies, no partner named after: those bodies support (from
        # the role word's spaces or, "… có trách nhiệm phối hợp", the verb's first letter where a verb ends the bodies;
        # bound by a duty, only before "thực hiện" or the clause's end: "… có trách nhiệm phối hợp, hướng dẫn các xã"
        # is a duty of their own)
        "support_alone": re.compile(rf"[\s,]*(?:(?i:{_alternatives(data['support_after_bodies'])})(?![\w-])"
                                    rf"(?!\s*(?i:với)(?![\w-]))(?!\s+{BODY_START})"
                                    rf"|(?i:{_alternatives(data['support_bound_after_bodies'])})"
                                    rf"(?=\s*(?:[;:.\n]|$)|\s+(?i:thực\s+hiện)(?![\w-])))"),
        "support_anywhere": re.compile(rf"(?<![\w-])(?:{_alternatives(data['support'])})(?![\w-])\s*", re.IGNORECASE),
        "verb": re.compile(verb),
        "collective_description": re.compile(rf"(?:{_alternatives(data['collective_descriptions'])})(?![\w-])",
                                             re.IGNORECASE),
        # a noun of the members' region or state, then two qualifiers at most and a complement of four words at most
        # ("biên giới | đất liền", "biên giới | Việt - Lào", "trọng điểm | về ma túy", "khó khăn | về nguồn nước sinh
        # hoạt"): other words hold a duty ("biên giới | cắm mốc")
        "collective_description_noun": re.compile(
            rf"(?:{_alternatives(data['collective_description_nouns'])})"
            rf"(?:\s+(?:{_alternatives(data['collective_description_qualifiers'])}(?![\w-])"
            rf"|(?-i:[{CAPITAL_LETTERS}])\S*(?:\s+-\s+(?-i:[{CAPITAL_LETTERS}])\S*)?)){{0,2}}?"
            rf"(?:\s+(?:{_alternatives(data['collective_description_complements'] + data['collective_descriptions'])})"
            rf"(?![\w-])(?:\s+\S+){{0,4}})?[^\w\s]*$", re.IGNORECASE),  # (the clause's stop: "… đất liền.")
        "verb_object": re.compile(rf"(?<![\w-])(?:{_alternatives(data['verb_objects'])})\s*$", re.IGNORECASE),
        "kind_descriptor_at_end": re.compile(rf"(?<![\w-])(?:{_alternatives(data['kind_descriptors'])})\s*$",
                                             re.IGNORECASE),
        # "2. Kiểm tra các cơ sở kinh doanh xăng dầu" (a work), not "2. Về công tác kiểm tra" (a title)
        "opens_with_verb": re.compile(rf"^(?i:{_alternatives(verbs)})(?![\w-])"),
        # (a stop first: "là tổ chức …" is a stop where the verb "là" starts too)
        "list_end": re.compile(rf"{stop}|{verb}"),
        # a partner's role in apposition ends the partners too ("phối hợp với Sở Tư pháp, cơ quan chủ trì Đề án, …")
        "partners_end": re.compile(rf"{stop}|{verb}|{apposition}"),
        "role_word": re.compile(role_word),
        # "Sở Nội vụ - cơ quan thường trực, Sở Tài chính, Sở Tư pháp …": the role in apposition (to its next comma), then
        # more bodies of the subject
        "bodies_after_apposition": re.compile(rf"^{apposition}[^,;:.]*?,\s*(?:và\s+)?(?={BODY_START})"),
        # where a list of bodies ends: a verb, "chủ trì" / "phối hợp", the bounds of the duty ("trong phạm vi …"), or a
        # stop (then it is no subject)
        # (a scope before a stop: "trong phạm vi" is no stop "trong"; a stop before a verb: "là tổ chức …" is no verb
        # "là")
        "subject_end": re.compile(rf"{scope}|{stop}|{verb}|{role_word}"),
        "context_intro": re.compile(any_of(data["context_intros"])),
        "clause_end": re.compile(rf"(?<=;)\s+|{sentence_end}"),
        "first_sentence": re.compile(sentence_end),
        "effect_clause": re.compile(any_of(data["effect_clauses"])),
        "courtesy_clause": re.compile(any_of(data["courtesy_clauses"]), re.IGNORECASE),
        # "định kỳ hằng năm | báo cáo …" after a resolution's formula: a time, then the work's verb
        "formula_work": re.compile(rf"^(?:(?:{any_of(data['formula_work_openings'])})[\s,]+)?"
                                   rf"(?:{_alternatives(verbs)})(?![\w-])", re.IGNORECASE),
        # what follows a lead-in's bodies when they do its points: "chịu trách nhiệm:", "chủ trì, phối hợp với …:"
        "lead_in_words": re.compile(rf"^(?:{apposition}|[\s,]*(?:(?:(?i:{_alternatives(data['lead_in_manner'])})\s+)*"
                                    rf"(?i:{_alternatives(data['lead_in_words'])})(?![\w-])|:?$))"),
        # "- Cơ quan chủ trì: Vụ Pháp chế." / "Chủ trì: Văn phòng Bộ; phối hợp: các Cục; thời gian: Quý II/2026": the
        # label, then its value
        "field": re.compile(_FIELD_START + field, re.IGNORECASE),
        "line_in_field": line_in_field,
        "label_line": re.compile(rf"\n(?={label_opening})"),  # the line breaks line_in_field keeps for a label
        "field_in_clause": re.compile(_FIELD_OR_CLAUSE_START + field, re.IGNORECASE),
        # "(cơ quan chủ trì: Sở Tư pháp, cơ quan phối hợp: …)": in a bracket a comma before a label ends a field too
        "comma_before_label": re.compile(r",(?=\s+(?:" + any_of(data["field_labels"]) + r")\s*:)", re.IGNORECASE),
        # and so after a field has started ("- Chủ trì: Sở Nội vụ, phối hợp: Sở Tư pháp."): where a label may open one
        "field_label": re.compile(_FIELD_START + r"[-+•–]?\s*(?:" + any_of(data["field_labels"]) + r")\s*:", re.IGNORECASE),
        # (a collective's "các" before one: "…, các cơ quan, đơn vị phối hợp: …" is no field's label the lists know,
        # and "các cơ quan" no body: the comma stays, read as before)
        "label_here": re.compile(r"\s*[-+•–]?\s*(?:các\s+)?(?P<label>" + any_of(data["field_labels"]) + r")\s*:", re.IGNORECASE),
        "deadline_phrases": [re.compile(rf"(?<!\w)(?:{p})", re.IGNORECASE) for p in data["deadline_phrases"]],
        # any of them: most clauses hold none, told by one search instead of one a phrase
        "any_deadline_phrase": re.compile(f"{may_start_lookahead(any_phrase)}{any_phrase}", re.IGNORECASE),
    }


def issuer_keys(doc: Document) -> Issuers:
    """The keys of the bodies that issue ``doc`` and of the body above them."""
    issuer = doc.metadata.issuer if doc.metadata is not None else None
    if issuer is None:
        return Issuers()
    own = tuple(key_of(name) for name in (issuer.joint or [issuer.name]) if name)
    above = (key_of(issuer.parent),) if issuer.parent else ()
    return Issuers(own + _spoken_for(issuer.name or "", above), above)


def _spoken_for(name: str, above: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the body an office issues for ("VĂN PHÒNG" under "UBND TỈNH …", "VĂN PHÒNG CHÍNH PHỦ": its notices
    and dispatches carry that body's conclusions, "Chủ tịch UBND tỉnh giao Sở Tài chính …" is the document's own
    command; data/assignments.json offices): the body printed above it, else the one its name names after the office's
    word ("Chính phủ"); () for any other issuer, or an office of no body ("Văn phòng Đăng ký đất đai")."""
    office = _rules()["office"].match(" ".join(name.split()))
    if office is None:
        return ()
    named = office.group("body").strip()
    bodies = ([named] if known_anywhere(named) else []) if named else [*above]
    # and its head, where no position the lists drop names it ("Thủ tướng Chính phủ giao Bộ Tư pháp …")
    heads = json_data("assignments.json")["office_heads"]
    return tuple(key_of(name) for body in bodies for name in (body, *(f"{head} {body}" for head in heads)))


def assignments(doc: Document) -> Document:
    found: list[Assignment] = []
    # an item the tasks stage made a task of ("1. Rà soát …" / "- Cơ quan chủ trì: …") is a task, not a duty in
    # prose: its bodies are the task's, and listing them here too would count them twice
    task_items = frozenset(t.section for t in doc.tasks if t.section)
    keys = issuer_keys(doc)
    issuers = _ISSUERS.set(keys)
    cells = _TABLE_CELLS.set(_cells_read_from_lines(doc))
    doc_type = fold(doc.metadata.doc_type or "") if doc.metadata is not None else ""
    in_resolution = _IN_RESOLUTION.set(doc_type == "nghi quyet")
    try:
        named_parts = [_find_parts(top, found, task_items) for top in doc.sections]
        if doc_type in _rules()["commanding_types"]:
            _read_commands(doc, named_parts, found, task_items)
        elif doc_type in _rules()["article_types"]:
            _read_articles(doc, named_parts, found, task_items)
        elif doc_type in _rules()["marked_point_types"]:
            bodies_lead = doc_type not in _rules()["marked_points_only"]
            directing = _DIRECTING.set([False])
            try:
                # the lead-in that closes the dispatch's opening ("Kính gửi: …" / "…, UBND tỉnh có ý kiến như sau:")
                for opening in (top for top in doc.sections if top.kind == "opening"):
                    _note_lead_in(opening.text)
                for top in _own_sections(doc, named_parts):
                    _read_marked_points(top, found, task_items, bodies_lead)
            finally:
                _DIRECTING.reset(directing)
    finally:
        _ISSUERS.reset(issuers)
        _TABLE_CELLS.reset(cells)
        _IN_RESOLUTION.reset(in_resolution)
    found, councils = _without_councils_led(found, keys)
    year, reported = plan_year(doc), report_date(doc)
    # a duty given to several bodies is one assignment a body, the same text each time (on the samples 490
    # assignments hold 180 duties): its deadline and status are read once
    duties = dict.fromkeys(a.duty for a in found)
    deadlines = {duty: duty_deadline(duty, year, reported) for duty in duties}
    # a December plan with no year in its title: its "Cuối năm" may be the closing year's or the next's (tasks.py)
    in_words = {duty: d.text for duty, d in deadlines.items() if d and d.end and names_year_in_words_only(d.text)} \
        if year_of_date_in_december(doc) else {}
    deadlines.update({duty: Deadline(text=text) for duty, text in in_words.items()})
    statuses = {duty: duty_status(duty, reported) for duty in duties}
    # (else the time field of the heading above, which _add left as printed)
    found = [a.model_copy(update={"deadline": d or (a.deadline and parse_deadline(a.deadline.text, year))})
             if (d := deadlines[a.duty]) or a.deadline else a for a in found]
    found = [a.model_copy(update={"status": s.status, "status_text": s.text}) if (s := statuses[a.duty]) else a
             for a in found]
    # a duty's "trước ngày 15/12" in a plan with no year of its own (deadlines.plan_year): kept, its end null, warned
    unknown = {a.duty: a for a in found if year is None and a.deadline and a.deadline.end is None and a.deadline.text
               and parse_deadline(a.deadline.text, _ANY_YEAR).end is not None}
    issues = [Issue(code="deadline_year_unknown", where={"section": a.section, "line": a.line_start},
                    message=f"duty in {a.section}: deadline '{a.deadline.text}' names no year and the plan has none of "
                            f"its own (its title names years): end left null") for a in unknown.values()]
    issues += [Issue(code="deadline_year_unknown", where={"section": a.section, "line": a.line_start},
                     message=f"duty in {a.section}: deadline '{a.deadline.text}' names its year in words alone, in a plan "
                             f"dated in December whose title names no year: the closing year's or the next's, end left null")
               for a in {a.duty: a for a in found if a.duty in in_words}.values()]
    # "hoàn thành trong tháng 3, 6 và 9": read with a doubt a person settles, as a task's cell is (tasks.py _doubted)
    doubts = {a.duty: (a, doubt) for a in found if a.duty not in in_words and a.duty not in unknown and a.deadline
              and (doubt := deadline_doubt(a.deadline))}
    issues += [Issue(code="deadline_doubt", where={"section": a.section, "line": a.line_start},
                     message=f"duty in {a.section}: {doubt}") for a, doubt in doubts.values()]
    return doc.with_warnings(councils + issues, assignments=found)


def _without_councils_led(found: list[Assignment], issuers: Issuers) -> tuple[list[Assignment], list[Issue]]:
    """The assignments less those that give an elected council ("Thường trực HĐND tỉnh", "HĐND tỉnh") the lead in a
    plan of a body that commands no council (data/assignments.json council_commanders: a UBND's, a Sở's): it can only
    ask one ("Đề nghị Thường trực HĐND tỉnh giám sát …": requested, kept). Who leads such a duty is not shown: no
    body, a warning. A council named as the lead's partner ("Sở Nội vụ chủ trì, phối hợp với HĐND các xã …") is
    what the sentence says: kept as support."""
    rules = _rules()
    commands_none = issuers.own and all(f"{key} ".startswith(tuple(f"{word} " for word in rules["council_commanders"]))
                                        for key in issuers.own)
    if not commands_none:
        return found, []
    dropped = [a for a in found if a.role == "lead" and rules["council"].match(a.agency.name)]
    issues = [Issue(code="duty_council_not_assigned", where={"section": a.section, "line": a.line_start},
                    message=f"duty in {a.section}: '{a.agency.name}' is an elected council, which this plan's issuer "
                            f"can only ask, not assign: its {a.role} left out") for a in dropped]
    return [a for a in found if a not in dropped], issues


@dataclass(frozen=True)
class DutyStatus:
    status: str
    text: str  # the time field's value as printed


def duty_status(duty: str, report_date: str | None = None) -> DutyStatus | None:
    """Where a duty's status field or time field says the work stands ("Mức độ hoàn thành: Đang triển khai", "Tiến
    độ: Đã hoàn thành" -> done), a time field read as a report table's time cell is (``status.time_roles``; words:
    data/task_status.csv). None where no field states a status in words the vocabulary knows."""
    for field in labelled_fields(duty, after_comma=True):
        gives_status = field.role == "status" or (
            field.role in TIME_FIELDS and "status" in time_roles(field.value, False, report_date))
        if gives_status and (reading := read_status(field.value)):
            return DutyStatus(reading.status, field.value)
    return None


_ANY_YEAR = 2000  # a stand-in year: whether a phrase printed with no year names a period at all


def duty_deadline(duty: str, year: int | None, report_date: str | None = None) -> Deadline | None:
    """The deadline a duty gives, read by the task tables' reader (``parse_deadline``): its labelled time fields
    ("thời gian thực hiện: Quý III/2026", as a task item's) and each clause that gives a deadline ("…, hoàn thành
    trước ngày 30/6/2026", "… báo cáo kết quả về UBND xã trước ngày 15/12 hằng năm"). Several are one deadline, as
    a task's several dates are: their span, its end the latest (a report after the work is done is the duty's last
    date), all their texts kept. A clause that cites a document ("theo Kế hoạch số 12/KH-UBND ngày 05/3/2026")
    gives none; nor a clause whose words name no period and no recurrence. A time field that states where the work
    stands ("Tiến độ: Đã hoàn thành", "Thời gian: Đang triển khai") gives none, as a report table's time cell
    (``status.time_roles``; ``report_date``: the report's date, None in another document)."""
    phrases = [f.value for f in labelled_fields(duty)
               if f.role in TIME_FIELDS and "deadline" in time_roles(f.value, False, report_date)]
    recurrences = set()
    for clause in _DUTY_CLAUSE_BREAK.split(" ".join(duty.split())):
        clause = clause.strip().rstrip(".);").strip()
        if clause_fields := labelled_fields(clause):
            # "…, thời hạn: quý III/2026": a deadline's field after a comma, which the duty's fields leave to prose
            phrases += [f.value for f in clause_fields if f.role == "deadline" and f.start == 0
                        and "deadline" in time_roles(f.value, False, report_date)]
            continue
        if not clause or not (found := _clause_deadline(clause, year)):
            continue
        phrase, deadline = found
        if deadline.end or not deadline.recurring or deadline.recurring not in recurrences:
            # a recurrence once ("Định kỳ báo cáo …; (… báo cáo định kỳ)"); a date with no year in a plan with none
            # ("trước ngày 15/12") each time
            phrases.append(phrase)
            recurrences.add(deadline.recurring)
    if not phrases:
        # "Tháng 6/2026, Sở Y tế tổ chức …": the time a sentence opens with, before its subject, where the duty gives
        # no deadline of its own ("Tháng 5/2026, …, hoàn thành trước ngày 15/5/2026": the 15th, not the month's end)
        phrases = [opening.group() for opening in _rules()["deadline_opening"].finditer(" ".join(duty.split()))]
    text = "; ".join(dict.fromkeys(phrases))
    return parse_deadline(text, year) if text else None


def _clause_deadline(clause: str, year: int | None) -> tuple[str, Deadline] | None:
    """The part of a clause that gives a deadline, and what it reads as: all of it when it opens with a deadline's
    words (as a task table's last clause), else from where a deadline phrase starts (data/assignments.json
    deadline_phrases)."""
    starts = [0] if starts_with_deadline_words(clause) else []
    if _rules()["any_deadline_phrase"].search(clause):
        starts += sorted(m.start() for pattern in _rules()["deadline_phrases"] if (m := pattern.search(clause)))
    for start in dict.fromkeys(starts):
        phrase = clause[start:].strip()
        if cites_document(phrase):
            continue
        deadline = parse_deadline(phrase, year)
        # in a plan with no year of its own (over several years) "trước ngày 15/12" names a period all the same; a
        # date that does not exist ("trước ngày 31/4/2026") or whose day is left blank ("trước ngày …/3/2026") is kept as
        # printed, unread (deadline_doubt says so)
        if deadline.end or deadline.recurring or (year is None and parse_deadline(phrase, _ANY_YEAR).end) \
                or impossible_dates(phrase) or blank_days(phrase):
            return phrase, deadline
    return None


# A law's or a decree's chapters and sections ("Chương II" / "NHIỆM VỤ, THỜI GIAN LÀM VIỆC …"): their articles state
# rules, powers and cases ("Trường hợp nhà giáo …"), not a plan's assigned work; and a table is no part.
_LEGAL_DIVISIONS = frozenset({"chapter", "muc", "tieu_muc", "table"})


# The sections of a directive that command nothing: the title and grounds over it, the signature and recipients
# under it; its annexes and attached plans are read as any document's (_find_parts).
_NOT_COMMANDS = ("opening", "closing", "attached", "annex")


_LINE_ENDS_IN_COLON = re.compile(r":[ \t]*\n")
# where a paragraph ends in a section's text: a line that ends a sentence or a clause, the next opening with a capital, a
# bullet or a number (a line wrapped inside a sentence goes on)
_PARAGRAPH_BREAK = re.compile(rf"(?<=[.;:!?])[ \t]*\n(?=[ \t]*(?:[-+•–]|\d|[{CAPITAL_LETTERS}]))")


def _lead_in_over_its_paragraphs(node: Section) -> Section:
    """A directive's paragraphs under the line that introduces them ("…, Chủ tịch UBND tỉnh chỉ thị:" / "Các sở, ban,
    ngành …"), read as a lead-in over points: the lead-in's bodies (or its asking word) pass to each paragraph, as
    they do to numbered points. The lead-in is that line's last sentence (a situation before it, "Theo bản tin … bão.
    Để ứng phó, Chủ tịch UBND tỉnh yêu cầu các sở …:", stays the node's text, read as before); each paragraph is a point
    of its own, so that a list of bodies read on past a sentence the lists know no verb of ("… phối hợp với Bộ Chỉ
    huy Quân sự tỉnh kiểm đếm tàu thuyền.") stops at its paragraph's end. The node unchanged when no line ends in a
    colon with text after it."""
    # (a table copied a cell a line under the lead-in is no paragraph: _prose)
    parts = _LINE_ENDS_IN_COLON.split(_prose(node)[0], maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return node
    # the lead-in and the paragraphs keep the section's id (and lines): a duty read from them names the section the
    # document holds, not a node made up here that no output lists
    paragraphs = [node.model_copy(update={"text": paragraph, "heading": None, "children": []})
                  for paragraph in _PARAGRAPH_BREAK.split(parts[1]) if paragraph.strip()]
    lead_in = _last_sentence().sub("", parts[0])
    before = parts[0][: len(parts[0]) - len(lead_in)].rstrip()
    lead_in_node = node.model_copy(update={"text": lead_in + ":", "heading": None,
                                           "children": [*paragraphs, *node.children]})
    return node.model_copy(update={"text": before, "children": [lead_in_node]})


def _part_nodes(node: Section) -> list[Section]:
    """The parts that assign work at or under ``node``: top-level sections, or those of a plan attached to a decision
    ("attached_1"), or under a part, a lettered group or a bold heading whose heading names no such part ("PHẦN THỨ
    HAI" / "II. NHIỆM VỤ")."""
    if node.kind in ("attached", "annex"):
        return [part for child in node.children for part in _part_nodes(child)]
    if node.kind not in _LEGAL_DIVISIONS and any(part in fold(node.heading or "") for part in _rules()["parts"]):
        return [node]
    if node.kind in ("part", "upper_letter", "unnumbered"):  # a group whose heading names no part: its parts below
        return [part for child in node.children for part in _part_nodes(child)]
    return []


def _find_parts(node: Section, found: list[Assignment], task_items: frozenset[str]) -> bool:
    """The duties of the parts at or under ``node`` read into ``found``; whether there was one."""
    parts = _part_nodes(node)
    for part in parts:
        _visit(part, [], found, task_items)
    return bool(parts)


def _own_sections(doc: Document, named_parts: list[bool]) -> list[Section]:
    """The document's own top sections that name no part: not the opening, the closing, an attached plan, an annex."""
    return [top for top, named in zip(doc.sections, named_parts) if not named and top.kind not in _NOT_COMMANDS]


def _read_commands(doc: Document, named_parts: list[bool], found: list[Assignment], task_items: frozenset[str]) -> None:
    """A directive's or a dispatch's own sections that name no part, read for duties: such a document commands in
    every paragraph ("1. Sở Tư pháp chủ trì …", "Thủ trưởng các sở … có trách nhiệm:" over points), also beside a
    numbered item that names one ("3. Tổ chức thực hiện") or an annex that does ("I. NHIỆM VỤ"). A titled section
    ("I. TÌNH HÌNH") beside one that names a part is a part of another kind (what was done, the aims), not read; where
    none names a part every section is read. The line that closes the opening ("…, Chủ tịch UBND tỉnh yêu cầu các sở,
    ngành thực hiện tốt các nội dung sau:") is a lead-in over them all: its bodies do the paragraphs that name none,
    and its asking word gives the role of those they name ("UBND tỉnh đề nghị:" -> requested)."""
    # (an annex's part counts: "I. ĐÁNH GIÁ TÌNH HÌNH" beside an annex's "I. NHIỆM VỤ" reports what was done, "Công an
    # tỉnh đã xử lý 12 vụ …", no duty)
    commands = [top for top in _own_sections(doc, named_parts)
                if not (any(named_parts) and top.heading and not heading_bodies(top.heading))]
    lead_in = _opening_lead_in(doc, commands)
    bodies = lead_in_bodies(lead_in, lead_in.text) if lead_in else []
    asked = _ASKED_ROLE.set((_asked_role(lead_in) if lead_in else None) or _ASKED_ROLE.get())
    try:
        for top in commands:
            _visit(_lead_in_over_its_paragraphs(top), bodies, found, task_items)
    finally:
        _ASKED_ROLE.reset(asked)


def _read_articles(doc: Document, named_parts: list[bool], found: list[Assignment], task_items: frozenset[str]) -> None:
    """A decision's (or a resolution's) own articles that name no part, read for duties ("Điều 2. Giao Sở Nội vụ chủ
    trì, phối hợp với … tổ chức thực hiện Kế hoạch; báo cáo … trước ngày 15/12/2026."). Only an article printed as a sentence: a titled
    article ("Điều 6. Kinh phí hoạt động", "Điều 4. Điều kiện vay vốn") is a provision of a regulation, which states
    rules and powers, not work given; a title with nothing under it is a sentence printed without its full stop. Of an
    article whose clauses name parts ("Điều 1. Phê duyệt Đề án … với các nội dung sau:" over "IV. TỔ CHỨC THỰC HIỆN"),
    a scheme approved in full, those parts are read, as a plan's (their lead-ins name bodies in appositions, "Bộ Nội
    vụ, cơ quan chủ trì Đề án, có trách nhiệm:", and colons, "Các bộ, cơ quan ngang bộ: Tài chính; Tư pháp … phối hợp
    …": assignments.json lead_appositions, cell_words.json shared_heads). The closing formulas give none (_clauses: the effect and execution clauses); an article
    that only approves or issues a plan names no body, its plan's tasks stay the plan's."""
    # an article over a table ("Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như sau:" / its task table): the table's
    # rows are tasks, and a text copy leaves them in the article's text, cell by cell
    table_blocks = {block for table in doc.tables for block in table.blocks}
    for top, named in zip(doc.sections, named_parts):
        if named or top.kind != "article" or (top.heading and (top.text.strip() or top.children)):
            continue
        if any(node.kind == "table" or table_blocks.intersection(node.blocks) for node in top.walk()):
            continue
        # "Điều 1. Phê duyệt Đề án … với các nội dung sau:" over "IV. TỔ CHỨC THỰC HIỆN": the scheme's parts that assign
        # work are read, as a plan's
        parts = [part for child in top.children for part in _part_nodes(child)]
        for node in parts or [top]:
            _visit(node, [], found, task_items)


def _read_marked_points(node: Section, found: list[Assignment], task_items: frozenset[str], bodies_lead: bool = True,
                        quoted: bool = False) -> None:
    """A dispatch's (Công văn) or a notice's (Thông báo) points that give work, read for duties: a point or a paragraph
    that opens with a marker ("1. Giao các sở, ban, ngành báo cáo …", "- Đề nghị Ủy ban MTTQ tỉnh …":
    data/assignments.json markers) or with its issuer asking ("UBND tỉnh giao Sở Tài chính …"), with the points under
    it; and, where ``bodies_lead`` (not in a notice), with bodies that lead ("Sở Tài chính chủ trì, phối hợp …") or
    that are given work ("Sở Nội vụ rà soát …", ``_gives_work``). A dispatch also answers, informs and quotes ("Tổng
    cục Thuế có công văn số … hướng dẫn …", "Công ty căn cứ …"): a point that opens otherwise gives none; the points
    under it are looked at each. ``quoted``: the points stand under a lead-in that quotes a rule ("Điều 50 Nghị định …
    quy định:"), whose bodies are the rule's, given no work by the dispatch."""
    if node.kind == "table":
        return
    if node.kind == "body" and not node.heading:
        # plain paragraphs, each one on its own; the dashed ones after a lead-in that gives work ("Ủy ban nhân dân tỉnh
        # yêu cầu Sở Y tế thực hiện các nội dung sau:" / "- Rà soát …") are its points, those after one that quotes a
        # rule the rule's
        paragraphs = [p for p in _PARAGRAPH_BREAK.split(node.text) if p.strip()]
        at, quoting = 0, quoted
        while at < len(paragraphs):
            paragraph, at = paragraphs[at], at + 1
            if not _LEADING_BULLET.match(paragraph.lstrip()):
                quoting = quoted or _quotes_a_rule(paragraph)
            _note_lead_in(paragraph)
            paragraph = _from_work_given(paragraph, bodies_lead, by_bodies=not quoting and _DIRECTING.get()[0])
            if paragraph is None:
                continue
            points = []
            if paragraph.rstrip().endswith(":"):
                points = list(takewhile(lambda p: _LEADING_BULLET.match(p.lstrip()) is not None, paragraphs[at:]))
                at += len(points)
            children = [node.model_copy(update={"text": point, "heading": None, "children": []}) for point in points]
            _visit(node.model_copy(update={"text": paragraph, "children": children}), [], found, task_items)
    else:
        _note_lead_in(node.heading or node.text)
        by_bodies = not quoted and _DIRECTING.get()[0]
        if _gives_work(node.heading or node.text, bodies_lead, by_bodies):
            _visit(node, [], found, task_items)
            return
        if later := _from_work_given(node.text, bodies_lead, by_bodies):
            # "1. Thống nhất chủ trương đầu tư … ." / "Giao Sở Tài chính chủ trì …": the work its text (a notice's: its
            # later sentence or paragraph) gives; the points under it are its own where it leads them in, else each is
            # looked at
            leads_in = later.rstrip().endswith(":")
            _visit(node.model_copy(update={"text": later, "heading": None, "children": node.children if leads_in else []}),
                   [], found, task_items)
            if leads_in:
                return
    quoted = quoted or any(_quotes_a_rule(text) for text in (node.heading or "", node.text))
    for child in node.children:
        _read_marked_points(child, found, task_items, bodies_lead, quoted)


def _from_work_given(text: str, bodies_lead: bool, by_bodies: bool) -> str | None:
    """``text`` from its first sentence that opens by giving work (``_gives_work``): the whole where its opening does,
    and in a notice (``bodies_lead`` False) the rest where a later sentence or paragraph of a point does ("Thống nhất
    chủ trương … . Giao Sở Tài chính chủ trì …": what the meeting agreed, then the work it gives); None where none does.
    A dispatch's later sentence gives work only after its writer turned to giving it (``by_bodies``: "Ủy ban nhân dân
    tỉnh có ý kiến như sau:") and not as a request ("Đề nghị Uỷ ban nhân dân tỉnh sớm cấp giấy chứng nhận …": to the
    body it writes to, whose names the reader cuts wrong), nor as bodies and a verb alone."""
    if _gives_work(text, bodies_lead, by_bodies):
        return text
    if bodies_lead and not by_bodies:
        return None
    sentences = _sentences(text)
    for at, sentence in enumerate(sentences[1:], start=1):
        if bodies_lead and _rules()["marker_role"].get(_opening_marker(sentence)) == "requested":
            continue
        # (a dispatch's later sentence, after its writer turned to giving work: only one that gives it with a marker,
        # the issuer asking or bodies that lead, not bodies and a verb alone)
        if _gives_work(sentence, bodies_lead, by_bodies and not bodies_lead):
            return " ".join(sentences[at:])
    return None


def _opening_marker(sentence: str) -> str | None:
    """The marker a sentence opens with (after an opening "Trường hợp cần thiết, …"), as data/assignments.json prints
    it ("Giao", "Đề nghị"); None where it opens with none."""
    marker = _rules()["marker"].match(_after_preamble(_LEADING_BULLET.sub("", " ".join(sentence.split()))))
    return marker.group(1) if marker else None


def _note_lead_in(text: str) -> None:
    """Where ``text`` is a lead-in (it ends in ':'), note whether its writer turns to giving work ("Ủy ban nhân dân
    tỉnh có ý kiến như sau:") or to telling what happened ("… báo cáo kết quả như sau:"): its last such word decides."""
    if not text.rstrip().endswith(":"):
        return
    words = list(_rules()["directing_lead_in"].finditer(" ".join(text.split())))
    if words:
        _DIRECTING.get()[0] = words[-1].lastgroup == "directing"


def _quotes_a_rule(text: str) -> bool:
    """Whether a paragraph is a lead-in that quotes a rule ("Điều 50 Nghị định số 268/2025/NĐ-CP quy định:")."""
    return _rules()["quoting_lead_in"].search(" ".join(text.split())) is not None


def _gives_work(text: str, bodies_lead: bool = True, by_bodies: bool = True) -> bool:
    """Whether a point opens by giving work: with a marker ("Giao", "Yêu cầu", "Đề nghị" …, after an opening "Trường
    hợp cần thiết, …"), with the document's issuer asking ("Ủy ban nhân dân tỉnh yêu cầu …"), with bodies that lead
    ("Sở Tài chính chủ trì, phối hợp với …": the role word right after them), or, where ``by_bodies``, with bodies
    and the work they shall do (``_bodies_given_work``). Not a point that tells what a body did or is doing ("Sở Tài
    chính đã chủ trì …", "Sở Y tế đang …")."""
    rules = _rules()
    point = _LEADING_BULLET.sub("", " ".join(text.split()))
    opening = _after_preamble(point)
    marker = rules["marker"].match(opening)
    if marker:
        # "Đề nghị Ủy ban nhân dân tỉnh xem xét, quyết định." in a Sở's dispatch, "Đề nghị Bộ Y tế xem xét, hỗ trợ" in a
        # province's: a proposal to a body above, no work given
        asked, issuers = _subject(opening[marker.end():])[0], _ISSUERS.get()
        return not asked or not all(_one_of(name, issuers.above) or _central_over_local(name, issuers)
                                    for name, _ in asked)
    if (asked := _asking(opening)) is not None:
        # (not "UBND tỉnh đã giao Sở Y tế …": what the issuer gave before, told in a dispatch or a notice)
        return _issuer_asking(opening) and not _told_as_done(asked.group("asker"))
    if opening is not point or not bodies_lead:
        # "Năm 2025, Sở Tài chính chủ trì, phối hợp … tổ chức 12 đợt kiểm tra": what was done, as often; and in a notice
        # (``bodies_lead`` False: assignments.json marked_points_only) a point that opens with bodies
        return False
    subject, rest = _subject(opening)
    before_verb = opening[: len(opening) - len(rest)]
    if not subject or not rest or _told_as_done(before_verb):
        return False
    # (a label over its text, "Lãnh đạo UBND cấp xã: Khảo sát tất cả …", is no subject)
    return rules["lead"].match(rest) is not None or (by_bodies and ":" not in before_verb
                                                     and _bodies_given_work(subject, opening))


def _bodies_given_work(subject: list[tuple[str, str]], point: str) -> bool:
    """Whether a point that opens with bodies and a verb ("Sở Nội vụ rà soát, tổng hợp …; báo cáo UBND tỉnh trước
    ngày 15/7/2026", "Công an tỉnh tăng cường …") gives them the work: each a body the registry knows (not "Cơ quan có
    thẩm quyền", nor a name cut wrong), none the issuer telling what it does itself, a body above it or a central body
    quoted in a local dispatch; and the point no report written in the text itself ("Sở Tài chính báo cáo như sau:")."""
    issuers = _ISSUERS.get()
    if not issuers.own or _rules()["reports_in_text"].search(point):
        return False
    return all(known_anywhere(name) and not _one_of(name, issuers.own) and not _one_of(name, issuers.above)
               and not _central_over_local(name, issuers) for name, _ in subject)


def _proposed_upward(text: str) -> bool:
    """Whether the bodies that open ``text``, asked after a comma ("…, đề nghị | UBND tỉnh khen thưởng …"), are the
    issuer or the body above it: the subject proposes to them, its own work, not work handed on."""
    asked, issuers = _subject(text)[0], _ISSUERS.get()
    return bool(asked) and all(_one_of(name, issuers.own) or _one_of(name, issuers.above)
                               for name in map(_longest_known_start, (name for name, _ in asked)))


def _longest_known_start(name: str) -> str:
    """The longest run of ``name``'s first words that the registry knows ("Ủy ban nhân dân tỉnh" of "Ủy ban nhân dân
    tỉnh khen thưởng các tập thể": a verb the verbs' list does not hold read on into the name); else the name. Not a run
    whose last word is a place's level only once its marks are folded away ("Sở Tài chính | tính toán …", "Trung tâm Y
    tế | quân dân y …", "Sở Nội vụ | tinh gọn …": "tính" is no "tỉnh", "quân" no "quận", nor, in a text printed with
    marks, "tinh" "tỉnh"), unless the registry knows the run so ("… có liên quan"); nor one whose last word its key
    drops ("Công an các xã | trọng điểm …": folded, "trọng" reads as the "trong" of "các xã trong tỉnh")."""
    words = name.split()
    with_marks = fold(name) != name.lower()  # (a text typed without marks prints "tinh" for "tỉnh")
    return next((run for count in range(len(words), 1, -1)
                 if _known_as_written(run := " ".join(words[:count]), with_marks)), name)


def _known_as_written(run: str, with_marks: bool) -> bool:
    """Whether the registry knows ``run`` by each of its words as written: not by a last word that folds into a
    place's level it is not (unless the registry knows the run whole), nor by a last word its key drops."""
    *before, last = run.split()
    return known_anywhere(run) \
        and not (with_marks and _level_when_folded_only(last) and not known_as_printed(run)) \
        and name_key(run) != name_key(" ".join(before))


def _level_when_folded_only(word: str) -> bool:
    """Whether ``word`` folds to a word of a place's level (data/places.json unit_words) it is not as printed ("tính",
    "quân", "tinh")."""
    printed, folded = _level_words()
    return word.lower() not in printed and fold(word) in folded


@cache
def _level_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of places' levels (data/places.json unit_words: "thị", "xã", "tỉnh" …), as printed and folded."""
    words = {word.lower() for phrase in json_data("places.json")["unit_words"]["words"] for word in phrase.split()}
    return frozenset(words), frozenset(map(fold, words))


def _prose_after_known_name(text: str, start: int, end: int, at_a_verb: bool = False) -> int:
    """Where the list of bodies ``text[start:end]`` ends when the registry knows the first words of one of its names
    and prose follows them in small letters, words no registry name goes on with after a name it knows ("Sở Tư pháp |
    số hóa hồ sơ …", "Công an tỉnh | chia sẻ dữ liệu …; thực hiện …": a verb the verbs' list does not hold read into
    the name; not "Tòa án | nhân dân …", "Sở Y tế | các tỉnh …", "Ủy ban nhân dân | cấp xã", "Các cơ quan, | đơn vị"),
    nor adverbs read later ("Sở Tài chính | đã …"). A collective goes on with words that describe its members ("Ủy ban
    nhân dân các xã | ven biển", "… | vùng đồng bào dân tộc thiểu số"): cut only where its words run to the list's
    end. ``at_a_verb``: a verb of the lists or a role word ends the list at ``end``.
    ``end`` where no name of the list is so."""
    going_on = _name_going_on_words()
    name_start = None  # where the name the piece belongs to starts: its members go on in small letters
    for piece in _LIST_PIECE.finditer(text, start, end):
        name = piece.group()
        name_start = piece.start() if name_start is None or name[0].isupper() else name_start
        if known_anywhere(name):
            continue
        known = _longest_known_start(name)
        members = known == name and piece.start() > name_start
        if members:
            # a collective's next members, named by their level or kind alone ("UBND các xã, | phường phát triển …",
            # "Các sở, ban, | ngành có liên quan nhân rộng …"): the words of it the registry knows with the pieces
            # before, else its words of levels and kinds
            words_before = len(text[name_start:piece.start()].split())
            known_words = len(_longest_known_start(text[name_start:piece.end()]).split()) - words_before
            known = " ".join(name.split()[:known_words] if known_words > 0 else takewhile(
                lambda word: word.lower() in going_on["words"], name.split())) or name
        # where its words end in the text as printed (its spaces may be more than one: "Sở  Tư pháp")
        known_end = list(re.finditer(r"\S+", name))[len(known.split()) - 1].end()
        after = name[known_end:].split()
        # (a capital after the next word starts another name: "Sở Y tế và | UBND các xã", "Công an và | Ban Chỉ huy …")
        if known == name or not after[0][0].islower() or after[1:2] and after[1][0].isupper() \
                or after[0].lower() in going_on["words"] or " ".join(after[:2]).lower() in going_on["pairs"] \
                or any(" ".join(after[:count]).lower() in going_on["adverbs"] for count in (1, 2, 3)):
            continue
        last_piece = not text[piece.end():end].strip()
        at_clause_end = last_piece or not text[piece.end():end].strip(" ,;")
        # a piece that runs up to the verb ending the list is a body describing itself before its verb ("Trung tâm
        # Y tế | quân dân y kết hợp | tổ chức …", "Công an xã | bán chuyên trách | tuần tra"): prose goes on to a comma,
        # a semicolon or the clause's end ("Sở Tư pháp | số hóa hồ sơ, tài liệu; …")
        if at_a_verb and last_piece and not _object_opening_before(text, end):
            continue
        # a collective describes its members in words as long as prose ("Ủy ban nhân dân các xã | vùng đồng bào dân
        # tộc thiểu số, …"): cut only where its words run to the clause's end with no verb of the lists, so they
        # hold the duty ("UBND các xã, phường | phát triển mô hình dân vận khéo.")
        # (nor where its words describe its members: "UBND các xã | nơi có dự án đi qua.", the registry's "Các sở, ban,
        # ngành thuộc | khối văn hóa - xã hội")
        described = _describes_members(after) or _describes_members(known.split()[-1:])
        if (members or _collective().search(known)) and (not at_clause_end or described):
            continue
        # a body the registry does not know describes itself in a few small words, maybe before its place ("Trung tâm
        # Y tế | dự phòng tỉnh", "… | dự phòng thành phố Đông Sơn", "… | khu vực Đông Hà"): prose is longer ("số hóa
        # hồ sơ của tỉnh")
        if len(_trailing_place().sub("", " " + " ".join(after)).split()) >= 3:
            return piece.start() + known_end
    return end


_SHORT_DESCRIPTION = 6  # words: "nơi có dự án đi qua", "chưa đạt chuẩn nông thôn mới"


def _collective_partner(name: str) -> tuple[str, ...] | None:
    """The partners a name at a clause's end gives when it is a collective the registry knows, then words of its own:
    the name whole where they are a short description of its members ("UBND các xã | ven biển", "… | nơi có dự án đi
    qua"; a region's or a state's, collective_description_nouns, is bounded: "Công an các xã | trọng điểm về ma túy");
    none where a description runs longer, as it may hold the collective's duty with a verb no list holds ("… | ven biển
    phát triển nuôi trồng thủy sản": its first words alone would name a body wider than the one printed); the
    collective's known words where the words describe nothing, its duty ("UBND các xã | thuần nông phát triển sản
    xuất …", as a subject's: "UBND các xã"). None for any other name."""
    known = _longest_known_start(name)
    if known == name or not _collective().search(known):
        return None
    description = name[len(known):].split()
    if _describes_members(known.split()[-1:]):  # the registry's "Các sở, ban, ngành thuộc | khối văn hóa - xã hội"
        description = known.split()[-1:] + description
    if _rules()["collective_description_noun"].match(" ".join(description)):
        return (name,)
    if _describes_members(description):
        words = [word for word in description if any(letter.isalnum() for letter in word)]  # ("văn hóa - xã hội")
        return (name,) if len(words) <= _SHORT_DESCRIPTION else ()
    return (known,)


def _describes_members(words: list[str]) -> bool:
    """Whether the words after a collective's name open a description of its members, not its duty ("UBND các xã |
    nơi có dự án đi qua", "… | có đường biên giới", "… | ở khu vực biên giới": data/assignments.json
    collective_descriptions), or a short one of their region or state ("… | biên giới đất liền", not "… | biên giới đất
    liền phát triển mô hình …": collective_description_nouns)."""
    rules, described = _rules(), " ".join(words)
    return bool(rules["collective_description"].match(described) or rules["collective_description_noun"].match(described))


def _object_opening_before(text: str, end: int) -> bool:
    """Whether the words before ``end`` (a verb of the lists) make it another verb's object ("… xúc tiến việc |
    tiếp nhận …": data/assignments.json verb_objects)."""
    rules = _rules()
    # (not a kind's descriptor: "Tổ giúp việc | tổng hợp …", "bộ phận giúp việc" are a name's words)
    return rules["verb_object"].search(text, 0, end) is not None \
        and rules["kind_descriptor_at_end"].search(text, 0, end) is None


@cache
def _trailing_place() -> re.Pattern[str]:
    """The words of a place that end a name: its level (data/places.json unit_words, "thành phố") and the words in
    capitals ("thị xã Hòa Bình", "khu vực Đông Hà": "Đông Hà")."""
    levels = _alternatives(json_data("places.json")["unit_words"]["words"])
    return re.compile(rf"(?:\s+(?:(?i:{levels})|[{CAPITAL_LETTERS}]\S*))+$")


_LIST_PIECE = re.compile(r"[^\s,;][^,;]*?(?=\s*(?:[,;]|$))")


@cache
def _collective() -> re.Pattern[str]:
    """A collective's name: "Các sở, ban, ngành", "UBND các xã", "Công an cấp xã" (before a unit word of data/places.json),
    not a body's that holds "các" ("Ban Quản lý các khu công nghiệp")."""
    units = _alternatives(json_data("places.json")["unit_words"]["words"])
    return re.compile(rf"^(?:các|những)\s|(?<!\w)(?:các|những|cấp)\s+(?:{units})(?!\w)", re.IGNORECASE)


@cache
def _name_going_on_words() -> dict[str, frozenset[str]]:
    """What, in small letters, goes on a registry name after a shorter name the registry knows: "pairs", its two next
    words ("các tỉnh" of "Sở Y tế các tỉnh, thành phố", "nhân dân" of "Tòa án nhân dân khu vực", "đơn vị" of "Các cơ
    quan, đơn vị"); "words", a next word that ends the name ("Các sở, ngành"), the unit words a place is printed with
    (data/places.json unit_words: "tỉnh"); "adverbs", the adverbs a subject's verb may
    follow (data/assignments.json subject_adverbs: "đã", "được giao"), read after the name."""
    pairs, words = set(), set()
    for row in registry_rows("agencies.csv"):
        for form in (row["name"], *row["aliases"].split("|")):
            form_words = [word.strip(",;()") for word in form.split()]
            for at, word in enumerate(form_words[1:], 1):
                if word[:1].islower() and known_anywhere(" ".join(form.split()[:at])):
                    (pairs.add(f"{word} {form_words[at + 1]}".lower()) if at + 1 < len(form_words) else words.add(word.lower()))
    adverbs = frozenset(phrase.lower() for phrase in json_data("assignments.json")["subject_adverbs"])
    return {"pairs": frozenset(pairs), "words": frozenset(words | _level_words()[0]), "adverbs": adverbs}


def _told_as_done(before_verb: str) -> bool:
    """Whether the words before a clause's verb end in adverbs that tell what was done or is being done ("Sở Y tế đã |
    tổ chức …", "Sở Tài chính đang | hoàn thiện …": data/assignments.json report_adverbs), not work given."""
    rules = _rules()
    run = rules["adverbs"].search(before_verb)
    return run is not None and rules["report_adverbs"].search(run.group()) is not None


def _done_at_its_opening_time(sentence: str) -> bool:
    """Whether a sentence opens with a time and tells what was done then ("Năm 2025, Sở Y tế đã hoàn thành …", "Năm
    2025, UBND tỉnh đã giao Sở Tài chính …": work given then): a report, no duty, and its time no deadline."""
    rules = _rules()
    opening = rules["deadline_opening"].match(sentence)
    if opening is None:
        return False
    after = sentence[opening.end():]
    if (asked := _asking(after.lstrip(" ,"))) and not _PASSIVE.search(asked.group("asker")):
        return _told_as_done(asked.group("asker"))
    verb = rules["verb"].search(after)
    return verb is not None and _told_as_done(after[: verb.start()])


def _opening_lead_in(doc: Document, commands: list[Section]) -> Section | None:
    """The opening's last sentence as a lead-in over the sections that follow it, where it ends in a colon and they
    are commands (the opening, its text that sentence; None where there is none)."""
    opening = doc.sections[0] if doc.sections and doc.sections[0].kind == "opening" else None
    if opening is None or not commands or doc.sections[1:2] != commands[:1]:
        return None
    # its last paragraph: in a text copy a sentence wraps over lines ("… yêu cầu Giám đốc các sở,\nThủ trưởng các ban,
    # ngành thực hiện …:"), whose last line alone would name only some of the bodies or lose the asking word
    last_paragraph = " ".join(_PARAGRAPH_BREAK.split(opening.text.rstrip())[-1].split())
    # with no recital between them, the title's lines (no stop at their ends) run on into the lead-in: it starts after
    # the title ("CHỈ THỊ" / "Về tăng cường …" / "Để …, Chủ tịch UBND tỉnh yêu cầu …:")
    title = " ".join((doc.metadata.title or "").split()) if doc.metadata is not None else ""
    if title and (at := last_paragraph.find(title)) >= 0:
        last_paragraph = last_paragraph[at + len(title):].strip()
    if not last_paragraph.endswith(":"):
        return None
    return opening.model_copy(update={"text": _last_sentence().sub("", last_paragraph), "heading": None,
                                      "children": commands})


def _cells_read_from_lines(doc: Document) -> dict[str, str]:
    """The paragraphs of the task and indicator tables read from lines of text, by block id, with their text."""
    ids = {block for table in doc.tables if table.layout != "grid" and table.kind in ("tasks", "indicators")
           for block in table.blocks}
    return {block.id: block.text or "" for block in doc.body() if block.id in ids} if ids else {}


def _prose(node: Section) -> tuple[str, bool]:
    """The node's text less the lines of a table read from its paragraphs (a task table copied a cell a line: "STT" /
    "Nội dung" / … / "Sở Y tế" / "Quý III/2026"), where they are a run of its lines; and whether a table follows its
    text (those lines, or a table under it). Its first paragraph, its number's, stays (a table's last cell may have
    taken the next item's line)."""
    cells = _TABLE_CELLS.get()
    table_lines = [line.strip() for block in node.blocks[1:] if block in cells
                   for line in cells[block].split("\n") if line.strip()]
    table_below = bool(node.children) and node.children[0].kind == "table"
    if not table_lines:
        return node.text, table_below
    lines = node.text.split("\n")
    printed = [k for k, line in enumerate(lines) if line.strip()]
    for at in range(len(printed) - len(table_lines) + 1):
        run = printed[at:at + len(table_lines)]
        if [lines[k].strip() for k in run] == table_lines:
            return "\n".join(lines[: run[0]] + lines[run[-1] + 1:]), True
    return node.text, table_below


def _visit(node: Section, inherited: list[tuple[str, str]], found: list[Assignment], task_items: frozenset[str]) -> None:
    """``inherited``: (name, role) of the bodies a heading above gave ("3. Giao Trưởng phòng Nội vụ quận")."""
    if node.kind == "table":
        return  # a task table's rows are tasks (tables stage), not prose
    if node.id in task_items:  # its field lines were read by the task; any other child may be a duty of its own
        labelled = _labelled_children(node, task_items)
        if step := last_step_holding_fields(node):
            labelled[step.id] = []  # the item's fields, under its list's last step
        for child in node.children:
            if child.id not in labelled:
                _visit(child, inherited, found, task_items)
        return
    named_in_heading = (heading_bodies(node.heading or "") or lead_in_bodies(node)) if node.kind != "roman" else []
    # "- Ngoài các nhiệm vụ trên, Chủ tịch UBND các quận, huyện, thị xã:" introduces the bodies of the items below
    text, before_a_table = _prose(node)
    intro = _rules()["context_intro"].sub("", text) if text.rstrip().endswith(":") else ""
    introduced = heading_bodies(intro) if intro else []
    introduced = introduced or lead_in_bodies(node, text)
    time_above = heading_time(intro) if introduced else heading_time(node.heading or "") if named_in_heading else None
    if introduced:
        text = ""
    elif not named_in_heading and text:
        # "3. Giám đốc, Thủ trưởng các Sở: Nội vụ, Y tế …; các đơn vị: …. Giao …": a first sentence that only lists
        # bodies heads the node, as a heading would
        first, rest = (_rules()["first_sentence"].split(text, maxsplit=1) + [""])[:2]
        # ("Cơ quan chủ trì: Vụ Tổ chức cán bộ." is a labelled field, read below, not a list of bodies); a sentence
        # with nothing after it and no points under it heads nothing: it is a duty ("Sở Y tế chủ trì, phối hợp với Công
        # an tỉnh kiểm đếm …", its verb one the lists lack)
        heads = (rest.strip() or node.children) and not labelled_fields(first)
        introduced = heading_bodies(first) if heads else []
        text = rest if introduced else text
    context = introduced or named_in_heading or inherited
    if not named_in_heading and not introduced and _points_go_on_the_heading_s_duty(node, text):
        for child in node.children:  # each point a duty of the heading's bodies, the heading's words first
            _clauses(child, child.text, [], found, node.heading)
        return
    heading = ""  # a heading whose duty the text under it goes on
    labelled = _labelled_children(node, task_items)  # the children's ids -> the bodies their labelled fields give
    if node.heading and not named_in_heading and node.kind != "roman":
        # the bodies a lead-in or an intro below the heading names do what follows it, not the heading; a title over
        # text or points of its own ("1. Về công tác tuyên truyền" / "a) …") is no duty of the bodies above: what it
        # heads is (nor a topic's title over a body's bullets: "Công tác kiểm tra" between them). Only a body it names
        # itself is read from it
        heads_work = _heads_duties(node) or (inherited and _group_title(node, node.heading))
        if _duty_goes_on_below(node.heading, text) and not labelled:
            heading = node.heading  # read with the text: its clauses with no subject go on the heading's duty
        else:
            _clauses(node, node.heading, [] if heads_work else inherited, found)
    if text and (fields := _fields(text)):
        duty = text[: fields[0][2]].strip() or text
        _add(node, [(name, role) for name, role, _ in fields], duty, found)
    elif text and not labelled and not (named_in_heading and _group_title(node, text)):
        # "Phân công nhiệm vụ cụ thể theo bảng sau:" over a table: its rows are the duties, the line none of the bodies
        # above
        _clauses(node, text, [] if before_a_table and text.rstrip().endswith(":") else context, found, heading)
    if labelled:  # "a) Rà soát …" / "- Cơ quan chủ trì: …" / "- Cơ quan phối hợp: …": the item's duty, its bodies
        _add(node, [(name, role) for fields in labelled.values() for name, role, _ in fields], text or node.heading or "", found)
    asked = _ASKED_ROLE.set(_asked_role(node) or _ASKED_ROLE.get())
    dated = _HEADING_TIME.set(time_above or _HEADING_TIME.get())
    try:
        for child in node.children:
            if child.id not in labelled:
                _visit(child, context, found, task_items)
    finally:
        _ASKED_ROLE.reset(asked)
        _HEADING_TIME.reset(dated)


_GROUP_TITLE = re.compile(json_data("assignments.json")["group_titles"], re.IGNORECASE)
_MAX_GROUP_TITLE_WORDS = 8


def _group_title(node: Section, text: str) -> bool:
    """Whether ``text``, a node's own text or heading under a body, is a topic's title over that body's bullets ("1.
    Sở Nội vụ" / "Công tác tuyên truyền" / "- Tổ chức …"): one short line of words only (no figure, no punctuation)
    that opens with a topic's word (data/assignments.json group_titles), with bullets under it. The bullets are the
    body's duties; the title alone is none."""
    line = " ".join(text.split())
    return (any(child.kind in ("dash", "plus") for child in node.children) and "\n" not in text.strip()
            and len(line.split()) <= _MAX_GROUP_TITLE_WORDS and not re.search(r"[\d.;:,!?()]", line)
            and _GROUP_TITLE.match(line) is not None)  # tone marks kept: "Vẽ bản đồ …" is a duty


def _heads_duties(node: Section) -> bool:
    """Whether a titled node holds work of its own under its title: text or points other than labelled fields ("a) Tổ
    chức hội nghị tổng kết" over "Thời gian: Quý IV/2026" alone is the duty its title names)."""
    def only_fields(text: str) -> bool:
        fields = labelled_fields(text.strip())
        return bool(fields) and fields[0].start == 0
    # a heading that opens with a verb names a work of its own ("2. Kiểm tra các cơ sở kinh doanh xăng dầu" over a
    # paragraph that says how), and one whose sentence runs on into the text ("c) Theo dõi việc quản lý … hoặc tiến
    # độ" / "thực hiện dự án chậm …", a scan's line cut) is one duty: no title
    if opens_with_work(node.heading or "") or re.match(rf"[{SMALL_LETTERS}]", node.text.strip()):
        return False
    return any(text.strip() and not only_fields(text)
               for text in (node.text, *(child.text or child.heading or "" for child in node.children)))


def opens_with_work(text: str) -> bool:
    """Whether a text opens with a work's verb ("Kiểm tra các cơ sở …"), not a title's noun ("Chế độ báo cáo")."""
    return bool(_rules()["opens_with_verb"].match(text))


def _asked_role(node: Section) -> str | None:
    """The role of the bodies the points under ``node`` name, where its heading or text is a lead-in by which the
    issuer asks no one named ("UBND tỉnh đề nghị:", "Đề nghị:" -> requested; "UBND tỉnh yêu cầu:" -> lead)."""
    rules = _rules()
    for lead_in in (node.heading or "", node.text):
        lead_in = lead_in.strip()
        if not node.children or not lead_in.endswith(":") or len(_sentences(lead_in)) != 1:
            continue
        if (role := rules["marker_role"].get(lead_in.rstrip(": "))) is not None:  # "Đề nghị:"
            return role
        # "Để triển khai hiệu quả Kế hoạch, UBND tỉnh đề nghị:"; an opening the openings' list lacks, or one that ends
        # in a body ("Thực hiện Kế hoạch số 20/KH-UBND của UBND tỉnh, UBND tỉnh đề nghị:"): the clause after its last
        # comma, where that clause is all the asking
        for asking in dict.fromkeys((_after_preamble(lead_in), lead_in.rsplit(",", 1)[-1].strip())):
            rest, role, asker_end = _strip_marker(asking)
            if asker_end is None and rest != asking and not rest.strip(" :"):
                return role
            if asker_end is not None and not asking[rules["asker"].match(asking).end():].strip(" :"):
                return role  # "Sở Nội vụ đề nghị:" in the province's plan: another body asks, as its word says
    return None


@dataclass(frozen=True)
class LabelledField:
    """One labelled field of a task item: "Cơ quan chủ trì: Vụ Pháp chế", "Thời gian hoàn thành: Quý II/2026"."""

    role: str  # lead, support, deadline, output, note (data/assignments.json field_labels)
    value: str  # up to the next ";" or sentence end
    start: int  # where its label starts in the text (line breaks read as spaces)
    rest: str  # everything after its colon (a field on a line of its own keeps all of it: "Sản phẩm: A; B")


def labelled_fields(text: str, after_comma: bool = False) -> list[LabelledField]:
    """The labelled fields of a task item's text, in order; the task reader and the assignments read the same
    vocabulary. ``after_comma``: a label may also open a clause after ", " (a prose duty's "…, tiến độ: Đã hoàn
    thành")."""
    if ":" not in text:  # most paragraphs: no regex
        return []
    return list(_labelled_fields(text, after_comma))  # a list of its own: a caller extends it


# The tasks stage and the assignments read the same items' texts (on the HTML pages of bench/floors.py half the calls
# were of a text read before in the same document): each text's fields are read once a document.
@per_document
def _labelled_fields(text: str, after_comma: bool) -> tuple[LabelledField, ...]:
    rules = _rules()
    flat = rules["line_in_field"].sub(" ", text)
    if "(" in flat:  # (a ";" for the comma: the same length, the offsets kept)
        flat = _BRACKETED.sub(lambda bracket: _commas_before_labels(bracket.group()), flat)
    first = _first_label(flat) if "," in flat else None
    if "," in flat and (comma := _bodies_field_after_a_comma(flat, len(flat) if first is None else first)) is not None:
        flat, first = f"{flat[:comma]};{flat[comma + 1:]}", comma + 1  # (the same length: the offsets kept)
    if first is not None:
        flat = flat[:first] + _commas_before_labels(flat[first:])
    if "(" in flat:
        flat = _RESTATED_BRACKET.sub(_bracket_of_the_field_s_role, flat)
    found = []
    pattern, starts = (rules["field_in_clause"], _FIELD_OR_CLAUSE_STARTS) if after_comma else (rules["field"], _FIELD_STARTS)
    for field in _field_matches(pattern, starts, flat):
        label = " ".join(field.group("label").split())
        role = field_role(label)
        value, end = field.group("value"), field.end("value")
        if role in _AGENCY_FIELDS and not _BODY_HERE.match(value) \
                and (_COLLECTIVE_LABEL.match(label) or _DASH_BEFORE.search(flat, 0, field.start())):
            # "b) Các cơ quan, đơn vị phối hợp: chủ động thực hiện.": the bodies' heading over their duty; "b) Sở Tư
            # pháp - cơ quan phối hợp: thẩm định …": the body's role told, then its duty (no body after the label)
            continue
        # "Chủ trì: Sở A; Sở B; phối hợp: …": a piece after ";" that is a body's name (and no label) is the same field's
        while role in _AGENCY_FIELDS and (more := _MORE_BODIES.match(flat, end)):
            value, end = f"{value}; {more.group('more')}", more.end("more")
        value = value.replace(_HIDDEN_COLON, ":")
        rest = " ".join(flat[field.start("value"):].split()).replace(_HIDDEN_COLON, ":")
        if open_brackets(flat[:field.start()]) > 0:  # "(chủ trì: Sở Nội vụ; thời gian: quý II/2026)": the bracket ends it
            value, rest = before_close(value), before_close(rest)
        found.append(LabelledField(role, value, field.start(), rest))
    return tuple(found)


# "- Cơ quan chủ trì: Sở Nội vụ (đơn vị đầu mối: Phòng Văn thư); …": a bracket inside a field's value whose label says
# that field's role again is a remark on the value, no field of its own; its colons hidden (the same length) while the
# fields are read. A bracket whose label gives another role ("Chủ trì: Sở Nội vụ (phối hợp: Sở Tư pháp)", "phối hợp:
# Sở Tư pháp (thời gian: quý II/2026)") is the next field: it is opened into one ("Sở Nội vụ; phối hợp: Sở Tư pháp ")
# (or, bodies after it going on in the field's role, moved before it: "Chủ trì: Sở Nội vụ (phối hợp: Sở Tư pháp), Sở Tài
# chính" -> "Chủ trì: Sở Nội vụ, Sở Tài chính; phối hợp: Sở Tư pháp ")
_RESTATED_BRACKET = re.compile(r"(?P<field>(?:^|[;.]\s|\n)[^;.\n(]*?:[^;:\n(]*?)(?P<bracket>\([^()\n:]*:[^()\n]*\))"
                               r"(?P<after>,\s*[^;:.\n()]*?(?=\s*(?:[;.\n]|$)))?")
_HIDDEN_COLON = "\ue000"  # a private use character: no space, no stop


def _bracket_of_the_field_s_role(found: re.Match) -> str:
    label_here = _rules()["label_here"]
    outer = label_here.match(found.group("field").lstrip(";. \n"))
    inner = label_here.match(found.group("bracket"), 1)
    if outer is None or inner is None:
        return found.group()
    field, bracket = found.group("field"), found.group("bracket")
    # (a lead's label after another role's field is a remark too: "phối hợp: Sở Tư pháp (chủ trì: Phòng Văn bản)" names
    # the supporting body's own unit in charge, no lead of the item's)
    after = found.group("after") or ""
    if field_role(inner.group("label")) in (field_role(outer.group("label")), "lead"):
        return field + bracket.replace(":", _HIDDEN_COLON) + after
    if not field.endswith(" ") or after and not _BODY_HERE.match(after.lstrip(", ")) \
            or not after and not _FIELD_ENDS.match(found.string, found.end()):
        return found.group()
    return f"{field[:-1]}{after}; {bracket[1:-1]} "  # the same length: the offsets kept


_FIELD_ENDS = re.compile(r"\s*(?:[;.\n]|$)")


def _first_label(flat: str) -> int | None:
    """Where the first field's label starts (tried only where a field may start, as ``_field_matches``)."""
    label = _rules()["field_label"]
    return next((start for start in (0, *(m.end() for m in _FIELD_STARTS.finditer(flat))) if label.match(flat, start)),
                None)


def _bodies_field_after_a_comma(flat: str, end: int) -> int | None:
    """Where the comma is that a text's first field follows, where no field opens after a stop: a field of bodies run
    into the item's sentence, its label then a body ("1. Rà soát quy chế …, đơn vị chủ trì: Sở Nội vụ, thời hạn: quý
    III/2026"); a label of any other field after a comma is prose's ("… đẩy nhanh tiến độ: …"), and so is a sentence
    that opens with its own doer ("Sở Thông tin và Truyền thông chủ trì, phối hợp: Sở Tư pháp …": read as a field, the
    doer before it would be lost)."""
    rules = _rules()
    for comma in _COMMAS.finditer(flat, 0, end):
        if (label := rules["label_here"].match(flat, comma.end())) and field_role(label.group("label")) in _AGENCY_FIELDS \
                and _BODY_HERE.match(flat, _SPACES.match(flat, label.end()).end()):
            stop = max(flat.rfind(f"{mark} ", 0, comma.start()) for mark in ".;:")
            opens_with_a_body = _BODY_HERE.match(flat, _SPACES.match(flat, stop + 1).end())
            return None if opens_with_a_body else comma.start()
    return None


_COMMAS = re.compile(r",(?=\s)")
_SPACES = re.compile(r"\s*")


def _commas_before_labels(text: str) -> str:
    """``text`` with a ";" for each comma before a field's label (the same length: the offsets kept), but a comma
    inside a label ("Cơ quan, đơn vị chủ trì thực hiện: …": the words before it and the label after make one)."""
    rules = _rules()

    def parted(comma: re.Match) -> str:
        words_before = _WORDS_SINCE_A_BREAK.search(text, 0, comma.start()).group()
        return "," if rules["label_here"].match(f"{words_before}{text[comma.start():]}") else ";"
    return rules["comma_before_label"].sub(parted, text)


_WORDS_SINCE_A_BREAK = re.compile(r"[^;,.:(\n]*$")


def open_brackets(text: str) -> int:
    """How many brackets ``text`` leaves open (below 0 where a ")" closes none: a marker "1)" inside a paragraph)."""
    return text.count("(") - text.count(")")


def before_close(value: str) -> str:
    """A value up to the bracket that closes the one it is in ("quý II/2026)." -> "quý II/2026"); brackets of its own
    ("Sở Tài chính (cơ quan thường trực)") are kept."""
    depth = 0
    for at, char in enumerate(value):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return value[:at]
    return value


def _field_matches(pattern: re.Pattern, starts: re.Pattern, flat: str) -> list[re.Match]:
    """``pattern.finditer(flat)`` for a "field" pattern, which matches only where its start holds (``starts``, what ends
    right before each such place): tried at those places alone (re finds them in C), not at every character of a long
    paragraph (ten times faster)."""
    found: list[re.Match] = []
    end = 0
    for start in (0, *(m.end() for m in starts.finditer(flat))):
        if start >= end and (field := pattern.match(flat, start)):
            if field.end() == start:  # an empty match: finditer's rules for the next one are not spelt out here
                return list(pattern.finditer(flat))
            found.append(field)
            end = field.end()
    return found


def _fields(text: str) -> list[tuple[str, str, int]]:
    """(name, role, where its label starts) of each body a labelled field gives ("Cơ quan chủ trì: Vụ Pháp chế")."""
    # ("Đơn vị thực hiện: Sở Y tế" leads, as the tasks stage reads an item whose fields name no other lead)
    return [(name, "lead" if field.role == "implementer" else field.role, field.start) for field in labelled_fields(text)
            if field.role in _AGENCY_FIELDS for name in split_agencies(field.value)]


def field_line(node: Section) -> list[LabelledField]:
    """The fields of a field line, a bullet or a letter with no lines under it that opens with a field's label ("- Cơ
    quan chủ trì: Vụ Pháp chế.", "a) Thời gian thực hiện: Quý III/2026."); [] for any other node. A field alone on
    its line holds all the line ("- Sản phẩm: Báo cáo; Kế hoạch", also over an unmarked "Ghi chú: …" line)."""
    if node.kind in FIELD_LINE_KINDS and not node.children and (found := labelled_fields(node.text)) \
            and found[0].start == 0:
        return [field for line in _rules()["label_line"].split(node.text) for field in _whole_line(labelled_fields(line))]
    return []


def _whole_line(found: list[LabelledField]) -> list[LabelledField]:
    return [replace(found[0], value=found[0].rest)] if len(found) == 1 else found


def last_step_holding_fields(node: Section) -> Section | None:
    """The last step of an item's list when the item's own field lines went under it: "2. Xây dựng cơ sở dữ liệu,
    gồm các bước:" over "- Chuẩn hóa dữ liệu;" and "- Số hóa tài liệu", then "+ Cơ quan chủ trì: …" lines that their
    marks nest under the last step, or unmarked "Cơ quan chủ trì: …" lines run into its text. The item's text ends
    on a colon (its steps are part of it) and no other step holds a field, so the fields are the item's, not the last
    step's (a list of tasks each give their own fields). Nor where the item or a step names a body at work ("Vụ
    Pháp chế có trách nhiệm:" over its duties; "- Nghị định … (Vụ Pháp luật dân sự - kinh tế chủ trì …);"): the steps
    are then duties of their own, and the fields under the last one its own."""
    steps = node.children
    item = node.text or node.heading or ""
    if len(steps) < 2 or not item.rstrip().endswith(":"):
        return None
    last = steps[-1]
    if last.kind not in FIELD_LINE_KINDS or any(step.kind != last.kind for step in steps) \
            or any(step.children or labelled_fields(step.text) for step in steps[:-1]):
        return None
    if last.children:
        holds, words = all(field_line(line) for line in last.children), last.text
    else:  # the fields on lines of their own after the step's words
        fields = labelled_fields(last.text)
        words = last.text[:fields[0].start] if fields else last.text
        holds = bool(fields) and words.endswith("\n")
    if not holds or any(duty_bodies(text) for text in (item, *(step.text for step in steps[:-1]), words)):
        return None
    return last


def _labelled_children(node: Section, task_items: frozenset[str]) -> dict[str, list[tuple[str, str, int]]]:
    """The field lines under a node (FIELD_LINE_KINDS) that name bodies, by id, with what each gives (``_fields``): a
    dash item that holds labelled fields, another line that opens with one (as the tasks stage reads them: "a) Rà soát
    … Chủ trì: Sở Y tế" is an item of its own); never a line the tasks stage made a task of ("- Xây dựng đề án …. Cơ
    quan chủ trì: Sở Xây dựng" under "II. NHIỆM VỤ" is a task, not a field of the heading's)."""
    found = {}
    for child in node.children:
        if (child.kind in FIELD_LINE_KINDS and not child.children and child.id not in task_items
                and (fields := _fields(child.text))
                and (child.kind == "dash" or fields[0][2] == 0)):
            found[child.id] = fields
    return found


def _add(node: Section, bodies: list[tuple[str, str]], duty: str, found: list[Assignment]) -> None:
    above = Deadline(text=text) if (text := _HEADING_TIME.get()) else None  # read in assignments(), the year known
    for name, role in dict.fromkeys(bodies):
        found.append(Assignment(
            id=f"{node.id}__assignment_{len(found) + 1}", agency=AgencyMention(name=name), role=role, duty=duty,
            deadline=above,
            section=node.id, line_start=node.line_start, line_end=node.line_end, page=node.page_start))


def heading_time(heading: str) -> str | None:
    """The value of the time field a heading of bodies ends with ("Sở Nội vụ chủ trì; thời hạn: quý III/2026:"), that
    ``heading_bodies`` leaves out: the deadline of the duties under it."""
    times = [f for f in labelled_fields(heading.strip().rstrip(":")) if f.role in TIME_FIELDS]
    return times[0].value.strip(" .;") if times and heading_bodies(heading) else None


def heading_bodies(heading: str) -> list[tuple[str, str]]:
    """A heading that is only a list of bodies ("Giao Trưởng phòng Tư pháp quận", "Sở Nội vụ:"), with their role (a
    time field it ends with names none: ``heading_time``)."""
    rules = _rules()
    text, role, asker_end = _strip_marker(heading.strip().rstrip(":"))
    if asker_end is not None:
        return []  # "Sở Nội vụ yêu cầu các cơ quan:": a body asking, no list of bodies
    if times := [f.start for f in labelled_fields(text) if f.role in TIME_FIELDS]:
        # "Sở Nội vụ chủ trì; Sở Tư pháp phối hợp; thời hạn: quý III/2026:": the field names no body
        text = text[:times[0]].rstrip(" ;,(")
    # "Giám đốc các Sở/Thủ trưởng các cơ quan tương đương Sở": a slash separates two bodies' heads
    text = text.replace("/", ", ")
    # the heads removed first only at the start, which is all the test for a body needs: this runs on whole
    # first sentences, and most start with no body at all
    head = rules["position"].match(text)
    if not _SUBJECT_START.match(text[head.end():] if head else text):
        return []
    text = rules["position"].sub(r"\1", text)
    if rules["verb"].search(text):
        return []
    if role == "lead":
        # "Sở Nội vụ chủ trì; Sở Tư pháp phối hợp", "Sở Nội vụ (chủ trì), Sở Tư pháp (phối hợp)": each body its
        # role, as an agency cell names them
        return [(name, named_role) for named_role, names in agencies_by_role(text, role).items() for name in names]
    return [(name, role) for name in split_agencies(text)]


def lead_in_bodies(node: Section, text: str | None = None) -> list[tuple[str, str]]:
    """The bodies of a lead-in, a single clause that ends in ":" over the points below it ("Sở Tài chính chịu trách
    nhiệm:", "Giao Công an tỉnh chủ trì thực hiện các nội dung sau:"): each point's lead (or the body requested, "Đề
    nghị …:"), unless the point names its own body; the lead-in itself, no duty, gives no assignment. ``text``: the
    node's text, else its heading. Only where the words after its bodies take the points on (assignments.json
    lead_in_words): a body that directs or guides others ("Chủ tịch UBND tỉnh chỉ đạo:", "Sở Nội vụ hướng dẫn UBND
    các xã thực hiện:") or a clause that only names one ("Trường hợp Sở Tài chính không bố trí được kinh phí:") does
    not do the points; nor where the lead-in gives a deadline, which its points would lose (read as before: one duty)."""
    lead_in = _lead_in_clause(node, text)
    if lead_in is None:
        return []
    subject, rest = _subject(lead_in)
    # a body other than the issuer asks ("Ban Chỉ đạo tỉnh yêu cầu:"): the points are of those it asks; a ";" after the
    # bodies ends a clause ("Sở A chủ trì; Sở B hướng dẫn:"), one between them only separates them ("Thủ trưởng các sở;
    # Chủ tịch UBND các huyện có trách nhiệm:"); a clause of bodies that only support goes on the lead-in ("Sở A chủ
    # trì; Sở B phối hợp thực hiện các nhiệm vụ sau:")
    if not rest or not all(_supporting_clause(clause) for clause in rest.split(";")[1:]):
        return []
    if not subject or not _rules()["lead_in_words"].match(rest) or _rules()["any_deadline_phrase"].search(lead_in):
        return []
    return subject + _parse(lead_in)[1]


def _supporting_clause(clause: str) -> bool:
    """Whether a clause opens with bodies that only support ("Sở Tư pháp, Sở Tài chính phối hợp thực hiện …")."""
    subject = _subject(clause.strip())[0]
    return bool(subject) and all(role == "support" for _, role in subject)


def lead_in_of_its_own_body(node: Section, text: str) -> bool:
    """Whether a lead-in opens with bodies of its own, whether or not they take its points on ("Sở Nội vụ hướng dẫn các
    xã thực hiện các nội dung sau:", "Trong năm 2026, Sở Nội vụ thực hiện các nội dung sau:"): the bodies of a heading
    above it do not lead its points."""
    lead_in = _lead_in_clause(node, text)
    return lead_in is not None and bool(_subject(lead_in)[0])


def _lead_in_clause(node: Section, text: str | None) -> str | None:
    """The node's lead-in, a single clause ending in ":" over points (``text``, else its heading), or None; clauses of
    bodies that only support go on it ("Sở Nội vụ chủ trì thực hiện; các sở, ngành có trách nhiệm phối hợp …:")."""
    lead_in = (node.heading or "" if text is None else text).strip()
    if not node.children or not lead_in.endswith(":") \
            or not all(_supporting_clause(clause) for clause in _sentences(lead_in)[1:]):
        return None
    return lead_in


def _strip_marker(text: str) -> tuple[str, str, int | None]:
    """The text after its opening marker ("Giao", "Đề nghị") or after the issuer that asks and its word ("Ủy ban nhân
    dân tỉnh yêu cầu", "UBND tỉnh giao"), the role that gives those named next, and where the subject ends when a body
    other than the issuer asks (its name's end). The issuer that asks leads nothing: the text after it is "" where it
    names no one ("UBND tỉnh yêu cầu:"), so no body is read."""
    rules = _rules()
    marker = rules["marker"].match(text)
    if marker:
        return text[marker.end():], rules["marker_role"][marker.group(1)], None
    asked = _asking(text)
    if asked:
        rest = text[asked.end():]
        if _central_over_local(asked.group("asker"), _ISSUERS.get()):
            # "Bộ Nội vụ yêu cầu các tỉnh rà soát …" in a province's plan: whoever is asked, no duty this plan gives
            return "", rules["asker_role"][" ".join(asked.group("word").split())], None
        # only when those asked follow (a name: in capitals, or "các …"), or no one: "Sở Y tế được giao chủ trì …" is
        # the body assigned
        if not rest.strip(" :") or rest[0].isupper() or _SUBJECT_START.match(rest) or rules["position"].match(rest):
            asker, issuers = asked.group("asker"), _ISSUERS.get()
            if _one_of(asker, issuers.own):
                return rest, rules["asker_role"][" ".join(asked.group("word").split())], None
            word_role = rules["asker_role"][" ".join(asked.group("word").split())]
            if not issuers.own or _one_of(asker, issuers.above):
                # no issuer known: whether the asker issues the plan, so who leads, is unproved; the body above the
                # issuer asking ("UBND tỉnh yêu cầu các sở …" in a Sở's plan; a central body, above) gives no duty of
                # this plan; the points under it ("UBND tỉnh đề nghị:" / "- Ủy ban MTTQ tỉnh …") take the role its
                # word gives those asked
                return "", word_role, None
            if "," not in asker:
                # "Sở Nội vụ yêu cầu các cơ quan …" in the province's plan: the duty the plan gives is the asker's (to
                # ask); those it asks answer to it, not to the plan. The role returned is its word's, for the points
                # of a lead-in that asks no one named ("Sở Nội vụ đề nghị:" / "- Sở Tài chính …": requested)
                return text, word_role, asked.end("asker")
            # "Kho bạc Nhà nước tỉnh kiểm soát chi, yêu cầu …": a verb the lists lack before it; read as printed
        elif not (_PASSIVE.search(asked.group("asker")) or "," in asked.group("asker")
                  or rules["list_end"].search(asked.group("asker")) or _one_of(asked.group("asker"), _ISSUERS.get().own)):
            # "Ban Quản lý Khu kinh tế đề nghị các doanh nghiệp …": those asked are no bodies (firms, people); the asker
            # leads its asking, as where it asks bodies (not "Sở Y tế được giao chủ trì …": the body given the work;
            # nor "Tổ công tác có quyền yêu cầu cơ sở …": a power, no asker named alone); as there, the body above
            # the issuer asking ("UBND tỉnh yêu cầu các chủ đầu tư …" in a Sở's plan), or any with no issuer known,
            # gives no duty of this plan
            word_role = rules["asker_role"][" ".join(asked.group("word").split())]
            issuers = _ISSUERS.get()
            if not issuers.own or _one_of(asked.group("asker"), issuers.above):
                return "", word_role, None
            return text, word_role, asked.end("asker")
    return text, _ASKED_ROLE.get(), None


def _asking(text: str) -> re.Match | None:
    """The bodies that open ``text`` and the word by which they ask ("Ủy ban nhân dân tỉnh yêu cầu …"); None where a
    verb comes before that word ("… bàn giao Trung tâm …", "UBND các xã rà soát … tai nạn giao thông": no asking), or
    the word goes on the name of a body the registry knows ("Bộ Ngoại giao")."""
    rules = _rules()
    asked = rules["asker"].match(text)
    if asked is None or rules["verb"].search(text, 0, asked.end("word")):
        return None
    # (nor a word of the name being printed: "Thứ trưởng Bộ Ngoại giao Lê Thị Hằng", a member of a board)
    return None if _starts_a_registry_name(fold(f"{_asker_body(asked.group('asker'))} {asked.group('word')}")) else asked


@cache
def _central_keys() -> frozenset[str]:
    """The keys only central bodies bear in the registry (Chính phủ, Thủ tướng Chính phủ, the ministries …): not a
    name a local body bears too ("Cục Thuế", "Cục Thống kê", "Kho bạc Nhà nước": a province's own in its plans)."""
    reg = registry()
    def keys(central: bool) -> set[str]:
        return {key for place in reg.jurisdictions.values() if (place.level == "Trung ương") == central
                for key in reg.keys.get(place.id, ())}
    return frozenset(keys(True) - keys(False))


def _central_over_local(asker: str, issuers: Issuers) -> bool:
    """Whether the body that asks ("Bộ Nội vụ", "Bộ trưởng Bộ Y tế", "Thủ tướng Chính phủ") is a central body and no
    issuer is one: a province's or a district's plan quoting what is asked of it, never a duty it gives the asker."""
    central = _central_keys()
    named = _asker_body(asker)
    return (any(key_of(name) in central for name in {named, without_head(named)})
            and not any(key in central for key in issuers.own))


def _one_of(asker: str, keys: tuple[str, ...]) -> bool:
    """Whether the body that asks ("Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh") is one of ``keys`` ("ỦY BAN NHÂN DÂN
    TỈNH ĐÔNG SƠN"): its name, its head dropped, is the key or the key without the place."""
    key = key_of(_asker_body(asker))  # "UBND tỉnh đã | giao …": the issuer
    return bool(key) and any(known == key or known.startswith(f"{key} ") for known in keys)


def _asker_body(asker: str) -> str:
    """The body that asks, its head dropped ("Chủ tịch UBND tỉnh" -> "UBND tỉnh"), or the head whose title names no body
    of its own for its deputy ("Phó Thủ tướng Chính phủ" -> "Thủ tướng Chính phủ"), the person who holds the post
    dropped ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình" -> "UBND tỉnh")."""
    rules = _rules()
    post = without_person_at_end(_without_adverbs(asker))
    return rules["office_deputy"].sub("", rules["position"].sub(r"\1", post))


def _sentences(text: str) -> list[str]:
    """Clauses ending in ";" or "."; a piece with no verb is part of a list of bodies and joins the next one."""
    pieces, pending = [], ""
    split = _rules()["clause_end"].split(_LEADING_BULLET.sub("", text.replace("\n", " ")))
    for piece, following in zip(split, [*split[1:], ""]):
        pending = f"{pending} {piece}".strip()
        # a sentence that names no body and does nothing ("Thời gian qua, công tác … đạt kết quả tích cực.") is one of
        # its own, not the opening of the next one's list of bodies; not so before a small letter (OCR's "." for ",")
        # (a verb of an opening before the bodies does nothing of theirs: "Để chủ động phòng cháy, Chủ tịch UBND tỉnh
        # yêu cầu Giám đốc các sở; Chủ tịch UBND các xã thực hiện …:" is one clause)
        # (a ";" inside a bracket ends no clause: "… (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; hoàn thành …)")
        if open_brackets(pending) <= 0 and (
                _rules()["verb"].search(_after_preamble(pending))
                or pending.endswith(".") and following[:1].isupper() and not _SUBJECT_START.match(pending)):
            pieces.append(pending)
            pending = ""
    if pending and pieces and not (pieces[-1].endswith(".") and pending[:1].isupper()):
        # (a last sentence with no verb the lists know, "… thi đua. Mọi vướng mắc cần trao đổi, đề nghị các cơ quan …
        # liên hệ …", is one of its own: no list of bodies goes on past a full stop into it)
        pieces[-1] = f"{pieces[-1]} {pending}"
    elif pending:
        pieces.append(pending)
    return pieces


def _duty_goes_on_below(heading: str, text: str) -> bool:
    """Whether the text under a heading goes on the duty the heading gives its own body ("1. Rà soát quy chế … (Sở
    Nội vụ chủ trì)" / "Phối hợp với Sở Tư pháp thực hiện; hoàn thành trong quý III/2026."): the heading names its
    lead, the text opens with no subject of its own and holds no field, nor leads in to a table or points (":")."""
    if not text or text.rstrip().endswith(":") or _fields(text):
        return False
    first = _sentences(text)[0]
    return not _parse(first)[0] and any(role == "lead" for _, role in _parse(heading)[0])


def _points_go_on_the_heading_s_duty(node: Section, text: str) -> bool:
    """Whether the points under a heading that tells its work and names its lead ("1. Rà soát quy chế … (Sở Nội vụ chủ
    trì)" / "- Phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý III/2026.") each go on its duty: the heading has
    no text of its own, and every point is one of "-"/"+" with no points of its own whose words go on the heading's
    duty (``_duty_goes_on_below``: no subject, no field). A point with its own subject is a duty of its own, and a
    heading whose body directs or guides others ("b) Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng …")
    does not do its points, as a lead-in's (``lead_in_bodies``): both read as before."""
    if not (node.heading and node.kind != "roman" and not text.strip() and node.children) \
            or _CHAIRED_BY.search(node.heading):
        return False
    subject, rest = _subject(node.heading)
    if subject and not _rules()["lead_in_words"].match(rest):
        return False
    # (a point that opens with a collective, "Các xã báo cáo kết quả …", is its duty, whose deadline is not the lead's)
    return all(child.kind in ("dash", "plus") and not child.children and _duty_goes_on_below(node.heading, child.text)
               and not names_no_one_body(child.text) for child in node.children)


# "Tham gia hội nghị do Sở Y tế chủ trì", "Phối hợp với đoàn kiểm tra do Sở Nội vụ chủ trì": the body chairs a work the
# points only take part in, so neither its items nor its points are that body's (review s62: they were read as its)
_CHAIRED_BY = re.compile(rf"(?<![\w-])do\s+(?={BODY_START})")


def work_heading_bodies(heading: str) -> list[tuple[str, str]]:
    """The bodies of a heading that tells its work first and who does it after ("Rà soát quy chế … (Sở Nội vụ chủ
    trì, phối hợp với Sở Tư pháp)", "Rà soát quy chế …, Sở Nội vụ chủ trì"), with their role: the lead of the items
    under it that name none; [] where it names no lead, opens with bodies (``heading_bodies``, ``lead_in_bodies``) or
    names them after "do" (``_CHAIRED_BY``)."""
    text = heading.strip().rstrip(":")
    if _subject(text)[0] or _CHAIRED_BY.search(text):
        return []
    subject, support = _parse(text)
    return subject + support if any(role == "lead" for _, role in subject) else []


def _clauses(node: Section, text: str, context: list[tuple[str, str]], found: list[Assignment], heading: str = "") -> None:
    """One assignment per body and role for each run of clauses: a clause with a subject starts a run, a clause
    without one ("…; định kỳ hằng quý báo cáo …") continues the duty of the run before it (or of the heading's bodies).
    ``heading``: a heading whose duty the text goes on (``_duty_goes_on_below``), its clauses read first."""
    runs: list[tuple[list[tuple[str, str]], list[str]]] = []
    formula = None  # a resolution's formula right before: its bodies do the clauses with no subject after it
    for sentence in (*_sentences(heading), *_sentences(text)):
        if _IN_RESOLUTION.get() and _is_resolution_formula(sentence):
            formula = sentence
            continue
        if (_rules()["effect_clause"].match(sentence) or _rules()["execution_clause"].search(sentence)
                or _rules()["courtesy_clause"].search(sentence) or _done_at_its_opening_time(sentence)):
            # "Chỉ thị này có hiệu lực kể từ ngày ký.": the document's effect; "Chánh Văn phòng …, Giám đốc các sở …
            # chịu trách nhiệm thi hành Quyết định này.": the closing formula of execution; a resolution's "Giao Ủy ban
            # Nghị quyết.": its formulas; "Bộ Công an trân trọng cảm ơn …": a courtesy; "Năm 2025, Sở Y tế đã hoàn thành
            # …", "Năm 2025, UBND tỉnh đã giao Sở Tài chính …": what was done. No one's duty, its time no one's deadline
            continue
        subject, support = _parse(sentence, under_a_body=bool(context))
        if (formula and not subject and _rules()["formula_work"].match(sentence)
                and not _rules()["resolution_clause"].search(sentence)):
            # "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; định kỳ hằng năm báo cáo …": the report is work
            # beyond the formula, the formula's bodies' (not "…; đề nghị Ủy ban MTTQ tỉnh tham gia giám sát việc thực
            # hiện Nghị quyết": a formula again; nor "Nghị quyết này thay thế …", "Kinh phí thực hiện từ …": provisions)
            (subject, formula_support), sentence = _parse(formula), f"{formula} {sentence}"
            support = formula_support + support
        formula = None
        if context and not runs and _rules()["asks_in_context"].match(sentence):
            subject, support = [], []  # the duty of the bodies above: to ask those it names
        if subject and runs and all(role == "support" for _, role in subject):
            # "…; Kho bạc Nhà nước khu vực phối hợp thực hiện.": they support the duty of the clause before
            runs[-1][0].extend(subject + support)
            runs[-1][1].append(sentence)
        elif subject or not runs:
            bodies = subject or list(context)
            if not bodies and not support:
                continue  # no body in it: a goal, not an assignment
            runs.append((bodies + support, [sentence]))
        elif (handed := _rules()["handed_on"].search(sentence)) and not _proposed_upward(sentence[handed.end():]):
            continue  # another body's work, its subject not read: no part of the duty before it (nor its deadline)
        else:
            runs[-1][0].extend(support)
            runs[-1][1].append(sentence)
    for bodies, sentences in runs:
        _add(node, bodies, " ".join(sentences), found)


def duty_bodies(text: str, issuers: Issuers = Issuers(), under_a_body: bool = False) -> dict[str, list[str]]:
    """The bodies a duty written in prose names, by role ("Công an tỉnh chủ trì, Bộ Chỉ huy Quân sự tỉnh phối hợp …"
    -> lead Công an tỉnh, support Bộ Chỉ huy Quân sự tỉnh): for a task item whose fields give no lead. A body only
    requested ("Đề nghị …") leads nothing. ``issuers``: the document's (issuer_keys), for a body that asks.
    ``under_a_body``: the duty is of a body a heading over it names, so its partners are read though no subject is
    ("- Rà soát quy chế, phối hợp với Sở Tư pháp; …" under "a) Sở Nội vụ:", as ``_parse`` reads them)."""
    found: dict[str, list[str]] = {}
    known = _ISSUERS.set(issuers)
    try:
        for sentence in _sentences(text):
            subject, support = _parse(sentence, under_a_body)
            for name, role in subject + support:
                if role in ("lead", "support"):
                    found.setdefault(role, []).append(name)
    finally:
        _ISSUERS.reset(known)
    return found


def _parse(sentence: str, under_a_body: bool = False) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The bodies a clause gives a duty to (its subject, with their role) and the bodies that support them."""
    subject, text = _subject(sentence)
    if not subject and (in_remark := _closing_remark_bodies(sentence)):
        return in_remark
    if not subject and (handed := _handed_after_the_work(sentence, under_a_body)):
        return _parse(handed)
    if not subject and (who := doers_after_the_work(sentence)):
        return _parse(who)
    while (more := _rules()["bodies_after_apposition"].match(text)) and (others := _subject(text[more.end():]))[0]:
        subject, text = subject + others[0], others[1]  # "Sở Nội vụ - cơ quan thường trực, Sở Tài chính, … rà soát"
    # (both: "Sở Y tế - cơ quan thường trực, chủ trì, phối hợp với …")
    text = _rules()["role_opening"].sub("", text)
    while lead := _rules()["lead"].match(text):
        text = text[lead.end():]
    return subject, _clause_supports(text) + _partners(text, under_a_body and not subject)


def _handed_after_the_work(sentence: str, under_a_body: bool = False) -> str | None:
    """The clause from the word that hands the work on, where a clause tells the work first and then whom it is given
    to: "Rà soát quy chế …, giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện, hoàn thành trong quý II/2026"
    -> "Giao Sở Nội vụ chủ trì, …" (or after its ";": "…; giao Sở Nội vụ …"). Not where the work is the asked body's own proposal ("…, đề nghị UBND tỉnh khen
    thưởng"); only after a work's verb (no body's or condition's clause: "Trường hợp …, giao …" is read as before).
    ``under_a_body``: under a body's heading that body does the work and hands a part on in the same clause ("- Rà
    soát …, giao Trung tâm Kiểm soát bệnh tật tỉnh thực hiện" under "a) Sở Y tế"): the clause stays its duty."""
    rules = _rules()
    handed = rules["handed_at_start"].match(sentence)
    if not handed and not under_a_body and opens_with_work(sentence):
        handed = rules["handed_after_work"].search(sentence)
    if not handed or _proposed_upward(sentence[handed.end():]):
        return None
    rest = sentence[handed.start():].lstrip(", ")
    return rest[:1].upper() + rest[1:]


# a bracket that closes a clause, "giao" or "do" before the bodies it names dropped
_CLOSING_REMARK = re.compile(r"\((?:(?i:giao|do)\s+)?(?P<inner>[^()]+)\)[\s.;,]*$")


def _closing_remark_bodies(sentence: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
    """The bodies a clause names in the bracket that closes it, the work told first: "Xây dựng đề án … (Sở Xây dựng
    chủ trì, phối hợp với Sở Tài chính; hoàn thành trong quý II/2026)" (as a task table's content cell may: agencies.
    lead_in_content). Only a bracket that opens with a body's name in capitals and the lead's word after it, no object
    of its own (data/assignments.json closing_remark_lead): "(đơn vị chủ trì)", "(Sở Nội vụ)" (a name told again),
    "(theo Kế hoạch số …)", "(nếu có)", "(Bộ Tài chính ban hành tại Công văn …)" (what was done) name no one."""
    remark = _CLOSING_REMARK.search(sentence)
    inner = remark.group("inner").strip() if remark else ""
    return _parse(inner) if opens_with_a_lead(inner) else None


def doers_after_the_work(sentence: str) -> str | None:
    """The clause after a colon or "do" that tells who does the work told before it ("Rà soát quy chế: Sở Nội vụ chủ
    trì, phối hợp với Sở Tư pháp thực hiện, …", "Rà soát quy chế do Sở Nội vụ chủ trì, Sở Tư pháp phối hợp; …"):
    bodies and the lead's word (``opens_with_a_lead``); None for any other ("Gửi xin ý kiến: Bộ Nội vụ thẩm định …"
    is the body's own work, no lead of the item's; "… do Sở Nội vụ chủ trì chưa ban hành" a cause)."""
    # (or after a comma where the work opens the sentence: "Rà soát quy chế, Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp
    # thực hiện")
    before_doers = _BEFORE_THE_DOERS_AFTER_WORK if _work_comes_first(sentence) else _BEFORE_THE_DOERS
    leads = [before for before in before_doers.finditer(sentence) if opens_with_a_lead(sentence[before.end():])]
    if not leads:
        return None
    first = leads[0]
    if first.group().rstrip() == "," and len(leads) > 1 and _ends_with_a_body(sentence[:first.start()]):
        # "Kiểm tra tại Sở Y tế, Sở Giáo dục và Đào tạo, Thanh tra tỉnh chủ trì": the work's own list of bodies may go
        # on after the comma, where its doers start is not known: none read, never the work's bodies as leads
        return None
    return sentence[first.end():]


_LEAD_WORD = re.compile(r"(?<![\w-])chủ\s+trì(?![\w-])", re.IGNORECASE)


def _work_comes_first(sentence: str) -> bool:
    """Whether a sentence tells its work before who does it: a work's verb opens it, or, where the lead's word comes
    later, no body, head nor subject does ("Phát triển hạ tầng số, Sở Nội vụ chủ trì": a verb the lists lack; not "Sở Y
    tế, Sở Nội vụ chủ trì", "Chủ tịch UBND các huyện, Sở Y tế chủ trì": bodies that lead together; nor "UBND các xã
    ven biển phát triển …, Sở Nội vụ chủ trì", a subject whose verb the lists lack)."""
    if opens_with_work(sentence):
        return True
    return (bool(_LEAD_WORD.search(sentence)) and not _SUBJECT_START_CASED.match(sentence)
            and not _rules()["position"].match(sentence) and not _subject(sentence)[0])


def _ends_with_a_body(words: str) -> bool:
    """Whether words end with a body's name or a collective ("… tại Sở Y tế", "… tại các sở, ngành")."""
    return any(known_anywhere(words[start.start():]) or names_no_one_body(words[start.start():])
               for start in re.finditer(BODY_START, words))


_BEFORE_THE_DOERS = re.compile(rf"(?::|,?\s+do)\s+(?={BODY_START})")
_BEFORE_THE_DOERS_AFTER_WORK = re.compile(rf"(?::|,?\s+do|,)\s+(?={BODY_START})")


def opens_with_a_lead(clause: str) -> bool:
    """Whether a clause opens with bodies' names in capitals and the lead's word right after them, with no object of
    its own (data/assignments.json closing_remark_lead): who does the work told before it ("Sở Xây dựng chủ trì, phối
    hợp với Sở Tài chính"), not work of its own ("Bộ Nội vụ thẩm định …", "Sở Tài chính ban hành năm 2020")."""
    if not clause[:1].isupper() or not _SUBJECT_START_CASED.match(clause):
        return False
    subject, after = _subject(clause.rstrip(" ."))  # ("Sở Nội vụ chủ trì thực hiện.": the sentence's stop)
    return any(role == "lead" for _, role in subject) and bool(_rules()["closing_remark_lead"].match(after.lstrip(" ,")))


def _subject(sentence: str) -> tuple[list[tuple[str, str]], str]:
    """The bodies a clause opens with, with their role, and the rest of the clause after them."""
    rules = _rules()
    after_preamble = _after_preamble(sentence)
    opened = after_preamble is not sentence  # "Trường hợp cần thiết, | Sở Nội vụ …"
    sentence = after_preamble
    text, role, asker_end = _strip_marker(sentence)
    if asker_end is not None:  # "Giám đốc Sở Nội vụ yêu cầu …", not the issuer: it leads its asking, no one it asks
        return [(name, "lead") for name in _bodies(text[:asker_end])], ""
    if rules["not_subject"].match(text):  # "Trường hợp phát hiện …": a condition, no body
        return [], text
    head = rules["position"].match(text)  # "Giám đốc, Thủ trưởng các sở …" -> "các sở …"
    text = text[head.end():] if head else text
    # a subject starts with a body's name in capitals, or in lower case after "Giao Trưởng" ("phòng Nội vụ quận")
    stripped = text != sentence
    subject: list[tuple[str, str]] = []
    ended = False  # whether a verb or a role word ends the subject's list
    if _SUBJECT_START.match(text) and (stripped or _SUBJECT_START_CASED.match(text)):
        end = _list_end(rules["subject_end"], text)
        while end and fold(end.group()).strip() in rules["named_after_duoc"] and _PASSIVE.search(text, 0, end.start()):
            end = _list_end(rules["subject_end"], text, end.end())  # "… đơn vị được phân công": the name's words
        ended = end is not None
        if not (end and end.group("stop")):
            cut = end.start() if end else len(text)
            colon = _heading_colon(text, cut)
            if colon is not None:
                cut, ended = colon, True
            elif (known_end := _prose_after_known_name(text, 0, cut, at_a_verb=end is not None)) < cut:
                cut, ended = known_end, True  # "Sở Tư pháp | số hóa hồ sơ …"
            if role == "lead" and end and rules["support_alone"].match(text, cut):
                role = "support"  # "Kho bạc Nhà nước khu vực phối hợp thực hiện"
            subject = [(name, role) for name in _bodies(text[:cut])]
            if subject and all(_bare_kind(name) for name, _ in subject):
                return [], text  # "Đơn vị chủ trì, tham mưu: Sở Nội vụ": a label the lists lack, no body
            if not ended and subject and not known_anywhere(subject[-1][0]):
                # "Sở Công Thương đăng tin hằng tháng.": no verb the lists know ends the list, so its last name runs to
                # the clause's end and may hold the duty: a name the registry does not know is no body read (none)
                return [], text
            text = text[cut + 1:] if colon is not None else text[cut:]
    if opened and (not ended or any(len(name.split()) == 1 for name, _ in subject)):
        # "Trường hợp phát hiện vi phạm, Tổ kiểm tra được quyền …": a one-word name is one cut at a verb inside it;
        # "Sau khi hoàn thành nhiệm vụ, Tổ công tác tự giải thể.": no verb the lists know ends the name, so the whole
        # clause would be one. Read after an opening either would be a new wrong body, so none (as before)
        return [], text
    return subject, text


def _bare_kind(name: str) -> bool:
    """A common kind word alone, no body's name nor a collective ("Đơn vị", "Cơ quan"; not "Các cơ quan", "Cơ quan
    chuyên môn …", nor a kind a ministry's plan may name its own unit by: "Văn phòng"): cell_words.json other_kinds."""
    return name.lower() in {kind.lower() for kind in json_data("cell_words.json")["shared_heads"]["other_kinds"]}


def _heading_colon(text: str, end: int) -> int | None:
    """Where the bodies end at a colon before ``end``, the duty after it in capitals: a verb ("UBND các huyện, thị xã,
    thành phố: Tổ chức triển khai …": "tổ chức", a word of names, ends a list in small letters only) or after a name
    the registry knows ("Sở Tài chính: Tham mưu …"); None where the names go on after it ("Giám đốc các sở: Tư pháp,
    Nội vụ …")."""
    colon = text.find(":", 0, end)
    after = text[colon + 1:].lstrip()
    if colon < 0 or not after[:1].isupper():
        return None
    name = _last_name(text, 0, colon).strip()
    return colon if opens_with_work(after) or known_anywhere(name) and not names_no_one_body(name) else None


def _after_preamble(sentence: str) -> str:
    """The clause after an opening that states a condition, a time or a ground ("Trường hợp cần thiết, Sở Nội vụ tham
    mưu …" -> "Sở Nội vụ tham mưu …"; data/assignments.json subject_preambles), where a body's name or a marker opens
    what follows its first comma ("Khi cần thiết, giao Sở Y tế …" -> "Giao Sở Y tế …": the marker in capitals, as
    the markers are listed). Else the clause as it is: an opening that ends in a body's name may be a list going on
    past the comma ("Khi có yêu cầu của UBND tỉnh, Sở Nội vụ …": which bodies lead is not shown)."""
    rules = _rules()
    if (asking := _issuer_asking_after_ground(sentence)) is not None:
        return asking
    preamble = rules["preamble"].match(sentence)
    if preamble is None:
        return sentence
    rest = sentence[preamble.end():]
    capitalised = rest[:1].upper() + rest[1:]
    head = rules["position"].match(rest)  # "Căn cứ …, Thủ trưởng | các sở, ban, ngành …": the body after its head
    body = rest[head.end():] if head else rest
    # a name in capitals, or a collective ("Căn cứ Kế hoạch này, các sở, ngành …") after an opening with no verb of its
    # own: after one ("Sau khi hoàn thành phải báo cáo chính quyền địa phương, cơ quan quản lý …, các cơ quan …") words
    # in small letters go on the list of those it names
    collective = body.startswith("các ") and not rules["verb"].search(sentence, preamble.end(1), preamble.end())
    named = _SUBJECT_START_CASED.match(body) and (body[:1].isupper() or collective)
    if not (named or rules["marker"].match(capitalised)):
        return sentence
    bodies = list(_BODY_HERE.finditer(sentence, 0, preamble.end()))
    if bodies and not rules["verb"].search(sentence, bodies[-1].end(), preamble.end()):
        return sentence
    return rest if named else capitalised


def _is_resolution_formula(sentence: str) -> bool:
    """Whether a resolution's sentence is its formula of execution or supervision: the bodies it names, then the formula
    (assignments.json resolution_clauses: "Giao Ủy ban nhân dân tỉnh | tổ chức thực hiện Nghị quyết."). Work before
    the formula is work given ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp … kiểm tra, giám sát việc thực hiện Nghị
    quyết.", "… lãnh đạo xây dựng kế hoạch tổ chức thực hiện Nghị quyết.")."""
    subject, predicate = _subject(sentence)
    return bool(subject) and _rules()["resolution_clause"].match(predicate.lstrip(" ,")) is not None


def _issuer_asking_after_ground(sentence: str) -> str | None:
    """The clause after a ground or a preamble where the document's issuer (or its head) asks after one of its commas
    ("Theo đề nghị của Bộ Y tế tại Công văn số … về việc sửa đổi, bổ sung …, Chủ tịch UBND tỉnh giao Sở Y tế chủ trì …"
    -> "Chủ tịch UBND tỉnh giao Sở Y tế chủ trì …"): the bodies of the ground proposed or asked, none is given the work.
    None where the sentence opens with no such ground, or no comma before a ";" or ":" is followed by the issuer asking
    before one is followed by another body."""
    opening = _rules()["ground_opening"].match(sentence)
    if not opening:
        return None
    end = min((at for at in (sentence.find(";"), sentence.find(":")) if at >= 0), default=len(sentence))
    piece_start = opening.end()
    for comma in re.finditer(r",\s*", sentence[:end]):
        rest = sentence[comma.end():]
        if _issuer_asking(rest):
            return rest
        # "Theo đề nghị của Sở Y tế, | Sở Tài chính tại Tờ trình …, Chủ tịch UBND tỉnh giao …": a piece that is a body's
        # name alone is one of the ground's proposers, its list going on past the comma
        lists_on = known_anywhere(sentence[piece_start:comma.start()].strip())
        piece_start = comma.end()
        if not lists_on and _subject(rest)[0]:
            # "Trên cơ sở kết quả rà soát, Sở Y tế chủ trì …, UBND tỉnh giao …": the ground ended where a body opens
            # the clause; the issuer asking later is another clause
            return None
    return None


def _issuer_asking(text: str) -> bool:
    """Whether ``text`` opens with the document's issuer (or its head) asking: "Ủy ban nhân dân tỉnh yêu cầu …",
    "Chủ tịch UBND tỉnh giao …"."""
    asked = _asking(text)
    return asked is not None and _one_of(asked.group("asker"), _ISSUERS.get().own)


@cache
def _registry_names() -> list[str]:
    """The registry's names folded, sorted: the names that start with a text follow the place it would take."""
    return sorted({fold(agency.name) for agency in registry().agencies.values()})


def _starts_a_registry_name(text: str) -> bool:
    names = _registry_names()
    at = bisect_left(names, text)
    return at < len(names) and names[at].startswith(text)


def _last_name(text: str, start: int, end: int) -> str:
    """``text[start:end]`` after its last "," or ";": the name being printed when the list stops at ``end`` (found from
    the end in C: a search for ``[^,;]*$`` tried each place from ``start`` and read on to the next comma each time)."""
    return text[max(text.rfind(",", start, end), text.rfind(";", start, end), start - 1) + 1 : end]


def _list_end(pattern: re.Pattern, text: str, start: int = 0,
              search: Callable[[int], re.Match | None] | None = None) -> re.Match | None:
    """Where the list of bodies from ``start`` ends (``pattern``: a verb, role word or stop), past the words that are
    a name's: inside parentheses ("Sở Tài chính tỉnh Đắk Nông (trước sắp xếp)") or of a registry body's name being
    printed ("Ban Quản lý dự án đầu tư xây dựng tỉnh bàn giao …": its "xây dựng" is the name's, "bàn giao" the verb).
    A stop ends the list even inside parentheses: "Bộ Công an, Bộ Tài chính (để báo cáo);" is a list of recipients
    whose label a scan lost, not bodies given the duty to report."""
    search = search or _Searches(pattern, text)
    end = search(start)
    opened = closed = 0  # the parentheses of text[start:counted], counted on from the last end (not the whole run again)
    counted = start
    while end:
        opened, closed = opened + text.count("(", counted, end.start()), closed + text.count(")", counted, end.start())
        counted = end.start()
        if end.group("stop") or opened <= closed:
            name_so_far = fold(_last_name(text, start, end.end()).strip())
            if end.group("stop") or not name_so_far or not _starts_a_registry_name(name_so_far):
                if end.group("stop") or not _verb_of_a_kind_s_name(text, start, end):
                    return end
        end = search(end.end())
    return None


def _verb_of_a_kind_s_name(text: str, start: int, end: re.Match) -> bool:
    """Whether the verb at ``end`` is a word of the name being printed: right after a bare kind of body and before the
    words that describe it ("Tổ | kiểm tra | liên ngành lập kế hoạch …": the name is "Tổ kiểm tra liên ngành"), or one
    that names what such a kind does ("Đội | tuần tra | lập biên bản …": verbs_after_kinds)."""
    rules = _rules()
    kind = fold(_last_name(text, start, end.start()).strip())
    if kind.startswith("cac "):
        kind = kind[4:]
    return kind in rules["kinds_with_descriptors"] and (rules["kind_descriptor"].match(text, end.end()) is not None
                                                       or fold(end.group()).strip() in rules["verbs_after_kinds"])


class _Searches:
    """``pattern.search(text, pos)`` for one text, each answer kept: the first match at or after ``pos`` is that of an
    earlier search from a place at or before ``pos`` whose match does not start before it (re reads a match at a place
    the same from any ``pos``: a lookbehind sees the text before it, "^" holds only at 0). ``_clause_supports`` reads a
    list from each clause's opening to the same ends: in a run of bodies with no verb outside parentheses (a flattened
    table's cells), each opening searched to the text's end again, quadratic in the run."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text = pattern, text
        self.starts: list[int] = []  # the places searched from, in order
        self.found: list[re.Match | None] = []  # the match found from each

    def __call__(self, pos: int) -> re.Match | None:
        at = bisect_right(self.starts, pos) - 1
        if at >= 0 and ((match := self.found[at]) is None or match.start() >= pos):
            return match
        match = self.pattern.search(self.text, pos)
        self.starts.insert(at + 1, pos)
        self.found.insert(at + 1, match)
        return match


def _bodies(text: str) -> list[str]:
    """The names in a list of bodies, their heads dropped: "…, Chủ tịch UBND các quận" -> "…", "UBND các quận"."""
    rules = _rules()
    text = _without_adverbs(text)  # "Sở Tài chính đã" (thực hiện …) -> "Sở Tài chính"
    # "Giám đốc các sở, ban, ngành và Chủ tịch UBND các xã": "và" before a head's post starts a name, its post dropped
    text = rules["and_head"].sub("; ", text)
    return _names(rules["inner_position"].sub("; ", rules["position"].sub(r"\1", text)))


_AND_BODY = re.compile(rf"\s+và\s+(?={BODY_START})")


def _names(text: str) -> list[str]:
    """``split_agencies``, and a name that is two bodies joined by "và" two names ("Sở Tài chính và Ủy ban nhân dân
    các xã, phường"): where the words before "và" are a name the registry knows and the whole is not one ("Văn phòng
    HĐND và UBND tỉnh" stays whole); the first with the level printed after the second where they share it ("Ủy ban
    nhân dân và Hội đồng nhân dân các xã": "Ủy ban nhân dân các xã", not the province's). The second is kept as printed
    (a collective too). A head's post after "và" starts a name too ("các sở, ngành và trưởng thôn, tổ dân phố")."""
    names: list[str] = []
    for name in split_agencies(text):
        if names and (level := _level_of_the_pair(names[-1], name)):
            names[-1] = f"{names[-1]} {level}"  # "Thường trực HĐND, UBND các xã, phường": the communes' council
        if head := _rules()["and_head"].search(name):
            names += [*_names(name[: head.start()]), *_names(name[head.end():])]
            continue
        cut = _AND_BODY.search(name)
        if cut and known_anywhere(name[: cut.start()]) and not known_anywhere(name):
            first, second = name[: cut.start()], name[cut.end():]
            level = _level_of_the_pair(first, second) or _shared_level(first, second)
            names += [f"{first} {level}" if level else first, *_names(second)]
        else:
            names.append(name)
    return names


def _level_of_the_pair(first: str, second: str) -> str | None:
    """The level printed at the end of ``second`` where ``first``, before it in a comma list, is a local government's
    organ printed bare ("HĐND, UBND các huyện, thị xã": data/assignments.json shared_level_organs): the two organs of
    that level, not the province's council and the districts' committees."""
    # (its standing committee, "Thường trực HĐND", takes the level its council does)
    organ = _rules()["shared_level_organ"].fullmatch(first.strip())
    return _shared_level(organ.group("organ"), second) if organ else None


_LEVEL_START = re.compile(r"(?<!\S)(?:các|cấp)\s")  # where a level printed after a kind starts: "các xã, phường", "cấp xã"


def _shared_level(first: str, second: str) -> str | None:
    """The level printed at the end of ``second`` where it is ``first``'s too: "Hội đồng nhân dân và Ủy ban nhân dân
    các cấp", "Ủy ban nhân dân và Hội đồng nhân dân các xã" (bodies at every level: the first read bare would lose
    its level), where the registry knows ``first`` with those last words as a body of its own ("Hội đồng nhân dân các
    cấp", "… cấp tỉnh"), not as ``first`` in a place ("Sở Nội vụ" / "Công an tỉnh"). None where it is not."""
    reg = registry()
    own, place, _ = reg.split_place(name_key(first))
    if place is not None:  # "Công an tỉnh và …": its level printed
        return None
    words = second.split()
    # a list of levels whole ("các xã, phường, thị trấn": never its last word, "thị xã" no "xã"; "cấp huyện, cấp xã":
    # both, its first level tried); else the most words that print it: "các xã", not "xã"
    levels = [second[m.start():] for m in _LEVEL_START.finditer(second, 1)] \
        or [" ".join(words[-count:]) for count in reversed(range(1, min(4, len(words))))]
    for level in levels:
        # "cấp tỉnh, cấp xã": the list is the first's where it is known at one of them ("Công an cấp xã"), never the
        # list's tail alone ("HĐND và UBND cấp tỉnh, cấp xã" is no council of the communes alone)
        first_level, *more = level.split(",")
        if any(_known_at(first, own, printed.strip()) for printed in (first_level, *more)
               if printed is first_level or printed.strip().startswith("cấp ")):
            return level
    return None


def _known_at(first: str, own: str, level: str) -> bool:
    """Whether the registry knows ``first`` (its key without a place: ``own``) at ``level`` as a body of its own:
    "Hội đồng nhân dân các cấp", "Công an cấp xã"; "cấp tỉnh", which reads as the province, a place, is the level all
    the same after "cấp" ("Hội đồng nhân dân cấp tỉnh")."""
    reg = registry()
    key = name_key(f"{first} {level}")
    kind, place, _ = reg.split_place(key)
    if place is not None:
        return level.startswith("cấp ") and reg.knows_whole(key)
    return kind != own and reg.knows_whole(kind)


def _without_adverbs(text: str) -> str:
    """A list of bodies without the adverbs after its last name ("Sở Y tế sớm", "Công an tỉnh đã và đang"). A word
    that also ends names ("sớm": "Trung tâm Can thiệp sớm") right after the name is dropped only where the registry
    knows the name before it and not the name with it: else it stays, the name read as printed (unresolved)."""
    rules = _rules()
    run = rules["adverbs"].search(text)
    if run is None:
        return text
    first = run.group("first").strip()
    if fold(first) in rules["adverbs_in_names"]:
        names = split_agencies(text[: run.start()])
        if not (names and known_anywhere(names[-1]) and not known_anywhere(f"{names[-1]} {first}")):
            kept = run.end("first")
            return text[:kept] + rules["adverbs"].sub("", text[kept:]) if kept < len(text) else text
    return text[: run.start()]


def _clause_supports(text: str) -> list[tuple[str, str]]:
    """"(A chủ trì); B phối hợp thực hiện", "(A chủ trì,) B và C phối hợp kiểm tra …": the bodies of each clause that
    ends at a support word with no partner named after it (data/assignments.json support_after_bodies)."""
    rules = _rules()
    found: list[tuple[str, str]] = []
    done = 0
    search = _Searches(rules["subject_end"], text)  # shared by the clauses: each reads on to the same ends
    for opening in _CLAUSE_OPENINGS.finditer(text):
        start = opening.end()
        if start < done or not _BODY_HERE.match(text, start):
            continue
        end = _list_end(rules["subject_end"], text, start, search)
        names = text[start:end.start()] if end else ""
        # (a list of bodies holds no date: "… 31/12/2026 Quy chế phối hợp …" is a flattened table's run of cells)
        if names and not end.group("stop") and rules["support_alone"].match(text, end.start()) \
                and not _DATE_LIKE.search(names):
            # (a kind word alone is no body: "Đơn vị phối hợp chính: Sở Tư pháp", a label the lists lack)
            found += [(name, "support") for name in _bodies(names) if not _bare_kind(name)]
            done = end.end()
    return found


def _work_then_a_comma(words: str) -> bool:
    """Whether ``words`` are a work's, naming no body, up to a comma ("Rà soát, hoàn thiện quy chế,")."""
    return words.rstrip().endswith(",") and opens_with_work(words.lstrip()) and not _BODY_HERE.search(words)


def _partners(text: str, of_the_heading_s_body: bool = False) -> list[tuple[str, str]]:
    """The bodies after "phối hợp với" in a clause whose subject was read, or (``of_the_heading_s_body``) in a duty
    under a body's heading that names no body of its own."""
    rules = _rules()
    # "… chủ trì, phối hợp với X, Y hướng dẫn …", "… triển khai, phối hợp với X …": the bodies after "phối hợp", when
    # only verbs come before it ("Hướng dẫn Ủy ban MTTQ cấp xã phối hợp với UBND cấp xã" is the guided body's partner)
    for support_word in rules["support_anywhere"].finditer(text):
        before = rules["subject_end"].sub(" ", text[: support_word.start()])
        # (or the work's words and a comma, no body among them: "- Rà soát quy chế, phối hợp với Sở Tư pháp, …" under
        # "1. Sở Nội vụ": the partners of the body the duty is given to)
        if re.sub(r"[\W\d_]+", "", before) \
                and not (of_the_heading_s_body and _work_then_a_comma(text[: support_word.start()])):
            break
        rest = text[support_word.end():]
        # "… phối hợp với các sở, ngành; thời gian: tháng 8/2026": a labelled field after the partners ends their list
        if fields := labelled_fields(rest):
            rest = rest[:fields[0].start]
        end = _list_end(rules["partners_end"], rest)
        stop = end.start() if end else len(rest)
        known_end = _prose_after_known_name(rest, 0, stop, at_a_verb=end is not None)  # "… với Sở Tư pháp | số hóa hồ sơ …"
        # "phối hợp với Thủ trưởng các sở, ngành và Chủ tịch UBND các huyện …": the bodies, their heads dropped
        names = rules["position_any_case"].sub(r"\1", rest[:known_end])
        if not _SUBJECT_START.match(names.strip()):
            continue
        partners = _names(names)
        # "…, phối hợp với các sở, ngành liên quan.": no word ends the list, so its last name runs to the clause's end;
        # read where the registry knows every name (else it may hold a duty: "… với Công an tỉnh kiểm đếm tàu thuyền.")
        # or a collective's it knows, with words that describe its members ("… với Sở Tư pháp và UBND các xã ven biển.")
        # or hold its duty (the collective alone)
        if not (end or fields or known_end < stop):
            read = [(name,) if known_anywhere(name) else _collective_partner(name) for name in partners]
            if None in read:
                continue
            partners = [name for names in read for name in names]
        if end and (more := rules["bodies_after_apposition"].match(after := rest[end.start():])):
            # "… với Sở Tài chính - cơ quan thường trực, Sở Nội vụ rà soát": the partners go on after the role
            partners += [name for name, _ in _partners(f"phối hợp với {after[more.end():]}")]
        return [(name, "support") for name in partners]
    return []
