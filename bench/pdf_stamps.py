"""E-signed PDFs' stamps read by pdfium (the page's widgets flattened) against the same stamps read by pdfminer (the
way they were read before, and still the fallback), inside ``process()``, beside pypdfium2's text extraction (the
text PDF floor of bench/floors.py): per file, CPU milliseconds (medians of interleaved runs in this one process, the
three in every order in turn: with one order only, what ran just before biased the files without widgets by 5-18%) and
the ratio to the floor, both ways, and which pages pdfium declined (read by pdfminer); then the text PDF row of
bench/floors.py both ways.

    .venv/bin/python bench/pdf_stamps.py [--runs 6]

Files: bench/floors.py's text PDFs, and every PDF of ../shared/realdocs2 with widgets that draw text and no page
read by OCR.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from itertools import permutations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pypdfium2 as pdfium  # noqa: E402

from floors import REALDOCS2, cpu_seconds, files, pdf_floor  # noqa: E402

from parsers import forms, pdf  # noqa: E402
from pipeline.run import process  # noqa: E402


def with_widgets(path: Path) -> bool:
    return any(pdf.text_widgets(page) for page in pdfium.PdfDocument(path))


def read_by_ocr(path: Path) -> list[bool]:
    """Whether each page would be read by OCR (Tesseract's seconds a page would hide what is measured here)."""
    return [bool(pdf.textlayer.page_problem(page, page.get_textpage().get_text_range(), pdf._MIN_TEXT_PER_PAGE))
            for page in pdfium.PdfDocument(path)]


def by_pdfminer(path: Path):
    """process() with every stamp read by pdfminer (pdfium declining every page)."""
    real = forms.widget_rects
    forms.widget_rects = lambda page, only: None
    try:
        return process(path)
    finally:
        forms.widget_rects = real


def declined(path: Path) -> list[int]:
    """The pages (1-based) whose stamps pdfium declined."""
    pages = []
    real = pdf._Plumber.close

    def close(plumber):
        pages.extend(i + 1 for i in plumber.fallbacks)
        real(plumber)

    pdf._Plumber.close = close
    try:
        pdf.read(path)
    finally:
        pdf._Plumber.close = real
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    row = files("pdf")
    signed = [p for p in sorted(REALDOCS2.glob("*.pdf")) if REALDOCS2.exists() and with_widgets(p) and p not in row]
    paths = row + [p for p in signed if not any(read_by_ocr(p))]
    ways = {"floor": pdf_floor, "pdfium": process, "pdfminer": by_pdfminer}
    for path in paths:  # warm-up: imports, caches, the registry
        for work in ways.values():
            work(path)
    spent: dict[str, dict[Path, list[float]]] = {way: {p: [] for p in paths} for way in ways}
    orders = list(permutations(ways.items()))  # each way before and after each other: what runs just before matters
    for run in range(args.runs):
        for index, path in enumerate(paths):
            for way, work in orders[(run + index) % len(orders)]:
                spent[way][path].append(cpu_seconds(lambda: work(path)))
    ms = {way: {p: 1000 * statistics.median(t) for p, t in times.items()} for way, times in spent.items()}
    print(f"{'file':44} {'floor':>7} {'pdfium':>7} {'pdfminer':>8}   ratio pdfium / pdfminer   widgets  declined")
    for path in paths:
        floor = ms["floor"][path]
        print(f"{path.name[:44]:44} {floor:7.1f} {ms['pdfium'][path]:7.1f} {ms['pdfminer'][path]:8.1f}   "
              f"{ms['pdfium'][path] / floor:5.2f}× / {ms['pdfminer'][path] / floor:5.2f}×"
              f"     {'yes' if with_widgets(path) else '':>4}    {declined(path) or ''}")
    floor = sum(ms["floor"][p] for p in row)
    print(f"text PDF row (bench/floors.py's {len(row)} files): pdfium {sum(ms['pdfium'][p] for p in row) / floor:.2f}×, "
          f"pdfminer {sum(ms['pdfminer'][p] for p in row) / floor:.2f}× the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
