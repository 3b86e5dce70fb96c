FIELDS = (
    "title",
    "problem",
    "data",
    "metric",
    "higher_is_better",
    "baseline_name",
    "baseline",
    "model",
    "score",
    "next_step",
)


def blog_outline(project):
    """The outline of a project post: problem, data, metric, baseline, result and next step, in that order."""
    for field in FIELDS:
        if project.get(field) is None or project.get(field) == "":
            raise ValueError(f"the post needs {field!r} before it can be outlined")
    gain = project["score"] - project["baseline"]
    if not project["higher_is_better"]:
        gain = -gain
    if round(gain, 2) > 0:
        verdict = f"{gain:.2f} better than the baseline"
    elif round(gain, 2) < 0:
        verdict = f"{-gain:.2f} worse than the baseline"
    else:
        verdict = "no better than the baseline"
    direction = "higher" if project["higher_is_better"] else "lower"
    sections = [
        ("Problem", project["problem"]),
        ("Data", project["data"]),
        ("Metric", f"{project['metric']} ({direction} is better)"),
        ("Baseline", f"{project['baseline_name']}: {project['baseline']:.2f}"),
        ("Result", f"{project['model']}: {project['score']:.2f}, {verdict}"),
        ("Next step", project["next_step"]),
    ]
    return "\n\n".join([f"# {project['title']}", *(f"## {name}\n{text}" for name, text in sections)]) + "\n"
