import pandas as pd


def unusual_days(days, window, k):
    rentals = days.set_index(pd.to_datetime(days["date"]))["rentals"]
    recent = rentals.rolling(window)
    return ((rentals - recent.mean()).abs() > k * recent.std()).rename("unusual")
