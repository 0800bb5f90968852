"""Agency names: split into one name each (kept as printed), then resolved to registry entities.

"- Sở, Ban, Ngành - UBND các quận, huyện, thị xã" -> ["Sở, Ban, Ngành", "UBND các quận, huyện, thị xã"];
"Sở TN&MT, ban QL Khu CN&CX; UBND cấp huyện, UBND cấp xã." -> four names. A comma splits only where
a new body starts ("Sở …", "UBND …", "ban QL …"), never inside a list of kinds ("các sở, ban, ngành")
or of places ("UBND các quận, huyện, thị xã").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .cells import PERSON
from .parts import STATE_MOTTO, authority_of, board_lines, positions_pattern, unit_word, without_tm
from ..model import TASK_AGENCY_ROLES, AgencyMention, Assignment, Document, Issue
from .registry import COMMITTEE_NAMES, COMMUNE_ID_MARK, REGIONAL_OF_A_PROVINCE, commune_word_keys, key_of, name_key, named_as_former, registry, registry_rows
from ..resources import body_start, csv_rows, is_bare_kind, json_data, listed_pattern
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, fold, longest_first, strip_marks
from ..spelling import is_syllable, may_be_syllable
from ..facts import per_document

# Words that start the name of a body, in the forms they are printed (data/body_words.csv).
BODY_START = body_start()
# A dash starts a new name at the start of the cell, or inside it when a body's name follows:
# "- Văn phòng UBND Thành phố - Sở Nội vụ", but not "Sở Lao động - Thương binh và Xã hội", nor a kind of body in small
# letters ("Bộ Công an - đơn vị thường trực": the body's role, _APPOSITION).
_BULLET = re.compile(rf"^\s*[-+•–]\s*|\s[-+•–]\s+(?!(?:cơ quan|đơn vị)\s(?![{CAPITAL_LETTERS}]))(?={BODY_START})")
_SEMICOLON = re.compile(r"\s*;\s*")
_NEW_LINE_BODY = re.compile(rf"\n(?=\s*(?:[-+•–]\s*)?{BODY_START})")
_NUMBERED_LINE = re.compile(rf"(?m)^\s*\d{{1,2}}[.)]\s+(?={BODY_START})")
# The same list run onto one line ("1. Sở Y tế 2. Công an tỉnh 3. …": a cell's paragraphs joined): a number inside the
# text starts a name when the text opens with "1." and the numbers go on one by one.
_NUMBERED_INLINE = re.compile(rf"\s(\d{{1,2}})[.)]\s+(?={BODY_START})")
# After a comma, a lower-case "cơ quan" / "đơn vị" goes on a list of kinds ("Các cơ quan, đơn vị liên quan"), and
# "các Sở, ban, ngành" starts a new name, as does a collective in capitals ("Vụ Pháp chế, Các cơ quan, đơn vị liên
# quan"; "Bộ Quốc phòng, Các bộ, ngành, địa phương").
# A body's word glued to the next word's capital by a text layer ("Sở Y tế, SởNội vụ") starts a name as well.
_GLUED_BODY_START = BODY_START.removesuffix(r"\b")
_KIND_WORD = "cơ quan|đơn vị"  # in lower case, a kind of body ("đơn vị đầu mối"), no body's name
_COMMA_BEFORE_BODY = rf",\s+(?=(?!{_KIND_WORD}){BODY_START}(?:\s+|\.\s*)\S|{_GLUED_BODY_START}(?=[{CAPITAL_LETTERS}])" \
                     r"|các (?:[Ss]ở|[Bb]ộ|ngành), |Các (?:sở|bộ|ngành|cơ quan|đơn vị), "


@cache
def _comma_before_body() -> re.Pattern[str]:
    """_COMMA_BEFORE_BODY as a pattern. No comma is cut before a body word that ends the part bare ("Bộ Quốc phòng,
    Công an", "Văn phòng Quốc hội, Chính phủ", "Thường trực Thành ủy, HĐND", "Phòng Cảnh sát giao thông, Công an",
    "Ban Tổ chức, Tỉnh ủy"): such a word is as often the list's shared kind word's last item, a standing board's or a
    post's second body, or a unit's parent as a body of its own, so the part is read whole (the shared kind word, the
    registry's name, or unresolved as printed), never a bare body from half a name; resolve_names splits it off where
    the cell's other bodies prove its level."""
    return re.compile(rf"{_COMMA_BEFORE_BODY})")


# "Các Sở: Kế hoạch và Đầu tư, Xây dựng, …", "các sở, ngành: Y tế, Công an tỉnh": one kind word before a colon names
# each body after it (cell_words.json shared_heads); so does a standing board's word ("Thường trực: Tỉnh ủy, HĐND
# tỉnh", recipients.json board_lists), the board of each; "các đơn vị: Thanh tra TP" lists names whole.
_SHARED_HEADS = json_data("cell_words.json")["shared_heads"]
_OTHER_KINDS = rf"(?:\s*,\s*(?:{longest_first(_SHARED_HEADS['other_kinds'])}))*"
_KIND_LIST = re.compile(rf"^(?:(?:(?i:các)\s+)?(?P<head>(?i:{longest_first(_SHARED_HEADS['words'])})){_OTHER_KINDS}"
                        rf"|[Cc]ác\s+(?:đơn vị|cơ quan){_OTHER_KINDS}"
                        rf"|(?P<board>{'|'.join(map(re.escape, json_data('recipients.json')['board_lists']['words']))}))"
                        r"\s*:\s*(?P<items>.+)$", re.DOTALL)
_PARENTHESIS = re.compile(r"\([^()]*\)")
_REMARK = re.compile(r"\s*\(([^()]*)\)")
_PERSON_WORDS = re.compile(rf"^[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*(?:\s+[{CAPITAL_LETTERS}][{SMALL_LETTERS}]*)+$")
_TRAILING = re.compile(r"[\s.;,:\-–]+$")
# a footnote's mark after a name ("Sở Nội vụ(*)", "Công an tỉnh*", "Sở Y tế (2)", "Sở Tư pháp¹"): the note under the
# table says something of the body; the mark is no part of its name
_FOOTNOTE_MARK = re.compile(r"(?:\s*(?:\(\s*(?:\*{1,3}|\d{1,2})\s*\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))+$")
# a name a copy wraps whole in quotes (“Sở Nội vụ”, Word's curly ones or straight): the quotes are no part of it
_QUOTED_WHOLE = re.compile(r'^([“"‘])([^“”"‘’]+)([”"’])$')
_SPACES_RUN = re.compile(r"\s{2,}")


def _as_printed_plainly(name: str) -> str:
    """The name without quotes around it whole, its runs of spaces one space (a phone's or a site's copy doubles
    them): what was printed, without the copy's marks."""
    quoted = _QUOTED_WHOLE.match(name)
    if quoted and "“‘\"".index(quoted.group(1)) == "”’\"".index(quoted.group(3)):
        name = quoted.group(2).strip()
    return _SPACES_RUN.sub(" ", name)


@cache
def _level_then_body() -> tuple[re.Pattern, frozenset[str]]:
    """A unit word closing a body's name ("Công an xã", "Văn phòng HĐND và UBND xã": a place's own body, its name
    left out) and a capitalised body word after it: data/places.json ``unit_words``, data/body_words.csv; and the
    unit words' single words ("thành", "phố" of "thành phố")."""
    words = json_data("places.json")["unit_words"]["words"]
    return (re.compile(rf"(?<=\s)(?:{longest_first(words)})(?=\s+{BODY_START})"),
            frozenset(part for word in words for part in word.split()))


def _cut_after_level_word(text: str) -> str:
    """Names run together where a cell's lines were joined (a PDF's): "Công an xã Phòng Văn hóa - Xã hội" is two
    bodies, cut after the unit word. A place's name also follows a unit word and can begin with a body's word ("xã
    Trường Sơn", "xã Hội An", "xã Ban Công"), but a place's name is words in capitals: what follows is a body only when
    one of its next three words is in lower case and is no unit word ("xã Trạm Y tế"; not "xã Trường Sơn huyện …"),
    and the words up to it open a name the registry knows ("Trạm Y tế"; not "xã Trường Sơn và …", "phường Trường Thi
    phối hợp")."""
    level_then_body, unit_words = _level_then_body()
    cuts = []
    for m in level_then_body.finditer(text):
        after = text[m.end():].split()
        lower = next((i for i, word in enumerate(after[1:3], start=1) if word[:1].islower()), None)
        if (after[0][:1].isupper() and lower is not None and after[lower] not in unit_words
                and name_key(" ".join(after[: lower + 1])) in registry().name_openings):
            cuts.append(m.end())
    for at in reversed(cuts):
        text = f"{text[:at]} ;{text[at:]}"
    return text


@lru_cache(maxsize=1)
def _cell_words() -> tuple[re.Pattern, re.Pattern, dict[str, str], re.Pattern]:
    """From data/task_tables.json: the request words before a name, the role clauses after it, the role labels."""
    data = json_data("task_tables.json")
    requests = re.compile(rf"^(?:{longest_first(data['requests'])})\s+(?=\S)", re.IGNORECASE)
    clauses = re.compile(rf"\s+(?:{longest_first(data['role_clauses'])})\b.*$", re.DOTALL)  # lower case only: a verb
    labels = {fold(k): v for k, v in data["role_labels"].items()}
    label_pattern = re.compile(rf"(?:^|(?<=[\s;,.(\n-]))({longest_first(data['role_labels'])})\s*(?::|\))", re.IGNORECASE)
    return requests, clauses, labels, label_pattern


def bare_name(name: str) -> str:
    """A body's name without a request before it ("Đề nghị Ủy ban MTTQ tỉnh") or a clause after it ("UBND các xã
    trực tiếp triển khai tại địa bàn", "UBND cấp xã phối hợp với"), unless the registry knows the whole name."""
    requests, clauses, _, _ = _cell_words()
    stripped = requests.sub("", name, count=1)
    cut = clauses.search(stripped)
    # a clause's word inside a name the registry knows ("Trung tâm Dịch vụ tổng hợp xã tổng hợp, báo cáo"), or right
    # after a kind word that is no name alone ("Đoàn kiểm tra được giao": "Đoàn"): the clause starts after the name
    while cut and (_known_through(stripped, cut.start()) or len(stripped[: cut.start()].split()) < 2):
        cut = clauses.search(stripped, cut.start() + 1)
    if not cut or cut.start() == 0 or not re.match(BODY_START, stripped):
        return stripped
    if stripped.count("(", 0, cut.start()) > stripped.count(")", 0, cut.start()):
        return stripped  # the clause is a remark's ("Sở Nội vụ (để báo cáo)"): cut there, the remark lost its end
    kept = _TRAILING.sub("", stripped[: cut.start()])
    if len(kept.split()) < 2:  # "Ban" alone is no name: the words after it were part of it
        return stripped
    if names_no_one_body(kept) and (_collective_qualifier().match(stripped, cut.start())
                                     or len(stripped[cut.start():].split()) == 1):
        # "Các cơ quan, đơn vị trực tiếp sử dụng ngân sách": which bodies, not the generic collective; nor is "Các
        # cơ quan, đơn vị được", a prose subject cut at its verb ("… được phân công")
        return stripped
    whole = name_key(stripped)
    if whole in registry().all_keys and name_key(kept) != whole:
        return stripped  # a name the registry knows with those words ("Ban Chỉ đạo … thực hiện …")
    return kept


@cache
def _collective_qualifier() -> re.Pattern[str]:
    """cell_words.json collective_qualifiers, after the spaces a clause's cut starts at."""
    return re.compile(rf"\s+(?:{longest_first(json_data('cell_words.json')['collective_qualifiers']['words'])})(?!\w)")


def _known_through(text: str, at: int) -> bool:
    """Whether the words of ``text`` up to ``at`` and one or more after it make a name the registry knows (a commune's
    body's too): a clause's word there is the name's ("Trung tâm Dịch vụ tổng hợp")."""
    words, before = text[at:].split(), name_key(text[:at])
    return any((key := name_key(f"{text[:at]} {' '.join(words[:n])}")) != before and registry().knows_whole(key)
               for n in range(1, len(words) + 1))


# The columns in which a body marked "chủ trì" ("Sở A (chủ trì), Sở B", "Sở A chủ trì; Sở B") leads and the bodies
# beside it support: a column of performers ("Cơ quan, đơn vị thực hiện"), and a lead column ("Cơ quan chủ trì"), where
# marking one lead says the others are not leads.
_MARK_DIVIDES = ("implementer", "lead")


@lru_cache(maxsize=3)
def _role_sentences(key: str = "role_sentences") -> tuple[re.Pattern, ...]:
    # "(?=BODY)": where a body's name starts (data/body_words.csv)
    return tuple(re.compile(p.replace("(?=BODY)", f"(?={BODY_START})"), re.IGNORECASE | re.DOTALL)
                 for p in json_data("task_tables.json")[key])


@cache
def _content_leads() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in json_data("task_tables.json")["content_leads"])


_LAST_REMARK = re.compile(r"\(([^()]+)\)[\s.;]*$")


def lead_in_content(content: str) -> tuple[str, str] | None:
    """(lead, support) a task's text names in the remark that ends it, in a table with no agency column: "… (Sở Nội vụ
    chủ trì)", "… (Giao Sở Y tế chủ trì, Sở Tài chính phối hợp)" (data/task_tables.json, content_leads); the lead must
    read as a body's name. None where the remark names no lead."""
    remark = _LAST_REMARK.search(content)
    if remark is None:
        return None
    inner = " ".join(remark.group(1).split())
    for pattern in _content_leads():
        if (found := pattern.match(inner)) and found.group("lead")[:1].isupper() and re.match(BODY_START, found.group("lead")):
            return found.group("lead"), found.group("support") or ""
    return None


@cache
def _group_leads() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in json_data("task_tables.json")["group_leads"]]


def lead_in_group_title(title: str) -> tuple[str, str] | None:
    """(lead, support) a group row's title names in words for its tasks ("Nhiệm vụ giao Sở Nội vụ chủ trì", "Công an
    tỉnh chủ trì", "Nhiệm vụ do Sở Y tế chủ trì, Sở Tài chính phối hợp"; data/task_tables.json, group_leads), printed
    as the title prints them; None unless the lead reads as one body's name: never the body that assigns the tasks
    ("Nhiệm vụ do UBND tỉnh giao", "… của UBND tỉnh chỉ đạo") nor a collective that names none ("Nhiệm vụ của các cơ
    quan, đơn vị")."""
    text = " ".join(title.split())
    for pattern in _group_leads():
        if (found := pattern.match(text)) and (named := _lead_and_support(found.group("lead").strip())):
            return named
    return None


def _lead_and_support(text: str) -> tuple[str, str] | None:
    """A group title's words for its lead: one body's name, or a role sentence ("Sở Y tế chủ trì, Sở Tài chính phối
    hợp") whose lead is one body's name and whose support reads as bodies."""
    from .cells import reads_as_agency as reads

    lead, support = text, ""
    if found := next((m for s in _role_sentences() if (m := s.match(text))), None):
        lead, support = found.group("lead").strip(), found.group("support").strip()
        if not all(reads(name) for name in split_agencies(support)):
            return None
    if not lead or not reads(lead) or names_no_one_body(lead) or _holds_a_clause(lead):
        return None
    return lead, support


def names_no_one_body(name: str) -> bool:
    """A collective that names no body: after "các"/"những", a kind word in lower case, a common noun ("các cơ quan,
    đơn vị", "cơ quan chuyên môn", "đơn vị sự nghiệp", "các sở, ban, ngành"), or kind words alone, closed or not by a
    collective's words ("các Sở", "Trung tâm", "các Sở liên quan": data/body_words.csv, kind_list_closers). A title in
    capitals is read in sentence case ("CÁC CƠ QUAN, ĐƠN VỊ")."""
    printed = name.capitalize() if name.isupper() else name
    rest = re.sub(r"^(?:các|những)\s+", "", printed, flags=re.IGNORECASE)
    bare_kinds, closed_kind = _kind_list_patterns()
    return rest[:1].islower() or bool(bare_kinds.match(f"các {rest}") or closed_kind.match(rest))


@cache
def _assigner_verbs() -> re.Pattern[str]:
    verbs = json_data("task_tables.json")["assigner_verbs"]
    return re.compile(rf"\s(?:{'|'.join(map(re.escape, verbs))})$")


def _holds_a_clause(name: str) -> bool:
    """Whether a name a group title gives goes on as a clause: a role clause inside it ("UBND các xã trực tiếp triển
    khai"), or a verb of who assigns or directs at its end ("UBND tỉnh chỉ đạo": data/task_tables.json assigner_verbs;
    "Ban chỉ đạo", a kind word and the verb, is a name)."""
    printed = name.capitalize() if name.isupper() else name
    if bare_name(printed) != printed:
        return True
    verb = _assigner_verbs().search(printed)
    return bool(verb) and not registry().knows_whole(name_key(printed)) \
        and not _kind_list_patterns()[0].match(f"các {printed[:verb.start()]}")


@cache
def _content_opener() -> re.Pattern[str]:
    openers = json_data("task_tables.json")["content_openers"]
    return re.compile(openers["sentence"].replace("VERBS", longest_first(openers["verbs"])))


def lead_in_opening(content: str) -> tuple[str, str] | None:
    """(lead, support) a task's text names in the sentence it opens with, in a table with no agency column: "Sở Nội vụ chủ trì, phối hợp với …" up to the verb
    of the task's own clause ("… phối hợp với Sở Tư pháp tham mưu UBND tỉnh …"; data/task_tables.json,
    content_openers). None unless the lead and every support body read as bodies' names."""
    found = _content_opener().match(" ".join(content.split()))
    if found is None:
        return None
    lead, support = found.group("lead"), found.group("support") or ""
    if not (lead[:1].isupper() and re.match(BODY_START, lead)):
        return None
    if support and not all(re.match(BODY_START, name, re.IGNORECASE)
                           for name in agencies_by_role(support, "support").get("support", [support])):
        return None  # "phối hợp với các sở liên quan để …": where the bodies end is not told
    return lead, support


@cache
def _note_supports() -> re.Pattern[str]:
    return re.compile(json_data("task_tables.json")["note_supports"], re.IGNORECASE | re.DOTALL)


