import numpy as np
import pandas as pd


def encode_months(months):
    """sin and cos of each month's angle on the year's circle (2π·month/12), rounded to 4; NaN stays NaN."""
    angle = 2 * np.pi * months / 12
    return pd.DataFrame({"month_sin": np.sin(angle).round(4), "month_cos": np.cos(angle).round(4)}, index=months.index)
