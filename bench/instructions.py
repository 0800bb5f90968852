"""Instructions per document, counted by valgrind's cachegrind: a measure of the parsing work that, unlike
time, does not move with the other tenants of a shared machine (timings here vary by 15-30% within an hour).

    .venv/bin/python bench/instructions.py [txt docx html]   # needs valgrind; about 2 minutes a format

For each format it runs ``process()`` on the benchmark corpus's first 40 files of that format in a process
readied as an ingest worker is, once with and once without those 40 files (both after the same warm-up), and
divides the difference by 40: start-up, imports and warm-up cancel out. Run ``make bench`` first (it builds
output/bench/corpus_2000). Compare commits by running this in a checkout of each.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "output" / "bench" / "corpus_2000"
FILES = 40
WARM_UP = 8

# Run in the child, under valgrind: warm up, then process the first ``count`` files.
CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from pipeline.run import prepare_worker, process
prepare_worker()
files = sorted(Path(sys.argv[2]).glob("*." + sys.argv[3]))[:int(sys.argv[4])]
for path in files[:int(sys.argv[5])]:
    process(path)
for path in files[:int(sys.argv[6])]:
    process(path)
"""


def instructions(fmt: str, count: int) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-c", CHILD, str(ROOT), str(CORPUS), fmt, str(FILES), str(WARM_UP), str(count)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not match:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> None:
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is missing: run `make bench` first")
    for fmt in sys.argv[1:] or ["txt", "docx"]:
        per_document = (instructions(fmt, FILES) - instructions(fmt, 0)) / FILES
        print(f"{fmt}: {per_document / 1e6:.1f} million instructions a document")


if __name__ == "__main__":
    main()
