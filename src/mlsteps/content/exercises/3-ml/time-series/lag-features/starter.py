def add_lags(daily, lags):
    """daily in date order (numbered from 0) with lag_k = the rentals of k days earlier (NaN where unknown)."""
    # The table as it came: no lags, and not even sorted.
    return daily.copy()
