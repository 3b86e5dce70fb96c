from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def fit_scaled_model(X, y, seed):
    scaler = StandardScaler().fit(X)
    X_train, _X_test, y_train, _y_test = train_test_split(X, y, test_size=0.25, random_state=seed)
    model = LogisticRegression(max_iter=5000).fit(scaler.transform(X_train), y_train)
    return Pipeline([("scale", scaler), ("model", model)])
