"""A letter's addressees: the "Kính gửi:" list under the title, before the content (Nghị định 30/2020/NĐ-CP Phụ lục I).

Read by the metadata stage from the body's blocks (tables too: a DOCX or a web page puts the label in one cell and the
list in the cell beside it); writes ``metadata.addressees`` with the names as printed, persons marked; the agencies
stage resolves the bodies. The forms: one line ("Kính gửi: Sở Tài chính."), several names on it (commas,
semicolons), a "- …;" list on the lines below a bare label, "Đồng kính gửi:", the label glued or without its colon.
The label counts only before the content starts (a numbered part, "Căn cứ …", "Thực hiện …", a sentence): a letter
quoted inside the content is not the document's. The list ends where the content starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Addressee, Block, Issue
from ..resources import json_data, listed_pattern
from ..text import has_letters
from .agencies import BODY_START, is_recipient_body, split_agencies
from .parts import HEADER_LINE, RECIPIENTS, doc_type_of_heading
from .registry import name_key, registry

_MAX_BLOCKS = 60  # the label stands near the top: under the header and the title
_MAX_LINES = 40  # the lines of one list
_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s|^[a-zđ]\)\s|^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]")
_BULLET = re.compile(r"^[-+•–—*]\s*")
_CELL_SEPARATOR = re.compile(r"\s*\|\s*")  # a table copied from a site as text: "Kính gửi: | - Sở A; |"
# the label run onto a công văn's subject ("V/v … Kính gửi: Sở Y tế.", "V/v … Kính gửi các Bộ.", "V/v …" / "… năm 2027
# Kính gửi: Sở Y tế."): with its colon, or in its capital after the subject's full stop; never the subject's own words
# ("V/v đính chính nơi kính gửi tại Công văn số …"). The subject's second line (small letters or a number) only right
# under the subject: a numbered line of the letter quoting a label ("1. Đề nghị ghi rõ Kính gửi: …") is none.
_GLUED_LABEL = r"(?:Đồng\s+k|K)ính\s*gửi\s*:.*|(?<=\.\s)(?-i:(?:Đồng\s+k|K)ính\s*gửi)\b.*"
_LABEL_AFTER_SUBJECT = re.compile(rf"^V\s*/\s*v\b.*?\s(?P<label>{_GLUED_LABEL})$", re.IGNORECASE)
_LABEL_AFTER_WRAP = re.compile(r"^(?-i:[a-zđ\d]).*?\s(?P<wrapped>(?-i:(?:Đồng\s+k|K)ính\s*gửi)\s*:.*)$", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"^V\s*/\s*v\b", re.IGNORECASE)
_DATE_LINE = re.compile(r",\s*ngày\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:]\s*$")
# "Đồng kính gửi:" after the addressees on the label's line: "Kính gửi: Bộ Y tế. Đồng kính gửi: Bộ Tài chính."
_COPY_LABEL = re.compile(r"\s+(?=Đồng\s*kính\s*gửi\b)", re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    label: re.Pattern[str]
    persons: tuple[re.Pattern[str], ...]
    details: re.Pattern[str]
    name_starts: re.Pattern[str]
    sentence: re.Pattern[str]
    body_start: re.Pattern[str]
    max_words: int


@cache
def _patterns() -> _Patterns:
    data = json_data("addressees.json")
    return _Patterns(
        label=re.compile(data["label"], re.IGNORECASE),
        persons=tuple(re.compile(p) for p in data["persons"]),
        details=listed_pattern("addressees.json", "details", re.IGNORECASE),
        name_starts=listed_pattern("addressees.json", "name_starts"),
        sentence=listed_pattern("addressees.json", "sentence_words", re.IGNORECASE),
        body_start=listed_pattern("sections.json", "body_start"),
        max_words=data["max_words"])


def is_person(name: str) -> bool:
    """A person or a position ("Đồng chí Chủ tịch UBND tỉnh", "Ông Nguyễn Văn A", "Giám đốc Sở Y tế"), not a body."""
    return not is_recipient_body(name) or any(p.search(name) for p in _patterns().persons)


def names_a_person(text: str) -> bool:
    """Words that start with a person's title or a position ("Ông Nguyễn Văn A", "Trưởng ban"; addressees.json persons)."""
    return any(p.search(text) for p in _patterns().persons)


