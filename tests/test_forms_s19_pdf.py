"""One plan as PDFs made by other hands, each against the same plan as text: LibreOffice's export in other faces, as
PDF/A and tagged; a legal site's page printed by Chromium (its menu, the browser's header and footer); and the page
printed and scanned as offices scan (200 dpi, JPEG, a grey paper, a dusty glass, a sheet fed askew, a red seal over
the signer's name and the date). A field the scan does not show legibly comes out null with a warning, never as
another value.

What the scans lost, and the classes fixed (parsers/ocr.py, pipeline/stages/metadata.py):
- Tesseract reads the header's two columns as two blocks; sorted by their tops, a pixel apart, their lines
  interleaved ("VIỆT NAM", the motto's second line, inside the issuer): lines on one row are joined, then cut at the
  gutter (``same_rows``).
- Speckle (salt-and-pepper noise) made Tesseract read a page as punctuation: specks are taken out (``despeckled``).
- Tesseract reads "III." as "II." in serif faces (every plan's "III. TỔ CHỨC THỰC HIỆN"): the heading numeral's I's
  are counted in the image (``numeral_by_stems``).
- A seal's ring across a letter of the name: Tesseract reads another real name ("Hưng" for "Hương"), unsure in the
  page, sure in one reading of the block alone and not in the other: a name read unsure, or read differently by the
  readings, is not taken.

Heavier probes (more degradations, text layers that lie): scripts/probe_pdf_forms.py.
"""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from dataclasses import replace
from PIL import Image, ImageDraw, ImageFont

from conftest import write_in_form
from invariance import differences, metadata_summary, task_summary
from parsers import ocr
from parsers.ocr import Word, despeckled, in_column_order, numeral_by_stems, same_rows
from pdfmaker import (FONTS, as_jpeg, image_pdf, on_grey_paper, rendered, sealed, skewed, speckled, text_box)
from pipeline.model import Block, Document, Origin, Provenance
from pipeline.run import process
from task_layouts.render import convert

ISSUER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 317/KH-UBND"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 14 tháng 4 năm 2026"]
OPENING = ["KẾ HOẠCH", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
           "Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra.", "II. NHIỆM VỤ CỤ THỂ"]
