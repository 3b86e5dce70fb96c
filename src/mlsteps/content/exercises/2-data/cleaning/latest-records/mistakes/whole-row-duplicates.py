def latest_records(records):
    in_time_order = records.sort_values("updated", kind="stable")
    latest = in_time_order.drop_duplicates(keep="last")
    return latest.sort_values("customer_id").reset_index(drop=True)
