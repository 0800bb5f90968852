"""The stages' functions ranked by their own time, on the files bench/floors.py times (run it first: it makes the
variants): cProfile over every stage of every file, a function's own time counting the C functions it calls itself
(a regex search, str.join), which cProfile lists apart. Tells which function to look at; its figures move with the
other tenants of a shared machine (bench/stage_instructions.py counts a stage's instructions instead).

    .venv/bin/python bench/stage_profile.py [--formats html,txt] [--passes 3] [--top 15]
"""

from __future__ import annotations

import argparse
import cProfile
import copy
import pstats
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from floors import files  # noqa: E402  (bench/floors.py: the files of each format)

import parsers  # noqa: E402
from pipeline import facts  # noqa: E402
from pipeline.run import pipeline_stages, prepare_worker  # noqa: E402


def own_times(paths: list[Path], passes: int) -> tuple[Counter, dict]:
    """Each Python function's own seconds (with the builtins it calls) and calls, over ``passes`` runs of the stages
    on each file's document (read once, copied for each pass; a first pass warms the caches)."""
    stages = pipeline_stages()
    read = [parsers.read(path) for path in paths]
    batches = [[copy.deepcopy(doc) for doc in read] for _ in range(passes + 1)]
    profile = cProfile.Profile()
    for number, batch in enumerate(batches):
        if number == 1:
            profile.enable()
        for doc in batch:
            facts.forget()
            for _, stage in stages:
                doc = stage(doc)
    profile.disable()
    own: Counter = Counter()
    calls = {}
    for function, (_, count, own_seconds, _, callers) in pstats.Stats(profile).stats.items():
        if function[0] == "~":  # a builtin: its time is its Python callers'
            for caller, (_, _, seconds, _) in callers.items():
                if caller[0] != "~":
                    own[caller] += seconds
        else:
            own[function] += own_seconds
            calls[function] = count
    return own, calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="html,txt")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    prepare_worker()
    for fmt in args.formats.split(","):
        paths = files(fmt)
        own, calls = own_times(paths, args.passes)
        total = sum(own.values())
        print(f"\n{fmt}: {len(paths)} files, {args.passes} passes\n\n| own s | share | calls a pass | function |\n|---|---|---|---|")
        for (path, line, name), seconds in own.most_common(args.top):
            where = Path(path).resolve().relative_to(ROOT) if Path(path).resolve().is_relative_to(ROOT) else Path(path).name
            print(f"| {seconds:.3f} | {seconds / total:.1%} | {calls[(path, line, name)] // args.passes} | {where}:{line} {name} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
