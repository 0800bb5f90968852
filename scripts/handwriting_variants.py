"""Handwritten numbers and days at the typed glyphs' height: right or null, never another number (a probe, minutes of OCR).

    OMP_THREAD_LIMIT=1 .venv/bin/python scripts/handwriting_variants.py

The hardest handwriting for parsers/handwriting.py is a thin black pen at the type's own height: its ink matches the
typed glyphs in size, grey and colour, so only the two readings of the field (the page's OCR and the line's) can tell
it. Header pages (tests/test_handwriting.py's) get the number and the day written by hand as pen strokes, at 0.95-1.1
times the capitals' height and 4-6 px strokes (300 dpi), in two faces, as drawn and as a JPEG of grey paper. Each field
is "null" (marked handwritten: the metadata gives null + a warning + the box), "right" (read as written) or "WRONG";
the exit status is 1 when any is wrong.

At s20, before the count of figures (Tesseract 5.3.0 vie): 36 pages, 72 fields, 5 WRONG, all in Liberation Sans with "1740"/"17" written at 0.95-1.0
times the capitals' height: the day read '77' both ways (an impossible day: the date is null with
issue_date_unreadable), and once, on the JPEG, the number read '772' both ways and output as '772/QĐ-UBND' (a wrong
number). The two readings agree and the ink matches the type, so nothing marks it; the digits read (3) are fewer than
the figures of ink in the blank (4), which the judgement now compares (parsers/handwriting.py count_figures).

--more (96 pages, 192 fields: 1947/14, 71/19, 914/11, 4791/9, three pens, four scans): 13 wrong before the count of
figures, 12 after (the '717' read for '71' is now null). What is left reads a figure as another with the count
right: '914' as '374'/'314'/'974' (Liberation Serif, upright thin pen), days '14' as '74' and '11' as '17'/'77'
(Liberation Sans): a substitution the count cannot see.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

from PIL import Image

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
    "9": [[(0.85, 0.3), (0.5, 0.0), (0.15, 0.2), (0.4, 0.5), (0.85, 0.3), (0.6, 1.0)]],
})
WRITTEN = [("12", "3"), ("245", "25"), ("1740", "17")]
PENS = [{"scale": 1.0, "width": 5}, {"scale": 0.95, "width": 4}, {"scale": 1.1, "width": 6}]
# --more: the figures that look alike by hand (1, 7, 4, 9), upright to steep, thin to thick pens
MORE_WRITTEN = [("1947", "14"), ("71", "19"), ("914", "11"), ("4791", "9")]
MORE_PENS = [{"scale": 1.0, "width": 5, "slant": 0.1}, {"scale": 0.95, "width": 4, "slant": 0.0},
             {"scale": 1.05, "width": 3, "slant": 0.35}]


def scanned(image: Image.Image, dpi: int, quality: int) -> Image.Image:
    """The page scanned at ``dpi`` as a JPEG of ``quality``, rendered back at 300 dpi as a scanned PDF's page is."""
    small = image.resize((image.width * dpi // pages.DPI, image.height * dpi // pages.DPI), Image.LANCZOS)
    return as_jpeg(small, quality).resize(image.size, Image.BICUBIC)


DEGRADED = {"clean": lambda image: image, "jpeg": lambda image: as_jpeg(on_grey_paper(image, 225), 50)}
MORE_DEGRADED = {**DEGRADED, "200dpi-q75": lambda image: scanned(image, 200, 75),
                 "150dpi-q60": lambda image: scanned(on_grey_paper(image, 230), 150, 60)}


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--more", action="store_true",
                        help="the look-alike figures 1, 7, 4, 9 with more pens and slants, at 150-300 dpi (96 pages)")
    args = parser.parse_args()
    written, pens, degraded = (MORE_WRITTEN, MORE_PENS, MORE_DEGRADED) if args.more else (WRITTEN, PENS, DEGRADED)
    tally = Counter()
    for face, (number, day), pen, scan in itertools.product([SERIF, SANS], written, pens, degraded):
        image = degraded[scan](pages.header_page(face, number=number, day=day, hand={"number": pen, "day": pen}))
        found = outcomes(image)
        verdicts = []
        for field, value_written in (("number", number), ("day", day)):
            value = found.get(field)
            verdict = "null" if value is None else "right" if value == value_written else f"WRONG ({value!r})"
            tally[verdict.split()[0]] += 1
            verdicts.append(f"{field} {value_written}: {verdict}")
        pen_text = f"{pen['scale']}×/{pen['width']}px/slant {pen.get('slant', 0.25)}"
        print(f"{face.stem:24} pen {pen_text:22} {scan:10}: {'; '.join(verdicts)}", flush=True)
    print(f"fields: {tally['right']} right, {tally['null']} null, {tally['WRONG']} wrong")
    return 1 if tally["WRONG"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
