"""Sections stage: the numbered outline of the document as a tree.

Reads body blocks' ``text`` and ``metadata.attached``; writes ``sections`` and numbering warnings.

Top-level parts, in order: the opening (header, title, căn cứ lines, preamble), the body's numbered
parts (I., II. … or Chương/Điều), the closing (concluding sentence, Nơi nhận, signature), any document
carried by this one (a plan attached to a decision, with a tree of its own) and the annexes
(PHỤ LỤC …, BIỂU …, Biểu số / Biểu mẫu số / Mẫu số …, or after the closing with no such heading a title in capitals
over its "(Kèm theo …)" line or a table of tasks or indicators),
each linked to its parent document by its "(Kèm theo …)" line. Inside the body,
a paragraph's label (see ``numbering``) decides its place: a label nests under the nearest open label
of an outer rank. Numbering anomalies (a skipped, repeated or out-of-order number) are reported as
warnings and never renumbered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice, takewhile

from .addressees import names_a_person
from .cells import GROUP_LABEL, field_role, is_total_label, looks_like_agency
from .citations import find_citations
from ..model import Block, Document, Issue, Section, trusted
from .numbering import (
    HEADED_KINDS,
    RANK,
    VIETNAMESE_LETTERS,
    Label,
    classify,
    classify_without_look_alikes,
    is_look_alike,
    look_alike_figure,
    ordinal_number,
    sub_item_in_small_letters,
)
from .parts import HEADER_LINE, KEM_THEO, MOTTO, RECIPIENTS, SEPARATOR, TABLE_CAPTION, annex_heading, authority_of, doc_type_of_heading, is_signature_line
from ..resources import body_start, json_data, listed_pattern
from ..text import CAPITAL_LETTERS, fold, is_upper_line

_MAX_HEADING = 200
# A star's line standing alone is a sub-heading of a few words ("* Mục tiêu cụ thể"); a longer one is a sentence.
_MAX_STAR_HEADING_WORDS = 12
_ID_PREFIX = {"part": "part", "upper_letter": "group", "chapter": "chapter", "muc": "muc", "tieu_muc": "tieu_muc", "article": "art", "roman": "sec", "arabic": "item", "letter": "point",
              "star": "star", "dash": "dash", "plus": "plus", "step": "step"}


class _Children(list):
    """A node's children, with their ids and their count by kind kept as they are appended: each new child's id is
    checked against its siblings', and a document's list of hundreds of dashes under one item made that quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.kinds: dict[str, int] = {}

    def append(self, node: _Node) -> None:
        super().append(node)
        self.ids.add(node.id)
        self.kinds[node.kind] = self.kinds.get(node.kind, 0) + 1


@dataclass
class _Node:
    kind: str
    level: int
    id: str
    label: str | None = None
    number: str | None = None
    heading: str | None = None
    own: list[Block] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=_Children)
    attached_to: dict | None = None
    table: str | None = None
    rank: tuple[int, int] = (-1, 0)
    parsed: Label | None = None  # the label classify read on the node's first block, kept for numbering_issues

    def freeze(self) -> Section:
        # the span covers the node's own blocks and its children's spans (not every descendant block again)
        children = [c.freeze() for c in self.children]
        # one loop over the blocks and one over the children, each position tested once (a document has thousands of
        # nodes: the comprehensions this replaces, two tuples a block or child, cost a third more)
        lines: list[int] = []
        pages: list[int] = []
        for block in self.own:
            prov = block.prov
            if prov.line_start is not None:
                lines.append(prov.line_start)
            if prov.line_end is not None:
                lines.append(prov.line_end)
            if prov.page is not None:
                pages.append(prov.page)
        for child in children:
            if child.line_start is not None:
                lines.append(child.line_start)
            if child.line_end is not None:
                lines.append(child.line_end)
            if child.page_start is not None:
                pages.append(child.page_start)
            if child.page_end is not None:
                pages.append(child.page_end)
        values = {
            "id": self.id, "kind": self.kind, "label": self.label, "number": self.number, "level": self.level,
            "heading": self.heading, "text": "\n".join(t for t in self.texts if t), "blocks": [b.id for b in self.own],
            "line_start": min(lines) if lines else None, "line_end": max(lines) if lines else None,
            "page_start": min(pages) if pages else None, "page_end": max(pages) if pages else None,
            "attached_to": self.attached_to, "table": self.table, "children": children,
        }
        # every value is of its field's type by construction (strings, ints, Sections) but the kind: a kind outside the
        # schema's is validated, and fails as it always did
        return trusted(Section, values) if self.kind in Section.KINDS else Section(**values)


def _child_id(parent_id: str | None, siblings: _Children, label: Label, parent_kind: str | None) -> str:
    kind = "clause" if label.kind == "arabic" and parent_kind == "article" else _ID_PREFIX[label.kind]
    if label.number is None:
        own = f"{kind}_{siblings.kinds.get(label.kind, 0) + 1}"
    else:
        own = f"{kind}_{label.number.replace('.', '-').replace('đ', 'dd')}"
    taken = siblings.ids
    unique, n = own, 1
    while (f"{parent_id}__{unique}" if parent_id else unique) in taken:
        n += 1
        unique = f"{own}_{n}"  # a repeated number ("3." twice) keeps both nodes
    return f"{parent_id}__{unique}" if parent_id else unique


def _heading_of(label: Label) -> str | None:
    """Parts and chapters are always headed, and so is a Roman part unless its label line is a sentence in small
    letters ending in a full stop; an article, item or point is headed when its label line reads as a title ("1. Mục
    đích"), not as a sentence ("Điều 2. Quyết định này có hiệu lực …")."""
    if label.kind == "roman" and label.rest.endswith(".") and not is_upper_line(label.rest):
        return None  # a resolution's part that is a sentence ("I- Tán thành các nội dung …."): its text
    if label.kind in HEADED_KINDS and label.kind != "article":
        return label.rest or None
    if label.kind == "star" and ":" in label.rest:
        return None  # "* Trồng rừng: Trồng mới …": a run-in heading, read with its guards (``_headings_before_colons``)
    if label.kind in ("arabic", "letter") and _HEADING_BEFORE_COLON.match(label.rest):
        return None  # "1. Về hạ tầng: Lắp thêm hai trạm": a run-in heading and its text, no stop at its end (ditto)
    if label.kind == "star" and len(label.rest.split()) > _MAX_STAR_HEADING_WORDS:
        return None  # a sentence a line break cut ("* Cụm từ “cư trú” được thay thế … tại điểm b khoản 1" / "Điều 18 …")
    if label.kind in ("article", "arabic", "letter", "star") and label.rest and len(label.rest) <= _MAX_HEADING:
        return None if re.search(r"[.;:,]$", label.rest) else label.rest
    return None


_CAPITALS_BEFORE_COLON = re.compile(r"^(?P<heading>[^:]{2,%d}?)\s*:\s+(?P<text>\S.*)$" % _MAX_HEADING)


def _capitals_before_colon(label: Label) -> tuple[str, str] | None:
    """A part's heading in capitals and its text in small letters after a colon on its label's line ("I. MỤC TIÊU: Phủ
    xanh 900 ha …", "II. NỘI DUNG: Gồm các việc sau"): the two apart (the line was the heading whole, or the text)."""
    if label.kind not in HEADED_KINDS or label.kind == "article":
        return None
    match = _CAPITALS_BEFORE_COLON.match(label.rest)
    if match is None or not is_upper_line(match.group("heading")) or is_upper_line(match.group("text")):
        return None
    return match.group("heading"), match.group("text")


# Kinds whose label may stand alone on its line, the heading in capitals under it ("Chương I" / "QUY ĐỊNH CHUNG",
# "PHẦN THỨ NHẤT" / "KẾT QUẢ THỰC HIỆN NĂM 2024"), on one line or wrapped onto a few.
_HEADED_UNDER = frozenset({"part", "chapter", "muc", "tieu_muc", "roman"})
_MAX_HEADING_LINES = 3


# Kinds whose label may stand alone on its line with its heading in sentence case on the next ("II." / "Nhiệm vụ trọng
# tâm", "1." / "Rà soát di tích"): the heading the label's line would hold were the two one line. (A chapter's or a
# part's heading under it is in capitals: "Chương III" / "Điều khoản thi hành" is a law's sentence-case line, no heading.)
_TITLED_UNDER = frozenset({"roman", "arabic", "letter", "step"})


# The end of a heading in capitals that goes on on the next line: a comma, a dash, a joining word ("I. MỤC ĐÍCH," /
# "YÊU CẦU", "II. NHIỆM VỤ VÀ" / "GIẢI PHÁP", a PDF's line wrapped inside the heading)
_OPEN_END = re.compile(r"(?:,|\s[-–]|\s(?:VÀ|CỦA|VỀ|CHO|TRONG|TẠI|ĐỐI VỚI))$")


def _open_heading(node: _Node, next_line: str) -> bool:
    """A part's heading in capitals on its label's line that ends open (``_OPEN_END``), or whose next line starts as
    a heading's tail does (sections.json heading_tails: "I. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH" / "NĂM 2025"): its next
    line in capitals goes on with it."""
    return (node.kind in _HEADED_UNDER and node.heading is not None and is_upper_line(node.heading)
            and (_OPEN_END.search(node.heading) is not None or _heading_tail().match(next_line) is not None))


@cache
def _heading_tail() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["heading_tails"])


def _title_line(text: str) -> bool:
    """A line that reads as a title, not a sentence or a clause: a capital first, no closing punctuation."""
    return text[:1].isupper() and len(text) <= _MAX_HEADING and not re.search(r"[.;:,]$", text)


def _heading_line(text: str, heading_so_far: str | None) -> bool:
    """A line in capitals that heads the part above it (or goes on with its heading), not a sentence or a table's row."""
    return is_upper_line(text) and len(text) + len(heading_so_far or "") <= _MAX_HEADING and any(c.isalpha() for c in text)


@cache
def _closing_start() -> re.Pattern[str]:
    """sections.json closing_start as one alternation: one search a line, not one a pattern (this runs on every line)."""
    return listed_pattern("sections.json", "closing_start")


def _is_closing(block: Block, label: Label | None) -> bool:
    text = block.text or ""
    return block.table is None and label is None and bool(text) and (
        _closing_start().search(text) is not None or is_signature_line(text))


@cache
def _concluding_formula() -> re.Pattern[str]:
    return listed_pattern("sections.json", "concluding_formulas")


@cache
def _formula_task() -> re.Pattern[str]:
    return listed_pattern("sections.json", "concluding_formula_tasks")


@cache
def _closing_request() -> re.Pattern[str]:
    return listed_pattern("sections.json", "closing_requests")


@cache
def _closing_last_sentence() -> re.Pattern[str]:
    return listed_pattern("sections.json", "closing_last_sentences")


