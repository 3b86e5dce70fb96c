def most_informative(X, y, k):
    strength = X.corrwith(y).abs()
    return strength.sort_values(ascending=False).index[:k].tolist()
