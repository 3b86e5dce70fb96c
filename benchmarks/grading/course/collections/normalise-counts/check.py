from mlsteps.engine.cases import case


def cases(rng):
    yield case({"cats": 1, "dogs": 3}, label="the example")
    yield case({}, label="an empty dict")
    yield case({"only": 5}, label="one key")
    yield case({"a": 2, "b": 2, "c": 4}, label="a tie")


def diagnose(case, expected, got):
    (counts,) = case.args
    if isinstance(got, dict) and counts and got != expected:
        biggest = max(counts.values())
        if got == {key: count / biggest for key, count in counts.items()}:
            return "Your shares are fractions of the biggest count: divide by the total, `sum(counts.values())`."
    return None
