import numpy as np

from mlsteps.engine.cases import case


def cases(rng):
    yield case(np.array([0, 0, 1, 1]), label="the example: half and half")
    yield case(np.array(["cat", "dog", "dog"]), label="text labels")
    yield case(np.array([7, 7, 7]), label="a pure group")
    yield case(np.array([], dtype=int), label="an empty group")
    yield case(np.array([3]), label="a single label")
    yield case(np.array([2, 0, 1, 2, 0, 1]), label="three classes, evenly mixed")
    for _ in range(5):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        size, classes = int(generator.integers(2, 60)), int(generator.integers(2, 6))
        yield case(generator.integers(0, classes, size=size), label="random labels")


def diagnose(case, expected, got):
    (labels,) = case.args
    if len(labels) == 0 and isinstance(got, int | float) and got == 1.0:
        return (
            "An empty group has no labels to mix up, so its impurity is 0.0. Check for an empty array first: "
            "with no labels, the sum of the squared shares is 0 and the formula gives 1."
        )
    _, counts = np.unique(labels, return_counts=True)
    if len(labels) > 1 and isinstance(got, int | float) and np.isclose(got, 1 - np.sum(counts**2)):
        return (
            "This squares the counts, not shares: divide each class's count by the number of labels first, "
            "so that the shares add up to 1."
        )
    return None
