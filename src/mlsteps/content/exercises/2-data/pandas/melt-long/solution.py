def to_long(wide):
    """Return one row per city and month, with the columns city, month and rain_mm."""
    return wide.melt(id_vars="city", var_name="month", value_name="rain_mm")
