import pandas as pd


def add_product_info(orders, products):
    """Return the orders whose product is in the catalogue, with the product's category and list price."""
    # Merge the two tables on their shared key column here.
    return pd.DataFrame()