def _concluding_formula_at(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A notice's, a directive's or a letter's concluding sentence (sections.json concluding_formulas: "Văn phòng UBND
    tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "Đề nghị các cơ quan, đơn vị … thực hiện./.") opens the
    closing only among the body's last paragraphs: the recipients, the signature, "Trân trọng./." or another such
    sentence next (no numbered label, no more text), one sentence carrying no task of its own (concluding_formula_tasks:
    "giao …", a deadline), not the only line under a heading ("3. Tổ chức thực hiện"). So does a request about
    difficulties met (closing_requests: "Trong quá trình thực hiện, nếu có vướng mắc, … báo cáo …"), whose report is no
    task; so does a request about difficulties in other words (closing_last_sentences: "Trong quá trình triển khai, nếu
    có vướng mắc, …"). Anywhere else it is the body's text."""
    block, text = blocks[i], blocks[i].text or ""
    if block.table is not None or labels[i] is not None or not text:
        return False
    # the sentence printed over two paragraphs (a hard-wrapped text, a PDF's lines apart): its second half, in small
    # letters under a line ended by no sentence's end, is the same sentence
    last = i
    while (last + 1 < len(blocks) and last - i < _MAX_SENTENCE_LINES and blocks[last + 1].table is None
           and labels[last + 1] is None and (blocks[last + 1].text or "")[:1].islower()
           and not re.search(r"[.;:!?…]$", (blocks[last].text or "").rstrip())):
        last += 1
        text = f"{text} {blocks[last].text}"
    formula = (_concluding_formula().search(text) is not None and not _formula_task().search(text)
               or _closing_last_sentence().search(text) is not None)
    if not formula and not _closing_request().search(text):
        return False
    after = _next_line(blocks, last)
    if not _body_ends_at(blocks, labels, after):
        return False
    before = _line_before(blocks, i)
    if not formula:
        return _request_closes(blocks, labels, before)
    heading = labels[before] if before is not None else None
    return heading is None or re.search(r"[.;:!?…]$", heading.rest.rstrip()) is not None


_MAX_SENTENCE_LINES = 3  # the lines a closing sentence wraps onto


def _next_line(blocks: list[Block], i: int) -> int | None:
    """The index of the first table or paragraph with text after ``blocks[i]``."""
    return next((k for k in range(i + 1, len(blocks)) if blocks[k].table is not None or blocks[k].text), None)


def _line_before(blocks: list[Block], i: int) -> int | None:
    """The index of the last table or paragraph with text before ``blocks[i]``."""
    return next((k for k in range(i - 1, -1, -1) if blocks[k].table is not None or blocks[k].text), None)


def _body_ends_at(blocks: list[Block], labels: list[Label | None], at: int | None) -> bool:
    """Whether nothing of the body stands from ``blocks[at]`` on: the end, the recipients, a signer's authority or
    another concluding sentence."""
    return at is None or _is_closing(blocks[at], labels[at]) or bool(authority_of(blocks[at].text or "")) \
        or _concluding_formula_at(blocks, labels, at)


# The numbered points a letter's requests follow ("1. Sở Y tế …", "a) …")
_POINT_KINDS = frozenset({"arabic", "letter"})


def _request_closes(blocks: list[Block], labels: list[Label | None], before: int | None) -> bool:
    """Whether a closing request (sections.json closing_requests) right after ``blocks[before]`` opens the closing:
    only after a numbered point whose own text ended on its line ("2. UBND các huyện tuyên truyền tới người dân."),
    past any other concluding sentence or request printed between (a request about difficulties, closing_last_sentences,
    too: "2. …." / "Trong quá trình …, nếu có vướng mắc, …." / "Đề nghị các đơn vị nghiêm túc triển khai thực hiện./."). After a heading ("II. TỔ CHỨC THỰC HIỆN", "2. Đối
    với UBND cấp xã:", "2. UBND cấp xã"), a paragraph of text, an article's or a part's text, it is that node's text:
    which node a request closes cannot be told there, and its node keeps it (nothing is lost)."""
    while before is not None and labels[before] is None and blocks[before].table is None \
            and (_closing_request().search(blocks[before].text or "") or _concluding_formula().search(blocks[before].text or "")
                 or _closing_last_sentence().search(blocks[before].text or "")):
        before = next((k for k in range(before - 1, -1, -1) if blocks[k].table is not None or blocks[k].text), None)
    label = labels[before] if before is not None else None
    return (label is not None and label.kind in _POINT_KINDS and bool(label.rest) and not _title_line(label.rest)
            and re.search(r"[.;!…]$", label.rest.rstrip()) is not None
            and not (blocks[before].text or "").rstrip().endswith(":"))


def _closing_at(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """Whether the closing opens at ``blocks[i]``: a closing line (``_is_closing``) or the body's concluding formula,
    unless it is the text of the article heading right over it (``_article_text_at``)."""
    return (_is_closing(blocks[i], labels[i]) or _concluding_formula_at(blocks, labels, i)) and not _article_text_at(blocks, labels, i)


def _article_text_at(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A sentence right under an article's heading ("Điều 4. Hiệu lực thi hành" / "Nghị quyết này được Hội đồng nhân
    dân tỉnh … thông qua ngày … và có hiệu lực từ …./."): the article's text (an article holds some), not the closing
    its words open elsewhere; the recipients and a signer's line never are."""
    text = blocks[i].text or ""
    before = _line_before(blocks, i)
    heading = labels[before] if before is not None else None
    return (heading is not None and heading.kind == "article" and bool(heading.rest) and _title_line(heading.rest)
            and re.search(r"[.!…]$", text) is not None and not is_signature_line(text)
            and not RECIPIENTS.match(text))


def _closing_with_no_outline(blocks: list[Block], labels: list[Label | None]) -> int:
    """Where the closing starts in a body no label or bold heading numbers (a letter, a submission in plain
    paragraphs): at its recipients ("Nơi nhận:"), its closing sentence or a signer's authority ("KT. GIÁM ĐỐC"), lines
    no header holds; ``len(blocks)`` when none is found. Where such a body's paragraphs start is not read (a header's
    lines, the title, "Kính gửi", the recitals hold no mark of their end): they stay the opening's, as one node."""
    return next((i for i, (block, label) in enumerate(zip(blocks, labels)) if block.table is None and label is None
                 and block.text and (_closing_start().search(block.text) or authority_of(block.text)
                                     or _concluding_formula_at(blocks, labels, i))), len(blocks))


def _body_start(blocks: list[Block], end: int, head: frozenset[str]) -> int | None:
    """Where the content of a body with no outline starts (before ``end``, its closing): after the last line of its
    header, title and addressees (``head``) that the metadata read. None where the metadata read none of them (where the
    content starts is not known: it stays the opening's) or no paragraph stands between them and the closing."""
    last = max((i for i, block in enumerate(blocks[:end]) if block.id in head), default=None)
    if last is None:
        return None
    start = last + 1
    return start if any(b.text and b.table is None for b in blocks[start:end]) else None


def _title_lines(blocks: list[Block], first: int, title: str) -> int:
    """The index after the last line of a title that starts on ``blocks[first]`` (after a "V/v" or a type heading on
    that line) and wraps onto the next lines: as long as the lines so far, their letters and digits folded, open the
    metadata's title."""
    whole = _letters(title)
    seen, end = "", first + 1
    for k in range(first, len(blocks)):
        text = _letters(blocks[k].text or "") if blocks[k].table is None else ""
        if k == first:
            text = text[max(text.find(whole[:_TITLE_OPENING]), 0):]
        if not text or not whole.startswith(seen + text[: len(whole) - len(seen)]):
            break
        seen, end = seen + text, k + 1
        if len(seen) >= len(whole):
            break
    return end


_TITLE_OPENING = 20  # the letters a title's first line is found by


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


# the metadata's fields read from the header and the title; the signer's and a date read from a signature are the closing's
_HEAD_FIELDS = ("doc_type", "number", "issued_date", "place", "issuer", "title")


def _head_blocks(doc: Document, body: list[Block]) -> frozenset[str]:
    """The blocks the main document's header, type heading, title and addressees were read from, the title's wrapped
    lines among them."""
    meta = doc.metadata
    if meta is None:
        return frozenset()
    found = {source.where["block"] for name, source in meta.sources.items()
             if name in _HEAD_FIELDS and source.source in ("printed", "ocr", "form") and source.where and source.where.get("block")}
    found |= {a.where["block"] for a in meta.addressees if a.where and a.where.get("block")}
    title = meta.sources.get("title")
    at = {block.id: i for i, block in enumerate(body)}
    if meta.title and title is not None and title.where and title.where.get("block") in at:
        first = at[title.where["block"]]
        found |= {b.id for b in body[first:_title_lines(body, first, meta.title)]}
    return frozenset(found)


def _leaf(kind: str, node_id: str, level: int, blocks: list[Block]) -> _Node:
    return _Node(kind=kind, level=level, id=node_id, own=list(blocks), texts=[b.text or "" for b in blocks])


_LETTERS_UNDER_ROMAN = ((RANK["roman"] + RANK["arabic"]) / 2, 1)
_ARTICLES_UNDER_ROMAN = _LETTERS_UNDER_ROMAN
_SECTIONS_UNDER_ROMAN = _LETTERS_UNDER_ROMAN
# under a Roman part, a subsection ("Tiểu mục 1") one level below its section, an article below both, items below it
_SUBSECTIONS_UNDER_ROMAN = (RANK["roman"] + (RANK["arabic"] - RANK["roman"]) * 0.6, 1)
_ARTICLES_UNDER_SECTION = (RANK["roman"] + (RANK["arabic"] - RANK["roman"]) * 0.75, 1)
_LETTERS_UNDER_ARTICLE = ((RANK["article"] + RANK["roman"]) / 2, 1)
_LEGAL_DIVISIONS = frozenset({"chapter", "muc", "tieu_muc"})


def _ranks(labels: list[Label | None]) -> list[tuple | None]:
    """Each label's rank in the tree. Capital-letter groups stand above the Roman parts ("A. KẾT QUẢ ĐẠT ĐƯỢC" / "I. …")
    unless a Roman part comes before the first of them: then they group the items of a Roman part ("II. NHIỆM VỤ" /
    "A. NHIỆM VỤ CHUNG" / "1. …"), and the next Roman part is no child of the last group. So do articles in a plan's
    Roman part ("II. QUY ĐỊNH CỤ THỂ" / "Điều 1. Đối tượng" / … / "III. TỔ CHỨC THỰC HIỆN"), a Roman part before the
    first of them and no chapter or section of a code, and sections ("Mục 1") a Roman part holds, their subsections
    ("Tiểu mục 1") one level below them and their articles below those ("II." / "Mục 1." / "Điều 1." / "Mục 2." / …).
    Capital letters after an article group that article's lines, under it: an article never nests under a letter."""
    kinds = [label.kind for label in labels if label]
    # the Roman parts before the first letter of its part count ("PHẦN THỨ NHẤT" / "I. …" / "II. …" / "PHẦN THỨ HAI" /
    # "A. THỰC TRẠNG" / "I. …": an Đề án's letters group the second part's Roman parts, as in a plan with no parts)
    before_letters = kinds[: kinds.index("upper_letter")] if "upper_letter" in kinds else []
    under = "roman" in before_letters[max((k + 1 for k, kind in enumerate(before_letters) if kind == "part"), default=0):]
    # letters after an article are its groups ("Điều 1. Thành lập Ban Chỉ đạo gồm:" / "A. Lãnh đạo Ban Chỉ đạo" / "1.
    # Ông …" / "B. Thành viên" / … / "Điều 2. …"): under it, and the next article no child of the last letter
    in_article = not under and "upper_letter" in kinds and "article" in kinds[: kinds.index("upper_letter")]
    before_articles = kinds[: kinds.index("article")] if "article" in kinds else []
    articles_under = "roman" in before_articles and _LEGAL_DIVISIONS.isdisjoint(before_articles)
    # so do sections ("II. NHIỆM VỤ" / "Mục 1" / "PHÁT TRIỂN SẢN PHẨM" / "1. …" / "Mục 2" / … / "III. TỔ CHỨC THỰC
    # HIỆN"): a Roman part before the first of them and no chapter, the next Roman part no child of the last section
    before_sections = kinds[: kinds.index("muc")] if "muc" in kinds else []
    sections_under = "roman" in before_sections and "chapter" not in before_sections
    going_on = set() if under or in_article else _romans_going_on_past_letters(labels)
    return [None if label is None else _LETTERS_UNDER_ROMAN if under and label.kind == "upper_letter"
            else _LETTERS_UNDER_ARTICLE if in_article and label.kind == "upper_letter"
            else _ARTICLES_UNDER_ROMAN if articles_under and label.kind == "article"
            else _SECTIONS_UNDER_ROMAN if sections_under and label.kind == "muc"
            else _SUBSECTIONS_UNDER_ROMAN if sections_under and label.kind == "tieu_muc"
            else _ARTICLES_UNDER_SECTION if sections_under and label.kind == "article"
            else RANK_OF_LETTERS if i in going_on else label.rank
            for i, label in enumerate(labels)]


RANK_OF_LETTERS = (RANK["upper_letter"], 1)


def _romans_going_on_past_letters(labels: list[Label | None]) -> set[int]:
    """The Roman parts after capital-letter groups that go on with the Roman numbering before the letters ("PHẦN I" /
    "I." / "II." / "PHẦN II" / "A. NÔNG NGHIỆP" / "1." / "B. CÔNG NGHIỆP" / "1." / "III. KIẾN NGHỊ"), where no Roman part
    was printed under those letters: siblings of the letters (the letters' rank), no child of the last one; so are the
    Roman parts after them in that run ("IV."), until a part, a chapter or another letter."""
    found: set[int] = set()
    last, letters, romans_under, going_on = 0, False, False, False
    for i, label in enumerate(labels):
        if label is None:
            continue
        if label.kind in ("part", "chapter"):
            letters, romans_under, going_on = False, False, False
        elif label.kind == "upper_letter":
            letters, going_on = True, False
        elif label.kind == "roman" and label.value:
            if letters and not romans_under and last and label.value == last + 1:
                found.add(i)
                going_on = True
            elif letters:
                romans_under = True
            if not letters or going_on:
                last = label.value
    return found


# A Roman number glued to a word by a dash ("II-NHIỆM VỤ", but also "X-QUANG …", "V-LEAGUE …") or by its full stop
# ("II.NHIỆM VỤ", but also "V.I.LÊNIN"), or bare before it (OCR lost the full stop: "II NỘI DUNG"), or with a slash
# ("II/ NỘI DUNG", but also "V/ v …" read from "V/v"): a part only where it follows the Roman part before it; so does one
# whose text after a dash is a sentence ("I- Tán thành …")
_UNSURE_ROMAN = re.compile(r"^[IVXLC]+(?:[-–—.]\S|\s|/)")
_RESTARTS_ROMANS = frozenset({"part", "upper_letter", "chapter"})


def _unsure_labels_in_sequence(labels: list[Label | None], texts: list[str]) -> list[Label | None]:
    """``labels`` with each unsure label out of its sequence dropped (that line is body text): an unsure Roman part
    (see above) that does not follow the one before, and a number with a decimal comma alone on its line ("1,1"
    under "1.", but "94,5" a value of a table flattened into lines) that is neither the first sub-item of the item
    before it nor the next after the sub-item before it. A sub-item in small letters ("2.1 triển khai …", which
    ``classify`` leaves as a figure and its unit) is kept where it is one of those two. A point lettered with a full stop
    ("a. Đối tượng", but also a wrapped sentence's "c. Nguyễn …") is one where it is "a." or follows the point before."""
    roman, arabic, letter = 0, "", 0
    kept: list[Label | None] = []
    # the marks after the Roman numbers printed with their own letters ("II." ".", "II/" "/")
    marks = {label.label[len(label.number):].strip()[:1] for label in labels
             if label is not None and label.kind == "roman" and label.number and not is_look_alike(label)}
    for i, (label, text) in enumerate(zip(labels, texts)):
        if label is not None and is_look_alike(label):
            label = _look_alike_read(labels, i, label, text, arabic, roman, marks)
        if label is not None and label.kind == "roman" and letter and _capital_point(label, letter, roman):
            label = replace(label, kind="letter", number=label.number.lower())
        if label is not None and label.kind == "letter":
            if label.label.endswith(".") and label.value not in (1, letter + 1):
                label = None
            else:
                letter = label.value or letter
        elif label is not None and label.kind not in ("star", "dash", "plus"):
            letter = 0  # points restart under each item
        if label is not None and label.kind in _RESTARTS_ROMANS:
            roman = 0
        elif label is not None and label.kind == "roman":
            # a number printed with a look-alike ("Il." read "II") is as unsure
            unsure = _UNSURE_ROMAN.match(text) or not label.label.startswith(label.number)
            if (unsure or label.label[-1] in "-–—" and not is_upper_line(label.rest)) and label.value != roman + 1:
                label = None
            else:
                roman, arabic = label.value or roman, ""
        elif label is not None and label.kind == "arabic" and label.number:
            if "," in label.label and not label.rest and label.number not in _next_numbers(arabic):
                label = None
            else:
                arabic = label.number
        elif label is None and arabic and (small := sub_item_in_small_letters(text)) is not None and small.number in _next_numbers(arabic):
            label, arabic = small, small.number
        kept.append(label)
    return kept


def _capital_point(label: Label, letter: int, roman: int) -> bool:
    """A Roman "C)" (or "V)", "X)") right after the point before its small letter ("a)", "b)" / "C)"): OCR's capital of
    the next point, no hundredth part swallowing the sections after it; a Roman part that goes on from the one before
    ("IV." / "V)") stays one."""
    small = (label.number or "").lower()
    return (label.label.endswith(")") and small in VIETNAMESE_LETTERS and VIETNAMESE_LETTERS.index(small) == letter
            and label.value != roman + 1)


# Where the Arabic items' run ends looking ahead (a part, a group or a chapter opens the next run)
_ENDS_ITEMS = frozenset({"part", "upper_letter", "chapter", "roman", "article"})


def _look_alike_read(labels: list[Label | None], i: int, label: Label, text: str, arabic: str, roman: int,
                     marks: set[str]) -> Label | None:
    """How a Roman look-alike (numbering.is_look_alike: "l.", "1l.", "|.") reads where it stands: the Arabic item it
    also reads as ("1l." 11, "l." 1) where the Arabic numbering around it goes on with it (the item before it is n-1,
    or the next item of its run is n+1: "10." / "1l." / "12.", "l. MỤC ĐÍCH" / "2. NỘI DUNG"); else the Roman part,
    where it goes on from the Roman part before it, its mark after the number is a full stop or one the document's own
    Roman numbers print ("l/" only beside "II/"), and "|" or "!" only in a document that prints Roman numbers of its own
    ("|- TỔNG CỘNG |", "!. CHÚ Ý" are a table's row and a mark); else what the line read as before look-alikes were read
    (numbering.classify_without_look_alikes)."""
    figure = look_alike_figure(label)
    if figure is not None:
        after = next((other for other in labels[i + 1:] if other is not None
                      and (other.kind in _ENDS_ITEMS or other.kind == "arabic" and other.depth == 1)), None)
        if arabic == str(figure - 1) or after is not None and after.kind == "arabic" and after.number == str(figure + 1):
            return Label(kind="arabic", label=label.label, number=str(figure), rest=label.rest)
    printed = label.label.rstrip(".-–—/) ")
    mark = label.label[len(printed):].strip()[:1]
    if label.value == roman + 1 and (mark == "." or mark in marks) and (marks or not set(printed) & set("|!")):
        return label
    return classify_without_look_alikes(text)


# A capital letter and a title in sentence case ("A. Nhiệm vụ chung", "C. Các thôn, bản vùng cao", "B) Nhiệm vụ cụ
# thể", "B - Nhiệm vụ cụ thể", "A/ Cấp tỉnh"), which ``classify`` leaves as text (a heading of that kind is in
# capitals; "A. Nguyễn Văn …" is a person) or reads as Roman ("C. …", "C) …")
_GROUP_IN_SENTENCE_CASE = re.compile(rf"^(?P<label>(?P<number>[ABCDĐEGH])(?:[.)]|/(?=\s)|\s+[-–—]|[-–—](?=\s)))\s+(?P<rest>[{CAPITAL_LETTERS}][^.;:]*[^\W_])$")
_MAX_GROUP_WORDS = 12


def _groups_in_sentence_case(labels: list[Label | None], texts: list[str]) -> list[Label | None]:
    """``labels`` with the groups inside a Roman part lettered before a title in sentence case ("II. NHIỆM VỤ" / "A.
    Nhiệm vụ chung" / "1. …" / "B. Nhiệm vụ cụ thể" / "1. …"): only a run of two or more in the alphabet's order
    ("A." "B." …) after a Roman part, each a title of a few words that names no person; one letter alone stays text. A
    "C." that goes on from such a "B." is the third group, not a Roman part a hundredth. Where an item ("1.") is open
    above the "A.", the letters are that item's points ("1. Lựa chọn phương án" / "A. Phương án xây mới" / "B. …" / "2.
    Kinh phí"), unless the items restart under each later letter ("B." / "1." …): groups, their items under them.
    So too in a body (or an annex) numbered with no Roman part ("A. Mục đích, yêu cầu" / "1. …" / "B. Nhiệm vụ" / … /
    "C. Tổ chức thực hiện"): its letters are its top groups. Above Roman parts a group is printed in capitals: there
    a line in sentence case stays text, as it was."""
    found: list[list[tuple[int, Label]]] = []
    under_an_item: list[bool] = []  # each run's: an item was open above its "A."
    # a "C." ("C)", "C -") in sentence case may be a group's letter: it tells no Roman part
    no_roman = not any(label is not None and label.kind == "roman" and label.number != "C" for label in labels)
    after_roman = False
    item_open = False  # an item ("1.") since the last Roman part
    for i, (label, text) in enumerate(zip(labels, texts)):
        roman_c = label is not None and label.kind == "roman" and label.number == "C"
        if label is not None and label.kind == "roman" and not roman_c:
            after_roman, item_open = True, False
        item_open = item_open or label is not None and label.kind == "arabic"
        match = _GROUP_IN_SENTENCE_CASE.match(text) if (label is None or roman_c) and (after_roman or no_roman) else None
        if match is None or not match.group("rest")[:1].isupper() or is_upper_line(match.group("rest")) \
                or len(match.group("rest").split()) > _MAX_GROUP_WORDS or _ends_in_a_name(match.group("rest")) \
                or names_a_person(match.group("rest")):
            continue
        group = Label(kind="upper_letter", label=match.group("label"), number=match.group("number"), rest=match.group("rest"))
        if group.value == 1:
            found.append([(i, group)])
            under_an_item.append(item_open)
        elif found and found[-1][-1][1].value == group.value - 1:
            found[-1].append((i, group))
    kept = list(labels)
    for run, inside in zip(found, under_an_item):
        if len(run) > 1 and (not inside or all(_items_restart_under(labels, i) for i, _ in run[1:])):
            for i, group in run:
                kept[i] = group
        elif len(run) > 1:  # the item's points: a "C." among them is one too, no Roman part
            for i, _ in run:
                kept[i] = None
    return kept


def _bracketed_letters_under_an_item(labels: list[Label | None]) -> list[Label | None]:
    """``labels`` with the capital letters in capitals printed with a bracket or a slash ("A) CẤP TỈNH", "B/ CẤP
    HUYỆN") under an open item dropped (that line is the item's text): "II. NHIỆM VỤ" / "1. Phát triển hạ tầng" / "A)
    CẤP TỈNH" / … / "B) CẤP HUYỆN" / … / "2. …" holds no group taking items 2 and 3, unless the items restart under each
    later letter ("B)" / "1." …), as ``_groups_in_sentence_case`` reads letters in sentence case. With a full stop or a
    dash ("A. …", "A - …") they are read as before."""
    runs: list[list[int]] = []
    under_an_item: list[bool] = []
    item_open = False
    for i, label in enumerate(labels):
        if label is None:
            continue
        if label.kind == "arabic":
            item_open = True
        elif label.kind != "upper_letter" and label.rank[0] < RANK["arabic"]:
            item_open = False  # a Roman part, an article, a chapter: no item open
        elif label.kind == "upper_letter" and label.label[-1:] in ")/":
            if label.value == 1 or not runs or labels[runs[-1][-1]].value != (label.value or 0) - 1:
                runs.append([i])
                under_an_item.append(item_open)
            else:
                runs[-1].append(i)
    kept = list(labels)
    for run, inside in zip(runs, under_an_item):
        if inside and not (len(run) > 1 and all(_items_restart_under(labels, i) for i in run[1:])):
            for i in run:
                kept[i] = None
    return kept


def _items_restart_under(labels: list[Label | None], at: int) -> bool:
    """The first item after ``at`` is a "1." (a list that starts under the line at ``at``), before a Roman part or
    a label of an outer rank."""
    for label in labels[at + 1:]:
        if label is not None and label.kind == "arabic":
            return label.value == 1
        if label is not None and label.rank[0] <= RANK["roman"]:
            return False
    return False


def _options_out(labels: list[Label | None], blocks: list[Block]) -> list[Label | None]:
    """``labels`` without the capital letters of a list of choices ("A - ĐỒNG Ý" / "B - KHÔNG ĐỒNG Ý" on a ballot or a
    form): a group holds a body (text, a table or labels of inner rank) before the next label of its rank or an outer
    one; a letter with none is a choice, and so is the letter right after it (the list's last choice, text under it)."""
    ranks = _ranks(labels)
    kept = list(labels)
    next_choice = None  # the line after a choice
    for i, label in enumerate(labels):
        if label is None or label.kind != "upper_letter":
            continue
        after = next((j for j in range(i + 1, len(blocks)) if blocks[j].table is not None or blocks[j].text), None)
        bodiless = after is None or (labels[after] is not None and ranks[after] <= ranks[i])
        if bodiless or i == next_choice:
            kept[i] = None
        if bodiless:
            next_choice = after
    return kept


@cache
def _numbers_in_brackets() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """sections.json numbers_in_brackets and note_lead_ins."""
    data = json_data("sections.json")
    return re.compile(data["numbers_in_brackets"]), tuple(data["note_lead_ins"])


_FINER_THAN_AN_ITEM = frozenset({"star", "dash", "plus"})  # the lines an item numbered in brackets may hold


def _items_in_brackets(labels: list[Label | None], blocks: list[Block], in_table) -> list[Label | None]:
    """``labels`` with the items of a list numbered in round brackets ("(1) …" / "- …" / "(2) …", sections.json
    numbers_in_brackets): a run from "(1)", numbered by one, two at least, with no label between its items but finer
    ones (dashes, stars, pluses), one of them at least between two items (each item holds lines of its own). Read
    as text, a "(2)" line would be the text of the dash above it. A run with no such line stays text, and so does one
    right after a table (``in_table``) or a note's lead-in ("Ghi chú:"): a table's notes."""
    pattern, note_lead_ins = _numbers_in_brackets()
    kept = list(labels)
    run: list[tuple[int, re.Match[str]]] = []
    held = False  # a finer line between two items of the run
    finer = False  # a finer line since the run's last item

    def close() -> None:
        if len(run) > 1 and held:
            for i, match in run:
                kept[i] = Label(kind="arabic", label=match.group(0).strip(), number=match.group("number"),
                                rest=(blocks[i].text or "")[match.end():].strip())
        run.clear()

    for i, (label, block) in enumerate(zip(labels, blocks)):
        match = pattern.match(block.text or "") if label is None and not in_table(block) else None
        if match is None:
            if in_table(block) or label is not None and (label.kind not in _FINER_THAN_AN_ITEM or not run):
                close()
                held = finer = False
            finer = finer or label is not None
            continue
        number = int(match.group("number"))
        if run and number == int(run[-1][1].group("number")) + 1:
            run.append((i, match))
            held, finer = held or finer, False
            continue
        close()
        held = finer = False
        above = blocks[i - 1] if i else None
        notes = above is not None and (in_table(above) or fold(above.text or "").startswith(note_lead_ins)) \
            or _marked_above(blocks[max(0, i - _NOTE_MARKS_ABOVE):i])
        if number == 1 and not notes:
            run.append((i, match))
    close()
    return kept


# A note's mark after a figure or a word ("… đạt 98%(2).", "… còn 3,5% (1);"), not a line's label
_NOTE_MARK = re.compile(r"(?<=[^\s(])\s?\(\s*(\d{1,2})\s*\)")
_NOTE_MARKS_ABOVE = 12  # how many lines above a "(1)" its notes' marks are looked for


def _marked_above(above: list[Block]) -> bool:
    """Whether the lines ``above`` a "(1)" carry the marks "(1)" and "(2)" after their words or figures ("- Tỷ lệ hộ
    nghèo còn 3,5%(1)." / "- … đạt 98%(2)." / "(1) Theo chuẩn nghèo …" / "- …" / "(2) Số liệu của Sở …"): the run is
    those marks' notes, text, not a list of items under the last line."""
    marks = {int(m.group(1)) for block in above for m in _NOTE_MARK.finditer(block.text or "")}
    return {1, 2} <= marks


def _footnote_stars_out(labels: list[Label | None], blocks: list[Block]) -> list[Label | None]:
    """``labels`` without the star of a footnote at a page's foot whose mark a scan's OCR read as "*" ("* Nghị định số
    45/2025/NĐ-CP ngày …"): the page's last line (the next one on a later page), no star right above it or on the next page's first line (one of
    a list, "* Luật Du lịch năm 2017;" / "* Nghị định số …"), opening with a document's citation as a note does. The note stays
    the text of the node above it, as a text layer's notes do (parsers/footnotes.py)."""
    kept = list(labels)
    for i, label in enumerate(labels):
        if label is None or label.kind != "star" or i + 1 == len(blocks):
            continue
        page, next_page = blocks[i].prov.page, blocks[i + 1].prov.page
        if page is None or next_page is None or next_page <= page or any(
                other is not None and other.kind == "star" for other in (labels[i - 1] if i else None, labels[i + 1])):
            continue  # one of a list of stars: the one above it, or the next page's first line
        citations = find_citations(label.rest)
        if citations and citations[0].start == 0:
            kept[i] = None
    return kept


def _next_numbers(number: str) -> tuple[str, ...]:
    """The numbers that may follow an item's: its first sub-item's, its next sibling's ("1.2" -> "1.2.1", "1.3")."""
    if not number:
        return ()
    head, _, last = number.rpartition(".")
    following = f"{head}.{int(last) + 1}" if head else str(int(last) + 1)
    return f"{number}.1", following


# A heading told only by its bold ("Mục tiêu", "Nhiệm vụ và giải pháp" in bold, a paragraph of its own): a few words,
# more than one (a bold "XII" or "DỤNG" is a broken line of a heading above, not a heading)
_MAX_BOLD_HEADING_WORDS = 12
_LEAF_RANK = (99, 0)  # below every label's: a heading with no label under it holds its lines, and any label ends it


def _bold_line(block: Block, label: Label | None) -> bool:
    return block.bold and label is None and block.table is None and bool(block.text)


def _bold_heading_line(block: Block, label: Label | None, opens_a_list: bool = False) -> bool:
    """A paragraph all in bold that reads as a title: no label, a capital first, a few words, no closing punctuation
    (a bold sentence of the body ends as sentences do, or runs longer), no sentence's linking word first
    (sections.json sentence_connectives: "Đồng thời, …") unless a new list opens right under it (``opens_a_list``:
    "Ngoài ra, các nhiệm vụ khác" / "1. Quảng bá" is a group's heading)."""
    # the bold test first: most lines are not bold, and counting the words of a long paragraph copies it
    return (_bold_line(block, label) and _title_line(block.text) and 1 < len(block.text.split()) <= _MAX_BOLD_HEADING_WORDS
            and (opens_a_list or not _sentence_connective().match(block.text)))


def _opens_a_list(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """Whether the line after ``blocks[i]`` is the first item of a list ("1.", "a)"): a new list opens there."""
    after = next((k for k in range(i + 1, len(blocks)) if blocks[k].table is not None or blocks[k].text), None)
    label = labels[after] if after is not None else None
    return label is not None and label.number is not None and label.value == 1


def _opens_a_sentence(text: str) -> bool:
    """Whether a bold line reads as a sentence's start, its rest in small letters on the next line: it ends with a
    comma, opens with a linking word (sentence_connectives) or with a subject (a body's name, "Các hộ …": sections.json
    bold_sentence_subjects), where a title names a topic ("Nhiệm vụ trọng tâm" / "xây dựng sản phẩm …")."""
    return (text.rstrip().endswith(",") or _sentence_connective().match(text) is not None
            or _bold_sentence_subject().match(text) is not None)


@cache
def _bold_sentence_subject() -> re.Pattern[str]:
    return re.compile(rf"{body_start()}|{json_data('sections.json')['bold_sentence_subjects'].removeprefix('^')}")


@cache
def _sentence_connective() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["sentence_connectives"])


@dataclass(frozen=True)
class _BoldHeading:
    lines: int  # the heading's lines: a bold line wrapped onto the next ones ("NHIỆM VỤ VÀ" / "GIẢI PHÁP")
    first_rank: tuple | None  # the first label under it and its rank (None when a bold heading comes first)
    first: Label | None


def _bold_headings(blocks: list[Block], labels: list[Label | None], ranks: list[tuple | None],
                   steps: list[Label | None]) -> dict[int, _BoldHeading]:
    """The bold headings by the index of their first line in ``blocks``. A heading starts a run of bold lines (a bold
    line under another is that one's next line, not a heading of its own), ends before a line that ends a sentence,
    and heads something: a line follows it (the name under a signer's bold title, the last lines, head nothing) that
    does not go on with its sentence in small letters.
    A step in bold ("Bước 1: Rà soát", see ``steps``) is a step, neither a bold heading nor one's next line."""
    found: dict[int, _BoldHeading] = {}
    bold_line = lambda j: steps[j] is None and _bold_line(blocks[j], labels[j])  # noqa: E731
    heading_line = lambda j: steps[j] is None and _bold_heading_line(blocks[j], labels[j], _opens_a_list(blocks, labels, j))  # noqa: E731
    i = 0
    while i < len(blocks):
        if not heading_line(i) or (i and bold_line(i - 1)):
            i += 1
            continue
        end = i + 1
        while (end < len(blocks) and end - i < _MAX_HEADING_LINES and bold_line(end)
               and not re.search(r"[.;:]$", blocks[end].text or "")
               and sum(len(b.text or "") for b in blocks[i:end + 1]) <= _MAX_HEADING):
            end += 1
        if end < len(blocks) and labels[end] is None and (blocks[end].text or "")[:1].islower() \
                and _opens_a_sentence(" ".join(b.text or "" for b in blocks[i:end])):
            pass  # the bold words' sentence goes on in small letters on the next line ("Sở Y tế" / "phối hợp …"): text
        elif end < len(blocks):
            first = next((j for j in range(end, len(blocks)) if labels[j] is not None or heading_line(j)), None)
            found[i] = (_BoldHeading(end - i, ranks[first], labels[first]) if first is not None and labels[first] is not None
                        else _BoldHeading(end - i, None, None))
        i = end
    return found


def _rank_above(first_rank: tuple | None, first: Label | None, stack: list[_Node]) -> tuple:
    """The rank of a heading with no label of its kind over the list that starts with ``first``: just above that
    list's, or below every label's (a leaf holding its lines) where there is none or the list goes on from an open one."""
    if first_rank is None or first is not None and first.value is not None and any(
            n.rank == first_rank and n.parsed is not None and n.parsed.kind == first.kind and n.parsed.value == first.value - 1
            for n in stack):
        return _LEAF_RANK
    return first_rank[0], first_rank[1] - 0.5


def _lost_number_rank(text: str, found: _BoldHeading, stack: list[_Node], labels: list[Label | None], after: int,
                      end: int, right_after: Label | None) -> tuple | None:
    """The rank of a heading that stands for a number a copy lost (a text copy, a web page, an OCR read): the open item's
    (its sibling) where the list under the heading numbers that item's points again ("1. Tuyên truyền" / "a)" "b)" /
    "Hỗ trợ thành lập" / "a)" "b)" / "3. …") or the open Roman part's where the heading is in capitals ("I. MỤC TIÊU" /
    … / "NHIỆM VỤ" / "1." … / "III. …"), and the next number of that item's or part's run (from ``labels[after]`` to
    ``end``) skips one. None elsewhere: where the run goes on ("2." next) the heading is one inside the item, over its
    second list, as a bold heading is. A line in capitals stands for the part only right before its items
    (``right_after``, the label of the next line, a "1."): a capital line after a part's content with more text under it
    ("Hưởng ứng phong trào" / "CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO" / "Giảm 1,5% hộ nghèo.") is the part's text."""
    holder = _item_restarted(found.first_rank, found.first, stack) if found.first_rank is not None else None
    if holder is None and is_upper_line(text) and right_after is not None and right_after.kind == "arabic" \
            and right_after.value == 1:
        holder = next((n for n in reversed(stack) if n.parsed is not None and n.parsed.kind == "roman"), None)
        holder = holder if holder is not None and (holder.children or holder.texts) else None  # not its heading's tail
    return holder.rank if holder is not None and _next_number_skips(holder.parsed, labels, after, end) else None


@cache
def _lost_number_title_refused() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = json_data("sections.json")["lost_number_title_refused"]
    return re.compile(words["captions"], re.IGNORECASE), re.compile(words["lead_ins"])


@cache
def _open_end_words() -> frozenset[str]:
    return frozenset(json_data("task_tables.json")["task_line_open_ends"])


def _title_may_stand_for_a_number(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """Whether the plain line ``blocks[i]`` may be the title of an item whose number a copy lost: the line before it
    closes (a full stop, ";", ":", or a heading whose last word needs no more: task_tables.json task_line_open_ends),
    else it is that line wrapped ("b) Tổ chức hội nghị phối hợp với" / "Hội Nông dân tỉnh"); it is no caption ("Biểu 1:
    …") and, ending in ":", no lead-in to the list under it ("Các cơ quan phối hợp:", "Cụ thể như sau:"):
    sections.json lost_number_title_refused, list_lead_ins."""
    text = blocks[i].text or ""
    captions, lead_ins = _lost_number_title_refused()
    if captions.match(text) or text.endswith(":") and (lead_ins.match(text) or _list_lead_in().search(fold(text[:-1]))):
        return False
    before = _line_before(blocks, i)
    if before is None or blocks[before].table is not None:
        return False
    line = (blocks[before].text or "").rstrip()
    if line.endswith((".", ";", ":")):
        return True
    rest = labels[before].rest.strip() if labels[before] is not None else None
    words = " ".join(line.lower().split()[-2:])
    return rest is not None and (not rest or _title_line(rest)) and line.lower().split()[-1] not in _open_end_words() \
        and words not in _open_end_words()


def _plain_title_at(blocks: list[Block], labels: list[Label | None], i: int, table_of: dict[str, str]) -> bool:
    """Whether ``blocks[i]`` is a plain line (no label, no table's) that reads as a title and may stand for a lost
    number (``_title_may_stand_for_a_number``); "Hỗ trợ thành lập:" counts as its title."""
    title = (blocks[i].text or "").removesuffix(":")
    return (labels[i] is None and blocks[i].table is None and blocks[i].id not in table_of and _title_line(title)
            and len(title.split()) <= _MAX_BOLD_HEADING_WORDS and _title_may_stand_for_a_number(blocks, labels, i))


_BULLETS = frozenset({"dash", "plus"})
_MAX_PLAIN_HEADING_WORDS = 8
# two words or more, letters only (no figure, bracket or colon: "Thời gian: Quý II", a scan's "V2 (22262" head nothing)
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:(?:\s+|\s*[,\-–]\s*)[^\W\d_]+)+")


def _sentence_ended(text: str) -> bool:
    """Whether a line ends its sentence: ";", or "." after a word in small letters ("… hồ sơ."; not an abbreviation's
    stop, "UBND TP." wrapped before "Hà Tĩnh …", "v.v.", nor another figure's, "khoản 2.") or after a time's year
    ("… hoàn thành trong quý II/2026.", "… trước ngày 30/6/2026.": a deadline closes the duty's sentence)."""
    if text.endswith(";"):
        return True
    words = text[:-1].split() if text.endswith(".") else []
    return bool(words) and (len(words[-1]) >= 2 and words[-1][-2:].isalpha() and words[-1][-2:].islower()
                            or _TIME_YEAR_AT_END.search(words[-1]) is not None)


_TIME_YEAR_AT_END = re.compile(r"(?:^|[/.\-])(?:19|20)\d\d$")  # "II/2026", "30/6/2026", "6.2026", "2026"


def _plain_heading_between_bullets(blocks: list[Block], labels: list[Label | None], i: int,
                                   table_of: dict[str, str]) -> bool:
    """Whether ``blocks[i]`` is a sub-heading with no number nor bold (a text copy's, a plain Word file's) between the
    bullets of a list: a short title ("Nhiệm vụ trọng tâm", "NHIỆM VỤ THƯỜNG XUYÊN": a capital first, words of letters
    only, no closing punctuation, no sentence's subject or linking word) after a bullet whose sentence has ended (".", ";")
    and right over a bullet of the same kind; not a scan's line. Before, it ran into the bullet above as that one's last
    words."""
    text = blocks[i].text or ""
    above, under = _line_before(blocks, i), _next_line(blocks, i)
    # a scan's line is as likely a bullet whose dash was lost or a wrapped line's fragment: never a heading by this
    if labels[i] is not None or blocks[i].table is not None or blocks[i].id in table_of or above is None \
            or blocks[i].prov.ocr_confidence is not None \
            or under is None or not _title_line(text) or not _WORDS_ONLY.fullmatch(text) \
            or len(text.split()) > _MAX_PLAIN_HEADING_WORDS \
            or _opens_a_sentence(text) or blocks[above].table is not None or labels[under] is None \
            or labels[under].kind not in _BULLETS or not _sentence_ended(blocks[above].text or ""):
        return False
    bullet_above = next((labels[k] for k in range(i - 1, -1, -1) if labels[k] is not None), None)
    return bullet_above is not None and bullet_above.kind == labels[under].kind


_LOST_IN_A_RUN = frozenset({"roman", "arabic", "letter"})


def _lost_numbers_rank(blocks: list[Block], labels: list[Label | None], ranks: list[tuple | None], i: int, start: int,
                       end: int, table_of: dict[str, str]) -> tuple | None:
    """The rank of the plain title ``blocks[i]`` (over a paragraph, or over a list it opens) where it stands for a
    number a copy lost and the run's numbers skip exactly as many as such titles stand in the gap: "1. Quảng bá" / … /
    "Đào tạo" / … / "Hỗ trợ hạ tầng" / … / "4. Kiểm tra" (two lost, two titles), "II. NHIỆM VỤ" / "Quảng bá" / … /
    "2. …" (the first lost), "a) …" / … / "Tại hội chợ" / … / "c) …", "I. MỤC TIÊU" / … / "Nhiệm vụ, giải pháp" /
    "1." "2." / "III. …". The rank is the run's: the title is its items' sibling. Where the count differs (no number
    lost, or a title inside an item), which line stands for which number cannot be told: None, the line stays text."""
    under = _next_line(blocks, i)
    if under is None or under >= end:
        return None
    # a list under the title: the run is the next label outside it; else the next label
    outside = ranks[under] if labels[under] is not None else None
    after = next((k for k in range(i + 1, end) if labels[k] is not None and (outside is None or ranks[k] < outside)), None)
    if after is None or labels[after].kind not in _LOST_IN_A_RUN or not labels[after].value or labels[after].value < 2:
        return None
    then, rank = labels[after], ranks[after]
    # the run's label before the gap, or the node that holds the run where its first number was lost
    before = next((k for k in range(i - 1, start - 1, -1) if labels[k] is not None and ranks[k] <= rank), None)
    if before is None:
        return None
    sibling = ranks[before] == rank and labels[before].kind == then.kind and labels[before].value is not None
    if sibling:
        lost = then.value - labels[before].value - 1
    elif ranks[before] < rank and not _numbers_go_on_across(labels, ranks, before, start, then, rank):
        lost = then.value - 1
    else:
        return None
    titles = [k for k in range(before + 1, after) if _plain_title_at(blocks, labels, k, table_of)
              and not _label_alone_above(blocks, labels, k) and _heads_something(blocks, labels, ranks, k, rank, then.kind)
              and not _list_goes_on_past(labels, ranks, k, after, rank)]
    if sibling and titles and _line_before(blocks, titles[0]) == before and _title_line(labels[before].rest.strip()):
        return None  # "1. Quảng bá" / "Đăng tin trên báo tỉnh" / …: the line under a heading is its text, not a title
    return rank if lost >= 1 and len(titles) == lost and i in titles else None


def _numbers_go_on_across(labels: list[Label | None], ranks: list[tuple | None], holder: int, start: int, then: Label,
                          rank: tuple) -> bool:
    """Whether the run's numbers may go on from the node before ``labels[holder]`` instead of restarting in it: the last
    label of ``then``'s kind and rank before the holder is lower than ``then`` ("I." / "1. …" / "II." / "Nhiệm vụ trọng
    tâm" / … / "2. …", a plan numbering its items on across parts): no first number is shown lost, the title is the
    holder's text. A run that restarts ("I." / "1." "2." "3." / "II." / title / "2.") is lower nowhere."""
    earlier = next((k for k in range(holder - 1, start - 1, -1)
                    if labels[k] is not None and ranks[k] == rank and labels[k].kind == then.kind), None)
    return earlier is not None and (labels[earlier].value is None or labels[earlier].value < then.value)


def _list_goes_on_past(labels: list[Label | None], ranks: list[tuple | None], i: int, end: int, rank: tuple) -> bool:
    """Whether a list finer than ``rank`` goes on past the line ``i``: the first label of some finer rank after it
    numbers on ("1. …" / "Chỉ tiêu về khách" / "a)" "b)" / "2. …" under "I." before a lost "II."): the line stands
    inside that list's item, not for the run's lost number."""
    seen: set[tuple] = set()
    for k in range(i + 1, end):
        if labels[k] is None or ranks[k] <= rank or ranks[k] in seen:
            continue
        seen.add(ranks[k])
        if labels[k].value is not None and labels[k].value > 1:
            return True
    return False


def _heads_something(blocks: list[Block], labels: list[Label | None], ranks: list[tuple | None], i: int,
                     rank: tuple, kind: str) -> bool:
    """Whether the title ``blocks[i]`` heads what an item of ``rank`` and ``kind`` holds: a list it opens ("1." "a)" finer than
    the item) or, under an item or a point, a paragraph (``_paragraph_under``). A Roman part holds a list: a title in
    sentence case over a paragraph in a part ("I. MỤC TIÊU" / … / "Chỉ tiêu cụ thể" / "Đón …." / "III.") is the
    part's own subtitle as likely as a lost "II."."""
    under = _next_line(blocks, i)
    if under is not None and labels[under] is not None:
        return labels[under].value == 1 and ranks[under] > rank
    return kind != "roman" and _paragraph_under(blocks, labels, i)


def _label_alone_above(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """Whether the line above ``blocks[i]`` is a label standing alone ("2." / "Đào tạo"): the line is its heading."""
    above = _line_before(blocks, i)
    return above is not None and labels[above] is not None and not (labels[above].rest or "").strip()


_LONG_LINE_WORDS = 12  # a line longer than a heading: a paragraph's first line wrapped in a PDF


def _paragraph_under(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """Whether a paragraph of text stands under the title ``blocks[i]``: the next line is plain, starts with a capital
    (not the title's own words wrapped: "Quảng bá sản phẩm" / "du lịch của tỉnh.") and ends as a sentence or runs
    longer than a title. A title with nothing under it ("1. …" / "Kinh phí do tỉnh bảo đảm" / "3. …"), or over lines
    that end as no sentence does (a copy that dropped its full stops), may be the item's last line: no lost number."""
    under = _next_line(blocks, i)
    text = blocks[under].text or "" if under is not None and blocks[under].table is None else ""
    return (under is not None and labels[under] is None and text[:1].isupper()
            and (re.search(r"[.;:]$", text) is not None or len(text.split()) > _LONG_LINE_WORDS))


def _next_number_skips(label: Label, labels: list[Label | None], after: int, end: int) -> bool:
    """Whether the next label of ``label``'s rank or an outer one (from ``labels[after]`` to ``end``) goes on from
    ``label`` skipping one number: the one a copy lost."""
    then = next((other for other in labels[after:end] if other is not None and other.rank <= label.rank), None)
    return (then is not None and then.kind == label.kind and then.rank == label.rank and label.value is not None
            and then.value == label.value + 2)


def _item_restarted(first_rank: tuple, first: Label | None, stack: list[_Node]) -> _Node | None:
    """The open numbered item whose points the list starting with ``first`` numbers again ("1. Tuyên truyền" / "a)"
    "b)" / a heading / "a)" …): a list restarts under a new heading. None where it restarts no open item's points."""
    if first is None or first.value != 1:
        return None
    at = next((k for k in range(len(stack) - 1, 0, -1) if stack[k].rank == first_rank and stack[k].parsed is not None
               and stack[k].parsed.kind == first.kind), None)
    holder = stack[at - 1] if at is not None else None
    return holder if holder is not None and holder.parsed is not None and holder.parsed.kind == "arabic" else None


def _bold_heading(lines: list[Block], found: _BoldHeading, stack: list[_Node], top: _Children, level: int,
                  prefix: str | None, rank: tuple | None = None) -> _Node:
    """A bold heading's node, appended to its parent's children (``stack`` cut to the parent). It heads the list that
    starts under it ("Nhiệm vụ chung" / "1." "2." / "Nhiệm vụ cụ thể" / "1." …): its rank is just above that list's,
    and a label of an outer rank ends it. Where the first label under it goes on from an open one ("1." "2." / bold /
    "3.", "I." / bold / "II."), heading the label would split that numbered list: it is a leaf of the open node,
    holding its lines until the next label. ``rank``: a heading that stands for a lost number (``_lost_number_rank``)."""
    if rank is not None:
        return _heading_node(lines, rank, stack, top, level, prefix)
    rank = _rank_above(found.first_rank, found.first, stack)
    open_heading = next((n for n in reversed(stack) if n.kind == "unnumbered"), None)
    if found.first_rank is None and open_heading is not None:
        rank = open_heading.rank  # no label under it, a bold heading open above: the next of that one's run, its sibling
    return _heading_node(lines, rank, stack, top, level, prefix)


def _heading_node(lines: list[Block], rank: tuple, stack: list[_Node], top: _Children, level: int,
                  prefix: str | None) -> _Node:
    """A heading with no label of ``rank``, appended to its parent's children (``stack`` cut to the parent)."""
    while stack and stack[-1].rank >= rank:
        stack.pop()
    parent = stack[-1] if stack else None
    siblings = parent.children if parent else top
    number = siblings.kinds.get("unnumbered", 0) + 1
    owner = parent.id if parent else prefix
    node = _Node(kind="unnumbered", level=parent.level + 1 if parent else level,
                 id=f"{owner}__heading_{number}" if owner else f"heading_{number}", heading=" ".join(b.text or "" for b in lines),
                 own=list(lines), rank=rank)
    siblings.append(node)
    return node


# A step or a phase of a plan ("Bước 1: Rà soát", "Giai đoạn I (2026 - 2027):", "Đợt 2."), or a task or a solution it
# numbers by a word ("Nhiệm vụ 1:", "Giải pháp thứ nhất:"): a word of sections.json step_words, its number (1-2 figures,
# Roman or an ordinal word; not "2021"; a sub-step's "1.2" where it follows its step, see ``_steps``), a period in brackets, then ":" "." ")" or a dash and a space before its text. Without those marks the line is
# a sentence ("Bước 1 của quy trình là …") or a flattened table's row ("Bước 5 Trả kết quả …"), unless the word and number
# stand alone: a step in bold, or in plain text one of a run of them (see ``_lone_steps``).
_STEP = re.compile(r"^(?P<label>(?P<word>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?P<number>\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|(?:[Tt]hứ|THỨ)\s+[^\W\d_]+)(?![.,]\d|\w)"
                   r"(?P<period>\s*\([^()]{1,40}\))?(?:\s*(?P<mark>[:.)]|[-–—](?=\s|$)))?)\s*(?P<rest>.*)$")


@cache
def _step_words() -> frozenset[str]:
    return frozenset(fold(word) for word in json_data("sections.json")["step_words"])


def _step_label(block: Block, label: Label | None, table_of: dict[str, str], alone: bool = False) -> Label | None:
    """The step ``block`` opens as a label of kind "step" (number as printed, "1", "II" or "1.2"), or None. ``alone``:
    also a word and number alone on a plain line (a step only in a run of them, see ``_lone_steps``)."""
    if label is not None or block.table is not None or not block.text or block.id in table_of:
        return None
    match = _STEP.match(block.text)
    if match is None or fold(match.group("word")) not in _step_words():
        return None
    if not match.group("mark") and (match.group("rest") or not (match.group("period") or block.bold or alone)):
        return None
    number = match.group("number")
    if number[:1] in "tT" and (number := ordinal_number(number)) is None:
        return None  # "Giải pháp thứ nhất:" is the first; "… thứ yếu" no step
    return Label(kind="step", label=match.group("label").strip(), number=number, rest=match.group("rest"))


def _steps(blocks: list[Block], labels: list[Label | None], table_of: dict[str, str]) -> list[Label | None]:
    """Each block's step or None: those ``_step_label`` reads, the runs of ``_lone_steps``, and of the sub-steps ("Bước
    1.1:", "Bước 1.2.") those under their step: the step before of that word is "Bước 1" or one of its sub-steps. One under
    none is a sentence's figure ("Bước 1.2: kiểm tra …" with no step 1 above it)."""
    steps = [_step_label(b, label, table_of) for b, label in zip(blocks, labels)]
    for at, step in _lone_steps(blocks, labels, steps, table_of).items():
        steps[at] = step
    last: dict[str, str] = {}  # each word's last step number
    for at, step in enumerate(steps):
        if step is None:
            continue
        word, number = _step_word(step), step.number or ""
        before, head = last.get(word, ""), number.rpartition(".")[0]
        if head and not (before == head or before.startswith(f"{head}.")):
            steps[at] = None
            continue
        last[word] = number
    return steps


def _lone_steps(blocks: list[Block], labels: list[Label | None], steps: list[Label | None],
                table_of: dict[str, str]) -> dict[int, Label]:
    """The steps whose word and number stand alone on a plain line, their text under them ("Bước 1" / "Cán bộ kiểm tra
    hồ sơ." / "Bước 2" / …), by index: taken only as a run of at least two of one word, numbered from the first ("1", "I")
    on, each with a line of text under it before the next. Not a run whose lines under each step are as many (two or
    more) and none ends a sentence: a procedure's table flattened into lines, a row a step, its cells under it."""
    lone = {i: step for i, (b, label, known) in enumerate(zip(blocks, labels, steps))
            if known is None and (step := _step_label(b, label, table_of, alone=True)) is not None}
    found: dict[int, Label] = {}
    run: list[int] = []
    for i in sorted(lone):
        if run and _step_word(lone[i]) == _step_word(lone[run[-1]]) and lone[i].value == len(run) + 1 and _plain_between(blocks, labels, steps, run[-1], i):
            run.append(i)
            continue
        found.update(_run_of_steps(run, lone, blocks, labels, steps))
        run = [i] if lone[i].value == 1 else []
    found.update(_run_of_steps(run, lone, blocks, labels, steps))
    return found


def _plain_between(blocks: list[Block], labels: list[Label | None], steps: list[Label | None], a: int, b: int) -> bool:
    """Lines of text (no label, step or table) between ``a`` and ``b``, at least one."""
    return b - a > 1 and all(labels[k] is None and steps[k] is None and blocks[k].table is None for k in range(a + 1, b))


def _run_of_steps(run: list[int], lone: dict[int, Label], blocks: list[Block], labels: list[Label | None],
                  steps: list[Label | None]) -> dict[int, Label]:
    if len(run) < 2:
        return {}
    # the last step's lines: up to the next label, step or table (or as many as the step before it had)
    end = run[-1] + 1
    while (end < len(blocks) and end - run[-1] < run[-1] - run[-2] and labels[end] is None and steps[end] is None
           and end not in lone and blocks[end].table is None):
        end += 1
    if end == run[-1] + 1:
        return {}
    bounds = [*run, end]
    under = [[blocks[k].text or "" for k in range(a + 1, b)] for a, b in zip(bounds, bounds[1:])]
    rows = len({len(lines) for lines in under}) == 1 and len(under[0]) > 1 and not any(
        re.search(r"[.;:]$", line) for lines in under for line in lines)
    return {} if rows else {i: lone[i] for i in run}


def _step_word(label: Label) -> str:
    return fold(_STEP.match(label.label).group("word"))


def _step(block: Block, step: Label, first: int | None, labels: list[Label | None], ranks: list[tuple | None],
          stack: list[_Node], top: _Children, level: int, prefix: str | None) -> _Node:
    """A step's node, appended to its parent's children (``stack`` cut to the parent). The steps of one word are
    siblings (the next step ends the one before); the first of them is placed as a bold heading is, just above the first
    label under it (``first``, its index) where that label starts a list, and under a bold heading or a step of another
    word open above it (the steps of a phase)."""
    word = _step_word(step)
    # the open step of its word and depth or above: its sibling, or the step a sub-step ("Bước 1.1") is under
    sibling = next((n for n in reversed(stack) if n.kind == "step" and _step_word(n.parsed) == word and n.parsed.depth <= step.depth), None)
    if sibling is not None and sibling.parsed.depth == step.depth:
        rank = sibling.rank
    elif sibling is not None:
        rank = (sibling.rank[0], sibling.rank[1] + 0.25)
    else:
        rank = _rank_above(None if first is None else ranks[first], None if first is None else labels[first], stack)
        if first is not None and labels[first].value not in (None, 1):
            rank = _LEAF_RANK  # a step's own list starts at its first number: "b)" under it goes on from a list above
        above = stack[-1] if stack else None
        if above is not None and above.kind in ("unnumbered", "step") and above.rank >= rank:
            rank = (above.rank[0], above.rank[1] + 0.25)
    while stack and stack[-1].rank >= rank:
        stack.pop()
    parent = stack[-1] if stack else None
    siblings = parent.children if parent else top
    heading = step.rest if step.rest and _title_line(step.rest) else None
    node = _Node(kind="step", level=parent.level + 1 if parent else level,
                 id=_child_id(parent.id if parent else prefix, siblings, step, parent.kind if parent else None),
                 label=step.label, number=step.number, heading=heading, own=[block], texts=[] if heading else [step.rest],
                 rank=rank, parsed=step)
    siblings.append(node)
    return node


def _bold_heading_above(blocks: list[Block], labels: list[Label | None], start: int) -> int:
    """Where the body starts when a bold heading stands right above its first label ("Mục đích, yêu cầu" in bold /
    "1. Mục đích"): at that heading, which heads the list as one further down does. Only where a sentence of the opening
    (the preamble: "Thực hiện …, UBND tỉnh ban hành Kế hoạch như sau:") is right above it: a bold line under the
    type heading may as well be the title, which ends with no full stop; ``start`` otherwise."""
    at = start
    while at > 0 and start - at < _MAX_HEADING_LINES and _bold_line(blocks[at - 1], labels[at - 1]):
        at -= 1
    if at == start or at == 0 or start == len(blocks) or not _bold_heading_line(blocks[at], labels[at]):
        return start
    if not _sentence(blocks[at - 1]):
        return start
    # bold headings before it, each over its paragraphs ("Mục đích" in bold / a paragraph / "Nội dung" in bold / "1. …"),
    # the preamble's sentence above the first
    while True:
        above = at - 1
        while above > 0 and at - above <= _MAX_PARAGRAPHS_UNDER_BOLD and labels[above] is None and _sentence(blocks[above]):
            above -= 1
        if above == at - 1 or above == 0 or not _bold_heading_line(blocks[above], labels[above]) or not _sentence(blocks[above - 1]):
            return at
        at = above


def _bold_headings_only(blocks: list[Block], labels: list[Label | None]) -> int:
    """Where the body starts when no label numbers it: at the first bold heading under the preamble's sentence ("…
    như sau:" / "Mục đích, yêu cầu" in bold / a paragraph / "Nhiệm vụ" in bold / …), where another bold heading follows
    it before the closing (one bold line alone may be an emphasis); ``len(blocks)`` otherwise (all of it the opening, as
    plain text, which knows no bold, reads it)."""
    first = None
    for i in range(1, len(blocks)):
        if _closing_at(blocks, labels, i):
            break
        if first is None and _bold_heading_line(blocks[i], labels[i]) and _sentence(blocks[i - 1]):
            first = i
        elif first is not None and i > first + 1 and _bold_heading_line(blocks[i], labels[i]) and not blocks[i - 1].bold:
            return first
    return len(blocks)


_MAX_PARAGRAPHS_UNDER_BOLD = 5  # how many paragraphs a bold heading over the body's first label may hold, read back


def _sentence(block: Block) -> bool:
    """A paragraph of plain text that ends as a sentence does (not bold: a bold one may be a heading's next line)."""
    return not block.bold and block.table is None and re.search(r"[.:;]$", block.text or "") is not None


_MAX_QUOTED_LINES = 60  # how far a quotation's closing mark is looked for: an article or a few clauses, not the document
# a quotation's last line: its closing mark ends the line (a clause's punctuation or "/." after it: "2. Hỗ trợ một lần.”",
# "“a) Hỗ trợ 100% học phí;”", "… ngày ký.”./.")
_QUOTE_ENDS_THE_LINE = re.compile(r"[”\"][\s.;,:/]*$")


def _quote_depth(text: str, depth: int = 0) -> int:
    """How many quotations are open after ``text`` with ``depth`` open before it. An opening mark opens one, a closing
    mark closes one (a closing mark with none open closes nothing); a straight mark, which has no side, closes one where
    one is open, whichever mark opened it, and opens one otherwise: a curly quotation closed with a straight mark
    ("“Năm 2026 - Năm dữ liệu số\" là …") is closed on its line."""
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(depth - 1, 0)
        elif ch == '"':
            depth = depth - 1 if depth > 0 else depth + 1
    return depth


def _quoted_out(labels: list[Label | None], texts: list[str]) -> list[Label | None]:
    """An amending text quotes the articles, clauses and points it puts in ("1. Sửa đổi Điều 3 như sau:" / "“Điều 3.
    Mức hỗ trợ" / "1. Hỗ trợ 60% …" / "2. Hỗ trợ một lần.”"): the labels inside the quotation are the quoted text's, no
    part of this document's outline. Only a quotation as an amending clause prints one: right after a line ending in
    ":", its mark opening the line and left open there, closed within ``_MAX_QUOTED_LINES`` by a mark ending a line,
    before the recipients, opening on what it puts in (a label: "“Điều 3.", "“2.", "“a)"; or a heading: "“Chương
    IIa") and holding no label at its first label's rank or above ("“2. Hồ sơ …" over the document's own "2. Sửa đổi
    …" is a mark mistyped). A quotation opening on a sentence holds none of the labels under it (a consolidated text's
    note "… có căn cứ ban hành như sau:" / "“Căn cứ …;" closed pages later: its articles are the document's).
    Anything else (a mark typed wrong or an inch sign: "màn hình 55\"", a mark never closed) quotes nothing: the
    labels stay the document's, as read without quotations."""
    out = list(labels)
    i = 0
    while i < len(texts):
        text = texts[i].lstrip()
        if text[:1] in "“\"" and _quote_depth(text) > 0 and _line_above(texts, i).endswith(":"):
            depth, end = _quote_depth(text), None
            for k in range(i + 1, min(len(texts), i + 1 + _MAX_QUOTED_LINES)):
                if RECIPIENTS.match(texts[k]):
                    break
                depth = _quote_depth(texts[k], depth)
                if depth <= 0:
                    end = k if _QUOTE_ENDS_THE_LINE.search(texts[k]) else None
                    break
            first = labels[i] or classify(text[1:].lstrip())  # the label the mark opens on
            sentence = first is None and text.rstrip().endswith((".", ";", ","))
            if end is not None and (sentence or first is not None and any(
                    label is not None and label.rank <= first.rank for label in labels[i + 1 : end + 1])):
                end = None
            if end is not None:
                out[i + 1 : end + 1] = [None] * (end - i)
                i = end
        i += 1
    return out


def _line_above(texts: list[str], i: int) -> str:
    """The last line with text before ``texts[i]`` ("" if none), looked for from ``i`` back: no copy of the lines."""
    return next((texts[k].rstrip() for k in range(i - 1, -1, -1) if texts[k].strip()), "")


def build_outline(blocks: list[Block], prefix: str | None, level: int, table_of: dict[str, str],
                  lines_as_tables: bool = False, table_rows: frozenset[str] = frozenset(),
                  head: frozenset[str] = frozenset()) -> tuple[list[_Node], list[Issue]]:
    """Opening, numbered parts and closing of one document (the main one, one it carries or an annex).
    ``lines_as_tables``: a table read from lines of text (blocks of ``table_of``) is a table's node, as one read as a table
    is, not text (an annex's, whose tables were always its children). ``table_rows``: the blocks of task and indicator
    tables read from text, whose labels number the table's rows (no numbering warning on them). ``head``: the blocks the
    metadata read the header, the title and the addressees from (``_head_blocks``): in a body with no outline, its
    paragraphs after the last of them are a body node, not the opening's."""
    in_table = (lambda b: b.table is not None or b.id in table_of) if lines_as_tables else (lambda b: b.table is not None)  # noqa: E731
    texts = [b.text or "" for b in blocks]
    body_texts = [text if not in_table(b) else "" for b, text in zip(blocks, texts)]  # a table's lines hold no label
    labels = _items_in_brackets(_footnote_stars_out(_options_out(_unsure_labels_in_sequence(_groups_in_sentence_case(
        _bracketed_letters_under_an_item(_quoted_out([classify(text) if text else None for text in body_texts], body_texts)),
        body_texts), texts), blocks), blocks), blocks, in_table)
    ranks = _ranks(labels)
    steps = _steps(blocks, labels, table_of)
    outer = next((i for i, l in enumerate(labels) if l and l.kind in HEADED_KINDS), None)
    start = outer if outer is not None else next((i for i, (l, s) in enumerate(zip(labels, steps)) if l and l.kind == "arabic" or s),
                                                 len(blocks))
    start = _bold_heading_above(blocks, labels, start) if start < len(blocks) else _bold_headings_only(blocks, labels)
    body = None  # where the paragraphs of a body with no outline start
    if start == len(blocks):  # no outline: its paragraphs are a body node after the title and addressees, the closing apart
        start = _closing_with_no_outline(blocks, labels)
        body = _body_start(blocks, start, head)
    closing = next((i for i in range(start, len(blocks)) if _closing_at(blocks, labels, i)), len(blocks))
    at = lambda name: f"{prefix}__{name}" if prefix else name  # noqa: E731

    parts: list[_Node] = []
    if body is not None:  # the header and title above it: _body_start holds at least one line of them
        parts.append(_leaf("opening", at("opening"), level, blocks[:body]))
        parts.append(_leaf("body", at("body"), level, blocks[body:start]))
    elif start:
        parts.append(_leaf("opening", at("opening"), level, blocks[:start]))
    top = _Children()
    stack: list[_Node] = []
    unheaded: _Node | None = None  # a node whose label stands alone on its line: its heading may be the next line
    heading_lines = 0
    bold = _bold_headings(blocks[start:closing], labels[start:closing], ranks[start:closing], steps[start:closing])
    heading_end = 0  # the index after the last line of the last bold heading
    for at_k, (block, label, rank) in enumerate(zip(blocks[start:closing], labels[start:closing], ranks[start:closing])):
        step = steps[start + at_k]
        if unheaded is not None and label is None and step is None and block.table is None and block.text:
            if unheaded.kind in _HEADED_UNDER and heading_lines < _MAX_HEADING_LINES and _heading_line(block.text, unheaded.heading):
                unheaded.heading = f"{unheaded.heading} {block.text}" if unheaded.heading else block.text
                unheaded.own.append(block)
                heading_lines += 1
                continue
            # "II." / "Nhiệm vụ trọng tâm", "1." / "Rà soát di tích"; not a cell of a table flattened into lines ("1.1" /
            # its task / its deadline, one cell a line): a row, not a heading
            if not heading_lines and unheaded.kind in _TITLED_UNDER and _title_line(block.text) and block.id not in table_of:
                unheaded.heading = block.text
                unheaded.own.append(block)
                unheaded = None
                continue
        unheaded = None
        if at_k < heading_end:  # a bold heading's next line
            continue
        if at_k in bold:
            heading_end = at_k + bold[at_k].lines
            bold_lines = blocks[start + at_k:start + heading_end]
            right_after = _next_line(blocks, start + heading_end - 1)
            rank = _lost_number_rank(" ".join(b.text or "" for b in bold_lines), bold[at_k], stack, labels,
                                     start + heading_end, closing,
                                     labels[right_after] if right_after is not None and right_after < closing else None)
            stack.append(_bold_heading(bold_lines, bold[at_k], stack, top, level, prefix, rank))
            continue
        if step is not None:
            first = next((j for j in range(start + at_k + 1, closing) if labels[j] is not None), None)
            stack.append(_step(block, step, first, labels, ranks, stack, top, level, prefix))
            if not step.rest:
                unheaded, heading_lines = stack[-1], 0
            continue
        if in_table(block):  # a real table inside a part: a child of the open node
            parent = stack[-1] if stack else None
            siblings = parent.children if parent else top
            if block.table is None and siblings and siblings[-1].kind == "table" and siblings[-1].table == table_of[block.id]:
                siblings[-1].own.append(block)  # the next line of a table read from lines
                siblings[-1].texts.append(block.text or "")
                continue
            node = _leaf("table", f"{parent.id}__table_{len(siblings) + 1}" if parent else at(f"table_{len(siblings) + 1}"),
                         parent.level + 1 if parent else level, [block])
            node.table = table_of.get(block.id)
            siblings.append(node)
            continue
        if not block.text:
            continue
        title = block.text.removesuffix(":")  # "Hỗ trợ thành lập:", the run-in text of the "2." lost before it
        if stack and _plain_title_at(blocks, labels, start + at_k, table_of):
            # a plain title standing for a lost number: a heading, as a bold one is (not a cell of a table flattened
            # into lines). Where no number is lost it stays text: a plain line over a restarted list ("Hội Nông dân
            # tỉnh" wrapped from "b) … phối hợp với", "Ngoài ra các huyện cần chú ý") cannot be told from a title.
            first = _next_line(blocks, start + at_k)
            found = _BoldHeading(1, ranks[first], labels[first]) if first is not None and first < closing \
                and labels[first] is not None else _BoldHeading(1, None, None)
            rank = _lost_number_rank(title, found, stack, labels, start + at_k + 1, closing, found.first)
            if rank is None:
                rank = _lost_numbers_rank(blocks, labels, ranks, start + at_k, start, closing, table_of)
            if rank is not None:
                stack.append(_bold_heading([block], found, stack, top, level, prefix, rank))
                continue
        if stack and _plain_heading_between_bullets(blocks, labels, start + at_k, table_of):
            first = _next_line(blocks, start + at_k)
            stack.append(_bold_heading([block], _BoldHeading(1, ranks[first], labels[first]), stack, top, level, prefix))
            continue
        if label is None:
            (stack[-1] if stack else parts[-1]).own.append(block)
            (stack[-1] if stack else parts[-1]).texts.append(block.text)
            continue
        ahead = zip(islice(labels, start + at_k + 1, closing), islice(ranks, start + at_k + 1, closing))
        if label.kind not in _FINER_THAN_AN_ITEM and not _in_brackets(label):
            # a list numbered in round brackets holds no label but finer ones (``_items_in_brackets``): a point after
            # it ("1. Tuyên truyền" / "(1) …" / "(2) …" / "- …" / "a) Kiểm tra …") is the item's, the list closed
            in_list = next((k for k, n in enumerate(stack) if n.parsed is not None and _in_brackets(n.parsed)), None)
            if in_list is not None:
                del stack[in_list:]
        rank = _in_brackets_rank(label, rank, stack) if _in_brackets(label) else \
            _bracketed_rank(label, _star_rank(label, _bullet_glyph_rank(label, rank, stack), stack), stack, top, ahead)
        while stack and stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1] if stack else None
        siblings = parent.children if parent else top
        heading, text = _capitals_before_colon(label) or (_heading_of(label), None)
        node = _Node(
            kind=label.kind, level=parent.level + 1 if parent else level, id=_child_id(parent.id if parent else prefix, siblings, label, parent.kind if parent else None),
            label=label.label, number=label.number, heading=heading, own=[block],
            texts=[text] if text else [] if heading else [label.rest], rank=rank, parsed=label,
        )
        siblings.append(node)
        stack.append(node)
        next_line = blocks[start + at_k + 1].text or "" if start + at_k + 1 < closing else ""
        if heading is None and label.kind in _HEADED_UNDER | _TITLED_UNDER and not label.rest:
            unheaded, heading_lines = node, 0
        elif _open_heading(node, next_line):
            # a heading closed but for its tail ("… CỦA KẾ HOẠCH" / "NĂM 2025") takes that line alone, not the capitals
            # after it ("TRỌNG TÂM LÀ …")
            unheaded, heading_lines = node, 0 if _OPEN_END.search(node.heading) else _MAX_HEADING_LINES - 1
    _headings_before_colons(top)
    _headings_with_full_stops(top)
    parts.extend(top)
    if closing < len(blocks):
        parts.append(_leaf("closing", at("closing"), level, blocks[closing:]))
    return parts, numbering_issues(top, table_lines=table_rows)


# A star under a dash or a "+", a finer bullet than it (between it and the next finer bullet)
_STAR_UNDER = {"dash": ((RANK["dash"] + RANK["plus"]) / 2, 1), "plus": (RANK["plus"] + 0.5, 1)}


def _star_rank(label: Label, rank: tuple, stack: list[_Node]) -> tuple:
    """A star's rank where it follows a dash or a "+": a finer bullet under it ("- Nhiệm vụ thường xuyên gồm:" / "* Tổ
    chức họp …;" / "* Rà soát …."; "+ Rà soát quy chế" / "* Cơ quan chủ trì: Sở Nội vụ.") where its line ends as a
    list's item does (";" "," "."), no star is open above (a star over dashes: the next star is that one's sibling),
    and so is the next star after such a one. A star that ends in a colon or with no stop heads what follows ("* Giai
    đoạn một …:" / "- …"): over the dashes, as ranked."""
    if label.kind != "star" or not stack:
        return rank
    if under := next((n.rank for n in reversed(stack) if n.kind == "star" and n.rank in _STAR_UNDER.values()), None):
        return under  # its list goes on ("+" lines under the star before may end)
    if stack[-1].kind in _STAR_UNDER and re.search(r"[.;,]$", label.rest) and not any(n.kind == "star" for n in stack):
        return _STAR_UNDER[stack[-1].kind]
    return rank


# A dash of the other glyph under a dash: "•" items over "-" lines, or "-" items over "•" lines
_BULLET_UNDER_BULLET = ((RANK["dash"] * 3 + RANK["plus"]) / 4, 1)


def _bullet_glyph_rank(label: Label, rank: tuple, stack: list[_Node]) -> tuple:
    """A dash's rank where a list of dashes of the other glyph is open above it: a finer list under that one's last
    item ("• Rà soát quy chế …" / "- Cơ quan chủ trì: …" / "- Thời gian: …" / "• Xây dựng …"), as a "+" under a "-";
    one of the glyph of a dash open above goes on with that one's list. "-", "–" and "—" are one glyph (typed
    alike), "•" (a word processor's list) the other."""
    if label.kind != "dash":
        return rank
    glyph = _bullet_glyph(label.label)
    dashes = [node for node in stack if node.kind == "dash"]
    if same := next((node for node in reversed(dashes) if _bullet_glyph(node.label) == glyph), None):
        return same.rank
    if dashes and dashes[-1] is stack[-1] and not _a_field_s_line(stack[-1]):
        return _BULLET_UNDER_BULLET
    return rank


def _bullet_glyph(mark: str) -> str:
    return "•" if mark.startswith("•") else "-"


def _a_field_s_line(node: _Node) -> bool:
    """A task's field and its value on a line ("- Cơ quan chủ trì: Sở Nội vụ."): it heads no list, a line of the
    other glyph after it is its sibling (the glyphs mixed in one item's field lines)."""
    label, colon, value = (node.parsed.rest if node.parsed else "").partition(":")
    return bool(colon and value.strip()) and field_role(label) is not None


# Items numbered with a bracket ("1)" "2)") inside an item or a point numbered otherwise ("2." / "1) Dự án …;"): a finer
# list, just under it
_BRACKETED_UNDER = {"arabic": ((RANK["arabic"] + RANK["letter"]) / 2, 1), "letter": ((RANK["letter"] + RANK["star"]) / 2, 1)}
_BRACKETED_RANKS = frozenset(_BRACKETED_UNDER.values())


def _bracketed_rank(label: Label, rank: tuple, stack: list[_Node], roots: list[_Node], ahead: Iterable = ()) -> tuple:
    """An item numbered with a bracket starts a list under the item or point open above it where that one is numbered
    otherwise ("2. Các dự án ưu tiên" / "1) Dự án …;" / "2) …"; "a) …" / "1) …"), and the next ones go on with that
    list; so does one numbered on from the list under that one's sibling before it ("a) …" / "1)" "2)" / "b) …" /
    "3)": an author numbering the finer items through the points). Where no such item is open ("I. MỤC TIÊU" / "1)
    …"), or the bracket is the document's way of numbering its items, it is an item as ranked; so is one that would
    number on across the points but goes on from such an item open above them ("2) Xúc tiến" / "a)" / "1)" "2)" / "b)"
    / "3) Kinh phí": the document's next item, not the finer list's third) unless that item's next number comes again
    later ("2) Hỗ trợ" / "a)" / "1)" "2)" / "b)" / "3) Tập huấn" / "4)" / "3) Tiêu thụ": the first "3)" is the finer
    list's, ``_numbered_again``). ``ahead``: the labels after this one and their ranks."""
    if label.kind != "arabic" or not label.label.endswith(")"):
        return rank
    under = _BRACKETED_RANKS
    finer = next((n for n in reversed(stack) if n.rank in under), None)
    if finer is not None and label.value != 1:
        # a drop in the finer list's numbers to the next of a bracketed item above it ("4)" / "3) Tiêu thụ" under "2)"):
        # that one's next item
        if finer.parsed is not None and finer.parsed.value is not None and label.value is not None and label.value <= finer.parsed.value \
                and any(_bracketed(n) and n.rank not in under and n.parsed.value == label.value - 1 for n in stack):
            return rank
        return finer.rank
    at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].kind in _BRACKETED_UNDER), None)
    if at is None or stack[at].rank in under or _bracketed(stack[at]):
        return rank
    open_item = stack[at]
    if label.value == 1:
        return _BRACKETED_UNDER[open_item.kind]
    siblings = stack[at - 1].children if at else roots
    before = siblings[-2] if len(siblings) > 1 and siblings[-1] is open_item else None
    last = before.children[-1] if before is not None and before.kind == open_item.kind and before.children else None
    if last is not None and last.rank in under and last.parsed is not None and last.parsed.value == label.value - 1 \
            and not any(_bracketed(n) and n.parsed.value == label.value - 1 and not _numbered_again(label, n, ahead) for n in stack[:at]):
        return _BRACKETED_UNDER[open_item.kind]
    return rank


def _in_brackets(label: Label) -> bool:
    """An item numbered in round brackets ("(2)", ``_items_in_brackets``)."""
    return label.kind == "arabic" and label.label.startswith("(")


def _in_brackets_rank(label: Label, rank: tuple, stack: list[_Node]) -> tuple:
    """The rank of an item numbered in round brackets: its list's first item's for the next ones; the first just under
    the node open above it (an item's or a point's finer list, as "1)" under "2." is; under a dash or a star, a rank
    between it and the next finer), or an item's rank right under a part ("I. MỤC TIÊU" / "(1) …")."""
    if label.value != 1:
        first = next((n for n in reversed(stack) if n.parsed is not None and _in_brackets(n.parsed)), None)
        if first is not None:
            return first.rank
    if not stack or stack[-1].kind in HEADED_KINDS:
        return rank
    above = stack[-1]
    if above.kind in _BRACKETED_UNDER and above.rank not in _BRACKETED_RANKS:
        return _BRACKETED_UNDER[above.kind]
    return above.rank[0], above.rank[1] + 0.5


def _numbered_again(label: Label, outer: _Node, ahead: Iterable) -> bool:
    """Whether a label numbered as ``label`` ("3)") comes again in ``ahead`` (labels and their ranks) in ``outer``'s list
    ("2) Hỗ trợ"): after a drop in the bracketed numbers (a "3)" after "4)"; not one going on by one, a finer list
    numbered anew: "c)" / "1)" "2)" "3)"), before any label coarser than ``outer`` ("II."): then the "3)" open now is
    a finer list's, and that later one the outer list's next item."""
    last = label.value
    for later, later_rank in ahead:
        if later is None:
            continue
        if later_rank < outer.rank:
            return False
        if later.kind != "arabic" or not later.label.endswith(")") or _in_brackets(later) or later.value is None:
            continue
        if later.value == label.value and later.value <= last:
            return True
        last = later.value
    return False


def _bracketed(node: _Node) -> bool:
    """An item numbered with a bracket ("2)"; not in round brackets, "(2)")."""
    return node.kind == "arabic" and node.parsed is not None and node.label.endswith(")") and not _in_brackets(node.parsed)


# "Mục tiêu: Nâng cao …": a heading of a few words, a colon, its text in a sentence of its own on the same line (or
# going on in small letters: "Mục đích: bảo đảm …", see ``_run_in_heading``). The lookahead fails a line with no colon
# in one scan, where the lazy heading would try the colon after each of its first 60 letters (~10 µs a long line).
_HEADING_BEFORE_COLON = re.compile(rf"^(?=[^:]*+:)(?P<heading>[{CAPITAL_LETTERS}][^:;,.\d]{{1,60}}?)\s*:\s+(?P<text>[^\W\d_].*)$")
_MAX_HEADING_WORDS = 6


def _headings_before_colons(nodes: list[_Node]) -> None:
    """An item whose label line holds its heading and its text after a colon ("1. Mục tiêu: Nâng cao …") is headed
    when a sibling of its kind has a heading of its own ("3. Phạm vi"): the list is one of headed items. Without
    such a sibling the line stays the item's text (it may as well be a body and its task: "1. Sở Y tế: Chủ trì …"), and
    so does a line whose words before the colon name a body, headed siblings or not (the body is the task's subject),
    or are a task's field label ("c) Thời gian thực hiện: Quý II/2026", "Kinh phí: …": the tasks stage reads the field
    with its label). A star marks a sub-heading ("* Trồng rừng: Trồng mới …"): its line is headed so with no sibling's
    heading, under the same guards. So is a list of two items or more each of which is so ("1. Mục đích: Nâng cao …" /
    "2. Yêu cầu: Bảo đảm …"), none of whose words before the colon name a person or a place ("1. Bà Ngô Thị D: Tổ
    trưởng.", a team's members; "1. Xã Hòa Phong: Trồng 300 ha.") and none whose words after it start with a body's name (a task and its lead: "1. Tuyên truyền: Phòng
    Văn hóa chủ trì …")."""
    if not nodes:  # a leaf's children: most calls of this walk
        return
    for node in nodes:
        _headings_before_colons(node.children)
    headed = {(n.kind, n.rank) for n in nodes if n.heading and n.kind in ("arabic", "letter")}
    run_in_lists = {key for key, items in _item_lists(nodes).items() if len(items) > 1 and all(_run_in_list_item(n) for n in items)}
    for node in nodes:
        key = (node.kind, node.rank)
        if node.heading is None and (node.kind == "star" or key in headed or key in run_in_lists) and node.texts and node.parsed:
            match = _run_in_heading(node, in_a_list=key in run_in_lists)
            if match:
                node.heading, node.texts[0] = match.group("heading"), match.group("text")


@cache
def _list_lead_in() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["list_lead_ins"])


