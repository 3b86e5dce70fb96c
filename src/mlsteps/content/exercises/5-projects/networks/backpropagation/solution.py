import numpy as np


def softmax(S):
    exps = np.exp(S - S.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)


def gradients(params, X, y):
    """Return the gradients of the mean cross-entropy of the 2-layer network, as {"dW1", "db1", "dW2", "db2"}."""
    n = len(X)
    Z1 = X @ params["W1"] + params["b1"]
    H = np.maximum(0, Z1)
    P = softmax(H @ params["W2"] + params["b2"])

    dS = P.copy()
    dS[np.arange(n), y] -= 1
    dS /= n
    dW2 = H.T @ dS
    db2 = dS.sum(axis=0)
    dH = dS @ params["W2"].T
    dZ1 = dH * (Z1 > 0)
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
