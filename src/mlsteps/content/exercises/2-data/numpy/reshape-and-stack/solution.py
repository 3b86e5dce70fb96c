import numpy as np


def yearly_table(monthly):
    """Return one row per year: the 12 monthly values of `monthly`, then the year's total."""
    table = monthly.reshape(-1, 12)
    return np.column_stack([table, table.sum(axis=1)])
