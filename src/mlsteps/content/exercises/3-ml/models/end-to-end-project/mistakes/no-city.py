from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline


def build_and_train(homes, prices):
    prepare = ColumnTransformer(
        [("numbers", SimpleImputer(strategy="median"), ["area_m2", "rooms", "age_years", "distance_km"])]
    )
    return make_pipeline(prepare, RandomForestRegressor(n_estimators=100, random_state=0)).fit(homes, prices)
