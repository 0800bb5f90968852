"""Where a document's time goes: CPU milliseconds per document of the reader and of each stage, per format, on the
files bench/floors.py times (run it first: it makes the variants). Tells which module to profile next.

    .venv/bin/python bench/stages.py [--runs 3] [--formats txt,html,docx,pdf]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from floors import files  # noqa: E402  (bench/floors.py: the files of each format)

import parsers  # noqa: E402
from pipeline.run import pipeline_stages, prepare_worker  # noqa: E402


def stage_times(paths: list[Path], runs: int) -> dict[str, float]:
    """Median over files of each step's median CPU milliseconds (after a warm-up run)."""
    per_file: dict[str, list[float]] = {}
    for path in paths:
        times: dict[str, list[float]] = {}
        for run in range(runs + 1):
            start = time.process_time()
            doc = parsers.read(path)
            steps = [("read", time.process_time() - start)]
            for name, stage in pipeline_stages():
                start = time.process_time()
                doc = stage(doc)
                steps.append((name, time.process_time() - start))
            if run:
                for name, seconds in steps:
                    times.setdefault(name, []).append(seconds)
        for name, seconds in times.items():
            per_file.setdefault(name, []).append(1000 * statistics.median(seconds))
    return {name: statistics.median(values) for name, values in per_file.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default="txt,html,docx,pdf")
    args = parser.parse_args()
    prepare_worker()
    formats = args.formats.split(",")
    table = {fmt: stage_times(files(fmt), args.runs) for fmt in formats}
    steps = ["read", *(name for name, _ in pipeline_stages())]
    print("| step | " + " | ".join(f"{fmt} ms/doc" for fmt in formats) + " |")
    print("|---|" + "---|" * len(formats))
    for step in steps:
        print(f"| {step} | " + " | ".join(f"{table[fmt][step]:.2f}" for fmt in formats) + " |")
    print("| total | " + " | ".join(f"{sum(table[fmt].values()):.2f}" for fmt in formats) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
