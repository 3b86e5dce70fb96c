import pandas as pd


def unusual_days(days, window, k):
    """Return True for days more than k standard deviations from the mean of the `window` days before them."""
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    past = rentals.shift(1).rolling(window)
    distance = (rentals - past.mean()).abs()
    return (distance > k * past.std()).rename("unusual")
