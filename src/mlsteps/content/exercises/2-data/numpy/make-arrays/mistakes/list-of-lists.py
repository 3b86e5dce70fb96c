def make_grid(rows, cols, fill):
    return [[fill] * cols for _ in range(rows)]
