import pandas as pd


def target_encode(train_cats, train_y, new_cats):
    train = pd.DataFrame({"category": train_cats, "answer": train_y})
    means = train.groupby("category")["answer"].mean()
    encoded = pd.Series(new_cats, dtype=object).map(means)
    return [round(float(value), 3) for value in encoded]
