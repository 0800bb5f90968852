"""Whether the PDF reader's output is the same as before a change meant only for speed: every PDF's Document (text,
tables, provenance, warnings) as JSON, written once before the change and compared after it.

    .venv/bin/python bench/pdf_same.py --write output/pdf-same [EXTRA_FOLDER ...]    # before the change
    .venv/bin/python bench/pdf_same.py --compare output/pdf-same [EXTRA_FOLDER ...]  # after it

The PDFs: the corpus variants (bench/floors.py), every PDF under ../shared/realdocs and ../shared/realdocs2, and
those in the extra folders (e.g. the PDFs the tests make, collected while they run). Pages that would go to OCR
are not read (Tesseract takes seconds a page): a marker saying which pages and why stands in their place, so a
change in what goes to OCR still shows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from floors import REALDOCS, REALDOCS2, variants  # noqa: E402

from parsers import ocr, pdf  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
from pipeline.model import Block, Document, Provenance  # noqa: E402


def _no_ocr() -> None:
    """OCR replaced by a marker block naming the page and the reason."""
    def read_pdf(path, data, document, reason):
        return Document(origin=pdf.origin_of(Path(path), data, "pdf"),
                        blocks=[Block(id="b0001", orig=f"OCR: {reason}", prov=Provenance(reader="ocr", page=1))])

    def read_page(page, page_no, path, warnings=None):
        return [Block(id="b0001", orig=f"OCR page {page_no}", prov=Provenance(reader="ocr", page=page_no))]

    ocr.read_pdf, ocr.read_page = read_pdf, read_page


def pdfs(extra: list[Path]) -> list[Path]:
    found = [m["pdf"] for m in variants(("pdf",))]
    for folder in (REALDOCS, REALDOCS2, *extra):
        if folder.exists():
            found += sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".pdf")
    return found


def output(path: Path) -> str:
    try:  # the folder left out: the same file read from another checkout is the same
        return pdf.read(path).model_dump_json(indent=1).replace(json.dumps(str(path.parent))[1:-1], "")
    except PipelineError as error:
        return f"refused: {type(error).__name__}: {error}\n"


def key(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()[:16] + "_" + path.stem[:40]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path)
    mode.add_argument("--compare", type=Path)
    parser.add_argument("extra", nargs="*", type=Path)
    args = parser.parse_args()
    _no_ocr()
    folder = args.write or args.compare
    folder.mkdir(parents=True, exist_ok=True)
    differ = []
    paths = pdfs(args.extra)
    for path in paths:
        stored = folder / f"{key(path)}.json"
        text = output(path)
        if args.write:
            stored.write_text(text, encoding="utf-8")
        elif not stored.exists() or stored.read_text(encoding="utf-8") != text:
            differ.append(path)
            (folder / f"{key(path)}.new.json").write_text(text, encoding="utf-8")
    print(f"{len(paths)} PDFs, {len(differ)} differ")
    for path in differ:
        print("  differs:", path)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
