import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def lasso_keeps(X, y, alpha):
    weights = pd.Series(make_pipeline(StandardScaler(), Lasso(alpha=alpha)).fit(X, y)[-1].coef_, index=X.columns)
    kept = weights[weights != 0]
    return kept.abs().sort_values(ascending=False).index.tolist()
