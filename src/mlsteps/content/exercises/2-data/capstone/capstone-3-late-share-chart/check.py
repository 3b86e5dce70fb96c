import io

import numpy as np
import pandas as pd

from mlsteps.engine.cases import case, dataset

SEE = ("dpi",)  # the figure itself is read from its description; this only asks the judge to call verify
EPOCH = pd.Timestamp("1970-01-01")
PROMISE = {"express": 24, "standard": 72}


def _tidy(text):
    raw = pd.read_csv(io.StringIO(text)).drop_duplicates(subset="parcel_id", keep="last")
    parcels = raw.assign(
        sent=pd.to_datetime(raw["sent"]),
        delivered=pd.to_datetime(raw["delivered"]),
        depot=raw["depot"].str.strip().str.capitalize(),
    )
    parcels["hours"] = (parcels["delivered"] - parcels["sent"]).dt.total_seconds() / 3600
    return parcels.reset_index(drop=True)


PARCELS = _tidy(dataset("parcels.csv"))


def _weekly(parcels, rule="W-MON", late=None, scale=100.0, **options):
    """The share of late parcels per week and service, as the prompt defines it (or as a mistake computes it)."""
    promise = parcels["service"].map(PROMISE)
    late = ~(parcels["hours"] <= promise) if late is None else late
    options = options or {"label": "left", "closed": "left"}
    table = parcels.assign(late=late * scale).set_index("sent").groupby("service")["late"]
    weekly = table.resample(rule, **options).mean()
    return {service: share.droplevel("service") for service, share in weekly.groupby(level="service")}


def _edge_cases():
    sent = pd.to_datetime(["2024-03-04 09:00", "2024-03-05 10:00", "2024-03-06 11:00", "2024-03-11 08:00"] * 2)
    hours = [24.0, 23.0, None, 30.0, 72.0, 80.0, 50.0, None]
    service = ["express"] * 4 + ["standard"] * 4
    return pd.DataFrame({"parcel_id": [f"P{n}" for n in range(8)], "sent": sent, "service": service, "hours": hours})


def _no_gaps(parcels):
    weeks = _weekly(parcels)
    return all(share.notna().all() for share in weeks.values()) and len(weeks) == 2


def cases(rng):
    yield case(_edge_cases(), observe=SEE, label="two weeks: a parcel exactly on its promise, parcels not delivered")
    yield case(PARCELS, observe=SEE, label="every parcel of parcels.csv")
    made = 0
    while made < 2:
        start = rng.randrange(len(PARCELS) - 200)
        chunk = PARCELS.iloc[start : start + rng.randint(120, 200)]
        if _no_gaps(chunk):
            made += 1
            yield case(chunk, observe=SEE, label="the parcels of a few random weeks")


def _as_days(values):
    if all(isinstance(value, float | int) for value in values):
        return np.array(values, dtype=float)
    try:
        return ((pd.to_datetime(pd.Series(values)) - EPOCH) / pd.Timedelta(days=1)).to_numpy()
    except (ValueError, TypeError):
        return None


def _matches(line, share):
    ys = np.array([np.nan if value is None else value for value in line["y"]], dtype=float)
    if len(ys) != len(share) or not np.allclose(ys, share.to_numpy(), atol=1e-6, equal_nan=True):
        return False
    xs = _as_days(line["x"])
    if xs is None:
        return False
    mondays = ((share.index - EPOCH) / pd.Timedelta(days=1)).to_numpy()
    ordinals = len(xs) < 2 or np.allclose(np.diff(xs), 1)  # pandas' own plot counts weeks, not days
    return bool(np.allclose(xs, mondays) or (ordinals and xs.max() < 10_000))


def verify(case, got, observed):
    (parcels,) = case.args
    if not hasattr(got, "get") or not got.get("axes"):
        return None
    axes = got["axes"][0]
    lines = {line["label"]: line for line in axes["lines"] if line.get("label") and len(line["y"]) > 0}
    wanted = _weekly(parcels)
    if set(lines) != set(wanted):
        return f"Draw one line per service, labelled with its name ({sorted(wanted)}); found labels {sorted(lines)}."
    for service, share in wanted.items():
        line = lines[service]
        if _matches(line, share):
            continue
        promise = parcels["service"].map(PROMISE)
        if _matches(line, _weekly(parcels, late=parcels["hours"] > promise)[service]):
            return (
                "Parcels that were never delivered count as on time in your chart; they broke the promise too, "
                "so they count as late."
            )
        if _matches(line, _weekly(parcels, late=~(parcels["hours"] < promise))[service]):
            return "A parcel delivered exactly on its promise (24 or 72 hours) is on time, not late."
        if _matches(line, _weekly(parcels, scale=1.0)[service]):
            return "The shares are fractions (0.25); show them in percent (25.0) as the axis says."
        if _matches(line, _weekly(parcels, rule="W", label="right", closed="right")[service]):
            return (
                "Your weeks are labelled by their Sunday: a week runs from Monday to Sunday and is named after "
                "its Monday."
            )
        return f"The {service} line does not show the weekly share of late {service} parcels, week by week."
    if not axes.get("legend"):
        return "The chart needs a legend that names the two lines."
    if not axes["ylabel"].strip():
        return "The y axis has no label: say what the percentage is of."
    return None
