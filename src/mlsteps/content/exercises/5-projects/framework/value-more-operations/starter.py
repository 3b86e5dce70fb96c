import math


class Value:
    """One number in a computation, with the gradient of the output with respect to it."""

    # Copy your Value from the value-autograd exercise over these placeholders, then write the new operations.
    def __init__(self, data, sources=()):
        self.data = float(data)
        self.grad = 0.0
        self.sources = sources
        self.pass_back = lambda: None

    def __add__(self, other):
        return Value(0.0)

    def __radd__(self, other):
        return Value(0.0)

    def __mul__(self, other):
        return Value(0.0)

    def __rmul__(self, other):
        return Value(0.0)

    def tanh(self):
        return Value(0.0)

    def backward(self):
        pass

    # The new operations.
    def __neg__(self):
        return Value(0.0)

    def __sub__(self, other):
        return Value(0.0)

    def __rsub__(self, other):
        # 3 - a
        return Value(0.0)

    def __pow__(self, exponent):
        # a ** n, for a plain number n
        return Value(0.0)

    def __truediv__(self, other):
        return Value(0.0)

    def __rtruediv__(self, other):
        # 3 / a
        return Value(0.0)

    def exp(self):
        return Value(0.0)

    def relu(self):
        return Value(0.0)


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
