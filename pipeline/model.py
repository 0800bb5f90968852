"""The document model every reader produces and every stage reads.

Readers (``parsers/``) fill ``origin``, ``blocks`` (with ``orig`` and provenance) and ``signatures``; stages derive new
documents from old ones (``model_copy``) and write only their own fields:

- ``clean``       -> ``blocks`` (``text``, layer, joined lines), ``site_attributes``
- ``metadata``    -> ``metadata`` (addressees as printed)
- ``tables``, ``sections``, ``tasks``, ``indicators``, ``deadlines`` -> their fields
- ``assignments`` -> ``assignments`` (agencies as printed)
- ``agencies``    -> every ``AgencyMention`` resolved, ``metadata.jurisdiction``, ``recipient_agencies``, the
  addressees' ``agency``
- every stage     -> may append to ``warnings``

After the stages, the ingest (not ``process``) applies a person's corrections (``pipeline/stages/corrections.py``): the
corrected fields, ``metadata.sources[field]`` (source ``correction``) and ``corrections``.

A table read from DOCX/HTML/PDF and a table recovered from flattened text are the same ``Table`` of
``Cell``s, so stages never need to know the input format. This module imports nothing else from the
project, so any reader or stage can import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from . import SCHEMA_VERSION  # noqa: F401 (defined with the package version, read without pydantic)

# An ISO date ("2025-06-09") in the published schema: ``format: date``.
ISO_DATE = {"format": "date"}


class Strict(BaseModel):
    # Every field is always written, so the published schema marks them all required.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """BaseModel.model_copy's shallow copy without its generic steps (copy.copy three times, the branch for
        extra="allow"): the stages derive thousands of models a document. A deep copy, or a model holding private or
        extra values (none of the project's does), is pydantic's."""
        if deep or self.__pydantic_private__ is not None or self.__pydantic_extra__ is not None:
            return super().model_copy(update=update, deep=deep)
        values = self.__dict__.copy()
        fields_set = set(self.__pydantic_fields_set__)
        if update:
            values.update(update)
            fields_set.update(update.keys())
        return _made(type(self), values, fields_set)


_Model = TypeVar("_Model", bound=BaseModel)


def trusted(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """A model made from values already of its fields' types, without validating them again: what ``cls(**values)``
    makes when ``values`` holds every field, in the model's order, each of its declared type (a stage building
    thousands of nodes from data it made itself: validation costs three times the making). Not
    ``cls.model_construct``, which is slower than validating. A caller that cannot vouch for a value validates."""
    return _made(cls, values, set(values))


# BaseModel's slots' setters, called directly: object.__setattr__ looks each name up through the model's classes first
# (a fifth of a small model's copy, counted by cachegrind)
_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = (BaseModel.__dict__[name].__set__ for name in (
    "__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))


def _made(cls: type[_Model], values: dict[str, Any], fields_set: set[str]) -> _Model:
    """The instance pydantic makes from validated ``values``: no extra values, no private ones."""
    model = object.__new__(cls)
    _SET_DICT(model, values)
    _SET_FIELDS_SET(model, fields_set)
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


class BlockKind(str, Enum):
    PARAGRAPH = "paragraph"
    TABLE = "table"


class Layer(str, Enum):
    BODY = "body"
    # Text around the document that is not part of it: site menus, login prompts, reader comments.
    FURNITURE = "furniture"


@dataclass(slots=True)
class Cell:
    """One cell of a table at its grid position. (A slotted dataclass, like Block: a DOCX annex has
    thousands of them.)"""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str = ""
    is_header: bool = False
    # Where a PDF or a scan printed it (a box in its block's units; a table joined over pages has cells on several
    # pages) and, for a scan, the words Tesseract read with low confidence: a deadline read from them is checked.
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    unsure: tuple[str, ...] = ()
    # a scanned cell with ink but no word read (a blot, a scribble, a stamp over it), in a column mostly so: left empty
    unreadable: bool = False

    def model_copy(self, update: dict[str, Any] | None = None) -> Cell:
        return replace(self, **(update or {}))


class Table(Strict):
    n_rows: int
    n_cols: int
    cells: list[Cell] = Field(default_factory=list)
    # a PDF's table ruled between its columns only (no rule between its rows: parsers/pdf.py), whose rows a page break
    # cuts are joined with more care (parsers/common.py ``_join``); not written out
    _between: bool = PrivateAttr(default=False)

    def grid(self, across: bool = True) -> list[list[str]]:
        """Rows of cell texts; a merged cell repeats its text in every position it spans (with
        ``across=False`` only down its rows: a cell spanning columns fills its first column only)."""
        grid = [[""] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            if cell.row_span == 1 and (cell.col_span == 1 or not across):  # most cells: one position, no loops
                if cell.row < self.n_rows and cell.col < self.n_cols:
                    grid[cell.row][cell.col] = cell.text
                continue
            last_col = cell.col + cell.col_span if across else cell.col + 1
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(last_col, self.n_cols)):
                    grid[r][c] = cell.text
        return grid


HIDDEN_LAYER = "hidden text layer"  # the source of Provenance.handwritten marks that parsers/hiddenlayer.py makes


@dataclass(slots=True)
class Provenance:
    """Where a block came from in the source file. Lines and pages are 1-based, char spans 0-based, end-exclusive.
    (A slotted dataclass, like Block: documents have thousands of them, and pydantic takes them as they are.)"""

    reader: str
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    ocr_confidence: float | None = None  # mean word confidence (0-100) of an OCR'd block
    ocr_unsure: list[str] = field(default_factory=list)  # words read with low confidence (handwriting, stamps)
    # Fill-in fields of a scanned number or date line whose glyphs are not the line's typed ones:
    # {"field": "number" | "day" | "month" | "year", "bbox": [x0, top, x1, bottom] in points, "reason": …}
    # (with "source": HIDDEN_LAYER, a field of a scanner's hidden OCR layer that the page image does not give back)
    handwritten: list[dict[str, Any]] = field(default_factory=list)
    # degrees a scanned page was turned (clockwise: 90, 180, 270) to be read upright: its boxes are in the page so
    # turned, and a part of it read again (parsers.ocr.read_region) is cropped from the page turned alike
    turned: int = 0

    def model_copy(self, update: dict[str, Any] | None = None) -> Provenance:
        """As Block.model_copy: spelled out, several times quicker than dataclasses.replace (a joined line's copy)."""
        copy = Provenance(self.reader, self.page, self.line_start, self.line_end, self.char_start, self.char_end, self.bbox,
                          self.ocr_confidence, self.ocr_unsure, self.handwritten, self.turned)
        for name, value in (update or {}).items():
            setattr(copy, name, value)
        return copy


@dataclass(slots=True)
class Block:
    id: str
    orig: str
    prov: Provenance
    kind: BlockKind = BlockKind.PARAGRAPH
    layer: Layer = Layer.BODY
    text: str | None = None  # cleaned text, written by the clean stage
    table: Table | None = None
    # In text copied from a web page, a table cell ends with "|"; the clean stage records it here.
    cell_end: bool = False
    # The line ends inside a word (a PDF line broken inside a token): joined to the next without a space.
    ends_mid_word: bool = False
    # The reader knows a paragraph starts here (a PDF's footnote, led by its mark): never joined to the line above.
    starts_paragraph: bool = False
    # All the paragraph's text is bold (the reader knows: a DOCX's runs and styles, a web page's tags, a PDF's fonts):
    # a heading with no number is often told only by that.
    bold: bool = False
    # A page starts here, the reader knows (a DOCX's or a web page's page break before it; a PDF's blocks carry their
    # page): an annexed table's caption is printed at the top of its page.
    starts_page: bool = False

    def where(self) -> dict[str, Any]:
        """How warnings and extracted values point back at the source."""
        return {"block": self.id, "line": self.prov.line_start, "page": self.prov.page}

    def model_copy(self, update: dict[str, Any] | None = None) -> Block:
        """A copy with some fields changed (stages derive new blocks; they never change one). Spelled
        out rather than dataclasses.replace, which is several times slower on the hot path; a field
        that does not exist raises AttributeError."""
        copy = Block(self.id, self.orig, self.prov, self.kind, self.layer, self.text, self.table, self.cell_end,
                     self.ends_mid_word, self.starts_paragraph, self.bold, self.starts_page)
        for name, value in (update or {}).items():
            setattr(copy, name, value)
        return copy


class Origin(Strict):
    path: str
    name: str
    format: str
    sha256: str
    size: int


class Issue(Strict):
    """A warning about the document: something missing, contradictory or repaired."""

    code: str
    message: str
    where: dict[str, Any] | None = None


class AgencyMention(Strict):
    """A government body named in the document, as printed, and the registry entity it resolves to."""

    name: str = Field(description="as printed")
    remark: str | None = Field(
        None, description='a remark in brackets the name ends with, apart ("Sở Y tế (đầu mối tổng hợp)" -> "đầu mối tổng '
                          'hợp", "Sở Tài chính (nếu có)" -> "nếu có"; the name keeps it as printed); null when none, and '
                          'for brackets that hold an abbreviation or a code ("(UBND)", "(PC06)") or a body ("(Sở Nội '
                          'vụ)")')
    agency_id: str | None = Field(None, description='registry id, e.g. "ha-noi/so-noi-vu"; null when unresolved')
    canonical_name: str | None = None
    match: Literal["exact", "alias", "rule", "fuzzy", "unresolved"] = Field(
        "unresolved", description="how the name was matched: exact (folded name), alias, rule (abbreviations, place "
                                  "words, punctuation), fuzzy (typos, OCR), unresolved")
    score: float | None = Field(None, description="100 for exact, alias and rule; the similarity for fuzzy; the "
                                                  "best similarity found for unresolved")
    reason: str | None = Field(None, description="why an unresolved name did not resolve")


class Addressee(Strict):
    """Whom a letter is sent to, read after "Kính gửi:" under its title (one body or person of the list)."""

    name: str = Field(description="as printed (a list's dash and the item's closing punctuation left out)")
    person: bool = Field(False, description='a person or a position ("Đồng chí Chủ tịch UBND tỉnh", "Ông …"), not a '
                                           "body: it has no agency")
    agency: AgencyMention | None = Field(None, description="the body resolved in the registry; null for a person")
    where: dict[str, Any] | None = Field(None, description="the block the name was read from (block, line, page)")


class Issuer(Strict):
    name: str | None = None
    parent: str | None = None
    joint: list[str] = Field(default_factory=list, description="every body of a joint document (Thông tư liên tịch, "
                                                                 "Nghị quyết liên tịch), as printed; name is the first")
    agency: AgencyMention | None = Field(None, description="the issuing body resolved in the registry")


class Signer(Strict):
    name: str | None = None
    title: str | None = Field(None, description='canonical position, with the unit printed after it written as bodies '
                                               'are named: "Phó Chủ tịch", "Giám đốc Sở Nội vụ", "Chủ tịch UBND huyện"')
    title_as_printed: str | None = None
    authority: list[str] = Field(default_factory=list, description='e.g. ["TM.", "KT."]')
    signs_for: str | None = Field(
        None, description="the body of issuer.joint the signer signs for (a joint document), as the header prints it: "
                          "the one whose own words (or their initials: \"LHPN\") the signature's lines name; null when "
                          "the document is no joint one or the lines name no one body of it")


class CoSigner(Signer):
    """Another signer of a joint document: its signature column beside (or after) the first one's."""

    where: dict[str, Any] | None = Field(None, description="the block of the name, or of the column's first line when "
                                                          "it prints no name (block, line, page)")


class JointNumber(Strict):
    """The number another body of a joint document prints under its own name in the header ("Số: 11/KH-VKS" beside
    "Số: 05/KH-TA": each body numbers the plan in its own register)."""

    number: str = Field(description='the number and symbol as printed: "11/KH-VKS"')
    body: str | None = Field(None, description="the body of issuer.joint whose column prints it, as the header prints "
                                               "it; null when the header does not tell which")


class CitedDocument(Strict):
    doc_type: str | None = None
    number: str | None = Field(description="the number and symbol as cited; null for a law, code or ordinance cited "
                                           "by its name and date alone (its name in text: \"Bộ luật Lao động năm 2019\"), and for a document "
                                           "cited by its type, date and issuer alone (\"Nghị quyết ngày 12/6/2025 của Quốc hội\")")
    issued_date: str | None = Field(None, json_schema_extra=ISO_DATE)
    issuer: str | None = None
    issuer_agency: AgencyMention | None = Field(None, description="the issuer resolved in the registry")
    text: str = Field(description="the citation as printed")
    where: dict[str, Any] | None = None
    cited_id: str | None = Field(
        None, description="the document of the database it designates (its sha256), set by the ingest over the whole "
                          "database after each run (the database's document_links); null when none is known")
    match: Literal["number_date", "number", "ambiguous"] | None = Field(
        None, description="how cited_id was found: number_date (number, symbol and date of issue), number (number "
                          "and symbol; no date to compare), ambiguous (several documents have the number: cited_id "
                          "is null); null when no document of the database has the number")


class AttachedDocument(Strict):
    """A document carried by this one, e.g. the plan issued with a Quyết định."""

    doc_type: str
    title: str | None = None
    where: dict[str, Any] | None = None


class FieldSource(Strict):
    """Where a metadata value was read: the kind of source, how sure the reading is, and the block."""

    source: Literal["printed", "ocr", "form", "signature", "file_name", "cited_by", "site_panel", "correction"] = Field(
        description="printed (a text layer, DOCX, HTML, text), ocr (a scan read by OCR), form (drawn by a PDF form or "
                    "signature widget), signature (the digital signature's signing time, for a day the page leaves blank), "
                    "file_name, cited_by (another document that cites this one), site_panel (a legal "
                    "site's attribute panel, on a page that holds nothing else), correction (a person's, from the "
                    "corrections file: ``where`` keeps the block the value was read from, ``correction`` its line)")
    confidence: float | None = Field(
        None, description="0-1: 1 for printed text and form fields, the OCR's mean word confidence / 100 for ocr")
    where: dict[str, Any] | None = Field(None, description="the block the value was read from")


class DocumentPart(Strict):
    """One of several documents in one file (a Tờ trình and the draft plan it submits; a decision and the plan it
    issues; a công văn and its list of recipients), with its own metadata. The first part is the file's main
    document, whose metadata is also the document's own."""

    id: str = Field(description='"part_1", "part_2" … in file order')
    relation: Literal["main", "attached", "annex"] = Field(
        description="main (the file's document), attached (a document submitted or issued with it), annex (a list or "
                    "table belonging to the part named in attached_to)")
    attached_to: str | None = Field(None, description="id of the part this one goes with")
    page_start: int | None = None
    page_end: int | None = None
    block_start: str | None = Field(None, description="id of the part's first block")
    block_end: str | None = None
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issued_date: str | None = Field(None, json_schema_extra=ISO_DATE)
    issued_date_partial: str | None = None
    place: str | None = None
    issuer: Issuer = Field(default_factory=Issuer)
    title: str | None = None
    signer: Signer = Field(default_factory=Signer)
    co_signers: list[CoSigner] = Field(default_factory=list, description="the part's other signers (a joint document)")
    joint_numbers: list[JointNumber] = Field(
        default_factory=list, description="the numbers the part's other bodies print under their own names (a joint "
                                          "document), as the document's joint_numbers")


class DocumentMetadata(Strict):
    doc_type: str | None = None
    number: str | None = Field(None, description='"122/KH-UBND"; None for an unnumbered draft')
    symbol: str | None = Field(None, description='the part after the number: "KH-UBND"')
    issued_date: str | None = Field(None, description="ISO date; None when day or month is blank", json_schema_extra=ISO_DATE)
    issued_date_partial: str | None = Field(None, 
        description='"2026" or "2026-04" when only part of the date is printed')
    place: str | None = None
    issuer: Issuer = Field(default_factory=Issuer)
    title: str | None = None
    signer: Signer = Field(default_factory=Signer, description="who signed; in a joint document, the first "
                                                                "signature column's (left, or the first copied)")
    co_signers: list[CoSigner] = Field(
        default_factory=list, description="the other signers of a joint document, each signature column after the "
                                          "first in order (left to right); empty when one signer signs")
    joint_numbers: list[JointNumber] = Field(
        default_factory=list, description="the number and symbol each other body of a joint document prints under its "
                                          "own name, in the header's column order (the first body's is number); "
                                          "empty when one number serves all")
    addressees: list[Addressee] = Field(
        default_factory=list, description='whom the document is sent to ("Kính gửi: …", "Đồng kính gửi: …" under the '
                                          "title); empty when it names none")
    recipients: list[str] = Field(default_factory=list)
    recipient_agencies: list[AgencyMention] = Field(
        default_factory=list, description="the bodies among the recipients (not archive lines or persons)")
    jurisdiction: str | None = Field(
        None, description='registry id of the place the document is about ("ha-noi"); bare agency names resolve there')
    cited_documents: list[CitedDocument] = Field(default_factory=list)
    attached: list[AttachedDocument] = Field(default_factory=list)
    sources: dict[str, FieldSource] = Field(
        default_factory=dict, description="per field (doc_type, number, issued_date, place, issuer, title, signer) "
                                          "where its value was read")
    parts: list[DocumentPart] = Field(
        default_factory=list, description="the documents of a file that holds several (empty when it holds one)")


class Section(Strict):
    """A node of the section tree. ``id`` is built from the path ("sec_II__item_2__point_b"); ``blocks``
    are the ids of the node's own paragraphs (not its children's); lines and pages cover the whole node."""

    id: str
    kind: Literal["opening", "body", "closing", "annex", "attached", "table", "part", "upper_letter", "chapter", "muc", "tieu_muc",
                  "article", "roman", "arabic", "letter", "star", "dash", "plus", "unnumbered", "step"] = Field(
        description="opening and closing (before the first and after the last numbered part: the header, the title, "
                    "the addressees, the recitals and the lead-in paragraphs; the concluding sentence, the recipients, "
                    "the signature), body (a document with no numbered part, a Chỉ thị, a Công điện, a Thông báo, a letter "
                    "in plain paragraphs: its paragraphs (a recital \"Căn cứ …\" among them) from the first after the title and the addressees (\"Kính gửi:\", "
                    "a Công điện's \"… điện:\" list), which stay the opening's, to the closing), annex, attached (a "
                    "document a decision carries), table, part (Phần I), upper_letter (A., a group above the Roman "
                    "parts or inside one), chapter, muc (Mục 1), tieu_muc (Tiểu mục 1, a code's subsection), article, roman (I.), arabic (1., 1.1), letter (a)), star (*, a sub-heading over dashes or a run-in heading: \"* Mục tiêu cụ thể:\", \"* Trồng rừng: …\"), dash (-), plus (+), unnumbered (a heading with no label, told by its bold: \"Mục tiêu\"), step (a step, a phase or a numbered task or solution: \"Bước 1:\", \"Giai đoạn II\", \"Đợt 2.\", \"Nhiệm vụ 1:\", \"Giải pháp thứ nhất:\")")
    label: str | None = Field(None, description='as printed: "II.", "2.1.", "b)", "-", "PHỤ LỤC 1"')
    number: str | None = Field(None, description='normalised: "II", "2.1", "b", "1"')
    level: int
    heading: str | None = None
    text: str = ""
    blocks: list[str] = Field(default_factory=list)
    line_start: int | None = None
    line_end: int | None = None
    page_start: int | None = None
    page_end: int | None = None
    # An annex's "(Kèm theo Kế hoạch số … ngày …)": the document it belongs to.
    attached_to: dict[str, Any] | None = None
    table: str | None = Field(None, description="for a table node: the id of the table in ``Document.tables``")
    children: list[Section] = Field(default_factory=list)

    KINDS: ClassVar[frozenset[str]]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


Section.KINDS = frozenset(get_args(Section.model_fields["kind"].annotation))


class TableColumn(Strict):
    name: str = Field(description='the header as printed; a two-line header as "parent / child"')
    role: str = Field(
        description="number, content, lead, support, lead_support, implementer, submitter, level, deadline, start, "
                    "output, budget (an amount), funding (its source: \"Nguồn kinh phí\"), group, subgroup, note, criterion, max_score, previous_result, target, period, rank (places in a ranking by year: \"Xếp hạng 2024\"), period_untold (a plan-and-result column under a band of more years than pairs, \"Năm 2025, Năm 2026, Kế hoạch, Thực hiện\" flattened: whose year cannot be told; no result or target read from it), goal, agency_mark (a column headed by a body's name whose cells mark its "
                    "role in each task: \"CT\" lead, \"PH\" support), period_mark (a schedule's period, \"Quý II\" under \"Thời "
                    "gian thực hiện\", whose cells mark the periods a task runs in: \"x\"), other")
    evidence: str | None = Field(None, description="why the column has its role: \"header: '…'\" (a header word "
                                                   "of data/column_roles.csv) or \"cells: …\" (what its cells hold)")


class TableRow(Strict):
    kind: Literal["header", "group", "data"]
    cells: list[str]
    line_start: int | None = None
    line_end: int | None = None
    page: int | None = None
    # Cells not printed in this row because a merged cell above spans it; their text repeats the row above.
    merged_from_above: list[int] = Field(default_factory=list)
    uncertain: bool = Field(False, 
        description="the row's cells could not be recovered with confidence; ``raw`` keeps its text")
    raw: str | None = None
    blocks: list[str] = Field(default_factory=list)


class TableRecord(Strict):
    id: str = Field(description='"table_1"')
    title: str | None = Field(None, description="the heading of the annex that holds it")
    columns: list[TableColumn]
    kind: Literal["tasks", "indicators", "other"]
    layout: Literal["grid", "pipe", "lines"] = Field(
        description='grid (a real table), pipe (cells ended by "|"), lines (one cell per paragraph, flattened)')
    confidence: float
    blocks: list[str] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)


