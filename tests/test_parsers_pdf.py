"""PDF reader: files cut short are read with a warning; encrypted files anyone may open are read as fast as plain ones."""

import io

import pdfplumber
import pypdfium2 as pdfium
import pytest

from parsers import pdf

from conftest import ROOT

BAD = ROOT / "tests" / "bad_inputs"
CUT = BAD / "cut_short.pdf"  # a text PDF with an incremental update, cut inside the update
ENCRYPTED = BAD / "encrypted_empty_password.pdf"  # the same text PDF, RC4 with an empty user password


@pytest.mark.parametrize("share", [0.3, 0.5, 0.9, 0.99, 0.999])
def test_a_pdf_cut_anywhere_is_seen_as_cut(share):
    data = ENCRYPTED.read_bytes()
    assert pdf.damage(data) is None
    assert "cut short" in pdf.damage(data[: int(len(data) * share)])


@pytest.mark.parametrize("ending", [b"%%EOF", b"%%EOF\n", b"%%EOF\r\n\0\0", b"%%EOF \n\n"])
def test_the_ways_a_whole_pdf_ends_are_not_damage(ending):
    data = ENCRYPTED.read_bytes()
    body = data[: data.rfind(b"%%EOF")]
    assert pdf.damage(body + ending) is None
    assert pdf.damage(body + ending + b"1 0 obj <<") is not None  # an update that was cut


def test_a_pdf_cut_short_is_read_with_a_damage_warning():
    doc = pdf.read(CUT)
    assert doc.blocks and [w.code for w in doc.warnings] == ["pdf_damaged"]
    assert "cut short" in doc.warnings[0].message


def test_an_encrypted_pdf_anyone_may_open_reaches_pdfplumber_decrypted(monkeypatch):
    """pdfminer decrypts each object in pure Python (RC4: 9 times as long); pdfium's decrypted copy is read instead."""
    opened = []
    real_open = pdfplumber.open

    def recording(source, *args, **kwargs):
        handle = real_open(source, *args, **kwargs)
        opened.append((source, handle.doc.encryption))
        return handle

    monkeypatch.setattr(pdfplumber, "open", recording)
    reader = pdf._Plumber(ENCRYPTED, pdfium.PdfDocument(str(ENCRYPTED)), ENCRYPTED.read_bytes())
    assert reader.stamps(0) == []  # it has no widgets; opening it is what is checked
    reader.close()
    [(source, encryption)] = opened
    assert isinstance(source, io.BytesIO) and encryption is None
    assert [b.orig for b in pdf.read(ENCRYPTED).blocks] == [b.orig for b in pdf.read(CUT).blocks]  # the same text as unencrypted
    assert pdf.for_pdfplumber(CUT, pdfium.PdfDocument(str(CUT)), b"whole file %%EOF") == CUT  # plain: the file itself


def test_pdfplumber_is_opened_only_for_a_document_with_widgets(monkeypatch, tmp_path):
    """Opening a file in pdfplumber has pdfminer parse all of it: it is done only to read the stamps of a page with
    form widgets, never for text or tables (those come from pdfium)."""
    from pdf_tables import Grid, write_pdf

    opened = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))
    grid = Grid(widths=[30, 150, 120], header=[["TT", "Nhiệm vụ", "Thời hạn"]], rows=[["1", "Rà soát", "2025"]] * 3)
    doc = pdf.read(write_pdf(grid, tmp_path / "t.pdf"))
    assert any(b.table is not None for b in doc.blocks) and opened == []


def test_character_boxes_are_pdfiums_own():
    """The direct call gives what pypdfium2's get_charbox gives, character by character (line breaks included)."""
    from pdfmaker import text_pdf

    doc = pdfium.PdfDocument(text_pdf([[(72, 72, "Số: 12/KH-UBND"), (72, 100, "Hà Nội, ngày 9 tháng 6 năm 2025")]]))
    textpage = doc[0].get_textpage()
    count = textpage.count_chars()
    assert count > 20
    assert pdf._char_boxes(textpage, count).tolist() == [list(textpage.get_charbox(i)) for i in range(count)]


def test_a_character_on_a_shared_border_belongs_to_the_first_area():
    """Edges are inside (a centre on a border counts) and the first area that holds a centre is its cell."""
    boxes = [(0, 0, 2, 2), (9, 0, 11, 2), (30, 30, 32, 32)]  # centres (1, 1), (10, 1) on the border, (31, 31) outside
    areas = [(0, 0, 10, 10), (10, 0, 20, 10)]
    inside = pdf._containment(boxes, areas)
    assert inside.tolist() == [[True, False], [True, True], [False, False]]
    assert pdf._containment(boxes, []).shape == (3, 0) and pdf._containment([], areas).shape == (0, 2)
