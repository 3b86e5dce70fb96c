import numpy as np
from sklearn.model_selection import train_test_split


def split(X, y, test_fraction, seed):
    return train_test_split(X, y, test_size=test_fraction, random_state=seed)
