import pandas as pd


def yearly_growth(days):
    daily = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    totals = daily.resample("MS").sum()
    return (totals.pct_change(periods=12) * 100).round(1).rename("growth_pct")