def _run_in_heading(node: _Node, in_a_list: bool = False) -> re.Match[str] | None:
    """The heading and text of an unheaded node's label line read as "Heading: Text", under the guards of
    ``_headings_before_colons`` (a few words, no body's name, no task's field label). ``in_a_list``: an item of a list
    all of whose items are so, whose words before the colon may be more than a few where they are fewer than the
    sentence after it ("2. Yêu cầu đối với các cơ quan và địa phương: Phối hợp chặt chẽ và bảo đảm …"): a heading over
    its text, which the other items' headings bear out (a sentence that introduces a short list runs longer than it), and
    no sentence's lead-in ("… các nội dung sau: …", sections.json list_lead_ins). A text in small letters after the
    colon ("1. Mục đích: bảo đảm …") goes on with the sentence the words before it open: a heading only of a few
    words, in such a list ("2. Yêu cầu: các xã …"), and not over points run into its line ("1. Các thông số chủ yếu: a)
    …; b) …", a list's lead-in as well)."""
    if node.heading is not None or not node.texts or node.parsed is None:
        return None
    match = _HEADING_BEFORE_COLON.match(node.texts[0])
    if match is None:
        return None
    words = len(match.group("heading").split())
    if not match.group("text")[0].isupper() and (
            not (in_a_list and words <= _MAX_HEADING_WORDS) or classify(match.group("text")) is not None):
        return None  # not "Các thông số gồm: a) …", points run into the line, no heading's text
    if ((words <= _MAX_HEADING_WORDS or in_a_list and words < len(match.group("text").split())
         and not _list_lead_in().search(fold(match.group("heading"))))
            and not looks_like_agency(match.group("heading")) and field_role(match.group("heading")) is None):
        return match
    return None


