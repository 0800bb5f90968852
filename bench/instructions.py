"""Instructions per document, counted by valgrind's cachegrind: a measure of the parsing work that, unlike
time, does not move with the other tenants of a shared machine (timings here vary by 15-30% within an hour).

    .venv/bin/python bench/instructions.py [txt docx html pdf]   # needs valgrind; about 2 minutes a format

For each format it runs ``process()`` on the benchmark corpus's first 40 files of that format in a process
readied as an ingest worker is, once with and once without those 40 files (both after the same warm-up), and
divides the difference by 40: start-up, imports and warm-up cancel out. Run ``make bench`` first (it builds
output/bench/corpus_2000). Text PDFs are the files bench/floors.py compares with pypdfium2 (its ``files("pdf")``),
all of them. Compare commits by running this in a checkout of each.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
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
files = [Path(line) for line in Path(sys.argv[2]).read_text().splitlines()]
for path in files[:int(sys.argv[3])]:
    process(path)
for path in files[:int(sys.argv[4])]:
    process(path)
"""


def documents(fmt: str) -> list[Path]:
    if fmt == "pdf":
        sys.path.insert(0, str(ROOT / "bench"))
        from floors import files

        return files("pdf")
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is missing: run `make bench` first")
    return sorted(CORPUS.glob("*." + fmt))[:FILES]


def instructions(listing: Path, count: int) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-c", CHILD, str(ROOT), str(listing), str(WARM_UP), str(count)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not match:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> None:
    for fmt in sys.argv[1:] or ["txt", "docx"]:
        paths = documents(fmt)
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
            listing.write("\n".join(map(str, paths)))
            listing.flush()
            per_document = (instructions(Path(listing.name), len(paths)) - instructions(Path(listing.name), 0)) / len(paths)
        print(f"{fmt}: {per_document / 1e6:.1f} million instructions a document ({len(paths)} files)")


if __name__ == "__main__":
    main()
