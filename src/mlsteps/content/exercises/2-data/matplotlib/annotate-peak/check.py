from mlsteps.engine.cases import case


def cases(rng):
    yield case([210, 340, 295, 410, 380], label="the example")
    yield case([57], label="a single day")
    yield case([500, 320, 410], label="the peak on day 1")
    yield case([120, 180, 180, 90], label="two days share the peak")
    yield case([30, 45, 45, 20, 45, 10], label="three days share the peak")
    for _ in range(4):
        days = rng.randint(5, 30)
        yield case([rng.randint(50, 120) for _ in range(days)], label="random days")


def _dot(figure):
    try:
        scatter = figure["axes"][0]["scatters"][0]
        return scatter["x"][0], scatter["y"][0]
    except (KeyError, IndexError, TypeError):
        return None


def diagnose(case, expected, got):
    (visitors,) = case.args
    dot = _dot(got)
    if dot is None:
        return None
    day, count = dot
    peak = max(visitors)
    first = visitors.index(peak) + 1
    if count == peak and day == first - 1:
        return (
            "Your peak is one day too early: list positions start at 0 but days start at 1, "
            "so add 1 to the position."
        )
    if count == peak and day != first and day in [d + 1 for d, v in enumerate(visitors) if v == peak]:
        return f"Several days share the highest count ({peak}): mark the first of them, day {first}."
    return None
