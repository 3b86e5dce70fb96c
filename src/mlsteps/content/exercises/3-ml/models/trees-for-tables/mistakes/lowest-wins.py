from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, cross_val_score


def compare_on_table(X, y):
    models = {
        "linear regression": LinearRegression(),
        "random forest": RandomForestRegressor(n_estimators=50, random_state=0),
        "gradient boosting": HistGradientBoostingRegressor(random_state=0),
    }
    folds = KFold(5, shuffle=True, random_state=0)
    scores = {name: round(float(cross_val_score(model, X, y, cv=folds).mean()), 3) for name, model in models.items()}
    return scores, min(scores, key=scores.get)