def _run_in_list_item(node: _Node) -> bool:
    """An item of a list all of whose items are run-in headings: read so, no person named before its colon (nor a
    title before it and the name after it: "1. Ông: Trần Văn Bình - Trưởng đoàn;", a team's members), no body's name
    after it."""
    match = _run_in_heading(node, in_a_list=True)
    # (the persons' patterns are anchored at the start: the heading and its text cover the heading alone)
    return (match is not None and not _ends_in_a_name(match.group("heading"))
            and not names_a_person(f"{match.group('heading')} {match.group('text')}") and not looks_like_agency(match.group("text")))


def _ends_in_a_name(words: str) -> bool:
    """Words whose last two start with capitals: a person's or a place's name ("Đồng chí Lò Văn Bình", "Xã Hòa
    Phong"), not a heading in sentence case ("Phân cấp chủ trì")."""
    last = words.split()[-2:]
    return len(last) == 2 and all(word[:1].isupper() for word in last)


def _headings_with_full_stops(nodes: list[_Node]) -> None:
    """A list of items whose label lines are titles an author closed with a full stop or a colon ("1. Mục đích." /
    "Nâng thu nhập …" / "2. Yêu cầu." / "Bảo đảm …", "1. Mục đích:" / …): headed, the stop kept as printed. Only where every item of the list (two or
    more of one kind and rank) is so: its label line a title with its full stop, a paragraph under it that runs longer
    (a sentence item that goes on in a shorter paragraph, "1. Các xã rà soát đất trống, lập danh sách …." / "Hoàn thành
    trước 30/6.", is no heading)."""
    if not nodes:  # a leaf's children: most calls of this walk
        return
    for node in nodes:
        _headings_with_full_stops(node.children)
    for items in _item_lists(nodes).values():
        if len(items) > 1 and all(_title_with_full_stop(n) for n in items):
            for node in items:
                node.heading, node.texts = node.texts[0], node.texts[1:]


