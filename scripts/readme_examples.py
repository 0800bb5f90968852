"""The README's examples, run as written on a fresh copy of the repository, and their printed output compared with
what the README shows (``--check``, what tests/test_readme.py does) or written into it (``--write``).

Every ```sh and ```sql block of README.md is marked by an HTML comment on the line before it (invisible on GitHub):

- ``<!-- run -->``: the block is run with bash from the copy's root (examples run in README order, so a later one
  sees what an earlier one wrote); ``<!-- run: sql -->``: the query is run as the README says, with
  ``.venv/bin/sqlite-utils output/plans.db "<query>" --table``. A block that fails fails the check.
- ``<!-- output -->`` before the ``` block that follows a run block: what it prints (stdout and stderr). Compared after
  timings ("(0.8 s)") are made alike; a line "…" stands for any lines (kept, with the lines around it, by --write).
- ``<!-- not run: why -->``: shown but not run (a server, the whole test suite, a placeholder path); why is required.

The copy holds the repository's files (``git ls-files``, uncommitted changes included) and links the checkout's
``.venv`` (with a stamp of its own, so that make takes it as installed and installs nothing). Tools the commands use (Datasette,
frictionless, check-jsonschema) are in the ``tools`` extra of pyproject.toml.

    .venv/bin/python scripts/readme_examples.py --check    # exit 1 and the differences when the README is not true
    .venv/bin/python scripts/readme_examples.py --write    # regenerate the output blocks
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CHECKOUT = "<checkout>"  # how the copy's folder is written in outputs
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)
_MARK = re.compile(r"<!-- (run(?:: sql)?|output|not run: [^>]+?) -->\n$")
_TIMING = re.compile(r"\(\d+(?:\.\d+)? s\)")
ELIDED = "…"


@dataclass
class Block:
    language: str
    body: str
    start: int  # offsets of the body in the README
    end: int
    mark: str | None
    output: Block | None = None


def blocks(text: str) -> list[Block]:
    """The fenced blocks of the README with their marks; an output block is attached to the run block before it."""
    found: list[Block] = []
    for match in _BLOCK.finditer(text):
        before = text[:match.start()]
        mark = _MARK.search(before[-300:])
        block = Block(match.group(1), match.group(2), match.start(2), match.end(2), mark.group(1) if mark else None)
        if block.mark == "output" and found and found[-1].mark and found[-1].mark.startswith("run"):
            found[-1].output = block
            continue
        found.append(block)
    return found


def unmarked(text: str) -> list[str]:
    """Command blocks (sh, sql) that are neither run nor say why not."""
    return [b.body.splitlines()[0] for b in blocks(text) if b.language in ("sh", "sql") and b.mark is None]


def fresh_copy(target: Path) -> Path:
    try:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                                capture_output=True, check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: the folders a clone has
        listed = [str(p.relative_to(ROOT)) for folder in ("corpus", "docs", "parsers", "pipeline", "schema", "scripts", "tests",
                                                          "bench", "output") for p in (ROOT / folder).rglob("*") if p.is_file()]
        listed += ["Makefile", "pyproject.toml", "README.md", "CHANGELOG.md"]
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # the checkout's environment, entry by entry, with a stamp of its own newer than the copy's pyproject.toml: make
    # takes the environment as installed and installs nothing
    venv = target / ".venv"
    venv.mkdir()
    for entry in (ROOT / ".venv").iterdir():
        if entry.name != ".installed-stamp":
            (venv / entry.name).symlink_to(entry)
    (venv / ".installed-stamp").touch()
    return target


def run(block: Block, root: Path) -> tuple[int, str]:
    if block.mark == "run: sql":
        command = [str(root / ".venv" / "bin" / "sqlite-utils"), "output/plans.db", block.body.strip(), "--table"]
    else:
        command = ["bash", "-e", "-c", block.body]
    # a make of the README run as a user runs it, not as a sub-make of `make test` (which would print "Entering
    # directory …" lines around its output)
    environment = {name: value for name, value in os.environ.items() if name not in {"MAKELEVEL", "MAKEFLAGS", "MFLAGS"}}
    # the copy's code first: the linked environment's console scripts (kehoach) would otherwise import the package
    # installed in editable mode, the checkout's, which in another worktree is other code than the copy's
    environment.update(COLUMNS="120", NO_COLOR="1", TERM="dumb", PYTHONPATH=str(root))
    done = subprocess.run(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment,
                          timeout=900)
    return done.returncode, done.stdout.replace(str(root), CHECKOUT)


def alike(text: str) -> str:
    return _TIMING.sub("(… s)", text)


def matches(shown: str, printed: str) -> bool:
    """Whether the README's block shows what was printed: the same lines, timings aside; "…" for any lines."""
    pattern = "".join(r"(?:.*\n)*?" if line == ELIDED else re.escape(alike(line)) + r"\n" for line in shown.splitlines())
    return re.fullmatch(pattern, alike(printed).rstrip("\n") + "\n") is not None


def rewritten(shown: str, printed: str) -> str:
    """The new output block: the printed lines; when the README elides some ("…"), as many lines kept before and after."""
    lines = printed.rstrip("\n").splitlines()
    old = shown.splitlines()
    if ELIDED in old:
        head = old.index(ELIDED)
        tail = len(old) - head - 1
        if head + tail < len(lines):
            lines = lines[:head] + [ELIDED] + (lines[len(lines) - tail:] if tail else [])
    return "\n".join(lines) + "\n"


def examine(write: bool = False) -> list[str]:
    """Run every example; the problems found (or, with ``write``, the README rewritten and the failures)."""
    text = README.read_text(encoding="utf-8")
    problems = [f"not marked run or not run: {first}" for first in unmarked(text)]
    replacements: list = []
    with tempfile.TemporaryDirectory(prefix="readme-") as folder:
        os.chmod(folder, 0o755)  # a local PostgreSQL server of the README's (pglocal) runs as nobody under root
        root = fresh_copy(Path(folder))
        try:
            problems += _run_all(text, root, write, replacements)
        finally:
            _stop_servers(root)
    if write:
        for output, new in sorted(replacements, key=lambda r: -r[0].start):
            text = text[:output.start] + new + text[output.end:]
        README.write_text(text, encoding="utf-8")
    return problems


def _stop_servers(root: Path) -> None:
    """Stop the local PostgreSQL servers an example left running in the copy (one that failed before its stop)."""
    for pid_file in root.glob("output/*/data/postmaster.pid"):
        subprocess.run([str(root / ".venv" / "bin" / "python"), "-m", "pipeline.outputs.pglocal", "stop",
                        str(pid_file.parent.parent)], cwd=root, capture_output=True)


def _run_all(text: str, root: Path, write: bool, replacements: list) -> list[str]:
    """Run the README's examples in order in the copy ``root``; the problems (or, with ``write``, the new output
    blocks added to ``replacements``)."""
    problems = []
    for block in blocks(text):
        if not (block.mark or "").startswith("run"):
            continue
        status, printed = run(block, root)
        if status != 0:
            problems.append(f"exit status {status}: {block.body.strip()}\n{printed}")
            continue
        if block.output is None:
            continue
        if write:
            replacements.append((block.output, rewritten(block.output.body, printed)))
        elif not matches(block.output.body, printed):
            problems.append(f"{block.body.strip()}\n--- README shows:\n{block.output.body}--- it prints:\n{printed}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true", help="compare; exit 1 when the README is not true")
    action.add_argument("--write", action="store_true", help="write the output blocks from what the commands print")
    args = parser.parse_args()
    problems = examine(write=args.write)
    for problem in problems:
        print(problem, end="\n\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
