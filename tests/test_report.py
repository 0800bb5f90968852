"""kehoach report: a page per document for the person who checks it, and an index with what each has to review.
Checked in the HTML and Markdown, and rendered in headless Chromium: a screenshot shows the metadata on top, and a
scan's crop drawn as the page image it was cut from."""

import json
import shutil
import subprocess

import numpy as np
import pytest
import sqlite_utils
from click.testing import CliRunner
from lxml import html as lxml_html
from PIL import Image, ImageDraw, ImageFont

from parsers import ocr
from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.outputs.report import crop, write_report

from conftest import CORPUS, corpus_files

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
METADATA_COLOUR = (238, 243, 251)  # #eef3fb, the metadata table's background in report.html
CROP_BORDER = (214, 51, 108)  # #d6336c, a crop's border


@pytest.fixture(autouse=True, scope="module")
def pillow_pixel_limit():
    """Pillow's own limit on image size (a test of the OCR reader leaves it lowered for the whole process)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Image, "MAX_IMAGE_PIXELS", 89_478_485)
        yield


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    assert ingest(corpus_files(), db_path=folder / "plans.db", json_dir=folder / "json", workers=1).ok
    index = write_report(folder / "plans.db", folder / "report")
    return folder, index


def test_every_document_has_a_page_and_the_index_counts_what_it_has_to_review(corpus_report):
    folder, index = corpus_report
    page = lxml_html.fromstring(index.read_bytes())
    rows = page.xpath("//table[@id='documents']/tr[td]")
    db = sqlite_utils.Database(folder / "plans.db")
    expected = {row["source_name"]: row["n"] for row in db.query(
        "SELECT d.source_name, (SELECT count(*) FROM review_queue q WHERE q.document_id = d.id) AS n FROM documents d")}
    assert len(rows) == len(corpus_files()) and sum(expected.values()) > 0
    for row in rows:
        count, link, name = int(row[0].text_content()), row[1].find("a").get("href"), row[4].text_content()
        assert count == expected[name] and (index.parent / link).is_file()


def test_a_page_puts_the_metadata_first_with_where_each_value_came_from(corpus_report):
    folder, _ = corpus_report
    page = lxml_html.fromstring((folder / "report" / "002_4eef9a9c1980f483.txt.html").read_bytes())
    first_table = page.xpath("//table")[0]
    assert first_table.get("id") == "metadata"
    fields = {tr[0].text_content().split("document.")[0]: [td.text_content().strip() for td in tr]
              for tr in first_table.xpath("tr[td]")}
    assert fields["number"][1:5] == ["461/KH-UBND", "printed text", "1.00", "b0011, line 11"]
    assert "Số: 461/KH-UBND" in fields["number"][5] and fields["number"][6].startswith("ok")
    db = sqlite_utils.Database(folder / "plans.db")
    counts = db.execute("SELECT (SELECT count(*) FROM review_queue WHERE document_number = '461/KH-UBND'), "
                        "(SELECT count(*) FROM warnings w JOIN documents d ON d.id = w.document_id "
                        "WHERE d.number = '461/KH-UBND')").fetchone()
    sections = [h.text_content() for h in page.xpath("//h2")]
    assert sections[:4] == [f"To review ({counts[0]})", f"Warnings ({counts[1]})", "Corrections (0)", "Uncertain table rows (0)"]
    assert "Khối Nội chính" in page.xpath("//h2[@id='review']/following-sibling::table[1]")[0].text_content()


def test_warnings_sit_beside_their_source_text_and_task_tables_are_tables(corpus_report):
    folder, _ = corpus_report
    page = lxml_html.fromstring((folder / "report" / "000_28c0b28b8b9b66cd.txt.html").read_bytes())
    warnings = page.xpath("//h2[@id='warnings']/following-sibling::table[1]/tr[td]")
    uncertain = [tr[3].text_content() for tr in warnings if tr[0].text_content() == "table_row_uncertain"]
    assert len(uncertain) == 2 and uncertain[0].startswith("b) Kiểm soát tham nhũng")
    tasks = page.xpath("//h2[@id='table_1']/following-sibling::table[1]/tr[td]")
    db = sqlite_utils.Database(folder / "plans.db")
    assert len(tasks) == db.execute("SELECT count(*) FROM tasks t JOIN documents d ON d.id = t.document_id "
                                    "WHERE d.source_name = '000_28c0b28b8b9b66cd.txt' AND t.table_id = 'table_1'").fetchone()[0]
    assert tasks[0][0].text_content() == "tasks[0]"  # the path a correction names


def test_document_text_is_shown_as_text_never_run(tmp_path):
    # a DOCX keeps text that looks like markup as its text (a .txt holding tags is read as the markup it is)
    from conftest import write_paragraphs

    plan = tmp_path / "plan.docx"
    write_paragraphs(plan, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 12/KH-UBND", "Hà Nội, ngày 3 tháng 2 năm 2025",
                            "KẾ HOẠCH", "<script>alert(1)</script> Cải cách hành chính <img src=x onerror=alert(2)>",
                            "I. MỤC ĐÍCH", "Nâng cao chất lượng.", "III. TỔ CHỨC THỰC HIỆN", "Giao Sở Nội vụ <b>chủ trì</b>."])
    assert ingest([plan], db_path=tmp_path / "plans.db", json_dir=tmp_path / "json", workers=1).ok
    write_report(tmp_path / "plans.db", tmp_path / "report")
    text = (tmp_path / "report" / "plan.docx.html").read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img src=x" not in text and "<b>chủ trì" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_markdown_for_the_terminal(corpus_report):
    folder, _ = corpus_report
    result = CliRunner().invoke(main, ["report", "--markdown", str(CORPUS / "000_28c0b28b8b9b66cd.txt"),
                                       "--db", str(folder / "plans.db")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# Kế hoạch 122/KH-UBND — Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của thành phố Hà Nội năm 2020"
    assert "| number (`document.number`) | 122/KH-UBND | printed text | 1.00 | b0044, line 61 | Số: 122/KH-UBND | ok |" in lines
    assert any(line.startswith("- **row_uncertain** table_1 row 14") for line in lines)
    assert any(line.startswith("  > b) Kiểm soát tham nhũng") for line in lines)  # a warning's source text
    assert "| `tasks[0]` |" in result.output
    missing = CliRunner().invoke(main, ["report", "--markdown", "nowhere.txt", "--db", str(folder / "plans.db")])
    assert missing.exit_code == 2 and "nowhere.txt: not in the database" in missing.output


def test_every_path_of_a_file_kept_twice_names_its_document(tmp_path, monkeypatch):
    """Identical bytes at two paths are one document whose source_path is the first; the second path (here in a
    folder and a name with spaces and Vietnamese letters, given relative or absolute) names it too, as it does for
    kehoach correct."""
    first = tmp_path / "in" / "004.txt"
    second = tmp_path / "in" / "Văn bản mới" / "Kế hoạch số 4 (bản sao).txt"
    second.parent.mkdir(parents=True)
    shutil.copy(CORPUS / "004_bb67436c3e8d90f2.txt", first)
    shutil.copy(first, second)
    db = tmp_path / "plans.db"
    assert ingest([tmp_path / "in"], db_path=db, json_dir=tmp_path / "json", workers=1).ok
    monkeypatch.chdir(tmp_path)
    for name in (str(second), "in/Văn bản mới/Kế hoạch số 4 (bản sao).txt", str(first)):
        result = CliRunner().invoke(main, ["report", "--markdown", name, "--db", str(db)])
        assert result.exit_code == 0 and result.output.startswith("# Kế hoạch (no number) — THỰC HIỆN"), result.output
        result = CliRunner().invoke(main, ["report", name, "--db", str(db), "--out", str(tmp_path / "report")])
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == ["004.txt.html", "index.html"]
    missing = CliRunner().invoke(main, ["report", "--markdown", "in/Văn bản mới/other.txt", "--db", str(db)])
    assert missing.exit_code == 2 and "other.txt: not in the database" in missing.output


# ---------------------------------------------------------------------------------------------------
# Crops of the page image


def text_page(lines: list[tuple[int, int, str]], size=(1240, 1754)) -> Image.Image:
    """A white A4 page at 150 dpi with ``lines`` (x, y, text) in black."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 34)
    for x, y, text in lines:
        draw.text((x, y), text, font=font, fill="black")
    return image


