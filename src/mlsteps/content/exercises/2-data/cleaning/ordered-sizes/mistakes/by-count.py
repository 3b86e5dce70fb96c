import pandas as pd

SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(sizes):
    ordered = sizes.astype(pd.CategoricalDtype(SIZES, ordered=True))
    return ordered.value_counts()
