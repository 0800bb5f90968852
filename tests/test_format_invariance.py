"""Every format yields the same document: HTML, DOCX, text-PDF and scanned-PDF variants of the five
samples (made by scripts/make_variants.py) against the text files. Needs LibreOffice (to print the
PDF) and Tesseract (to read the scan); skipped with the install command where they are missing."""

import shutil
import sys

import pytest

from conftest import ROOT, corpus_files, slow_only
from invariance import differences, metadata_summary, tree_summary

sys.path.insert(0, str(ROOT / "scripts"))

from format_invariance import body_text, cer  # noqa: E402
from make_variants import SANS  # noqa: E402
from parsers.ocr import tesseract_problem  # noqa: E402
from pipeline.run import process  # noqa: E402

SAMPLES = [p.name[:3] for p in corpus_files()]


@pytest.fixture(scope="module")
def variants(sample_variants):
    if shutil.which("soffice") is None:
        pytest.skip("format variants need LibreOffice: apt-get install -y libreoffice-writer-nogui")
    if problem := tesseract_problem():
        pytest.skip(problem)
    made = sample_variants()
    return {p.name[:3]: (process(p), made[p]) for p in corpus_files()}


@pytest.fixture(scope="module")
def sans_variants(variants, sample_variants):
    """The text PDF and the scan typed in the sans face (Arial, as many offices type)."""
    made = sample_variants(("docx", "pdf", "scan.pdf"), SANS)
    return {p.name[:3]: (variants[p.name[:3]][0], made[p]) for p in corpus_files()}


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_html_and_docx_give_the_same_document(variants, sample, fmt):
    reference, made = variants[sample]
    assert differences(reference, process(made[fmt])) == []


@pytest.mark.parametrize("sample", SAMPLES)
def test_text_pdf_gives_the_same_metadata_tree_and_tasks(variants, sample):
    reference, made = variants[sample]
    variant = process(made["pdf"])
    a, b = metadata_summary(reference), metadata_summary(variant)
    # cited documents: a citation that the PDF's narrow table cells break inside its symbol
    # ("34/2007/P" | "L-UBTVQH11") is read in part or lost: 2 of 19 in 003 (measured), none elsewhere
    assert {k: a[k] for k in a if k != "cited"} == {k: b[k] for k in b if k != "cited"}
    assert len(set(a["cited"]) - set(b["cited"])) <= (2 if sample == "003" else 0)
    assert tree_summary(reference) == tree_summary(variant)
    if sample != "000":  # 000's summary table holds several leads per cell: its PDF gives 42 rows for 38
        assert len(variant.tasks) == len(reference.tasks)


# The scans of the two longest samples take 4 to 7 minutes of OCR each on CI's two cores (two thirds of the suite's
# OCR), and 002's and 003's in the sans face 62 and 153 s (s52's run alone, the suite 2,186 s), 003's in the serif face
# the longest case left in s54's run (407 s at load ~25, the suite 6,930 s; CI's run 1,980 s): checked with
# KEHOACH_SLOW=1 (a scanned task table's rows are counted in tests/test_scan_tables.py); the other samples' scans in
# both faces, and 002's in the serif face, always.
_LONG_SCANS = {("000", "serif"), ("000", "sans"), ("001", "serif"), ("001", "sans"), ("002", "sans"), ("003", "sans"),
               ("003", "serif")}
_SCAN_CASES = [pytest.param(sample, face, id=f"{sample}-{face}",
                            marks=slow_only("a long scan (minutes of OCR)") if (sample, face) in _LONG_SCANS else [])
               for sample in SAMPLES for face in ("serif", "sans")]


@pytest.mark.parametrize(("sample", "face"), _SCAN_CASES)
def test_scan_gives_the_same_numbers_dates_and_text(request, sample, face):
    reference, made = request.getfixturevalue("variants" if face == "serif" else "sans_variants")[sample]
    scan = process(made["scan.pdf"])
    assert (scan.metadata.number, scan.metadata.issued_date) == (reference.metadata.number, reference.metadata.issued_date)
    assert scan.metadata.doc_type == reference.metadata.doc_type
    assert not [w for w in scan.warnings if w.code in ("number_handwritten", "issue_date_handwritten")]  # typed, read as typed
    assert cer(body_text(process(made["pdf"])), body_text(scan)) < MAX_SCAN_CER[face][sample]
    if sample in MIN_SCAN_TASKS[face]:
        assert len(scan.tasks) >= MIN_SCAN_TASKS[face][sample]


# Measured with scripts/format_invariance.py [--font Arial] (2 cores, Tesseract 5.3.0 'vie'): character error
# rates of the serif scans 19.2%, 8.9%, 0.40%, 2.9%, 0.11%, of the sans scans 14.7%, 2.2%, 0.16%, 2.2%,
# 0.06%; the bounds leave a margin. 000 and 001 are the pages of long narrow tables, where the columns'
# words are read out of order.
MAX_SCAN_CER = {"serif": {"000": 0.25, "001": 0.12, "002": 0.02, "003": 0.05, "004": 0.02},
                "sans": {"000": 0.20, "001": 0.05, "002": 0.02, "003": 0.05, "004": 0.02}}
# Task rows recovered from scanned tables (ruling lines found, words put in their cells): 003 gives 47
# of 52 (45 in sans), 001 19 of 139 (38 in sans); 000's summary table is not recovered from its scan.
MIN_SCAN_TASKS = {"serif": {"001": 19, "003": 47}, "sans": {"001": 30, "003": 43}}


@pytest.fixture(scope="module")
def saved_variants(sample_variants):
    """The DOCX variants as LibreOffice saves them in a word processor's other formats (.odt, .rtf), read back through
    LibreOffice (parsers/legacy.py)."""
    if shutil.which("soffice") is None:
        pytest.skip("ODT and RTF variants need LibreOffice: apt-get install -y libreoffice-writer-nogui")
    return {p.name[:3]: files for p, files in sample_variants(("docx", "odt", "rtf")).items()}


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("fmt", ["odt", "rtf"])
def test_odt_and_rtf_give_the_docxs_document(saved_variants, sample, fmt):
    docx, saved = process(saved_variants[sample]["docx"]), process(saved_variants[sample][fmt])
    assert differences(docx, saved) == []
    assert [[row.cells for row in t.rows] for t in saved.tables] == [[row.cells for row in t.rows] for t in docx.tables]
