"""One call of the Tesseract program on an image, for the OCR reader and the handwriting check.

With the environment variable ``KEHOACH_OCR_CACHE`` set to a folder (``kehoach ingest --ocr-cache DIR`` sets it),
Tesseract's output is kept there by what it depends on alone: the images' bytes as given to Tesseract, the options,
Tesseract's version and its trained models. Reading a scan again after kehoach changed then costs the readers' time,
not Tesseract's. A call cut short by its time limit, or that failed, is never kept."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from PIL import Image

from pipeline.errors import SlowProgram

_PAGE_SEPARATOR = "\f"  # Tesseract's text output puts it between the images of one call, an empty reading's too

OCR_CACHE_VARIABLE = "KEHOACH_OCR_CACHE"
_CACHE_FORMAT = b"kehoach-ocr-cache 1\n"  # part of every key: a new layout of the entries never reads an old one


def _run(images: list[bytes], args: tuple[str, ...], timeout: float, what: str) -> str:
    """Tesseract's output (``stdout``) for the PNG files ``images``: one image is given as its file, several as a list
    of files (one process reads them all). From the OCR cache when it is on and holds the call."""
    folder = ocr_cache_folder()
    key = _cache_key(images, args) if folder else None
    if key and (kept := _cached(folder, key)) is not None:
        return kept
    with tempfile.TemporaryDirectory() as tmp:
        if len(images) == 1:
            source = Path(tmp) / "page.png"
            source.write_bytes(images[0])
        else:
            pages = [Path(tmp) / f"{n}.png" for n in range(len(images))]
            for png, page in zip(images, pages):
                page.write_bytes(png)
            source = Path(tmp) / "pages.txt"
            source.write_text("".join(f"{page}\n" for page in pages), encoding="utf-8")
        try:
            result = subprocess.run(["tesseract", str(source), "stdout", *args], capture_output=True, text=True,
                                    env={**os.environ, "OMP_THREAD_LIMIT": "1"}, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise SlowProgram(f"Tesseract did not read {what} within {timeout:g} s") from None
    if key and result.returncode == 0:
        _keep(folder, key, result.stdout)
    return result.stdout


def _png(image: Image.Image) -> bytes:
    """The bytes of ``image`` as a PNG file, as Tesseract is given it."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def run_tesseract(image: Image.Image, *args: str, timeout: float) -> str:
    """Tesseract's output (``stdout``) for ``image`` with the options ``args``, one thread per call (the reader runs
    pages in threads). A call over ``timeout`` seconds raises SlowProgram: the caller's file is read again later."""
    return _run([_png(image)], args, timeout, f"a page image ({image.width}×{image.height} pixels)")


def run_tesseract_pages(images: list[Image.Image], *args: str, timeout: float) -> list[str]:
    """Tesseract's text output for each of ``images``, all read by one process (a list of image files): small images
    cost mostly the program's start-up, paid once here. Each image is read as by ``run_tesseract`` (its own page; the
    text model learns nothing from one page for the next); ``args`` must ask for text. Where the output does not part
    into one text per image, each image is read by a call of its own."""
    if len(images) == 1:
        return [run_tesseract(images[0], *args, timeout=timeout)]
    texts = _run([_png(image) for image in images], args, timeout, f"{len(images)} images").split(_PAGE_SEPARATOR)
    if len(texts) != len(images):
        return [run_tesseract(image, *args, timeout=timeout) for image in images]
    return texts


# The OCR cache: one small file per call, its text compressed, named by the call's key.

def ocr_cache_folder() -> Path | None:
    """The OCR cache's folder, or None when the cache is off (the default)."""
    folder = os.environ.get(OCR_CACHE_VARIABLE, "").strip()
    return Path(folder) if folder else None


@functools.cache  # once per process: two short calls of the program
def _tesseract_identity() -> bytes | None:
    """What Tesseract's output depends on besides the image and the options: its version (with its libraries') and
    the trained models it would load (path, size and modification time of each). None when Tesseract cannot say,
    and then nothing is cached."""
    try:
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=60)
        languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    folder = re.search(r'"([^"]+)"', languages.stdout + languages.stderr)  # List of available languages in "DIR/"
    if version.returncode != 0 or languages.returncode != 0 or folder is None:
        return None
    models = []
    for model in sorted(Path(folder.group(1)).glob("*.traineddata")):
        stat = model.stat()
        models.append(f"{model.resolve()}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return "\n".join([version.stdout + version.stderr, *models]).encode("utf-8", "surrogateescape")


def _cache_key(images: list[bytes], args: tuple[str, ...]) -> str | None:
    identity = _tesseract_identity()
    if identity is None:
        return None
    key = hashlib.sha256(_CACHE_FORMAT)
    for part in (identity, "\0".join(args).encode("utf-8", "surrogateescape")):
        key.update(hashlib.sha256(part).digest())
    for png in images:  # their order and number too: several images are one call's list of pages
        key.update(hashlib.sha256(png).digest())
    return key.hexdigest()


def _entry(folder: Path, key: str) -> Path:
    return folder / key[:2] / f"{key}.txt.z"


def _cached(folder: Path, key: str) -> str | None:
    """The output kept for ``key``, or None: none kept, or an entry that cannot be read (it is written again)."""
    try:
        return zlib.decompress(_entry(folder, key).read_bytes()).decode("utf-8")
    except (OSError, zlib.error, UnicodeDecodeError):
        return None


def _keep(folder: Path, key: str, text: str) -> None:
    """``text`` kept for ``key``, written whole under another name then renamed: a reader, or another process
    keeping the same call, never sees half an entry. A cache that cannot be written leaves the reading as it is."""
    entry = _entry(folder, key)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=f".{key[:16]}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(zlib.compress(text.encode("utf-8")))
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass
