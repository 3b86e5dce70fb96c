from itertools import pairwise

import numpy as np


class Parameter:
    """An array the model learns, with the gradient of the loss with respect to it."""

    def __init__(self, data):
        self.data = np.array(data, dtype=float)
        self.grad = np.zeros_like(self.data)


class Module:
    """A part of a network. It finds its Parameters by itself, in its own attributes and in its sub-modules."""

    def parameters(self):
        # Every Parameter of this module and of the modules inside it, each once, in the order they were made.
        return []

    def zero_grad(self):
        # Set the gradient of every Parameter back to zeros.
        pass


class Linear(Module):
    def __init__(self, n_in, n_out):
        self.weight = Parameter(np.zeros((n_in, n_out)))
        self.bias = Parameter(np.zeros(n_out))

    def forward(self, x):
        return x @ self.weight.data + self.bias.data

    def backward(self, grad_output):
        # Add to the gradients of weight and bias; return the gradient with respect to the input.
        return grad_output


class ReLU(Module):
    def forward(self, x):
        return np.maximum(x, 0.0)

    def backward(self, grad_output):
        return grad_output


class Sequential(Module):
    def __init__(self, *layers):
        self.layers = list(layers)

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, grad_output):
        # The layers in reverse order, each handing its input's gradient to the layer before it.
        return grad_output


# ---------------------------------------------------------------------------------- given: do not change below
def run(sizes, weights, x, grad_output):
    """Build Linear layers with ReLU between them, load the weights, and report what the API does."""
    layers = []
    for number, (n_in, n_out) in enumerate(pairwise(sizes)):
        if number > 0:
            layers.append(ReLU())
        layers.append(Linear(n_in, n_out))
    model = Sequential(*layers)
    parameters = model.parameters()
    for parameter, values in zip(parameters, weights, strict=False):
        parameter.data = np.array(values, dtype=float)
        parameter.grad = np.zeros_like(parameter.data)
    output = model.forward(x)
    model.backward(grad_output)
    model.backward(grad_output)  # a second backward adds to the gradients
    twice = [parameter.grad.copy() for parameter in parameters]
    model.zero_grad()
    input_grad = model.backward(grad_output)
    once = [parameter.grad.copy() for parameter in parameters]
    return {
        "count": len(parameters),
        "output": output,
        "input_grad": input_grad,
        "grads": once,
        "grads_after_two_backwards": twice,
    }
