"""Fast paths of the stages (issue 20, item 5) give what the plain code they replace gave: each test compares the two
on inputs generated here (hypothesis) and, where it can, on the samples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pipeline.model import Block, Provenance, Section
from pipeline.stages.sections import _Node

# --- sections: Section nodes made without validating them again ---------------------------------------------------


def _frozen_the_old_way(node: _Node) -> Section:
    """_Node.freeze as it was: every Section validated by pydantic."""
    children = [_frozen_the_old_way(c) for c in node.children]
    lines = [n for b in node.own for n in (b.prov.line_start, b.prov.line_end) if n is not None]
    lines += [n for c in children for n in (c.line_start, c.line_end) if n is not None]
    pages = [b.prov.page for b in node.own if b.prov.page is not None]
    pages += [n for c in children for n in (c.page_start, c.page_end) if n is not None]
    return Section(
        id=node.id, kind=node.kind, label=node.label, number=node.number, level=node.level, heading=node.heading,
        text="\n".join(t for t in node.texts if t), blocks=[b.id for b in node.own],
        line_start=min(lines, default=None), line_end=max(lines, default=None),
        page_start=min(pages, default=None), page_end=max(pages, default=None),
        attached_to=node.attached_to, table=node.table, children=children,
    )


_OPTIONAL_INT = st.none() | st.integers(min_value=0, max_value=10_000)
_TEXT = st.text(alphabet="aăâđêôơưỦY BANI.1-+()\n|", max_size=12)
_BLOCKS = st.lists(st.builds(lambda i, page, start, length: Block(
    id=f"b{i:04d}", orig="x", prov=Provenance(reader="html", page=page, line_start=start,
                                               line_end=None if start is None or length is None else start + length)),
    st.integers(0, 9999), _OPTIONAL_INT, _OPTIONAL_INT, _OPTIONAL_INT), max_size=4)
_ATTACHED = st.none() | st.fixed_dictionaries({"text": _TEXT}, optional={
    "doc_type": st.none() | _TEXT, "number": _TEXT, "issued_date": st.none() | st.just("2025-06-09")})


def _node(children):
    return st.builds(
        lambda kind, level, id_, label, number, heading, own, texts, attached_to, table, kids: _Node(
            kind=kind, level=level, id=id_, label=label, number=number, heading=heading, own=own, texts=texts,
            children=kids, attached_to=attached_to, table=table),
        st.sampled_from(sorted(Section.KINDS)), st.integers(1, 8), _TEXT, st.none() | _TEXT, st.none() | _TEXT,
        st.none() | _TEXT, _BLOCKS, st.lists(_TEXT, max_size=4), _ATTACHED, st.none() | _TEXT, children)


_TREES = st.recursive(_node(st.just([])), lambda kids: _node(st.lists(kids, max_size=3)), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(_TREES)
def test_a_frozen_section_is_the_validated_one(node):
    fast, plain = node.freeze(), _frozen_the_old_way(node)
    assert fast == plain
    assert fast.model_dump_json() == plain.model_dump_json()
    for a, b in zip(fast.walk(), plain.walk()):
        assert list(a.__dict__) == list(b.__dict__)  # the fields in the model's order
        assert a.model_fields_set == b.model_fields_set
        assert type(a.children) is type(b.children) is list


def test_a_kind_outside_the_schema_still_fails_validation():
    node = _Node(kind="paragraph", level=1, id="x")
    with pytest.raises(ValidationError, match="kind"):
        node.freeze()
    with pytest.raises(ValidationError, match="kind"):
        _frozen_the_old_way(node)


# --- clean: the wrapped-line test asks the first letter first; a provenance copied field by field -------------------

from dataclasses import replace  # noqa: E402

from pipeline.model import Layer, Table  # noqa: E402
from pipeline.stages import clean  # noqa: E402


def _surely_wrapped_the_old_way(prev: Block, nxt: Block) -> bool:
    # the plain order of the same tests (s46-tabtext added the lone row letter "a" / "b." of a lettered table's copy)
    return clean._adjacent(prev, nxt) and nxt.text[0].islower() and not clean._ends(clean._ENDS_SENTENCE, prev.text) \
        and not clean._point_after_clause(prev.text, nxt.text) and not clean._row_letter(nxt)


_LINE_TEXTS = st.none() | st.text(alphabet="aĐđ Ủ.;:!?\n-1", max_size=6)
_MOSTLY = lambda usual, other: st.sampled_from([usual] * 5 + [other])  # noqa: E731  (pairs that can join, mostly)


def _line(text, layer, table, cell_end, start, end) -> Block:
    return Block(id="b", orig="x", text=text, layer=layer, table=Table(n_rows=1, n_cols=1) if table else None,
                 cell_end=cell_end, prov=Provenance(reader="html", line_start=start, line_end=end))


@st.composite
def _pairs(draw):
    """Two lines, the second mostly on the source line after the first's."""
    lines = []
    for _ in range(2):
        start = (lines[0].prov.line_end or 0) + draw(_MOSTLY(1, 0)) if lines else draw(st.integers(1, 5))
        end = draw(st.sampled_from([start, start, start + 1, None]))
        lines.append(_line(draw(_LINE_TEXTS), draw(_MOSTLY(Layer.BODY, Layer.FURNITURE)), draw(_MOSTLY(False, True)),
                           draw(_MOSTLY(False, True)), start, end))
    return lines


