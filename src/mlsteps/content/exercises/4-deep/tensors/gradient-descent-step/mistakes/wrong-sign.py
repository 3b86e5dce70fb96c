import torch


def descent_step(X, y, w, lr):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        new_w = w + lr * w.grad
    return new_w
