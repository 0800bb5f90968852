"""Characters a copied page leaves that print nothing (a control character such as "\\x03", a zero-width space, a
byte-order mark, a soft hyphen, a direction mark): alone on a line, or at the end of a table cell, they change no task.
Before, such a line after a table became a task row whose number, content and lead were the junk, or went on the last
task's deadline ("Thường xuyên\\n\\x03"), and a cell kept it in the agency's name ("Sở Y tế\\u200b")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.run import process
from pipeline.text import without_junk

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 122/KH-UBND", "Quảng Ngãi, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH",
        "Cải cách hành chính năm 2025", "PHỤ LỤC"]
HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
ROWS = [("1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Các sở, ban, ngành", "Quý II/2025"),
        ("2", "Triển khai dịch vụ công trực tuyến", "Sở Tài chính", "UBND các huyện, thị xã", "Thường xuyên"),
        ("3", "Kiểm tra công tác cải cách hành chính", "Sở Y tế", "Sở Tư pháp", "Quý IV/2025")]
AFTER = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
JUNK = ["\x03", "\x03\x07", "\x1b", "\x7f", "\u200b", "\ufeff", "\u00ad", "\u200e", "\u2060\x03"]
# how a text copy lays a table out: a row a line with tabs, one cell a line, one cell a line ended by "|"
LAYOUTS = {"tabs": lambda row: ["\t".join(row)], "cell_lines": list, "cell_bars": lambda row: [f"{c} |" for c in row]}


def text_copy(layout: str, junk: str, where: str) -> str:
    """A plan whose annex holds the task table in ``layout``, with ``junk`` where said ('' for none)."""
    lines = list(HEAD)
    for k, row in enumerate([HEADER, *ROWS]):
        if where == "in_cells" and k == len(ROWS):  # the lead's and support's cells of the last row
            row = (*row[:2], row[2] + junk, row[3] + junk, row[4])
        lines += LAYOUTS[layout](row)
        if where == "between_rows" and k == 2:
            lines.append(junk)
    if where == "after_table":
        lines.append(junk)
    return "\n".join(lines + AFTER) + "\n"


def tasks_of(path) -> list[tuple]:
    return [(t.number, t.content, [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.text if t.deadline else None) for t in process(path).tasks]


@pytest.mark.parametrize("where", ["after_table", "between_rows", "in_cells"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_junk_in_a_text_copy_changes_no_task(tmp_path, layout, where):
    clean = tmp_path / "clean.txt"
    clean.write_text(text_copy(layout, "", where), encoding="utf-8")
    expected = tasks_of(clean)
    assert [task[0] for task in expected] == ["1", "2", "3"], layout  # the clean copy is read whole
    for k, junk in enumerate(JUNK):
        copy = tmp_path / f"junk_{k}.txt"
        copy.write_text(text_copy(layout, junk, where), encoding="utf-8")
        assert tasks_of(copy) == expected, (layout, where, junk)


def test_a_line_of_junk_keeps_its_offsets_in_the_text(tmp_path):
    from parsers.txt import read

    path = tmp_path / "plan.txt"
    body = "\n".join(HEAD)  # enough text that two control characters are not taken for binary data
    path.write_text(f"{body}\n\u200bCải cách\x03 hành chính\n\ufeff\u200e\nNơi nhận:\n", encoding="utf-8")
    blocks = read(path).blocks[len(HEAD):]
    assert [b.orig for b in blocks] == ["Cải cách hành chính", "Nơi nhận:"]
    text = path.read_text(encoding="utf-8")
    spans = [text[b.prov.char_start:b.prov.char_end] for b in blocks]
    assert spans == ["\u200bCải cách\x03 hành chính", "Nơi nhận:"]


def word_plan(path, junk: str) -> None:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    rows = [HEADER, *((*row[:2], row[2] + junk, row[3] + junk, row[4]) for row in ROWS)] + ([(junk,) * 3 + ("", "")] if junk else [])
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in [junk, *AFTER]:
        document.add_paragraph(line)
    document.save(path)


@pytest.mark.parametrize("junk", ["\u200b", "\ufeff", "\u00ad", "\u200e"])  # XML holds no control character
def test_junk_in_a_word_tables_cells_changes_no_task(tmp_path, junk):
    word_plan(tmp_path / "clean.docx", "")
    word_plan(tmp_path / "junk.docx", junk)
    expected = tasks_of(tmp_path / "clean.docx")
    assert len(expected) == 3 and tasks_of(tmp_path / "junk.docx") == expected


@pytest.mark.parametrize("junk", ["\x03", "\u200b", "\ufeff", "\u00ad", "\u200e"])
def test_junk_in_a_web_pages_table_cells_changes_no_task(tmp_path, junk):
    def page(junk: str) -> str:
        rows = [HEADER, *((*row[:2], row[2] + junk, row[3] + junk, row[4]) for row in ROWS)] + ([(junk,) * 3 + ("", "")] if junk else [])
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        # a page's own styles, as every site has: control characters among a page's bytes are few, not taken for binary
        return "<html><head><style>" + "p{margin:0}" * 200 + "</style></head><body>" + \
            "".join(f"<p>{line}</p>" for line in HEAD) + f"<table>{cells}</table>" + \
            "".join(f"<p>{line}</p>" for line in [junk, *AFTER]) + "</body></html>"

    (tmp_path / "clean.html").write_text(page(""), encoding="utf-8")
    (tmp_path / "junk.html").write_text(page(junk), encoding="utf-8")
    assert tasks_of(tmp_path / "junk.html") == tasks_of(tmp_path / "clean.html")


@pytest.mark.parametrize("text, kept", [("Sở Nội vụ\x03", "Sở Nội vụ"), ("\ufeffKẾ HOẠCH", "KẾ HOẠCH"),
                                        ("a\tb\nc\r\n", "a\tb\nc\r\n"), ("hành\u00adchính", "hànhchính"),
                                        ("Quý I\u200b/2025", "Quý I/2025"), ("\x0c\x0b\x85\x1f", "\x0c\x0b\x85\x1f")])
def test_what_junk_is(text, kept):
    assert without_junk(text) == kept


FORMAT_JUNK = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202c"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(layout=st.sampled_from(sorted(LAYOUTS)), data=st.data())
def test_junk_put_anywhere_in_a_text_copy_changes_no_task(tmp_path, layout, data):
    # format characters anywhere, and one control character (more would be taken for binary data)
    clean = text_copy(layout, "", "")
    inserts = data.draw(st.lists(st.tuples(st.integers(0, len(clean)), st.sampled_from(FORMAT_JUNK)), max_size=12))
    inserts.append((data.draw(st.integers(0, len(clean))), data.draw(st.sampled_from("\x01\x03\x07\x1b\x7f"))))
    copy = clean
    for at, junk in sorted(inserts, reverse=True):
        copy = copy[:at] + junk + copy[at:]
    (tmp_path / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "junk.txt").write_text(copy, encoding="utf-8")
    assert tasks_of(tmp_path / "junk.txt") == tasks_of(tmp_path / "clean.txt"), repr(copy)
