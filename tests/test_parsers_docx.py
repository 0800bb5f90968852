import zipfile

import docx
import pytest

from parsers import docx as docx_reader
from pipeline.errors import ReaderError
from pipeline.run import process

from conftest import REALDOCS, REALDOCS_MISSING


@pytest.fixture
def plan_docx(tmp_path):
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 7/KH-SCT"
    header.cell(1, 1).text = "Lào Cai, ngày 23 tháng 4 năm 2026"
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Kiểm tra an toàn vật liệu nổ")
    document.add_paragraph("I. MỤC ĐÍCH")
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=3, cols=3)
    for c, name in enumerate(["TT", "Nhiệm vụ thực hiện", "Người thực hiện"]):
        table.cell(0, c).text = name
    table.cell(1, 0).text = "1"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "Rà soát hồ sơ"
    table.cell(1, 2).text = "Đỗ Mạnh Cường"
    table.cell(2, 2).text = "Vũ Văn A"
    closing = document.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    closing.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thuân"
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_merged_cells_become_spans(plan_docx):
    doc = docx_reader.read(plan_docx)
    task_table = [b.table for b in doc.blocks if b.table is not None][1]
    merged = next(c for c in task_table.cells if c.text == "Rà soát hồ sơ")
    assert (merged.row, merged.col, merged.row_span) == (1, 1, 2)
    assert task_table.grid()[2][1] == "Rà soát hồ sơ"


def test_header_and_signature_tables_are_read_as_lines(plan_docx):
    meta = process(plan_docx).metadata
    assert (meta.issuer.name, meta.issuer.parent) == ("SỞ CÔNG THƯƠNG", "UBND TỈNH LÀO CAI")
    assert (meta.number, meta.issued_date, meta.place) == ("7/KH-SCT", "2026-04-23", "Lào Cai")
    assert (meta.signer.name, meta.signer.title, meta.signer.authority) == ("Hoàng Văn Thuân", "Phó Giám đốc", ["KT."])
    assert meta.recipients == ["Như trên", "Lưu: VT"]


def test_corrupt_docx_names_the_reason(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReaderError, match="not a readable DOCX"):
        docx_reader.read(bad)


def test_word_numbering_is_restored_as_labels(tmp_path):
    document = docx.Document()
    document.add_paragraph("Mục một", style="List Number")
    document.add_paragraph("Mục hai", style="List Number")
    path = tmp_path / "numbered.docx"
    document.save(path)
    with zipfile.ZipFile(path) as archive:
        if "word/numbering.xml" not in archive.namelist():
            pytest.skip("this python-docx template has no numbering part")
    labels = [b.orig for b in docx_reader.read(path).blocks]
    assert labels == ["1. Mục một", "2. Mục hai"]


