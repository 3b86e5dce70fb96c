def spending_per_customer(customers, spending):
    joined = customers.merge(spending, on="customer_id", how="left")
    missing = len(customers) - len(spending)
    return joined, missing
