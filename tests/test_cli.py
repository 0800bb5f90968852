import subprocess
import sys

import pytest

from click.testing import CliRunner

from pipeline.cli import main

from conftest import ROOT


def test_every_command_has_help_and_a_readme_section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and command.help
        assert f"kehoach {name}" in readme, f"README has no section for 'kehoach {name}'"
        for option in command.params:
            if option.opts[0].startswith("--"):
                assert option.opts[0] in readme, f"README does not mention {option.opts[0]}"


def test_the_examples_of_kehoach_help_are_commands_it_takes():
    """Each example line names a command and arguments that command parses (a renamed option would fail here)."""
    import shlex

    from pipeline.cli import EXAMPLES

    examples = [line.strip() for line in EXAMPLES.splitlines() if line.strip().startswith("kehoach ")]
    assert len(examples) >= 5 and {"ingest", "report", "correct"} <= {line.split()[1] for line in examples}
    for line in examples:
        _, name, *args = shlex.split(line.split(" > ")[0])
        command = main.commands[name]
        command.make_context(name, args)  # raises click.UsageError for an unknown option or a missing argument
    assert "Examples:" in CliRunner().invoke(main, ["--help"]).output


def test_python_dash_m_pipeline_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", str(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"),
         "--db", str(tmp_path / "p.db"), "--json-dir", str(tmp_path / "j")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Ingested 1 file(s)" in result.stdout
    assert "[1/1]" in result.stderr  # progress goes to stderr, the summary to stdout


HEAVY = ("pydantic", "pdfplumber", "pypdfium2", "PIL", "lxml", "sqlite_utils", "parsers.txt", "pipeline.run", "dask",
         "distributed", "numpy", "pipeline.stages.citations")  # citations: ~50 ms of patterns compiled on import
PROBE = """import runpy, sys
sys.argv = ["kehoach", *sys.argv[1:]]
try:
    runpy.run_module("pipeline", run_name="__main__")
except SystemExit:
    pass
print(sorted(name for name in {heavy!r} if name in sys.modules))
"""


def imported(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], capture_output=True, text=True, cwd=ROOT)
    return eval(result.stdout.splitlines()[-1])


def test_help_and_a_run_that_finds_nothing_to_read_import_no_reader_stage_or_model(tmp_path):
    """Start-up stays cheap: the readers, the stages and the model (pydantic) are imported where a file is read."""
    args = ["ingest", str(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"), "--db", str(tmp_path / "p.db"), "--json-dir",
            str(tmp_path / "j")]
    assert imported("--help") == []
    assert imported("ingest", "--help") == []  # the engines' options, Dask's included, cost nothing until used
    assert imported(*args) == ["parsers.txt", "pipeline.run", "pipeline.stages.citations", "pydantic",
                               "sqlite_utils"]  # a text file read: no PDF, OCR or HTML
    assert imported(*args) == ["sqlite_utils"]  # nothing changed: nothing read, nothing to link
    # the data package reads the database with the standard library's sqlite3 alone
    assert imported("datapackage", "--db", str(tmp_path / "p.db"), "--out", str(tmp_path / "dp")) == []
    # a stored JSON document converts to Akoma Ntoso without the model or the stages
    stored = next((tmp_path / "j").glob("*.json"))
    assert imported("akn", str(stored), "--out", str(tmp_path / "a.xml")) == ["lxml"]
    assert (tmp_path / "a.xml").read_bytes().startswith(b"<?xml")
    assert imported("akn", str(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"), "--out", str(tmp_path / "b.xml")) == [
        "lxml", "parsers.txt", "pipeline.run", "pipeline.stages.citations", "pydantic"]  # a source file is read as ingest reads it
    assert (tmp_path / "b.xml").read_bytes() == (tmp_path / "a.xml").read_bytes()


def test_a_terminal_gets_a_progress_bar(tmp_path):
    """On a terminal the ingest draws click's progress bar (files done, time left, the file just read); the summary
    still goes to standard output."""
    import os
    import pty
    import subprocess

    master, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(ROOT / "corpus"), "--db", str(tmp_path / "p.db"),
                                "--json-dir", str(tmp_path / "json"), "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=terminal)
    os.close(terminal)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        drawn += chunk
    summary = process.communicate(timeout=120)[0].decode()
    os.close(master)
    text = drawn.decode("utf-8", "replace")
    assert "Reading" in text and "[####" in text and "1/5" in text and "5/5" in text
    assert "ok, 13 warnings" not in text  # the plain per-file lines are for logs, not terminals
    assert summary.startswith("Ingested 5 file(s)")


@pytest.mark.parametrize("script, args, status, says", [
    ("evaluate_realdocs.py", ["--realdocs", "/nowhere/realdocs", "--vbpl", ""], 2, "/nowhere/realdocs not found"),
    ("evaluate_agencies.py", ["--realdocs", "/nowhere/realdocs"], 0, "/nowhere/realdocs not found: only the corpus"),
])
def test_the_evaluation_scripts_say_when_the_real_documents_are_missing(script, args, status, says):
    import subprocess

    done = subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == status and says in done.stderr and "Traceback" not in done.stderr


READERS_OF_THE_DATABASE = {  # the commands that read the SQLite file ingest wrote, with the arguments each needs
    "report": ["--out", "{tmp}/report"],
    "export": ["--xlsx", "{tmp}/plans.xlsx"],
    "datapackage": ["--out", "{tmp}/dp"],
    "correct": ["{source}", "document.number", "15/KH-UBND", "--json-dir", "{tmp}/json", "--corrections",
                "{tmp}/corrections.csv"],
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kehoach_db")
    source = ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"
    result = CliRunner().invoke(main, ["ingest", str(source), "--db", str(folder / "elsewhere.db"), "--json-dir",
                                       str(folder / "json"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return folder, source


@pytest.mark.parametrize("command", READERS_OF_THE_DATABASE)
def test_the_commands_that_read_the_database_take_it_from_kehoach_db_as_ingest_does(ingested, command, tmp_path,
                                                                                    monkeypatch):
    folder, source = ingested
    monkeypatch.chdir(tmp_path)  # no output/plans.db here: only KEHOACH_DB names the database
    args = [arg.format(tmp=folder, source=source) for arg in READERS_OF_THE_DATABASE[command]]
    result = CliRunner().invoke(main, [command, *args], env={"KEHOACH_DB": str(folder / "elsewhere.db")})
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize("url", ["postgresql://kh:secret@db.example.org:5432/plans", "postgres://kh@/plans?password=secret",
                                 "postgresql:///plans?host=/var/run/postgresql&user=kh"])
@pytest.mark.parametrize("command", READERS_OF_THE_DATABASE)
def test_a_postgresql_database_is_refused_by_the_commands_that_read_a_sqlite_file_with_the_reason(ingested, command,
                                                                                                    url, tmp_path):
    """A team that set KEHOACH_DB to its server, as the PostgreSQL section shows, is told these commands read a SQLite
    file (not "no such database" about a URL with one slash dropped), and the password is not printed."""
    folder, source = ingested
    args = [arg.format(tmp=tmp_path, source=source) for arg in READERS_OF_THE_DATABASE[command]]
    for how in ({"args": ["--db", url]}, {"env": {"KEHOACH_DB": url}}):
        result = CliRunner().invoke(main, [command, *args, *how.get("args", [])], env=how.get("env"))
        assert result.exit_code == 2, result.output
        assert "is a PostgreSQL database" in result.output and f"kehoach {command} reads a SQLite file" in result.output
        assert "secret" not in result.output and "no such database" not in result.output
    assert list(tmp_path.iterdir()) == []
