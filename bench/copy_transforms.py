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
}


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
                if isinstance(reference, str) and transform.startswith("reflow"):
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
