"""Copies by other hands: each source text transformed one way at a time, as a clerk's paste may come, and read against
the untransformed text (metadata, the section tree, tasks with lead/support/deadline: tests/invariance.py).

    .venv/bin/python bench/copy_transforms.py                       # every source, every transform
    .venv/bin/python bench/copy_transforms.py --transforms wrap72,nfd --show   # the differences themselves

Sources: corpus/*.txt; the DOCX of ../shared/realdocs as Word's "save as text" gives it (a paragraph a line, a table's
cells tab-separated); the pages of ../shared/realdocs2 as a browser copies them (a block a line, cells tab-separated).
Prints, per transform, how many sources it changes and which.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from invariance import differences  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.run import process  # noqa: E402

SHARED = ROOT.parent / "shared"
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


def docx_as_text(path: Path) -> str:
    """Word's plain-text save: a paragraph a line, a table's row a line of tab-separated cells (a merged cell once)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def page_as_copied(path: Path) -> str:
    """A browser's copy of a saved page's text: a block a line, a row's cells tab-separated; scripts and styles left."""
    import lxml.html

    root = lxml.html.fromstring(path.read_bytes())
    for bad in root.xpath("//script|//style|//noscript|//head"):
        bad.drop_tree()
    out: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCK_TAGS:
            out.append("\n")
        out.append(element.text or "")
        for child in element:
            walk(child)
            out.append(child.tail or "")
        if tag in ("td", "th"):
            out.append("\t")
        elif tag in _BLOCK_TAGS:
            out.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line.strip()) + "\n"


