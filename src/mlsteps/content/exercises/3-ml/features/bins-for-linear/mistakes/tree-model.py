from sklearn.pipeline import make_pipeline
from sklearn.tree import DecisionTreeRegressor


def fit_cost_model(people, costs):
    return make_pipeline(DecisionTreeRegressor(max_depth=6, random_state=0)).fit(people, costs)
