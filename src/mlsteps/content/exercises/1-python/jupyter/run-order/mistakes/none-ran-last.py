def run_history(cells):
    ordered = sorted(cells, key=lambda pair: float("inf") if pair[1] is None else pair[1])
    return {
        "ran": [source for source, _ in ordered],
        "never_ran": [source for source, count in cells if count is None],
    }
