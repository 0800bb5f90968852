"""Line structure lost: text copied from a document-sharing site or a viewer where the whole document is one line, a few
very long lines, or lines cut at a fixed width in the middle of words ("UBND TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND X, ngày 3 tháng 2 năm 2026 KẾ HOẠCH Triển khai … I. MỤC ĐÍCH …").

Every later step reads a document line by line, so the clean stage rebuilds the lines first: the text is joined back
into one stream and broken before the cues the project already knows (the motto, "Số:", the place and date, the type
heading, the body's openings of sections.json, section numbers, "Nơi nhận", the signing authority's prefixes and the
positions of authority_prefixes.csv and positions.csv). A cheap test on the first lines decides whether to: the header's
parts running on into each other on the same lines, which a document with its lines never shows.

Where the title's end cannot be found, the title is left on no line of its own and a warning ``title_end_unknown``
tells the metadata stage to give no title rather than one running into the body.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import Iterator

from ..model import Block, Issue, Layer
from ..resources import authority_spellings, csv_rows, json_data, names_a_place
from ..text import CAPITAL_LETTERS, SMALL_LETTERS, fold, longest_first, strip_marks

# Readers whose lines are the text's own (a PDF's or a scan's lines come from the page's geometry).
OWN_LINE_READERS = frozenset({"txt", "html", "docx"})
_FIRST_LINES = 30  # the test reads only the header's lines
_MIN_RUN_ONS = 3
_MAX_TITLE = 400  # characters: a title running on past this found no end
_CLOSING_TAIL = 400  # characters: where a closing without "Nơi nhận" or a prefix is looked for
# A wrap after a symbol's hyphen or slash ("12/KH-" / "UBND"): the symbol goes on without a space.
_SYMBOL_GOES_ON = re.compile(r"[A-ZĐ\d][-/]$")
_FULL_LINE = 0.75  # of the width lines were wrapped at: such a line goes on with the next
_CAPITALS_ONLY = re.compile(r"[A-Z\s]*")
# The recipients' column and the signature's flattened row by row: "Nơi nhận: TL. CHỦ TỊCH - Các sở, ngành; KT. …".
_ITEM_AFTER_CAPITALS = re.compile(r"(?<=[A-Z]{2}\s)-\s+(?=[A-Z][a-z])")

# The cues, on the text without marks (strip_marks keeps every character's place, so offsets are the text's own).
# A PDF's text copy can lose the space inside the motto ("CỘNG HÒA XÃHỘI CHỦ NGHĨA VIỆT NAM"). The Party's and the
# Youth Union's names stand for a motto in capitals only: a title or a ground names them in small letters ("… công tác
# lưu trữ của Đoàn TNCS Hồ Chí Minh"), and the header read on to them lost the type heading after it.
_MOTTO = re.compile(r"CONG\s*HOA\s+XA\s*HOI\s+CHU\s+NGHIA\s+VIET\s+NAM|Doc\s+lap\s*[-–]\s*Tu\s+do\s*[-–]\s*Hanh\s+phuc|"
                    r"(?-i:DANG\s+CONG\s+SAN\s+VIET\s+NAM|(?<!TRUNG UONG )DOAN\s+(?:TNCS|THANH\s+NIEN\s+CONG\s+SAN)\s+HO\s+CHI\s+MINH)",
                    re.IGNORECASE)
_HEADER_SPAN = 900  # characters from the start where the header's cues are looked for
# A rule or stars under the issuer or the motto ("***", "*", "-------").
# A forum's copy glues the stars to the words on each side ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 412 …"): three of them
# stand apart anyway.
_SEPARATOR = re.compile(r"(?<=\s)(?:\*{1,3}|[-_=]{3,})(?=\s)|(?<=\w)\*{3}(?=\w)")
# The test's signs, on the text as it is (taking the marks off every line would cost more than the test): each with a
# word a line must hold before its pattern is tried.
_RUN_ONS = (
    ("motto", "CỘNG", re.compile(r"\S\s+CỘNG\s*H[OÒ][AÀ]\s+XÃ\s*HỘI")),
    ("motto", "Độc lập", re.compile(r"\S\s+Độc\s+lập\s*[-–]\s*Tự\s+do")),
    ("after_motto", "phúc", re.compile(r"Hạnh\s+phúc\s+[^\W_]")),
    ("motto", "ĐẢNG", re.compile(r"\S\s+ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")),
    # the Youth Union's name after a number's symbol ("Số: 12-KH/TĐTN-VP ĐOÀN TNCS …"); not after an organ ("BCH ĐOÀN …")
    ("motto", "ĐOÀN", re.compile(r"(?:\d|[/-][A-ZĐ]{1,8})\s+ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH")),
    # the Party's or the Youth Union's name, in the motto's place, run on into the place and date ("… VIỆT NAM Nghệ An,
    # ngày …"): a title naming the Party is followed by no date
    ("after_motto", "ngày", re.compile(r"(?:CỘNG\s+SẢN\s+VIỆT\s+NAM|HỒ\s+CHÍ\s+MINH)\s+[A-ZĐ][^\W\d_][^,;:\n]{0,40},\s*ngày\s")),
    # "***Số: 412": stars glued to it; "Số: 298 KH/TWĐTN-VP": a Party's or a union's number with a space for its hyphen
    ("number", "Số", re.compile(r"(?:\S\s+|\*)Số\s*:?\s*(?:[\d.…_]+\s*[/-]|\d+\s+[A-ZĐ][A-Za-zĐđ]{0,3}/[A-ZĐ])")),
    ("date", "ngày", re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s+[^\W\d_]{2,}")),
)
# "Số: 12/KH-UBND", "Số 12-KH/TU", a blank number "Số: …/KH-UBND": the number and its symbol, one token.
# "Sở" (a department, "Sở Xây dựng" in a header printed in sentence case) is "So" without marks too: its "ơ" tells it
_HORNED_O = frozenset("ơớờởỡợ")
_NUMBER = re.compile(r"(?<![^\W_])So\s*[:.]?\s*(?:[\d.…_]+\s*)?[/-]?\s*[A-Z\d][\w\-/.&()]*(?<![.,;])")
# ", ngày 3 tháng 2 năm 2026", ", ngày … tháng … năm 2026", and the numeric form "Hà Nội, 03-02-2026".
_DATE = re.compile(r",\s*(?:ngay\s*(?:\d|[.…_])[^,;]{0,40}?nam\s*(?:\d{4}|[.…_]+)|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})", re.IGNORECASE)
_PLACE_WORD = re.compile(r"[A-Z][^\s,\d/:;()]*$")
_CAPS_WORD = re.compile(r"[^\W\d_]+")
# Section numbers: "II. ", "2. ", "2.1. ", "a) ", "Điều 3.", "Chương II"; a dash or a plus after a clause's end.
_NUMBERED = re.compile(r"(?<=\s)(?:[IVXL]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?(?<=\.)|[a-zđ]\))\s+(?=\w)|"
                       r"(?<=\s)(?:Điều \d+\.|Chương [IVXL\d]+\b|Mục \d+\.)|(?<=[.;:,]\s)[-+•]\s")
# A number that is a reference, not a section: "khoản 2. ", "điểm a) ", "năm 2025. "
_REFERENCE_BEFORE = re.compile(r"(?:khoản|điểm|Điều|điều|Mục|mục|số|Số|tại|năm|ngày|tháng|Quý|quý)\s$")
# A section heading in capitals run into its first sentence: "III. TỔ CHỨC THỰC HIỆN Các sở, ngành …".
_HEADING_THEN_SENTENCE = re.compile(r"(?<=\s)[IVXL]{1,5}\.\s+(?:[A-Z][A-Z,]*\s+)*[A-Z][A-Z,]*(?=\s+[A-Z][a-z])")
# A decision's or a resolution's enacting word after its recitals: "… của Giám đốc Công an tỉnh. QUYẾT ĐỊNH: Điều 1. …"
_ENACTING = re.compile(r"(?<=[.;:]\s)(?:QUYET DINH|NGHI QUYET|CHI THI)\s*:")
# A letter's addressees listed with dashes, the last ending with a full stop, the letter's first sentence run on after it:
# "Kính gửi: - Ủy ban nhân dân tỉnh …; - Bộ Giáo dục và Đào tạo. Vừa qua, …" (the line ends after the list).
_DASHED_ADDRESSEES = re.compile(rf"Kính\s*gửi\s*:?(?:\s*[-+•]\s[^.;:]{{2,150}}[;,])*\s*[-+•]\s[^.;:]{{2,150}}\.(?=\s+[{CAPITAL_LETTERS}])")
_NO_LETTERS = re.compile(r"[^\sA-Za-z]+\s+")
# A collective issuing authority's line that names no body's kind first ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN …").
_AUTHORITY_WORDS = re.compile(r"THUONG TRUC|BAN THUONG VU|BAN CHAP HANH")
# Where a signer's name starts: a capital followed by small letters ("Nguyễn Văn An" after "PHÓ CHỦ TỊCH").
_TITLE_WORD = re.compile(r"(?<=\s)(?=[A-Z][a-z])")  # on the text without marks


@cache
def _type_heading() -> re.Pattern[str]:
    """A type name in capitals ("KE HOACH", on the text without marks): doc_types.csv; a copy that lost the break after
    it glues the title's first word on, a capital then small letters ("QUYET DINHVe viec …")."""
    names = [strip_marks(row["name"]).upper() for row in csv_rows("doc_types.csv") if row["name"]]
    return re.compile(rf"(?<![^\s])(?:{longest_first(set(names))})(?=\s|:|$|[A-Z][a-z])")