@settings(max_examples=1500, deadline=None)
@given(_pairs())
def test_surely_wrapped_is_the_old_test(pair):
    assert clean._surely_wrapped(*pair) is _surely_wrapped_the_old_way(*pair)


_PROVENANCES = st.builds(
    Provenance, reader=st.sampled_from(["txt", "html", "pdf", "ocr"]), page=_OPTIONAL_INT, line_start=_OPTIONAL_INT,
    line_end=_OPTIONAL_INT, char_start=_OPTIONAL_INT, char_end=_OPTIONAL_INT,
    bbox=st.none() | st.tuples(*[st.floats(0, 900, allow_nan=False)] * 4), ocr_confidence=st.none() | st.floats(0, 100),
    ocr_unsure=st.lists(st.text(max_size=3), max_size=2), handwritten=st.lists(st.fixed_dictionaries({"field": st.text(max_size=3)}), max_size=2))
_PROVENANCE_UPDATES = st.dictionaries(st.sampled_from(["reader", "page", "line_start", "line_end", "char_start", "char_end",
                                                       "handwritten"]), _OPTIONAL_INT, max_size=4)


@settings(max_examples=1000, deadline=None)
@given(_PROVENANCES, st.none() | _PROVENANCE_UPDATES)
def test_a_provenance_copy_is_what_dataclasses_replace_gives(prov, update):
    fast, plain = prov.model_copy(update), replace(prov, **(update or {}))
    assert fast == plain and fast is not prov
    assert all(getattr(fast, name) is getattr(plain, name) for name in Provenance.__slots__)  # the same values, not copies


# --- metadata: the signature block's first line looked for only on lines that can start it -------------------------

from pipeline.stages import metadata  # noqa: E402


def _signature_start_the_old_way(blocks: list[Block], after: int) -> int | None:
    for i in range(after, len(blocks)):
        text = metadata._trim_noise(blocks[i].text or "")
        # a chain in small letters ("tm. ủy ban nhân dân") is _signature_start_in_small_letters', tried after (s39)
        if metadata._signature_line(text) or metadata.post_of_unit(text) and metadata._name_next(blocks, i):
            return i
    return None


# pieces of signature blocks and of the body around them: authorities, positions, units, names, smudges, sentences
_SIGNATURE_PIECES = ["TM.", "KT.", "TL.", "Q.", "Tm.", "kt.", "CHỦ TỊCH", "Chủ tịch", "GIÁM ĐỐC", "PHÓ", "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN",
                     "QUỐC HỘI", "Nguyễn Văn An", "Trần Thị Bình", "ở", "ƒ", "SN", ":", ".", " ", "  ", "_—", "- ", "(", "12",
                     "Giao", "các", "đơn vị", "thực hiện", "Nơi nhận", "ª", "ß", "Ǆ", "ǅ"]
