import pandas as pd


def weekly_summary(days):
    """Return one row per Monday-to-Sunday week, labelled by its Monday: total rentals, mean temp, max rain."""
    daily = days.set_index(pd.to_datetime(days["date"]))
    weeks = daily.resample("W-MON", label="left", closed="left")
    return weeks.agg({"rentals": "sum", "temp_c": "mean", "rain_mm": "max"})
