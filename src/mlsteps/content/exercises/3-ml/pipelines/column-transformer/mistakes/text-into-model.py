from sklearn.linear_model import LogisticRegression


def fit_table_model(X_train, y_train, numeric, categorical):
    return LogisticRegression(max_iter=1000).fit(X_train, y_train)
