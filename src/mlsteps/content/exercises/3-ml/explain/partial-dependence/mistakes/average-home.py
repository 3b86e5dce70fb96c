from sklearn.ensemble import HistGradientBoostingRegressor

MODEL = HistGradientBoostingRegressor(random_state=0)


def partial_dependence_curve(homes, prices, column, grid):
    model = MODEL.fit(homes, prices)
    average_home = homes.mean().to_frame().T
    curve = []
    for value in grid:
        average_home[column] = value
        curve.append(round(float(model.predict(average_home)[0])))
    return curve
