"""DOCX plans whose text Word keeps in structures a plain paragraph walk misreads.

Written by other hands, a DOCX often holds its text somewhere else than in plain body paragraphs and tables:
- **text boxes**: a "DỰ THẢO" box beside the type heading, the header's two columns or the "Nơi nhận" list typed in
  boxes. Word 2010 and later saves each box twice (``mc:AlternateContent``: a ``mc:Choice`` drawing and a
  ``mc:Fallback`` VML copy for older readers); Word 2003 files have the VML box alone. The box's paragraphs sit inside
  a run of the paragraph that anchors it.
- **content controls** (``w:sdt``) and custom XML around paragraphs, tables, rows or cells: documents made from a
  ministry's or a province's template, the form's fields filled in.
- **tracked moves** (``w:moveFrom`` / ``w:moveTo``): a draft sent round with its changes still tracked.
Each case below is a plan built here with python-docx and the XML Word writes for that structure; the truth is the
text the plan prints.
"""

import docx
import pytest
from docx.oxml import parse_xml

from pipeline.run import process

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space='preserve'>{line}</w:t></w:r></w:p>" for line in lines)


def text_box(lines: list[str], saved_by: str):
    """A run holding a text box with these lines, as Word 2010+ ("both"), Word 2003 ("vml") or a tool writing only
    the drawing ("drawing") saves it."""
    content = f"<w:txbxContent>{_paragraphs(lines)}</w:txbxContent>"
    drawing = ("<w:drawing><wp:anchor><a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/"
               f"wordprocessingShape'><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
               "</wp:anchor></w:drawing>")
    vml = f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
    inner = {"both": f"<mc:AlternateContent><mc:Choice Requires='wps'>{drawing}</mc:Choice>"
                     f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>",
             "vml": vml, "drawing": f"<mc:AlternateContent><mc:Choice Requires='wps'>{drawing}</mc:Choice></mc:AlternateContent>"}
    return parse_xml(f"<w:r {NAMESPACES}>{inner[saved_by]}</w:r>")


def content_control(*elements, tag: str = "sdt", gallery: str | None = None):
    """``elements`` (lxml elements) moved into a content control (or custom XML) that takes their place."""
    first = elements[0]
    if tag == "sdt":
        properties = f"<w:docPartObj><w:docPartGallery w:val='{gallery}'/></w:docPartObj>" if gallery else "<w:alias w:val='Nội dung'/>"
        wrapper = parse_xml(f"<w:sdt {NAMESPACES}><w:sdtPr>{properties}</w:sdtPr><w:sdtContent/></w:sdt>")
        holder = wrapper[1]
    else:
        wrapper = parse_xml(f"<w:customXml {NAMESPACES} w:element='noidung'/>")
        holder = wrapper
    first.addprevious(wrapper)
    for element in elements:
        holder.append(element)
    return wrapper


