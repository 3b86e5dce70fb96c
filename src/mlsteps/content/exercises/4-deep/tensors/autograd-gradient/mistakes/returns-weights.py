def mse_gradient(X, y, w):
    w = w.clone().requires_grad_(True)
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    return w.detach()
