"""Metadata stage: the parts Nghị định 30/2020/NĐ-CP requires of an administrative document.

Reads the body blocks' ``text`` (never the input format); writes ``metadata`` and warnings. Every field
is read from the document itself. Anything missing or contradictory becomes a warning, never a guess:
a site's attribute panel is only compared with the document, it never fills a gap.

The header (issuer, number, place and date) sits above the document-type heading ("KẾ HOẠCH"), often
as a flattened two-column table; the title follows the heading; the recipients ("Nơi nhận") and the
signature block close the document, before any annex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .citations import find_citations, normalise_number
from .dates import VnDate, parse_date
from .model import AttachedDocument, Block, CitedDocument, Document, DocumentMetadata, Issue, Issuer, Signer
from .parts import KEM_THEO, RECIPIENTS, SEPARATOR, annex_heading, authority_of, doc_type_leading_heading, doc_type_of_heading, position_of
from .resources import doc_type_by_abbreviation, doc_type_by_folded_name, site_attribute_fields
from .text import fold, is_upper_line, normalise

_MAX_HEADER_BLOCKS = 40
_MOTTO = re.compile(r"^(?:CỘNG(?:\s|$)|HÒA XÃ HỘI|HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do)", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^Số\s*[:.]\s*(?P<rest>.*)$|^Số\s+(?P<rest2>\d+\s*/.*)$")
# OCR glues a handwritten day to "ngày" ("Hà Nội, ngày30 tháng 4") or drops the comma.
_GLUED_DATE_LINE = re.compile(r"^(?P<place>[^,\d]{0,40}?)[\s,.:]*ngày", re.IGNORECASE)
_SYMBOL = re.compile(r"^(?P<number>\d+[a-zđ]?(?:/\d{4})?)?/(?P<symbol>[A-ZĐa-zđ][\wĐđ&.\-]*)$")
_DATE_LINE = re.compile(r"^(?P<place>[^,]{0,40}?)\s*,?\s*ngày\b", re.IGNORECASE)
_BODY_START = re.compile(r"^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Kính gửi|[IVXLC]+\.\s|Điều \d|Chương [IVXLC\d]|Thực hiện\b|Nhằm\b)")
_AGENCY_KINDS = re.compile(
    r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ|BAN|PHÒNG|VĂN PHÒNG|THANH TRA|CHI CỤC|TỔNG CỤC|"
    r"CỤC|TRUNG TÂM|BỘ|CÔNG AN|TRƯỜNG|BỆNH VIỆN|ĐẢNG ỦY|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|CHÍNH PHỦ|THỦ TƯỚNG)\b"
)
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,4}$")


def _warn(code: str, message: str, block: Block | None = None) -> Issue:
    return Issue(code=code, message=message, where=block.where() if block else None)


# ---------------------------------------------------------------------------------------------------
# Layout: where the heading, the header and the closing are


@dataclass(frozen=True)
class Layout:
    blocks: list[Block]
    heading: int | None  # index of the document-type heading
    header: list[Block]  # the blocks above the heading
    heading_type: str | None = None
    inline_title: bool = False  # the heading goes on with the title ("QUYẾT ĐỊNH CHẤP THUẬN …")

    @classmethod
    def of(cls, body: list[Block]) -> Layout:
        texts = [b.text or "" for b in body]
        heading, heading_type, inline = None, None, False
        for i, text in enumerate(texts[:_MAX_HEADER_BLOCKS]):
            if doc_type := doc_type_of_heading(text):
                heading, heading_type = i, doc_type
                break
            if doc_type := doc_type_leading_heading(text):
                heading, heading_type, inline = i, doc_type, True
                break
        header = body[:heading] if heading is not None else body[: min(15, len(body))]
        return cls(body, heading, [part for block in header for part in split_number_and_date(block)], heading_type, inline)


_PLACE_WORD = r"[A-ZĐÀ-Ỹ][^\s,/\d]*"
_NUMBER_THEN_DATE = re.compile(rf"^(?P<number>Số\s*[:.].*?)\s+(?P<date>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}},\s*ngày\b.*)$")


def split_number_and_date(block: Block) -> list[Block]:
    """A PDF's text layer can put the number and the place-and-date, side by side on paper, on one line:
    "Số: 05 /TTr-SNV Lâm Đồng, ngày 06 tháng 01 năm 2026"."""
    match = _NUMBER_THEN_DATE.match(block.text or "")
    if not match:
        return [block]
    return [block.model_copy(update={"text": match.group("number")}), block.model_copy(update={"text": match.group("date")})]


# ---------------------------------------------------------------------------------------------------
# Header fields


def read_number(header: list[Block]) -> tuple[str | None, str | None, list[Issue]]:
    """(number, symbol, warnings) from "Số: 122/KH-UBND"; an unnumbered draft ("Số:    /KH-UBND") has no number.
    A number the scan shows handwritten (the OCR reader's image check, ``prov.handwritten``) is not
    taken, whatever OCR read: the symbol is, and a warning gives the page and the box to look at."""
    for block in header:
        match = _NUMBER_LINE.match(block.text or "")
        if not match:
            continue
        printed = normalise_number(match.group("rest") or match.group("rest2") or "")
        parsed = _SYMBOL.match(printed)
        handwritten = _handwritten(block, ("number",))
        if handwritten:
            symbol = _SYMBOL.match("/" + printed.split("/", 1)[1]) if "/" in printed else None
            return None, symbol.group("symbol") if symbol else None, [_hand_warn(
                "number_handwritten", f"the number is handwritten in the scan (OCR read '{printed}'); not taken", block, handwritten)]
        if not parsed:
            return None, None, [_warn("number_unreadable", f"number and symbol not in the form NNN/XX-YYY: '{printed}'", block)]
        if not parsed.group("number"):
            return None, parsed.group("symbol"), [
                _warn("unnumbered_draft", f"the number is left blank ('Số: /{parsed.group('symbol')}'): an unissued draft", block)
            ]
        return printed, parsed.group("symbol"), []
    return None, None, [_warn("missing_number", "no 'Số:' line with the document's number and symbol")]


def _handwritten(block: Block, fields: tuple[str, ...]) -> list[dict]:
    return [mark for mark in block.prov.handwritten if mark.get("field") in fields]


def _hand_warn(code: str, message: str, block: Block, marks: list[dict]) -> Issue:
    """A warning that points at the handwritten marks: page and box (PDF points), for a review page to crop."""
    reasons = "; ".join(f"{m['field']}: {m.get('reason', '')}" for m in marks)
    where = {**block.where(), "bbox": marks[0]["bbox"], "fields": [m["field"] for m in marks],
             "boxes": [m["bbox"] for m in marks]}
    return Issue(code=code, message=f"{message} ({reasons})", where=where)


_DATE_PARTS = {"day": r"ngày\s*(\d{1,2})", "month": r"tháng\s*(\d{1,2})", "year": r"năm\s*(\d{4})"}


def _typed_date(text: str, handwritten: set[str]) -> VnDate | None:
    """The date as far as its typed parts go: a handwritten part counts as blank."""
    parts = {}
    for name, pattern in _DATE_PARTS.items():
        found = re.search(pattern, text, re.IGNORECASE)
        parts[name] = found.group(1) if found and name not in handwritten else None
    if parts["year"] is None:
        return None
    if parts["day"] and parts["month"]:
        return parse_date(f"ngày {parts['day']} tháng {parts['month']} năm {parts['year']}")
    month = int(parts["month"]) if parts["month"] and 1 <= int(parts["month"]) <= 12 else None
    partial = f"{parts['year']}-{month:02d}" if month else parts["year"]
    return VnDate(None, partial, 0, len(text), text)


def doc_type_of_symbol(symbol: str | None) -> str | None:
    """"KH-UBND" -> "Kế hoạch"; a symbol with no type part ("UBND-VX") is a Công văn."""
    if not symbol:
        return None
    first = symbol.split("-")[0]
    table = doc_type_by_abbreviation()
    return table.get(first) or (table[""] if "-" in symbol else None)


def read_place_and_date(header: list[Block]) -> tuple[str | None, VnDate | None, list[Issue]]:
    for i, block in enumerate(header):
        text = block.text or ""
        handwritten = _handwritten(block, ("day", "month", "year"))
        match = _DATE_LINE.match(text) or (_GLUED_DATE_LINE.match(text) if handwritten else None)
        if not match or "tháng" not in text and not re.search(r"\d/\d", text):
            continue
        if handwritten:
            place = match.group("place").strip(" ,.") or None
            issued = _typed_date(text, {m["field"] for m in handwritten})
            return place, issued, [_hand_warn(
                "issue_date_handwritten", f"part of the date of issue is handwritten in the scan (OCR read '{text}'); "
                f"only its typed parts are taken", block, handwritten)]
        if "năm" in text and not re.search(r"năm\s*\d{4}", text) or "tháng" in text and "năm" not in text:
            # "Cần Thơ, ngày 21 tháng 01" / "năm 2010": the date goes on in the next line
            following = header[i + 1].text if i + 1 < len(header) else ""
            text = f"{text} {following}"
        place = match.group("place").strip(" ,")
        previous = header[i - 1] if i else None
        if previous is not None and _is_place_fragment(previous):
            place = f"{previous.text} {place}".strip()  # "Bình" / "Tân, ngày 05 …"
        issued = parse_date(text[match.start() :])
        issues = []
        if issued is None:
            issues.append(_warn("issue_date_unreadable", f"the date of issue cannot be read: '{text}'", block))
        elif issued.iso is None:
            issues.append(_warn("issue_date_incomplete", f"the date of issue is left partly blank ({issued.partial}): '{text}'", block))
        return place or None, issued, issues
    return None, None, [_warn("missing_issue_date", "no place-and-date line ('…, ngày … tháng … năm …')")]


def _is_place_fragment(block: Block) -> bool:
    text = block.text or ""
    words = text.split()
    return (
        0 < len(words) <= 2
        and not block.cell_end
        and all(w[:1].isupper() for w in words)
        and not is_upper_line(text)
        and not any(c.isdigit() or c in ":-_|" for c in text)
    )


def read_issuer(header: list[Block]) -> tuple[Issuer, list[Issue]]:
    """The capitalised lines at the top, before the motto, the number or a rule. With two bodies
    ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG") the lower one issued the document and the upper is its parent."""
    lines: list[str] = []
    for block in header:
        text = block.text or ""
        if SEPARATOR.match(text) or _MOTTO.match(text) or _NUMBER_LINE.match(text) or _DATE_LINE.match(text):
            break
        if text and is_upper_line(text):
            lines.append(text)
        if block.cell_end and lines:
            break
    if not lines:
        return Issuer(), [_warn("missing_issuer", "no issuing body above the document-type heading")]
    bodies = split_bodies(lines)
    issuer = Issuer(name=bodies[-1], parent=bodies[-2] if len(bodies) > 1 else None)
    issues = []
    if fold(issuer.name) in ("uy ban nhan dan", "ubnd", "hoi dong nhan dan"):
        issues.append(_warn("issuer_incomplete", f"the issuing body names no place: '{issuer.name}'", header[0]))
    return issuer, issues


def split_bodies(lines: list[str]) -> list[str]:
    """Group header lines into bodies: a line that starts with a body's kind ("SỞ", "UBND") starts a new
    body unless it is inside the kind phrase of the line before ("ỦY" / "BAN NHÂN DÂN")."""
    joined = " ".join(lines)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    covered_until = -1
    cuts = []
    for start in starts:
        kind = _AGENCY_KINDS.match(joined, start)
        if start > covered_until and kind and start > 0:
            cuts.append(start)
        if kind:  # matched on the joined lines, so "ỦY" / "BAN NHÂN DÂN" is one kind phrase
            covered_until = max(covered_until, kind.end())
    bounds = [0, *cuts, len(joined)]
    return [joined[a:b].strip() for a, b in zip(bounds, bounds[1:]) if joined[a:b].strip()]


def read_title(layout: Layout) -> tuple[str | None, list[Issue]]:
    if layout.heading is None:
        return None, [_warn("missing_doc_type_heading", "no document-type heading ('KẾ HOẠCH', 'QUYẾT ĐỊNH' …)")]
    lines = title_lines(layout.blocks, layout.heading)
    if layout.inline_title:
        lines = [layout.blocks[layout.heading].text or "", *lines]
    if not lines:
        return None, [_warn("missing_title", "no title (trích yếu) under the document-type heading", layout.blocks[layout.heading])]
    return " ".join(lines), []


# Types whose title is followed by the issuing authority's name in capitals ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI").
_AUTHORITY_LINE_TYPES = frozenset({"Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Chỉ thị"})


def title_lines(blocks: list[Block], heading: int) -> list[str]:
    """The trích yếu under a heading: capitalised lines, or up to three sentence-case lines, until a rule,
    the issuing authority's line of a decision, or the start of the body."""
    lines: list[str] = []
    capitalised = None
    heading_text = blocks[heading].text or ""
    authority_line = (doc_type_of_heading(heading_text) or doc_type_leading_heading(heading_text)) in _AUTHORITY_LINE_TYPES
    for block in blocks[heading + 1 : heading + 6]:
        text = block.text or ""
        if not text or SEPARATOR.match(text) or _BODY_START.match(text) or KEM_THEO.search(text):
            break
        upper = is_upper_line(text)
        if capitalised is None:
            capitalised = upper
        if upper != capitalised or (upper and authority_line and _AGENCY_KINDS.match(text)) or doc_type_of_heading(text):
            break
        if upper and re.match(r"^(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC)\b", text):
            break
        lines.append(text)
        if not upper and (len(lines) == 3 or re.search(r"[.;:]$", text)):
            break
    return lines


def read_attached(layout: Layout) -> list[AttachedDocument]:
    """A document carried by this one: a second type heading followed by its title and "(kèm theo …)"."""
    if layout.heading is None:
        return []
    attached = []
    for i in range(layout.heading + 1, len(layout.blocks)):
        doc_type = doc_type_of_heading(layout.blocks[i].text or "")
        if not doc_type:
            continue
        following = layout.blocks[i + 1 : i + 6]
        if any(KEM_THEO.search(b.text or "") for b in following):
            title = " ".join(title_lines(layout.blocks, i)) or None
            attached.append(AttachedDocument(doc_type=doc_type, title=title, where=layout.blocks[i].where()))
    return attached


# ---------------------------------------------------------------------------------------------------
# Closing: recipients and signature


def read_recipients(blocks: list[Block]) -> tuple[list[str], list[Issue]]:
    for i, block in enumerate(blocks):
        match = RECIPIENTS.match(block.text or "")
        if not match:
            continue
        items: list[str] = []
        candidates = ([match.group("rest")] if match.group("rest") else []) + [b.text or "" for b in blocks[i + 1 : i + 60]]
        for j, text in enumerate(candidates):
            if not text:
                if items:
                    break
                continue
            if authority_of(text) or position_of(text):
                if _recipients_go_on(candidates, j):
                    continue  # a page break put the signature column in the middle of the list
                break
            if doc_type_of_heading(text) or SEPARATOR.match(text) or annex_heading(text):
                break
            if _NAME.match(text) and items and _recipients_go_on(candidates, j):
                continue
            item = re.sub(r"^[-+•–]\s*", "", text).strip()
            if re.match(r"^[-+•–]", text) or not items:
                items.append(item)
            else:
                items[-1] = f"{items[-1]} {item}"  # a recipient continued on the next line
            if re.match(r"^Lưu\b", item):
                break
        return [re.sub(r"[;,.]+$", "", item).strip() for item in items], []
    return [], [_warn("missing_recipients", "no 'Nơi nhận:' list")]


def _recipients_go_on(candidates: list[str], j: int) -> bool:
    """After a signature line at ``j``: does the list of recipients resume below the signature block?"""
    for text in candidates[j + 1 : j + 6]:
        if not text or authority_of(text) or position_of(text) or _NAME.match(text) or text.startswith("("):
            continue
        return bool(re.match(r"^[-+•–]\s", text))
    return False


def _is_noise(block: Block) -> bool:
    """An OCR line with no word in it, or read with very low confidence (a seal, a signature)."""
    text = block.text or ""
    confidence = block.prov.ocr_confidence
    return sum(c.isalpha() for c in text) < 2 or (confidence is not None and confidence < 40)


def read_signer(blocks: list[Block], after: int) -> tuple[Signer, list[Issue]]:
    start = next(
        (i for i in range(after, len(blocks)) if authority_of(blocks[i].text or "") or position_of(blocks[i].text or "")),
        None,
    )
    if start is None:
        return Signer(), [_warn("missing_signer", "no signature block (TM./KT. line, position, name)")]
    signer = Signer()
    authority: list[str] = []
    for block in blocks[start : start + 16]:
        text = block.text or ""
        if not text or _is_noise(block) or (text.startswith("-") and signer.title) or text.startswith("("):
            continue  # "(đã ký)"; in a scan, the recipients' column and the seal's smudges between the lines
        if prefix := authority_of(text):
            authority.append(prefix)
            inner = position_of(text[len(prefix) :].strip())
            if inner and signer.title is None:
                signer = signer.model_copy(update={"title": inner, "title_as_printed": text[len(prefix) :].strip()})
        elif position := position_of(text):
            signer = signer.model_copy(update={"title": position, "title_as_printed": text})
        elif _NAME.match(text):
            signer = signer.model_copy(update={"name": text})
            break
        elif not is_upper_line(text) and block.prov.ocr_confidence is None:
            break
    signer = signer.model_copy(update={"authority": authority})
    issues = []
    anchor = blocks[start]
    if signer.title and signer.title_as_printed and normalise(signer.title_as_printed).upper() != signer.title.upper():
        issues.append(_warn("signer_title_misspelt", f"position printed '{signer.title_as_printed}', read as '{signer.title}'", anchor))
    if signer.title is None:
        issues.append(_warn("missing_signer_title", "the signature block gives no position (Chủ tịch, Giám đốc …)", anchor))
    if signer.name is None:
        issues.append(_warn("missing_signer_name", "the signature block gives no signer's name", anchor))
    return signer, issues


# ---------------------------------------------------------------------------------------------------
# Citations


def read_citations(blocks: list[Block], own_number: str | None, issued: str | None) -> tuple[list[CitedDocument], list[Issue]]:
    """Every document cited, once each (later mentions fill in a date or issuer the first lacked).
    References to the document itself ("kèm theo Kế hoạch số 159/KH-UBND ngày …") are checked against
    the header, not listed."""
    cited: dict[tuple[str, str], CitedDocument] = {}
    issues: list[Issue] = []
    for block in blocks:
        for c in find_citations(block.text or ""):
            if own_number and c.number == own_number:
                if c.date_unreadable:
                    issues.append(_warn("reference_date_unreadable", f"a reference to this document has an unreadable date: '{c.text}'", block))
                elif issued and c.issued_date and c.issued_date != issued:
                    issues.append(
                        _warn("reference_date_mismatch", f"a reference to this document gives {c.issued_date}, the header {issued}: '{c.text}'", block)
                    )
                continue
            if c.date_unreadable:
                issues.append(_warn("citation_date_unreadable", f"cited document's date cannot be read: '{c.text}'", block))
            number_year = re.search(r"/(\d{4})/", c.number)
            if number_year and c.issued_date and number_year.group(1) != c.issued_date[:4]:
                issues.append(_warn("citation_year_mismatch", f"cited number has the year {number_year.group(1)}, its date {c.issued_date}: '{c.text}'", block))
            key = (fold(c.doc_type), c.number)
            if key in cited:
                known = cited[key]
                cited[key] = known.model_copy(update={"issued_date": known.issued_date or c.issued_date, "issuer": known.issuer or c.issuer})
                continue
            cited[key] = CitedDocument(
                doc_type=c.doc_type, number=c.number, issued_date=c.issued_date, issuer=c.issuer, text=c.text, where=block.where()
            )
    return list(cited.values()), issues


# ---------------------------------------------------------------------------------------------------
# Cross-checks


def check_site_attributes(meta: DocumentMetadata, attributes: dict[str, str]) -> list[Issue]:
    """Compare a legal site's attribute panel with what the document itself says."""
    fields = site_attribute_fields()
    issues = []
    for label, value in attributes.items():
        field = fields.get(label)
        document_value = {
            "number": meta.number,
            "doc_type": meta.doc_type,
            "issued_date": meta.issued_date,
            "signer": meta.signer.name,
            "issuer": meta.issuer.name,
        }.get(field or "")
        if not field:
            continue
        site_value = value
        if field == "number":
            site_value = normalise_number(value)
        elif field == "issued_date":
            parsed = parse_date(value)
            site_value = parsed.iso if parsed else value
        if document_value is None:
            issues.append(_warn("missing_in_document", f"the document does not show its {field}; the site's panel says {label}: '{value}'"))
        elif _comparable(site_value, field) != _comparable(document_value, field):
            issues.append(
                _warn("site_attribute_mismatch", f"the site's panel says {label}: '{value}', the document says '{document_value}'")
            )
    return issues


_ABBREVIATIONS = ((r"\bubnd\b", "uy ban nhan dan"), (r"\btp\b\.?", "thanh pho"), (r"\bhdnd\b", "hoi dong nhan dan"))


def _comparable(value: str, field: str) -> str:
    folded = fold(value)
    if field == "issuer":
        for pattern, expansion in _ABBREVIATIONS:
            folded = re.sub(pattern, expansion, folded)
    return re.sub(r"[^a-z0-9]", "", folded)


# ---------------------------------------------------------------------------------------------------


def extract(doc: Document) -> tuple[DocumentMetadata, list[Issue]]:
    body = [b for b in doc.body() if b.table is None]
    layout = Layout.of(body)
    issues: list[Issue] = []

    number, symbol, found = read_number(layout.header)
    issues += found
    heading_type = layout.heading_type
    symbol_type = doc_type_of_symbol(symbol)
    if heading_type and symbol_type and heading_type != symbol_type:
        issues.append(_warn("doc_type_mismatch", f"the heading says {heading_type}, the symbol '{symbol}' says {symbol_type}"))
    place, issued, found = read_place_and_date(layout.header)
    issues += found
    issuer, found = read_issuer(layout.header)
    issues += found
    title, found = read_title(layout)
    issues += found
    after_heading = layout.heading or 0
    signer, found = read_signer(body, after_heading + 1)
    issues += found
    recipients, found = read_recipients(body)
    issues += found
    iso = issued.iso if issued else None
    cited, found = read_citations(doc.body(), number, iso)
    issues += found
    if place is None and issued is not None:
        issues.append(_warn("missing_place", "the date line names no place of issue"))

    meta = DocumentMetadata(
        doc_type=heading_type or symbol_type,
        number=number,
        symbol=symbol,
        issued_date=iso,
        issued_date_partial=issued.partial if issued else None,
        place=place,
        issuer=issuer,
        title=title,
        signer=signer,
        recipients=recipients,
        cited_documents=cited,
        attached=read_attached(layout),
    )
    if meta.doc_type is None:
        issues.append(_warn("missing_doc_type", "neither a heading nor a symbol gives the document type"))
    if _only_a_panel(meta, layout) and doc.site_attributes:
        return from_site_attributes(meta, doc.site_attributes)
    issues += check_site_attributes(meta, doc.site_attributes)
    return meta, issues


def _only_a_panel(meta: DocumentMetadata, layout: Layout) -> bool:
    """The page shows no document: no heading, no number, no date."""
    return layout.heading is None and meta.number is None and meta.issued_date is None and meta.symbol is None


def from_site_attributes(meta: DocumentMetadata, attributes: dict[str, str]) -> tuple[DocumentMetadata, list[Issue]]:
    """A page that holds no document text, only the site's attribute panel: the panel is then the only
    record of the document, and is used as such, with a warning saying so."""
    fields = site_attribute_fields()
    values = {fields[label]: value for label, value in attributes.items() if fields.get(label) and value not in ("--", "")}
    printed = values.get("number", "")
    first = printed.split()[0] if printed.split() else ""
    number = first if _SYMBOL.match(first) else (normalise_number(printed) or None)  # "867/QĐ-QLTA Lỗi" on the site
    parsed = _SYMBOL.match(number or "")
    issued = parse_date(values.get("issued_date", ""))
    meta = meta.model_copy(update={
        "number": number, "symbol": parsed.group("symbol") if parsed else None,
        "doc_type": doc_type_by_folded_name().get(fold(values.get("doc_type", ""))) or values.get("doc_type"),
        "issued_date": issued.iso if issued else None, "issuer": Issuer(name=values.get("issuer")),
        "signer": Signer(name=values.get("signer")),
    })
    used = ", ".join(f"{label}: {value}" for label, value in attributes.items() if fields.get(label))
    return meta, [_warn("metadata_from_site_attributes", f"the page holds no document text, only the site's attribute panel ({used})")]


def metadata(doc: Document) -> Document:
    meta, issues = extract(doc)
    return doc.with_warnings(issues, metadata=meta)

