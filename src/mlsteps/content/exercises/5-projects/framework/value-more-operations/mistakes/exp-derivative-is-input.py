import math


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
            self.grad += self.data * out.grad

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


# ---------------------------------------------------------------------------------- given: do not change below
OPERATIONS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow": lambda a, n: a**n,
    "neg": lambda a: -a,
    "tanh": lambda a: a.tanh(),
    "exp": lambda a: a.exp(),
    "relu": lambda a: a.relu(),
}


def run(program, inputs):
    """Build the program's graph with Values, call backward() on the last one, and report what came out."""
    values = {name: Value(number) for name, number in inputs.items()}

    def get(operand):
        return values[operand] if isinstance(operand, str) else operand

    for target, operation, *operands in program:
        values[target] = OPERATIONS[operation](*(get(operand) for operand in operands))
    output = values[program[-1][0]]
    output.backward()
    return {"value": output.data, "grads": {name: values[name].grad for name in inputs}}
