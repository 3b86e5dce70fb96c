import pandas as pd


def tallest_bin(values, bins):
    counts = pd.cut(values, bins=bins).value_counts(sort=False)
    tallest = counts.idxmax()
    return {"start": tallest.left, "end": tallest.right, "count": int(counts.max())}
