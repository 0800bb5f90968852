"""CPU time of two matchers the stages run on every paragraph, the plain way beside the one that replaced it, interleaved
in one process (best of seven rounds): agencies' place search (``Registry.place_named_in``) and the assignments'
labelled fields (``_field_matches``), on the texts the stages give them over bench/floors.py's files of a format.

    .venv/bin/python bench/stage_matchers.py [--format html]

The equivalence of each pair is tested in tests/test_place_named_in_same.py and tests/test_labelled_fields_same.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import parsers  # noqa: E402
from pipeline.run import STAGES, prepare_worker  # noqa: E402
from pipeline.stages import assignments, registry, tasks  # noqa: E402


def _plain_place(reg, text: str) -> str | None:
    """place_named_in before the space-anchored pattern (tests/test_place_named_in_same.py's reference)."""
    key = registry.key_of(text)
    found = list(reg._any_place.finditer(key))
    if found and (names := registry._not_places()):
        spans = [m.span() for m in names.finditer(key)]
        found = [m for m in found if not any(start <= m.start() and m.end() <= end for start, end in spans)]
    return reg._place_ids[max((m.group() for m in found), key=len)] if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", default="html")
    args = parser.parse_args()
    from floors import files

    prepare_worker()
    reg = registry.registry()
    places, fields = [], []
    place_named_in, labelled_fields = registry.Registry.place_named_in, assignments.labelled_fields
    registry.Registry.place_named_in = lambda self, text: places.append(text) or place_named_in(self, text)
    assignments.labelled_fields = tasks.labelled_fields = lambda text: fields.append(text) or labelled_fields(text)
    for path in files(args.format):
        doc = parsers.read(path)
        for _, run in STAGES:
            doc = run(doc)
    registry.Registry.place_named_in, assignments.labelled_fields, tasks.labelled_fields = place_named_in, labelled_fields, labelled_fields
    pattern = assignments._rules()["field"]
    flats = [assignments._LINE_NOT_ITEM.sub(" ", text) for text in fields if ":" in text]
    pairs = {"place_named_in, plain": lambda: [_plain_place(reg, t) for t in places],
             "place_named_in, now": lambda: [reg.place_named_in(t) for t in places],
             "labelled fields, finditer": lambda: [list(pattern.finditer(f)) for f in flats],
             "labelled fields, now": lambda: [assignments._field_matches(pattern, f) for f in flats]}
    best = dict.fromkeys(pairs, float("inf"))
    for _ in range(7):
        for name, run in pairs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    print(f"{len(places)} place searches, {len(flats)} texts with a colon ({args.format})")
    for name, seconds in best.items():
        print(f"| {name} | {seconds * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
