"""A page saved as a web archive (".mht", ".mhtml"; some portals serve Word's "single file web page" as ".doc"): a MIME
message whose HTML is one part. The five samples' HTML variants (scripts/make_variants.py) archived as Word, a browser
(Blink) and a base64 writer would, against the text samples."""

import base64
import quopri
import sys

import pytest

from conftest import ROOT, corpus_files
from invariance import differences
from parsers import content_format, is_web_archive
from pipeline.errors import PipelineError
from pipeline.run import process

sys.path.insert(0, str(ROOT / "scripts"))

from make_variants import layout_of, to_html  # noqa: E402

SAMPLES = {p.name[:3]: p for p in corpus_files()}
_PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).decode()


def archive(page: str, style: str) -> bytes:
    """``page`` archived as ``style`` writes it: "word" (quoted-printable, its charset named, a file:/// location, an
    image part after it), "blink" (Chrome's headers, quoted-printable), "base64" (no charset named)."""
    boundary = "----=_NextPart_01DA1234.56789ABC"
    if style == "blink":
        top = ["From: <Saved by Blink>", "Snapshot-Content-Location: https://example.gov.vn/van-ban/ke-hoach-12",
               "Subject: =?utf-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=", "Date: Tue, 1 Dec 2026 08:00:00 -0000",
               "MIME-Version: 1.0", "Content-Type: multipart/related;", '\ttype="text/html";', f'\tboundary="{boundary}"']
    else:
        top = ["MIME-Version: 1.0", f'Content-Type: multipart/related; boundary="{boundary}"']
    if style == "base64":
        body = base64.encodebytes(page.encode("utf-8")).decode()
        part = ["Content-Type: text/html", "Content-Transfer-Encoding: base64"]
    else:
        body = quopri.encodestring(page.encode("utf-8")).decode()
        part = ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    location = "file:///C:/Users/vanthu/Documents/ke-hoach.htm" if style == "word" else "https://example.gov.vn/vb/12"
    lines = [*top, "", "This is a multi-part message in MIME format.", "", f"--{boundary}", *part,
             f"Content-Location: {location}", "", body, f"--{boundary}", "Content-Type: image/png",
             "Content-Transfer-Encoding: base64", "Content-Location: file:///C:/Users/vanthu/image001.png", "", _PNG,
             f"--{boundary}--", ""]
    return "\r\n".join(lines).encode("ascii")


@pytest.fixture(scope="module")
def samples():
    """Each sample: (the text's document, its HTML variant's page)."""
    made = {}
    for name, path in SAMPLES.items():
        reference = process(path)
        made[name] = reference, to_html(layout_of(reference), reference.metadata.title or name)
    return made


@pytest.mark.parametrize("style, suffix", [("word", ".mht"), ("blink", ".mhtml"), ("base64", ".mht"), ("word", ".doc")])
@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_an_archived_page_gives_the_same_document(tmp_path, samples, sample, style, suffix):
    reference, page = samples[sample]
    path = tmp_path / f"{sample}{suffix}"
    path.write_bytes(archive(page, style))
    doc = process(path)
    assert differences(reference, doc) == []
    assert doc.origin.format == "mhtml"
    assert ("format_from_content" in {w.code for w in doc.warnings}) is (suffix == ".doc")


def test_an_archive_is_told_by_its_headers_not_its_name(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(archive("<html><body><p>KẾ HOẠCH</p></body></html>", "blink"))
    assert content_format(path) == "mhtml"
    assert not is_web_archive(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nmultipart/related")
    assert not is_web_archive("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMIME-Version: multipart/related".encode())


def test_an_archive_without_a_page_is_refused_with_its_reason(tmp_path):
    path = tmp_path / "images.mht"
    boundary = "b1"
    path.write_bytes("\r\n".join(["MIME-Version: 1.0", f"Content-Type: multipart/related; boundary={boundary}", "",
                                  f"--{boundary}", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "",
                                  _PNG, f"--{boundary}--", ""]).encode())
    with pytest.raises(PipelineError, match="holds no HTML page"):
        process(path)
