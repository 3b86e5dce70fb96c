import pandas as pd


def yearly_growth(days):
    """Return the % growth of each month's total on the same month a year before; NaN for incomplete months."""
    daily = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    monthly = daily.resample("MS").agg(["sum", "count"])
    totals = monthly["sum"].where(monthly["count"] == monthly.index.days_in_month)
    return (totals.pct_change(periods=12) * 100).round(1).rename("growth_pct")
