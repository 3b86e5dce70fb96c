"""The teaching lint: what makes an exercise hand its answer over, or leave a rule of its prompt unproven.

An exercise teaches when the solution is the only place its answer appears, and when every rule its prompt states
is held by a case that a recorded mistake breaks. This module reads an exercise folder and reports, in words that
say how to fix it:

- a **hint**, a mistake's **says** phrase, or a **targeted message** of ``check.py`` (the string constants of
  ``diagnose`` and ``verify``, of the helpers in ``check.py`` they call, and of the module-level constants they
  read) that contains a **line of solution.py**. Lines are compared without whitespace and Markdown backticks;
  blank lines, comments, docstrings, lines that starter.py also has (the ``def`` line, the given imports) and lines
  shorter than :data:`MIN_LINE` characters (``return x``, ``else:``, ``axis=0``) are left out: those are
  vocabulary, not the answer;
- fewer than :data:`MIN_MISTAKES` recorded mistakes;
- a ``[[rules]]`` entry of exercise.toml (``rule = "..."``, ``mistake = "mistakes/x.py"``) whose mistake is not a
  recorded mistake with the verdict ``failed`` (or ``error``, where breaking the rule makes the answer raise, as an
  encoder meeting a category it never saw does): a rule without a mistake that breaks it, and fails, has no proof
  that any case holds it (the judge proves the verdict itself, with the other recorded mistakes);
- a prompt that states rules of the kinds learners most often break (ties, rounding, missing values, thresholds,
  unseen categories, eval mode) while exercise.toml declares no ``[[rules]]`` at all.

``proof.format_problems`` adds these to the folder's other problems, so the curriculum's tests and
``mlsteps course lint`` enforce them alike, for the built-in exercises and a mentor's.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

# A solution line counts as the answer from this many characters on, whitespace and backticks left out. Shorter
# lines are vocabulary any hint may name: `return None` (10), `ax.legend()` (11), `seen = set()`, `axis=0`. From 12
# on they are the answer itself: `model.eval()`, `if score >= 90:`, `for row in rows:`, `model.fit(X, y)`.
# Measured on the built-in exercises: at 10, `return None`-like words fire; at 15, `if score >= 90:` in a hint passes.
MIN_LINE = 12
MIN_MISTAKES = 2
RULE_VERDICTS = ("failed", "error")  # what a mistake that breaks a rule gets; "passed" or "timeout" prove nothing
MESSAGE_FUNCTIONS = ("diagnose", "verify")

# Words of a prompt that state a rule a case must sit on (checked only when no [[rules]] is declared).
RULE_WORDS = {
    "ties": re.compile(r"\b(ties?|tied)\b", re.IGNORECASE),
    "rounding": re.compile(r"\b(round|rounded|rounding)\b|decimal places", re.IGNORECASE),
    "missing values": re.compile(r"\bmissing\b|\bNaN\b", re.IGNORECASE),
    "a threshold": re.compile(r"\bthreshold\b", re.IGNORECASE),
    "unseen categories": re.compile(
        r"\bunseen\b|\bunknown categor|categor(y|ies) (that )?(it|the \w+) never (saw|met)", re.IGNORECASE
    ),
    "eval mode": re.compile(r"\beval\(\)|\beval mode\b|evaluation mode", re.IGNORECASE),
}


class _Mistake(Protocol):
    file: Path
    verdict: str
    says: str


class Linted(Protocol):
    """What the lint reads of an exercise (``catalog.Exercise`` has it)."""

    folder: Path
    hints: tuple[str, ...]
    mistakes: tuple[_Mistake, ...]


@dataclass(frozen=True)
class Rule:
    """A rule the prompt states, and the recorded mistake that breaks it alone."""

    rule: str
    mistake: str


def lint_problems(exercise: Linted) -> list[str]:
    """Every teaching problem of one exercise, each a sentence that says how to fix it."""
    folder = exercise.folder
    raw = _read_toml(folder / "exercise.toml")
    problems = []
    answer = solution_lines(_read(folder / "solution.py"), _read(folder / "starter.py"))
    for number, hint in enumerate(exercise.hints, start=1):
        if line := _given_away(hint, answer):
            problems.append(
                f"hint {number} contains the solution's line `{line}`: a hint is a ladder (a nudge, then the idea "
                "in words, then the shape of the code with the learner's part left out as `…`), never the answer"
            )
    for mistake in exercise.mistakes:
        if line := _given_away(mistake.says, answer):
            problems.append(f"mistake {mistake.file.name}: its says phrase contains the solution's line `{line}`")
    for text in check_messages(_read(folder / "check.py")):
        if line := _given_away(text, answer):
            problems.append(
                f"check.py's feedback {_short(text)!r} contains the solution's line `{line}`: say what is wrong, "
                "where, and the concept to look up, and leave writing the code to the learner"
            )
    if len(exercise.mistakes) < MIN_MISTAKES:
        problems.append(
            f"records {len(exercise.mistakes)} mistake(s); record at least {MIN_MISTAKES} wrong answers a learner "
            "really writes, ideally one per rule the prompt states, under mistakes/ and as [[mistakes]] in "
            "exercise.toml"
        )
    rules, rule_problems = read_rules(raw)
    problems += rule_problems
    recorded = {_relative(mistake.file, folder): mistake for mistake in exercise.mistakes}
    for rule in rules:
        name = _short(rule.rule, 60)
        mistake = recorded.get(rule.mistake.replace("\\", "/").removeprefix("./"))
        if mistake is None:
            problems.append(
                f"rule {name!r} names {rule.mistake}, which is not a recorded mistake: write a wrong answer that "
                'breaks this rule alone and add it to [[mistakes]] with verdict = "failed"'
            )
        elif mistake.verdict not in RULE_VERDICTS:
            problems.append(
                f"rule {name!r} names {rule.mistake}, whose verdict is {mistake.verdict!r}: a rule is proved by a "
                'mistake that fails a case sitting on the rule (verdict = "failed", or "error" where breaking the '
                "rule makes the answer raise)"
            )
    if not rules and not rule_problems:
        stated = [kind for kind, pattern in RULE_WORDS.items() if pattern.search(_read(folder / "prompt.md"))]
        if stated:
            problems.append(
                f"prompt.md states rules about {', '.join(stated)} but exercise.toml declares no [[rules]]: add "
                '[[rules]] rule = "..." mistake = "mistakes/....py" for each, with a case sitting on it'
            )
    return problems


def read_rules(raw: dict[str, Any]) -> tuple[list[Rule], list[str]]:
    """The ``[[rules]]`` of an exercise.toml, and what is malformed in them."""
    entries = raw.get("rules", [])
    if not isinstance(entries, list):
        return [], ['rules must be a list of tables: [[rules]] rule = "..." mistake = "mistakes/....py"']
    rules, problems = [], []
    for number, entry in enumerate(entries, start=1):
        rule = entry.get("rule") if isinstance(entry, dict) else None
        mistake = entry.get("mistake") if isinstance(entry, dict) else None
        if not isinstance(rule, str) or not rule.strip():
            problems.append(f"[[rules]] entry {number} has no rule: write the rule as the prompt states it")
        elif not isinstance(mistake, str) or not mistake.strip():
            problems.append(
                f'rule {_short(rule, 60)!r} names no mistake: add mistake = "mistakes/....py", a recorded wrong '
                "answer that breaks this rule alone"
            )
        else:
            rules.append(Rule(rule.strip(), mistake.strip()))
    return rules, problems


def solution_lines(solution: str, starter: str = "") -> dict[str, str]:
    """The solution's lines that would give the answer away: squashed form -> the line as written."""
    given = {_squash(line) for line in code_lines(starter)}
    found = {}
    for line in code_lines(solution):
        squashed = _squash(line)
        if len(squashed) >= MIN_LINE and squashed not in given:
            found.setdefault(squashed, line.strip())
    return found


