def past_week_mean(daily):
    return daily["rentals"].rolling(7).mean().round(1).rename("past_week_mean")
