"""The handwriting check on the number and date lines of scans: per line, each fill-in field with
its verdict and the measures behind it (the measurement behind parsers/handwriting.py's bounds).

    .venv/bin/python scripts/handwriting_scores.py FILE.pdf[:PAGES] ...    (PAGES: "1" or "1,26"; default 1)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers import handwriting, ocr  # noqa: E402


def main(args: list[str]) -> None:
    for arg in args:
        name, _, pages = arg.partition(":")
        pdf = pdfium.PdfDocument(name)
        for page_no in [int(p) for p in (pages or "1").split(",")]:
            page = pdf[page_no - 1].render(scale=ocr.DPI / 72).to_pil().convert("RGB")
            words = ocr.read_words(ocr.without_seal(page))
            lines: dict = {}
            for w in words:
                lines.setdefault(w.line, []).append(w)
            for line in ocr.in_column_order(sorted(lines.values(), key=lambda ws: min(w.top for w in ws)), page.width):
                line.sort(key=lambda w: w.left)
                text = " ".join(w.text for w in line)
                kind = handwriting.line_kind(text)
                if kind is None:
                    if "năm" in text and line[0].top < page.height / 3:
                        print(f"{Path(name).name[:40]} p{page_no} not checked: {text[:70]!r}")
                    continue
                box = (min(w.left for w in line), min(w.top for w in line), max(w.right for w in line), max(w.bottom for w in line))
                crop = page.crop((box[0] - 12, box[1] - 12, box[2] + 12, box[3] + 12))
                glyphs = handwriting.makebox(crop.convert("L"))
                rgb = np.asarray(crop)
                print(f"{Path(name).name[:40]} p{page_no} {kind}: {text[:60]!r} | {''.join(g.char for g in glyphs)[:60]!r}")
                for f in handwriting.fields(rgb, glyphs, kind, handwriting.ocr_readings(text, kind)):
                    print(f"    {f.name:6} {'HANDWRITTEN' if f.handwritten else 'typed':11} {f.reason}")


if __name__ == "__main__":
    main(sys.argv[1:])
