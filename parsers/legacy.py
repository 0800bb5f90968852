"""Legacy word-processor files (.doc, .rtf, .odt): converted to DOCX by LibreOffice, then read as DOCX.

LibreOffice runs headless in a private profile, so several conversions can run at once. A document must not
make it touch the network (a linked image, a stylesheet, a field that updates from a URL would tell a server the
file was opened): the profile blocks remote content, link and field updates and macros and sends every protocol
to a closed proxy (``pipeline/data/libreoffice_offline.xcu``), and where the machine allows it LibreOffice runs in
namespaces of its own (``sandbox``): no network at all, and all its processes killed when the conversion ends,
times out or its worker dies. Where it is not installed the file fails with the package to install; other
formats are unaffected.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from pipeline.resources import data_bytes

from pipeline.errors import MissingProgram, ReaderError

from . import content_format, docx
from .common import origin_of

INSTALL = "apt-get install -y libreoffice-writer-nogui"
_TIMEOUT = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@cache
def sandbox() -> tuple[str, ...]:
    """The command prefix that runs LibreOffice in a network namespace with no network, and in a PID namespace
    whose processes the kernel kills when the conversion ends (``--kill-child``) or the worker dies
    (``setpriv --pdeathsig``); as root, or as a user where user namespaces are allowed. () where neither works:
    the profile's settings still keep it offline."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    setpriv = shutil.which("setpriv")
    parent_death = (setpriv, "--pdeathsig", "KILL") if setpriv else ()
    for user in ((), ("--map-root-user",)):
        prefix = (*parent_death, unshare, *user, "--net", "--pid", "--fork", "--kill-child")
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=10).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            continue
    return ()


def convert(source: Path, out_dir: Path, profile: Path) -> bool:
    """Convert ``source`` to DOCX in ``out_dir`` with LibreOffice kept offline; False when it timed out."""
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_bytes(data_bytes("libreoffice_offline.xcu"))
    command = [*sandbox(), soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "docx",
               "--outdir", str(out_dir), str(source)]
    # its own session, so that a timeout kills every process it started (soffice runs soffice.bin as a child)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=_TIMEOUT)
        return True
    except subprocess.TimeoutExpired:
        return False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def read(path: Path):
    data = Path(path).read_bytes()
    if not data:
        raise ReaderError(str(path), "empty file")
    if soffice() is None:
        raise MissingProgram(str(path), f"reading {Path(path).suffix} files needs LibreOffice, which is not installed: {INSTALL}")
    # the format its bytes say (an RTF saved as ".doc" is converted as RTF), else its name's
    fmt = content_format(path) or Path(path).suffix.lower().lstrip(".")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"source.{fmt}"
        source.write_bytes(data)
        if not convert(source, Path(tmp), Path(tmp) / "profile"):
            raise ReaderError(str(path), f"LibreOffice did not convert the file within {_TIMEOUT} s")
        converted = Path(tmp) / "source.docx"
        if not converted.exists():
            raise ReaderError(str(path), "LibreOffice could not convert the file (corrupt or not a word-processor file)")
        doc = docx.read(converted)
    return doc.model_copy(update={"origin": origin_of(Path(path), data, fmt)})
