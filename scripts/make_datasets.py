"""Make the small datasets that ship with mlsteps, from a fixed seed: the same files on every machine.

    python scripts/make_datasets.py

Writes CSV files into src/mlsteps/content/datasets/ (documented in the README.md there). They are invented, with
patterns a learner can find: prices that depend on area and distance, sales with seasons, weather with missing
readings. Run it again only to change them on purpose; exercises' expected answers come from their solutions.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(__file__).resolve().parent.parent / "src" / "mlsteps" / "content" / "datasets"
SEED = 20261126


def sales(rng: np.random.Generator) -> pd.DataFrame:
    products = {"notebook": 3.5, "pen": 1.2, "backpack": 39.0, "calculator": 18.5, "lamp": 24.0}
    dates = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    rows = 400
    picked_dates = np.sort(rng.choice(dates, size=rows))
    month = pd.DatetimeIndex(picked_dates).month
    product = rng.choice(list(products), size=rows, p=[0.3, 0.3, 0.1, 0.15, 0.15])
    base_price = np.array([products[name] for name in product])
    units = rng.poisson(4 + 3 * np.isin(month, [8, 9]), size=rows) + 1  # back-to-school months sell more
    frame = pd.DataFrame(
        {
            "order_id": np.arange(1001, 1001 + rows),
            "date": pd.DatetimeIndex(picked_dates).strftime("%Y-%m-%d"),
            "region": rng.choice(["North", "South", "East", "West"], size=rows),
            "product": product,
            "units": units,
            "unit_price": np.round(base_price * rng.uniform(0.9, 1.1, size=rows), 2),
            "customer": rng.choice(["new", "returning"], size=rows, p=[0.35, 0.65]),
        }
    )
    frame.loc[rng.choice(rows, size=12, replace=False), "unit_price"] = np.nan
    return frame


def housing(rng: np.random.Generator) -> pd.DataFrame:
    rows = 300
    city = rng.choice(["Lyon", "Porto", "Leipzig"], size=rows)
    area = np.round(rng.gamma(9, 9, size=rows) + 20)
    rooms = np.clip(np.round(area / 25 + rng.normal(0, 0.7, size=rows)), 1, 8).astype(int)
    age = rng.integers(0, 120, size=rows).astype(float)
    distance = np.round(rng.exponential(4, size=rows) + 0.3, 1)
    garden = rng.random(rows) < 0.3
    per_m2 = pd.Series(city).map({"Lyon": 4200, "Porto": 3100, "Leipzig": 2600}).to_numpy()
    price = area * per_m2 * np.exp(-distance / 25) * (1 - age / 600) * (1 + 0.08 * garden)
    price = np.round(price * rng.lognormal(0, 0.08, size=rows), -3)
    frame = pd.DataFrame(
        {
            "house_id": np.arange(1, rows + 1),
            "city": city,
            "area_m2": area.astype(int),
            "rooms": rooms,
            "age_years": age,
            "distance_km": distance,
            "garden": garden,
            "price_eur": price.astype(int),
        }
    )
    frame.loc[rng.choice(rows, size=15, replace=False), "age_years"] = np.nan
    return frame


def weather(rng: np.random.Generator) -> pd.DataFrame:
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    frames = []
    for city, mean, swing, rain in (("Oslo", 6.5, 10.0, 2.4), ("Madrid", 15.5, 9.5, 1.0)):
        season = -np.cos(2 * np.pi * (days.day_of_year - 15) / 365)
        temperature = np.round(mean + swing * season + rng.normal(0, 2.5, len(days)), 1)
        rainy = rng.random(len(days)) < (0.45 if city == "Oslo" else 0.2)
        frames.append(
            pd.DataFrame(
                {
                    "date": days.strftime("%Y-%m-%d"),
                    "city": city,
                    "temp_c": temperature,
                    "rain_mm": np.round(np.where(rainy, rng.exponential(rain * 3, len(days)), 0.0), 1),
                    "wind_kmh": np.round(rng.gamma(3, 4, len(days)), 1),
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    frame.loc[rng.choice(len(frame), size=20, replace=False), "temp_c"] = np.nan
    return frame


def survey(rng: np.random.Generator) -> pd.DataFrame:
    rows = 250
    years = np.round(rng.exponential(3, size=rows), 1)
    tool = rng.choice(["Python", "R", "Excel", "SQL"], size=rows, p=[0.5, 0.15, 0.2, 0.15])
    hours = np.clip(np.round(rng.normal(6, 3, size=rows)), 0, 30).astype(int)
    satisfaction = np.clip(np.round(2.5 + 0.25 * years + rng.normal(0, 1, size=rows)), 1, 5).astype(int)
    frame = pd.DataFrame(
        {
            "respondent": np.arange(1, rows + 1),
            "age": rng.integers(17, 66, size=rows),
            "country": rng.choice(["Brazil", "India", "Kenya", "Germany", "Canada"], size=rows),
            "years_coding": years,
            "main_tool": tool,
            "hours_per_week": hours,
            "satisfaction": satisfaction,
            "goal": rng.choice(["new job", "promotion", "curiosity", "research"], size=rows),
        }
    )
    frame.loc[rng.choice(rows, size=18, replace=False), "hours_per_week"] = pd.NA
    frame["hours_per_week"] = frame["hours_per_week"].astype("Int64")
    return frame


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for offset, make in enumerate((sales, housing, weather, survey)):
        frame = make(np.random.default_rng(SEED + offset))
        frame.to_csv(OUT / f"{make.__name__}.csv", index=False)
        print(f"{make.__name__}.csv: {len(frame)} rows, columns {list(frame.columns)}")


if __name__ == "__main__":
    main()
