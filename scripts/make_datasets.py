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


def bikes(rng: np.random.Generator) -> pd.DataFrame:
    """Daily rentals of a city's shared bikes over three years: a yearly season, a weekly rhythm, rain and noise."""
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    count = len(days)
    season = -np.cos(2 * np.pi * (days.day_of_year - 20) / 365.25)  # -1 in late January, +1 in late July
    temperature = np.round(11 + 9 * season + rng.normal(0, 2.8, count), 1)
    rainy = rng.random(count) < 0.33
    rain = np.round(np.where(rainy, rng.exponential(4.0, count), 0.0), 1)
    weekday = np.array([1.08, 1.1, 1.1, 1.08, 1.02, 0.82, 0.7])[days.day_of_week]  # commuters ride on workdays
    growth = 1 + 0.1 * (days - days[0]).days / 365.25  # the scheme grows by about 10% a year
    wet = np.where(rain >= 2.0, 0.72, np.where(rain > 0, 0.92, 1.0))
    rentals = 2400 * growth * (1 + 0.42 * season) * weekday * wet * rng.lognormal(0, 0.07, count)
    return pd.DataFrame(
        {
            "date": days.strftime("%Y-%m-%d"),
            "rentals": np.round(rentals).astype(int),
            "temp_c": temperature,
            "rain_mm": rain,
        }
    )


def parcels(rng: np.random.Generator) -> pd.DataFrame:
    """Parcels sent by a courier from four depots in the first half of 2024, as an untidy export."""
    rows = 640
    depots = np.array(["Bristol", "Cardiff", "Glasgow", "Leeds"])
    depot = rng.choice(depots, size=rows, p=[0.3, 0.2, 0.2, 0.3])
    service = rng.choice(["standard", "express"], size=rows, p=[0.7, 0.3])
    start = pd.Timestamp("2024-01-01 00:00")
    sent = start + pd.to_timedelta(rng.integers(0, 182 * 24 * 60, size=rows), unit="min")
    sent = pd.DatetimeIndex(sent).floor("min")
    weight = np.round(np.clip(rng.lognormal(0.6, 0.9, size=rows), 0.1, 30.0), 2)
    distance = np.round(rng.uniform(5, 600, size=rows)).astype(int)
    express = service == "express"
    base = np.where(express, 14.0, 40.0) + distance / 40
    spread = pd.Series(depot).map({"Bristol": 0.25, "Cardiff": 0.15, "Glasgow": 0.45, "Leeds": 0.3}).to_numpy()
    slow = pd.Series(depot).map({"Bristol": 1.0, "Cardiff": 0.95, "Glasgow": 1.15, "Leeds": 1.05}).to_numpy()
    weekend = np.isin(sent.day_of_week, [4, 5]) & ~express  # standard parcels sent on Friday or Saturday wait
    week = (sent - start).days // 7
    hours = base * slow * rng.lognormal(0, spread) + 30 * weekend + np.where(express, 0.25 * week, 0) + 0.3 * weight
    delivered = (sent + pd.to_timedelta(np.round(hours * 60), unit="min")).strftime("%Y-%m-%d %H:%M").to_numpy()
    lost = rng.random(rows) < 0.03
    delivered = np.where(lost, "", delivered)
    untidy = rng.random(rows) < 0.1
    messy = {
        "Bristol": ["bristol", "BRISTOL", " Bristol"],
        "Cardiff": ["cardiff ", "CARDIFF"],
        "Glasgow": ["glasgow", "Glasgow "],
        "Leeds": ["leeds", " LEEDS", "Leeds  "],
    }
    labels = np.array([rng.choice(messy[name]) if dirty else name for name, dirty in zip(depot, untidy, strict=True)])
    frame = pd.DataFrame(
        {
            "parcel_id": [f"P{number}" for number in range(10001, 10001 + rows)],
            "sent": sent.strftime("%Y-%m-%d %H:%M"),
            "delivered": delivered,
            "depot": labels,
            "service": service,
            "weight_kg": weight,
            "distance_km": distance,
        }
    )
    frame = frame.sort_values("sent", kind="stable").reset_index(drop=True)
    twice = frame.iloc[rng.choice(rows, size=12, replace=False)]  # exported twice, exactly the same
    corrected = frame[frame["delivered"] == ""].iloc[:4].copy()  # a later row fills in the delivery time
    corrected["delivered"] = (pd.to_datetime(corrected["sent"]) + pd.Timedelta(hours=96)).dt.strftime("%Y-%m-%d %H:%M")
    frame = pd.concat([frame, twice, corrected]).sort_values("sent", kind="stable").reset_index(drop=True)
    frame["delivered"] = frame["delivered"].replace("", np.nan)
    return frame


