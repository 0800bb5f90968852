"""Models made without validation (pipeline.model's ``trusted`` and Strict.model_copy, which set pydantic's slots
directly) are the models pydantic makes: same values, same serialisation, no extra or private values; and the tables
stage's rows made that way equal the validated rows, also for a grid of odd shapes."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from pipeline.model import AgencyMention, Block, Provenance, TableRow, trusted
from pipeline.stages.tables import rows_from_grid


def _same(made: BaseModel, validated: BaseModel) -> None:
    assert type(made) is type(validated)
    assert made == validated
    assert made.model_dump() == validated.model_dump()
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.__pydantic_extra__ is None and made.__pydantic_private__ is None


@pytest.mark.parametrize("update", [{}, {"name": "Sở Y tế"}, {"agency_id": "ha-noi/so-y-te", "match": "exact",
                                                                   "score": 100.0}])
def test_a_copy_is_the_model_pydantic_makes(update):
    mention = AgencyMention(name="Sở Nội vụ", reason="no such body")
    copy = mention.model_copy(update=update)
    _same(copy, AgencyMention(**{**mention.model_dump(), **update}))
    assert copy.model_fields_set == {"name", "reason", *update}
    assert mention.name == "Sở Nội vụ"  # the original is unchanged
    copy.name = "Sở Tư pháp"  # a copy's values are its own
    assert mention.name == "Sở Nội vụ"


def test_a_trusted_model_is_the_validated_one():
    values = {"name": "UBND tỉnh", "remark": None, "agency_id": None, "canonical_name": None, "match": "unresolved", "score": None,
              "reason": None}
    _same(trusted(AgencyMention, dict(values)), AgencyMention(**values))


def _block(line_start, line_end, page) -> Block:
    return Block(id="b7", orig="x", prov=Provenance(reader="html", line_start=line_start, line_end=line_end, page=page))


@pytest.mark.parametrize("grid", [
    [["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2026"]],
    [["STT", "Nội dung"], ["", ""], ["2", "Kiểm tra, giám sát"]],
    [],
    [["a"] * 12 for _ in range(40)],
])
@pytest.mark.parametrize("where", [(3, 9, None), (None, None, 2), (12, 12, 5)])
def test_rows_from_a_grid_are_the_validated_rows(grid, where):
    block = _block(*where)
    rows = rows_from_grid(grid, block)
    assert len(rows) == len(grid)
    for row, cells in zip(rows, grid):
        _same(row, TableRow(kind="data", cells=list(cells), line_start=where[0], line_end=where[1], page=where[2],
                            blocks=["b7"]))
        assert row.cells is not cells  # the row's cells are its own list


def test_every_field_of_a_row_is_written():
    # trusted() is given every field: a field added to TableRow must be added to rows_from_grid too
    assert set(rows_from_grid([["x"]], _block(1, 1, 1))[0].__dict__) == set(TableRow.model_fields)
