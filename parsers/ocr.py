"""OCR reader for scanned PDFs and images (.png, .jpg, .tif): Tesseract's Vietnamese model.

Pages are rendered with pypdfium2 at 300 dpi and read by the ``tesseract`` program (run with
``OMP_THREAD_LIMIT=1``: without it a page takes several times longer on these machines). Each
recognised line is a block carrying its page, box and mean word confidence. A page that reads badly
is checked for rotation (Tesseract's orientation detection) and read again upright. Tables are found
from their ruling lines: straight runs of ink, as segments, handed to the text PDF's table code (a page fed
askew is first turned straight by its rules); the words inside each cell become that cell's text, so a
scanned annex keeps its rows.
"""

from __future__ import annotations

import csv
import io
import math
import re
from concurrent.futures import ThreadPoolExecutor
import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Iterator

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.errors import MissingProgram, ReaderError, SlowProgram, SourceMissing
from pipeline.stages.parts import is_type_heading
from pipeline.model import Block, BlockKind, Document, Issue, Provenance
from pipeline.spelling import is_syllable
from pipeline.resources import json_data, name_words
from pipeline.text import fold, longest_first, nfc
from pipeline.stages.window import Window

from . import OCR_TIMEOUT, content_format, handwriting
from .tesseract import run_tesseract
from .common import grid_text, join_continued_tables, mark_page_numbers, origin_of

READER = "ocr"
DPI = 300
LANGUAGE = "vie"
INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-vie"
MAX_PIXELS = 80_000_000  # a larger image is refused rather than decompressed (decompression bombs)
# A PDF page is rendered with at most this many pixels: an A3 page at 300 dpi has 17 million. A larger page is
# rendered at the resolution that fits, with a warning, never allocated whole (a 5 m page at 300 dpi: 3.6 billion).
MAX_PAGE_PIXELS = 25_000_000
_LOW_CONFIDENCE = 60.0  # a page whose words average less is checked for rotation
_STANDING_WORDS = 0.5  # and a page where more than this share of the words of 3 letters or more stand taller than wide:
# Tesseract reads a page turned a quarter well, its lines upright (a page turned 270° averaged 90)
_UNSURE_WORD = 60.0  # a word read with less is listed as unsure (handwritten numbers and dates)
_COLUMN_GAP = 0.06  # a gap wider than this share of the page splits a line into columns
_NOISE = 30.0
_UNREADABLE_WORD = 50.0  # a cell with ink whose every word is read with less was not read (a blot, a scribble)
_TABLE_CONFIDENCE = 60.0  # a table's words read with less on average are read as lines, not put in cells  # a line whose every word is read with less is a smudge, a rule or a seal, not text
_TIMEOUT = 120


@cache
def _languages() -> frozenset[str]:
    return frozenset(subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split())


@cache
def tesseract_problem() -> str | None:
    """Why OCR cannot run here, with the command that fixes it; None when it can."""
    if shutil.which("tesseract") is None:
        return f"OCR needs Tesseract, which is not installed: {INSTALL}"
    if LANGUAGE not in _languages():
        return f"OCR needs Tesseract's Vietnamese model, which is not installed: {INSTALL}"
    return None


def _tesseract(image: Image.Image, *args: str) -> str:
    return run_tesseract(image, *args, timeout=_TIMEOUT)


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[int, int, int]
    doubted: bool = False  # two readings of its cell give other figures (``_voted_date_cells``)

    @property
    def unsure(self) -> bool:
        """Read with low confidence, or read otherwise by another reading of its cell."""
        return 0 <= self.conf < _UNSURE_WORD or self.doubted


