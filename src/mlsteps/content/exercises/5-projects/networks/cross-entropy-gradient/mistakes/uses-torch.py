import torch


def cross_entropy_and_gradient(Z, y):
    scores = torch.tensor(Z, requires_grad=True)
    loss = torch.nn.functional.cross_entropy(scores, torch.tensor(y))
    loss.backward()
    return loss.item(), scores.grad.numpy()