class Deadline(Strict):
    # frozen: parse_deadline caches and shares one Deadline per distinct cell text
    model_config = ConfigDict(frozen=True)

    text: str = Field(description="as printed")
    start: str | None = Field(None, description="ISO dates of the period it names", json_schema_extra=ISO_DATE)
    end: str | None = Field(None, json_schema_extra=ISO_DATE)
    recurring: str | None = Field(None, description='"thường xuyên", "hằng năm", "hằng tháng" …')
    year_from_plan: bool = Field(False, description="the year was not printed and was taken from the plan's date")
    duration: str | None = Field(None, description='a time allowed rather than a period ("7 ngày" -> "P7D", "03 tháng" '
                                                   '-> "P3M"), ISO 8601; null where the text names a period')


# The agency fields of a task, in the order they are printed and stored.
TASK_AGENCY_ROLES = ("lead", "support", "implementer", "submitter")
# Where a report says a task stands (data/task_status.csv): done ("Đã hoàn thành"), in_progress ("Đang thực hiện",
# "Đúng tiến độ"), not_started ("Chưa triển khai"), overdue ("Chậm tiến độ", "Quá hạn"), not_done ("Chưa hoàn thành":
# not done, with no word of whether it began).
TaskStatus = Literal["done", "in_progress", "not_started", "overdue", "not_done"]


