import calendar


def slowest_send_day(parcels):
    """Return the weekday whose standard parcels take longest (median hours) and how much longer than the quickest."""
    standard = parcels[parcels["service"] == "standard"]
    medians = standard.groupby(standard["sent"].dt.day_of_week)["hours"].median()
    slowest = calendar.day_name[medians.idxmax()]
    return {"weekday": slowest, "extra_hours": round(float(medians.max() - medians.min()), 1)}
