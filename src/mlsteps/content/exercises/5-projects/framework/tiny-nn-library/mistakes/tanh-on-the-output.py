import math
import random


class Value:
    """One number in a computation, with the gradient of the output with respect to it."""

    def __init__(self, data, sources=()):
        self.data = float(data)
        self.grad = 0.0
        self.sources = sources  # the Values this one was computed from
        self.pass_back = lambda: None  # passes self.grad on to the sources; set by the operation that made it

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def pass_back():
            self.grad += out.grad
            other.grad += out.grad

        out.pass_back = pass_back
        return out

    def __radd__(self, other):
        return self + other

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def pass_back():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out.pass_back = pass_back
        return out

    def __rmul__(self, other):
        return self * other

    def tanh(self):
        result = math.tanh(self.data)
        out = Value(result, (self,))

        def pass_back():
            self.grad += (1 - result**2) * out.grad

        out.pass_back = pass_back
        return out

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __pow__(self, exponent):
        out = Value(self.data**exponent, (self,))

        def pass_back():
            self.grad += exponent * self.data ** (exponent - 1) * out.grad

        out.pass_back = pass_back
        return out

    def __truediv__(self, other):
        return self * other**-1

    def __rtruediv__(self, other):
        return other * self**-1

    def exp(self):
        result = math.exp(self.data)
        out = Value(result, (self,))

        def pass_back():
            self.grad += result * out.grad

        out.pass_back = pass_back
        return out

    def relu(self):
        out = Value(max(self.data, 0.0), (self,))

        def pass_back():
            self.grad += (1.0 if self.data > 0 else 0.0) * out.grad

        out.pass_back = pass_back
        return out

    def backward(self):
        seen, finished = set(), []

        def visit(node):
            if id(node) in seen:
                return
            seen.add(id(node))
            for source in node.sources:
                visit(source)
            finished.append(node)

        visit(self)
        self.grad = 1.0
        for node in reversed(finished):
            node.pass_back()


class Neuron:
    """w · x + b, then tanh when the neuron is in a hidden layer."""

    def __init__(self, n_inputs, nonlinear):
        self.weights = [Value(random.uniform(-1, 1)) for _ in range(n_inputs)]
        self.bias = Value(0.0)
        self.nonlinear = nonlinear

    def __call__(self, x):
        total = sum((w * xi for w, xi in zip(self.weights, x, strict=True)), self.bias)
        return total.tanh() if self.nonlinear else total

    def parameters(self):
        return [*self.weights, self.bias]


class Layer:
    def __init__(self, n_inputs, n_outputs, nonlinear):
        self.neurons = [Neuron(n_inputs, nonlinear) for _ in range(n_outputs)]

    def __call__(self, x):
        return [neuron(x) for neuron in self.neurons]

    def parameters(self):
        return [parameter for neuron in self.neurons for parameter in neuron.parameters()]


class MLP:
    """Layers of the given sizes; tanh in every layer but the last, which stays linear."""

    def __init__(self, n_inputs, sizes):
        widths = [n_inputs, *sizes]
        last = len(sizes) - 1
        self.layers = [Layer(widths[i], widths[i + 1], nonlinear=True) for i in range(len(sizes))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [parameter for layer in self.layers for parameter in layer.parameters()]


def mse(outputs, targets):
    """The mean of the squared errors over every row and every output."""
    errors = [
        (output - target) ** 2
        for row, wanted in zip(outputs, targets, strict=True)
        for output, target in zip(row, wanted, strict=True)
    ]
    return sum(errors) / len(errors)


# ---------------------------------------------------------------------------------- given: do not change below
def run(n_inputs, sizes, weights, X, y):
    """Build an MLP with your classes, load the weights, and report the loss and every parameter's gradient."""
    model = MLP(n_inputs, sizes)
    parameters = model.parameters()
    for parameter, number in zip(parameters, weights, strict=False):
        parameter.data = float(number)
    outputs = [model(row) for row in X]
    loss = mse(outputs, y)
    loss.backward()
    return {"count": len(parameters), "loss": loss.data, "grads": [parameter.grad for parameter in parameters]}
