import math

from mlsteps.engine.cases import case

AGREES = 1e-9  # how close value and gradients must be to PyTorch's (both in float64)


def _torch():
    """PyTorch, to compute the gradients; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_run(torch, program, inputs):
    """The same program with PyTorch tensors: what autograd itself says the gradients are."""
    values = {name: torch.tensor(number, dtype=torch.float64, requires_grad=True) for name, number in inputs.items()}

    def get(operand):
        return values[operand] if isinstance(operand, str) else operand

    for target, operation, *operands in program:
        if operation == "add":
            values[target] = get(operands[0]) + get(operands[1])
        elif operation == "mul":
            values[target] = get(operands[0]) * get(operands[1])
        else:
            values[target] = torch.tanh(get(operands[0]))
    output = values[program[-1][0]]
    output.backward()
    grads = {name: float(values[name].grad) if values[name].grad is not None else 0.0 for name in inputs}
    return {"value": float(output.detach()), "grads": grads}


class _Node:
    def __init__(self, data, sources=(), local=()):
        self.data, self.grad, self.sources, self.local = data, 0.0, sources, local


def _engine(program, inputs, accumulate=True, recursive=False, tanh_of_input=False, seed=True):
    """A small engine with one slip or another switched on, to recognise the answers those slips give."""
    values = {name: _Node(float(number)) for name, number in inputs.items()}

    def get(operand):
        return values[operand] if isinstance(operand, str) else _Node(float(operand))

    for target, operation, *operands in program:
        if operation == "add":
            a, b = get(operands[0]), get(operands[1])
            values[target] = _Node(a.data + b.data, (a, b), (1.0, 1.0))
        elif operation == "mul":
            a, b = get(operands[0]), get(operands[1])
            values[target] = _Node(a.data * b.data, (a, b), (b.data, a.data))
        else:
            a = get(operands[0])
            result = math.tanh(a.data)
            values[target] = _Node(result, (a,), (1 - (a.data if tanh_of_input else result) ** 2,))

    def pass_back(node):
        for source, local in zip(node.sources, node.local, strict=True):
            source.grad = source.grad + local * node.grad if accumulate else local * node.grad

    output = values[program[-1][0]]
    output.grad = 1.0 if seed else 0.0
    if recursive:
        def walk(node):
            pass_back(node)
            for source in node.sources:
                walk(source)

        walk(output)
    else:
        seen, finished = set(), []

        def visit(node):
            if id(node) not in seen:
                seen.add(id(node))
                for source in node.sources:
                    visit(source)
                finished.append(node)

        visit(output)
        for node in reversed(finished):
            pass_back(node)
    return {"value": output.data, "grads": {name: values[name].grad for name in inputs}}


def _case(torch, program, inputs, label):
    if torch is None:
        return case(program, inputs, label=label)
    return case(program, inputs, label=label, truth=_torch_run(torch, program, inputs), observe=["value"])


def _random_program(rng, steps):
    inputs = {name: round(rng.uniform(-1.5, 1.5), 2) for name in "abcd"[: rng.randint(2, 4)]}
    names, program = list(inputs), []
    for number in range(steps):
        target = f"v{number}"
        operation = rng.choice(["add", "mul", "mul", "tanh"])
        if operation == "tanh":
            program.append([target, "tanh", rng.choice(names[-3:])])
        else:
            first = rng.choice(names)
            second = rng.choice(names) if rng.random() < 0.7 else round(rng.uniform(-2, 2), 1)
            program.append([target, operation, *((second, first) if rng.random() < 0.3 else (first, second))])
        names.append(target)
    program.append(["out", "tanh", names[-1]])
    return program, inputs


def cases(rng):
    torch = _torch()
    example = [["e", "mul", "a", "b"], ["d", "add", "e", "c"], ["out", "tanh", "d"]]
    yield _case(torch, example, {"a": 0.5, "b": -1.5, "c": 1.0}, "the example")
    yield _case(torch, [["out", "mul", "x", "x"]], {"x": 3.0}, "x * x: one value used twice in one step")
    twice = [["b", "mul", "a", 3.0], ["out", "add", "a", "b"]]
    yield _case(torch, twice, {"a": 2.0}, "a used in two steps")
    numbers_first = [["b", "mul", 2.0, "a"], ["c", "add", 1.0, "b"], ["out", "mul", "c", "a"]]
    yield _case(torch, numbers_first, {"a": -0.5}, "a number on the left: 2 * a, 1 + b")
    diamond = [["h", "tanh", "x"], ["p", "mul", "h", "w"], ["q", "add", "h", "w"], ["out", "mul", "p", "q"]]
    yield _case(torch, diamond, {"x": 0.3, "w": -1.2}, "two paths from h to the output")
    yield _case(torch, [["out", "tanh", "x"]], {"x": 0.8}, "tanh alone")
    for steps in (5, 8, 12):
        program, inputs = _random_program(rng, steps)
        yield _case(torch, program, inputs, f"a random program of {steps + 1} steps")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with PyTorch's autograd on the same graph."""
    if case.truth is None or not isinstance(got, dict) or not isinstance(got.get("grads"), dict):
        return None
    for name, want in case.truth["grads"].items():
        have = got["grads"].get(name)
        if not isinstance(have, int | float) or not math.isclose(have, want, rel_tol=AGREES, abs_tol=AGREES):
            return f"the gradient of {name!r} differs from PyTorch's on the same graph ({want!r})"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(got.get("grads"), dict):
        return None
    program, inputs = case.args

    def same(variant):
        grads = variant["grads"]
        if all(math.isclose(grads[n], expected["grads"][n], rel_tol=1e-9, abs_tol=1e-12) for n in grads):
            return False
        return all(
            isinstance(got["grads"].get(n), int | float) and math.isclose(got["grads"][n], grads[n], abs_tol=1e-9)
            for n in grads
        )

    if all(value == 0 for value in got["grads"].values()) and any(expected["grads"].values()):
        return (
            "Every gradient is 0: nothing started the chain. backward() begins by setting the output's own "
            "gradient to 1 (the output changes exactly as fast as itself)."
        )
    if same(_engine(program, inputs, accumulate=False)):
        return (
            "A value used more than once keeps only the last gradient it received. Each use adds a share: add to "
            "grad (+=) instead of replacing it."
        )
    if same(_engine(program, inputs, recursive=True)):
        return (
            "Some gradients are counted more than once: a value passed its gradient on before every value that "
            "uses it had given it its share, and then passed it on again. Visit the graph once, in an order where "
            "every value comes after all the values that use it (as in the topological order exercise)."
        )
    if same(_engine(program, inputs, tanh_of_input=True)):
        return (
            "The derivative of tanh is 1 - tanh(x)², built from tanh's result, not from its input x: keep the "
            "result and use it."
        )
    return None
