from sklearn.linear_model import Lasso
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def lasso_keeps(X, y, alpha):
    """The names of the columns a scaled Lasso keeps (weight not exactly 0), in the order of X's columns."""
    weights = make_pipeline(StandardScaler(), Lasso(alpha=alpha)).fit(X, y)[-1].coef_
    return X.columns[weights != 0].tolist()
