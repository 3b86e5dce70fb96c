"""``mlsteps project blog``: the project's notebook as a blog post draft, with nbconvert's MarkdownExporter.

The notebook is run first (a post must show what the code does now), then converted:

- front matter that Jekyll (GitHub Pages) and Hugo both read: ``title`` (the notebook's ``# `` heading, which is
  then left out of the body), ``date`` and ``tags`` (the template's, or the learner's own);
- cells the author tagged to hide are left out: ``hide`` or ``remove-cell`` drop the whole cell, ``hide-input`` or
  ``remove-input`` only its code, ``hide-output`` or ``remove-output`` only its output (the tags Jupyter Book uses);
- each figure is written as an image file beside the post (``NAME-figure-1.png``...) and linked;
- long outputs are cut to their first lines, and tables appear as text (raw HTML is dropped by Hugo by default).

The post goes to ``projects/NAME/post/DATE-NAME.md`` (Jekyll's ``_posts`` naming). A post written before is
replaced; if it differs, a copy is kept in ``.mlsteps/backups/posts/`` first. The journey records the first post.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.notebooks.headless import read_notebook
from mlsteps.projects import run, status
from mlsteps.record import milestones
from mlsteps.record.files import STATE_DIR, write_atomically
from mlsteps.record.inputs import BadInput

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from mlsteps.journey.workspace import Workspace

HIDE_CELL = ("hide", "remove-cell")
HIDE_INPUT = ("hide-input", "remove-input")
HIDE_OUTPUT = ("hide-output", "remove-output")
OUTPUT_LINES = 20
POST_FOLDER = "post"
# Pictures first, then Markdown, then plain text; HTML (pandas tables) never, as Hugo leaves raw HTML out.
PRIORITY = ["image/png", "image/jpeg", "image/svg+xml", "text/markdown", "text/plain"]
PICTURE = re.compile(r"!\[(?:png|jpeg|svg)\]\(([^)\s]+)\)")


class NotebookFails(Exception):
    """The notebook does not run top to bottom, so no post was written; the message names the cell."""


@dataclass(frozen=True)
class Post:
    name: str
    path: Path
    images: tuple[Path, ...]
    title: str
    date: dt.date
    tags: tuple[str, ...]
    hidden_cells: int
    trimmed_outputs: int
    backup: Path | None  # where the previous post was kept, when it differed

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "post": str(self.path),
            "images": [str(image) for image in self.images],
            "title": self.title,
            "date": self.date.isoformat(),
            "tags": list(self.tags),
            "hidden_cells": self.hidden_cells,
            "trimmed_outputs": self.trimmed_outputs,
            "backup": str(self.backup) if self.backup else None,
        }


def front_matter(title: str, day: dt.date, tags: tuple[str, ...]) -> str:
    """YAML front matter; JSON strings are valid YAML double-quoted strings, so any title is safe."""
    quoted = ", ".join(json.dumps(tag, ensure_ascii=False) for tag in tags)
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {day.isoformat()}\ntags: [{quoted}]\n---\n"


def title_of(notebook: NotebookNode) -> str | None:
    """The first top-level heading of the first Markdown cell."""
    first = next((cell for cell in notebook.cells if cell.cell_type == "markdown"), None)
    if first is None:
        return None
    return next((line[2:].strip() for line in first.source.splitlines() if line.startswith("# ")), None)


def _drop_title(notebook: NotebookNode, title: str) -> None:
    """The title lives in the front matter: themes print it, so the body does not repeat it."""
    first = next(cell for cell in notebook.cells if cell.cell_type == "markdown")
    lines = first.source.splitlines()
    lines.remove(next(line for line in lines if line.startswith("# ") and line[2:].strip() == title))
    first.source = "\n".join(lines).strip("\n")


def _cut(text: str | list[str]) -> tuple[str, bool]:
    lines = ("".join(text) if isinstance(text, list) else text).splitlines()
    if len(lines) <= OUTPUT_LINES:
        return "\n".join(lines) + "\n", False
    kept = lines[:OUTPUT_LINES]
    return "\n".join([*kept, f"[... {len(lines) - OUTPUT_LINES} more lines not shown]"]) + "\n", True


def trim_outputs(notebook: NotebookNode) -> int:
    """Cut every long text output to its first lines; returns how many were cut."""
    trimmed = 0
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                output["text"], cut = _cut(output["text"])
                trimmed += cut
            elif "text/plain" in output.get("data", {}):
                output["data"]["text/plain"], cut = _cut(output["data"]["text/plain"])
                trimmed += cut
    return trimmed


def hidden_cells(notebook: NotebookNode) -> int:
    return sum(bool(set(cell.metadata.get("tags", [])) & set(HIDE_CELL)) for cell in notebook.cells)


def to_markdown(notebook: NotebookNode, name: str) -> tuple[str, dict[str, bytes]]:
    """The post's body and its pictures, named ``NAME-figure-N.ext`` in the order they appear."""
    from nbconvert import MarkdownExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(HIDE_CELL)
    config.TagRemovePreprocessor.remove_input_tags = set(HIDE_INPUT)
    config.TagRemovePreprocessor.remove_all_outputs_tags = set(HIDE_OUTPUT)
    config.NbConvertBase.display_data_priority = PRIORITY
    notebook.metadata.setdefault("language_info", {"name": "python"})  # the code blocks' language
    body, resources = MarkdownExporter(config=config).from_notebook_node(notebook, resources={"unique_key": name})
    extracted = resources.get("outputs", {})
    pictures: dict[str, bytes] = {}

    def rename(match: re.Match[str]) -> str:
        old = match.group(1)
        new = f"{name}-figure-{len(pictures) + 1}{Path(old).suffix}"
        pictures[new] = extracted[old]
        return f"![Figure {len(pictures)}]({new})"

    body = re.sub(r"^[ \t]+$", "", PICTURE.sub(rename, body), flags=re.MULTILINE)  # nbconvert's indented blanks
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n", pictures


