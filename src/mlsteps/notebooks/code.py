"""The code a notebook ran, turned into one file the judge can check.

A notebook is not a file: it is cells, run in any order, some of them magics, shell commands, experiments that
raised, or a loop the learner interrupted. To check an exercise, the cells (a kernel's history, or a notebook's
cells in order) are read as IPython reads them (``TransformerManager``), and only the top-level statements that the
exercise's function needs are kept: the last definition of the function, then, following the names it uses, the
definitions, imports and assignments those need in turn, as the kernel would have seen them. A cell that reads a
file, draws a chart, loops for ever or calls ``os._exit()`` is left out unless the function depends on what it
binds, so unrelated cells cannot break a check. Magics, shell commands and ``mlsteps`` imports are never kept.

The result remembers where each of its lines came from, so a verdict can say ``line 3 of cell [5]`` instead of a
line of a file the learner never saw.
"""

from __future__ import annotations

import ast
import re
import symtable
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mlsteps.engine.cases import CELL_END
from mlsteps.engine.verdict import Verdict
from mlsteps.record.files import write_atomically

if TYPE_CHECKING:
    from mlsteps.engine.exercise import Exercise

COMPREHENSIONS = {"listcomp", "dictcomp", "setcomp", "genexpr", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"}


@dataclass(frozen=True)
class Cell:
    """One cell's code as the learner typed it, and how they find it: ``cell [5]`` or ``cell 5``."""

    label: str
    source: str


@dataclass(frozen=True)
class Statement:
    """A top-level statement of a cell, with the names it binds and the names it reads now or when called."""

    line: int  # where it starts in its cell, 1-based
    text: str
    binds: frozenset[str]
    replaces: frozenset[str]  # bound for certain: earlier bindings of these names no longer matter
    uses_now: frozenset[str]  # read when the statement runs (module level, class bodies, default values)
    uses_later: frozenset[str]  # read when a function it defines is called (so: their latest binding)
    always: bool = False  # `from x import *`: binds names nobody can list, so it is always kept


@dataclass(frozen=True)
class GatheredCode:
    """The statements an exercise's function needs, in the order they ran, as the text of one file."""

    text: str
    origins: tuple[tuple[str, int] | None, ...]  # per line of text: (cell label, line in that cell), or None
    entry: str
    defines_entry: bool
    sets_values: bool = False  # a value exercise's: the entry is a name the code sets, not a function

    def write(self, path: Path) -> Path:
        write_atomically(path, self.text)
        return path

    def where(self, line: int) -> tuple[str, int] | None:
        return self.origins[line - 1] if 0 < line <= len(self.origins) else None

    def relabel(self, verdict: Verdict, filename: str) -> Verdict:
        """The verdict with each ``line N in f, in file.py`` replaced by the notebook cell and line it came from."""
        pattern = re.compile(rf"line (\d+) in ([^\n]*?), in {re.escape(filename)}:")

        def cell_line(match: re.Match[str]) -> str:
            origin = self.where(int(match.group(1)))
            if origin is None:
                return match.group(0)
            return f"line {origin[1]} of {origin[0]}, in {match.group(2)}:"

        cases = []
        for case in verdict.cases:
            error = case.error
            if error and error.get("frames"):
                frames = []
                for frame in error["frames"]:
                    origin = self.where(frame["line"]) if "line" in frame else None
                    frames.append({**frame, "cell": origin[0], "cell_line": origin[1]} if origin else frame)
                error = {**error, "frames": frames}
            cases.append(replace(case, message=pattern.sub(cell_line, case.message), error=error))
        problem = pattern.sub(cell_line, verdict.problem) if verdict.problem else verdict.problem
        if not self.defines_entry and self.sets_values:
            problem = (
                f"No cell of your notebook sets `{self.entry}`. Set it in the question's code cell, keeping the name "
                "it was given, and run that cell before the check."
            )
        elif not self.defines_entry:
            problem = (
                f"No cell of your notebook defines a function called `{self.entry}`. Write it in the exercise's "
                "code cell, keeping the name the starter gave it, and run that cell before the check."
            )
        return replace(verdict, cases=cases, problem=problem)


# -------------------------------------------------------------------------------------- reading a cell


@lru_cache(maxsize=1)
def _transformer():
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager()


def _base_name(node: ast.expr) -> str | None:
    """``x`` for ``x``, ``x.a``, ``x[0].b``: the variable an assignment or a method call changes."""
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_dropped(node: ast.stmt) -> bool:
    """Magics and shell commands (they need IPython), ``display(...)``, mlsteps's own imports (check, hint,
    solution) and checks."""
    if isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "mlsteps" for alias in node.names):
        return True
    if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "mlsteps":
        return True
    call = node.value if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) else None
    if call is not None and isinstance(call.func, ast.Name):
        if call.func.id == "display":  # IPython's way to show a value: output only, and plain Python lacks it
            return True
        first = call.args[0] if call.args else None
        if call.func.id == "check" and isinstance(first, ast.Constant) and isinstance(first.value, str):
            return True  # check("python/fizzbuzz") asks for a check: the code checked never needs it
    return any(
        isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "get_ipython"
        for call in ast.walk(node)
    )