def ink(image: Image.Image) -> float:
    """Share of dark pixels."""
    return float((np.asarray(image.convert("L")) < 128).mean())


@pytest.mark.parametrize("kind", ["pdf", "image"])
def test_a_crop_shows_the_box_it_is_given_and_nothing_else(tmp_path, kind):
    page = text_page([(200, 300, "Số: 125/KH-UBND")])
    if kind == "pdf":
        path = tmp_path / "scan.pdf"
        page.save(path, resolution=150)  # 595 × 842 points: a point is 150/72 pixels
        to_box = lambda x0, y0, x1, y1: [v * 72 / 150 for v in (x0, y0, x1, y1)]  # noqa: E731
        fmt = "pdf-ocr"
    else:
        path = tmp_path / "scan.png"
        page.save(path)
        to_box = lambda *box: list(box)  # noqa: E731
        fmt = "image"
    text = crop(str(path), fmt, 1, to_box(190, 290, 560, 345))
    blank = crop(str(path), fmt, 1, to_box(190, 900, 560, 955))
    assert text is not None and blank is not None
    assert ink(Image.open(__import__("io").BytesIO(text.png))) > 0.03
    assert ink(Image.open(__import__("io").BytesIO(blank.png))) == 0.0
    assert text.data_uri.startswith("data:image/png;base64,")
    assert crop(str(tmp_path / "gone.pdf"), fmt, 1, [0, 0, 10, 10]) is None
    assert crop(str(path), "txt", 1, [0, 0, 10, 10]) is None


needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None, reason=str(ocr.tesseract_problem()))

SCAN_LINES = [(150, 120, "ỦY BAN NHÂN DÂN"), (150, 170, "THÀNH PHỐ HÀ NỘI"), (150, 240, "Số: 125/KH-UBND"),
              (620, 240, "Hà Nội, ngày 3 tháng 2 năm 2025"), (500, 340, "KẾ HOẠCH"),
              (200, 400, "Cải cách hành chính năm 2025"), (150, 520, "1. Mục đích, yêu cầu"),
              (150, 580, "Nâng cao chất lượng phục vụ người dân."), (150, 660, "3. Tổ chức thực hiện"),
              (150, 720, "Các sở, ban, ngành triển khai kế hoạch.")]


@pytest.fixture(scope="module")
def scan_report(tmp_path_factory):
    """A scanned plan (a PDF with no text layer) whose numbering skips 2.: the warning points at the OCR'd line."""
    if ocr.tesseract_problem() is not None:
        pytest.skip(str(ocr.tesseract_problem()))
    folder = tmp_path_factory.mktemp("scan")
    text_page(SCAN_LINES).save(folder / "scan.pdf", resolution=150)
    assert ingest([folder / "scan.pdf"], db_path=folder / "plans.db", json_dir=folder / "json", workers=1).ok
    write_report(folder / "plans.db", folder / "report")
    return folder


@needs_tesseract
def test_a_scan_warning_carries_its_box_and_the_page_shows_its_crop(scan_report):
    db = sqlite_utils.Database(scan_report / "plans.db")
    (warning,) = db.query("SELECT * FROM warnings WHERE code = 'numbering_skipped'")
    assert warning["page"] == 1 and "3. Tổ chức thực hiện" in warning["source_text"]
    x0, top, x1, bottom = json.loads(warning["bbox"])
    assert 60 < x0 < 80 and 305 < top < 325 and bottom - top < 30  # the line at (150, 660) px at 150 dpi, in points
    page = lxml_html.fromstring((scan_report / "report" / "scan.pdf.html").read_bytes())
    row = page.xpath("//h2[@id='warnings']/following-sibling::table[1]/tr[td[1][text()='numbering_skipped']]")[0]
    assert row.xpath(".//img[@class='crop']/@src")[0].startswith("data:image/png;base64,")


# ---------------------------------------------------------------------------------------------------
# In a browser


def screenshot(page, target, height=1600) -> np.ndarray:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium): pages not rendered")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", f"--window-size=1280,{height}", f"--screenshot={target}",
                    page.as_uri()], capture_output=True, timeout=120)
    return np.asarray(Image.open(target).convert("RGB")).astype(int)


def where_colour(pixels: np.ndarray, colour, tolerance=3) -> np.ndarray:
    return (np.abs(pixels - np.array(colour)) <= tolerance).all(axis=2)


def test_the_metadata_table_fills_the_top_of_the_rendered_page(corpus_report, tmp_path):
    folder, _ = corpus_report
    pixels = screenshot(folder / "report" / "002_4eef9a9c1980f483.txt.html", tmp_path / "page.png")
    table = where_colour(pixels, METADATA_COLOUR)
    rows = np.flatnonzero(table.sum(axis=1) > 0.5 * pixels.shape[1])  # rows the table's background spans
    assert rows.size > 200, "the metadata table is not drawn"
    assert rows[0] < 0.12 * pixels.shape[0]  # right under the heading
    columns = np.flatnonzero(table[rows[0] + 5:rows[-1]].any(axis=0))
    assert columns[-1] - columns[0] > 0.9 * pixels.shape[1]  # across the page


