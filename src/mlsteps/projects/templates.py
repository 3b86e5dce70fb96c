"""Project templates: what ``mlsteps project new`` starts from (``content/projects/<template>/``).

A template is a folder holding ``template.toml`` (title, description, the step it practises, tags for the blog
post, the data files to copy, and ``data = "learner"`` when the learner brings the data), ``notebook.md`` (the
scaffold: the question, the data, and prompts for the learner to fill), ``README.md`` (the same, for the
repository's page) and, for most templates, ``worked-example.md`` (one finished answer, which the learner can open
as ``reference/worked-example.ipynb``). All are Jinja2 templates. The notebooks are written as Markdown so that they
read well in review: each ```` ```python ```` block becomes a code cell (```` ```python tags=hide ```` gives the cell
tags), and the text between them becomes Markdown cells, a new one at each heading. ``_shared/`` holds what every
project gets (licence, .gitignore, how to run it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.record.inputs import BadInput

if TYPE_CHECKING:
    from nbformat import NotebookNode

CONTENT = Path(__file__).resolve().parent.parent / "content"
TEMPLATES = CONTENT / "projects"
SHARED = "_shared"
DEFAULT = "tabular-regression"
WORKED_EXAMPLE = "worked-example.md"
FENCE = re.compile(r"^```python(?P<options>[^\n`]*)\n(?P<code>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


class TemplateBroken(RuntimeError):
    """A template in mlsteps's own content is incomplete (not the learner's fault)."""


@dataclass(frozen=True)
class Template:
    name: str
    title: str  # the project's title until the learner changes it
    description: str
    step: int
    tags: tuple[str, ...]
    requirements: tuple[str, ...] = ()  # extra distributions to pin, beyond what the scaffold imports
    files: dict[str, str] = field(default_factory=dict)  # path in the project -> path under content/
    needs_data: bool = False  # the learner brings the data (--data FILE.csv)
    worked_example: bool = False  # the template has worked-example.md

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "step": self.step,
            "tags": list(self.tags),
            "needs_data": self.needs_data,
            "worked_example": self.worked_example,
        }


def _load(folder: Path) -> Template:
    try:
        data = tomllib.loads((folder / "template.toml").read_text(encoding="utf-8"))
        template = Template(
            name=folder.name,
            title=data["title"],
            description=data["description"],
            step=int(data["step"]),
            tags=tuple(data.get("tags", ())),
            requirements=tuple(data.get("requirements", ())),
            files=dict(data.get("files", {})),
            needs_data=data.get("data") == "learner",
            worked_example=(folder / WORKED_EXAMPLE).is_file(),
        )
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise TemplateBroken(f"the project template {folder.name} cannot be read ({exc})") from None
    missing = [name for name in ("notebook.md", "README.md") if not (folder / name).is_file()]
    missing += [source for source in template.files.values() if not (CONTENT / source).is_file()]
    if missing:
        raise TemplateBroken(f"the project template {folder.name} lacks {', '.join(missing)}")
    return template


def templates() -> list[Template]:
    """Every template, the default first, then by name."""
    found = [_load(folder) for folder in sorted(TEMPLATES.iterdir()) if (folder / "template.toml").is_file()]
    return sorted(found, key=lambda template: (template.name != DEFAULT, template.name))


def get(name: str) -> Template:
    for template in templates():
        if template.name == name:
            return template
    known = ", ".join(template.name for template in templates())
    raise BadInput(
        f"There is no project template called '{name}'. The templates are: {known} (see `mlsteps project templates`)."
    )


def render(template: Template, path: str, context: dict[str, Any]) -> str:
    """A template's file (or a shared one, ``_shared/...``) rendered with ``context``."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, code and plain text: nothing here is HTML
    )
    name = path if path.startswith(f"{SHARED}/") else f"{template.name}/{path}"
    return environment.get_template(name).render(**context)


def _markdown_cells(text: str) -> list[str]:
    """Markdown split before each heading (outside code blocks), blank pieces dropped."""
    cells: list[list[str]] = [[]]
    in_code = False
    for line in text.strip("\n").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and line.startswith("#") and any(part for part in cells[-1] if part.strip()):
            cells.append([])
        cells[-1].append(line)
    return ["\n".join(lines).strip("\n") for lines in cells if "".join(lines).strip()]


def _tags(options: str) -> list[str]:
    match = re.search(r"tags=(\S+)", options)
    return [tag for tag in match.group(1).split(",") if tag] if match else []


def notebook_from_markdown(text: str, metadata: dict[str, Any]) -> NotebookNode:
    """A notebook from Markdown with ```` ```python ```` blocks: code cells for those, Markdown cells between."""
    import nbformat

    cells = []
    position = 0
    for match in FENCE.finditer(text):
        cells += [nbformat.v4.new_markdown_cell(part) for part in _markdown_cells(text[position : match.start()])]
        cell = nbformat.v4.new_code_cell(match["code"].rstrip("\n"))
        if tags := _tags(match["options"]):
            cell.metadata["tags"] = tags
        cells.append(cell)
        position = match.end()
    cells += [nbformat.v4.new_markdown_cell(part) for part in _markdown_cells(text[position:])]
    for number, cell in enumerate(cells, start=1):
        cell.id = f"cell-{number}"
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    language = {"name": "python"}
    return nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": kernel, "language_info": language, **metadata})
