from mlsteps.engine.cases import case


def _running(numbers):
    totals, total = [], 0
    for number in numbers:
        total += number
        totals.append(total)
    return totals


def cases(rng):
    yield case([3, 1, 4], label="the example")
    yield case([], label="an empty list")
    yield case([5], label="one number")
    yield case([10, -3, -7, 2], label="negative numbers")
    yield case([0.5, 0.25, 0.25], label="decimal numbers")
    yield case([0, 0, 0], label="only zeros")
    for _ in range(5):
        numbers = [rng.randint(-20, 50) for _ in range(rng.randint(2, 10))]
        yield case(numbers, label="random numbers")


def diagnose(case, expected, got):
    (numbers,) = case.args
    if got == expected:
        return None
    if isinstance(got, int | float) and not isinstance(got, bool) and numbers and got == sum(numbers):
        return (
            "You returned only the final total: the answer is a list, with the total after each number "
            "(append it inside the loop)."
        )
    if not isinstance(got, list) or len(got) != len(numbers):
        return None
    if numbers and got == [0, *_running(numbers)[:-1]]:
        return (
            "Each total is one step behind: add the number to the total first, then append the total."
        )
    if got == list(numbers):
        return (
            "Your list is just the numbers again: the total must start at 0 once, before the loop, "
            "and keep growing inside it."
        )
    return None
