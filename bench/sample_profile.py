"""Where a format's time goes, by sampling: every ``--interval`` of CPU time (SIGPROF) the running Python stack is
counted, per function (inclusive and self) and per line. Unlike cProfile it adds no cost to each call, so many small
Python calls are not inflated against a few long ones in C. A signal is handled only between two bytecodes, so the
signals of a long C call (pdfium, numpy) come as one: each sample weighs the CPU time since the one before, and a C
call's time goes to the line that called it.

    .venv/bin/python bench/sample_profile.py pdf [--passes 5] [--top 40] [--files A.pdf B.pdf] [--under read,_page_pieces]

``--under``: also each line of those functions, with the time spent on it (calls included). Files: bench/floors.py's
``files(fmt)`` (the floors table's), or ``--files``. Each file is processed once unsampled (warm-up: patterns
compiled, data files read), then ``--passes`` times sampled. The handler's own time (~1%) is counted in the samples.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.run import prepare_worker, process  # noqa: E402


def _where(code, line: int | None = None) -> str:
    return f"{Path(code.co_filename).name}:{code.co_firstlineno if line is None else line}:{code.co_name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("format", help="txt, html, docx or pdf (bench/floors.py's files)")
    parser.add_argument("--files", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--interval", type=float, default=0.0005, help="seconds of CPU time between samples")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--under", default="", help="function names whose lines to break down, comma-separated")
    args = parser.parse_args()
    if args.files:
        paths = args.files
    else:
        from floors import files

        paths = files(args.format)
    prepare_worker()
    for path in paths:
        process(path)
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    under: collections.Counter = collections.Counter()
    broken_down = set(filter(None, args.under.split(",")))
    last = [time.process_time()]

    def sample(_signal, frame) -> None:
        now = time.process_time()
        weight, last[0] = now - last[0], now
        own[_where(frame.f_code)] += weight
        lines[_where(frame.f_code, frame.f_lineno)] += weight
        seen = set()
        while frame is not None:  # a recursive function counts once a sample
            if (key := _where(frame.f_code)) not in seen:
                inclusive[key] += weight
                seen.add(key)
                if frame.f_code.co_name in broken_down:
                    under[_where(frame.f_code, frame.f_lineno)] += weight
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    last[0] = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    for _ in range(args.passes):
        for path in paths:
            process(path)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(own.values()) or 1
    print(f"{total:.2f} s of CPU sampled, {len(paths)} files x {args.passes} passes, every {args.interval * 1000:g} ms")
    for title, counts in (("inclusive", inclusive), ("self", own), ("lines", lines), ("under", under)):
        print(f"--- {title}")
        for key, count in counts.most_common(args.top):
            print(f"{count / total:6.1%}  {key}")


if __name__ == "__main__":
    main()
