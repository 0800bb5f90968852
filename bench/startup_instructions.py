"""Instructions each start-up command of bench/writer.py spends, counted by valgrind's cachegrind: the issue 20
target is CPU time (< 0.3 s), which moves by 15-30% with the other tenants of this machine; the count does not, so
a change of a few percent to ``kehoach akn``'s start-up shows, and two checkouts compare in one run.

    .venv/bin/python bench/startup_instructions.py [TREE ...]   # needs valgrind; about 15 s a command and tree

Each TREE (default: this checkout) is a checkout, e.g. ``git worktree add --detach /tmp/old BASE``: its commands run
there (``python -m pipeline`` then runs its code), on its corpus, with this interpreter, ``PYTHONHASHSEED=0`` and
its modules compiled first. Millions of instructions of the whole process (the interpreter's own start included:
``python -c pass`` is the first row).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from writer import ROOT, startup_commands  # noqa: E402


def instructions(command: list[str], cwd: Path) -> float:
    """Millions of instructions ``command`` runs in ``cwd``, children not followed."""
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
                         cwd=cwd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{run.stderr[-2000:]}")
    return int(re.search(r"I\s+refs:\s+([\d,]+)", run.stderr).group(1).replace(",", "")) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, default=[ROOT])
    trees = [tree.resolve() for tree in parser.parse_args().trees]
    counts: dict[str, list[float]] = {}
    for tree in trees:
        with tempfile.TemporaryDirectory() as tmp:
            commands = {"python -c pass": [sys.executable, "-c", "pass"], **startup_commands(Path(tmp), tree)}
            for name, command in commands.items():
                counts.setdefault(name, []).append(instructions(command, tree))
    print("| command | " + " | ".join(f"{tree} (M instructions)" for tree in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for name, values in counts.items():
        print(f"| {name} | " + " | ".join(f"{value:.1f}" for value in values) + " |")


if __name__ == "__main__":
    main()
