from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression


def compare_on_table(X, y):
    models = {
        "linear regression": LinearRegression(),
        "random forest": RandomForestRegressor(n_estimators=50, random_state=0),
        "gradient boosting": HistGradientBoostingRegressor(random_state=0),
    }
    scores = {}
    for name, model in models.items():
        model.fit(X, y)
        scores[name] = round(model.score(X, y), 3)
    best = max(scores, key=scores.get)
    return scores, best
