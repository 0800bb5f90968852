"""The plan of tests/test_forms_s19_pdf.py in every PDF form it builds and more (minutes: each scan is OCR'd), each
compared with the plan as text: what goes missing or wrong per form.

    OMP_THREAD_LIMIT=1 .venv/bin/python scripts/probe_pdf_forms.py [FORM ...]

Forms: LibreOffice's export (Times, DejaVu Serif, Liberation Sans; PDF/A-2 tagged), Chromium's print of a site's page
(on one page, on two), scans (150 and 200 dpi, JPEG 30-50, askew 2-3°, grey paper, speckle, upside down, red seals,
two pages a sheet) and text layers that lie (a scanner's invisible OCR layer with wrong figures, lines drawn out of
reading order, fonts without their ToUnicode map).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PIL import Image  # noqa: E402

from conftest import write_in_form  # noqa: E402
from invariance import differences  # noqa: E402
from pdfmaker import (as_jpeg, image_pdf, on_grey_paper, rendered, scan_pdf, sealed, skewed, speckled,  # noqa: E402
                      text_box, text_pdf)
from task_layouts.render import convert  # noqa: E402
from test_forms_s19_pdf import PDF_A_TAGGED, SIGNATURE, plan_docx, plan_lines, site_page  # noqa: E402

from pipeline.run import process  # noqa: E402


def two_up(pages: list[Image.Image]) -> list[Image.Image]:
    """Two pages a landscape sheet, shrunk to fit."""
    width, height = pages[0].size
    sheets = []
    for i in range(0, len(pages), 2):
        sheet = Image.new("RGB", (2 * width, height), "white")
        for k, page in enumerate(pages[i : i + 2]):
            sheet.paste(page, (k * width, 0))
        sheets.append(sheet.resize((int(2 * width * 0.71), int(height * 0.71))))
    return sheets


def without_tounicode(pdf: Path, out: Path) -> Path:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object().pop(NameObject("/ToUnicode"), None)
    writer.write(str(out))
    return out


def forms(folder: Path) -> dict[str, Path]:
    sources = [plan_docx(folder / "times.docx"), plan_docx(folder / "dejavu.docx", "DejaVu Serif", 12),
               plan_docx(folder / "sans.docx", "Liberation Sans", 12)]
    convert(sources, "pdf", folder)
    (folder / "pdfa").mkdir()
    convert(sources[:1], PDF_A_TAGGED, folder / "pdfa")
    made = {"lo-times": folder / "times.pdf", "lo-dejavu": folder / "dejavu.pdf", "lo-sans": folder / "sans.pdf",
            "lo-pdfa-tagged": folder / "pdfa" / "times.pdf"}
    if shutil.which("chromium"):
        for name, spacer in (("chromium", 0), ("chromium-2pages", 820)):
            page = folder / f"{name}-ke-hoach-317-kh-ubnd.html"
            page.write_text(site_page(spacer), encoding="utf-8")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={folder / name}.pdf",
                            page.as_uri()], capture_output=True, timeout=120)
            made[name] = folder / f"{name}.pdf"
    printed = made["lo-times"]
    seals = [text_box(printed, text) for text in (SIGNATURE[-1], "ngày 14 tháng 4")]
    centres = [((x0 + x1) / 2, (top + bottom) / 2 - 6) for x0, top, x1, bottom in seals]
    scans = {
        "scan150-jpeg40": (150, lambda p: as_jpeg(p, 40)),
        "scan200-jpeg30-skew2": (200, lambda p: as_jpeg(skewed(p, 2), 30)),
        "scan200-skew3-jpeg50": (200, lambda p: as_jpeg(skewed(p, -3), 50)),
        "scan200-grey": (200, on_grey_paper),
        "scan200-speckle": (200, lambda p: speckled(p, 0.001)),
        "scan200-grey-speckle": (200, lambda p: speckled(on_grey_paper(p), 0.004)),
        "scan200-upside-down": (200, lambda p: p.rotate(180)),
        "scan200-seals": (200, lambda p: sealed(p, centres, 200)),
    }
    for name, (dpi, degrade) in scans.items():
        made[name] = folder / f"{name}.pdf"
        made[name].write_bytes(image_pdf([degrade(p) for p in rendered(printed, dpi)], dpi))
    made["scan-two-a-sheet"] = folder / "two-up.pdf"
    made["scan-two-a-sheet"].write_bytes(image_pdf(two_up(rendered(printed, 300)), 300))
    lines = plan_lines()
    wrong = [line.replace("317", "377").replace("2026", "2028") for line in lines]
    made["layer-wrong-figures"] = folder / "layer-wrong.pdf"
    made["layer-wrong-figures"].write_bytes(scan_pdf([rendered(printed, 200)[0]], ["\n".join(wrong)]))
    rows = [(60.0, 40.0 + 16 * k, text) for k, text in enumerate(lines)]
    random.Random(3).shuffle(rows)
    made["layer-out-of-order"] = folder / "shuffled.pdf"
    made["layer-out-of-order"].write_bytes(text_pdf([rows], size=10))
    made["layer-no-tounicode"] = without_tounicode(printed, folder / "no-tounicode.pdf")
    return made


def main(only: set[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reference = process(write_in_form(folder, plan_lines(), "text"))
        for name, path in forms(folder).items():
            if only and name not in only:
                continue
            started = time.time()
            try:
                doc = process(path)
            except Exception as error:  # a form refused is a finding too
                print(f"== {name}: {type(error).__name__}: {error}")
                continue
            found = differences(reference, doc)
            print(f"== {name} ({time.time() - started:.0f} s): {'same as the text' if not found else ''}")
            for line in found:
                print("   ", line)
            print("    warnings:", sorted({w.code for w in doc.warnings}))


if __name__ == "__main__":
    main(set(sys.argv[1:]))
