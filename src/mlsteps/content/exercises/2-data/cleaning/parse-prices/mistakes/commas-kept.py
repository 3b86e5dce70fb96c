import pandas as pd


def parse_prices(texts):
    cleaned = texts.str.replace("€", "").str.strip()
    return pd.to_numeric(cleaned, errors="coerce").astype(float)
