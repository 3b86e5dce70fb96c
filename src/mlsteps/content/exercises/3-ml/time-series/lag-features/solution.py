def add_lags(daily, lags):
    """daily in date order (numbered from 0) with lag_k = the rentals of k days earlier (NaN where unknown)."""
    table = daily.sort_values("date").reset_index(drop=True)
    for k in lags:
        table[f"lag_{k}"] = table["rentals"].shift(k)
    return table
