"""Instructions per document of the database writer, counted by valgrind's cachegrind: unlike CPU time on this shared
machine, a count that does not move with the other tenants, so a change of a few percent shows.

    .venv/bin/python bench/writer_instructions.py [TREE] [--ingest]   # needs valgrind; a few minutes

TREE (default: this checkout) is a folder holding the ``pipeline`` and ``parsers`` packages to measure, e.g. an older
commit's ``git archive`` unpacked: compare two commits by running this on each. This checkout's bench/writer.py
builds 140 documents (the text samples, each copy a distinct document) and their rows and JSON as a worker does, once;
then, under cachegrind, TREE's ``ingest.Batch`` writes the first 40 of them, and all 140, each into a fresh database
with its JSON folder. The difference divided by 100 is the writer's instructions per document: start-up, imports and
loading the rows cancel out. ``PYTHONHASHSEED=0`` makes the count repeat to a few parts in a million.

``--ingest``: TREE's whole ``ingest`` instead, fed what workers send (bench/writer.py's ``worker_outcomes``: each
outcome pickled, unpickled by the engine), with plans.jsonl and the unresolved-agencies report, as
``bench/writer.py``'s 'ingest, outcomes pickled' row: receiving the outcomes, the link step and the files beside the
database counted too. Kernel work (the bytes SQLite and the JSON files write) is not an instruction of the process:
it is not counted.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEW, MANY = 40, 140

# Run in the child, under valgrind: write the first ``count`` prepared documents with TREE's writer.
CHILD = """
import os, pickle, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from pipeline import ingest
from pipeline.outputs.load import open_db
items = pickle.load(open(sys.argv[2], "rb"))[:int(sys.argv[3])]
info = os.stat(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    db = open_db(Path(tmp) / "plans.db")
    (Path(tmp) / "json").mkdir()
    with ingest.Batch(db) as batch:
        for path, prepared in items:
            batch.add()
            batch.store(prepared, path, info, Path(tmp) / "json")
            batch.commit_if_due()
    db.close()
"""

# --ingest: TREE's ingest of the folder sys.argv[2], fed the pickled outcomes of sys.argv[3] (path -> pickle).
CHILD_INGEST = """
import pickle, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from pipeline.ingest import ingest
from pipeline.outputs.load import open_db
outcomes = pickle.load(open(sys.argv[3], "rb"))
with tempfile.TemporaryDirectory() as tmp:
    open_db(Path(tmp) / "plans.db").close()
    report = ingest([Path(sys.argv[2])], Path(tmp) / "plans.db", Path(tmp) / "json",
                    engine=lambda paths, limits: (pickle.loads(outcomes[str(path)]) for path in paths),
                    jsonl_path=Path(tmp) / "plans.jsonl", unresolved_path=Path(tmp) / "unresolved.csv")
    assert report.ok, report.failures[:3]
"""


def worker_outcomes(folder: Path, count: int, target: Path) -> None:
    """``count`` files in ``folder`` and what a worker sends for each (bench/writer.py), pickled into ``target``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from writer import worker_outcomes as outcomes_of  # noqa: E402

    target.write_bytes(pickle.dumps(outcomes_of(count, folder)[0]))


def prepared_documents(target: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from writer import parsed_documents  # noqa: E402  (bench/writer.py puts this checkout on sys.path)

    from pipeline.outputs.load import prepare

    target.write_bytes(pickle.dumps([(doc.origin.path, prepare(doc)) for doc in parsed_documents(MANY)]))


def instructions(tree: Path, *arguments, child: str = CHILD) -> int:
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, "-c", child, str(tree), *map(str, arguments)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    line = next(line for line in result.stderr.splitlines() if "I   refs" in line or "I refs" in line)
    return int(line.split()[-1].replace(",", ""))


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if argument != "--ingest"]
    tree = Path(arguments[0]).resolve() if arguments else ROOT
    with tempfile.TemporaryDirectory() as tmp:
        if "--ingest" in sys.argv:
            counts = {}
            for count in (FEW, MANY):
                folder, outcomes = Path(tmp) / f"in{count}", Path(tmp) / f"outcomes{count}.pickle"
                worker_outcomes(folder, count, outcomes)
                counts[count] = instructions(tree, folder, outcomes, child=CHILD_INGEST)
            few, many, what = counts[FEW], counts[MANY], "ingest"
        else:
            items = Path(tmp) / "prepared.pickle"
            prepared_documents(items)
            few, many, what = instructions(tree, items, FEW), instructions(tree, items, MANY), "writer"
    print(f"{what} {tree}: {(many - few) / (MANY - FEW) / 1e6:.2f} M instructions per document")


if __name__ == "__main__":
    main()