@cache
def _note_remark_words() -> re.Pattern[str]:
    tables = json_data("task_tables.json")
    words = sorted([*tables["note_remark_words"], *tables["content_openers"]["verbs"]], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def _goes_on_as_a_remark(text: str) -> bool:
    """Whether the words after the bodies a note names go on as a remark ("Sở Y tế khi có yêu cầu", "Sở Tài chính bố
    trí kinh phí"): a remark's word outside a name the registry knows whole ("Trung tâm Dịch vụ tổng hợp xã")."""
    return any(not _known_through(text, word.start()) for word in _note_remark_words().finditer(text))


def support_in_note(note: str, lead: str = "") -> str | None:
    """The bodies a note cell names as help ("Phối hợp với Sở Y tế", data/task_tables.json, note_supports), read in a
    table with no support column; None unless every one reads as a body's name ("Phối hợp chặt chẽ …" names none) and
    the note says no more than the bodies ("Phối hợp với Sở Y tế khi có yêu cầu" is a remark: where the name ends is not
    told). A body the lead cell names is no help to itself: "Phối hợp với Công an tỉnh" beside the lead Công an tỉnh is
    a remark."""
    found = _note_supports().match(" ".join(note.split()))
    if found is None or _goes_on_as_a_remark(found.group("support")):
        return None
    names = agencies_by_role(found.group("support"), "support").get("support", [])
    if not names or not all(re.match(BODY_START, name, re.IGNORECASE) for name in names):
        return None
    leads = {name_key(name) for name in split_agencies(lead)}
    return "; ".join(name for name in names if name_key(name) not in leads) or None


def agencies_by_role(text: str, default: str) -> dict[str, list[str]]:
    """The bodies of one agency cell by role. Role labels decide where the cell has them ("Chủ trì: Sở Nội vụ;
    Phối hợp: Sở Tài chính", "Sở Nội vụ (chủ trì), Sở Tài chính (phối hợp)"), and so does a cell written as a
    sentence ("Sở Y tế chủ trì, phối hợp với Sở Tài chính"); otherwise every body takes the column's role, and in a
    column for both ("lead_support") the first body leads and the others support. Fresh lists: the caller may
    change them."""
    return {role: list(names) for role, names in _agencies_by_role(text, default)}


def _in_a_remark(text: str, at: int, role: str) -> bool:
    """Whether ``at`` is inside a bracket after a body's name, a remark on it ("Sở Nội vụ (đơn vị chủ trì: Phòng Văn
    thư)"): a label there divides no roles, but one that opens the bracket with another role than the one in force
    (``role``): "Chủ trì: Sở Nội vụ (phối hợp: Sở Tư pháp)" names the next role's bodies. Never the lead's: "Sở Nội vụ
    (chủ trì: Phòng Văn thư)" in a column of supports names the supporting body's own unit in charge."""
    opened = text.rfind("(", 0, at)
    return opened > 0 and text[:opened].strip() != "" and text.count(")", opened, at) == 0 \
        and (not _opens_a_bracket(text, at) or _label_role(text, at) in (role, "lead"))


def _opens_a_bracket(text: str, at: int) -> bool:
    opened = text.rfind("(", 0, at)
    return opened >= 0 and text[opened + 1:at].strip() == ""


def _label_role(text: str, at: int) -> str:
    _, _, labels, label_pattern = _cell_words()
    return labels[fold(label_pattern.match(text, at).group(1))]


def _labelled_marks(text: str, default: str) -> list[re.Match]:
    """The role labels of a cell that divide it, each followed by its colon ("Chủ trì:", "Phối hợp:")."""
    role = "lead" if default in ("lead_support", "implementer") else default  # the first body of those leads
    labelled = []
    for mark in _cell_words()[3].finditer(text):
        if text[mark.end() - 1] == ":" and not _in_a_remark(text, mark.start(), role):
            labelled.append(mark)
            role = _label_role(text, mark.start())
    return labelled


def _out_of_the_bracket(piece: str) -> str:
    """A cell's piece that a label in a bracket cut ("Sở Nội vụ (" | "phối hợp:" | " Sở Tư pháp)"), without that
    bracket's marks."""
    piece = piece.rstrip()
    if piece.endswith("("):
        piece = piece[:-1]
    if piece.count(")") > piece.count("("):
        piece = piece[::-1].replace(")", "", 1)[::-1]
    return piece


def _cell_pieces(text: str, default: str, labelled: list[re.Match]) -> list[tuple[str, str]]:
    """A cell's pieces and their roles: before its first label the column's, after each label that label's; a label
    that opens a bracket names its role's bodies up to the bracket's close, the words after it go on in the role before
    ("Sở Nội vụ (phối hợp: Sở Tư pháp), Sở Tài chính" in a column of leads: Sở Tài chính leads)."""
    labels = _cell_words()[2]
    pieces, role, start = [], default, 0
    for k, mark in enumerate(labelled):
        pieces.append((role, text[start:mark.start()]))
        end = labelled[k + 1].start() if k + 1 < len(labelled) else len(text)
        close = text.find(")", mark.end(), end) if _opens_a_bracket(text, mark.start()) else -1
        if close < 0:
            role, start = labels[fold(mark.group(1))], mark.end()
        else:
            pieces.append((labels[fold(mark.group(1))], text[mark.end():close]))
            start = close + 1
    pieces.append((role, text[start:]))
    return [(role, _out_of_the_bracket(piece)) for role, piece in pieces if piece.strip(" ,;()")]


@lru_cache(maxsize=8192)
def _agencies_by_role(text: str, default: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """agencies_by_role, cached: a table names the same few cells ("Sở Nội vụ", "Các sở, ban, ngành") row after row
    (on the task-table bed, one call in 25 is a cell not seen before)."""
    if STATE_MOTTO.search(text):  # a header's motto run into the cell under a body's name: no body's words
        text = "\n".join(line for line in text.split("\n") if not STATE_MOTTO.search(line))
    flat = " ".join(text.split())
    # "Sở Y tế chủ trì, phối hợp với …" names the lead; "Sở Y tế và các đơn vị liên quan" in a column of performers
    # leaves the first bodies the column's role (the lead where no column has it) and the related bodies support
    sentences = [("lead", s) for s in _role_sentences()]
    if default == "implementer":
        sentences += [(default, s) for s in _role_sentences("performer_sentences")]
    if default in _MARK_DIVIDES:
        sentences += [(default, s) for s in _role_sentences("marked_lead_sentences")]
    for first_role, sentence in sentences:
        if (found := sentence.match(flat)) and ":" not in flat:
            lead, support = split_agencies(found.group("lead")), split_agencies(found.group("support"))
            if lead and support:
                return ((first_role, tuple(lead)), ("support", tuple(support)))
    _, _, labels, label_pattern = _cell_words()
    by_role: dict[str, list[str]] = {}
    labelled = _labelled_marks(text, default)
    pieces = _cell_pieces(text, default, labelled)
    mark = _role_mark()
    # where one body is marked "(chủ trì)" the bodies printed without a mark beside it support
    marks_lead = any(labels[fold(m.group(1))] == "lead" for m in mark.finditer(text))
    unmarked = "support" if marks_lead and default in (*_MARK_DIVIDES, "lead_support") else None
    if default == "lead_support" and not labelled and not marks_lead and (divided := _lead_support_divided(text)):
        pieces = divided
    for role, piece in pieces:
        for name in split_agencies(piece):
            marked = mark.search(name)
            plain_role = unmarked if unmarked and not labelled else role
            name_role = labels[fold(marked.group(1))] if marked else plain_role
            if marked and (bare := _bare_list_end().match(name[marked.end():].strip())):
                # "Sở Y tế (chủ trì), Công an": the mark closes the name before it; the bare body word after the comma
                # is a body of its own, in the role of a body printed without a mark (as "Sở Y tế (chủ trì); Công an")
                name = _TRAILING.sub("", name[: marked.start()].strip())
                by_role.setdefault(_one_role(name_role, by_role), []).append(name)
                name, name_role = bare.group("bare"), plain_role
            elif marked:
                name = _TRAILING.sub("", (name[: marked.start()] + name[marked.end():]).strip())
            if name:
                by_role.setdefault(_one_role(name_role, by_role), []).append(name)
    return tuple((role, tuple(names)) for role, names in by_role.items())


def _one_role(role: str, by_role: dict[str, list[str]]) -> str:
    """A body's role in a column for both ("lead_support"): the first body leads, the others support."""
    if role == "lead_support":
        return "lead" if not by_role.get("lead") else "support"
    return role


# In one "Cơ quan chủ trì/phối hợp" cell the leads come before a "/" that starts a body ("Sở Nội vụ/Sở Tài chính, Công
# an tỉnh"; not "UBND các xã/phường"), or on the first line when a later line starts a body.
_SLASH_BEFORE_BODY = re.compile(rf"\s*/\s*(?={BODY_START})")


def _lead_support_divided(text: str) -> list[tuple[str, str]] | None:
    """The lead and support parts of a cell of a column for both roles, where the cell divides them."""
    divider = _SLASH_BEFORE_BODY.search(text) or _NEW_LINE_BODY.search(text.strip())
    if divider is None:
        return None
    text = text.strip() if divider.re is _NEW_LINE_BODY else text
    return [("lead", text[: divider.start()]), ("support", text[divider.end():])]


@lru_cache(maxsize=1)
def _role_label_words() -> tuple[str, ...]:
    return tuple(json_data("task_tables.json")["role_labels"])


@lru_cache(maxsize=1)
def _role_mark() -> re.Pattern:
    """A role in parentheses after a body: "Sở Nội vụ (chủ trì)", "Sở Tư pháp (cơ quan phối hợp)"."""
    kinds = "|".join(map(re.escape, json_data("task_tables.json")["role_mark_kinds"]))
    return re.compile(rf"\(\s*(?:(?:{kinds})\s+)?(" + "|".join(map(re.escape, _role_label_words())) + r")\s*\)",
                      re.IGNORECASE)


_NAME_WORDS = (2, 3, 4)  # a Vietnamese name: family name, (middle name,) given name; three words most often
_USUAL_NAME_WORDS = 3


def _split_people(text: str) -> str:
    """People whose names a PDF cell ran together ("Lê Quang Vinh Phạm Thu Hà"), as "Lê Quang Vinh ; Phạm Thu Hà": a
    cell of capitalised words only, cut into names that each start with a family name, the cut that keeps names
    nearest three words long (family names are also given names: "Trần Thị Mai Lê Quang Vinh")."""
    words = text.split()
    if len(words) < 2 * _NAME_WORDS[0] or not _PERSON_WORDS.match(text.strip()):
        return text
    surnames = _surnames()
    # best[i]: (cost, cuts) of the words from i to the end split into names
    best: dict[int, tuple[int, list[int]] | None] = {len(words): (0, [])}
    for i in range(len(words) - 1, -1, -1):
        options = [(abs(n - _USUAL_NAME_WORDS) + rest[0], [i, *rest[1]]) for n in _NAME_WORDS
                   if words[i] in surnames and (rest := best.get(i + n)) is not None]
        best[i] = min(options) if options else None
    if best[0] is None or len(best[0][1]) < 2:
        return text
    bounds = [*best[0][1], len(words)]
    return " ; ".join(" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:]))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["surnames"])


def unique_names(mentions: list[AgencyMention]) -> list[AgencyMention]:
    """Names once each, compared on the folded form; the first spelling printed is kept."""
    seen: dict[str, AgencyMention] = {}
    for mention in mentions:
        seen.setdefault(fold(mention.name), mention)
    return list(seen.values())


def _board_of(board: str | None, part: str) -> bool:
    """Whether a body's name after a semicolon goes on a standing board's list ("Thường trực: Tỉnh ủy; HĐND tỉnh": the
    council's standing board too): the board of it is a body the registry knows, with its place's words or without
    ("Thường trực HĐND tỉnh"); a body that has no such board ("Sở Nội vụ") is a name of its own."""
    if not board:
        return False
    return known_anywhere(f"{board} {part.strip()}")


def _kind_list(kind: str, items: list[str], own_names: bool = False) -> list[str]:
    """"Sở", ["Kế hoạch và Đầu tư", "Lao động", "Thương binh và xã hội"] -> ["Sở Kế hoạch và Đầu tư", "Sở Lao động,
    Thương binh và xã hội"]: two items are one body when together they make a name the registry knows. For a list of
    "các đơn vị: Thanh tra Thành phố, …" each item is a full name already (``kind`` empty). ``own_names``: an item
    that starts a body's own name and makes none the registry knows with the kind word is that body ("Các sở,
    ngành: Y tế, Công an tỉnh"; but "Các Bộ: Quốc phòng, Công an" names "Bộ Công an")."""
    names: list[str] = []
    for item in (_TRAILING.sub("", i.strip()) for i in items):
        if not item:
            continue
        if names and name_key(f"{names[-1]}, {item}") in registry().all_keys:
            names[-1] = f"{names[-1]}, {item}"
        elif own_names and re.match(BODY_START, item) and not known_anywhere(f"{kind} {item}"):
            names.append(item)
        else:
            names.append(f"{kind} {item}".strip())
    return names


def known_anywhere(name: str) -> bool:
    """Whether the registry knows ``name`` in some place, with its place's words or without ("Sở Tư pháp tỉnh")."""
    reg = registry()
    key = _whole_name_key(name)
    return reg.knows_whole(key) or reg.knows_whole(reg.split_place(key)[0])


def known_as_printed(name: str) -> bool:
    """Whether the registry knows ``name`` whole, no last word read as its place ("Các sở, ban, ngành có liên quan":
    folded, "quan" reads as the level "quận")."""
    return registry().knows_whole(_whole_name_key(name))


def _whole_name_key(name: str) -> str:
    """The registry's key of ``name`` with the punctuation it ends with left out ("Sở Tư pháp;")."""
    return name_key(_TRAILING.sub("", name.strip()))


# The separators inside a name the registry knows whole, while a cell is split: Unicode noncharacters, which no
# text holds (control characters can: a copied cell kept "\x03", unshielded into a dash named as a body).
_SHIELD = str.maketrans({",": "\ufdd0", "-": "\ufdd1", "–": "\ufdd2"})
_UNSHIELD = str.maketrans({"\ufdd0": ",", "\ufdd1": "-", "\ufdd2": "–"})


def _shield_known_names(text: str) -> str:
    """``text`` with the commas and dashes of the registry's names in it shielded from the splitter (the names' first
    words are left as printed, so that a comma before one still splits)."""
    pattern = _cut_names()
    return pattern.sub(lambda m: m.group().translate(_SHIELD), text) if pattern else text


@cache
def _cut_names() -> re.Pattern | None:
    """The printed forms of the registry (names and aliases) the splitter would cut at a comma or a dash before a word
    that starts a body ("Hội đồng Dân tộc, các Ủy ban của Quốc hội", "Cục Hải quan - Bộ Tài chính"), as a pattern that
    allows any case, spacing and dash."""
    # a cheap test first: most names have neither
    cut = re.compile(rf"(?:,|\s[-–])\s*(?={BODY_START})|{_COMMA_BEFORE_COLLECTIVE.pattern}")
    printed = {form for row in registry_rows("agencies.csv") for form in (row["name"], *row["aliases"].split("|"))}
    forms = {form for form in printed if cut.search(form) and len(_split(form, shield=False)) > 1}
    if not forms:
        return None
    dash = re.compile(r"\s*[-–]\s*")
    loose = lambda form: r"\s*[-–]\s*".join(r"\s+".join(map(re.escape, part.split())) for part in dash.split(form))  # noqa: E731
    words = "|".join(loose(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def split_agencies(text: str) -> list[str]:
    """One name per body, as printed (bullets and trailing punctuation removed)."""
    return list(_split_agencies(text))


@lru_cache(maxsize=8192)
def _split_agencies(text: str) -> tuple[str, ...]:
    """split_agencies, cached: the same cells ("Sở Nội vụ", "Các sở, ban, ngành") come back in every table."""
    return _split(text, shield=True)


def _body_in_remark(remark: re.Match) -> str:
    """"UBND tỉnh (Sở Nội vụ tham mưu)": a remark in parentheses that names a body and the part it takes (a role clause
    after its name) names one more body, as "UBND tỉnh; Sở Nội vụ tham mưu" does; any other remark stays ("Sở Khoa học
    và Công nghệ (đơn vị đầu mối tham mưu)": a kind of body in lower case names none)."""
    requests, clauses, _, _ = _cell_words()
    inner = remark.group(1).strip()
    bare = requests.sub("", inner, count=1)
    names = re.match(rf"(?!{_KIND_WORD}){BODY_START}", bare) and clauses.search(bare)
    return f" ; {inner}" if names else remark.group(0)


_TRAILING_REMARK = re.compile(r"(?<=\S)\s*\(([^()]+)\)[\s,;]*$")


def remark_of(name: str) -> str | None:
    """The remark in brackets a body's name ends with ("Sở Y tế (đầu mối tổng hợp)" -> "đầu mối tổng hợp", "Sở Tài
    chính (nếu có)", "Thường trực Tỉnh ủy (để báo cáo)"); None for none, and for brackets that say no remark: an
    abbreviation or a code, no word in small letters ("(UBND)", "(GD&ĐT)", "(PC06)"), or a body (its unit or its
    parent: "(Ban Thi đua - Khen thưởng)", "(Bộ Tư pháp)", as the registry's "Cục Thuế (Bộ Tài chính)")."""
    found = _TRAILING_REMARK.search(name)
    if found is None:
        return None
    remark = " ".join(found.group(1).split()).strip(" ,;:.")
    if not re.search(rf"[{SMALL_LETTERS}]{{2}}", remark) or (re.match(rf"(?!{_KIND_WORD}){BODY_START}", remark)
                                                                and not named_as_former().search(remark)):
        return None  # a body, unless a former one ("(Sở Kế hoạch và Đầu tư cũ)": its predecessor, noted)
    if _no_remark_opening().match(fold(remark)):  # "(cơ sở 2)", "(qua Phòng PC06)": the body's part, or the performer
        return None
    return remark


@cache
def _no_remark_opening() -> re.Pattern:
    """cell_words.json no_remark_openings, folded, whole at a bracket's start."""
    words = sorted({fold(w) for w in json_data("cell_words.json")["no_remark_openings"]["words"]}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))})(?!\w)")


@cache
def _clause_opening() -> re.Pattern[str]:
    """cell_words.json clause_openings, at a cell's start (after a bullet); group "case" where it opens a case."""
    openings = json_data("cell_words.json")["clause_openings"]
    return re.compile(rf"^[\s\-+•–]*(?i:(?P<case>{longest_first(openings['cases'])})|{longest_first(openings['words'])})"
                      rf"(?!\w)")


# Where a clause opening a cell hands over to the bodies it names: a colon, or (after a reference, not a case) a comma,
# before a body's name or a collective ("Theo chức năng, nhiệm vụ: Sở Y tế, …", "Căn cứ chức năng, các sở, ngành").
_LIST_AFTER_A_COLON = re.compile(rf":\s*(?={BODY_START}|[Cc]ác (?:[Ss]ở|[Bb]ộ|ngành|cơ quan|đơn vị)(?!\w))")
_LIST_AFTER_A_COMMA = re.compile(rf",\s*(?={BODY_START}|[Cc]ác (?:[Ss]ở|[Bb]ộ|ngành|cơ quan|đơn vị)(?!\w))")

# A kind of body in lower case after a dash closing a name, its next word in lower case too ("Bộ Công an - đơn vị
# thường trực", "Sở Y tế – cơ quan đầu mối"): the body's role in apposition, its remark (as one in brackets is), no
# body of its own; "cơ quan Thuế" (a word in capitals) names a body.
_APPOSITION = re.compile(rf"\s[-–]\s+((?:{_KIND_WORD})\s(?![{CAPITAL_LETTERS}])[^;,()\n]*?)\s*$")


def _bodies_after_a_clause(cell: str) -> str | None:
    """The cell itself where it opens with no clause; where it opens with one (cell_words.json clause_openings), the
    bodies the clause hands over to ("Theo chức năng, nhiệm vụ: Sở Y tế, Sở Xây dựng": "Sở Y tế, Sở Xây dựng"), or
    None where it names none ("Theo phân công tại Quyết định số …", "Trường hợp cần thiết, Sở Công Thương báo cáo":
    a case's subject after a comma is the case's, so only a colon's list is read)."""
    opening = _clause_opening().match(cell)
    if opening is None:
        return cell
    after = _LIST_AFTER_A_COLON.search(cell, opening.end()) or (
        None if opening.group("case") else _LIST_AFTER_A_COMMA.search(cell, opening.end()))
    return cell[after.end():] if after else None


def names_no_body(cell: str) -> bool:
    """Whether an agency cell holds a sentence or a reference in place of bodies ("Theo phân công tại Quyết định số
    …", "Trường hợp phát hiện …": cell_words.json clause_openings); it names no body, and split_agencies none."""
    return _bodies_after_a_clause(cell) is None


def _split(text: str, shield: bool) -> tuple[str, ...]:
    if (listed := _bodies_after_a_clause(text)) is None:
        return ()  # "Trường hợp phát hiện …", "Theo phân công tại Quyết định số …": a sentence or a reference, no body
    text = listed
    names: list[str] = []
    # a paragraph that starts a body's name is a new name, and so is a person's name under another; one that
    # does not ("Thành phố") goes on
    if "\n" in text:
        lines = text.split("\n")
        text = lines[0] + "".join((" ; " if PERSON.match(a.strip()) and PERSON.match(b.strip()) else "\n") + b
                                  for a, b in zip(lines, lines[1:]))
    text = _NUMBERED_LINE.sub("- ", text)  # "1. Sở Y tế\n2. Công an tỉnh": numbered lines are bullets
    if text.startswith("- ") and (inline := _NUMBERED_INLINE.findall(text)) and inline == [str(k) for k in range(2, len(inline) + 2)]:
        text = _NUMBERED_INLINE.sub(" - ", text)
    text = _NEW_LINE_BODY.sub(" ; ", text).replace("\n", " ")
    text = _cut_after_level_word(text)
    text = _split_people(text)
    text = _REMARK.sub(_body_in_remark, text)
    # a comma or a dash inside a name the registry knows whole splits nothing ("Văn phòng HĐND - UBND", "Cục Thuế - Bộ
    # Tài chính"), nor do commas inside a remark in parentheses: "Sở Nội vụ (chính sách an sinh, chính sách …)"
    if shield:
        text = _shield_known_names(text)
    remarks = {f"\x00{i}\x00": m for i, m in enumerate(_PARENTHESIS.findall(text))}
    for placeholder, remark in remarks.items():
        text = text.replace(remark, placeholder, 1)
    for bullet in _BULLET.split(text):
        kind = None  # inside "các Sở: A, B; C; các đơn vị: D, E": the kind word the items take
        board = None  # the kind word a standing board's: "Thường trực: Tỉnh ủy; HĐND tỉnh"
        for part in _SEMICOLON.split(bullet):
            listed = _KIND_LIST.match(part.strip())
            if listed:
                board = listed.group("board")
                kind = board or (_kind_as_printed(listed.group("head"), part) if listed.group("head") else "")
                found = _kind_list(kind, listed.group("items").split(","), own_names=not board)
            elif kind is not None and (not re.match(BODY_START, part.strip()) or _board_of(board, part)):
                # "…; Quy hoạch - Kiến trúc; Tư pháp" goes on the list
                found = _kind_list(kind, part.split(","), own_names=not board)
            else:
                kind = None
                found = _names_in_part(part)
            for name in found:
                for placeholder, remark in remarks.items():
                    name = name.replace(placeholder, remark)
                name = _as_printed_plainly(_FOOTNOTE_MARK.sub("", name.translate(_UNSHIELD)))
                name = bare_name(name) if name else name
                if name:
                    names.append(name)
    return tuple(names)


@cache
def _party_boards() -> tuple[frozenset[str], re.Pattern[str]]:
    """The folded names of a Party committee's boards (agencies.csv: the "*tỉnh" and "*huyện" Party bodies named
    "<board> Tỉnh ủy" / "<board> Huyện ủy") and where a committee's name starts in a folded name ("… tinh uy …")."""
    committees = [fold(c) for c in COMMITTEE_NAMES]
    boards = {fold(row["name"])[: -len(c) - 1] for row in registry_rows("agencies.csv")
              if row["kind"] == "cơ quan Đảng" and row["jurisdiction"] in ("*tỉnh", "*huyện")
              for c in committees if fold(row["name"]).endswith(f" {c}")}
    return frozenset(boards), re.compile(rf"\s(?:{'|'.join(committees)})(?![\w])")


def _with_shared_committee(names: list[str]) -> list[str]:
    """"Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức Tỉnh ủy": boards listed before one committee's name are that
    committee's ("Ban Tuyên giáo Tỉnh ủy", …), where every name of the list is a board of a Party committee and only the
    last names the committee; any other list stays as printed ("Sở Nội vụ, Ban Tổ chức Tỉnh ủy")."""
    if len(names) < 2:
        return names
    boards, committee = _party_boards()
    last = " ".join(names[-1].split())
    folded = fold(last)
    found = committee.search(folded)
    # fold keeps one character per printed one in NFC text: the committee starts at the same place in both
    if not found or len(folded) != len(last) or folded[: found.start()] not in boards \
            or any(fold(" ".join(name.split())) not in boards for name in names[:-1]):
        return names
    return [f"{name}{last[found.start():]}" for name in names[:-1]] + [names[-1]]


@cache
def _kind_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A collective's bare kind words after "các" ("Các Cục", "các Vụ, Cục"), and a kind word closed by a collective's
    words ("Vụ liên quan", "Cục thuộc Bộ": data/task_tables.json, kind_list_closers)."""
    kind = "(?:" + "|".join(row["word"] for row in csv_rows("body_words.csv")) + ")"
    closers = json_data("task_tables.json")["kind_list_closers"]
    return (re.compile(rf"(?:^|,\s*)((?:[Cc]ác|[Nn]hững)\s+{kind}(?:\s*,\s*{kind})*)$"),
            re.compile(rf"^{kind}\s+(?:{closers})", re.DOTALL))


@cache
def _small_letter_collective() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A collective of kind words in small letters after "các", whole or after a body's name and "và" ("Các phòng",
    "các phòng, ban", "Sở Nội vụ và các phòng": cell_words.json collective_kinds); a name that goes on with such a
    word before a word in small letters or a comma ("ban thuộc UBND cấp huyện", "ban chuyên môn …", "ban, đơn vị thuộc
    Sở"): no body's own name opens so; and such a collective opening a name ("các phòng, ban thuộc huyện"), which a
    body's name and "và" may go on with."""
    kinds = longest_first(json_data("cell_words.json")["collective_kinds"]["words"])
    return (re.compile(rf"(?:^|\svà\s)(?:[Cc]ác|[Nn]hững)\s+(?:{kinds})(?:\s*,\s*(?:{kinds}))*$"),
            re.compile(rf"^(?:{kinds})(?=\s*,|\s+[{SMALL_LETTERS}]|\s*$)"),
            re.compile(rf"^(?:các|những)\s+(?:{kinds})(?:\s*,\s*(?:{kinds}))*(?=\s+[{SMALL_LETTERS}]|\s*$)"))


def _collectives_joined(names: list[str]) -> list[str]:
    """"Các Cục" then "Vụ liên quan" -> "Các Cục, Vụ liên quan": a list of bare kind words after "các" whose last word is
    closed by a collective's words is one collective (a ministry's "các Vụ, Cục liên quan"), not two bodies; a name
    printed before the list in the same piece stays a name of its own ("Vụ Pháp chế, các Cục" then "Vụ liên quan").
    So are kind words in small letters ("Các phòng" then "ban thuộc UBND cấp huyện"), split where "ban" starts a name."""
    bare_kinds, closed_kind = _kind_list_patterns()
    small_collective, small_kind_next, _ = _small_letter_collective()
    joined: list[str] = []
    for name in names:
        if joined and small_collective.search(joined[-1]) and small_kind_next.match(name):
            # "Các phòng" then "ban thuộc UBND cấp huyện": one collective; after a body and "và" ("Sở Nội vụ và các
            # phòng" then "ban thuộc huyện") too, the body parted from it where the whole is resolved
            joined[-1] = f"{joined[-1]}, {name}"
            continue
        kinds = bare_kinds.search(joined[-1]) if joined and closed_kind.match(name) else None
        if kinds is None:
            joined.append(name)
            continue
        before = _TRAILING.sub("", joined[-1][: kinds.start()])
        joined[-1:] = [*([before] if before else []), f"{kinds.group(1)}, {name}"]
    return joined


@cache
def _shared_head() -> re.Pattern[str]:
    """A kind word opening a name, after an optional "các" (cell_words.json shared_heads), before a word in capitals
    (not "Hội đồng", "Bộ đội"), and not before the words of a longer kind ("Bộ Chỉ huy": shared_heads longer_heads)."""
    return re.compile(rf"^(?:((?i:các))\s+)?((?i:{longest_first(_SHARED_HEADS['words'])}))\s+(?=[{CAPITAL_LETTERS}])"
                      rf"(?!(?i:{longest_first(_SHARED_HEADS['longer_heads'])})(?!\w))")


_PLACEHOLDER = re.compile(r"\x00\d+\x00")  # a remark in brackets set aside while a cell is split


def _names_with_the_head(name: str) -> list[str]:
    """"Sở Tài chính, Tư pháp", "Các Sở Nội vụ, Tài chính và Tư pháp", "Bộ Công an, Quốc phòng": a kind word printed
    once before a list names that kind of body of each item ("Sở Tư pháp"), where each item makes with it a name the
    registry knows; items together where they make one ("Sở Y tế, Văn hóa, Thể thao và Du lịch": "Sở Văn hóa, Thể
    thao và Du lịch"). The last item's "và" joins two bodies ("…, Tư pháp và Nội vụ", "…, Tư pháp và Ban Dân tộc";
    "Các Sở Nội vụ và Tư pháp": "các" says several). [name] where an item names no body so, or the whole is a name
    the registry knows ("Sở Văn hóa và Thể thao" of Hà Nội): never a body made of half a name's words."""
    head = _shared_head().match(name)
    if not head or ("," not in name and not head.group(1)):
        return [name]
    items = [item for item in (_TRAILING.sub("", i.strip()) for i in name[head.end():].split(",")) if item]
    if (len(items) < 2 and not head.group(1)) or _known_as_split(name):
        return [name]
    kind = _kind_as_printed(head.group(2), name)
    names: list[str] = []
    at = 0
    while at < len(items):
        run = next((end for end in range(len(items), at, -1)
                    if _known_as_split(f"{kind} {', '.join(items[at:end])}")), None)
        if run is not None:
            names.append(f"{kind} {', '.join(items[at:run])}")
            at = run
        elif at == len(items) - 1 and (pair := _joined_by_va(kind, items[at])):
            names += pair
            at += 1
        else:
            return _each_of_a_plural(head.group(1), kind, items) or [name]
    return names if len(names) > 1 else [name]


def _each_of_a_plural(each: str | None, kind: str, items: list[str]) -> list[str] | None:
    """"Các Chi cục Thuế, Hải quan": a plural kind word ("các") shared by short names in capitals, no colon after it,
    names that kind of body of each item ("Các Chi cục Thuế", "Các Chi cục Hải quan"), collectives as printed, though
    the registry knows no such name; None where an item is no such short name (a body's own name, "và", a kind in
    small letters: "các Sở, ban, ngành")."""
    if not each or len(items) < 2 or any(not item[:1].isupper() or len(item.split()) > 3 or " và " in item
                                         or re.match(BODY_START, item) for item in items):
        return None
    return [f"{each} {kind} {item}" for item in items]


def _kind_as_printed(kind: str, name: str) -> str:
    """The shared kind word as each item takes it: in capitals in a name printed in capitals ("SỞ TÀI CHÍNH, TƯ PHÁP":
    "SỞ TƯ PHÁP", where "Sở TƯ PHÁP" would read "TƯ" as the abbreviation of Trung ương), else capitalized."""
    return kind.upper() if name.isupper() else kind.capitalize()


def _known_as_split(printed: str) -> bool:
    """known_anywhere on a name as the splitter holds it: its remarks set aside, its known names' commas shielded."""
    return known_anywhere(_PLACEHOLDER.sub("", printed.translate(_UNSHIELD)))


def _joined_by_va(kind: str, item: str) -> list[str] | None:
    """A list's last item of two bodies joined by "và" ("Tư pháp và Nội vụ"), each a name with the kind word, or the
    second a body's own name ("Tư pháp và Ban Dân tộc"); None where no cut gives two."""
    words = item.split(" và ")
    for cut in range(1, len(words)):
        left, right = " và ".join(words[:cut]), " và ".join(words[cut:])
        second = f"{kind} {right}" if _known_as_split(f"{kind} {right}") else None
        if second is None and re.match(BODY_START, right) and _known_as_split(right):
            second = right
        if second and _known_as_split(f"{kind} {left}"):
            return [f"{kind} {left}", second]
    return None


_COMMA_BEFORE_COLLECTIVE = re.compile(rf",\s+(?=[Cc]ác\s+[{SMALL_LETTERS}])")


def _before_a_collective(name: str) -> list[str]:
    """"Sở Y tế, các bệnh viện, trung tâm y tế" -> "Sở Y tế", "các bệnh viện, trung tâm y tế": a collective in small
    letters after a comma is a name of its own where the words before the comma are one body's name the registry
    knows whole, or a shared kind word's list of such names ("Sở Tài chính, Tư pháp, các cơ quan, đơn vị liên
    quan"); not after a collective ("các Sở, các cơ quan, đơn vị": read as before), nor where the registry
    knows a name that goes on so ("Mặt trận Tổ quốc, các tổ chức chính trị - xã hội", one collective)."""
    cut = _COMMA_BEFORE_COLLECTIVE.search(name)
    left = name[: cut.start()] if cut else ""
    after = name[cut.end():].split()[:2] if cut else []
    if cut is None or left.lower().startswith("các ") \
            or not (known_anywhere(left) or len(_names_with_the_head(_TRAILING.sub("", left.strip()))) > 1) \
            or _opens_a_known_name(f"{left} {' '.join(after)}"):
        return [name]
    return [left, *_before_a_collective(name[cut.end():])]


def _opens_a_known_name(words: str) -> bool:
    """Whether a name the registry knows starts with ``words`` and goes on."""
    opening = name_key(words) + " "
    return any(key.startswith(opening) for key in registry().all_keys)


def _names_in_part(part: str) -> list[str]:
    """The names of one part of a cell, split at the commas before a body's name; a list of boards in capitals ("BAN
    TUYÊN GIÁO, BAN DÂN VẬN TỈNH ỦY", whose words the body words' printed case does not start) at every comma, where
    each of its names is a Party committee's board."""
    if chain := _unit_chain(part):
        return [chain]
    if shared := _with_shared_place(part):
        return shared
    names = [shared for name in _comma_before_body().split(part) for cut in _before_a_collective(name)
             for shared in _names_with_the_head(_TRAILING.sub("", cut.strip()))]
    if len(names) == 1 and "," in part:
        boards = [_TRAILING.sub("", name.strip()) for name in part.split(",")]
        if (shared := _with_shared_committee(boards)) != boards:
            return shared
    return _with_shared_committee(_collectives_joined(names))


@cache
def _place_at_the_end() -> re.Pattern[str]:
    """A unit word below the province (cell_words.json shared_place) and the place's name after it, closing a list's
    last name."""
    return re.compile(rf"\s(?P<unit>{longest_first(json_data('cell_words.json')['shared_place']['words'])})(?:\s[^,]*)?$")


_AND = re.compile(r"\s+và\s+")


def _with_shared_place(part: str) -> list[str] | None:
    """"Đảng ủy, HĐND, UBND xã": a unit word (and the place's name) printed once at a list's end is each body's, where
    every item is a body each level has (cell_words.json shared_place bodies: no place of its own) and makes with the
    unit word a body the registry knows ("Đảng ủy xã", "HĐND xã"); None for anything else ("Sở Y tế, Công an xã",
    "Trung tâm Phục vụ hành chính công, UBND xã": a department or a centre is named whole). The last two may be joined
    by "và" ("Công an và Ban Chỉ huy Quân sự huyện"), unless a body's name holds it ("Văn phòng HĐND và UBND xã")."""
    items = [_TRAILING.sub("", item.strip()) for item in part.split(",")]
    place = _place_at_the_end().search(items[-1]) if len(items) > 1 or _AND.search(items[-1]) else None
    if place is None:
        return None
    suffix, unit = items[-1][place.start():], place.group("unit")
    bodies = [*items[:-1], items[-1][: place.start()]]
    if fold(bodies[-1]) not in _bodies_of_each_level() and (joined := list(_AND.finditer(bodies[-1]))):
        last = bodies.pop()
        bodies += [last[: joined[-1].start()], last[joined[-1].end():]]
    if any(fold(item) not in _bodies_of_each_level() or not known_anywhere(f"{item} {unit}") for item in bodies):
        return None
    return [f"{item}{suffix}" for item in bodies]


@cache
def _bodies_of_each_level() -> frozenset[str]:
    """cell_words.json shared_place bodies, folded: the bodies every province, commune (and district) has one of."""
    return frozenset(fold(name) for name in json_data("cell_words.json")["shared_place"]["bodies"])


@cache
def _unit_ranks() -> list[re.Pattern[str]]:
    """cell_words.json unit_chain ranks, lowest first: each rank's head words at a name's start."""
    return [re.compile(rf"^(?:{longest_first(words)})(?!\w)") for words in json_data("cell_words.json")["unit_chain"]["ranks"]]


@cache
def _chain_top() -> re.Pattern[str]:
    """cell_words.json unit_chain tops: links that only end a chain ("Sở …": its parent, the province's committee, is
    never printed as a link)."""
    return re.compile(rf"^(?:{longest_first(json_data('cell_words.json')['unit_chain']['tops'])})(?!\w)")


def _rank(name: str) -> int | None:
    return next((k for k, rank in enumerate(_unit_ranks()) if rank.match(name)), None)


def _unit_chain(part: str) -> str | None:
    """"Phòng 5, Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an": a unit, its parent and its grandparent, each
    name of a higher rank than the one before (cell_words.json unit_chain), is one body, the first, named as printed
    (its address kept whole); None for anything else, a list of peers above all ("Sở Tài chính, Sở Xây dựng")."""
    items = [_TRAILING.sub("", item.strip()) for item in part.split(",")]
    ranks = [_rank(item) for item in items]
    if len(items) < 3 or None in ranks or any(b <= a for a, b in zip(ranks, ranks[1:])) \
            or any(_chain_top().match(item) for item in items[:-1]):
        return None
    return _TRAILING.sub("", part.strip())


# Resolution ------------------------------------------------------------------------------------------------

FUZZY_THRESHOLD = 88.0  # below this a name stays unresolved ("Sử Tư pháp" scores 90 against "Sở Tư pháp")
FUZZY_MARGIN = 3.0
_MAX_BODIES_RUN_TOGETHER = 5  # two different bodies this close to the best score: ambiguous, left unresolved


@cache
def _second_body() -> re.Pattern[str]:
    """Where a second body may start inside a name that did not resolve: the space, " và " or slash before a body's word
    (places.json second_body_words), found in the name without marks and in lower case."""
    words = "|".join(re.escape(strip_marks(word).lower()) for word in json_data("places.json")["second_body_words"]["words"])
    return re.compile(rf"(?<=\S)(?:(?:\s+va)?\s+|\s*/\s*)(?=(?:{words})\s)")


def as_mentions(names: list[str]) -> list[AgencyMention]:
    """Names as printed, not yet resolved (the agencies stage resolves them)."""
    return [AgencyMention(name=name) for name in names]


def mentions_in(text: str) -> list[AgencyMention]:
    return as_mentions(split_agencies(text))


@lru_cache(maxsize=8192)
def resolve(name: str, place: str | None, communes: bool = True, party: bool = False) -> AgencyMention:
    """One printed name -> the registry entity it names in a document about ``place`` (a jurisdiction id). ``communes``
    False: the document is older than the communes of communes.csv, and a commune's body it names is a former one.
    ``party``: the document is the Party committee's of ``place``, and a board it names bare is that committee's.
    A name whose words a text layer glued ("SởTài chính", "UBNDtỉnh") is read with them apart where it names no body
    as printed (or only a near one); the mention keeps the name as printed."""
    mention = _resolve(name, place, communes, party)
    if (mention.agency_id is None or mention.match == "fuzzy") and (apart := words_apart(name)) != name:
        found = _resolve(apart, place, communes, party)
        if found.match in ("exact", "alias", "rule"):
            return found.model_copy(update={"name": name, "match": "rule"})  # the spaces put back by rule
        if found.agency_id and mention.agency_id is None:  # a near match of the words apart, where the printed matched nothing
            return found.model_copy(update={"name": name})
    if mention.agency_id is None and (joined := _dash_for_and(name)) != name:
        found = _resolve(joined, place, communes, party)
        if found.match in ("exact", "alias", "rule"):
            return found.model_copy(update={"name": name, "match": "rule"})
    return mention


def _dash_for_and(name: str) -> str:
    """A name whose parts a dash joins where the body's name says "và" ("Sở Kế hoạch - Đầu tư", "Sở Tài nguyên - Môi
    trường"; "Sở Văn hóa - Thể thao - Du lịch" for "Văn hóa, Thể thao và Du lịch"): the last dash "và", any before it
    a comma. Tried only where the name as printed names no body ("Sở Lao động - Thương binh và Xã hội" is its own)."""
    parts = name.split(" - ")
    return name if len(parts) < 2 else f"{', '.join(parts[:-1])} và {parts[-1]}"


@cache
def _glued_abbreviation() -> re.Pattern:
    """An abbreviation in capitals (agency_abbreviations.csv; not those that are also words) glued to the small
    letters of the next word: "UBNDhuyện", "HĐNDtỉnh"."""
    abbreviations = sorted({row["abbreviation"] for row in csv_rows("agency_abbreviations.csv")
                            if row["is_word"] == "0" and row["abbreviation"].isalpha() and row["abbreviation"].isupper()},
                           key=len, reverse=True)
    return re.compile(rf"(?<![\w])({'|'.join(map(re.escape, abbreviations))})(?=[{SMALL_LETTERS}])")


# a small letter then a capital or a figure inside a word: two words a text layer glued ("XãBảoLâm2")
_GLUED_WORDS = re.compile(rf"(?<=[{SMALL_LETTERS}])(?=[{CAPITAL_LETTERS}0-9])")


def words_apart(name: str) -> str:
    """``name`` with the words a text layer glued set apart: "SởTài chính" -> "Sở Tài chính", "XãBảoLâm2" -> "Xã Bảo
    Lâm 2", "UBNDhuyện" -> "UBND huyện". Apart by design from clean.unglue_words (syllables, on copied text whose page
    shows several glued words, the text rewritten): only a second look-up's key, so a case change or a known
    abbreviation is cut in any reader's text, one name on its own (no page to show the fault), a short word too."""
    return _GLUED_WORDS.sub(" ", _glued_abbreviation().sub(r"\1 ", name))


def _resolve(name: str, place: str | None, communes: bool, party: bool) -> AgencyMention:
    mention = _resolve_in_chain(name, place, communes, party)
    if _plural_of_one_body(mention, name):
        return AgencyMention(name=name, reason=f"not in the registry: '{name}' names several bodies of a kind, "
                                               f"not the one {mention.canonical_name}")
    if _names_a_body_below_the_province(mention, name, place):
        return AgencyMention(name=name, reason=f"not in the registry: without a place, '{name}' in a plan below the "
                                               f"province names its own region's or district's body, not {mention.canonical_name}")
    return mention


def _plural_of_one_body(mention: AgencyMention, name: str) -> bool:
    """"Các Chi cục Hải quan", "Các Sở Y tế": a name opened by a plural word (cell_words.json plural_openings) that
    resolved by rule, "các" dropped from its key, to one body that is no collective names several bodies of that kind,
    never that one. A name or an alias printed so (a registry's own, or one added beside the database) stays its."""
    first = fold(name.strip()).split(" ", 1)[0]
    if mention.agency_id is None or mention.match != "rule" or first not in _plural_openings():
        return False
    agency = registry().agency(mention.agency_id)
    return agency is not None and not agency.collective


@cache
def _plural_openings() -> frozenset[str]:
    return frozenset(fold(word) for word in json_data("cell_words.json")["plural_openings"]["words"])


def _names_a_body_below_the_province(mention: AgencyMention, name: str, place: str | None) -> bool:
    """Whether a province's body named without place words ("Tòa án", "VKSND", "Thuế") in a plan of a district or a
    commune is another body: the province has one of that name in each region below it (``has_regions_below``;
    districts had theirs before 2025), so a plan below the province means its own, as a commune's bare "Công an" is
    the commune's. Printed with the province ("Tòa án nhân dân tỉnh") it is the province's."""
    reg = registry()
    here = reg.place(place) if place else None
    return here is not None and here.level in ("huyện", "xã") and _a_bare_name_of_a_body_with_regions(mention, name)


def _a_bare_name_of_a_body_with_regions(mention: AgencyMention, name: str) -> bool:
    """Whether ``name`` resolved to a province's body that has namesakes in each region below it (``has_regions_below``)
    and names no place or level ("Tòa án", "VKSND", not "Tòa án nhân dân tỉnh")."""
    reg = registry()
    agency = reg.agencies.get(mention.agency_id) if mention.agency_id else None
    if agency is None or not reg.has_regions_below(agency):
        return False
    _, level, named_place = reg.split_place(name_key(_TRAILING.sub("", name.strip())))
    return level is None and named_place is None


def _in_the_issuer_s_region(mention: AgencyMention, issuer: AgencyMention | None) -> AgencyMention:
    """A bare name of a province's body with regions below it (``_a_bare_name_of_a_body_with_regions``) in a plan that
    a regional body of the province issued ("TÒA ÁN NHÂN DÂN KHU VỰC 2 - TỈNH LÂM ĐỒNG", its place the province): the
    issuer itself where it is one of that body's regions ("Tòa án" in the regional court's plan); else its own region's
    namesake, whose number the plan does not print: unresolved, as in a commune's plan."""
    reg = registry()
    own = reg.agency(issuer.agency_id) if issuer and issuer.agency_id else None  # a regional body is made on demand
    seat = reg.place(own.jurisdiction) if own else None
    if own is None or seat is None or seat.level != "tỉnh" or own.level not in ("huyện", "xã") \
            or not _a_bare_name_of_a_body_with_regions(mention, mention.name):
        return mention
    if name_key(own.name).startswith(name_key(reg.agencies[mention.agency_id].name) + " "):
        return issuer.model_copy(update={"name": mention.name, "match": "rule"})
    return AgencyMention(name=mention.name, reason=f"not in the registry: without a place, '{mention.name}' in a plan of "
                                                   f"{own.canonical_name} names its own region's body, not {mention.canonical_name}")


@cache
def _ministry_names() -> dict[str, str]:
    """Folded name -> id of every ministry in the registry ("bo y te" -> "viet-nam/bo-y-te")."""
    return {fold(agency.name): agency.id for agency in registry().agencies.values() if agency.kind == "Bộ"}


def _the_issuing_ministry_s_unit(mention: AgencyMention, issuer: AgencyMention | None, context: str = "") -> AgencyMention:
    """A unit named by its kind and the bare word "Bộ" in a plan a ministry issued ("Văn phòng Bộ", "Thanh tra Bộ" in
    the Bộ Tài chính's): that ministry's unit ("Văn phòng Bộ Tài chính"), where the registry lists it; else the mention
    as it was (unresolved: "Văn phòng Bộ" alone names no one ministry's office). Not where ``context`` (the duty's
    sentence, the cell's or line's names) names another ministry: "Đề nghị Bộ Y tế chỉ đạo Văn phòng Bộ, Thanh tra Bộ …"
    may mean that ministry's units."""
    reg = registry()
    own = reg.agency(issuer.agency_id) if mention.agency_id is None and issuer and issuer.agency_id else None
    printed = _TRAILING.sub("", mention.name.strip())
    if own is None or own.kind != "Bộ" or not printed.endswith(" Bộ") or not own.name.startswith("Bộ "):
        return mention
    said = fold(context).replace(fold(own.name), " ")
    if any(re.search(rf"\b{re.escape(name)}\b", said) for name, agency_id in _ministry_names().items() if agency_id != own.id):
        return mention
    unit = resolve(f"{printed} {own.name[len('Bộ '):]}", own.jurisdiction)
    if unit.agency_id is None or unit.match not in ("exact", "alias", "rule"):
        return mention
    return unit.model_copy(update={"name": mention.name, "match": "rule"})


def _resolve_in_chain(name: str, place: str | None, communes: bool, party: bool) -> AgencyMention:
    reg = registry()
    printed = _TRAILING.sub("", name.strip())
    chain = reg.chain(place)
    if COMMUNE_ID_MARK in chain[0] and (own := _own_commune_body(name, chain[0], reg) or _part_of_own_body(name, chain[0], reg)):
        return own
    folded = fold(printed)
    for jurisdiction in chain:
        found = reg.printed_forms.get((jurisdiction, folded))
        if found:
            return _pick(name, found, reg)
    key = name_key(printed)
    core, level, named_place = reg.split_place(key)
    if regional := _regional_body(name, core, named_place, chain, reg):
        return regional
    # before the place words are read as a province's: "UBND thành phố Lào Cai" is the city's, not the province's
    if district := _district_body(name, key, core, named_place, chain, reg):
        return district
    if named_place and (other := _unit_of_another_place(key, core, named_place, reg) or _renamed_to(named_place, chain, reg)):
        return AgencyMention(name=name, reason=other)
    where = [named_place] if named_place else [j for j in chain if not level or _of_level(key[len(core):], level, reg.place(j))]
    for jurisdiction in chain:
        if key in reg.keys.get(jurisdiction, {}):
            return _pick(name, {(a, "rule") for a in reg.keys[jurisdiction][key]}, reg)
    if commune := _commune_body(name, key, core, named_place, chain, reg):
        return commune if communes else AgencyMention(
            name=name, reason=f"a commune's body in a document older than the communes (since {reg.communes_since})")
    if not where and place is not None and _PRINTED_UNIT.search(printed.lower()):
        # "UBND huyện", "Công an huyện", "UBND thành phố" in a province's plan: a district's or a provincial city's
        # body, never the province's
        return AgencyMention(name=name, reason=f"not in the registry: '{printed.split()[-1]}' names no place the document is in")
    where = where or chain
    for jurisdiction in where:
        if core in reg.keys.get(jurisdiction, {}):
            return _pick(name, {(a, "rule") for a in reg.keys[jurisdiction][core]}, reg)
    if board := _bare_party_board(name, printed, chain[0], reg, party):
        return board
    return _spacing_slip(name, core, where, reg) or _fuzzy(name, core, where, reg, place)


_UNIT_WORD = re.compile(r"(thanh pho|tinh|quan|huyen|thi xa)\b")
# The same words printed, with their marks, closing a name: "liên quan", "cơ quan" are no "quận"
_PRINTED_UNIT = re.compile(r"(?<!\w)(?:thành phố|tp\.?|tỉnh|quận|huyện|thị xã)\s*$")


def _of_level(place_words: str, level: str, place) -> bool:
    """Whether the place words after a name ("tỉnh", "thành phố", "huyện") can name ``place``: its level, and no city
    for a province ("UBND thành phố" in a province's plan is a provincial city's, a district's level before 2025)."""
    unit = _UNIT_WORD.match(place_words.strip())
    city_of_a_province = unit is not None and unit.group(1) == "thanh pho" and not name_key(place.display).startswith("thanh pho")
    return place.level == level and not city_of_a_province


def _regional_body(name: str, core: str, named_place: str | None, chain: list[str], reg) -> AgencyMention | None:
    """A 2025 regional body named with its number ("Tòa án nhân dân khu vực 2 - tỉnh Lâm Đồng", "Kho bạc Nhà nước khu
    vực XV"): a province's region is of the province the name prints, else the document's; none known: unresolved.
    None: no regional body's name and number."""
    found = reg.regional_body(core)
    if found is None:
        return None
    row, number = found
    province = None
    if row["jurisdiction"] == REGIONAL_OF_A_PROVINCE:
        province = next((reg.place(p) for p in ([named_place] if named_place else chain)
                         if reg.place(p) and reg.place(p).level == "tỉnh"), None)
        if province is None:
            return AgencyMention(name=name, reason="a province's regional body, and no province named or known")
    agency = reg.regional_agency(row, number, province)
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="rule", score=100.0)


def _unit_of_another_place(key: str, core: str, place_id: str, reg) -> str | None:
    """Why a name does not name the registry's place of that name: its unit word is another than the place's
    ("ủy ban nhân dân thành phố Thái Bình", "huyện Quảng Ninh", "thị xã Quảng Trị": a town or a district named like
    a province, which the registry does not hold). None when the unit agrees or the name has none."""
    unit = _UNIT_WORD.match(key[len(core):].strip())
    display = reg.place(place_id).display
    # "tỉnh" before a centrally governed city's name is a province-level body all the same ("UBND tỉnh Cần Thơ")
    if unit is None or unit.group(1) == "tinh" or not display or name_key(display).startswith(unit.group(1)):
        return None
    return f"a unit named like {display}, not it ('{unit.group(1)}'): not in the registry"


def _renamed_to(named_place: str, chain: list[str], reg) -> str | None:
    """Why a name does not name a place the document's province was renamed into: "UBND thành phố Huế" in a plan of
    tỉnh Thừa Thiên Huế is its provincial city's, which the registry does not hold, not the later province's."""
    old = next((p for p in chain if reg.renamed_provinces.get(p) == named_place), None)
    if old is None:
        return None
    return f"a unit of {reg.place(old).display} named like {reg.place(named_place).display}, which it became later: not in the registry"


def _bare_party_board(name: str, printed: str, place_id: str, reg, party: bool) -> AgencyMention | None:
    """A board of a province's or a district's Party committee named without the committee ("Ban Tuyên giáo và Dân
    vận", "Ủy ban Kiểm tra") in a document the committee issued, which names its own boards so; other documents do not
    say which level's board they mean, and the name stays unresolved. None: not the committee's document, or no board
    of it has that name."""
    place = reg.place(place_id) if party else None
    if place is None or place.level not in ("tỉnh", "huyện") or name_key(printed) in _not_bare_boards():
        return None
    key = name_key(f"{printed} {place.committee}")
    if COMMUNE_ID_MARK in place_id:  # a district of districts.csv: its bodies are made when named
        body = reg.own_commune_body(key, place)
        agencies = [reg.commune_agency(body, place)] if body else []
    else:
        agencies = [reg.agencies[i] for i in reg.keys.get(place_id, {}).get(key, ())]
    agencies = [agency for agency in agencies if agency.kind == "cơ quan Đảng"]
    if len(agencies) != 1:
        return None
    agency = agencies[0]
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="rule", score=100.0)


