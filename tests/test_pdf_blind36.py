"""A blind round on e-signed PDFs: variants of how signing software and templates print the number and the day that
the earlier tests did not build. The blank a stamp fills printed with dots, ellipses or underscores ("Số: ……/QĐ-UBND",
"ngày ….. tháng"), or narrower than the number stamped over it (the number overprints the symbol's slash); English
one-row stamps of a signing program ("Digitally signed by …", "Date: 2026.12.04 …") drawn over a blank, which are no
number and no day. (A "sao y" copy stamp drawn into the page with its own number and date was tried too: its number
and date were already not taken for the document's.)"""

from __future__ import annotations

import pytest

from pdfmaker import SANS, SERIF, text_pdf, with_widgets
from pipeline.run import process
from test_forms import BODY, HEADER, char_box, rect

SIGNATURE = [(330, 600, "TM. ỦY BAN NHÂN DÂN"), (360, 618, "CHỦ TỊCH"), (350, 700, "Nguyễn Văn Hùng")]
BLANK_DATE = (300, 110, "Lào Cai, ngày        tháng 10 năm 2025")


def day_box(data: bytes, after: str = "ngày") -> tuple[float, float, float, float]:
    """Over the day's blank: from just right of "ngày"."""
    y = char_box(data, after, after[-1])
    return rect(y[2] + 4, 108, y[2] + 24, 126)


def number_box(data: bytes, width: float = 40) -> tuple[float, float, float, float]:
    """Over the number's blank: from just right of "Số:"."""
    colon = char_box(data, "Số:", ":")
    return rect(colon[2] + 4, 108, colon[2] + 4 + width, 126)


def signed(tmp_path, lines: list[tuple], widgets: list[tuple], font=SERIF):
    path = tmp_path / "signed.pdf"
    data = text_pdf([HEADER + lines + BODY + SIGNATURE], font_path=font)
    path.write_bytes(with_widgets(data, [(box(data), text) for box, text in widgets]))
    return process(path)


@pytest.mark.parametrize("font", [SERIF, SANS], ids=lambda f: f.stem)
@pytest.mark.parametrize("blank", ["……", "…….", "...........", "________", "…………………", ". . . . . ."])
def test_a_number_stamped_over_a_blank_of_dots_or_underscores_reads_whole(tmp_path, blank, font):
    doc = signed(tmp_path, [(60, 110, f"Số: {blank}/QĐ-UBND"), BLANK_DATE], [(number_box, "1234"), (day_box, "15")], font)
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-15")
    assert not [b for b in doc.blocks if "1234" in b.orig and any(c in b.orig for c in "…_")]


@pytest.mark.parametrize("blank", ["_____"])
def test_a_day_stamped_over_a_blank_of_dots_or_underscores_reads(tmp_path, blank):
    doc = signed(tmp_path, [(60, 110, "Số:          /QĐ-UBND"), (300, 110, f"Lào Cai, ngày {blank} tháng 10 năm 2025")],
                 [(number_box, "1234"), (day_box, "9")])
    assert (doc.metadata.number, doc.metadata.issued_date) == ("1234/QĐ-UBND", "2025-10-09")


@pytest.mark.parametrize("number, spaces, symbol", [("1234", 4, "KH-UBND"), ("12094", 5, "BNV-CCHC"), ("87", 2, "QĐ-UBND"),
                                                    ("3686", 2, "UBND-XD")])
def test_a_number_wider_than_its_blank_goes_before_the_slash_it_overprints(tmp_path, number, spaces, symbol):
    """The template's blank is narrower than the stamped number: its last digits are drawn over the slash."""
    doc = signed(tmp_path, [(60, 110, "Số:" + " " * spaces + "/" + symbol), BLANK_DATE],
                 [(lambda d: number_box(d, 8 * len(number) + 10), number), (day_box, "15")])
    assert doc.metadata.number == f"{number}/{symbol}"


ADOBE_STAMPS = ["Digitally signed by Nguyen Van Hung", "Date: 2026.12.04 10:15:00 +07'00'",
                "Reason: I am the author of this document"]


@pytest.mark.parametrize("stamp", [*ADOBE_STAMPS, "Signed by: Nguyen Van Hung"])
def test_an_english_signing_stamp_over_the_day_is_no_day(tmp_path, stamp):
    """The day's blank stays blank (the day is not known: null, not read from the stamp's text), and the date line
    keeps no part of the stamp."""
    doc = signed(tmp_path, [(60, 110, "Số:          /QĐ-UBND"), BLANK_DATE],
                 [(number_box, "1234"), (lambda d: rect(day_box(d)[0], 108, day_box(d)[0] + 220, 126), stamp)])
    assert doc.metadata.number == "1234/QĐ-UBND"
    assert doc.metadata.issued_date is None
    assert not [b for b in doc.blocks if "tháng 10" in b.orig and stamp.split()[0] in b.orig]


@pytest.mark.parametrize("stamp", ADOBE_STAMPS)
def test_an_english_signing_stamp_over_the_number_is_no_number(tmp_path, stamp):
    doc = signed(tmp_path, [(60, 110, "Số:          /QĐ-UBND"), BLANK_DATE],
                 [(lambda d: number_box(d, 200), stamp), (day_box, "15")])
    assert doc.metadata.number is None and doc.metadata.issued_date == "2025-10-15"
    assert not [b for b in doc.blocks if "QĐ-UBND" in b.orig and stamp.split()[0] in b.orig]

