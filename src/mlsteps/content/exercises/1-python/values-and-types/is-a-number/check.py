from mlsteps.engine.cases import case


def cases(rng):
    yield case(3, label="the example: a whole number")
    yield case(2.5, label="the example: a number with a decimal point")
    yield case("3", label="the example: digits in a string")
    yield case(True, label="the example: True")
    yield case(False, label="False")
    yield case(0, label="zero")
    yield case(-7, label="a negative whole number")
    yield case(None, label="None, an empty value")
    yield case("2.5", label="a decimal number in a string")
    yield case([1, 2], label="a list of numbers")
    yield case(-0.001, label="a small negative float")
    for _ in range(5):
        maker = rng.choice(["int", "float", "text", "bool", "list"])
        if maker == "int":
            value = rng.randint(-1000, 1000)
        elif maker == "float":
            value = round(rng.uniform(-100, 100), 2)
        elif maker == "text":
            value = str(rng.randint(0, 99))
        elif maker == "bool":
            value = rng.choice([True, False])
        else:
            value = [rng.randint(0, 9) for _ in range(3)]
        yield case(value, label=f"a random value ({type(value).__name__})")


def diagnose(case, expected, got):
    (value,) = case.args
    if not isinstance(got, bool) or got == expected:
        return None
    if isinstance(value, bool):
        return (
            "True and False have type bool, and bool is a kind of int in Python (True is 1, False is 0), so "
            "an int check and `float(value)` both accept them. "
            "Rule out the bool type on its own."
        )
    if isinstance(value, str):
        return (
            f"The string {value!r} only looks like a number: its type is str. Check the type of the value, "
            "not whether it could be turned into a number."
        )
    if isinstance(value, float):
        return "Floats such as 2.5 count as numbers too: your type check lets only whole numbers through."
    return None
