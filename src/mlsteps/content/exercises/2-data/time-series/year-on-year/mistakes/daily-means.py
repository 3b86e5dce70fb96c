import pandas as pd


def yearly_growth(days):
    daily = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    monthly = daily.resample("MS").agg(["mean", "count"])
    means = monthly["mean"].where(monthly["count"] == monthly.index.days_in_month)
    return (means.pct_change(periods=12) * 100).round(1).rename("growth_pct")
