def mse_gradient(X, y, w):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    return w.grad
