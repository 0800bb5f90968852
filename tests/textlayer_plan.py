"""What the blind rounds on lying text layers (tests/test_textlayer_blind_s43.py, tests/test_textlayer_blind_s45.py)
share: each module states its two-page plan (header columns, first page, body, signature, the fields wanted) and takes
from here how the pages are laid out and written, the metadata fields read, and OCR forbidden where a layer is kept."""

from __future__ import annotations

import pytest
from pdfmaker import SERIF, stacked, text_pdf

from parsers import ocr

SIZE = 11


def first_page(left: list[str], right: list[str], first: list[str]) -> list[tuple]:
    """The header's two columns (blank lines kept as gaps), then the heading centred and the first page's lines."""
    header = [(40, 40 + 16 * k, t) for k, t in enumerate(left) if t] + [(250, 40 + 16 * k, t) for k, t in enumerate(right) if t]
    return header + [(250 if k == 0 else 60, 130 + 18 * k, t) for k, t in enumerate(first)]


def second_page(body: list[str], signature: list[str]) -> list[tuple]:
    return [(50, 50 + 18 * k, t) for k, t in enumerate(body)] + [(330, 200 + 18 * k, t) for k, t in enumerate(signature)]


def two_pages(first: list[tuple], second: list[tuple], font=SERIF, bold=frozenset()) -> bytes:
    """The plan, each page with its own fonts (a map broken on one page leaves the other's as it was)."""
    return stacked([text_pdf([first], size=SIZE, font_path=font, bold=bold),
                    text_pdf([second], size=SIZE, font_path=font, bold=bold)])


def fields(doc) -> dict:
    meta = doc.metadata
    return {"doc_type": meta.doc_type, "number": meta.number, "issued_date": meta.issued_date, "issuer": meta.issuer.name,
            "title": meta.title, "signer": meta.signer.name, "signer_title": meta.signer.title, "authority": meta.signer.authority}


def wrong(doc, wanted: dict) -> dict:
    """The fields read otherwise than printed: a null is no wrong value."""
    return {k: v for k, v in fields(doc).items() if v not in (None, [], "") and v != wanted[k]}


def no_ocr(monkeypatch) -> None:
    monkeypatch.setattr(ocr, "read_page", lambda *a, **k: pytest.fail("a page of a good or repaired layer went to OCR"))
    monkeypatch.setattr(ocr, "read_pdf", lambda *a, **k: pytest.fail("a good or repaired layer went to OCR"))