def read_words(image: Image.Image, psm: str = "3", language: str = LANGUAGE) -> list[Word]:
    """The words Tesseract reads, with page segmentation mode ``psm`` (3: a whole page, its columns found)."""
    words = []
    for row in csv.DictReader(io.StringIO(_tesseract(image, "-l", language, "--psm", psm, "tsv")), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append(Word(nfc(text), float(row["conf"]), left, top, left + int(row["width"]), top + int(row["height"]),
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def rotation(image: Image.Image) -> int:
    """Degrees the page must turn (clockwise) to stand upright, as far as Tesseract can tell. Raises SlowProgram when
    Tesseract ran over its time limit: the caller says so (``page_blocks``), the page is not silently read as it lies."""
    try:
        report = _tesseract(image, "--psm", "0", "-l", "osd")
    except subprocess.SubprocessError:
        return 0
    return next((int(line.split(":")[1]) for line in report.splitlines() if line.startswith("Rotate:")), 0)


def timed_out(page_no: int, what: str) -> Issue:
    """The warning of a page not read in full because Tesseract ran over its time limit (a loaded machine as often as
    the page): clerks see it, and a cache of readings refuses the document (``parsers.read_in_full``)."""
    return Issue(code=OCR_TIMEOUT, where={"page": page_no, "limit_seconds": _TIMEOUT},
                 message=f"page {page_no}: Tesseract did not {what} within its limit of {_TIMEOUT} s (the machine may "
                         f"be overloaded): the page may not be fully read; read the file again")


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


# ---------------------------------------------------------------------------------------------------
# Tables from ruling lines


_MM_PER_POINT = 25.4 / 72
_RULE_ACROSS_MM = 6.0  # a horizontal run of ink this long is a rule: no letter's stroke is (a cell is wider)
# a vertical one: longer than a capital's stem in 13 pt text, shorter than a table's row of one 12 pt line (4.2 mm; a
# title's taller stems may pass, but a stem inside a row reaches no rule, so it makes no cell)
_RULE_DOWN_MM = 3.5
_SKEW_RULE_SHARE = 0.25  # rules at least this share of the page's width measure its skew
_RULE_THICKNESS = 3.0  # points: a rule, or a line of dots, is thinner (a letter's height is twice as much)
_MIN_SKEW = 0.15  # degrees: a page turned by less keeps its rules within a few pixels across its width
_MAX_SKEW = 5.0


_INK_GREY = 140  # a pixel darker than this is ink


def _ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")) < _INK_GREY


_WORN_GAP_MM = 1.5  # a gap this long in a rule printed light grey is wear (a photocopy's): a cell is far wider or taller
_LETTER_MARGIN_MM = 0.5  # a worn gap is bridged on faint ink this far from the letters (their grey edge, ringing)
_FAINT_SHARE = 0.2  # a faint rule lies at least this share of the way from the page's paper to its print


def _faint_ink(image: Image.Image, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The pixels darker than the page's paper by a fifth of the way to its print (the paper: the page's median level,
    most of a page being paper; the print: its darkest hundredth), where a table's rules printed light grey (a Word
    table's grey borders, a photocopy that lost them) show: they are lighter than _INK_GREY, and such a table was read
    as lines. Measured on the page itself, so grey paper or a dark scan moves the level with it. And which of them lie
    apart from the letters (the black print but its rules) and the grey edge round them: at this level the edges join a
    line's letters along its baseline into a run as long as a rule."""
    from scipy import ndimage

    pixels = np.asarray(image.convert("L"))
    if (light := _paper_light(pixels, scale)) is not None:
        # the paper lit unevenly (a photo, a scanner's lid left open) by less than ``evenly_lit`` straightens, but by
        # more than the faint level's margin: its darker side lay under that level, all of it "ink"
        pixels = _lit_evenly(pixels, light)
    sample = pixels[::4, ::4]  # every 16th pixel: the levels of a whole page, at a sixteenth of the cost
    paper, darkest = np.median(sample), np.percentile(sample, 1)
    faint = pixels < paper - _FAINT_SHARE * (paper - darkest)
    black = pixels < _INK_GREY
    length = max(8, round(_RULE_DOWN_MM / _MM_PER_POINT * scale))
    letters = black & ~(_rules_mask(black, length, 1, 3) | _rules_mask(black, length, 0, 3))
    return faint, faint & ~ndimage.maximum_filter(letters, size=2 * max(1, round(scale / 2)) + 1)


def _worn_gap(scale: float) -> int:
    """The closing (pixels) that bridges a faint rule's worn gaps of ``_WORN_GAP_MM``, at the page's resolution."""
    return round(_WORN_GAP_MM / _MM_PER_POINT * scale) + 1


def _rules_mask(dark: np.ndarray, length: int, axis: int, gap: int) -> np.ndarray:
    """The ink that lies on straight runs at least ``length`` pixels long along ``axis`` (1: across, 0: down), after
    closing gaps of ``gap`` pixels along them (a scanned rule is broken here and there): scipy's binary closing then
    opening by a line, as running minima and maxima (the same pixels, several times faster: each page pays it)."""
    return _line_filters(_line_filters(dark.view(np.uint8), gap, axis, closing=True), length, axis, closing=False).astype(bool)


def _line_filters(pixels: np.ndarray, size: int, axis: int, closing: bool) -> np.ndarray:
    """Binary closing (dilation, then erosion) or opening (erosion, then dilation) by a line of ``size`` pixels, as
    ``ndimage.binary_closing``/``binary_opening`` do it: outside the image is no ink, and a line of even size takes
    its first step one pixel off centre."""
    from scipy import ndimage

    first, second = (ndimage.maximum_filter1d, ndimage.minimum_filter1d) if closing else \
        (ndimage.minimum_filter1d, ndimage.maximum_filter1d)
    shifted = first(pixels, size, axis=axis, mode="constant", origin=-1 if size % 2 == 0 else 0)
    return second(shifted, size, axis=axis, mode="constant")


def _thin_parts(mask: np.ndarray, axis: int, thickness: float, mean: bool):
    """The connected parts of ``mask`` no thicker than ``thickness`` pixels across ``axis`` (``mean``: on average,
    for rules still turned; else all along, its box: a run of letters the closing joined is as thick as the letters,
    and so is a rule a letter touches, which must not take the letter with it), each as its box (slices) and its own
    pixels in that box; and all their pixels."""
    from scipy import ndimage

    labels, _ = ndimage.label(mask, np.ones((3, 3), bool))
    kept, pixels = [], np.zeros_like(mask)
    for index, found in enumerate(ndimage.find_objects(labels), start=1):
        part = labels[found] == index
        across = part.sum() / part.shape[axis] if mean else part.shape[1 - axis]
        if across <= thickness:
            kept.append((found, part))
            pixels[found] |= part
    return kept, pixels


def skew(image: Image.Image, scale: float, ink: np.ndarray | None = None) -> float:
    """Degrees the page is turned counter-clockwise, measured on its long horizontal rules (a table's, a form's):
    0.0 when it has fewer than two, or their slopes disagree. Tesseract copes with a slightly turned page, but a
    table's rules must run along the pixel rows and columns to be found. ``ink``: the pixels the rules are looked
    for in (the page's print by default; rules printed light grey, ``_faint_ink``)."""
    from scipy import ndimage

    # thickened down by a pixel each way (binary dilation by a line of 3): a thin rule keeps long runs when turned
    ink = _ink(image) if ink is None else ink
    dark = ndimage.maximum_filter1d(ink.view(np.uint8), 3, axis=0, mode="constant").view(bool)
    mask = _rules_mask(dark, max(8, round(3.0 / _MM_PER_POINT * scale)), 1, 5)
    slopes = []
    for (_, cols), part in _thin_parts(mask, 1, _RULE_THICKNESS * scale + 2, mean=True)[0]:
        if cols.stop - cols.start < _SKEW_RULE_SHARE * image.width:
            continue
        ys, xs = np.nonzero(part)
        slopes.append(np.polyfit(xs, ys, 1)[0])
    if len(slopes) < 2 or np.ptp(slopes) > 0.01:  # rules that disagree: a hand-drawn page, a photo's perspective
        return 0.0
    angle = -math.degrees(math.atan(float(np.median(slopes))))  # the pixel rows run down: a rule rising to the right
    return angle if _MIN_SKEW <= abs(angle) <= _MAX_SKEW else 0.0


_KEYSTONE_RULE_MM = 30.0  # a vertical rule this long measures how the page leans: a table's column rule, not a letter
_MIN_KEYSTONE = 0.2  # degrees between the leans of the leftmost and rightmost rules: less keeps rules within a pixel or two
_KEYSTONE_FIT = 0.1  # degrees: rules that lean further from a lean growing evenly across the page are drawn by hand


def keystone(image: Image.Image, scale: float) -> tuple[float, ...] | None:
    """The corners (PIL's QUAD: upper left, lower left, lower right, upper right) of the part of a photographed page
    that, stretched to the whole image, stands its vertical rules upright; None where they stand upright already, or
    are too few (three) or too uneven to tell. A page photographed a little off square is narrower at its far edge:
    its column rules lean, each by an angle that grows evenly from left to right, so a table's columns, found as
    vertical runs of ink, break into pieces at different places. (Its horizontal rules stay parallel: ``skew``.)"""
    from scipy import ndimage

    # thickened across by a pixel each way: a thin rule leaning a degree keeps long runs down
    dark = ndimage.maximum_filter1d(_ink(image).view(np.uint8), 3, axis=1, mode="constant").view(bool)
    least = max(8, round(_KEYSTONE_RULE_MM / _MM_PER_POINT * scale))
    mask = _rules_mask(dark, round(least / 2), 0, 5)
    height, width = mask.shape
    rules = []  # (x at the page's middle height, lean: pixels across per pixel down, length)
    for (rows, cols), part in _thin_parts(mask, 0, _RULE_THICKNESS * scale + 2, mean=True)[0]:
        if rows.stop - rows.start >= least:
            ys, xs = np.nonzero(part)
            lean, at_top = np.polyfit(ys + rows.start, xs + cols.start, 1)
            rules.append((at_top + lean * height / 2, lean, rows.stop - rows.start))
    if len(rules) < 3:
        rules = _rule_ends(image, scale)
    if len(rules) < 2:
        return None
    middles, leans, lengths = np.array(rules).T
    if np.ptp(middles) < width / 4:
        return None
    # a long rule's lean is measured finer (a pixel over its length): it counts for more, and may stray less
    growth, lean_at_left = np.polyfit(middles, leans, 1, w=lengths)
    strays = np.abs(leans - (lean_at_left + growth * middles)) - 2 / lengths
    if (math.degrees(abs(growth) * np.ptp(middles)) < _MIN_KEYSTONE
            or math.degrees(math.atan(float(np.max(strays)))) > _KEYSTONE_FIT):
        return None

    def at(x: float, y: float) -> float:  # where the rule standing at x at middle height is at height y
        return x + (lean_at_left + growth * x) * (y - height / 2)

    return (at(0, 0), 0, at(0, height), height, at(width, height), height, at(width, 0), 0)


_END_FIT_PT = 1.0  # the ends of a table's rules across stray no further from a straight line (a pixel or two)


def _rule_ends(image: Image.Image, scale: float) -> list[tuple[float, float, float]]:
    """The left and right ends of a table ruled across only (no column rules to measure how a photographed page
    leans) as two rules standing there, each (x at the page's middle height, lean, length): a stack of three long
    rules across or more whose left ends lie on one straight line and right ends on another. A photographed page
    narrower at its far edge draws the lower rules longer at both ends, and ``horizontal_rule_groups`` then took the
    rules for tables of different widths (split_rows_ruled_lines worn lost 9 of its 13 rows). [] where the ends
    stray (rules of different tables, a title's underline) or the rules are too few."""
    from scipy import ndimage

    dark = ndimage.maximum_filter1d(_ink(image).view(np.uint8), 3, axis=0, mode="constant").view(bool)
    mask = _rules_mask(dark, max(8, round(_RULE_ACROSS_MM / _MM_PER_POINT * scale)), 1, 5)
    ends = np.array([((rows.start + rows.stop) / 2, cols.start, cols.stop)
                     for (rows, cols), _ in _thin_parts(mask, 1, _RULE_THICKNESS * scale + 2, mean=True)[0]
                     if cols.stop - cols.start >= _SKEW_RULE_SHARE * image.width])
    if len(ends) < 3:
        return []
    ys, height = ends[:, 0], image.height
    found = []
    for xs in (ends[:, 1], ends[:, 2]):
        lean, at_top = np.polyfit(ys, xs, 1)
        if np.max(np.abs(xs - (at_top + lean * ys))) > _END_FIT_PT * scale:
            return []
        found.append((at_top + lean * height / 2, lean, float(np.ptp(ys))))
    return found


def ruling_edges(image: Image.Image, scale: float, faint: bool = False) -> tuple[list[dict], np.ndarray]:
    """The horizontal and vertical rules of a page image as edges in points (the dicts ``rules.page_edges`` gives
    for a PDF's drawn lines, so a scan's tables are built by the same code as a text PDF's), and the rules' pixels.
    ``faint``: rules printed light grey are found too (``_faint_ink``), but a run of ink that lies mostly by letters
    (their edges joined along a line) is none. A dotted rule is not found: closing its gaps would join a serif face's
    letters along their baseline too."""
    from scipy import ndimage

    dark, apart = _faint_ink(image, scale) if faint else (_ink(image), None)
    edges = []
    rule_pixels = np.zeros_like(dark)
    thickness = _RULE_THICKNESS * scale
    across = None
    for axis, length_mm, gap in ((1, _RULE_ACROSS_MM, 5), (0, _RULE_DOWN_MM, 3)):  # down: not a stem to its dot below
        length = max(8, round(length_mm / _MM_PER_POINT * scale))
        mask = _rules_mask(dark, length, axis, gap)
        if apart is not None:
            # a faint rule's worn gaps bridged on the ink half a millimetre from the letters only: bridged through a
            # letter (or the grey ringing by its stem), a column rule stopping at a group's row across the table (a
            # row 5 mm high) would run on through its words into a rule splitting its cell
            margin = 2 * round(_LETTER_MARGIN_MM / _MM_PER_POINT * scale) + 1
            far = apart & ~ndimage.maximum_filter(dark & ~apart, size=margin)
            mask |= _rules_mask(far, length, axis, _worn_gap(scale))
        parts, pixels = _thin_parts(mask, axis, thickness, mean=False)
        bowed = {id(part) for _, part in parts if _bends_like_a_ring(part, axis, scale)}
        if apart is not None:
            # a run lying mostly by letters (their edges joined) is none, nor is one that bends like a stamp's ring
            parts = [(box, part) for box, part in parts
                     if 2 * (part & apart[box]).sum() >= part.sum() and id(part) not in bowed]
            pixels = np.zeros_like(dark)
            for box, part in parts:
                pixels[box] |= part
        if axis == 0:
            parts, pixels = _rules_not_stems(parts, across, scale)
        else:
            across = pixels
        rule_pixels |= pixels & dark
        for (rows, cols), part in parts:
            x0, x1, top, bottom = cols.start / scale, cols.stop / scale, rows.start / scale, rows.stop / scale
            if axis == 1:
                middle = (top + bottom) / 2
                edges.append({"object_type": "line_edge", "x0": x0, "x1": x1, "top": middle, "bottom": middle,
                              "width": x1 - x0, "height": 0.0, "orientation": "h"})
            else:
                middle = (x0 + x1) / 2
                edges.append({"object_type": "line_edge", "x0": middle, "x1": middle, "top": top, "bottom": bottom,
                              "width": 0.0, "height": bottom - top, "orientation": "v"})
            if id(part) in bowed:  # kept at the ink level, as before; but no sign of a grid (``_read_page_image``)
                edges[-1]["bows"] = True
    return _column_rules_to_frame(_without_boxes_inside(edges), dark & ~rule_pixels, scale), rule_pixels


def _without_boxes_inside(edges: list[dict]) -> list[dict]:
    """The edges less the four sides of a box drawn inside a table (a copy's "SAO Y BẢN CHÍNH" stamp, a received
    stamp printed over the grid): two rules across ending on the same two rules down, which end at them (or a worn gap
    past them), while a grid's rule ends on a rule that runs on past it (but at the grid's four outer corners); with
    rules of the page on all four sides beyond it, no other rule in line with its sides and none across it from side
    to side (a grid's cell found in pieces or drawn apart, a small table in a cell). Taken for rules, its sides split
    the rows under it and were drawn on to the table's foot as columns of their own."""
    near = _RULE_MEETS_PT
    reach = near + _WORN_GAP_MM / _MM_PER_POINT
    across = [e for e in edges if e["orientation"] == "h"]
    down = [e for e in edges if e["orientation"] == "v"]

    def at(value: float, other: float) -> bool:
        return abs(value - other) <= near

    box_sides: list[int] = []
    for top in across:
        for bottom in across:
            if bottom["top"] - top["top"] <= near or not (at(top["x0"], bottom["x0"]) and at(top["x1"], bottom["x1"])):
                continue
            # its sides from corner to corner, or on to a rule of the grid a worn gap away (the faint look bridges it)
            sides = [v for v in down if top["top"] - reach <= v["top"] <= top["top"] + near
                     and bottom["top"] - near <= v["bottom"] <= bottom["top"] + reach
                     and (at(v["x0"], top["x0"]) or at(v["x0"], top["x1"]))]
            if {at(v["x0"], top["x0"]) for v in sides} != {True, False}:
                continue
            x0, x1, y0, y1 = top["x0"], top["x1"], top["top"], bottom["top"]
            own = [top, bottom, *sides]
            # a grid's cell: its rules in line with others (a grid found in pieces cell by cell, cells drawn apart
            # with spacing, a column of checkboxes), or a rule across it from side to side (a small table in a cell)
            if (any(all(e is not o for o in own) and (at(e["top"], y0) or at(e["top"], y1)) for e in across)
                    or any(all(e is not o for o in own) and (at(e["x0"], x0) or at(e["x0"], x1)) for e in down)
                    or any(y0 + near < e["top"] < y1 - near and at(e["x0"], x0) and at(e["x1"], x1) for e in across)
                    or any(x0 + near < e["x0"] < x1 - near and at(e["top"], y0) and at(e["bottom"], y1) for e in down)):
                continue
            # inside a table: rules beyond it on its four sides, crossing its rows and its columns
            if (any(v["x0"] < x0 - near and v["top"] < y0 and v["bottom"] > y1 for v in down)
                    and any(v["x0"] > x1 + near and v["top"] < y0 and v["bottom"] > y1 for v in down)
                    and any(h["top"] < y0 - near and h["x0"] < x0 and h["x1"] > x1 for h in across)
                    and any(h["top"] > y1 + near and h["x0"] < x0 and h["x1"] > x1 for h in across)):
                box_sides += [id(top), id(bottom), *(id(v) for v in sides)]
    return [e for e in edges if id(e) not in box_sides]


_BOW_MM = 0.1  # a rule's run strays no further from a straight line along it (a pixel at 300 dpi)
_BOW_PIXELS = 1.0  # nor by more than a pixel (a pixel's waver at any resolution)
_RING_RADIUS_MM = 100.0  # a stamp's arc bends round a circle of at most this radius: a ring's is 10-25 mm, but the piece
# of it taken for a rule, cut off where it meets the grid's rules, bends less; a curled page's rule bends round metres


def _bends_like_a_ring(part: np.ndarray, axis: int, scale: float) -> bool:
    """Whether a run of ink found as a rule in the faint look (``axis`` 1: across, 0: down; its pixels in its box)
    bows like an arc of a round stamp printed over the grid: its middle lies off the line through its ends by more
    than a rule's waver, and it turns round a circle of centimetres (``_RING_RADIUS_MM``). Taken for a rule, a ring's
    side within a row split its cells in two (7 cells for 6); a page that curls bends its rules round metres."""
    along = (part if axis == 0 else part.T).astype(float)  # a row of pixels for each step along the run
    widths = along.sum(axis=1)
    steps = np.nonzero(widths)[0]
    if len(steps) < 3:
        return False
    centres = (along[steps] @ np.arange(along.shape[1])) / widths[steps]
    curve = abs(np.polyfit(steps, centres, 2)[0])  # the run's centre as a parabola along it
    bow = curve * ((steps[-1] - steps[0]) / 2) ** 2
    if bow <= max(_BOW_PIXELS, _BOW_MM / _MM_PER_POINT * scale):
        return False
    return 1 / (2 * curve) / scale * _MM_PER_POINT <= _RING_RADIUS_MM  # the parabola's radius at its turn


_RULE_MEETS_PT = 2.0  # a rule's end this near another rule meets it (a scanned rule's end is a pixel or two off)


def _column_rules_to_frame(edges: list[dict], ink: np.ndarray, scale: float) -> list[dict]:
    """The column rules drawn across the table's first (last) row where they stop short of it: a table whose inner
    rules begin under the header or end above the last row (as some offices print them, or a scan lost their ends)
    leaves that row one cell wide, and its columns were lost (the header read as one cell: no task column found). A
    column's topmost (bottommost) rule gets a piece across the row along the frame's top (bottom) rule, the frame's
    sides on both hands running from that rule down (up) to it, where no ink (``ink``: the page's less its rules)
    crosses its line there: a header cell over two columns ("Kinh phí" over its years) is printed across the line; the
    rows between (a group's row across the table under the header) keep their one cell."""
    across = [e for e in edges if e["orientation"] == "h"]
    down = [e for e in edges if e["orientation"] == "v"]
    near, half = _RULE_MEETS_PT, max(1, round(scale))
    pieces = []
    for rule in down:
        x = rule["x0"]
        same = [v for v in down if abs(v["x0"] - x) <= near]
        for end, step in (("top", -1), ("bottom", 1)):
            y = rule[end]
            if any((v[end] - y) * step > near for v in same):
                continue  # not the column's outermost rule
            sides = [v for v in down if abs(v["x0"] - x) > near and (v[end] - y) * step > near
                     and v["top"] <= rule["top"] + near and v["bottom"] >= rule["bottom"] - near]
            lefts, rights = [v for v in sides if v["x0"] < x], [v for v in sides if v["x0"] > x]
            if not lefts or not rights:
                continue
            frame = (max if step < 0 else min)(v[end] for v in (max(lefts, key=lambda v: v["x0"]),
                                                                 min(rights, key=lambda v: v["x0"])))
            rows = [h["top"] for h in across if h["x0"] - near <= x <= h["x1"] + near]
            if not any(abs(t - frame) <= near for t in rows):
                continue  # the sides end on no rule across at this column: no frame
            inside = [t for t in rows if (y - t) * step > near and (t - frame) * step > near]
            row_end = (min if step < 0 else max)(inside) if inside else y
            low, high = sorted((frame, row_end))
            line = ink[round((low + near) * scale):round((high - near) * scale),
                       max(0, round(x * scale) - half):round(x * scale) + half + 1]
            if line.any():
                continue
            if abs(row_end - y) <= near:
                rule[end] = frame
                rule["height"] = rule["bottom"] - rule["top"]
            else:
                pieces.append({**rule, "top": low, "bottom": high, "height": high - low})
    return edges + pieces


_STEM_MM = 7.0  # a letter's stroke, dots joined, is shorter: "ị" in a bold header blurred at 200 dpi is 4-5 mm


def _rules_not_stems(parts: list, across: np.ndarray, scale: float) -> tuple[list, np.ndarray]:
    """The vertical rule pieces less those that are a letter's stroke: one shorter than two lines of text that does
    not reach a horizontal rule at both ends (a row's rule runs from the rule above to the rule below). A bold "ị"
    blurred into one stroke from its dot to its dot below stands as tall as a one-line header row, its foot on the
    rule below; taken for a rule, it split the row's cell in two and was taken out ("Đơn v thực hiện")."""
    reach = max(3, round(scale))  # a pixel or two of grey between a rule and the rule it meets
    near = _dilated(across, reach)
    kept, pixels = [], np.zeros_like(across)
    for (rows, cols), part in parts:
        short = (rows.stop - rows.start) / scale * _MM_PER_POINT < _STEM_MM
        if short and not near[rows, cols][[0, -1]].any(axis=1).all():
            continue
        kept.append(((rows, cols), part))
        pixels[rows, cols] |= part
    return kept, pixels


def _dilated(mask: np.ndarray, steps: int) -> np.ndarray:
    from scipy import ndimage

    return ndimage.binary_dilation(mask, iterations=steps)


def _inside(word: Word, box, scale: float) -> bool:
    cx, cy = (word.left + word.right) / 2 / scale, (word.top + word.bottom) / 2 / scale
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


@cache
def _confusions(key: str) -> dict[str, str]:
    """A table of pipeline/data/ocr_confusions.json (as read -> as meant), its notes ("_…" keys) left out."""
    return {k: v for k, v in json_data("ocr_confusions.json")[key].items() if not k.startswith("_")}


@cache
def _quarter_misreading():
    """A pattern for "Quý" followed by a misread Roman numeral (pipeline/data/ocr_confusions.json), and the numerals."""
    numerals = _confusions("quarter_numerals")
    alternatives = longest_first(numerals)
    # after "Quý" or, in a list of quarters, after "Quý I, " or "Quý I và " ("Quý I, 11/2026": "Quý I, II/2026")
    word = r"(?:[Qq]u[ýÝ]|QUÝ)(?:\s+(?:IV|I{1,3})\s*(?:,|và))*"
    return re.compile(rf"\b(?P<word>{word})\s*(?P<numeral>{alternatives})(?=/|\s|[.,;)]|$)"), numerals


@cache
def _whole_cell_misreadings() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for a cell's whole text misread (``whole_cells`` of pipeline/data/ocr_confusions.json), between
    dashes, dots or brackets, and what each reading stands for."""
    readings = _confusions("whole_cells")
    alternatives = longest_first(readings)
    return re.compile(rf"^(?P<before>[-–.(\s]*)(?P<read>{alternatives})(?P<after>[-–.)\s]*)$", re.IGNORECASE), readings


def whole_cell_corrected(text: str) -> str:
    """A scanned table cell's text, or what it prints where OCR misread the whole of it ("-nf-": "-nt-")."""
    pattern, readings = _whole_cell_misreadings()
    if not (match := pattern.match(text)):
        return text
    printed = readings[match["read"].lower()]
    printed = printed.upper() if match["read"].isupper() else printed.capitalize() if match["read"][0].isupper() else printed
    return f"{match['before']}{printed}{match['after']}"


_ROMAN = ("I", "II", "III", "IV")


def quarters_in_sequence(texts: list[str]) -> list[str]:
    """A row of header cells with a quarter's numeral read two ways ("Quý HI": II or III) read as the one that
    continues the quarters beside it ("Quý II | Quý HI | Quý IV": III); one that no neighbour settles is left as
    read (pipeline/data/ocr_confusions.json, ``quarter_numerals_in_sequence``)."""
    pattern, _ = _quarter_misreading()
    readings = _confusions("quarter_numerals_in_sequence")

    def quarter(text: str) -> tuple[str, str] | None:  # (the word "Quý", its numeral) of a cell that is one quarter
        parts = text.split()
        return (parts[0], parts[1]) if len(parts) == 2 and fold(parts[0]) == "quy" else None

    result = list(texts)
    for i, text in enumerate(texts):
        if not (q := quarter(text)) or q[1] not in readings:
            continue
        around = set()
        for j, step in ((i - 1, 1), (i + 1, -1)):
            if 0 <= j < len(texts) and (n := quarter(texts[j])) and n[1] in _ROMAN:
                k = _ROMAN.index(n[1]) + step
                around.add(_ROMAN[k] if 0 <= k < len(_ROMAN) else None)
        fits = [r for r in readings[q[1]] if r in around]
        if len(fits) == 1 and None not in around and len(around) == 1:
            result[i] = f"{q[0]} {fits[0]}"
    return result


# a quarter's numeral read touching "Quý" (a worn scan's lost space: "QuýIV/2026"), given its space back
_GLUED_QUARTER = re.compile(r"\b(?P<word>[Qq]u[ýÝ]|QUÝ)(?P<numeral>IV|I{1,3})(?=/|\s|[.,;)]|năm|$)")


@cache
def _recurrence_misreading() -> tuple[re.Pattern[str], str]:
    """A pattern for "hằng" misread before a unit of time (``recurrence_words`` of pipeline/data/ocr_confusions.json:
    "hăng năm"), and the word it stands for."""
    words = json_data("ocr_confusions.json")["recurrence_words"]
    readings, units = "|".join(map(re.escape, words["readings"])), "|".join(map(re.escape, words["units"]))
    return re.compile(rf"\b(?:{readings})(?=\s+(?:{units})\b)", re.IGNORECASE), words["meant"]


def corrected(text: str) -> str:
    """OCR's text with the misreadings that have one sense corrected: "Quý 11/2026" is "Quý II/2026", "hăng năm" is
    "hằng năm"."""
    if "ng" in text or "NG" in text:
        pattern, meant = _recurrence_misreading()
        text = pattern.sub(lambda m: meant.upper() if m[0].isupper() else meant.capitalize() if m[0][0].isupper()
                           else meant, text)
    if "u" not in text and "U" not in text:
        return text
    text = _GLUED_QUARTER.sub(r"\g<word> \g<numeral>", text)
    pattern, numerals = _quarter_misreading()
    for _ in range(3):  # a list's numerals one after the other ("Quý I, 11, 111/2026")
        text, done = pattern.subn(lambda m: f"{m['word']} {numerals[m['numeral']]}", text)
        if not done:
            break
    return text


_HEADING_NUMERAL = re.compile(r"^(?P<tens>[XV]*)(?P<ones>I*)(?P<end>L?[.)]?)$")
_GLUED_NUMERAL = re.compile(r"^([IVX]+\.)([^\W\d_]{2,})$")
_STEM_HEIGHT = 0.6  # a letter of the numeral is at least this share of the word's height; its period is not


def numeral_by_stems(word: Word, image: Image.Image) -> Word:
    """A heading's Roman numeral with as many I's as the image shows: Tesseract reads "III." as "II." and "XIII" as
    "XII" in serif faces (each I alike and close to the next), and "VIII." as "VIIL" or "VIIIL." (an I and its
    period, or the period's shadow, as an L). Each letter of the numeral is a separate stroke of ink as tall as the
    word: they are counted. Only I's are added (letters that touch count as one, so a count can only be short). A
    numeral glued to the heading's first word is set apart."""
    if (glued := _GLUED_NUMERAL.match(word.text)) and glued[2].isupper():  # "I.MỤC": the space after the period not seen
        return replace(word, text=f"{glued[1]} {glued[2]}")
    match = _HEADING_NUMERAL.match(word.text)
    if not match or not (match["ones"] or "L" in match["end"]):
        return word
    ones = max(len(match["ones"]), _tall_parts(word, image) - len(match["tens"]))  # an L's stem is an I only if counted
    end = match["end"].replace("L", "") or ("." if match["end"] else "")
    if ones > 3 or (ones == len(match["ones"]) and end == match["end"]):
        return word
    return replace(word, text=match["tens"] + "I" * ones + end)


_QUARTER_END = r"(?P<rest>/\d{2,4}[.,;)]?|[.,;)]?)$"  # "II/2026", "I,"
_UPRIGHT = 0.15  # a stem's ink stands as far right at its top as at its foot, within this share of its height ("/": half)


def _word_marks(word: Word, image: Image.Image) -> tuple[np.ndarray, list, int]:
    """A word's ink cut into its marks (strokes that touch are one): the labelled ink, each mark's (rows, columns)
    slices (mark n at n - 1), the crop's height."""
    from scipy import ndimage

    ink = _ink(image.crop((word.left, word.top, word.right + 1, word.bottom + 1)))
    labels, _ = ndimage.label(ink, np.ones((3, 3), bool))
    return labels, ndimage.find_objects(labels), ink.shape[0]


def _leading_stems(word: Word, image: Image.Image) -> int:
    """How many upright strokes as tall as the word's figures begin a word ("III/2026": three; the slash leans)."""
    labels, marks, height = _word_marks(word, image)
    parts = sorted(enumerate(marks, start=1), key=lambda part: part[1][1].start)
    count = 0
    for n, (rows, cols) in parts:
        tall = rows.stop - rows.start
        if tall < _STEM_HEIGHT * height:
            if count:
                break
            continue  # a speck before the numeral
        ys, xs = np.nonzero(labels[rows, cols] == n)
        top, foot = xs[ys < tall / 3], xs[ys >= 2 * tall / 3]
        if cols.stop - cols.start > 0.5 * tall or not len(top) or not len(foot) or abs(top.mean() - foot.mean()) > _UPRIGHT * tall:
            break
        count += 1
    return count


def _tall_parts(word: Word, image: Image.Image) -> int:
    """How many marks of a word's ink are as tall as its figures (``_STEM_HEIGHT`` of the word's height)."""
    _, marks, height = _word_marks(word, image)
    return sum(rows.stop - rows.start >= _STEM_HEIGHT * height for rows, _ in marks)


def quarters_by_stems(words: list[Word], image: Image.Image) -> list[Word]:
    """``words`` with the numeral after "Quý" given as many I's as the image shows: Tesseract reads "Quý III/2026" as
    "Quý II/2026" with high confidence (each I alike and close to the next), which a deadline must not take. As in
    ``numeral_by_stems``, only I's are added (strokes that touch count as one, so a count can only be short)."""
    # a numeral read two ways ("HI": II or III) is the one the strokes count, if it is one of them
    readings = _confusions("quarter_numerals_in_sequence")
    numeral = re.compile("^(?P<read>I{1,2}|" + "|".join(map(re.escape, readings)) + ")" + _QUARTER_END)
    result = list(words)
    for before, (n, word) in zip([None, *words], enumerate(words)):
        match = numeral.match(word.text)
        if not match or before is None or before.line != word.line or fold(before.text) != "quy":
            continue
        ones = "I" * _leading_stems(word, image)
        if ones in readings.get(match["read"], ("II", "III")[len(match["read"]) - 1:]) and ones != match["read"]:
            result[n] = replace(word, text=ones + match["rest"])
    return result


_PUNCTUATION = ".,;:!?()[]|\"'“”"  # "|": a table's rule read as a character on a word's side
_VOWELS = frozenset("aeiouy")


def _onset_misread(core: str) -> str | None:
    """"qnan" read for "quan": a word whose first letters begin no syllable (``onsets`` of ocr_confusions.json),
    respelt where only the respelling is a syllable; None otherwise."""

    for read, meant in _confusions("onsets").items():
        if core[: len(read)].lower() == read:
            respelt = "".join(m.upper() if r.isupper() else m for r, m in zip(core, meant)) + core[len(read):]
            if is_syllable(respelt) and not is_syllable(core):
                return respelt
    return None


_COMMA_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_]),(?=[^\W\d_])")


def _letters_misread(core: str) -> str | None:
    """"đơnvj" read for "đơnvị": a word holding letters no Vietnamese word has (``letters`` of ocr_confusions.json),
    respelt where the respelling is a syllable or splits into syllables as a glued token is split (``_syllables_apart``:
    "Qujết" is no "Quịết", whose one split "Quị ết" no glued word gives); None otherwise."""

    for read, meant in _confusions("letters").items():
        if core.find(read) > 0 and not is_syllable(core):  # after its onset: no syllable opens on an "ị" ("ja")
            respelt = core.replace(read, meant)
            return respelt if is_syllable(respelt) or _syllables_apart(respelt) else None
    return None


def page_evidence(words: list[Word]) -> frozenset[str]:
    """The words of bodies' names and those the page prints apart: which syllables stand as words, where a glued token
    splits more ways than one or holds no letter only Vietnamese writes ("Phátthanh" where the page prints "thanh")."""
    from parsers.textlayer import seen_words

    return name_words() | seen_words(w.text for w in words)


def _word_text(text: str, seen: frozenset[str] | None = None) -> str:
    """A word as Tesseract read it, or its syllables where it dropped a narrow space between them ("Phátthanh",
    "vàMôi", "bệnhtại,", "Quânsựtỉnh", "HĐNDtỉnh", "XãTânMinh"): a token of Vietnamese letters that is no syllable but
    splits one way only into syllables (or one way only into words the page or bodies' names print: ``seen``, by
    default the names' words), or an abbreviation before a syllable."""
    if _COMMA_BETWEEN_LETTERS.search(text):  # "quan,đơn": the space after a comma dropped
        return ", ".join(_word_text(part, seen) for part in _COMMA_BETWEEN_LETTERS.split(text))
    core = text.strip(_PUNCTUATION)
    if respelt := _onset_misread(core):
        return text.replace(core, respelt, 1)
    if respelt := _letters_misread(core):
        text, core = text.replace(core, respelt, 1), respelt
    if len(core) < 4 or not core.isalpha():
        return text
    if is_syllable(core):  # one syllable with a letter read in the wrong case ("xuỐng")
        return text
    # an abbreviation in capitals run into the small letters of the word after it ("HĐNDtỉnh", "UBNDhuyện"), the
    # word beginning with a consonant as below ("HĐNDTỉnh" is no "HĐNDT ỉnh")
    small = next(i for i, c in enumerate(core) if c.islower()) if not core.isupper() else 0
    if (small >= 2 and core[:small].isupper() and core[small:].islower() and is_syllable(core[small:])
            and fold(core[small]) not in _VOWELS):
        return text.replace(core, f"{core[:small]} {core[small:]}", 1)
    if core.isascii():
        return text

    parts = _syllables_apart(core, seen)
    return text.replace(core, parts, 1) if parts else text


def _syllables_apart(core: str, seen: frozenset[str] | None = None) -> str | None:
    """The syllables of a token of letters OCR glued together, a space between them, where one split only is likely;
    None otherwise."""
    from parsers.textlayer import cut_at_capitals, glued_split

    # a capital after a small letter begins a word: "vàMôi" (where "vàm" + "ôi" would be the other split)
    cased = [i for i in range(1, len(core)) if core[i - 1].islower() and core[i].isupper()]
    if len(cased) == 1 and is_syllable(core[: cased[0]]) and is_syllable(core[cased[0] :]):
        parts = f"{core[: cased[0]]} {core[cased[0] :]}"
    else:
        parts = glued_split(core, name_words() if seen is None else seen)
        # OCR also misreads one syllable as a token that splits into two ("điểm" read "diém": "di" + "ém"); two
        # syllables it glued are taken apart only where the second begins with a consonant, as most words do, or
        # with a capital after a small letter ("XãAnPhú")
        if parts and fold(parts.split(" ")[1][0]) in _VOWELS and not cut_at_capitals(parts.split(" ")):
            parts = None
    # a capital inside a part ("tÌru": "tÌ" + "ru") is a misreading, not two words
    if parts and not all(p.islower() or p.isupper() or p.istitle() for p in parts.split(" ")):
        parts = None
    return parts


def _line_text(words: list[Word], seen: frozenset[str] | None = None) -> str:
    return " ".join(_word_text(w.text, seen) for w in words)


def _text_lines(words: list[Word]) -> list[list[Word]]:
    """The words by line, top to bottom, each line left to right; a ruling line read as a character left out."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        if word.text not in ("|", "||", "[", "]"):
            lines.setdefault(word.line, []).append(word)
    ordered = sorted(lines.values(), key=lambda ws: (min(w.top for w in ws), min(w.left for w in ws)))
    return [sorted(ws, key=lambda w: w.left) for ws in ordered]


# a full stop after a word and before a word in small letters: a comma the scan blurred ("Các cơ quan. đơn vị"); no
# sentence begins in small letters (an abbreviation's dot follows one letter: "v.v. và")
_COMMA_READ_AS_STOP = re.compile(r"(?<=[^\W\d_]{2})\.(?= [^\W\d_])")


def _commas_read_as_stops(text: str) -> str:
    text = _COMMA_READ_AS_STOP.sub(lambda m: "," if text[m.end() + 1].islower() else ".", text)
    if "." in text and (names := _names_with_commas_before_capitals()):
        text = names.sub(lambda m: m.group().replace(".", ","), text)
    return text


@cache
def _names_with_commas_before_capitals() -> re.Pattern[str] | None:
    """The registry's names (and aliases) with a comma before a capital ("Sở Văn hóa, Thể thao và Du lịch"), each
    comma a comma or a full stop: a stop there is a comma the scan blurred, where a sentence could have ended had
    the name not gone on (no name the registry knows holds a full stop)."""
    from pipeline.stages.registry import registry_rows

    forms = {form for row in registry_rows("agencies.csv") for form in (row["name"], *row["aliases"].split("|"))
             if "." not in form and any(part[:1].isupper() for part in re.split(r",\s+", form)[1:])}
    if not forms:
        return None
    loose = lambda form: r"[.,]\s+".join(r"\s+".join(map(re.escape, part.split())) for part in re.split(r",\s+", form))  # noqa: E731
    return re.compile("|".join(loose(form) for form in sorted(forms, key=len, reverse=True)), re.IGNORECASE)


def _cell_text(words: list[Word], bbox, ppt: float, seen: frozenset[str] | None = None) -> str:
    """A cell's text with its lines joined as the layout wrapped them, as a text PDF's cells are
    (``pdf._join_cell_lines``): a line that begins where its first word would have fitted at the end of the line
    before was begun anew by the author ("Sở Y tế" / "Sở Nội vụ": two bodies); one whose first word had no room there
    was wrapped ("Văn phòng" / "UBND tỉnh": one). Lines reach the cell's right border less the padding the text keeps
    from its left border, or the longest line, if further; a space is the cell's median gap between words."""
    from .pdf import _FIT_TOLERANCE, _join_cell_lines

    lines = _text_lines(words)
    raw = _commas_read_as_stops("\n".join(_line_text(ws, seen) for ws in lines))
    if len(lines) < 2:
        return corrected(raw)
    pad = max(0.0, min(ws[0].left for ws in lines) - bbox[0] * ppt)
    reach = max(bbox[2] * ppt - pad, max(ws[-1].right for ws in lines))
    gaps = sorted(b.left - a.right for ws in lines for a, b in zip(ws, ws[1:]))
    space = gaps[len(gaps) // 2] if gaps else 0.3 * (lines[0][0].bottom - lines[0][0].top)
    hard = frozenset(i for i in range(1, len(lines)) if lines[i - 1][-1].right + space
                     + (lines[i][0].right - lines[i][0].left) <= reach - _FIT_TOLERANCE * ppt)
    return corrected(_join_cell_lines(raw, hard))


# ---------------------------------------------------------------------------------------------------


def page_blocks(page: Image.Image, page_no: int, first_id: int, scale: float,
                pixels_per_point: float | None = None, warnings: list[Issue] | None = None) -> list[Block]:
    """The blocks of one page image as rendered (in colour: the number and date lines are checked for
    handwriting in it); the text is read with the seal and the signature's ink taken out. ``scale``: pixels per
    unit of the blocks' boxes; ``pixels_per_point``: the image's resolution, where it differs (an image file's
    boxes are in pixels). A page whose rotation check ran over Tesseract's time limit is kept as it lies, with the
    warning ``timed_out`` added to ``warnings``."""
    ppt = pixels_per_point or scale
    page, image, words, tables, worn = _read_page_image(page, without_seal(page), ppt)
    turned = 0
    if _mean([w.conf for w in words if w.conf >= 0]) < _LOW_CONFIDENCE or len(words) < 5 or _lines_stand(words):
        try:
            turned = rotation(image)
        except SlowProgram:
            if warnings is not None:
                warnings.append(timed_out(page_no, "check which way the page, read badly, stands"))
        if turned:
            page, image, words, tables, worn = _read_page_image(upright(page, turned), upright(image, turned), ppt)
    if worn and warnings is not None:
        warnings.append(Issue(code="scan_grid_worn", where={"page": page_no},
                              message=f"page {page_no}: a table's rules, printed light grey, are broken: its grid cannot "
                                      f"be told, so its rows are read as lines (no task is read from them)"))
    seen = page_evidence(words)
    in_table = [[w for w in words if _inside(w, table.bbox, ppt)] for table in tables]
    # a table whose words read badly (a warped photo, rules found in part) gives cells of fragments: read as lines
    readable = [_mean([w.conf for w in ws if w.conf >= 0]) >= _TABLE_CONFIDENCE for ws in in_table]
    tables = [t for t, ok in zip(tables, readable) if ok]
    in_table = [ws for ws, ok in zip(in_table, readable) if ok]
    outside = set(words).difference(*in_table)
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        if word in outside:
            lines.setdefault(word.line, []).append(word)
    lines = {key: ws for key, ws in lines.items() if any(w.conf >= _NOISE for w in ws)}
    ordered = same_rows(sorted(lines.values(), key=lambda ws: (min(w.top for w in ws), min(w.left for w in ws))),
                        image.width, image.height)
    waiting = sorted(zip(tables, in_table), key=lambda pair: pair[0].bbox[1])
    pen = blue_ink(page) if tables else None  # taken out with the signature's before the page was read
    blocks: list[Block] = []
    for n, line_words in enumerate(in_column_order(ordered, image.width), start=1):
        top = min(w.top for w in line_words)
        while waiting and top > waiting[0][0].bbox[1] * ppt:
            blocks.append(_table_block(*waiting.pop(0), image, page_no, first_id + len(blocks), n, ppt, scale, seen,
                                       pen))
        line_words.sort(key=lambda w: w.left)
        line_words[0] = numeral_by_stems(line_words[0], image)
        box = (min(w.left for w in line_words) / scale, top / scale, max(w.right for w in line_words) / scale,
               max(w.bottom for w in line_words) / scale)
        confidence = _mean([w.conf for w in line_words if w.conf >= 0])
        unsure = [w.text for w in line_words if w.unsure]
        text = corrected(_line_text(line_words, seen))
        blocks.append(Block(id=f"b{first_id + len(blocks):04d}", orig=text,
                            prov=Provenance(reader=READER, page=page_no, line_start=n, line_end=n, bbox=box,
                                            ocr_confidence=round(confidence, 1), ocr_unsure=unsure,
                                            handwritten=_handwritten(page, line_words, text, scale))))
    for table, table_words in waiting:
        blocks.append(_table_block(table, table_words, image, page_no, first_id + len(blocks), len(lines) + 1, ppt, scale,
                                   seen, pen))
    for block in blocks:  # a table's too
        block.prov.turned = turned
    return blocks


def _lines_stand(words: list[Word]) -> bool:
    """Whether the page's lines run up or down it: most of its words (of 3 letters or more: a letter alone, a dash,
    stand taller than wide in any line) are taller than wide."""
    long = [w for w in words if len(w.text) >= 3]
    return sum(w.bottom - w.top > w.right - w.left for w in long) > _STANDING_WORDS * len(long)


def upright(image: Image.Image, turned: int) -> Image.Image:
    """A page image turned ``turned`` degrees clockwise (``rotation``'s answer: quarter turns, no pixel made up), as
    its blocks' boxes are measured."""
    return image.rotate(-turned, expand=True) if turned else image


_SPECK_PT = 0.6  # ink no larger than a square this wide is a speck: a tone mark's dot is twice as wide
_SPECKLED_SHARE = 0.3  # a page is speckled when specks are this share of its bits of ink
_SPECKLED_PER_SQUARE_INCH = 10.0  # and this many (the real scans have at most 6: dust, a letter's broken tail)


_LIGHT_WINDOW_MM = 12.0  # wider than a line of print and the gap under it: the lightest pixel within is paper
_UNEVEN_LIGHT = 40  # grey levels between the paper's lightest and darkest parts (its margins aside) of a page lit unevenly


def evenly_lit(image: Image.Image, scale: float) -> Image.Image:
    """A grayscale page photographed under uneven light (a phone's shadow, a lamp to one side: the paper falls from
    white to mid-grey across it) with its paper made white throughout: each pixel divided by the paper's light around
    it. Tesseract splits ink from paper at one grey level for the whole page, so where the paper is darker than that
    level a whole part of the page reads as nothing. A page whose paper is about as light everywhere (a scan, its
    dark margins aside) is left as it is."""
    pixels = np.asarray(image.convert("L"))
    light = _paper_light(pixels, scale)
    if light is None:
        return image
    rows, cols = light.shape
    inner = light[rows // 10: rows - rows // 10, cols // 10: cols - cols // 10]
    if not inner.size or np.percentile(inner, 95) - np.percentile(inner, 5) < _UNEVEN_LIGHT:
        return image
    return Image.fromarray(np.clip(_lit_evenly(pixels, light), 0, 255).astype(np.uint8))


def _paper_light(pixels: np.ndarray, scale: float) -> np.ndarray | None:
    """The paper's light round each millimetre of a page (the lightest pixel of each millimetre, then of each window
    of ``_LIGHT_WINDOW_MM``: the paper without the ink on it), a pixel a millimetre; None for a page under one."""
    from scipy import ndimage

    step = max(1, round(scale / _MM_PER_POINT))  # pixels a millimetre
    height, width = pixels.shape[0] // step * step, pixels.shape[1] // step * step
    if not (height and width):
        return None
    cells = pixels[:height, :width].reshape(height // step, step, width // step, step).max(axis=(1, 3))
    window = max(3, round(_LIGHT_WINDOW_MM))
    return ndimage.uniform_filter(ndimage.maximum_filter(cells, size=window).astype(float), size=window)


def _lit_evenly(pixels: np.ndarray, light: np.ndarray) -> np.ndarray:
    """Each pixel divided by the paper's light round it (``_paper_light``), the paper made 255 (floats)."""
    paper = np.asarray(Image.fromarray(light.astype(np.float32)).resize((pixels.shape[1], pixels.shape[0]), Image.BILINEAR))
    return pixels / np.maximum(paper, 1.0) * 255


def despeckled(image: Image.Image, scale: float) -> Image.Image:
    """A grayscale page with salt-and-pepper noise (a dusty scanner's glass, a fax) cleaned: specks of ink taken out
    and pinholes in the letters filled. Tesseract reads a speckled page as punctuation and broken words, or not at
    all. A page with the few specks any scan has is left as it is. Whether a page is speckled is judged on a band
    across its middle (a quarter of its height): labelling the whole page's ink costs ~0.1 s a page, a quarter's
    a fifth of it, and noise lies all over the page."""
    from scipy import ndimage

    pixels = np.asarray(image.convert("L"))
    ink, eight = pixels < _INK_GREY, np.ones((3, 3), bool)
    largest = max(2.0, (_SPECK_PT * scale) ** 2)
    height = ink.shape[0]
    band = slice(height * 3 // 8, height * 5 // 8)
    if not _speckled(ink[band], scale, largest, pixels[band]):
        return image
    labels, _, specks = _bits(ink, largest, pixels, scale)
    holes, _ = ndimage.label(~ink)  # 4-connected: a letter's hole is closed by a diagonal stroke
    pinholes = np.bincount(holes.ravel()) <= largest
    pinholes[0] = False
    cleaned = pixels.copy()
    speck_pixels = specks[labels]
    # with the grey fringe a speck has in a JPEG, where it touches no letter
    cleaned[ndimage.binary_dilation(speck_pixels, eight, iterations=2) & ~(ink & ~speck_pixels)] = 255
    cleaned[pinholes[holes]] = 0
    return Image.fromarray(cleaned)


_SPECK_ON_GREY = 16  # a speck lies on grey print when the grey round it is this many times a speck's largest size
_GREY_STROKE_MM = 8.0  # and that grey runs this far: a rule, a stamp's ring (a letter, even a heading's, is smaller)


def _bits(mask: np.ndarray, largest: float, pixels: np.ndarray | None = None,
          scale: float = 0.0) -> tuple[np.ndarray, int, np.ndarray]:
    """The bits of ``mask`` (its 8-connected parts): their labels, their count, and which (by label) are specks, of
    at most ``largest`` pixels. With the page's ``pixels``, a bit lying on grey print larger than a speck's fringe is
    none: the darkest pixels of a stroke printed near the ink level (a grey stamp's ring, a grey rule, grey ink
    darkened here and there by JPEG or by a page turned straight) are as small as dust, and taken out as dust they cut
    the grid under a stamp (a column rule in two pieces: the grid refused). That grey runs ``_GREY_STROKE_MM`` both
    ways (a ring, a grid) or one way, as thin as a rule (``scale``: pixels per point): a letter's darkest bits in a
    faint scan, even of a line of letters joined by their grey, and dust on a shaded area stay specks, as before (a
    heading read otherwise)."""
    from scipy import ndimage

    eight = np.ones((3, 3), bool)
    labels, count = ndimage.label(mask, eight)
    specks = np.bincount(labels.ravel()) <= largest
    specks[0] = False  # the background
    if pixels is not None and specks.any():
        grey, _ = ndimage.label(pixels < (np.median(pixels[::4, ::4]) + _INK_GREY) / 2, eight)
        around = np.bincount(grey.ravel())  # the size of the grey part each pixel lies in
        around[0] = 0
        stroke, thin = _GREY_STROKE_MM / _MM_PER_POINT * scale, _RULE_THICKNESS * scale
        for index, found in enumerate(ndimage.find_objects(grey), start=1):
            short, long = sorted((found[0].stop - found[0].start, found[1].stop - found[1].start))
            # strokes, not a grey area (a shaded cell: the dust on it is dust)
            if long < stroke or thin < short < stroke or (short >= stroke and 2 * around[index] > short * long):
                around[index] = 0
        on_grey = ndimage.maximum(around[grey], labels, np.arange(len(specks))) > _SPECK_ON_GREY * largest
        specks &= ~np.asarray(on_grey, bool)
    return labels, count, specks


def _speckled(ink: np.ndarray, scale: float, largest: float, pixels: np.ndarray | None = None) -> bool:
    """Whether specks (bits of ink of at most ``largest`` pixels, ``_bits``) are a large share of the bits of ink and
    many to the square inch."""
    _, count, specks = _bits(ink, largest, pixels, scale)
    square_inches = ink.size / (scale * 72) ** 2
    return specks.sum() >= max(_SPECKLED_SHARE * count, _SPECKLED_PER_SQUARE_INCH * square_inches)


def _read_page_image(page: Image.Image, image: Image.Image, scale: float):
    """(page, image, words, tables, worn) of a page upright or nearly: a page turned by a degree or two (fed askew into
    the scanner) is turned straight when its rules show it; the tables are found from the rules, as in a text PDF
    (``pdf.page_tables``), and their rules are taken out of the image before it is read (Tesseract reads a letter
    touching a rule badly, and a rule as "|" or "_"). ``worn``: a grid ruled light grey was found but its rules are
    broken (``_rules_in_pieces``), so it was left out and the page read as lines."""

    lit = evenly_lit(image, scale)
    # a photo has no dusty scanner glass's specks: its grain, lit up, would pass for them (and its dark paper for ink)
    image = despeckled(image, scale) if lit is image else lit
    if angle := skew(image, scale):
        page = page.rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor="white")
        image = image.rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if quad := keystone(image, scale):
        page = page.transform(page.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor="white")
        image = image.transform(image.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=255)
    edges, rule_pixels = ruling_edges(image, scale)
    tables = scanned_tables(edges, lambda: _ink_boxes(image, rule_pixels, scale)) if edges else []
    if tables and (unsealed := _without_grey_seals(image, tables, scale)) is not None:
        image = unsealed  # its rules found again: a seal's ring, where it runs level or upright, passed for a rule
        edges, rule_pixels = ruling_edges(image, scale)
        tables = scanned_tables(edges, lambda: _ink_boxes(image, rule_pixels, scale)) if edges else []
    if tables and _grey_rules(image, rule_pixels):
        # rules printed mid grey, darker than the ink level only in part: some of the grid's rules (whole columns) were
        # lost. Their faint look, where it finds more cells and a grid not in pieces, is the printed grid
        faint_edges, faint_pixels = ruling_edges(image, scale, faint=True)
        faint_tables = scanned_tables(faint_edges, lambda: _ink_boxes(image, faint_pixels, scale)) if faint_edges else []
        if _cell_count(faint_tables) > _cell_count(tables) and not _rules_in_pieces(faint_edges):
            tables, rule_pixels = faint_tables, faint_pixels
    if not tables:
        words = read_words(image)
        # a table's header read where no rule was found: its rules may be printed light grey. Looked for only there,
        # so a page without one is read as before (and its readings kept in the OCR cache stay valid). Column rules
        # found that make no table are no faint grid (a worn 100-dpi scan's broken rules): the look gave a part of it.
        # A run bent round a stamp's ring is none (a stamp printed darker than the ink level over a faint grid)
        if not _names_columns(words) or any(edge["orientation"] == "v" and not edge.get("bows") for edge in edges):
            return page, image, words, [], False
        read_page, read_image = page, image
        # a page fed askew: its faint rules, unseen at the ink level, show the turn (their worn gaps bridged)
        faint_rules = _line_filters(_faint_ink(image, scale)[1].view(np.uint8), _worn_gap(scale), 1, closing=True)
        if angle := skew(image, scale, faint_rules.astype(bool)):
            page = page.rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor="white")
            image = image.rotate(-angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
        edges, rule_pixels = ruling_edges(image, scale, faint=True)
        tables = scanned_tables(edges, lambda: _ink_boxes(image, rule_pixels, scale)) if edges else []
        # a faint grid whose rules break off (a worn copy): its cells run into their neighbours where a column rule is
        # lost, a cell's words landing in the next column's field. Read as lines, as where no rule is found
        if not tables or _rules_in_pieces(edges):
            return read_page, read_image, words, [], bool(tables)
    return page, image, *_read_with_tables(image, tables, rule_pixels, scale), False


_GREY_RULE_LEVEL = _INK_GREY - 30  # rules whose pixels are mostly lighter than this are grey near the ink level


def _grey_rules(image: Image.Image, rule_pixels: np.ndarray) -> bool:
    """Whether the rules found are printed mid grey, their pixels (the median) just darker than the ink level: those
    of the grid lighter than them by a few levels (a rule scaled down across two pixel columns) were not found. A black
    rule's core is far darker."""
    return bool(rule_pixels.any()) and np.median(np.asarray(image.convert("L"))[rule_pixels]) > _GREY_RULE_LEVEL


def _cell_count(tables: list) -> int:
    return sum(len(table.cells) for table in tables)


_JOINED_PT = 3.0  # pdfplumber's join_tolerance: pieces of a rule this near are one rule in the tables built


def _rules_in_pieces(edges: list[dict]) -> bool:
    """Whether a rule breaks off where no rule crosses it, by a gap wider than the table code joins (``_JOINED_PT``):
    a grid's rule stops only at a crossing rule (a cell merged across it); one broken between two is worn, and the
    grid its pieces make is not the printed one (cells merged across a lost column rule, or a piece of the grid taken
    for a table of its own)."""
    near = _RULE_MEETS_PT
    # (orientation, its position, its run's start and end; the crossing rules' position, their run's start and end)
    for kind, at, start, end, cross_at, cross_start, cross_end in (("h", "top", "x0", "x1", "x0", "top", "bottom"),
                                                                 ("v", "x0", "top", "bottom", "top", "x0", "x1")):
        rules = [e for e in edges if e["orientation"] == kind]
        crossing = [e for e in edges if e["orientation"] != kind]

        def meets(rule: dict, along: float) -> bool:
            return any(abs(c[cross_at] - along) <= near and c[cross_start] - near <= rule[at] <= c[cross_end] + near
                       for c in crossing)

        for rule in rules:
            after = [r for r in rules if abs(r[at] - rule[at]) <= near and r[start] > rule[end]]
            following = min(after, key=lambda r: r[start], default=None)
            if following and following[start] - rule[end] > _JOINED_PT \
                    and not (meets(rule, rule[end]) and meets(following, following[start])):
                return True
    return False


_MIN_HEADED_COLUMNS = 3  # a line read as this many cells or more, most of them naming a column's role, is a header


def _names_columns(words: list[Word]) -> bool:
    """Whether a line the page read is a table's header: it opens with a number column's heading ("STT", "TT":
    ``rules.may_hold_unruled_table``), or it stands in three cells or more (words apart by more than the line's
    height), most of which name a column's role (``columns.header_like``: "Tên nhiệm vụ | Đơn vị chủ trì | Thời hạn",
    the number column read as a block of its own)."""
    from pipeline.stages.columns import header_like

    from .rules import may_hold_unruled_table

    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    for line in lines.values():
        line.sort(key=lambda w: w.left)
        height = max(w.bottom - w.top for w in line)
        cells = [[line[0].text]]
        for before, word in zip(line, line[1:]):
            if word.left - before.right > height:
                cells.append([])
            cells[-1].append(word.text)
        if len(cells) >= _MIN_HEADED_COLUMNS and header_like([" ".join(cell) for cell in cells]):
            return True
    return may_hold_unruled_table("\n".join(" ".join(w.text for w in line) for line in lines.values()))


def _read_with_tables(image: Image.Image, tables: list, rule_pixels: np.ndarray, scale: float) -> tuple[list[Word], list]:
    """(words, tables) of a page whose tables' rules were found: the rules taken out, the page read, narrow number
    columns read again, the rows told by their numbers, empty cells and date cells read again."""
    from scipy import ndimage

    pixels = np.asarray(image).copy()
    # with the grey fringe a scanned or straightened rule has around its dark core
    pixels[ndimage.binary_dilation(_grid_rules(rule_pixels, tables, scale), iterations=2)] = 255
    cleaned = Image.fromarray(pixels)
    words = read_words(cleaned)
    for left, top, right, bottom in _narrow_columns(tables, words, scale):
        strip = [number_cell_word(Word(w.text, w.conf, w.left + left, w.top + top, w.right + left, w.bottom + top,
                                       (-left, *w.line[1:])), cleaned)
                 for w in read_words(cleaned.crop((left, top, right, bottom)), _NARROW_PSM, _narrow_language())]
        page_words = [w for w in words if left <= (w.left + w.right) / 2 <= right and top <= (w.top + w.bottom) / 2 <= bottom]
        words = [w for w in words if w not in page_words] + _numbers_read_again(cleaned, strip, page_words)
    words = _split_at_rule_marks(words, tables, scale)
    tables = [_rows_by_numbers(table, words, scale) for table in tables]
    words += _empty_cells_words(cleaned, tables, words, scale)
    return quarters_by_stems(_voted_date_cells(cleaned, tables, words, scale), cleaned), tables


_GRID_MM = 0.8  # a rule this far from the line its table's rows or columns end on is no rule of the grid
_SEAL_STROKE_MM = 6.0  # a grey stroke this long, apart from the black print, is a seal's ring (or a pen's), no letter
_SEAL_GREYER = 50  # levels a seal's grey stands above the print's black
_RULE_GAP = 5  # pixels: half a black rule's width with the grey beside it
_SEAL_ACROSS_MM = (20.0, 50.0)  # a round seal's ring (most bodies' are 35–42 mm across); a grey rule is longer
_SEAL_ROUND = 0.8  # a ring's box is nearly square: a shaded row, a faded column or line of print is not
_SEAL_RING_SHARE = 0.6  # of the directions round its centre where a ring shows grey (print crossing it hides the rest)
_SEAL_RULE_MM = 0.6  # a grey stroke no thicker than this, straight, is a rule (a ring's arc bends more)
_SEAL_HOLLOW = 0.25  # at most this share of a ring's inner half is grey (its star, the name): a shaded cell is full


def _without_grey_seals(image: Image.Image, tables: list, scale: float) -> Image.Image | None:
    """The page with the grey seals stamped over its tables taken out (``_without_grey_seal``); None when there are
    none."""
    pixels = np.asarray(image).copy()
    if not any([_without_grey_seal(pixels, table.bbox, scale) for table in tables]):
        return None
    return Image.fromarray(pixels)


def _without_grey_seal(pixels: np.ndarray, box, scale: float) -> bool:
    """Takes out of a table's pixels (``box`` in points) a seal stamped over it that a greyscale scan shows as mid-grey
    ink (a red seal scanned grey: the colour that tells it apart is gone): where grey strokes, lighter than the print's
    black, make a seal's ring (``_seal_ring``; looked for on the page round the table too, where a seal stamped across
    its edge shows the rest of its ring), every pixel of the table inside it lighter than the black is made white, but
    a grey rule's. Read with it, the ring's letters went into the cells ("Sở Tư pháp ( 'Ñ") and its strokes through a
    date made another ("QuàIÌbo2o"). Grey print that makes no ring (grey rules, a shaded header row, faded toner, a
    grey emblem's disc) is left. True when a seal was found."""
    from scipy import ndimage

    left, top, right, bottom = (round(v * scale) for v in box)
    region = pixels[top:bottom, left:right]
    ink_level = otsu_threshold(region)
    ink = region <= ink_level
    if ink.sum() < 100:
        return False
    black_level = otsu_threshold(region[ink])
    reach = round(_SEAL_ACROSS_MM[1] / _MM_PER_POINT * scale)
    top0, left0 = max(0, top - reach), max(0, left - reach)
    area = pixels[top0:bottom + reach, left0:right + reach]  # a view: changed in place
    black = area <= black_level
    ink = area <= ink_level
    grey = ink & ~ndimage.binary_dilation(black, iterations=2)
    # straight runs of ink longer than a ring's straightest bit: rules (grey ones too: thin or grey-printed), kept
    straight = round(_SEAL_ACROSS_MM[0] / _MM_PER_POINT * scale)
    rules = _rules_mask(ink, straight, 0, _RULE_GAP) | _rules_mask(ink, straight, 1, _RULE_GAP)
    grey &= ~ndimage.binary_dilation(rules, iterations=2)
    if not grey.any() or np.median(area[grey]) - np.median(area[black]) < _SEAL_GREYER:
        return False
    # joined across the black rules the ring crosses (the grey beside them is taken for their edges)
    labels, _ = ndimage.label(ndimage.binary_dilation(grey, iterations=_RULE_GAP), np.ones((3, 3), bool))
    long = _SEAL_STROKE_MM / _MM_PER_POINT * scale
    thin = _SEAL_RULE_MM / _MM_PER_POINT * scale + 2 * _RULE_GAP  # a rule's piece shorter than a seal: no arc
    arcs = [(rows, cols) for rows, cols in ndimage.find_objects(labels)
            if max(rows.stop - rows.start, cols.stop - cols.start) >= long
            and min(rows.stop - rows.start, cols.stop - cols.start) > thin]
    table = (slice(top - top0, bottom - top0), slice(left - left0, right - left0))
    found = False
    for rows, cols in _joined_boxes(arcs, long):
        rows, cols = slice(rows.start + _RULE_GAP, rows.stop - _RULE_GAP), slice(cols.start + _RULE_GAP, cols.stop - _RULE_GAP)
        inside = tuple(slice(max(s.start, t.start), min(s.stop, t.stop)) for s, t in zip((rows, cols), table))
        if inside[0].start >= inside[0].stop or inside[1].start >= inside[1].stop or not _seal_ring(grey[rows, cols], scale):
            continue
        # the grey edges of letters the ring crosses go too: their black core reads
        area[inside][~black[inside] & ~rules[inside]] = 255
        found = True
    return found


def _seal_ring(grey: np.ndarray, scale: float) -> bool:
    """Whether the grey pixels of a box are a seal's ring round it: the box a seal's size and nearly square, grey in
    most directions near its edge, and hollow within."""
    height, width = grey.shape
    across = max(height, width) * _MM_PER_POINT / scale
    if not _SEAL_ACROSS_MM[0] <= across <= _SEAL_ACROSS_MM[1] or min(height, width) < _SEAL_ROUND * max(height, width):
        return False
    radius = (height + width) / 4
    down, right = np.nonzero(grey)
    down, right = down + 0.5 - height / 2, right + 0.5 - width / 2
    distance = np.hypot(down, right) / radius
    ring = (distance >= 0.85) & (distance <= 1.05)
    directions = np.unique((np.arctan2(down[ring], right[ring]) / (2 * np.pi) * 36).astype(int) % 36)
    return (len(directions) >= _SEAL_RING_SHARE * 36
            and (distance < 0.5).sum() <= _SEAL_HOLLOW * np.pi * (radius / 2) ** 2)


def _joined_boxes(boxes: list[tuple[slice, slice]], near: float) -> list[tuple[slice, slice]]:
    """The boxes (row and column slices) joined where they lie within ``near`` of each other: the arcs of one ring."""
    joined: list[list[int]] = []
    for rows, cols in boxes:
        box = [rows.start, cols.start, rows.stop, cols.stop]
        for other in list(joined):
            if box[0] - near <= other[2] and other[0] - near <= box[2] and box[1] - near <= other[3] and other[1] - near <= box[3]:
                joined.remove(other)
                box = [min(box[0], other[0]), min(box[1], other[1]), max(box[2], other[2]), max(box[3], other[3])]
        joined.append(box)
    return [(slice(a, c), slice(b, d)) for a, b, c, d in joined]


def _grid_rules(rule_pixels: np.ndarray, tables: list, scale: float) -> np.ndarray:
    """The rule pixels that draw the tables' grids, to be taken out before the page is read: a run of ink on a line
    where the table's rows or columns end, or a piece of the grid joined across both ways. A short run inside a cell
    is a text line's feet joined (the tails of "y", "ự", "g" touching in a blurred 200 dpi scan, 7 mm of them): taken
    out, it cut the letters' lower half off ("dựng" read "thnø")."""
    from scipy import ndimage

    labels, _ = ndimage.label(rule_pixels, np.ones((3, 3), bool))
    boxes = ndimage.find_objects(labels)
    grid = np.zeros_like(rule_pixels)
    thin = _RULE_THICKNESS * scale + 4
    near = _GRID_MM / _MM_PER_POINT * scale
    for table in tables:
        cells = [c for row in table.rows for c in row.cells if c is not None]
        across = {v * scale for c in cells for v in (c[1], c[3])}  # the lines rows end on, in pixels
        down = {v * scale for c in cells for v in (c[0], c[2])}
        left, top, right, bottom = (v * scale for v in table.bbox)
        for n, (rows, cols) in enumerate(boxes, start=1):
            if cols.stop < left - 3 or cols.start > right + 3 or rows.stop < top - 3 or rows.start > bottom + 3:
                continue
            tall, wide = rows.stop - rows.start, cols.stop - cols.start
            middle_y, middle_x = (rows.start + rows.stop) / 2, (cols.start + cols.stop) / 2
            if (min(tall, wide) > thin or (wide >= tall and any(abs(middle_y - y) <= near + tall / 2 for y in across))
                    or (tall > wide and any(abs(middle_x - x) <= near + wide / 2 for x in down))):
                grid[rows, cols] |= labels[rows, cols] == n
    return grid


def _split_at_rule_marks(words: list[Word], tables: list, scale: float) -> list[Word]:
    """The words in tables with the "_" a column rule's remains are read as (the rules taken out of a table leave a
    pixel here and there) taken out: a word of them alone goes, and one that Tesseract glued across the rule between
    two cells ("công__Sở": the lead's "khu công", the support's "Sở") is split there, each part given its share of the
    word's box, so each lands in its own cell. Outside tables "___" is a blank to fill in, kept."""
    result = []
    for word in words:
        if "_" not in word.text or not any(_inside(word, table.bbox, scale) for table in tables):
            result.append(word)
            continue
        per_letter = (word.right - word.left) / len(word.text)
        for part in re.finditer(r"[^_]+", word.text):
            left = word.left + round(part.start() * per_letter)
            result.append(replace(word, text=part[0], left=left, right=word.left + round(part.end() * per_letter)))
    return result


_MARK_MM = 1.0  # ink at least this tall and wide in a cell the page's reading left empty is a mark ("x"), not a speck
_STACK_GAP = 30  # pixels of white between the cells stacked into one image, and round it


def _cell_ink(image: Image.Image, cell, scale: float) -> tuple[Image.Image, int, int] | None:
    """The ink of a cell (a box in points), cut out to its marks, with its left and top on the page; None if it has
    none but specks and slivers of its rules (the straightened page leaves them at a cell's edge)."""
    from scipy import ndimage

    least = max(4, round(_MARK_MM / _MM_PER_POINT * scale))
    thick = _RULE_THICKNESS * scale / 2
    left, top, right, bottom = (round(cell[0] * scale) + 4, round(cell[1] * scale) + 4, round(cell[2] * scale) - 4,
                                round(cell[3] * scale) - 4)
    if right - left < least or bottom - top < least:
        return None
    pixels = np.asarray(image.crop((left, top, right, bottom))).copy()
    labels, _ = ndimage.label(pixels < 140)
    marks = []
    for n, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        tall, wide = rows.stop - rows.start, cols.stop - cols.start
        if (wide >= 0.9 * pixels.shape[1] and tall <= thick) or (tall >= 0.9 * pixels.shape[0] and wide <= thick):
            pixels[labels == n] = 255
        elif max(tall, wide) >= least:
            marks.append((rows, cols))
    if not marks:
        return None
    y0, y1 = min(b[0].start for b in marks), max(b[0].stop for b in marks)
    x0, x1 = min(b[1].start for b in marks), max(b[1].stop for b in marks)
    return Image.fromarray(pixels[y0:y1, x0:x1]), left + x0, top + y0


def _read_stacked(crops: list[tuple[Image.Image, int, int]], zoom: float, first_line: int,
                  language: str = LANGUAGE) -> list[list[Word]]:
    """The words of each cut-out cell, the cells stacked into one image (enlarged ``zoom`` times) read as one block:
    a page pays one reading however many cells it has. Boxes are on the page; each cell's words are lines of their
    own, numbered from ``first_line`` down (apart from the page's lines and the narrow columns', whose first is < 0)."""
    sizes = [(round(c.width * zoom), round(c.height * zoom)) for c, _, _ in crops]
    stacked = Image.new("L", (max(w for w, _ in sizes) + 2 * _STACK_GAP, sum(h + _STACK_GAP for _, h in sizes) + _STACK_GAP), 255)
    bands = []  # (top, bottom) of each cell in the stacked image
    y = _STACK_GAP
    for (crop, _, _), size in zip(crops, sizes):
        stacked.paste(crop if zoom == 1 else crop.resize(size, Image.BICUBIC), (_STACK_GAP, y))
        bands.append((y, y + size[1]))
        y += size[1] + _STACK_GAP
    found: list[list[Word]] = [[] for _ in crops]
    # Vietnamese alone by default: English first reads a lone "x" stacked under others as "xX", and "Quý" as "Quy"
    for word in read_words(stacked, _NARROW_PSM, language):
        middle = (word.top + word.bottom) / 2
        band = next((n for n, b in enumerate(bands) if b[0] - _STACK_GAP / 2 <= middle < b[1] + _STACK_GAP / 2), None)
        if band is None:
            continue
        _, left, top = crops[band]
        x0, y0 = left - _STACK_GAP / zoom, top - bands[band][0] / zoom

        def on_page(x: int, y: float) -> int:
            return round(x / zoom + y)

        found[band].append(Word(word.text, word.conf, on_page(word.left, x0), on_page(word.top, y0),
                                on_page(word.right, x0), on_page(word.bottom, y0), (first_line - band, *word.line[1:])))
    return found


def _empty_cells_words(image: Image.Image, tables: list, words: list[Word], scale: float) -> list[Word]:
    """The words of the cells that hold ink but no word of the page's reading, read again on their own: Tesseract
    reading a whole page passes over a lone short token in a wide cell (a schedule's "x" under "Quý II", a header's
    "Quý I"), as it does in a narrow column."""
    crops = [ink for table in tables for row in table.rows for cell in row.cells
             if cell is not None and not any(_inside(w, cell, scale) for w in words) and (ink := _cell_ink(image, cell, scale))]
    return [w for ws in (_read_stacked(crops, 1.0, -1_000_000) if crops else []) for w in ws if w.conf >= _NOISE]


# folded: a cell that gives a time ("quy ii/2026", "quy tii/2026", "thang 5", "nam 2026", "30/6"), not "quy dinh"
# and a count of them, its figure perhaps read as a letter ("g thang": "6 tháng")
_DATE_CELL = re.compile(r"\b(?:quy|thang|ngay|nam)\s+(?:[\divxlh]+\b|\S*\d)|\d/\d|(?:^|\s)\S{1,2}\s+(?:thang|nam|ngay)\b")
_DATE_CELL_WORDS = 12  # a cell of more words is a task's text that names a date, not its deadline
# folded: the figures a date is made of: a quarter's numeral as read however misread ("quy tii"), Roman numerals, and
# numbers with any letter glued to them ("6g thang": a speck read as a letter)
_FIGURES = re.compile(r"\bquy\s+([^\s/,.;)]+)|\b([ivx]{1,4})\b|(\d+[^\W\d_]*)")
_QUARTERS = frozenset({"i", "ii", "iii", "iv"})
_VOTE_ZOOMS = (1.5, 2.0)
TITLE_ZOOMS = (1.0, *_VOTE_ZOOMS)  # a title's lines read again: Tesseract misreads a bold capital's marks at one size, not at all


def _figures(words: list[Word]) -> tuple[str, ...]:
    return tuple("".join(m) for m in _FIGURES.findall(fold(corrected(" ".join(w.text for w in words)))))


_TIME_UNITS = frozenset({"thang", "nam", "ngay"})


def _as_figures(words: list[Word]) -> list[Word]:
    """The words with a lone letter before a unit of time read as the figure it looks like ("G tháng": "6 tháng")."""
    letters = _confusions("figure_letters")
    return [replace(w, text=letters[w.text]) if w.text in letters and n + 1 < len(words) and fold(words[n + 1].text) in _TIME_UNITS
            else w for n, w in enumerate(words)]


def _readable(words: list[Word]) -> bool:
    """Whether every quarter a reading gives is one (I to IV): a reading of "Quý TII" is none, whoever agrees."""
    return all(quarter in _QUARTERS for quarter, _, _ in _FIGURES.findall(fold(corrected(" ".join(w.text for w in words)))) if quarter)


def _voted_date_cells(image: Image.Image, tables: list, words: list[Word], scale: float) -> list[Word]:
    """``words`` with the figures of each cell that gives a time ("Quý III/2026", "tháng 5") checked by two more
    readings of the cell alone, enlarged: Tesseract reading a whole page misreads one stroke of a numeral ("III" as
    "II", "5" as "9") with high confidence, and often reads it right on its own at another size. Where one enlarged
    reading agrees with the page's, the page's stands; otherwise the cell's words are doubted (a deadline read from
    them is sent for a look), and are the enlarged reading's where the two enlarged agree, give as many figures and
    quarters I-IV."""
    cells = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                inside = [w for w in words if cell is not None and _inside(w, cell, scale)]
                if (inside and len(inside) <= _DATE_CELL_WORDS and _DATE_CELL.search(fold(" ".join(w.text for w in inside)))
                        and (ink := _cell_ink(image, cell, scale))):
                    cells.append((inside, ink))
    if not cells:
        return words
    readings = [_read_stacked([ink for _, ink in cells], zoom, -2_000_000 - n * 100_000) for n, zoom in enumerate(_VOTE_ZOOMS)]
    replaced: dict[Word, list[Word]] = {}
    for (inside, _), *others in zip(cells, *readings):
        page = _figures(inside)
        if any(_figures(other) == page for other in others):
            continue
        # two readings of the same ink enlarged can agree on a misreading too ("Quý III" as "Quý II"): either way the
        # figures are doubted, the enlarged reading's kept where the two agree (it was right more often)
        # or give a figure where the page read a letter like it ("G tháng": "6 tháng"), never another
        agreed = _figures(others[0]) == _figures(others[1]) and (
            len(_figures(others[0])) == len(page) or _figures(others[0]) == _figures(_as_figures(inside)))
        kept = others[0] if agreed and _readable(others[0]) else inside  # a figure corrected, never one dropped
        replaced.update({w: [] for w in inside})
        replaced[inside[0]] = [Word(w.text, w.conf, w.left, w.top, w.right, w.bottom, w.line, doubted=True) for w in kept]
    return [new for w in words for new in replaced.get(w, [w])]


_NARROW_MM = 22.0  # a column this narrow holds numbers ("1", "II", "1.2.3"), which a whole page's reading drops
# a wider first column holds numbers too where the page's reading gives its cells one short token each (a 23 mm "STT"
# column read "#2", "B", "H" for "2", "3", "II"); wider still, it holds years, read well enough. Columns of ticks further
# right ("x" under "Quý II") are left to the page's reading and the empty cells' (English reads a lone "x" as "xX")
_NUMBER_COLUMN_MM = 35.0
_SHORT_TOKEN = 5  # characters: "1.2.3", "III.", "STT"
_NUMBER_CELL_WORDS = 3  # words: a number cell holds one ("1.2"), a header's "Số thứ tự" three
_NARROW_PSM = "6"
_ELLS_NUMERAL = re.compile(r"^I[Il]+[.)]?$")
_NUMBER = re.compile(r"^(?:[\dIVX]+[.)]?)+$")  # "1", "1.2", "II.", "3)"
# a line of a band's first column that opens a row: a number ("1", "1.2", "II.", "3)") or a letter with a bracket ("a)",
# "đ)"); a header's wrapped words ("Số" / "TT", "Số" / "thứ" / "tự") are short tokens too, but no row's number
_ROW_NUMBER = re.compile(r"^(?:[\dIVX]+[.)]?)+$|^[^\W\d_]\)$")


def _numbers_read_again(image: Image.Image, strip: list[Word], page_words: list[Word]) -> list[Word]:
    """The words of a column of numbers read as one block, each one that is no number replaced by a reading that is one:
    the page's, or its own ink's read alone (each reading misreads a figure now and then, "2" as "Z", another one each
    time). A word no reading gives as a number ("STT", a misread mark) stays as the block read it."""
    def over(word: Word) -> list[Word]:
        return [w for w in page_words if w.left < word.right and word.left < w.right and w.top < word.bottom and word.top < w.bottom]

    result = [w if _NUMBER.match(w.text) else next((p for p in over(w) if _NUMBER.match(p.text)), w) for w in strip]
    doubtful = [n for n, w in enumerate(result) if not _NUMBER.match(w.text) and w.right - w.left > 2 and w.bottom - w.top > 2]
    crops = [(image.crop((result[n].left, result[n].top, result[n].right, result[n].bottom)), result[n].left, result[n].top)
             for n in doubtful]
    for n, alone in zip(doubtful, _read_stacked(crops, 1.0, -3_000_000, _narrow_language()) if crops else []):
        if len(alone) == 1 and _NUMBER.match(alone[0].text):
            result[n] = replace(result[n], text=alone[0].text, conf=alone[0].conf)
    return result


def number_cell_word(word: Word, image: Image.Image) -> Word:
    """A word of a column of numbers as its strokes show it: a Roman numeral whose I's English reads as small L's ("Ill."
    for "III."; a number cell holds no English word), a bold one whose I's stand so close that they read as a letter
    ("H" for "II", "IH" for "III": two or three upright strokes and no other mark as tall), and one with an I
    too few (``numeral_by_stems``)."""
    if _ELLS_NUMERAL.match(word.text):
        word = replace(word, text=word.text.replace("l", "I"))
    elif not _NUMBER.match(word.text) and 2 <= (stems := _leading_stems(word, image)) == _tall_parts(word, image) <= 3:
        word = replace(word, text="I" * stems + ("." if word.text.endswith(".") else ""))
    return numeral_by_stems(word, image)


@cache
def _narrow_language() -> str:
    """English first, then Vietnamese: the Vietnamese model alone reads a lone "3" as "K)" and "II." as "H."."""
    return f"eng+{LANGUAGE}" if "eng" in _languages() else LANGUAGE


def _narrow_columns(tables: list, words: list[Word], scale: float) -> list[tuple[int, int, int, int]]:
    """The pixel boxes of the tables' columns of numbers, top to bottom of their table, inside their rules: read again
    on their own, as one block, since Tesseract reading a whole page passes over a lone short token in a narrow cell,
    and misreads one ("3" as "B"). A column of numbers is narrow, or the first, holding one short token in most of its
    cells. A strip reaches from the column's first cell to its last: a column split off in one row only (a bold
    header's "ị" blurred into a stroke read as a rule) is no column in the rows below, where its cells' words run on
    across it and a strip's reading would cut them ("CT: Ban Quản lý" read "Quản lý … CT: Bi")."""
    strips = set()
    for table in tables:
        columns: dict[tuple[float, float], list] = {}
        for row in table.rows:
            for cell in row.cells:
                if cell is not None and (cell[2] - cell[0]) * _MM_PER_POINT < _NUMBER_COLUMN_MM:
                    columns.setdefault((cell[0], cell[2]), []).append(cell)
        first = min(columns, default=None)
        for (left, right), cells in columns.items():
            filled = [ws for ws in ([w for w in words if _inside(w, cell, scale)] for cell in cells) if ws]
            short = [ws for ws in filled if len(ws) == 1 and len(ws[0].text) <= _SHORT_TOKEN]
            # a narrow column of sentences ("Đã tổ chức 2 hội nghị" in an 18 mm column of results) holds no numbers:
            # read as one, its words came back cut ("Đã tổ 2 2 hội nghị")
            wordy = [ws for ws in filled if len(ws) > _NUMBER_CELL_WORDS]
            if len(wordy) >= 2 and len(wordy) * 2 > len(filled):
                continue
            if (right - left) * _MM_PER_POINT < _NARROW_MM or ((left, right) == first and len(short) > len(filled) / 2):
                strips.add((round(left * scale) + 4, round(min(c[1] for c in cells) * scale) + 4,
                            round(right * scale) - 4, round(max(c[3] for c in cells) * scale) - 4))
    return sorted(strips)


def _number_lines(words: list[Word]) -> list[list[Word]]:
    """A cell's words by line, top to bottom: a word whose middle is below the line above's lowest foot opens a line."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        if lines and (word.top + word.bottom) / 2 < max(w.bottom for w in lines[-1]):
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


_ROW_GAP_PT = 1.5  # a row opened by its number's line begins this far above the number's top


def _rows_by_numbers(table, words: list[Word], scale: float):
    """A table whose rows share one band between two rules (ruled only round its header, rows not ruled apart) with
    its band split into rows where a line of the first column opens with a row's number, as ``rules.unruled_row_tops``
    does with a text layer's characters: here the first column's words as OCR read them (a scan's ink holds slivers
    and specks no line counts). Taken as one row, the band's tasks were one task with every row's bodies as its lead.
    Only where the first column is narrow and each of its lines in the band, the first one too, reads as a row's number
    (numbers do not wrap), and never in the table's first row, its header: a wrapped header cell ("Số" / "TT", short
    tokens each) cut the header in two, "Cơ quan chủ trì" / "Cơ quan phối hợp" read as two columns "Cơ quan" and every
    task lost its support."""
    from .rules import FoundTable, _NUMBER_COLUMN

    left, top, right, _ = table.bbox
    firsts = [c for c in table.cells
              if abs(c[0] - left) < 1 and c[2] - left <= _NUMBER_COLUMN * (right - left) and c[1] - top >= 1]
    cuts: list[tuple[float, float, float]] = []  # (band's top, band's bottom, where a row begins)
    for cell in firsts:
        lines = _number_lines([w for w in words if _inside(w, cell, scale)])
        if len(lines) >= 2 and all(len(line) == 1 and _ROW_NUMBER.match(line[0].text) for line in lines):
            cuts += [(cell[1], cell[3], line[0].top / scale - _ROW_GAP_PT) for line in lines[1:]]
    if not cuts:
        return table
    cells = []
    for cell in table.cells:
        ys = sorted(y for top, bottom, y in cuts if top - 1 <= cell[1] and cell[3] <= bottom + 1 and cell[1] < y < cell[3])
        edges = [cell[1], *ys, cell[3]]
        cells += [(cell[0], upper, cell[2], lower) for upper, lower in zip(edges, edges[1:])]
    return FoundTable(sorted(cells, key=lambda c: (c[1], c[0])))


def scanned_tables(edges: list[dict], ink_boxes) -> list:
    """The tables the rules make (``pdf.page_tables``), but a box drawn round a few lines (a received stamp, a framed
    note), one cell wide or one row high, is no table: its lines stay lines."""
    from .pdf import page_tables

    return [t for t in page_tables(edges, ink_boxes, rows_by_number=False)
            if len(t.rows) >= 2 and max(len([c for c in row.cells if c]) for row in t.rows) >= 2]


_LEAST_MARK_POINTS = 0.5  # a hyphen at 10 pt is 0.6 pt high; a rule's sliver or a speck is a pixel or two (0.25 pt)


def _ink_boxes(image: Image.Image, rule_pixels: np.ndarray, scale: float) -> list[tuple[float, float, float, float]]:
    """The boxes of the page's marks other than rules (its letters, in points): where a table ruled by horizontal
    lines only has its columns (``rules.gutters``), as a text PDF's characters do."""
    from scipy import ndimage

    labels, _ = ndimage.label(_ink(image) & ~rule_pixels)
    least = _LEAST_MARK_POINTS * scale
    # a mark thinner than any letter's stroke is a rule's sliver (left beside it by a scan or a page turned straight)
    # or a speck: it would lie across the white gutters that make the columns
    return [(cols.start / scale, rows.start / scale, cols.stop / scale, rows.stop / scale)
            for rows, cols in ndimage.find_objects(labels)
            if min(rows.stop - rows.start, cols.stop - cols.start) >= least]


def _handwritten(page: Image.Image, words: list[Word], text: str, scale: float) -> list[dict]:
    """The fill-in fields of a number or date line that are handwritten (see parsers/handwriting.py)."""
    kind = handwriting.line_kind(text)
    if kind is None:
        return []
    box = (min(w.left for w in words), min(w.top for w in words), max(w.right for w in words), max(w.bottom for w in words))
    return [{"field": f.name, "bbox": [round(v / scale, 1) for v in f.box], "reason": f.reason}
            for f in handwriting.line_fields(page, box, kind, text) if f.handwritten]


def _segments(words: list[Word], width: int) -> list[list[Word]]:
    """A line cut where a gap is wider than a column gutter (two columns read as one line)."""
    words = sorted(words, key=lambda w: w.left)
    segments = [[words[0]]]
    for word in words[1:]:
        if word.left - segments[-1][-1].right > _COLUMN_GAP * width:
            segments.append([])
        segments[-1].append(word)
    return segments


def same_rows(lines: list[list[Word]], width: int, height: int) -> list[list[Word]]:
    """Lines (sorted by top) in the page's header zone that Tesseract read as separate blocks, one in each half of the
    page on one row, joined into one: the issuer's and the motto's columns, read as two blocks, otherwise sort by a
    pixel's difference in their tops and interleave ("VIỆT NAM" between the issuer's two lines); ``in_column_order``
    cuts the row at its gutter again. Lines elsewhere are left as Tesseract gave them: lower down, a joined row (a
    closing page's "Số: …" beside "Hà Nội, ngày …") made a two-column zone of the recipients under it and put the
    date after them."""
    rows: list[list[Word]] = []
    for words in lines:
        in_header = min(w.top for w in words) < height * _HEADER_ZONE
        halves = in_header and max(w.right for w in rows[-1]) < width / 2 < min(w.left for w in words) + width * 0.1 if rows else False
        if halves and _beside(rows[-1], words):
            rows[-1] = rows[-1] + words
        else:
            rows.append(words)
    return rows


_HEADER_ZONE = 0.25  # the share of a page's height, from its top, where the header's two columns stand


def _beside(row: list[Word], words: list[Word]) -> bool:
    """``words`` on ``row``'s line (their heights overlap by more than half the smaller) and clear of its words."""
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    row_top, row_bottom = min(w.top for w in row), max(w.bottom for w in row)
    overlap = min(bottom, row_bottom) - max(top, row_top)
    clear = all(w.right < v.left or v.right < w.left for w in words for v in row)
    return clear and overlap > min(bottom - top, row_bottom - row_top) / 2


def in_column_order(lines: list[list[Word]], width: int) -> list[list[Word]]:
    """Lines with a left and a right column (the header: issuer | motto; the closing: recipients |
    signature) are read left column first, as on the page. Inside such a zone a line with words on one
    side only belongs to that side; a line across the middle ends the zone."""
    result: list[list[Word]] = []
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    middle = width / 2
    for words in lines:
        segments = _segments(words, width)
        if is_type_heading(" ".join(w.text for w in words)):  # "KẾ HOẠCH" under the header ends its columns
            result += left + right + segments
            left, right = [], []
            continue
        two_columns = len(segments) == 2 and segments[0][-1].right < middle < segments[1][0].left + width * 0.1
        if two_columns:
            left.append(segments[0])
            right.append(segments[1])
            continue
        if (left or right) and len(segments) == 1:
            words_ = segments[0]
            if words_[-1].right < middle:
                left.append(words_)
                continue
            if words_[0].left > middle - width * 0.1:
                right.append(words_)
                continue
        result += left + right
        left, right = [], []
        result += segments
    return result + left + right


_NOT_LETTERS = re.compile(r"[^\w.,;:/()+%*\-–—]|_")  # what a pen's loops are read as ("=", "¬", "<", "_"), not print


def _word_read(word: Word) -> bool:
    """Whether a word was read from print: with some confidence, and fewer marks no print has than letters and figures
    (a lone "-" or "1." is print; "=>", "<4", "¬====" are a scribble read)."""
    letters = sum(ch.isalnum() for ch in word.text)
    return word.conf >= _UNREADABLE_WORD and len(_NOT_LETTERS.findall(word.text)) < max(1, letters)


def _unreadable_cells(found, words: list[Word], image: Image.Image, ppt: float,
                      pen: np.ndarray | None = None) -> set[tuple[float, ...]]:
    """The boxes of the body cells (below the first row) that hold ink but no word read with any confidence, in the
    columns where they are most of the cells with ink (at least two): a number column smudged, a deadline scribbled
    over or handwritten, a blot or a stamp over the lead column. What Tesseract makes of them is noise ("Thzớ", "—"),
    or nothing: no value is taken from them, and the tasks stage says which column could not be read. ``pen``: the
    page's blue ink (``blue_ink``), taken out with a signature's before the page was read: a cell written in blue pen
    holds ink though the page read shows none (its deadline was null with no word of it)."""
    inked: dict[float, list[tuple[tuple[float, ...], bool]]] = {}  # by the column's left edge
    for row in found.rows[1:]:
        for cell in row.cells:
            if cell is None or (_cell_ink(image, cell, ppt) is None and not _pen_marks(pen, cell, ppt)):
                continue
            inside = [w for w in words if _inside(w, cell, ppt)]
            inked.setdefault(cell[0], []).append((cell, not any(_word_read(w) for w in inside)))
    return {cell for cells in inked.values() if 2 <= (bad := sum(u for _, u in cells)) and 2 * bad >= len(cells)
            for cell, unread in cells if unread}


def _pen_marks(pen: np.ndarray | None, cell, scale: float) -> bool:
    """Whether a cell (a box in points) holds a mark in ``pen``'s ink: a part at least ``_MARK_MM`` tall or wide."""
    from scipy import ndimage

    if pen is None:
        return False
    least = max(4, round(_MARK_MM / _MM_PER_POINT * scale))
    left, top, right, bottom = (round(cell[0] * scale) + 4, round(cell[1] * scale) + 4, round(cell[2] * scale) - 4,
                                round(cell[3] * scale) - 4)
    marks = pen[max(0, top):max(0, bottom), max(0, left):max(0, right)]
    if not marks.any():
        return False
    return any(max(rows.stop - rows.start, cols.stop - cols.start) >= least
               for rows, cols in ndimage.find_objects(ndimage.label(marks, np.ones((3, 3), bool))[0]))


def _table_block(found, words: list[Word], image: Image.Image, page_no: int, block_id: int, line: int, ppt: float,
                 scale: float, seen: frozenset[str] | None = None, pen: np.ndarray | None = None) -> Block:
    """A table found in points (``ppt`` pixels each), its box given in the blocks' units (``scale`` pixels each);
    ``image``: the page the words were read from; ``seen``: the words it prints apart (``page_evidence``); ``pen``:
    the page's blue ink (``_unreadable_cells``)."""
    from .pdf import _table

    unreadable = _unreadable_cells(found, words, image, ppt, pen)
    words = [w for w in words if not any(_inside(w, cell, ppt) for cell in unreadable)]

    table = _table(found, lambda bbox: _cell_text([w for w in words if _inside(w, bbox, ppt)], bbox, ppt, seen))
    for r in range(table.n_rows):
        cells = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        for cell, text in zip(cells, quarters_in_sequence([c.text for c in cells])):
            cell.text = whole_cell_corrected(text)
    ones_before_two(table)
    marks_misread(table)
    marks_read_as_symbols(table)
    for cell in table.cells:  # boxes in the blocks' units, as the warnings about them point
        cell.unsure = tuple(w.text for w in words if w.unsure and _inside(w, cell.bbox, ppt))
        cell.unreadable = tuple(cell.bbox) in unreadable
        cell.page, cell.bbox = page_no, tuple(round(v * ppt / scale, 1) for v in cell.bbox)
    return Block(id=f"b{block_id:04d}", kind=BlockKind.TABLE, orig=grid_text(table), table=table,
                 prov=Provenance(reader=READER, page=page_no, line_start=line, line_end=line,
                                 bbox=tuple(round(v * ppt / scale, 1) for v in found.bbox),
                                 ocr_confidence=round(_mean([w.conf for w in words if w.conf >= 0]), 1)))


_ALIKE = 0.8  # share of a row's letters two readings of it have in common (a scan's letters misread here and there)


def read_alike(row: list[str], other: list[str]) -> bool:
    """Whether two rows OCR read are the same row printed twice (a table's header repeated at the top of each page):
    their folded texts, cell by cell, mostly the same letters ("Nhiệm vụ" read "Nhiềêm vu", "STT" read "STL"). Read
    exactly alike only, the header a page repeats was kept as a task ("STL": "Nhiềêm vu")."""
    from difflib import SequenceMatcher

    texts = [" | ".join(" ".join(fold(cell).split()) for cell in cells) for cells in (row, other)]
    if texts[0] == texts[1]:
        return True
    # a numbered row is a task's: two tasks may read much alike, and one would be lost
    numbered = any(ch.isdigit() for cells in (row, other) for ch in cells[0])
    return not numbered and len(texts[0]) >= 8 and SequenceMatcher(None, *texts, autojunk=False).ratio() >= _ALIKE


_ONE_STROKE = re.compile(r"^[Il](?P<end>[.)]?)$")
_ROMAN_NUMERAL = re.compile(r"^[IVX]+[.)]?$")


def ones_before_two(table) -> None:
    """A number cell's "1" that OCR read as one stroke ("I", "l": a serif "1" whose flag the scan blurred) put
    right where the next number down its column is "2" and the column holds no other Roman numeral: a group's "I" is
    followed by its first task's "1", or by "II". A merged number cell spanning a task's rows is read once, so the
    misreading would otherwise give every one of those rows a Roman group number."""
    for col in range(table.n_cols):
        column = sorted((c for c in table.cells if c.col == col and c.text.strip()), key=lambda c: c.row)
        texts = [c.text.strip() for c in column]
        if any(_ROMAN_NUMERAL.match(t) and not _ONE_STROKE.match(t) for t in texts):
            continue
        for cell, below in zip(column, texts[1:]):
            if (stroke := _ONE_STROKE.match(cell.text.strip())) and re.sub(r"[.)]$", "", below) == "2":
                cell.text = "1" + stroke["end"]


_MARK_CHARACTERS = 2  # a cell of a column of ticks holds this many characters at most ("x", "X", "x.")


def marks_read_as_symbols(table) -> None:
    """A tick OCR read as a symbol ("x" as "%", "*") or as letters no mark is ("b4", "š": a worn scan's "X") put back
    where the table's other ticks say what it prints: in the columns whose cells below their header are all marks
    this short, each column's marks the same (at least as many as its cells read otherwise), a cell that is no mark
    (a symbol, or letters that are no mark and no number) is the one tick the others print (two or more of them, all
    the same letters: not a column of numbers). A column of one symbol over and over ("%" under "Đơn vị tính") prints it. Without it a schedule's month
    under "%" was no period, and a year's column with one "b4" no column of periods at all."""
    from pipeline.stages.cells import is_period_mark, is_role_mark

    def misread(text: str) -> bool:  # no mark and no number: a symbol, or letters a mark was read as
        return not (is_period_mark(text) or is_role_mark(text) or text.isdigit())

    columns: dict[int, list] = {}
    for cell in sorted(table.cells, key=lambda c: c.row):
        if cell.text.strip():
            columns.setdefault(cell.col, []).append(cell)
    marks, ticks = [], []
    for cells in columns.values():
        short = [len(c.text.strip()) <= _MARK_CHARACTERS for c in cells]
        if True not in short or not all(short[short.index(True):]):
            continue
        tail = [c.text.strip() for c in cells[short.index(True):]]
        words = [t for t in tail if re.search(r"\w", t)]
        ticked = [t for t in words if is_period_mark(t)]
        if len({fold(t) for t in words}) > 1 and len(ticked) + sum(map(misread, words)) == len(words):
            # ticks and a few letters no mark is: those were ticks too ("CT" and "PH" are no ticks: they give roles)
            words = ticked if ticked and 2 * len(ticked) >= len(words) else words
        if len({fold(t) for t in words}) > 1 or (not words and len(tail) > 2 and len(set(tail)) == 1):
            continue
        marks += cells[short.index(True):]
        ticks += words
    if len(ticks) < 2 or len({fold(t) for t in ticks}) != 1:
        return
    tick = max(set(ticks), key=ticks.count)
    for cell in marks:
        if not re.search(r"\w", cell.text) or (fold(cell.text.strip()) != fold(tick) and misread(cell.text.strip())):
            cell.text = tick


_LONGEST_MARK = 3  # characters: "CT", "PH", a misread "GJI"


def marks_misread(table) -> None:
    """A body's mark in a table of assignments ("CT" leads, "PH" supports) that OCR misread ("GT": ``matrix_marks``
    of ocr_confusions.json) put right where its column's other cells below the header are marks, one of them a mark
    that gives a role: the body's column had been read as no column of marks, and every role it gave lost."""
    from pipeline.stages.cells import role_of_mark

    readings = _confusions("matrix_marks")
    columns: dict[int, list] = {}
    for cell in sorted(table.cells, key=lambda c: c.row):
        if cell.text.strip():
            columns.setdefault(cell.col, []).append(cell)
    for cells in columns.values():
        short = [len(c.text.strip()) <= _LONGEST_MARK for c in cells]
        if True not in short or not all(short[short.index(True):]):  # the header's names, then marks only
            continue
        marks = cells[short.index(True):]
        if any(role_of_mark(c.text) for c in marks):
            for cell in marks:
                cell.text = readings.get(cell.text.strip(), cell.text)


_COLOURED = 50  # levels a colour stands above the other two of a pixel in red or blue ink


def coloured_ink(image: Image.Image) -> np.ndarray:
    """The pixels of red ink (a seal) and blue ink (a signature) of a colour image."""
    rgb = np.asarray(image.convert("RGB")).astype(np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return ((r - np.maximum(g, b)) > _COLOURED) | blue_ink(image)


def blue_ink(image: Image.Image) -> np.ndarray:
    """The pixels of blue ink (a signature, a pen's figures) of a colour image; none of a greyscale one."""
    if image.mode in ("L", "1"):
        return np.zeros((image.height, image.width), bool)
    rgb = np.asarray(image.convert("RGB")).astype(np.int16)
    return (rgb[..., 2] - np.maximum(rgb[..., 0], rgb[..., 1])) > _COLOURED


def without_seal(image: Image.Image, mend: int = 0) -> Image.Image:
    """Grayscale with red ink (the seal, stamped over the signer's title and name) and blue ink (the
    signature) removed: Tesseract reads the typed black text under them far better. With ``mend`` (pixels), for a
    crop read again: the grey fringe of the coloured ink goes too (a scan's blur and compression leave its rings' edges
    as grey outlines across the name), and a coloured band at most ``mend`` thick with black print on both sides of it
    (above and below, or left and right) is made black: a seal laid over the print hides the letters' strokes it
    crosses, which cutting it out would break."""
    coloured = coloured_ink(image)
    gray = np.asarray(image.convert("L")).copy()
    if not (mend and coloured.any()):
        gray[coloured] = 255
        return Image.fromarray(gray)
    from scipy import ndimage  # only for a crop read again

    fringe = ndimage.binary_dilation(coloured, iterations=2) & (gray > 0.75 * otsu_threshold(gray))  # lighter than print
    coloured |= fringe
    gray[coloured] = 255
    black = gray <= otsu_threshold(gray)
    bridged = np.zeros_like(black)
    for shape in ((mend + 2, 1), (1, mend + 2)):  # the band and the black pixel on each side of it
        bridged |= ndimage.binary_closing(black, structure=np.ones(shape, bool))
    gray[coloured & bridged] = 0
    return Image.fromarray(gray)


def otsu_threshold(values: np.ndarray) -> int:
    """The grey level that best splits ``values`` (uint8) in two classes (Otsu's method)."""
    share = np.bincount(values.ravel(), minlength=256) / max(1, values.size)
    below, mean_below = np.cumsum(share), np.cumsum(share * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below))
    return int(np.argmax(np.nan_to_num(between, nan=-1.0)))


_GREY_MARKS = 0.10  # share of a crop's ink that is grey and apart from the black print: a seal or a signature


def dark_ink(gray: Image.Image) -> Image.Image | None:
    """A grayscale crop with only its black print, when grey marks lie over it: a greyscale scan shows a red seal and
    a blue signature as mid-grey rings and strokes that cross the typed lines. The ink is split in two levels (Otsu on
    the page, then on its ink); grey pixels that lie apart from black ones (not the edges of letters) must be at least
    _GREY_MARKS of the ink. None when there are no such marks (black print only, or marks as black as the print)."""
    pixels = np.asarray(gray)
    paper = otsu_threshold(pixels)
    ink = pixels <= paper
    if ink.sum() < 100:
        return None
    black = pixels <= otsu_threshold(pixels[ink])
    from scipy import ndimage  # only for a crop read again

    apart = ink & ~black & ~ndimage.binary_dilation(black, iterations=2)
    if apart.sum() < _GREY_MARKS * ink.sum():
        return None
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8))


def render_scale(page: pdfium.PdfPage) -> float:
    """Pixels per point to render a page at: 300 dpi, or less for a page so large that 300 dpi would exceed
    MAX_PAGE_PIXELS."""
    width, height = page.get_size()
    scale = DPI / 72
    if width * height * scale * scale > MAX_PAGE_PIXELS:
        scale = math.sqrt(MAX_PAGE_PIXELS / (width * height))
    return scale


def rendered(path: Path, pdf: pdfium.PdfDocument, warnings: list[Issue]) -> Iterator[tuple[int, Image.Image, float]]:
    """(page number, image in colour, scale) for each page, rendered when asked for, one at a time (pdfium is not
    thread-safe, and a page rendered holds ~25 MB). A page rendered below 300 dpi adds a warning."""
    for page_no in range(1, len(pdf) + 1):
        page = pdf[page_no - 1]
        scale = render_scale(page)
        if scale < DPI / 72:
            width, height = (round(side / 72 * 25.4) for side in page.get_size())
            warnings.append(Issue(code="page_downscaled", where={"page": page_no},
                                  message=f"page {page_no} is {width}×{height} mm: read at {scale * 72:.0f} dpi instead of {DPI}, "
                                          f"small text may be unreadable"))
        try:
            image = page.render(scale=scale).to_pil()
        except pdfium.PdfiumError as error:
            raise ReaderError(str(path), f"page {page_no} cannot be rendered for OCR ({error})") from None
        yield page_no, image, scale


def read_pdf(path: Path, data: bytes, pdf: pdfium.PdfDocument, reason: str) -> Document:
    if problem := tesseract_problem():
        raise MissingProgram(str(path), f"{reason}: {problem}")
    warnings: list[Issue] = []
    threads = max(1, os.cpu_count() or 1)
    # Tesseract runs as a separate process, so threads read several pages at once; a page is rendered only when a
    # thread is about to be free, so one page more than threads is held rendered at most (a 40-page scan took 515 MB)
    timeouts: list[Issue] = []  # filled by the threads, in no order
    with ThreadPoolExecutor(max_workers=threads) as pool:
        pages = list(Window(pool, lambda item: page_blocks(item[1], item[0], 1, item[2], warnings=timeouts),
                            rendered(path, pdf, warnings), threads + 1))
    warnings += sorted(timeouts, key=lambda issue: issue.where["page"])
    blocks: list[Block] = []
    for page in pages:
        blocks += [b.model_copy(update={"id": f"b{len(blocks) + k:04d}"}) for k, b in enumerate(page, start=1)]
    return Document(origin=origin_of(Path(path), data, "pdf-ocr"), blocks=join_continued_tables(mark_page_numbers(blocks), read_alike),
                    warnings=warnings)


# A signature block read again on its own: full-page segmentation mixes it with the recipients' column beside it, and a
# seal breaks its lines. A crop of the column alone, read as one column of lines (psm 4) or one block of text (psm 6),
# at a higher resolution, gives them back.
REGION_DPI = 400
REGION_MODES = ("6", "4")
_COLOUR_MARKS = 0.002  # share of a crop's pixels in colour over which its seal and signature were in colour
SEAL_STROKE = 1.5  # points: the thickest ring or signature stroke mended across a letter (a seal's rings are ~0.5 mm)


# A scanned page read again is rendered at most this many times its scan's own resolution: pdfium smooths the pixels
# it enlarges, and a 150-dpi scan rendered at 400 dpi reads its tone marks lighter ("Nguyên Văn Thăng" for "Nguyễn
# Văn Thắng") than at 300 dpi (the same page as a 150-dpi image file is read at its own resolution).
_SCAN_ENLARGED = 2.0


def _scan_resolution(page: pdfium.PdfPage) -> float | None:
    """Pixels per point of the finest image that covers half a PDF page or more (a scan; a compressed scan lays its
    text in a fine image over a coarse one of the paper), measured by area so that an image drawn turned a quarter is
    measured alike; None when no image covers half the page."""
    import ctypes

    import pypdfium2.raw as raw

    from . import rules

    area = page.get_width() * page.get_height()
    found = []
    for obj, containers in rules.page_objects(page, raw.FPDF_PAGEOBJ_IMAGE, depth=2):
        left, bottom, right, top = rules.page_bounds(obj, containers)
        width, height = ctypes.c_uint(), ctypes.c_uint()
        if (right - left) * (top - bottom) >= 0.5 * area and raw.FPDFImageObj_GetImagePixelSize(
                ctypes.cast(obj, raw.FPDF_PAGEOBJECT), width, height):
            found.append(math.sqrt(width.value * height.value / ((right - left) * (top - bottom))))
    return max(found, default=None)


def _page_image(path: Path, page_no: int, turned: int = 0) -> tuple[Image.Image, float, float] | None:
    """Page ``page_no`` of a PDF (rendered at REGION_DPI) or of an image file, turned ``turned`` degrees as it was to be
    read (``Provenance.turned``), with its pixels per unit of the blocks' boxes (points in a PDF, pixels in an image)
    and per point; None when the file or the page cannot be read again.
    Raises SourceMissing when ``path`` names no file (moved or deleted since it was read; a reading cached under
    another path): the caller's warning names it, rather than a crop that silently reads nothing."""
    if not Path(path).is_file():
        raise SourceMissing(str(path), "no file there (moved or deleted since it was read): its pages cannot be read again")
    try:
        if content_format(Path(path)) == "pdf":  # by its bytes: a scan saved as ".doc" is a PDF too
            pdf = pdfium.PdfDocument(str(path))
            page = pdf[page_no - 1]
            scale = min(REGION_DPI / 72, render_scale(page) * REGION_DPI / DPI)
            if scanned := _scan_resolution(page):
                scale = min(scale, _SCAN_ENLARGED * scanned)
            return upright(page.render(scale=scale).to_pil(), turned), scale, scale
        image = Image.open(path)
        _check_size(path, image)
        image.seek(page_no - 1)
        return upright(image.convert("RGB"), turned), 1.0, pixels_per_point(image)
    except (OSError, IndexError, EOFError, ReaderError, pdfium.PdfiumError, Image.DecompressionBombError):
        return None


def read_region(path: Path, page_no: int, box: tuple[float, float, float, float], turned: int = 0,
                zooms: tuple[float, ...] = (1.0,)) -> list[list[Block]]:
    """The lines of one region of a page (``box`` in the units of the blocks' boxes, on the page turned ``turned``
    degrees as it was read), read again without the seal's and the signature's ink (coloured, then grey), once per mode
    of REGION_MODES and per enlargement of ``zooms``: one list of blocks per reading, empty when the page cannot be read
    again (SourceMissing when its file is gone)."""
    page = _page_image(path, page_no, turned)
    if page is None or tesseract_problem():
        return []
    image, scale, per_point = page
    left, top = max(0, int(box[0] * scale)), max(0, int(box[1] * scale))
    region = image.crop((left, top, min(image.width, int(box[2] * scale)), min(image.height, int(box[3] * scale))))
    crop = without_seal(region, mend=round(SEAL_STROKE * per_point))
    # grey marks are a seal and a signature scanned in grey; where they were in colour they are gone already, and
    # splitting the print's own grey edges off thins its tone marks ("Thuân" read "Thuần", realdocs2 115)
    crops = (crop,) if _COLOUR_MARKS * crop.width * crop.height < coloured_ink(region).sum() else (crop, dark_ink(crop))
    readings = []
    for crop, zoom, psm in [(image, zoom, psm) for image in crops if image is not None for zoom in zooms for psm in REGION_MODES]:
        lines: dict[tuple[int, int, int], list[Word]] = {}
        enlarged = crop if zoom == 1 else crop.resize((round(crop.width * zoom), round(crop.height * zoom)), Image.BICUBIC)
        for word in read_words(enlarged, psm):
            lines.setdefault(word.line, []).append(word)
        blocks = []
        for n, words in enumerate(sorted(lines.values(), key=lambda ws: min(w.top for w in ws)), start=1):
            words.sort(key=lambda w: w.left)
            bbox = ((left + words[0].left / zoom) / scale, (top + min(w.top for w in words) / zoom) / scale,
                    (left + max(w.right for w in words) / zoom) / scale, (top + max(w.bottom for w in words) / zoom) / scale)
            blocks.append(Block(id=f"r{n:04d}", orig=" ".join(w.text for w in words),
                                prov=Provenance(reader=READER, page=page_no, line_start=n, line_end=n, bbox=bbox,
                                                ocr_confidence=round(_mean([w.conf for w in words if w.conf >= 0]), 1),
                                                ocr_unsure=[w.text for w in words if w.unsure], turned=turned)))
        readings.append(blocks)
    return readings


def column_edges(path: Path, page_no: int, box: tuple[float, float, float, float], count: int,
                 turned: int = 0) -> list[float] | None:
    """Where ``count`` columns side by side in a region of a page part (the x of each gap between them, in the units of
    the blocks' boxes), found in the region's typed ink: joint documents' signature columns are not even (a wide column
    beside a narrow one). Each line of print is cut where its words stand far apart; a gap is where the fewest such
    pieces stand (lines across the region, above the columns, stand over every x alike), the widest run of them around
    each equal split. Coloured and grey marks and marks much taller than the letters (a signature, a seal's ring) are
    left out, so a seal over a gap does not close it. None when the page cannot be read again (SourceMissing when its
    file is gone). ``turned``: as for ``read_region``."""
    page = _page_image(path, page_no, turned)
    if page is None:
        return None
    image, scale, _ = page
    left, top = max(0, int(box[0] * scale)), max(0, int(box[1] * scale))
    gray = without_seal(image.crop((left, top, min(image.width, int(box[2] * scale)), min(image.height, int(box[3] * scale)))))
    pixels = np.asarray(dark_ink(gray) or gray)
    pieces = _pieces_over(_letter_ink(pixels <= otsu_threshold(pixels)))
    width = len(pieces)
    edges = []
    for k in range(1, count):
        lo, hi = int(width * (k - 0.5) / count), int(width * (k + 0.5) / count)
        edges.append(left + lo + _widest_run(pieces[lo:hi] == pieces[lo:hi].min()))
    return [float(x / scale) for x in edges]


def _letter_ink(ink: np.ndarray) -> np.ndarray:
    """The ink of a crop's letters: its bits (8-connected) no taller than twice a typical letter's height."""
    from scipy import ndimage

    labels, count, _ = _bits(ink, 0)
    if not count:
        return ink
    heights = np.array([s[0].stop - s[0].start for s in ndimage.find_objects(labels)])
    letter = np.median(heights[heights >= 3]) if (heights >= 3).any() else 0
    return np.concatenate([[False], (heights >= 3) & (heights <= 2 * letter)])[labels]


def _pieces_over(letters: np.ndarray) -> np.ndarray:
    """For each x of a crop, how many pieces of its lines of print stand over it: a line (a band of rows with ink) is
    cut where its ink leaves a gap wider than one and a half times its height (far wider than a space)."""
    over = np.zeros(letters.shape[1], int)
    rows = np.flatnonzero(letters.any(axis=1))
    for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if rows.size else []:
        xs = np.flatnonzero(letters[band[0] : band[-1] + 1].any(axis=0))
        for piece in np.split(xs, np.flatnonzero(np.diff(xs) > 1.5 * len(band)) + 1):
            over[piece[0] : piece[-1] + 1] += 1
    return over


def _widest_run(flags: np.ndarray) -> float:
    """The middle of the widest run of true values (the middle of all when all are)."""
    bounds = np.flatnonzero(np.diff(np.concatenate([[0], flags.astype(int), [0]])))
    starts, ends = bounds[::2], bounds[1::2]
    widest = int(np.argmax(ends - starts))
    return (starts[widest] + ends[widest]) / 2


def pixels_per_point(image: Image.Image) -> float:
    """An image file's resolution: the one it records when plausible, else its shorter side taken as an A4 page's
    width (a scan or a photo of the page)."""
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and 100 <= float(dpi[0]) <= 1200:
        return float(dpi[0]) / 72
    return min(image.width, image.height) * _MM_PER_POINT / 210


def _check_size(path: Path, image: Image.Image) -> None:
    """Refuse an image (or a frame of one) over MAX_PIXELS before it is decompressed: Pillow only warns below
    twice its own limit."""
    if image.width * image.height > MAX_PIXELS:
        raise ReaderError(str(path), f"image too large ({image.width}×{image.height} pixels, "
                                     f"over {MAX_PIXELS / 1e6:.0f} million): not decompressed")


def read_page(page: pdfium.PdfPage, page_no: int, path: Path, warnings: list[Issue] | None = None) -> list[Block]:
    """One scanned page of a PDF whose other pages have a text layer (``warnings``: as for ``page_blocks``)."""
    if problem := tesseract_problem():
        raise MissingProgram(str(path), f"page {page_no} is scanned: {problem}")
    scale = render_scale(page)
    return page_blocks(page.render(scale=scale).to_pil(), page_no, 1, scale, warnings=warnings)


def read(path: Path) -> Document:
    """An image file: every frame of a multi-page TIFF is a page."""
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    if problem := tesseract_problem():
        raise MissingProgram(str(path), problem)
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses only twice this; each frame is measured below
    try:
        image = Image.open(io.BytesIO(data))
        _check_size(path, image)
        image.load()
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise ReaderError(str(path), f"not a readable image ({type(error).__name__}: {error})") from None
    blocks: list[Block] = []
    warnings: list[Issue] = []
    for page_no in range(1, getattr(image, "n_frames", 1) + 1):
        image.seek(page_no - 1)
        _check_size(path, image)
        blocks += page_blocks(image.convert("RGB"), page_no, len(blocks) + 1, 1.0, pixels_per_point(image), warnings)
    return Document(origin=origin_of(Path(path), data, "image"), blocks=blocks, warnings=warnings)