def _clear_previous(folder: Path, name: str, keep: Path, text: str, backups: Path) -> Path | None:
    """Remove the post and pictures written before; keep a copy of a post that differs from the new one."""
    backup = None
    for old in sorted(folder.glob(f"*-{name}.md")):
        if old.read_text(encoding="utf-8") != text:
            backups.mkdir(parents=True, exist_ok=True)
            backup = backups / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{old.name}"
            shutil.copy2(old, backup)
        if old != keep:
            old.unlink()
    for old in folder.glob(f"{name}-figure-*"):
        old.unlink()
    return backup


def write_post(
    workspace: Workspace,
    name: str,
    day: dt.date,
    tags: tuple[str, ...] = (),
    cell_seconds: float = run.CELL_SECONDS,
) -> Post:
    """Run the project's notebook, write its post and pictures into ``post/``, and record the post."""
    folder = status.existing(workspace, name)
    notebook = read_notebook(status.notebook_path(folder))
    template = notebook.metadata.get("mlsteps", {}).get("template")
    record = status.refresh(workspace.store, folder, status.step_of(template))
    if record is not None and day < record.started_on:
        raise BadInput(f"The post cannot be dated {day}: the project started on {record.started_on}.")
    ran = run.run(notebook, folder, cell_seconds)
    if not ran.ok:
        raise NotebookFails(
            f"The notebook does not run top to bottom, so no post was written: {'; '.join(ran.problems)}. "
            f"Fix that cell, then run the notebook from the top in Jupyter (Run > Run All Cells) to be sure."
        )
    title = title_of(notebook) or name
    if title_of(notebook):
        _drop_title(notebook, title)
    tags = tags or tuple(notebook.metadata.get("mlsteps", {}).get("tags", ()))
    hidden, trimmed = hidden_cells(notebook), trim_outputs(notebook)
    body, pictures = to_markdown(notebook, name)
    text = front_matter(title, day, tags) + "\n" + body
    out = folder / POST_FOLDER
    out.mkdir(exist_ok=True)
    path = out / f"{day.isoformat()}-{name}.md"
    backup = _clear_previous(out, name, path, text, workspace.root / STATE_DIR / "backups" / "posts" / name)
    for filename, data in pictures.items():
        (out / filename).write_bytes(data)
    write_atomically(path, text)
    if record is None:
        milestones.record(workspace.store, milestones.Project(name, status.step_of(template), day, post_on=day))
    elif record.post_on is None:
        milestones.record(workspace.store, replace(record, post_on=day))
    images = tuple(out / filename for filename in pictures)
    return Post(name, path, images, title, day, tags, hidden, trimmed, backup)
