import pytest

from pipeline.stages.agencies import as_mentions, split_agencies, unique_names


@pytest.mark.parametrize(
    "cell, names",
    [
        ("- Sở, Ban, Ngành - UBND các quận, huyện, thị xã", ["Sở, Ban, Ngành", "UBND các quận, huyện, thị xã"]),
        ("Sở TN&MT, ban QL Khu CN&CX; UBND cấp huyện, UBND cấp xã.", ["Sở TN&MT", "ban QL Khu CN&CX", "UBND cấp huyện", "UBND cấp xã"]),
        ("- Văn phòng UBND Thành phố - Sở Nội vụ", ["Văn phòng UBND Thành phố", "Sở Nội vụ"]),
        ("Các sở, ban, ngành, UBND cấp xã", ["Các sở, ban, ngành", "UBND cấp xã"]),
        ("Sở Y tế, Sở Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        ("- Sở TT&TT\nUBND cấp huyện, UBND cấp xã", ["Sở TT&TT", "UBND cấp huyện", "UBND cấp xã"]),
        # negative rows: one body, however it is printed
        ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
        ("UBND các quận, huyện, thị xã", ["UBND các quận, huyện, thị xã"]),
        ("Thanh tra\nThành phố", ["Thanh tra Thành phố"]),
        ("Trung tâm Văn hóa - Thể dục Thể thao quận", ["Trung tâm Văn hóa - Thể dục Thể thao quận"]),
        # a list of kinds is one name; a kind word before a colon names each body after it
        ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"]),
        ("Sở Nông nghiệp và Môi trường, các Sở, ban, ngành", ["Sở Nông nghiệp và Môi trường", "các Sở, ban, ngành"]),
        ("Sở Nội vụ (chính sách an sinh, chính sách cải cách hành chính)",
         ["Sở Nội vụ (chính sách an sinh, chính sách cải cách hành chính)"]),
        ("- Các Sở: Kế hoạch và Đầu tư; Xây dựng; Lao động, Thương binh và xã hội.\n- UBND quận, huyện, thị xã",
         ["Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Lao động, Thương binh và xã hội", "UBND quận, huyện, thị xã"]),
        ("", []),
        # a numbered list run onto one line (a cell's paragraphs joined by a site or a converter)
        ("1. Sở Y tế 2. Công an tỉnh 3. Văn phòng UBND tỉnh", ["Sở Y tế", "Công an tỉnh", "Văn phòng UBND tỉnh"]),
        ("1) Sở Tư pháp 2) UBND các xã, phường", ["Sở Tư pháp", "UBND các xã, phường"]),
        # negative rows: numbers that do not go on one by one from "1." are part of the names
        ("Sở Y tế 2. Công an tỉnh", ["Sở Y tế 2. Công an tỉnh"]),
        ("1. Sở Y tế 3. Công an tỉnh", ["Sở Y tế 3. Công an tỉnh"]),
    ],
)
def test_split_agencies(cell, names):
    assert split_agencies(cell) == names


def test_unique_names_keeps_first_spelling():
    names = as_mentions(["Văn phòng UBND thành phố", "Văn phòng UBND Thành phố", "Sở Nội vụ"])
    assert [m.name for m in unique_names(names)] == ["Văn phòng UBND thành phố", "Sở Nội vụ"]


@pytest.mark.parametrize(
    "cell, names",
    [
        # a remark that names a body and the part it takes is one more body, as after ";": before, the role clause was
        # cut inside the parenthesis and left "UBND tỉnh (Sở Nội vụ" (a broken name)
        ("UBND tỉnh (Sở Nội vụ tham mưu)", ["UBND tỉnh", "Sở Nội vụ"]),
        ("Ủy ban nhân dân tỉnh (giao Sở Tài chính tham mưu)", ["Ủy ban nhân dân tỉnh", "Sở Tài chính"]),
        ("UBND tỉnh (Sở Xây dựng chủ trì thẩm định), Sở Tư pháp", ["UBND tỉnh", "Sở Xây dựng", "Sở Tư pháp"]),
        # other remarks stay with their name
        ("Sở Nội vụ (Ban Thi đua - Khen thưởng)", ["Sở Nội vụ (Ban Thi đua - Khen thưởng)"]),
        ("Sở Tài chính (theo chức năng, nhiệm vụ)", ["Sở Tài chính (theo chức năng, nhiệm vụ)"]),
    ],
)
def test_a_remark_naming_a_body_at_work_is_a_body(cell, names):
    assert split_agencies(cell) == names
