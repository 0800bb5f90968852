"""While an ingest writes documents, the cyclic garbage collector runs less often (``ingest.WRITER_GC_OBJECTS``), and
the process's setting is given back afterwards, even when the run fails; a process that turned collection off keeps
it off."""

from __future__ import annotations

import gc

import pytest

from pipeline import ingest as ingest_module
from pipeline.ingest import ingest

from conftest import CORPUS


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((CORPUS / "004_bb67436c3e8d90f2.txt").read_bytes())
    return tmp_path / "in"


@pytest.fixture
def threshold():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_fewer_collections_while_writing_and_the_setting_given_back(tmp_path, folder, threshold):
    gc.set_threshold(650, 9, 8)
    seen = []
    report = ingest([folder], tmp_path / "p.db", tmp_path / "json", workers=1,
                    on_file=lambda *args: seen.append(gc.get_threshold()))
    assert report.ok and seen == [(ingest_module.WRITER_GC_OBJECTS, 9, 8)]
    assert gc.get_threshold() == (650, 9, 8)


def test_the_setting_given_back_when_the_run_fails(tmp_path, folder, threshold):
    gc.set_threshold(650, 9, 8)

    def broken(*args):
        raise RuntimeError("a progress display that fails")

    with pytest.raises(RuntimeError):
        ingest([folder], tmp_path / "p.db", tmp_path / "json", workers=1, on_file=broken)
    assert gc.get_threshold() == (650, 9, 8)


def test_collection_turned_off_stays_off(tmp_path, folder, threshold):
    gc.set_threshold(0, 10, 10)
    seen = []
    ingest([folder], tmp_path / "p.db", tmp_path / "json", workers=1, on_file=lambda *args: seen.append(gc.get_threshold()))
    assert seen == [(0, 10, 10)] and gc.get_threshold() == (0, 10, 10)


def _in_this_process(paths, limits):
    """An engine reading the files here, without ``prepare_worker`` (which freezes objects of its own)."""
    return (ingest_module.safe_process(path, limits) for path in paths)


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_objects_alive_before_left_out_of_collections_while_writing(tmp_path, folder, threshold, unfrozen):
    seen = []
    report = ingest([folder], tmp_path / "p.db", tmp_path / "json", engine=_in_this_process,
                    on_file=lambda *args: seen.append(gc.get_freeze_count()))
    assert report.ok and seen[0] > 1000  # the modules, the database's objects …
    assert gc.get_freeze_count() == 0  # given back: nothing stays uncollectable


def test_objects_given_back_to_collections_when_the_run_fails(tmp_path, folder, threshold, unfrozen):
    def broken(*args):
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a progress display that fails")

    with pytest.raises(RuntimeError):
        ingest([folder], tmp_path / "p.db", tmp_path / "json", engine=_in_this_process, on_file=broken)
    assert gc.get_freeze_count() == 0


def test_objects_frozen_before_stay_frozen(tmp_path, folder, threshold, unfrozen):
    gc.freeze()  # as a worker's prepare_worker leaves its registry
    frozen = gc.get_freeze_count()
    report = ingest([folder], tmp_path / "p.db", tmp_path / "json", engine=_in_this_process)
    assert report.ok and gc.get_freeze_count() > frozen // 2  # not unfrozen (a few frozen objects may have died)
