"""Files whose name says one format and whose bytes hold another, read by their bytes.

Collections gathered from portals hold them: a "Tải file Word" link that serves a web page saved by Word (".doc"
holding HTML), a DOCX or a PDF downloaded as ".doc", a Word 97 file renamed ".docx", a page saved as ".txt". The
reader the name picks failed on them ("not a readable PDF", "LibreOffice could not convert") or took seconds in
LibreOffice for a file another reader reads at once. Each case below is a plan built here in one format and saved
under another name; it must read as the same plan, with a warning naming both formats, and its ``origin.format``
the format read.
"""

import shutil
import zipfile

import docx
import pytest

import parsers
from conftest import REALDOCS, needs
from parsers import content_format
from pdfmaker import image_page, text_pdf
from pipeline.errors import ReaderError
from pipeline.run import process

NUMBER, TITLE = "45/KH-UBND", "Triển khai công tác chuyển đổi số năm 2026"


def _docx(path):
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 45/KH-UBND"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Phú, ngày 12 tháng 3 năm 2026"
    for line in ("KẾ HOẠCH", TITLE, "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả quản lý nhà nước."):
        document.add_paragraph(line)
    document.save(path)


def _html(path, word_saved: bool):
    """A web page; ``word_saved``: as Word's "Save as Web Page" writes it (Office namespaces, an XML prolog)."""
    opening = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word">' if word_saved else "<!DOCTYPE html>\n<html>")
    path.write_text(
        f"{opening}<head><meta charset='utf-8'></head><body><table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ TÂN PHÚ</p>"
        f"<p>Số: {NUMBER}</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
        "<p>Tân Phú, ngày 12 tháng 3 năm 2026</p></td></tr></table><p>KẾ HOẠCH</p>"
        f"<p>{TITLE}</p><p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Nâng cao hiệu quả quản lý nhà nước.</p></body></html>",
        encoding="utf-8")


def _pdf(path):
    path.write_bytes(text_pdf([[(60, 60, "ỦY BAN NHÂN DÂN"), (60, 78, "XÃ TÂN PHÚ"), (300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                (330, 78, "Độc lập - Tự do - Hạnh phúc"), (60, 110, f"Số: {NUMBER}"),
                                (300, 110, "Tân Phú, ngày 12 tháng 3 năm 2026"), (260, 160, "KẾ HOẠCH"), (130, 180, TITLE),
                                (60, 220, "I. MỤC ĐÍCH, YÊU CẦU"), (60, 240, "Nâng cao hiệu quả quản lý nhà nước.")]]))


MAKERS = {"docx": _docx, "html": lambda p: _html(p, False), "word-html": lambda p: _html(p, True), "pdf": _pdf}
READ_AS = {"docx": "docx", "html": "html", "word-html": "html", "pdf": "pdf"}


@pytest.mark.parametrize("made, named", [("docx", ".doc"), ("docx", ".pdf"), ("html", ".doc"), ("word-html", ".doc"),
                                         ("html", ".txt"), ("html", ".pdf"), ("pdf", ".doc"), ("pdf", ".docx")])
def test_a_plan_saved_under_another_format_s_name_is_read_by_its_bytes(tmp_path, made, named):
    path = tmp_path / f"plan{named}"
    MAKERS[made](path)
    doc = process(path)
    assert (doc.metadata.doc_type, doc.metadata.number, doc.metadata.title) == ("Kế hoạch", NUMBER, TITLE)
    assert doc.metadata.issued_date == "2026-03-12"
    assert doc.origin.format == READ_AS[made]
    [warning] = [w for w in doc.warnings if w.code == "format_from_content"]
    assert f"'{named}'" in warning.message


@pytest.mark.parametrize("made, named", [("docx", ".docx"), ("html", ".html"), ("html", ".htm"), ("pdf", ".pdf")])
def test_a_file_named_for_its_format_gets_no_warning(tmp_path, made, named):
    path = tmp_path / f"plan{named}"
    MAKERS[made](path)
    doc = process(path)
    assert doc.metadata.number == NUMBER
    assert not [w for w in doc.warnings if w.code == "format_from_content"]


def test_text_that_mentions_html_stays_text(tmp_path):
    """Plain text is never taken for a page because it quotes a tag: only a document that opens as a page is one."""
    path = tmp_path / "plan.txt"
    path.write_text("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nSố: 45/KH-UBND\n<html> là thẻ mở đầu một trang web.\n", encoding="utf-8")
    assert content_format(path) is None
    assert process(path).origin.format == "txt"


@pytest.mark.parametrize("content, expected", [
    (b"%PDF-1.7\n", "pdf"), (b"\x00\x00junk%PDF-1.4\n", "pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "doc"),
    (b"{\\rtf1\\ansi KE HOACH}", "rtf"), (b"\x89PNG\r\n\x1a\n\x00", "png"), (b"\xff\xd8\xff\xe0", "jpeg"),
    (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"), (b"\xef\xbb\xbf  <!DOCTYPE HTML PUBLIC>", "html"), (b"\n<HTML>", "html"),
    (b"KE HOACH\n", None), (b"", None), (b"PK\x03\x04 not a zip", None)])
def test_content_format_reads_the_first_bytes(tmp_path, content, expected):
    path = tmp_path / "file.bin"
    path.write_bytes(content)
    assert content_format(path) == expected


def test_a_zip_that_is_no_word_document_is_left_to_the_named_reader(tmp_path):
    """A spreadsheet renamed ".docx" is no DOCX: the DOCX reader's own message, not another reader's."""
    path = tmp_path / "table.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert content_format(path) is None
    with pytest.raises(ReaderError, match="DOCX"):
        parsers.read(path)


def test_an_image_named_as_a_pdf_goes_to_the_image_reader(tmp_path, monkeypatch):
    """Which reader an image saved as ".pdf" reaches (the OCR itself is tested elsewhere)."""
    path = tmp_path / "scan.pdf"
    image_page([(60, 60, "KẾ HOẠCH")]).save(path, format="PNG")
    assert content_format(path) == "png"
    reached = []
    monkeypatch.setitem(parsers.READERS, ".png", _recording(reached, "ocr"))
    with pytest.raises(_Reached):
        parsers.read(path)
    assert reached == [path]


class _Reached(Exception):
    pass


def _recording(reached: list, module: str):
    def read(path):
        reached.append(path)
        raise _Reached

    read.module = f"parsers.{module}"
    return read


@needs(REALDOCS)
def test_a_word_97_file_renamed_docx_is_converted(tmp_path):
    path = tmp_path / "renamed.docx"
    shutil.copy(REALDOCS / "020_cantho-qd09-2010-khcn.doc", path)
    doc = process(path)
    assert doc.origin.format == "doc"
    assert doc.metadata.number == "09/2010/QĐ-UBND"
    assert [w.code for w in doc.warnings].count("format_from_content") == 1