def is_addressee_label(line: str) -> bool:
    """A line that opens the addressees ("Kính gửi: …", a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện: …"): no title goes on
    into it."""
    return _patterns().label.match(line) is not None


def _starts_content(text: str) -> bool:
    """A paragraph that opens the content: a numbered part, an opening of the body ("Căn cứ", "Thực hiện"), the
    recipients, or a sentence (a title, long as it may be, does not end as one)."""
    patterns = _patterns()
    return bool(_NUMBERED.match(text) or patterns.body_start.match(text) or RECIPIENTS.match(text)
                or text.endswith((".", ":")) and _is_sentence(text))


def _is_sentence(text: str) -> bool:
    patterns = _patterns()
    return len(text.split()) > patterns.max_words or bool(patterns.sentence.search(text))


def _ends_list(text: str) -> bool:
    """A line under the label that is no addressee: the content, or a heading."""
    return _starts_content(text) or text.endswith(":") or _is_sentence(text) or bool(doc_type_of_heading(text))


def _opens_name(text: str) -> bool:
    """A line that starts an addressee: a body's name, a person's, a position's, or a name_starts word."""
    patterns = _patterns()
    return bool(re.match(BODY_START, text) or patterns.name_starts.match(text) or not is_recipient_body(text)
                or any(p.match(text) for p in patterns.persons))


def _lines(block: Block) -> list[str]:
    """The block's lines, a table's cells each a line of its own."""
    return [piece for line in (block.text or "").split("\n") for piece in _CELL_SEPARATOR.split(line.strip()) if piece]


def read_addressees(blocks: list[Block]) -> tuple[list[Addressee], list[Issue]]:
    """The addressees of the document whose body is ``blocks``; a label with no name after it gives none and a warning."""
    label = _patterns().label
    in_subject, previous = False, ""  # the lines since a "V/v" subject's, up to the date line or the letter's content
    for i, block in enumerate(blocks[:_MAX_BLOCKS]):
        lines = _lines(block)
        for k, line in enumerate(lines):
            glued = _LABEL_AFTER_SUBJECT.match(line) or in_subject and not _NUMBERED.match(line) and _LABEL_AFTER_WRAP.match(line)
            # a subject's line wrapped before words a body opens with ("… khoản 2" / "Điều 5 Nghị định …"), no content
            wrapped = (in_subject and not _SENTENCE_END.search(previous) and not line.endswith((":", "."))
                       and len(line.split()) <= _patterns().max_words)
            in_subject = bool(_SUBJECT_LINE.match(line)) or in_subject and not _starts_content(line) and not _DATE_LINE.search(line)
            previous = line
            if glued:
                line = glued.group(glued.lastgroup)
            # "V/v đính chính nơi nhận và" / "kính gửi tại Công văn …": the subject's words, no label
            if (match := label.match(line)) and not (wrapped and not glued and line[:1].islower() and ":" not in line):
                rest = [(block, piece, True) for piece in _COPY_LABEL.split(match.group("rest")) if piece]
                below = [(block, text, False) for text in lines[k + 1 :]]
                below += [(b, text, False) for b in blocks[i + 1 : i + _MAX_LINES] for text in _lines(b)]
                addressees = _read_list((rest + below)[:_MAX_LINES])
                if addressees:
                    return addressees, []
                return [], [Issue(code="addressees_unread", message=f"'{line[:80]}' is followed by no name",
                                  where=block.where())]
            if _starts_content(line) and not HEADER_LINE.search(line) and not wrapped:
                # the content has started: a "Kính gửi" further down is a quoted letter's (a header's line is none: a
                # "V/v" subject long enough to read as a sentence, "V/v: Báo cáo, đề xuất về … trong khu vực hạn chế.")
                return [], []
    return [], []


