def run_history(cells):
    ran = []
    never_ran = []
    for source, count in cells:
        if count is None:
            never_ran.append(source)
        else:
            ran.append(source)
    return {"ran": ran, "never_ran": never_ran}
