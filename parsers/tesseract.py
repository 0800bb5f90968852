"""One call of the Tesseract program on an image, for the OCR reader and the handwriting check."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from pipeline.errors import SlowProgram


def run_tesseract(image: Image.Image, *args: str, timeout: float) -> str:
    """Tesseract's output (``stdout``) for ``image`` with the options ``args``, one thread per call (the reader runs
    pages in threads). A call over ``timeout`` seconds raises SlowProgram: the caller's file is read again later."""
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        try:
            result = subprocess.run(["tesseract", str(png), "stdout", *args], capture_output=True, text=True,
                                    env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise SlowProgram(f"Tesseract did not read a page image ({image.width}×{image.height} pixels) "
                              f"within {timeout:g} s") from None
    return result.stdout
