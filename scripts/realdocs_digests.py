"""Digests of the JSON export of every real document in ../shared/realdocs and ../shared/realdocs2, so that a
change meant only for speed that alters any output is caught (tests/test_output_identical.py compares).

    .venv/bin/python scripts/realdocs_digests.py            # compare with tests/data/realdocs_digests.json
    .venv/bin/python scripts/realdocs_digests.py --write    # rewrite it (read each changed JSON first)
    .venv/bin/python scripts/realdocs_digests.py --cache output/evaluate-cache   # scans read once, with evaluate_realdocs

Tesseract's output is kept in output/ocr-cache, as scripts/evaluate_realdocs.py keeps it (``--ocr-cache DIR``,
``--no-ocr-cache``): a document read again after a change of the code is not OCR'd again.

Each document is read from the folder above the real-document folders with a relative path
("realdocs/003_….pdf"), so the digest does not depend on where the checkout is. The JSON itself goes to
output/realdocs-json/ for diffing against the previous run when a digest changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.errors import PipelineError  # noqa: E402
from pipeline.outputs.export import dumps  # noqa: E402
from pipeline.run import admissible, process, run_stages  # noqa: E402
from scripts.evaluate_realdocs import add_ocr_cache_options, read_cached, use_ocr_cache  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = ("realdocs", "realdocs2")
DIGESTS = ROOT / "tests" / "data" / "realdocs_digests.json"
JSON_OUT = ROOT / "output" / "realdocs-json"
SUFFIXES = {".pdf", ".docx", ".doc", ".html", ".htm", ".txt"}


def documents(folders=FOLDERS) -> list[str]:
    """Relative names ("realdocs/vbpl-html/doc_000041.html") of every real document present."""
    names: list[str] = []
    for folder in folders:
        base = SHARED / folder
        if base.exists():
            names += sorted(str(p.relative_to(SHARED)) for p in base.rglob("*") if p.suffix.lower() in SUFFIXES)
    return names


def relative_name(name: str, parser: argparse.ArgumentParser) -> str:
    """A document's name as the digests key it ("realdocs/003_….pdf"); a path to it is taken too. Anything else is
    refused: an absolute key would never match the stored one and its JSON would be written beside the source."""
    path = Path(name)
    if path.is_absolute():
        if not path.resolve().is_relative_to(SHARED.resolve()):
            parser.error(f"{name}: not under {SHARED}")
        name = str(path.resolve().relative_to(SHARED.resolve()))
    if name not in documents():
        parser.error(f"{name}: not a real document (give names like realdocs/003_….pdf, under {SHARED})")
    return name


def export(name: str, cache: Path | None = None) -> str:
    """The JSON export of one real document, or the refusal's message (a refused page must stay refused). With
    ``cache``, the readers' output is taken from (and put in) scripts/evaluate_realdocs.py's cache, kept by the file's
    bytes and the readers' code: a scan is OCR'd once for both scripts; the stages always run."""
    cwd = os.getcwd()
    os.chdir(SHARED)
    try:
        if cache is None:
            return dumps(process(Path(name)))
        return dumps(admissible(run_stages(read_cached(Path(name), cache))))
    except PipelineError as error:
        return f"refused: {type(error).__name__}: {error}\n"
    finally:
        os.chdir(cwd)


# The export's first field: its schema's version, left out of the digest (a new version changes no document's reading;
# the golden files and the schema's test watch the version).
_VERSION = re.compile(r'^\{\s*"schema_version": "[^"]*"')


def digest(text: str) -> dict[str, str]:
    """The JSON's SHA-256 (its schema_version left out) and the format it was read as ("pdf-ocr" documents are the
    slow ones to check)."""
    fmt = json.loads(text)["source"]["format"] if text.startswith("{") else "refused"
    content = _VERSION.sub('{"schema_version": ""', text, count=1)
    return {"sha256": hashlib.sha256(content.encode("utf-8")).hexdigest(), "format": fmt}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite tests/data/realdocs_digests.json")
    parser.add_argument("--cache", type=Path, help="the readers' cache of scripts/evaluate_realdocs.py "
                        "(output/evaluate-cache): scans read there are not OCR'd again")
    add_ocr_cache_options(parser)
    parser.add_argument("names", nargs="*", help="only these documents (relative names)")
    args = parser.parse_args()
    args.names = [relative_name(name, parser) for name in args.names]
    use_ocr_cache(args)
    stored = json.loads(DIGESTS.read_text(encoding="utf-8")) if DIGESTS.exists() else {}
    changed = 0
    for name in args.names or documents():
        text = export(name, args.cache.resolve() if args.cache else None)
        target = JSON_OUT / f"{name}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        new = digest(text)
        if stored.get(name, {}).get("sha256") != new["sha256"]:
            changed += 1
            print(f"{'new' if name not in stored else 'CHANGED'}  {name}  (JSON in {target})")
        stored[name] = new
    if args.write:
        DIGESTS.write_text(json.dumps(dict(sorted(stored.items())), indent=1) + "\n", encoding="utf-8")
    print(f"{changed} changed of {len(args.names or documents())}")
    return 1 if changed and not args.write else 0


if __name__ == "__main__":
    raise SystemExit(main())
