import os
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers
from parsers import legacy, ocr
from pipeline.errors import ReaderError

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
LINES = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 122/KH-UBND", "KẾ HOẠCH", "Cải thiện Chỉ số hiệu quả quản trị năm 2020"]


def page_image(rotate: int = 0) -> Image.Image:
    font = ImageFont.truetype(str(FONT), 44)
    image = Image.new("L", (2000, 900), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(LINES):
        draw.text((120, 80 + i * 130), line, font=font, fill=0)
    return image.rotate(rotate, expand=True) if rotate else image


needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} missing: apt-get install -y fonts-dejavu-core")


@needs_tesseract
@needs_font
@pytest.mark.parametrize("rotate", [0, 90], ids=["upright", "rotated"])
def test_ocr_reads_an_image_line_by_line(tmp_path, rotate):
    path = tmp_path / "page.png"
    page_image(rotate).save(path)
    doc = parsers.read(path)
    assert [b.orig for b in doc.blocks] == LINES
    assert all(b.prov.ocr_confidence > 80 and b.prov.page == 1 and b.prov.bbox for b in doc.blocks)


def test_missing_tesseract_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr.tesseract_problem.cache_clear()
    path = tmp_path / "page.png"
    Image.new("L", (10, 10), 255).save(path)
    try:
        with pytest.raises(ReaderError, match="apt-get install -y tesseract-ocr tesseract-ocr-vie"):
            ocr.read(path)
    finally:
        ocr.tesseract_problem.cache_clear()


def test_an_image_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "MAX_PIXELS", 100)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)  # ocr.read lowers PIL's limit: restored after
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)
    path = tmp_path / "big.png"
    Image.new("L", (100, 100), 255).save(path)
    with pytest.raises(ReaderError, match="not a readable image"):
        ocr.read(path)


def test_missing_libreoffice_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    with pytest.raises(ReaderError, match="apt-get install -y libreoffice-writer-nogui"):
        legacy.read(path)


def test_an_image_over_the_limit_but_under_twice_it_is_refused(tmp_path, monkeypatch):
    """Pillow only refuses an image over twice Image.MAX_IMAGE_PIXELS; the limit is kept exactly, frame by frame."""
    monkeypatch.setattr(ocr, "MAX_PIXELS", 6000)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", Image.MAX_IMAGE_PIXELS)  # ocr.read lowers PIL's limit: restored after
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)
    path = tmp_path / "big.png"
    Image.new("L", (100, 100), 255).save(path)  # 10,000 pixels: under 12,000, over 6,000
    with pytest.raises(ReaderError, match="image too large"):
        ocr.read(path)
    frames = tmp_path / "frames.tif"
    Image.new("L", (10, 10), 255).save(frames, save_all=True, append_images=[Image.new("L", (100, 100), 255)])
    with pytest.raises(ReaderError, match="image too large"):
        ocr.read(frames)


def blank_pdf(path: Path, pages: int, width: float = 595, height: float = 842) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=width, height=height)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_a_huge_page_is_rendered_within_the_pixel_cap_with_a_warning():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(Path(__file__).parent / "bad_inputs" / "huge_page.pdf"))  # 14400 x 14400 points
    warnings = []
    [(page_no, image, scale)] = list(ocr.rendered(Path("huge_page.pdf"), pdf, warnings))
    assert image.width * image.height <= ocr.MAX_PAGE_PIXELS and scale < ocr.DPI / 72
    assert [w.code for w in warnings] == ["page_downscaled"] and "5080×5080 mm" in warnings[0].message


def test_an_a3_page_is_rendered_at_300_dpi(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(blank_pdf(tmp_path / "a3.pdf", 1, 842, 1191)))
    warnings = []
    [(_, image, scale)] = list(ocr.rendered(tmp_path / "a3.pdf", pdf, warnings))
    assert scale == ocr.DPI / 72 and warnings == [] and abs(image.width - 842 * ocr.DPI / 72) <= 1


def test_scan_pages_are_rendered_as_they_are_read_not_all_first(tmp_path, monkeypatch):
    import threading
    import time

    import pypdfium2 as pdfium

    alive = {"now": 0, "most": 0}
    lock = threading.Lock()
    real_rendered = ocr.rendered

    def rendered_pages(*args):
        for item in real_rendered(*args):  # a page is alive from its rendering until it is read
            with lock:
                alive["now"] += 1
                alive["most"] = max(alive["most"], alive["now"])
            yield item

    def read_page(image, page_no, first_id, scale, warnings=None):
        time.sleep(0.2)  # Tesseract is far slower than rendering
        with lock:
            alive["now"] -= 1
        return []

    monkeypatch.setattr(ocr, "tesseract_problem", lambda: None)
    monkeypatch.setattr(ocr, "rendered", rendered_pages)
    monkeypatch.setattr(ocr, "page_blocks", read_page)
    path = blank_pdf(tmp_path / "scan.pdf", 12, 100, 100)
    ocr.read_pdf(path, path.read_bytes(), pdfium.PdfDocument(str(path)), reason="no text layer")
    threads = max(1, os.cpu_count() or 1)
    assert alive["now"] == 0 and alive["most"] <= threads + 1