@cache
def _heading_run_on() -> re.Pattern[str]:
    """The type heading between the date and the title on one line: "… năm 2026 KẾ HOẠCH Triển khai" (doc_types.csv)."""
    names = [row["name"].upper() for row in csv_rows("doc_types.csv") if row["name"]]
    # or glued to the title's first word, a capital then small letters ("… năm 2014 QUYẾT ĐỊNHVề việc …")
    return re.compile(rf"\d\s+(?:{longest_first(set(names))})(?:\s+\S|[A-ZĐ](?=[{SMALL_LETTERS}]))")


def _inside_a_line(patterns: list[str]) -> re.Pattern[str]:
    """Line patterns of the data files (each "^…" or "^…$") found inside a line: after a space or at the start."""
    bare = [p.removeprefix("^").removesuffix("$") for p in patterns]
    return re.compile("|".join(f"(?<![^\\s])(?:{p})" for p in bare))


@cache
def _body_starts() -> re.Pattern[str]:
    """Where a body opens after the title (sections.json body_start) and where the closing opens (closing_start)."""
    data = json_data("sections.json")
    return _inside_a_line([*data["body_start"], *data["closing_start"], *data["closing_last_sentences"]])


@cache
def _paragraph_cues() -> re.Pattern[str]:
    """Cues that open a paragraph wherever they stand: a letter's addressee, the recipients, the signing authority's
    prefixes (authority_prefixes.csv, as printed: "TM.", "T/M") and the marks standing for a signature."""
    data = json_data("sections.json")
    prefixes = longest_first(set(authority_spellings()))
    closing = [p[1:] for p in data["closing_start"] if p.startswith("^Nơi")]
    return re.compile(rf"(?<=\s)(?:Kính\s*gửi\b|V\s*/\s*v\b|Căn cứ\b|{'|'.join(closing)}|(?:{prefixes})\s*(?=[{CAPITAL_LETTERS}]))|"
                      + _signed().pattern)


