"""scripts/realdocs_digests.py keys each digest by a name relative to ../shared ("realdocs/003_….pdf"). A path given
on the command line is turned into that name; anything that is not a real document is refused. An absolute path used
to go through as its own key, a digest never compared, and its JSON was written beside the source in ../shared."""

import argparse
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import realdocs_digests  # noqa: E402


@pytest.fixture
def shared(tmp_path, monkeypatch):
    (tmp_path / "realdocs").mkdir()
    (tmp_path / "realdocs" / "009_plan.docx").write_bytes(b"")
    (tmp_path / "realdocs" / "notes.md").write_text("not a document")
    monkeypatch.setattr(realdocs_digests, "SHARED", tmp_path)
    return tmp_path


@pytest.mark.parametrize("given", ["realdocs/009_plan.docx", "{shared}/realdocs/009_plan.docx",
                                   "{shared}/realdocs/../realdocs/009_plan.docx"])
def test_a_document_is_keyed_by_its_name_under_shared(shared, given):
    name = realdocs_digests.relative_name(given.format(shared=shared), argparse.ArgumentParser())
    assert name == "realdocs/009_plan.docx"


@pytest.mark.parametrize("given", ["realdocs/010_missing.docx", "realdocs/notes.md", "/tmp/009_plan.docx",
                                   "009_plan.docx"])
def test_anything_else_is_refused(shared, given):
    with pytest.raises(SystemExit):
        realdocs_digests.relative_name(given, argparse.ArgumentParser())
