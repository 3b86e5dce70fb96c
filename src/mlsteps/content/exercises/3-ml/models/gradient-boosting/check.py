import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

SENSORS = ["temp_c", "humidity", "wind_kmh"]


def rentals(seed, rows=800):
    """Bikes rented in an hour: rush hours on weekdays, afternoons at weekends, fewer when cold, wet or windy."""
    draw = np.random.default_rng(seed)
    hour = draw.integers(0, 24, rows)
    weekend = draw.random(rows) < 2 / 7
    temp = draw.normal(15, 8, rows).round(1)
    humidity = draw.uniform(20, 100, rows).round(0)
    wind = draw.gamma(2, 6, rows).round(1)
    rush = np.where(weekend, 0, 120 * np.exp(-((hour - 8) ** 2) / 3) + 150 * np.exp(-((hour - 17.5) ** 2) / 4))
    leisure = np.where(weekend, 90 * np.exp(-((hour - 14) ** 2) / 12), 20 * np.exp(-((hour - 13) ** 2) / 10))
    comfort = np.exp(-((temp - 22) ** 2) / 120) * (1 - 0.004 * np.maximum(humidity - 60, 0))
    bikes = np.maximum((rush + leisure + 10) * comfort - 0.8 * wind + draw.normal(0, 5, rows), 0).round()
    table = pd.DataFrame(
        {"hour": hour, "weekend": weekend.astype(int), "temp_c": temp, "humidity": humidity, "wind_kmh": wind}
    )
    for column in SENSORS:  # the weather station sometimes fails to report
        table.loc[draw.random(rows) < 0.1, column] = np.nan
    return table, bikes


def cases(rng):
    for number in range(4):
        X, y = rentals(rng.randint(0, 2**32 - 1))
        X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=rng.randint(0, 10_000))
        yield case(X_train, y_train, predict=X_test, truth=y_test, label=f"a new season of bike rentals ({number + 1})")


def diagnose(case, expected, got, inspected):
    X_train, y_train = case.args
    X_test = case.then[1][0]
    got = np.asarray(got, dtype=float) if isinstance(got, np.ndarray | list) else None
    if got is None or got.shape != case.truth.shape:
        return None
    for fill in (0, X_train.mean(), X_train.median()):
        line = LinearRegression().fit(X_train.fillna(fill), y_train)
        if np.allclose(got, line.predict(X_test.fillna(fill))):
            return (
                "A straight line cannot follow the rush hours: rentals rise and fall twice a day with the hour, "
                "and differently at weekends. Trees, and boosted trees most of all, follow such shapes; and "
                "some of them take the missing values as they are."
            )
    return None
