from sklearn.linear_model import LogisticRegression


def train_fault_detector(X_train, y_train):
    return LogisticRegression(max_iter=1000).fit(X_train, y_train)
