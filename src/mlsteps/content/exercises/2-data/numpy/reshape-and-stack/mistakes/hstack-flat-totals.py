import numpy as np


def yearly_table(monthly):
    table = monthly.reshape(-1, 12)
    totals = table.sum(axis=1)
    return np.hstack([table, totals])
