"""One call of the Tesseract program on an image, for the OCR reader and the handwriting check."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from pipeline.errors import SlowProgram

_PAGE_SEPARATOR = "\f"  # Tesseract's text output puts it between the images of one call, an empty reading's too


def _run(source: Path, args: tuple[str, ...], timeout: float, what: str) -> str:
    try:
        result = subprocess.run(["tesseract", str(source), "stdout", *args], capture_output=True, text=True,
                                env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SlowProgram(f"Tesseract did not read {what} within {timeout:g} s") from None
    return result.stdout


def run_tesseract(image: Image.Image, *args: str, timeout: float) -> str:
    """Tesseract's output (``stdout``) for ``image`` with the options ``args``, one thread per call (the reader runs
    pages in threads). A call over ``timeout`` seconds raises SlowProgram: the caller's file is read again later."""
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        return _run(png, args, timeout, f"a page image ({image.width}×{image.height} pixels)")


def run_tesseract_pages(images: list[Image.Image], *args: str, timeout: float) -> list[str]:
    """Tesseract's text output for each of ``images``, all read by one process (a list of image files): small images
    cost mostly the program's start-up, paid once here. Each image is read as by ``run_tesseract`` (its own page; the
    text model learns nothing from one page for the next); ``args`` must ask for text. Where the output does not part
    into one text per image, each image is read by a call of its own."""
    if len(images) == 1:
        return [run_tesseract(images[0], *args, timeout=timeout)]
    with tempfile.TemporaryDirectory() as tmp:
        pages = [Path(tmp) / f"{n}.png" for n in range(len(images))]
        for image, png in zip(images, pages):
            image.save(png)
        listing = Path(tmp) / "pages.txt"
        listing.write_text("".join(f"{png}\n" for png in pages), encoding="utf-8")
        texts = _run(listing, args, timeout, f"{len(images)} images").split(_PAGE_SEPARATOR)
    if len(texts) != len(images):
        return [run_tesseract(image, *args, timeout=timeout) for image in images]
    return texts
