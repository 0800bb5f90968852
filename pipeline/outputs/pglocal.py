"""A local PostgreSQL server in a folder of its own, for trying ``--db postgresql://…`` without a database server, and
for the tests and the benchmark: Debian's ``postgresql`` package (``scripts/install-system-deps.sh test``) gives the
binaries; this starts a cluster whose data and Unix socket are in the folder, listening on no network port.

    .venv/bin/python -m pipeline.outputs.pglocal start /tmp/kehoach-pg   # prints the URL of its database "plans"
    .venv/bin/python -m pipeline.outputs.pglocal stop /tmp/kehoach-pg

Starting a folder whose server runs already prints its URL again. initdb refuses to run as root: as root, the server
runs as ``nobody``, who must be able to reach the folder (a folder under /tmp is). Made for one user's machine and
throw-away data: no password (trust over the socket), no fsync unless asked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import OutputError

USER = "kh"
DATABASE = "plans"


def postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (the newest)."""
    if found := shutil.which("pg_ctl"):
        return Path(found).parent
    folders = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return folders[-1].parent if folders else None


def url(folder: Path, database: str = DATABASE) -> str:
    """The ``--db`` URL of ``database`` on the server of ``folder`` (over its socket)."""
    return f"postgresql:///{database}?host={Path(folder).resolve()}&user={USER}"


def _owner() -> str | None:
    return "nobody" if os.geteuid() == 0 else None


def _run(command: list[str], owner: str | None) -> subprocess.CompletedProcess:
    return subprocess.run(command, user=owner, capture_output=True, text=True)


def running(folder: Path) -> bool:
    """Whether the server of ``folder`` is up."""
    bindir = postgres_bin()
    data = Path(folder) / "data"
    return bool(bindir and data.is_dir()) and _run([str(bindir / "pg_ctl"), "-D", str(data), "status"],
                                                     _owner()).returncode == 0


def start(folder: Path, database: str = DATABASE, durable: bool = False) -> str:
    """Start (making it on first use) the server of ``folder`` and the database ``database`` on it; its URL.
    ``durable`` keeps fsync on (off by default: this server is for tests, benchmarks and trying the backend)."""
    bindir = postgres_bin()
    if bindir is None:
        raise OutputError(str(folder), "PostgreSQL is not installed (Debian package postgresql: "
                                       "scripts/install-system-deps.sh test)")
    folder = Path(folder).resolve()
    owner = _owner()
    folder.mkdir(parents=True, exist_ok=True)
    if owner:
        shutil.chown(folder, owner)
        if _run(["test", "-w", str(folder)], owner).returncode:
            raise OutputError(str(folder), f"as root the server runs as {owner}, who cannot write this folder or "
                                           "reach it: use a folder under /tmp")
    data = folder / "data"
    if not data.is_dir():
        made = _run([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER, "--encoding=UTF8",
                     "--locale=C.UTF-8"], owner)
        if made.returncode:
            raise OutputError(str(folder), f"initdb failed: {made.stderr.strip()}")
    if not running(folder):
        options = f"-k {folder} -c listen_addresses=''" + ("" if durable else " -c fsync=off -c full_page_writes=off")
        started = _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start",
                        "-o", options], owner)
        if started.returncode:
            log = (folder / "log").read_text(errors="replace")[-2000:] if (folder / "log").exists() else ""
            raise OutputError(str(folder), f"the server did not start: {started.stderr.strip()} {log}".strip())
    create_database(folder, database)
    return url(folder, database)


def create_database(folder: Path, database: str) -> None:
    """``database`` on the server of ``folder``, made if it is not there."""
    import psycopg

    with psycopg.connect(url(folder, "postgres"), autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone():
            admin.execute(f'CREATE DATABASE "{database}"')


def stop(folder: Path) -> None:
    """Stop the server of ``folder`` (its data stays; ``start`` takes it up again)."""
    bindir = postgres_bin()
    if bindir and running(folder):
        _run([str(bindir / "pg_ctl"), "-D", str(Path(folder) / "data"), "-m", "fast", "-w", "stop"], _owner())


@contextmanager
def throwaway() -> Iterator[Path]:
    """A server in a new temporary folder, stopped and removed on leaving; yields the folder (``url(folder, name)``,
    ``create_database(folder, name)``)."""
    folder = Path(tempfile.mkdtemp(prefix="kehoach-pg-"))
    try:
        start(folder)
        yield folder
    finally:
        bindir = postgres_bin()
        if bindir and (folder / "data").is_dir():
            _run([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"], _owner())
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.outputs.pglocal", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop", "url"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--database", default=DATABASE, help="the database to make and print the URL of")
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            print(start(args.folder, args.database))
        elif args.action == "stop":
            stop(args.folder)
        else:
            print(url(args.folder, args.database))
    except OutputError as error:
        print(f"error: {error.path}: {error.reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
