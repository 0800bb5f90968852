"""scripts/evaluate_realdocs.py's cache of what the readers produce, kept by a file's bytes: a document taken from it is
the document a fresh read gives, whichever run wrote the entry and under whatever name or folder it read the file
(realdocs_digests.py reads "realdocs2/…" from ../shared; the evaluation reads absolute paths). The stages use the path
(a scan's signature and title are cropped from the file again) and the name (a number written in the file name): an
entry holding another run's path lost the signers of realdocs2 114 and 115 and the title of realdocs 004."""

import sys
from pathlib import Path

import pytest

import parsers
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from evaluate_realdocs import process, read_cached  # noqa: E402

# A decision whose number is blotted on the page ("Số: 4?2") and whose file name writes it with the printed symbol
DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 4?2 /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Giang, ngày 3 tháng 4 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch kiểm tra\n"
            "ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Sơn\n")
NAMED = "472_QD-UBND.txt"  # the number the file name gives: 472/QĐ-UBND
UNNAMED = "quyet-dinh.txt"


def _write(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(DECISION, encoding="utf-8")
    return folder / name


@pytest.mark.parametrize("first, then", [(UNNAMED, NAMED), (NAMED, UNNAMED)])
def test_an_entry_written_for_a_copy_named_otherwise_reads_as_the_file_itself(tmp_path, first, then):
    cache = tmp_path / "cache"
    read_cached(_write(tmp_path / "elsewhere", first), cache)
    path = _write(tmp_path / "here", then)
    cached, fresh = read_cached(path, cache), parsers.read(path)
    assert (cached.origin.path, cached.origin.name) == (str(path), then)
    assert cached.model_dump() == fresh.model_dump()
    number = process(path, cache).metadata.number
    assert number == process(path, None).metadata.number == ("472/QĐ-UBND" if then == NAMED else None)


def test_an_entry_written_with_a_relative_path_from_another_folder_gives_this_runs_path(tmp_path, monkeypatch):
    # as realdocs_digests.py writes it: "realdocs2/114_….pdf" read from ../shared; a run from the checkout then cropped
    # the signature from a path that names no file
    cache, shared = tmp_path / "cache", tmp_path / "shared"
    _write(shared / "realdocs2", NAMED)
    monkeypatch.chdir(shared)
    read_cached(Path("realdocs2") / NAMED, cache)
    monkeypatch.chdir(tmp_path)
    path = shared / "realdocs2" / NAMED
    cached = read_cached(path, cache)
    assert cached.origin.path == str(path) and Path(cached.origin.path).is_file()
    assert cached.model_dump() == parsers.read(path).model_dump()

