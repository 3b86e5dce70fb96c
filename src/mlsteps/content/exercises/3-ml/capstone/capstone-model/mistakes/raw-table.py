from sklearn.linear_model import LogisticRegression


def fit_churn_model(customers, churned):
    return LogisticRegression(max_iter=1000).fit(customers, churned)
