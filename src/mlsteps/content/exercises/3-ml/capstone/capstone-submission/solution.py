import pandas as pd


def write_submission(customer_ids, probabilities):
    """Write submission.csv (customer_id,churn_probability; given order; 4 decimals; no index); return it read back."""
    table = pd.DataFrame({"customer_id": customer_ids, "churn_probability": probabilities})
    table["churn_probability"] = table["churn_probability"].round(4)
    table.to_csv("submission.csv", index=False)
    return pd.read_csv("submission.csv")
