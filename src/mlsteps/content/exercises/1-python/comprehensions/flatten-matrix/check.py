from mlsteps.engine.cases import case


def cases(rng):
    yield case([[1, 2, 3], [4, 5, 6]], label="the example")
    yield case([], label="no rows")
    yield case([[7]], label="one number")
    yield case([[1, 2, 3, 4]], label="a single row")
    yield case([[1], [2], [3]], label="a single column")
    yield case([[-1.5, 2], [0, 4], [3, -8]], label="negative and decimal numbers")
    for _ in range(5):
        width = rng.randint(2, 5)
        rows = [[rng.randint(-9, 99) for _ in range(width)] for _ in range(rng.randint(2, 5))]
        yield case(rows, label="a random table")


def diagnose(case, expected, got):
    (rows,) = case.args
    if not isinstance(got, list) or got == expected or not rows:
        return None
    if len(rows) > 1 and got == list(rows[0]):
        return (
            "You have only the first row: a `return` inside the loop ends the function on the first pass. "
            "Build the whole list, then return it."
        )
    width = len(rows[0])
    if got == [row[column] for column in range(width) for row in rows]:
        return (
            "Your numbers come out column by column: the `for` over the rows must come first, "
            "in the same order as nested loops."
        )
    return None
