"""Footnotes and endnotes of a DOCX are the document's text: read right after what refers to them.

Plans put the documents they rest on in footnotes ("¹ Nghị quyết số 10-NQ/TW …; Nghị quyết số 88/NQ-CP …"):
realdocs/001 cites four documents in its one footnote. The reader left word/footnotes.xml unread, so those citations
were lost. Word numbers notes in the order their references stand (not by their ids), footnotes 1, 2, 3 and endnotes
i, ii, iii; a reference with a custom mark (``w:customMarkFollows``) prints the run's own text instead.
"""

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from parsers import docx as docx_reader
from pipeline.run import process

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_SEPARATORS = ('<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
               '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')


def _note_part(kind: str, notes: dict[int, list[str]]) -> bytes:
    def paragraph(k: int, text: str) -> str:  # Word's note: the mark, a space, the text; later paragraphs the text
        lead = f'<w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' if k == 0 else ""
        return f"<w:p>{lead}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join(f'<w:{kind} w:id="{note_id}">' + "".join(paragraph(k, t) for k, t in enumerate(texts)) + f"</w:{kind}>"
                   for note_id, texts in notes.items())
    return f'<w:{kind}s {_W}>{_SEPARATORS.format(kind=kind)}{body}</w:{kind}s>'.encode()


def _reference(kind: str, note_id: int, custom_mark: str = "") -> str:
    custom = ' w:customMarkFollows="1"' if custom_mark else ""
    mark = f"<w:t>{custom_mark}</w:t>" if custom_mark else ""
    return f'<w:r {nsdecls("w")}><w:{kind}Reference w:id="{note_id}"{custom}/>{mark}</w:r>'


def _docx_with_notes(tmp_path, lines: list[str | tuple[str, str, int, str]], footnotes: dict[int, list[str]],
                     endnotes: dict[int, list[str]] | None = None, table_note: tuple[str, int] | None = None):
    """A DOCX of ``lines``: a string is a plain paragraph, (text, kind, note id, custom mark) a paragraph ending in a
    reference to that note; ``table_note``: a one-row table whose cell refers to (kind, note id)."""
    document = docx.Document()
    for line in lines:
        if isinstance(line, str):
            document.add_paragraph(line)
            continue
        text, kind, note_id, custom = line
        paragraph = document.add_paragraph(text)
        paragraph._p.append(parse_xml(_reference(kind, note_id, custom)))
    if table_note:
        cell = document.add_table(rows=1, cols=2).cell(0, 0)
        cell.text = "Sở Tư pháp"
        cell.paragraphs[0]._p.append(parse_xml(_reference(*table_note)))
        document.add_paragraph("Tổ chức thực hiện nghiêm túc.")
    for kind, notes, reltype in (("footnote", footnotes, RT.FOOTNOTES), ("endnote", endnotes, RT.ENDNOTES)):
        if notes is not None:
            part = Part(PackURI(f"/word/{kind}s.xml"),
                        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
                        _note_part(kind, notes), document.part.package)
            document.part.relate_to(part, reltype)
    path = tmp_path / "notes.docx"
    document.save(path)
    return path


def _texts(path) -> list[str]:
    return [b.orig for b in docx_reader.read(path).blocks]


def test_each_note_is_read_after_the_paragraph_that_refers_to_it_numbered_in_reference_order(tmp_path):
    path = _docx_with_notes(tmp_path, [
        ("Thực hiện các văn bản của Trung ương", "footnote", 7, ""), "Đoạn giữa.",
        ("Và của tỉnh", "footnote", 3, ""), ("Phụ lục kèm theo", "endnote", 2, "")],
        footnotes={3: ["Quyết định số 45/QĐ-UBND ngày 02/3/2025."], 7: ["Nghị quyết số 57-NQ/TW;", "dòng hai của chú thích"]},
        endnotes={2: ["Danh mục chi tiết."]})
    assert _texts(path) == [
        "Thực hiện các văn bản của Trung ương", "1 Nghị quyết số 57-NQ/TW;", "dòng hai của chú thích", "Đoạn giữa.",
        "Và của tỉnh", "2 Quyết định số 45/QĐ-UBND ngày 02/3/2025.", "Phụ lục kèm theo", "i Danh mục chi tiết."]


def test_a_custom_mark_is_printed_as_the_document_prints_it(tmp_path):
    path = _docx_with_notes(tmp_path, [("Ghi chú riêng", "footnote", 4, "*"), ("Chú thích thường", "footnote", 5, "")],
                            footnotes={4: ["Số liệu tạm tính."], 5: ["Theo báo cáo năm 2025."]})
    # a custom mark does not take a number: the next footnote is still the first numbered one
    assert _texts(path) == ["Ghi chú riêng*", "* Số liệu tạm tính.", "Chú thích thường", "1 Theo báo cáo năm 2025."]


def test_a_note_referred_to_in_a_table_cell_comes_after_the_table(tmp_path):
    path = _docx_with_notes(tmp_path, ["Bảng phân công:"], footnotes={2: ["Cơ quan đầu mối."]},
                            table_note=("footnote", 2))
    blocks = docx_reader.read(path).blocks
    assert [b.orig for b in blocks][1:] == [blocks[1].orig, "1 Cơ quan đầu mối.", "Tổ chức thực hiện nghiêm túc."]
    assert blocks[1].table is not None


def test_a_document_without_references_reads_no_note(tmp_path):
    """The separators every footnotes part holds, and notes nothing refers to, are not text of the document."""
    path = _docx_with_notes(tmp_path, ["Một đoạn."], footnotes={9: ["Chú thích mồ côi."]})
    assert _texts(path) == ["Một đoạn."]


def test_the_documents_a_plan_cites_in_a_footnote_are_its_citations(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 215/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Phú Thọ, ngày 12 tháng 8 năm 2025", "KẾ HOẠCH",
             "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026",
             ("Thực hiện các văn bản chỉ đạo của Trung ương và của tỉnh", "footnote", 1, ""),
             "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao ý thức chấp hành pháp luật.", "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.",
             "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"]
    note = ["Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị; Quyết định số 1521/QĐ-TTg ngày 06/10/2023 "
            "của Thủ tướng Chính phủ."]
    meta = process(_docx_with_notes(tmp_path, lines, footnotes={1: note})).metadata
    assert [c.number for c in meta.cited_documents] == ["66-NQ/TW", "1521/QĐ-TTg"]
    assert (meta.number, meta.title, meta.signer.name) == (
        "215/KH-UBND", "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026", "Lê Thị Hoa")
