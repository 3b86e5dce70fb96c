import pandas as pd


def clean_labels(orders):
    """Return a copy of `orders` with tidy labels and a new `product` column (the label's first word)."""
    # Clean the label column with .str methods, then take its first word.
    return pd.DataFrame()
