def median_hours(parcels):
    medians = parcels.groupby(["depot", "service"])["hours"].median()
    return medians.unstack(fill_value=0).fillna(0).round(1)
