import pandas as pd


def unusual_days(days, window, k):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    past = rentals.shift(1).rolling(window)
    return ((rentals - past.mean()).abs() >= k * past.std()).rename("unusual")
