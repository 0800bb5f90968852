"""Plans whose task annex is a Word table as authors make it (tests/test_annex_s39.py builds them at test time):
a landscape section for the annex, one or two header rows ("Đơn vị" over "Chủ trì" | "Phối hợp"), group rows spanning
the columns, a lead merged down over a group's tasks, the header repeated (Word's "repeat header row" or typed again as
an ordinary row), the table split in two by a blank paragraph or a page break, a "Ghi chú" column, a cell holding a
small table of its own, STT and group labels numbered by a Word list (the numbers are not in the text). All content
is made up."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GROUPS = (
    ("Hoàn thiện thể chế, chính sách", (
        ("Rà soát các quy định về quản lý dữ liệu số của tỉnh", "Sở Tư pháp", ("Sở Nội vụ", "Văn phòng UBND tỉnh"),
         "Quý II/2026", "Báo cáo rà soát", ""),
        ("Ban hành quy chế chia sẻ dữ liệu giữa các cơ quan", "Sở Tư pháp", ("Sở Tài chính",), "Tháng 9/2026",
         "Quyết định của UBND tỉnh", "Theo quy định"),
        ("Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số cấp xã", "Sở Tư pháp", ("UBND các xã, phường",),
         "Năm 2027", "Bộ tiêu chí", ""),
    )),
    ("Phát triển hạ tầng và nền tảng số", (
        ("Nâng cấp trung tâm dữ liệu dùng chung của tỉnh", "Sở Tài chính", ("Công an tỉnh",), "Tháng 12/2026",
         "Trung tâm dữ liệu được nâng cấp", ""),
        ("Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh", "Sở Y tế", ("Sở Tài chính", "Sở Nội vụ"),
         "Quý IV/2026", "Nền tảng vận hành", "Ưu tiên"),
    )),
    ("Đào tạo, bồi dưỡng nguồn nhân lực", (
        ("Tổ chức tập huấn kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", ("Sở Y tế",), "Hằng năm",
         "Các lớp tập huấn", ""),
        ("Biên soạn tài liệu hướng dẫn sử dụng dịch vụ công trực tuyến", "Sở Nội vụ", ("Văn phòng UBND tỉnh",),
         "Tháng 6/2026", "Tài liệu hướng dẫn", ""),
    )),
)
ROMAN = ("I", "II", "III", "IV")


@dataclass
class Annex:
    header: str = "one"  # "one": one header row; "two": "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"
    note: bool = False  # a "Ghi chú" column
    column_numbers: bool = False  # a row "(1) (2) …" under the header
    group_row: str = "label"  # "label": the label in the STT cell, the title spanning the rest; "span": one cell
    merge_lead: bool = False  # a group's lead printed once, merged down over its tasks (vMerge)
    repeat: str = ""  # "word": header rows marked to repeat (tblHeader); "typed": typed again before the 2nd group
    split: str = ""  # "blank": the table cut in two by an empty paragraph before the 2nd group; "page": a page break
    split_header: bool = True  # the second part prints the header again
    nested_support: bool = False  # the support cell holds a one-column table of agencies
    numbered: bool = False  # STT and group labels by a Word list: not in the text
    landscape: bool = True
    rules: str = "grid"  # "grid": every cell ruled; "horizontal": rules between rows only (no vertical lines);
    # "header": only the table's top and bottom and the header's foot ruled
    font_size: float = 0  # points of the table's text (0: the style's)
    number_text: str = "%1"  # the Word list's level text for the task numbers ("%1", "%1.")
    groups: int = 3  # how many of GROUPS the table holds (two fit on one landscape page)
    # the last task's task and product cells hold this many items, a line each, led by ``items_mark`` ("-", "+", "a)",
    # "1."): a row long enough to cross a page break between two items
    items: int = 0
    items_mark: str = "-"
    extra: dict = field(default_factory=dict)


def columns(spec: Annex) -> list[str]:
    cols = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    if spec.header == "two":
        cols[2:4] = ["Chủ trì", "Phối hợp"]
    return cols + (["Ghi chú"] if spec.note else [])


def truth(groups: int = len(GROUPS)) -> list[dict]:
    """The tasks of an annex of the first ``groups`` groups: number, content, lead, supports, deadline, product,
    group title."""
    rows, n = [], 0
    for title, tasks in GROUPS[:groups]:
        for content, lead, support, deadline, product, note in tasks:
            n += 1
            rows.append(dict(number=str(n), content=content, lead=[lead], support=list(support), deadline=deadline,
                             output=product, group=title, note=note))
    return rows


def items(spec: Annex) -> dict[str, list[str]]:
    """The items of the last task's task and product cells (``Annex.items``), one a line: "- Bước 1: rà soát …"."""
    def mark(k: int) -> str:
        return {"a)": f"{'abcdefghiklmnopqrstuvxy'[k % 23]})", "1.": f"{k + 1}."}.get(spec.items_mark, spec.items_mark)

    return {"content": [f"{mark(k)} Bước {k + 1}: rà soát dữ liệu của đơn vị số {k + 1}" for k in range(spec.items)],
            "output": [f"{mark(k)} Báo cáo bước {k + 1}" for k in range(spec.items)]}