@cache
def _positions() -> re.Pattern[str]:
    """A signer's position in capitals (positions.csv), on the text without marks."""
    names = [strip_marks(row["position"]).upper() for row in csv_rows("positions.csv") if row.get("position")]
    return re.compile(rf"(?<![^\s])(?:{longest_first(set(names))})(?=\s|$)")


@cache
def _glued_positions() -> re.Pattern[str]:
    """A position of two words or more glued to the word in capitals before it, on the text without marks
    ("DOANBI THU THUONG TRUC"), then the line's end or a space."""
    names = [strip_marks(row["position"]).upper() for row in csv_rows("positions.csv") if len(row.get("position", "").split()) > 1]
    return re.compile(rf"(?<=[A-Z]{{2}})(?:{longest_first(set(names))})(?=\s|$)")


# A collective board named after its members' position ("BAN BÍ THƯ"): after a signing prefix it is the body signed for.
_BOARD_AFTER_PREFIX = re.compile(r"BAN\s+")


@cache
def _issuer_start() -> re.Pattern[str]:
    """Where an issuer's name starts (boilerplate.json document_start, but the motto's and the type headings')."""
    return _inside_a_line([p for p in json_data("boilerplate.json")["document_start"]
                           if not p.startswith(("^CỘNG", "^(?:KẾ HOẠCH"))])


# ---------------------------------------------------------------------------------------------------
# The test


def _candidates(blocks: list[Block]) -> Iterator[Block]:
    return (b for b in blocks if _candidate(b))


def _candidate(block: Block) -> bool:
    """A line of the body's text out of a table, of a reader that keeps the source's lines."""
    return block.table is None and block.layer is Layer.BODY and bool(block.text) and block.prov.reader in OWN_LINE_READERS


def lost(blocks: list[Block]) -> bool:
    """The header's parts run on into each other within its first lines: the motto after other words on its line, the
    motto followed on its line by more words, the number after other words, a finished date followed by words, the type
    heading between a date and the title. A document with its lines shows at most two of these (a flattened header table
    puts the motto beside the issuer, the date beside the number). Lines cut or wrapped at one width are read as the
    text they were cut from: a full line goes on with the next."""
    lines = [b for b in islice(_candidates(blocks), _FIRST_LINES) if "|" not in b.orig and "\t" not in b.orig]  # table rows
    kinds = set()
    logical = _logical_lines(lines)
    for kind, word, pattern in _RUN_ONS:
        if any(word in line and pattern.search(line) for line in logical):
            kinds.add(kind)
    if len(kinds) == _MIN_RUN_ONS - 1 and any(_heading_run_on().search(line) for line in logical):
        kinds.add("heading")  # the costliest sign, looked for only when it decides
    return len(kinds) >= _MIN_RUN_ONS and bool(kinds & {"after_motto", "number", "date", "heading"})


