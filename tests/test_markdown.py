"""Markdown, as converters write documents stored for search (markitdown: a cell's lines joined by "<br>", a merged
cell printed once; docling: a merged cell repeated, a section's heading "##"; pandoc: paragraphs wrapped at 72 columns,
tables with merged cells written as HTML), read as the text it prints, in a ".md" and in a ".txt"; and "| … |" rows that frame a page (the header, the closing), read cell after cell in any text.
The variants are the five samples written by scripts/make_variants.py's ``to_markdown``."""

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, corpus_files
from invariance import differences
from parsers.txt import _MARKDOWN_CUE, _MIN_MARKDOWN_CUES, _looks_like_markdown, _without_markdown
from pipeline.run import process

sys.path.insert(0, str(ROOT / "scripts"))

from make_variants import MARKDOWN_STYLES, layout_of, to_markdown  # noqa: E402

SAMPLES = {p.name[:3]: p for p in corpus_files()}
# Where a converter's Markdown keeps less than the document: the reason beside each.
KNOWN: dict[tuple[str, str], str] = {}

# A ".txt" is read as Markdown when it shows it: each style in one of the two, both for the one with no "<br>" or table
# markup to tell it by
SUFFIXES = {"markitdown": (".txt",), "docling": (".md", ".txt"), "pandoc": (".txt",), "mammoth": (".md", ".txt"),
            "obsidian": (".md",), "pandoc-grid": (".md", ".txt")}


@pytest.fixture(scope="module")
def references():
    return {}


@pytest.mark.parametrize("sample, style, suffix", [
    pytest.param(sample, style, suffix, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[sample, style])]
                 if (sample, style) in KNOWN else [])
    for sample in sorted(SAMPLES) for style in MARKDOWN_STYLES for suffix in SUFFIXES[style]])
def test_a_converters_markdown_gives_the_same_document(tmp_path, references, sample, style, suffix):
    if sample not in references:
        references[sample] = process(SAMPLES[sample])
    reference = references[sample]
    path = tmp_path / f"{sample}{suffix}"
    path.write_text(to_markdown(layout_of(reference), style), encoding="utf-8")
    assert differences(reference, process(path)) == []


