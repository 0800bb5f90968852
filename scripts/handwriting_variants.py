"""Handwritten numbers and days at the typed glyphs' height: right or null, never another number (a probe, minutes of OCR).

    OMP_THREAD_LIMIT=1 .venv/bin/python scripts/handwriting_variants.py

The hardest handwriting for parsers/handwriting.py is a thin black pen at the type's own height: its ink matches the
typed glyphs in size, grey and colour, so only the two readings of the field (the page's OCR and the line's) can tell
it. Header pages (tests/test_handwriting.py's) get the number and the day written by hand as pen strokes, at 0.95-1.1
times the capitals' height and 4-6 px strokes (300 dpi), in two faces, as drawn and as a JPEG of grey paper. Each field
is "null" (marked handwritten: the metadata gives null + a warning + the box), "right" (read as written) or "WRONG";
the exit status is 1 when any is wrong.

At s20 (Tesseract 5.3.0 vie): 36 pages, 72 fields, 5 WRONG, all in Liberation Sans with "1740"/"17" written at 0.95-1.0
times the capitals' height: the day read '77' both ways (an impossible day: the date is null with
issue_date_unreadable), and once, on the JPEG, the number read '772' both ways and output as '772/QĐ-UBND' (a wrong
number). The two readings agree and the ink matches the type, so nothing marks it; the digits read (3) are fewer than
the marks of ink in the blank (4), which the judgement does not compare yet.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in ("", "tests"):
    sys.path.insert(0, str(ROOT / folder))

import test_handwriting as pages  # noqa: E402
from parsers import handwriting, ocr  # noqa: E402
from pdfmaker import SANS, SERIF, as_jpeg, on_grey_paper  # noqa: E402

# More digits as pen strokes (unit box, x right, y down), beside test_handwriting's 0, 1, 4, 7.
pages._STROKES.update({
    "2": [[(0.1, 0.25), (0.5, 0.0), (0.85, 0.25), (0.1, 1.0), (0.95, 1.0)]],
    "3": [[(0.1, 0.1), (0.8, 0.05), (0.45, 0.45), (0.9, 0.7), (0.5, 1.0), (0.05, 0.9)]],
    "5": [[(0.9, 0.0), (0.2, 0.0), (0.15, 0.45), (0.8, 0.5), (0.8, 0.9), (0.1, 0.95)]],
})
WRITTEN = [("12", "3"), ("245", "25"), ("1740", "17")]
PENS = [{"scale": 1.0, "width": 5}, {"scale": 0.95, "width": 4}, {"scale": 1.1, "width": 6}]


def outcomes(image) -> dict[str, str]:
    """What the page's OCR and the handwriting judgement give each field: the value read, or None when marked."""
    found = {}
    for block in ocr.page_blocks(image, 1, 1, pages.DPI / 72):
        if kind := handwriting.line_kind(block.orig):
            marked = {m["field"] for m in block.prov.handwritten or []}
            for field, value in handwriting.ocr_readings(block.orig, kind).items():
                found[field] = None if field in marked else value.replace(" ", "")
    return found


def main() -> int:
    wrong = 0
    for face, (number, day), pen, degraded in itertools.product([SERIF, SANS], WRITTEN, PENS, [False, True]):
        image = pages.header_page(face, number=number, day=day, hand={"number": pen, "day": pen})
        if degraded:
            image = as_jpeg(on_grey_paper(image, 225), 50)
        found = outcomes(image)
        verdicts = []
        for field, written in (("number", number), ("day", day)):
            value = found.get(field)
            verdict = "null" if value is None else "right" if value == written else f"WRONG ({value!r})"
            wrong += verdict.startswith("WRONG")
            verdicts.append(f"{field} {written}: {verdict}")
        print(f"{face.stem:24} pen {pen['scale']}×/{pen['width']}px {'jpeg' if degraded else 'clean'}: {'; '.join(verdicts)}",
              flush=True)
    print(f"wrong values: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