def _logical_lines(lines: list[Block]) -> list[str]:
    width = _wrap_width(lines)
    if width is None:
        return [b.text for b in lines]
    cut = _cut_at_fixed_width(lines)
    joined: list[str] = []
    going_on = False
    for prev, block in zip([None, *lines], lines):
        if going_on:
            joined[-1] += _joint(prev, block, cut) + block.text
        else:
            joined.append(block.text)
        going_on = len(block.text) >= _FULL_LINE * width
    return joined


# ---------------------------------------------------------------------------------------------------
# The stream of text and where it breaks


def _cut_at_fixed_width(blocks: list[Block]) -> bool:
    """Lines cut every N characters whatever stands there (a viewer's fixed width): every line but the last exactly as
    long (a wrap at words leaves some lines shorter)."""
    lengths = {len(b.orig) for b in blocks[:-1]}
    return len(blocks) >= 4 and len(lengths) == 1 and min(lengths) >= 40


def _wrap_width(blocks: list[Block]) -> int | None:
    """The width lines were broken at (a viewer's or an editor's), when nearly every line but the last is nearly as
    long as the longest, as in a text that has no paragraph of its own left; else None."""
    lengths = [len(b.text) for b in blocks[:-1]]
    if len(lengths) < 3:
        return None
    top = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    full = sum(1 for n in lengths if _FULL_LINE * top <= n <= 1.05 * top)
    return top if top >= 40 and full >= 0.85 * len(lengths) else None


def _joint(prev: Block, block: Block, cut: bool) -> str:
    """What stood between two lines: nothing where a fixed width cut a word, else a space."""
    if cut:
        return " " if prev.orig[-1:].isspace() or block.orig[:1].isspace() else ""
    return "" if _SYMBOL_GOES_ON.search(prev.text) and block.text[:1].isupper() else " "


def stream(blocks: list[Block]) -> tuple[str, list[int], list[int]]:
    """(text, each block's offset in it, offsets where the source's own line breaks stand). Lines cut at a fixed width
    join without a space unless a space stood at the cut; lines wrapped at a width join with one; other lines are
    paragraphs and their breaks are kept."""
    cut = _cut_at_fixed_width(blocks)
    wrapped = cut or _wrap_width(blocks) is not None
    parts: list[str] = []
    starts: list[int] = []
    kept: list[int] = []
    at = 0
    for i, block in enumerate(blocks):
        if i:
            prev = blocks[i - 1]
            joint = _joint(prev, block, cut)
            parts.append(joint)
            at += len(joint)
            if not wrapped:
                kept.append(at)
        starts.append(at)
        parts.append(block.text)
        at += len(block.text)
    return "".join(parts), starts, kept


def _header_breaks(text: str, plain: str) -> tuple[list[int], int, int | None]:
    """Breaks in the header: before the issuer and between its bodies, around the motto, the separators, the number and
    the place and date (in whatever order a layout put them: a Party document prints its number before the motto),
    before and after the type heading. Returns (breaks, where the title starts, where the heading ends or None)."""
    number = next((m for m in _NUMBER.finditer(plain, 0, _HEADER_SPAN) if text[m.start() + 1] not in _HORNED_O), None)
    mottos = list(_MOTTO.finditer(plain, 0, _HEADER_SPAN))
    cues = [m for m in (*mottos, number) if m]
    cues.sort(key=lambda m: m.start())
    # the date follows the number or the motto (not a date the issuer's name or a site's menu holds)
    date = _DATE.search(plain, cues[0].end(), _HEADER_SPAN) if cues else None
    # a symbol glued to the motto ("412 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH") ends where the motto starts
    breaks = [edge for m in cues for edge in (m.start(), m.end()) if not any(o.start() < edge < o.end() for o in mottos)]
    if date:
        floor = max((m.end() for m in cues if m.end() <= date.start()), default=0)
        breaks += [_place_start(plain, date.start(), floor), date.end()]
        cues.append(date)
    if not cues:
        return [], 0, None
    first = cues[0].start()
    run_start = _caps_run_start(plain, first)
    bodies = list(_issuer_start().finditer(text, run_start, first))
    breaks.append(bodies[0].start() if bodies else run_start)
    breaks += _bodies_apart(text, plain, bodies, first)
    header_end = max(m.end() for m in cues)
    breaks += [edge for m in _SEPARATOR.finditer(plain, 0, header_end) for edge in (m.start(), m.end())]
    heading = _type_heading().search(plain, header_end)
    if heading is None or heading.start() - header_end > 300:
        return breaks, header_end, None
    if heading.start() > header_end:  # a công văn's subject ("V/v …") stands between its number and its date
        breaks.append(heading.start())
    breaks.append(heading.end())
    return breaks, heading.end(), heading.end()


