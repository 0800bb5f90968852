"""Sections stage: the numbered outline of the document as a tree.

Reads body blocks' ``text`` and ``metadata.attached``; writes ``sections`` and numbering warnings.

Top-level parts, in order: the opening (header, title, căn cứ lines, preamble), the body's numbered
parts (I., II. … or Chương/Điều), the closing (concluding sentence, Nơi nhận, signature), any document
carried by this one (a plan attached to a decision, with a tree of its own) and the annexes
(PHỤ LỤC …, BIỂU …, Biểu mẫu số / Mẫu số …, or a table of tasks or indicators after the closing with no such heading),
each linked to its parent document by its "(Kèm theo …)" line. Inside the body,
a paragraph's label (see ``numbering``) decides its place: a label nests under the nearest open label
of an outer rank. Numbering anomalies (a skipped, repeated or out-of-order number) are reported as
warnings and never renumbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import takewhile

from .citations import find_citations
from ..model import Block, Document, Issue, Section, trusted
from .numbering import HEADED_KINDS, RANK, Label, classify
from .parts import HEADER_LINE, KEM_THEO, MOTTO, RECIPIENTS, SEPARATOR, annex_heading, is_signature_line
from ..resources import json_data
from ..text import is_upper_line

_MAX_HEADING = 200
_ID_PREFIX = {"part": "part", "upper_letter": "group", "chapter": "chapter", "muc": "muc", "article": "art", "roman": "sec", "arabic": "item", "letter": "point",
              "dash": "dash", "plus": "plus"}


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
        lines = [n for b in self.own for n in (b.prov.line_start, b.prov.line_end) if n is not None]
        lines += [n for c in children for n in (c.line_start, c.line_end) if n is not None]
        pages = [b.prov.page for b in self.own if b.prov.page is not None]
        pages += [n for c in children for n in (c.page_start, c.page_end) if n is not None]
        values = dict(
            id=self.id, kind=self.kind, label=self.label, number=self.number, level=self.level, heading=self.heading,
            text="\n".join(t for t in self.texts if t), blocks=[b.id for b in self.own],
            line_start=min(lines, default=None), line_end=max(lines, default=None),
            page_start=min(pages, default=None), page_end=max(pages, default=None),
            attached_to=self.attached_to, table=self.table, children=children,
        )
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
    """Parts and chapters are always headed; an article, item or point is headed when its label line
    reads as a title ("1. Mục đích"), not as a sentence ("Điều 2. Quyết định này có hiệu lực …")."""
    if label.kind in HEADED_KINDS and label.kind != "article":
        return label.rest or None
    if label.kind in ("article", "arabic", "letter") and label.rest and len(label.rest) <= _MAX_HEADING:
        return None if re.search(r"[.;:,]$", label.rest) else label.rest
    return None


# Kinds whose label may stand alone on its line, the heading in capitals under it ("Chương I" / "QUY ĐỊNH CHUNG",
# "PHẦN THỨ NHẤT" / "KẾT QUẢ THỰC HIỆN NĂM 2024"), on one line or wrapped onto a few.
_HEADED_UNDER = frozenset({"part", "chapter", "muc", "roman"})
_MAX_HEADING_LINES = 3


def _heading_line(text: str, heading_so_far: str | None) -> bool:
    """A line in capitals that heads the part above it (or goes on with its heading), not a sentence or a table's row."""
    return is_upper_line(text) and len(text) + len(heading_so_far or "") <= _MAX_HEADING and any(c.isalpha() for c in text)


@cache
def _closing_start() -> re.Pattern[str]:
    """sections.json closing_start as one alternation: one search a line, not one a pattern (this runs on every line)."""
    return re.compile("|".join(f"(?:{p})" for p in json_data("sections.json")["closing_start"]))


def _is_closing(block: Block, label: Label | None) -> bool:
    text = block.text or ""
    return block.table is None and label is None and bool(text) and (
        _closing_start().search(text) is not None or is_signature_line(text))


def _leaf(kind: str, node_id: str, level: int, blocks: list[Block]) -> _Node:
    return _Node(kind=kind, level=level, id=node_id, own=list(blocks), texts=[b.text or "" for b in blocks])


_LETTERS_UNDER_ROMAN = ((RANK["roman"] + RANK["arabic"]) / 2, 1)


