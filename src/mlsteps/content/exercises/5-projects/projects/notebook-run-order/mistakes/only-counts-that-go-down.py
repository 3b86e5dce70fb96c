def run_order_problems(notebook):
    problems, previous = [], 0
    for position, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if not source.strip():
            continue
        count = cell.get("execution_count")
        if count is None or count < previous:
            problems.append(position)
        else:
            previous = count
    return problems
