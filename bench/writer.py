"""The writer and start-up, measured apart from parsing (issue 20, items 3 and 4).

    .venv/bin/python bench/writer.py [--docs 200] [--runs 3] [--postgres URL] [--skip-startup]

- writer: documents/s when N parsed documents (the text samples, each copy made a distinct document) are
  written into a fresh database, JSON documents included; CPU and wall time. First as ``kehoach ingest`` runs
  (``ingest`` itself, on N files, with an engine that hands it what a worker sends, pickled: ``parsed_outcome``,
  whose CPU per document, pickling included, the workers spend in parallel and is timed apart), so the figure
  counts everything the one writing process does per document: receiving the worker's outcome, the rows, the
  JSON, the commits, plans.jsonl and the unresolved-agencies report (as ``kehoach ingest`` writes them). Then the
  write alone (``store``), with the rows and JSON built by the writer or given. Then ``ingest`` with 2 worker
  processes reading N distinct text files: the CPU of the writing process, the process
  pool's receiving included (what the figures above leave out).
  ``--postgres URL`` measures the same into that PostgreSQL database too (emptied before each run); when the
  server runs on this machine, its CPU (the connection's backend process) is counted with the writer's.
- jsonl: seconds to bring plans.jsonl up to date after one document of N changed.
- start-up: CPU seconds (user + system) of ``kehoach --help``, a no-change ``kehoach ingest corpus``,
  ``kehoach akn`` on sample 004 and on the JSON document its ingest wrote, and ``kehoach datapackage`` on the corpus
  database; medians of ``--runs``, the package's modules compiled to bytecode first (as an install compiles them).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KEHOACH = [sys.executable, "-m", "pipeline"]


def child_cpu(command: list[str], cwd: Path = ROOT) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup_commands(out: Path, tree: Path = ROOT) -> dict[str, list[str]]:
    """The start-up commands, run in ``tree`` (a checkout: ``python -m pipeline`` there runs its code), writing into
    ``out``; its corpus ingested first, so that the ingest is a no-change one and the JSON and database exist. The
    package's modules are compiled to bytecode first, as pip compiles an installed package: with
    PYTHONDONTWRITEBYTECODE set (as on these machines) an editable checkout would otherwise compile every module it
    imports on every run (0.1 s of ``kehoach akn``), a cost no installed copy pays."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "pipeline", "parsers"], cwd=tree, check=True,
                   stdout=subprocess.DEVNULL)
    ingest = [*KEHOACH, "ingest", "corpus", "--db", str(out / "plans.db"), "--json-dir", str(out / "json")]
    subprocess.run(ingest, cwd=tree, check=True, capture_output=True)
    return {
        "kehoach --help": [*KEHOACH, "--help"],
        "no-change ingest of corpus/": ingest,
        "kehoach akn (sample 004)": [*KEHOACH, "akn", "corpus/004_bb67436c3e8d90f2.txt", "--out", str(out / "004.xml")],
        "kehoach akn (its stored JSON)": [*KEHOACH, "akn", str(out / "json" / "004_bb67436c3e8d90f2.txt.json"),
                                          "--out", str(out / "004j.xml")],
        "kehoach datapackage (corpus)": [*KEHOACH, "datapackage", "--db", str(out / "plans.db"), "--out", str(out / "dp")],
    }


