from sklearn.ensemble import RandomForestClassifier


def save_and_reload(model_params, X, y, path):
    model = RandomForestClassifier(**model_params).fit(X, y)
    return model.predict(X)
