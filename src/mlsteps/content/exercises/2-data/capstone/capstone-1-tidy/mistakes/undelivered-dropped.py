import pandas as pd


def tidy_parcels(path):
    raw = pd.read_csv(path).dropna()
    parcels = raw.drop_duplicates(subset="parcel_id", keep="last").assign(
        sent=lambda frame: pd.to_datetime(frame["sent"]),
        delivered=lambda frame: pd.to_datetime(frame["delivered"]),
        depot=lambda frame: frame["depot"].str.strip().str.capitalize(),
    )
    parcels["hours"] = (parcels["delivered"] - parcels["sent"]).dt.total_seconds() / 3600
    return parcels.reset_index(drop=True)
