"""``mlsteps project blog``: the project's notebook as a blog post, with nbconvert's MarkdownExporter.

The notebook is run first (a post must show what the code does now), then converted:

- front matter that Jekyll (GitHub Pages), Hugo and Quarto all read: ``title`` (the notebook's ``# `` heading,
  which is then left out of the body), ``date``, ``description`` (the first paragraph of the learner's own words
  after the title), ``tags`` (the template's, or the learner's own) and ``author`` (``[learner] name`` in
  mlsteps.toml); every string is double-quoted, so no title can turn into YAML's ``true`` or a number;
- no post while a placeholder (``TODO``, ``[your name]``, ``…``) is left in what the post would show: each is named;
- cells tagged to hide are left out: ``hide`` or ``remove-cell`` drop the whole cell, ``hide-code``,
  ``hide-input`` or ``remove-input`` only its code, ``hide-output`` or ``remove-output`` only its output (the tags
  Jupyter Book uses, and ours). With ``code="hide"`` every cell's code is left out but for cells tagged
  ``show-code``;
- outputs a reader should not see are dropped: warnings and anything else printed on stderr, and results that are
  only an object's address (``<threadpoolctl.threadpool_limits at 0x7f...>``) or a Matplotlib object's repr
  (``Text(0.5, 1.0, '...')``, ``[<matplotlib.lines.Line2D ...>]``);
- each figure is written as an image file beside the post (``NAME-figure-1.png``...), linked with the figure's
  title as its alt text (what a screen reader says, and what shows when the picture does not load);
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
from mlsteps.projects import run, status, yours
from mlsteps.record import milestones
from mlsteps.record.files import STATE_DIR, write_atomically
from mlsteps.record.inputs import BadInput

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from mlsteps.journey.workspace import Workspace

HIDE_CELL = ("hide", "remove-cell")
HIDE_INPUT = ("hide-code", "hide-input", "remove-input")
SHOW_INPUT = ("show-code", "show-input")
HIDE_OUTPUT = ("hide-output", "remove-output")
CODE_CHOICES = ("show", "hide")
OUTPUT_LINES = 20
POST_FOLDER = "post"
DESCRIPTION_CHARACTERS = 200
# Pictures first, then Markdown, then plain text; HTML (pandas tables) never, as Hugo leaves raw HTML out.
PRIORITY = ["image/png", "image/jpeg", "image/svg+xml", "text/markdown", "text/plain"]
PICTURE = re.compile(r"!\[(?:png|jpeg|svg)\]\(([^)\s]+)\)")
# A result that says nothing to a reader: an object's address, or a Matplotlib object returned by the last line.
NOISE = re.compile(
    r"<[\w.]+(?: object)? at 0x[0-9a-fA-F]+>|^\s*Text\(-?[\d.]+, -?[\d.]+, .*\)\s*$|^\s*<Figure size [^>]*>\s*$|"
    r"^\s*\[?<matplotlib\.[^>]*>(?:,\s*<matplotlib\.[^>]*>)*\]?\s*$",
    re.DOTALL,
)


class NotebookFails(Exception):
    """No post was written: the notebook does not run top to bottom, or still has placeholders; the message names
    the cells."""


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
    description: str = ""
    author: str = ""
    alt_texts: tuple[str, ...] = ()  # one per image, from the figure's title
    dropped_outputs: int = 0  # warnings and object reprs left out
    code: str = "show"  # cells' code shown or hidden by default

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
            "description": self.description,
            "author": self.author,
            "alt_texts": list(self.alt_texts),
            "dropped_outputs": self.dropped_outputs,
            "code": self.code,
        }


def _quoted(text: str) -> str:
    """A YAML double-quoted string: JSON's escapes are YAML's, so any text is safe (and never read as a number,
    a date or true/false)."""
    return json.dumps(text, ensure_ascii=False)


def front_matter(title: str, day: dt.date, tags: tuple[str, ...], description: str = "", author: str = "") -> str:
    """YAML front matter that Jekyll, Hugo and Quarto read alike."""
    lines = ["---", f"title: {_quoted(title)}", f"date: {day.isoformat()}"]
    if description:
        lines.append(f"description: {_quoted(description)}")
    lines.append(f"tags: [{', '.join(_quoted(tag) for tag in tags)}]")
    if author:
        lines.append(f"author: {_quoted(author)}")
    return "\n".join([*lines, "---"]) + "\n"


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


def plain(markdown: str) -> str:
    """Markdown as plain text, for the description: links, emphasis and code marks taken out."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def description_of(notebook: NotebookNode) -> str:
    """The first paragraph of prose in the learner's words: not a heading, not a byline in italics, not a quote
    (the scaffold's guide) and not a placeholder; cut at a sentence's end near 200 characters."""
    for cell in notebook.cells:
        if (
            cell.cell_type != "markdown"
            or "hide" in cell.metadata.get("tags", [])
            or yours.has_placeholder(cell.source)
        ):
            continue  # a cell still holding a prompt (or the scaffold's guide) is not the learner's words yet
        for paragraph in re.split(r"\n[ \t]*\n", cell.source):
            paragraph = paragraph.strip()
            if (
                not paragraph
                or paragraph.startswith(("#", ">", "|", "```", "<", "!["))
                or re.fullmatch(r"[*_][^*_].*[*_]", paragraph, re.DOTALL)
            ):
                continue
            text = plain(paragraph)
            if len(text) <= DESCRIPTION_CHARACTERS:
                return text
            sentences = re.split(r"(?<=[.!?])\s+", text)
            kept = ""
            for sentence in sentences:
                if kept and len(kept) + len(sentence) + 1 > DESCRIPTION_CHARACTERS:
                    break
                kept = f"{kept} {sentence}".strip()
            return kept if len(kept) <= DESCRIPTION_CHARACTERS else kept[: DESCRIPTION_CHARACTERS - 1].rsplit(" ", 1)[0]
    return ""


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


