"""CPU time of the clean stage's start-of-document and glued-word steps (``unglue_words``, ``document_span``) at a
commit and now, interleaved in one process (never two runs minutes apart), on the text readers' documents of corpus/
and the real documents. Usage: python bench/clean_before_after.py BASE_COMMIT [ROUNDS]."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

import parsers
from pipeline.stages import clean as now
from pipeline.text import normalise

ROOT = Path(__file__).resolve().parent.parent


def module_at(commit: str):
    source = subprocess.run(["git", "show", f"{commit}:pipeline/stages/clean.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader("pipeline.stages._clean_at_base", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "pipeline.stages"
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(source, "clean.py@" + commit, "exec"), module.__dict__)
    return module


def main() -> None:
    base = module_at(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "realdocs", ROOT.parent / "shared" / "realdocs2"]
    docs = []
    for path in (p for d in folders if d.exists() for p in sorted(d.iterdir())):
        if path.suffix.lower() in (".txt", ".html", ".htm", ".docx"):
            blocks = parsers.read(path).blocks
            docs.append([b.model_copy(update={"text": normalise(b.orig)}) for b in blocks])
    totals = {"base": 0.0, "now": 0.0}
    for i in range(rounds):
        for name, module in (("base", base), ("now", now)) if i % 2 else (("now", now), ("base", base)):
            start = time.process_time()
            for blocks in docs:
                module.unglue_words(blocks)
                module.document_span(blocks)
            totals[name] += time.process_time() - start
    runs = rounds * len(docs)
    print(f"{len(docs)} documents, {rounds} rounds: base {totals['base'] / runs * 1e6:.0f} µs, now "
          f"{totals['now'] / runs * 1e6:.0f} µs per document (CPU), now/base {totals['now'] / totals['base']:.2f}")


if __name__ == "__main__":
    main()
