def slowest_send_day(parcels):
    """Return the weekday whose standard parcels take longest (median hours) and how much longer than the quickest."""
    return {"weekday": None, "extra_hours": None}
