import math


class Value:
    """One number in a computation, with the gradient of the output with respect to it."""

    def __init__(self, data, sources=()):
        self.data = float(data)
        self.grad = 0.0
        self.sources = sources  # the Values this one was computed from
        self.pass_back = lambda: None  # passes self.grad on to the sources; set by the operation that made it

    def __add__(self, other):
        # a + b, where b may also be a plain number: compute the sum, and set how it passes its gradient back.
        return Value(0.0)

    def __radd__(self, other):
        # 1 + a: Python asks a for it, since a float does not know Values.
        return Value(0.0)

    def __mul__(self, other):
        return Value(0.0)

    def __rmul__(self, other):
        return Value(0.0)

    def tanh(self):
        return Value(0.0)

    def backward(self):
        # Fill in grad for every Value this one was computed from.
        pass


# ---------------------------------------------------------------------------------- given: do not change below
def run(program, inputs):
    """Build the program's graph with Values, call backward() on the last one, and report what came out."""
    values = {name: Value(number) for name, number in inputs.items()}

    def get(operand):
        return values[operand] if isinstance(operand, str) else operand

    for target, operation, *operands in program:
        if operation == "add":
            values[target] = get(operands[0]) + get(operands[1])
        elif operation == "mul":
            values[target] = get(operands[0]) * get(operands[1])
        elif operation == "tanh":
            values[target] = get(operands[0]).tanh()
    output = values[program[-1][0]]
    output.backward()
    return {"value": output.data, "grads": {name: values[name].grad for name in inputs}}
