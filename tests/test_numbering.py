import pytest

from pipeline.stages.numbering import classify


@pytest.mark.parametrize(
    "text, kind, label, number, depth, value",
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I.", "I", 1, 1),
        ("IV. KINH PHÍ", "roman", "IV.", "IV", 1, 4),
        ("1. Mục đích", "arabic", "1.", "1", 1, 1),
        ("2.1. Nội dung", "arabic", "2.1.", "2.1", 2, 1),
        ("1.3.1 Tỷ lệ cơ quan chuyên môn", "arabic", "1.3.1", "1.3.1", 3, 1),
        ("1,1", "arabic", "1,1", "1.1", 2, 1),  # decimal comma: numbering 1.1, not the number 1.1
        ("2,4 Tác động của cải cách", "arabic", "2,4", "2.4", 2, 4),
        ("b) Cơ hội tham gia", "letter", "b)", "b", 1, 2),
        ("đ) Điểm đ", "letter", "đ)", "đ", 1, 5),  # Vietnamese order: a b c d đ
        ("- Tăng cường", "dash", "-", None, 1, None),
        ("-Tăng cường sự giám sát", "dash", "-", None, 1, None),
        ("+ Tổ chức thực hiện", "plus", "+", None, 1, None),
        ("Chương II QUY ĐỊNH CHUNG", "chapter", "Chương II", "II", 1, 2),
        ("Mục 2. Tổ chức thực hiện", "muc", "Mục 2", "2", 1, 2),
        ("Điều 3. Chánh Văn phòng", "article", "Điều 3.", "3", 1, 3),
    ],
)
def test_labels(text, kind, label, number, depth, value):
    parsed = classify(text)
    assert (parsed.kind, parsed.label, parsed.number, parsed.depth, parsed.value) == (kind, label, number, depth, value)


@pytest.mark.parametrize(
    "text",
    ["Mục đích", "19 tháng 9 năm 2016 của Ủy ban", "2020. Năm", "Ngày 06/4/2025", "CÁC", "Căn cứ Luật", "IIV. xx", "V.1"],
)
def test_not_labels(text):
    assert classify(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Chương II. QUY ĐỊNH CHUNG", "chapter"), ("CHAPTER 3", "chapter"), ("Mục 2. Tổ chức", "muc"), ("SECTION 1", "muc"),
    ("Điều 5. Hiệu lực", "article"), ("Article 7. Effect", "article"), ("IV. TỔ CHỨC THỰC HIỆN", "roman"),
    ("XII NHIỆM VỤ TRỌNG TÂM", "roman"), ("Lộ trình", None), ("3.2. Kinh phí", "arabic"),
    ("١٢. Nội dung", "arabic"),  # any decimal digit is what \d reads as a number
    ("đ) Sở Tài chính", "letter"), ("- Sở Y tế", "dash"), ("– Sở Y tế", "dash"), ("— Sở Y tế", "dash"),
    ("• Sở Y tế", "dash"), ("+ Sở Y tế", "plus"), ("Kế hoạch", None), ("Ủy ban", None), ("", None), ("(1) Nội dung", None),
])
def test_every_kind_of_label_is_told_by_its_first_character(text, kind):
    label = classify(text)
    assert (label.kind if label else None) == kind