def _read_list(lines: list[tuple[Block, str, bool]]) -> list[Addressee]:
    """The addressees of the lines after the label (``True`` for the label's own line and a "Đồng kính gửi:" line's
    rest). In a list with dashes, a line without one goes on with an item that has not ended and is passed over
    otherwise: in a scan it is the other column (the motto, the date) or a received stamp. A line in brackets goes on
    with a name that has not ended ("Công ty TNHH Sao Biển" / "(Việt Nam)"); an address or a tax code is passed over."""
    patterns = _patterns()
    read: list[tuple[Block, str, bool, bool]] = []  # block, text, dashed, on a label's line
    for at, (block, line, labelled) in enumerate(lines):
        if match := patterns.label.match(line):
            line, labelled = match.group("rest"), True
        text = _BULLET.sub("", line).strip()
        if not text or patterns.details.match(text):
            continue  # an addressee's address or tax code ("(Đ/c: …, MST: …)") names no other
        if labelled and len(parts := _SEMICOLONS.split(text)) > 1 and not any(map(_ends_list, parts)):
            # the label's line lists its addressees parted by semicolons ("THỦ TƯỚNG CHÍNH PHỦ điện: Bộ trưởng các Bộ,
            # …; Chủ tịch Ủy ban nhân dân các tỉnh, …."; "Kính gửi: Đồng chí …, Phó Chủ tịch UBND tỉnh; Đồng chí …"):
            # each part a name, long as a sentence or short (a person's item is kept whole by _names, ";" and all)
            read.extend((block, part, False, True) for part in parts)
            continue
        # a line in small letters under one ended by no ";" or "." goes on with that name ("- Ban Quản lý dự án đầu tư
        # xây dựng" / "các công trình giao thông tỉnh."): never content on its own
        goes_on = bool(read) and text[:1].islower() and not _ENDED.search(read[-1][1])
        if _ends_list(text) or read and (_END_OF_TEXT.search(text) or not goes_on and (
                _a_sentence_of_content(line, text) or _a_sentence_of_content(line, _wrapped(text, lines[at + 1:])))):
            # a line closing with the end mark of a document's text ("./.") under a name already read is a short
            # letter's one paragraph, no second addressee (a one-line list may carry the mark: "Kính gửi: Sở Nội vụ./.")
            break
        read.append((block, text, bool(_BULLET.match(line)), labelled))
    list_dashed = any(dashed for _, _, dashed, _ in read)
    items: list[tuple[Block, str]] = []
    previous, previous_labelled = "", False
    for block, text, dashed, labelled in read:
        ended = bool(_ENDED.search(previous))
        if previous_labelled and not (dashed or labelled or list_dashed or ended or _opens_name(text)):
            items[-1] = (items[-1][0], f"{previous} {text}")  # the label's name wrapped: "… Thương mại" / "Thành Nam"
            previous = items[-1][1]
            continue
        if previous.endswith(".") and not (dashed or labelled or list_dashed):
            break  # a one-line list has ended: a line under it is the content
        if dashed or labelled or not list_dashed and (not previous or ended):
            items.append((block, text))
        elif previous and not ended and (list_dashed or previous.endswith(",") or text[0].islower() or text[0] == "("):
            items[-1] = (items[-1][0], f"{previous} {text}")  # a name wrapped onto the next line
        elif list_dashed:
            continue
        else:
            items.append((block, text))  # a list without dashes or punctuation: a name a line
        previous, previous_labelled = (items[-1][1] if items else ""), labelled
    return [Addressee(name=name, person=person, where=block.where())
            for block, item in items for name, person in _names(item)]


