"""Builds the bad-input corpus in this folder (run once; the files are committed):

    .venv/bin/python tests/bad_inputs/make.py
"""

import io
from pathlib import Path

import docx
from pypdf import PdfWriter

HERE = Path(__file__).resolve().parent


def main() -> None:
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "junk.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))  # binary data with a .txt name
    (HERE / "undecodable.txt").write_bytes("Kế hoạch ".encode("utf-8")[:-1] + b"\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e" * 20)
    (HERE / "not_a_plan.txt").write_text("Thân gửi các bạn,\nCuối tuần này lớp mình họp mặt ở nhà hàng.\nHẹn gặp lại!\n", encoding="utf-8")
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


if __name__ == "__main__":
    main()
