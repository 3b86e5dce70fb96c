def slowest_send_day(parcels):
    standard = parcels[parcels["service"] == "standard"]
    medians = standard.groupby(standard["sent"].dt.day_name())["hours"].median()
    return {"weekday": medians.idxmax(), "extra_hours": round(float(medians.max() - medians.min()), 1)}
