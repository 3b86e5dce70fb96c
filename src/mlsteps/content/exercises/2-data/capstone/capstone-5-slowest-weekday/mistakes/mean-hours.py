import calendar


def slowest_send_day(parcels):
    standard = parcels[parcels["service"] == "standard"]
    medians = standard.groupby(standard["sent"].dt.day_of_week)["hours"].mean()
    slowest = calendar.day_name[medians.idxmax()]
    return {"weekday": slowest, "extra_hours": round(float(medians.max() - medians.min()), 1)}