class Task(Strict):
    """A task: a row of a task table, or an item of the body whose labelled fields give it a lead or a deadline
    ("a) Rà soát …" / "- Cơ quan chủ trì: Vụ Pháp chế." / "- Thời gian hoàn thành: Quý II/2026."). Exactly one of
    ``table`` and ``section`` says which."""

    # the published schema says it too: a string in exactly one of them
    model_config = ConfigDict(**Strict.model_config, json_schema_extra={"oneOf": [
        {"properties": {"table": {"type": "string"}, "section": {"type": "null"}}},
        {"properties": {"table": {"type": "null"}, "section": {"type": "string"}}}]})

    id: str
    table: str | None = Field(None, description="the id of the task table it was read from; null for a task item")
    section: str | None = Field(
        None, description="the id of the section node it was read from (a task written as an item with labelled "
                          "fields, not a table row); null for a table row")
    number: str | None = Field(None, description='as printed: the row\'s number, or the item\'s marker ("1", "a", "1.2", '
                                                 '"-")')
    group_path: list[str] = Field(default_factory=list, description="the group rows above it, or the headings of the "
                                                                    "item's sections")
    content: str = Field(description="the task as printed; for an item, its text without its labelled fields")
    lead: list[AgencyMention] = Field(default_factory=list, description="agencies, split into one name each")
    support: list[AgencyMention] = Field(default_factory=list)
    implementer: list[AgencyMention] = Field(default_factory=list)
    submitter: list[AgencyMention] = Field(default_factory=list, description='"Cơ quan trình": the body that submits it')
    deadline: Deadline | None = None
    output: str | None = Field(None, description="the product the plan asks for (\"Sản phẩm\", \"Kết quả/sản phẩm\")")
    note: str | None = None
    status: TaskStatus | None = Field(
        None, description='where a report says the task stands, from its status cell ("Tiến độ", "Mức độ hoàn thành", a '
                          'tick under "Hoàn thành" | "Đang thực hiện" | "Chưa thực hiện"); null when none or unread')
    status_text: str | None = Field(None, description="the status cell as printed (the ticked column's name for a tick)")
    result: str | None = Field(None, description='what a report says was done ("Kết quả thực hiện"), as printed')
    rows: list[int] = Field(default_factory=list, description="indexes into the table's rows (empty for an item)")
    line_start: int | None = None
    line_end: int | None = None
    page: int | None = None
    uncertain: bool = Field(False, 
        description="read from a table row whose cells could not be recovered with confidence")

    @model_validator(mode="after")
    def _one_source(self) -> Task:
        if (self.table is None) == (self.section is None):
            raise ValueError("a task comes from a table or from a section: exactly one of table and section is set")
        return self


