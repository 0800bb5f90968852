"""Footnotes in a text PDF: the reference marks in the text and the notes at a page's foot.

A plan made in Word and saved as PDF prints a footnote's reference mark as a figure raised in a smaller font right
after a word or a stop ("tỉnh¹", "năm 2026.¹"); the text layer glues it to the word ("Sở Tư pháp1": a body no longer
found, "105/2025/NĐ-CP2": a wrong number). Such marks are left out, as the DOCX reader leaves Word's out. A raised
figure after a unit is an exponent ("m2", pipeline/data/exponent_units.csv) and stays.

The notes stand at the page's foot in a smaller font, each led by its mark, which the text layer may glue to its
first word ("1Quyết định số …": set apart, so that the document it cites is read). A paragraph that goes on to the
next page was cut by them ("… chưa 1 Luật Quản lý … 2 Nghị định … được sửa đổi"): the notes are then put after the
line that ends that paragraph on the next page, as the DOCX reader puts a note after what refers to it.
"""

from __future__ import annotations

import ctypes
import re
from functools import cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.model import Block
from pipeline.resources import csv_rows
from pipeline.text import CAPITAL_LETTERS, SMALL_LETTERS

from . import rules
from .common import PAGE_NUMBER, is_power_of_ten_base

# Put in place of a mark's characters, so that the page text keeps its length (its indexes are the characters');
# forms.py marks a stamp's text with U+E000 and U+E001.
NOTE_MARK = "\ue002"
# A whole run of figures after a word or a stop (no space, no figure before its first), before a space, a stop or the
# text's end: its last one or two may be a mark. The pattern opens on a figure, so that re passes over the rest of the
# page in C (a look-behind first was tried at every position); the run is taken whole (possessive: no shorter run
# from the same start is tried) and a figure inside a run has a figure before it.
# A number standing alone (at the text's start or after a space) is taken from its second figure: the figure before it
# has a space or nothing before it.
_FIGURES_AFTER_A_WORD = re.compile(r"\d(?:(?<=[^\s\d]\d)|(?<=\d\d)(?<!\S\d\d))\d*+(?=[\s,.;:)]|\Z)")
_NOTE_START = re.compile(rf"^\s*\d{{1,2}}(?=[{CAPITAL_LETTERS}][{SMALL_LETTERS}])")
_LEADING_MARK = re.compile(r"^\s*(\d{1,2})(?!\d)")
_TRAILING_MARK = re.compile(r"(?<=\S)\s+(\d{1,2})\s*$")
_SMALLER = 0.8  # a mark's font size to the letter's before it, at most
_RAISED = 0.2  # how far a mark's foot stands above the letter's, in the letter's font size, at least
_NOTE_SIZE = 0.9  # a note's font size to the page's running text, at most
_PARAGRAPH_END = (".", ";", ":", "!", "?", ".)", ".”", '."')


def marks_hidden(textpage: pdfium.PdfTextPage, text: str) -> str:
    """The page text with each footnote reference mark's characters replaced by NOTE_MARK."""
    chars = None
    page_chars = textpage.count_chars()
    ready = rules.ready(rules.address(textpage.raw))
    for start, end in _figures_after_a_word(text):
        count = _marks_ending(textpage, ready, page_chars, text, start, end)
        if count and not is_power_of_ten_base(text[max(0, end - count - 12) : end - count]):  # "10³": an exponent
            chars = chars or list(text)
            chars[end - count : end] = NOTE_MARK * count
    return "".join(chars) if chars else text


def _figures_after_a_word(text: str):
    """(start, end) of each run of figures after a word or a stop and before a space, a stop or the text's end. Found
    by one scan in C (a Python test of each of the page's runs of figures cost more than the scan). A number standing
    alone ("70¹" in a table's cell) is given from its second figure on: its first figure is then the one a raised mark
    is measured against, and stays."""
    return (run.span() for run in _FIGURES_AFTER_A_WORD.finditer(text))


# A character's font size asked unprototyped of the ready text page (``rules.unprototyped``): a table of figures has
# thousands of runs of figures, and pypdfium2's declared call cost more than the rest of their test.
_FONT_SIZE = rules.unprototyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)