@cache
def _not_bare_boards() -> frozenset[str]:
    return frozenset(name_key(name) for name in json_data("party_boards.json")["not_bare"])


def _own_commune_body(name: str, place: str, reg) -> AgencyMention | None:
    """In a commune's own plan, its bodies named without its name: "Công an phường", "Văn phòng HĐND và UBND"; in a
    district's of districts.csv, the district's: "UBND huyện", "Phòng Tài chính - Kế hoạch"."""
    commune = reg.place(place)
    body = reg.own_commune_body(name_key(_TRAILING.sub("", name.strip())), commune)
    return None if body is None else _commune_mention(name, body, commune, reg)


def _part_of_own_body(name: str, place: str, reg) -> AgencyMention | None:
    """In a commune's own plan (or a district's of districts.csv), a part of one of its bodies named bare that the registry
    does not give it ("Ban Dân tộc HĐND", "Các Ban HĐND": a commune's council has a Ban Dân tộc only where the registry
    says so): unresolved with that reason, never the province's body of that name (a commune's plan names the
    province's with "tỉnh"). None: a post, or a name that does not end with one of the commune's bodies."""
    if _is_post(name):  # "Chủ tịch UBND": a post, no part of a body
        return None
    commune = reg.place(place)
    words = name_key(_TRAILING.sub("", name.strip())).split()
    for cut in range(1, len(words)):
        if body := reg.own_commune_body(" ".join(words[cut:]), commune):
            if any(reg.own_commune_body(" ".join(words[:end]), commune) for end in range(1, cut + 1)):
                return None  # a body of the commune first ("Ủy ban Kiểm tra Đảng ủy giúp Đảng ủy"): no part of the last
            owner = reg.commune_agency(body, commune).canonical_name
            return AgencyMention(name=name, reason=f"not in the registry: no such part of {owner} is listed")
    return None


