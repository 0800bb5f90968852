"""How often the stages ask a function again for an argument they already asked it for in the same document: the most a
per-document memo (pipeline/facts.py) of that function could spare, on bench/floors.py's files.

    .venv/bin/python bench/repeated_calls.py [--formats html,txt] [--functions pipeline.text:fold,...]

Each function named (module:function) is wrapped wherever a module of pipeline/ or parsers/ imported it; the stages run
once over each file's document, and a call is counted as repeated when its arguments equal an earlier call's in that
document. Counts only: the time a repeated call costs is the function's own (bench/stage_profile.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from floors import files  # noqa: E402

import parsers  # noqa: E402
from pipeline.run import pipeline_stages, prepare_worker, run_stages  # noqa: E402

FUNCTIONS = ("pipeline.stages.citations:find_citations,pipeline.stages.citations:find_named_laws,"
             "pipeline.stages.dates:find_dates,pipeline.stages.numbering:classify,pipeline.stages.numbering:label_of,"
             "pipeline.text:fold,pipeline.text:strip_marks,pipeline.text:is_upper_line,"
             "pipeline.text:is_upper_line_without,pipeline.stages.clean:without_stamp_after,"
             "pipeline.stages.clean:may_hold_unlabelled_stamp")


def counted(name: str, calls: Counter, repeated: Counter, seen: set) -> None:
    """Wrap ``name`` (module:function) in every project module that holds it."""
    module, function = name.split(":")
    original = getattr(import_module(module), function)

    def wrapper(*args, **kwargs):
        calls[name] += 1
        key = (name, args, tuple(sorted(kwargs.items())))
        try:
            repeated[name] += key in seen
            seen.add(key)
        except TypeError:  # an unhashable argument: not counted as repeated
            pass
        return original(*args, **kwargs)

    wrapper.original = original  # type: ignore[attr-defined]
    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__name__", "").startswith(("pipeline", "parsers")) and getattr(loaded, function, None) is original:
            setattr(loaded, function, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="html,txt")
    parser.add_argument("--functions", default=FUNCTIONS)
    args = parser.parse_args()
    pipeline_stages()
    prepare_worker()
    for fmt in args.formats.split(","):
        documents = [parsers.read(path) for path in files(fmt)]
        calls: Counter = Counter()
        repeated: Counter = Counter()
        seen: set = set()
        names = args.functions.split(",")
        for name in names:
            counted(name, calls, repeated, seen)
        for doc in documents:
            seen.clear()
            run_stages(doc)
        print(f"\n{fmt}: {len(documents)} files\n\n| function | calls | repeated in a document |\n|---|---|---|")
        for name in names:
            print(f"| {name} | {calls[name]} | {repeated[name]} ({repeated[name] / max(calls[name], 1):.0%}) |")
        for name in names:  # unwrapped again for the next format
            function = name.split(":")[1]
            for loaded in list(sys.modules.values()):
                if hasattr(held := getattr(loaded, function, None), "original"):
                    setattr(loaded, function, held.original)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
