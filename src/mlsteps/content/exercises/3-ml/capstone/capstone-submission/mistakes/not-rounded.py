import pandas as pd


def write_submission(customer_ids, probabilities):
    table = pd.DataFrame({"customer_id": customer_ids, "churn_probability": probabilities})
    table.to_csv("submission.csv", index=False)
    return pd.read_csv("submission.csv")