def _marks_ending(textpage: pdfium.PdfTextPage, ready, page_chars: int, text: str, start: int, end: int) -> int:
    """How many of the last figures of ``text[start:end]`` (at most two) are a mark: raised, in a smaller font than
    the letter before the figures ("tỉnh¹", "QH15¹"). ``ready``: the text page as ``rules.ready`` gives it;
    ``page_chars``: its characters."""
    if end > page_chars:
        return 0
    size = _FONT_SIZE(ready, start - 1)
    # most runs end in a figure of the letter's size: told by one call, before the word before them is looked up
    if not size or _FONT_SIZE(ready, end - 1) > _SMALLER * size or _word_before(text, start) in _exponent_units():
        return 0
    letter_foot = None
    count = 0
    for at in range(end - 1, max(start, end - 2) - 1, -1):
        if _FONT_SIZE(ready, at) > _SMALLER * size:
            break
        # the letter's foot read only for a figure in a smaller font: the figures after a word are nearly all in its
        # size (1754 of 1766 on the benchmark's PDFs): its box and the walk back to it were read for each of them
        if letter_foot is None:
            letter_foot = textpage.get_charbox(_letter_before(text, start - 1))[1]  # a stop's box may stand below the letters
        if textpage.get_charbox(at)[1] < letter_foot + _RAISED * size:
            break
        count += 1
    return count


def _letter_before(text: str, at: int) -> int:
    """The nearest letter or figure at or before ``at`` on its line (``at`` itself when there is none)."""
    k = at
    while k > 0 and not text[k].isalnum() and text[k - 1] not in "\r\n":
        k -= 1
    return k if text[k].isalnum() else at


def _word_before(text: str, at: int) -> str:
    """The word that ends where ``at`` starts, in lower case ("m" for "100 m2")."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:at].lower()


@cache
def _exponent_units() -> frozenset[str]:
    return frozenset(row["unit"].lower() for row in csv_rows("exponent_units.csv"))


def note_start_apart(line: str) -> str:
    """A note's mark glued to its first word, set apart: "1Quyết định …" -> "1 Quyết định …"."""
    match = _NOTE_START.match(line)
    return f"{line[: match.end()]} {line[match.end() :]}" if match else line


# A figure glued to a capitalised word anywhere in a text: where none is, no line of the text opens on a note's mark
_GLUED_TO_A_WORD = re.compile(rf"\d(?=[{CAPITAL_LETTERS}][{SMALL_LETTERS}])")


def notes_start_apart(text: str) -> str:
    """``note_start_apart`` on each line of the text, its line ends kept. The lines of a text in which no figure is glued
    to a capitalised word (most of a page's pieces) are not looked at: one scan in C, not a match a line."""
    if _GLUED_TO_A_WORD.search(text) is None:
        return text
    return "".join(map(note_start_apart, text.splitlines(keepends=True)))


def note_paragraphs(lines: list[Block]) -> list[Block]:
    """A page's note lines (the first led by its mark), each note's first line marked as a paragraph's start, so that
    notes whose lines fill the width are not run together as one paragraph ("… 29/6/2024 2 Nghị định …"). A note
    starts at the line led by the number after the last note's. pdfium may give that raised number a line of its own,
    or put it at the end of the line above ("… 15/6/2018 3"): it is put before the line it leads."""
    out: list[Block] = []
    expected: int | None = None
    mark: Block | None = None  # a mark alone on its line, or cut from the end of the line above
    for k, line in enumerate(lines):
        text = line.orig.strip()
        lead = _LEADING_MARK.match(text)
        number = int(lead.group(1)) if lead else None
        starts = number is not None and number == (expected or number)
        if mark is not None:  # this line is the note the mark before it leads
            line = line.model_copy({"orig": f"{mark.orig.strip()} {text}",
                                    "prov": line.prov.model_copy({"line_start": mark.prov.line_start})})
            starts, number, mark = True, int(mark.orig), None
        elif starts and lead.end() == len(text):
            mark = line
            continue
        if starts:
            line = line.model_copy({"starts_paragraph": True})
            expected = number + 1
        trailing = _TRAILING_MARK.search(line.orig)
        if (trailing and expected is not None and int(trailing.group(1)) == expected and k + 1 < len(lines)
                and not _LEADING_MARK.match(lines[k + 1].orig)):
            mark = lines[k + 1].model_copy({"orig": trailing.group(1)})
            line = line.model_copy({"orig": line.orig[: trailing.start()]})
        out.append(line)
    return [*out, mark] if mark is not None else out