def code_lines(source: str) -> list[str]:
    """The lines of a Python file without comments, blank lines and docstrings (bare string statements)."""
    lines = source.splitlines()
    skip: set[int] = set()
    try:
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                skip.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    except SyntaxError:
        pass
    cut: dict[int, int] = {}  # line number -> column where its comment starts
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                cut[token.start[0]] = token.start[1]
    except (tokenize.TokenError, SyntaxError):
        cut = {number: len(line) for number, line in enumerate(lines, 1) if line.lstrip().startswith("#")}
    kept = []
    for number, line in enumerate(lines, start=1):
        text = line[: cut.get(number, len(line))]
        if number not in skip and text.strip():
            kept.append(text)
    return kept


def check_messages(source: str) -> list[str]:
    """The words check.py may say to a learner: the strings of diagnose/verify and of what they use in check.py."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    defined: dict[str, list[ast.AST]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.setdefault(node.name, []).append(node)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        defined.setdefault(name.id, []).append(node)
    wanted = [name for name in MESSAGE_FUNCTIONS if name in defined]
    seen: set[str] = set()
    texts: list[str] = []
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in defined[name]:
            texts += _strings(node)
            wanted += [
                used.id
                for used in ast.walk(node)
                if isinstance(used, ast.Name) and used.id in defined and used.id not in seen
            ]
    return texts


def _strings(node: ast.AST) -> list[str]:
    texts = []
    inside_fstrings = {
        id(part) for joined in ast.walk(node) if isinstance(joined, ast.JoinedStr) for part in joined.values
    }
    docstrings = {
        id(body[0].value)
        for holder in ast.walk(node)
        if isinstance(holder, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and (body := holder.body)
        and isinstance(body[0], ast.Expr)
    }
    for item in ast.walk(node):
        if isinstance(item, ast.JoinedStr):
            texts.append(
                "".join(
                    part.value if isinstance(part, ast.Constant) else "{" + ast.unparse(part.value) + "}"  # type: ignore[attr-defined]
                    for part in item.values
                )
            )
        elif (
            isinstance(item, ast.Constant)
            and isinstance(item.value, str)
            and id(item) not in inside_fstrings
            and id(item) not in docstrings
        ):
            texts.append(item.value)
    return texts


def _given_away(text: str, answer: dict[str, str]) -> str | None:
    squashed = _squash(text)
    return next((line for key, line in answer.items() if key in squashed), None)


def _squash(text: str) -> str:
    return re.sub(r"[\s`]+", "", text)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # the catalog reports an unreadable exercise.toml itself
