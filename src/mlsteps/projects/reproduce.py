"""What a reader needs to get the project's results again: the packages the notebook imports (to pin), seeds for
its randomness, and saved results that a fresh run gives back.

- **Imports** are read from the code cells with :mod:`ast` (lines starting with ``%`` or ``!`` are Jupyter's, and
  skipped) and turned into the distributions pip installs (``sklearn`` is ``scikit-learn``), leaving out the
  standard library and the project's own modules.
- **Seeds**: a call that draws random numbers without a seed gives other results at every run. Looked for: the
  scikit-learn functions and models that take ``random_state`` (``train_test_split``, forests, boosting, k-means,
  neural networks, a ``DataFrame.sample``...), ``np.random.default_rng()`` without a seed, and NumPy's or Python's
  global random functions with no ``seed(...)`` anywhere in the notebook.
- **Saved results**: the text outputs saved in the notebook (what GitHub shows) against those of a fresh run,
  cell by cell. Pictures, warnings and memory addresses (``at 0x7f...``) are left out; numbers may differ in their
  last digits (relative 1e-6).
"""

from __future__ import annotations

import ast
import math
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlsteps.projects.run import IMAGE_TYPES

if TYPE_CHECKING:
    from nbformat import NotebookNode

# Callables whose randomness is fixed by a random_state argument.
RANDOM_STATE = frozenset(
    {
        "train_test_split",
        "ShuffleSplit",
        "StratifiedShuffleSplit",
        "GroupShuffleSplit",
        "RandomForestClassifier",
        "RandomForestRegressor",
        "ExtraTreesClassifier",
        "ExtraTreesRegressor",
        "GradientBoostingClassifier",
        "GradientBoostingRegressor",
        "HistGradientBoostingClassifier",
        "HistGradientBoostingRegressor",
        "DecisionTreeClassifier",
        "DecisionTreeRegressor",
        "MLPClassifier",
        "MLPRegressor",
        "KMeans",
        "MiniBatchKMeans",
        "SGDClassifier",
        "SGDRegressor",
        "RandomizedSearchCV",
        "IsolationForest",
        "TSNE",
        "BaggingClassifier",
        "BaggingRegressor",
        "AdaBoostClassifier",
        "AdaBoostRegressor",
        "make_classification",
        "make_regression",
        "make_blobs",
        "make_moons",
        "make_circles",
        "permutation_importance",
        "sample",  # DataFrame.sample / Series.sample
    }
)
SHUFFLED_SPLITS = frozenset({"KFold", "StratifiedKFold", "GroupKFold"})  # random only with shuffle=True
GLOBAL_RANDOM = frozenset(
    {
        "rand",
        "randn",
        "randint",
        "random",
        "random_sample",
        "choice",
        "shuffle",
        "permutation",
        "normal",
        "uniform",
        "binomial",
        "poisson",
        "exponential",
        "sample",
        "gauss",
        "choices",
    }
)
ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
SHOWN = 60  # characters of an output shown in a message


def code_of(cell: Any) -> str:
    """A code cell's Python: Jupyter's own lines (``%magic``, ``!shell``) left out."""
    source = cell.source if isinstance(cell.source, str) else "".join(cell.source)
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())


def _trees(notebook: NotebookNode) -> list[tuple[int, int, ast.Module]]:
    """(cell number as Jupyter counts cells, code cell ordinal, syntax tree) for each code cell that parses."""
    trees, ordinal = [], 0
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        ordinal += 1
        try:
            trees.append((number, ordinal, ast.parse(code_of(cell))))
        except SyntaxError:
            continue
    return trees


# ------------------------------------------------------------------------------------------------- imports


def imported_modules(notebook: NotebookNode) -> list[str]:
    """The top-level modules the notebook imports, in the order first seen (relative imports left out)."""
    found: dict[str, None] = {}
    for _, _, tree in _trees(notebook):
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    found.setdefault(alias.name.split(".")[0])
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.setdefault(node.module.split(".")[0])
    return list(found)


@dataclass(frozen=True)
class Requirement:
    module: str
    distribution: str | None  # None: not installed here, so its pip name is unknown
    version: str | None

    @property
    def pin(self) -> str:
        return f"{self.distribution or self.module}=={self.version or 'VERSION'}"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements_of(notebook: NotebookNode, folder: Path | None = None) -> list[Requirement]:
    """What pip must install for the notebook's imports: the standard library and the project's own modules left
    out, each with the version installed here."""
    modules = [
        module
        for module in imported_modules(notebook)
        if module not in sys.stdlib_module_names
        and module != "__future__"
        and not (folder and ((folder / f"{module}.py").is_file() or (folder / module / "__init__.py").is_file()))
    ]
    owners = metadata.packages_distributions() if modules else {}
    found: dict[str, Requirement] = {}
    for module in modules:
        names = sorted(owners.get(module, ()))
        distribution = names[0] if names else None
        version = None
        if distribution:
            try:
                version = metadata.version(distribution)
            except metadata.PackageNotFoundError:
                version = None
        key = canonical(distribution or module)
        found.setdefault(key, Requirement(module, distribution, version))
    return list(found.values())


def pinned_lines(path: Path) -> dict[str, str]:
    """requirements.txt as {canonical name: the line}, comments and blank lines left out."""
    lines = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            name = re.split(r"[<>=!~;\[\s@]", line, maxsplit=1)[0]
            lines[canonical(name)] = line
    return lines