TASKS = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
         ["1", "Rà soát phương án ứng phó với bão mạnh", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Tháng 5/2026"],
         ["2", "Tổ chức diễn tập cứu nạn trên biển", "Bộ Chỉ huy Quân sự tỉnh", "Sở Y tế; Công an tỉnh", "Quý III/2026"],
         ["3", "Kiểm tra an toàn hồ chứa nước", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Tháng 6/2026"]]
CLOSING = ["III. TỔ CHỨC THỰC HIỆN", "Các sở, ban, ngành và UBND các xã, phường tổ chức thực hiện Kế hoạch này./."]
RECIPIENTS = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, KT."]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thanh Hương"]
SERIF_FACES = {"Liberation Serif": "liberation2/LiberationSerif-Regular.ttf", "DejaVu Serif": "dejavu/DejaVuSerif.ttf",
               "Liberation Serif Bold": "liberation2/LiberationSerif-Bold.ttf"}


def plan_lines() -> list[str]:
    return [*ISSUER, *MOTTO, *OPENING, *("\t".join(row) for row in TASKS), *CLOSING, *RECIPIENTS, *SIGNATURE]


def plan_docx(path, face: str = "Times New Roman", points: int = 13):
    """The plan as offices type it in Word: the header and the closing in borderless two-column tables (columns
    left-aligned, so the motto wraps), the tasks in a ruled table, every run in ``face``."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = face, docx.shared.Pt(points)
    fonts = normal.element.get_or_add_rPr().find(docx.oxml.ns.qn("w:rFonts"))
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(docx.oxml.ns.qn(script), face)

    def two_columns(left: list[str], right: list[str]) -> None:
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "\n".join(left), "\n".join(right)

    two_columns(ISSUER, MOTTO)
    for line in OPENING:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TASKS), cols=len(TASKS[0]), style="Table Grid")
    for r, row in enumerate(TASKS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in CLOSING:
        document.add_paragraph(line)
    two_columns(RECIPIENTS, SIGNATURE)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    doc = process(write_in_form(tmp_path_factory.mktemp("text"), plan_lines(), "text"))
    assert (doc.metadata.number, doc.metadata.issued_date, doc.metadata.signer.name, len(doc.tasks)) == \
        ("317/KH-UBND", "2026-04-14", "Lê Thị Thanh Hương", 3)
    return doc


PDF_A_TAGGED = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}'


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The plan's DOCX exported by LibreOffice: in Times (Liberation), DejaVu Serif and Liberation Sans; and as PDF/A-2
    tagged."""
    if shutil.which("soffice") is None:
        pytest.skip("needs LibreOffice: apt-get install -y libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("exported")
    sources = [plan_docx(folder / "times.docx"), plan_docx(folder / "dejavu.docx", "DejaVu Serif", 12),
               plan_docx(folder / "sans.docx", "Liberation Sans", 12)]
    convert(sources, "pdf", folder)
    (folder / "pdfa").mkdir()
    convert(sources[:1], PDF_A_TAGGED, folder / "pdfa")
    return {"times": folder / "times.pdf", "dejavu": folder / "dejavu.pdf", "sans": folder / "sans.pdf",
            "pdfa-tagged": folder / "pdfa" / "times.pdf"}


@pytest.mark.parametrize("form", ["times", "dejavu", "sans", "pdfa-tagged"])
def test_libreoffice_exports_give_the_plan_as_the_text_does(exported, reference, form):
    # held before this change too: the faces, PDF/A and the tag tree change nothing the reader uses
    assert differences(reference, process(exported[form])) == []


def site_page(spacer_px: int) -> str:
    """The plan as a legal site shows it: a menu and a breadcrumb before it, an advertisement's space (``spacer_px``
    tall, pushing the plan onto a second page), the site's footer after it."""
    cells = "".join("<tr>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>" for row in TASKS)
    return ('<html><head><meta charset="utf-8"><title>Kế hoạch 317/KH-UBND năm 2026 tỉnh Quảng Trị</title><style>'
            "table.t{border-collapse:collapse} table.t td{border:1px solid #000} .h td{text-align:center;vertical-align:top}"
            "</style></head><body><div>Trang chủ | Văn bản pháp luật | Dự thảo | Hỏi đáp | Đăng nhập</div>"
            f'<div style="height:{spacer_px}px">Quảng cáo</div><div>Trang chủ &gt; Văn bản &gt; Kế hoạch</div>'
            f'<table class="h"><tr><td>{"<br>".join(ISSUER)}</td><td>{"<br>".join(MOTTO)}</td></tr></table>'
            + "".join(f"<p>{line}</p>" for line in OPENING) + f'<table class="t">{cells}</table>'
            + "".join(f"<p>{line}</p>" for line in CLOSING)
            + f'<table class="h"><tr><td style="text-align:left">{"<br>".join(RECIPIENTS)}</td><td>{"<br>".join(SIGNATURE)}'
            "</td></tr></table><div>Bản quyền thuộc Cổng thông tin. Điện thoại: 0233 3852 000</div></body></html>")


@pytest.mark.parametrize("spacer_px", [0, 820])
def test_a_site_page_printed_by_chromium_gives_the_plan_as_the_text_does(tmp_path, reference, spacer_px):
    # held before this change too: the browser's header (date, page title) and footer (URL, "1/2") are furniture
    if shutil.which("chromium") is None:
        pytest.skip("needs Chromium: apt-get install -y chromium (scripts/install-system-deps.sh test)")
    page = tmp_path / "ke-hoach-317-kh-ubnd-2026.html"
    page.write_text(site_page(spacer_px), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={tmp_path / 'printed.pdf'}",
                    page.as_uri()], capture_output=True, timeout=120, check=True)
    assert differences(reference, process(tmp_path / "printed.pdf")) == []


# -- Scans -----------------------------------------------------------------------------------------------------------


def _words(*lines: tuple[int, int, int, str]) -> list[list[Word]]:
    """Tesseract's lines as words: (left, top, line key, text), each word 12 px a letter, 30 px tall."""
    found = []
    for left, top, key, text in lines:
        words, x = [], left
        for token in text.split():
            words.append(Word(token, 95.0, x, top, x + 12 * len(token), top + 30, (key, 1, 1)))
            x += 12 * len(token) + 10
        found.append(words)
    return found


@pytest.mark.parametrize("motto_shift", [0, 1, 2])  # the motto's block a pixel or two below the issuer's (above: a known limit)
@pytest.mark.parametrize("motto_left", [700, 860])  # left-aligned at the middle, or centred in its column
def test_two_header_columns_read_as_two_blocks_are_not_interleaved(motto_shift, motto_left):
    issuer = [(120, 100, 1, "ỦY BAN NHÂN DÂN"), (120, 140, 1, "TỈNH QUẢNG TRỊ"), (120, 180, 1, "Số: 317/KH-UBND")]
    motto = [(motto_left, 100 + motto_shift, 2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), (motto_left, 140 + motto_shift, 2, "VIỆT NAM"),
             (motto_left, 180 + motto_shift, 2, "Độc lập - Tự do - Hạnh phúc")]
    lines = sorted(_words(*issuer, *motto), key=lambda ws: (min(w.top for w in ws), min(w.left for w in ws)))
    read = [" ".join(w.text for w in ws) for ws in in_column_order(same_rows(lines, 1400, 2000), 1400)]
    assert read == [text for *_, text in issuer + motto]


def test_lines_that_overlap_across_are_not_one_row():
    # a line and the next one's raised accent: one above the other, not side by side
    lines = _words((120, 100, 1, "Kiểm tra an toàn"), (120, 118, 2, "hồ chứa nước"))
    assert len(same_rows(lines, 1400, 2000)) == 2


@pytest.mark.parametrize("top", [640, 900, 1500])
def test_lines_side_by_side_below_the_header_zone_are_left_apart(top):
    # a closing page's number beside its place and date, a third of the way down: joined, the recipients under the
    # number made a two-column zone with it and the date went after them (realdocs2/103 lost its place)
    lines = _words((120, top, 1, "Số: 16/VBHN-BQP"), (760, top + 2, 2, "Hà Nội, ngày 05 tháng 5 năm 2026"))
    assert len(same_rows(lines, 1400, 2000)) == 2
    assert len(same_rows([[replace(w, top=w.top - top + 100, bottom=w.bottom - top + 100) for w in ws] for ws in lines], 1400, 2000)) == 1


def _page_image(dpi: int = 200) -> Image.Image:
    """A page of 13-point lines in grey, as ``ocr`` reads it."""
    scale = dpi / 72
    image = Image.new("L", (int(595 * scale), int(842 * scale)), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(str(FONTS / SERIF_FACES["Liberation Serif"]), int(13 * scale))
    for k, line in enumerate(plan_lines()[:14]):
        draw.text((60 * scale, (60 + 20 * k) * scale), line.replace("\t", "   "), fill=0, font=font)
    return image


def _specks_and_print(image: Image.Image) -> tuple[int, int]:
    """(bits of ink of 2 pixels or fewer, pixels of ink in the larger ones: the print)."""
    import numpy as np
    from scipy import ndimage

    ink = np.asarray(image) < 140
    labels, _ = ndimage.label(ink, np.ones((3, 3), bool))
    sizes = np.bincount(labels.ravel())[1:]
    return int((sizes <= 2).sum()), int(sizes[sizes > 2].sum())


@pytest.mark.parametrize("share, quality", [(0.001, 90), (0.002, 40), (0.004, 75)])
def test_specks_are_taken_out_and_the_print_kept(share, quality):
    clean = as_jpeg(_page_image().convert("RGB"), quality).convert("L")
    noisy = as_jpeg(speckled(_page_image().convert("RGB"), share), quality).convert("L")
    specks_before, _ = _specks_and_print(noisy)
    specks_after, print_after = _specks_and_print(despeckled(noisy, 200 / 72))
    assert specks_after < specks_before / 10
    assert abs(print_after - _specks_and_print(clean)[1]) < 0.05 * _specks_and_print(clean)[1]


@pytest.mark.parametrize("quality", [None, 30])
def test_a_page_with_the_specks_of_any_scan_is_left_as_it_is(quality):
    page = _page_image()
    page = as_jpeg(page.convert("RGB"), quality).convert("L") if quality else page
    assert despeckled(page, 200 / 72) is page


def _line_image(text: str, face: str, dpi: int) -> Image.Image:
    scale = dpi / 72
    image = Image.new("L", (int(380 * scale), int(24 * scale)), 255)
    ImageDraw.Draw(image).text((10 * scale, 4 * scale), text, fill=0,
                               font=ImageFont.truetype(str(FONTS / SERIF_FACES[face]), int(13 * scale)))
    return image


@pytest.mark.skipif(ocr.tesseract_problem() is not None, reason="needs Tesseract with Vietnamese (apt-get install -y tesseract-ocr-vie)")
@pytest.mark.parametrize("face", list(SERIF_FACES))
@pytest.mark.parametrize("heading", ["III. TỔ CHỨC THỰC HIỆN", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "VIII. KINH PHÍ THỰC HIỆN",
                                     "XIII. ĐIỀU KHOẢN THI HÀNH"])
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_heading_numeral_has_as_many_letters_as_printed(face, heading, dpi):
    image = _line_image(heading, face, dpi)
    first = sorted(ocr.read_words(image, "7"), key=lambda w: w.left)[0]
    numeral, read = heading.split()[0].rstrip("."), first.text.rstrip(".")
    # right (its period may be lost), or (letters touching) short and so left as read: never more letters
    assert numeral_by_stems(first, image).text.rstrip(".") in (numeral, read if len(read) < len(numeral) else numeral)


@pytest.mark.parametrize("read, printed", [("I.MỤC", "I. MỤC"), ("IV.KINH", "IV. KINH"), ("I.Mục", "I.Mục"), ("I.5", "I.5")])
def test_a_heading_numeral_glued_to_its_first_word_is_set_apart(read, printed):
    word = Word(read, 90.0, 0, 0, 10, 10, (1, 1, 1))
    assert numeral_by_stems(word, Image.new("L", (20, 20), 255)).text == printed


def _block(text: str, unsure: tuple[str, ...] = ()) -> Block:
    # inside the crop read (300-500): a line reaching its edge may go on past it (s57: not taken as a name)
    return Block(id="r0001", orig=text, text=text, prov=Provenance(reader="ocr", page=1, bbox=(330.0, 500.0, 470.0, 520.0),
                                                                   ocr_confidence=90.0, ocr_unsure=list(unsure)))


@pytest.mark.parametrize("names, taken", [
    (["Lê Thị Thanh Hương", "Lê Thị Thanh Hưng"], None),  # a seal's ring across the "ơ" in one reading
    (["Nguyễn Văn Toản", "Nguyễn Văn Toàn"], None),
    (["Nguyễn Văn Toàn", "Nguyễn Văn Toàn"], "Nguyễn Văn Toàn"),
    (["Trần Minh Đức", None], "Trần Minh Đức"),  # a reading that gives no name does not count against one
])
def test_a_name_the_readings_of_the_signature_give_differently_is_not_taken(monkeypatch, names, taken):
    from pipeline.stages import metadata

    readings = [[_block(line) for line in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", *([name] if name else [])]] for name in names]
    monkeypatch.setattr(ocr, "read_region", lambda path, page, box, turned=0: readings)
    scan = Document(origin=Origin(path="scan.pdf", name="scan.pdf", format="pdf-ocr", sha256="0" * 64, size=1), blocks=[])
    name, chain, _ = metadata._column_reading(scan, 1, (300.0, 450.0, 500.0, 540.0), [])
    assert (name[0] if name else None, chain[0].title if chain else None) == (taken, "Phó Chủ tịch")


@pytest.mark.parametrize("unsure, taken", [((), True), (("Hưng",), False), (("Thanh",), False), (("CHỦ",), True)])
def test_a_name_read_unsure_is_not_taken(unsure, taken):
    from pipeline.stages.metadata import _spelt_right

    assert _spelt_right(_block("Lê Thị Thanh Hưng", unsure), "Lê Thị Thanh Hưng") is taken


# -- The plan printed and scanned, end to end (one OCR'd page: ~15 s) ---------------------------------------------------


@pytest.fixture(scope="module")
def scanned(exported, tmp_path_factory):
    """The plan printed and scanned at 200 dpi on grey paper through a dusty glass, fed 1.5° askew, stored as JPEG
    (quality 40), a red seal over the signer's name and another over the date."""
    if ocr.tesseract_problem():
        pytest.skip(ocr.tesseract_problem())
    printed, dpi = exported["times"], 200
    seals = [text_box(printed, text) for text in (SIGNATURE[-1], "ngày 14 tháng 4")]
    centres = [((x0 + x1) / 2, (top + bottom) / 2 - 6) for x0, top, x1, bottom in seals]
    pages = [as_jpeg(skewed(speckled(on_grey_paper(sealed(page, centres, dpi)), 0.002), 1.5), 40)
             for page in rendered(printed, dpi)]
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(image_pdf(pages, dpi))
    return process(path)


@pytest.mark.xfail(strict=True, reason="known limit: the motto's OCR block a pixel above the issuer's still interleaves ('VIỆT NAM' in the issuer); joining both orders lost 103's issuer and 120's title")
def test_a_degraded_scan_gives_each_field_right_or_null(scanned, reference):
    got, want = metadata_summary(scanned), metadata_summary(reference)
    wrong = {k: (got[k], want[k]) for k in want if got[k] != want[k] and got[k] not in (None, "", [])}
    assert wrong == {}
    # what the seals leave legible is read: the header's left column, the title, the recipients
    legible = ("doc_type", "number", "issuer", "title", "authority", "recipients")
    assert {k: got[k] for k in legible} == {k: want[k] for k in legible}
    codes = {w.code for w in scanned.warnings}
    assert got["signer"] is not None or {"signer_name_unreadable", "missing_signer_name"} & codes
    assert got["issued_date"] is not None or {"issue_date_handwritten", "missing_issue_date"} & codes


def test_a_degraded_scan_gives_the_tasks_and_the_sections(scanned, reference):
    assert [s.id for s in scanned.sections] == [s.id for s in reference.sections]
    assert [(t[2], t[3], t[4]) for t in task_summary(scanned)] == [(t[2], t[3], t[4]) for t in task_summary(reference)]
