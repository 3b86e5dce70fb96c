def median_hours(parcels):
    return parcels.groupby(["depot", "service"])["hours"].mean().unstack().round(1)