def truth_with_items(spec: Annex) -> list[dict]:
    """``truth`` with the last task as its items (``Annex.items``): a task an item, its product the item's."""
    rows = truth(spec.groups)
    last = rows.pop()
    found = items(spec)
    return rows + [dict(last, content=content, output=output) for content, output in zip(found["content"], found["output"])]


def build(spec: Annex, path: Path) -> Path:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt

    document = docx.Document()
    if spec.font_size:
        document.styles["Normal"].font.size = Pt(spec.font_size)
    numbering = document.part.numbering_part.element
    if spec.numbered:  # a list for the group labels (I., II.) and one for the task numbers (1., 2.), both in cells
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/><w:lvlJc w:val="center"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{spec.number_text}"/><w:lvlJc w:val="center"/></w:lvl></w:abstractNum>'))
        # abstract definitions come before the instances
        nums = [e for e in numbering if e.tag == qn("w:num")]
        for e in nums:
            numbering.remove(e)
            numbering.append(e)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))

    for line in ("ỦY BAN NHÂN DÂN", "TỈNH NAM HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Số: 45/KH-UBND", "Nam Hà, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Thực hiện chuyển đổi số của tỉnh năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                 "1. Bảo đảm thống nhất trong triển khai.", "II. NHIỆM VỤ",
                 "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.", "III. TỔ CHỨC THỰC HIỆN",
                 "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc Kế hoạch này.", "TM. ỦY BAN NHÂN DÂN",
                 "CHỦ TỊCH", "Nguyễn Văn An"):
        document.add_paragraph(line)
    if spec.landscape:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        document.add_page_break()
    for line in ("Phụ lục", "DANH MỤC NHIỆM VỤ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2026",
                 "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2026 của UBND tỉnh Nam Hà)"):
        document.add_paragraph(line)

    cols = columns(spec)
    width = len(cols)

    def list_number(paragraph, num_id):
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    def new_table(with_header: bool):
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        if spec.rules in ("horizontal", "header"):
            ruled = ("top", "bottom", "insideH") if spec.rules == "horizontal" else ("top", "bottom")
            borders = "".join(f'<w:{side} w:val="{"single" if side in ruled else "nil"}" '
                              'w:sz="4" w:space="0" w:color="000000"/>'
                              for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))
        if with_header:
            header_rows(table, mark=spec.repeat == "word")
        return table

    def header_rows(table, mark: bool = False):
        if spec.header == "two":
            top, bottom = table.add_row(), table.add_row()
            for c, name in enumerate(cols):
                if c in (2, 3):
                    continue
                top.cells[c].text = name
                top.cells[c].merge(bottom.cells[c])
            merged = top.cells[2].merge(top.cells[3])
            merged.text = "Đơn vị thực hiện"
            bottom.cells[2].text, bottom.cells[3].text = "Chủ trì", "Phối hợp"
            added = [top, bottom]
        else:
            row = table.add_row()
            for c, name in enumerate(cols):
                row.cells[c].text = name
            added = [row]
        if mark:
            for row in added:
                row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if spec.column_numbers:
            row = table.add_row()
            for c in range(width):
                row.cells[c].text = f"({c + 1})"
            added.append(row)
        if spec.rules == "header":  # a rule under the header's last row only
            for tc in added[-1]._tr.tc_lst:
                tc.get_or_add_tcPr().append(parse_xml(
                    f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    '</w:tcBorders>'))

    table = new_table(True)
    n = 0
    for g, (title, tasks) in enumerate(GROUPS[:spec.groups]):
        if g == 1 and spec.split:
            if spec.split == "page":
                document.add_page_break()
            else:
                document.add_paragraph("")
            table = new_table(spec.split_header)
        elif g == 1 and spec.repeat == "typed":
            header_rows(table)
        row = table.add_row()
        if spec.group_row == "span":
            cell = row.cells[0].merge(row.cells[width - 1])
            cell.text = f"{ROMAN[g]}. {title.upper()}" if not spec.numbered else title.upper()
            if spec.numbered:
                list_number(cell.paragraphs[0], 90)
        else:
            cell = row.cells[1].merge(row.cells[width - 1])
            cell.text = title.upper()
            if spec.numbered:
                list_number(row.cells[0].paragraphs[0], 90)
            else:
                row.cells[0].text = ROMAN[g]
        first_lead_cell = previous_lead = None
        for content, lead, support, deadline, product, note in tasks:
            n += 1
            row = table.add_row()
            cells = row.cells
            if spec.numbered:
                list_number(cells[0].paragraphs[0], 91)
            else:
                cells[0].text = str(n)
            cells[1].text = content
            if spec.merge_lead and lead == previous_lead:
                first_lead_cell = first_lead_cell.merge(cells[2])
            else:
                cells[2].text = lead
                first_lead_cell = cells[2]
            previous_lead = lead
            if spec.nested_support:
                inner = cells[3].add_table(rows=len(support), cols=1)
                for k, name in enumerate(support):
                    inner.cell(k, 0).text = name
            else:
                cells[3].text = ", ".join(support)
            cells[4].text, cells[5].text = deadline, product
            if spec.items and n == len(truth(spec.groups)):
                for cell, lines in ((cells[1], items(spec)["content"]), (cells[5], items(spec)["output"])):
                    cell.text = lines[0]
                    for line in lines[1:]:  # a paragraph an item, as authors type them
                        cell.add_paragraph(line)
            if spec.note:
                cells[6].text = note
    document.add_paragraph("")
    document.save(path)
    return path


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def score(doc, spec: Annex, expected: list[dict] | None = None) -> dict:
    """found: tasks whose content is read; matched: found with every field right; wrong: field values that are there
    and wrong (a missing value is counted apart)."""
    expected = expected or truth(spec.groups)
    by_content = {fold(t.content): t for t in doc.tasks}
    found = matched = 0
    wrong, missing, extra = [], [], len(doc.tasks) - len(expected)
    for want in expected:
        task = by_content.get(fold(want["content"]))
        if task is None:
            missing.append(want["content"])
            continue
        found += 1
        got = dict(number=task.number, lead=[m.name for m in task.lead], support=[m.name for m in task.support],
                   deadline=task.deadline.text if task.deadline else None, output=task.output,
                   group=task.group_path[-1] if task.group_path else None, note=task.note or "")
        want = dict(want, number=spec.number_text.replace("%1", want["number"]) if spec.numbered else want["number"])
        bad = []
        for key in ("number", "lead", "support", "deadline", "output") + (("note",) if spec.note else ()):
            if got[key] != want[key]:
                bad.append((key, got[key], want[key]))
        if got["group"] is None or fold(want["group"]) not in fold(got["group"]):
            bad.append(("group", got["group"], want["group"]))
        if bad:
            wrong.append((want["content"][:30], bad))
        else:
            matched += 1
    return dict(found=found, matched=matched, wrong=wrong, missing=missing, extra=extra)


def line_boxes(x: float, top: float, text: str, width: float = 6.0) -> list[tuple]:
    """The boxes (left, top, right, bottom) of a line of characters ``width`` wide from ``x``, a space's width (3)
    between words: a PDF page's characters for the half-ruled table tests."""
    boxes = []
    for word in text.split():
        boxes += [(x + k * width, top, x + (k + 1) * width, top + 9) for k in range(len(word))]
        x += len(word) * width + 3
    return boxes


def rule_edge(left: float, right: float, y: float) -> dict:
    """A horizontal rule as the edges pdfplumber builds tables from."""
    return {"object_type": "line_edge", "x0": left, "x1": right, "top": y, "bottom": y, "width": right - left,
            "height": 0, "orientation": "h"}
