"""Format invariance, measured: each sample against its HTML, DOCX, text-PDF and scanned-PDF variants.

    .venv/bin/python scripts/format_invariance.py [--variants output/variants] [--formats html,docx,pdf,scan.pdf] [--font Arial]

For each variant: do metadata, the section tree and the tasks equal the text file's, and what is the
character error rate of its body text against the text PDF's (for the scan: OCR's error rate).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from invariance import metadata_summary, task_summary, tree_summary  # noqa: E402
from make_variants import FORMATS, SERIF, make  # noqa: E402
from pipeline.model import Document  # noqa: E402
from pipeline.run import process  # noqa: E402


def body_text(doc: Document) -> str:
    """All the document's words in reading order, table cells row by row."""
    parts = []
    for block in doc.body():
        text = " ".join(" ".join(row) for row in block.table.grid(across=False)) if block.table is not None else block.text or ""
        parts.append(" ".join(text.split()))
    return " ".join(parts)


def cer(reference: str, text: str) -> float:
    return Levenshtein.distance(reference, text) / max(1, len(reference))


def compare(reference: Document, variant: Document) -> dict:
    a, b = metadata_summary(reference), metadata_summary(variant)
    return {
        "metadata": [k for k in a if a[k] != b[k]],
        "tree": tree_summary(reference) == tree_summary(variant),
        "tasks": (len(reference.tasks), len(variant.tasks)),
        "same_tasks": sum(1 for x, y in zip(task_summary(reference), task_summary(variant)) if x == y),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=Path, default=ROOT / "output" / "variants")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--font", default=SERIF, help="the face the variants are typed in")
    parser.add_argument("samples", nargs="*", type=Path)
    args = parser.parse_args()
    samples = args.samples or sorted((ROOT / "corpus").glob("*.txt"))
    formats = tuple(args.formats.split(","))
    print("| sample | format | metadata differing | tree equal | tasks (text / variant) | tasks equal | CER vs text PDF | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for sample in samples:
        made = make(sample, args.variants, formats, args.font)
        reference = process(sample)
        pdf_text = body_text(process(made["pdf"])) if "pdf" in made else None
        for fmt in formats:
            start = time.perf_counter()
            variant = process(made[fmt])
            seconds = time.perf_counter() - start
            result = compare(reference, variant)
            rate = f"{cer(pdf_text, body_text(variant)):.2%}" if pdf_text is not None and fmt in ("pdf", "scan.pdf") else "-"
            print(f"| {sample.name[:3]} | {fmt} | {', '.join(result['metadata']) or 'none'} | {result['tree']} | "
                  f"{result['tasks'][0]} / {result['tasks'][1]} | {result['same_tasks']} | {rate} | {seconds:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
