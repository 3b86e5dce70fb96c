def run_history(cells):
    """Return {"ran": sources by execution count, "never_ran": sources of cells with no count}."""
    ran = []
    never_ran = []
    # Sort out the cells here.
    return {"ran": ran, "never_ran": never_ran}