def _item_lists(nodes: list[_Node]) -> dict[tuple, list[_Node]]:
    """The items and the points among ``nodes`` (siblings), by their kind and rank: each list of them."""
    lists: dict[tuple, list[_Node]] = {}
    for node in nodes:
        if node.kind in ("arabic", "letter"):
            lists.setdefault((node.kind, node.rank), []).append(node)
    return lists


def _title_with_full_stop(node: _Node) -> bool:
    """An unheaded node whose label line is a title closed by a full stop (or a colon, but for a sentence's lead-in:
    sections.json list_lead_ins), over a longer paragraph of its own: no comma
    or figure in it, no body's name opening it, no word that marks a clause's predicate (sections.json clause_words):
    sentences ("Các sở, ngành thực hiện.", "Sở Nội vụ chủ trì.", "Tiến độ đã chậm."), but for a kind of things narrowed
    by a relative clause (sections.json titled_noun_phrases: "Những việc đã làm được.")."""
    if node.heading is not None or node.parsed is None or len(node.texts) < 2 or not node.texts[1]:
        return False
    line = node.texts[0]
    if line.endswith(":") and _list_lead_in().search(fold(line[:-1])):
        return False  # "1. Các nhiệm vụ gồm:", "1. Đối tượng hỗ trợ là:": a sentence the paragraph under it goes on
    return (line.endswith((".", ":")) and not line.endswith("./.") and _title_line(line[:-1])
            and not re.search(r"[.;:,\d]", line[:-1]) and not _INLINE_POINT.search(line) and not looks_like_agency(line[:-1])
            and (not _clause_words().intersection(line[:-1].lower().split())  # "Tiến độ đã chậm."
                 or _titled_noun_phrase().match(line.lower()) is not None)  # "Những việc đã làm được."
            and len(line.split()) < len(node.texts[1].split()))  # not "Hoàn thành trước 30/6/2026.", "Sở Y tế chủ trì."


