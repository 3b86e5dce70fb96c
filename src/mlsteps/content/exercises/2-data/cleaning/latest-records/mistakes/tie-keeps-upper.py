def latest_records(records):
    newest_first = records.sort_values("updated", ascending=False, kind="stable")
    latest = newest_first.drop_duplicates(subset="customer_id")
    return latest.sort_values("customer_id").reset_index(drop=True)
