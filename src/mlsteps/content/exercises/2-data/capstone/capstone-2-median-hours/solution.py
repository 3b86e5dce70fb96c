def median_hours(parcels):
    """Return the median delivery hours per depot (rows) and service (columns), rounded to 1 decimal."""
    medians = parcels.groupby(["depot", "service"])["hours"].median()
    return medians.unstack().round(1)
