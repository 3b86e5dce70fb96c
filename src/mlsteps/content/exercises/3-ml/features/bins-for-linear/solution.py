from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import KBinsDiscretizer


def fit_cost_model(people, costs):
    """A fitted pipeline that ends with a linear model and predicts yearly health costs."""
    bands = KBinsDiscretizer(n_bins=10, encode="onehot", strategy="uniform")
    features = ColumnTransformer([("age", bands, ["age"])], remainder="passthrough")
    return make_pipeline(features, LinearRegression()).fit(people, costs)