def _a_sentence_of_content(line: str, text: str) -> bool:
    """A line under a name already read that is the letter's content: no list item ("- …"), a full stop at its end,
    long as a sentence, a body its subject and a finite verb the word right after that body's name (addressees.json
    content_predicates: "UBND tỉnh giao Sở Y tế …", "Sở Nội vụ khẩn trương tổng hợp …"), where an addressee is a name
    ("Ủy ban nhân dân các xã.", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh.", "Hội đồng thẩm định dự án
    đầu tư tỉnh.": a kind word and its own words prove nothing)."""
    if _BULLET.match(line) or not text.endswith(".") or len(text.split()) < _predicates()[0]:
        return False
    _, places, after_a_place, after_a_name, posts = _predicates()
    words = text.split()
    for k in range(1, len(words) - 1):
        subject, rest = " ".join(words[:k]), " ".join(words[k:]).lower()
        if subject.endswith(",") or not re.match(BODY_START, posts.sub("", subject)) and not names_a_person(subject):
            continue
        if subject.lower().endswith(places) and after_a_place.match(rest):
            return True  # "Ủy ban nhân dân tỉnh giao …", "Chủ tịch UBND tỉnh đồng ý …"
        if (after_a_place.match(rest) or after_a_name.match(rest)) and _known_name_ends(words, k):
            return True  # "Sở Nội vụ khẩn trương …": the registry's name, ended there
    return False


def _wrapped(text: str, below: list[tuple[Block, str, bool]]) -> str:
    """``text`` with the lines that go on with it (a small letter first, the line above ended by no ";" or "."): a
    sentence printed over two lines ("Ủy ban nhân dân tỉnh giao Sở Y tế rà soát … được" / "cấp thẻ bảo hiểm y tế …")."""
    for _, line, _ in below[:_MAX_WRAPPED]:
        if _ENDED.search(text) or not line[:1].islower():
            break
        text = f"{text} {line.strip()}"
    return text


_MAX_WRAPPED = 2


def _known_name_ends(words: list[str], k: int) -> bool:
    """Whether the first ``k`` words make a name the registry knows whole that no more of the words go on with."""
    known, base = registry().knows_whole, name_key(" ".join(words[:k]))
    # a longer key the registry knows ("Trung tâm Dịch vụ tổng hợp xã"), not the same key (name_key drops role words)
    return known(base) and not any((key := name_key(" ".join(words[:n]))) != base and known(key)
                                   for n in range(k + 1, min(len(words), k + 12) + 1))


@cache
def _predicates() -> tuple[int, tuple[str, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = json_data("addressees.json")["content_predicates"]
    whole = lambda words: re.compile(rf"^(?:{'|'.join(words)})(?!\w)")  # noqa: E731
    return (data["min_words"], tuple(f" {place}" for place in data["places"]),
            whole(data["after_a_place"]), whole(data["after_a_name"]),
            re.compile(rf"^(?:{'|'.join(map(re.escape, data['posts']))})\s+"))


_END_OF_TEXT = re.compile(r"\./\.\s*$")
_SEMICOLONS = re.compile(r"\s*;\s*(?=\S)")
_ENDED = re.compile(r"[;.][\s,;.]*$")  # an item's end, and what a scan reads after it ("Bộ; ,")
# a form's blank: "(Tên cơ quan)", "<Đầu mối thẩm định>", dots ("……", "........")
_PLACEHOLDER = re.compile(r"^[(<\[].*[)>\]]$|[.…_]{3,}")


def _names(item: str) -> list[tuple[str, bool]]:
    """(name, person) of each addressee an item names: a person's item whole, a body's split at its commas and
    semicolons where they part bodies ("Sở Tài chính, Sở Nội vụ"; not "Các sở, ban, ngành")."""
    item = re.sub(r"[\s;,./]+$", "", item).strip()  # the closing ";", ".", "./."
    if not has_letters(item, 2) or _PLACEHOLDER.search(item):
        return []
    if is_person(item):
        return [(item, True)]
    return [(name, is_person(name)) for name in split_agencies(item)]
