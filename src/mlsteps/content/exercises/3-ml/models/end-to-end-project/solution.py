from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMBERS = ["area_m2", "rooms", "age_years", "distance_km"]


def build_and_train(homes, prices):
    """Prepare the columns (house_id is left out), train a model on them, and return the fitted pipeline."""
    prepare = ColumnTransformer(
        [
            ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMBERS),
            ("city", OneHotEncoder(handle_unknown="ignore"), ["city"]),
            ("garden", "passthrough", ["garden"]),
        ]
    )
    pipeline = make_pipeline(prepare, RandomForestRegressor(n_estimators=100, random_state=0))
    return pipeline.fit(homes, prices)
