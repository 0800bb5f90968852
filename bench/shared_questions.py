"""Which of the stages' regex calls a block are the same question asked by two or more stages (issue 20's HTML row,
the "one pass of block facts" plan): every call of a compiled pattern's method during the stages, counted by the stage
that made it, the project function that made it (the nearest frame in pipeline/) and the pattern; then the functions
and the patterns more than one stage asks, with their calls a block.

    .venv/bin/python bench/shared_questions.py [--formats html,txt] [--top 30]

A first pass over the files fills the caches a worker keeps from one document to the next (the registry's, the folded
texts'), as bench/stage_passes.py does; the second is counted. Counts only, exact; what a repeated question costs is
bench/facts_bound.py's (the stages' instructions with the shared functions remembered per document).
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from floors import files  # noqa: E402

import parsers  # noqa: E402
from pipeline import facts  # noqa: E402
from pipeline.run import pipeline_stages, prepare_worker  # noqa: E402

PIPELINE = str(ROOT / "pipeline")


def _asker(frame) -> str:
    """The project function that made a call: the nearest frame whose code is in pipeline/ (module.function)."""
    while frame is not None and not frame.f_code.co_filename.startswith(PIPELINE):
        frame = frame.f_back
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}" if frame else "?"


def counted_calls(documents: list, stages: list) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Regex calls by asking function and by pattern, each a Counter of the stages that made them."""
    by_function: dict[str, Counter] = defaultdict(Counter)
    by_pattern: dict[str, Counter] = defaultdict(Counter)
    stage_now = [""]

    def hook(frame, event, called) -> None:
        if event == "c_call" and isinstance(pattern := getattr(called, "__self__", None), re.Pattern):
            by_function[_asker(frame)][stage_now[0]] += 1
            by_pattern[pattern.pattern[:70]][stage_now[0]] += 1

    for counting in (False, True):  # the first pass fills the caches and counts nothing
        for doc in copy.deepcopy(documents):
            facts.forget()
            for name, stage in stages:
                stage_now[0] = name
                sys.setprofile(hook if counting else None)
                try:
                    doc = stage(doc)
                finally:
                    sys.setprofile(None)
    return by_function, by_pattern


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="html,txt")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    prepare_worker()
    stages = pipeline_stages()
    for fmt in args.formats.split(","):
        documents = [parsers.read(path) for path in files(fmt)]
        blocks = sum(len(doc.blocks) for doc in documents)
        by_function, by_pattern = counted_calls(documents, stages)
        total = sum(sum(stages_of.values()) for stages_of in by_function.values())
        print(f"\n{fmt}: {len(documents)} files, {blocks} blocks, {total / blocks:.1f} regex calls a block")
        for title, counts in (("function", by_function), ("pattern", by_pattern)):
            shared = {key: stages_of for key, stages_of in counts.items() if len(stages_of) > 1}
            # the calls of the stages other than the one asking most: what one answer kept per block could spare at most
            again = sum(sum(stages_of.values()) - max(stages_of.values()) for stages_of in shared.values())
            print(f"\nby {title}: asked by two stages or more {sum(map(sum, (c.values() for c in shared.values()))) / blocks:.1f} "
                  f"calls a block, of them by a stage other than the one asking most {again / blocks:.1f}\n")
            print(f"| calls a block | {title} | calls by stage |\n|---|---|---|")
            for key, stages_of in sorted(shared.items(), key=lambda item: -sum(item[1].values()))[:args.top]:
                by_stage = ", ".join(f"{name} {count}" for name, count in stages_of.most_common())
                print(f"| {sum(stages_of.values()) / blocks:.2f} | `{key}` | {by_stage} |".replace("`|", "`\\|"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
