def median_hours(parcels):
    return parcels.groupby(["service", "depot"])["hours"].median().unstack().round(1)
