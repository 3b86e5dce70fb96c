from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def build_and_train(homes, prices):
    prepare = ColumnTransformer(
        [
            ("numbers", StandardScaler(), ["area_m2", "rooms", "age_years", "distance_km"]),
            ("city", OneHotEncoder(handle_unknown="ignore"), ["city"]),
            ("garden", "passthrough", ["garden"]),
        ]
    )
    return make_pipeline(prepare, LinearRegression()).fit(homes, prices)
