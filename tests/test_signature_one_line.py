"""A signature copied from a site whose cell lost its line breaks.

A signature cell is a chain in capitals over a name; a copy that joins the cell's lines gives one line, "KT. CHỦ TỊCH
PHÓ CHỦ TỊCH Nguyễn Văn An" (read only with "(Đã ký)" between them before: no signer at all otherwise). A joint
document's two cells copied as a row of cells, a row a line ("| TM. BAN THƯỜNG VỤ | KT. GIÁM ĐỐC SỞ NỘI VỤ |"), were
read as one chain: "TM." of the first column with "KT." of the second, a signer nobody is. Each column is now read
apart: the first column's signer is stored and the other is its co-signer, as for columns copied with their gaps.
Names, bodies and numbers made up for the test.
"""

import pytest

from pipeline.run import process

HEAD = ["UBND TỈNH HÀ NAM", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nam, ngày 9 tháng 4 năm 2026", "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.", "Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT."]


def _signer(tmp_path, closing: list[str], form: str = "text", with_co_signers: bool = False):
    from conftest import write_in_form

    doc = process(write_in_form(tmp_path, HEAD + closing, form))
    found = doc.metadata.signer, {issue.code for issue in doc.warnings}
    return (*found, doc.metadata.co_signers) if with_co_signers else found


@pytest.mark.parametrize("form", ["text", "html", "docx"])
@pytest.mark.parametrize("line, authority, title", [
    ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tuấn", ["KT."], "Phó Chủ tịch"),
    ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tuấn", ["TM.", "KT."], "Phó Chủ tịch"),
    ("CHỦ TỊCH Đỗ Minh Tuấn", [], "Chủ tịch"),
    ("| TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Đỗ Minh Tuấn |", ["TL."], "Chánh Văn phòng"),
])
def test_chain_and_name_on_one_line(tmp_path, line, authority, title, form):
    signer, _ = _signer(tmp_path, [line], form)
    assert (signer.authority, signer.title, signer.name) == (authority, title, "Đỗ Minh Tuấn")


def test_the_name_on_the_positions_line(tmp_path):
    signer, warnings = _signer(tmp_path, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH Đỗ Minh Tuấn"])
    assert (signer.authority, signer.title, signer.name) == (["KT."], "Phó Chủ tịch", "Đỗ Minh Tuấn")
    assert "signer_title_inferred" not in warnings


@pytest.mark.parametrize("line", ["CHỦ TỊCH Hội đồng nhân dân", "PHÓ CHỦ TỊCH Thường trực", "GIÁM ĐỐC Sở Nội Vụ Hà Nam"])
def test_capitals_then_words_that_are_no_name(tmp_path, line):
    """Words after the capitals that are no name, or a name with no known family name first, stay no name."""
    signer, _ = _signer(tmp_path, [line])
    assert signer.name is None


LEFT = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trần Văn Bình"]
RIGHT = ["KT. GIÁM ĐỐC SỞ NỘI VỤ", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hoa"]
JOINT_ROWS = {
    "a row a line": [f"| {a} | {b} |" for a, b in zip(LEFT, RIGHT)],
    "signed marks between": [f"| {a} | {b} |" for a, b in zip([*LEFT[:2], "(Đã ký)", LEFT[2]], [*RIGHT[:2], "(Đã ký)", RIGHT[2]])],
    "a cell a line": ["| " + " ".join(LEFT) + " | " + " ".join(RIGHT) + " |"],
}


@pytest.mark.parametrize("rows", JOINT_ROWS.values(), ids=JOINT_ROWS.keys())
def test_joint_signature_cells_are_read_apart(tmp_path, rows):
    signer, warnings, co_signers = _signer(tmp_path, rows, with_co_signers=True)
    assert (signer.authority, signer.title, signer.name) == (["TM."], "Chủ tịch", "Trần Văn Bình")
    assert [(c.authority, c.title, c.name) for c in co_signers] == [(["KT."], "Phó Giám đốc Sở Nội vụ", "Nguyễn Thị Hoa")]


def test_joint_cells_with_their_lines(tmp_path):
    """Each cell keeps its lines, so a cell's last line runs into the next one's first: the first signer is read."""
    rows = ["| " + LEFT[0], LEFT[1], LEFT[2] + " | " + RIGHT[0], RIGHT[1], RIGHT[2] + " |"]
    signer, _ = _signer(tmp_path, rows)
    assert (signer.authority, signer.title, signer.name) == (["TM."], "Chủ tịch", "Trần Văn Bình")