def _commune_mention(name: str, body: dict[str, str], commune, reg) -> AgencyMention:
    agency = reg.commune_agency(body, commune)
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="rule", score=100.0)


def _commune_body(name: str, key: str, core: str, named_place: str | None, chain: list[str], reg) -> AgencyMention | None:
    """A body of one commune ("UBND xã Di Linh", "Công an phường An Tường, tỉnh Tuyên Quang"), found among the
    communes of the province the name prints or the document is about. Commune names repeat across provinces (four
    "xã Tân Lập"): without a province the name is ambiguous, never resolved. None: the name names no commune."""
    found, named_place = _unit_named(reg.commune_body, key, core, named_place)
    if found is None:
        return _misspelt_commune(name, key, core, named_place, chain, reg)
    return _body_of_one_unit(name, found, named_place, chain, reg)


def _unit_named(body_of, key: str, core: str, named_place: str | None):
    """What ``body_of`` (``reg.commune_body``, ``reg.district_body``) finds in the whole key, else in the key without
    the place words after it, and the province those words name (None for the whole key: a commune's or a district's
    name can end in a province's, "xã Đại Huế" of Nghệ An is no body of Huế, "huyện Quảng Ninh" of Quảng Bình)."""
    if found := body_of(key):
        return found, None
    return (body_of(core) if core != key else None), named_place