def _ranks(labels: list[Label | None]) -> list[tuple | None]:
    """Each label's rank in the tree. Capital-letter groups stand above the Roman parts ("A. KẾT QUẢ ĐẠT ĐƯỢC" / "I. …")
    unless a Roman part comes before the first of them: then they group the items of a Roman part ("II. NHIỆM VỤ" /
    "A. NHIỆM VỤ CHUNG" / "1. …"), and the next Roman part is no child of the last group."""
    kinds = [label.kind for label in labels if label]
    under = "upper_letter" in kinds and "roman" in kinds[: kinds.index("upper_letter")]
    return [None if label is None else _LETTERS_UNDER_ROMAN if under and label.kind == "upper_letter" else label.rank
            for label in labels]


def build_outline(blocks: list[Block], prefix: str | None, level: int, table_of: dict[str, str]) -> tuple[list[_Node], list[Issue]]:
    """Opening, numbered parts and closing of one document (the main one or one it carries)."""
    labels = [classify(b.text or "") if b.table is None else None for b in blocks]
    ranks = _ranks(labels)
    outer = next((i for i, l in enumerate(labels) if l and l.kind in HEADED_KINDS), None)
    start = outer if outer is not None else next((i for i, l in enumerate(labels) if l and l.kind == "arabic"), len(blocks))
    closing = next((i for i in range(start, len(blocks)) if _is_closing(blocks[i], labels[i])), len(blocks))
    at = lambda name: f"{prefix}__{name}" if prefix else name  # noqa: E731

    parts: list[_Node] = []
    if start:
        parts.append(_leaf("opening", at("opening"), level, blocks[:start]))
    top = _Children()
    stack: list[_Node] = []
    unheaded: _Node | None = None  # a part, chapter or section whose label line holds no heading: it may be the next line
    heading_lines = 0
    for block, label, rank in zip(blocks[start:closing], labels[start:closing], ranks[start:closing]):
        if unheaded is not None and label is None and block.table is None and block.text:
            if heading_lines < _MAX_HEADING_LINES and _heading_line(block.text, unheaded.heading):
                unheaded.heading = f"{unheaded.heading} {block.text}" if unheaded.heading else block.text
                unheaded.own.append(block)
                heading_lines += 1
                continue
        unheaded = None
        if block.table is not None:  # a real table inside a part: a child of the open node
            parent = stack[-1] if stack else None
            siblings = parent.children if parent else top
            node = _leaf("table", f"{parent.id}__table_{len(siblings) + 1}" if parent else at(f"table_{len(siblings) + 1}"),
                         parent.level + 1 if parent else level, [block])
            node.table = table_of.get(block.id)
            siblings.append(node)
            continue
        if not block.text:
            continue
        if label is None:
            (stack[-1] if stack else parts[-1]).own.append(block)
            (stack[-1] if stack else parts[-1]).texts.append(block.text)
            continue
        while stack and stack[-1].rank >= rank:
            stack.pop()
        parent = stack[-1] if stack else None
        siblings = parent.children if parent else top
        heading = _heading_of(label)
        node = _Node(
            kind=label.kind, level=parent.level + 1 if parent else level, id=_child_id(parent.id if parent else prefix, siblings, label, parent.kind if parent else None),
            label=label.label, number=label.number, heading=heading, own=[block], texts=[] if heading else [label.rest], rank=rank,
            parsed=label,
        )
        siblings.append(node)
        stack.append(node)
        if heading is None and label.kind in _HEADED_UNDER and not label.rest:
            unheaded, heading_lines = node, 0
    parts.extend(top)
    if closing < len(blocks):
        parts.append(_leaf("closing", at("closing"), level, blocks[closing:]))
    return parts, numbering_issues(top)


# Articles (Điều) are numbered through the whole document, across chapters, and chapters across parts; other labels
# restart under each parent.
_CONTINUOUS = frozenset({"article", "chapter"})


def numbering_issues(nodes: list[_Node], through: dict | None = None) -> list[Issue]:
    """Skipped, repeated and out-of-order numbers among siblings of the same kind, recursively."""
    issues: list[Issue] = []
    through = {} if through is None else through
    local: dict[tuple[str, int], tuple[int, _Node]] = {}
    for node in nodes:
        previous = through if node.kind in _CONTINUOUS else local
        label = (node.parsed or classify(node.own[0].text or "")) if node.number else None
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
        issues.extend(numbering_issues(node.children, through))
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


def build_annex(blocks: list[Block], node_id: str, level: int, table_of: dict[str, str]) -> _Node:
    """An annex: its heading and title, the "(Kèm theo …)" line naming its parent, and its table(s)."""
    match = annex_heading(blocks[0].text or "") if blocks[0].table is None else None
    if match is None:  # a table after the signature, under its title in capitals and its "(Kèm theo …)" line or bare
        title = list(takewhile(_annex_title_line, blocks))
        return _fill_annex(_Node(kind="annex", level=level, id=node_id, heading=" ".join(b.text for b in title) or None,
                                 own=title), blocks[len(title):], table_of)
    title_blocks = [blocks[0]]
    header: list[Block] = []  # a header of the annex's own: its text, not its title
    if match.group("phu_luc") and not match.group("rest"):
        header = blocks[1 : 1 + _own_header_end(blocks[1:])]
        for block in blocks[1 + len(header):]:
            if block.table is not None or block.id in table_of or not block.text or not is_upper_line(block.text) or KEM_THEO.search(block.text):
                break
            title_blocks.append(block)
    label = (f"{match.group('phu_luc')} {match.group('number') or ''}".strip() if match.group("phu_luc") else None)
    heading_parts = [match.group("rest") or ""] + [b.text for b in title_blocks[1:]] if match.group("phu_luc") else [blocks[0].text]
    node = _Node(kind="annex", level=level, id=node_id, label=label, number=match.group("number"),
                 heading=" ".join(p for p in heading_parts if p) or None, own=[blocks[0], *header, *title_blocks[1:]],
                 texts=[b.text or "" for b in header])
    return _fill_annex(node, blocks[len(node.own) :], table_of)


def _annex_title_line(block: Block) -> bool:
    """A line of an annex's title printed without "PHỤ LỤC": in capitals, no "(Kèm theo …)", no signature's line."""
    text = block.text or ""
    return (block.table is None and is_upper_line(text) and any(c.isalpha() for c in text) and not KEM_THEO.search(text)
            and not is_signature_line(text))


_MAX_ANNEX_TITLE_LINES = 3


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


def _fill_annex(node: _Node, blocks: list[Block], table_of: dict[str, str]) -> _Node:
    """An annex's lines after its heading and title: its text, its "(Kèm theo …)" link, its tables as children."""
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
    return node


def _link(text: str) -> dict:
    citations = find_citations(text)
    if not citations:
        return {"text": text}
    c = citations[0]
    return {"doc_type": c.doc_type, "number": c.number, "issued_date": c.issued_date, "text": text}


def outline(doc: Document) -> tuple[list[Section], list[Issue]]:
    body = doc.body()
    table_of = {block_id: t.id for t in doc.tables for block_id in t.blocks}
    # a table of tasks or indicators after the closing (its recipients and signature), no heading above it, is an annex
    appended = {block_id for t in doc.tables if t.kind in ("tasks", "indicators") for block_id in t.blocks[:1]}
    attached = {a.where["block"]: a for a in (doc.metadata.attached if doc.metadata else []) if a.where}
    cuts: list[tuple[int, str]] = []
    recipients = None  # the closing's "Nơi nhận" line in the part since the last cut
    for i, block in enumerate(body):
        if block.id in attached:
            cuts.append((i, "attached"))
        elif i and block.table is None and annex_heading(block.text or ""):
            cuts.append((i, "annex"))
        elif recipients is not None and block.id in appended and (not cuts or cuts[-1][1] == "attached"):
            cuts.append((_annex_start(body, i, recipients), "annex"))
        else:
            if recipients is None and block.table is None and RECIPIENTS.match(block.text or ""):
                recipients = i
            continue
        recipients = None
    bounds = [0, *(i for i, _ in cuts), len(body)]
    kinds = ["main", *(k for _, k in cuts)]
    nodes: list[_Node] = []
    issues: list[Issue] = []
    counters = {"attached": 0, "annex": 0}
    for kind, a, b in zip(kinds, bounds, bounds[1:]):
        chunk = body[a:b]
        if not chunk:
            continue
        if kind == "main":
            parts, found = build_outline(chunk, None, 1, table_of)
            nodes += parts
            issues += found
        elif kind == "attached":
            counters["attached"] += 1
            node_id = f"attached_{counters['attached']}"
            parts, found = build_outline(chunk, node_id, 2, table_of)
            carried = attached[chunk[0].id]
            nodes.append(_Node(kind="attached", level=1, id=node_id, label=chunk[0].text, heading=carried.title or carried.doc_type,
                               children=parts))
            issues += found
        else:
            counters["annex"] += 1  # ids by order: annexes are not always numbered, or numbered uniquely
            nodes.append(build_annex(chunk, f"annex_{counters['annex']}", 1, table_of))
    return [n.freeze() for n in nodes], issues


def sections(doc: Document) -> Document:
    tree, issues = outline(doc)
    return doc.with_warnings(issues, sections=tree)
