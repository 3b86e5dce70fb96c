import numpy as np


def gradients(params, X, y):
    n = len(X)
    H = np.maximum(0, X @ params["W1"] + params["b1"])
    S = H @ params["W2"] + params["b2"]
    exps = np.exp(S - S.max(axis=1, keepdims=True))
    P = exps / exps.sum(axis=1, keepdims=True)
    Y = np.zeros_like(P)
    Y[np.arange(n), y] = 1
    dS = (P - Y) / n
    dW2 = H.T @ dS
    db2 = dS.sum(axis=0)
    dH = dS @ params["W2"].T
    dW1 = X.T @ dH
    db1 = dH.sum(axis=0)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
