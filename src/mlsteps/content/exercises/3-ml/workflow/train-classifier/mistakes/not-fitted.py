from sklearn.linear_model import LogisticRegression


def train_classifier(X_train, y_train):
    model = LogisticRegression(max_iter=5000)
    return model
