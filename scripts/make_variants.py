"""Make one variant of each sample plan in each format: HTML with real tables, DOCX with real tables, a
text PDF (the DOCX printed by LibreOffice, as Word files become PDFs) and a scanned PDF (the text PDF's
pages rasterised), for the format-invariance tests; asked for, the DOCX saved as ODT and RTF.

    .venv/bin/python scripts/make_variants.py corpus/002_4eef9a9c1980f483.txt --out output/variants

The variant is rebuilt from what the pipeline read in the text file: its paragraphs in order, the
header (issuer | motto, number | place and date) and the closing (Nơi nhận | signature) as the
borderless two-column tables Word documents use, and every recovered table as a real table whose
merged cells (a row under a merged cell, sample 003's III.3) are merged again.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.shared import Pt  # noqa: E402

from pipeline.stages.metadata import Layout  # noqa: E402
from pipeline.model import Document, Layer, TableRecord  # noqa: E402
from pipeline.stages.parts import RECIPIENTS, is_signature_line  # noqa: E402
from pipeline.run import process  # noqa: E402

FORMATS = ("html", "docx", "pdf", "scan.pdf")
SAVED_FORMATS = ("odt", "rtf")  # the DOCX saved by LibreOffice in the word processors' other formats, when asked
# The faces Vietnamese offices type in. On Debian, fonts-liberation2 gives metric-compatible faces for both
# (scripts/install-system-deps.sh installs it); without it LibreOffice falls back to DejaVu.
SERIF, SANS = "Times New Roman", "Arial"
_MOTTO_OR_DATE = ("CỘNG", "HÒA", "HOÀ", "Độc lập")


def layout_of(doc: Document) -> list[tuple[str, object]]:
    """The document as ("p", text), ("header", (left, right)), ("closing", (left, right)), ("table", TableRecord)."""
    body = [b for b in doc.blocks if b.layer == Layer.BODY and b.table is None]
    in_table = {block_id: t for t in doc.tables for block_id in t.blocks}
    header = Layout.of(body).header
    header_ids = {b.id for b in header}
    left, right = header_columns([b.text for b in header if b.text])
    items: list[tuple[str, object]] = [("header", (left, right))] if header else []
    placed: set[str] = set()
    closing: list[str] = []
    for block in body:
        if block.id in header_ids or not block.text:
            continue
        table = in_table.get(block.id)
        if table is not None:
            if table.id not in placed:
                items += _flush_closing(closing)
                items.append(("table", table))
                placed.add(table.id)
            continue
        if RECIPIENTS.match(block.text) or (closing and not block.text.startswith(("PHỤ LỤC", "BIỂU", "KẾ HOẠCH"))) or (
                is_signature_line(block.text) and not closing):
            closing.append(block.text)
            continue
        items += _flush_closing(closing)
        items.append(("p", block.text))
    items += _flush_closing(closing)
    return items


def header_columns(lines: list[str]) -> tuple[list[str], list[str]]:
    """The issuer and the number on the left; the motto (from its first line on) and the place and date
    on the right. A place name wrapped before its date line ("Bình" / "Tân, ngày …") joins it."""
    left: list[str] = []
    right: list[str] = []
    motto_seen = False
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if ", ngày" in following and len(line.split()) <= 2 and not line.startswith(("Số", "-", "_")):
            continue  # goes with the date line below
        if ", ngày" in line and i and len(lines[i - 1].split()) <= 2 and not lines[i - 1].startswith(("Số", "-", "_")):
            line = f"{lines[i - 1]} {line}"
        motto_seen = motto_seen or line.startswith(_MOTTO_OR_DATE)
        (left if not motto_seen or line.startswith("Số") else right).append(line)
    return left, right


def _flush_closing(lines: list[str]) -> list[tuple[str, object]]:
    if not lines:
        return []
    start = next((i for i, line in enumerate(lines) if is_signature_line(line)), len(lines))
    recipients = [line for line in lines[:start]]
    signature = lines[start:]
    lines.clear()
    return [("closing", (recipients, signature))]


def _spans(table: TableRecord) -> list[list[tuple[str, int] | None]]:
    """Per row and column: (text, rowspan) for a printed cell, None where a merged cell above covers it."""
    rows = [r for r in table.rows]
    out: list[list[tuple[str, int] | None]] = [[(cell, 1) for cell in row.cells] for row in rows]
    for r, row in enumerate(rows):
        for c in row.merged_from_above:
            above = r - 1
            while above >= 0 and out[above][c] is None:
                above -= 1
            if above >= 0:
                text, span = out[above][c]
                out[above][c] = (text, span + 1)
                out[r][c] = None
    return out


# ---------------------------------------------------------------------------------------------------


def to_html(items: list[tuple[str, object]], title: str) -> str:
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{esc(title)}</title></head><body>"]
    parts.append("<nav><a href='/'>Trang chủ</a> | <a href='/vb'>Văn bản</a></nav><div id='toanvancontent'>")
    for kind, value in items:
        parts.append(f"<p>{esc(value)}</p>" if kind == "p" else _html_table(kind, value))
    parts.append("</div><footer>Ý kiến bạn đọc</footer></body></html>")
    return "\n".join(parts)


def _html_table(kind: str, value) -> str:
    """A header or closing as a borderless table of two cells, or a table with its merged cells."""
    esc = html.escape
    if kind in ("header", "closing"):
        left, right = value
        return ("<table class='layout'><tr>"
                f"<td>{'<br>'.join(esc(x) for x in left)}</td><td>{'<br>'.join(esc(x) for x in right)}</td></tr></table>")
    rows = []
    for r, row in enumerate(_spans(value)):
        tag = "th" if value.rows[r].kind == "header" else "td"
        cells = "".join(
            f"<{tag}{f' rowspan={span}' if span > 1 else ''}>{'<br>'.join(esc(x) for x in text.split(chr(10)))}</{tag}>"
            for text, span in (cell for cell in row if cell is not None))
        rows.append(f"<tr>{cells}</tr>")
    return "\n".join(["<table border='1'>", *rows, "</table>"])


def to_docx(items: list[tuple[str, object]], target: Path, font: str = SERIF) -> None:
    document = docx.Document()
    document.styles["Normal"].font.name = font
    document.styles["Normal"].font.size = Pt(12)
    for kind, value in items:
        if kind == "p":
            document.add_paragraph(value)
        elif kind in ("header", "closing"):
            left, right = value
            table = document.add_table(rows=1, cols=2)
            for cell, lines in zip(table.rows[0].cells, (left, right)):
                cell.text = ""
                for i, line in enumerate(lines):
                    (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(line)
        else:
            spans = _spans(value)
            table = document.add_table(rows=len(spans), cols=len(value.columns))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            # each position's cell taken once: table.cell() walks the whole table on every call (most of a minute for
            # the five samples); the merges below never reach a position an earlier one covered
            cells, columns = table._cells, len(value.columns)
            for r, row in enumerate(spans):
                for c, cell in enumerate(row):
                    if cell is None:
                        continue
                    text, span = cell
                    target_cell = cells[r * columns + c]
                    if span > 1:
                        target_cell = target_cell.merge(cells[(r + span - 1) * columns + c])
                    target_cell.text = ""
                    for i, line in enumerate(text.split("\n") if text else [""]):
                        (target_cell.paragraphs[0] if i == 0 else target_cell.add_paragraph()).add_run(line)
    document.save(target)


# How converters write a document as Markdown: markitdown (mammoth, then markdownify: a cell's paragraphs joined by
# "<br>", a cell merged down printed once so the rows under it are short, "-" and "1." at a line's start escaped) and
# docling (a merged cell's text repeated in every row it spans, a cell's paragraphs joined by a space, a section's
# heading marked "##" and the type heading in bold) and pandoc (GitHub Markdown: paragraphs wrapped at 72 columns,
# a table its pipes cannot hold, with merged cells or several lines in a cell, written as HTML).
# Two more: mammoth's own Markdown (every character Markdown may read as markup escaped, "1\\. Mục tiêu",
# "12/KH\\-UBND", "\\(PAPI\\)"; its tables written as markitdown writes them) and a note-taking app's GitHub Markdown
# (Obsidian: a cell's lines joined by "<br/>", "&", "<" and a no-break space written as entities).
# And pandoc's own Markdown, whose grid tables ("+---+", "| a | b |", "+===+" under the header) hold a cell's lines
# over several lines and a merged cell as a border left open under it ("pandoc-grid").
MARKDOWN_STYLES = ("markitdown", "docling", "pandoc", "mammoth", "obsidian", "pandoc-grid")
_ESCAPED_START = re.compile(r"^(\d+)\.(?=\s)|^([-+])(?=\s)")
_MAMMOTH_ESCAPED = re.compile(r"([`*_{}\[\]()#+\-.!])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\xa0": "&nbsp;"}
_SECTION_HEADING = re.compile(r"^(?:[IVX]+|PHẦN|PHỤ LỤC)\b")


def to_markdown(items: list[tuple[str, object]], style: str) -> str:
    def escaped(line: str) -> str:
        if style == "mammoth":
            return _MAMMOTH_ESCAPED.sub(r"\\\1", line.replace("\\", "\\\\"))
        if style == "obsidian":
            line = "".join(_ENTITIES.get(c, c) for c in line)
        return _escaped(line)

    def cell(text: str) -> str:
        joiner = {"markitdown": "<br>", "mammoth": "<br>", "obsidian": "<br/>"}.get(style, " ")
        return joiner.join(escaped(line) for line in text.split("\n")).replace("|", "\\|")

    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    out: list[str] = []
    for kind, value in items:
        if style == "pandoc-grid" and kind != "p":
            spans = [[((r"\|".join(_escaped(x) for x in "\n".join(value[0]).split("|")), 1)),
                      ((r"\|".join(_escaped(x) for x in "\n".join(value[1]).split("|")), 1))]] if kind in (
                "header", "closing") else [[None if c is None else ("\n".join(_escaped(x) for x in c[0].split("\n"))
                                                                    .replace("|", "\\|"), c[1]) for c in row]
                                           for row in _spans(value)]
            out += [*_grid_table_lines(spans, header=kind == "table"), ""]
        elif style == "pandoc":
            out += [*(textwrap.wrap(_escaped(value), 72) if kind == "p" else [_html_table(kind, value)]), ""]
        elif kind == "p":
            text = escaped(value)
            if style == "docling" and _SECTION_HEADING.match(value):
                text = f"## {text}"
            elif style == "docling" and value.isupper() and len(value.split()) <= 3:
                text = f"**{text}**"
            out += [text, ""]
        elif kind in ("header", "closing"):
            left, right = value
            out += [row([cell("\n".join(left)), cell("\n".join(right))]), row(["---", "---"]), ""]
        else:
            spans = _spans(value)
            above: list[str] = [""] * len(value.columns)
            for r, cells in enumerate(spans):
                printed = []
                for c, spanned in enumerate(cells):
                    if spanned is not None:
                        above[c] = spanned[0]
                        printed.append(cell(spanned[0]))
                    elif style == "docling":
                        printed.append(cell(above[c]))
                out.append(row(printed))
                if r == 0:
                    out.append(row(["---"] * len(value.columns)))
            out.append("")
    return "\n".join(out)


def _grid_table_lines(spans: list[list[tuple[str, int] | None]], header: bool) -> list[str]:
    """A grid table as pandoc writes one: each column as wide as its longest line, a cell's lines one under another,
    a merged cell's lines in its first row and the borders under it left open ("+   +---+") until it ends."""
    n_cols = len(spans[0])
    widths = [max([1, *(len(line) for row in spans if row[c] for line in row[c][0].split("\n"))]) for c in range(n_cols)]
    left = [0] * n_cols  # the rows a merged cell still covers below the row written
    lines = ["+" + "+".join("-" * (w + 2) for w in widths) + "+"]
    for r, row in enumerate(spans):
        texts = [row[c][0].split("\n") if row[c] else [] for c in range(n_cols)]
        for c in range(n_cols):
            left[c] = row[c][1] - 1 if row[c] else left[c] - 1
        for k in range(max(1, *(len(t) for t in texts))):
            lines.append("|" + "|".join(f" {(t[k] if k < len(t) else '').ljust(w)} " for t, w in zip(texts, widths)) + "|")
        rule = "=" if header and r == 0 else "-"
        lines.append("+" + "+".join((" " if left[c] > 0 else rule) * (w + 2) for c, w in enumerate(widths)) + "+")
    return lines


