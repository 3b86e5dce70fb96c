"""A first look at a learner's own CSV file, for the ``own-data`` template (pandas).

For each column: its kind (number, two values such as yes/no, category, date, text, identifier), how many values
are missing, how many distinct values there are, and a few examples. Then the columns that could be the target of a
model, best first, each with the task it would make (regression for an amount, classification for a category) and
why it was picked. This is a starting point for the learner's own judgement, and the scaffold says so.
"""

from __future__ import annotations

import csv
import re
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mlsteps.record.inputs import BadInput

MAX_BYTES = 100 * 1024 * 1024  # GitHub refuses files over 100 MB
SNIFF_BYTES = 64 * 1024
EXAMPLES = 3
# Words in column names that often name what a data set was collected to predict.
TARGET_WORDS = frozenset(
    [
        "y",
        "target",
        "label",
        "class",
        "outcome",
        "result",
        "price",
        "cost",
        "sales",
        "revenue",
        "churn",
        "churned",
        "survived",
        "default",
        "fraud",
        "diagnosis",
        "species",
        "quality",
        "rating",
        "score",
        "grade",
        "status",
        "income",
        "salary",
        "demand",
        "count",
        "yield",
    ]
)
ID_WORDS = re.compile(r"(^|_|\b)(id|key|index|uuid|code)($|_|\b)|_id$|^id_", re.IGNORECASE)
KINDS = ("number", "two values", "category", "date", "text", "identifier")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # one of KINDS
    dtype: str  # as pandas read it
    missing: int
    distinct: int
    examples: tuple[str, ...]

    def missing_share(self, rows: int) -> float:
        return self.missing / rows if rows else 0.0


@dataclass(frozen=True)
class Candidate:
    column: str
    task: str  # "regression" or "classification"
    reason: str


@dataclass
class Profile:
    file: str  # the file's name, as it is in the project's data/
    rows: int
    separator: str
    columns: list[Column] = field(default_factory=list)
    targets: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "rows": self.rows,
            "separator": self.separator,
            "columns": [
                {**asdict(column), "examples": list(column.examples), "missing_share": column.missing_share(self.rows)}
                for column in self.columns
            ],
            "targets": [asdict(candidate) for candidate in self.targets],
        }

    def table(self) -> str:
        """The columns as a Markdown table, for the notebook."""
        lines = ["| column | kind | missing | distinct values | examples |", "|---|---|---|---|---|"]
        for column in self.columns:
            share = f" ({column.missing_share(self.rows):.0%})" if column.missing else ""
            examples = ", ".join(f"`{_cell(example)}`" for example in column.examples)
            lines.append(
                f"| `{_cell(column.name)}` | {column.kind} | {column.missing}{share} | {column.distinct} | {examples} |"
            )
        return "\n".join(lines)


def _cell(text: str) -> str:
    """Text that cannot break a Markdown table or code span."""
    text = " ".join(str(text).split()).replace("|", "/").replace("`", "'")
    return text if len(text) <= 30 else text[:29] + "…"


def separator_of(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        sample = handle.read(SNIFF_BYTES)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _kind(series: Any, rows: int) -> str:
    import pandas as pd

    present = series.dropna()
    distinct = present.nunique()
    if distinct == 0:
        return "text"
    if pd.api.types.is_bool_dtype(series) or distinct == 2:
        return "two values"
    if pd.api.types.is_numeric_dtype(series):
        whole = pd.api.types.is_integer_dtype(series) or bool((present == present.round()).all())
        if whole and distinct == len(present) == rows and ID_WORDS.search(str(series.name)):
            return "identifier"
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    sample = present.astype(str).head(200)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dates = pd.to_datetime(sample, errors="coerce", format="mixed")
    if sample.str.contains(r"\d").all() and dates.notna().mean() >= 0.9:
        return "date"
    named_like_id = bool(ID_WORDS.search(str(series.name)))
    words = sample.str.split().str.len().mean()
    if words < 2 and (distinct == len(present) == rows or (named_like_id and distinct > 0.9 * len(present))):
        return "identifier"  # a code per row; sentences are text, even when each is different
    if distinct <= max(20, len(present) // 20):
        return "category"
    return "text"


def _candidates(columns: list[Column], rows: int) -> list[Candidate]:
    scored = []
    for position, column in enumerate(columns):
        if column.kind not in ("number", "two values", "category") or column.missing_share(rows) > 0.2:
            continue
        if column.kind == "category" and column.distinct > 20:
            continue
        reasons, score = [], 0
        if TARGET_WORDS & set(re.split(r"[^a-z0-9]+", column.name.lower())):
            score += 3
            reasons.append("its name sounds like an outcome")
        if position == len(columns) - 1:
            score += 1
            reasons.append("it is the last column, where a data set's outcome often is")
        if column.kind == "number":
            task = "regression"
            if column.distinct >= 10:
                score += 1
                reasons.append(f"an amount with {column.distinct} different values")
            else:
                task = "classification"
                reasons.append(f"a number with only {column.distinct} values, so a category")
        else:
            task = "classification"
            score += 1
            reasons.append(
                f"{column.distinct} categories" if column.kind == "category" else "two values, such as yes and no"
            )
        if not column.missing:
            reasons.append("no value missing")
        scored.append((score, -position, Candidate(column.name, task, "; ".join(reasons))))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [candidate for _, _, candidate in scored[:3]]


def profile_csv(path: Path) -> Profile:
    """Read ``path`` with pandas and describe it; a file that is not a readable CSV is refused with a clear message."""
    import pandas as pd

    if not path.is_file():
        raise BadInput(f"There is no file at {path}. Give the path to your CSV file: --data path/to/file.csv.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BadInput(
            f"{path.name} is {size / 1024 / 1024:.0f} MB: GitHub refuses files over 100 MB. Start from a sample of "
            "it (a few thousand rows, made with pandas: data.sample(5000, random_state=0).to_csv(...)), and say in "
            "the README where the whole file can be downloaded."
        )
    separator = separator_of(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = pd.read_csv(path, sep=separator, encoding="utf-8")
    except UnicodeDecodeError:
        raise BadInput(
            f"{path.name} is not in UTF-8. Open it in a spreadsheet program and save it as CSV UTF-8, or with "
            'pandas: pd.read_csv(path, encoding="latin-1").to_csv(new_path, index=False).'
        ) from None
    except (ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise BadInput(f"{path.name} cannot be read as a CSV file ({str(exc).strip()}).") from None
    if frame.empty or len(frame.columns) < 2:
        raise BadInput(
            f"{path.name} has {len(frame)} rows and {len(frame.columns)} column(s): a project needs a table with at "
            "least two columns and some rows. Is the separator a comma (or a semicolon or tab)?"
        )
    rows = len(frame)
    columns = [
        Column(
            name=str(name),
            kind=_kind(frame[name], rows),
            dtype=str(frame[name].dtype),
            missing=int(frame[name].isna().sum()),
            distinct=int(frame[name].nunique()),
            examples=tuple(str(value) for value in frame[name].dropna().unique()[:EXAMPLES]),
        )
        for name in frame.columns
    ]
    return Profile(path.name, rows, separator, columns, _candidates(columns, rows))