def _text(value: str | list[str]) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def drop_noise(notebook: NotebookNode) -> int:
    """Take out what a reader should not see: stderr (warnings), and results that are an object's address or a
    Matplotlib object's repr. Printed lines holding an address are taken out one by one. Returns how many went."""
    dropped = 0
    for cell in notebook.cells:
        kept = []
        for output in cell.get("outputs", []):
            kind, data = output.get("output_type"), output.get("data", {})
            if kind == "stream" and output.get("name") == "stderr":
                dropped += 1
                continue
            if kind == "stream":
                lines = _text(output.get("text", "")).splitlines(keepends=True)
                clean = [line for line in lines if not NOISE.search(line)]
                dropped += len(clean) < len(lines)
                if not "".join(clean).strip():
                    continue
                output["text"] = "".join(clean)
            elif (
                kind in ("execute_result", "display_data")
                and set(data) <= {"text/plain"}
                and NOISE.search(_text(data.get("text/plain", "")))
            ):
                dropped += 1
                continue
            kept.append(output)
        if "outputs" in cell:
            cell.outputs = kept
    return dropped


def hidden_cells(notebook: NotebookNode) -> int:
    return sum(bool(set(cell.metadata.get("tags", [])) & set(HIDE_CELL)) for cell in notebook.cells)


def apply_tags(notebook: NotebookNode, code: str = "show") -> int:
    """Leave out what the cells' tags (and ``code``) say to hide; returns how many cells were left out."""
    if code not in CODE_CHOICES:
        raise BadInput(f"--code is show or hide, not {code!r}.")
    kept, dropped = [], 0
    for cell in notebook.cells:
        tags = set(cell.metadata.get("tags", []))
        if tags & set(HIDE_CELL):
            dropped += 1
            continue
        if cell.cell_type == "code":
            hide = bool(tags & set(HIDE_INPUT)) or (code == "hide" and not tags & set(SHOW_INPUT))
            if hide:
                cell.metadata["transient"] = {"remove_source": True}
            if tags & set(HIDE_OUTPUT):
                cell.outputs = []
        kept.append(cell)
    notebook.cells = kept
    return dropped


def _alt(titles: tuple[str, ...] | None, number: int) -> str:
    text = "; ".join(title for title in (titles or ()) if title) or f"Figure {number}"
    text = " ".join(text.split())
    return re.sub(r"([\\\[\]])", r"\\\1", text)


def to_markdown(
    notebook: NotebookNode, name: str, titles: dict[tuple[int, int], tuple[str, ...]] | None = None
) -> tuple[str, dict[str, bytes], list[str]]:
    """The post's body, its pictures (named ``NAME-figure-N.ext`` in the order they appear) and their alt texts.
    ``titles`` are the figures' titles by (cell, output) in ``notebook`` as it is given (after :func:`apply_tags`).
    """
    from nbconvert import MarkdownExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = False  # done by apply_tags, so that cell numbers match the titles
    config.NbConvertBase.display_data_priority = PRIORITY
    notebook.metadata.setdefault("language_info", {"name": "python"})  # the code blocks' language
    key = "mlsteps-post"
    body, resources = MarkdownExporter(config=config).from_notebook_node(notebook, resources={"unique_key": key})
    extracted = resources.get("outputs", {})
    pictures: dict[str, bytes] = {}
    alts: list[str] = []

    def rename(match: re.Match[str]) -> str:
        old = match.group(1)
        new = f"{name}-figure-{len(pictures) + 1}{Path(old).suffix}"
        pictures[new] = extracted[old]
        found = re.fullmatch(rf"{key}_(\d+)_(\d+)\.\w+", Path(old).name)
        where = (int(found[1]), int(found[2])) if found else None
        alts.append(_alt((titles or {}).get(where) if where else None, len(pictures)))
        return f"![{alts[-1]}]({new})"

    body = re.sub(r"^[ \t]+$", "", PICTURE.sub(rename, body), flags=re.MULTILINE)  # nbconvert's indented blanks
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n", pictures, alts


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


