from sklearn.compose import ColumnTransformer  # noqa: F401  (you will need these, and maybe more)
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor  # noqa: F401
from sklearn.impute import SimpleImputer  # noqa: F401
from sklearn.pipeline import make_pipeline  # noqa: F401
from sklearn.preprocessing import OneHotEncoder, StandardScaler  # noqa: F401


def build_and_train(homes, prices):
    """Prepare the columns (house_id is left out), train a model on them, and return the fitted pipeline."""
    # A placeholder that always predicts the average price. Build your pipeline here instead.
    return DummyRegressor(strategy="mean").fit(homes, prices)
