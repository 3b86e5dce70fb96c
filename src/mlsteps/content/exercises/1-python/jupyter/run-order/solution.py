def run_history(cells):
    """Return {"ran": sources by execution count, "never_ran": sources of cells with no count}."""
    ran = sorted((pair for pair in cells if pair[1] is not None), key=lambda pair: pair[1])
    return {
        "ran": [source for source, _ in ran],
        "never_ran": [source for source, count in cells if count is None],
    }
