"""Instructions the HTML reader alone, the whole process() and lxml.html's parse (the floor of bench/floors.py) cost
on the files bench/floors.py times for HTML, counted by valgrind's cachegrind (a figure that, unlike CPU time, does not
move with the other tenants of a shared machine). Each is counted in a process that runs it once on every file
(warm-up) and then ``--passes`` times more, and in the same process without those passes: the difference.
``--format``: another row of bench/floors.py, its files and its floor (pdf: pypdfium2's text of every page); the
reader step is HTML's alone.

    .venv/bin/python bench/html_instructions.py [--steps reader,process,floor] [--format pdf] [--root OTHER_CHECKOUT]

Mind: valgrind hides the CPU's SHA extensions, so the file's SHA-256 (origin_of, in the reader) counts some 28
instructions a byte here, about 800 M on these files, where the CPU takes 0.014 s for 25 MB: the reader's figure
overstates its time against the floor's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from stage_instructions import cachegrind_count  # noqa: E402  (bench/ on the path first)

CHILD = """
import gc, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
bench, fmt, step, passes = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
paths = [Path(p) for p in sys.argv[6:]]
if step == "floor":  # the floors' own code (bench/floors.py puts its checkout first: only here, no stage imported)
    sys.path.insert(0, bench)
    from floors import FLOORS
    run = FLOORS[fmt][1]
elif step == "reader":
    from parsers import html
    run = html.read
else:
    from pipeline.run import prepare_worker, process
    prepare_worker()
    run = process
for path in paths:
    run(path)
gc.freeze()
gc.disable()
for _ in range(passes):
    for path in paths:
        run(path)
"""


def instructions(root: Path, fmt: str, step: str, paths: list[Path], passes: int) -> int:
    return cachegrind_count(CHILD, [str(root), str(ROOT / "bench"), fmt, step, str(passes), *map(str, paths)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default="reader,process,floor")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code runs (default: this one)")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--format", default="html", choices=("html", "txt", "docx", "pdf"), help="bench/floors.py's row")
    args = parser.parse_args()
    from floors import files

    paths = files(args.format)
    counts = {}
    for step in args.steps.split(","):
        if step == "reader" and args.format != "html":
            parser.error("the reader step is HTML's alone")
        counts[step] = (instructions(args.root, args.format, step, paths, args.passes)
                        - instructions(args.root, args.format, step, paths, 0)) / args.passes
        ratio = f", {counts[step] / counts['floor']:.2f}× the floor" if "floor" in counts and step != "floor" else ""
        print(f"{step}: {counts[step] / 1e6:.1f} M instructions over {len(paths)} files{ratio}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
