"""A speed change to the PDF reader (or, with --format html, the HTML reader) measured against the code before it, in
one process: for every file bench/floors.py compares with its library's floor (pypdfium2, lxml), the floor,
``process()`` with another checkout's reader and ``process()`` with this one's, one after the other in turn (the order
rotating), CPU seconds of each. Timings on a shared machine move by 15-30% between runs minutes apart; interleaved in
one process the three see the same load.

    .venv/bin/python bench/pdf_versus.py --old /path/to/checkout/of/the/base [--runs 7] [--format html]

The other checkout's ``parsers`` package is loaded under another name (its pipeline stages are not: both readers'
documents go through this checkout's stages). Per-file medians; ratio = sum of the medians / sum of the floor's.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from floors import FLOORS, cpu_seconds, files  # noqa: E402

from pipeline.run import admissible, prepare_worker, run_stages  # noqa: E402


def other_reader(checkout: Path, fmt: str):
    """``parsers.<fmt>`` of another checkout, as the module ``other_parsers.<fmt>``."""
    package = checkout / "parsers"
    spec = importlib.util.spec_from_file_location("other_parsers", package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["other_parsers"] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"other_parsers.{fmt}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="a checkout of the code before the change")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--format", choices=("pdf", "html"), default="pdf")
    args = parser.parse_args()
    old = other_reader(args.old.resolve(), args.format)
    this = importlib.import_module(f"parsers.{args.format}")
    prepare_worker()
    paths = files(args.format)
    work = {"floor": FLOORS[args.format][1], "old": lambda p: admissible(run_stages(old.read(p))),
            "new": lambda p: admissible(run_stages(this.read(p)))}
    for path in paths:  # warm-up: imports, caches
        for run in work.values():
            run(path)
    spent = {name: {path: [] for path in paths} for name in work}
    names = list(work)
    for run in range(args.runs):
        for index, path in enumerate(paths):
            turn = (run + index) % len(names)
            for name in names[turn:] + names[:turn]:
                spent[name][path].append(cpu_seconds(lambda: work[name](path)))
    ms = {name: [1000 * statistics.median(spent[name][path]) for path in paths] for name in work}
    for k, path in enumerate(paths):
        floor, before, after = ms["floor"][k], ms["old"][k], ms["new"][k]
        print(f"{path.name[:44]:46} floor {floor:6.1f}  old {before:6.1f} ({before / floor:4.2f}x)  "
              f"new {after:6.1f} ({after / floor:4.2f}x)")
    floor, before, after = (sum(ms[name]) for name in names)
    print(f"sum: floor {floor:.1f} ms, old {before:.1f} ({before / floor:.3f}x), new {after:.1f} ({after / floor:.3f}x), "
          f"new/old {after / before:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
