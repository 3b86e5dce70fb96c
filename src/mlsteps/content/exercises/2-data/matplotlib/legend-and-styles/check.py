from mlsteps.engine.cases import case


def cases(rng):
    yield case([120, 135, 128], [125, 125, 130], label="the example")
    yield case([40], [50], label="a single month")
    yield case([0, 0, 0, 0], [10, 10, 10, 10], label="no sales yet")
    for _ in range(4):
        months = rng.randint(3, 12)
        goal = rng.randint(50, 500)
        target = [goal + 10 * month for month in range(months)]
        sales = [round(value * rng.uniform(0.7, 1.3)) for value in target]
        yield case(sales, target, label="random months")


def _lines(figure):
    try:
        return figure["axes"][0]["lines"]
    except (KeyError, IndexError, TypeError):
        return None


def diagnose(case, expected, got):
    lines = _lines(got)
    if not lines:
        return None
    legend = got["axes"][0]["legend"]
    if legend and all(line["label"] is None for line in lines):
        return (
            "Give each line its name with label= when you draw it, and let the legend read the names: "
            "the names in your legend are not attached to the lines."
        )
    return None