Comparator = Literal[">=", ">", "<=", "<", "=", "~", "range"]
_COMPARATOR = ('what the number means: ">=" ("≥ 95%", "Tối thiểu 80%", "từ 85% trở lên"), ">" ("Trên 90%"), "<=" '
               '("Không quá 5%"), "<" ("Dưới 4%"), "=" ("100%", "Đạt 100%", a bare number), "~" ("Khoảng 25%"), "range" '
               '("90 – 95%": the low bound in the value, the high one beside it); null when no number was read. A place in '
               'a ranking (unit "hạng") is "=" ("Xếp thứ 27/63") or "<=", no lower than it ("Top 20", "Trong nhóm 20 '
               'tỉnh dẫn đầu")')


class IndicatorValue(Strict):
    """One period column of an indicator's row ("Thực hiện năm 2025", "Kế hoạch năm 2026", "Năm 2027"), as printed and
    as a number."""

    column: str = Field(description="the column's header as printed")
    period: str | None = Field(None, description='the year or span its header names: "2026", "2026-2030"')
    kind: Literal["result", "target"] = Field(
        description='result ("Thực hiện", "Ước thực hiện", "Kết quả", a year before the plan\'s, or the points a score '
                    'table gives a criterion: "Điểm tự đánh giá", "Tự chấm điểm", "Điểm thẩm định"), target (the rest)')
    printed: str = Field(description="the cell as printed")
    value: float | None = Field(None, description="the number read, null when the cell is not one number")
    high: float | None = Field(None, description='the upper bound of a range ("90 – 95%" -> 95)')
    comparator: Comparator | None = Field(None, description=_COMPARATOR)
    change: Literal["increase", "decrease"] | None = Field(
        None, description='"Giảm 10%", "Tăng 5%": the number is a change by that much, not a level')
    unit: str | None = Field(None, description='"%", "hồ sơ", "USD": from the unit column, else the unit the name ends '
                                               'with in brackets ("(tỷ đồng)") or the column\'s header ("(%)"), else '
                                               'after the number')


