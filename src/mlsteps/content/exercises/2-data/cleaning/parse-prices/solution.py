import pandas as pd


def parse_prices(texts):
    """Return the prices as floats: euro sign, spaces and thousands commas removed; unreadable text is NaN."""
    cleaned = texts.str.replace(r"[€,\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce").astype(float)
