import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer


def season(dates):
    day = pd.to_datetime(dates["date"]).dt.day_of_year
    angle = 2 * np.pi * day / 365.25
    return pd.DataFrame({"day_sin": np.sin(angle), "day_cos": np.cos(angle)})


def fit_temperature_model(days, temps):
    features = ColumnTransformer([("season", FunctionTransformer(season), ["date"])])
    return make_pipeline(features, LinearRegression()).fit(days, temps)
