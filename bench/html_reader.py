"""The HTML reader alone beside lxml.html's parse, and beside the reader before the speed work of issue 20 item 5
(tests/html_reader_before.py), on the files bench/floors.py times for HTML: CPU time of this process, the three
run one after the other on each file (their order turning each run), medians per file, summed over the files.

    .venv/bin/python bench/html_reader.py [--runs 5]

Checks first that both readers give the same Document on every file. bench/floors.py times the whole process()
(reader and stages); bench/stages.py each stage.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in ("", "bench", "tests"):
    sys.path.insert(0, str(ROOT / folder))

import html_reader_before as before  # noqa: E402  (tests/: the reader as it was)
from floors import files, html_floor  # noqa: E402

from parsers import html  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = files("html")
    differ = [p.name for p in paths if html.read(p) != before.read(p)]
    if differ:
        print(f"the readers differ on {differ}", file=sys.stderr)
        return 1
    steps = {"reader": html.read, "reader before": before.read, "lxml.html parse": html_floor}
    times: dict[str, dict[Path, list[float]]] = {name: {} for name in steps}
    for run in range(args.runs):
        order = list(steps.items())
        for path in paths:
            order = order[1:] + order[:1]  # each first in turn
            for name, step in order:
                start = time.process_time()
                step(path)
                times[name].setdefault(path, []).append(time.process_time() - start)
    sums = {name: sum(statistics.median(t) for t in per_file.values()) for name, per_file in times.items()}
    medians = {name: statistics.median(statistics.median(t) for t in per_file.values()) for name, per_file in times.items()}
    print(f"{len(paths)} files, {args.runs} runs: the same Document from both readers on every file")
    for name in steps:
        print(f"{name:16s} {sums[name] * 1000:7.1f} ms in all, median {medians[name] * 1000:5.2f} ms a file, "
              f"{sums[name] / sums['lxml.html parse']:.2f}× lxml.html's parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
