import pandas as pd


def product_shares(orders, region, threshold):
    """Return each product's share (%) of the region's revenue, those >= threshold, largest first."""
    return pd.Series(dtype=float, name="share")