@needs_tesseract
def test_a_scan_crop_is_drawn_as_the_page_image_it_was_cut_from(scan_report, tmp_path):
    db = sqlite_utils.Database(scan_report / "plans.db")
    (warning,) = db.query("SELECT page, bbox FROM warnings WHERE code = 'numbering_skipped'")
    expected = np.asarray(Image.open(__import__("io").BytesIO(
        crop(str(scan_report / "scan.pdf"), "pdf-ocr", warning["page"], json.loads(warning["bbox"])).png)).convert("L"))
    assert expected.std() > 30  # the crop holds the line's ink, not a blank
    pixels = screenshot(scan_report / "report" / "scan.pdf.html", tmp_path / "scan.png", height=2400)
    border = where_colour(pixels, CROP_BORDER, tolerance=6)
    assert border.sum() > 100, "no crop drawn"
    ys, xs = np.nonzero(border)
    # the first crop on the page (a field's or this warning's): the region inside its border
    top = ys.min()
    frame = border[top:top + 400]
    fys, fxs = np.nonzero(frame)
    inside = pixels[top + 4: top + fys.max() - 3, fxs.min() + 4: fxs.max() - 3].mean(axis=2)
    assert inside.std() > 30  # something is drawn inside the frame, not a blank
    shown = np.asarray(Image.fromarray(inside.astype("uint8")).resize(expected.shape[::-1]))
    crops = [np.asarray(Image.open(__import__("io").BytesIO(
        crop(str(scan_report / "scan.pdf"), "pdf-ocr", row["page"], json.loads(row["bbox"])).png)).convert("L"))
        for row in db.query("SELECT page, bbox FROM warnings WHERE bbox IS NOT NULL UNION ALL "
                            "SELECT page, bbox FROM metadata_fields WHERE bbox IS NOT NULL AND status != 'ok'")]
    differences = [np.abs(np.asarray(Image.fromarray(inside.astype("uint8")).resize(c.shape[::-1])).astype(int) - c).mean()
                   for c in crops]
    assert min(differences) < 25, differences  # the image drawn is one of the crops the page holds
    assert shown.shape == expected.shape


def test_a_handwritten_number_and_a_doubtful_reading_are_queued_with_their_box(tmp_path, corpus_docs):
    """A scan's handwritten number (the OCR reader's warning, with the page and the box of the field) and a value
    OCR read with low confidence are review items; the box is kept for the crop."""
    from pipeline.outputs.load import load, open_db, transaction
    from pipeline.ingest import path_key
    from pipeline.outputs.load import SourceFile
    from pipeline.model import FieldSource, Issue

    doc = corpus_docs["002"]
    sources = {name: source for name, source in doc.metadata.sources.items() if name != "number"}  # not read
    meta = doc.metadata.model_copy(update={
        "number": None,
        "sources": {**sources, "title": FieldSource(source="ocr", confidence=0.61, where={"block": "b0013", "line": 13, "page": 1})}})
    box = [301.5, 118.0, 355.2, 131.4]
    doc = doc.with_warnings([Issue(code="number_handwritten", message="the number is handwritten in the scan",
                                   where={"block": "b0011", "line": 11, "page": 1, "bbox": box, "fields": ["number"]})],
                            metadata=meta)
    db = open_db(tmp_path / "plans.db")
    with transaction(db):
        load(db, doc, SourceFile(path_key(tmp_path / "scan.pdf"), 1, 1, "scan.pdf.json"))
    fields = {row["field"]: row for row in db.query("SELECT * FROM metadata_fields")}
    assert fields["number"]["status"] == "handwritten" and fields["number"]["warnings"] == "number_handwritten"
    # a field not read points where its warning does: the number's line, and the handwritten field's box to crop
    assert (fields["number"]["block"], fields["number"]["page"], json.loads(fields["number"]["bbox"])) == ("b0011", 1, box)
    assert fields["number"]["source_text"].startswith("Số:") and fields["number"]["source"] is None
    assert fields["title"]["status"] == "low_confidence" and fields["title"]["confidence"] == 0.61
    assert fields["doc_type"]["status"] == "ok"
    queue = {row["kind"]: row for row in db.query("SELECT * FROM review_queue")}
    assert queue["field_handwritten"]["field_path"] == "document.number"
    assert queue["field_handwritten"]["document_title"] == doc.metadata.title
    assert queue["field_low_confidence"]["detail"] == "read by ocr with confidence 0.61"
    (warning,) = db.query("SELECT bbox, page, source_text FROM warnings WHERE code = 'number_handwritten'")
    assert json.loads(warning["bbox"]) == box and warning["page"] == 1 and warning["source_text"].startswith("Số:")


