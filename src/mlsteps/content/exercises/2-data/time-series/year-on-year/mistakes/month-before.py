import pandas as pd


def yearly_growth(days):
    daily = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    monthly = daily.resample("MS").agg(["sum", "count"])
    totals = monthly["sum"].where(monthly["count"] == monthly.index.days_in_month)
    return (totals.pct_change() * 100).round(1).rename("growth_pct")
