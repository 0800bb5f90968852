"""The Dask engine (pipeline/engines.py) against the local worker pool: the same database and the same JSON, failures
recorded with the same reasons, unchanged files never sent to the cluster.

The Dask runs use a LocalCluster of 2 workers with ``processes=False`` (the workers are threads of the test process:
a cluster of processes takes seconds more to start); the files are read in each worker's reader process either way,
so the time limit, the memory limit and a crash behave as on a cluster of processes. One test starts a cluster of
processes, to lose a worker process for real.

Rerun them: .venv/bin/python -m pytest -q tests/test_engines.py
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from pipeline.cli import EXIT_BAD_INPUT, main  # noqa: E402
from pipeline.engines import WORKER_LOST, dask_engine  # noqa: E402
from pipeline.errors import PipelineError  # noqa: E402
import pipeline.ingest as ingest_module  # noqa: E402
from pipeline.ingest import WORKER_DIED, Limits, ingest, safe_process  # noqa: E402

from conftest import CORPUS, ROOT  # noqa: E402
from test_faults import SAMPLE, _children, plans, survivors_of_a_kill  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from compare_engines import database_differences, run_differences  # noqa: E402


def threads(**kwargs):
    return dask_engine(workers=2, processes=False, **kwargs)


def run(paths, out: Path, engine=None, **kwargs):
    return ingest(paths, out / "plans.db", out / "json", workers=2, jsonl_path=out / "plans.jsonl",
                  unresolved_path=out / "unresolved-agencies.csv", engine=engine, **kwargs)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, sample_variants) -> Path:
    """The samples, HTML and DOCX variants of two of them, and what makes the order of writing matter: one file name
    in two folders (who gets the plain JSON name), identical bytes at two paths (which path is the document's), a
    file that fails (empty)."""
    folder = tmp_path_factory.mktemp("mixed")
    for sample in sorted(CORPUS.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    # the other modules' variants, made once a run; without LibreOffice (no PDF) only the two formats read here
    variants = sample_variants() if shutil.which("soffice") else sample_variants(("html", "docx"))
    (folder / "variants").mkdir()
    for sample in (CORPUS / "002_4eef9a9c1980f483.txt", SAMPLE):
        for fmt in ("html", "docx"):
            shutil.copy(variants[sample][fmt], folder / "variants")
    for sub, source in (("a", SAMPLE), ("b", CORPUS / "002_4eef9a9c1980f483.txt")):
        (folder / sub).mkdir()
        shutil.copy(source, folder / sub / "plan.txt")
    shutil.copy(SAMPLE, folder / "b" / "same-bytes.txt")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_dask_and_local_write_the_same_database_and_json(mixed, tmp_path):
    local = run([mixed], tmp_path / "local")
    dask_run = run([mixed], tmp_path / "dask", threads())
    assert [d.path for d in dask_run.documents] == [d.path for d in local.documents]
    assert len(local.documents) == 12 and [Path(p).name for p, _ in local.failures] == ["empty.txt"]
    assert dask_run.failures == local.failures
    assert run_differences(tmp_path / "local", tmp_path / "dask") == []


def test_where_batches_end_does_not_change_the_database(mixed, tmp_path, monkeypatch):
    """Batches end on the clock (BATCH_SECONDS) as well as on a count, so a loaded machine ends them elsewhere: the
    database must not depend on it. It did: the same bytes at two paths within one batch kept their rows where they
    first stood, across two batches they went after the documents between (this test's and the one above's failures
    under load)."""
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 1)
    run([mixed], tmp_path / "one")
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 10_000)
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 10_000.0)
    run([mixed], tmp_path / "all")
    assert run_differences(tmp_path / "one", tmp_path / "all") == []


def test_documents_written_again_in_one_batch_get_the_rows_they_get_one_by_one(tmp_path, monkeypatch):
    """Two documents read again at other paths (the same bytes) in one batch: written together, the batch deleted
    both documents' rows before inserting either, so the first took the rowids the second's old rows had freed at
    the top of each table, where one by one it goes above them: the database depended on where a batch ended (on
    the clock, under load: test_dask_and_local_write_the_same_database_and_json failed so)."""
    first, second = plans(tmp_path / "in", 2)
    shutil.copy(first, tmp_path / "in" / "plan_02.txt")
    shutil.copy(second, tmp_path / "in" / "plan_03.txt")
    monkeypatch.setattr(ingest_module, "BATCH_SECONDS", 10_000.0)
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 1)
    run([tmp_path / "in"], tmp_path / "one")
    monkeypatch.setattr(ingest_module, "BATCH_DOCUMENTS", 2)  # plan_02 and plan_03 (both known) in one batch
    run([tmp_path / "in"], tmp_path / "two")
    assert run_differences(tmp_path / "one", tmp_path / "two") == []


def test_the_comparison_sees_a_difference(mixed, tmp_path):
    """The check above could fail: the same files written in another order give another database."""
    run([mixed], tmp_path / "one")
    run(sorted(p for p in mixed.rglob("*") if p.is_file())[::-1], tmp_path / "other")
    assert database_differences(tmp_path / "one" / "plans.db", tmp_path / "other" / "plans.db")


def test_unchanged_files_are_skipped_before_any_task_is_submitted(tmp_path):
    plans(tmp_path / "in", 3)
    first = run([tmp_path / "in"], tmp_path / "out", threads())
    assert len(first.documents) == 3
    # nothing to read: the engine is not started, so a scheduler nobody listens on is never called
    again = run([tmp_path / "in"], tmp_path / "out", dask_engine("tcp://127.0.0.1:9"))
    assert again.skipped == 3 and not again.documents and not again.failures


def test_a_scheduler_that_cannot_be_reached_stops_the_run_with_its_address(tmp_path):
    plans(tmp_path / "in", 1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(PipelineError) as error:
            run([tmp_path / "in"], tmp_path / "out", dask_engine("tcp://127.0.0.1:9"))
    assert error.value.path == "tcp://127.0.0.1:9" and "cannot reach the Dask scheduler" in error.value.reason


def test_scheduler_without_the_dask_engine_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--db", str(tmp_path / "p.db"), "--scheduler", "tcp://x:8786"])
    assert result.exit_code == EXIT_BAD_INPUT and "use it with --engine dask" in result.output


def crashing(path: Path, limits: Limits):
    """safe_process, except that a file named crash.txt kills the process reading it (as a segfault would)."""
    if path.name == "crash.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return safe_process(path, limits)


def raising(path: Path, limits: Limits):
    """A read that raises instead of returning its failure (a bug outside safe_process)."""
    if path.name == "raise.txt":
        raise KeyError("w:tbl")
    return safe_process(path, limits)


def test_a_file_that_kills_its_reader_or_raises_fails_alone_and_the_run_goes_on(tmp_path):
    paths = plans(tmp_path / "in", 6)
    shutil.copy(SAMPLE, tmp_path / "in" / "crash.txt")
    report = run([tmp_path / "in"], tmp_path / "crash", threads(read=crashing))
    assert report.failures == [(str(tmp_path / "in" / "crash.txt"), WORKER_DIED)]
    assert sorted(d.name for d in report.documents) == [p.name for p in paths]
    (tmp_path / "in" / "crash.txt").rename(tmp_path / "in" / "raise.txt")
    report = run([tmp_path / "in"], tmp_path / "raise", threads(read=raising))
    assert report.failures == [(str(tmp_path / "in" / "raise.txt"), "could not be read: KeyError: 'w:tbl'")]
    assert len(report.documents) == 6


def test_the_limits_per_file_hold_on_dask_workers(tmp_path):
    """The reader process reads in its main thread: the time limit's signal works there as in a local worker."""
    plans(tmp_path / "in", 2, source=CORPUS / "001_7ff9224151ac323a.txt")  # ~0.2 s each, far over 0.01 s
    report = run([tmp_path / "in"], tmp_path / "out", threads(), limits=Limits(seconds=0.01))
    assert [reason for _, reason in report.failures] == [
        "took longer than 0.01 s, the time limit per file (--time-limit)"] * 2


def killing_its_worker(path: Path, limits: Limits):
    """A read that kills the Dask worker process above its reader (as the system's OOM killer might)."""
    if path.name == "kill-worker.txt":
        os.kill(os.getppid(), signal.SIGKILL)
    return safe_process(path, limits)


def test_a_lost_dask_worker_fails_its_file_for_this_run_only(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SAMPLE, tmp_path / "in" / "kill-worker.txt")
    # Dask gives a task whose worker died to another one up to distributed.scheduler.allowed-failures times (3, each
    # costing a worker process); none here, so that one lost worker fails the task
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        report = run([tmp_path / "in"], tmp_path / "out", dask_engine(workers=1, read=killing_its_worker))
    assert report.failures == [(str(tmp_path / "in" / "kill-worker.txt"), WORKER_LOST)]
    # not the file's fault: the next run reads it again
    again = run([tmp_path / "in"], tmp_path / "out", threads())
    assert [d.name for d in again.documents] == ["kill-worker.txt"] and not again.failures


def test_a_cluster_left_without_workers_stops_the_run_instead_of_waiting_for_ever(tmp_path, monkeypatch):
    from distributed import LocalCluster

    from pipeline import engines

    monkeypatch.setattr(engines, "CHECK_SECONDS", 0.2)
    monkeypatch.setattr(engines, "NO_WORKERS_SECONDS", 1.0)
    plans(tmp_path / "in", 20)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        def lose_the_workers(index, total, path, doc, reason):
            if index == 1:
                cluster.scale(0)

        with pytest.raises(PipelineError) as error:
            run([tmp_path / "in"], tmp_path / "out", dask_engine(cluster.scheduler_address), on_file=lose_the_workers)
    assert "no workers for 1 s" in error.value.reason and error.value.path == cluster.scheduler_address
    again = run([tmp_path / "in"], tmp_path / "out", threads())  # the next run reads what was not written
    assert len(again.documents) + again.skipped == 20 and not again.failures


def test_the_command_line_runs_on_a_dask_cluster(tmp_path):
    plans(tmp_path / "in", 2)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "p.db"), "--json-dir",
                                       str(tmp_path / "json"), "--engine", "dask", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Ingested 2 file(s)" in result.output and len(list((tmp_path / "json").iterdir())) == 2


