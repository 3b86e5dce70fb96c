"""What in a project is still the template's, and what is the learner's own.

A template is a scaffold: its prompts (a Markdown cell, a code cell or a README section holding a placeholder such
as ``TODO``) are there to be replaced by the learner's words and code. When a project is made, each prompt's
*fingerprint* is stored in the notebook's metadata (``mlsteps.prompts``): a hash of its words, lower-cased, with the
placeholders and punctuation taken out. A cell or section whose fingerprint is still one of those is the template's
prompt, even when the learner deleted the ``TODO`` and nothing else.

Placeholders are ``TODO`` and ``FIXME`` (in capitals), ``[your ...]`` or ``<your ...>`` (``[your name]``), a line
that is only ``…`` or ``...``, and in code an assignment or ``return`` of ``...`` (Python's Ellipsis).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nbformat import NotebookNode

NAME_PLACEHOLDER = "[your name]"
_MARKERS: tuple[tuple[re.Pattern[str], bool], ...] = (  # (shape, only in code)
    (re.compile(r"\b(?:TODO|FIXME)\b"), False),
    (re.compile(r"[<\[]your\b[^<>\[\]\n]{0,40}[>\]]", re.IGNORECASE), False),
    (re.compile(r"^[ \t]*(?:[-*>][ \t]*)?(?P<shown>…|\.\.\.)[ \t]*$", re.MULTILINE), False),
    (re.compile(r"(?P<shown>(?:=|\breturn)[ \t]*\.\.\.)[ \t]*(?:#.*)?$", re.MULTILINE), True),
)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LEARNED = re.compile(r"what\s+i(?:'ve|\s+have)?\s+learn|lessons?\s+learn|takeaway", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """Where something is: a file, and in a notebook the cell as Jupyter counts it, with how that cell starts."""

    path: str
    cell: int | None = None
    line: int | None = None
    start: str = ""  # the cell's first line, to find it by
    what: str = ""  # the placeholder, or the README section's title

    def sentence(self) -> str:
        parts = [self.path]
        if self.cell is not None:
            parts.append(f"cell {self.cell}" + (f" (`{self.start}`)" if self.start else ""))
        if self.line is not None:
            parts.append(f"line {self.line}")
        where = ", ".join(parts)
        return f"{where}: {self.what}" if self.what else where


def placeholders(text: str, code: bool = False) -> list[tuple[int, str]]:
    """(line number, the placeholder) for each placeholder in ``text``, in order."""
    found = []
    for shape, only_code in _MARKERS:
        if only_code and not code:
            continue
        for match in shape.finditer(text):
            shown = match.group("shown") if "shown" in shape.groupindex else match.group().strip()
            found.append((text.count("\n", 0, match.start()) + 1, shown))
    return sorted(set(found))


def has_placeholder(text: str, code: bool = False) -> bool:
    return bool(placeholders(text, code))


def normal(text: str) -> str:
    """The words of ``text``, lower-cased, without placeholders, punctuation or spacing."""
    for shape, _ in _MARKERS:
        text = shape.sub(" ", text)
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def fingerprint(text: str) -> str | None:
    """A short hash of the words of ``text``; None when no word is left (nothing to recognise)."""
    words = normal(text)
    return hashlib.sha256(words.encode()).hexdigest()[:16] if words else None


def first_line(text: str, width: int = 50) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


# ------------------------------------------------------------------------------------------------ sections


@dataclass
class Section:
    """A part of a Markdown text under one heading."""

    level: int
    title: str
    line: int  # 1-based line of the heading
    body: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.body).strip("\n")


def sections(text: str) -> list[Section]:
    """Headings and the lines under each (outside code blocks), in order; text before the first heading is left out."""
    found: list[Section] = []
    in_code = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        match = None if in_code else HEADING.match(line)
        if match:
            found.append(Section(len(match[1]), match[2], number))
        elif found:
            found[-1].body.append(line)
    return found


def own_words(text: str) -> str:
    """``text`` without its paragraphs that hold a placeholder: what is left is the learner's (or given) prose."""
    paragraphs = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(part for part in paragraphs if part.strip() and not has_placeholder(part)).strip()