def _bodies_apart(text: str, plain: str, bodies: list[re.Match[str]], end: int) -> list[int]:
    """Breaks between the bodies of an issuer run into one line ("UBND TỈNH X SỞ NỘI VỤ", "BỘ CÔNG AN CÔNG AN TỈNH X"),
    as metadata.split_bodies splits lines: not after a bare kind ("VĂN PHÒNG CHÍNH PHỦ", "BCH HỘI LHPN …"), not before
    a kind with no name after it ("UBND XÃ TÂN HỘI"), not after a place's level with one word of its name ("XÃ TÂN"),
    not between joint issuers ("SỞ A - SỞ B"), not inside a name ("BỘ QUỐC PHÒNG": a body's name has two words)."""
    from .metadata import _AGENCY_KINDS

    breaks, previous = [], bodies[0].start() if bodies else 0
    for i in range(1, len(bodies)):
        if _a_field_s_word_ends_at(plain, bodies[i].start()):
            continue  # "… VÀ MÔI TRƯỜNG": the kind is the field's word of the name before, no body of its own
        if _organ_over(plain, bodies, i - 1):
            continue  # "ĐẢNG ỦY SỞ Y TẾ": an organ's kind right before a body's is that body's organ (unit_organs.csv)
        last = i  # kinds side by side name one body: its name follows the last of them
        while last + 1 < len(bodies) and not plain[bodies[last].end() : bodies[last + 1].start()].strip():
            last += 1
        since = plain[previous : bodies[i].start()].strip().upper()
        name_after = plain[bodies[last].end() : bodies[last + 1].start() if last + 1 < len(bodies) else end].strip()
        place = _levels_as_printed(text, plain, previous, bodies[i].start())
        kind = _AGENCY_KINDS.match(since)
        named = len(since[kind.end() if kind else 0 :].split()) >= 2  # "BỘ QUỐC" / "PHÒNG …" is no body: a name has two words
        # an organ right over its body opens a line after any body named ("CÔNG AN TỈNH" / "ĐẢNG ỦY CÔNG AN TỈNH"), also
        # one named by its kind and level alone ("TỈNH ĐOÀN" / "CHI ĐOÀN SỞ NỘI VỤ"), but over its place's name, which
        # may open with a kind's word ("HUYỆN ỦY VỤ BẢN", "THÀNH ỦY HỘI AN" are one body)
        after = plain[bodies[i].start() : bodies[last + 1].start() if last + 1 < len(bodies) else end]
        whole = since in json_data("sections.json")["kinds_named_whole"] and not names_a_place(" ".join(_CAPS_WORD.findall(after)))
        organ_over = _organ_over(plain, bodies, i) and bool(kind) and bool(since[kind.end() :].strip())
        if since.endswith(("-", "–")):
            previous = bodies[i].start()  # a joint issuer's next body, on the same line: its own name starts here
        elif name_after and (named or organ_over or whole) \
                and (not place or len(plain[previous + place[-1].end() : bodies[i].start()].split()) >= 2 or organ_over or whole):
            breaks.append(bodies[i].start())
            previous = bodies[i].start()
    return breaks


def _levels_as_printed(text: str, plain: str, start: int, end: int) -> list[re.Match[str]]:
    """The place levels between ``start`` and ``end`` that the text prints as levels: a place's name that reads as one
    without its marks is none ("HÀ TĨNH", "TĨNH" is no "TỈNH"); a text typed without marks keeps them all."""
    levels = _PLACE_LEVEL.finditer(plain[start:end].upper())
    return [m for m in levels if text[start + m.start() : start + m.end()].upper() in (m.group(), *_MARKED_LEVELS)]


def _organ_over(plain: str, bodies: list[re.Match[str]], i: int) -> bool:
    """Whether body kind ``i`` is an organ of unit_organs.csv right over the next kind, the body it is the organ of
    ("ĐẢNG ỦY SỞ Y TẾ", "CÔNG ĐOÀN BỆNH VIỆN …"): one body, which opens a line even after a place's level alone
    ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY SỞ Y TẾ")."""
    from .metadata import _UNIT_ORGAN

    return i + 1 < len(bodies) and not plain[bodies[i].end() : bodies[i + 1].start()].strip() \
        and bool(_UNIT_ORGAN.fullmatch(plain[bodies[i].start() : bodies[i + 1].start()].strip().upper()))


def _a_field_s_word_ends_at(plain: str, start: int) -> bool:
    """Whether the word before ``start`` and the kind's word at it spell a field's word (sections.json
    kind_words_of_a_field: "MÔI TRƯỜNG", "THỊ TRƯỜNG", "DỊCH VỤ")."""
    before, after = plain[:start].split()[-1:], plain[start:].split()[:1]
    return bool(before and after) and f"{before[0]} {after[0]}".upper() in _kind_words_of_a_field()


@cache
def _kind_words_of_a_field() -> frozenset[str]:
    return frozenset(json_data("sections.json")["kind_words_of_a_field"])


# The level of a place in a body's name: a place's name after it has two words or more ("XÃ TÂN HỘI", not "XÃ TÂN").
_PLACE_LEVEL = re.compile(r"\b(?:TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN)\b")
_MARKED_LEVELS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN")