def _district_body(name: str, key: str, core: str, named_place: str | None, chain: list[str], reg) -> AgencyMention | None:
    """A body of one district before 1 July 2025 ("UBND huyện Bắc Quang", "Phòng Nội vụ quận Ba Đình, thành phố Hà
    Nội"), found as a commune's is: among the districts of the province the name prints or the document is about, or
    of an old province merged into it in 2025 ("UBND huyện Bắc Quang (cũ)" in a plan of Tuyên Quang). None: the name
    names no district of districts.csv."""
    found, named_place = _unit_named(reg.district_body, key, core, named_place)
    if found and (began := reg.began(chain[0])):
        # a district that ended before the document's place began is none of its bodies: "UBND thành phố Huế" in a
        # plan of the centrally governed city is the city's own, not the provincial city's of 2024
        units = tuple(unit for unit in found[1] if not unit.valid_until or unit.valid_until >= began)
        found = (found[0], units) if units else None
    return None if found is None else _body_of_one_unit(name, found, named_place, chain, reg)


def _body_of_one_unit(name: str, found, named_place: str | None, chain: list[str], reg) -> AgencyMention | None:
    """The body of the one commune or district of ``found`` (the body's row, the units of its name) in the provinces
    the name prints or the document is about; ambiguous or unknown province: unresolved, never guessed."""
    body, units = found
    provinces = {p for p in ([named_place] if named_place else chain) if reg.place(p).level == "tỉnh"}
    if units[0].level == "huyện":
        provinces = reg.district_provinces(provinces)
    here = [c for c in units if c.parent in provinces]
    if len(here) > 1:  # names that differ only in tone marks in one province ("Sơn Hà", "Sơn Hạ"): the marks decide
        printed = " ".join(name.lower().split())
        here = [c for c in here if re.search(rf"(?<!\w){re.escape(c.name.lower())}(?!\w)", printed)] or here
    if len(here) == 1:
        return _commune_mention(name, body, here[0], reg)
    candidates = here or units
    where = " or ".join(sorted(f"{reg.commune_agency(body, c).canonical_name} ({reg.jurisdictions[c.parent].display})"
                               for c in candidates))
    if len(candidates) > 1:
        return AgencyMention(name=name, reason=f"ambiguous: {where}")
    if not provinces:
        return AgencyMention(name=name, reason=f"no province known for the document ({where})")
    return None  # a commune of another province: "not in the registry", as any name the document's place lacks


COMMUNE_TYPO_MIN_LENGTH = 6  # a commune's name key this long or longer may carry one wrong letter ("an khanb")


def _misspelt_commune(name: str, key: str, core: str, named_place: str | None, chain: list[str], reg) -> AgencyMention | None:
    """A commune body whose commune's name matches no commune anywhere but one of the document's province within one
    letter ("UBND xã Di Lnh", "Phường An Khánb" read by OCR): that commune's body, as a fuzzy match, when no other commune
    of the province and kind is within two letters; else unresolved with the candidates. Names with a digit ("Phường
    3", "Hà Giang 2") are never matched so: one digit for another is another ward. None: the name is no commune's body."""
    parts = reg.commune_name_parts(key) or (reg.commune_name_parts(core) if core != key else None)
    if parts is None:
        return None
    body, kind, printed = parts
    if not reg.commune_has(body, kind):  # "Phòng Kinh tế phường …": no ward has one
        return AgencyMention(name=name, reason=f"not in the registry: a commune of that kind has no {body['name']}")
    provinces = [p for p in ([named_place] if named_place else chain) if reg.place(p) and reg.place(p).level == "tỉnh"]
    if not provinces or len(printed) < COMMUNE_TYPO_MIN_LENGTH or any(c.isdigit() for c in printed):
        return None
    near = [(Levenshtein.distance(printed, other, score_cutoff=2), commune) for province in provinces
            for other, commune in reg.communes_by_province.get((province, kind), ())]
    near = [(distance, commune) for distance, commune in near if distance <= 2]
    if not near:
        return None
    described = " or ".join(sorted(f"{reg.commune_agency(body, c).canonical_name} ({reg.jurisdictions[c.parent].display})"
                                   for _, c in near))
    ones = [commune for distance, commune in near if distance == 1]
    if len(ones) != 1 or len(near) > 1 or not _has_a_misread_word(name, printed):
        return AgencyMention(name=name, reason=f"no commune of that name; ambiguous: {described}")
    agency = reg.commune_agency(body, ones[0])
    score = fuzz.ratio(printed, name_key(ones[0].name))
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="fuzzy",
                         score=round(score, 1))


def _has_a_misread_word(name: str, commune_key: str) -> bool:
    """Whether a word of the commune's name as printed is no Vietnamese syllable ("Lnh", "Khánb"): a misreading. A name
    of real syllables one letter off a listed commune ("Tân Phúc" beside "Tân Phước") is another commune the list
    lacks, never the listed one."""

    words = set(commune_key.split())
    return any(not is_syllable(word) for word in re.findall(r"\w+", name) if fold(word) in words and not word.isdigit())


def _pick(name: str, found: set[tuple[str, str]], reg) -> AgencyMention:
    ids = {agency_id for agency_id, _ in found}
    if len(ids) > 1:
        names = " or ".join(sorted(reg.agencies[i].canonical_name for i in ids))
        return AgencyMention(name=name, reason=f"ambiguous: {names}")
    agency = reg.agencies[ids.pop()]
    hows = {h for _, h in found}
    how = next(h for h in ("exact", "alias", "rule") if h in hows)  # the most direct way it matched
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match=how, score=100.0)


def _spacing_slip(name: str, core: str, where: list[str], reg) -> AgencyMention | None:
    """A space lost or added by OCR ("Sở Ytế", "Sở Nông nghiệp và Phát triển nôngthôn"), which the fuzzy match cannot
    mend (a typo never changes the number of words): the body whose key has the same letters, spaces aside, in the
    nearest place that has one; several bodies there: ambiguous. None: no key has those letters."""
    letters = core.replace(" ", "")
    for jurisdiction in where:
        keys = _keys_without_spaces(reg, jurisdiction).get(letters)
        if not keys:
            continue
        ids = {agency_id for key in keys for agency_id in reg.keys[jurisdiction][key]}
        if len(ids) > 1:
            return AgencyMention(name=name, reason="ambiguous: " + " or ".join(sorted(reg.agencies[i].canonical_name for i in ids)))
        agency = reg.agencies[ids.pop()]
        return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="fuzzy",
                             score=round(max(fuzz.ratio(core, key) for key in keys), 1))
    return None


@cache  # one index a place, built once a process, as _keys_by_shape
def _keys_without_spaces(reg, jurisdiction: str) -> dict[str, list[str]]:
    """A place's keys by their letters without spaces ("soyte" -> ["so y te"])."""
    index: dict[str, list[str]] = {}
    for key in reg.keys.get(jurisdiction, {}):
        index.setdefault(key.replace(" ", ""), []).append(key)
    return index


def _fuzzy(name: str, core: str, where: list[str], reg, place: str | None) -> AgencyMention:
    """Typos and OCR errors: the closest key in the places searched, if it is close enough, unambiguous, and every
    word that differs from it is a slip (``another_word``): a score alone cannot tell "Hội Nhà giáo" (87 against "Hội
    Nhà báo") from "Sử Tư pháp" (90 against "Sở Tư pháp")."""
    scored: dict[str, tuple[float, str]] = {}  # agency id -> its best score and the key that scored it
    for jurisdiction in where:
        keys = reg.keys.get(jurisdiction, {})
        for key, score, _ in process.extract(core, typo_candidates(core, reg, jurisdiction), scorer=fuzz.ratio, limit=3):
            for agency_id in keys[key]:
                if score > scored.get(agency_id, (0.0, ""))[0]:
                    scored[agency_id] = (score, key)
        if scored and max(score for score, _ in scored.values()) >= FUZZY_THRESHOLD:
            break  # the nearest place with a close match wins, as for exact names
    if not scored:
        why = "no jurisdiction known for the document" if place is None else "not in the registry"
        return AgencyMention(name=name, reason=why)
    ranked = sorted(scored.items(), key=lambda item: -item[1][0])
    best_id, (best, best_key) = ranked[0]
    agency = reg.agencies[best_id]
    if best < FUZZY_THRESHOLD:
        reason = f"not in the registry (closest: {agency.canonical_name}, {best:.0f})"
        if place is None:
            reason = "no jurisdiction known for the document; " + reason
        return AgencyMention(name=name, score=round(best, 1), reason=reason)
    if len(ranked) > 1 and best - ranked[1][1][0] < FUZZY_MARGIN:
        other = reg.agencies[ranked[1][0]].canonical_name
        return AgencyMention(name=name, score=round(best, 1), reason=f"ambiguous: {agency.canonical_name} or {other}")
    if differs := another_word(core, best_key):
        return AgencyMention(name=name, score=round(best, 1), reason=f"not in the registry (closest: {agency.canonical_name}"
                                                                     f", {best:.0f}; '{differs[0]}' is another word than '{differs[1]}')")
    return AgencyMention(name=name, agency_id=agency.id, canonical_name=agency.canonical_name, match="fuzzy",
                         score=round(best, 1))


def another_word(core: str, key: str) -> tuple[str, str] | None:
    """The first word of a name's key (``core``) that differs from the word at its place in a registry key of as many
    words by more than a slip, with that word; None where every word that differs is a slip (``_is_slip``)."""
    printed = core.split(" ")
    return next(((a, b) for at, (a, b) in enumerate(zip(printed, key.split(" ")))
                 if a != b and not _is_slip(a, b) and not _doubled(printed, at, b)), None)


def _doubled(printed: list[str], at: int, word: str) -> bool:
    """Whether the printed word at ``at`` repeats the one before it where the key has another syllable (places.json
    letter_slips doubled: "nhân nhân" for "nhân dân", the second word lost); never a figure."""
    return (at > 0 and printed[at] == printed[at - 1] and may_be_syllable(word)
            and not any(c.isdigit() for c in printed[at] + word))


@cache
def _letter_slips() -> tuple[tuple[re.Pattern[str], str], ...]:
    """places.json letter_slips as patterns and what each match turns into, both ways: a swap ("s-" a word's first
    letters, "-c" its last, "n" any), a whole word ("chanh" <-> "chinh"), a final letter dropped or added
    ("thong" <-> "thon")."""
    slips = json_data("places.json")["letter_slips"]

    def pattern(side: str) -> re.Pattern[str]:
        return re.compile(f"^{side[:-1]}" if side.endswith("-") else f"{side[1:]}$" if side.startswith("-") else side)

    swaps = [(pattern(a), b.strip("-")) for x, y in slips["swapped"] for a, b in ((x, y), (y, x))]
    words = [(re.compile(f"^{a}$"), b) for x, y in slips["words"] for a, b in ((x, y), (y, x))]
    return (*swaps, *words, *((re.compile(f"{f}$"), "") for f in slips["final"]),
            *((re.compile("$"), f) for f in slips["final"]))


@lru_cache(maxsize=4096)
def _is_slip(printed: str, word: str) -> bool:
    """Whether a word of a printed name (folded) can be a misreading or a misspelling of a registry key's word: no
    figure in either (a number or a code's figure names another body: "Cục A05", "khu vực 3"); the key's word a
    syllable, marks aside (not a code it keeps, "qld"); and the printed word none ("dn": misread), or the key's word with one
    of places.json letter_slips ("sa" for "xa", "thon" for "thong"). Two real words apart otherwise are two words
    ("giao" and "bao", "cac" and "cap", "noi" and "ngoai")."""
    if any(c.isdigit() for c in printed + word) or not may_be_syllable(word):
        return False
    if not may_be_syllable(printed):
        return True
    return any(f"{printed[:m.start()]}{into}{printed[m.end():]}" == word
               for pattern, into in _letter_slips() for m in pattern.finditer(printed))


def typo_candidates(core: str, reg, jurisdiction: str) -> list[str]:
    """The keys of a place that the name (its key without the place) could be a typo of, in the registry's order."""
    words = core.split(" ")
    shape = (len(words), words[0] if words[0] in reg.head_words else None)
    committee = _committee_words(words)
    return [key for key, other in _keys_by_shape(reg, jurisdiction).get(shape, ())
            if all(a == b or fuzz.ratio(a, b) >= 50 and not _names_a_units_kind(words, at, reg)
                   and not _names_a_units_kind(other, at, reg) for at, (a, b) in enumerate(zip(words, other)))
            and _committee_words(other) == committee]


def _names_a_units_kind(words: list[str], at: int, reg) -> bool:
    """Whether a key's word names a kind of unit where a unit stands: after "các", "từng", "mỗi" ("HĐND các thôn", "UBND
    các ấp") or closing the key after a body the registry knows ("UBND thôn"). There a typo never turns it into another
    word nor another word into it ("HĐND các thôn" is no "Hội đồng nhân dân các tỉnh …", "UBND các ấp" no "… các cấp").
    Elsewhere its folded form is often another word's, and typos of those still match ("Sở Giao thôn vận tải", "Sở Lao
    động - Thương binh và Sã hội", "Bam Quản lý …", "… Phát triển nông thông")."""
    kinds, before_units = _unit_kind_words()
    return words[at] in kinds and at > 0 and (
        words[at - 1] in before_units or at == len(words) - 1 and reg.knows_whole(" ".join(words[:at])))


@cache
def _unit_kind_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word kinds of unit, folded ("tinh", "xa", "thon", "ap"), and the words before units ("cac", "tung"):
    places.json unit_words, village_words, before_units."""
    places = json_data("places.json")
    kinds = (*places["unit_words"]["words"], *places["village_words"]["words"])
    return (frozenset(fold(word) for word in kinds if " " not in word),
            frozenset(fold(word) for word in places["before_units"]["words"]))


def _committee_words(words: list[str]) -> tuple[str, ...]:
    """The Party committees a key's words name ("thi uy", "tinh uy"): a typo never changes one into another ("Văn
    phòng Thị ủy" is a town's office, not the Tỉnh ủy's)."""
    return tuple(f"{a} uy" for a, b in zip(words, words[1:]) if b == "uy")


@cache  # one index a place (a few hundred places), built once a process: the registry never changes in a process
def _keys_by_shape(reg, jurisdiction: str) -> dict[tuple[int, str | None], list[tuple[str, list[str]]]]:
    """A place's keys with their words, in the registry's order, under (number of words, None) and under (number of
    words, first word). A typo changes letters, not words: a key can be one only with the same number of words, none
    of them replaced ("Các quận, huyện, thị ủy" is not "… thị xã"), and the kind word the same when it is one ("Sở Nội
    vụ" is never a typo of "Bộ Nội vụ"): ``typo_candidates`` looks only at the keys of its name's shape, not at every
    key of the place (the registry holds hundreds a place)."""
    shapes: dict[tuple[int, str | None], list[tuple[str, list[str]]]] = {}
    for key in reg.keys.get(jurisdiction, {}):
        words = key.split(" ")
        shapes.setdefault((len(words), None), []).append((key, words))
        shapes.setdefault((len(words), words[0]), []).append((key, words))
    return shapes


def same_body(one: str, other: str, place: str | None) -> bool:
    """Whether two printed names name one body in a document about ``place``: "UBND tỉnh" and "Ủy ban nhân dân tỉnh",
    "Sở TT&TT" and "Sở Thông tin và Truyền thông", "Sở Nội vụ tỉnh" and "Sở Nội vụ". Both resolved: the same registry
    entity; else their keys (abbreviations expanded, folded) with the same name before the place words, and the same
    level and place where both print them."""
    found = [resolve(one, place), resolve(other, place)]
    if all(m.agency_id for m in found):
        return found[0].agency_id == found[1].agency_id
    reg = registry()
    (core, level, named), (core2, level2, named2) = (reg.split_place(name_key(n)) for n in (one, other))
    return bool(core) and core == core2 and (not level or not level2 or level == level2) and (
        not named or not named2 or named == named2)


def resolve_all(name: str, place: str | None, communes: bool = True, party: bool = False) -> list[AgencyMention]:
    """Like ``resolve``, but bodies printed without a separator ("Sở Nội vụ Văn phòng UBND Thành phố"), joined by "và"
    ("Cổng giao tiếp điện tử Thành phố và các quận, huyện, thị xã") or a slash ("Sở Nội vụ/Sở Tài chính") become one
    mention each when every part resolves on its own by name, alias or rule and the whole does not. A PDF cell that
    lost its line breaks can run three bodies together: the cut is tried again in what follows."""
    whole = resolve(name, place, communes, party)
    if whole.match != "unresolved":
        return [whole]
    if (once := _abbreviation_after_its_name().sub(lambda m: m.group(m.lastgroup), name)) != name:
        # "Ủy ban nhân dân UBND cấp xã": one name printed with its abbreviation, never two bodies; read without it
        one = resolve(once, place, communes, party)
        if one.agency_id:
            return [one.model_copy(update={"name": name, "match": "rule" if one.match == "exact" else one.match})]
        # "Ủy ban nhân dân UBND tỉnh và Ủy ban nhân dân UBND các xã": several bodies, each read without its abbreviation
        return list(_parts_of(once, place, communes, party)) or [whole]
    return list(_parts_of(name, place, communes, party)) or [whole]


@cache
def _abbreviation_after_its_name() -> re.Pattern[str]:
    """A name's words, then their abbreviation (agency_abbreviations.csv), bare or in brackets: "Ủy ban nhân dân UBND",
    "Hội đồng nhân dân (HĐND)"."""
    pairs = [rf"(?P<full{k}>{re.escape(row['expansion'])})\s+\(?{re.escape(row['abbreviation'])}\)?(?!\w)"
             for k, row in enumerate(csv_rows("agency_abbreviations.csv"))
             if row["is_word"] == "0" and len(row["expansion"].split()) > 1]
    return re.compile("|".join(pairs), re.IGNORECASE)


@lru_cache(maxsize=8192)
def _parts_of(name: str, place: str | None, communes: bool, party: bool) -> tuple[AgencyMention, ...]:
    """_resolved_parts, cached: a name that does not resolve comes back in document after document ("các Báo")."""
    return tuple(_resolved_parts(name, place, communes, party) or ())


