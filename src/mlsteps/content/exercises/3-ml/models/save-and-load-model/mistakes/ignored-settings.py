import joblib
from sklearn.ensemble import RandomForestClassifier


def save_and_reload(model_params, X, y, path):
    model = RandomForestClassifier(random_state=0).fit(X, y)
    joblib.dump(model, path)
    loaded = joblib.load(path)
    return loaded.predict(X)
