import pickle

from sklearn.ensemble import RandomForestClassifier


def save_and_reload(model_params, X, y, path):
    model = RandomForestClassifier(**model_params).fit(X, y)
    pickle.dump(model, path)
    loaded = pickle.load(path)
    return loaded.predict(X)