def _caps_run_start(plain: str, end: int) -> int:
    """Start of the words in capitals that end at ``end`` (the issuer's name before the motto, a menu's words before it)."""
    start = end
    for word in reversed(list(re.finditer(r"\S+", plain[:end]))):
        letters = _CAPS_WORD.findall(word.group())
        if letters and not "".join(letters).isupper():
            break
        start = word.start()
    return start


def _place_start(plain: str, comma: int, floor: int) -> int:
    """Start of the place before ", ngày": at most five capitalised words ("Thành phố Hồ Chí Minh" has a small "phố")."""
    start = comma
    words = list(re.finditer(r"\S+", plain[floor:comma]))
    for k, word in enumerate(reversed(words)):
        ward_number = k == 0 and word.group().isdigit() and len(word.group()) <= 2  # "Bảo Lộc 1, ngày …"
        acronym = len(word.group()) > 1 and word.group().isupper() and not word.group().endswith(".")  # "… thuế TNDN"
        if k >= 6 or acronym or not (ward_number or _PLACE_WORD.match(word.group()) or word.group() in ("pho", "thi", "xa", "tran", "khu")):
            break
        start = floor + word.start()
    return start


def _title_end(text: str, plain: str, start: int) -> int | None:
    """Where the title that starts at ``start`` ends: at the body's opening, a section number or the closing; a title in
    capitals also ends at the issuing authority's line ("… NĂM 2026 ỦY BAN NHÂN DÂN TỈNH X Căn cứ …")."""
    first_word = re.compile(r"\s*\S+").match(text, start)
    after = first_word.end() if first_word else start  # the title's own first word is no end ("Thực hiện Nghị quyết …")
    ends = [m.start() for m in (_body_starts().search(text, after), _paragraph_cues().search(text, after),
                                _numbered(text, after)) if m is not None]
    end = min(ends, default=None)
    if end is None or end - start > _MAX_TITLE or text[:end].rstrip().endswith((":", ";")):
        return None  # no end, or a sentence ran on after the title ("… năm 2025 Văn phòng … trân trọng kính mời:")
    run = _caps_run_start(plain, len(plain[:end].rstrip()))
    while (word := _NO_LETTERS.match(plain, run, end)) is not None:
        run = word.end()  # a year closing the title ("… năm 2026") is the title's, not the authority's
    if run < end and len(plain[run:end].split()) >= 2:  # words in capitals close the title: the authority's line?
        if run > start + 1 and (_positions().search(plain, run, end) or _issuer_start().search(text, run, end)
                                or _AUTHORITY_WORDS.match(plain, run)):
            return run  # after a title in small letters: "… của Hội đồng nhân dân tỉnh THƯỜNG TRỰC HỘI ĐỒNG …"
        def authority(matches):
            return [m.start() for m in matches if m.start() > start + 1 and not re.search(
                r"(?:CUA|VA|VOI|CHO|TAI|THUOC|VE|TRONG|GIUA|GIAO)\s$", plain[max(start, m.start() - 8) : m.start()])]
        # a position opens the authority's line before any body's kind: a title's words may open as one does
        # ("… PHÒNG CHỐNG SUY DINH DƯỠNG BỘ TRƯỞNG BỘ Y TẾ": "PHÒNG" is no division there)
        found = authority(_positions_past_levels(plain, run, end))
        if not found and (bodies := authority(_overlapping(_issuer_start(), text, run, end))):
            # a body alone: the one whose name runs whole to the end, past a kind's word inside the title ("… BAN HÀNH
            # QUY CHẾ … ỦY BAN NHÂN DÂN TỈNH X"), its kind's first word maybe the last of a kind ending the title's
            # object ("… CHO ỦY BAN NHÂN DÂN CÁC HUYỆN ỦY BAN NHÂN DÂN TỈNH X": "HUYỆN ỦY" is a kind too), or the issuer
            # the header printed, which the authority's line repeats (a place the registry no longer knows); else the first
            header = _words(text[:start])
            found = [next((at for at in sorted(bodies)
                           if _names_a_body(text[at:end]) or f" {_words(text[at:end])} " in f" {header} "), min(bodies))]
        if found:
            return min(found)
    return end