def shown_placeholders(notebook: NotebookNode, path: str) -> list[yours.Place]:
    """Placeholders in the cells a post would show (cells tagged ``hide`` are left out of it)."""
    found = yours.notebook_placeholders(notebook, path)
    hidden = {
        number
        for number, cell in enumerate(notebook.cells, start=1)
        if set(cell.metadata.get("tags", [])) & set(HIDE_CELL)
    }
    return [place for place in found if place.cell not in hidden]


def write_post(
    workspace: Workspace,
    name: str,
    day: dt.date,
    tags: tuple[str, ...] = (),
    cell_seconds: float = run.CELL_SECONDS,
    code: str = "show",
) -> Post:
    """Run the project's notebook, write its post and pictures into ``post/``, and record the post."""
    from mlsteps.projects.new import learner_name

    if code not in CODE_CHOICES:
        raise BadInput(f"--code is show or hide, not {code!r}.")
    folder = status.existing(workspace, name)
    path = status.notebook_path(folder)
    notebook = read_notebook(path)
    template = notebook.metadata.get("mlsteps", {}).get("template")
    record = status.refresh(workspace.store, folder, status.step_of(template))
    if record is not None and day < record.started_on:
        raise BadInput(f"The post cannot be dated {day}: the project started on {record.started_on}.")
    left = shown_placeholders(notebook, path.name)
    if left:
        shown = "; ".join(place.sentence() for place in left[:5]) + (
            f", and {len(left) - 5} more" if len(left) > 5 else ""
        )
        raise NotebookFails(
            f"The post would still show placeholders, so none was written: {shown}. Replace each with your own words "
            f"(and your name where it says {yours.NAME_PLACEHOLDER}), then run this again. `mlsteps project check "
            f"{name}` lists what else is left."
        )
    ran = run.run(notebook, folder, cell_seconds)
    if not ran.ok:
        raise NotebookFails(
            f"The notebook does not run top to bottom, so no post was written: {'; '.join(ran.problems)}. "
            f"Fix that cell, then run the notebook from the top in Jupyter (Run > Run All Cells) to be sure."
        )
    title = title_of(notebook) or name
    if title_of(notebook):
        _drop_title(notebook, title)
    description = description_of(notebook)
    tags = tags or tuple(notebook.metadata.get("mlsteps", {}).get("tags", ()))
    for (cell, output), titles in ran.titles.items():  # carried with the outputs, as cells are left out
        notebook.cells[cell].outputs[output].setdefault("metadata", {})["mlsteps-titles"] = list(titles)
    hidden = apply_tags(notebook, code)
    dropped, trimmed = drop_noise(notebook), trim_outputs(notebook)
    titles = {
        (index, number): tuple(output.get("metadata", {}).pop("mlsteps-titles"))
        for index, cell in enumerate(notebook.cells)
        for number, output in enumerate(cell.get("outputs", []))
        if "mlsteps-titles" in output.get("metadata", {})
    }
    body, pictures, alts = to_markdown(notebook, name, titles)
    author = learner_name(workspace)
    text = front_matter(title, day, tags, description, author) + "\n" + body
    out = folder / POST_FOLDER
    out.mkdir(exist_ok=True)
    post_path = out / f"{day.isoformat()}-{name}.md"
    backup = _clear_previous(out, name, post_path, text, workspace.root / STATE_DIR / "backups" / "posts" / name)
    for filename, data in pictures.items():
        (out / filename).write_bytes(data)
    write_atomically(post_path, text)
    if record is None:
        milestones.record(workspace.store, milestones.Project(name, status.step_of(template), day, post_on=day))
    elif record.post_on is None:
        milestones.record(workspace.store, replace(record, post_on=day))
    images = tuple(out / filename for filename in pictures)
    return Post(
        name,
        post_path,
        images,
        title,
        day,
        tags,
        hidden,
        trimmed,
        backup,
        description,
        author,
        tuple(alts),
        dropped,
        code,
    )