def _names_used(table: symtable.SymbolTable, later: bool, now: set[str], deferred: set[str]) -> None:
    """The global names a scope reads: at once (module, class bodies, comprehensions) or when called."""
    for symbol in table.get_symbols():
        if symbol.is_referenced() and (table.get_type() == "module" or symbol.is_global()):
            (deferred if later else now).add(symbol.get_name())
    for child in table.get_children():
        kind, name = str(child.get_type()).lower(), child.get_name()
        deferred_child = later or (kind.endswith("function") and name not in COMPREHENSIONS)
        _names_used(child, deferred_child, now, deferred)


def _replaced(node: ast.stmt) -> set[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.Import | ast.ImportFrom):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    if isinstance(node, ast.Assign) and all(isinstance(target, ast.Name) for target in node.targets):
        return {target.id for target in node.targets if isinstance(target, ast.Name)}
    if isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        return {node.target.id}
    return set()


def _changed(node: ast.stmt) -> set[str]:
    """Variables a statement changes in place: ``d["k"] = 1``, ``items.append(x)``, ``del d["k"]``."""
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AugAssign | ast.AnnAssign):
        targets = [node.target]
    elif isinstance(node, ast.Delete):
        targets = node.targets
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute):
        targets = [node.value.func]
    names = {_base_name(target) for target in targets if not isinstance(target, ast.Name)}
    return {name for name in names if name}


def _statement(node: ast.stmt, text: str, line: int) -> Statement | None:
    try:
        table = symtable.symtable(text, "<cell>", "exec")
    except SyntaxError:  # e.g. `return` outside a function: it failed in the kernel too
        return None
    bound = {
        symbol.get_name()
        for symbol in table.get_symbols()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
    }
    now: set[str] = set()
    deferred: set[str] = set()
    _names_used(table, False, now, deferred)
    star = isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names)
    return Statement(
        line=line,
        text=text,
        binds=frozenset(bound | _changed(node)),
        replaces=frozenset(_replaced(node)),
        uses_now=frozenset(now),
        uses_later=frozenset(deferred),
        always=star,
    )


@lru_cache(maxsize=2048)
def statements(source: str) -> tuple[Statement, ...]:
    """A cell's top-level statements, read as IPython reads them; none when the cell is not valid Python."""
    try:
        text, tree = source, ast.parse(source)  # most cells are plain Python: no need to import IPython for them
    except SyntaxError:
        try:
            text = _transformer().transform_cell(source)  # magics, shell commands, `?` help
            tree = ast.parse(text)
        except (SyntaxError, ValueError, TypeError, IndexError):
            return ()
    except (ValueError, TypeError):  # a null byte, say
        return ()
    lines = text.splitlines(keepends=True)
    found = []
    for index, node in enumerate(tree.body):
        if _is_dropped(node):
            continue
        decorators = getattr(node, "decorator_list", [])
        first = min([node.lineno, *(decorator.lineno for decorator in decorators)])
        last = node.end_lineno or node.lineno
        shares_a_line = node.col_offset != 0 or (index + 1 < len(tree.body) and tree.body[index + 1].lineno == last)
        body = ast.unparse(node) + "\n" if shares_a_line else "".join(lines[first - 1 : last])
        statement = _statement(node, body, first)
        if statement is not None:
            found.append(statement)
    return tuple(found)


