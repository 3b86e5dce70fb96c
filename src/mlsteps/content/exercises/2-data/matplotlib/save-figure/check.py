from mlsteps.engine.cases import case

NAMES = ["sales.png", "weekly.png", "temperatures.png", "visitors_2024.png", "trend.png"]


def cases(rng):
    yield case([3, 5, 4, 6], "chart.png", label="the example", collect=["chart.png"])
    yield case([42], "one.png", label="a single value", collect=["one.png"])
    yield case([-2.5, 0.0, 1.5, -1.0], "chart.png", label="negative values", collect=["chart.png"])
    for name in rng.sample(NAMES, 4):
        values = [round(rng.uniform(0, 100), 1) for _ in range(rng.randint(3, 30))]
        yield case(values, name, label="random values", collect=[name])


def diagnose(case, expected, got):
    if isinstance(got, dict) and "axes" in got:
        return "You returned the figure: return the path of the file you saved (the path argument)."
    return None