def startup(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        commands = startup_commands(Path(tmp))
        return {name: statistics.median(child_cpu(command) for _ in range(runs)) for name, command in commands.items()}


def parsed_documents(count: int):
    from pipeline.run import prepare_worker, process

    prepare_worker()
    samples = [process(path) for path in sorted((ROOT / "corpus").glob("*.txt"))]
    docs = []
    for i in range(count):
        doc = samples[i % len(samples)]
        digest = f"{i:08d}{doc.origin.sha256[8:]}"
        origin = doc.origin.model_copy(update={"sha256": digest, "path": f"/bench/{i:05d}/{doc.origin.name}"})
        docs.append(doc.model_copy(update={"origin": origin}))
    return docs


def worker_outcomes(count: int, folder: Path) -> tuple[dict[str, bytes], float]:
    """``count`` files in ``folder`` (copies of a sample: the engine below does not read them) and, for each, what a
    worker sends back for it, pickled as a process pool pickles it: a parsed text sample, made a distinct document
    read from that file. Also the workers' CPU milliseconds per document to build and pickle it."""
    import pickle

    from pipeline.ingest import parsed_outcome

    folder.mkdir(parents=True)
    docs = parsed_documents(count)
    outcomes, cpu = {}, 0.0
    for i, doc in enumerate(docs):
        path = folder / f"{i:05d}_{doc.origin.name}"
        path.write_bytes(b"x")
        doc = doc.model_copy(update={"origin": doc.origin.model_copy(update={"path": str(path), "name": path.name})})
        start = time.process_time()
        outcomes[str(path)] = pickle.dumps(parsed_outcome(path, doc), protocol=pickle.HIGHEST_PROTOCOL)
        cpu += time.process_time() - start
    return outcomes, cpu * 1000 / count


def ingest_writer(count: int, runs: int, postgres: str | None = None,
                  replacing: bool = False) -> tuple[dict[str, float], float]:
    """Documents/s of ``ingest`` writing ``count`` documents whose outcomes arrive pickled, as from workers, into a
    database made empty beforehand (its tables and registry written before the clock starts); and the workers' CPU
    milliseconds per document. ``replacing``: the database holds every document already (written before the clock
    starts) and a new version of kehoach reads them all again, so each replaces its own rows."""
    import pickle
    from unittest import mock

    from pipeline.ingest import ingest
    from pipeline.outputs.load import open_db

    with tempfile.TemporaryDirectory() as tmp:
        outcomes, worker_ms = worker_outcomes(count, Path(tmp) / "in")

        def engine(paths, limits):
            return (pickle.loads(outcomes[str(path)]) for path in paths)

        cpu, server, wall = [], [], []
        for run in range(runs):
            if postgres:
                _fresh_postgres(postgres)
            target = postgres or Path(tmp) / f"plans{run}.db"
            db = open_db(target)
            db.close()
            version = mock.patch("pipeline.ingest.pipeline_version", lambda: "next") if replacing else nullcontext()
            if replacing:
                ingest([Path(tmp) / "in"], target, Path(tmp) / f"json{run}", engine=engine, **_beside(tmp, run))
            start_cpu, start_server, start_wall = time.process_time(), _postgres_cpu(postgres), time.perf_counter()
            with version:
                report = ingest([Path(tmp) / "in"], target, Path(tmp) / f"json{run}", engine=engine, **_beside(tmp, run))
            cpu.append(time.process_time() - start_cpu)
            server.append(_postgres_cpu(postgres) - start_server)
            wall.append(time.perf_counter() - start_wall)
            assert report.ok and report.stored_documents == count, report.failures[:3]
    return _rates(count, cpu, server, wall, postgres), worker_ms


def _beside(tmp: str, run: int) -> dict[str, Path]:
    """The files ``kehoach ingest`` keeps beside the database, written as it writes them: plans.jsonl and the report
    of agency names not resolved (without them the figures would leave out what a real ingest pays per document)."""
    return {"jsonl_path": Path(tmp) / f"plans{run}.jsonl", "unresolved_path": Path(tmp) / f"unresolved{run}.csv"}


def pool_writer(count: int, runs: int, workers: int = 2) -> float:
    """Documents/s of CPU of the writing process when ``kehoach ingest`` reads ``count`` distinct text files with
    ``workers`` worker processes into a fresh database and JSON folder: this process's CPU (all its threads, the
    process pool's included; not the workers'), which bounds an ingest however many workers read."""
    import resource

    from pipeline.ingest import ingest

    def own_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    samples = sorted((ROOT / "corpus").glob("*.txt"))
    cpu = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(count):  # a line of its own makes each copy another document
            sample = samples[i % len(samples)]
            (folder / f"{i:05d}_{sample.name}").write_bytes(sample.read_bytes() + f"\n{i}\n".encode())
        for run in range(runs):
            start = own_cpu()
            report = ingest([folder], Path(tmp) / f"plans{run}.db", Path(tmp) / f"json{run}", workers=workers,
                            **_beside(tmp, run))
            cpu.append(own_cpu() - start)
            assert report.ok and report.stored_documents == count, report.failures[:3]
    return count / statistics.median(cpu)


def _postgres_cpu(url: str | None) -> float:
    """CPU seconds of the PostgreSQL server at ``url`` when it runs on this machine: its main process, the children it
    reaped (a connection's backend ends with its connection) and those alive; 0 when it cannot be read."""
    if not url:
        return 0.0
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            folder = Path(conn.execute("SHOW data_directory").fetchone()[0])
        main = int((folder / "postmaster.pid").read_text().split()[0])
        total = _process_cpu(main, children=True)
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == main:
                    total += _process_cpu(int(stat.parent.name))
            except (OSError, IndexError, ValueError):
                continue
        return total
    except (OSError, ValueError, IndexError, psycopg.Error):
        return 0.0


def _rates(count: int, cpu: list[float], server: list[float], wall: list[float], postgres: str | None) -> dict[str, float]:
    figures = {"documents/s (CPU)": count / statistics.median(cpu)}
    if postgres and statistics.median(server) > 0:
        figures["documents/s (CPU, with the server's)"] = count / statistics.median(c + s for c, s in zip(cpu, server))
    figures["documents/s (wall)"] = count / statistics.median(wall)
    return figures


def _fresh_postgres(url: str) -> None:
    """Drop every table and view kehoach made in the database at ``url``."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def writer(docs, runs: int, postgres: str | None = None, prepared=None) -> dict[str, float]:
    """Documents/s writing ``docs`` into a fresh database (SQLite, or the PostgreSQL database ``postgres``),
    with their rows ``prepared`` in advance (as the workers do) or built by the writer."""
    from pipeline import ingest as ingest_module
    from pipeline.outputs.load import open_db

    cpu, server, wall = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            if postgres:
                _fresh_postgres(postgres)
            db = open_db(postgres or Path(tmp) / "plans.db")
            backend = db.execute("SELECT pg_backend_pid()").fetchone()[0] if postgres else None
            json_dir = Path(tmp) / "json"
            json_dir.mkdir()
            info = os.stat(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt")
            start_cpu, start_server, start_wall = time.process_time(), _process_cpu(backend), time.perf_counter()
            with ingest_module.Batch(db) as batch:
                for i, doc in enumerate(docs):
                    batch.add()
                    ingest_module.store(db, doc, doc.origin.path, info, json_dir, prepared[i] if prepared else None)
                    batch.commit_if_due()
            cpu.append(time.process_time() - start_cpu)
            server.append(_process_cpu(backend) - start_server)
            wall.append(time.perf_counter() - start_wall)
            db.close()
    return _rates(len(docs), cpu, server, wall, postgres)


def _process_cpu(pid: int | None, children: bool = False) -> float:
    """User + system CPU seconds of a process of this machine (a PostgreSQL backend), with those of the children it
    reaped when ``children``; 0 when it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, TypeError):
        return 0.0


