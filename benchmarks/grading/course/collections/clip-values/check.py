from mlsteps.engine.cases import case


def cases(rng):
    yield case([1, 5, 10], 2, 8, label="the example")
    yield case([], 0, 1, label="an empty list")
    yield case([-3.5, 0, 3.5], -1, 1, label="negative limits and decimals")
    yield case([4, 4, 7], 4, 7, label="values exactly on the limits")
