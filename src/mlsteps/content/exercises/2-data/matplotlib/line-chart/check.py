from mlsteps.engine.cases import case

CITIES = ["Lagos", "Lima", "Madrid", "Oslo", "Perth", "Quebec", "Tokyo"]


def cases(rng):
    yield case({"Oslo": [-3, -2, 1], "Madrid": [6, 8, 11]}, label="the example")
    yield case({"Lima": [23.5]}, label="one city, one month")
    for _ in range(4):
        cities = rng.sample(CITIES, rng.randint(1, 4))
        months = rng.randint(3, 12)
        temps = {city: [round(rng.uniform(-15, 35), 1) for _ in range(months)] for city in cities}
        yield case(temps, label="random cities")
