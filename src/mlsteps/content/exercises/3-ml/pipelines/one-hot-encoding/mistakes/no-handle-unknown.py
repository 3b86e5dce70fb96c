import pandas as pd
from sklearn.preprocessing import OneHotEncoder


def one_hot(train, new, column):
    encoder = OneHotEncoder(sparse_output=False).fit(train[[column]])
    encoded = encoder.transform(new[[column]])
    return pd.DataFrame(encoded, columns=encoder.get_feature_names_out(), index=new.index)
