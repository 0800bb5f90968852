"""The HTML reader's steps on a legal site's page of about 1.5 MB around one document, beside lxml.html's parse (issue
20, item 5): what the page costs outside the document (its menus, scripts, style sheet and footer) against what the
document's own blocks cost. The page is built from a corpus sample: the document in the container a site's XPath
finds (``toanvancontent``), 700 menu entries of six links each, a side menu, two 230 kB inline scripts and 40
script links (in the head and again at the end of the body), a 28 kB style sheet and a footer of 1,500 links.
CPU time of this process, the least of ``--runs`` for each step; real saved pages (``../shared/realdocs/vbpl-html``
…) can be given as further arguments.

    .venv/bin/python bench/html_page.py [--runs 9] [PAGE ...]
"""

from __future__ import annotations

import argparse
import html as markup
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from lxml import etree  # noqa: E402

from parsers import html  # noqa: E402

PAGE = ROOT / "output" / "bench-pages" / "site_page_004.html"


def site_page(sample: Path = ROOT / "corpus" / "004_bb67436c3e8d90f2.txt") -> bytes:
    """The sample's lines as paragraphs in a page built as a legal site's is (the same bytes on every run)."""
    rng = random.Random(1)
    lines = sample.read_text(encoding="utf-8").splitlines()
    document = "\n".join(f"<p>{markup.escape(line)}</p>" for line in lines if line.strip())
    entries = "".join(f"<li class='item'><a href='/van-ban/{i}'>Mục văn bản số {i}</a><ul>"
                      + "".join(f"<li><a href='/c/{i}/{j}'>Chuyên mục {j}</a></li>" for j in range(6)) + "</ul></li>"
                      for i in range(700))
    menu = f"<nav class='menu'><ul>{entries}</ul></nav>"
    script = f"<script>var data={[rng.random() for _ in range(12000)]!r};</script>"
    scripts = script * 2 + "".join(f"<script src='/js/{i}.js'></script>" for i in range(40))
    footer = "<footer><div class='links'>" + "".join(
        f"<div class='col'><a href='/l/{i}'>Liên kết {i}</a> <span>Cổng thông tin</span></div>" for i in range(1500)) \
        + "</div></footer>"
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Văn bản</title><style>{'.a{color:red} ' * 2000}"
            f"</style>{scripts}</head>\n<body>{menu}<div class='main'><div class='side'>{menu[:80000]}</div>"
            f"<div id='toanvancontent'>{document}</div></div>{footer}{scripts}</body></html>")
    return page.encode("utf-8")


def least(step, runs: int) -> float:
    """The least CPU milliseconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
    return min(times) * 1000


def steps(path: Path, runs: int) -> dict[str, float]:
    """Milliseconds of each of the reader's steps on the page (read_page's, one after the other) and of the whole."""
    data = path.read_bytes()
    nonce = html.origin_of(path, data, "html").sha256[:16]

    def parsed():
        root, _ = html._parse(data, str(path), nonce)
        etree.strip_elements(root, *html._DROP, with_tail=False)
        return root

    root = parsed()
    html._css_tables(root)
    document, document_text = html._container(root)

    def walked():
        builder = html._Builder()
        builder.walk(document)
        builder.flush()
    return {
        "lxml.html parse": least(lambda: lxml.html.document_fromstring(data), runs),
        "reader": least(lambda: html.read(path), runs),
        "SHA-256": least(lambda: html.origin_of(path, data, "html"), runs),
        "cut files, sheets": least(lambda: html._cut(data, nonce), runs),
        "parse, strip": least(parsed, runs),
        "CSS tables": least(lambda: html._css_tables(root), runs),
        "container": least(lambda: html._container(root), runs),
        "walk": least(walked, runs),
        "site heading": least(lambda: html.site_heading(root, document, document_text), runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("pages", nargs="*", type=Path)
    args = parser.parse_args()
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_bytes(site_page())
    for path in [PAGE, *args.pages]:
        root = lxml.html.document_fromstring(path.read_bytes())
        document = html.container(root)
        print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {sum(1 for _ in root.iter())} elements, "
              f"{sum(1 for _ in document.iter())} in the document's container")
        figures = steps(path, args.runs)
        print("  " + ", ".join(f"{name} {ms:.2f}" for name, ms in figures.items()) + " ms; reader / lxml.html "
              f"{figures['reader'] / figures['lxml.html parse']:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