def sources() -> dict[str, str]:
    found = {f"corpus/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))}
    for path in sorted((SHARED / "realdocs").glob("*.docx")):
        found[f"realdocs/{path.name}"] = docx_as_text(path)
    for path in sorted((SHARED / "realdocs2").glob("*.html")):
        found[f"realdocs2/{path.name}"] = page_as_copied(path)
    return found


# ---- the transforms: each one way a copy by other hands differs --------------------------------------------------

def _wrap(text: str, width: int, keep_indent: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if "\t" in line or len(line) <= width:
            out.append(line)
            continue
        indent = re.match(r"\s*", line).group() if keep_indent else ""
        out.extend(textwrap.wrap(line.strip(), width, initial_indent=indent, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def reflow(doc, width: int) -> str:
    """The document's paragraphs as the reference read them, each hard-wrapped at ``width`` (an e-mail's or an editor's
    wrap); tables, a table's cells copied a line each with "|", furniture and the blank lines kept as copied."""
    out: list[str] = []
    last_line = None
    for block in doc.blocks:
        if last_line is not None and block.prov.line_start is not None and block.prov.line_start > last_line + 1:
            out.append("")  # the copy's blank lines stay where they were
        last_line = block.prov.line_end
        if block.table is None and block.layer.name == "BODY" and block.text and not block.cell_end \
                and "\t" not in block.orig and "|" not in block.orig:
            out.extend(textwrap.wrap(block.text, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.extend(block.orig.split("\n"))
    return "\n".join(out) + "\n"


def pdf_viewer(text: str) -> str:
    """A PDF viewer's copy: lines broken at the page's width, the page's number and a running header between pages."""
    lines = _wrap(text, 85).split("\n")
    out = []
    for number, start in enumerate(range(0, len(lines), 45), start=1):
        if number > 1:
            out += [str(number), ""]
        out += lines[start:start + 45]
    return "\n".join(out)


def with_site(text: str) -> str:
    """The site's menus, breadcrumbs, links and footer around the document, as a page copied whole."""
    before = ("Trang chủ | Giới thiệu | Văn bản pháp luật | Hỏi đáp | Liên hệ\nĐăng nhập\nĐăng ký\n"
              "Trang chủ > Văn bản > Kế hoạch\nTải văn bản\nVăn bản gốc\nVăn bản liên quan\nLược đồ\n"
              "Thuộc tính\nNội dung\n")
    after = ("\nTải văn bản\nVăn bản liên quan\nBình luận\nChia sẻ\nFacebook\nZalo\n"
             "Bản quyền thuộc về Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.\n")
    return before + text + after


def print_view(text: str) -> str:
    """A copy from a site's "print" view: the portal's name and the print view's own buttons over the document, the
    page's address and the time it was printed under it (no menus, no related lists)."""
    before = "CỔNG THÔNG TIN ĐIỆN TỬ\nCơ sở dữ liệu văn bản\nIn văn bản | Đóng cửa sổ\n\n"
    after = "\n\nNguồn: https://vanban.example.gov.vn/van-ban/chi-tiet?id=40213&print=1\nNgày in: 07/12/2026 10:15\n"
    return before + text + after


def word_tabs(doc, cell_lines: bool = False) -> str:
    """Text copied from Word: each table a row a line, its cells tab-separated, a merged cell printed once (in its
    first row); ``cell_lines``: a cell's own paragraphs broken where Word broke them (line breaks inside the row). The
    text outside the tables as the reference's source has it."""
    source = Path(doc.origin.path).read_text(encoding="utf-8").split("\n")
    spans = [(t.rows[0].line_start, t.rows[-1].line_end, t) for t in doc.tables
             if t.rows and t.rows[0].line_start is not None and t.rows[-1].line_end is not None]
    out, at = [], 0
    for first, last, table in sorted(spans, key=lambda span: span[0]):  # rows' lines count from 1
        if first - 1 < at:
            continue
        out += source[at:first - 1]
        for row in table.rows:
            cells = ["" if k in row.merged_from_above else cell.strip() for k, cell in enumerate(row.cells)]
            out.append("\t".join(cell if cell_lines else " ".join(cell.split()) for cell in cells))
        at = last
    return "\n".join(out + source[at:]) + "\n"


def _panel(doc, wrong: bool = False) -> str:
    """A legal site's attribute table as a browser copies it (label, value, label, value a row, tab-separated), with
    the document's own values, or (``wrong``) with the site's mistakes: another number, signer and day."""
    meta = doc.metadata
    day = "-".join(reversed(meta.issued_date.split("-"))).replace("-", "/") if meta.issued_date else "Đang cập nhật"
    number, signer = meta.number or "Đang cập nhật", meta.signer.name or "Đang cập nhật"
    if wrong:
        number, signer, day = "999/KH-UBND", "Trần Văn Mẫu", "01/01/2001"
    rows = [("Số hiệu:", number, "Loại văn bản:", meta.doc_type or "Văn bản khác"),
            ("Nơi ban hành:", meta.issuer.name or "Đang cập nhật", "Người ký:", signer),
            ("Ngày ban hành:", day, "Ngày hiệu lực:", "Đã biết"),
            ("Tình trạng:", "Còn hiệu lực", "Lĩnh vực:", "Bộ máy hành chính")]
    return "Thuộc tính văn bản\n" + "\n".join("\t".join(row) for row in rows) + "\n"


_RELATED = ("Lược đồ\nVăn bản căn cứ\nLuật Tổ chức chính quyền địa phương 2025\nNghị định 30/2020/NĐ-CP về công tác văn thư\n"
            "Văn bản được hướng dẫn\nQuyết định 1234/QĐ-TTg năm 2024 phê duyệt Đề án chuyển đổi số\n"
            "Văn bản liên quan cùng nội dung\nKế hoạch 45/KH-UBND năm 2025 triển khai Đề án 06 trên địa bàn tỉnh\n"
            "Ban hành: 12/03/2025\tHiệu lực: Đã biết\tTình trạng: Đã biết\n"
            "Chỉ thị 08/CT-UBND năm 2025 tăng cường kỷ luật hành chính\nBan hành: 02/04/2025\n")


def zero_width(text: str) -> str:
    return re.sub(r"(?<=\w) (?=\w)", lambda m: " \u200b", text, count=200)


def nbsp(text: str) -> str:
    return re.sub(r"(?<=\w) (?=\w)", "\u00a0", text)


TRANSFORMS = {
    "reflow55": lambda t, d: reflow(d, 55),
    "reflow72": lambda t, d: reflow(d, 72),
    "reflow80": lambda t, d: reflow(d, 80),
    "wrap50": lambda t, d: _wrap(t, 50),
    "wrap60": lambda t, d: _wrap(t, 60),
    "wrap72": lambda t, d: _wrap(t, 72),
    "wrap80": lambda t, d: _wrap(t, 80),
    "wrap72_indent": lambda t, d: _wrap(re.sub(r"(?m)^(?=\S)", "    ", t), 72, keep_indent=True),
    "pdf_viewer": lambda t, d: pdf_viewer(t),
    "double_blank": lambda t, d: t.replace("\n", "\n\n"),
    "crlf": lambda t, d: t.replace("\n", "\r\n"),
    "nbsp": lambda t, d: nbsp(t),
    "zero_width": lambda t, d: zero_width(t),
    "nfd": lambda t, d: unicodedata.normalize("NFD", t),
    "site": lambda t, d: with_site(t),
    "trailing_spaces": lambda t, d: re.sub(r"(?m)$", "  ", t),
    "print_view": lambda t, d: print_view(t),
    "word_tabs": lambda t, d: word_tabs(d),
    "word_tabs_lines": lambda t, d: word_tabs(d, cell_lines=True),
    "panel_before": lambda t, d: _panel(d) + t,
    "panel_after": lambda t, d: t + "\n" + _panel(d),
    "panel_wrong": lambda t, d: _panel(d, wrong=True) + t,
    "related_after": lambda t, d: t + "\n" + _RELATED,
    # s61: a viewer's copy saved with a blank line after every line (its page numbers among them), a hard-wrapped copy
    # saved so, and the site's related list copied without its "Lược đồ" heading
    "viewer_double_blank": lambda t, d: pdf_viewer(t).replace("\n", "\n\n"),
    "wrap72_double_blank": lambda t, d: _wrap(t, 72).replace("\n", "\n\n"),
    "related_no_heading": lambda t, d: t + "\n" + _RELATED.split("\n", 1)[1],
}
# the transforms that read the reference's reading (its paragraphs, tables or metadata): none where it was refused
_FROM_READING = ("reflow", "word_tabs", "panel_")


def run(text: str, folder: Path, name: str):
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    try:
        return process(path)
    except PipelineError as error:
        return f"refused: {type(error).__name__}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transforms", default=",".join(TRANSFORMS))
    parser.add_argument("--sources", default="", help="comma-separated parts of the sources' names to keep")
    parser.add_argument("--show", action="store_true", help="print each difference")
    parser.add_argument("--keep", type=Path, help="write each transformed text in this folder")
    args = parser.parse_args()
    chosen = [t for t in args.transforms.split(",") if t]
    texts = {k: v for k, v in sources().items() if not args.sources or any(s in k for s in args.sources.split(","))}
    changed: dict[str, list[str]] = {t: [] for t in chosen}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for name, text in texts.items():
            reference = run(text, folder, "reference.txt")
            for transform in chosen:
                if isinstance(reference, str) and transform.startswith(_FROM_READING):
                    continue
                transformed = TRANSFORMS[transform](text, reference)
                variant = run(transformed, folder, f"{transform}.txt")
                if isinstance(reference, str) or isinstance(variant, str):
                    found = [] if reference == variant else [f"{reference!r} / {variant!r}"]
                else:
                    found = differences(reference, variant)
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{Path(name).stem}.{transform}.txt").write_text(transformed, encoding="utf-8")
                if found:
                    changed[transform].append(name)
                    if args.show:
                        print(f"## {name} {transform}")
                        print("\n".join(f"    {line[:300]}" for line in found), flush=True)
    print(f"| transform | sources changed (of {len(texts)}) | which |")
    print("|---|---|---|")
    for transform, names in changed.items():
        print(f"| {transform} | {len(names)} | {', '.join(Path(n).name[:12] for n in names)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
