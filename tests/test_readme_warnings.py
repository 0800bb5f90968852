"""Every warning code the readers and stages can give is explained in the README's warning table (a clerk reading
review.json or a researcher querying `warnings` looks it up there). Codes are found in the source as ``_warn("code"``
and ``code="code"``."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CODE = re.compile(r'(?:_warn\(|\bcode=)"([a-z_]+)"')


def test_every_warning_code_is_in_the_readme():
    codes = {code for folder in ("pipeline", "parsers") for path in (ROOT / folder).rglob("*.py")
             for code in _CODE.findall(path.read_text(encoding="utf-8"))}
    assert len(codes) > 50  # the pattern still finds the codes
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sorted(code for code in codes if f"`{code}`" not in readme) == []
