"""The cost of the link step (pipeline/links.py, ingest.link_documents) on plans that cite each other: 2,000 small
plans, each citing 10 plans by number and date (3 in 4 of them in the database), ingested fresh, then again with
nothing changed, with the link step and with it replaced by nothing. Prints seconds (wall) per run.

    .venv/bin/python bench/links.py [--files 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.ingest as ingest_module  # noqa: E402

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def write_plans(folder: Path, count: int) -> None:
    pick = random.Random(1)
    for i in range(1, count + 1):
        cited = "\n".join(f"Căn cứ Kế hoạch số {j}/KH-UBND ngày {1 + j % 28}/3/2026 của UBND tỉnh;"
                          for j in pick.sample(range(1, count * 13 // 10), 10))
        (folder / f"p{i:05d}.txt").write_text(
            f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: {i}/KH-UBND\n{MOTTO}Lào Cai, ngày {1 + i % 28} tháng 3 năm 2026\n"
            f"KẾ HOẠCH\nTriển khai nhiệm vụ số {i}\n{cited}\nI. MỤC ĐÍCH\n1. Nội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
            "Nguyễn Văn An\n", encoding="utf-8")


def timed(folder: Path, out: Path, workers: int) -> float:
    start = time.perf_counter()
    ingest_module.ingest([folder], out / "plans.db", out / "json", workers=workers)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    link_step = ingest_module.link_documents
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write_plans(folder, args.files)
        for label, step in (("with the link step", link_step), ("without it", lambda *a, **k: None)):
            ingest_module.link_documents = step
            out = Path(tmp) / label.replace(" ", "_")
            fresh = timed(folder, out, args.workers)
            again = sorted(timed(folder, out, args.workers) for _ in range(3))[1]
            print(f"{label}: fresh ingest {fresh:.2f} s, no-change re-ingest {again:.3f} s (median of 3)")
            shutil.rmtree(out)
        ingest_module.link_documents = link_step
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
