import torch


def adam(X, y, lr, steps, beta1, beta2, eps):
    w = torch.zeros(X.shape[1], dtype=torch.float64, requires_grad=True)
    optimiser = torch.optim.Adam([w], lr=lr, betas=(beta1, beta2), eps=eps)
    for _ in range(steps):
        optimiser.zero_grad()
        ((torch.from_numpy(X) @ w - torch.from_numpy(y)) ** 2).mean().backward()
        optimiser.step()
    return w.detach().numpy()