def _descendants(pid: int) -> list[int]:
    return [pid for child in _children(pid) for pid in (child, *_descendants(child))]


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc (Linux)")
def test_a_killed_dask_ingest_takes_its_workers_along_and_is_taken_up_where_it_stopped(tmp_path):
    import sqlite3
    import subprocess
    import time

    # enough files that the run is still working after its first commit: a batch commits once it is BATCH_SECONDS
    # (1 s) old, and two workers read about 3 copies of 001 a second on an idle 2-core machine (0.6 s CPU each, read
    # and written), fewer on a loaded one (its first commit held 3 of them). 40 leaves several times that; a run that
    # ends first fails below, never passes (150 took 100 s CPU to read, 40 take 33 s)
    count = 40
    plans(tmp_path / "in", count, source=CORPUS / "001_7ff9224151ac323a.txt")
    command = [sys.executable, "-m", "pipeline", "ingest", str(tmp_path / "in"), "--db", str(tmp_path / "p.db"),
               "--json-dir", str(tmp_path / "json"), "--engine", "dask", "--workers", "2"]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    def committed() -> int:  # a JSON file is written before its batch commits: count what the database holds
        try:
            with sqlite3.connect(f"file:{tmp_path / 'p.db'}?mode=ro", uri=True) as db:
                return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            return 0

    deadline = time.time() + 240
    while time.time() < deadline and run.poll() is None and not committed():
        time.sleep(0.2)
    processes = _descendants(run.pid)  # the Dask workers and their reader processes
    assert run.poll() is None, "the run ended before it could be killed"
    assert len(processes) >= 4, "the workers did not start"
    assert not survivors_of_a_kill(run, processes, 30), "Dask workers or readers outlived the ingest"
    assert sqlite3.connect(tmp_path / "p.db").execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    done = int(again.stdout.split("; ")[1].split()[0])  # "…; N unchanged, skipped; …"
    assert 0 < done < count and f"Ingested {count - done} file(s)" in again.stdout
    assert len(list((tmp_path / "json").iterdir())) == count


def test_a_reader_that_died_before_a_file_is_replaced_not_blamed_on_it(tmp_path):
    """A task thread's reader process can be dead before its next file (killed with the file before it, or left
    by the thread's earlier owner: thread ids are reused): that file is read by a fresh reader, not failed as the
    file's own fault."""
    import pickle
    import time

    from pipeline import engines

    path = plans(tmp_path, 1)[0]
    pool = engines._reader(None)
    pool.submit(int, 1).result()  # the reader process is up
    for process in list(pool._processes.values()):
        process.kill()
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            pool.submit(int, 1).result()
        except Exception:  # BrokenProcessPool once the executor has seen its process die
            break
        time.sleep(0.1)
    try:
        outcome = pickle.loads(engines._read_on_worker(str(path), Limits(), None, safe_process))
        assert outcome.pickled_doc is not None and not outcome.own_fault, outcome.reason
    finally:
        engines._close_readers()
