import math

from sklearn.metrics import mean_squared_error, r2_score

from mlsteps.engine.cases import case


def cases(rng):
    yield case([3.0, 5.0, 2.0, 7.0], [2.5, 5.0, 4.0, 8.0], label="the example")
    yield case([10.0, 20.0, 30.0], [10.0, 20.0, 30.0], label="perfect predictions")
    yield case([4.0, 6.0, 8.0], [6.0, 6.0, 6.0], label="always the mean: R² is 0")
    yield case([1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0], label="worse than the mean: R² below 0")
    yield case([120, 95, 240, 180, 60], [130, 90, 200, 175, 80], label="whole numbers: minutes of delivery")
    for _ in range(4):
        size = rng.randint(8, 40)
        y_true = [round(rng.uniform(50, 400), 1) for _ in range(size)]
        noise = rng.choice([5, 20, 60])
        y_pred = [round(value + rng.gauss(0, noise), 1) for value in y_true]
        yield case(y_true, y_pred, label=f"{size} prices in thousands of euros")


def diagnose(case, expected, got):
    y_true, y_pred = case.args
    if not isinstance(got, dict) or set(got) != set(expected):
        return None
    mse = float(mean_squared_error(y_true, y_pred))
    rmse = got.get("rmse")
    if isinstance(rmse, int | float) and mse != math.sqrt(mse) and abs(rmse - round(mse, 3)) < 1e-6:
        return (
            f"Your rmse is the mean squared error ({round(mse, 3)}), measured in squared units (euros², "
            f"minutes²). The root mean squared error is its square root ({expected['rmse']}): take its square root, "
            "to get back to the units of the target."
        )
    r2 = got.get("r2")
    swapped = round(float(r2_score(y_pred, y_true)), 3)
    if isinstance(r2, int | float) and abs(r2 - swapped) < 1e-6 and swapped != expected["r2"]:
        return (
            "Your R² has its arguments the wrong way round. MAE and RMSE don't mind the order, but R² does: it "
            "compares the errors with the spread of the true values, so the true values go first."
        )
    return None
