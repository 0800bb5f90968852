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

    monkeypatch.setattr(pdf.pdfplumber, "open", recording)
    doc = pdf.read(ENCRYPTED)
    [(source, encryption)] = opened
    assert isinstance(source, io.BytesIO) and encryption is None
    assert [b.orig for b in doc.blocks] == [b.orig for b in pdf.read(CUT).blocks]  # the same text as unencrypted
    assert pdf.for_pdfplumber(CUT, pdfium.PdfDocument(str(CUT)), b"whole file %%EOF") == CUT  # plain: the file itself
