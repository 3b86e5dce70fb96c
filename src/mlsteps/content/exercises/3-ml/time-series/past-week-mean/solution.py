def past_week_mean(daily):
    """For each day, the mean rentals of the 7 days before it (not the day itself), rounded to 1; NaN until then."""
    return daily["rentals"].shift(1).rolling(7).mean().round(1).rename("past_week_mean")
