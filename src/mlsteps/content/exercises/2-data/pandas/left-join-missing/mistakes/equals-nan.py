import numpy as np


def spending_per_customer(customers, spending):
    joined = customers.merge(spending, on="customer_id", how="left")
    missing = (joined["total_spent"] == np.nan).sum()
    return joined, missing
