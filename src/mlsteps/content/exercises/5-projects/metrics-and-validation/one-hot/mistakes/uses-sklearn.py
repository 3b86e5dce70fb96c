import numpy as np
from sklearn.preprocessing import OneHotEncoder


def one_hot(labels, categories):
    encoder = OneHotEncoder(categories=[categories], handle_unknown="ignore", sparse_output=False)
    return encoder.fit_transform(np.array(labels).reshape(-1, 1))
