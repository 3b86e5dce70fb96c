import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[2, 6, 2], [1, 0, 3]]), label="the example")
    yield case(np.array([[5, 15]]), label="a single shop")
    yield case(np.array([[4], [7], [1]]), label="a single product")
    yield case(np.array([[0.5, 1.5, 2.0], [3.0, 0.0, 1.0], [1.0, 1.0, 1.0], [2.5, 2.5, 5.0]]), label="decimal amounts")
    for _ in range(4):
        shops, products = rng.randint(2, 7), rng.randint(2, 6)
        while shops == products:
            products = rng.randint(2, 6)
        sales = np.array([[rng.randint(0, 40) for _ in range(products)] for _ in range(shops)])
        sales[:, 0] += 1  # every shop sold something
        yield case(sales, label="random sales")


def diagnose(case, expected, got):
    (sales,) = case.args
    if not isinstance(got, np.ndarray) or got.dtype.kind not in "iuf":
        return None
    if sales.shape[0] == sales.shape[1] or sales.shape[1] == 1:
        unkept = sales / sales.sum(axis=1)
        if got.shape == unkept.shape and np.allclose(got, unkept) and not np.allclose(unkept, expected):
            return (
                "sales.sum(axis=1) has shape (shops,), so NumPy lined the totals up with the columns instead of "
                "the rows. Keep one total per row as a column (look up keepdims and broadcasting)."
            )
    if got.shape != sales.shape:
        return None
    if sales.size > 1 and np.allclose(got, sales / sales.sum()):
        return (
            "These are shares of the grand total of the whole table. Each shop needs its own total: "
            "a sum along its row."
        )
    if sales.shape[0] > 1 and np.allclose(got, sales / sales.sum(axis=0)):
        return (
            "These are shares of each column's total (axis=0, one total per product). "
            "Each row needs its own total: sum along the rows instead."
        )
    return None
