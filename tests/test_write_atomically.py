"""``export.write_text_atomically``, which writes every JSON document: the file holds the bytes given, with the mode a
``tempfile`` temporary file has (as before it made its own), and nothing else is left in the folder; a write that fails
leaves the target as it was and no temporary file; a temporary name already taken is skipped."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.outputs import export
from pipeline.outputs.export import TEMPORARY, sweep_temporary_files, write_text_atomically


@settings(max_examples=40, deadline=None)
@given(text=st.one_of(st.text(), st.binary(max_size=300_000)))
def test_the_file_holds_what_was_given_with_a_temporary_file_s_mode(text):
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder, "a.json")
        write_text_atomically(target, text)
        with open(target, "rb") as handle:
            assert handle.read() == (text.encode("utf-8") if isinstance(text, str) else text)
        made = tempfile.NamedTemporaryFile(dir=folder, delete=False)  # the old way's file
        made.close()
        assert os.stat(target).st_mode == os.stat(made.name).st_mode
        assert sorted(os.listdir(folder)) == sorted(["a.json", os.path.basename(made.name)])


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_bytes(b"before")

    def full(handle, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "write", full)
    with pytest.raises(OSError):
        write_text_atomically(target, b"after")
    assert target.read_bytes() == b"before" and os.listdir(tmp_path) == ["a.json"]


def test_a_temporary_name_already_taken_is_skipped_and_swept_later(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "_temporary_numbers", iter([7, 7, 8]))
    left = tmp_path / f"{TEMPORARY[0]}{os.getpid()}-7{TEMPORARY[1]}"  # as a killed process of the same number leaves it
    left.write_bytes(b"half")
    write_text_atomically(tmp_path / "a.json", "xong")
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "xong" and left.read_bytes() == b"half"
    sweep_temporary_files(tmp_path)
    assert os.listdir(tmp_path) == ["a.json"]
