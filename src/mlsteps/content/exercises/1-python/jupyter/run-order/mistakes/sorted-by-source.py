def run_history(cells):
    ran = sorted(pair for pair in cells if pair[1] is not None)
    return {
        "ran": [source for source, _ in ran],
        "never_ran": [source for source, count in cells if count is None],
    }