def test_a_deadline_read_from_doubtful_words_is_queued_with_its_tasks_path(tmp_path, corpus_docs):
    """The tasks stage's deadline_unsure warning (a scanned cell read with low confidence) is a review item naming the
    task's deadline as a correction names it, with the deadline as read and the cell's box for the crop."""
    from pipeline.outputs.load import load, open_db, transaction
    from pipeline.ingest import path_key
    from pipeline.outputs.load import SourceFile
    from pipeline.model import Issue

    doc = corpus_docs["003"]
    task = next(t for t in doc.tasks[1:] if t.deadline)
    box = [420.0, 300.5, 520.0, 330.0]
    doc = doc.with_warnings([Issue(code="deadline_unsure", message=f"{task.id}: deadline '{task.deadline.text}' read "
                                   "from a scan with low confidence in '9/2026': check it against the page",
                                   where={"block": "b0011", "line": 11, "page": 2, "bbox": box})])
    db = open_db(tmp_path / "plans.db")
    with transaction(db):
        load(db, doc, SourceFile(path_key(tmp_path / "scan.pdf"), 1, 1, "scan.pdf.json"))
    (item,) = db.query("SELECT item, field_path, value, page, bbox FROM review_queue WHERE kind = 'deadline_unsure'")
    assert item["item"] == task.id and item["field_path"] == f"tasks[{task.id}].deadline"
    assert item["value"] == task.deadline.text and item["page"] == 2 and json.loads(item["bbox"]) == box


def test_an_indicator_table_shows_each_target_with_what_it_means_and_as_printed(tmp_path):
    # targets tables of the indicator bed (tests/indicator_layouts.py): a year's plan, and targets in the criteria's words
    from indicator_layouts import beds
    from pipeline.outputs.report import markdown_report
    from task_layouts.render import build

    chosen = [b for b in beds() if b.layout.name in ("year_plan_unit", "targets_in_names")]
    files = build(tmp_path / "bed", [b.layout for b in chosen], ("txt",))
    assert ingest(list(files.values()), db_path=tmp_path / "plans.db", json_dir=tmp_path / "json", workers=1).ok
    write_report(tmp_path / "plans.db", tmp_path / "report")
    page = lxml_html.fromstring((tmp_path / "report" / f"{files['year_plan_unit', 'txt'].name}.html").read_bytes())
    table = next(t for t in page.xpath("//table") if t.xpath("tr/th[. = 'as printed']"))
    header = [th.text_content() for th in table.xpath("tr/th")]
    rows = {row[2].text.strip(): {name: cell.text_content() for name, cell in zip(header, row)}
            for row in table.xpath("tr[td]")}
    names = [e.name for e in chosen[0].expected]
    assert (rows[names[0]]["target"], rows[names[0]]["as printed"], rows[names[0]]["period"]) == ("≥ 80 %", "≥ 80%", "2026")
    assert rows[names[2]]["target"] == "1200 hồ sơ" and rows[names[1]]["target"] == "> 98 %"
    # "Giảm 10%" in a row of "thủ tục": a share the row's unit cannot hold, read in its own unit (target_unit "%"),
    # never "decrease 10 thủ tục"
    assert (rows[names[4]]["target"], rows[names[4]]["as printed"]) == ("decrease 10 %", "Giảm 10%")
    assert rows[names[7]]["target"] == "90 – 95 %"
    assert (rows[names[6]]["target"], rows[names[6]]["as printed"]) == ("", "Không có")  # not a number: printed only
    assert "Kế hoạch năm 2026: ≥ 80%" in table.xpath("tr[td]")[0][2].text_content()  # every period's cell
    markdown = markdown_report(tmp_path / "plans.db", [str(files["targets_in_names", "txt"])])
    assert f"| {chosen[1].expected[0].name} |  |  | > 80 % | đạt trên 80% (in the name) |" in markdown