def _escaped(line: str) -> str:
    """A line as markdownify writes it: a backslash before what would start a list ("1\\.", "\\-") and before "*" and
    "_" (which would be emphasis)."""
    line = line.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return _ESCAPED_START.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else f"\\{m.group(2)}", line)


def docx_to(sources: list[Path], targets: list[Path], extension: str = "pdf") -> None:
    """Each DOCX printed (a PDF) or saved in another format (".odt", ".rtf", as LibreOffice writes a Word file) to its
    target, all in one LibreOffice start (a start costs more than a conversion)."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise SystemExit(f"making {extension} variants needs LibreOffice: apt-get install -y libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([program, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", extension,
                        "--outdir", tmp, *map(str, sources)], capture_output=True, timeout=300 * len(sources), check=True)
        for source, target in zip(sources, targets):
            shutil.move(str(Path(tmp) / f"{source.stem}.{extension}"), target)


def pdf_to_scan(source: Path, target: Path, dpi: int = 200) -> None:
    """The PDF's pages as images only (no text layer), as a scanner makes them."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source))
    pages = [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    pages[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def make(sample: Path, out: Path, formats: tuple[str, ...] = FORMATS, font: str = SERIF) -> dict[str, Path]:
    """The variants of one sample in ``out``; a font other than the serif default adds its name to the files'."""
    return make_many([sample], out, formats, font)[sample]


def make_many(samples: list[Path], out: Path, formats: tuple[str, ...] = FORMATS,
              font: str = SERIF) -> dict[Path, dict[str, Path]]:
    """``make`` for several samples, their PDFs printed in one LibreOffice start."""
    out.mkdir(parents=True, exist_ok=True)
    made: dict[Path, dict[str, Path]] = {}
    for sample in samples:
        doc = process(sample)
        items = layout_of(doc)
        stem = sample.stem if font == SERIF else f"{sample.stem}.{font.lower().replace(' ', '-')}"
        made[sample] = {}
        if "html" in formats:
            made[sample]["html"] = out / f"{stem}.html"
            made[sample]["html"].write_text(to_html(items, doc.metadata.title or stem), encoding="utf-8")
        if {"docx", "pdf", "scan.pdf", *SAVED_FORMATS} & set(formats):
            made[sample]["docx"] = out / f"{stem}.docx"
            to_docx(items, made[sample]["docx"], font)
        if {"pdf", "scan.pdf"} & set(formats):
            made[sample]["pdf"] = out / f"{stem}.pdf"
    printed = [files for files in made.values() if "pdf" in files]
    if printed:
        docx_to([files["docx"] for files in printed], [files["pdf"] for files in printed])
    for extension in set(formats) & set(SAVED_FORMATS):
        for files in made.values():
            files[extension] = out / f"{Path(files['docx']).stem}.{extension}"
        docx_to([files["docx"] for files in made.values()], [files[extension] for files in made.values()], extension)
    if "scan.pdf" in formats:
        for files in printed:
            files["scan.pdf"] = out / f"{Path(files['pdf']).stem}.scan.pdf"
            pdf_to_scan(files["pdf"], files["scan.pdf"])
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "output" / "variants")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--font", default=SERIF, help=f"the face the DOCX asks for ({SERIF!r}, {SANS!r} …)")
    args = parser.parse_args()
    for sample, files in make_many(args.samples, args.out, tuple(args.formats.split(",")), args.font).items():
        for fmt, path in files.items():
            print(f"{sample.name} -> {fmt}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
