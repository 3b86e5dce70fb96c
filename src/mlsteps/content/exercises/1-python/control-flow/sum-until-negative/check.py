from mlsteps.engine.cases import case


def cases(rng):
    yield case([3, 5, -1, 10], label="the example")
    yield case([4, 6, 1], label="no negative number")
    yield case([], label="an empty list")
    yield case([-2, 5, 7], label="the first number is negative")
    yield case([0, 2, 0, -3, 8], label="zeros are not negative")
    yield case([1.5, 2.5, -0.5, 4], label="decimal numbers")
    yield case([7, -1, 2, -4, 9], label="two negative numbers")
    for _ in range(5):
        numbers = [rng.randint(0, 30) for _ in range(rng.randint(2, 9))]
        numbers.insert(rng.randint(1, len(numbers)), -rng.randint(1, 20))
        numbers.append(-rng.randint(1, 20))
        numbers.append(rng.randint(0, 30))
        yield case(numbers, label="random numbers")


def diagnose(case, expected, got):
    (numbers,) = case.args
    if not isinstance(got, int | float) or isinstance(got, bool) or got == expected:
        return None
    if got == sum(n for n in numbers if n >= 0):
        return (
            "You added the numbers after the first negative one too: `continue` skips one number, "
            "but `break` stops the loop for good."
        )
    first_negative = next((n for n in numbers if n < 0), None)
    if first_negative is not None and got == expected + first_negative:
        return "Your sum includes the negative number: ask whether a number is negative before you add it."
    return None
