import math


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def results_table(results, metrics):
    """A Markdown table of the results: a row per model, best first; the best value of each column in bold."""
    rows = sorted(
        results,
        key=lambda row: (is_missing(row.get(metrics[0])), -(row.get(metrics[0]) or 0), row["model"]),
    )
    best = {}
    for metric in metrics:
        known = [round(row[metric], 3) for row in rows if not is_missing(row.get(metric))]
        best[metric] = max(known) if known else None
    lines = ["| Model | " + " | ".join(metrics) + " |", "|---|" + "---:|" * len(metrics)]
    for row in rows:
        cells = []
        for metric in metrics:
            value = row.get(metric)
            if is_missing(value):
                cells.append("n/a")
            elif round(value, 3) == best[metric]:
                cells.append(f"**{value:.3f}**")
            else:
                cells.append(f"{value:.3f}")
        lines.append(f"| {row['model']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
