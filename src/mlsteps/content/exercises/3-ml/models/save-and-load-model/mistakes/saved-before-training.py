import joblib
from sklearn.ensemble import RandomForestClassifier


def save_and_reload(model_params, X, y, path):
    model = RandomForestClassifier(**model_params)
    joblib.dump(model, path)
    model.fit(X, y)
    loaded = joblib.load(path)
    return loaded.predict(X)
