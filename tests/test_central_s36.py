"""Central bodies' documents and e-signed signatures (s36-central, a blind round; every fixture below is written for
the test, names and numbers made up).

What the forms are (our own notes):
- an e-signed copy may print no signer's name under the position: the name is only in the digital signature's stamp
  ("Ký bởi: …", "Người ký: …", "Ký số bởi: …", a reader's "Digitally signed by …"). When the stamp names a person, that
  person signed; when it names a body ("Ký bởi: Văn phòng Ủy ban nhân dân tỉnh …", the office that signs the copies)
  or two different persons, the signer stays unknown (null and missing_signer_name).
"""

from __future__ import annotations

import pytest

from page_fields import wrong_in_form

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng công tác.", "II. NHIỆM VỤ", "1. Tổ chức thực hiện đúng tiến độ."]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def provincial_plan(signature: list[str]) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "-------", *MOTTO, "Số: 318/KH-UBND", "Kon Tum, ngày 09 tháng 3 năm 2026",
            "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2026", *BODY, *RECIPIENTS, *signature]


DEPUTY = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
TIME = "Thời gian ký: 09.03.2026 15:42:10 +07:00"

# the signature block's lines after the position: (lines, the signer wanted)
STAMP_SIGNERS = {
    "signed_by_label": (["Ký bởi: Y Ngọc Hra", TIME], "Y Ngọc Hra"),
    "signer_label": (["Người ký: Lê Thị Mỹ Duyên", "Cơ quan: Tỉnh Kon Tum", TIME], "Lê Thị Mỹ Duyên"),
    "signed_digitally_label": (["Ký số bởi: Phạm Đức Long", TIME], "Phạm Đức Long"),
    "label_and_email_on_one_line": (["Ký bởi: Phạm Đức Long Email: pdlong@kontum.gov.vn", TIME], "Phạm Đức Long"),
    "english_appearance": (["Signature Not Verified", "Digitally signed by Hoàng Văn Tư", "Date: 2026.03.09 15:42:10 +07:00"],
                           "Hoàng Văn Tư"),
    "stamp_before_the_time_and_a_seal_caption": ([TIME, "Ký bởi: Đinh Thị Thu", "(Đã ký)"], "Đinh Thị Thu"),
    # the stamp names the office that signs the copies, or two persons: whose signature it is cannot be told
    "signed_by_the_office": (["Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Kon Tum", TIME], None),
    "signed_by_a_department_in_capitals": (["Ký bởi: Sở Tư Pháp", TIME], None),
    "two_persons": (["Ký bởi: Đinh Thị Thu", TIME, "Ký bởi: Phạm Đức Long", TIME], None),
    # read right before and kept: the printed name wins over the stamp's person
    "printed_name_under_the_stamp": (["Ký bởi: Văn thư Sở", TIME, "Trần Quốc Hưng"], "Trần Quốc Hưng"),
    "printed_name_and_another_person_s_stamp": (["Ký bởi: Đinh Thị Thu", TIME, "Trần Quốc Hưng"], "Trần Quốc Hưng"),
}


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", STAMP_SIGNERS)
def test_the_signer_named_only_by_the_digital_signature_s_stamp(tmp_path, name, form):
    """The name printed only in the stamp ("Ký bởi: Y Ngọc Hra") was lost (null and missing_signer_name): a person
    the stamp names is the signer (sections.json stamp_signer); a body, or two persons, give none."""
    lines, signer = STAMP_SIGNERS[name]
    expected = dict(signer=signer, position="Phó Chủ tịch", authority=["TM.", "KT."], issuer="ỦY BAN NHÂN DÂN TỈNH KON TUM")
    assert wrong_in_form(tmp_path, (provincial_plan([*DEPUTY, *lines]), expected), form) == {}
