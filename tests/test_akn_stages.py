"""``kehoach akn`` on a source file runs only the stages whose fields the XML shows (``akn.STAGES``): its XML must be
the XML of the document every stage made, on every document we have (the text samples, their HTML, DOCX and PDF
variants, the real documents not read by OCR, generated ones), and a refused file refused the same way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.outputs.akn import STAGES, to_akn
from pipeline.run import STAGE_NAMES, pipeline_stages, process

from conftest import REALDOCS, REALDOCS2, ROOT, corpus_files

SHARED = ROOT.parent / "shared"
DIGESTS = json.loads((ROOT / "tests" / "data" / "realdocs_digests.json").read_text(encoding="utf-8"))


def _akn(path: Path, stages=STAGE_NAMES) -> bytes | str:
    try:
        return to_akn(process(path, stages))
    except PipelineError as error:
        return f"refused: {type(error).__name__}: {error}"


def _same_xml(path: Path) -> None:
    assert _akn(path, STAGES) == _akn(path), path


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_the_xml_of_the_stages_it_runs_is_that_of_every_stage(path):
    _same_xml(path)


def test_on_the_samples_other_formats(sample_variants):
    if shutil.which("soffice") is None:
        pytest.skip("format variants need LibreOffice: apt-get install -y libreoffice-writer-nogui")
    for files in sample_variants().values():  # the text samples as HTML, DOCX and PDF (their scans are not read here)
        for fmt in ("html", "docx", "pdf"):
            _same_xml(files[fmt])


@pytest.mark.parametrize("name", [n for n, d in sorted(DIGESTS.items()) if d["format"] != "pdf-ocr"])
def test_on_the_real_documents(name):
    path = SHARED / name
    if not (REALDOCS.exists() or REALDOCS2.exists()) or not path.exists():
        pytest.skip(f"real documents not found at {path}")
    cwd = os.getcwd()
    os.chdir(SHARED)  # read by relative names, as their digests are
    try:
        _same_xml(Path(name))
    finally:
        os.chdir(cwd)


GENERATED = [
    # a plan whose task table names agencies, deadlines and indicators: what the stages not run would write
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Lâm Đồng, ngày 3 tháng 2 năm 2025\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\nI. MỤC ĐÍCH\n1. Hoàn thành.\n"
    "II. NHIỆM VỤ\n| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "| 1 | Rà soát thủ tục | Sở Nội vụ | Sở Tư pháp | Quý II/2025 |\n"
    "| 2 | Số hóa hồ sơ | Văn phòng UBND tỉnh | Các sở, ngành | Tháng 6/2025 |\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, theo dõi, báo cáo trước ngày 15/12/2025.\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n",
    # a decision with tasks written as items ("Cơ quan chủ trì:", "Thời gian hoàn thành:")
    "BỘ TƯ PHÁP\nSố: 45/QĐ-BTP\nHà Nội, ngày 9 tháng 6 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch công tác\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Nhiệm vụ\na) Rà soát văn bản.\n"
    "- Cơ quan chủ trì: Vụ Pháp chế.\n- Thời gian hoàn thành: Quý III/2025.\nĐiều 3. Hiệu lực thi hành.\n"
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Thị B\n",
    # not an administrative document: refused by both
    "Chào bạn,\nHẹn gặp lại vào tuần sau.\n",
]


@pytest.mark.parametrize("text", GENERATED, ids=["task-table", "task-items", "letter"])
def test_on_generated_documents(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    _same_xml(path)


def test_the_stages_named_run_in_the_pipelines_order():
    assert [name for name, _ in pipeline_stages(("agencies", "clean"))] == ["clean", "agencies"]
    assert [name for name, _ in pipeline_stages()] == list(STAGE_NAMES)
    with pytest.raises(ValueError, match="no such stage: tasksx"):
        pipeline_stages(("tasksx",))


PROBE = """import runpy, sys
sys.argv = ["kehoach", *sys.argv[1:]]
runpy.run_module("pipeline", run_name="__main__")
"""
PROBE_END = """
import atexit
@atexit.register
def _stages():
    print(sorted(m for m in sys.modules if m.startswith("pipeline.stages.") and m.rpartition(".")[2] in {names!r}))
"""


def test_the_akn_command_imports_only_the_stages_it_runs(tmp_path):
    other = sorted(set(STAGE_NAMES) - set(STAGES))
    result = subprocess.run([sys.executable, "-c", PROBE_END.format(names=other) + PROBE, "akn",
                             str(corpus_files()[2]), "--out", str(tmp_path / "a.xml")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    assert (tmp_path / "a.xml").read_bytes() == to_akn(process(corpus_files()[2]))


PROBE_GC = """
import atexit, gc
@atexit.register
def _collector():
    print(gc.isenabled(), gc.get_freeze_count())
"""


@pytest.mark.parametrize("index", [0, 2])
def test_the_akn_command_keeps_its_start_up_out_of_the_collector_and_its_xml(tmp_path, index):
    """The model, the stages and the registry are made with the collector off and then frozen (``cli._start_up``):
    collections while they were made scanned them again and again (a tenth of the command's instructions). The
    collector is on again for the document, and the XML is the library's."""
    path = corpus_files()[index]
    result = subprocess.run([sys.executable, "-c", PROBE_GC + PROBE, "akn", str(path), "--out", str(tmp_path / "a.xml")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    enabled, frozen = result.stdout.split()
    assert enabled == "True"
    assert int(frozen) > 50_000  # the registry's objects alone are 58,000
    assert (tmp_path / "a.xml").read_bytes() == to_akn(process(path, STAGES)) == to_akn(process(path))
