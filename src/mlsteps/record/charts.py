"""Progress charts, written to PNG or SVG: this year against last year first, then month by month, then per step.

Long horizons only, as the roadmap advises: there is no day-by-day view. Matplotlib is imported here, not at start,
and figures are drawn with ``matplotlib.figure.Figure`` on the non-interactive Agg (PNG) and SVG canvases: no
window, no pyplot state, safe in a terminal, a notebook or a web server.
"""

from __future__ import annotations

import calendar
from pathlib import Path

from mlsteps.record.inputs import BadInput
from mlsteps.record.progress import Progress

FORMATS = (".png", ".svg")
MONTHS_SHOWN = 24


def write_chart(figures: Progress, path: Path) -> Path:
    """Draw the progress charts into ``path`` (its suffix chooses PNG or SVG)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise BadInput("Charts are written as PNG or SVG: name the file with .png or .svg, such as progress.png.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist: make it first, or write the chart elsewhere.")

    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 10}):
        figure = Figure(figsize=(10, 12), layout="constrained")
        FigureCanvasAgg(figure)
        year_axes, month_axes, step_axes = figure.subplots(3, 1, height_ratios=[3, 3, 2])
        _year_on_year(year_axes, figures)
        _month_by_month(month_axes, figures)
        _per_step(step_axes, figures)
        figure.suptitle(f"Your journey, as of {figures.as_of.isoformat()}", fontsize=14)
        figure.savefig(path, format=suffix[1:], metadata={"Date": None} if suffix == ".svg" else None)
    return path


def _cumulative(values: list[float]) -> list[float]:
    total, out = 0.0, []
    for value in values:
        total += value
        out.append(total)
    return out


def _year_on_year(axes, figures: Progress) -> None:
    this, last = figures.this_year, figures.this_year - 1
    months = list(range(1, 13))
    axes.plot(months, _cumulative(figures.year_hours_by_month(last)), "--", color="grey", label=f"{last} (last year)")
    shown = figures.as_of.month
    this_hours = _cumulative(figures.year_hours_by_month(this))[:shown]
    axes.plot(months[:shown], this_hours, "-o", color="tab:blue", linewidth=2.5, label=f"{this} (this year)")
    axes.set_xticks(months, [calendar.month_abbr[m] for m in months])
    axes.set_ylabel("hours, added up since January")
    axes.set_title("This year against last year: hours of study")
    axes.legend(loc="upper left")
    axes.grid(alpha=0.3)


def _month_by_month(axes, figures: Progress) -> None:
    keys = list(figures.months)[-MONTHS_SHOWN:]
    tallies = [figures.months[key] for key in keys]
    positions = range(len(keys))
    exercise = [t.exercise_hours for t in tallies]
    logged = [t.log_hours for t in tallies]
    axes.bar(positions, exercise, color="tab:green", label="exercises")
    axes.bar(positions, logged, bottom=exercise, color="tab:orange", label="study log")
    for position, tally in zip(positions, tallies, strict=True):
        if tally.solved:
            axes.annotate(f"{tally.solved}✓", (position, tally.hours), ha="center", va="bottom", fontsize=8)
    labels = [
        f"{calendar.month_abbr[int(k[5:])]}\n{k[:4]}"
        if k.endswith("-01") or i == 0
        else calendar.month_abbr[int(k[5:])]
        for i, k in enumerate(keys)
    ]
    axes.set_xticks(list(positions), labels, fontsize=8)
    axes.set_ylabel("hours")
    axes.set_title("Month by month: hours (✓ exercises solved)")
    axes.legend(loc="upper left")
    axes.grid(axis="y", alpha=0.3)


def _per_step(axes, figures: Progress) -> None:
    names = [f"Step {s.step}" for s in figures.steps]
    hours = [s.tally.hours for s in figures.steps]
    bars = axes.barh(names, hours, color="tab:blue")
    for bar, step in zip(bars, figures.steps, strict=True):
        text = f" {step.tally.solved}/{step.exercises} exercises · {step.tally.resources_done} resources done"
        axes.annotate(text, (bar.get_width(), bar.get_y() + bar.get_height() / 2), va="center", fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("hours, all time")
    axes.set_title("Per step")
    axes.margins(x=0.6)
