def latest_records(records):
    """Return one row per customer_id, the most recently updated one, sorted by customer_id."""
    return records
