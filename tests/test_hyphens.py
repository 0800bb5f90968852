"""Numbers whose hyphen is not "-": read as the number they print.

A document's number and the numbers it cites join their symbol's parts with a hyphen ("122/KH-UBND"). Other hands
type other characters there: Word's non-breaking hyphen (Ctrl+Shift+-, so that "122/KH‑UBND" never breaks at the end
of a line: ``w:noBreakHyphen`` in a DOCX, U+2011 in a copy or a page), the Unicode hyphen U+2010, a minus sign, a
full-width hyphen-minus from an East Asian input method, or a dash ("1209/QĐ–UBND"). The number was lost ("number
and symbol not in the form NNN/XX-YYY") or, in a DOCX, read without its hyphen ("122/KHUBND"); a cited number was cut
at the dash ("1209/QĐ").
"""

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pipeline.run import process

HYPHENS = {"hyphen-minus": "-", "hyphen": "\u2010", "non-breaking hyphen": "\u2011", "minus": "\u2212",
           "full-width": "\uff0d", "small": "\ufe63", "en dash": "\u2013", "em dash": "\u2014", "figure dash": "\u2012"}


def _plan_text(hyphen: str) -> str:
    return "\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", f"Số: 245/KH{hyphen}UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 14 tháng 9 năm 2025",
        "KẾ HOẠCH", "Triển khai cải cách hành chính năm 2026",
        f"Căn cứ Quyết định số 1209/QĐ{hyphen}UBND ngày 02/6/2025 của Ủy ban nhân dân tỉnh;",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả cải cách hành chính.", ""])


@pytest.mark.parametrize("name", sorted(HYPHENS))
def test_a_number_and_a_citation_typed_with_another_hyphen_are_read(tmp_path, name):
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text(HYPHENS[name]), encoding="utf-8")
    meta = process(path).metadata
    assert (meta.number, meta.symbol) == ("245/KH-UBND", "KH-UBND")
    assert [c.number for c in meta.cited_documents] == ["1209/QĐ-UBND"]


def test_a_dash_between_spaces_is_the_sentence_s_not_the_number_s(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_plan_text("-").replace(
        "của Ủy ban nhân dân tỉnh;", "của Ủy ban nhân dân tỉnh; Kế hoạch số 12/KH-UBND – Về việc rà soát thủ tục;"),
        encoding="utf-8")
    assert [c.number for c in process(path).metadata.cited_documents] == ["1209/QĐ-UBND", "12/KH-UBND"]


def _with_no_break_hyphen(paragraph, before: str, after: str) -> None:
    """The paragraph's text: ``before``, Word's non-breaking hyphen, ``after``, each in a run of its own."""
    paragraph.add_run(before)
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:noBreakHyphen/></w:r>"))
    paragraph.add_run(after)


@pytest.mark.parametrize("header_in", ["table", "paragraphs"])
def test_word_s_non_breaking_hyphen_is_a_hyphen(tmp_path, header_in):
    """In a header table's cell (read by the one-pass table walk) and in body paragraphs."""
    document = docx.Document()
    if header_in == "table":
        header = document.add_table(rows=1, cols=2)
        left = header.cell(0, 0)
        left.text = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG"
        _with_no_break_hyphen(left.add_paragraph(), "Số: 245/KH", "UBND")
        header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 14 tháng 9 năm 2025"
    else:
        for line in ("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"):
            document.add_paragraph(line)
        _with_no_break_hyphen(document.add_paragraph(), "Số: 245/KH", "UBND")
        for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Giang, ngày 14 tháng 9 năm 2025"):
            document.add_paragraph(line)
    for line in ("KẾ HOẠCH", "Triển khai cải cách hành chính năm 2026"):
        document.add_paragraph(line)
    _with_no_break_hyphen(document.add_paragraph(), "Căn cứ Quyết định số 1209/QĐ", "UBND ngày 02/6/2025 của Ủy ban nhân dân tỉnh;")
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả cải cách hành chính."):
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    meta = process(path).metadata
    assert meta.number == "245/KH-UBND"
    assert [c.number for c in meta.cited_documents] == ["1209/QĐ-UBND"]


def test_a_page_s_non_breaking_hyphen_entity_is_a_hyphen(tmp_path):
    path = tmp_path / "plan.html"
    body = "".join(f"<p>{line}</p>" for line in _plan_text("&#8209;").splitlines() if line)
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    meta = process(path).metadata
    assert meta.number == "245/KH-UBND"
    assert [c.number for c in meta.cited_documents] == ["1209/QĐ-UBND"]
