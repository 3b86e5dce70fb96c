import numpy as np
import pandas as pd


def encode_months(months):
    angle = months / 12
    return pd.DataFrame({"month_sin": np.sin(angle).round(4), "month_cos": np.cos(angle).round(4)}, index=months.index)
