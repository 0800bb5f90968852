"""Indicator tables as numbers: the target-table beds (tests/indicator_layouts.py, indicator_layouts2.py,
indicator_layouts3.py, indicator_layouts4.py, indicator_layouts5.py, indicator_layouts6.py,
indicator_layouts7.py, indicator_layouts8.py, indicator_layouts9.py) in every format, and the indicators of the real and sample documents.

    .venv/bin/python scripts/evaluate_indicators.py [--shared ../shared]

Beds: per format, rows expected, rows found, rows right (target, comparator, unit, range, change, period and the last
result all as expected; tests/indicator_layouts.judge, what the beds' tests assert exactly), cells rightly left null
(not one number), and confident wrong values (a number where none was expected, or another one: must be 0).
Documents (corpus/, ../shared/realdocs, ../shared/realdocs2): indicators found, with a target number, and with a
target cell that is not one number (kept as printed); documents read by OCR (a minute or more each, as
tests/data/realdocs_digests.json marks them) are left out unless --ocr. A missing ../shared folder is said and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import indicator_layouts  # noqa: E402
import indicator_layouts2  # noqa: E402
import indicator_layouts3  # noqa: E402
import indicator_layouts4  # noqa: E402
import indicator_layouts5  # noqa: E402
import indicator_layouts6  # noqa: E402
import indicator_layouts7  # noqa: E402
import indicator_layouts8  # noqa: E402
import indicator_layouts9  # noqa: E402
from indicator_layouts import judge  # noqa: E402
from task_layouts.render import build, libreoffice  # noqa: E402

from pipeline.errors import PipelineError  # noqa: E402
from pipeline.run import process  # noqa: E402

_SOURCE_SUFFIXES = {".txt", ".html", ".htm", ".docx", ".doc", ".pdf"}
_DIGESTS = ROOT / "tests" / "data" / "realdocs_digests.json"


def bed_figures(module) -> list[str]:
    lines = [f"Bed (tests/{module.__name__}.py): format  rows  found  right  null-right  wrong"]
    total: Counter = Counter()
    formats = module.FORMATS if libreoffice() else tuple(f for f in module.FORMATS if f != "pdf")
    with tempfile.TemporaryDirectory(prefix="indicator-bed-") as folder:
        made = build(Path(folder), [b.layout for b in module.beds()], formats)
        for fmt in formats:
            score: Counter = Counter()
            for bed in module.beds():
                score.update(judge(bed, process(made[bed.layout.name, fmt]).indicators))
            total.update(score)
            lines.append(f"  {fmt:9} {score['rows']:5} {score['found']:6} {score['right']:6} {score['null_right']:11} "
                         f"{score['wrong']:6}")
    lines.append(f"  {'all':9} {total['rows']:5} {total['found']:6} {total['right']:6} {total['null_right']:11} "
                 f"{total['wrong']:6}")
    return lines


def document_figures(folder: Path, label: str, ocr: bool = False) -> list[str]:
    if not folder.exists():
        return [f"{label}: {folder} is missing, skipped"]
    by_ocr = {name for name, row in json.loads(_DIGESTS.read_text(encoding="utf-8")).items() if row["format"] == "pdf-ocr"}
    count: Counter = Counter()
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in _SOURCE_SUFFIXES):
        if not ocr and f"{label}/{path.relative_to(folder)}" in by_ocr:
            count["left out (OCR)"] += 1
            continue
        try:
            doc = process(path)
        except PipelineError as error:
            count["unreadable"] += 1
            print(f"  {path.name}: {error}", file=sys.stderr)
            continue
        count["documents"] += 1
        count["with indicators"] += bool(doc.indicators)
        for indicator in doc.indicators:
            count["indicators"] += 1
            count["target number"] += indicator.target is not None
            count["target kept as printed only"] += indicator.target is None and bool(indicator.target_printed)
            count[f"comparator {indicator.comparator}"] += indicator.comparator is not None
    return [f"{label}: " + ", ".join(f"{k} {v}" for k, v in count.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--ocr", action="store_true", help="read the scanned real documents too (minutes each)")
    args = parser.parse_args()
    for module in (indicator_layouts, indicator_layouts2, indicator_layouts3, indicator_layouts4, indicator_layouts5,
                   indicator_layouts6, indicator_layouts7, indicator_layouts8, indicator_layouts9):
        for line in bed_figures(module):
            print(line)
    for folder, label in ((ROOT / "corpus", "corpus"), (args.shared / "realdocs", "realdocs"),
                          (args.shared / "realdocs2", "realdocs2")):
        for line in document_figures(folder, label, args.ocr):
            print(line)


if __name__ == "__main__":
    main()