def _rewrite_part(source, target, name, change):
    """A copy of the DOCX ``source`` with the part ``name`` passed through ``change`` (bytes -> bytes)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item.filename, change(data) if item.filename == name else data)
    return target


def test_a_row_that_starts_late_keeps_its_cells_in_their_columns(tmp_path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for r in range(2):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])  # the second row skips the first grid column (w:gridBefore)
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    row.get_or_add_trPr().append(grid_before)
    path = tmp_path / "late.docx"
    document.save(path)
    [block] = docx_reader.read(path).blocks
    assert block.table.grid() == [["r0c0", "r0c1", "r0c2"], ["", "r1c1", "r1c2"]]


def test_a_merged_cell_of_a_nested_table_is_read_once(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 1).text = "Ghi chú"  # a table with text beside the nested one: no frame, the nested table is read as text
    inner = outer.cell(0, 0).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Sở Nội vụ", "Quý I"
    inner.cell(1, 0).merge(inner.cell(1, 1)).text = "Cả năm"
    path = tmp_path / "nested.docx"
    document.save(path)
    [block] = docx_reader.read(path).blocks
    assert block.table.cells[0].text.splitlines() == ["Sở Nội vụ Quý I", "Cả năm"]


def test_a_table_used_as_a_frame_gives_the_table_it_holds(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).paragraphs[0].text = "DANH MỤC NHIỆM VỤ"
    inner = frame.cell(0, 0).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Nhiệm vụ", "Chủ trì"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Rà soát thủ tục", "Sở Tư pháp"
    path = tmp_path / "frame.docx"
    document.save(path)
    blocks = docx_reader.read(path).blocks
    assert [b.orig for b in blocks if b.table is None] == ["DANH MỤC NHIỆM VỤ"]
    [table] = [b.table for b in blocks if b.table is not None]
    assert table.grid() == [["Nhiệm vụ", "Chủ trì"], ["Rà soát thủ tục", "Sở Tư pháp"]]


def test_broken_xml_inside_a_sound_zip_names_the_reason(plan_docx, tmp_path):
    broken = _rewrite_part(plan_docx, tmp_path / "broken.docx", "word/document.xml", lambda data: data[: len(data) // 2])
    with pytest.raises(ReaderError, match="not a readable DOCX file .XMLSyntaxError"):
        docx_reader.read(broken)


def test_an_office_file_that_is_not_a_word_document_is_refused(plan_docx, tmp_path):
    sheet = _rewrite_part(plan_docx, tmp_path / "sheet.docx", "word/document.xml",
                          lambda _: b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    with pytest.raises(ReaderError, match="not a Word document: worksheet"):
        docx_reader.read(sheet)


def _tables_read_both_ways(path, monkeypatch):
    """Each table of the DOCX at ``path`` as ``_table`` reads it in one pass and element by element."""
    streamed = [b.table for b in docx_reader.read(path).blocks if b.table is not None]
    with monkeypatch.context() as patch:
        patch.setattr(docx_reader, "_streamed_rows", lambda tbl: None)
        by_element = [b.table for b in docx_reader.read(path).blocks if b.table is not None]
    return streamed, by_element


def _irregular_table_docx(tmp_path):
    """A table with everything the one-pass reading has to get right: spans both ways, a row that starts late,
    a cell property under tracked changes, line, tab and page breaks, Word numbering in cells."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    document.add_paragraph("Mở đầu", style="List Number")
    table = document.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "ngang"
    table.cell(1, 0).merge(table.cell(3, 0)).text = "dọc"
    cell = table.cell(1, 1)
    run = cell.paragraphs[0].add_run("dòng một")
    run.add_break()
    run.add_text("dòng hai")
    run.add_tab()
    run.add_text("sau tab")
    run.add_break(WD_BREAK.PAGE)
    run.add_text("sau trang")
    cell.add_paragraph("Việc một", style="List Number")
    cell.add_paragraph("Việc hai", style="List Number")
    cell.add_paragraph("")
    row = table.rows[3]._tr
    row.remove(row.tc_lst[-1])
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    row.get_or_add_trPr().append(grid_before)
    tc_pr = table.cell(2, 3)._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:tcPrChange {nsdecls("w")} w:id="1" w:author="A"><w:tcPr><w:gridSpan w:val="2"/>'
                           '<w:vMerge/></w:tcPr></w:tcPrChange>'))
    path = tmp_path / "irregular.docx"
    document.save(path)
    return path


def test_tables_read_in_one_pass_as_element_by_element(tmp_path, monkeypatch):
    path = _irregular_table_docx(tmp_path)
    streamed, by_element = _tables_read_both_ways(path, monkeypatch)
    assert streamed == by_element
    [table] = streamed
    assert "dòng một\ndòng hai sau tabsau trang" in table.grid()[1][1]
    with zipfile.ZipFile(path) as archive:
        if "word/numbering.xml" in archive.namelist():
            # the list goes on from the paragraph above the table, as Word counts it
            assert "2. Việc một\n3. Việc hai" in table.grid()[1][1]


def test_real_docx_tables_read_in_one_pass_as_element_by_element(monkeypatch):
    files = sorted(REALDOCS.glob("*.docx"))
    if not files:
        pytest.skip(f"{REALDOCS_MISSING} {REALDOCS}")
    for path in files:
        streamed, by_element = _tables_read_both_ways(path, monkeypatch)
        assert streamed == by_element, path.name


