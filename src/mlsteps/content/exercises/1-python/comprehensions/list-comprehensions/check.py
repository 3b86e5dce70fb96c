from mlsteps.engine.cases import case


def cases(rng):
    yield case([1, 2, 3, 4], label="the example")
    yield case([], label="an empty list")
    yield case([1, 3, 5], label="no even numbers")
    yield case([-4, -3, 0, 7], label="negative numbers and zero")
    for _ in range(4):
        numbers = [rng.randint(-50, 50) for _ in range(rng.randint(1, 12))]
        yield case(numbers, label="random numbers")


def diagnose(case, expected, got):
    (numbers,) = case.args
    if isinstance(got, list) and sorted(got) == sorted(n * n for n in numbers):
        return "Your list has the squares of the odd numbers too: keep only the even ones with an `if`."
    if isinstance(got, list) and got == [n for n in numbers if n % 2 == 0]:
        return "You kept the right numbers, but each one should be squared (n * n)."
    return None
