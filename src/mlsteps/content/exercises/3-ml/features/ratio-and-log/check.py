import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

HOUSING = pd.read_csv(io.StringIO(dataset("housing.csv")))


def cases(rng):
    example = pd.DataFrame({"area_m2": [80, 45, 30], "rooms": [4, 0, 1], "distance_km": [3.0, 0.0, 12.5]})
    yield case(example, label="the example: a studio listed with 0 rooms, a home in the very centre")
    yield case(
        pd.DataFrame({"area_m2": [120, 60], "rooms": [0, 0], "distance_km": [0.0, 0.0]}),
        label="two homes with 0 rooms, both in the centre",
    )
    for number in range(3):
        homes = HOUSING.sample(rng.randint(8, 15), random_state=rng.randint(0, 10_000)).reset_index(drop=True)
        homes = homes.drop(columns=["price_eur"])
        homes.loc[rng.randrange(len(homes)), "rooms"] = 0
        homes.loc[rng.randrange(len(homes)), "distance_km"] = 0.0
        yield case(homes, label=f"homes from housing.csv, one with 0 rooms and one at distance 0 ({number + 1})")


def diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame) or not {"m2_per_room", "log_distance"} <= set(got.columns):
        return None
    if len(got) != len(expected) or got.equals(expected):
        return None
    if np.isinf(pd.to_numeric(got["m2_per_room"], errors="coerce")).any():
        return (
            "A home with 0 rooms got infinity: pandas divides by 0 without an error and gives inf. The rule is NaN "
            "for 0 rooms, a missing value that imputers and models know how to treat."
        )
    log = pd.to_numeric(got["log_distance"], errors="coerce").to_numpy()
    distance = case.args[0]["distance_km"].to_numpy()
    away = distance > 0
    if np.isneginf(log).any() or (away.any() and np.allclose(log[away], np.log(distance[away]), atol=0.0006)):
        return "log_distance is ln(1 + x), not ln(x): ln(0) is minus infinity, while ln(1 + 0) is 0."
    return None