def prepare_cost(docs) -> tuple[list, float]:
    """The documents' rows and JSON, built as a worker builds them, and the CPU milliseconds per document."""
    from pipeline.outputs.load import prepare

    start = time.process_time()
    prepared = [prepare(doc) for doc in docs]
    return prepared, (time.process_time() - start) * 1000 / len(docs)


def jsonl(docs, runs: int) -> float:
    """Seconds to update plans.jsonl after one document of len(docs) changed."""
    from pipeline import ingest as ingest_module
    from pipeline.outputs.load import open_db

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "plans.db")
        json_dir = Path(tmp) / "json"
        json_dir.mkdir()
        info = os.stat(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt")
        with ingest_module.Batch(db) as batch:
            for doc in docs:
                batch.add()
                ingest_module.store(db, doc, doc.origin.path, info, json_dir)
        target = Path(tmp) / "plans.jsonl"
        ingest_module._write_jsonl(db, json_dir, target, set())
        times = []
        for _ in range(runs):
            with ingest_module.Batch(db) as batch:  # one document changed: its rows and JSON written again
                batch.add()
                written = ingest_module.store(db, docs[0], docs[0].origin.path, info, json_dir)
            start = time.perf_counter()
            ingest_module._write_jsonl(db, json_dir, target, {written})
            times.append(time.perf_counter() - start)
        db.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to measure the writer on too "
                                                          "(everything in it is dropped)")
    parser.add_argument("--skip-startup", action="store_true", help="measure the writer and plans.jsonl only")
    parser.add_argument("--results", action="store_true", help="write the writer's figures into bench/RESULTS.md "
                                                               "(its section 'Writer')")
    args = parser.parse_args()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line)
        lines.append(line)

    if not args.skip_startup:
        for name, seconds in startup(args.runs).items():
            say(f"start-up  {name:32s} {seconds:.2f} s CPU")
    docs = parsed_documents(args.docs)
    prepared, milliseconds = prepare_cost(docs)
    say(f"prepare   rows and JSON in a worker          {milliseconds:.1f} ms CPU per document")
    for backend, url in (("sqlite", None), ("postgresql", args.postgres)):
        if backend == "postgresql" and not url:
            continue
        figures, worker_ms = ingest_writer(args.docs, args.runs, url)
        say(f"worker    what a worker sends (rows, JSON, pickled)   {worker_ms:.1f} ms CPU per document")
        for name, value in figures.items():
            say(f"writer    {backend:10s} {'ingest, outcomes pickled':26s} {name:37s} {value:.0f}")
        for name, value in ingest_writer(args.docs, args.runs, url, replacing=True)[0].items():
            say(f"writer    {backend:10s} {'ingest, every doc replaced':26s} {name:37s} {value:.0f}")
        for how, given in (("rows built by the writer", None), ("rows built in the workers", prepared)):
            for name, value in writer(docs, args.runs, url, given).items():
                say(f"writer    {backend:10s} {how:26s} {name:37s} {value:.0f}")
    say(f"writer    sqlite     {'ingest, 2 worker processes':26s} {'documents/s (CPU of this process)':37s} "
        f"{pool_writer(args.docs, args.runs):.0f}")
    say(f"jsonl     one of {args.docs} changed            {jsonl(docs, args.runs):.2f} s")
    if args.results:
        write_results(args, lines)


def write_results(args, lines: list[str]) -> None:
    from floors import RESULTS, replace_section  # bench/floors.py writes the other sections the same way

    command = " ".join([".venv/bin/python bench/writer.py", f"--docs {args.docs}", f"--runs {args.runs}",
                        *(["--postgres URL"] if args.postgres else []), *(["--skip-startup"] if args.skip_startup else []),
                        "--results"])
    load = os.getloadavg()[0]
    body = "\n".join([
        f"Command: `{command}`, {time.strftime('%Y-%m-%d %H:%M')}, load average (1 min) {load:.1f} (the machine is "
        "shared: CPU figures hold, wall-clock ones are lower bounds). Documents/s of the one writing process on "
        f"{args.docs} parsed text samples (each a distinct document), medians of {args.runs} runs; 'ingest, outcomes "
        "pickled' is `ingest` itself fed what workers send. Target ≥ 200 documents/s.", "", "```", *lines, "```"])
    RESULTS.write_text(replace_section(RESULTS.read_text(encoding="utf-8"), "Writer", body), encoding="utf-8")


if __name__ == "__main__":
    main()
