import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder


def day_number(dates):
    return pd.DataFrame({"day": pd.to_datetime(dates["date"]).dt.day_of_year})


def fit_temperature_model(days, temps):
    features = ColumnTransformer(
        [("day", FunctionTransformer(day_number), ["date"]), ("city", OneHotEncoder(), ["city"])]
    )
    return make_pipeline(features, LinearRegression()).fit(days, temps)
