def median_hours(parcels):
    filled = parcels.assign(hours=parcels["hours"].fillna(0))
    return filled.groupby(["depot", "service"])["hours"].median().unstack().round(1)