HEADER = (["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 45/KH-UBND"],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Phú, ngày 12 tháng 3 năm 2026"])
TITLE = "Triển khai công tác chuyển đổi số năm 2026"
TASKS = [("1", "Rà soát thủ tục hành chính", "Văn phòng HĐND và UBND xã", "Công an xã", "Tháng 6/2026"),
         ("2", "Tập huấn kỹ năng số cho cán bộ", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Quý III/2026")]


def _plan(header_in_boxes: str | None = None):
    """The plan: header table (or, with ``header_in_boxes``, the header's two columns typed in two text boxes
    anchored in the first paragraph), heading, title, sections, a task table, recipients and signature."""
    document = docx.Document()
    if header_in_boxes:
        first = document.add_paragraph()
        first._p.append(text_box(HEADER[0], header_in_boxes))
        first._p.append(text_box(HEADER[1], header_in_boxes))
    else:
        header = document.add_table(rows=1, cols=2)
        header.cell(0, 0).text, header.cell(0, 1).text = ("\n".join(column) for column in HEADER)
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph(TITLE)
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Nâng cao hiệu quả quản lý nhà nước trên địa bàn xã.")
    document.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    table = document.add_table(rows=1 + len(TASKS), cols=5)
    for c, name in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]):
        table.cell(0, c).text = name
    for r, row in enumerate(TASKS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Các đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.")
    closing = document.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh;\n- Đảng ủy xã;\n- Lưu: VT."
    closing.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An"
    return document


def _read(document, tmp_path):
    path = tmp_path / "plan.docx"
    document.save(path)
    return process(path)


def _lines(doc) -> list[str]:
    return [line for block in doc.blocks for line in (block.text or "").split("\n")]


def _assert_plan_read(doc):
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.title) == ("Kế hoạch", "45/KH-UBND", TITLE)
    assert meta.issued_date == "2026-03-12"
    assert meta.signer.name == "Nguyễn Văn An"
    assert meta.recipients == ["UBND tỉnh", "Đảng ủy xã", "Lưu: VT"]
    assert [([a.name for a in t.lead], [a.name for a in t.support], t.deadline.text) for t in doc.tasks] == [
        ([lead], [support], deadline) for _, _, lead, support, deadline in TASKS]


def test_the_plan_without_hidden_structure_is_read(tmp_path):
    """The plan the cases below hide parts of, read as it is: what they must all give."""
    _assert_plan_read(_read(_plan(), tmp_path))


@pytest.mark.parametrize("saved_by", ["both", "vml", "drawing"])
def test_a_draft_box_beside_the_heading_is_its_own_line_read_once(tmp_path, saved_by):
    document = _plan()
    heading = next(p for p in document.paragraphs if p.text == "KẾ HOẠCH")
    heading._p.append(text_box(["DỰ THẢO"], saved_by))
    doc = _read(document, tmp_path)
    _assert_plan_read(doc)
    assert _lines(doc).count("DỰ THẢO") == 1
    assert "KẾ HOẠCH" in _lines(doc)


@pytest.mark.parametrize("saved_by", ["both", "vml"])
def test_a_header_typed_in_two_text_boxes_gives_number_date_and_issuer(tmp_path, saved_by):
    doc = _read(_plan(header_in_boxes=saved_by), tmp_path)
    _assert_plan_read(doc)
    assert doc.metadata.issuer.name.upper().endswith("XÃ TÂN PHÚ")
    assert _lines(doc).count("Số: 45/KH-UBND") == 1


@pytest.mark.parametrize("saved_by", ["both", "vml"])
def test_recipients_typed_in_a_text_box_are_a_list_not_one_line(tmp_path, saved_by):
    document = _plan()
    closing = document.tables[-1]
    closing.cell(0, 0).text = ""
    closing.cell(0, 0).paragraphs[0]._p.append(text_box(["Nơi nhận:", "- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."], saved_by))
    _assert_plan_read(_read(document, tmp_path))


@pytest.mark.parametrize("tag", ["sdt", "customXml"])
def test_paragraphs_inside_a_content_control_are_read(tmp_path, tag):
    """The title and the first section of a template's form, filled in inside content controls (a control in a
    control for the section)."""
    document = _plan()
    paragraphs = document.paragraphs
    content_control(paragraphs[1]._p, tag=tag)  # the title
    section = [p._p for p in paragraphs[2:4]]
    content_control(content_control(*section, tag=tag), tag=tag)
    doc = _read(document, tmp_path)
    _assert_plan_read(doc)
    assert "Nâng cao hiệu quả quản lý nhà nước trên địa bàn xã." in _lines(doc)


def test_a_task_table_inside_content_controls_keeps_every_row_and_cell(tmp_path):
    """The whole table in a control, one row in a control of its own, one cell in another."""
    document = _plan()
    table = document.tables[1]
    rows = table._tbl.findall(f"{{{W}}}tr")
    content_control(rows[2])
    content_control(rows[1].findall(f"{{{W}}}tc")[2])
    content_control(table._tbl)
    _assert_plan_read(_read(document, tmp_path))


def test_a_table_of_contents_control_is_left_out(tmp_path):
    """A table of contents Word generated repeats the headings with page numbers: it is not the plan's text."""
    document = _plan()
    anchor = document.paragraphs[2]  # before "I. MỤC ĐÍCH, YÊU CẦU"
    toc = [anchor.insert_paragraph_before(line)._p for line in ("MỤC LỤC", "I. MỤC ĐÍCH, YÊU CẦU\t1", "II. NHIỆM VỤ CỤ THỂ\t1")]
    content_control(*toc, gallery="Table of Contents")
    doc = _read(document, tmp_path)
    _assert_plan_read(doc)
    assert "MỤC LỤC" not in _lines(doc)
    assert sum(line.startswith("I. MỤC ĐÍCH") for line in _lines(doc)) == 1


def test_a_tracked_move_is_read_at_its_destination_only(tmp_path):
    """A draft whose sentence was moved with changes tracked: Word keeps the old place as w:moveFrom."""
    document = _plan()
    sentence = next(p for p in document.paragraphs if p.text.startswith("Các đơn vị"))
    moved_from = parse_xml(f"<w:moveFrom {NAMESPACES} w:id='1' w:author='A'><w:r><w:t>Báo cáo kết quả trước ngày 15/12/2026.</w:t>"
                           "</w:r></w:moveFrom>")
    moved_to = parse_xml(f"<w:moveTo {NAMESPACES} w:id='2' w:author='A'><w:r><w:t> Báo cáo kết quả trước ngày 15/12/2026.</w:t>"
                         "</w:r></w:moveTo>")
    document.paragraphs[3]._p.append(moved_from)
    sentence._p.append(moved_to)
    doc = _read(document, tmp_path)
    _assert_plan_read(doc)
    assert sum("Báo cáo kết quả trước ngày 15/12/2026" in line for line in _lines(doc)) == 1
