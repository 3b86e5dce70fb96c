from sklearn.ensemble import HistGradientBoostingRegressor

MODEL = HistGradientBoostingRegressor(random_state=0)


def partial_dependence_curve(homes, prices, column, grid):
    """For each value in grid: the mean prediction over all homes with `column` set to it, rounded to whole euros."""
    model = MODEL.fit(homes, prices)
    curve = []
    for value in grid:
        changed = homes.copy()
        changed[column] = value
        curve.append(round(float(model.predict(changed).mean())))
    return curve
