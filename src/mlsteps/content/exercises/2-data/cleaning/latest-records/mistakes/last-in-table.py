def latest_records(records):
    latest = records.drop_duplicates(subset="customer_id", keep="last")
    return latest.sort_values("customer_id").reset_index(drop=True)
