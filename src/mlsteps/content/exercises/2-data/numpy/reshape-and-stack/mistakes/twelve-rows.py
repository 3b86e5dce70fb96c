import numpy as np


def yearly_table(monthly):
    table = monthly.reshape(12, -1)
    totals = table.sum(axis=1)
    return np.column_stack([table, totals])
