import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[1.0, 100.0], [3.0, 300.0]]), label="the example")
    yield case(np.array([[2.0], [4.0], [9.0]]), label="a single column")
    yield case(np.array([[120, 3], [80, 2], [200, 5], [95, 2]]), label="house areas and rooms, whole numbers")
    three_scales = np.array([[-5.0, 0.1, 1000.0], [5.0, 0.3, 3000.0], [0.0, 0.2, 2000.0]])
    yield case(three_scales, label="three very different scales")
    for _ in range(4):
        rows, columns = rng.randint(3, 9), rng.randint(2, 5)
        scales = [10 ** rng.randint(-1, 3) for _ in range(columns)]
        table = np.array([[round(rng.uniform(0, 10) * scale, 2) for scale in scales] for _ in range(rows)])
        table[0, :] = 0.0  # keeps every column spread out
        table[1, :] = scales
        yield case(table, label="random features on different scales")


def diagnose(case, expected, got):
    (table,) = case.args
    if not isinstance(got, np.ndarray) or got.shape != table.shape or got.dtype.kind not in "iuf":
        return None
    centred = table - table.mean(axis=0)
    wrong = [
        (
            (table - table.mean()) / table.std(),
            "You used the mean and standard deviation of the whole table. Each column needs its own: "
            "reduce down the rows (look up the axis argument).",
        ),
        (
            centred / table.std(),
            "The means are per column, but you divided by the standard deviation of the whole table. "
            "The standard deviation must be per column too.",
        ),
        (
            centred / table.std(axis=0, ddof=1),
            "You divided by the sample standard deviation (ddof=1, what pandas uses by default). "
            "This exercise uses NumPy's std as it is, which divides by the number of rows (ddof=0).",
        ),
    ]
    for answer, advice in wrong:
        if np.allclose(got, answer) and not np.allclose(answer, expected):
            return advice
    return None
