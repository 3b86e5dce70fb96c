import pandas as pd
from sklearn.preprocessing import OneHotEncoder


def one_hot(train, new, column):
    """Learn the categories of `column` from `train`; return the one-hot columns of `new` as a DataFrame."""
    encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    encoder.fit(train[[column]])  # learns the categories from the training rows only
    encoded = encoder.transform(new[[column]])  # an unknown category becomes a row of zeros
    return pd.DataFrame(encoded, columns=encoder.get_feature_names_out(), index=new.index)
