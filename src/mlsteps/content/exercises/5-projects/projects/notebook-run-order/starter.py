def run_order_problems(notebook):
    """Positions of the code cells whose execution count is not the one a fresh top-to-bottom run gives."""
    # Walk the cells in order, keeping count of the code cells that a fresh run would number.
    return []