def test_tables_the_one_pass_does_not_cover_are_read_element_by_element(tmp_path):
    """A nested table is read element by element; a paragraph inside a content control (w:sdt) in a cell is not
    among those any more: ``as_printed`` unwraps the control when the package is opened, so the one pass reads it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    nested = document.add_table(rows=1, cols=1)
    nested.cell(0, 0).add_table(rows=1, cols=1)
    control = document.add_table(rows=1, cols=1)
    control.cell(0, 0)._tc.append(parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>trong</w:t></w:r></w:p>'
                                           '</w:sdtContent></w:sdt>'))
    path = tmp_path / "irregular.docx"
    document.save(path)
    package = docx_reader.Package(zipfile.ZipFile(path))
    tables = list(package.body.iterchildren(docx_reader._TBL))
    nested_rows, control_rows = (docx_reader._streamed_rows(t) for t in tables)
    assert nested_rows is None
    assert [pieces for _, cells in control_rows for _, _, paragraphs in cells for _, pieces in paragraphs] == [[], ["trong"]]


def _caps_plan(tmp_path, how: str):
    """A plan whose header, heading and signature are typed in small letters and shown in capitals by Word: "run"
    sets All caps on each run, "style" on the paragraph styles (one based on another), "small" uses Small caps."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    caps_style = document.styles.add_style("Tieu de", WD_STYLE_TYPE.PARAGRAPH)
    caps_style.font.all_caps = True
    derived = document.styles.add_style("Chu ky", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = caps_style

    def line(text, shown_in_caps=True, style=None):
        paragraph = document.add_paragraph(style=style if how == "style" and shown_in_caps else None)
        run = paragraph.add_run(text)
        if shown_in_caps and how == "run":
            run.font.all_caps = True
        if shown_in_caps and how == "small":
            run.font.small_caps = True
        return paragraph

    line("Ủy ban nhân dân", style="Tieu de")
    line("Tỉnh Lào Cai", style="Tieu de")
    line("Số: 210/KH-UBND", shown_in_caps=False)
    line("Cộng hòa xã hội chủ nghĩa Việt Nam", style="Tieu de")
    line("Độc lập - Tự do - Hạnh phúc", shown_in_caps=False)
    line("Lào Cai, ngày 14 tháng 5 năm 2025", shown_in_caps=False)
    line("Kế hoạch", style="Tieu de")
    line("Triển khai chuyển đổi số năm 2025", shown_in_caps=False)
    line("I. MỤC ĐÍCH", shown_in_caps=False)
    line("1. Nâng cao hiệu quả.", shown_in_caps=False)
    line("Nơi nhận:", shown_in_caps=False)
    line("- Lưu: VT.", shown_in_caps=False)
    for text in ("Tm. Ủy ban nhân dân", "Kt. Chủ tịch", "Phó Chủ tịch"):
        line(text, style="Chu ky")
    line("Hoàng Quốc Khánh", shown_in_caps=False)
    path = tmp_path / f"caps-{how}.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("how", ["run", "style", "small"])
def test_text_word_shows_in_capitals_is_read_in_capitals(tmp_path, how):
    meta = process(_caps_plan(tmp_path, how)).metadata
    assert (meta.doc_type, meta.issuer.name, meta.title) == ("Kế hoạch", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Triển khai chuyển đổi số năm 2025")
    assert (meta.signer.authority, meta.signer.title, meta.signer.name) == (["TM.", "KT."], "Phó Chủ tịch", "Hoàng Quốc Khánh")


def test_caps_turned_off_on_a_run_keeps_its_small_letters(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    shown = paragraph.add_run("Kế hoạch ")
    shown.font.all_caps = True
    kept = paragraph.add_run("số 5")
    kept.font.all_caps = False
    path = tmp_path / "mixed.docx"
    document.save(path)
    assert [b.orig for b in docx_reader.read(path).blocks] == ["KẾ HOẠCH số 5"]


_NUMBERING_XML = (
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    '</w:lvlOverride></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/></w:lvl>'
    '</w:lvlOverride></w:num>'
    '</w:numbering>')


def _numbered_docx(tmp_path, items: list[tuple[str, int, int]], numbering_xml: str = _NUMBERING_XML, styles: str = ""):
    """A DOCX whose paragraphs are numbered by ``numbering_xml``'s instances: (text, numId, ilvl) each; ``styles``
    (w:style elements) added to its styles."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    if styles:
        for style in list(parse_xml(f'<w:styles {nsdecls("w")}>{styles}</w:styles>')):
            document.styles.element.append(style)
    for text, num_id, ilvl in items:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    part = document.part
    for rel in list(part.rels.values()):
        if rel.reltype == RT.NUMBERING:
            rel.target_part._element = parse_xml(numbering_xml)
            break
    else:
        numbering = Part(PackURI("/word/numbering.xml"),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                         numbering_xml.encode(), part.package)
        part.relate_to(numbering, RT.NUMBERING)
    path = tmp_path / "lists.docx"
    document.save(path)
    return path


def test_list_instances_of_one_definition_share_its_count_as_word_numbers_them(tmp_path):
    """Word counts on the abstract definition: a list that goes on under another w:num (a copy-paste, a style
    switch) goes on numbering; "Restart at 1" (startOverride) restarts the shared count where it is first used;
    another definition counts alone; an override can redefine its level's text."""
    path = _numbered_docx(tmp_path, [
        ("Một", 1, 0), ("Hai", 1, 0), ("Ba", 2, 0), ("ý a", 2, 1), ("ý b", 1, 1),
        ("La mã", 4, 0), ("Lại một", 3, 0), ("Lại hai", 3, 0), ("Tiếp", 1, 0), ("Điều", 5, 0), ("Sau điều", 5, 0)])
    assert [b.orig for b in docx_reader.read(path).blocks] == [
        "1. Một", "2. Hai", "3. Ba", "a) ý a", "b) ý b", "I. La mã", "1. Lại một", "2. Lại hai", "3. Tiếp",
        "Điều 5. Điều", "Điều 6. Sau điều"]


def test_a_list_saved_as_a_list_style_is_numbered_by_the_style_s_definition(tmp_path):
    """A multilevel list saved as a style: the list's definition only links to the style (w:numStyleLink), the
    style's w:numPr names an instance of the definition that holds the levels (w:styleLink)."""
    numbering = (
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:abstractNum w:abstractNumId="7"><w:numStyleLink w:val="DanhMuc"/></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="8"><w:styleLink w:val="DanhMuc"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="8"/></w:num>'
        '<w:num w:numId="10"><w:abstractNumId w:val="7"/></w:num>'
        '</w:numbering>')
    style = ('<w:style w:type="numbering" w:styleId="DanhMuc"><w:name w:val="Danh muc"/>'
             '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>')
    path = _numbered_docx(tmp_path, [("MỤC ĐÍCH", 10, 0), ("Mục đích một", 10, 1), ("Mục đích hai", 10, 1),
                                     ("NHIỆM VỤ", 10, 0), ("Nhiệm vụ một", 10, 1)], numbering, style)
    assert [b.orig for b in docx_reader.read(path).blocks] == [
        "I. MỤC ĐÍCH", "1. Mục đích một", "2. Mục đích hai", "II. NHIỆM VỤ", "1. Nhiệm vụ một"]


@pytest.mark.parametrize("in_table", [False, True])
@pytest.mark.parametrize("stops", [1, 3])
def test_a_paragraphs_tab_stops_are_no_text(tmp_path, in_table, stops):
    """LibreOffice writes tab stops ("w:tabs", each stop a "w:tab", as a tab character is) on paragraphs it saves from
    RTF: they add no space to the text, so that a cell's items still start with their dash."""
    from docx import Document as Docx
    from docx.shared import Pt

    document = Docx()
    lines = ["- Sở Nội vụ;", "- Sở Tư pháp."]
    if in_table:
        cell = document.add_table(rows=1, cols=3).rows[0].cells[1]
        paragraphs = [cell.paragraphs[0], cell.add_paragraph()]
    else:
        paragraphs = [document.add_paragraph(), document.add_paragraph()]
    for paragraph, line in zip(paragraphs, lines):
        for k in range(stops):
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(36 * (k + 1)))
        paragraph.add_run(line)
    path = tmp_path / "stops.docx"
    document.save(path)
    doc = docx_reader.read(path)
    if in_table:
        [table] = [b.table for b in doc.blocks if b.table is not None]
        assert table.cells[1].text == "\n".join(lines)
    else:
        assert [b.orig for b in doc.blocks if b.orig] == lines
