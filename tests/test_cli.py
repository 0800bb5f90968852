import subprocess
import sys

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


def test_python_dash_m_pipeline_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", str(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt"),
         "--db", str(tmp_path / "p.db"), "--json-dir", str(tmp_path / "j")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Ingested 1 file(s)" in result.stdout
    assert "[1/1]" in result.stderr  # progress goes to stderr, the summary to stdout