def _resolved_parts(name: str, place: str | None, communes: bool, party: bool = False,
                    depth: int = 0) -> list[AgencyMention] | None:
    if depth > _MAX_BODIES_RUN_TOGETHER:
        return None
    folded = strip_marks(name).lower()  # same length as the name, so a cut found in it cuts the name
    whole = None
    cuts = sorted([*((*m.span(), False) for m in _second_body().finditer(folded)),
                   *((*m.span(), True) for m in _post_cut().finditer(name))])
    for cut_start, cut_end, before_a_post in cuts:
        left, right = _TRAILING.sub("", name[:cut_start]), name[cut_end:]
        if not (right[:1].isupper() or right.startswith("các ")) or _ties_to_a_parent(left):
            continue
        if _body_of_each(left, folded[cut_start:cut_end], right) \
                or not folded[cut_start:cut_end].strip() and _bare_kind_word().match(left):
            continue
        whole = _known_name_spans(folded) if whole is None else whole
        if any(start < cut_start and cut_end < end for start, end in whole):
            continue  # inside a name the registry knows whole ("Thanh tra Sở Giáo dục và Đào tạo tỉnh …")
        first = resolve(left, place, communes, party)
        if not (_registry_knows(first) or _is_post(left) or before_a_post and re.match(BODY_START, left)):
            continue
        second = resolve(right, place, communes, party)
        if _registry_knows(second) or (_registry_knows(first) and re.search(r"\bva\b", folded[cut_start:cut_end])
                                       and _small_letter_collective()[2].match(right)):
            return [first, second]  # "Sở Nội vụ và các phòng, ban thuộc huyện": a body, then a collective as printed
        if rest := _resolved_parts(right, place, communes, party, depth + 1):
            return [first, *rest]
        # a post, once the posts and bodies it may run into are cut off; a body's name right after a post's
        if _is_post(right) or _is_post(left) and re.match(BODY_START, right):
            return [first, second]
    return None


def _ties_to_a_parent(left: str) -> bool:
    """"Các đơn vị thuộc | Sở Y tế": the words before the cut end on a tie to the body after it (places.json
    parent_ties), so the whole names the units under that body, one collective, not two bodies."""
    words = fold(left).split()
    return bool(words) and words[-1] in _parent_ties()


@cache
def _parent_ties() -> frozenset[str]:
    return frozenset(fold(word) for word in json_data("places.json")["parent_ties"]["words"])


def _body_of_each(left: str, cut: str, right: str) -> bool:
    """"UBND các thôn, tổ dân phố": a kind of body printed bare (bare_kinds.csv), or its head's post, right before "các
    …" names that body of each unit listed, never the document's own body beside the units ("UBND và các thôn" names
    both); so does any body right before "các thôn" (the villages: places.json village_words) with nothing but a space
    between ("Công an các thôn, tổ dân phố" is each village's police, not the commune's police and the villages),
    unless a unit word closes it ("Công an xã các thôn …", "Ủy ban MTTQ Việt Nam xã Vĩnh Phú các thôn …": the commune's
    body, then the villages)."""
    if not right.startswith("các ") or re.search(r"\bva\b|/", cut):
        return False
    # a head of that kind of body too ("Chủ tịch UBND các xã, phường": each commune's chairman)
    return is_bare_kind(left) or is_bare_kind(_head_pattern().sub("", left)) or (
        not cut.strip() and _village_words().match(fold(right[4:])) is not None and not _ends_with_a_unit(left))


@cache
def _bare_kind_word() -> re.Pattern[str]:
    """A shared kind word alone (cell_words.json shared_heads): printed right before a name, it heads that name ("Sở
    Công an tỉnh": no such Sở, unresolved as printed), never a body of its own ("Sở" is no collective of the
    province's departments there; "các Sở, các cơ quan" still is)."""
    return re.compile(rf"^(?:{longest_first(_SHARED_HEADS['words'])})$", re.IGNORECASE)


@cache
def _unit_at_the_end() -> re.Pattern[str]:
    """A unit word closing a name, alone or before the unit's name in capitals ("Công an xã", "Ủy ban MTTQ Việt Nam xã
    Vĩnh Phú", "Công an phường 3"): places.json unit_words."""
    words = sorted(json_data("places.json")["unit_words"]["words"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?i:{'|'.join(map(re.escape, words))})(?:\s+[{CAPITAL_LETTERS}\d]\w*)*$")


def _ends_with_a_unit(left: str) -> bool:
    """"Công an xã" before "các thôn, tổ dân phố" is the commune's police, a body of its own, beside the villages (a PDF
    cell that lost its line break between them); not "… Xã hội" (places.json unit_words common_words)."""
    unit = _unit_at_the_end().search(left)
    return unit is not None and fold(unit.group()) not in _not_units()


@cache
def _not_units() -> frozenset[str]:
    return frozenset(fold(word) for word in json_data("places.json")["unit_words"]["common_words"])


@cache
def _village_words() -> re.Pattern[str]:
    words = sorted((fold(word) for word in json_data("places.json")["village_words"]["words"]), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\b")


def _registry_knows(mention: AgencyMention) -> bool:
    return mention.match in ("exact", "alias", "rule")


@cache
def _post_cut() -> re.Pattern[str]:
    """The space before a post (task_tables.json post_starts: "Công chức Tư pháp - Hộ tịch", "Trưởng các thôn"), where a
    copy that joins a cell's lines with a space ran a commune's posts together ("Công an xã Công chức Tư pháp - Hộ tịch"):
    a post's start is where a name starts, so the name before it is cut off when it starts as a body's does."""
    return re.compile(rf"(?<=\S)\s+(?={_post_start().pattern})")


@cache
def _post_start() -> re.Pattern[str]:
    return listed_pattern("task_tables.json", "post_starts")


def _is_post(name: str) -> bool:
    """A post (the registry has none: it stays as printed, unresolved)."""
    return _post_start().match(name) is not None



@cache
def _names_with_cuts() -> tuple[str, ...]:
    """The registry's printed forms (names and aliases) inside which a second body could start, unmarked and in lower
    case, as the cuts are looked for: a cut is never made inside one."""
    printed = {strip_marks(form).lower() for row in registry_rows("agencies.csv")
               for form in (row["name"], *row["aliases"].split("|")) if form}
    return tuple(form for form in printed if _second_body().search(form))


def _known_name_spans(folded: str) -> list[tuple[int, int]]:
    """Where the registry's names with a possible cut inside stand, whole words, in an unresolved name (found with
    str.find: a regex of the two hundred names costs more to compile than the rare unresolved names cost to search)."""
    spans = []
    for form in _names_with_cuts():
        start = folded.find(form)
        while start != -1:
            end = start + len(form)
            if (start == 0 or not folded[start - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                spans.append((start, end))
            start = folded.find(form, start + 1)
    return spans


def resolve_issuer(printed: str, place: str | None) -> AgencyMention:
    """The issuer of a cited document: a body ("Thủ tướng Chính phủ", "UBND Thành phố"), or a head acting for one
    ("Chủ tịch Ủy ban nhân dân thành phố" -> the Ủy ban nhân dân). A citation's issuer can run into the words after
    it ("Chủ tịch UBND tỉnh công bố thủ tục hành chính"): then the longest start of it that names a body by name,
    alias or rule. The name stays as printed."""
    from .citations import without_meeting

    mention = resolve(printed, place)
    if mention.match != "unresolved":
        return mention
    if (body_met := without_meeting(printed)) != printed:  # "Hội nghị lần thứ sáu Ban Chấp hành …": the body met
        found = resolve_issuer(body_met, place)
        return found.model_copy(update={"name": printed}) if found.match != "unresolved" else mention
    if body := _bodies_positions_name().get(fold(printed)):  # "Tổng Kiểm toán nhà nước", "Thủ tướng": the position alone
        return resolve(body, place).model_copy(update={"name": printed})
    head = _head_pattern().match(printed)
    words = printed[head.end():].split() if head else printed.split()
    for end in range(len(words), 0, -1):
        body = resolve(" ".join(words[:end]), place)
        if body.match in ("exact", "alias", "rule"):
            return body.model_copy(update={"name": printed})
    return mention


def _cited_issuer(printed: str, place: str | None) -> AgencyMention | None:
    """``resolve_issuer`` for a cited document's issuer that is one body; none for a joint one's ("Bộ Nội vụ và Bộ Tài
    chính"): its first body is not the issuer, and the field holds one body."""
    from .citations import names_several_bodies

    if names_several_bodies(printed) and resolve(printed, place).match not in ("exact", "alias", "rule"):
        return None
    return resolve_issuer(printed, place)


@lru_cache(maxsize=1)
def _positions() -> str:
    """The positions of positions.csv as an alternation, the longest first."""
    positions = sorted((row["position"] for row in csv_rows("positions.csv")), key=len, reverse=True)
    return "|".join(map(re.escape, positions))


@lru_cache(maxsize=1)
def _bodies_positions_name() -> dict[str, str]:
    """Folded position -> the body it names with its own words (positions.csv heads): "tong kiem toan nha nuoc" ->
    "Kiểm toán nhà nước"."""
    return {fold(row["position"]): row["heads"] for row in csv_rows("positions.csv") if row.get("heads")}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    return re.compile(rf"^(?:{_positions()})\s+")


def without_head(name: str) -> str:
    """``name`` without a head's post (positions.csv) before the body: "Bộ trưởng Bộ Nội vụ" -> "Bộ Nội vụ"."""
    return _head_pattern().sub("", name)


@lru_cache(maxsize=1)
def _position_first() -> re.Pattern:
    """A name that opens with a position, or the deputies' ("Chánh án TANDTC", "các Phó Tổng Giám đốc")."""
    return re.compile(rf"^(?:(?i:các)\s+)?(?:{_positions()})(?!\w)")


# The stage -------------------------------------------------------------------------------------------------


@cache
def _place_words(key: str) -> re.Pattern:
    """Any of places.json ``key``'s words, whole, in a name_key."""
    words = sorted({name_key(word) for word in json_data("places.json")[key]["words"]}, key=len, reverse=True)
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, words))})(?![a-z0-9])")


def _names_the_centre(heading: str) -> bool:
    """A heading that names no place but a central body ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH")."""
    return bool(_place_words("central_words").search(name_key(heading)))


@cache
def _central_openings() -> re.Pattern:
    data = json_data("places.json")["central_openings"]
    words = sorted({name_key(word) for word in data["words"]}, key=len, reverse=True)
    after = sorted({name_key(word) for word in data["not_before"]}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))}) (?!(?:{'|'.join(map(re.escape, after))})(?![a-z0-9]))")


def _opens_as_central(heading: str) -> bool:
    """A heading of a central body's kind the registry does not know by the name printed ("BỘ NÔNG NGHIỆP VÀ PTNT";
    places.json central_openings), naming no place (checked before); not a province's body of that opening ("BỘ CHỈ
    HUY QUÂN SỰ TỈNH": central_openings not_before)."""
    return bool(_central_openings().match(name_key(heading)))


def document_place(doc: Document) -> str | None:
    """The jurisdiction a document's bare agency names belong to: the commune whose own plan it is ("ỦY BAN NHÂN DÂN
    PHƯỜNG CAM ĐƯỜNG"), the place in the issuer's heading ("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN"), the centre for a ministry,
    the place of issue, or the place the text names most often; of two units that bore the name, the one in force on
    the document's date (``_place_on_date``)."""
    return _place_and_doubt(doc)[0]


def _place_and_doubt(doc: Document) -> tuple[str | None, str | None]:
    """``document_place`` and, where it is None for want of a date or because the place named did not exist yet on it,
    why."""
    meta = doc.metadata
    if meta is None:
        return None, None
    reg = registry()
    place = _named_place(doc, reg)
    if doubt := _namesakes_doubt(doc, place, reg):
        return None, doubt
    commune, printed = _issuing_commune(meta, place, reg)
    if commune:
        return commune, None  # "TRUNG TÂM Y TẾ KHU VỰC …" / "TRẠM Y TẾ XÃ …": the commune's, whatever the unit above
    if printed and place not in printed:
        # a commune of another province than the one a province's heading prints, and a place read from a sub-unit's
        # name ("UBND TỈNH LÂM ĐỒNG" / "UBND XÃ ĐỨC HUỆ": not Huế): the province of that heading, never the sub-unit's
        if len(printed) > 1:
            return None, (f"the heading prints the provinces {' and '.join(sorted(reg.place(p).display for p in printed))} "
                          f"and '{meta.issuer.name}' is a commune of neither")
        return _place_on_date(meta.issued_date, next(iter(printed)), None, reg)
    if place is None and _is_regional_branch(meta.issuer):
        return None, (f"'{meta.issuer.name}' is a regional branch covering several provinces and names none of its "
                      f"own, nor does its date line name one of its province's bodies")
    if place and _ended_before(place, meta.issued_date, reg) and _named_by_the_date_line_alone(meta, place, reg):
        level = _level_of_the_heading(doc, place, reg)
        if level == "xã":
            return _commune_of_the_name(place, meta.issued_date, reg)
        if level is None:
            return None, (f"the heading names no place and its kind no level; its date line names "
                          f"{reg.place(place).display}, merged away before the document's date {meta.issued_date}: that "
                          f"province's body or the commune of that name")
    return _place_on_date(meta.issued_date, place, _issuing_district(meta, place, reg), reg)


def _place_on_date(day: str | None, place: str | None, district: str | None, reg) -> tuple[str | None, str | None]:
    """The district an issuer's heading names, else the place found otherwise, as in force on ``day``. A name two units
    bore ("thành phố Huế": tỉnh Thừa Thiên Huế's provincial city until 2024, the centrally governed city since 2025,
    which began when the province was renamed into it) is the unit of the document's date; undated, neither. A place
    that began after the date is none."""
    began = reg.began(place) if place else None
    if district is None:
        if began and day and day < began:
            return None, f"{reg.place(place).display} began on {began}, after the document's date {day}"
        return place, None
    unit = reg.place(district)
    if not began or name_key(unit.display) != name_key(reg.place(place).display):
        return district, None
    if not day:
        return None, (f"'{unit.display}' was {unit.display} of {reg.place(unit.parent).display} until {unit.valid_until} "
                      f"and {reg.place(place).display} since {began}; the document gives no date")
    return (district if not unit.valid_until or day <= unit.valid_until else place), None


def _ended_before(place: str, day: str | None, reg) -> bool:
    """A province merged away before ``day`` (not one renamed into another place: ``_place_on_date``)."""
    ended = reg.place(place).valid_until
    return bool(day and ended and day > ended and place not in reg.renamed_provinces)


def _named_by_the_date_line_alone(meta, place: str, reg) -> bool:
    """The place found is the date line's, the issuer's heading naming none ("TRƯỜNG THCS …" over "Bắc Giang, ngày …")."""
    return bool(meta.place) and reg.place_named_in(meta.place) == place \
        and not any(heading and reg.place_named_in(heading) for heading in (meta.issuer.name, meta.issuer.parent))


@cache
def _heading_levels() -> tuple[tuple[str, str], ...]:
    return tuple((name_key(row["opening"]), row["level"]) for row in csv_rows("heading_levels.csv"))


def _level_of_the_heading(doc: Document, place: str, reg) -> str | None:
    """The level a heading that names no place tells of its body: "tỉnh" for a province's ("SỞ Y TẾ", "TỈNH ỦY", any
    heading with the word "tỉnh": "ỦY BAN NHÂN DÂN TỈNH", "BỆNH VIỆN ĐA KHOA TỈNH"), or where the text names the
    province of the date line ("trên địa bàn tỉnh Trà Vinh"); "xã" for a commune's kind of unit ("TRƯỜNG THCS …",
    "TRẠM Y TẾ"; heading_levels.csv); None where neither tells."""
    meta = doc.metadata
    headings = [name_key(heading) for heading in (meta.issuer.name, meta.issuer.parent) if heading]
    levels = {level for heading in headings for opening, level in _heading_levels()
              if heading == opening or heading.startswith(opening + " ")}
    province = name_key(reg.place(place).display)  # "tinh bac giang": with its unit word, not the date line's place
    if "tỉnh" in levels or any("tinh" in heading.split() for heading in headings) \
            or any(b.text and f" {province} " in f" {name_key(b.text)} " for b in doc.body()[:400]):
        return "tỉnh"
    return "xã" if "xã" in levels else None


def _commune_of_the_name(place: str, day: str, reg) -> tuple[str | None, str | None]:
    """A province merged away before the document's date, named by its place of issue ("Bắc Giang, ngày … tháng 10 năm
    2025", under a heading that names no place): the place printed is the commune or ward that bears the name since
    (phường Bắc Giang of tỉnh Bắc Ninh), when one alone does; never the province that no longer was. Else none, and why."""
    gone = reg.place(place)
    namesakes = [c for found in reg.communes.values() for c in found if name_key(c.name) == name_key(gone.name)] \
        if day >= reg.communes_since else []
    if len(namesakes) == 1:
        return namesakes[0].id, None
    which = f" and {len(namesakes)} communes bear its name" if namesakes else ""
    return None, f"{gone.display} ended on {gone.valid_until}, before the document's date {day}{which}"


def _issuing_district(meta, place: str | None, reg) -> str | None:
    """The district of districts.csv an issuer's heading names ("ỦY BAN NHÂN DÂN / HUYỆN BẮC QUANG"): the one of that
    name in the province found otherwise (or an old province merged into it), else the only one of that name."""
    for heading in (meta.issuer.name, meta.issuer.parent):
        if heading and (found := reg.district_body(name_key(heading))):
            provinces = reg.district_provinces({place})
            here = [d for d in found[1] if d.parent in provinces]
            return (here or found[1])[0].id if len(here) == 1 or (not here and len(found[1]) == 1) else None
    return None


def _issuing_commune(meta, place: str | None, reg) -> tuple[str | None, set[str]]:
    """The commune an issuer's heading names, for a plan issued since the communes exist: the one of that name, or of
    that name in the province found otherwise (an undated plan needs it). A commune of another province than the one
    the heading prints ("UBND TỈNH LÂM ĐỒNG" / "UBND XÃ PHÚ LÝ", the only Phú Lý being Đồng Nai's) is none: the page
    says where it is, and the registry lacks that commune: then the provinces printed, beside None."""
    for heading in _headings_naming_a_commune(meta):
        if found := reg.commune_body(name_key(heading)):
            if meta.issued_date and meta.issued_date < reg.communes_since:
                return None, set()  # an older commune of the same name
            here = [c for c in found[1] if c.parent == place]
            if len(here) == 1:
                return here[0].id, set()
            if not here and meta.issued_date and len(found[1]) == 1:
                printed = _printed_provinces(meta, reg)
                if not printed or found[1][0].parent in {reg.province_since_2025.get(p, p) for p in printed} | printed:
                    return found[1][0].id, set()
                return None, printed
            return None, set()
    return None, set()


def _namesakes_doubt(doc: Document, place: str | None, reg) -> str | None:
    """Why the place is left undecided when the issuer is a commune's body whose name communes of several provinces
    share ("ỦY BAN NHÂN DÂN" / "XÃ ĐÔNG HƯNG": An Giang's, Hưng Yên's), neither its heading nor its date line prints
    the province, and the text names more than one of those provinces without clearly favouring one: the one it names
    most is a guess where the next is named at least half as often ("Hưng Yên" once, "An Giang" twice); not where one
    is named three times and another once, in passing ("Quyết định … của UBND tỉnh An Giang", a recipient "UBND xã
    Đông Hưng, tỉnh An Giang"). None else."""
    meta = doc.metadata
    if not place or (meta.issued_date and meta.issued_date < reg.communes_since):
        return None
    headings = _headings_naming_a_commune(meta)
    heading, found = next(((heading, found) for heading in headings if (found := reg.commune_body(name_key(heading)))), (None, None))
    if found is None or len(provinces := {c.parent for c in found[1]}) < 2 or place not in provinces \
            or any(reg.place_named_in(line) == place for line in [*headings, meta.place or ""]):
        return None
    named = Counter(p for b in doc.body()[:400] if b.text and (p := reg.place_named_in(b.text)) in provinces)
    if len(named) < 2:
        return None
    (_, most), (_, next_most) = named.most_common(2)
    if 2 * next_most < most:
        return None
    shown = heading if heading in (meta.issuer.name, meta.issuer.parent) else meta.issuer.parent  # the organisation's line
    sharing, in_text = (" and ".join(sorted(reg.place(p).display for p in places)) for places in (provinces, named))
    return (f"'{shown}' is the name of communes of {sharing}; neither its heading nor its date line prints "
            f"the province, and its text names {in_text}, none clearly most")


