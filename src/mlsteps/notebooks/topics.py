"""The curriculum as Jupyter notebooks: one per topic, in the workspace's ``notebooks/`` folder.

A notebook holds a title cell and a setup cell (``from mlsteps import check, hint, solution``), then for each
exercise its prompt (Markdown), a code cell with the starter, and a check cell (``check("python/fizzbuzz")``).
Every cell carries ``metadata.mlsteps`` (the exercise and the cell's role), so it can be found again whatever the
learner does to the order or the text.

A notebook records, in its own metadata, a fingerprint of the cells it was written with. Like a starter file
(see :mod:`mlsteps.journey.workspace`): a missing notebook is written; one whose cells still match its fingerprint
was never touched and is replaced when a new release changes its exercises; one the learner changed is never
overwritten: when the notebook it began as (its recorded fingerprint) is no longer the current one, the new version
goes beside it (``<topic>.new-starter.ipynb``), unless the learner asks for ``force``, which keeps a copy of theirs
in ``.mlsteps/backups/notebooks/`` first. A changed notebook whose starter did not change gets nothing beside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise, Step, Topic
from mlsteps.record.files import STATE_DIR, write_atomically

if TYPE_CHECKING:
    from nbformat import NotebookNode

NOTEBOOKS_DIR = "notebooks"
NEW_NOTEBOOK_SUFFIX = ".new-starter.ipynb"
SETUP = "from mlsteps import check, hint, solution"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
TITLE, SETUP_ROLE, PROMPT, CODE, CHECK = "title", "setup", "prompt", "code", "check"

HOW_TO = """\
How this notebook works:

1. Run the code cell just below once each time you open the notebook: it brings in `check`, `hint` and
   `solution`. (**Shift+Enter** runs the cell you are in and moves to the next one.)
2. For each exercise, read what to do, write your function in the code cell under it, and run that cell.
3. Then run the check cell under it. `check` tries your function on many inputs, in a separate process with
   limits on time and memory, and shows what is right and what is not. Each check is kept in your journey,
   just like `mlsteps check` in a terminal.

Stuck? `hint("{example}")` gives one hint at a time, from a gentle nudge to nearly the answer.
`solution("{example}")` shows a reference answer; seeing it is noted in your journey, so try the hints first.
"""


@dataclass(frozen=True)
class TopicNotebook:
    """Where a topic's notebook lives in the workspace, and what it holds."""

    path: str  # relative to the workspace, e.g. notebooks/1-python/comprehensions.ipynb
    step: Step
    topic: Topic
    exercises: tuple[Exercise, ...]


@dataclass
class NotebookReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # untouched notebooks replaced by their new version
    beside: list[str] = field(default_factory=list)  # new versions written next to a notebook the learner changed
    replaced: list[tuple[str, str]] = field(default_factory=list)  # (notebook, backup of the learner's) with force
    unreadable: list[str] = field(default_factory=list)  # not a notebook any more: left alone unless forced

    def to_dict(self) -> dict[str, list]:
        return {
            "created": self.created,
            "updated": self.updated,
            "beside": self.beside,
            "replaced": [{"path": path, "backup": backup} for path, backup in self.replaced],
            "unreadable": self.unreadable,
        }


def topic_notebooks(catalog: Catalog) -> list[TopicNotebook]:
    """One notebook per topic that has exercises, in the order of the map."""
    found = []
    for step in catalog.steps:
        for topic in step.topics:
            exercises = tuple(e for e in catalog if e.step == step.number and e.topic == topic.id)
            if exercises:
                found.append(TopicNotebook(f"{NOTEBOOKS_DIR}/{step.folder}/{topic.id}.ipynb", step, topic, exercises))
    return found


def notebook_of(catalog: Catalog, exercise: Exercise) -> str:
    """The workspace-relative path of the notebook that holds ``exercise``."""
    return f"{NOTEBOOKS_DIR}/{catalog.step(exercise.step).folder}/{exercise.topic}.ipynb"


def _demote_headings(markdown: str) -> str:
    """Prompts start with a level-1 heading; inside a topic's notebook each is one level below the title."""
    lines, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        lines.append("#" + line if not fenced and re.match(r"#{1,5} ", line) else line)
    return "\n".join(lines)


def _cell(kind: str, source: str, cell_id: str, role: str, exercise: Exercise | None = None) -> dict[str, Any]:
    mark = {"role": role} if exercise is None else {"exercise": exercise.id, "role": role}
    cell: dict[str, Any] = {"cell_type": kind, "id": cell_id, "metadata": {"mlsteps": mark}, "source": source}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)  # on disk, a list of lines is allowed too