def test_the_samples_are_no_markdown():
    for path in corpus_files():
        assert not _looks_like_markdown(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize("text, markdown", [
    ("KẾ HOẠCH\nSố: 12/KH-UBND\n1. Mục đích", False),
    ("Ghi chú: **số liệu tạm tính**\nCăn cứ Luật số 47/2019/QH14", False),  # one cue: a plain copy may print it
    ("## **KẾ HOẠCH**\n**1\\. Mục đích**\nSố: 12/KH\\-UBND", True),
    ("# KẾ HOẠCH\n## I. MỤC TIÊU\n### 1. Mục tiêu chung", True),
    ("\\- Sở Nội vụ;\n\\- Sở Tư pháp;\n\\- Lưu: VT.", True),
])
def test_markdown_is_told_from_text_by_its_cues(text, markdown):
    assert _looks_like_markdown(text) is markdown


@given(st.lists(st.sampled_from(["**", "*", "#", "# ", "## ", "\\", "\\-", "\\.", "1", "a", "Số", " ", "\n", "_", "|"]),
                max_size=40).map("".join))
def test_the_quick_markdown_test_is_the_count_of_its_cues(text):
    assert _looks_like_markdown(text) is (len(_MARKDOWN_CUE.findall(text)) >= _MIN_MARKDOWN_CUES)


@pytest.mark.parametrize("line, printed", [
    ("## **I. MỤC ĐÍCH, YÊU CẦU**", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("### 2.1. Nhiệm vụ ###", "2.1. Nhiệm vụ"),
    ("**1\\. Mục đích**", "1. Mục đích"),
    ("\\- Sở Tài chính;", "- Sở Tài chính;"),
    ("* Sở Tài chính;", "- Sở Tài chính;"),
    ("> Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("Xem [Quyết định số 12/QĐ-UBND](https://example.vn/qd12) của UBND tỉnh", "Xem Quyết định số 12/QĐ-UBND của UBND tỉnh"),
    ("![image1.png](media/image1.png)Chủ tịch", "Chủ tịch"),
    ("Số: 12/KH\\_UBND và tệp ke_hoach_so_12", "Số: 12/KH_UBND và tệp ke_hoach_so_12"),  # intraword "_" is no emphasis
    ("Lâm Đồng, *ngày 3 tháng 2 năm 2026*", "Lâm Đồng, ngày 3 tháng 2 năm 2026"),
    ("| **STT** | **Nội dung** | Sở A<br>Sở B |", "| STT | Nội dung | Sở A<br>Sở B |"),  # "<br>" is the table's
    ("Tổng&nbsp;số", "Tổng\xa0số"),
    ("---", ""),
    ("* * *", ""),
    ("=====", ""),
])
def test_a_markdown_line_reads_as_it_prints(line, printed):
    printed_lengths = {}
    assert list(_without_markdown(iter([(7, 100, line)]), printed_lengths, set())) == [(7, 100, printed)]
    assert printed_lengths == ({} if printed == line else {7: len(line)})


@pytest.mark.parametrize("line, bold", [
    ("## **I. MỤC ĐÍCH, YÊU CẦU**", True), ("### Mục tiêu", True), ("**Nhiệm vụ và giải pháp**", True),
    ("__Tổ chức thực hiện__", True), ("** Mục tiêu **", False),  # spaces inside: no emphasis in Markdown
    ("**1\\.** Mục tiêu chung", False), ("Nâng cao **chất lượng** dịch vụ", False), ("*Mục tiêu*", False),
    ("#", False), ("Mục tiêu", False),
])
def test_a_heading_or_a_line_all_in_strong_emphasis_is_bold(line, bold):
    marked_bold = set()
    list(_without_markdown(iter([(3, 0, line)]), {}, marked_bold))
    assert (3 in marked_bold) is bold


# what Markdown reads as markup on a line of its own; a line with none of these is text as it is
_MARKUP_CHARACTERS = set("*_\\[]`!<>&#+=-|")


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=40)
                .filter(lambda line: not _MARKUP_CHARACTERS & set(line)), max_size=8))
def test_lines_without_markup_are_kept_as_they_are(lines):
    numbered = [(k + 1, 0, line) for k, line in enumerate(lines)]
    printed, bold = {}, set()
    assert list(_without_markdown(iter(numbered), printed, bold)) == numbered
    assert printed == {} and bold == set()


def _plan(header: list[str], closing: list[str], style: str) -> str:
    """A short plan whose header and closing are "| … |" rows of two cells."""
    return "\n".join([*header, "", "KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2026", "",
                      "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng công tác cải cách hành chính.",
                      "II. TỔ CHỨC THỰC HIỆN", "Các phòng, đơn vị triển khai thực hiện.", "", *closing, ""])


_HEADERS = {
    "two rows": ["| ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG<br>PHÒNG NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
                 "Độc lập - Tự do - Hạnh phúc |", "|---|---|",
                 "| Số: 45/KH-PNV | Đức Trọng, ngày 14 tháng 3 năm 2026 |"],
    "one row": ["| ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG<br>PHÒNG NỘI VỤ<br>Số: 45/KH-PNV | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                "NAM<br>Độc lập - Tự do - Hạnh phúc<br>Đức Trọng, ngày 14 tháng 3 năm 2026 |", "| --- | --- |"],
    "rule first": ["|  |  |", "|:---:|:---:|",
                   "| ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG<br/>PHÒNG NỘI VỤ<br/>Số: 45/KH-PNV | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                   "VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/>Đức Trọng, ngày 14 tháng 3 năm 2026 |"],
    "a row a line": ["| ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                     "| PHÒNG NỘI VỤ | Độc lập - Tự do - Hạnh phúc |", "| Số: 45/KH-PNV | Đức Trọng, ngày 14 tháng 3 năm 2026 |"],
}
_CLOSINGS = {
    "KT.": (["| Nơi nhận:<br>- UBND huyện;<br>- Lưu: VT. | KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG<br><br><br>"
             "Trần Thị Minh Hạnh |", "|---|---|"], "Trần Thị Minh Hạnh", ["KT."]),
    "plain": (["| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TRƯỞNG PHÒNG<br><br>Lê Quang Vinh |", "| --- | --- |"],
              "Lê Quang Vinh", []),
    "a row a line": (["| Nơi nhận: | KT. TRƯỞNG PHÒNG |", "| - UBND huyện; | PHÓ TRƯỞNG PHÒNG |", "| - Lưu: VT. |  |",
                      "|  | Trần Thị Minh Hạnh |"], "Trần Thị Minh Hạnh", ["KT."]),
}


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("closing", sorted(_CLOSINGS))
@pytest.mark.parametrize("header", sorted(_HEADERS))
def test_a_frame_of_two_columns_reads_as_a_pages_frame(tmp_path, header, closing, suffix):
    closing_rows, signer, authority = _CLOSINGS[closing]
    path = tmp_path / f"plan{suffix}"
    path.write_text(_plan(_HEADERS[header], closing_rows, "pipe"), encoding="utf-8")
    meta = process(path).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == ("Kế hoạch", "45/KH-PNV", "2026-03-14", "Đức Trọng")
    assert meta.issuer.name.upper() == "PHÒNG NỘI VỤ"
    assert meta.title == "Kiểm tra công tác cải cách hành chính năm 2026"
    assert (meta.signer.name, meta.signer.authority) == (signer, authority)
    assert "UBND huyện" in meta.recipients or "Như trên" in meta.recipients


def test_a_frames_blocks_keep_their_rows_lines(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(_plan(_HEADERS["two rows"], _CLOSINGS["KT."][0], "pipe"), encoding="utf-8")
    doc = process(path)
    lines = {b.text: b.prov.line_start for b in doc.blocks}
    assert lines["PHÒNG NỘI VỤ"] == 1 and lines["Độc lập - Tự do - Hạnh phúc"] == 1
    assert [line for text, line in lines.items() if text.startswith("Số: 45/KH-PNV")] == [3]
    assert doc.origin.format == "markdown"


def test_two_cells_of_a_line_each_are_a_line_with_a_tab(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("DANH SÁCH\n| 1 | Sở Nội vụ |\n| 2 | Sở Tư pháp |\n", encoding="utf-8")
    from parsers import txt

    assert [b.orig for b in txt.read(path).blocks] == ["DANH SÁCH", "1\tSở Nội vụ", "2\tSở Tư pháp"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("escaped_cell, printed", [
    ("Báo cáo tháng \\| quý", "Báo cáo tháng | quý"),
    ("\\|", "|"),
    ("Sở A \\| Sở B \\| Sở C", "Sở A | Sở B | Sở C"),
])
def test_an_escaped_pipe_is_a_cells_text(tmp_path, suffix, escaped_cell, printed):
    from parsers import txt

    path = tmp_path / f"list{suffix}"
    path.write_text("\n".join(["**DANH SÁCH**", "", "1\\. Các nhiệm vụ", "",
                               "| TT | Nhiệm vụ | Sản phẩm | Thời gian |", "|---|---|---|---|",
                               f"| 1 | Rà soát thủ tục | {escaped_cell} | Quý I |",
                               "| 2 | Công khai kết quả | Báo cáo | Quý II |", ""]), encoding="utf-8")
    [table] = [b.table for b in txt.read(path).blocks if b.table is not None]
    assert table.n_cols == 4
    assert table.grid()[1] == ["1", "Rà soát thủ tục", printed, "Quý I"]


def test_an_escaped_pipe_outside_a_table_is_a_pipe():
    assert list(_without_markdown(iter([(1, 0, "Tháng \\| quý")]), {}, set())) == [(1, 0, "Tháng | quý")]


_TYPED_HEADER = ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", "Số: 45/KH-SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 14 tháng 3 năm 2026"]
_LONG_PARAGRAPH = ("Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải cách "
                   "hành chính năm 2026, Sở Nội vụ ban hành Kế hoạch kiểm tra công tác cải cách hành chính như sau:")


@pytest.mark.parametrize("width", [72, 80, None])  # pandoc's and another converter's wrap, and none
@pytest.mark.parametrize("header_lines", [_TYPED_HEADER, _TYPED_HEADER[:3] + [""] + _TYPED_HEADER[3:]])
def test_typed_lines_above_a_markup_table_stay_lines(tmp_path, width, header_lines):
    import textwrap

    body = textwrap.wrap(_LONG_PARAGRAPH, width) if width else [_LONG_PARAGRAPH]
    table = ("<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Thời gian</th></tr>"
             "<tr><td>1</td><td>Kiểm tra công vụ<br>tại các phòng</td><td>Sở Nội vụ</td><td>Quý II</td></tr>"
             "<tr><td>2</td><td>Rà soát thủ tục</td><td>Sở Tư pháp</td><td>Quý III</td></tr></table>")
    path = tmp_path / "plan.md"
    path.write_text("\n".join([*header_lines, "", "**KẾ HOẠCH**", "Kiểm tra công tác cải cách hành chính năm 2026", "",
                               *body, "", "## I. NHIỆM VỤ", "", table, "", "## II. TỔ CHỨC THỰC HIỆN", "",
                               "Các phòng triển khai thực hiện.", ""]), encoding="utf-8")
    doc = process(path)
    meta = doc.metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == ("Kế hoạch", "45/KH-SNV", "2026-03-14", "Lâm Đồng")
    assert meta.issuer.name.upper() == "SỞ NỘI VỤ"
    assert _LONG_PARAGRAPH in [b.text for b in doc.blocks]
    lines = {b.text: b.prov.line_start for b in doc.blocks}
    assert [lines[text] for text in _TYPED_HEADER] == [header_lines.index(text) + 1 for text in _TYPED_HEADER]
    in_order = [b.prov.line_start for b in doc.blocks]
    assert in_order == sorted(in_order)  # the table between its sections' headings


_GRID = ["+----+-----------------------+-------------+",
         "| TT | Nhiệm vụ              | Chủ trì     |",
         "+====+=======================+=============+",
         "| 1  | Rà soát thủ tục hành  | Sở Nội vụ   |",
         "|    | chính cấp tỉnh        |             |",
         "+----+-----------------------+             +",
         "| 2  | - Kiểm tra công vụ;   |             |",
         "|    | - Kiểm tra nội vụ.    |             |",
         "+----+-----------------------+-------------+",
         "| 3  | Công khai kết quả     | Sở Tư pháp  |",
         "+----+-----------------------+-------------+"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("indent", ["", "  "])
def test_a_grid_table_reads_its_cells_lines_and_merges(tmp_path, suffix, indent):
    from parsers import txt

    path = tmp_path / f"grid{suffix}"
    path.write_text("\n".join(["DANH SÁCH", "", *(indent + line for line in _GRID), "", "Ghi chú", ""]), encoding="utf-8")
    blocks = txt.read(path).blocks
    [table] = [b.table for b in blocks if b.table is not None]
    assert table.grid() == [["TT", "Nhiệm vụ", "Chủ trì"], ["1", "Rà soát thủ tục hành chính cấp tỉnh", "Sở Nội vụ"],
                            ["2", "- Kiểm tra công vụ;\n- Kiểm tra nội vụ.", "Sở Nội vụ"], ["3", "Công khai kết quả", "Sở Tư pháp"]]
    assert [b.orig for b in blocks if b.table is None] == ["DANH SÁCH", "Ghi chú"]


def test_a_grid_with_a_cell_across_columns_stays_text(tmp_path):
    from parsers import txt

    lines = [*_GRID[:8], "| 3  | Công khai kết quả                   |", _GRID[-1]]
    path = tmp_path / "grid.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [b for b in txt.read(path).blocks if b.table is not None] == []


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_grid_of_two_columns_reads_as_a_pages_frame(tmp_path, suffix):
    header = ["+---------------------------------+------------------------------------+",
              "| ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
              "| PHÒNG NỘI VỤ                    | Độc lập - Tự do - Hạnh phúc        |",
              "| Số: 45/KH-PNV                   | Đức Trọng, ngày 14 tháng 3 năm 2026 |",
              "+---------------------------------+------------------------------------+"]
    closing = ["+-------------------+---------------------+", "| Nơi nhận:         | TRƯỞNG PHÒNG        |",
               "| - UBND huyện;     |                     |", "| - Lưu: VT.        | Lê Quang Vinh       |",
               "+-------------------+---------------------+"]
    path = tmp_path / f"plan{suffix}"
    path.write_text(_plan(header, closing, "grid"), encoding="utf-8")
    meta = process(path).metadata
    assert (meta.doc_type, meta.number, meta.issued_date, meta.place) == ("Kế hoạch", "45/KH-PNV", "2026-03-14", "Đức Trọng")
    assert meta.issuer.name.upper() == "PHÒNG NỘI VỤ"
    assert (meta.signer.name, meta.recipients) == ("Lê Quang Vinh", ["UBND huyện", "Lưu: VT"])
