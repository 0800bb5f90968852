"""What every reader needs: the file's origin (name, hash, size)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.model import Origin


def origin_of(path: Path, data: bytes, fmt: str) -> Origin:
    return Origin(path=str(path), name=path.name, format=fmt, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
