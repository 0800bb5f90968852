"""Legacy word-processor files (.doc, .rtf, .odt): converted to DOCX by LibreOffice, then read as DOCX.

LibreOffice runs headless in a private profile, so several conversions can run at once. Where it is
not installed the file fails with the package to install; other formats are unaffected.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import ReaderError

from . import docx
from .common import origin_of

INSTALL = "apt-get install -y libreoffice-writer-nogui"
_TIMEOUT = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(path: Path):
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    program = soffice()
    if program is None:
        raise ReaderError(str(path), f"reading {Path(path).suffix} files needs LibreOffice, which is not installed: {INSTALL}")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"source{Path(path).suffix.lower()}"
        source.write_bytes(data)
        command = [program, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "docx",
                   "--outdir", tmp, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise ReaderError(str(path), f"LibreOffice did not convert the file within {_TIMEOUT} s") from None
        converted = Path(tmp) / "source.docx"
        if not converted.exists():
            raise ReaderError(str(path), "LibreOffice could not convert the file (corrupt or not a word-processor file)")
        doc = docx.read(converted)
    fmt = Path(path).suffix.lower().lstrip(".")
    return doc.model_copy(update={"origin": origin_of(Path(path), data, fmt)})