_SIGNATURE_LINES = st.lists(st.lists(st.sampled_from(_SIGNATURE_PIECES), max_size=5).map("".join), max_size=8)


@settings(max_examples=2000, deadline=None)
@given(_SIGNATURE_LINES, st.integers(0, 3))
def test_signature_start_is_the_old_search(texts, after):
    blocks = [Block(id=f"b{i}", orig=t, text=t, prov=Provenance(reader="html", line_start=i + 1, line_end=i + 1))
              for i, t in enumerate(texts)]
    assert metadata._signature_start(blocks, after) == _signature_start_the_old_way(blocks, after)


# --- every stage: a model's shallow copy made without pydantic's generic steps --------------------------------------

from pydantic import BaseModel  # noqa: E402

from pipeline.model import (AgencyMention, Assignment, Deadline, DocumentMetadata, Indicator, Issue, Issuer, Strict,  # noqa: E402
                            Task)

_NAMES = st.text(alphabet="Sở Nội vụUBND", max_size=8)
_MENTIONS = st.builds(AgencyMention, name=_NAMES, agency_id=st.none() | _NAMES, score=st.none() | st.floats(0, 100))
_MODELS = st.one_of(
    _MENTIONS,
    st.builds(Issue, code=_NAMES, message=_NAMES, where=st.none() | st.just({"block": "b1"})),
    st.builds(Issuer, name=st.none() | _NAMES, agency=st.none() | _MENTIONS),
    st.builds(Deadline, text=_NAMES, start=st.none() | st.just("2026-01-01")),
    st.builds(Task, id=_NAMES, table=st.just("table_1"), content=_NAMES, lead=st.lists(_MENTIONS, max_size=2)),
    st.builds(Indicator, id=_NAMES, table=_NAMES, name=_NAMES, row=st.integers(0, 9)),
    st.builds(Assignment, id=_NAMES, agency=_MENTIONS, role=st.sampled_from(["lead", "support"]), duty=_NAMES),
    st.builds(DocumentMetadata, number=st.none() | _NAMES, recipients=st.lists(_NAMES, max_size=2)),
    st.builds(Section, id=_NAMES, kind=st.sampled_from(sorted(Section.KINDS)), level=st.integers(1, 4)),
)


@settings(max_examples=1500, deadline=None)
@given(_MODELS, st.data())
def test_a_model_copy_is_what_pydantic_makes(model, data):
    names = sorted(type(model).model_fields) + ["not_a_field"]  # pydantic sets an unknown key too; so must the copy
    update = data.draw(st.none() | st.dictionaries(st.sampled_from(names), st.none() | _NAMES | st.integers(), max_size=3))
    before = model.model_dump()
    fast, plain = model.model_copy(update=update), BaseModel.model_copy(model, update=update)
    assert type(fast) is type(plain) and fast == plain and fast is not model
    assert list(fast.__dict__) == list(plain.__dict__) and all(fast.__dict__[k] is plain.__dict__[k] for k in fast.__dict__)
    assert fast.model_fields_set == plain.model_fields_set and fast.__pydantic_extra__ == plain.__pydantic_extra__
    assert fast.__pydantic_private__ == plain.__pydantic_private__
    assert fast.__dict__ is not model.__dict__ and fast.model_fields_set is not model.model_fields_set
    assert model.model_dump() == before  # the original untouched
    assert isinstance(model, Strict)


def test_a_deep_copy_is_still_pydantics():
    task = Task(id="t", table="table_1", content="x", lead=[AgencyMention(name="Sở Nội vụ")])
    deep = task.model_copy(deep=True)
    assert deep == task and deep.lead[0] is not task.lead[0]
