from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_cost_model(people, costs):
    return make_pipeline(StandardScaler(), LinearRegression()).fit(people, costs)