class Indicator(Strict):
    """A row of an indicator table: a score table (PAR INDEX, SIPAS, PAPI criteria) or a plan's targets ("Chỉ tiêu |
    Đơn vị tính | Thực hiện 2025 | Kế hoạch 2026")."""

    id: str
    table: str
    code: str | None = Field(None, description='"1.1" (printed "1,1"), "1.3.1", "-" for an unnumbered sub-criterion')
    parent: str | None = Field(None, description="id of the indicator it is part of")
    name: str
    max_score: float | None = None
    previous_result: float | None = Field(
        None, description="the last result column's number; before a target that is a place in a ranking, the last "
                          "place (a column of places by year, \"Xếp hạng 2025\"), which is never the result of a target "
                          "in another measure")
    target: float | None = Field(
        None, description="the target as a number: of the last target column (the furthest period), or, in a table "
                          "with no target column, of the name when it holds one percentage after a comparator "
                          '("… đạt trên 80%"); the low bound of a range; null when it is not one number; in target_unit '
                          'where that is set, else in unit')
    target_high: float | None = Field(None, description='the upper bound when the target is a range ("90 – 95%")')
    comparator: Comparator | None = Field(None, description=_COMPARATOR)
    change: Literal["increase", "decrease"] | None = Field(
        None, description='"Giảm 10%", "Tăng 5%": the target is a change by that much, not a level')
    unit: str | None = Field(None, description='"%", "hồ sơ", "người": from the unit column, else the unit the name '
                                               'ends with in brackets ("(tỷ đồng)") or the target column\'s header '
                                               '("(%)"), else after the number; "hạng" for a place in a ranking ("Top '
                                               '20"), whatever the row\'s unit')
    target_unit: str | None = Field(
        None, description='the unit the target cell prints beside its figure when it is another than the row\'s ("50 xã" '
                          'in a row of "%"; warning indicator_target_unit_differs), then target holds that figure in it; '
                          'null when the cell is in the row\'s unit, or its unit is not one of data/indicator_units.csv '
                          '(target null too)')
    target_printed: str | None = Field(
        None, description="the target as printed (the cell, or the words of the name it was read from), always kept")
    target_period: str | None = Field(None, description='the year or span the target\'s column names: "2026", "2026-2030"')
    target_from: Literal["cell", "name"] | None = Field(
        None, description="where the target was read: its column's cell, or the indicator's name")
    values: list[IndicatorValue] = Field(
        default_factory=list, description="every result and target column of the row, in the table's order")
    lead: list[AgencyMention] = Field(default_factory=list)
    row: int
    line_start: int | None = None