# A point's label run into a line ("Chỉ số cấp bộ a) Bộ tiêu chí …:", a PDF's two lines made one): no title
_INLINE_POINT = re.compile(r"\s[a-zđ][)/]\s")


@cache
def _clause_words() -> frozenset[str]:
    return frozenset(json_data("sections.json")["clause_words"])


@cache
def _titled_noun_phrase() -> re.Pattern[str]:
    """A titled noun phrase (sections.json titled_noun_phrases) whose clause holds a verb and a word or two to the line's
    end (titled_noun_clauses: "Những việc đã làm được.", not "Các hạn chế đã được khắc phục kịp thời.")."""
    data = json_data("sections.json")
    clause = data["titled_noun_clauses"]
    words = lambda key: "|".join(map(re.escape, clause[key]))  # noqa: E731
    word = rf"(?!(?:{words('not_in')})(?![^\s.:]))[^\s.:]+"
    return re.compile(rf"(?:{data['titled_noun_phrases']})(?!(?:{words('not_first')})(?![^\s.:])){word}(?:\s+{word}){{0,{clause['max_words'] - 1}}}[.:]$")


# Articles (Điều) are numbered through the whole document, across chapters, and chapters across parts; other labels
# restart under each parent.
_CONTINUOUS = frozenset({"article", "chapter"})


def numbering_issues(nodes: list[_Node], through: dict | None = None,
                     table_lines: frozenset[str] = frozenset(), numbered_on: _Node | None = None) -> list[Issue]:
    """Skipped, repeated and out-of-order numbers among siblings of the same kind, recursively. A label on a line of
    a task or indicator table read from text (``table_lines``: the main part keeps such lines as text) numbers its
    rows, not the document: a score table's "1.2" then "2.1" under a row "2" no label reads. (A table of another kind
    read from text may be the document's own lines: "Mục 1" over its title.) ``numbered_on``: the last of the finer
    bracketed items under the sibling before these nodes' parent, which these ones may number on ("a)" / "1)" "2)" /
    "b)" / "3)")."""
    issues: list[Issue] = []
    if not nodes:  # a leaf's children: most calls of this walk
        return issues
    through = {} if through is None else through
    local: dict[tuple[str, int], tuple[int, _Node]] = {}
    first = next((n for n in nodes if numbered_on is not None and n.rank == numbered_on.rank), None)
    if first is not None and first.parsed is not None and numbered_on.parsed is not None \
            and first.parsed.value == (numbered_on.parsed.value or 0) + 1:  # numbered on, not restarted
        local[(numbered_on.kind, numbered_on.parsed.depth)] = (numbered_on.parsed.value, numbered_on)
    finer = _BRACKETED_RANKS
    for at_k, node in enumerate(nodes):
        previous = through if node.kind in _CONTINUOUS else local
        label = (node.parsed or classify(node.own[0].text or "")) if node.number and node.own[0].id not in table_lines \
            else None
        value = label.value if label else None
        if label and value is not None:
            key = (node.kind, label.depth)
            where = node.own[0].where  # called only for a warning: most numbers follow the one before
            if key in previous:
                before, before_node = previous[key]
                if value == before:
                    issues.append(Issue(code="numbering_repeated", message=f"'{node.label}' is repeated (also at line {before_node.own[0].prov.line_start})", where=where()))
                elif value < before:
                    issues.append(Issue(code="numbering_out_of_order", message=f"'{node.label}' comes after '{before_node.label}'", where=where()))
                elif value > before + 1:
                    issues.append(Issue(code="numbering_skipped", message=f"'{node.label}' follows '{before_node.label}': {value - before - 1} number(s) skipped", where=where()))
            elif value > 1:
                issues.append(Issue(code="numbering_skipped", message=f"'{node.label}' is the first of its kind here: {value - 1} number(s) before it are missing", where=where()))
            previous[key] = (value, node)
        before = nodes[at_k - 1].children[-1] if at_k and nodes[at_k - 1].children else None
        issues.extend(numbering_issues(node.children, through, table_lines,
                                       before if before is not None and before.rank in finer else None))
    return issues


