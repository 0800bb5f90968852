from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import parsers
from pipeline.stages.clean import clean
from pipeline.model import Document
from pipeline.run import process

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REALDOCS = ROOT.parent / "shared" / "realdocs"
REALDOCS2 = ROOT.parent / "shared" / "realdocs2"
# The reason every test that reads the real documents skips with when they are absent (a fresh clone
# outside the workplace); the summary below counts them, so a green run says what it did not check.
REALDOCS_MISSING = "real documents not found at"


def needs(folder: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not folder.exists(), reason=f"{REALDOCS_MISSING} {folder}")


def pytest_terminal_summary(terminalreporter):
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if REALDOCS_MISSING in str(r.longrepr)]
    if skipped:
        folders = sorted({str(f) for f in (REALDOCS, REALDOCS2) if not f.exists()})
        terminalreporter.write_line(
            f"NOTE: {len(skipped)} tests on real documents skipped: {', '.join(folders)} not found "
            "(they are read in place from ../shared beside the checkout)", yellow=True)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in parsers.READERS)


@pytest.fixture
def write_text(tmp_path):
    """Write lines to a .txt file and return its path."""

    def _write(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return _write


@pytest.fixture
def cleaned(write_text):
    """Run the reader and the clean stage on some text."""

    def _cleaned(text: str) -> Document:
        return clean(parsers.read(write_text(text)))

    return _cleaned


@pytest.fixture
def processed(write_text):
    """Run the whole pipeline on some text."""

    def _processed(text: str) -> Document:
        return process(write_text(text))

    return _processed


@pytest.fixture(scope="session")
def corpus_docs() -> dict[str, Document]:
    """Every corpus document, processed once, keyed by the sample's number ("000" …)."""
    return {p.name[:3]: process(p.relative_to(ROOT)) for p in corpus_files()}


# ---------------------------------------------------------------------------------------------------
# PostgreSQL: a throw-away cluster for the session (Debian's postgresql package, which `make test` installs)

_DATABASE_NUMBERS = itertools.count(1)


def postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    import shutil

    if found := shutil.which("pg_ctl"):
        return Path(found).parent
    folders = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return folders[-1].parent if folders else None


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL cluster in a temporary folder, listening only on a Unix socket in that folder, removed at the end
    of the session; yields (socket folder, user). initdb refuses to run as root: as root, the server runs as
    nobody."""
    import os
    import shutil
    import subprocess
    import tempfile

    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL not installed (Debian package postgresql: scripts/install-system-deps.sh test)")
    user = "nobody" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="kehoach-pg-"))
    if user:
        shutil.chown(folder, user)

    def run(*command: str) -> None:
        subprocess.run(command, check=True, user=user, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    data = folder / "data"
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "kh", "--encoding=UTF8", "--locale=C.UTF-8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start",
            "-o", f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off")
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"cannot start PostgreSQL: {error.stderr.decode(errors='replace')}") from None
    try:
        yield folder, "kh"
    finally:
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], user=user,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_cluster):
    """A new, empty database of the session's cluster, as --db takes it."""
    import psycopg

    socket, user = postgres_cluster
    name = f"test_{next(_DATABASE_NUMBERS)}"
    with psycopg.connect(f"postgresql:///postgres?host={socket}&user={user}", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return f"postgresql:///{name}?host={socket}&user={user}"




@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path):
    """The database to write, on each backend: a SQLite file, or a PostgreSQL database's URL."""
    if request.param == "sqlite":
        return tmp_path / "plans.db"
    return request.getfixturevalue("postgres_url")


def open_database(target):
    """A connection to read what an ingest wrote, on either backend: ``execute(sql, params)`` and ``query`` with
    ``?`` placeholders."""
    from pipeline.outputs.load import connect, is_postgres

    if is_postgres(target):
        from pipeline.outputs.postgres import PostgresDatabase

        return PostgresDatabase(str(target))
    return connect(target)
