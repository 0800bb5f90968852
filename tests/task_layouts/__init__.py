"""The task-table test bed: generated documents with task tables, in every input format, with their truth.

    from task_layouts import LAYOUTS, build, expected_of_layout, evaluate
    files = build(folder, LAYOUTS)            # {(layout name, format): path}
    score = evaluate(files[name, fmt], expected_of_layout(BY_NAME[name]), name, fmt)

FACTS.md says which real layouts these imitate; SECOND_BED names the layouts written after the reader (29-55);
ITEM_BED the documents whose tasks are items with labelled fields, not table rows (80-85j).
"""

from .compare import ASSERTED, FIELDS, Expected, Score, compare, evaluate, expected_of_layout
from .layouts import BY_NAME, ITEM_BED, LAYOUTS, SECOND_BED, THIRD_BED
from .render import FORMATS, SLOW_FORMATS, TEXT_RENDERERS, TEXT_TABLE_FORMATS, build, libreoffice
from .spec import truth


def text_form_failures(folder, name: str, fmt: str) -> list[str]:
    """What goes wrong when layout ``name`` printed in the text form ``fmt`` (html, pipe.txt, tab.txt …) is read: the
    beds' quick pytest check, the whole bed being scripts/evaluate_tasks.py's."""
    layout = BY_NAME[name]
    path = folder / f"{name}.{fmt}"
    path.write_text(TEXT_RENDERERS[fmt](layout), encoding="utf-8")
    failures = evaluate(path, expected_of_layout(layout), name, fmt).failures()
    return [layout.note, *failures] if failures else []

__all__ = ["ASSERTED", "BY_NAME", "Expected", "FIELDS", "FORMATS", "ITEM_BED", "LAYOUTS", "SECOND_BED", "SLOW_FORMATS", "TEXT_TABLE_FORMATS", "THIRD_BED",
           "Score", "build", "compare",
           "evaluate", "expected_of_layout", "libreoffice", "text_form_failures", "truth"]
