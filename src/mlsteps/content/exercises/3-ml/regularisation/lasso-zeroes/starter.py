from sklearn.linear_model import Lasso  # noqa: F401  (you will need these)
from sklearn.pipeline import make_pipeline  # noqa: F401
from sklearn.preprocessing import StandardScaler  # noqa: F401


def lasso_keeps(X, y, alpha):
    """The names of the columns a scaled Lasso keeps (weight not exactly 0), in the order of X's columns."""
    # Every column, as if none were useless.
    return list(X.columns)
