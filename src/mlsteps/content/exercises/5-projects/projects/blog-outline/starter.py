FIELDS = ("title", "problem", "data", "metric", "higher_is_better", "baseline_name", "baseline", "model", "score",
          "next_step")


def blog_outline(project):
    """The outline of a project post: problem, data, metric, baseline, result and next step, in that order."""
    # Check every field first; then write the title and the six sections.
    return ""
