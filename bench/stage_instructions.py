"""Instructions one stage costs on the files bench/floors.py times (run it first: it makes the variants), summed over
the files, per format: a figure that, unlike CPU time, does not move with the other tenants of a shared machine.

    .venv/bin/python bench/stage_instructions.py [--stages clean,metadata,sections] [--formats txt,html,pdf]
                                                 [--root OTHER_CHECKOUT]   # needs valgrind

For each stage and format, valgrind's cachegrind counts a process that reads the files and runs the stages before
the one measured (once), then runs that stage over every file once, and the same process without that last pass: the
difference is the stage's cost. ``--root`` runs another checkout's code on the same files (compare a branch with its
start, exported with ``git archive START | tar -x -C /tmp/start``). Hash seed fixed, garbage collector off while counting.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

CHILD = """
import gc, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import parsers
from pipeline.run import pipeline_stages, prepare_worker
STAGES = pipeline_stages()
prepare_worker()
stage, passes = sys.argv[2], int(sys.argv[3])
inputs = []
for path in sys.argv[4:]:
    doc = parsers.read(Path(path))
    for name, run in STAGES:
        if name == stage:
            break
        doc = run(doc)
    inputs.append(doc)
measured = dict(STAGES)[stage]
for doc in inputs:  # warm-up: patterns compiled, caches filled
    measured(doc)
gc.freeze()
gc.disable()
for _ in range(passes):
    for doc in inputs:
        measured(doc)
"""


def instructions(root: Path, stage: str, paths: list[Path], passes: int) -> int:
    return cachegrind_count(CHILD, [str(root), stage, str(passes), *map(str, paths)])


def cachegrind_count(child: str, args: list[str]) -> int:
    """The instructions a Python process running ``child`` with ``args`` executes, counted by valgrind's cachegrind
    (hash seed fixed)."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", sys.executable, "-c",
               child, *args]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if result.returncode or not match:
        raise SystemExit(f"valgrind run failed:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", default="clean,metadata,sections")
    parser.add_argument("--formats", default="txt,html,pdf")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code runs (default: this one)")
    args = parser.parse_args()
    from floors import files

    instructions(args.root, "clean", files("txt")[:1], 0)  # a first run builds the caches the code keeps on disk
    print(f"| stage | {' | '.join(f'{fmt} M instructions' for fmt in args.formats.split(','))} |")
    print("|---|" + "---|" * len(args.formats.split(",")))
    for stage in args.stages.split(","):
        cells = []
        for fmt in args.formats.split(","):
            paths = files(fmt)
            cells.append(f"{(instructions(args.root, stage, paths, 1) - instructions(args.root, stage, paths, 0)) / 1e6:.1f}")
        print(f"| {stage} | {' | '.join(cells)} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
