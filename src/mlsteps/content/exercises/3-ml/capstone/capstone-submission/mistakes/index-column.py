import pandas as pd


def write_submission(customer_ids, probabilities):
    table = pd.DataFrame({"customer_id": customer_ids, "churn_probability": probabilities})
    table["churn_probability"] = table["churn_probability"].round(4)
    table.to_csv("submission.csv")
    return pd.read_csv("submission.csv")
