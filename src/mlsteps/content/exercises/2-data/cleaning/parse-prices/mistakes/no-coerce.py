import pandas as pd


def parse_prices(texts):
    cleaned = texts.str.replace(r"[€,\s]", "", regex=True)
    return pd.to_numeric(cleaned).astype(float)
