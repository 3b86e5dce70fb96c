import math

from mlsteps.engine.cases import case

EXAMPLE = [
    {"model": "logistic regression", "accuracy": 0.871, "f1": 0.902},
    {"model": "random forest", "accuracy": 0.9124, "f1": 0.88},
    {"model": "baseline", "accuracy": 0.627, "f1": None},
]


def _missing(value, nan_counts=True):
    return value is None or (nan_counts and isinstance(value, float) and math.isnan(value))


def _table(results, metrics, decimals=True, ascending=False, first_best_only=False, raw_best=False, nan=True):
    def number(value):
        return value if ascending else -value

    rows = sorted(
        results,
        key=lambda row: (_missing(row.get(metrics[0]), nan), number(row.get(metrics[0]) or 0), row["model"]),
    )
    best = {}
    for metric in metrics:
        known = [
            row[metric] if raw_best else round(row[metric], 3) for row in rows if not _missing(row.get(metric), nan)
        ]
        best[metric] = max(known) if known else None
    lines = ["| Model | " + " | ".join(metrics) + " |", "|---|" + "---:|" * len(metrics)]
    for row in rows:
        cells = []
        for metric in metrics:
            value = row.get(metric)
            shown = f"{value:.3f}" if decimals and not _missing(value, nan) else str(value)
            if _missing(value, nan):
                cells.append("n/a")
            elif (value if raw_best else round(value, 3)) == best[metric]:
                cells.append(f"**{shown}**")
                if first_best_only:
                    best[metric] = object()
            else:
                cells.append(shown)
        lines.append(f"| {row['model']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cases(rng):
    yield case(EXAMPLE, ["accuracy", "f1"], label="the example")
    tie = [{"model": "tree", "F1": 0.85}, {"model": "forest", "F1": 0.91}, {"model": "boosting", "F1": 0.91}]
    yield case(tie, ["F1"], label="two models tied for the best")
    close = [{"model": "A", "ROC AUC": 0.9124, "accuracy": 0.8}, {"model": "B", "ROC AUC": 0.9121, "accuracy": 0.81}]
    yield case(close, ["ROC AUC", "accuracy"], label="two values that show the same to 3 decimals")
    gaps = [
        {"model": "mean", "R2": 0.0, "MAE score": float("nan")},
        {"model": "linear", "R2": 0.62},
        {"model": "forest", "R2": None, "MAE score": -11.5},
    ]
    yield case(gaps, ["R2", "MAE score"], label="missing values: None, NaN and a key not there")
    for _ in range(3):
        models = rng.sample(["baseline", "linear", "tree", "forest", "boosting", "network", "k-NN"], rng.randint(2, 6))
        metrics = rng.sample(["accuracy", "balanced accuracy", "F1", "ROC AUC", "recall"], rng.randint(1, 3))
        results = []
        for model in models:
            row = {"model": model}
            for metric in metrics:
                if rng.random() < 0.9:
                    row[metric] = round(rng.uniform(0.5, 0.99), rng.choice([2, 3, 4]))
            results.append(row)
        yield case(results, metrics, label=f"{len(models)} random models")


def diagnose(case, expected, got):
    if not isinstance(got, str):
        return "Return the table as one string, its lines joined with new lines."
    results, metrics = case.args
    for options, advice in (
        (
            {"nan": False},
            "A NaN is a missing value too: write n/a for it, as for None or a metric the row does not have.",
        ),
        (
            {"decimals": False},
            "Write every number with exactly 3 decimals (0.912, 0.900): a column of numbers reads well only when "
            "their decimals line up.",
        ),
        (
            {"ascending": True},
            "The rows go from the highest value of the first metric to the lowest: the best model comes first.",
        ),
        (
            {"raw_best": True},
            "Two values show the same to 3 decimals, and only one is in bold. The reader sees the numbers as "
            "shown: compare them rounded to 3 decimals, and put every shown best in bold.",
        ),
        (
            {"first_best_only": True},
            "Only one value per column is in bold, but several tie for the best: put every one of them in bold.",
        ),
    ):
        variant = _table(results, metrics, **options)
        if variant != expected and got == variant:
            return advice
    return None
