import pandas as pd


def stack_months(months):
    """Return one frame of every month's rows, with a first column month and the index 0, 1, 2, ..."""
    return pd.DataFrame()