def signups(rng: np.random.Generator) -> pd.DataFrame:
    """Sign-ups for an evening coding course in four cities, typed in by hand: the Step 1 capstone's file."""
    rows = 120
    cities = np.array(["Lisbon", "Nairobi", "Montreal", "Seoul"])
    city = rng.choice(cities, size=rows, p=[0.3, 0.25, 0.25, 0.2])
    messy = {"Lisbon": ["lisbon", "LISBON", " Lisbon"], "Nairobi": ["nairobi ", "NAIROBI"],
             "Montreal": ["montreal", "Montreal  "], "Seoul": ["seoul", " SEOUL"]}
    untidy = rng.random(rows) < 0.12
    city_text = [str(rng.choice(messy[name])) if dirty else name for name, dirty in zip(city, untidy, strict=True)]
    track = rng.choice(["python", "data", "web"], size=rows, p=[0.45, 0.35, 0.2])
    age = rng.integers(16, 71, size=rows).astype(object)
    gaps = rng.choice(rows, size=9, replace=False)
    age[gaps[:6]] = ""
    age[gaps[6:]] = "unknown"
    hours = np.round(np.clip(rng.normal(5, 2.5, size=rows) + np.where(track == "data", 1.5, 0), 0.5, 20), 1)
    paid = np.where(rng.random(rows) < 0.8, "yes", "no").astype(object)
    shouted = rng.random(rows) < 0.05
    paid[shouted] = [str(rng.choice(["Yes", "YES", "No"])) for _ in range(int(shouted.sum()))]
    frame = pd.DataFrame(
        {
            "signup_id": [f"S{number:03d}" for number in range(1, rows + 1)],
            "city": city_text,
            "track": track,
            "age": age,
            "hours_per_week": hours,
            "paid": paid,
        }
    )
    frame.loc[rng.choice(rows, size=5, replace=False), "hours_per_week"] = np.nan
    twice = frame.iloc[rng.choice(rows, size=6, replace=False)]  # sent twice by the sign-up form
    empty = pd.DataFrame([{column: np.nan for column in frame.columns}] * 2)  # blank lines of commas
    frame = pd.concat([frame, twice]).sort_values("signup_id", kind="stable")
    frame = pd.concat([frame.iloc[:40], empty.iloc[:1], frame.iloc[40:90], empty.iloc[1:], frame.iloc[90:]])
    return frame.reset_index(drop=True)


def subscribers(rng: np.random.Generator) -> pd.DataFrame:
    """Subscribers of a streaming service, for the Step 3 capstone: will they cancel (churned = 1)?

    Cancelling grows with support calls, price and manual payment and falls with tenure and age; the family plan,
    launched in July 2024, holds its customers far better than its price suggests. Rows in order of signup.
    """
    rows = 1200
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    signup = pd.DatetimeIndex(np.sort(rng.choice(days, size=rows)))
    recent = signup >= pd.Timestamp("2024-07-01")  # the family plan launched in July 2024
    plan = np.where(
        recent & (rng.random(rows) < 0.4),
        "family",
        rng.choice(["basic", "standard", "premium"], size=rows, p=[0.45, 0.35, 0.2]),
    )
    list_fee = pd.Series(plan).map({"basic": 9.99, "standard": 17.99, "premium": 29.99, "family": 34.99}).to_numpy()
    fee = np.round(list_fee * rng.choice([1.0, 1.0, 0.9, 0.8], size=rows), 2)  # some pay a discounted price
    tenure = ((pd.Timestamp("2025-01-01") - signup).days // 30).to_numpy()
    support = rng.poisson(1.3, rows)
    age = rng.integers(18, 76, rows).astype(float)
    autopay = rng.choice(["yes", "no"], size=rows, p=[0.6, 0.4])
    region = rng.choice(["north", "south", "east", "west"], size=rows)
    score = (
        -1.2
        + 0.9 * (support - 1.3)
        - 0.05 * tenure
        + 1.4 * (autopay == "no")
        + 0.05 * (fee - 18)
        - 0.02 * (age - 45)
        - 3.5 * (plan == "family")
        + rng.normal(0, 0.5, rows)
    )
    churned = (rng.random(rows) < 1 / (1 + np.exp(-score))).astype(int)
    frame = pd.DataFrame(
        {
            "customer_id": [f"C{number:05d}" for number in rng.permutation(rows) + 10_001],
            "signup_date": signup.strftime("%Y-%m-%d"),
            "plan": plan,
            "monthly_fee": fee,
            "tenure_months": tenure,
            "support_calls": support,
            "age": age,
            "region": region,
            "autopay": autopay,
            "churned": churned,
        }
    )
    frame.loc[rng.choice(rows, size=70, replace=False), "age"] = np.nan
    return frame


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for offset, make in enumerate((sales, housing, weather, survey)):
        frame = make(np.random.default_rng(SEED + offset))
        frame.to_csv(OUT / f"{make.__name__}.csv", index=False)
        print(f"{make.__name__}.csv: {len(frame)} rows, columns {list(frame.columns)}")
    own_seeds = ((bikes, SEED + 100), (parcels, SEED + 101), (signups, SEED + 118), (subscribers, SEED + 103))
    for make, seed in own_seeds:  # their own seeds: others' order stays free
        frame = make(np.random.default_rng(seed))
        frame.to_csv(OUT / f"{make.__name__}.csv", index=False)
        print(f"{make.__name__}.csv: {len(frame)} rows, columns {list(frame.columns)}")


if __name__ == "__main__":
    main()
