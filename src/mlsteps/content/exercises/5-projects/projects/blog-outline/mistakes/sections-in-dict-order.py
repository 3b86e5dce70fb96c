HEADINGS = {"problem": "Problem", "data": "Data", "metric": "Metric", "baseline": "Baseline", "score": "Result",
            "next_step": "Next step"}


def blog_outline(project):
    for field in ("title", "problem", "data", "metric", "higher_is_better", "baseline_name", "baseline", "model",
                  "score", "next_step"):
        if project.get(field) is None or project.get(field) == "":
            raise ValueError(f"missing {field}")
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
    texts = {
        "problem": project["problem"],
        "data": project["data"],
        "metric": f"{project['metric']} ({direction} is better)",
        "baseline": f"{project['baseline_name']}: {project['baseline']:.2f}",
        "score": f"{project['model']}: {project['score']:.2f}, {verdict}",
        "next_step": project["next_step"],
    }
    parts = [f"# {project['title']}"]
    for key in project:
        if key in HEADINGS:
            parts.append(f"## {HEADINGS[key]}\n{texts[key]}")
    return "\n\n".join(parts) + "\n"
