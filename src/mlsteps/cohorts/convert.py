"""An nbgrader source notebook, or an otter-assign master notebook, turned into an mlsteps course folder.

``mlsteps course convert SOURCE.ipynb`` reads the notebook (JSON only: nothing in it runs) and writes::

    OUT/course.toml                 [course] id, title, step (by what the notebook imports), lint = "grading"
    OUT/questions/<slug>/           one exercise per autograded question: exercise.toml (its order, its points),
                                    prompt.md (the question's Markdown, and an example from its first public case),
                                    solution.py, starter.py, check.py
    OUT/data/                       the text files beside the notebook that a value question's code reads
    OUT/convert-notes.md            what could not be converted, and why

**Questions.** nbgrader: an autograded answer cell (``solution`` without ``grade``) starts a question; the
autograder test cells (``grade`` without ``solution``) after it are its tests, each worth its ``points``; the
Markdown cells before it are its prompt. otter: a ``# BEGIN QUESTION`` raw cell (``name``, ``points``) to
``# END QUESTION``, its solution cells between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` raw cells, its test
cells between ``# BEGIN TESTS`` and ``# END TESTS`` (one test case each, hidden when it starts ``# HIDDEN``), the
question's points shared equally among them, as otter does.

**The code.** The function a question's tests call, defined in its answer cell, is the entry. Its solution is what
the entry needs of the notebook's code cells (the answer cells with their solution parts, and the given cells:
imports, helpers), gathered as a check gathers a learner's notebook (:mod:`mlsteps.notebooks.code`); its starter
is the same with the solution parts removed (nbgrader's ``### BEGIN SOLUTION`` … ``### END SOLUTION``, otter's
``# BEGIN SOLUTION`` … ``# END SOLUTION`` and ``# SOLUTION`` lines), or, where that removes the function, the
function's first line, docstring and ``return None``.

**Values.** A question whose answer cell defines no function its tests call, but sets names (``total = ...``),
becomes a value exercise (``answer = "value"``): the learner's code runs once in the sandbox and each case reads an
expression over those names. Its entry is the first name the tests read; its starter is the given code the solution
uses, then ``name = ...`` for each name the tests read; its prompt shows what to set, never the value. The text files
beside the notebook that its code names (``pd.read_csv("survey.csv")``) are copied to ``OUT/data/``, and the first
case of each value question whose code reads one hands them to the learner's code (check.py's ``FILES``).

**The tests.** Each statement of a test cell that states a call and its answer becomes a case with a literal
expected value: ``assert f(args) == literal`` (either way round, with a message or not), ``assert f(args) is
None/True/False``, ``math.isclose``/``np.isclose``/``np.allclose(f(args), literal)``, ``assert abs(f(args) -
literal) < tolerance``, ``assert_equal(f(args), literal)`` (nose, numpy.testing), an otter test that is such a
comparison without ``assert``, or a call whose recorded output is a literal; ``with pytest.raises(E): f(args)``
becomes a case that must raise ``E``. For a value question, the same forms with an expression over its names in
place of the call (``assert len(words) == 5``, ``assert np.isclose(mean_age, 31.2)``); any other assert about them
(``assert isinstance(total, float)``) is read as ``bool(...)`` that must be True. Arguments are Python literals, or
names the test cell gave a literal (``x = [1, 2]``). A test cell is all or nothing, as in nbgrader and otter: its
cases share a ``group`` and its points. Hidden tests (nbgrader's ``### BEGIN HIDDEN TESTS``, otter's ``# HIDDEN``)
become hidden cases. Anything else is a note: a statement that is not of these forms (its cell keeps the cases it
has), a manually graded or task cell, a question that neither defines a function its tests call nor sets a value
they read, a test cell before any answer.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlsteps.engine.cases import names_in
from mlsteps.engine.courses import COURSE_ID
from mlsteps.notebooks.code import Cell, gather
from mlsteps.record.files import write_atomically

NBGRADER_SOLUTION = re.compile(r"^(\s*)###\s*BEGIN SOLUTION\s*$")
NBGRADER_END = re.compile(r"^\s*###\s*END SOLUTION\s*$")
OTTER_SOLUTION = re.compile(r"^(\s*)#\s*BEGIN SOLUTION(\s+NO PROMPT)?\s*$")
OTTER_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
OTTER_LINE = re.compile(r"^(\s*)(.*?)\s*#\s*SOLUTION\s*$")
HIDDEN_BEGIN = re.compile(r"^\s*###\s*BEGIN HIDDEN TESTS\s*$")
HIDDEN_END = re.compile(r"^\s*###\s*END HIDDEN TESTS\s*$")
CLOSE_CALLS = {"isclose", "allclose", "assert_allclose", "assert_almost_equal", "assert_array_almost_equal"}
EQUAL_CALLS = {"assert_equal", "assert_array_equal", "assertEqual", "assert_frame_equal", "assert_series_equal"}
MAX_DATA_BYTES = 2_000_000  # the largest data file carried beside a converted course
STEP_IMPORTS = ((4, {"torch"}), (3, {"sklearn"}), (2, {"numpy", "pandas", "matplotlib", "scipy"}))


class ConvertError(ValueError):
    """A notebook that is neither an nbgrader source notebook nor an otter-assign master notebook, or unreadable."""


@dataclass
class TestCell:
    label: str  # how the notes name it
    group: str
    source: str
    points: float
    hidden: bool = False  # the whole cell (otter's # HIDDEN)
    output: str | None = None  # otter: the recorded output of the cell's last expression


@dataclass
class Question:
    number: int
    name: str  # otter's name, nbgrader's grade_id
    answer: str  # the answer cell(s), solution parts included
    answer_label: str
    style: str  # "nbgrader" or "otter"
    markdown: list[str] = field(default_factory=list)
    tests: list[TestCell] = field(default_factory=list)
    points: float | None = None  # otter: the question's; nbgrader: the sum of its test cells'


@dataclass
class Converted:
    course_id: str
    kind: str  # nbgrader or otter
    folder: Path
    exercises: list[dict[str, Any]] = field(default_factory=list)  # id, title, entry, cases, hidden, points
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "course": self.course_id,
            "from": self.kind,
            "folder": str(self.folder),
            "exercises": self.exercises,
            "notes": self.notes,
        }


# ------------------------------------------------------------------------------------------ reading the notebook


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _output(cell: dict[str, Any]) -> str | None:
    for output in cell.get("outputs", []) or []:
        if output.get("output_type") == "execute_result":
            text = output.get("data", {}).get("text/plain")
            return "".join(text) if isinstance(text, list) else text
    return None


def read_notebook(path: Path) -> list[dict[str, Any]]:
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        cells = notebook["cells"]
        if not isinstance(cells, list):
            raise TypeError("cells is not a list")
        return cells
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ConvertError(f"{path} is not a readable notebook ({type(exc).__name__}: {exc})") from None


def kind_of(cells: list[dict[str, Any]]) -> str:
    if any("nbgrader" in (cell.get("metadata") or {}) for cell in cells):
        return "nbgrader"
    if any(cell.get("cell_type") == "raw" and _source(cell).lstrip().startswith("# BEGIN QUESTION") for cell in cells):
        return "otter"
    raise ConvertError(
        "this notebook is neither an nbgrader source notebook (cells with nbgrader metadata) nor an otter-assign "
        "master notebook (raw cells '# BEGIN QUESTION'); convert the source (instructor's) version, not a "
        "released one"
    )


def _nbgrader(cells: list[dict[str, Any]], notes: list[str]) -> tuple[list[Question], list[Cell]]:
    questions: list[Question] = []
    code: list[Cell] = []
    markdown: list[str] = []
    current: Question | None = None
    for number, cell in enumerate(cells, start=1):
        meta = (cell.get("metadata") or {}).get("nbgrader", {}) or {}
        kind, source = cell.get("cell_type"), _source(cell)
        label = f"cell {number}" + (f" ({meta['grade_id']})" if meta.get("grade_id") else "")
        if meta.get("task"):
            notes.append(f"{label} is a task, graded by hand in nbgrader: not converted")
        elif meta.get("solution") and meta.get("grade"):
            notes.append(f"{label} is a manually graded answer ({meta.get('points', 0)} points): not converted")
        elif kind == "markdown":
            markdown.append(source)
        elif kind != "code":
            continue
        elif meta.get("grade"):
            if current is None:
                notes.append(f"{label} holds tests but comes before any answer cell: not converted")
                continue
            group = str(meta.get("grade_id") or f"cell-{number}")
            current.tests.append(TestCell(label, group, source, float(meta.get("points") or 0)))
        elif meta.get("solution"):
            current = Question(len(questions) + 1, str(meta.get("grade_id") or ""), source, label, "nbgrader")
            current.markdown, markdown = markdown, []
            questions.append(current)
            code.append(Cell(label, source))
        else:
            code.append(Cell(label, source))
    for question in questions:
        question.points = sum(test.points for test in question.tests)
    return questions, code


def _settings(text: str) -> dict[str, str]:
    """The ``key: value`` lines of an otter raw cell (the YAML it holds, read for what convert needs)."""
    found = {}
    for line in text.splitlines()[1:]:
        key, colon, value = line.partition(":")
        if colon and key.strip() and not key.startswith((" ", "\t", "-")):
            found[key.strip()] = value.strip().strip("'\"")
    return found


def _otter(cells: list[dict[str, Any]], notes: list[str]) -> tuple[list[Question], list[Cell]]:
    questions: list[Question] = []
    code: list[Cell] = []
    current: Question | None = None
    block = ""
    for number, cell in enumerate(cells, start=1):
        kind, source = cell.get("cell_type"), _source(cell)
        label = f"cell {number}"
        head = source.strip().splitlines()[0].strip().upper() if source.strip() else ""
        if kind == "raw" and head.startswith("# BEGIN QUESTION"):
            settings = _settings(source)
            name = settings.get("name", f"q{len(questions) + 1}")
            if settings.get("manual", "").lower() == "true":
                notes.append(f"question {name} ({label}) is graded by hand: not converted")
                current = None
                continue
            current = Question(len(questions) + 1, name, "", label, "otter")
            try:
                current.points = float(settings["points"]) if "points" in settings else 1.0
            except ValueError:
                notes.append(f"question {name}: points {settings['points']!r} is not one number; counted as 1")
                current.points = 1.0
            questions.append(current)
            block = ""
        elif kind == "raw" and head.startswith("# END QUESTION"):
            current, block = None, ""
        elif kind == "raw" and head.startswith("# BEGIN "):
            block = head.removeprefix("# BEGIN ").split()[0].lower()  # solution, tests, prompt
        elif kind == "raw" and head.startswith("# END "):
            block = ""
        elif kind == "raw":
            continue
        elif current is None:
            if kind == "code":
                code.append(Cell(label, source))
        elif kind == "markdown" and block == "":
            current.markdown.append(source)
        elif kind == "code" and block == "solution":
            current.answer += ("\n" if current.answer else "") + source
            current.answer_label = label
            code.append(Cell(label, source))
        elif kind == "code" and block == "tests":
            first = source.lstrip().splitlines()[0].strip().upper() if source.strip() else ""
            hidden = first.startswith("# HIDDEN")
            group = f"{current.name}-test-{len(current.tests) + 1}"
            current.tests.append(TestCell(label, group, source, 0.0, hidden=hidden, output=_output(cell)))
        elif kind == "code" and block != "prompt":
            code.append(Cell(label, source))
    for question in questions:
        share = (question.points or 0.0) / len(question.tests) if question.tests else 0.0
        for test in question.tests:
            test.points = share  # otter shares a question's points equally among its test cases
    return questions, code


# ------------------------------------------------------------------------------------- solution and starter


def solution_of(source: str, style: str) -> str:
    """The cell with its solution markers taken out (the solution kept)."""
    kept = []
    for line in source.splitlines():
        if style == "nbgrader" and (NBGRADER_SOLUTION.match(line) or NBGRADER_END.match(line)):
            continue
        if style == "otter" and (OTTER_SOLUTION.match(line) or OTTER_END.match(line)):
            continue
        if style == "otter" and (match := OTTER_LINE.match(line)):
            line = match.group(1) + match.group(2)
        kept.append(line)
    return "\n".join(kept) + "\n"


def starter_of(source: str, style: str) -> str:
    """The cell with its solution parts taken out, each replaced by a line to write in, as the tools release it."""
    begin, end = (NBGRADER_SOLUTION, NBGRADER_END) if style == "nbgrader" else (OTTER_SOLUTION, OTTER_END)
    kept: list[str] = []
    inside = False
    for line in source.splitlines():
        if not inside and (match := begin.match(line)):
            inside = True
            kept.append(f"{match.group(1)}pass  # YOUR CODE HERE")
        elif inside and end.match(line):
            inside = False
        elif inside:
            continue
        elif style == "otter" and (match := OTTER_LINE.match(line)):
            assigned = re.match(r"^([\w.\[\], ]+?)\s*=[^=]", match.group(2))
            kept.append(f"{match.group(1)}{assigned.group(1)} = ..." if assigned else f"{match.group(1)}pass")
        else:
            kept.append(line)
    return "\n".join(kept) + "\n"


def _functions(source: str) -> list[ast.FunctionDef]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [node for node in tree.body if isinstance(node, ast.FunctionDef)]


def _called(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]


def _gathered(cells: list[Cell], entry: str, exercise_id: str, also: frozenset[str] = frozenset()) -> str:
    """What ``entry`` (and the names in ``also``) need of the cells, as a file without the lines mlsteps adds for a
    learner."""
    gathered = gather(cells, entry, exercise_id, also=also)
    pairs = zip(gathered.text.splitlines(), gathered.origins, strict=False)
    lines = [line for line, origin in pairs if origin or not line.strip()]  # the code, and the blank lines between
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n") + "\n"


def _names_set(source: str) -> list[str]:
    """The names a cell's code sets at the top level, in order (``total = ...``, ``for word in ...``), leaving out
    imports, functions, and names bound only inside comprehensions."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef | ast.Lambda):
            return
        if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id not in found:
            found.append(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _names_in_cell(source: str) -> set[str]:
    return {node.id for node in _nodes([Cell("", source)]) if isinstance(node, ast.Name)}


def _files_preamble(names: list[str]) -> list[str]:
    return ["from pathlib import Path", ""] if names else []


def _files_table(names: list[str]) -> list[str]:
    """check.py's ``FILES``: the data files, read from the course's ``data/`` folder when the cases are made."""
    if not names:
        return []
    reads = ", ".join(f"{name!r}: (DATA / {name!r}).read_text(encoding='utf-8')" for name in names)
    folder = 'DATA = Path(__file__).resolve().parents[2] / "data"  # the files the notebook read'
    return ["", folder, f"FILES = {{{reads}}}"]


def data_files(source: Path, cells: list[Cell], notes: list[str]) -> dict[str, str]:
    """The text files beside the notebook that its code names (``pd.read_csv("survey.csv")``): what a value
    question's code reads when it runs. Binary and large files are notes."""
    folder = source.resolve().parent
    found: dict[str, str] = {}
    for node in _nodes(cells):
        name = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""
        if not name or name in found or "\n" in name or len(name) > 200:
            continue
        path = folder / name
        try:
            if not path.is_file() or not path.resolve().is_relative_to(folder):
                continue
            if path.stat().st_size > MAX_DATA_BYTES:
                notes.append(f"{name} is over {MAX_DATA_BYTES // 1_000_000} MB: not carried; hand a smaller sample")
                continue
            found[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            notes.append(f"{name} is not a text file: not carried (mlsteps hands a learner's code text files)")
        except OSError as exc:
            notes.append(f"{name} could not be read ({exc.strerror}): not carried")
    return found


def _nodes(cells: list[Cell]) -> Iterator[ast.AST]:
    """Every node of the cells' code, skipping a cell that is not plain Python (a magic, a typo)."""
    for cell in cells:
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        yield from ast.walk(tree)


def _stub(function: ast.FunctionDef) -> str:
    """The first line of a function, its docstring, and ``return None``: the starter when nothing else is left."""
    header = f"def {function.name}({ast.unparse(function.args)}):"
    doc = ast.get_docstring(function)
    body = [f'    """{doc}"""'] if doc and '"""' not in doc else []
    return "\n".join([header, *body, "    # YOUR CODE HERE", "    return None"]) + "\n"


# ------------------------------------------------------------------------------------------------------ tests


@dataclass
class CaseSpec:
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    expect: Any = None
    raises: str | None = None
    hidden: bool = False
    group: str = ""
    points: float = 0.0
    read: str = ""  # a value question's: the expression read once the learner's code has run
    with_files: bool = False  # hands the learner's code the notebook's data files (check.py's FILES)

    def source(self) -> str:
        parts = [repr(self.read)] if self.read else []
        parts += [repr(arg) for arg in self.args] + [f"{key}={value!r}" for key, value in self.kwargs.items()]
        if self.with_files:
            parts.append("files=FILES")
        parts.append(f"raises={self.raises!r}" if self.raises else f"expect={self.expect!r}")
        if self.hidden:
            parts.append("hidden=True")
        parts += [f"points={self.points!r}", f"group={self.group!r}"]
        return f"{'value' if self.read else 'case'}({', '.join(parts)})"


@dataclass(frozen=True)
class Subject:
    """What a question's tests are about: calls of its function ``entry``, or, for a question answered with values
    (``values``: the names its answer cell sets), expressions over those names, read once the notebook has run."""

    entry: str
    values: frozenset[str] = frozenset()

    def spec(self, node: ast.expr, names: dict[str, Any]) -> CaseSpec | None:
        """The case ``node`` is the subject of (its expected value still to come), or None."""
        if not self.values:
            found = _entry_call(node, self.entry, names)
            return CaseSpec(found[0], found[1]) if found else None
        used = {name.id for name in ast.walk(node) if isinstance(name, ast.Name)}
        if not used & self.values or used & names.keys():  # about the answer, and nothing the test cell made up
            return None
        return CaseSpec((), {}, read=ast.unparse(node))

    def form(self) -> str:
        """The form of statement convert reads, for the notes."""
        if self.values:
            return f"assert {self.entry} == literal, assert expression-over-{self.entry}"
        return f"assert {self.entry}(literals) == literal"


class NotConvertible(ValueError):
    pass


def _value(node: ast.expr, names: dict[str, Any]) -> Any:
    """A literal, or a name the test cell gave a literal, or a container of these."""
    if isinstance(node, ast.Name):
        if node.id in names:
            return names[node.id]
        if node.id in ("True", "False", "None"):
            return ast.literal_eval(node)
        raise NotConvertible(f"`{node.id}` is not a literal")
    if isinstance(node, ast.List):
        return [_value(item, names) for item in node.elts]
    if isinstance(node, ast.Tuple):
        return tuple(_value(item, names) for item in node.elts)
    if isinstance(node, ast.Set):
        return {_value(item, names) for item in node.elts}
    if isinstance(node, ast.Dict) and None not in node.keys:
        return {_value(key, names): _value(value, names) for key, value in zip(node.keys, node.values, strict=True)}  # type: ignore[arg-type]
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError) as exc:
        raise NotConvertible(f"`{ast.unparse(node)}` is not a literal") from exc


def _entry_call(node: ast.expr, entry: str, names: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == entry):
        return None
    if any(isinstance(arg, ast.Starred) for arg in node.args) or any(kw.arg is None for kw in node.keywords):
        raise NotConvertible("a call with * or ** arguments")
    args = tuple(_value(arg, names) for arg in node.args)
    kwargs = {kw.arg: _value(kw.value, names) for kw in node.keywords if kw.arg is not None}
    return args, kwargs


def _function_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _pair(call: ast.expr, other: ast.expr, subject: Subject, names: dict[str, Any]) -> CaseSpec | None:
    """``f(args)`` (or a value question's expression) beside a literal, either way round."""
    for first, second in ((call, other), (other, call)):
        found = subject.spec(first, names)
        if found is not None:
            found.expect = _value(second, names)
            return found
    return None


def _claim(test: ast.expr, subject: Subject, names: dict[str, Any]) -> CaseSpec | None:
    """The case an assertion's test states, or None when it is not one of the forms convert reads."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        operator, right = test.ops[0], test.comparators[0]
        if isinstance(operator, ast.Eq):
            return _pair(test.left, right, subject, names)
        if isinstance(operator, ast.Is) and isinstance(right, ast.Constant):
            found = subject.spec(test.left, names)
            if found is not None:
                found.expect = right.value
            return found
        if isinstance(operator, ast.Lt | ast.LtE):  # abs(f(x) - y) < tolerance
            left = test.left
            if (
                isinstance(left, ast.Call)
                and _function_name(left.func) == "abs"
                and len(left.args) == 1
                and isinstance(left.args[0], ast.BinOp)
                and isinstance(left.args[0].op, ast.Sub)
            ):
                return _pair(left.args[0].left, left.args[0].right, subject, names)
        return None
    if isinstance(test, ast.Call) and _function_name(test.func) in CLOSE_CALLS | EQUAL_CALLS and len(test.args) >= 2:
        return _pair(test.args[0], test.args[1], subject, names)
    return None


def _raises(statement: ast.With, subject: Subject, names: dict[str, Any]) -> CaseSpec | None:
    """``with pytest.raises(E): f(args)``."""
    if len(statement.items) != 1 or len(statement.body) != 1 or not isinstance(statement.body[0], ast.Expr):
        return None
    manager = statement.items[0].context_expr
    if not (isinstance(manager, ast.Call) and _function_name(manager.func) == "raises" and manager.args):
        return None
    found = subject.spec(statement.body[0].value, names)
    if found is None or found.read:  # a value question's answer is what the notebook set, not an exception
        return None
    found.raises = _function_name(manager.args[0]) or None
    return found


def _hidden_lines(source: str) -> set[int]:
    hidden, inside = set(), False
    for number, line in enumerate(source.splitlines(), start=1):
        if HIDDEN_BEGIN.match(line):
            inside = True
        elif HIDDEN_END.match(line):
            inside = False
        elif inside:
            hidden.add(number)
    return hidden


def cases_of(test: TestCell, subject: Subject, notes: list[str]) -> list[CaseSpec]:
    """The cases one test cell states; a note for each statement that is not one."""
    try:
        tree = ast.parse(test.source)
    except SyntaxError as exc:
        notes.append(f"{test.label}: the test cell does not parse ({exc.msg}): not converted")
        return []
    hidden = _hidden_lines(test.source)
    names: dict[str, Any] = {}
    found: list[CaseSpec] = []
    for position, statement in enumerate(tree.body):
        spec: CaseSpec | None = None
        try:
            if isinstance(statement, ast.Import | ast.ImportFrom):
                continue
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
            ):
                try:
                    names[statement.targets[0].id] = _value(statement.value, names)
                except NotConvertible:
                    names.pop(statement.targets[0].id, None)
                    raise
                continue
            if isinstance(statement, ast.Assert):
                spec = _claim(statement.test, subject, names)
                if spec is None and subject.values:  # `assert isinstance(words, list)`: the test, true
                    spec = subject.spec(ast.Call(ast.Name("bool"), [statement.test], []), names)
                    if spec is not None:
                        spec.expect = True
            elif isinstance(statement, ast.Expr):
                spec = _claim(statement.value, subject, names)
                last = position == len(tree.body) - 1
                if spec is None and last and test.output is not None:
                    spec = subject.spec(statement.value, names)
                    if spec is not None:
                        spec.expect = ast.literal_eval(test.output.strip())
            elif isinstance(statement, ast.With):
                spec = _raises(statement, subject, names)
        except (NotConvertible, ValueError, SyntaxError) as exc:
            notes.append(
                f"{test.label}, line {statement.lineno}: `{_short(ast.unparse(statement))}`: {exc}; not converted"
            )
            continue
        if spec is None:
            notes.append(
                f"{test.label}, line {statement.lineno}: `{_short(ast.unparse(statement))}` is not of a form convert "
                f"reads ({subject.form()}, ...): not converted"
            )
            continue
        spec.hidden = test.hidden or statement.lineno in hidden
        spec.group = test.group
        found.append(spec)
    for spec in found:
        spec.points = test.points / len(found)
    if not found and test.points:
        notes.append(f"{test.label}: nothing in it converted, so its {test.points:g} points are not carried over")
    return found


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------------------------- writing


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].strip("-") or "question"


def course_id_for(path: Path) -> str:
    candidate = _slug(path.stem)[:40]
    return candidate if COURSE_ID.match(candidate) else "converted"


def _heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            title = re.sub(r"^\s*#+\s*", "", line).strip()
            title = re.sub(r"^(question\s+)?\d+[.:)]\s*", "", title, flags=re.IGNORECASE).strip()
            if title:
                return title
    return None


def _own_markdown(question: Question) -> list[str]:
    """The question's Markdown from its last heading on (what came before belongs to the notebook, not to it)."""
    headed = [number for number, text in enumerate(question.markdown) if _heading(text)]
    return question.markdown[headed[-1] :] if headed else question.markdown


def _title(question: Question, entry: str) -> str:
    own = _own_markdown(question)
    return (_heading(own[0]) if own else None) or f"Question {question.number}: {entry}"


def _notebook_title(cells: list[dict[str, Any]]) -> str | None:
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in _source(cell).splitlines():
                if line.startswith("# "):
                    return line[2:].strip() or None
    return None


def _step(code: list[Cell]) -> int:
    imported: set[str] = set()
    for node in _nodes(code):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    return next((step for step, libraries in STEP_IMPORTS if imported & libraries), 1)


def _prompt(question: Question, title: str, entry: str, cases: list[CaseSpec], values: list[str]) -> str:
    text = "\n\n".join(part.strip() for part in _own_markdown(question) if part.strip())
    lines = [line for line in text.splitlines() if not (line.lstrip().startswith("#") and title in line)]
    body = "\n".join(lines).strip()
    if values:  # what to set, never what it should be: that is the answer
        setting = "\n".join(f"{name} = ..." for name in values)
        return f"# {title}\n\n{body or f'Set `{entry}`.'}\n\n```python\n{setting}\n```\n"
    example = next((case for case in cases if not case.hidden and not case.raises), None)
    shown = ""
    if example is not None:
        call = ", ".join([repr(arg) for arg in example.args] + [f"{k}={v!r}" for k, v in example.kwargs.items()])
        try:
            if ast.literal_eval(repr(example.expect)) == example.expect:
                shown = f"\n\n```python\n>>> {entry}({call})\n{example.expect!r}\n```\n"
        except (ValueError, SyntaxError):
            shown = ""
    if not shown:
        shown = f"\n\n```python\n{entry}(...)\n```\n"
    return f"# {title}\n\n{body or f'Write `{entry}`.'}{shown}"


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def convert(source: Path, out: Path, course_id: str | None = None) -> Converted:
    """Read ``source`` and write the course folder ``out`` (which must not exist or be empty)."""
    cells = read_notebook(source)
    kind = kind_of(cells)
    course_id = course_id or course_id_for(source)
    if not COURSE_ID.match(course_id):
        raise ConvertError(f"{course_id!r} cannot be a course id: short, lower case letters, digits, '-' or '_'")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ConvertError(f"{out} already exists and is not empty: name a new folder with --out")
    result = Converted(course_id, kind, out)
    questions, code = (_nbgrader if kind == "nbgrader" else _otter)(cells, result.notes)
    if not questions:
        raise ConvertError(f"{source} has no autograded question to convert")
    solution_cells = [Cell(cell.label, solution_of(cell.source, kind)) for cell in code]
    data = data_files(source, solution_cells, result.notes)
    used_data: set[str] = set()
    starter_cells = [Cell(cell.label, starter_of(cell.source, kind)) for cell in code]
    written: list[tuple[str, str, dict[str, str]]] = []
    used: set[str] = set()
    for question in questions:
        where = f"question {question.number} ({question.answer_label})"
        answer = solution_of(question.answer, kind)
        defined = [function.name for function in _functions(answer)]
        called = [name for test in question.tests for name in _called(test.source)]
        entry = next((name for name in called if name in defined), None)
        read = {name for test in question.tests for name in _names_in_cell(test.source)}
        if entry is None and len(defined) == 1 and not read & set(_names_set(answer)):
            entry = defined[0]  # a function its tests do not call by name (through a helper, say)
        answer_sets = [] if entry else _names_set(answer)
        subject = Subject(entry or "", frozenset(answer_sets))
        if not entry and not answer_sets:
            result.notes.append(
                f"{where} neither defines a function its tests call nor sets a value they read: not converted"
            )
            continue
        if not question.tests:
            result.notes.append(f"{where}: no test cell follows it, so there is nothing to grade: not converted")
            continue
        cases = [spec for test in question.tests for spec in cases_of(test, subject, result.notes)]
        reads = frozenset().union(*(names_in(case.read) for case in cases)) & subject.values
        entry = entry or next((name for name in answer_sets if name in reads), "")
        if not cases or not entry:
            result.notes.append(
                f"{where} ({entry or 'its values'}): none of its tests could be converted, so it is left out"
            )
            continue
        if all(case.hidden for case in cases):
            result.notes.append(f"{where} ({entry}): every converted case is hidden; a learner's check runs none")
        slug = _slug(question.name if kind == "otter" and question.name else entry)
        while slug in used:
            slug += "-2"
        used.add(slug)
        exercise_id = f"{course_id}/{slug}"
        solution = _gathered(solution_cells, entry, exercise_id, reads)
        if subject.values:  # the given code the solution uses, then each value the tests read, for the learner to set
            given = frozenset(node.id for node in ast.walk(ast.parse(solution)) if isinstance(node, ast.Name))
            starter = _gathered(starter_cells, entry, exercise_id, reads | given)
            unset = [name for name in answer_sets if name in reads and name not in _names_set(starter)]
            starter = starter.lstrip("\n") + "".join(f"{name} = ...  # YOUR CODE HERE\n" for name in unset)
        else:
            starter = _gathered(starter_cells, entry, exercise_id)
            function = next(f for f in _functions(answer) if f.name == entry)
            starter_functions = {f.name: f for f in _functions(starter)}
            if entry not in starter_functions or ast.dump(starter_functions[entry]) == ast.dump(function):
                starter = _stub(function)
        title = _title(question, entry)
        reads_files = sorted(name for name in data if subject.values and name in solution)
        if reads_files:
            # the code runs once with every case's files: one case hands them over, a public one where there is
            next((case for case in cases if not case.hidden), cases[0]).with_files = True
            used_data.update(reads_files)
        check = [
            f'"""The cases of {title!r}, converted by `mlsteps course convert` from {source.name} ({kind}).',
            "",
            f"Each test cell is a group: its cases earn their points together, all or nothing, as in {kind}.",
            '"""',
            "",
            *_files_preamble(reads_files),
            f"from mlsteps.engine.cases import {'value' if subject.values else 'case'}",
            *_files_table(reads_files),
            "",
            "",
            "def cases(rng):",
        ]
        check += [f"    yield {case.source()}" for case in cases]
        toml = [
            "format = 1",
            f"id = {_toml_string(exercise_id)}",
            f"title = {_toml_string(title)}",
            f"entry = {_toml_string(entry)}",
            *(['answer = "value"  # the notebook sets values, read once its cells have run'] if subject.values else []),
            "minutes = 10",
            f"order = {question.number}",
            "hints = []  # converted: add 2 or 3 (a nudge, the idea, the shape of the code) to teach with it",
            f"# points: {sum(case.points for case in cases):g}, the sum of its cases' (from {kind})",
        ]
        files = {
            "exercise.toml": "\n".join(toml) + "\n",
            "prompt.md": _prompt(question, title, entry, cases, sorted(reads, key=answer_sets.index)),
            "solution.py": solution,
            "starter.py": starter,
            "check.py": "\n".join(check) + "\n",
        }
        written.append((slug, exercise_id, files))
        result.exercises.append(
            {
                "id": exercise_id,
                "title": title,
                "entry": entry,
                "answer": "value" if subject.values else "function",
                "cases": len(cases),
                "hidden": sum(case.hidden for case in cases),
                "points": round(sum(case.points for case in cases), 6),
            }
        )
    if not written:
        raise ConvertError(f"nothing in {source} could be converted:\n  " + "\n  ".join(result.notes))
    course = [
        f"# Converted by `mlsteps course convert` from {source.name} ({kind}); see convert-notes.md.",
        "[course]",
        f"id = {_toml_string(course_id)}",
        f"title = {_toml_string(_notebook_title(cells) or source.stem)}",
        f"step = {_step(code)}",
        '# "grading": lint proves what grading relies on; "teaching" (once hints and mistakes are added) proves all',
        'lint = "grading"',
    ]
    out.mkdir(parents=True, exist_ok=True)
    write_atomically(out / "course.toml", "\n".join(course) + "\n")
    for slug, _, files in written:
        for name, text in files.items():
            write_atomically(out / "questions" / slug / name, text)
    for name in sorted(used_data):
        write_atomically(out / "data" / name, data[name])
    notes = [f"# What `mlsteps course convert` could not convert from {source.name}", ""]
    notes += [f"- {note}" for note in result.notes] or ["Nothing: every question and test was converted."]
    write_atomically(out / "convert-notes.md", "\n".join(notes) + "\n")
    return result
