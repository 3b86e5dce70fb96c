def latest_records(records):
    """Return one row per customer_id, the most recently updated one, sorted by customer_id."""
    in_time_order = records.sort_values("updated", kind="stable")
    latest = in_time_order.drop_duplicates(subset="customer_id", keep="last")
    return latest.sort_values("customer_id").reset_index(drop=True)