def at_the_foot(textpage: pdfium.PdfTextPage, text: str, printed: str) -> tuple[int, int]:
    """(how many lines the page's notes take, how many lines follow them: its number) at the end of the page's text
    (``text`` with its marks hidden, ``printed`` as pdfium gave it); (0, 0) when the page has none. The notes are the
    last lines in a smaller font than the page's running text, the first led by a figure that is one of the page's
    reference marks."""
    marks = {printed[m.start() : m.end()] for m in re.finditer(f"{NOTE_MARK}+", text)}
    if not marks:
        return 0, 0
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\r\n]+", text) if m.group().replace(NOTE_MARK, "").strip()]
    after = 0
    while after < len(lines) and PAGE_NUMBER.match(lines[-1 - after][1]):
        after += 1
    sizes = [_line_size(textpage, start, line) for start, line in lines]
    running = _running_size(sizes, [len(line) for _, line in lines])
    count = 0
    for size in reversed(sizes[: len(sizes) - after]):
        if size > _NOTE_SIZE * running:  # (a line without letters, a note's mark alone, has no size: it goes on)
            break
        count += 1
    notes = [line for _, line in lines[len(lines) - after - count : len(lines) - after]]
    while notes and not _LEADING_MARK.match(notes[0]):
        notes.pop(0)  # a smaller line above the first note (a table's last row, a caption) is no note
    leads = {lead.group(1) for line in notes if (lead := _LEADING_MARK.match(line))}
    return (len(notes), after) if leads & marks else (0, 0)


def _line_size(textpage: pdfium.PdfTextPage, start: int, line: str) -> float:
    """The font size of the line's first letter (0 when it has none)."""
    letter = next((k for k, char in enumerate(line) if char.isalpha()), None)
    return pdfium_c.FPDFText_GetFontSize(textpage.raw, start + letter) if letter is not None else 0.0


def _running_size(sizes: list[float], lengths: list[int]) -> float:
    """The size most of the page's characters are printed in."""
    weight: dict[float, int] = {}
    for size, length in zip(sizes, lengths):
        weight[round(size, 1)] = weight.get(round(size, 1), 0) + length
    return max(weight, key=weight.__getitem__) if weight else 0.0


def after_their_paragraph(blocks: list[Block], note_ids: set[str]) -> list[Block]:
    """The notes of a page whose last paragraph goes on to the next page, put after the line that ends it (a line
    ending a sentence, on a later page); notes under a paragraph that ends on their page stay where they are."""
    if not note_ids:
        return blocks
    moved: dict[int, list[Block]] = {}  # index of the line that ends the paragraph -> the notes put after it
    skipped: set[int] = set()
    i = 0
    while i < len(blocks):
        if blocks[i].id not in note_ids:
            i += 1
            continue
        page, end = blocks[i].prov.page, i
        while end < len(blocks) and blocks[end].id in note_ids and blocks[end].prov.page == page:
            end += 1
        before = next((b for b in reversed(blocks[:i]) if b.prov.page == page and b.layer.value == "body"), None)
        goes_on = before is not None and (before.table is not None or not before.orig.rstrip().endswith(_PARAGRAPH_END))
        ending = next((k for k in range(end, len(blocks)) if blocks[k].prov.page != page and blocks[k].table is None
                       and blocks[k].id not in note_ids and blocks[k].orig.rstrip().endswith(_PARAGRAPH_END)), None)
        if goes_on and ending is not None:
            moved.setdefault(ending, []).extend(blocks[i:end])
            skipped.update(range(i, end))
        i = end
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k not in skipped:
            out.append(block)
        out.extend(moved.get(k, ()))
    return out