_MAX_ANNEX_HEADER = 8  # how far under an annex's heading the motto of a header of its own may stand


def _own_header_end(blocks: list[Block]) -> int:
    """Under an annex's heading, the header some annexes print as a document's (the issuer, the national motto, the
    number, the place and date): the index after its last line; 0 when the annex prints none. Its lines are no title."""
    mottos = [i for i, b in enumerate(blocks[:_MAX_ANNEX_HEADER]) if b.table is None and MOTTO.match(b.text or "")]
    # above the motto or beside it, only the header's lines and the issuer's in capitals: a title or a "(Kèm theo …)"
    # line before it is the annex's own, and the motto a form's it holds
    if not mottos or not all(b.table is None and (_header_line(b.text or "") or is_upper_line(b.text or "") and not KEM_THEO.search(b.text or ""))
                             for b in blocks[: mottos[-1]]):
        return 0
    end = mottos[-1] + 1
    while end < len(blocks) and blocks[end].table is None and _header_line(blocks[end].text or ""):
        end += 1
    return end


def _header_line(text: str) -> bool:
    """A line of a header: the motto, the number, the place and date, a rule."""
    return bool(MOTTO.match(text) or HEADER_LINE.search(text) or SEPARATOR.match(text))


def build_annex(blocks: list[Block], node_id: str, level: int, table_of: dict[str, str], above: int = 0) -> tuple[_Node, list[Issue]]:
    """An annex: its heading and title, the "(Kèm theo …)" line naming its parent, and its table(s). ``above``: the
    lines of a header of its own printed above its heading (its text, as one printed under it is). With no title
    printed above its first table, the title that table's first row prints across it (``_title_in_first_row``)."""
    node, issues = _annex_node(blocks, node_id, level, table_of, above)
    if node.heading is None or node.attached_to is None:
        first = next((b for b in blocks[above:] if b.table is not None
                      or (b.text and not KEM_THEO.search(b.text) and not annex_heading(b.text))), None)
        title = _title_in_first_row(first.table) if first is not None and first.table is not None else None
        if title is not None:
            heading, link = title
            node.heading = node.heading or heading
            if node.attached_to is None and link:
                node.attached_to = _link(link)
    return node, issues


# The "(Kèm theo …)" / "(Ban hành kèm theo …)" link in a title's cell, from its bracket
_LINK_IN_CELL = re.compile(r"\(?\s*(?:Ban hành\s+)?kèm theo\b.*$", re.IGNORECASE | re.DOTALL)


def _title_in_first_row(table) -> tuple[str | None, str | None] | None:
    """An annex's title printed in its table's first row, one cell across the table ("DANH MỤC NHIỆM VỤ … (Kèm theo
    Kế hoạch số …)" over "TT | Nhiệm vụ | …"): the title in capitals before its link (or None), and the link (or None).
    None where the row holds cells of their own (a header), or neither."""
    grid = table.grid() if table.n_cols > 1 else []
    texts = {t.strip() for t in grid[0] if t and t.strip()} if grid else set()
    if len(texts) != 1:
        return None
    text = " ".join(texts.pop().split())
    link = _LINK_IN_CELL.search(text)
    heading: str | None = text[: link.start()].strip() if link else text
    # no colon: "ĐƠN VỊ TÍNH: TRIỆU ĐỒNG" across a table's top is its unit, no title
    if heading and (":" in heading or not is_upper_line(heading) or len(heading) > _MAX_HEADING or classify(heading) is not None):
        heading = None
    # a group's or a total's row over the header ("NHÓM NHIỆM VỤ VỀ THỂ CHẾ", "NHIỆM VỤ TRỌNG TÂM", "TỔNG CỘNG"): a title
    # only where it opens as one does (sections.json first_row_title_openings, or a document's type: "QUY CHẾ …")
    if heading and (not (_folded_openings("first_row_title_openings").match(fold(heading)) or doc_type_of_heading(heading))
                    or GROUP_LABEL.match(heading) or is_total_label(heading)):
        heading = None
    return (heading or None, link.group(0) if link else None) if heading or link else None


def _annex_node(blocks: list[Block], node_id: str, level: int, table_of: dict[str, str], above: int) -> tuple[_Node, list[Issue]]:
    if above >= len(blocks):  # a header over an annex heading that the next annex's cut took: its lines are the annex
        above = 0
    header_above, blocks = blocks[:above], blocks[above:]
    match = annex_heading(blocks[0].text or "") if blocks[0].table is None else None
    if match is None:  # a table after the signature, or a title (capitals, sentence case) over its "(Kèm theo …)" or bare
        title = list(takewhile(_annex_title_line, blocks)) or _sentence_title(blocks)
        return _fill_annex(_Node(kind="annex", level=level, id=node_id, heading=" ".join(b.text for b in title) or None,
                                 own=[*header_above, *title], texts=[b.text or "" for b in header_above]),
                           blocks[len(title):], table_of)
    title_blocks = [blocks[0]]
    header: list[Block] = []  # a header of the annex's own: its text, not its title
    if match.group("phu_luc") and not match.group("rest"):
        header = blocks[1 : 1 + _own_header_end(blocks[1:])]
        under = blocks[1 + len(header):]
        for block in under:
            if block.table is not None or block.id in table_of or not block.text or not is_upper_line(block.text) or KEM_THEO.search(block.text):
                break
            title_blocks.append(block)
        if len(title_blocks) == 1 or len(title_blocks) == 2 and doc_type_of_heading(title_blocks[1].text or ""):
            # "PHỤ LỤC" / "KẾ HOẠCH" / "Kiểm tra công tác …" / "(Kèm theo …)": a type's name, its subject under it
            title_blocks += _sentence_title(under[len(title_blocks) - 1:])
        if len(title_blocks) == 1 and under and KEM_THEO.search(under[0].text or ""):
            title_blocks = [blocks[0], *_title_under_link(under)]
    # as printed: "PHỤ LỤC II", "Phụ lục số 2"
    label = (match.string[: match.end("number")] if match.group("number") else match.group("phu_luc")) if match.group("phu_luc") else None
    heading_parts = [match.group("rest") or ""] + [b.text for b in title_blocks[1:]] if match.group("phu_luc") else [blocks[0].text]
    node = _Node(kind="annex", level=level, id=node_id, label=label, number=match.group("number"),
                 heading=" ".join(p for p in heading_parts if p) or None,
                 own=[*header_above, blocks[0], *header, *title_blocks[1:]], texts=[b.text or "" for b in (*header_above, *header)])
    titled = {b.id for b in title_blocks[1:]}  # under the heading, or under the "(Kèm theo …)" line
    return _fill_annex(node, [b for b in blocks[1 + len(header):] if b.id not in titled], table_of)


def _title_under_link(under: list[Block]) -> list[Block]:
    """An annex's title printed under its "(Kèm theo …)" line ("PHỤ LỤC" / "(Kèm theo Quyết định số …)" / "HƯỚNG
    DẪN CHẤM ĐIỂM …"): the lines in capitals right after the link, not a numbered part's."""
    link_end = 1 + next((k for k, b in enumerate(under[:2]) if (b.text or "").rstrip().endswith(")")), 0)
    title = list(takewhile(lambda b: _annex_title_line(b) and classify(b.text or "") is None,
                           under[link_end : link_end + _MAX_ANNEX_TITLE_LINES]))
    return title


def _sentence_title(blocks: list[Block]) -> list[Block]:
    """An annex's title in sentence case under its label ("Phụ lục 01" / "Danh mục nhiệm vụ trọng tâm"): taken only
    when its "(Kèm theo …)" line follows it, as a title's does; a line not sure to be one stays the annex's text."""
    for n in range(1, min(_MAX_ANNEX_TITLE_LINES, len(blocks) - 1) + 1):
        if KEM_THEO.search(blocks[n].text or "") and blocks[n].table is None:
            title = blocks[:n]
            if (title[0].text or " ")[0].isupper() and sum(len(b.text or "") for b in title) <= _MAX_HEADING and all(
                    b.table is None and b.text and not re.search(r"[.;:,]$", b.text) and classify(b.text) is None for b in title):
                return title
            return []
    return []


def _annex_title_line(block: Block) -> bool:
    """A line of an annex's title printed without "PHỤ LỤC": in capitals, no "(Kèm theo …)", no signature's line."""
    text = block.text or ""
    return (block.table is None and is_upper_line(text) and any(c.isalpha() for c in text) and not KEM_THEO.search(text)
            and not is_signature_line(text))


_MAX_ANNEX_TITLE_LINES = 3


_MAX_ISSUER_LINES = 2


def _header_above(body: list[Block], at: int, after: int) -> int:
    """Where an annex (or a document a decision carries) begins whose header of its own (the issuer, the national motto,
    the number, the place and date) is printed above its "PHỤ LỤC" line (its type heading "KẾ HOẠCH"): at the header's
    first line (no further back than ``after``); ``at`` when no motto stands right above the heading."""
    start = at
    while start - 1 > after and at - start < _MAX_ANNEX_HEADER and (
            body[start - 1].table is None and (_header_line(body[start - 1].text or "") or _annex_title_line(body[start - 1]))):
        start -= 1
    mottos = [k for k in range(start, at) if MOTTO.match(body[k].text or "")]
    if not mottos:
        return at
    # above the motto only the issuer's lines ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG"), not a signature's
    return max(start, mottos[0] - _MAX_ISSUER_LINES)


def _annex_start(body: list[Block], table_at: int, after: int) -> int:
    """Where an annex that starts with a table begins: at its "(Kèm theo …)" line right above it (or wrapped onto a
    second line) and the title in capitals above that (no further back than ``after``, its closing's recipients); at
    the table without that line."""
    at = next((k for k in (table_at - 1, table_at - 2) if k > after and KEM_THEO.search(body[k].text or "")), None)
    if at is None or any(body[k].table is not None for k in range(at, table_at)):
        return table_at
    while at - 1 > after and table_at - at <= _MAX_ANNEX_TITLE_LINES and _annex_title_line(body[at - 1]):
        at -= 1
    return at


def _fill_annex(node: _Node, blocks: list[Block], table_of: dict[str, str]) -> tuple[_Node, list[Issue]]:
    """An annex's lines after its heading and title: its text, its "(Kèm theo …)" link, its tables as children; where
    its text is numbered ("I. NHIỆM VỤ CHUNG", "1. Rà soát"), its own tree of sections, as a document's body, its tables
    in their places: the lines before the first label (the "(Kèm theo …)" line, an introduction) are the annex's text."""
    numbered = lambda lines: any(b.table is None and b.id not in table_of and classify(b.text or "") for b in lines)  # noqa: E731
    labelled = numbered(blocks)
    if labelled:
        parts, issues = build_outline(blocks, node.id, node.level + 1, table_of, lines_as_tables=True)
        # numbered text after a closing of the annex's own (its "Nơi nhận", its signature): the annex holds several
        # documents (forms "Mẫu số 01", "Mẫu số 02" …), whose bounds are not read: its text, as it was
        labelled = not (parts and parts[-1].kind == "closing" and numbered(parts[-1].own))
    if labelled:
        if parts and parts[0].kind == "opening":
            blocks, parts = parts[0].own, parts[1:]
        else:
            blocks = []
    for block in blocks:
        table = table_of.get(block.id)
        if table is None and block.table is None:
            node.own.append(block)
            node.texts.append(block.text or "")
            if node.attached_to is None and KEM_THEO.search(block.text or ""):
                node.attached_to = _link(block.text or "")
            continue
        if not node.children or node.children[-1].table != table:
            child = _leaf("table", f"{node.id}__{table}", node.level + 1, [])
            child.table = table
            node.children.append(child)
        node.children[-1].own.append(block)
        node.children[-1].texts.append(block.text or "")
    if not labelled:
        return node, []
    node.children.extend(parts)
    return node, issues


def _link(text: str) -> dict:
    citations = find_citations(text)
    if not citations:
        return {"text": text}
    c = citations[0]
    return {"doc_type": c.doc_type, "number": c.number, "issued_date": c.issued_date, "text": text}


_KEM_THEO_UNDER = 4  # how far under a table's heading ("Biểu 1", its title in capitals) its "(Kèm theo …)" line stands


def _body_goes_on(body: list[Block], i: int) -> bool:
    """Whether the body goes on after the caption at ``body[i]`` and its table, before the next annex heading: the
    closing ("Nơi nhận", a signer's position) or a part numbered on from the body's ("2." after "1.", "II." after "I.").
    A table put on a page of its own (a landscape section) has its caption at the top of a page and is still the body's."""
    last: dict[tuple[str, int], int] = {}  # the last number of each kind and depth above the caption
    for block in body[:i]:
        label = classify(block.text or "") if block.table is None else None
        if label is not None and label.value is not None:
            last[(label.kind, label.depth)] = label.value
    seen: set[tuple[str, int]] = set()  # only a kind's first number after the caption: an annex numbers on its own
    for block in body[i + 1 :]:
        text = block.text or ""
        if block.table is not None:
            continue
        if annex_heading(text):
            return False
        if RECIPIENTS.match(text) or is_signature_line(text):
            return True
        label = classify(text)
        if label is None or label.value is None or (label.kind, label.depth) in seen:
            continue
        seen.add((label.kind, label.depth))
        if last.get((label.kind, label.depth)) == label.value - 1:
            return True
    return False


