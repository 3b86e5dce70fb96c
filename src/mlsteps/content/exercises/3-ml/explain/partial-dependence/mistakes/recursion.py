from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import partial_dependence

MODEL = HistGradientBoostingRegressor(random_state=0)


def partial_dependence_curve(homes, prices, column, grid):
    model = MODEL.fit(homes, prices)
    result = partial_dependence(model, homes, [column], custom_values={column: grid})
    return [round(float(value)) for value in result["average"][0]]