# ----------------------------------------------------------------------------------------------- notebooks


def _source(cell: Any) -> str:
    return cell.source if isinstance(cell.source, str) else "".join(cell.source)


def prompts_of(notebook: NotebookNode, readme: str) -> dict[str, list[str]]:
    """The fingerprints of a freshly made project's prompts: its notebook cells and README sections that hold a
    placeholder, and the "What I learned" text on its own. Stored in the notebook's metadata when it is made."""
    cells = [
        fingerprint(_source(cell))
        for cell in notebook.cells
        if cell.cell_type in ("markdown", "code") and has_placeholder(_source(cell), cell.cell_type == "code")
    ]
    parts = [fingerprint(section.text) for section in sections(readme) if has_placeholder(section.text)]
    learned = learned_text(notebook)
    body = [fingerprint(learned)] if learned and has_placeholder(learned) else []
    return {
        "notebook": sorted({f for f in cells if f}),
        "readme": sorted({f for f in parts if f}),
        "learned": sorted({f for f in body if f}),
    }


def stored_prompts(notebook: NotebookNode) -> dict[str, set[str]]:
    stored = notebook.metadata.get("mlsteps", {}).get("prompts", {}) or {}
    return {key: set(stored.get(key, ())) for key in ("notebook", "readme", "learned")}


def learned_cells(notebook: NotebookNode) -> tuple[int | None, list[int]]:
    """The index of the "What I learned" heading cell, and of the Markdown cells under it (its own included), up to
    the next heading of the same or a higher level."""
    heading_at, level = None, 0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "markdown":
            continue
        for section in sections(_source(cell)):
            if heading_at is None and LEARNED.search(section.title):
                heading_at, level = index, section.level
    if heading_at is None:
        return None, []
    under = [heading_at]
    for index in range(heading_at + 1, len(notebook.cells)):
        cell = notebook.cells[index]
        if cell.cell_type != "markdown":
            continue
        heading = HEADING.match(first_line(_source(cell), width=10_000))
        if heading and len(heading[1]) <= level:
            break
        under.append(index)
    return heading_at, under


def learned_text(notebook: NotebookNode) -> str | None:
    """What the notebook says under "What I learned" (None when there is no such heading)."""
    heading_at, under = learned_cells(notebook)
    if heading_at is None:
        return None
    parts = []
    for index in under:
        text = _source(notebook.cells[index])
        if index == heading_at:
            found = next(section for section in sections(text) if LEARNED.search(section.title))
            text = "\n".join(text.splitlines()[found.line :])
        parts.append(text)
    return "\n\n".join(parts).strip()


def notebook_placeholders(notebook: NotebookNode, path: str) -> list[Place]:
    found = []
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type not in ("markdown", "code"):
            continue
        text = _source(cell)
        for line, marker in placeholders(text, cell.cell_type == "code"):
            found.append(Place(path, number, line, first_line(text), marker))
    return found


def text_placeholders(text: str, path: str) -> list[Place]:
    return [Place(path, None, line, "", marker) for line, marker in placeholders(text)]


def unchanged_cells(notebook: NotebookNode, path: str) -> list[Place]:
    """Cells that are still one of the template's prompts, the "What I learned" part left out (it has a finding of
    its own)."""
    prompts = stored_prompts(notebook)["notebook"]
    _, learned = learned_cells(notebook)
    found = []
    for number, cell in enumerate(notebook.cells, start=1):
        if number - 1 in learned or cell.cell_type not in ("markdown", "code"):
            continue
        if fingerprint(_source(cell)) in prompts:
            found.append(Place(path, number, None, first_line(_source(cell))))
    return found


def unchanged_sections(readme: str, prompts: set[str], path: str = "README.md") -> list[Place]:
    found = []
    for section in sections(readme):
        if fingerprint(section.text) in prompts:
            what = "the introduction under the title" if section.level == 1 else f'the section "{section.title}"'
            found.append(Place(path, None, None, "", what))
    return found
