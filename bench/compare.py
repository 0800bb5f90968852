"""Before and after on the same run: CPU milliseconds per document of ``process()`` from each source tree given
(a checkout or ``git archive`` of another commit, and this one), on the files bench/floors.py times, each tree in a
fresh interpreter, the trees taken in turn ``--rounds`` times (the machine is shared: interleaving keeps the load
alike for both).

    git archive START | tar -x -C /tmp/before
    .venv/bin/python bench/compare.py /tmp/before . [--formats txt,html] [--rounds 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in the fresh interpreter: the tree's own pipeline, the files of each format (those every tree reads).
_MEASURE = """
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import pipeline.run, parsers  # the tree's own, imported before floors.py puts this checkout on the path
assert pipeline.run.__file__.startswith(sys.argv[1]) and parsers.__file__.startswith(sys.argv[1])
from pipeline.run import process, prepare_worker
sys.path.insert(1, sys.argv[2])
from floors import files
prepare_worker()
for fmt in sys.argv[3].split(","):
    paths = []
    for path in files(fmt):
        try:
            process(path)
            paths.append(path)
        except Exception:
            pass  # a page that holds no document: refused the same way by every tree
    per = []
    for _ in range(int(sys.argv[4])):
        start = time.process_time()
        for path in paths:
            process(path)
        per.append((time.process_time() - start) * 1000 / len(paths))
    print(f"{fmt}\\t{len(paths)}\\t{statistics.median(per):.2f}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--formats", default="txt,html")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| round | tree | format | files | ms/doc CPU (median of runs) |\n|---|---|---|---|---|")
    for round_ in range(1, args.rounds + 1):
        for tree in args.trees:
            out = subprocess.run([sys.executable, "-c", _MEASURE, str(tree.resolve()), str(ROOT / "bench"), args.formats,
                                  str(args.runs)], check=True, capture_output=True, text=True, cwd=ROOT).stdout
            for line in out.splitlines():
                fmt, count, ms = line.split("\t")
                print(f"| {round_} | {tree} | {fmt} | {count} | {ms} |", flush=True)


if __name__ == "__main__":
    main()