# --------------------------------------------------------------------------------------------------- seeds


def _name(function: ast.expr) -> tuple[str, str]:
    """(the called name, what it hangs from): ``np.random.rand`` gives ("rand", "np.random")."""
    if isinstance(function, ast.Name):
        return function.id, ""
    if isinstance(function, ast.Attribute):
        return function.attr, ast.unparse(function.value)
    return "", ""


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((keyword.value for keyword in call.keywords if keyword.arg == name), None)


def _is_none(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def unseeded(notebook: NotebookNode) -> list[str]:
    """One phrase per call that draws random numbers without a seed, naming the code cell and line."""
    trees = _trees(notebook)
    calls = [(ordinal, node) for _, ordinal, tree in trees for node in ast.walk(tree) if isinstance(node, ast.Call)]
    seeded = {
        owner.split(".")[0] for _, call in calls for name, owner in [_name(call.func)] if name == "seed" and owner
    }
    found = []
    for ordinal, call in calls:
        name, owner = _name(call.func)
        where = f"code cell {ordinal}, line {call.lineno}"
        spread = any(keyword.arg is None for keyword in call.keywords)  # **options: cannot tell
        if name in RANDOM_STATE and not spread and owner.split(".")[0] not in ("random", "np", "numpy"):
            seed = _keyword(call, "random_state")
            if seed is None or _is_none(seed):
                found.append(f"{where}: {name}(...) without random_state")
        elif name in SHUFFLED_SPLITS and not spread:
            shuffle = _keyword(call, "shuffle")
            seed = _keyword(call, "random_state")
            if isinstance(shuffle, ast.Constant) and shuffle.value is True and (seed is None or _is_none(seed)):
                found.append(f"{where}: {name}(shuffle=True) without random_state")
        elif name == "default_rng" and not call.args and not call.keywords:
            found.append(f"{where}: default_rng() without a seed")
        elif name == "default_rng" and call.args and _is_none(call.args[0]):
            found.append(f"{where}: default_rng(None)")
        elif name in GLOBAL_RANDOM and owner in ("np.random", "numpy.random") and not {"np", "numpy"} & seeded:
            found.append(f"{where}: {owner}.{name}(...) with no np.random.seed(...) in the notebook")
        elif name in GLOBAL_RANDOM and owner == "random" and "random" not in seeded:
            found.append(f"{where}: random.{name}(...) with no random.seed(...) in the notebook")
    return found


# ------------------------------------------------------------------------------------------- saved results


def _texts(cell: Any) -> list[str]:
    """The text a reader sees under a code cell: printed output and results, pictures and warnings left out.
    Printed text is one piece however it was split into outputs (Jupyter and nbclient may split it differently)."""
    texts: list[str] = []
    printing = False
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "stream" and output.get("name") == "stdout":
            if printing:
                texts[-1] += _joined(output.get("text", ""))
            else:
                texts.append(_joined(output.get("text", "")))
            printing = True
            continue
        if kind == "stream":
            continue  # stderr: warnings, progress bars
        printing = False
        if kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            if "text/plain" in data and not any(image in data for image in IMAGE_TYPES):
                texts.append(_joined(data["text/plain"]))
        elif kind == "error":
            texts.append(f"{output.get('ename', 'error')}: {output.get('evalue', '')}")
    return [ADDRESS.sub("at 0x…", text).rstrip() for text in texts]


def _joined(text: str | list[str]) -> str:
    return "".join(text) if isinstance(text, list) else str(text)


def same_text(saved: str, fresh: str) -> bool:
    """Equal, but for numbers that differ only in their last digits."""
    if NUMBER.sub("#", saved) != NUMBER.sub("#", fresh):
        return False
    for one, other in zip(NUMBER.findall(saved), NUMBER.findall(fresh), strict=True):
        if one != other and not math.isclose(float(one), float(other), rel_tol=1e-6, abs_tol=1e-12):
            return False
    return True


def _short(text: str) -> str:
    line = " ⏎ ".join(part.strip() for part in text.strip().splitlines()[:3] if part.strip())
    return (line[: SHOWN - 1] + "…") if len(line) > SHOWN else (line or "nothing")


def has_results(notebook: NotebookNode) -> bool:
    return any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")


def first_difference(saved: NotebookNode, fresh: NotebookNode, up_to: int | None = None) -> str | None:
    """Where the saved results first differ from a fresh run's, as a phrase; None when they agree. ``up_to`` (a
    1-based cell) stops the comparison before a cell that failed in the fresh run."""
    ordinal = 0
    for number, (old, new) in enumerate(zip(saved.cells, fresh.cells, strict=False), start=1):
        if up_to is not None and number >= up_to:
            break
        if new.cell_type != "code":
            continue
        ordinal += 1
        before, after = _texts(old), _texts(new)
        if len(before) == len(after) and all(same_text(a, b) for a, b in zip(before, after, strict=True)):
            continue
        start = next((line.strip() for line in code_of(new).splitlines() if line.strip()), "")[:40]
        return (
            f"code cell {ordinal} (the one that starts `{start}`) shows {_short(chr(10).join(before))!r} in the "
            f"saved notebook, but {_short(chr(10).join(after))!r} in a fresh run"
        )
    return None
