import pandas as pd
from sklearn.preprocessing import OneHotEncoder  # noqa: F401  (you will need it)


def one_hot(train, new, column):
    """Learn the categories of `column` from `train`; return the one-hot columns of `new` as a DataFrame."""
    # Fit a OneHotEncoder on the training rows, transform the new rows, and build the DataFrame.
    return pd.DataFrame(index=new.index)