def _positions_past_levels(plain: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The positions in ``plain[start:end]``, none opening inside a place's level: without marks a level may spell a
    position's first word ("THÀNH PHỐ CHỦ TỊCH" holds "PHO CHU TICH"), the position is then the words after it."""
    floor = start
    while (position := _positions().search(plain, start, end)) is not None:
        level = next((level for level in _PLACE_LEVEL.finditer(plain, floor, position.end())
                      if level.start() < position.start() < level.end()), None)
        if level is None:
            yield position
        start = position.end() if level is None else level.end()


def _overlapping(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` in ``text[start:end]``, one starting inside another's too."""
    while (match := pattern.search(text, start, end)) is not None:
        yield match
        start = match.start() + 1


def _words(text: str) -> str:
    """The words of ``text`` folded (case, marks), abbreviations of bodies written out ("UBND" -> "uy ban nhan dan")."""
    from .parts import abbreviation_expansions

    return " ".join(fold(abbreviation_expansions().get(strip_marks(word), word)) for word in text.split())


def _names_a_body(words: str) -> bool:
    """Whether the registry knows the words as one body's name (by name, alias or rule)."""
    from .agencies import resolve  # only for a flat copy's title in capitals ending on a body's name

    return resolve(" ".join(words.split()), None).match in ("exact", "alias", "rule")


def _organ_line_end(text: str, plain: str, start: int) -> int | None:
    """End of a Party document's organ line under its heading (sections.json organ_lines): the words in capitals."""
    from .metadata import _organ_pattern

    opening = re.compile(r"\s*").match(text, start).end()
    if not _organ_pattern().match(text[opening : opening + 80]):  # ("^" holds only at a string's start)
        return None
    small = re.compile(r"\s\S*[a-z]").search(plain, opening)
    return small.start() + 1 if small else None


def _numbered(text: str, start: int) -> re.Match[str] | None:
    for match in _NUMBERED.finditer(text, start):
        if not _REFERENCE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return match
    return None


@cache
def _prefix() -> re.Pattern[str]:
    """A signing authority's prefix as printed (authority_prefixes.csv: "TM.", "KT.", "T/M") before words in capitals."""
    return re.compile(rf"(?<=\s)(?:{longest_first(set(authority_spellings()))})\s*(?=[{CAPITAL_LETTERS}])")


def _closing_breaks(text: str, plain: str, start: int) -> list[int]:
    """In the closing (from "Nơi nhận" or the first signing prefix; else the text's last characters): before each
    position in capitals that no prefix holds ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "- Lưu: VT." / "CHỦ TỊCH") and before
    the signer's name after it; before the site's text after the document (boilerplate.json document_end)."""
    cues = [m.start() for m in (_prefix().search(text, start), re.compile(r"(?<=\s)Nơi nhận\b").search(text, start)) if m]
    zone = min(cues, default=max(start, len(text) - _CLOSING_TAIL))
    prefix_ends = {m.end() for m in _prefix().finditer(text, zone)}
    # a board named after its members right after the prefix is the body signed for ("TM. BAN BÍ THƯ …"), no position
    boards = {end + len(board.group()) for end in prefix_ends if (board := _BOARD_AFTER_PREFIX.match(plain, end))}
    breaks: list[int] = []
    for position in _positions().finditer(plain, zone):
        if (position.start() not in prefix_ends | boards
                and not plain[: position.start()].rstrip().endswith(",")):  # "BỘ TRƯỞNG, CHỦ NHIỆM"
            breaks.append(position.start())
        name = _TITLE_WORD.search(plain, position.end(), min(len(text), position.end() + 40))
        if name and _CAPITALS_ONLY.fullmatch(plain, position.end(), name.start()):  # "… THƯỜNG TRỰC Đại tá Lê …"
            breaks.append(name.start())
    # the signer's position glued to the authority's line above it ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC")
    breaks += [m.start() for m in _glued_positions().finditer(plain, zone)]
    for mark in _signed().finditer(text, zone):  # "CHỦ TỊCH (Đã ký) Phạm Văn Tâm"
        if name := _TITLE_WORD.search(plain, mark.end(), min(len(text), mark.end() + 20)):
            breaks.append(name.start())
    breaks += [m.start() for m in _site_end().finditer(text, zone)]
    breaks += [m.start() for m in _ITEM_AFTER_CAPITALS.finditer(plain, zone)]
    return breaks


@cache
def _signed() -> re.Pattern[str]:
    """The marks standing for a signature (sections.json signed_marks)."""
    return _inside_a_line(json_data("sections.json")["signed_marks"])


@cache
def _site_end() -> re.Pattern[str]:
    """The site's text after the document (boilerplate.json document_end, site_text_after)."""
    data = json_data("boilerplate.json")
    return _inside_a_line([*data["document_end"], *data["site_text_after"]])


def break_points(text: str) -> tuple[list[int], bool]:
    """(offsets where a line starts, whether the title's end was found)."""
    plain = strip_marks(text)
    breaks, title_start, heading_end = _header_breaks(text, plain)
    title_found = True
    body_from = title_start
    if heading_end is not None and (organ := _organ_line_end(text, plain, title_start)):
        breaks.append(organ)  # "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY về …": the organ's line, then the title
        title_start = organ
    if heading_end is not None:
        end = _title_end(text, plain, title_start)
        if end is None:
            title_found = False
        else:
            breaks.append(end)
            body_from = end
    breaks += [m.start() for m in _body_starts().finditer(text, body_from)
               if text[m.start() : m.start() + 6] in ("Căn cứ", "Nơi nh", "Kính g") or text[m.start() - 2 : m.start() - 1] in ".;:"]
    breaks += [m.start() for m in _paragraph_cues().finditer(text, body_from)]
    breaks += [m.start() for m in _NUMBERED.finditer(text, body_from)
               if not _REFERENCE_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    breaks += [m.start() for m in _ENACTING.finditer(plain, body_from)]
    breaks += [m.end() for m in _DASHED_ADDRESSEES.finditer(text, body_from)]
    breaks += _closing_breaks(text, plain, body_from)
    breaks += [m.end() for m in _HEADING_THEN_SENTENCE.finditer(plain, body_from)]
    return sorted({b for b in breaks if 0 < b < len(text)}), title_found


# ---------------------------------------------------------------------------------------------------
# The new blocks


def rebuild(blocks: list[Block]) -> tuple[list[Block], list[Issue]]:
    """The blocks with their line structure rebuilt when the cheap test says it was lost; else the blocks as they are,
    but a closing run into one line."""
    if not lost(blocks):
        return _closing_lines(blocks), []
    lines = list(_candidates(blocks))
    first, last = blocks.index(lines[0]), blocks.index(lines[-1])
    text, starts, kept = stream(lines)
    breaks, title_found = break_points(text)
    pieces = _pieces(lines, text, starts, sorted({*breaks, *kept}))
    issues = [Issue(code="line_breaks_rebuilt", message=f"the text's line structure was lost ({len(lines)} lines for "
                    f"{len(text)} characters, the header's parts run on into each other): {len(pieces)} lines rebuilt "
                    f"before the motto, the number, the date, the type heading, section numbers and the closing",
                    where=lines[0].where())]
    if not title_found:
        issues.append(Issue(code="title_end_unknown", message="line breaks rebuilt, but no end of the title was found "
                            "(no body opening, section number or closing within "
                            f"{_MAX_TITLE} characters of the type heading): no title is read", where=lines[0].where()))
    others = [b for b in blocks[first : last + 1] if b not in lines]  # tables, furniture: after the rebuilt text
    return [*blocks[:first], *pieces, *others, *blocks[last + 1 :]], issues


# The recipients' last item, the copy kept for the archive ("- Lưu: VT, VX."): a signature run on after it in the line.
_ARCHIVE_COPY = re.compile(r"(?<![^\s-])Lưu\b")


def _closing_lines(blocks: list[Block]) -> list[Block]:
    """A closing run into one line in a text that kept its other lines (a site's copy of the closing's table: "Nơi
    nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A"): broken before the signing prefix, the
    positions and the name after the archive's copy, as in a copy that lost every line break."""
    out = []
    for block in blocks:
        text = block.text or ""
        archive = _ARCHIVE_COPY.search(text) if text.startswith(("Nơi nhận", "NƠI NHẬN")) and _closing_candidate(block) else None
        plain = strip_marks(text) if archive else ""
        if archive and (_prefix().search(text, archive.end()) or _positions().search(plain, archive.end())):
            prefixes = [m.start() for m in _prefix().finditer(text, archive.end())]
            breaks = sorted({b for b in [*prefixes, *_closing_breaks(text, plain, archive.end())] if b > archive.end()})
            out += _pieces([block], text, [0], breaks)
        else:
            out.append(block)
    return out


def _closing_candidate(block: Block) -> bool:
    """A line of the body's text out of a table that a closing may run into: a reader's that keeps the source's lines,
    or a text PDF's (a web page printed, the closing's table one line of its text)."""
    return block.table is None and block.layer is Layer.BODY and bool(block.text) \
        and block.prov.reader in (*OWN_LINE_READERS, "pdf")


def _pieces(lines: list[Block], text: str, starts: list[int], breaks: list[int]) -> list[Block]:
    """The blocks of ``text`` (``lines`` joined, each starting at ``starts``) cut at ``breaks``, each with its first
    line's provenance."""
    pieces: list[Block] = []
    counts: dict[str, int] = {}
    for a, b in zip([0, *breaks], [*breaks, len(text)]):
        piece = text[a:b].strip()
        if not piece:
            continue
        k = max(i for i, s in enumerate(starts) if s <= a)
        e = max(i for i, s in enumerate(starts) if s < b)
        source, end_source = lines[k], lines[e]
        counts[source.id] = counts.get(source.id, 0) + 1
        prov = source.prov.model_copy(update={"line_end": end_source.prov.line_end})
        if source.prov.char_start is not None:
            prov = prov.model_copy(update={"char_start": source.prov.char_start + max(0, a - starts[k]),
                                           "char_end": source.prov.char_start + max(0, a - starts[k]) + len(piece)})
        pieces.append(Block(f"{source.id}_{counts[source.id]:02d}", piece, prov, text=piece))
    return pieces