def fingerprint(notebook: dict[str, Any]) -> str:
    """What the learner can change in a notebook: the kind and text of each cell, in order (not their outputs)."""
    cells = [[cell.get("cell_type", ""), _source(cell)] for cell in notebook.get("cells", [])]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def build(entry: TopicNotebook) -> dict[str, Any]:
    """The notebook for one topic (nbformat 4.5, as plain data), the same every time for the same content."""
    title = f"# Step {entry.step.number} · {entry.topic.title}\n\n*{entry.step.title}.*\n\n"
    cells = [
        _cell("markdown", title + HOW_TO.format(example=entry.exercises[0].id), "mlsteps-title", TITLE),
        _cell("code", SETUP, "mlsteps-setup", SETUP_ROLE),
    ]
    for exercise in entry.exercises:
        slug = exercise.folder.name[:50]
        prompt = _demote_headings(exercise.prompt.strip()) + f"\n\n*`{exercise.id}` · about {exercise.minutes} minutes*"
        cells += [
            _cell("markdown", prompt, f"{slug}-prompt", PROMPT, exercise),
            _cell("code", exercise.starter.rstrip("\n"), f"{slug}-code", CODE, exercise),
            _cell("code", f'check("{exercise.id}")', f"{slug}-check", CHECK, exercise),
        ]
    notebook: dict[str, Any] = {
        "cells": cells,
        "metadata": {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    notebook["metadata"]["mlsteps"] = {
        "step": entry.step.number,
        "topic": entry.topic.id,
        "exercises": [exercise.id for exercise in entry.exercises],
        "fingerprint": fingerprint(notebook),
    }
    return notebook


def learner_changed(path: Path) -> tuple[bool, str | None]:
    """Whether the learner changed the notebook at ``path`` (a notebook mlsteps did not write, or cannot read, counts
    as theirs), and the fingerprint of the notebook it began as, if mlsteps wrote it."""
    notebook = _read(path)
    if notebook is None:
        return True, None
    began = recorded_fingerprint(notebook)
    return fingerprint(notebook) != began, began


def _read(path: Path) -> dict[str, Any] | None:
    """A notebook as plain data, or None when the file is not one (any more): the caller decides."""
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return None
    if not all(isinstance(cell, dict) for cell in notebook["cells"]):
        return None
    return notebook


def recorded_fingerprint(notebook: dict[str, Any]) -> str | None:
    """The fingerprint a notebook was written with, if mlsteps wrote it."""
    metadata = notebook.get("metadata")
    mark = metadata.get("mlsteps") if isinstance(metadata, dict) else None
    return mark.get("fingerprint") if isinstance(mark, dict) else None


def _write(path: Path, notebook: dict[str, Any]) -> None:
    """As Jupyter writes notebooks (one-space indent, sorted keys); plain JSON, so a sync costs milliseconds."""
    write_atomically(path, json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def _backup(root: Path, relative: str, now: dt.datetime) -> str:
    source = root / relative
    stem = Path(relative).with_suffix("")
    backup = root / STATE_DIR / "backups" / f"{stem}.{now.strftime('%Y%m%d-%H%M%S-%f')}.ipynb"
    backup.parent.mkdir(parents=True, exist_ok=True)
    backup.write_bytes(source.read_bytes())
    return backup.relative_to(root).as_posix()


def write_notebooks(
    root: Path, catalog: Catalog, force: bool = False, now: dt.datetime | None = None
) -> NotebookReport:
    """Write each topic's notebook that is missing; refresh untouched ones; never overwrite work unless ``force``."""
    report = NotebookReport()
    for entry in topic_notebooks(catalog):
        path = root / entry.path
        fresh = build(entry)
        wanted = fresh["metadata"]["mlsteps"]["fingerprint"]
        if not path.exists():
            _write(path, fresh)
            report.created.append(entry.path)
            continue
        current = _read(path)
        if current is not None and fingerprint(current) == wanted:
            continue  # up to date, whatever the learner ran in it
        if force:
            report.replaced.append((entry.path, _backup(root, entry.path, now or dt.datetime.now())))
            _write(path, fresh)
        elif current is None:
            report.unreadable.append(entry.path)
        elif fingerprint(current) == recorded_fingerprint(current):
            _write(path, fresh)  # never touched: nothing of the learner's is lost
            report.updated.append(entry.path)
        elif recorded_fingerprint(current) in (wanted, None):
            continue  # the learner's work, on the starter that is still current (or one we cannot tell): nothing new
        else:
            beside = path.with_name(path.name.removesuffix(".ipynb") + NEW_NOTEBOOK_SUFFIX)
            already = _read(beside) if beside.exists() else None
            if already is None or fingerprint(already) != wanted:
                _write(beside, fresh)
                report.beside.append(beside.relative_to(root).as_posix())
    return report


def exercise_cells(notebook: NotebookNode, catalog: Catalog) -> tuple[list[tuple[Exercise, int]], list[str]]:
    """The exercises a notebook checks, each with the index of its check cell; and the ids it names that are unknown.

    A check cell is one marked by its metadata, or any code cell that calls ``check("id")`` or ``%check id``, so
    that notebooks written by hand (a mentor's, a learner's own) are checked too. The last such cell counts.
    """
    from mlsteps.notebooks.code import checked_ids

    known = {exercise.id for exercise in catalog}
    where: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        mark = cell.get("metadata", {}).get("mlsteps", {})
        ids = [mark["exercise"]] if mark.get("role") == CHECK and mark.get("exercise") else []
        for exercise_id in [*ids, *checked_ids(cell.source)]:
            if exercise_id in known:
                where[exercise_id] = index
            elif exercise_id not in unknown:
                unknown.append(exercise_id)
    ordered = sorted(where.items(), key=lambda item: item[1])
    return [(catalog.get(exercise_id), index) for exercise_id, index in ordered], unknown
