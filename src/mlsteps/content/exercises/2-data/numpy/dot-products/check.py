import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([[80, 90, 100], [50, 70, 60]]), np.array([0.6, 0.3, 0.1]), label="the example")
    yield case(np.array([[12.0, 4.0]]), np.array([0.5, 0.5]), label="a single student")
    yield case(np.array([[3], [7], [10]]), np.array([2.0]), label="a single part of the course")
    yield case(np.array([[1, 2], [3, 4], [5, 6]]), np.array([1, -1]), label="whole-number weights, one negative")
    for _ in range(4):
        students, parts = rng.randint(2, 8), rng.randint(2, 5)
        marks = np.array([[rng.randint(0, 100) for _ in range(parts)] for _ in range(students)])
        weights = np.array([round(rng.uniform(0, 1), 2) for _ in range(parts)])
        yield case(marks, weights, label="random marks and weights")


def diagnose(case, expected, got):
    marks, weights = case.args
    if isinstance(got, np.ndarray) and got.shape == marks.shape and np.allclose(got, marks * weights):
        return (
            "You multiplied each mark by its weight but did not add them up: each row needs one sum. "
            "A matrix-vector product multiplies and adds in one step."
        )
    if isinstance(got, int | float) and not isinstance(got, bool):
        return "You returned a single number: the sum over the whole table. Each student (row) needs their own score."
    return None
