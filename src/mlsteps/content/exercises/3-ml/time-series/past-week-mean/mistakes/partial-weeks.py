def past_week_mean(daily):
    return daily["rentals"].shift(1).rolling(7, min_periods=1).mean().round(1).rename("past_week_mean")