class Assignment(Strict):
    """A duty given in prose ("Giao Phòng Tư pháp quận chủ trì, phối hợp với …"): one row per body and role."""

    id: str
    agency: AgencyMention
    role: Literal["lead", "support", "requested"] = Field(
        description='lead (chủ trì, or the subject of the duty), support (phối hợp), requested ("Đề nghị": a body '
                    "outside the issuer's command)")
    duty: str = Field(description="the sentence or item that gives the duty")
    section: str | None = Field(None, description="id of the section node it came from")
    deadline: Deadline | None = Field(
        None, description='the deadline the duty gives ("…, hoàn thành trước ngày 30/6/2026", "thời gian thực hiện: Quý '
                          'III/2026", "báo cáo … trước ngày 15/12 hằng năm"), read as a task\'s is; several give their '
                          "span; null where it names none (a cited document's date is none)")
    status: TaskStatus | None = Field(
        None, description='where the duty\'s time field says the work stands ("Tiến độ: Đã hoàn thành", "Thời gian: Đang '
                          'triển khai"), as a task\'s status; null where it says none or its words are unknown')
    status_text: str | None = Field(None, description="that time field's value as printed")
    line_start: int | None = None
    line_end: int | None = None
    page: int | None = None


class Correction(Strict):
    """A person's correction of one field (a line of the corrections file), applied after parsing on every ingest;
    applied only while the file and the field are as they were when it was made."""

    line: int = Field(description="its line in the corrections file")
    file: str | None = Field(None, description="the source file it names (absolute), if it names one")
    sha256: str | None = Field(None, description="the SHA-256 of the file's bytes when it was made, if given")
    field: str = Field(description='the field\'s path: "document.number", "tasks[12].lead" (an index into ``tasks``, '
                                   'from 0, or a task\'s id)')
    value: str = Field(description="the value it gives (agencies separated by ';'; '' clears the field)")
    was: str = Field(description="the value as read when the correction was made ('' for none)")
    note: str | None = None
    who: str | None = None
    when: str | None = None
    status: Literal["applied", "value_changed", "target_changed", "invalid", "superseded"] = Field(
        description="applied; value_changed (the field now reads otherwise than ``was``: not applied); target_changed "
                    "(the file's bytes changed since the correction was made: not applied); invalid (an unknown field "
                    "or a value it cannot take); superseded (a later line corrects the same field)")
    detail: str | None = Field(None, description="why it was not applied")


