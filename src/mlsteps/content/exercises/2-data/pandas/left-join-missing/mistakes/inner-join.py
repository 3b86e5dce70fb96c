def spending_per_customer(customers, spending):
    joined = customers.merge(spending, on="customer_id")
    missing = joined["total_spent"].isna().sum()
    return joined, missing
