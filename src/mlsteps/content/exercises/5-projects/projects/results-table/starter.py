import math


def results_table(results, metrics):
    """A Markdown table of the results: a row per model, best first; the best value of each column in bold."""
    # The header, the alignment line, then one line per model.
    return ""
