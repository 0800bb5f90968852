"""How many times the stages go over a document's text: for each stage, its CPU time a document and the regex calls it
makes (``re.Pattern`` methods and the ``re`` module's functions, counted by cProfile) for each block of the
documents, with those calls' share of the stage's time under the profiler (which inflates every call alike). Tells how far "fewer passes over the text" can take a format's stages (issue
20's HTML row): a stage that searches each block with dozens of patterns one after another is a stage whose patterns
could be read in one pass.

    .venv/bin/python bench/stage_passes.py [--formats html,txt] [--passes 3]

CPU times are this machine's under its load (the mean of ``--passes`` after a first, no profiler); counts are exact.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from floors import files  # noqa: E402

import parsers  # noqa: E402
from pipeline import facts  # noqa: E402
from pipeline.run import pipeline_stages, prepare_worker  # noqa: E402

def _is_regex(function: tuple) -> bool:
    """A compiled pattern's method, or a function of the ``re`` module (which compiles, or finds in its cache)."""
    path, _, name = function
    return (path == "~" and "re.Pattern" in name) or path.endswith(("/re/__init__.py", "/re.py"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="html,txt")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    prepare_worker()
    stages = pipeline_stages()
    for fmt in args.formats.split(","):
        read = [parsers.read(path) for path in files(fmt)]
        blocks = sum(len(doc.blocks) for doc in read)
        spent: Counter = Counter()
        for number in range(args.passes + 1):  # the first pass warms the caches and counts nothing
            for doc in copy.deepcopy(read):
                facts.forget()
                for name, stage in stages:
                    start = time.process_time()
                    doc = stage(doc)
                    spent[name] += (time.process_time() - start) if number else 0.0
        calls: Counter = Counter()
        regex_seconds: Counter = Counter()
        profiled: Counter = Counter()
        for doc in copy.deepcopy(read):
            facts.forget()
            for name, stage in stages:
                profile = cProfile.Profile()
                doc = profile.runcall(stage, doc)
                for function, (_, count, own, _, _) in pstats.Stats(profile).stats.items():
                    profiled[name] += own
                    if _is_regex(function):
                        calls[name] += count
                        regex_seconds[name] += own
        documents = len(read) * args.passes
        print(f"\n{fmt}: {len(read)} files, {blocks} blocks\n")
        print("| stage | CPU ms a document | regex calls a block | regex share (profiled) |\n|---|---|---|---|")
        for name, _ in stages:
            print(f"| {name} | {1000 * spent[name] / documents:.2f} | {calls[name] / blocks:.1f} | {regex_seconds[name] / profiled[name]:.0%} |")
        print(f"| all | {1000 * sum(spent.values()) / documents:.2f} | {sum(calls.values()) / blocks:.1f} | "
              f"{sum(regex_seconds.values()) / sum(profiled.values()):.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
