"""Score the tasks the pipeline found against the truth, row by row. Used by tests/test_task_layouts.py and by
scripts/evaluate_tasks.py, so the tests and the figures never disagree.

Matching: the expected rows are taken in order; each is matched to the first task not matched yet whose content,
folded, starts with the expected content's first words. A row matched to no task is lost; a task matched to no row
is extra (a group row, a header row or a split row taken as a task).

A field is right when, on the folded form (pipeline.text.fold, bullets and end punctuation removed):
- lead: the set of lead names equals the truth's (where a task has no lead but implementers, those are its lead: a
  table whose only agency column is "Đơn vị thực hiện" names the body that leads);
- support: the set of support names equals the truth's;
- deadline: the printed text equals the truth's (None where the table has no deadline column) and, where the truth
  knows it, the end of the period equals the truth's (None where the text names no period);
- number and group path are reported, not asserted.
Percentages are of the expected rows: a lost row counts as wrong in every field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.text import fold

from .spec import Layout, truth

FIELDS = ("lead", "support", "deadline", "number", "group")
ASSERTED = ("lead", "support", "deadline")
UNKNOWN = object()  # a truth value the source does not give: not checked
PREFIX = 40  # folded characters of the content that identify a row


@dataclass(frozen=True)
class Expected:
    content: str
    lead: tuple[str, ...] | Any = UNKNOWN
    support: tuple[str, ...] | Any = UNKNOWN
    deadline: str | None | Any = UNKNOWN
    deadline_end: str | None | Any = UNKNOWN
    number: str | Any = UNKNOWN
    group_path: tuple[str, ...] | Any = UNKNOWN
    label: str = ""  # how a failure names the row


@dataclass
class RowResult:
    expected: Expected
    task: Any = None  # the pipeline's Task, or None when the row was lost
    right: dict[str, bool | None] = field(default_factory=dict)  # None: not checked
    got: dict[str, Any] = field(default_factory=dict)
    want: dict[str, Any] = field(default_factory=dict)


@dataclass
class Score:
    source: str
    fmt: str
    expected: int
    found: int
    rows: list[RowResult] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    error: str | None = None
    counts_only: bool = False  # the truth gives a row count only
    unsure: frozenset[str] = frozenset()  # ids of the tasks whose deadline the pipeline sent for a look (deadline_unsure)

    def deadlines_sent_for_a_look(self) -> tuple[int, int]:
        """(wrong deadlines flagged deadline_unsure, right deadlines flagged): how well the warning aims."""
        judged = [r for r in self.rows if r.task is not None and r.right.get("deadline") is not None]
        flagged = [r for r in judged if r.task.id in self.unsure]
        return sum(not r.right["deadline"] for r in flagged), sum(bool(r.right["deadline"]) for r in flagged)

    @property
    def matched(self) -> int:
        return sum(r.task is not None for r in self.rows)

    def right(self, name: str) -> int:
        return sum(bool(r.right.get(name)) for r in self.rows)

    def checked(self, name: str) -> int:
        """Rows where the truth gives this field (matched or not)."""
        return sum(self._checkable(r, name) for r in self.rows)

    @staticmethod
    def _checkable(row: RowResult, name: str) -> bool:
        attr = {"group": "group_path"}.get(name, name)
        return getattr(row.expected, attr) is not UNKNOWN

    def failures(self, fields: tuple[str, ...] = ASSERTED) -> list[str]:
        where = f"{self.source} [{self.fmt}]"
        if self.error:
            return [f"{where}: {self.error}"]
        out = []
        if self.counts_only:
            if self.found != self.expected:
                out.append(f"{where}: {self.found} tasks found, {self.expected} expected")
            return out
        for r in self.rows:
            if r.task is None:
                out.append(f"{where}: row {r.expected.label} lost")
                continue
            for name in fields:
                if r.right.get(name) is False:
                    out.append(f"{where}: row {r.expected.label}: {name} got {r.got[name]!r}, expected {r.want[name]!r}")
        out += [f"{where}: extra task {e}" for e in self.extra]
        return out


# -- Normalising ------------------------------------------------------------------------------------------------------

_BULLET = re.compile(r"^[\s\-+•–*]+")
_END = re.compile(r"[\s.;,:]+$")


def norm_text(text: str | None) -> str:
    return " ".join(fold(text or "").split())


def norm_name(name: str) -> str:
    return _END.sub("", _BULLET.sub("", norm_text(name)))


def norm_label(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", norm_text(text)).split())


def names(items) -> tuple[str, ...]:
    return tuple(sorted({norm_name(n) for n in items if norm_name(n)}))


def content_key(content: str) -> str:
    """The start that identifies a row: its first folded characters, cut at an ellipsis the truth may print."""
    text = norm_text(content).split("...")[0].split("…")[0].strip()
    return text[:PREFIX]


# -- Comparing --------------------------------------------------------------------------------------------------------


def task_lead(task) -> list[str]:
    return [m.name for m in (task.lead or task.implementer)]


def compare(tasks: list, expected: list[Expected], source: str, fmt: str) -> Score:
    score = Score(source, fmt, expected=len(expected), found=len(tasks))
    keys = [norm_text(t.content) for t in tasks]
    used: set[int] = set()
    cursor = 0
    for exp in expected:
        key = content_key(exp.content)
        order = list(range(cursor, len(tasks))) + list(range(cursor))
        hit = next((i for i in order if i not in used and keys[i].startswith(key)), None)
        result = RowResult(exp)
        if hit is not None:
            used.add(hit)
            cursor = hit + 1
            result.task = tasks[hit]
            _judge(result)
        else:
            result.right = {name: False if Score._checkable(result, name) else None for name in FIELDS}
        score.rows.append(result)
    score.extra = [f"{t.number or ''} {t.content[:60]!r}".strip() for i, t in enumerate(tasks) if i not in used]
    return score


def _judge(result: RowResult) -> None:
    exp, task = result.expected, result.task

    def check(name: str, got, want, same: bool) -> None:
        result.got[name], result.want[name] = got, want
        result.right[name] = same

    if exp.lead is not UNKNOWN:
        check("lead", task_lead(task), list(exp.lead), names(task_lead(task)) == names(exp.lead))
    if exp.support is not UNKNOWN:
        got = [m.name for m in task.support]
        check("support", got, list(exp.support), names(got) == names(exp.support))
    if exp.deadline is not UNKNOWN:
        d = task.deadline
        got_text = d.text if d and d.text.strip() else None
        same = norm_text(got_text) == norm_text(exp.deadline) if exp.deadline else got_text is None
        got_end = d.end if d else None
        if same and exp.deadline is not None and exp.deadline_end is not UNKNOWN:
            same = got_end == exp.deadline_end
        check("deadline", (got_text, got_end), (exp.deadline, None if exp.deadline_end is UNKNOWN else exp.deadline_end), same)
    if exp.number is not UNKNOWN:
        got = task.number or ""
        check("number", got, exp.number, norm_label(got) == norm_label(exp.number))
    if exp.group_path is not UNKNOWN:
        got = list(task.group_path)
        check("group", got, list(exp.group_path), [norm_label(g) for g in got] == [norm_label(g) for g in exp.group_path])


def expected_of_layout(layout: Layout) -> list[Expected]:
    return [Expected(content=r.content, lead=r.lead, support=r.support, deadline=r.deadline, deadline_end=r.deadline_end,
                     number=r.number, group_path=r.group_path,
                     label=f"{r.index} (table {r.table}, number {r.number!r}, {r.content[:40]!r})") for r in truth(layout)]


def evaluate(path: Path, expected: list[Expected], source: str, fmt: str, counts_only: bool = False) -> Score:
    """Process one file and compare; a file the pipeline refuses or fails on loses every row, with the reason."""
    from pipeline.run import process

    try:
        doc = process(path)
    except Exception as error:  # noqa: BLE001 - a refused file is a result here, not a crash
        score = Score(source, fmt, expected=len(expected), found=0, error=f"{type(error).__name__}: {error}",
                      counts_only=counts_only)
        score.rows = [RowResult(e, right={n: False for n in FIELDS}) for e in expected]
        return score
    if counts_only:
        return Score(source, fmt, expected=len(expected), found=len(doc.tasks), counts_only=True,
                     rows=[RowResult(e) for e in expected])
    score = compare(doc.tasks, expected, source, fmt)
    score.unsure = frozenset(w.message.split(":", 1)[0] for w in doc.warnings if w.code == "deadline_unsure")
    return score