def _annex_can_start(body: list[Block], i: int, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """Whether the annex heading at ``body[i]`` starts an annex. A "Biểu N" line (parts.TABLE_CAPTION) is as often a
    table's caption in the body ("1. Thu ngân sách" / "Biểu 1. KẾT QUẢ THU NGÂN SÁCH NĂM 2025" / its table / "2. Chi
    ngân sách"): it heads an annex only where one can start, after the closing (the recipients or the signature since
    the last part's start) or another annex, at the top of a page (a PDF's, or after a DOCX's or a web page's page
    break), or with a "(Kèm theo …)" line under it.
    Before that it is a caption and stays the body's text (a caption taken for an annex took the rest of the body, its
    later parts and the closing). So is a form named by its number and code ("Mẫu số 01/BC-UBND"): in the body, a
    sentence's words ("Các trường báo cáo theo" / "Mẫu số 01/BC-UBND")."""
    text = body[i].text or ""
    if _titles_the_annex_above(body, i, cuts):
        return False
    if not TABLE_CAPTION.match(text) and not any(c in (annex_heading(text).group("number") or "") for c in "/-"):
        return True
    page, above = body[i].prov.page, body[i - 1].prov.page
    if (body[i].starts_page or page is not None and above is not None and page != above) and not _body_goes_on(body, i):
        return True
    under = [b for b in body[i + 1 : i + 1 + _KEM_THEO_UNDER] if b.table is None]
    return any(KEM_THEO.search(b.text or "") for b in under) or _after_closing(body, i, cuts, recipients)


# "BIỂU SỐ 02", "BIỂU MẪU 01", "BIỂU SỐ: 02", "BIỂU I": a caption with a number of its own, which may head a table (or
# an annex) of its own
_NUMBERED_BIEU = re.compile(r"^BIỂU(?:\s+MẪU)?(?:\s+SỐ)?\s*[:.]?\s*(?:\d|[IVXLC]+\b)")


def _titles_the_annex_above(body: list[Block], i: int, cuts: list[tuple[int, str, int]]) -> bool:
    """Whether a "BIỂU …" line in capitals with no number ("BIỂU TỔNG HỢP KẾT QUẢ") is the title of the annex whose
    bare heading stands right above it, alone or over its "(Kèm theo …)" line ("PHỤ LỤC II" / "(Kèm theo …)" / "BIỂU
    TỔNG HỢP …"): nothing else between them (no text, no table), as a title is printed. Taken for an annex of its own it
    left that annex with no title and no text."""
    if not cuts or cuts[-1][1] != "annex" or _NUMBERED_BIEU.match(body[i].text or ""):
        return False
    start, _, above = cuts[-1]
    heading = annex_heading(body[start + above].text or "") if body[start + above].table is None else None
    if heading is None or not heading.group("phu_luc") or heading.group("rest") or not annex_heading(body[i].text or "").group("bieu"):
        return False
    between = body[start + above + 1 : i]
    # the link line, wrapped onto a second line at most: only where its parenthesis is still open (a sentence after a
    # whole link line is the annex's text, and the BIỂU line under it heads a part of its own, as before)
    link = between[0].text or "" if between else ""
    return len(between) <= 2 and all(b.table is None for b in between) and (
        not between or _LINK_LINE.match(link) is not None and all(classify(b.text or "") is None for b in between)
        and (len(between) == 1 or link.lstrip().startswith("(") and ")" not in link))


def _after_closing(body: list[Block], i: int, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """Whether ``body[i]`` stands after the closing (its recipients, or a signature's line since the last part's
    start) or after another annex: where an annex may start."""
    if recipients is not None or (cuts and cuts[-1][1] == "annex"):
        return True
    start = cuts[-1][0] if cuts else 0
    return any(b.table is None and is_signature_line(b.text or "") for b in body[start:i])


# the line naming an annex's parent on a line of its own: "(Kèm theo Kế hoạch số …)", "Ban hành kèm theo …"
_LINK_LINE = re.compile(r"^\(?\s*(?:Ban hành\s+)?kèm theo\b", re.IGNORECASE)


def _titled_annex_at(body: list[Block], i: int, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """An annex printed with no "PHỤ LỤC" line: its title in capitals on one to three lines, its "(Kèm theo …)" line
    right under it ("DANH MỤC" / "CÁC ĐIỂM DU LỊCH …" / "(Kèm theo Kế hoạch số …)"), where one may start
    (``_annex_may_start``): not the title under an annex's "PHỤ LỤC" line and a header of its own ("PHỤ LỤC" / "ỦY BAN
    NHÂN DÂN" / … / "DANH MỤC …" / "(Kèm theo …)"). Not a carried document's type heading ("QUY CHẾ" / "…" / "(Ban hành kèm theo …)",
    metadata.attached), the motto nor a numbered line. It starts at its title's first line. ``i`` > 0."""
    text, above = body[i].text or "", body[i - 1]
    if not _annex_title_line(body[i]) or MOTTO.match(text) or doc_type_of_heading(text) or classify(text) is not None:
        return False
    if above.table is None and (_annex_title_line(above) or annex_heading(above.text or "")):
        return False  # the title's second line, or the title under a "PHỤ LỤC" line
    for block in body[i + 1 : i + 1 + _MAX_ANNEX_TITLE_LINES]:
        if block.table is None and _LINK_LINE.match(block.text or ""):
            return _annex_may_start(body, i, block, cuts, recipients)
        if not _annex_title_line(block) or MOTTO.match(block.text or "") or annex_heading(block.text or ""):
            return False  # a "PHỤ LỤC" line under it starts the annex: above it, the closing's last line ("… NHÂN" / "DÂN")
    return False


def _annex_may_start(body: list[Block], i: int, link: Block, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """Whether a title at ``body[i]`` over its ``link`` line may start an annex: after the closing (``_after_closing``),
    or after another annex or a carried document whose own link (or a table) is above it, else this is its title. A
    document found with no link of its own (``_unlinked_carried_at``) has its title right under its type heading, and
    may hold a caption over a note ("(Kèm theo danh sách của các xã)"): there the link must cite its parent
    ("(Kèm theo Kế hoạch ban hành theo Quyết định số …)")."""
    if not cuts:
        return _after_closing(body, i, cuts, recipients)
    start, kind, above = cuts[-1]
    if kind == "carried":
        return i > start + above + 1 and bool(find_citations(link.text or ""))
    return any(b.table is not None or KEM_THEO.search(b.text or "") for b in body[start:i])


@cache
def _folded_openings(key: str) -> re.Pattern[str]:
    """A list of sections.json (annex_title_openings, issued_part_openings, issued_closing_parts) as one pattern on the folded line's start."""
    words = json_data("sections.json")[key]
    return re.compile(r"^(?:%s)\b" % "|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _annex_title_opening() -> re.Pattern[str]:
    return _folded_openings("annex_title_openings")


@cache
def _longest_annex_title_opening() -> int:
    return max(map(len, json_data("sections.json")["annex_title_openings"]))


def _opens_as_annex_title(text: str) -> bool:
    """``_annex_title_opening().match(fold(text))``, the line's first words folded, not the whole line: this runs on
    every line, and a paragraph past text._CACHED_LENGTH was folded whole each time (4% of the stages on web pages).
    Folding maps character by character and a cut at a space ends a word, so the fold of the words before the cut is
    the start of the line's fold; longer than any opening, it decides the match and the word boundary after it."""
    longest = _longest_annex_title_opening()
    cut = text.find(" ", 2 * longest)
    head = fold(text[:cut]) if cut > 0 else ""
    return _annex_title_opening().match(head if len(head) > longest else fold(text)) is not None


def _sentence_titled_annex_at(body: list[Block], i: int, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """An annex printed with no "PHỤ LỤC" line and its title in sentence case ("Danh mục nhiệm vụ trọng tâm" / "(Kèm
    theo Kế hoạch số …)"): a title opening as an annex's does (sections.json annex_title_openings), one to three lines
    (``_sentence_title``) right over its link line (``_LINK_LINE``), where one may start (``_annex_may_start``). A
    sentence of the closing or a name over a link stays where it is. ``i`` > 0."""
    text = body[i].text or ""
    if body[i].table is not None or not _opens_as_annex_title(text) or is_upper_line(text) or names_a_person(text):
        return False
    title = _sentence_title(body[i : i + 2 + _MAX_ANNEX_TITLE_LINES])
    link = body[i + len(title)] if title else None
    return (link is not None and _citing_link(link.text or "") and not _goes_on_with_a_run(body, i + len(title) + 1)
            and _annex_may_start(body, i, link, cuts, recipients))


# a link line as an annex's is printed: in brackets, or opening the line with a capital ("(Kèm theo …)", "Kèm theo …",
# "(Ban hành kèm theo …)"), not a wrapped sentence going on in small letters ("… do nhà trường lập" / "kèm theo hồ sơ …")
_PRINTED_LINK = re.compile(r"^(?:\(\s*(?:[Bb]an hành\s+)?[Kk]èm theo|Ban hành kèm theo|Kèm theo)\b")


def _citing_link(text: str) -> bool:
    """A link line under an annex's title in sentence case: printed as one (``_PRINTED_LINK``) and citing a document
    ("(Kèm theo Kế hoạch số 215/KH-UBND …)"), not a sentence naming an annex ("kèm theo Phụ lục I ban hành cùng Kế
    hoạch này") or a form ("kèm theo biểu mẫu số 01 …")."""
    return bool(_PRINTED_LINK.match(text)) and bool(find_citations(text))


def _goes_on_with_a_run(body: list[Block], at: int) -> bool:
    """The first line from ``at`` on is a numbered label that goes on with a run above (its number not the first):
    a caption and its link inside a list ("1. …" / "Danh sách thành viên …" / "(Kèm theo Quyết định số …)" / "2. …"),
    no annex's start."""
    after = next((b for b in body[at:] if b.table is not None or b.text), None)
    if after is None or after.table is not None:
        return False
    label = classify(after.text or "")
    return label is not None and label.value is not None and label.value != 1


def _untitled_annex_at(body: list[Block], i: int, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """An annex printed with neither a "PHỤ LỤC" line nor a title: its link line alone, the first line after the
    closing, citing the document ("(Kèm theo Quyết định số 402/QĐ-UBND …)"), over a numbered part ("I. DANH MỤC …").
    A link that says the document is issued ("(Ban hành kèm theo …)") starts that document (``_unlinked_carried_at``)."""
    text = body[i].text or ""
    if cuts or _ISSUED_LINK.match(text) or not _citing_link(text) or not _after_closing(body, i, cuts, recipients):
        return False
    above = next((b for b in reversed(body[:i]) if b.table is not None or b.text), None)
    if above is None or above.table is not None or _annex_title_line(above) or annex_heading(above.text or "") \
            or _annex_title_opening().match(fold(above.text or "")):
        return False
    after = next((b for b in body[i + 1 :] if b.table is not None or b.text), None)
    label = classify(after.text or "") if after is not None and after.table is None else None
    return label is not None and label.kind in HEADED_KINDS - {"article"} and label.value == 1


@dataclass(frozen=True)
class _Issued:
    """What a decision's article issues (sections.json issuing_articles): the article's place, the document's name."""
    at: int
    name: str  # as printed: "Kế hoạch phòng, chống dịch bệnh trên cây trồng năm 2026"


@cache
def _issuing_article() -> re.Pattern[str]:
    return re.compile(json_data("sections.json")["issuing_articles"])


def _issued_by_article(body: list[Block]) -> _Issued | None:
    """The first article that issues a document printed after it ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
    …"), or None."""
    for i, block in enumerate(body):
        text = block.text or ""
        if block.table is None and text[:1] == "Đ" and _issuing_article().match(fold(text)):
            named = re.search(r"\s(?:này|NÀY)\s+(?:là\s+)?(?P<what>\S.*?)[.;:]*(?:/\.)?$", text)
            return _Issued(i, named.group("what")) if named else None
    return None


def _unlinked_carried_at(body: list[Block], i: int, issued: _Issued, cuts: list[tuple[int, str, int]], recipients: int | None) -> bool:
    """Where a document the decision issues starts when no "(Ban hành kèm theo …)" line under its type heading tells it
    (metadata.attached found none): after the issuing article, its type heading, the type the article names ("Điều 1. Ban
    hành kèm theo Quyết định này Kế hoạch …" / … / "KẾ HOẠCH" / "Phòng, chống …" / "I. MỤC ĐÍCH"); or, after the
    closing, its link line printed with no type heading over a numbered part ("(Kèm theo Quyết định số …)" / "I. …").
    Only the first such line: an annex of it after it is an annex."""
    if cuts or i <= issued.at or body[i].table is not None:
        return False
    text = body[i].text or ""
    doc_type = doc_type_of_heading(text)
    if doc_type is not None:
        return fold(issued.name).startswith(fold(doc_type)) and (
            _after_closing(body, i, cuts, recipients) or _past_the_articles(body, i))
    # the link alone says the document is issued ("(Ban hành kèm theo Quyết định số …)"); "(Kèm theo Quyết định số …)"
    # is the decision's own annex unless the parts under it are the issued document's own (``_own_parts_under``)
    if not _LINK_LINE.match(text) or not _after_closing(body, i, cuts, recipients):
        return False
    after = next((b for b in body[i + 1 :] if b.table is not None or b.text), None)
    label = classify(after.text or "") if after is not None and after.table is None else None
    if label is None or label.kind not in HEADED_KINDS - {"article"}:
        return False
    return bool(_ISSUED_LINK.match(text)) or _citing_link(text) and _own_parts_under(body, i, label)


@cache
def _own_annex_articles() -> re.Pattern[str]:
    """sections.json own_annex_articles, compiled once: an article naming the decision's own annex, on the folded line."""
    return re.compile(json_data("sections.json")["own_annex_articles"])


def _own_parts_under(body: list[Block], i: int, first: Label) -> bool:
    """Whether the parts under a link line ``body[i]`` ("(Kèm theo Quyết định số …)") are a plan's, a programme's or
    rules' own, told only where the signal is strong: the first part opening as such a document's first part does
    (sections.json issued_part_openings: "I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC TIÊU") and a later one as its last part does
    (issued_closing_parts: "III. TỔ CHỨC THỰC HIỆN"), up to the next annex or closing, and no article of the decision
    naming an annex of its own (own_annex_articles: "Điều 2. … tại Phụ lục kèm theo Quyết định này"). A list's parts
    ("I. DANH MỤC …"), a budget's ("I. NỘI DUNG CHI" / "II. KINH PHÍ …"), tasks' ("I. NHIỆM VỤ TRỌNG TÂM" / "II.
    TRÁCH NHIỆM …") are the decision's own annex, as the base reads them."""
    own_annex = _own_annex_articles()
    for block in body[:i]:
        label = classify(block.text or "") if block.table is None and block.text else None
        if label is not None and label.kind == "article" and own_annex.search(fold(block.text or "")):
            return False
    opened = closed = False
    for block in body[i + 1 :]:
        text = block.text or ""
        if block.table is not None or not text:
            continue
        if annex_heading(text) or RECIPIENTS.match(text) or _LINK_LINE.match(text):
            break
        label = classify(text)
        if label is None or (label.kind, label.depth) != (first.kind, first.depth):
            continue
        if not opened:
            if not _folded_openings("issued_part_openings").match(fold(label.rest)):
                return False
            opened = True
        elif _folded_openings("issued_closing_parts").match(fold(label.rest)):
            closed = True
    return opened and closed


_ISSUED_LINK = re.compile(r"^\(?\s*Ban hành\s+kèm theo\b", re.IGNORECASE)


def _past_the_articles(body: list[Block], i: int) -> bool:
    """A type heading before the decision's closing starts the document its article issues only past the decision's
    articles (none after it goes on with them: "Điều 2. …" / "KẾ HOẠCH" / "…" / "Điều 3. …" is the article's text)
    and over a numbered part within a few lines ("KẾ HOẠCH" / its title / "I. MỤC ĐÍCH, YÊU CẦU")."""
    last = 0
    for block in body[:i]:
        label = classify(block.text or "") if block.table is None and block.text else None
        if label is not None and label.kind == "article" and label.value:
            last = label.value
    later = [classify(b.text or "") if b.table is None and b.text else None for b in body[i + 1 :]]
    if any(label is not None and label.kind == "article" and label.value == last + 1 for label in later):
        return False
    near = [label for label in later[: 1 + _MAX_ANNEX_TITLE_LINES] if label is not None]
    return bool(near) and near[0].kind in HEADED_KINDS - {"article"}


def _carried_node(chunk: list[Block], node_id: str, above: int, issued: _Issued, table_of: dict[str, str],
                  table_rows: frozenset[str]) -> tuple[_Node, list[Issue]]:
    """A document the decision issues, found by ``_unlinked_carried_at``: its type heading (or its link line) the label,
    the title under that heading the heading, else the name the issuing article gives it."""
    first = chunk[above]
    heading_line = doc_type_of_heading(first.text or "") is not None
    under = chunk[above + 1].text or "" if above + 1 < len(chunk) and chunk[above + 1].table is None else ""
    title = under if heading_line and under and classify(under) is None and not _LINK_LINE.match(under) and (
        _title_line(under) or is_upper_line(under)) else issued.name
    parts, found = build_outline(chunk, node_id, 2, table_of, table_rows=table_rows)
    return _Node(kind="attached", level=1, id=node_id, label=first.text if heading_line else None, heading=title,
                 children=parts), found


def outline(doc: Document) -> tuple[list[Section], list[Issue]]:
    body = doc.body()
    table_of = {block_id: t.id for t in doc.tables for block_id in t.blocks}
    # a table of tasks or indicators after the closing (its recipients and signature), no heading above it, is an annex
    table_rows = frozenset(block_id for t in doc.tables if t.kind in ("tasks", "indicators") for block_id in t.blocks)
    appended = {block_id for t in doc.tables if t.kind in ("tasks", "indicators") for block_id in t.blocks[:1]}
    attached = {a.where["block"]: a for a in (doc.metadata.attached if doc.metadata else []) if a.where}
    cuts: list[tuple[int, str, int]] = []  # where a part starts, its kind, the lines of an annex's header above its heading
    recipients = None  # the closing's "Nơi nhận" line in the part since the last cut
    issued = None if attached else _issued_by_article(body)
    for i, block in enumerate(body):
        if block.id in attached:  # the carried document's header above its type heading, where it prints one, is its own
            start = _header_above(body, i, max(cuts[-1][0] if cuts else 0, recipients or 0))
            cuts.append((start, "attached", i - start))
        elif issued is not None and _unlinked_carried_at(body, i, issued, cuts, recipients):
            start = _header_above(body, i, max(issued.at, recipients or 0))
            cuts.append((start, "carried", i - start))
        elif i and block.table is None and annex_heading(block.text or "") and _annex_can_start(body, i, cuts, recipients):
            start = _header_above(body, i, max(cuts[-1][0] if cuts else 0, recipients or 0))
            cuts.append((start, "annex", i - start))
        elif i and block.table is None and (_titled_annex_at(body, i, cuts, recipients)
                                            or _sentence_titled_annex_at(body, i, cuts, recipients)
                                            or _untitled_annex_at(body, i, cuts, recipients)):
            start = _header_above(body, i, max(cuts[-1][0] if cuts else 0, recipients or 0))
            cuts.append((start, "annex", i - start))
        elif recipients is not None and block.id in appended and (not cuts or cuts[-1][1] in ("attached", "carried")):
            cuts.append((_annex_start(body, i, recipients), "annex", 0))
        else:
            if recipients is None and block.table is None and RECIPIENTS.match(block.text or ""):
                recipients = i
            continue
        recipients = None
    bounds = [0, *(i for i, _, _ in cuts), len(body)]
    kinds = ["main", *(k for _, k, _ in cuts)]
    aboves = [0, *(n for _, _, n in cuts)]
    nodes: list[_Node] = []
    issues: list[Issue] = []
    counters = {"attached": 0, "annex": 0}
    for kind, above, a, b in zip(kinds, aboves, bounds, bounds[1:]):
        chunk = body[a:b]
        if not chunk:
            continue
        if kind == "main":
            parts, found = build_outline(chunk, None, 1, table_of, table_rows=table_rows, head=_head_blocks(doc, body))
            nodes += parts
            issues += found
        elif kind == "attached":
            counters["attached"] += 1
            node_id = f"attached_{counters['attached']}"
            parts, found = build_outline(chunk, node_id, 2, table_of, table_rows=table_rows)
            carried = attached[chunk[above].id]
            nodes.append(_Node(kind="attached", level=1, id=node_id, label=chunk[above].text, heading=carried.title or carried.doc_type,
                               children=parts))
            issues += found
        elif kind == "carried":
            counters["attached"] += 1
            carried_node, found = _carried_node(chunk, f"attached_{counters['attached']}", above, issued, table_of, table_rows)
            nodes.append(carried_node)
            issues += found
        else:
            counters["annex"] += 1  # ids by order: annexes are not always numbered, or numbered uniquely
            annex, found = build_annex(chunk, f"annex_{counters['annex']}", 1, table_of, above)
            nodes.append(annex)
            issues += found
    return [n.freeze() for n in nodes], issues


def sections(doc: Document) -> Document:
    tree, issues = outline(doc)
    return doc.with_warnings(issues, sections=tree)
