import unicodedata

import pytest

from parsers import txt
from pipeline.errors import ReaderError, UnsupportedFormat
import parsers

SAMPLE = "Hà Nội, ngày 11 tháng 6 năm 2020\nKẾ HOẠCH Cải thiện Chỉ số PAPI của Sở Nội vụ"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 writes base letters (with circumflex, breve, horn) precomposed and tone marks as
    combining characters after them."""
    out, tones = [], []
    for char in unicodedata.normalize("NFD", text):
        if char in _TONES:
            tones.append(char)
        elif unicodedata.combining(char):
            out[-1] = unicodedata.normalize("NFC", out[-1] + char)
        else:
            out.extend(tones)
            tones = []
            out.append(char)
    out.extend(tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
        to_cp1258(SAMPLE),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "utf-16-be-no-bom", "windows-1258"],
)
def test_decodes_every_encoding_to_nfc(data, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    doc = txt.read(path)
    assert [b.orig for b in doc.blocks] == SAMPLE.split("\n")
    assert all(unicodedata.is_normalized("NFC", b.orig) for b in doc.blocks)


def test_windows_1258_bytes_really_differ_from_utf8():
    # guards the test above: the cp1258 case must exercise the fallback, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        to_cp1258(SAMPLE).decode("utf-8")


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (b"  \n\n \t", "empty file"), (bytes(range(256)) * 8, "binary data, not text")],
    ids=["empty", "whitespace", "binary"],
)
def test_bad_input_names_the_reason(data, reason, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReaderError) as error:
        txt.read(path)
    assert error.value.reason == reason
    assert str(path) in str(error.value)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "mixed"])
def test_one_block_per_line_with_provenance(tmp_path, newline):
    lines = ["ỦY BAN NHÂN DÂN", "", "\u00a0", "Số: 1/KH-UBND", ""]
    text = "ỦY BAN NHÂN DÂN\n\n\u00a0\r\nSố: 1/KH-UBND\r\n" if newline == "mixed" else newline.join(lines)
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode())
    doc = txt.read(path)
    assert [(b.orig, b.prov.line_start) for b in doc.blocks] == [("ỦY BAN NHÂN DÂN", 1), ("\u00a0", 3), ("Số: 1/KH-UBND", 4)]
    for block in doc.blocks:
        assert text[block.prov.char_start : block.prov.char_end] == block.orig
    assert len(doc.origin.sha256) == 64 and doc.origin.format == "txt"


@pytest.mark.parametrize("escape", ["\\r\\n", "\\n", "\\r\\n\\r\\n", " \\r\\n \n"])
def test_line_breaks_stored_escaped_are_line_breaks(tmp_path, escape):
    """Some legal sites serve their text with the breaks escaped: the four characters backslash, r, backslash, n."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "Số: 71/KH-UBND", "KẾ HOẠCH"]
    text = escape.join(lines)
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode())
    doc = txt.read(path)
    assert [b.orig.strip() for b in doc.blocks] == lines
    for block in doc.blocks:
        assert text[block.prov.char_start : block.prov.char_end] == block.orig


def test_a_lone_backslash_n_is_text(tmp_path):
    """Two escapes are no page stored escaped: a path or a formula keeps its backslashes."""
    text = "Lưu tại D:\\new\\ke-hoach\nSố: 71/KH-UBND\n"
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode())
    assert [b.orig for b in txt.read(path).blocks] == ["Lưu tại D:\\new\\ke-hoach", "Số: 71/KH-UBND"]


def test_unknown_suffix_is_reported(tmp_path):
    path = tmp_path / "doc.xyz"
    path.write_text("x")
    with pytest.raises(UnsupportedFormat, match="no reader for '.xyz'"):
        parsers.read(path)
