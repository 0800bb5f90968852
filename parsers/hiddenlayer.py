"""The number and date lines of a scan whose text is a scanner's hidden OCR layer, read again from the page image.

A scanner's OCR writes its reading of the page as text the page does not show (``pdf.hidden_under_image``); its
figures are that OCR's guesses ("1281" read "1231", "20" read "26"), and nothing in the layer tells a misread figure
from a right one. So on such a page only, the number and date lines are read again from the page image by Tesseract,
and a field (number, day, month, year) is kept only where both readings give the same figures; a field they disagree
on is marked with the line's box, and the metadata stage gives null and a warning for it. Ordinary text pages never
come here.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from pipeline.model import HIDDEN_LAYER

from . import handwriting

_READINGS = ("7", "6")  # Tesseract page segmentation: a line, then a block (a second try where the first disagrees)
_LINE = re.compile(r"[^\r\n]+")
_NUMBER = re.compile(r"^\s*S\S?\s*[:.]?\s*(?P<number>\S+)")


def _figures(text: str) -> dict[str, str]:
    """The figures of each field of a number line, a date line or both run into one ("Số: 07/2025/QĐ-UBND Hà Nội,
    ngày 5 tháng 3 năm 2025" -> number '07 2025', day '5', month '3', year '2025'); none for another line."""
    if not handwriting.line_kind(text):
        return {}
    found = _NUMBER.match(text) if handwriting.NUMBER_LINE.match(text) else None
    readings = {"number": found.group("number")} if found else {}
    readings.update(handwriting.ocr_readings(text, "date"))
    return {field: " ".join(re.findall(r"\d+", value)) for field, value in readings.items()}


def unsure_fields(text: str, shown_boxes: Callable[[np.ndarray], np.ndarray],
                  render: Callable[[], tuple], read_line: Callable) -> dict[str, list[dict]]:
    """For each number or date line of a hidden layer's page text (keyed by the line, stripped), the marks of the fields
    whose figures the page image does not give back: {"field", "bbox" (points: x0, top, x1, bottom), "reason",
    "source"}. ``shown_boxes(indexes)``: the characters' boxes as shown (x0, top, x1, bottom); ``render()``: the page
    image and its pixels per point, rendered only when a line is found; ``read_line(image, psm)``: the text OCR reads."""
    marks: dict[str, list[dict]] = {}
    page = None
    for found in _LINE.finditer(text):
        line = found.group().strip()
        layer = {field: figures for field, figures in _figures(line).items() if figures}  # a blank field has nothing to check
        if not layer:
            continue
        boxes = shown_boxes(np.arange(found.start(), found.end()))
        boxes = boxes[boxes[:, 2] > boxes[:, 0]]
        if not len(boxes):
            continue
        box = (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())
        page = page or render()
        image, scale = page
        height = box[3] - box[1]
        crop = image.crop((int(max(0, box[0] - height) * scale), int(max(0, box[1] - height / 3) * scale),
                           int((box[2] + height) * scale), int((box[3] + height / 3) * scale)))
        unconfirmed, seen = dict(layer), []
        for psm in _READINGS:
            seen.append(read_line(crop, psm))
            image_figures = _figures(seen[-1])
            unconfirmed = {field: figures for field, figures in unconfirmed.items() if image_figures.get(field) != figures}
            if not unconfirmed:
                break
        bbox = [round(float(v), 1) for v in box]
        marks[line] = [{"field": field, "bbox": bbox, "source": HIDDEN_LAYER,
                        "reason": f"the text layer hidden under the page image reads '{line}', the image "
                                  f"{' / '.join(repr(s) for s in seen)}"} for field in unconfirmed]
    return {line: found for line, found in marks.items() if found}
