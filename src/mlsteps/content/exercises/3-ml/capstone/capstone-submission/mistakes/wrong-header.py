import pandas as pd


def write_submission(customer_ids, probabilities):
    table = pd.DataFrame({"id": customer_ids, "churn": probabilities})
    table["churn"] = table["churn"].round(4)
    table.to_csv("submission.csv", index=False)
    return pd.read_csv("submission.csv")
