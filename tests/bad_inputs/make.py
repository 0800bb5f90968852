"""Builds the bad-input corpus in this folder (run once; the files are committed):

    .venv/bin/python tests/bad_inputs/make.py

The text PDFs are sample 004 printed by LibreOffice (scripts/make_variants.py), so that is needed to rebuild them.
"""

import io
import os
import sys
import tempfile
from pathlib import Path

import docx
from pypdf import PdfWriter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def main() -> None:
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "junk.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))  # binary data with a .txt name
    (HERE / "undecodable.txt").write_bytes("Kế hoạch ".encode("utf-8")[:-1] + b"\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e" * 20)
    (HERE / "not_a_plan.txt").write_text("Thân gửi các bạn,\nCuối tuần này lớp mình họp mặt ở nhà hàng.\nHẹn gặp lại!\n", encoding="utf-8")
    (HERE / "formula_recipients.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/KH-UBND\nHà Nội, ngày 9 tháng 6 năm 2025\nKẾ HOẠCH\n"
        "Thực hiện công tác cải cách hành chính năm 2025\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ.\nNơi nhận:\n"
        '- =HYPERLINK("http://127.0.0.1:9/x","Sở Nội vụ");\n- +Sở Tài chính;\n- @SUM(A1);\n- -2+3;\n- Lưu: VT.\n'
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n", encoding="utf-8")
    (HERE / "no_document.html").write_text("<html><body><div class='ant-tabs-tabpane ant-tabs-tabpane-active'>Văn bản không tồn tại</div>"
                                           "<footer>CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT</footer></body></html>", encoding="utf-8")
    (HERE / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    buffer = io.BytesIO()
    document.save(buffer)
    (HERE / "truncated.docx").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    pdf = io.BytesIO()
    writer.write(pdf)
    (HERE / "truncated.pdf").write_bytes(pdf.getvalue()[: len(pdf.getvalue()) // 3])
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(HERE / "encrypted.pdf", "wb") as handle:
        writer.write(handle)
    # one page of 14400 x 14400 points (5 m square, the largest PDF allows), no text: 60000 x 60000 pixels at 300 dpi
    writer = PdfWriter()
    writer.add_blank_page(width=14400, height=14400)
    with open(HERE / "huge_page.pdf", "wb") as handle:
        writer.write(handle)
    # libxml2 keeps 255 levels of elements and silently drops what is deeper
    (HERE / "deep_nesting.html").write_text("<html><body>" + "<div>" * 300 + "<p>KẾ HOẠCH</p><p>Số: 12/KH-UBND</p>"
                                            + "</div>" * 300 + "</body></html>", encoding="utf-8")
    text_pdfs()


def text_pdfs() -> None:
    """cut_short.pdf: a text PDF with an incremental update (as signing adds one) cut inside the update: pdfium reads
    the pages of the first revision, and nothing says the file is incomplete. encrypted_empty_password.pdf: the same
    PDF encrypted with RC4 and an empty user password, as some offices publish them (anyone may open it)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_variants import make

    with tempfile.TemporaryDirectory() as tmp:
        pdf = make(ROOT / "corpus" / "004_bb67436c3e8d90f2.txt", Path(tmp), formats=("pdf",))["pdf"].read_bytes()
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_attachment("appendix.bin", os.urandom(20000))
    updated = io.BytesIO()
    writer.write(updated)
    full = updated.getvalue()
    (HERE / "cut_short.pdf").write_bytes(full[: len(pdf) + (len(full) - len(pdf)) // 2])
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    with open(HERE / "encrypted_empty_password.pdf", "wb") as handle:
        writer.write(handle)


if __name__ == "__main__":
    main()
