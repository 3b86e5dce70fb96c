import calendar


def slowest_send_day(parcels):
    standard = parcels[parcels["service"] == "standard"].dropna(subset=["delivered"])
    medians = standard.groupby(standard["delivered"].dt.day_of_week)["hours"].median()
    slowest = calendar.day_name[medians.idxmax()]
    return {"weekday": slowest, "extra_hours": round(float(medians.max() - medians.min()), 1)}
