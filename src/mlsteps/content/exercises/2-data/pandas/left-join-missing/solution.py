def spending_per_customer(customers, spending):
    """Return every customer with what they spent (NaN if nothing), and how many spent nothing."""
    joined = customers.merge(spending, on="customer_id", how="left")
    missing = int(joined["total_spent"].isna().sum())
    return joined, missing
