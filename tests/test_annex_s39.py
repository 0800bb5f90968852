"""A blind round on task annexes as authors make them in Word, and as the PDFs Word files print to (the plans are
built at test time by tests/annex_s39.py, all content made up):

- a task's number (STT) and a group's label numbered by a Word list: the cell holds no text, only the list's number
  (parsers/docx.py: an empty numbered paragraph in a cell is its number alone);
- a PDF table ruled by horizontal lines only, whose columns are the gutters every row leaves white
  (parsers/rules.py ``gutters``): a group row's title spanning the columns crosses them (a strip only such rows cross
  is a gutter still, and the title one cell), so does a two-row header's "Đơn vị thực hiện" over "Chủ trì" |
  "Phối hợp"; a space that ends a wrapped line reaches over the cell's margin (no ink); a capital's stacked tone
  marks reach above its row's rule (a character is in the row of its middle).
"""

from __future__ import annotations

import pytest

from annex_s39 import Annex, build, score
from parsers import docx as docx_reader
from pipeline.run import process

DOCX_LAYOUTS = {
    "one header row": Annex(),
    "two header rows, a note column": Annex(header="two", note=True),
    "lead merged down, header repeated by Word": Annex(merge_lead=True, header="two", repeat="word"),
    "header typed again, column numbers": Annex(repeat="typed", column_numbers=True),
    "split by a page break, no header after": Annex(split="page", split_header=False, header="two"),
    "split by a blank paragraph": Annex(split="blank"),
    "supports in a table in the cell": Annex(nested_support=True),
    "numbered by a Word list": Annex(numbered=True),
    "numbered by a Word list, group rows one cell": Annex(numbered=True, group_row="span"),
    "numbered by a Word list with a dot, merged, two rows": Annex(numbered=True, number_text="%1.", merge_lead=True,
                                                                  header="two", note=True),
}


@pytest.mark.parametrize("spec", DOCX_LAYOUTS.values(), ids=DOCX_LAYOUTS.keys())
def test_a_word_annex_s_tasks_are_read_whole(tmp_path, spec):
    result = score(process(build(spec, tmp_path / "plan.docx")), spec)
    assert (result["missing"], result["wrong"], result["extra"]) == ([], [], 0)


def _cell_paragraphs_docx(tmp_path, cells: list[tuple[str, str | None]]):
    """A one-row table whose cells each hold one paragraph: (text, the numbering format of its list or None)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    table = document.add_table(rows=1, cols=len(cells))
    for k, (text, fmt) in enumerate(cells):
        paragraph = table.rows[0].cells[k].paragraphs[0]
        paragraph.add_run(text)
        if fmt is not None:
            level_text = "•" if fmt == "bullet" else "%1."
            numbering.insert(0, parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{80 + k}"><w:lvl w:ilvl="0"><w:start w:val="3"/>'
                f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'))
            numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{80 + k}"><w:abstractNumId w:val="{80 + k}"/></w:num>'))
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{80 + k}"/></w:numPr>'))
    path = tmp_path / "cells.docx"
    document.save(path)
    return path


def test_an_empty_numbered_paragraph_in_a_cell_is_its_number_a_bullet_alone_is_nothing(tmp_path):
    path = _cell_paragraphs_docx(tmp_path, [("", "decimal"), ("", "upperRoman"), ("", "lowerLetter"),
                                            ("Rà soát", "decimal"), ("", "bullet"), ("", None)])
    [table] = [b.table for b in docx_reader.read(path).blocks if b.table is not None]
    assert [c.text for c in table.cells] == ["3.", "III.", "c.", "3. Rà soát", "", ""]