def checked_ids(source: str) -> list[str]:
    """The exercise ids a cell checks: ``check("python/fizzbuzz")`` or ``%check python/fizzbuzz``."""
    try:
        tree = ast.parse(_transformer().transform_cell(source))
    except (SyntaxError, ValueError, TypeError, IndexError):
        return []
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        texts = [
            arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None for arg in node.args
        ]
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name == "check" and texts and texts[0]:
            found.append(texts[0])
        elif name == "run_line_magic" and texts[:1] == ["check"] and len(texts) > 1 and (texts[1] or "").strip():
            found.append(texts[1].strip())
    return found


# ------------------------------------------------------------------------------------------- gathering


def _needed(parts: list[Statement], names: Collection[str]) -> set[int]:
    """Which statements the names need: the last binding of each, and what that reads, followed back in time."""
    end = len(parts)
    chosen = {index for index, part in enumerate(parts) if part.always}
    todo = [(name, end) for name in names]
    seen: set[tuple[str, int]] = set()
    while todo:
        name, before = todo.pop()
        if (name, before) in seen:
            continue
        seen.add((name, before))
        for index in range(before - 1, -1, -1):
            part = parts[index]
            if name not in part.binds:
                continue
            if index not in chosen:
                chosen.add(index)
                todo += [(used, index) for used in part.uses_now]
                todo += [(used, end) for used in part.uses_later]
            if name in part.replaces:
                break
    return chosen


def gather_for(cells: list[Cell], exercise: Exercise) -> GatheredCode:
    """The code from ``cells`` that a check of ``exercise`` needs: what its function needs, or what the names its
    value cases read need; every cell, in order, when one of its cases reads the figure the notebook drew."""
    needed = exercise.names_needed  # worked out once per exercise, not once per submission graded
    return gather(
        cells, exercise.entry, exercise.id, also=needed or (), everything=needed is None,
        sets_values=exercise.asks_for_values,
    )  # fmt: skip


def gather(
    cells: list[Cell],
    entry: str,
    exercise_id: str,
    also: Collection[str] = (),
    everything: bool = False,
    sets_values: bool = False,
) -> GatheredCode:
    """The code from ``cells`` that ``entry`` (and the names in ``also``) need, or with ``everything`` all of it, as
    one file that remembers where each line came from."""
    parts: list[tuple[Cell, Statement]] = [(cell, part) for cell in cells for part in statements(cell.source)]
    if everything:  # the tests a tool released with the notebook are not the learner's work: asserts stay out
        chosen = {index for index, (_, part) in enumerate(parts) if not part.text.startswith("assert ")}
        needs = "every cell of your notebook, in order,"
    else:
        chosen = _needed([part for _, part in parts], {entry, *also} - {""})
        needs = f"the code from your notebook that `{entry}` needs,"
    lines = [
        f"# {needs[0].upper()}{needs[1:]} gathered by mlsteps to check {exercise_id}.",
        "# mlsteps writes this file again at every check: change your notebook, not this file.",
    ]
    origins: list[tuple[str, int] | None] = [None, None]
    last_cell: str | None = None
    for index, (cell, part) in enumerate(parts):
        if index not in chosen:
            continue
        if cell.label != last_cell:
            if everything and last_cell is not None:  # the figures a cell drew are shown, then closed, as Jupyter does
                lines.append(f"{CELL_END}()")
                origins.append(None)
            lines += ["", f"# {cell.label}"]
            origins += [None, None]
            last_cell = cell.label
        for offset, text in enumerate(part.text.splitlines()):
            lines.append(text)
            origins.append((cell.label, part.line + offset))
    defines = not entry or any(entry in parts[index][1].binds for index in chosen)
    return GatheredCode("\n".join(lines) + "\n", tuple(origins), entry, defines, sets_values)
