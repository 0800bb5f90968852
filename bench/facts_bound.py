"""The most a pass of "block facts" could spare (issue 20's HTML row): the stages' instructions over bench/floors.py's
files of a format, run plainly and with the functions more than one stage asks of the same text (bench/
shared_questions.py, bench/repeated_calls.py) remembered per document, as if each block's answers were worked out once
and kept with it, the lookups free but for a dict's.

    .venv/bin/python bench/facts_bound.py [--formats html,txt] [--functions module:function,...]   # needs valgrind

Each count is valgrind's cachegrind of a process that reads the files and runs the stages over them once (the caches a
worker keeps filled), then once more (counted: the difference of the runs with and without that pass). A function's
value remembered is shared by its callers: a caller that changed a returned list would change the output, which is
why this is a bound to read, not a change to make.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from stage_instructions import cachegrind_count  # noqa: E402

FUNCTIONS = ("pipeline.stages.numbering:classify,pipeline.stages.numbering:label_of,pipeline.text:is_upper_line,"
             "pipeline.text:is_upper_line_without,pipeline.stages.parts:authority_of,"
             "pipeline.stages.citations:find_citations,pipeline.stages.citations:find_dated_citations,"
             "pipeline.stages.citations:find_named_laws,pipeline.stages.dates:find_dates,"
             "pipeline.stages.clean:may_hold_unlabelled_stamp,pipeline.stages.parts:is_signature_line,"
             "pipeline.stages.parts:doc_type_of_heading,pipeline.stages.metadata:_in_small_letters")

CHILD = """
import copy, gc, sys
from functools import lru_cache
from importlib import import_module
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/bench")
from floors import files
import parsers
from pipeline import facts
from pipeline.run import pipeline_stages, prepare_worker
STAGES = pipeline_stages()
prepare_worker()
remembering, passes, fmt = sys.argv[2] == "remembered", int(sys.argv[3]), sys.argv[4]
remembered = []
for name in sys.argv[5].split(",") if remembering else ():
    module, function = name.split(":")
    original = getattr(import_module(module), function)
    remembered.append(lru_cache(maxsize=None)(original))
    for loaded in list(sys.modules.values()):  # wherever a module of the project imported it
        if getattr(loaded, "__name__", "").startswith(("pipeline", "parsers")) and getattr(loaded, function, None) is original:
            setattr(loaded, function, remembered[-1])
documents = [parsers.read(path) for path in files(fmt)]

def run(doc):
    facts.forget()
    for kept in remembered:
        kept.cache_clear()
    for _, stage in STAGES:
        doc = stage(doc)

for doc in copy.deepcopy(documents):  # warm-up: patterns compiled, the worker's caches filled
    run(doc)
copies = [copy.deepcopy(documents) for _ in range(passes)]
gc.freeze()
gc.disable()
for batch in copies:
    for doc in batch:
        run(doc)
"""


def stage_instructions(fmt: str, how: str, functions: str) -> int:
    """The instructions of one pass of the stages over the format's files, ``how`` "plain" or "remembered"."""
    def count(passes: int) -> int:
        return cachegrind_count(CHILD, [str(ROOT), how, str(passes), fmt, functions])

    return count(1) - count(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="html,txt")
    parser.add_argument("--functions", default=FUNCTIONS)
    args = parser.parse_args()
    print("| format | stages, M instructions | the functions remembered | change |\n|---|---|---|---|")
    for fmt in args.formats.split(","):
        plain = stage_instructions(fmt, "plain", args.functions)
        remembered = stage_instructions(fmt, "remembered", args.functions)
        print(f"| {fmt} | {plain / 1e6:.1f} | {remembered / 1e6:.1f} | {remembered / plain - 1:+.1%} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
