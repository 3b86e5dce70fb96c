from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures, StandardScaler


def fit_curve(points, values):
    return make_pipeline(PolynomialFeatures(degree=4), StandardScaler(), LinearRegression()).fit(points, values)
