def run_order_problems(notebook):
    """Positions of the code cells whose execution count is not the one a fresh top-to-bottom run gives."""
    problems, expected = [], 0
    for position, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            expected += 1
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if not source.strip():
            continue
        expected += 1
        if cell.get("execution_count") != expected:
            problems.append(position)
    return problems
