import pandas as pd
from sklearn.preprocessing import OneHotEncoder


def one_hot(train, new, column):
    encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    encoder.fit(pd.concat([train[[column]], new[[column]]]))
    encoded = encoder.transform(new[[column]])
    return pd.DataFrame(encoded, columns=encoder.get_feature_names_out(), index=new.index)
