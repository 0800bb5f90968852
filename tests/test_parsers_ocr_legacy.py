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