def _headings_naming_a_commune(meta) -> list[str]:
    """The issuer's heading lines, and the committee of a Party organisation's line over it ("ĐẢNG BỘ XÃ DI LINH":
    "ĐẢNG ỦY XÃ DI LINH", a commune's body where the organisation is none)."""
    headings = [heading for heading in (meta.issuer.name, meta.issuer.parent) if heading]
    committee = _committee_of_organisation(meta.issuer.parent or "")
    return headings + ([" ".join(committee)] if committee else [])


def _printed_provinces(meta, reg) -> set[str]:
    """The provinces whose own heading the issuer's lines print: a line that is a province's body ("UBND TỈNH LÂM
    ĐỒNG", "TỈNH ỦY LÂM ĐỒNG", "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "CÔNG AN TỈNH LÂM ĐỒNG", "SỞ Y TẾ LÂM ĐỒNG") or prints the
    province with its unit word ("TỈNH LÂM ĐỒNG", "THÀNH PHỐ HÀ NỘI"). Never a sub-unit or a commune named after a
    province or a person ("CHI BỘ THÔN HÒA BÌNH", "TRƯỜNG THCS NGUYỄN HUỆ", "XÃ ĐỨC HUỆ": no Huế)."""
    printed = set()
    for heading in (meta.issuer.name, meta.issuer.parent):
        if not heading or not (p := reg.place_named_in(heading)) or reg.place(p).level != "tỉnh":
            continue
        # the whole line is the province with its unit word: a sub-unit's name holding it ("HỘI ĐỒNG HƯƠNG TỈNH NGHỆ
        # AN" under a ward) is no heading of that province
        own = name_key(reg.place(p).display) == name_key(heading) or any(
            words and (body := resolve(" ".join(words), p).agency_id) and body.split("/")[0] == p
            for words in (heading.split(), _committee_of_organisation(heading)))
        if own:
            printed.add(p)
    return printed


def _named_place(doc: Document, reg) -> str | None:
    meta = doc.metadata
    for heading in (meta.issuer.name, meta.issuer.parent):
        if heading and (place := reg.place_named_in(heading)):
            return place
    if _is_regional_branch(meta.issuer):
        return _regional_issuer_s_province(meta, reg)
    if meta.issuer.name and resolve(meta.issuer.name, "viet-nam").agency_id:
        return "viet-nam"
    if _under_a_central_body(meta.issuer):
        return "viet-nam"
    if any(heading and (_names_the_centre(heading) or _opens_as_central(heading)) for heading in (meta.issuer.name, meta.issuer.parent)):
        return "viet-nam"
    namesake = _issuing_communes_namesake(meta, reg)
    if meta.place and (place := reg.place_named_in(meta.place)) and place != namesake:
        return place
    named = Counter(p for b in doc.body()[:400] if b.text and (p := reg.place_named_in(b.text)) and p != namesake)
    return named.most_common(1)[0][0] if named else None


def _regional_issuer_s_province(meta, reg) -> str | None:
    """A regional branch whose heading names no place: one of a province's regional bodies ("TÒA ÁN NHÂN DÂN KHU VỰC
    2", the registry's body of the date line's province) is of that province; a branch covering several provinces
    ("KHO BẠC NHÀ NƯỚC KHU VỰC XV", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM") has none of its own, whatever its date line
    prints: its bare names ("các sở, ban, ngành", "Sở Tài chính") are none of that province's (unresolved, warned)."""
    place = reg.place_named_in(meta.place) if meta.place else None
    if place is None:
        return None
    names = [meta.issuer.name, f"{meta.issuer.parent} {meta.issuer.name}" if meta.issuer.parent else None]
    own = (resolve(name, place).agency_id for name in names if name)
    return place if any(agency_id and agency_id.startswith(f"{place}/") for agency_id in own) else None


def _is_regional_branch(issuer) -> bool:
    """A branch covering several provinces ("BỘ TÀI CHÍNH / KHO BẠC NHÀ NƯỚC KHU VỰC XV"): neither the centre of the
    ministry above it nor a place its text happens to name most."""
    return any(heading and _place_words("regional_words").search(name_key(heading)) for heading in (issuer.name, issuer.parent))


def _under_a_central_body(issuer) -> bool:
    """A unit the registry does not know, printed under a central body and no place ("BỘ CÔNG AN / CỤC CẢNH SÁT HÌNH
    SỰ", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / CỤC QUẢN LÝ ĐÊ ĐIỀU"): the centre's, not the city of its date line (a regional
    branch aside: ``_is_regional_branch``)."""
    return bool(issuer.parent and resolve(issuer.parent, "viet-nam").agency_id)


def _issuing_communes_namesake(meta, reg) -> str | None:
    """The province (or district) a commune issuer shares its name with ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH": tỉnh Hòa Bình).
    Its document prints the commune's name as the place ("Hòa Bình, ngày …") and in its text: those name the commune."""
    for heading in (meta.issuer.name, meta.issuer.parent):
        if heading and (named := _commune_named().search(name_key(heading))):
            return reg.place_named_in(named.group(1))
    return None


@cache
def _commune_named() -> re.Pattern:
    # "thi xa" (a town, not a commune) ends in "xa": a commune's word is not after "thi"
    return re.compile(rf"(?:^|(?<!\bthi) )(?:{'|'.join(sorted(commune_word_keys(), key=len, reverse=True))}) (.+)$")


def _issuing_body(issuer, place: str | None, communes: bool, day: str | None = None) -> AgencyMention:
    """The issuer in the registry; a unit named by its kind alone under its parent ("UBND TỈNH QUẢNG TRỊ" / "VĂN
    PHÒNG") is the body its kind and the parent's name make ("Văn phòng Ủy ban nhân dân tỉnh Quảng Trị"), when the
    registry names that body by name, alias or rule and its name starts with the kind (not "Sở Y tế" for "VĂN PHÒNG" /
    "SỞ Y TẾ"). A kind that ends with the parent's first word says it once ("VĂN PHÒNG BỘ" / "BỘ Y TẾ": "Văn phòng Bộ
    Y tế"). Under a Party organisation's line the parent is the committee that leads it ("ĐẢNG BỘ TỈNH LÂM ĐỒNG" /
    "ỦY BAN KIỂM TRA": "Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng"). A branch named after its parent ("NGÂN HÀNG NHÀ NƯỚC VIỆT
    NAM" / "CHI NHÁNH TỈNH GIA LAI": "Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai") is the body the parent's name and
    its own make, when the registry's name holds its words whole after the parent's."""
    mention = resolve(issuer.name, place, communes)
    if mention.match != "unresolved":
        return mention
    if not issuer.parent:
        return _central_organisation(issuer.name, place) or mention
    kind = issuer.name.split()
    for parent in (issuer.parent.split(), _committee_of_organisation(issuer.parent, day)):
        if not parent:
            continue
        overlap = len(kind) > 1 and fold(kind[-1]) == fold(parent[0])
        whole = resolve(" ".join([*kind[: -1 if overlap else None], *parent]), place, communes)
        if whole.match in ("exact", "alias", "rule") and fold(whole.canonical_name or "").startswith(fold(issuer.name)):
            return whole.model_copy(update={"name": issuer.name})
    parent = issuer.parent.split()
    branch = resolve(f"{issuer.parent} {issuer.name}", place, communes)
    canonical = fold(branch.canonical_name or "")
    if (branch.match in ("exact", "alias", "rule") and canonical.startswith(fold(parent[0]))
            and canonical.endswith(" " + fold(issuer.name))):
        return branch.model_copy(update={"name": issuer.name})
    return _central_organisation(issuer.name, place) or mention


def _committee_of_organisation(line: str, day: str | None = None) -> list[str]:
    """The words of the committee that leads the Party organisation a header line names ("ĐẢNG BỘ TỈNH LÂM ĐỒNG" ->
    "TỈNH ỦY lam dong", "ĐẢNG BỘ XÃ DI LINH" -> "ĐẢNG ỦY xa di linh": party_boards.json organisation_committees, on the
    line's key, its abbreviations spelt out: "ĐẢNG BỘ TP. HỒ CHÍ MINH" as "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"; a province
    named alone, "ĐẢNG BỘ TPHCM", as with its unit word); [] for any other line, and for a city's organisation whose
    name was a lower-level city on the document's date or, undated, ever ("ĐẢNG BỘ THÀNH PHỐ HUẾ": Thừa Thiên Huế's city
    until 2024, its city committee's boards none of the Thành ủy's)."""
    words = key_of(line).split()
    reg = registry()
    for start, committee in _organisation_committees():
        if words[: len(start)] == start and len(words) > len(start):
            rest = " ".join(words[len(start) :])
            if committee == ["ĐẢNG", "ỦY"] and (named := reg._places_in(rest)) and len(named) == 1 \
                    and named[0][1:] == (0, len(rest)) and reg.place(p := reg._place_ids[named[0][0]]).level == "tỉnh" \
                    and (unit := key_of(reg.place(p).display)) != rest:
                return _committee_of_organisation(f"ĐẢNG BỘ {unit}", day)  # "ĐẢNG BỘ TPHCM"
            if committee == ["THÀNH", "ỦY"] and any(
                    not day or day <= (city.valid_until or day) for city in reg.districts.get(("thành phố", rest), ())):
                return []
            return [*committee, *words[len(start) :]]
    return []


@cache
def _organisation_committees() -> tuple[tuple[list[str], list[str]], ...]:
    found = json_data("party_boards.json")["organisation_committees"].items()
    return tuple(sorted(((key_of(start).split(), committee.split()) for start, committee in found), key=lambda pair: -len(pair[0])))


def _central_body_under_a_lower_code(mention: AgencyMention | None, symbol: str | None) -> AgencyMention | None:
    """The issuer unresolved when it resolved to a Party's or the Youth Union's central body (party_boards.json
    central_bodies) and the number's code names a committee below the centre ("150-KH/TU", "150-KH/TĐTN": a
    province's): a province's body is never taken for the central one. None when they agree or the code says nothing."""
    from .metadata import organisation_of_symbol  # metadata imports this module's words

    if mention is None or not mention.canonical_name or len(re.split(r"[/-]", symbol or "")) < 2 or organisation_of_symbol(symbol):
        return None
    central = {fold(name) for names in json_data("party_boards.json")["central_bodies"].values() for name in names}
    if fold(mention.canonical_name) not in central:
        return None
    return AgencyMention(name=mention.name, reason=f"'{mention.canonical_name}' is a central body; the number's code "
                                                  f"'{symbol}' is a committee's below the centre")


# The registry's kinds of a mass organisation, whose central committee and its boards are one body of the registry
_MASS_ORGANISATION_KINDS = ("tổ chức chính trị – xã hội", "tổ chức xã hội")


def _central_organisation(name: str, place: str | None) -> AgencyMention | None:
    """A mass organisation's central committee named by a standing organ before the organisation's national name or
    "TRUNG ƯƠNG" after it ("BAN THƯỜNG VỤ HỘI NÔNG DÂN VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM TRUNG ƯƠNG"): the registry's
    central body of the organisation, which its boards act for; None for any other body (a province's association
    keeps its own name)."""
    words, folded = name.split(), fold(name)
    board = next((b for b in board_lines() if folded.startswith(b + " ")), None)
    core = words[len(board.split()):] if board else words[:-2] if folded.endswith(" trung uong") else None
    if not core:
        return None
    found = resolve(" ".join(core), place)
    agency = registry().agency(found.agency_id) if found.agency_id and found.match in ("exact", "alias") else None
    if agency is None or agency.level != "Trung ương" or agency.kind not in _MASS_ORGANISATION_KINDS:
        return None
    return found.model_copy(update={"name": name})


def _branch_by_its_signature(doc: Document, mention: AgencyMention, place: str | None) -> AgencyMention:
    """A mass organisation's branch whose header names neither its place nor its level ("BAN THƯỜNG VỤ" / "HỘI NÔNG
    DÂN": a site lost the place's line): the province's, a district's or a commune's alike, and the date line's place
    is where it was signed, not whose branch it is. The place its signature names ("TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN
    TỈNH NGHỆ AN", the post under it) decides; with none, the branch stays unresolved with its reason."""
    same_body = mention.agency_id and mention.agency_id.split("/")[-1]  # "hoi-nong-dan" of any place
    issuer, reg = doc.metadata.issuer, registry()
    agency = reg.agency(mention.agency_id) if mention.agency_id else None
    headings = [heading for heading in (issuer.name, issuer.parent) if heading]
    if (agency is None or agency.kind not in _MASS_ORGANISATION_KINDS or agency.level == "Trung ương" or issuer.joint
            or any(reg.place_named_in(heading) or unit_word().search(heading) for heading in headings)):
        return mention
    if signed := next((body for body in _bodies_of_signature(doc, place) if body.agency_id.split("/")[-1] == same_body), None):
        return signed.model_copy(update={"name": issuer.name})
    return AgencyMention(name=issuer.name, reason=f"the header names no place of '{issuer.name}', a branch at any level, "
                                                  "nor does its signature; the date line's place is where it was signed")


def _bodies_of_signature(doc: Document, place: str | None) -> list[AgencyMention]:
    """The bodies a document's signature names with their place or level, resolved: its TM. line's ("TM. BAN THƯỜNG
    VỤ HỘI NÔNG DÂN TỈNH NGHỆ AN") and the post's under it ("CHỦ TỊCH HỘI NÔNG DÂN HUYỆN CHƯ SÊ"), those of a name
    the registry knows; none of a line that names no place ("TM. BAN THƯỜNG VỤ")."""
    blocks = doc.body()
    lines = [line for at, b in enumerate(blocks) if b.text and authority_of(b.text) == "TM."
             for line in (without_tm(b.text), _without_post(blocks[at + 1].text or "") if at + 1 < len(blocks) else None)]
    found = [resolve(line, place) for line in lines if line and (unit_word().search(line) or registry().place_named_in(line))]
    return [body for body in found if body.match in ("exact", "alias", "rule")]


def _without_post(line: str) -> str:
    """A signature's post line without the post, in capitals as printed: the body after it ("CHỦ TỊCH HỘI NÔNG DÂN
    HUYỆN CHƯ SÊ" -> "HỘI NÔNG DÂN HUYỆN CHƯ SÊ"); "" for a line that opens with no post."""
    post = positions_pattern().match(fold(line))
    return " ".join(line.split()[len(post.group().split()) :]) if post else ""


def agencies(doc: Document) -> Document:
    """Resolve every agency mention (issuer, addressees, recipients, tasks, indicators, assignments) in the document's jurisdiction;
    a name that does not resolve is kept, with its reason, and reported once as a warning."""
    meta = doc.metadata
    if meta is None:
        return doc
    place, doubt = _place_and_doubt(doc)
    # a plan issued before the communes of communes.csv existed names former communes: none of their bodies
    communes = not meta.issued_date or meta.issued_date >= registry().communes_since

    issuer = meta.issuer.model_copy(update={"agency": _branch_by_its_signature(doc, _issuing_body(meta.issuer, place, communes, meta.issued_date), place)
                                            if meta.issuer.name else None})
    if (lower := _central_body_under_a_lower_code(issuer.agency, meta.symbol)) is not None:
        issuer = issuer.model_copy(update={"agency": lower})
    off_seat = _place_off_the_seat(meta.place, issuer.agency)
    party = _is_party_committees(issuer.agency, place)

    # a joint plan of two ministries ("BỘ NỘI VỤ - BỘ TÀI CHÍNH"): "Văn phòng Bộ" names neither for sure
    ministry = None if issuer.joint else issuer.agency

    def each(mentions: list[AgencyMention], context: str = "") -> list[AgencyMention]:
        context = context or "; ".join(m.name for m in mentions)
        return [_the_issuing_ministry_s_unit(_in_the_issuer_s_region(resolved, issuer.agency), ministry, context)
                for resolved in resolve_names([m.name for m in mentions], place, communes, party)]

    cited = [c.model_copy(update={"issuer_agency": _cited_issuer(c.issuer, place) if c.issuer else None})
             for c in meta.cited_documents]
    # each line's bodies a list of its own (a bare body word ending one is read against that line's other bodies)
    lines = [split_agencies(_bodies_of(line)) for line in meta.recipients if is_recipient_body(line)]
    shared = iter(_shared_tails([name for names in lines for name in names], place))
    recipients = [each(as_mentions([next(shared) for _ in names])) for names in lines]
    # an addressee that names several bodies without a separator ("Sở Nội vụ và Sở Tài chính") is one per body
    addressees = [a if a.person else a.model_copy(update={"name": m.name, "agency": m})
                  for a in meta.addressees for m in ([None] if a.person else each(as_mentions([a.name])))]
    metadata = meta.model_copy(update={"issuer": issuer, "addressees": addressees,
                                       "recipient_agencies": [m for line in recipients for m in line],
                                       "cited_documents": cited, "jurisdiction": place})
    tasks = [t.model_copy(update={role: each(getattr(t, role)) for role in TASK_AGENCY_ROLES}) for t in doc.tasks]
    indicators = [i.model_copy(update={"lead": each(i.lead)}) for i in doc.indicators]
    assignments = _once_per_body([a.model_copy(update={"agency": mention, "id": a.id if k == 0 else f"{a.id}_{k + 1}"})
                                  for a in doc.assignments
                                  for k, mention in enumerate(each([a.agency], a.duty))])
    resolved = doc.model_copy(update={"metadata": metadata, "tasks": tasks, "indicators": indicators,
                                      "assignments": assignments})
    undecided = [Issue(code="jurisdiction_undecided", where={"item": "metadata.jurisdiction"},
                       message=f"jurisdiction left null: {doubt}")] if doubt else []
    seat = [Issue(code="place_not_issuers_seat", where={"item": "metadata.place"},
                  message=f"'{meta.place}' is not where '{issuer.name}' is seated: a site's place, not the document's?")] if off_seat else []
    return resolved.with_warnings([*undecided, *seat, *_unresolved_warnings(resolved), *_out_of_time_warnings(resolved)])


def resolve_names(names: list[str], place: str | None, communes: bool, party: bool) -> list[AgencyMention]:
    """The bodies of one list of names (a cell's role, the recipients), each resolved with its remark, and a bare body
    word ending a name where the list proves its level (``_with_bare_ends``)."""
    found = [m for name in names for m in _with_remark(name, place, communes, party)]
    return _collectives_at_the_printed_level(_with_bare_ends(found, place, communes, party), place, communes, party)


