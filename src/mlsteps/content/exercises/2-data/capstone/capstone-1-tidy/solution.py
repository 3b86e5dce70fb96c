import pandas as pd


def tidy_parcels(path):
    """Return one tidy row per parcel: datetimes, one spelling per depot, and the delivery time in hours."""
    raw = pd.read_csv(path)
    parcels = raw.drop_duplicates(subset="parcel_id", keep="last").assign(
        sent=lambda frame: pd.to_datetime(frame["sent"]),
        delivered=lambda frame: pd.to_datetime(frame["delivered"]),
        depot=lambda frame: frame["depot"].str.strip().str.capitalize(),
    )
    parcels["hours"] = (parcels["delivered"] - parcels["sent"]).dt.total_seconds() / 3600
    return parcels.reset_index(drop=True)
