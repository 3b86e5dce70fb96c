from sklearn.linear_model import LinearRegression, Ridge  # noqa: F401  (you may want Ridge)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler


def fit_curve(points, values):
    """A fitted pipeline: powers of x up to 12, then a penalised linear model that keeps the curve smooth."""
    # Least squares with no penalty: it follows the noise.
    return make_pipeline(PolynomialFeatures(degree=12), StandardScaler(), LinearRegression()).fit(points, values)
