def add_lags(daily, lags):
    table = daily.sort_values("date").reset_index(drop=True)
    for k in lags:
        table[f"lag_{k}"] = table["rentals"].shift(-k)
    return table