class DigitalSignature(Strict):
    """A digital signature carried by the file (an e-signed PDF), as its signing software recorded it.
    Read by the reader, never shown in the page text; evidence for a date the page leaves blank."""

    signed_at: str = Field(description='ISO date and time with its offset, "2025-10-15T08:17:11+07:00"')


class SignatureBox(Strict):
    """The text a signature field's or an annotation's appearance draws apart from the page's lines (the e-signature's
    box: who signed, the post, the time), row by row. Read by the PDF reader, never shown in the page text; evidence
    for a signer's name the signature block leaves out."""

    page: int
    rows: list[str]


class Document(Strict):
    schema_version: str = SCHEMA_VERSION
    origin: Origin
    blocks: list[Block] = Field(default_factory=list)
    site_attributes: dict[str, str] = Field(default_factory=dict)
    metadata: DocumentMetadata | None = None
    sections: list[Section] = Field(default_factory=list)
    tables: list[TableRecord] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    warnings: list[Issue] = Field(default_factory=list)
    signatures: list[DigitalSignature] = Field(
        default_factory=list, description="the file's digital signatures, in file order (written by the PDF reader)")
    signature_boxes: list[SignatureBox] = Field(
        default_factory=list, description="what widgets draw apart from the page's lines, page by page (written by the PDF reader)")
    corrections: list[Correction] = Field(
        default_factory=list, description="the corrections of the corrections file aimed at it (written by the ingest, "
                                          "after the stages: ``process`` leaves it empty)")

    def body(self) -> list[Block]:
        """The blocks of the document itself, not the site's furniture around it. Stages ask for it one after
        another on the same block list (stages derive new lists, never change one), so the last answer is kept."""
        global _last_body
        blocks, body = _last_body
        if blocks is not self.blocks:
            # "is" first: an identity test is five times cheaper than Enum equality
            body = [b for b in self.blocks if b.layer is Layer.BODY or b.layer == Layer.BODY]
            _last_body = (self.blocks, body)
        return list(body)

    def with_warnings(self, issues: list[Issue], **changes: Any) -> Document:
        return self.model_copy(update={"warnings": [*self.warnings, *issues], **changes})


# The block list Document.body last read and its body. Holding the list keeps its identity from being reused.
_last_body: tuple[list[Block] | None, list[Block]] = (None, [])