def _collectives_at_the_printed_level(found: list[AgencyMention], place: str | None, communes: bool,
                                      party: bool) -> list[AgencyMention]:
    """A commune's plan naming "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội" (or "…, các tổ chức …"):
    the level the list prints ("tỉnh") covers its collective too, so a collective of the commune's (a "*xã" row) that
    prints no unit word of its own ("… xã", "… xã Di Linh") is read at the level of the list's bodies above the
    commune (the province's collective), where they are of one place; of several such places, unresolved. Only where
    nothing in the list names another level does a bare collective in a commune's plan stay the commune's."""
    if not place or "." not in place:
        return found
    reg = registry()

    def agency(mention: AgencyMention):
        return reg.agency(mention.agency_id) if mention.agency_id and mention.match in ("exact", "alias", "rule") else None

    above = {a.jurisdiction for m in found if (a := agency(m)) and place.startswith(a.jurisdiction + ".")}
    if not above:
        return found
    read: list[AgencyMention] = []
    for mention in found:
        a = agency(mention)
        if a and a.collective and a.jurisdiction == place and a.level == "xã" \
                and not _ends_with_a_unit(_TRAILING.sub("", mention.name)):
            other = resolve(mention.name, next(iter(above)), communes, party) if len(above) == 1 else None
            mention = other if other is not None and agency(other) else AgencyMention(
                name=mention.name, reason="not in the registry: a collective of the commune's, in a list that names "
                "another level's bodies")
        read.append(mention)
    return read


@cache
def _bare_list_end() -> re.Pattern[str]:
    """A comma, then a body's name of one body word that ends the name (cell_words.json bare_list_ends)."""
    return re.compile(rf",\s*(?P<bare>(?i:{longest_first(json_data('cell_words.json')['bare_list_ends']['words'])}))\s*$")


def _with_bare_ends(found: list[AgencyMention], place: str | None, communes: bool, party: bool) -> list[AgencyMention]:
    """"Sở Y tế, Bảo hiểm xã hội tỉnh, Công an": the splitter leaves a bare body word ending a list glued to the name
    before it, since alone it may be a shared kind word's last item, a board's or a post's second body, or a unit's
    parent. An unresolved name so ended is the body before the comma and the word's body, where the list proves the
    word's level: the name before resolves, and it and every other body of the list are bodies of the place and level
    the word names there (all the province's own: the province's police; a commune's offices: the commune's). Else the
    name stays whole, unresolved as printed."""
    if not any(m.agency_id is None and _bare_list_end().search(_TRAILING.sub("", m.name)) for m in found):
        return found
    reg = registry()
    known = ("exact", "alias", "rule")

    def level(mention: AgencyMention) -> tuple[str, str] | None:
        agency = reg.agency(mention.agency_id) if mention.agency_id and mention.match in known else None
        return (agency.jurisdiction, agency.level) if agency else None

    read: list[AgencyMention] = []
    for at, mention in enumerate(found):
        name = _TRAILING.sub("", mention.name)
        end = _bare_list_end().search(name) if mention.agency_id is None else None
        if end:
            before = [m for part in split_agencies(name[: end.start()]) for m in _with_remark(part, place, communes, party)]
            bare = resolve(end.group("bare"), place, communes, party)
            others = [*before, *(m for k, m in enumerate(found) if k != at)]
            if before and level(bare) and all(level(m) == level(bare) for m in others):
                read += [*before, bare]
                continue
        read.append(mention)
    return read


@per_document  # a table's rows name the same few bodies over and over: each worked out once a document
def _with_remark(name: str, place: str | None, communes: bool, party: bool) -> list[AgencyMention]:
    """``resolve_all``, with the remark in brackets the name ends with kept apart (``remark_of``), the last body's; the
    name stays as printed. The body resolves as the whole does: names are compared without their brackets. Bodies
    joined after a bracket ("Viện kiểm sát nhân dân (khu vực 4) và Tòa án nhân dân (khu vực 2)") are read one by one."""
    name = name.rstrip(" ,;")  # "… (nay là Sở Tài chính),": the bracket still ends the name
    if (apposition := _APPOSITION.search(name)) and (found := _with_remark(name[: apposition.start()], place, communes, party)):
        # "Sở Y tế - đơn vị đầu mối": the body before the dash, the role its remark; the name as printed
        return [*found[:-1], found[-1].model_copy(update={"name": name, "remark": apposition.group(1)})]
    if len(parts := _cut_after_brackets(name)) > 1:
        return [m for part in parts for m in _with_remark(part, place, communes, party)]
    found = resolve_all(name, place, communes, party)
    if found and found[-1].agency_id and (region := _region_in_brackets_midway(name, found[-1], place, communes, party)):
        return [*found[:-1], region]
    if found and found[-1].agency_id and _names_itself_former(name, found[-1].agency_id, place, communes, party) \
            and _in_force_today(found[-1].agency_id):
        # "UBND xã Bát Xát (cũ)": the former unit, not today's body of that name; unresolved (warned), never today's
        found = [*found[:-1], AgencyMention(name=found[-1].name, reason=f"'{name}' names a former body; "
                                            f"'{found[-1].canonical_name}' is today's of that name")]
    if found and (region := _in_the_bracket_s_region(name, found[-1], place, communes, party)
                  or _successor_in_brackets(name, place, communes, party)):
        return [*found[:-1], region]
    remark = remark_of(name)
    return found if remark is None else [*found[:-1], found[-1].model_copy(update={"remark": remark})]


_AFTER_A_BRACKET = re.compile(rf"(?<=\))\s*(?:,|;|\bvà\b)\s*(?=(?!{_KIND_WORD}){BODY_START})")


def _cut_after_brackets(name: str) -> list[str]:
    """The bodies of a name joined right after a bracket closes ("Sở Thông tin và Truyền thông (nay là Sở Khoa học và
    Công nghệ) và Sở Tài chính"): cut there only, never inside a bracket; [name] when none."""
    if ")" not in name:
        return [name]
    return [part for part in _AFTER_A_BRACKET.split(name) if part.strip()]


def _names_itself_former(name: str, agency_id: str, place: str | None, communes: bool, party: bool) -> bool:
    """Whether a former mark ends the name (``named_as_former``: "UBND xã Bát Xát (cũ)") and is its own, not that of a
    body the bracket names as the named one's predecessor (agency_successions.csv: "Sở Tài chính (Sở Kế hoạch và Đầu tư
    cũ)": today's Sở Tài chính, its predecessor noted); "Sở Nội vụ (Sở Nội vụ cũ)", "Sở Y tế (Trạm Y tế cũ)": former."""
    if not named_as_former().search(name):
        return False
    bracket = _TRAILING_REMARK.search(name)
    if bracket is None or not _BODY_INSIDE.search(bracket.group(1)):
        return True
    before = resolve(named_as_former().sub("", f"({bracket.group(1)})").strip(" ()"), place, communes, party)
    return not (before.agency_id and before.agency_id != agency_id
                and registry().successor_of.get(before.agency_id) == agency_id)


_BODY_INSIDE = re.compile(rf"(?<!\w)(?!{_KIND_WORD}){BODY_START}")


@cache
def _successor_mark() -> re.Pattern:
    """places.json successor_marks' words opening a folded bracket, a colon or spaces after them ("nay là: …")."""
    words = sorted((fold(word) for word in json_data("places.json")["successor_marks"]["words"]), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?:\s*:\s*|\s+)")


def _successor_in_brackets(name: str, place: str | None, communes: bool, party: bool) -> AgencyMention | None:
    """A body named with the body it became in brackets ("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)", places.json
    successor_marks): the work is the successor's, that body where the bracket names one by name, alias or rule (the
    bracket kept as the remark); else unresolved, never the former body. A unit after the mark ("UBND huyện Lạc Dương
    (nay là xã Lạc Dương)"): that unit's body of the named kind. None: no such bracket, or a role after the mark, no
    body ("Sở Tài chính (nay là đơn vị đầu mối)": the named body, the bracket its remark)."""
    bracket = _TRAILING_REMARK.search(name)
    inner = " ".join(bracket.group(1).split()) if bracket else ""
    mark = _successor_mark().match(fold(inner))
    if mark is None:
        return None
    rest = inner[mark.end():].strip(" :,")
    if _unit_at_the_end().match(rest) and not _BODY_INSIDE.match(rest):
        unit = _unit_at_the_end().search(name[: bracket.start()].strip())
        rest = f"{name[: bracket.start()][: unit.start()].strip()} {rest}" if unit and unit.start() else ""
    elif not _BODY_INSIDE.match(rest):
        return None
    now = resolve(rest, place, communes, party) if rest else AgencyMention(name=name)
    if now.match in ("exact", "alias", "rule"):
        return now.model_copy(update={"name": name, "remark": inner})
    return AgencyMention(name=name, reason=f"not in the registry: '{name}' names the body it became, which is not known")


_BRACKET_MIDWAY = re.compile(r"\(([^()]+)\)(?=\s*\S)")


def _region_in_brackets_midway(name: str, body: AgencyMention, place: str | None, communes: bool,
                               party: bool) -> AgencyMention | None:
    """A region or a branch in brackets inside the name, not at its end ("Tòa án nhân dân (khu vực 2) tỉnh Lâm Đồng"):
    the name read with the bracket's words where that is another body, else unresolved; never the bare name's body."""
    bracket = _BRACKET_MIDWAY.search(name)
    if bracket is None or not _place_words("branch_in_brackets").search(name_key(bracket.group(1))):
        return None
    whole = resolve(" ".join(f"{name[: bracket.start()]} {bracket.group(1)} {name[bracket.end():]}".split()),
                    place, communes, party)
    if whole.match in ("exact", "alias", "rule") and whole.agency_id != body.agency_id:
        return whole.model_copy(update={"name": name})
    return AgencyMention(name=name, reason=f"not in the registry: '({bracket.group(1)})' names a region's or a "
                                           f"branch's body, not {body.canonical_name}")


def _in_the_bracket_s_region(name: str, body: AgencyMention, place: str | None, communes: bool,
                             party: bool) -> AgencyMention | None:
    """A region in brackets after a body that has regional bodies ("Kho bạc Nhà nước (khu vực XV)", "Tòa án nhân dân
    (khu vực 2)", "Thuế (cơ sở 3)"): the region's body, the name read with the bracket's words ("Kho bạc Nhà nước khu
    vực XV"), or the bracket alone where it repeats the name ("(Kho bạc Nhà nước khu vực XV)"); a region or a branch
    (places.json branch_in_brackets) such a body, or a central one, has not: unresolved, never the province's or the
    nation's body the name alone is. None: no region in the brackets, or a province's body with no regional ones ("Sở
    Xây dựng (khu vực 2)": a remark on the task's area; "Sở Khoa học và Công nghệ (cơ sở 2)": its premises)."""
    bracket = _TRAILING_REMARK.search(name)
    if bracket is None or not body.agency_id:
        return None
    reg = registry()
    bare, inside = name[: bracket.start()], " ".join(bracket.group(1).split())
    key = name_key(bare)
    # the whole name where it opens a regional body's name ("quan" of "Chi cục Hải quan (khu vực II)" is no "quận"),
    # else the name before its place words
    core = key if any(r.startswith(f"{key} ") for r in reg.regional_bodies) else reg.split_place(key)[0]
    branch = _place_words("branch_in_brackets").search(name_key(inside))
    agency = reg.agency(body.agency_id)
    # a central body, or one a regional body's name holds ("Cục Hải quan" in "Chi cục Hải quan khu vực"): its branch's
    has_branches = (agency is not None and agency.jurisdiction == "viet-nam") or any(
        f" {core} " in f" {region} " for region in reg.regional_bodies)
    if not any(region.startswith(f"{core} ") for region in reg.regional_bodies):
        if not (branch and has_branches):
            return None
    elif reg.regional_body(name_key(f"{core} {inside}")) is not None or name_key(inside).startswith(f"{core} "):
        read = f"{bare} {inside}" if not name_key(inside).startswith(f"{core} ") else inside
        whole = resolve(read, place, communes, party)
        if whole.match in ("exact", "alias", "rule") and whole.agency_id != body.agency_id:
            return whole.model_copy(update={"name": name})
    elif not _place_words("regional_words").match(name_key(inside)) and not branch:
        return None
    return AgencyMention(name=name, reason=f"not in the registry: '({inside})' names a region's body, not "
                                           f"{body.canonical_name}")


def _in_force_today(agency_id: str) -> bool:
    """A body the registry holds with no last day: one that still exists."""
    agency = registry().agency(agency_id)
    return agency is not None and not agency.valid_until


def _place_off_the_seat(place: str | None, issuer: AgencyMention | None) -> bool:
    """A central body's date line printing another place than its seat (places.json ``centre_seat``): a province's
    legal portal puts its own province there ("Lai Châu, ngày …" over a Bộ Nội vụ circular)."""
    if not place or issuer is None or not issuer.agency_id:
        return False
    agency = registry().agency(issuer.agency_id)
    kinds = json_data("places.json")["centre_seat"]["kinds"]
    return (agency is not None and agency.jurisdiction == "viet-nam" and agency.kind in kinds
            and not _place_words("centre_seat").search(name_key(place)))


def _is_party_committees(issuer: AgencyMention | None, place: str | None) -> bool:
    """Whether the document is issued by a Party body of its own place ("TỈNH ỦY", "BAN THƯỜNG VỤ TỈNH ỦY")."""
    agency = registry().agency(issuer.agency_id) if issuer and issuer.agency_id else None
    return bool(agency and agency.kind == "cơ quan Đảng" and agency.jurisdiction == place)


def _once_per_body(assignments: list[Assignment]) -> list[Assignment]:
    """"các Sở, các cơ quan tương đương Sở" are one collective: one assignment per duty, body and role."""
    seen: set[tuple] = set()
    kept = []
    for a in assignments:
        key = (a.section, a.duty, a.role, a.agency.agency_id or fold(a.agency.name))
        if key not in seen:
            seen.add(key)
            kept.append(a)
    return kept


def all_mentions(doc: Document):
    """(where, role, mention) for every agency mention of a processed document."""
    meta = doc.metadata
    if meta and meta.issuer.agency:
        yield "issuer", "issuer", meta.issuer.agency
    for addressee in meta.addressees if meta else []:
        if addressee.agency:
            yield "addressees", "addressee", addressee.agency
    for mention in meta.recipient_agencies if meta else []:
        yield "recipients", "recipient", mention
    for cited in meta.cited_documents if meta else []:
        if cited.issuer_agency:
            yield f"citation of {cited.number or cited.text}", "cited issuer", cited.issuer_agency
    for task in doc.tasks:
        for role in TASK_AGENCY_ROLES:
            for mention in getattr(task, role):
                yield task.id, role, mention
    for indicator in doc.indicators:
        for mention in indicator.lead:
            yield indicator.id, "lead", mention
    for assignment in doc.assignments:
        yield assignment.id, assignment.role, assignment.agency


@lru_cache(maxsize=1)
def _not_bodies() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in json_data("recipients.json")["not_bodies"])


def _bodies_of(recipient: str) -> str:
    """The bodies a recipient line names: a kind's list whole ("Các Bộ: Xây dựng, Tài chính" names two ministries),
    otherwise the words before a colon ("VPCP: BTCN, các PCN" lists the office's own units)."""
    return recipient if _KIND_LIST.match(recipient.strip()) else recipient.split(":")[0]


def _shared_tails(names: list[str], place: str | None) -> list[str]:
    """Bodies that share the words after the last of them ("HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương"
    names the councils of the provinces too): a name that resolves to nothing takes the next name's tail when with it
    it names a body the registry knows and the next name resolves as well."""
    shared = list(names)
    for i in range(len(shared) - 2, -1, -1):
        name, words = shared[i], shared[i + 1].split()
        if len(name.split()) > 4 or resolve(name, place).match != "unresolved" or not _known(shared[i + 1], place):
            continue
        for start in range(1, len(words)):
            if _known(joined := f"{name} {' '.join(words[start:])}", place):
                shared[i] = joined
                break
    return shared


def _known(name: str, place: str | None) -> bool:
    return resolve(name, place).match in ("exact", "alias", "rule")


def is_recipient_body(line: str) -> bool:
    """False for "Lưu: VT, NC", "Như trên", "Chủ tịch, các PCT UBND TP": recipients that are not bodies; and for a
    head named by a position ("Chánh án TANDTC (để b/c)", "Giám đốc, các Phó Giám đốc") unless the registry knows the
    name as a body ("Thủ tướng Chính phủ")."""
    if any(p.search(line) for p in _not_bodies()):
        return False
    return not _position_first().match(line) or _known(line, None)


def _dated_mentions(doc: Document):
    """(where, mention, day, issuing) for every resolved mention: the day it is named on (the document's date, or a
    cited document's own date for its issuer), and whether it issued a document that day."""
    meta = doc.metadata
    for where, role, mention in all_mentions(doc):
        if mention.agency_id and role != "cited issuer":
            yield where, mention, meta.issued_date, role == "issuer"
    for cited in meta.cited_documents:
        if cited.issuer_agency and cited.issuer_agency.agency_id:
            yield f"citation of {cited.number or cited.text}", cited.issuer_agency, cited.issued_date, True


def _out_of_time_warnings(doc: Document) -> list[Issue]:
    """A body named on a day it did not exist: a merged province's committee issuing in August 2025, a department of
    2025 issuing in 2024, a duty given in October 2025 to a Sở merged in March. The name still names that body, so it
    stays resolved; the date or the wording is what to check. A body named before it began may be one the plan prepares
    for (the regional courts of 1 July 2025 in a plan of June), so only an issuer is held to its first day; a body
    named as former ("… (cũ)") is not held to its last. Once per body, with its successor when one is known."""
    reg = registry()
    warned: set[str] = set()
    issues = []
    for where, mention, day, issuing in _dated_mentions(doc):
        agency = reg.agency(mention.agency_id) if day and mention.agency_id not in warned else None
        if agency is None:
            continue
        if agency.valid_until and agency.valid_until < day and not named_as_former().search(mention.name):
            span = f"ended on {agency.valid_until}, before {day}"
        elif issuing and agency.valid_from and agency.valid_from > day:
            span = f"began on {agency.valid_from}, after {day}"
        else:
            continue
        warned.add(agency.id)
        successor = reg.agency(reg.successor_of.get(agency.id) or _renamed_body(agency, reg) or "")
        after = f"; its successor is {successor.canonical_name}" if successor else ""
        issues.append(Issue(code="agency_not_in_force", where={"item": where},
                            message=f"{mention.name!r} ({agency.canonical_name}) {span}{after}"))
    return issues


def _renamed_body(agency, reg) -> str | None:
    """The same body of the place a province was renamed into: "thua-thien-hue/so-noi-vu" -> "hue/so-noi-vu"."""
    new = reg.renamed_provinces.get(agency.jurisdiction)
    return f"{new}/{agency.id.partition('/')[2]}" if new else None


def _unresolved_warnings(doc: Document) -> list[Issue]:
    first: dict[str, tuple[str, AgencyMention]] = {}
    for where, _, mention in all_mentions(doc):
        if mention.match == "unresolved":
            first.setdefault(fold(mention.name), (where, mention))
    return [Issue(code="unresolved_agency", message=f"agency not resolved: {m.name!r} ({m.reason})", where={"item": where})
            for where, m in first.values()]
