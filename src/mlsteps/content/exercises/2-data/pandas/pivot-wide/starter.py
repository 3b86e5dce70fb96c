import pandas as pd


def temperatures_side_by_side(weather):
    """Return one row per date (the index) and one column per city, holding that day's temperature."""
    # Spread the cities out into columns here.
    return pd.DataFrame()
