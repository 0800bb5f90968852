"""Where a text PDF's time goes: CPU milliseconds per document in each part of ``process()`` over the text PDFs
bench/floors.py compares with pypdfium2, each part timed by wrapping its function (no profiler: cProfile's cost per
call inflates the many small Python calls and hides the pdfium calls inside them).

    .venv/bin/python bench/pdf_parts.py [--runs 3] [--only 000_,017_]

Parts nest (``read`` holds ``_page_pieces``, which holds ``_char_boxes`` …): the shares do not add up. ``get_page`` and
``get_textpage`` are what the floor does too (pypdfium2 loading each page and its text).
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pypdfium2 as pdfium  # noqa: E402

from floors import files  # noqa: E402

import pipeline.run as run  # noqa: E402
from parsers import footnotes, forms, glyphmap, pdf, reading_order, rules, textlayer  # noqa: E402

PARTS = [(run, "run_stages"), (pdf, "read"), (pdf, "_page_pieces"), (pdfium.PdfDocument, "get_page"),
         (pdfium.PdfPage, "get_textpage"), (textlayer, "page_problem"), (rules, "page_edges"), (pdf, "text_widgets"),
         (pdf._Plumber, "stamps"), (pdf, "page_tables"), (rules, "find_tables"), (rules, "_edge_lines"), (rules, "_points"),
         (rules, "_cells"), (rules, "_tables"), (pdf, "_char_boxes"), (pdf, "_cell_spans"), (pdf, "_hard_breaks"),
         (pdf, "_table"), (pdf, "join_continued_tables"), (pdf, "mark_page_numbers"), (rules, "may_hold_unruled_table"),
         (rules, "unruled_table_rules"), (pdf, "upright_turn"), (pdf, "bold_lines"), (pdf, "legacy_fonts_converted"),
         (pdf, "swapped_letters_repaired"), (pdf, "misread_words"), (pdf, "hidden_under_image"), (footnotes, "marks_hidden"),
         (footnotes, "at_the_foot"), (reading_order, "line_boxes"), (reading_order, "column_gaps"),
         (reading_order, "reordered"), (rules, "display_transform"), (glyphmap, "may_hold_glyph_ids"),
         (pdf, "letter_spaced_lines"), (textlayer, "outlined_glyphs"), (rules, "header_running_to_foot"),
         (rules, "rows_told_end"), (rules, "opens_with_heading"), (forms, "signing_times")]


def timed(owner, name: str, spent: dict[str, float]) -> None:
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="only the files whose name holds one of these comma-separated strings")
    args = parser.parse_args()
    run.prepare_worker()
    paths = [p for p in files("pdf") if not args.only or any(s in p.name for s in args.only.split(","))]
    spent: dict[str, float] = {}
    for owner, name in PARTS:
        if hasattr(owner, name):  # a commit before the part was written (s58's checks) times the rest
            timed(owner, name, spent)
    for path in paths:  # warm-up: imports, caches
        run.process(path)
    spent.clear()
    start = time.process_time()
    for _ in range(args.runs):
        for path in paths:
            run.process(path)
    total = time.process_time() - start
    documents = args.runs * len(paths)
    print(f"process(): {1000 * total / documents:.2f} ms CPU a document ({len(paths)} text PDFs, {args.runs} runs)")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:24} {1000 * seconds / documents:7.2f} ms  {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
