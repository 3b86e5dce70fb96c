import numpy as np


class Parameter:
    """An array the model learns, with the gradient of the loss with respect to it."""

    def __init__(self, data):
        self.data = np.array(data, dtype=float)
        self.grad = np.zeros_like(self.data)


class Module:
    """A part of a network. It finds its Parameters by itself, in its own attributes and in its sub-modules."""

    def parameters(self):
        found = []
        for value in vars(self).values():
            items = value if isinstance(value, list | tuple) else [value]
            for item in items:
                if isinstance(item, Parameter):
                    found.append(item)
                elif isinstance(item, Module):
                    found.extend(item.parameters())
        return found

    def zero_grad(self):
        for parameter in self.parameters():
            parameter.grad = np.zeros_like(parameter.data)


class Linear(Module):
    def __init__(self, n_in, n_out):
        self.weight = Parameter(np.zeros((n_in, n_out)))
        self.bias = Parameter(np.zeros(n_out))

    def forward(self, x):
        self.x = x
        return x @ self.weight.data + self.bias.data

    def backward(self, grad_output):
        self.weight.grad += self.x.T @ grad_output
        self.bias.grad += grad_output.sum(axis=0)
        return grad_output @ self.weight.data.T


class ReLU(Module):
    def forward(self, x):
        self.positive = x > 0
        return np.where(self.positive, x, 0.0)

    def backward(self, grad_output):
        return np.where(self.positive, grad_output, 0.0)


class Sequential(Module):
    def __init__(self, *layers):
        self.layers = list(layers)

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, grad_output):
        for layer in reversed(self.layers):
            grad_output = layer.backward(grad_output)
        return grad_output


class SGD:
    """Gradient descent with momentum, as torch.optim.SGD does it."""

    def __init__(self, parameters, lr, momentum=0.0):
        self.parameters = list(parameters)
        self.lr = lr
        self.momentum = momentum
        self.velocities = [np.zeros_like(parameter.data) for parameter in self.parameters]

    def zero_grad(self):
        for parameter in self.parameters:
            parameter.grad = np.zeros_like(parameter.data)

    def step(self):
        for parameter, velocity in zip(self.parameters, self.velocities, strict=True):
            velocity *= self.momentum
            velocity += (1 - self.momentum) * parameter.grad
            parameter.data = parameter.data - self.lr * velocity


class CrossEntropyLoss:
    """The mean cross-entropy of softmax(logits) against whole-number classes."""

    def forward(self, logits, y):
        shifted = logits - logits.max(axis=1, keepdims=True)
        self.probabilities = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        self.y = y
        return float(-np.log(self.probabilities[np.arange(len(y)), y]).mean())

    def backward(self):
        grad = self.probabilities.copy()
        grad[np.arange(len(self.y)), self.y] -= 1
        return grad / len(self.y)


def fit(model, loss_function, optimiser, X, y, steps):
    """Train on all the rows at every step; return the loss of each step, measured before that step's update."""
    losses = []
    for _ in range(steps):
        optimiser.zero_grad()
        loss = loss_function.forward(model.forward(X), y)
        model.backward(loss_function.backward())
        optimiser.step()
        losses.append(loss)
    return losses


# ---------------------------------------------------------------------------------- given: do not change below
def run(X, y, weights, lr, momentum, steps, X_test):
    """Build a two-layer network with your classes, train it with fit(), and report what happened."""
    n_inputs, hidden = np.shape(weights[0])
    classes = np.shape(weights[2])[1]
    model = Sequential(Linear(n_inputs, hidden), ReLU(), Linear(hidden, classes))
    for parameter, values in zip(model.parameters(), weights, strict=False):
        parameter.data = np.array(values, dtype=float)
        parameter.grad = np.zeros_like(parameter.data)
    losses = fit(model, CrossEntropyLoss(), SGD(model.parameters(), lr, momentum), X, y, steps)
    return {
        "losses": losses,
        "weights": [parameter.data for parameter in model.parameters()],
        "test_predictions": model.forward(X_test).argmax(axis=1),
    }