class Listener:
    """An HTTP server on 127.0.0.1 that records every request it gets."""

    def __init__(self):
        import http.server
        import threading

        self.requests: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                listener.requests.append(self.path)
                self.send_response(404)
                self.end_headers()

            do_HEAD = do_POST = do_PROPFIND = do_OPTIONS = do_GET

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def files_that_reach_out(folder: Path, port: int) -> list[Path]:
    """An .odt with a linked image and a linked section, an HTML page saved as .doc with a stylesheet, an image
    and a frame, and an .rtf whose field includes a picture from a URL: each made LibreOffice send requests."""
    import zipfile

    url = f"http://127.0.0.1:{port}"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"><office:body><office:text>'
        '<text:p>KẾ HOẠCH số 12/KH-UBND</text:p><text:p><draw:frame draw:name="i1" svg:width="2cm" svg:height="2cm">'
        f'<draw:image xlink:href="{url}/odt-image.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        f'</draw:frame></text:p><text:section text:name="s1"><text:section-source xlink:href="{url}/odt-section.odt" '
        'xlink:type="simple"/></text:section></office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    odt = folder / "linked.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    page = folder / "page.doc"
    page.write_text(f'<html><head><link rel="stylesheet" href="{url}/style.css"></head><body><p>KẾ HOẠCH</p>'
                    f'<img src="{url}/html-image.png"><iframe src="{url}/frame.html"></iframe></body></html>', encoding="utf-8")
    rtf = folder / "field.rtf"
    rtf.write_text(r'{\rtf1\ansi {\field{\*\fldinst INCLUDEPICTURE "' + url + r'/rtf-picture.png" \\d}{\fldrslt }}\par KE HOACH\par}',
                   encoding="ascii")
    return [odt, page, rtf]


@pytest.mark.skipif(legacy.soffice() is None, reason=f"LibreOffice not installed: {legacy.INSTALL}")
@pytest.mark.parametrize("sandboxed", [True, False], ids=["in namespaces", "profile settings alone"])
def test_libreoffice_never_touches_the_network(tmp_path, monkeypatch, sandboxed):
    if not sandboxed:
        monkeypatch.setattr(legacy, "sandbox", lambda: ())
    elif not legacy.sandbox():
        pytest.skip("this machine allows no namespaces: the settings alone are tested")
    listener = Listener()
    try:
        for path in files_that_reach_out(tmp_path, listener.port):
            try:
                legacy.read(path)
            except ReaderError:
                pass  # converted or not, what matters is that nothing went out
    finally:
        listener.close()
    assert listener.requests == []


@pytest.mark.skipif(legacy.soffice() is None, reason=f"LibreOffice not installed: {legacy.INSTALL}")
def test_a_conversion_that_times_out_leaves_no_process_behind(tmp_path, monkeypatch):
    import functools
    import tempfile

    monkeypatch.setattr(legacy, "_TIMEOUT", 0.3)
    monkeypatch.setattr(legacy.tempfile, "TemporaryDirectory", functools.partial(tempfile.TemporaryDirectory, dir=tmp_path))
    path = tmp_path / "old.rtf"
    path.write_text(r"{\rtf1\ansi KE HOACH\par}", encoding="ascii")
    with pytest.raises(ReaderError, match="did not convert the file within"):
        legacy.read(path)
    time.sleep(0.5)
    running = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(tmp_path).encode() in cmdline.read_bytes():
                running.append(cmdline.parent.name)
        except OSError:
            continue
    assert running == []


@needs_tesseract
@needs_font
def test_tesseract_over_its_time_limit_names_the_file_and_the_file_is_read_again(tmp_path, monkeypatch):
    """A page Tesseract does not finish in time (an overloaded machine as often as the file) fails that file with its
    name and the reason, not a bare TimeoutExpired; the next run reads it again, as for a missing program."""
    from pipeline import ingest as ingest_module
    from pipeline.errors import ProgramTimedOut
    from pipeline.run import process

    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "page.png"
    page_image().save(path)
    monkeypatch.setattr(ocr, "_TIMEOUT", 0.001)
    with pytest.raises(ProgramTimedOut, match=r"page\.png: Tesseract did not read a page image .* within 0\.001 s"):
        process(path)
    args = dict(db_path=tmp_path / "p.db", json_dir=None, workers=1)
    first = ingest_module.ingest([tmp_path / "in"], **args)
    assert [name for name, _ in first.failures] == [str(path)] and "Tesseract did not read" in first.failures[0][1]
    monkeypatch.setattr(ocr, "_TIMEOUT", 120)
    again = ingest_module.ingest([tmp_path / "in"], **args)
    assert again.failed_before == 0 and again.failures == [] and again.ok


@needs_tesseract
@needs_font
@pytest.mark.parametrize("name, fmt", [("page.webp", "WEBP"), ("page.jfif", "JPEG"), ("page.bmp", "BMP"),
                                       ("page.txt", "WEBP")])  # a WebP saved under another name is read by its bytes
def test_an_image_in_another_common_format_is_read(tmp_path, name, fmt):
    path = tmp_path / name
    page_image(0).save(path, format=fmt, **({"lossless": True} if fmt == "WEBP" else {"quality": 95} if fmt == "JPEG" else {}))
    doc = parsers.read(path)
    assert [b.orig for b in doc.blocks] == LINES
